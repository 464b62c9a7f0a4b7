"""Full-speed training of a small network runs in a child process (docs/architecture.md):
through the real window, the child's run is the headless run bit for bit, pauses at once,
brings its exact state home for every command, reports its crashes, and gives way to the
worker thread when it cannot start."""

import logging
import time

import pytest
from PySide6.QtWidgets import QSpinBox

from applet.training import child as training_child
from applet.training.snapshot import STOPPED
from tests.core.test_progress import assert_same_trainer
from tests.ui import child_faults
from tests.ui.conftest import click, find, full_speed, open_lesson, wait_for_snapshot


@pytest.fixture(autouse=True)
def ready_child():
    """A started child waits in the pool, so each test's first full-speed run is handed to it at once."""
    child = training_child.checkout()
    assert child is not None and child.wait_ready()
    training_child.give_back(child)


def run_until_stopped(qtbot, win, updates):
    find(win, QSpinBox, "maxUpdatesInput").setValue(updates)
    full_speed(win)
    runs, before = win.controller.worker.child_runs, win.last_snapshot.update
    click(qtbot, win, "runButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: s.state == STOPPED and s.update > before, timeout=60_000)
    assert win.controller.worker.child_runs > runs  # it trained in the child
    return snap


def headless(win, updates=None):
    """The same run, without the window: the worker's setup built afresh and run here."""
    trainer = win.controller.worker.setup.build()
    trainer.run(updates)
    return trainer


@pytest.mark.parametrize("lesson_id", ["views-linear", "digits"])
def test_a_full_speed_run_in_the_child_is_the_headless_run(qtbot, window, lesson_id):
    """Full-batch gradient descent with its traced path, and shuffled mini-batches with Adam and
    validation (early-stopping best): the same numbers, bit for bit."""
    open_lesson(qtbot, window, lesson_id)
    updates = 400 if lesson_id == "views-linear" else 150
    snap = run_until_stopped(qtbot, window, updates)
    worker = window.controller.worker
    assert worker._child.qt_free  # the child imported NumPy and the core, no Qt
    reference = headless(window)
    assert reference.update == updates == snap.update == worker.trainer.update
    assert_same_trainer(worker.trainer, reference)
    assert snap.last_loss == reference.last_loss and snap.train_loss == reference.history.epoch_loss.values[-1]


def test_a_divergence_in_the_child_stops_as_it_would_here(qtbot, window):
    window.controller.set_option("lr", 30.0)
    wait_for_snapshot(qtbot, window, lambda s: s.lr == 30.0)
    snap = run_until_stopped(qtbot, window, 100_000)
    reference = headless(window)
    assert snap.stop_reason == reference.stop_reason == "diverged"
    assert_same_trainer(window.controller.worker.trainer, reference)
    assert snap.diagnosis is not None and snap.last_finite_update == reference.last_finite_update


def test_pause_mid_run_is_quick_and_brings_the_exact_state_home(qtbot, window):
    full_speed(window)
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.running and s.update > 300, timeout=30_000)
    assert window.controller.worker._in_child
    start = time.perf_counter()
    click(qtbot, window, "runButton")  # the run button pauses a running training
    snap = wait_for_snapshot(qtbot, window, lambda s: not s.running)
    assert time.perf_counter() - start < 0.5  # 2-8 ms when the machine is quiet
    trainer = window.controller.worker.trainer
    assert snap.update == trainer.update
    assert_same_trainer(trainer, headless(window, trainer.update))
    # running on continues the same run
    before = trainer.update
    run_until_stopped(qtbot, window, before + 200)
    assert_same_trainer(trainer, headless(window))


