"""The regression sets in the plane: shapes, determinism, ranges, noise; the classification
contract of ``make`` untouched."""

import numpy as np
import pytest

from applet.core.datasets.planar import (
    RADIUS,
    VALUE_REACH,
    VALUE_SETS,
    builtin_points,
    make,
    make_values,
)
from applet.core.errors import DataError
from applet.core.problem import REGRESSION, planar_problem


@pytest.mark.parametrize("name", VALUE_SETS)
def test_shapes_types_determinism_and_range(name):
    X, t = make_values(name, 301, 0.0, 7)
    assert X.shape == (301, 2) and t.shape == (301,) and X.dtype == t.dtype == np.float64
    X2, t2 = make_values(name, 301, 0.0, 7)
    np.testing.assert_array_equal(X, X2)
    np.testing.assert_array_equal(t, t2)
    assert not np.array_equal(make_values(name, 301, 0.0, 8)[0], X)
    assert np.abs(X).max() <= VALUE_REACH
    assert np.abs(t).max() <= 1.2 + 1e-12


def test_plane_is_the_tilted_plane_and_bumps_are_signed():
    X, t = make_values("plane", 500, 0.0, 0)
    np.testing.assert_allclose(t, (X[:, 0] + X[:, 1]) / (2 * RADIUS), rtol=0, atol=0)
    X, t = make_values("multi-gauss", 2000, 0.0, 0)
    assert -1.0 <= t.min() < -0.5 and 0.5 < t.max() <= 1.0
    near = np.hypot(X[:, 0] + 4, X[:, 1] - 2.5) < 0.5  # the bump of height +1 at (−4, 2.5)
    assert near.any() and np.all(t[near] > 0.7)
    near = np.hypot(X[:, 0], X[:, 1] - 2.5) < 0.5  # −1 at (0, 2.5)
    assert near.any() and np.all(t[near] < -0.7)
    far = np.abs(X[:, 1]) < 0.4  # more than 2 from every centre: no bump
    assert np.all(t[far] == 0.0)


def test_noise_moves_where_the_target_is_read_not_the_points():
    X0, t0 = make_values("plane", 400, 0.0, 3)
    X1, t1 = make_values("plane", 400, 0.5, 3)
    np.testing.assert_array_equal(X0, X1)
    spread = np.std(t1 - (X1[:, 0] + X1[:, 1]) / (2 * RADIUS))
    assert spread == pytest.approx(0.5 * np.sqrt(2) / (2 * RADIUS), rel=0.15)


@pytest.mark.parametrize("bad", [("circle", 10, 0.0), ("plane", 1, 0.0), ("plane", 10, -1.0)])
def test_bad_arguments_are_refused(bad):
    name, n, noise = bad
    with pytest.raises(DataError):
        make_values(name, n, noise, 0)


def test_make_keeps_its_classification_contract_and_refuses_regression_names():
    X, y = make("circle", 11, 0.0, 0)
    assert X.shape == (11, 2) and y.dtype == np.int64 and sorted(np.bincount(y)) == [5, 6]
    with pytest.raises(DataError):
        make("plane", 10, 0.0, 0)


def test_regression_points_make_a_regression_problem():
    points = builtin_points("multi-gauss", 200, 0.1, 4)
    assert points.regression and points.k == 2
    np.testing.assert_array_equal(points.y, (points.values >= 0).astype(np.int64))
    problem = planar_problem(points)
    assert problem.task == REGRESSION and problem.n_outputs == 1
    np.testing.assert_array_equal(problem.Y_train, points.values[~points.unseen])
    np.testing.assert_array_equal(problem.Y_val, points.values[points.unseen])
    less = points.without_point(0)
    np.testing.assert_array_equal(less.values, points.values[1:])
    with pytest.raises(DataError):
        points.with_point(0.0, 0.0, 1)
