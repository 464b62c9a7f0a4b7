"""The error-surface and slice panels of lesson views-linear, driven as a learner drives them."""

import re

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from applet.core import bumpy
from applet.core.surface import error_surface, optimum
from applet.core.trainer import CONVERGED, DIVERGED, MAX_UPDATES
from applet.training.snapshot import STOPPED
from tests.ui.conftest import curve_data, full_speed, in_view, wait_for_snapshot
from tests.ui.test_main_window import click, find


def direct_loss(x, y, w, b, loss):
    e = b + w * x - y
    return np.mean(e * e) if loss == "mse" else np.mean(np.abs(e))


def training_xy(win):
    p = win.setup.problem
    return p.X_train[:, 0], p.Y_train


def choose(win, name, value):
    combo = find(win, QComboBox, name)
    combo.setCurrentIndex(combo.findData(value))


def use_loss(qtbot, win, loss):
    choose(win, "lossInput", loss)
    return wait_for_snapshot(qtbot, win, lambda s: s.loss_name == loss)


def type_into(qtbot, win, name, text):
    field = find(win, QLineEdit, name)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def run_until_stopped(qtbot, win, updates, timeout=20_000):
    """Run until update ``updates`` (or until training stops for another reason)."""
    spin = find(win, QSpinBox, "maxUpdatesInput")
    spin.setValue(updates)
    full_speed(win)
    click(qtbot, win, "runButton")
    return wait_for_snapshot(
        qtbot,
        win,
        lambda s: s.state == STOPPED and (s.update >= updates or s.stop_reason != MAX_UPDATES),
        timeout=timeout,
    )


def step(qtbot, win, times):
    for _ in range(times):
        expected = win.last_snapshot.update + 1
        click(qtbot, win, "stepButton")
        wait_for_snapshot(qtbot, win, lambda s: s.update == expected)
    return win.last_snapshot


def drawn_path(panel):
    x, y = curve_data(panel.layers.path_line)
    return np.column_stack([x, y])


def scene_to_widget(panel, w, b):
    scene = panel.view.mapViewToScene(QPointF(w, b))
    return panel.plot.mapFromScene(scene)


def all_drawn_data_is_finite(panel):
    arrays = [
        panel.layers.image.image,
        *curve_data(panel.layers.path_line),
        *curve_data(panel.layers.contours),
        *panel.layers.arrow.data(),
        *panel.layers.current.getData(),
    ]
    return all(np.all(np.isfinite(np.asarray(a, dtype=float))) for a in arrays if a is not None)


# -- the surface ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("loss", ["mae", "mse"])
def test_the_heatmap_is_the_loss_on_the_panels_grid(qtbot, window, loss):
    snap = use_loss(qtbot, window, loss)
    panel = window.panels["surface"]
    qtbot.waitUntil(lambda: panel._loss == loss)
    x, y = training_xy(window)
    L = panel.layers.image.image
    assert L.shape == (200, 200)
    np.testing.assert_allclose(L, error_surface(x, y, panel.map.w_values, panel.map.b_values, loss), rtol=1e-12)
    rng = np.random.default_rng(0)
    for i, j in rng.integers(0, 200, size=(12, 2)):
        assert L[i, j] == pytest.approx(direct_loss(x, y, panel.map.w_values[i], panel.map.b_values[j], loss), rel=1e-9)
    # the map frames the minimum and the start, and the minimum is marked
    w_opt, b_opt, _ = optimum(x, y, loss)
    np.testing.assert_allclose(panel.layers.minimum.getData(), [[w_opt], [b_opt]])
    w0, b0 = snap.weights[0][0, 0], snap.biases[0][0]
    for w, b in ((w_opt, b_opt), (w0, b0)):
        assert panel.map.w_values[0] < w < panel.map.w_values[-1] and panel.map.b_values[0] < b < panel.map.b_values[-1]
    # the image is placed on the grid: pixel centres at the grid's (w, b)
    rect = panel.layers.image.mapRectToParent(panel.layers.image.boundingRect())
    dw = panel.map.w_values[1] - panel.map.w_values[0]
    assert rect.left() + dw / 2 == pytest.approx(panel.map.w_values[0]) and rect.right() - dw / 2 == pytest.approx(
        panel.map.w_values[-1]
    )
    assert curve_data(panel.layers.contours)[0].size > 100  # contour lines, with their values written on them
    assert sum(label.isVisible() for label in panel.layers.contour_labels) >= 4


