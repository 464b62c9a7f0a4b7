"""The bumpy one-parameter loss and gradient descent on it."""

import math

import numpy as np
import pytest

from applet.core import bumpy
from applet.core.errors import DataError


def local_minima(n=40_001):
    w = np.linspace(*bumpy.DOMAIN, n)
    L = bumpy.loss(w)
    inner = (L[1:-1] < L[:-2]) & (L[1:-1] < L[2:])
    return w[1:-1][inner]


def test_slope_is_the_derivative_of_the_loss():
    w = np.linspace(-5, 5, 101)
    h = 1e-6
    numeric = (bumpy.loss(w + h) - bumpy.loss(w - h)) / (2 * h)
    np.testing.assert_allclose(bumpy.slope(w), numeric, rtol=1e-7, atol=1e-8)


def test_the_loss_has_several_valleys_and_one_is_lowest():
    minima = local_minima()
    assert len(minima) == 4
    np.testing.assert_allclose(minima, [-2.505, -0.477, 1.553, 3.582], atol=2e-3)
    depths = bumpy.loss(minima)
    assert np.argmin(depths) == 2
    assert np.all(bumpy.loss(np.linspace(*bumpy.DOMAIN, 801)) > 0)  # a loss: never negative
    lo, hi = bumpy.DOMAIN  # the domain ends on hilltops: every start inside walks inwards
    assert bumpy.slope(lo + 1e-3) < 0 < bumpy.slope(hi - 1e-3)


def test_descend_follows_the_update_rule():
    path = bumpy.descend(0.3, lr=0.01, steps=5)
    assert len(path) == 6 and path[0] == 0.3
    for w, w_next in zip(path[:-1], path[1:]):
        assert w_next == w - 0.01 * bumpy.slope(w)


@pytest.mark.parametrize("start", [-3.79, -2.0, -1.2, 0.3, 1.0, 2.5, 4.79])
def test_a_small_learning_rate_ends_in_the_valley_it_starts_in(start):
    path = bumpy.descend(start, lr=0.01)
    assert bumpy.outcome(path) == bumpy.FLAT
    end = path[-1]
    nearest = local_minima()[np.argmin(np.abs(local_minima() - end))]
    assert end == pytest.approx(nearest, abs=1e-3)
    assert np.all(np.diff(bumpy.loss(path)) <= 1e-15)  # always downhill
    # no hill between the start and the end: every point is in the same valley
    between = np.linspace(min(start, end), max(start, end), 2001)
    assert np.all(np.sign(bumpy.slope(between[1:-1])) == np.sign(bumpy.slope(between[1]))) or abs(start - end) < 1e-9


def test_different_starts_end_in_different_minima():
    ends = {round(float(bumpy.descend(s, lr=0.01)[-1]), 2) for s in (-3, -1, 1, 3)}
    assert len(ends) == 4


def test_several_restarts_find_the_lowest_valley():
    paths = bumpy.restarts(8, lr=0.01)
    lo, hi = bumpy.DOMAIN
    assert [p[0] for p in paths] == pytest.approx(lo + (np.arange(8) + 0.5) * (hi - lo) / 8)
    i = bumpy.best(paths)
    assert paths[i][-1] == pytest.approx(1.553, abs=1e-3)
    assert bumpy.loss(paths[i][-1]) == min(bumpy.loss(p[-1]) for p in paths)


def test_a_larger_step_can_jump_out_of_a_poor_valley():
    start = -2.2  # in the poor valley around w ≈ −2.5
    small = bumpy.descend(start, lr=0.01)[-1]
    large = bumpy.descend(start, lr=0.25, steps=200)
    assert small == pytest.approx(-2.505, abs=1e-2)
    assert bumpy.loss(large).min() < bumpy.loss(small)


def test_too_large_a_learning_rate_leaves_the_domain_and_stops():
    path = bumpy.descend(1.0, lr=5.0)
    assert bumpy.outcome(path) == bumpy.LEFT
    assert len(path) < 50 and np.all(np.isfinite(path))
    assert np.all((path[:-1] >= bumpy.DOMAIN[0]) & (path[:-1] <= bumpy.DOMAIN[1]))
    assert bumpy.best([path]) == -1


def test_running_out_of_steps_is_reported():
    path = bumpy.descend(0.3, lr=1e-4, steps=10)
    assert len(path) == 11 and bumpy.outcome(path) == bumpy.UNFINISHED


@pytest.mark.parametrize(
    "start, lr, steps",
    [
        (math.nan, 0.1, 10),
        (9.0, 0.1, 10),
        (0.0, 0.0, 10),
        (0.0, -1, 10),
        (0.0, math.inf, 10),
        ("x", 0.1, 10),
        (0.0, 0.1, -1),
        (0.0, 0.1, 2.5),
    ],
)
def test_bad_input_is_refused(start, lr, steps):
    with pytest.raises(DataError):
        bumpy.descend(start, lr, steps)


def test_bad_restart_counts_are_refused():
    for n in (0, -3, 2.5, True):
        with pytest.raises(DataError):
            bumpy.restarts(n, lr=0.01)


def test_the_lowest_point_is_the_global_minimum():
    w, L = bumpy.lowest()
    assert w == pytest.approx(1.553, abs=1e-3)
    assert abs(bumpy.slope(w)) < 1e-10
    assert L <= bumpy.loss(np.linspace(*bumpy.DOMAIN, 100_001)).min()
