"""The Trainer refuses what the window refuses: budgets, rates and tolerances that make no run."""

import math

import numpy as np
import pytest

from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.core.trainer import MAX_BUDGET, Trainer


def trainer(**kwargs):
    x = np.linspace(0, 1, 20)
    return Trainer(Network(1, [LayerSpec(1, "linear")], seed=0), x, 2 * x + 1, **kwargs)


@pytest.mark.parametrize(
    "option, value",
    [
        ("max_updates", -5),
        ("max_updates", 0),
        ("max_updates", 2.5),
        ("max_updates", True),
        ("max_updates", MAX_BUDGET + 1),
        ("max_epochs", 0),
        ("max_epochs", "3"),
        ("lr", True),
        ("lr", "0.1"),
        ("lr", -1.0),
        ("lr", math.nan),
        ("lr", math.inf),
        ("grad_tol", -1e-3),
        ("grad_tol", math.nan),
        ("grad_tol", math.inf),
        ("grad_tol", False),
        ("seed", -1),
        ("seed", 1.5),
        ("divergence_ratio", 0.5),
    ],
)
def test_a_value_that_makes_no_run_is_refused_when_built_and_when_set(option, value):
    with pytest.raises(DataError):
        trainer(**{option: value})
    if option in ("max_updates", "max_epochs", "lr", "grad_tol"):
        t = trainer()
        before = getattr(t, option)
        with pytest.raises(DataError):
            setattr(t, option, value)
        assert getattr(t, option) == before


@pytest.mark.parametrize(
    "option, value",
    [("max_updates", 1), ("max_updates", np.int64(7)), ("max_epochs", MAX_BUDGET), ("grad_tol", 0.0), ("lr", 1)],
)
def test_values_the_window_allows_are_accepted(option, value):
    t = trainer(**{option: value})
    assert getattr(t, option) == value


def test_run_with_a_zero_tolerance_and_a_budget_returns():
    assert trainer(grad_tol=0.0, max_updates=3).run() == "max_updates"


def test_step_back_on_an_empty_path_is_refused_and_changes_nothing():
    t = trainer(trace_params=True)
    t.run(3)
    t.history.params.truncate(0)  # a path that does not reach back (e.g. from an edited session)
    state = {k: v.copy() for k, v in t.history.state().items()}
    with pytest.raises(DataError, match="path"):
        t.step_back()
    assert t.update == 3 and all(np.array_equal(v, state[k], equal_nan=True) for k, v in t.history.state().items())