def test_the_surface_is_not_recomputed_per_frame(qtbot, window, monkeypatch):
    panel = window.panels["surface"]
    run_until_stopped(qtbot, window, 20)  # the window settles its layout (status texts appear)
    computed = []  # per computation: whether the plot had a new shape (a layout change)
    compute = panel._compute_surface
    reshaped = lambda: abs(panel._plot_aspect() / panel._aspect - 1.0) > 0.02  # noqa: E731
    monkeypatch.setattr(panel, "_compute_surface", lambda: (computed.append(reshaped()), compute()))
    snap = run_until_stopped(qtbot, window, 300)
    assert snap.update == 300
    # the path stayed on the map: the same surface, computed again only when a late layout
    # change reshaped the plot (texts settling; on a loaded machine the window may settle late)
    assert all(computed) and len(computed) <= 2


def test_drawn_path_is_the_trainers_path_and_the_arrow_is_the_next_step(qtbot, window):
    step(qtbot, window, 3)
    snap = run_until_stopped(qtbot, window, 40)
    assert snap.update == 40
    panel = window.panels["surface"]
    path = window.controller.worker.trainer.history.params.values
    assert path.shape == (41, 2)
    np.testing.assert_array_equal(drawn_path(panel), path)
    w, b = path[-1]
    np.testing.assert_array_equal(np.ravel(panel.layers.current.getData()), [w, b])
    x, y = training_xy(window)
    e = b + w * x - y
    g = np.sign(e)  # MAE, the lesson's default
    (x0, x1), (y0, y1) = panel.layers.arrow.data()
    assert (x0, y0) == (w, b)
    assert x1 == pytest.approx(w - snap.lr * np.mean(g * x), rel=1e-12)
    assert y1 == pytest.approx(b - snap.lr * np.mean(g), rel=1e-12)
    assert "update 40" in panel.readout.text()


def test_a_click_restarts_gradient_descent_from_the_point_under_the_mouse(qtbot, window):
    step(qtbot, window, 5)
    panel = window.panels["surface"]
    w_target = panel.map.w_values[0] + 0.7 * (panel.map.w_values[-1] - panel.map.w_values[0])
    b_target = panel.map.b_values[0] + 0.3 * (panel.map.b_values[-1] - panel.map.b_values[0])
    run_id = window.last_snapshot.run_id
    qtbot.mouseClick(panel.plot.viewport(), Qt.MouseButton.LeftButton, pos=scene_to_widget(panel, w_target, b_target))
    snap = wait_for_snapshot(qtbot, window, lambda s: s.run_id != run_id)
    assert snap.update == 0
    pixel_w, pixel_b = panel.view.viewPixelSize()
    w, b = snap.weights[0][0, 0], snap.biases[0][0]
    assert abs(w - w_target) <= pixel_w and abs(b - b_target) <= pixel_b
    np.testing.assert_array_equal(drawn_path(panel), [[w, b]])
    step(qtbot, window, 1)  # gradient descent goes on from there
    np.testing.assert_array_equal(window.controller.worker.trainer.history.params.values[0], [w, b])


def test_hovering_shows_w_b_and_the_loss_under_the_mouse(qtbot, window):
    panel = window.panels["surface"]
    w, b = panel.map.w_values[120], panel.map.b_values[60]
    qtbot.mouseMove(panel.plot.viewport(), scene_to_widget(panel, w, b))
    qtbot.waitUntil(lambda: "under the mouse" in panel.hover.text())
    w_shown, b_shown, L_shown = map(float, re.search(r"w = (\S+), b = (\S+) → L = (\S+)", panel.hover.text()).groups())
    x, y = training_xy(window)
    pixel_w, pixel_b = panel.view.viewPixelSize()
    assert abs(w_shown - w) <= 1.01 * pixel_w and abs(b_shown - b) <= 1.01 * pixel_b
    assert L_shown == pytest.approx(direct_loss(x, y, w_shown, b_shown, "mae"), rel=1e-3)


