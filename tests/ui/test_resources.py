"""Large networks: a warning before they start, Pause within one update, closing never hangs."""

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton, QSpinBox

from applet.core.cost import estimate
from applet.core.network import LayerSpec
from applet.training.worker import TrainingWorker
from applet.ui.cost_warning import ask_if_costly
from tests.ui.conftest import click, find, full_speed, wait_for_snapshot

OUTPUT = LayerSpec(10, "linear")


def pause(qtbot, win):
    """Click Pause if training runs; the snapshot that says it stopped."""
    if win.last_snapshot.running:
        click(qtbot, win, "runButton")
    return wait_for_snapshot(qtbot, win, lambda s: not s.running)


def test_the_estimate_counts_parameters_memory_and_time():
    layers = [LayerSpec(1000, "relu")] * 8 + [OUTPUT]
    cost = estimate(256, layers, batch_size=4000, optimizer="gd")
    assert cost.parameters == 257 * 1000 + 7 * 1001 * 1000 + 1001 * 10
    activations = 4000 * (8 * 1000 + 10) * 8 * 3
    assert cost.memory_bytes == 8 * 2 * cost.parameters + activations
    assert cost.flops_per_update == 6 * 4000 * cost.parameters
    assert cost.large and cost.seconds_per_update > 0.5
    small = estimate(256, [LayerSpec(100, "relu"), OUTPUT], batch_size=64, optimizer="adam")
    assert not small.large and small.seconds_per_update < 0.01
    # Adam keeps two running averages per parameter, momentum one
    assert (
        estimate(256, layers, 1, "adam").memory_bytes - estimate(256, layers, 1, "gd").memory_bytes
        == 2 * 8 * cost.parameters
    )


@pytest.fixture
def digits(qtbot, window):
    window.select_lesson("digits")
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    return window


def full_batch(qtbot, win):
    batch = find(win, QSpinBox, "batchSizeInput")
    batch.setValue(0)  # "full batch"
    return wait_for_snapshot(qtbot, win, lambda s: s.batch_size == len(win.setup.problem.X_train))


def choose_preset(qtbot, win, name: str, extra_layers: int = 0):
    builder = win.panels["builder"]
    combo = find(win, QComboBox, "presetInput")
    index = combo.findText(name)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what choosing it in the drop-down sends
    for _ in range(extra_layers):  # "Add layer" repeats the last one
        click(qtbot, win, "addLayerButton")
    return builder.spec()


def worker_shapes(win):
    return [w.shape for w in win.controller.worker.trainer.net.weights]


def test_a_large_network_asks_first_and_cancel_changes_nothing(qtbot, digits):
    full_batch(qtbot, digits)
    before = worker_shapes(digits)
    spec = choose_preset(qtbot, digits, "1000 ReLU", extra_layers=7)
    assert [s.units for s in spec] == [1000] * 8 + [10]
    click(qtbot, digits, "applyLayersButton")
    box = digits.cost_dialog
    assert box is not None and box.isVisible() and box.objectName() == "costDialog"
    assert "7,274,010 parameters" in box.text() and "4,000 samples" in box.text()
    assert "GB" in box.text() or "MB" in box.text()
    assert "Pause" in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert "Nothing changed" in digits.statusBar().currentMessage()
    qtbot.wait(200)
    assert worker_shapes(digits) == before
    assert digits.setup.layers == (LayerSpec(100, "relu"), OUTPUT)


def test_confirming_builds_the_large_network(qtbot, digits):
    full_batch(qtbot, digits)
    choose_preset(qtbot, digits, "1000 ReLU", extra_layers=1)
    click(qtbot, digits, "applyLayersButton")
    box = digits.cost_dialog
    assert box is not None and box.isVisible()
    qtbot.mouseClick(find(box, QPushButton, "costTrainButton"), Qt.MouseButton.LeftButton)
    snap = wait_for_snapshot(
        qtbot,
        digits,
        lambda s: s.problem is digits.setup.problem and s.weights is not None and len(s.weights) == 3,
        timeout=30_000,
    )
    assert [w.shape for w in snap.weights] == [(256, 1000), (1000, 1000), (1000, 10)]
    assert snap.batch_size == 4000