def test_step_back_edits_and_capture_after_a_child_run(qtbot, window):
    run_until_stopped(qtbot, window, 300)
    click(qtbot, window, "stepBackButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: s.update == 299)
    trainer = window.controller.worker.trainer
    assert snap.update == trainer.update == 299
    reference = headless(window, 299)
    assert trainer.flat_parameters().tobytes() == reference.flat_parameters().tobytes()
    assert trainer.history.loss.values.tobytes() == reference.history.loss.values.tobytes()
    # a capture while the child trains stops it, copies the exact state, and lets it go on
    find(window, QSpinBox, "maxUpdatesInput").setValue(100_000)
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.running and s.update > 600, timeout=30_000)
    captured = window.controller.capture()
    assert captured.trainer.update > 600
    wait_for_snapshot(qtbot, window, lambda s: s.running and s.update > captured.trainer.update + 100)
    assert window.controller.worker._in_child
    # a setting changed while it runs: it goes on in the child with the new value
    window.controller.set_option("lr", 0.02)
    snap = wait_for_snapshot(qtbot, window, lambda s: s.lr == 0.02 and s.running)
    wait_for_snapshot(qtbot, window, lambda s: s.running and s.update > snap.update + 100)
    assert window.controller.worker._in_child
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: not s.running)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_the_child_is_reported_as_the_workers(qtbot, window):
    worker = window.controller.worker
    real = worker.trainer._loss_fn
    worker.trainer._loss_fn = child_faults.broken_loss  # travels to the child with the trainer
    full_speed(window)
    click(qtbot, window, "runButton")
    qtbot.waitUntil(lambda: window.error_dialog is not None and window.error_dialog.isVisible(), timeout=30_000)
    assert worker.child_runs >= 1
    assert "simulated failure inside the training process" in window.error_dialog.text()
    assert "broken_loss" in window.error_dialog.details()  # the child's traceback
    window.error_dialog.close()
    wait_for_snapshot(qtbot, window, lambda s: s.state == STOPPED)
    worker.trainer._loss_fn = real  # the window goes on working, in the same child
    run_until_stopped(qtbot, window, 200)
    assert_same_trainer(worker.trainer, headless(window))


@pytest.mark.qt_no_exception_capture
def test_a_child_that_dies_is_reported_and_a_new_one_takes_over(qtbot, window):
    full_speed(window)
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.running and s.update > 100, timeout=30_000)
    worker = window.controller.worker
    worker._child.process.kill()
    qtbot.waitUntil(lambda: window.error_dialog is not None and window.error_dialog.isVisible(), timeout=10_000)
    assert "training process ended unexpectedly" in window.error_dialog.text()
    window.error_dialog.close()
    snap = wait_for_snapshot(qtbot, window, lambda s: s.state == STOPPED)
    assert snap.update == worker.trainer.update > 0  # the progress that came home stays
    find(window, QSpinBox, "maxUpdatesInput").setValue(100_000)
    click(qtbot, window, "runButton")
    qtbot.waitUntil(lambda: worker._in_child, timeout=30_000)  # a new child, once started, takes the run
    assert worker._child.process.is_alive()
    click(qtbot, window, "runButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: not s.running)
    assert_same_trainer(worker.trainer, headless(window, snap.update))


def test_a_child_that_cannot_start_leaves_training_in_the_worker_thread(qtbot, settings, monkeypatch, caplog):
    def cannot(*args):
        raise OSError("no more processes")

    monkeypatch.setattr(training_child, "_idle", [])
    monkeypatch.setattr(training_child, "unavailable", False)
    monkeypatch.setattr(training_child, "spawn", cannot)
    from tests.ui.conftest import open_window

    win = open_window(qtbot, settings, "views-linear")
    try:
        find(win, QSpinBox, "maxUpdatesInput").setValue(300)
        full_speed(win)
        with caplog.at_level(logging.WARNING, logger="applet.training"):
            click(qtbot, win, "runButton")
            snap = wait_for_snapshot(qtbot, win, lambda s: s.state == STOPPED, timeout=30_000)
        assert snap.update == 300 and win.controller.worker.child_runs == 0
        assert "could not start" in caplog.text and "no more processes" in caplog.text
        assert_same_trainer(win.controller.worker.trainer, headless(win))
    finally:
        win.close()


def test_a_run_starts_at_once_while_the_child_starts_and_moves_into_it_when_ready(qtbot, window, monkeypatch):
    """Nobody waits for a starting child: the run trains in the worker thread meanwhile, and the
    child takes it over where it is, bit for bit."""
    started = {"ready": False}
    real = training_child.TrainingChild.poll_ready
    monkeypatch.setattr(
        training_child.TrainingChild, "poll_ready", lambda child: real(child) if started["ready"] else False
    )
    worker = window.controller.worker
    find(window, QSpinBox, "maxUpdatesInput").setValue(100_000)
    full_speed(window)
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.running and s.update > 200, timeout=30_000)
    assert worker.child_runs == 0 and not worker._in_child  # trained here, while the child "starts"
    started["ready"] = True
    qtbot.waitUntil(lambda: worker._in_child, timeout=30_000)
    snap = wait_for_snapshot(qtbot, window, lambda s: s.running and s.update > 400, timeout=30_000)
    assert worker.child_runs == 1
    click(qtbot, window, "runButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: not s.running)
    assert snap.update == worker.trainer.update > 400
    assert_same_trainer(worker.trainer, headless(window, snap.update))