def test_step_back_restores_the_previous_parameters_and_shortens_the_path(qtbot, window):
    step(qtbot, window, 5)
    panel = window.panels["surface"]
    path = window.controller.worker.trainer.history.params.values.copy()
    click(qtbot, window, "stepBackButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: s.update == 4)
    np.testing.assert_array_equal([snap.weights[0][0, 0], snap.biases[0][0]], path[4])
    np.testing.assert_array_equal(drawn_path(panel), path[:5])
    loss = in_view(qtbot, window, "loss")
    assert len(curve_data(loss.epoch_curve)[0]) == 4
    window.activateWindow()
    window.lesson_list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Left)  # the keyboard: ←
    wait_for_snapshot(qtbot, window, lambda s: s.update == 3)
    np.testing.assert_array_equal(drawn_path(panel), path[:4])
    step(qtbot, window, 2)  # forward again: the same two updates as before
    np.testing.assert_array_equal(drawn_path(panel), path[:6])
    assert len(curve_data(loss.epoch_curve)[0]) == 5


def test_step_back_is_refused_with_a_message_when_it_cannot_undo(qtbot, window):
    click(qtbot, window, "stepBackButton")  # nothing to undo at the start
    qtbot.waitUntil(lambda: "started" in window.statusBar().currentMessage())
    find(window, QSpinBox, "batchSizeInput").setValue(100)
    wait_for_snapshot(qtbot, window, lambda s: s.batch_size == 100)
    snap = step(qtbot, window, 2)
    click(qtbot, window, "stepBackButton")
    qtbot.waitUntil(lambda: "full-batch" in window.statusBar().currentMessage())
    assert window.last_snapshot.update == snap.update == 2
    assert len(drawn_path(window.panels["surface"])) == 3