def test_a_small_network_starts_without_a_question(qtbot, digits):
    choose_preset(qtbot, digits, "10 ReLU")
    click(qtbot, digits, "applyLayersButton")
    assert digits.cost_dialog is None
    snap = wait_for_snapshot(qtbot, digits, lambda s: s.weights is not None and s.weights[0].shape == (256, 10))
    assert snap.update == 0


def test_a_full_batch_that_makes_updates_slow_asks_too(qtbot, digits):
    choose_preset(qtbot, digits, "1000 ReLU", extra_layers=1)
    click(qtbot, digits, "applyLayersButton")  # batches of 64: quick enough, no question
    assert digits.cost_dialog is None
    wait_for_snapshot(qtbot, digits, lambda s: s.weights is not None and len(s.weights) == 3)
    batch = find(digits, QSpinBox, "batchSizeInput")
    batch.setValue(0)
    box = digits.cost_dialog
    assert box is not None and box.isVisible() and "4,000 samples" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: batch.value() == 64)  # the control shows the batch size in use again
    qtbot.wait(200)
    assert digits.controller.worker.trainer.batch_size == 64


def test_ask_if_costly_runs_a_cheap_change_at_once(qtbot, window):
    done = []
    assert ask_if_costly(window, window.setup, lambda: done.append(True)) is None
    assert done == [True]


def test_pause_takes_effect_within_about_one_update_of_a_slow_network(qtbot, window, monkeypatch):
    """After fast training the worker runs many updates per chunk; a new, slow network must not
    inherit that: Pause waits for the update in progress only. (The worker's own chunks: what
    trains when no training process can start, and every big network.)"""
    monkeypatch.setattr(TrainingWorker, "use_child", False)
    full_speed(window)  # many updates per chunk only at full speed
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update > 3000)
    pause(qtbot, window)
    assert window.controller.worker._chunk > 5  # the 1-feature model: many updates per chunk
    window.select_lesson("digits")
    digits = window
    wait_for_snapshot(qtbot, digits, lambda s: s.problem is digits.setup.problem)
    full_speed(digits)
    full_batch(qtbot, digits)
    choose_preset(qtbot, digits, "3 layers of 100 ReLU")
    for i in range(2):  # 256 → 300 → 300 → 10 on all 4,000 digits: about 0.1–0.3 s per update
        units = digits.panels["builder"].table.cellWidget(i, 1)
        units.setValue(300)
    digits.panels["builder"].remove_layer(2)
    assert [s.units for s in digits.panels["builder"].spec()] == [300, 300, 10]
    click(qtbot, digits, "applyLayersButton")
    assert digits.cost_dialog is None
    wait_for_snapshot(qtbot, digits, lambda s: s.weights is not None and s.weights[0].shape == (256, 300))
    trainer = digits.controller.worker.trainer
    start = time.perf_counter()
    trainer.step()  # measure one update (the worker is idle)
    per_update = time.perf_counter() - start
    click(qtbot, digits, "runButton")
    wait_for_snapshot(qtbot, digits, lambda s: s.running)
    clicked = time.perf_counter()
    click(qtbot, digits, "runButton")  # Pause, while the first updates run
    snap = wait_for_snapshot(qtbot, digits, lambda s: not s.running, timeout=30_000)
    waited = time.perf_counter() - clicked
    assert waited < 2 * per_update + 0.5, (waited, per_update)
    assert snap.update <= 1 + 2  # the measured one, and at most the update in progress (and one more)
    qtbot.wait(300)
    assert trainer.update == snap.update == digits.last_snapshot.update


def test_closing_during_one_very_long_update_waits_for_it_out_of_sight(qtbot, settings, qtlog):
    from applet.ui.main_window import MainWindow

    win = MainWindow("views-linear", settings=settings)
    win.show()
    wait_for_snapshot(qtbot, win, lambda s: True)
    trainer = win.controller.worker.trainer
    inside = threading.Event()
    original = trainer.step

    def very_long_update():  # an update no command can interrupt: 3 s
        inside.set()
        time.sleep(3.0)
        return original()

    trainer.step = very_long_update
    click(qtbot, win, "runButton")
    assert inside.wait(5)
    start = time.perf_counter()
    win.close()
    elapsed = time.perf_counter() - start
    assert not win.isVisible()
    assert win.controller.thread.isFinished()
    assert elapsed < 3.0 + 1.0
    assert not [r for r in qtlog.records if "QThread" in r.message]


