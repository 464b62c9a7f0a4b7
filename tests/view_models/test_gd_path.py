"""The gradient-descent path: kept whole, thinned for drawing, shortened by a step back."""

import numpy as np
import pytest

from applet.ui.view_models.gd_path import DRAW_ALL_BELOW, MAX_DRAWN, GDPath


def test_a_long_path_is_thinned_for_drawing_but_kept_whole():
    t = np.linspace(0, 1, 200_000)
    points = np.column_stack([np.exp(-5 * t), np.exp(-5 * t) * np.cos(40 * t)])
    path = GDPath()
    for chunk in np.array_split(points, 37):
        path.receive(len(path), chunk)
    np.testing.assert_array_equal(path.values, points)
    drawn = path.drawn(cell=1e-3)
    assert DRAW_ALL_BELOW < len(drawn) < len(points) / 20
    np.testing.assert_array_equal(drawn[0], points[0])
    np.testing.assert_array_equal(drawn[-1], points[-1])
    rows = {tuple(p) for p in points}
    assert all(tuple(p) in rows for p in drawn)
    path.receive(30_000, np.empty((0, 2)))  # a step back to 30 000 points
    np.testing.assert_array_equal(path.drawn(cell=1e-3)[-1], points[29_999])
    fresh = GDPath()
    fresh.receive(0, points[:30_000])
    np.testing.assert_array_equal(path.drawn(cell=1e-3), fresh.drawn(cell=1e-3))


def test_a_run_zigzagging_across_a_valley_is_drawn_with_few_points_frame_by_frame():
    n = 200_000
    k = np.arange(n)
    # along w slowly, across b from one side of the valley to the other at every update
    points = np.column_stack([k / n, 0.3 * (-1.0) ** k * np.exp(-k / 60_000)])
    path, cell = GDPath(), 2 / 1000
    for chunk in np.array_split(points, 400):  # as the window gets it, drawing every frame
        path.receive(len(path), chunk)
        drawn = path.drawn(cell)
    assert len(drawn) <= MAX_DRAWN + 1 and len(drawn) < n / 100
    np.testing.assert_array_equal(drawn[[0, -1]], points[[0, -1]])
    rows = {tuple(p) for p in points}
    assert all(tuple(p) in rows for p in drawn)
    # both sides of the valley are still drawn, to within a cell, all along it
    for lo in (0.0, 0.25, 0.5):
        inside = (drawn[:, 0] >= lo) & (drawn[:, 0] < lo + 0.05)
        truth = (points[:, 0] >= lo) & (points[:, 0] < lo + 0.05)
        assert drawn[inside, 1].max() == pytest.approx(points[truth, 1].max(), abs=2 * cell)
        assert drawn[inside, 1].min() == pytest.approx(points[truth, 1].min(), abs=2 * cell)
    fresh = GDPath()
    fresh.receive(0, points)
    np.testing.assert_array_equal(fresh.drawn(cell), drawn)  # frame by frame = all at once


def test_a_path_wandering_at_random_is_drawn_with_at_most_max_drawn_points():
    points = np.random.default_rng(0).normal(size=(300_000, 2))
    path = GDPath()
    for chunk in np.array_split(points, 30):
        path.receive(len(path), chunk)
        assert len(path.drawn(2 / 1000)) <= MAX_DRAWN + 1
    np.testing.assert_array_equal(path.drawn(2 / 1000)[-1], points[-1])
