"""The window driven as a learner drives it: clicks, keys, typed values."""

import time

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QSpinBox, QTableWidget

from applet.core.network import LayerSpec, Network
from applet.training.snapshot import RUNNING
from tests.ui.conftest import click, curve_data, find, in_view, open_lesson, wait_for_snapshot


def pause(qtbot, win):
    if win.last_snapshot.running:
        click(qtbot, win, "runButton")
    return wait_for_snapshot(qtbot, win, lambda s: not s.running)


def test_window_has_the_named_widgets(window):
    for cls, name in (
        (QListWidget, "lessonList"),
        (QPushButton, "runButton"),
        (QPushButton, "stepButton"),
        (QPushButton, "resetButton"),
        (QLineEdit, "learningRateInput"),
        (QSpinBox, "batchSizeInput"),
    ):
        find(window, cls, name)
    assert window.objectName() == "mainWindow"
    assert window.panels["fit"].objectName() == "fitPlot"
    assert window.panels["loss"].objectName() == "lossPlot"


def test_run_draws_a_falling_loss_and_the_fitted_line(qtbot, window):
    loss = in_view(qtbot, window, "loss")  # a tab behind Fit: the learner clicks it
    assert len(curve_data(loss.epoch_curve)[0]) == 0
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update >= 50, timeout=20_000)  # 10 updates a second
    assert find(window, QPushButton, "runButton").text() == "Pause"
    x, y = curve_data(loss.epoch_curve)
    assert len(x) >= 50 and y[-1] < 0.5 * y[0]
    # the red line is the model: ŷ = b + w·x at both ends of the grid
    fit = in_view(qtbot, window, "fit")
    line_x, line_y = curve_data(fit.model_line)
    w, b = fit.snapshot.weights[0][0, 0], fit.snapshot.biases[0][0]
    np.testing.assert_allclose(line_y, b + w * line_x, rtol=1e-12)
    assert "L\u00a0=\u00a0" in loss.values_label.text()


def test_pause_stops_updates(qtbot, window):
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update > 10)
    snap = pause(qtbot, window)
    qtbot.wait(300)
    assert window.last_snapshot.update == snap.update
    assert window.controller.worker.trainer.update == snap.update
    assert find(window, QPushButton, "runButton").text() == "Run"


def test_step_makes_exactly_one_update(qtbot, window):
    for expected in (1, 2, 3):
        click(qtbot, window, "stepButton")
        snap = wait_for_snapshot(qtbot, window, lambda s: s.update >= expected)
        assert snap.update == expected
    qtbot.wait(200)
    assert window.last_snapshot.update == 3
    assert len(curve_data(in_view(qtbot, window, "loss").epoch_curve)[0]) == 3


def test_reset_returns_to_the_seeds_initial_weights(qtbot, window):
    initial = Network(1, [LayerSpec(1, "linear")], seed=7)
    find(window, QSpinBox, "seedInput").setValue(7)
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update > 20)
    click(qtbot, window, "resetButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: s.update == 0 and not s.running)
    np.testing.assert_array_equal(snap.weights[0], initial.weights[0])
    np.testing.assert_array_equal(snap.biases[0], initial.biases[0])
    assert len(curve_data(window.panels["loss"].epoch_curve)[0]) == 0


def test_learning_rate_typed_while_running_is_used_by_the_next_update(qtbot, window):
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update > 5)
    lr_input = find(window, QLineEdit, "learningRateInput")
    lr_input.selectAll()
    qtbot.keyClicks(lr_input, "0.0025")
    qtbot.keyClick(lr_input, Qt.Key.Key_Return)
    wait_for_snapshot(qtbot, window, lambda s: s.lr == 0.0025 and s.running)
    before = pause(qtbot, window)
    click(qtbot, window, "stepButton")
    after = wait_for_snapshot(qtbot, window, lambda s: s.update == before.update + 1)
    net = Network(1, [LayerSpec(1, "linear")])
    net.weights, net.biases = list(before.weights), list(before.biases)
    p = window.setup.problem
    _, gW, gb = net.loss_and_grads(p.X_train, p.Y_train, before.loss_name)
    np.testing.assert_allclose(after.weights[0], before.weights[0] - 0.0025 * gW[0], rtol=1e-12)
    np.testing.assert_allclose(after.biases[0], before.biases[0] - 0.0025 * gb[0], rtol=1e-12)


