"""Unattended runs of the window: ``--screenshot``, ``--self-test`` and start-up timing."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings
from PySide6.QtWidgets import QApplication, QPushButton

from applet.training import child as training_child
from applet.training.snapshot import STOPPED


class _FirstPaint(QObject):
    """Prints the wall-clock time of the first paint of the widget it watches, once."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"applet: first paint at {time.time():.3f}", flush=True)
            watched.removeEventFilter(self)
        return False


def print_first_paint(window) -> None:
    """Announce on stdout when ``window`` is first painted: an outside timer compares it with
    the moment it started the process (``benchmarks/bench_launch.py``)."""
    reporter = _FirstPaint(window)
    window.installEventFilter(reporter)


def wait_until(app: QApplication, condition: Callable[[], bool], timeout_s: float) -> bool:
    """Process events until ``condition()`` holds; False on time-out."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)
    return True


def train(app: QApplication, window, updates: int, timeout_s: float = 60.0) -> bool:
    """Train the current lesson for ``updates`` updates (or until it stops by itself)."""
    problem = window.state.setup.problem
    if not wait_until(
        app, lambda: window.last_snapshot is not None and window.last_snapshot.problem is problem, timeout_s
    ):
        return False
    if updates == 0:
        return True
    window.controls.choose_speed(0)  # unattended: no need to watch
    window.controller.set_option("max_updates", window.last_snapshot.update + updates)
    window.controller.run()
    return wait_until(app, lambda: window.last_snapshot.state == STOPPED, timeout_s)


def open_unattended(app: QApplication, window, path: str) -> bool:
    """Open a session for ``--screenshot``: False, with the reason on stderr, when it cannot be opened
    (a large network is trained without asking: the command asked for it)."""
    files = window.files
    if not files.open_path(path):
        dialog = files.cost_dialog
        if dialog is None or not dialog.isVisible():
            print(f"applet: {files.error_box.text() if files.error_box else path}", file=sys.stderr)
            return False
        dialog.findChild(QPushButton, "costTrainButton").click()
    return wait_until(app, lambda: files.path == Path(path), 10.0)


def train_and_capture(app: QApplication, window, path: str, updates: int) -> int:
    """``--screenshot``: train, draw, save the window as PNG."""
    if not train(app, window, updates):
        print("applet: training did not finish in time; screenshot not taken", file=sys.stderr)
        window.close()
        return 1
    wait_until(app, lambda: False, 0.3)  # let the last snapshot be drawn
    ok = window.grab().save(path)
    window.close()
    if not ok:
        print(f"applet: could not write {path}", file=sys.stderr)
        return 1
    print(f"applet: saved {path}")
    return 0


def run_self_test(app: QApplication) -> int:
    """``--self-test``: open the window, run every lesson briefly, check every panel drew."""
    from applet.ui.lessons import LESSONS
    from applet.ui.main_window import MainWindow
    from applet.ui.resources_check import missing_resources

    failures = [f"resource {problem}" for problem in missing_resources()]
    child = training_child.checkout()  # the training process must start here (frozen: by freeze_support)
    if child is None or not child.wait_ready():
        failures.append("the training process did not start")
    if child is not None:
        training_child.give_back(child)  # ready in the pool: the lessons' full-speed runs take it
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.show()
    for lesson_id in LESSONS:
        window.select_lesson(lesson_id)
        if not train(app, window, 300, timeout_s=60):
            failures.append(f"{lesson_id}: training did not finish")
            continue
        snap = window.last_snapshot
        if snap.update == 0:
            failures.append(f"{lesson_id}: no update was made")
        for panel_id, panel in window.panels.items():
            latest = panel.latest()  # a panel out of sight draws it when it comes into view
            if latest is None or latest.update != snap.update:
                failures.append(f"{lesson_id}: panel {panel_id} did not take the last snapshot")
        print(f"self-test: {lesson_id}: {snap.update} updates, loss {snap.train_loss:.4g}")
    if window.controller.worker.child_runs == 0:
        failures.append("full-speed training did not run in the training process")
    else:
        print(f"self-test: {window.controller.worker.child_runs} runs in the training process")
    window.close()
    for failure in failures:
        print(f"self-test FAILED: {failure}")
    print("self-test passed" if not failures else f"self-test: {len(failures)} failure(s)")
    return 1 if failures else 0