class Snapshots(QObject):
    """Collects the worker's snapshots in the GUI thread, acknowledging each like the window."""

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller, self.received = controller, []
        controller.snapshot.connect(self.take)

    @Slot(object)
    def take(self, snapshot) -> None:
        self.received.append(snapshot)
        self.controller.acknowledge()


def test_a_new_slow_network_starts_with_one_update_per_chunk(qtbot, monkeypatch):
    """The worker sizes its chunks of updates by the time they take; a new network must not
    inherit the chunk size of a fast one, or Pause would wait for many slow updates (when it
    trains them itself: no training process, or a big network)."""
    monkeypatch.setattr(TrainingWorker, "use_child", False)
    from applet.core.problem import digits_problem, views_problem
    from applet.training.controller import TrainingController
    from applet.training.setup import TrainingSetup

    controller = TrainingController()
    snapshots = Snapshots(controller)
    try:
        fast = TrainingSetup(views_problem(1), (LayerSpec(1, "linear"),), lr=1e-3, grad_tol=None)
        controller.configure(fast)
        controller.run()
        qtbot.waitUntil(lambda: bool(snapshots.received) and snapshots.received[-1].update > 3000, timeout=10_000)
        controller.pause()
        qtbot.waitUntil(lambda: not snapshots.received[-1].running)
        assert controller.worker._chunk > 5
        slow = TrainingSetup(
            digits_problem(),
            (LayerSpec(300, "relu"), LayerSpec(300, "relu"), OUTPUT),
            loss="cross_entropy",
            lr=0.01,
            batch_size=None,
            grad_tol=None,
        )
        per_update = slow_update_seconds(slow)
        controller.configure(slow)
        controller.run()
        qtbot.waitUntil(
            lambda: snapshots.received[-1].problem is slow.problem and snapshots.received[-1].running, timeout=10_000
        )
        clicked = time.perf_counter()
        controller.pause()
        qtbot.waitUntil(lambda: not snapshots.received[-1].running, timeout=30_000)
        waited = time.perf_counter() - clicked
        assert waited < 2 * per_update + 0.5, (waited, per_update)
        assert snapshots.received[-1].update <= 2
    finally:
        assert controller.shutdown(5000)


def slow_update_seconds(setup) -> float:
    trainer = setup.build()
    trainer.step()
    start = time.perf_counter()
    trainer.step()
    return time.perf_counter() - start


def test_pause_interrupts_an_update_of_a_big_network_between_two_layers(qtbot):
    """8 × 1000 ReLU on all 4,000 digits: one update takes seconds; Pause abandons it at the
    next layer, so the pause shows long before the update could have ended, and nothing of
    the abandoned update remains."""
    from applet.core.problem import digits_problem
    from applet.training.controller import TrainingController
    from applet.training.setup import TrainingSetup

    setup = TrainingSetup(
        digits_problem(),
        (LayerSpec(1000, "relu"),) * 8 + (OUTPUT,),
        loss="cross_entropy",
        lr=0.01,
        batch_size=None,
        grad_tol=None,
    )
    per_update = slow_update_seconds(setup)
    controller = TrainingController()
    snapshots = Snapshots(controller)
    try:
        controller.configure(setup)
        qtbot.waitUntil(lambda: bool(snapshots.received), timeout=30_000)
        weights = [w.copy() for w in controller.worker.trainer.net.weights]
        controller.run()
        qtbot.waitUntil(lambda: snapshots.received[-1].running, timeout=10_000)
        qtbot.wait(int(300 * per_update))  # about a third into the first update
        clicked = time.perf_counter()
        controller.pause()
        qtbot.waitUntil(lambda: not snapshots.received[-1].running, timeout=30_000)
        waited = time.perf_counter() - clicked
        assert waited < per_update / 3, (waited, per_update)
        assert snapshots.received[-1].update == 0
        run = controller.capture()
        assert run.trainer.update == 0 and run.trainer.pos == 0
        for w, before in zip(run.weights, weights):
            np.testing.assert_array_equal(w, before)
    finally:
        assert controller.shutdown(5000)