def test_invalid_learning_rate_is_refused_with_a_message(qtbot, window):
    lr_input = find(window, QLineEdit, "learningRateInput")
    for text in ("fast", "-1", "0", "nan"):
        lr_input.selectAll()
        qtbot.keyClicks(lr_input, text)
        qtbot.keyClick(lr_input, Qt.Key.Key_Return)
        assert lr_input.text() == "0.01"
        assert window.statusBar().currentMessage()
    assert window.controller.worker.trainer.lr == 0.01


def test_keyboard_space_step_and_reset(qtbot, window):
    window.activateWindow()
    window.lesson_list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    wait_for_snapshot(qtbot, window, lambda s: s.state == RUNNING and s.update > 5)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    wait_for_snapshot(qtbot, window, lambda s: not s.running)
    qtbot.keyClick(window, Qt.Key.Key_R)
    wait_for_snapshot(qtbot, window, lambda s: s.update == 0)


def test_switching_lessons_while_training(qtbot, window):
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update > 10)
    lessons = find(window, QListWidget, "lessonList")
    item = next(
        lessons.item(i)
        for i in range(lessons.count())
        if lessons.item(i).data(Qt.ItemDataRole.UserRole) == "views-days"
    )
    qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=lessons.visualItemRect(item).center())
    snap = wait_for_snapshot(qtbot, window, lambda s: s.problem.name == "views-7")
    assert snap.update == 0 and not snap.running
    assert set(window.panels) == {"fit", "loss", "weights", "compare"}
    click(qtbot, window, "stepButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
    x, h = window.panels["weights"].bars.opts["x"], window.panels["weights"].bars.opts["height"]
    assert len(x) == 7
    np.testing.assert_array_equal(h, snap.weights[0][:, 0])


def test_close_while_training_ends_the_thread_quickly(qtbot, settings, qtlog):
    from applet.ui.main_window import MainWindow

    win = MainWindow("views-linear", settings=settings)
    win.show()
    wait_for_snapshot(qtbot, win, lambda s: True)
    click(qtbot, win, "runButton")
    wait_for_snapshot(qtbot, win, lambda s: s.update > 10)
    start = time.perf_counter()
    win.close()
    assert time.perf_counter() - start < 1.0
    assert win.controller.thread.isFinished()
    assert not [r for r in qtlog.records if "QThread" in r.message]


def test_an_error_inside_training_is_reported_and_the_app_keeps_working(qtbot, window):
    trainer = window.controller.worker.trainer

    def broken_step():
        raise RuntimeError("simulated failure inside the engine")

    trainer.step = broken_step
    with qtbot.waitSignal(window.controller.failed, timeout=5000):
        click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: window.error_dialog is not None and window.error_dialog.isVisible())
    assert "simulated failure" in window.error_dialog.text()
    window.error_dialog.accept()
    click(qtbot, window, "resetButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update == 0 and s.stop_reason is None)
    click(qtbot, window, "stepButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update == 1)


def test_compare_runner_fills_its_table(qtbot, window):
    assert open_lesson(qtbot, window, "views-days").problem.name == "views-7"
    panel = window.panels["compare"]
    with qtbot.waitSignal(panel.comparison.finished, timeout=60_000) as finished:
        click(qtbot, window, "compareRunButton")
    assert finished.args == [True]
    table = find(window, QTableWidget, "compareTable")
    qtbot.waitUntil(lambda: panel.run_button.isEnabled())  # the window has taken every result
    assert table.rowCount() == 4
    assert [table.item(r, 0).text() for r in range(4)] == [
        "linear · 1 day",
        "linear · 7 days",
        "linear · 28 days",
        "linear · 56 days",
    ]
    train = [float(table.item(r, 1).text().split()[0]) for r in range(4)]
    unseen = [float(table.item(r, 2).text().split()[0]) for r in range(4)]
    assert train[1] < train[0]  # a week of features beats one day
    assert all(u > 0 for u in unseen)
    assert panel.progress.value() == panel.progress.maximum()


def test_arrow_keys_move_a_focused_slider_instead_of_stepping(qtbot, window):
    from PySide6.QtWidgets import QSlider

    slider = find(window, QSlider, "learningRateSlider")
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    before = slider.value()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert slider.value() == before + 1
    qtbot.wait(200)
    assert window.last_snapshot.update == 0
    window.lesson_list.setFocus()
    qtbot.waitUntil(window.lesson_list.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
