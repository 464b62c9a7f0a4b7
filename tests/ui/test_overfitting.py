"""Fighting overfitting in the window: less training data, weight decay, early stopping."""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox

from applet.core.network import LayerSpec, Network
from applet.training import lecture
from applet.training.comparison import train_row
from applet.ui.panels.compare import describe_model
from tests.ui.conftest import click, curve_data, find, full_speed, in_view, open_lesson, wait_for_snapshot


def type_into(qtbot, field, text):
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_deep_lesson_trains_on_the_last_years_chosen(qtbot, window):
    open_lesson(qtbot, window, "deep")
    assert len(window.setup.problem.X_train) == len(window.setup.problem.views.dates) - 45  # but the unseen days
    combo = find(window, QComboBox, "choice_years")
    assert combo.currentText() == "the last 4 years (all)"
    combo.setCurrentIndex(combo.findData(1))
    snap = wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem and s.problem.views.years == 1)
    dates = snap.problem.views.dates
    train_dates = dates[: len(dates) - 45][-len(snap.problem.X_train) :]
    real_2014 = (365, "2014-01-01", "2014-12-31")  # the deep lesson opens on the real views
    assert (len(snap.problem.X_train), str(train_dates[0]), str(train_dates[-1])) == real_2014
    assert len(snap.problem.X_val) == 45  # the unseen days stay the same
    assert find(window, QSpinBox, "batchSizeInput").maximum() == 365


def test_weight_decay_typed_in_the_settings_is_used_by_the_next_update(qtbot, window):
    field = find(window, QLineEdit, "weightDecayInput")
    assert field.text() == "0"
    type_into(qtbot, field, "0.5")
    before = wait_for_snapshot(qtbot, window, lambda s: s.weight_decay == 0.5)
    click(qtbot, window, "stepButton")
    after = wait_for_snapshot(qtbot, window, lambda s: s.update == before.update + 1)
    net = Network(1, [LayerSpec(1, "linear")])
    net.weights, net.biases = list(before.weights), list(before.biases)
    p = window.setup.problem
    _, gW, gb = net.loss_and_grads(p.X_train, p.Y_train, before.loss_name, weight_decay=0.5)
    np.testing.assert_allclose(after.weights[0], before.weights[0] - before.lr * gW[0], rtol=1e-12)
    np.testing.assert_allclose(after.biases[0], before.biases[0] - before.lr * gb[0], rtol=1e-12)
    assert after.new_losses[-1] == net.loss(p.X_train, p.Y_train, before.loss_name)  # L without the λ term
    for text in ("-1", "lots"):
        type_into(qtbot, field, text)
        assert field.text() == "0.5" and window.statusBar().currentMessage()
    assert window.controller.worker.trainer.weight_decay == 0.5


def test_the_lowest_validation_loss_is_marked_and_restored(qtbot, window):
    panel = in_view(qtbot, window, "loss")
    button = find(window, QPushButton, "restoreBestButton")
    assert button.isVisible() and not button.isEnabled()
    batch = find(window, QSpinBox, "batchSizeInput")
    batch.setValue(5)  # small batches: a noisy L′ that rises again after its lowest point
    wait_for_snapshot(qtbot, window, lambda s: s.batch_size == 5)
    full_speed(window)
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.epoch >= 8 and 0 <= s.best_update < s.update, timeout=30_000)
    click(qtbot, window, "runButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: not s.running)
    x, y = curve_data(panel.val_curve)
    k = int(np.argmin(y))
    assert (snap.best_update, snap.best_val) == (x[k], y[k])
    marker_x, marker_y = curve_data(panel.best_marker)
    assert (list(marker_x), list(marker_y)) == ([x[k]], [y[k]])
    assert f"after update {snap.best_update}" in find(window, type(panel.values_label), "lossValues").text()
    assert button.isEnabled()
    click(qtbot, window, "restoreBestButton")
    restored = wait_for_snapshot(qtbot, window, lambda s: s.weights[0][0, 0] != snap.weights[0][0, 0])
    net = Network(1, [LayerSpec(1, "linear")])
    net.weights, net.biases = list(restored.weights), list(restored.biases)
    p = window.setup.problem
    assert net.loss(p.X_val, p.Y_val, restored.loss_name) == snap.best_val


def test_the_compare_panel_sweeps_years_weight_decay_and_early_stopping(qtbot, window):
    open_lesson(qtbot, window, "deep")
    combo = find(window, QComboBox, "choice_compare")
    rows = {}
    for key in ("years", "weight_decay", "early_stopping"):
        combo.setCurrentIndex(combo.findData(key))
        rows[key] = window.panels["compare"].app_state.comparison_rows()
    names = {key: [describe_model(r.setup) for r in value] for key, value in rows.items()}
    assert names["years"] == ["4 × 100 ReLU · 56 days · last year"] + [
        f"4 × 100 ReLU · 56 days · last {n} years" for n in (2, 3, 4)
    ]
    assert names["weight_decay"][1] == "4 × 100 ReLU · 56 days · λ = 0.001"
    assert [len(r.setup.problem.X_train) for r in rows["years"]] == [365, 730, 1096, 1461]  # real views, 2011–2014
    assert [r.setup.weight_decay for r in rows["weight_decay"]] == [0.0, 0.001, 0.01, 0.1]
    assert [r.restore_best for r in rows["early_stopping"]] == [False, True]


def test_an_early_stopping_row_reports_the_lowest_validation_loss():
    last, best = (train_row(row) for row in lecture.early_stopping_rows(1, 42, updates=150))
    trainer = lecture.early_stopping_rows(1, 42, updates=150)[0].setup.build()
    trainer.run(150)
    vals = trainer.history.epoch_val.values
    assert (last.val_loss, last.updates) == (trainer.val_loss(), 150)
    assert (best.val_loss, best.updates) == (vals.min(), trainer.history.epoch_update.values[np.argmin(vals)])


def test_l1_typed_in_the_settings_is_used_by_the_next_update(qtbot, window):
    field = find(window, QLineEdit, "l1Input")
    assert field.text() == "0"
    type_into(qtbot, field, "0.25")
    before = wait_for_snapshot(qtbot, window, lambda s: s.l1 == 0.25)
    click(qtbot, window, "stepButton")
    after = wait_for_snapshot(qtbot, window, lambda s: s.update == before.update + 1)
    net = Network(1, [LayerSpec(1, "linear")])
    net.weights, net.biases = list(before.weights), list(before.biases)
    p = window.setup.problem
    _, gW, gb = net.loss_and_grads(p.X_train, p.Y_train, before.loss_name, l1=0.25)
    np.testing.assert_allclose(after.weights[0], before.weights[0] - before.lr * gW[0], rtol=1e-12)
    np.testing.assert_allclose(after.biases[0], before.biases[0] - before.lr * gb[0], rtol=1e-12)
    assert after.new_losses[-1] == net.loss(p.X_train, p.Y_train, before.loss_name)  # L without the λ₁ term
    assert window.controller.worker.trainer.l1 == 0.25 and window.setup.l1 == 0.25
