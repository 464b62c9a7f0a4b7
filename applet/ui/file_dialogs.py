"""Shared pieces of the File menu: its actions, and file dialogs that start in the folder used last."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

LAST_DIR_KEY = "files/last_dir"


def add_action(window, name: str, shortcut, slot) -> QAction:
    """An action of the window (its shortcut works wherever the focus is in the window)."""
    action = QAction(window, objectName=name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: slot())
    window.addAction(action)
    return action


def _start_dir(window, name: str = "") -> str:
    folder = window.settings.value(LAST_DIR_KEY, str(Path.home()))
    return str(Path(folder) / name)


def _remember(window, path: str) -> Path:
    window.settings.setValue(LAST_DIR_KEY, str(Path(path).parent))
    return Path(path)


def ask_open_path(window, title: str, filters: str) -> Path | None:
    """A file to read, or None when the learner cancels."""
    path, _ = QFileDialog.getOpenFileName(window, title, _start_dir(window), filters)
    return _remember(window, path) if path else None


def ask_save_path(window, title: str, name: str, filters: str, suffixes: tuple[str, ...]) -> Path | None:
    """A file to write, or None when cancelled. A name without one of ``suffixes`` gets the
    suffix of the chosen filter (else ``suffixes[0]``)."""
    path, chosen = QFileDialog.getSaveFileName(window, title, _start_dir(window, name), filters)
    if not path:
        return None
    if Path(path).suffix.lower() not in suffixes:
        match = re.search(r"\*(\.\w+)", chosen or "")
        path += match.group(1) if match and match.group(1) in suffixes else suffixes[0]
    return _remember(window, path)


def show_refusal(parent, title: str, message: str) -> QMessageBox:
    """Say in a (non-blocking) warning box why a file was refused; nothing has changed."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("fileErrorDialog")
    box.open()
    return box
