"""The compact history gives back exactly what was stored, bit for bit.

``CompactArray`` compresses its older rows; whatever is appended, extended, truncated
(a step back) or loaded (a session), its rows must equal those of a plain list of the
same operations in every bit — NaN payloads, signed zeros and infinities included —
read whole, by index, by slice or by index array. Small chunks make every test seal,
unseal and cross chunk boundaries.
"""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from applet.core.history import CompactArray, History
from applet.core.problem import views_problem
from applet.training.lecture import LINEAR
from applet.training.setup import TrainingSetup

WEIRD = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -1.7976931348623157e308]
NAN_PAYLOAD = np.array([0x7FF8_0000_DEAD_BEEF], dtype=np.uint64).view(np.float64)[0]

floats = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True, width=64),
    st.sampled_from(WEIRD + [NAN_PAYLOAD]),
    st.integers(0, 10**6).map(float),  # update counts, as epoch_update holds them
)


def bits(values) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.float64).view(np.uint64)


operation = st.one_of(
    st.tuples(st.just("append"), st.integers(0, 1000)),
    st.tuples(st.just("extend"), st.integers(0, 40)),
    st.tuples(st.just("truncate"), st.integers(-3, 60)),
    st.tuples(st.just("load"), st.integers(0, 30)),
)


@settings(max_examples=300, deadline=None)
@given(
    width=st.sampled_from([None, 1, 2, 3]),
    chunk=st.integers(1, 7),
    ops=st.lists(operation, max_size=40),
    pool=st.lists(floats, min_size=64, max_size=64),
    seed=st.integers(0, 2**32 - 1),
)
def test_compact_array_round_trips_bit_for_bit(width, chunk, ops, pool, seed):
    rng = np.random.default_rng(seed)
    shape = () if width is None else (width,)

    def some(n):  # n rows drawn from the pool of awkward floats
        return np.asarray(pool, dtype=np.float64)[rng.integers(0, len(pool), (n,) + shape)]

    compact, expected = CompactArray(width, chunk_rows=chunk), np.empty((0,) + shape)
    for op, n in ops:
        if op == "append":
            row = some(1)[0]
            compact.append(row)
            expected = np.concatenate([expected, row[None]])
        elif op == "extend":
            rows = some(n)
            compact.extend(rows)
            expected = np.concatenate([expected, rows])
        elif op == "truncate":
            compact.truncate(n)
            expected = expected[: max(0, n)]
        else:
            expected = some(n)
            compact.load(expected)
        assert len(compact) == len(expected)
        np.testing.assert_array_equal(bits(compact.values), bits(expected))
        np.testing.assert_array_equal(bits(compact.copy_values()), bits(expected))
        if len(expected):
            i = int(rng.integers(-len(expected), len(expected)))
            np.testing.assert_array_equal(bits(compact[i]), bits(expected[i]))
            a, b = sorted(rng.integers(-len(expected) - 2, len(expected) + 2, 2))
            np.testing.assert_array_equal(bits(compact[a:b]), bits(expected[a:b]))
            np.testing.assert_array_equal(bits(compact[a:]), bits(expected[a:]))
            np.testing.assert_array_equal(bits(compact[a:b:2]), bits(expected[a:b:2]))
            picked = rng.integers(-len(expected), len(expected), 5)
            np.testing.assert_array_equal(bits(compact[picked]), bits(expected[picked]))
            mask = rng.random(len(expected)) < 0.5
            np.testing.assert_array_equal(bits(compact[mask]), bits(expected[mask]))


def test_compact_array_refuses_rows_it_does_not_have():
    compact = CompactArray(chunk_rows=2)
    compact.extend(np.arange(5.0))
    with pytest.raises(IndexError):
        compact[5]
    with pytest.raises(IndexError):
        compact[np.array([0, 7])]
    assert compact[-5] == 0.0 and len(compact[3:1]) == 0


def test_a_long_history_is_small_and_exact():
    """A million updates of a falling loss curve and its path take less than half of their
    48 MB even with full-precision noise in every value (a real run's values repeat more:
    benchmarks/bench_longrun.py measures those)."""
    n = 1_000_000
    t = np.arange(1, n + 1, dtype=np.float64)
    loss = 0.46 + 2.0 / np.sqrt(t) + 1e-9 * np.sin(t)
    path = np.stack([0.97 - 0.6 / np.sqrt(t), 0.068 - 0.05 / t], axis=1)
    history = History(2)
    for name, values in (("loss", loss), ("epoch_update", t), ("epoch_loss", loss), ("epoch_val", 1.3 * loss)):
        getattr(history, name).extend(values)
    history.params.extend(path)
    assert history.nbytes < 24 * 10**6  # raw: 48 MB
    state = history.state()
    np.testing.assert_array_equal(bits(state["loss"]), bits(loss))
    np.testing.assert_array_equal(bits(state["params"]), bits(path))
    np.testing.assert_array_equal(bits(history.params[[0, 12_345, n - 1]]), bits(path[[0, 12_345, n - 1]]))


def test_history_state_round_trips_through_load_state():
    setup = TrainingSetup(views_problem(1), LINEAR, seed=3, loss="mae", lr=0.01, trace_params=True, grad_tol=None)
    trainer = setup.build()
    trainer.run(300)
    state = trainer.history.state()
    again = History(None)
    again.load_state(state)
    for name, values in state.items():
        np.testing.assert_array_equal(bits(getattr(again, name).values), bits(values))
        assert getattr(again, name).values is not values  # the history keeps its own copy
    trainer.step_back()
    assert len(trainer.history.loss) == 299 and len(trainer.history.params) == 300
