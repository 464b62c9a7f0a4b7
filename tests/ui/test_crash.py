"""Unexpected errors: a readable dialog with "Copy details", a rotating log, and the app goes on."""

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from applet.ui import crash
from applet.ui.crash import CrashReporter, ErrorDialog
from tests.ui.conftest import click, full_speed, wait_for_snapshot


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(crash.LOG_DIR_VARIABLE, str(tmp_path / "logs"))
    return tmp_path / "logs"


@pytest.fixture
def reporter(qapp):
    hooks = (sys.excepthook, threading.excepthook)
    rep = CrashReporter().install()
    yield rep
    rep.uninstall()
    assert (sys.excepthook, threading.excepthook) == hooks
    for dialog in (rep.dialog, crash._orphan):
        if dialog is not None:
            dialog.close()


def open_dialogs(win) -> list[ErrorDialog]:
    return [d for d in win.findChildren(ErrorDialog) if d.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_dialog_and_the_window_keeps_working(qtbot, window, reporter, log_dir):
    def broken():
        raise ZeroDivisionError("simulated bug in a slot")

    window.controls.step_clicked.connect(broken)  # a slot of the GUI thread that raises
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: len(open_dialogs(window)) == 1)
    dialog = open_dialogs(window)[0]
    assert dialog is reporter.dialog
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec(): nothing waits for it
    assert "ZeroDivisionError: simulated bug in a slot" in dialog.text()
    assert "broken" in dialog.details() and "Traceback" in dialog.details()
    # the details are there to copy into a bug report
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyDetailsButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.details()
    assert "Deep Learning Applet" in dialog.details() and "Python" in dialog.details()
    # and in the log
    log = (log_dir / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "ZeroDivisionError: simulated bug in a slot" in log
    # the same step went through anyway (the other slot); the window still trains
    wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
    qtbot.mouseClick(dialog.findChild(QPushButton, "closeErrorButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    window.controls.step_clicked.disconnect(broken)
    click(qtbot, window, "stepButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update == 2)


@pytest.mark.qt_no_exception_capture
def test_repeated_errors_share_one_dialog(qtbot, window, reporter, log_dir):
    calls = []

    def broken():
        calls.append(1)
        raise RuntimeError(f"failure {len(calls)}")

    timer = QTimer(window)
    timer.timeout.connect(broken)
    timer.start(5)
    qtbot.waitUntil(lambda: len(calls) >= 5)
    timer.stop()
    dialogs = open_dialogs(window)
    assert len(dialogs) == 1
    assert dialogs[0].count == len(calls)
    assert "failure 1" in dialogs[0].text() and f"{len(calls)} errors" in dialogs[0].message_label.text()
    assert f"failure {len(calls)}" in dialogs[0].details()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_another_thread_is_shown_in_the_gui_thread(qtbot, window, reporter, log_dir):
    thread = threading.Thread(target=lambda: 1 / 0, name="helper")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(open_dialogs(window)) == 1)
    dialog = open_dialogs(window)[0]
    assert dialog.thread() is window.thread()
    assert "ZeroDivisionError" in dialog.text() and "In thread helper" in dialog.details()


def test_a_worker_failure_uses_the_same_dialog_and_log(qtbot, window, log_dir):
    def broken_step():
        raise RuntimeError("simulated failure inside the engine")

    window.controller.worker.trainer.step = broken_step
    with qtbot.waitSignal(window.controller.failed, timeout=5000):
        click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: window.error_dialog is not None and window.error_dialog.isVisible())
    assert isinstance(window.error_dialog, ErrorDialog)
    assert "simulated failure inside the engine" in window.error_dialog.text()
    assert "broken_step" in window.error_dialog.details()
    assert "simulated failure inside the engine" in (log_dir / crash.LOG_NAME).read_text(encoding="utf-8")


def test_the_log_is_rotated_with_a_cap(log_dir, monkeypatch):
    report = crash.describe("big error", "x" * 100_000)
    for _ in range(150):
        assert crash.write_log(report) == log_dir / crash.LOG_NAME
    files = sorted(p.name for p in log_dir.iterdir())
    assert files == [crash.LOG_NAME] + [f"{crash.LOG_NAME}.{i}" for i in range(1, crash.LOG_BACKUPS + 1)]
    assert all(p.stat().st_size <= crash.LOG_BYTES + len(report) + 200 for p in log_dir.iterdir())


def test_one_huge_report_keeps_the_log_folder_under_2_mb(log_dir):
    report = crash.describe("huge error", "界" * 5_000_000)  # 15 MB in UTF-8
    for _ in range(60):
        assert crash.write_log(report) == log_dir / crash.LOG_NAME
    sizes = [p.stat().st_size for p in log_dir.iterdir()]
    assert len(sizes) == 1 + crash.LOG_BACKUPS and sum(sizes) <= 2 * 2**20
    text = (log_dir / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "huge error" in text and "characters left out" in text


def test_a_pipe_where_the_log_goes_is_never_opened(log_dir):
    import os

    log_dir.mkdir()
    os.mkfifo(log_dir / crash.LOG_NAME)
    assert crash.write_log("report") is None  # returns at once: opening a pipe to append would block


def test_an_unwritable_log_folder_never_raises(tmp_path, monkeypatch, log_dir):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(crash.LOG_DIR_VARIABLE, str(blocker / "logs"))
    assert crash.write_log("report") is None


def test_keyboard_interrupt_is_left_to_python(reporter, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: seen.append(args[0]))
    reporter.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and reporter.dialog is None


def test_logging_does_not_leak_into_the_root_logger(log_dir, caplog):
    with caplog.at_level(logging.ERROR):
        crash.write_log("only in the applet's log")
    assert "only in the applet's log" not in caplog.text


@pytest.mark.qt_no_exception_capture
def test_a_snapshot_that_fails_to_be_made_is_reported_and_training_goes_on(qtbot, window, reporter, log_dir):
    worker = window.controller.worker
    real = worker.make_snapshot
    failed = []

    def fails_once(*args, **kwargs):
        if not failed and worker._state == "running":
            failed.append(True)
            raise RuntimeError("simulated failure while copying a snapshot")
        return real(*args, **kwargs)

    worker.make_snapshot = fails_once
    full_speed(window)
    click(qtbot, window, "runButton")
    qtbot.waitUntil(lambda: len(open_dialogs(window)) == 1)
    dialog = open_dialogs(window)[0]
    assert "simulated failure while copying a snapshot" in dialog.text()
    assert "In thread" in dialog.details() and "fails_once" in dialog.details()
    # the worker still sends snapshots while it trains: the window keeps showing progress
    update = window.last_snapshot.update if window.last_snapshot is not None else 0
    wait_for_snapshot(qtbot, window, lambda s: s.running and s.update > update + 50)
