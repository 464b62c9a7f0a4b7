"""Contour lines by marching squares."""

import numpy as np
import pytest

from applet.core.contours import contour_segments


def test_a_plane_is_cut_exactly_at_the_level():
    x = np.linspace(-1, 2, 31)
    y = np.linspace(0, 1, 17)
    Z = 2 * x[:, None] - 3 * y[None, :]
    segments = contour_segments(Z, x, y, 0.4)
    assert len(segments) > 10
    values = 2 * segments[..., 0] - 3 * segments[..., 1]
    np.testing.assert_allclose(values, 0.4, atol=1e-12)


def test_a_circle_is_closed_and_has_the_right_radius():
    x = np.linspace(-2, 2, 81)
    y = np.linspace(-1.5, 1.5, 61)
    Z = x[:, None] ** 2 + y[None, :] ** 2
    segments = contour_segments(Z, x, y, 0.87)  # no grid point lies exactly on the circle
    r = np.hypot(segments[..., 0], segments[..., 1])
    np.testing.assert_allclose(r, np.sqrt(0.87), atol=2e-3)
    # closed: every end point is shared by exactly two segments
    ends = np.round(segments.reshape(-1, 2), 12)
    _, counts = np.unique(ends, axis=0, return_counts=True)
    assert np.all(counts == 2)
    angles = np.arctan2(segments[..., 1], segments[..., 0]).ravel()
    assert np.histogram(angles, bins=8, range=(-np.pi, np.pi))[0].min() > 0  # all the way round


@pytest.mark.parametrize(
    "Z, expected",
    [
        ([[1.0, 0.0], [0.0, 1.0]], [[(0.5, 0.0), (1.0, 0.5)], [(0.5, 1.0), (0.0, 0.5)]]),
        ([[0.0, 1.0], [1.0, 0.0]], [[(0.5, 0.0), (0.0, 0.5)], [(0.5, 1.0), (1.0, 0.5)]]),
    ],
)
def test_a_saddle_cell_is_split_by_its_centre_value(Z, expected):
    # the centre (0.5) is on the upper side: the two low corners are cut off
    segments = contour_segments(np.array(Z), np.array([0.0, 1.0]), np.array([0.0, 1.0]), 0.5)
    np.testing.assert_array_equal(segments, expected)


def test_no_segments_when_the_level_is_outside_the_values():
    x = y = np.linspace(0, 1, 5)
    Z = x[:, None] + y[None, :]
    assert contour_segments(Z, x, y, 5.0).shape == (0, 2, 2)
    assert contour_segments(Z, x, y, -1.0).shape == (0, 2, 2)
