"""The exact optimum of a linear model, checked against an independent LP solver (HiGHS)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from applet.core.errors import DataError
from applet.core.optimum import best_fit
from applet.core.problem import views_problem


def lad_by_linprog(X: np.ndarray, y: np.ndarray) -> float:
    """min mean|y − b − X·w| as the LP  min Σ(e⁺ + e⁻)/n  s.t.  b + X·w + e⁺ − e⁻ = y,  e± ≥ 0."""
    n, d = X.shape
    A = np.hstack([np.ones((n, 1)), X, np.eye(n), -np.eye(n)])
    c = np.concatenate([np.zeros(d + 1), np.ones(2 * n) / n])
    bounds = [(None, None)] * (d + 1) + [(0, None)] * (2 * n)
    result = linprog(c, A_eq=A, b_eq=y, bounds=bounds, method="highs")
    assert result.status == 0
    return float(result.fun)


@pytest.mark.parametrize("days", [1, 7, 28, 56])
def test_mae_optimum_of_the_views_matches_highs(days):
    problem = views_problem(days)
    w, b, L = best_fit(problem.X_train, problem.Y_train, "mae")
    assert w.shape == (days,)
    assert L == pytest.approx(lad_by_linprog(problem.X_train, problem.Y_train), rel=1e-9)
    # L is the loss the app reports for that line
    prediction = b + problem.X_train @ w
    assert L == pytest.approx(np.mean(np.abs(prediction - problem.Y_train)), rel=1e-12)


@pytest.mark.parametrize("days", [1, 7, 56])
def test_mse_optimum_of_the_views_has_zero_gradient(days):
    problem = views_problem(days)
    w, b, L = best_fit(problem.X_train, problem.Y_train, "mse")
    r = b + problem.X_train @ w - problem.Y_train
    assert L == pytest.approx(np.mean(r**2), rel=1e-12)
    # the normal equations: the residuals are orthogonal to 1 and every column of X
    scale = np.abs(problem.X_train).max() * np.abs(r).max() * len(r)
    assert abs(r.sum()) < 1e-9 * scale
    assert np.abs(problem.X_train.T @ r).max() < 1e-9 * scale


def test_one_feature_mae_optimum_by_hand():
    # three points on y = 1 + 2x and one far outlier: the LAD line ignores the outlier
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([1.0, 3.0, 5.0, 100.0])
    w, b, L = best_fit(X, y, "mae")
    assert w[0] == pytest.approx(2.0) and b == pytest.approx(1.0)
    assert L == pytest.approx(93.0 / 4)


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(5, 40),
    d=st.integers(1, 4),
    seed=st.integers(0, 10_000),
    integer=st.booleans(),
)
def test_mae_optimum_matches_highs_on_random_data(n, d, seed, integer):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    y = X @ rng.normal(size=d) + rng.standard_t(2, size=n)
    if integer:  # many ties and samples exactly on lines: degenerate vertices
        X, y = np.round(X * 2), np.round(y)
    _, _, L = best_fit(X, y, "mae")
    assert L == pytest.approx(lad_by_linprog(X, y), rel=1e-9, abs=1e-12)


def test_repeated_column_still_gives_the_optimum():
    rng = np.random.default_rng(0)
    x = rng.normal(size=30)
    X = np.column_stack([x, x])
    y = 3 * x + rng.normal(size=30)
    _, _, L = best_fit(X, y, "mae")
    assert L == pytest.approx(lad_by_linprog(x[:, None], y), rel=1e-9)


@pytest.mark.parametrize(
    "X, y, loss",
    [
        (np.ones((3, 1)), np.ones(3), "cross_entropy"),
        (np.ones((3, 1)), np.ones(4), "mae"),
        (np.array([[np.nan], [1.0]]), np.ones(2), "mse"),
    ],
)
def test_bad_input_is_a_data_error(X, y, loss):
    with pytest.raises(DataError):
        best_fit(X, y, loss)


@pytest.mark.parametrize("days", [1, 7, 28])
def test_lagged_days_of_a_perfectly_regular_channel(days):
    # weekly rhythm on steady growth: today's views are exactly a week ago's + 35, so with 7 or
    # more days a line fits every day (a degenerate LP: every sample on the best line), and
    # 28 days of features are linearly dependent
    i = np.arange(91)
    views = 1000.0 + 37 * (i % 7) + 5 * i
    X = np.array([views[t - days : t][::-1] for t in range(days, 91)])
    y = views[days:]
    _, _, L = best_fit(X, y, "mae")
    assert L == pytest.approx(lad_by_linprog(X, y), rel=1e-9, abs=1e-9)
