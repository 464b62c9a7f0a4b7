"""Hostile input through the window: special files refused at once, errors in the worker
reported, and the window goes on."""

import os
import threading
from pathlib import Path

import pytest

from tests.ui.conftest import click, wait_for_snapshot
from tests.ui.test_session_ui import answer_file_dialogs


def special_file(tmp_path, kind, name):
    """A FIFO, a device or a folder; for a FIFO, a writer that unblocks a reader that hung (after 5 s)
    so the test fails instead of hanging; returns the path and an Event to set when the reader is done."""
    done = threading.Event()
    path = {"fifo": tmp_path / name, "device": Path("/dev/zero"), "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(path)

        def unblock():
            if not done.wait(5):
                with open(path, "wb") as pipe:
                    pipe.write(b"2020-01-01,1\n")

        threading.Thread(target=unblock, daemon=True).start()
    return path, done


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
@pytest.mark.parametrize("what", ["csv", "session"])
def test_a_special_file_is_refused_at_once(qtbot, window, monkeypatch, tmp_path, kind, what):
    path, done = special_file(tmp_path, kind, f"pipe.{what}")
    setup = window.setup
    if what == "csv":
        answer_file_dialogs(monkeypatch, path)
        window.files.import_action.trigger()
    else:
        assert not window.files.open_path(path)
    hung = done.is_set()
    done.set()
    assert not hung and "not an ordinary file" in window.files.error_box.text()
    assert window.setup is setup and window.data_source.text is None
    window.files.error_box.accept()


def test_step_back_on_a_path_that_does_not_reach_back_is_refused(qtbot, window):
    for update in (1, 2):
        click(qtbot, window, "stepButton")
        wait_for_snapshot(qtbot, window, lambda s, u=update: s.update == u)
    trainer = window.controller.worker.trainer
    trainer.history.params.truncate(0)  # as an edited session could leave it
    window.step_back_action.trigger()
    qtbot.waitUntil(lambda: "path" in window.statusBar().currentMessage())
    assert trainer.update == 2
    click(qtbot, window, "stepButton")  # the worker goes on
    wait_for_snapshot(qtbot, window, lambda s: s.update == 3)


def test_a_csv_near_the_size_limit_imports_while_the_window_keeps_drawing(qtbot, window, tmp_path):
    """A century of days with many columns (as analytics exports have) is about 16 MB."""
    import time

    import numpy as np
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from applet.core.datasets.csvio import MAX_BYTES, MAX_DAYS

    days = np.datetime64("1921-01-01") + np.arange(MAX_DAYS)
    other = ",".join(f"{k * 1.25:.2f}" for k in range(72))
    text = "date,views," + ",".join(f"metric {k}" for k in range(72)) + "\n"
    text += "".join(f"{d},{1000 + i % 97},{other}\n" for i, d in enumerate(days))
    assert 0.9 * MAX_BYTES < len(text) <= MAX_BYTES
    path = tmp_path / "century.csv"
    path.write_text(text)
    ticks, dialogs = [], []

    def tick():
        ticks.append(time.monotonic())
        dialogs.extend(d for d in window.findChildren(QProgressDialog, "importProgress") if d.isVisible())

    timer = QTimer(window, interval=20)
    timer.timeout.connect(tick)
    timer.start()
    start = time.monotonic()
    assert window.files.import_path(path)
    took = time.monotonic() - start
    timer.stop()
    assert len(window.data_source.series) == MAX_DAYS
    gaps = np.diff([start] + ticks)
    assert took < 0.5 or (dialogs and gaps.max() < 1.5), (took, gaps.max())


def test_more_than_a_century_of_days_is_refused_before_reading_dates(qtbot, window, tmp_path):
    import numpy as np

    days = np.datetime64("1000-01-01") + np.arange(300_000)
    path = tmp_path / "millennium.csv"
    path.write_text("date,views\n" + "".join(f"{d},5\n" for d in days))
    setup = window.setup
    assert not window.files.import_path(path)
    assert "at most 36525 days" in window.files.error_box.text()
    assert window.setup is setup and window.data_source.text is None
    window.files.error_box.accept()
