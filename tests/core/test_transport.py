"""Messages through a pipe with their arrays out of band (``applet/training/transport.py``)."""

import multiprocessing
import pickle
import threading

import numpy as np
import pytest

from applet.training import transport
from tests.core.test_progress import assert_same_trainer, same, trainer


@pytest.fixture
def pipe():
    ours, theirs = multiprocessing.Pipe()
    yield ours, theirs
    ours.close()
    theirs.close()


def through(pipe, message):
    """``message`` sent at one end and received at the other (a thread receives: big messages
    fill the pipe's buffer before they are sent whole)."""
    ours, theirs = pipe
    arrived = []
    reader = threading.Thread(target=lambda: arrived.append(transport.receive(theirs)))
    reader.start()
    transport.send(ours, message)
    reader.join(10)
    assert arrived, "nothing arrived"
    return arrived[0]


def test_arrays_of_every_layout_arrive_equal_and_writable(pipe):
    rng = np.random.default_rng(3)
    big = rng.normal(size=(400, 300))  # 0.96 MB: larger than the pipe's buffer
    message = (
        "progress",
        {
            "big": big,
            "fortran": np.asfortranarray(rng.normal(size=(7, 5))),
            "strided": big[::3, ::7],  # not contiguous: pickled in the header
            "ints": np.arange(11, dtype=np.int64),
            "empty": np.zeros((0, 4)),
            "flags": np.array([True, False]),
            "text": "γ",
            "nan": float("nan"),
        },
        False,
    )
    arrived = through(pipe, message)
    same(arrived, message, "message")
    for name, array in arrived[1].items():
        if isinstance(array, np.ndarray):
            array[...] = 0  # writable: the trainer's arrays are updated in place
            assert array.flags.writeable, name


def test_the_header_carries_the_structure_and_the_arrays_travel_apart(pipe):
    """What makes it cheap: the big array's bytes are not copied into the pickle."""
    ours, theirs = pipe
    big = np.ones(100_000)
    sizes = []
    real_send = ours.send_bytes
    ours.send_bytes = lambda data: (sizes.append(len(data)), real_send(data))[1]
    arrived = through((ours, theirs), {"big": big, "small": np.arange(3)})
    same(arrived, {"big": big, "small": np.arange(3)})
    assert sizes[0] < 1000 and sorted(sizes[1:]) == [24, big.nbytes]


def test_a_message_that_cannot_be_pickled_raises_and_leaves_the_pipe_as_it_was(pipe):
    ours, theirs = pipe
    with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
        transport.send(ours, ("failed", np.ones(3), lambda: None))
    assert not theirs.poll(0.05)
    assert through(pipe, ("progress", None, True)) == ("progress", None, True)


@pytest.mark.parametrize("kind", ["full-batch traced", "mini-batch adam classifier"])
def test_progress_through_the_pipe_brings_the_trainer_home(pipe, kind):
    source, home = trainer(kind), trainer(kind)
    for n in (3, 17):
        mark = source.progress_mark()
        source.run(n)
        home.apply_progress(through(pipe, source.progress_since(mark)))
        assert_same_trainer(home, source)
    source.run(9)
    home.run(9)
    assert_same_trainer(home, source)
