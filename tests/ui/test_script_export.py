"""File → Export as Python script: the run in the window, as a script that prints the same numbers."""

import re
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMenu, QMessageBox, QProgressDialog

from tests.ui.conftest import click, find, open_lesson, wait_for_snapshot


def answer_save_dialog(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), "Python script (*.py)"))


def step(qtbot, win, times):
    for _ in range(times):
        update = win.last_snapshot.update
        click(qtbot, win, "stepButton")
        wait_for_snapshot(qtbot, win, lambda s, update=update: s.update == update + 1)
    return win.last_snapshot


def script_output(path) -> list[str]:
    result = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()


def test_the_file_menu_exports_the_run_so_far_as_numpy_that_prints_the_windows_loss(
    qtbot, window, monkeypatch, tmp_path
):
    menu = find(window, QMenu, "exportScriptMenu")
    assert menu.menuAction() in window.file_menu.actions() and menu.title()
    snap = step(qtbot, window, 4)
    answer_save_dialog(monkeypatch, tmp_path / "mine")  # typed without .py
    find(window, QAction, "exportNumpyScriptAction").trigger()
    script = tmp_path / "mine.py"
    assert script.exists() and (tmp_path / "mine_data.csv").exists()
    assert "mine.py" in window.status.currentMessage()
    lines = script_output(script)
    printed = [float(m.group(1)) for m in (re.match(r"^\s*\d+\s+(\S+)$", line) for line in lines) if m]
    assert printed == list(window.panels["loss"].updates.y.values)  # every update's loss, as drawn
    assert lines[-1] == f"L = {snap.train_loss!r}" and lines[-2] == f"L' = {snap.val_loss!r}"  # the status bar's L, L′


def test_a_learning_rate_changed_midway_is_reported_and_the_script_replays_what_it_can(
    qtbot, window, monkeypatch, tmp_path
):
    step(qtbot, window, 3)
    box = find(window, QLineEdit, "learningRateInput")
    box.selectAll()
    qtbot.keyClicks(box, "0.003")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_for_snapshot(qtbot, window, lambda s: s.lr == 0.003)
    step(qtbot, window, 2)
    answer_save_dialog(monkeypatch, tmp_path / "changed.py")
    find(window, QAction, "exportTorchScriptAction").trigger()
    box = window.script_export.warning
    assert box is not None and box.isVisible() and box.objectName() == "scriptExportWarning"
    assert "3 of the window's 5 updates" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    source = (tmp_path / "changed.py").read_text(encoding="utf-8")
    assert (
        "torch.nn.Sequential" in source and "UPDATES = 3" in source and "LEARNING_RATE = 0.01" in source
    )  # the start's η


def test_the_digits_export_in_chinese_comments_follows_the_windows_language(qtbot, window, monkeypatch, tmp_path):
    open_lesson(qtbot, window, "digits")
    monkeypatch.setattr("applet.ui.language.current", lambda: "zh_CN")
    answer_save_dialog(monkeypatch, tmp_path / "digits.py")
    find(window, QAction, "exportNumpyScriptAction").trigger()
    source = (tmp_path / "digits.py").read_text(encoding="utf-8")
    assert "# η，学习率" in source and "UPDATES = 0" in source and (tmp_path / "digits_data.npz").exists()
    assert script_output(tmp_path / "digits.py")[-1] == f"L = {window.last_snapshot.train_loss!r}"


def test_a_long_replay_can_be_cancelled_and_then_nothing_is_written(qtbot, window, monkeypatch, tmp_path):
    step(qtbot, window, 25)  # more than one progress report (every 20 updates)
    answer_save_dialog(monkeypatch, tmp_path / "cancelled.py")
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)  # the learner pressed Cancel
    find(window, QAction, "exportNumpyScriptAction").trigger()
    assert not list(tmp_path.glob("cancelled*"))
    assert "cancelled" in window.status.currentMessage()
    assert window.script_export.progress is None  # closed: the next export may start
