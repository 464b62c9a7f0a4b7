"""Per-batch error surfaces in lesson views-linear: with mini-batches the surface panel draws
the last update's batch surface Lᵇ over the faint full surface, and marks the epochs."""

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from applet.core.linear_model import loss_and_gradient
from applet.core.surface import error_surface, optimum
from tests.ui.conftest import click, curve_data, find, wait_for_snapshot
from tests.ui.test_surface import direct_loss, drawn_path, run_until_stopped, step, training_xy, use_loss


def set_batch_size(qtbot, win, size):
    """Type the batch size into the controls (0: full batch) and wait until the worker uses it."""
    spin = find(win, QSpinBox, "batchSizeInput")
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, str(size))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    n = len(win.setup.problem.X_train)
    return wait_for_snapshot(qtbot, win, lambda s: s.batch_size == (size or n))


def step_and_draw(qtbot, win, times=1):
    """Press Step ``times`` times; return the last snapshot once its batch's surface is drawn."""
    snap = step(qtbot, win, times)
    panel = win.panels["surface"]
    qtbot.waitUntil(lambda: panel.batch_indices is not None and np.array_equal(panel.batch_indices, snap.last_batch))
    return snap


def segment_points(curve):
    x, y = curve_data(curve)
    return np.column_stack([x, y])


@pytest.mark.parametrize("loss", ["mae", "mse"])
def test_one_step_draws_its_batchs_own_surface_and_goes_downhill_on_it(qtbot, window, loss):
    use_loss(qtbot, window, loss)
    panel = window.panels["surface"]
    set_batch_size(qtbot, window, 10)
    assert "⌈N/B⌉ = ⌈1,460/10⌉ = 146 updates" in panel.batch_note.text()
    assert not len(curve_data(panel.layers.batch_contours)[0])  # no batch yet: nothing to draw
    snap = step_and_draw(qtbot, window)
    x, y = training_xy(window)
    batch = snap.last_batch
    assert len(batch) == 10 and np.array_equal(batch, window.controller.worker.trainer.last_batch)
    xb, yb = x[batch], y[batch]

    # the purple contours are lines of equal Lᵇ, the batch's loss computed directly
    surface = panel.batch_map
    np.testing.assert_allclose(surface.L, error_surface(xb, yb, surface.w_values, surface.b_values, loss), rtol=1e-12)
    points = segment_points(panel.layers.batch_contours)
    assert len(points) > 100
    on_lines = np.array([direct_loss(xb, yb, w, b, loss) for w, b in points])
    nearest = np.array(surface.levels)[np.argmin(np.abs(on_lines[:, None] - np.array(surface.levels)), axis=1)]
    cell = max(surface.w_values[1] - surface.w_values[0], surface.b_values[1] - surface.b_values[0])
    slope = np.abs(xb).max() + 1  # |∇Lᵇ| is at most this (MAE); interpolation errs by less than slope·cell
    tolerance = slope * cell if loss == "mae" else 2e-3 * np.array(surface.levels).max()
    assert np.all(np.abs(on_lines - nearest) <= tolerance)
    full = error_surface(x, y, surface.w_values, surface.b_values, loss)
    assert not np.allclose(surface.L, full)  # not the full surface
    # and each is labelled with its level, in the batch's colour
    shown = [label.toPlainText() for label in panel.layers.contour_labels if label.isVisible()]
    assert len(shown) >= 3 and set(shown) <= {f"{level:g}" for level in surface.levels}

    # the ✚ is the batch's own minimum (the core's optimum of these 10 days), lower than around it
    w_min, b_min, L_min = optimum(xb, yb, loss)
    np.testing.assert_allclose(np.ravel(panel.layers.batch_minimum.getData()), [w_min, b_min])
    assert direct_loss(xb, yb, w_min, b_min, loss) == pytest.approx(L_min)
    for dw, db in ((1e-3, 0), (-1e-3, 0), (0, 1e-3), (0, -1e-3)):
        assert direct_loss(xb, yb, w_min + dw, b_min + db, loss) >= L_min - 1e-12
    assert panel.layers.image.opacity() < 1  # the full surface, faint beneath

    # the step on the path is −η × this batch's gradient, and it went downhill on Lᵇ
    path = drawn_path(panel)
    assert len(path) == 2
    (w0, b0), (w1, b1) = path
    L0, dw, db = loss_and_gradient(xb, yb, w0, b0, loss)
    np.testing.assert_allclose([w1 - w0, b1 - b0], [-snap.lr * dw, -snap.lr * db], rtol=1e-12, atol=1e-15)
    assert direct_loss(xb, yb, w1, b1, loss) < L0
    (ax0, ax1), (ay0, ay1) = panel.layers.arrow.data()
    assert (ax0, ay0, ax1, ay1) == (w0, b0, w1, b1)  # the arrow is that step
    assert "Batch 1 of 146 · epoch 1." in panel.batch_note.text()
    assert "the last step, made with its batch's gradient" in panel.readout.text()