def test_divergence_is_detected_explained_and_nothing_non_finite_is_drawn(qtbot, window):
    use_loss(qtbot, window, "mse")
    type_into(qtbot, window, "learningRateInput", "5")
    wait_for_snapshot(qtbot, window, lambda s: s.lr == 5)
    click(qtbot, window, "runButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: s.state == STOPPED)
    assert snap.stop_reason == DIVERGED
    assert "learning rate is too large" in window.status.reason.text()
    panel = window.panels["surface"]
    assert panel.warning.isVisible() and "smaller learning rate" in panel.warning.text()
    assert all_drawn_data_is_finite(panel)
    drawn = drawn_path(panel)
    path = window.controller.worker.trainer.history.params.values
    np.testing.assert_array_equal(drawn, path[: len(drawn)])  # the path stops; it never flies off
    centre = np.ravel(panel.layers.minimum.getData())
    assert np.all(np.abs(drawn - centre) <= panel.linear.framing.sane)
    assert 1 <= len(drawn) < len(path)
    slice_panel = window.panels["slice"]
    assert all(np.all(np.isfinite(a)) for a in curve_data(slice_panel.curve))
    # a reset with a sensible learning rate clears the explanation
    type_into(qtbot, window, "learningRateInput", "0.01")
    click(qtbot, window, "resetButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update == 0 and s.stop_reason is None and s.lr == 0.01)
    assert not panel.warning.isVisible()


def test_gradient_zero_stops_training_with_an_explanation(qtbot, window):
    use_loss(qtbot, window, "mse")
    type_into(qtbot, window, "learningRateInput", "0.03")
    wait_for_snapshot(qtbot, window, lambda s: s.lr == 0.03)
    click(qtbot, window, "runButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: s.state == STOPPED, timeout=30_000)
    assert snap.stop_reason == CONVERGED and snap.grad_norm < 1e-4
    assert "gradient ≈ 0" in window.status.reason.text()
    assert "saddle point or a plateau" in window.status.reason.text()


def test_standardising_x_is_a_visible_reversible_choice(qtbot, window):
    panel = window.panels["surface"]
    raw_problem = window.setup.problem
    raw_label = panel.plot.getPlotItem().getAxis("bottom").labelText
    assert "standardised" not in raw_label and "standardised" not in panel.note.text().split(".")[0]

    choose(window, "choice_standardize", True)
    snap = wait_for_snapshot(qtbot, window, lambda s: s.problem.views.standardized)
    qtbot.waitUntil(lambda: panel.map is not None and panel.linear.x is not None and abs(panel.linear.x.mean()) < 1e-9)
    x, y = training_xy(window)
    assert x.mean() == pytest.approx(0, abs=1e-12) and x.std() == pytest.approx(1)
    assert "standardised" in panel.plot.getPlotItem().getAxis("bottom").labelText
    assert panel.note.text().startswith("x₁ standardised")
    assert "standardised" in window.panels["fit"].scatter_plot.getPlotItem().getAxis("bottom").labelText
    np.testing.assert_allclose(
        panel.layers.image.image,
        error_surface(x, y, panel.map.w_values, panel.map.b_values, snap.loss_name),
        rtol=1e-12,
    )
    # switching back restores the raw data and the raw surface
    choose(window, "choice_standardize", False)
    wait_for_snapshot(qtbot, window, lambda s: not s.problem.views.standardized)
    qtbot.waitUntil(lambda: panel.plot.getPlotItem().getAxis("bottom").labelText == raw_label)
    x, y = training_xy(window)
    np.testing.assert_array_equal(x, raw_problem.X_train[:, 0])
    np.testing.assert_allclose(
        panel.layers.image.image,
        error_surface(x, y, panel.map.w_values, panel.map.b_values, snap.loss_name),
        rtol=1e-12,
    )
    np.testing.assert_allclose(np.ravel(panel.layers.minimum.getData()), optimum(x, y, snap.loss_name)[:2])
    assert not panel.note.text().startswith("x₁ standardised")


# -- the slice -------------------------------------------------------------------------------------------
def test_the_slice_shows_l_of_w_the_tangent_and_the_step(qtbot, window):
    snap = step(qtbot, window, 3)
    panel = in_view(qtbot, window, "slice")
    x, y = training_xy(window)
    w, b = snap.weights[0][0, 0], snap.biases[0][0]
    ws, Ls = curve_data(panel.curve)
    assert len(ws) > 100 and ws[0] < w < ws[-1]
    np.testing.assert_allclose(Ls, [direct_loss(x, y, wi, b, "mae") for wi in ws], rtol=1e-9)
    slope = np.mean(np.sign(b + w * x - y) * x)
    (t0, t1), (l0, l1) = panel.tangent.getData()
    assert (l1 - l0) / (t1 - t0) == pytest.approx(slope, rel=1e-9)
    assert (t0 + t1) / 2 == pytest.approx(w) and (l0 + l1) / 2 == pytest.approx(direct_loss(x, y, w, b, "mae"))
    (a0, a1), (h0, h1) = panel.arrow.data()
    assert a0 == w and a1 - a0 == pytest.approx(-snap.lr * slope, rel=1e-12) and h0 == h1
    assert "slope" in panel.info.text()


def test_bumpy_loss_click_shows_where_gradient_descent_ends(qtbot, window):
    panel = window.panels["slice"]
    qtbot.mouseClick(
        find(window, QCheckBox, "bumpyToggle"),
        Qt.MouseButton.LeftButton,
        pos=find(window, QCheckBox, "bumpyToggle").rect().center(),
    )
    assert panel.bumpy_toggle.isChecked()
    w_grid, L_grid = curve_data(panel.curve)
    np.testing.assert_allclose(L_grid, bumpy.loss(w_grid))
    qtbot.waitUntil(lambda: panel.view.viewRange()[0][0] < -3)
    pos = panel.plot.mapFromScene(panel.view.mapViewToScene(QPointF(-2.2, float(bumpy.loss(-2.2)))))
    qtbot.mouseClick(panel.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: len(panel.bumpy_runs.paths) == 1)  # descended in the background
    start = panel.bumpy_runs.paths[0][0]
    assert abs(start - (-2.2)) <= panel.view.viewPixelSize()[0]
    expected = bumpy.descend(start, window.last_snapshot.lr)
    np.testing.assert_array_equal(panel.bumpy_runs.paths[0], expected)
    np.testing.assert_array_equal(curve_data(panel.runs[0])[0], expected)
    assert expected[-1] == pytest.approx(-2.505, abs=1e-3)  # a local minimum, not the lowest
    assert "local minimum" in panel.info.text()
    np.testing.assert_allclose(np.ravel(panel.ends.getData()), [expected[-1], bumpy.loss(expected[-1])])

    find(window, QSpinBox, "restartsInput").setValue(6)
    click(qtbot, window, "restartsButton")
    qtbot.waitUntil(lambda: len(panel.bumpy_runs.paths) == 6)
    assert len(panel.runs) == 6
    best_w, _ = np.ravel(panel.best_marker.getData())
    assert best_w == pytest.approx(bumpy.lowest()[0], abs=1e-3)
    assert "best" in panel.info.text()
    click(qtbot, window, "bumpyClearButton")
    assert panel.bumpy_runs.paths == [] and panel.runs == [] and len(panel.ends.getData()[0]) == 0
