"""Framing, the surface map and the bumpy runs, without Qt: checked by hand-worked numbers."""

import numpy as np
import pytest

from applet.core import bumpy
from applet.core.problem import views_problem
from applet.core.surface import error_surface, optimum
from applet.ui.view_models.bumpy_runs import MAX_RUNS, BumpyRuns, descend_from, restarts
from applet.ui.view_models.framing import GROWTH, MARGIN, SANE, Framing, LinearView, linear_point, training_xy
from applet.ui.view_models.surface_map import GRID, SurfaceMap, contour_levels, label_position


def framed(centre, points):
    framing = Framing()
    framing.frame(np.array(centre, dtype=float), np.array(points, dtype=float))
    return framing


def test_a_new_frame_shows_the_start_with_a_margin():
    framing = framed([1.0, 2.0], [[5.0, 1.0]])
    assert framing.half == MARGIN * 4.0 and framing.sane == SANE * MARGIN * 4.0
    assert framing.shows([5.0, 1.0]) and not framing.shows([1.0 + 5.1, 2.0])
    assert framing.bounds() == ((1.0 - 5.0, 1.0 + 5.0), (2.0 - 5.0, 2.0 + 5.0))


def test_a_start_at_the_minimum_gets_the_smallest_frame():
    assert framed([0.0, 0.0], [[0.0, 0.0]]).half == 0.25
    assert framed([8.0], [[8.0]]).half == 0.25 * 8.0
    assert framed([0.0], [[np.nan]]).half == 0.25  # a non-finite start is not framed


def test_the_frame_grows_by_at_least_growth_and_never_past_the_sane_range():
    framing = framed([0.0], [[4.0]])  # half 5, sane 40
    assert not framing.grow(np.array([[4.9]]))  # still inside
    assert framing.grow(np.array([[5.5]])) and framing.half == GROWTH * 5.0
    assert framing.grow(np.array([[20.0]])) and framing.half == MARGIN * 20.0
    assert framing.grow(np.array([[39.0]])) and framing.half == 40.0  # capped at the sane range
    assert not framing.grow(np.array([[1000.0]]))  # beyond sanity: the frame stays


def test_the_sane_part_of_a_path_stops_before_its_first_insane_point():
    framing = framed([0.0, 0.0], [[1.0, 1.0]])  # sane 10
    path = np.array([[1.0, 1.0], [2.0, -3.0], [11.0, 0.0], [1.0, 1.0]])
    part, cut = framing.sane_part(path)
    np.testing.assert_array_equal(part, path[:2])
    assert cut
    part, cut = framing.sane_part(path[:2])
    assert len(part) == 2 and not cut
    assert framing.is_sane([9.0, -9.0]) and not framing.is_sane([np.inf, 0.0]) and not framing.is_sane([0.0, 10.5])


def test_a_wide_plot_shows_more_of_w():
    framing = framed([0.0, 0.0], [[4.0, 0.0]])
    (w_lo, w_hi), (b_lo, b_hi) = framing.bounds(aspect=2.0)
    assert (w_hi - w_lo) == 2 * (b_hi - b_lo) == 4 * framing.half


def test_the_linear_view_reads_y_equals_b_plus_w_x():
    problem = views_problem(1)
    view = LinearView()
    view.set_problem(problem)
    x, y = training_xy(problem)
    np.testing.assert_array_equal(view.x, x)
    assert view.optimum("mse") == optimum(x, y, "mse")
    assert training_xy(views_problem(7)) is None
    weights, biases = [np.array([[2.0]])], [np.array([3.0])]
    np.testing.assert_array_equal(linear_point(weights, biases, "mae"), [2.0, 3.0])
    assert linear_point(weights, biases, "cross_entropy") is None
    assert linear_point([np.ones((2, 1))], biases, "mse") is None


def test_the_surface_map_is_the_loss_on_the_framed_grid():
    view = LinearView()
    view.set_problem(views_problem(1))
    w_opt, b_opt, L_opt = view.optimum("mae")
    view.framing.frame(np.array([w_opt, b_opt]), np.array([[0.0, 0.0]]))
    surface = SurfaceMap.framed(view, "mae", aspect=1.5)
    assert surface.L.shape == (GRID, GRID)
    np.testing.assert_allclose(surface.L, error_surface(view.x, view.y, surface.w_values, surface.b_values, "mae"))
    assert surface.w_values[0] < w_opt < surface.w_values[-1]
    left, bottom, width, height = surface.pixel_rect()
    dw = surface.w_values[1] - surface.w_values[0]
    assert left + dw / 2 == pytest.approx(surface.w_values[0]) and width == pytest.approx(GRID * dw)
    assert all(L_opt < level < surface.L_range[1] for level in surface.levels)
    assert sum(p is not None for p in surface.label_positions()) >= 4


def test_contour_levels_are_rounded_and_between_min_and_max():
    assert contour_levels(0.0, 100.0, n=4) == [4.0, 16.0, 36.0, 64.0]
    assert contour_levels(1.0, 1.0) == []


def test_a_label_sits_on_its_contour_along_the_diagonal():
    segments = np.array([[[0.0, 1.0], [0.0, 3.0]], [[2.0, 2.0], [2.0, 4.0]], [[-2.0, -2.0], [-2.0, -4.0]]])
    centre, inner = np.zeros(2), np.array([5.0, 5.0])
    np.testing.assert_array_equal(label_position(segments, centre, inner, 0), [2.0, 3.0])
    np.testing.assert_array_equal(label_position(segments, centre, inner, 1), [-2.0, -3.0])
    assert label_position(segments, centre, np.array([0.1, 0.1]), 0) is None


def test_bumpy_runs_keep_clicks_until_full_and_restarts_replace_them():
    runs = BumpyRuns()
    for k in range(MAX_RUNS):
        runs.add(descend_from(-2.2 + 0.01 * k, 0.01))
    assert len(runs.paths) == MAX_RUNS and runs.best == -1
    runs.add(descend_from(1.0, 0.01))
    assert len(runs.paths) == 1
    runs.add(restarts(6, 0.01))
    assert len(runs.paths) == 6
    assert runs.paths[runs.best][-1] == pytest.approx(bumpy.lowest()[0], abs=1e-3)
    ends, outcomes = runs.ends()
    assert outcomes == [bumpy.outcome(p) for p in runs.paths] and ends[0] == runs.paths[0][-1]


def test_a_run_that_leaves_the_plot_is_drawn_without_its_last_step():
    runs = BumpyRuns()
    runs.add(descend_from(-2.2, 5.0))
    path = runs.paths[0]
    assert bumpy.outcome(path) == bumpy.LEFT
    np.testing.assert_array_equal(runs.shown(path), path[:-1])
    assert runs.ends()[0] == [path[-2]]