def test_each_step_switches_to_the_next_batchs_surface(qtbot, window):
    panel = window.panels["surface"]
    set_batch_size(qtbot, window, 10)
    first = step_and_draw(qtbot, window)
    L_first = panel.batch_map.L
    second = step_and_draw(qtbot, window)
    assert not set(first.last_batch) & set(second.last_batch)  # an epoch shows each day once
    x, y = training_xy(window)
    batch = second.last_batch
    np.testing.assert_allclose(
        panel.batch_map.L, error_surface(x[batch], y[batch], panel.map.w_values, panel.map.b_values, "mae")
    )
    assert not np.allclose(panel.batch_map.L, L_first)
    assert "Batch 2 of 146 · epoch 1." in panel.batch_note.text()


def test_epoch_ends_are_marked_after_n_over_b_updates(qtbot, window):
    panel = window.panels["surface"]
    snap = set_batch_size(qtbot, window, 400)
    per_epoch = math.ceil(len(window.setup.problem.X_train) / 400)
    assert snap.updates_per_epoch == per_epoch == 4
    step_and_draw(qtbot, window, per_epoch - 1)
    assert not len(panel.layers.epoch_marks.getData()[0])
    assert "Batch 3 of 4 · epoch 1." in panel.batch_note.text()
    snap = step_and_draw(qtbot, window)  # the last, smaller batch ends the epoch
    assert len(snap.last_batch) == 1460 - 3 * 400 and snap.epoch == 1
    assert "Batch 4 of 4 · epoch 1." in panel.batch_note.text()
    path = window.controller.worker.trainer.history.params.values
    np.testing.assert_array_equal(np.ravel(panel.layers.epoch_marks.getData()), path[per_epoch])
    step_and_draw(qtbot, window)
    assert "Batch 1 of 4 · epoch 2." in panel.batch_note.text()
    click(qtbot, window, "stepEpochButton")  # the rest of epoch 2
    wait_for_snapshot(qtbot, window, lambda s: s.epoch == 2)
    path = window.controller.worker.trainer.history.params.values
    marks = np.column_stack(panel.layers.epoch_marks.getData())
    np.testing.assert_array_equal(marks, path[[per_epoch, 2 * per_epoch]])


def test_full_batch_shows_the_full_surface_alone(qtbot, window):
    panel = window.panels["surface"]
    step(qtbot, window, 3)
    assert window.last_snapshot.last_batch is None
    assert panel.layers.image.opacity() == 1 and panel.layers.contours.opacity() == 1
    for item in (panel.layers.batch_contours, panel.layers.batch_minimum, panel.layers.epoch_marks):
        assert not len(np.ravel(item.getData()[0]))
    assert not panel.batch_note.isVisible() and panel.batch_map is None
    assert "orange arrow: the next step −η∇L" in panel.readout.text()
    # from mini-batches back to the full batch: the batch layer goes away
    set_batch_size(qtbot, window, 10)
    step_and_draw(qtbot, window)
    assert panel.batch_note.isVisible() and len(curve_data(panel.layers.batch_contours)[0])
    set_batch_size(qtbot, window, 0)
    step(qtbot, window, 1)
    assert panel.batch_map is None and not len(curve_data(panel.layers.batch_contours)[0])
    assert panel.layers.image.opacity() == 1 and not panel.batch_note.isVisible()


def test_the_lessons_mini_batch_task_holds_with_seed_42(qtbot, window):
    """Task 4 of the lesson text: MSE, η = 0.01, B = 10, Reset: 146 updates per epoch, every
    step downhill on its own batch's Lᵇ, and a mark where the first epoch ended."""
    use_loss(qtbot, window, "mse")
    assert window.last_snapshot.lr == 0.01
    set_batch_size(qtbot, window, 10)
    run_id = window.last_snapshot.run_id
    click(qtbot, window, "resetButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: s.run_id != run_id)
    assert (len(snap.problem.X_train), snap.updates_per_epoch) == (1460, 146)
    trainer = window.setup.build()  # the same run, stepped here to see each batch
    x, y = training_xy(window)
    for _ in range(146):
        w, b = trainer.history.params.values[-1]
        trainer.step()
        batch = trainer.last_batch
        w1, b1 = trainer.history.params.values[-1]
        assert direct_loss(x[batch], y[batch], w1, b1, "mse") < direct_loss(x[batch], y[batch], w, b, "mse")
    snap = run_until_stopped(qtbot, window, 146)
    assert snap.update == 146
    panel = window.panels["surface"]
    qtbot.waitUntil(lambda: panel.batch_indices is not None and np.array_equal(panel.batch_indices, snap.last_batch))
    np.testing.assert_array_equal(np.ravel(panel.layers.epoch_marks.getData()), trainer.history.params.values[-1])
    assert "Batch 146 of 146 · epoch 1." in panel.batch_note.text()
