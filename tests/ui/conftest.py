"""Fixtures for driving the real main window."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from applet.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    win = MainWindow("views-linear", seed=42, settings=settings)
    qtbot.addWidget(win)
    win.show()
    wait_for_snapshot(qtbot, win, lambda s: s.problem is win.setup.problem)
    yield win
    win.close()


def wait_for_snapshot(qtbot, win, condition, timeout=10_000):
    """Wait until the window has drawn a snapshot satisfying ``condition``."""
    qtbot.waitUntil(lambda: win.last_snapshot is not None and condition(win.last_snapshot), timeout=timeout)
    return win.last_snapshot


def curve_data(curve):
    x, y = curve.getData()
    return (np.array([]), np.array([])) if x is None else (x, y)
