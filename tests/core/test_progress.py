"""Progress since a mark, applied to a copy at the mark, gives the very same trainer.

This is how a run trained in another process comes home (``applet/training/child.py``):
the copy must equal the trainer bit for bit — parameters, history, counters, shuffle
generator, optimizer, early-stopping best, last finite weights — and run on identically.
"""

import copy
import math
import pickle
import struct
from dataclasses import fields, is_dataclass

import numpy as np
import pytest

from applet.core.network import LayerSpec, Network
from applet.core.trainer import DIVERGED, Trainer

# compared through their own state, not attribute by attribute
INDIRECT = {"history", "interrupted", "net", "optimizer", "_rng", "_loss_fn"}


def same(a, b, where="trainer"):
    """Equal bit for bit (NaN equals NaN, 0.0 differs from -0.0), recursively."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        assert isinstance(a, np.ndarray) and isinstance(b, np.ndarray), where
        assert a.dtype == b.dtype and a.shape == b.shape, where
        assert a.tobytes() == b.tobytes(), where
    elif isinstance(a, float) or isinstance(b, float):
        assert type(a) is type(b), where
        assert struct.pack("d", a) == struct.pack("d", b), where
    elif isinstance(a, dict):
        assert isinstance(b, dict) and a.keys() == b.keys(), where
        for key in a:
            same(a[key], b[key], f"{where}[{key!r}]")
    elif isinstance(a, (list, tuple)):
        assert type(a) is type(b) and len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{where}[{i}]")
    elif is_dataclass(a):
        assert type(a) is type(b), where
        for f in fields(a):
            same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def assert_same_trainer(a: Trainer, b: Trainer) -> None:
    same(a.state(), b.state(), "state")
    same(a.net.parameters(), b.net.parameters(), "parameters")
    same(a.optimizer.state(), b.optimizer.state(), "optimizer")
    same(a._rng.bit_generator.state, b._rng.bit_generator.state, "rng")
    direct_a = {k: v for k, v in vars(a).items() if k not in INDIRECT}
    direct_b = {k: v for k, v in vars(b).items() if k not in INDIRECT}
    same(direct_a, direct_b, "attributes")


def regression(n=120, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    return X, X @ np.array([1.5, -0.5]) + 0.2 + 0.05 * rng.normal(size=n)


def classification(n=150, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    return X, (X[:, 0] * X[:, 1] > 0).astype(int) + (X[:, 0] > 1).astype(int)


def trainer(kind: str) -> Trainer:
    if kind == "full-batch traced":
        X, Y = regression()
        net = Network(2, [LayerSpec(1, "linear")], seed=1)
        return Trainer(net, X, Y, lr=0.05, trace_params=True, X_val=X[:20], Y_val=Y[:20])
    if kind == "mini-batch adam classifier":
        X, Y = classification()
        Xv, Yv = classification(40, seed=1)
        net = Network(2, [LayerSpec(8, "tanh"), LayerSpec(3, "linear")], seed=2)
        return Trainer(
            net, X, Y, loss="cross_entropy", lr=0.01, batch_size=32, seed=7, optimizer="adam", X_val=Xv, Y_val=Yv
        )
    if kind == "momentum with weight decay":
        X, Y = regression()
        net = Network(2, [LayerSpec(6, "relu"), LayerSpec(1, "linear")], seed=3)
        return Trainer(net, X, Y, lr=0.02, batch_size=25, seed=4, optimizer="momentum", weight_decay=0.01)
    assert kind == "diverging"
    X, Y = regression()
    net = Network(2, [LayerSpec(6, "sigmoid"), LayerSpec(1, "linear")], seed=5)
    return Trainer(net, X * 30, Y * 30, lr=5.0, batch_size=10, seed=6, grad_tol=None)


KINDS = ["full-batch traced", "mini-batch adam classifier", "momentum with weight decay", "diverging"]


@pytest.mark.parametrize("kind", KINDS)
def test_applying_progress_to_a_copy_gives_the_same_trainer(kind):
    source = trainer(kind)
    source.run(3)
    home = copy.deepcopy(source)
    mark = source.progress_mark()
    source.run(37)  # across epoch ends, into the middle of an epoch
    progress = source.progress_since(mark)
    home.apply_progress(progress)
    assert_same_trainer(home, source)


@pytest.mark.parametrize("kind", KINDS)
def test_progress_in_pieces_through_a_pipe_and_running_on(kind):
    """Pieces applied in turn after pickling (as through a pipe) equal the run, and the copy
    then runs on exactly as the original does."""
    source, home = trainer(kind), trainer(kind)
    for n in (1, 9, 30, 5):
        mark = source.progress_mark()
        source.run(n)
        home.apply_progress(pickle.loads(pickle.dumps(source.progress_since(mark))))
        assert_same_trainer(home, source)
        if source.stop_reason is not None:
            break
    if source.stop_reason is None:
        source.run(25)
        home.run(25)
        assert_same_trainer(home, source)


def test_a_diverged_run_brings_its_stop_and_last_finite_weights_home():
    source, home = trainer("diverging"), trainer("diverging")
    mark = source.progress_mark()
    assert source.run(500) == DIVERGED
    home.apply_progress(source.progress_since(mark))
    assert home.stop_reason == DIVERGED
    assert home.last_finite_update == source.last_finite_update
    same(home.last_finite(), source.last_finite())
    same(home.diagnosis(), source.diagnosis(), "diagnosis")


def test_progress_copies_its_arrays():
    """The progress never aliases the trainer's arrays: training on does not change it."""
    source = trainer("mini-batch adam classifier")
    mark = source.progress_mark()
    source.run(7)
    progress = source.progress_since(mark)
    frozen = pickle.dumps(progress)
    source.run(7)
    assert pickle.dumps(progress) == frozen
    assert "best" not in source.progress_since(source.progress_mark()).state  # unchanged: not sent again
    assert len(progress.rows["loss"]) == 7 and not math.isnan(progress.state["last_loss"])


@pytest.mark.parametrize("kind", KINDS)
def test_a_trainer_travels_whole_through_a_pipe(kind):
    """Pickled (activations by name) a trainer arrives equal and trains on identically."""
    source = trainer(kind)
    source.run(4)
    arrived = pickle.loads(pickle.dumps(source))
    assert [a.name for a in arrived.net._activations] == [a.name for a in source.net._activations]
    assert_same_trainer(arrived, source)
    if source.stop_reason is None:
        source.run(11)
        arrived.run(11)
        assert_same_trainer(arrived, source)
