"""Fixtures for driving the real main window."""

import numpy as np
import pytest
from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtWidgets import QComboBox, QPushButton, QSpinBox

from applet.ui.main_window import MainWindow
from applet.ui.view_models.visible_change import VISIBLE


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    win = open_window(qtbot, settings, "views-linear")
    yield win
    win.close()


def open_window(qtbot, settings, lesson_id, seed=42):
    """A shown main window on ``lesson_id`` that has drawn a snapshot of the lesson's problem."""
    win = MainWindow(lesson_id, seed=seed, settings=settings)
    qtbot.addWidget(win)
    win.show()
    wait_for_snapshot(qtbot, win, lambda s: s.problem is win.setup.problem)
    return win


def wait_for_snapshot(qtbot, win, condition, timeout=10_000):
    """Wait until the window has drawn a snapshot satisfying ``condition``."""
    qtbot.waitUntil(lambda: win.last_snapshot is not None and condition(win.last_snapshot), timeout=timeout)
    return win.last_snapshot


def open_lesson(qtbot, win, lesson_id):
    """Choose ``lesson_id`` in the window and wait until it draws a snapshot of that lesson's problem."""
    win.select_lesson(lesson_id)
    return wait_for_snapshot(qtbot, win, lambda s: s.problem is win.setup.problem)


def find(win, cls, name):
    """The window's child widget of type ``cls`` named ``name`` (the test fails without one)."""
    widget = win.findChild(cls, name)
    assert widget is not None, name
    return widget


def in_view(qtbot, win, panel_id):
    """Bring a panel's dock to the front, as a learner clicks its tab to look at it: a panel out
    of sight draws nothing until then (``Panel.deliver``)."""
    win.docks[panel_id].raise_()
    panel = win.panels[panel_id]
    qtbot.waitUntil(lambda: not panel.out_of_sight())
    return panel


def full_speed(win):
    """Train as fast as possible (lessons start at a watchable speed), as the speed list's "unlimited" does."""
    speed = find(win, QComboBox, "speedInput")
    speed.setCurrentIndex(speed.findData(0))


def click(qtbot, win, name, cls=QPushButton):
    """Click the named widget (a push button unless ``cls`` says otherwise) with the left button."""
    qtbot.mouseClick(find(win, cls, name), Qt.MouseButton.LeftButton)


def curve_data(curve):
    x, y = curve.getData()
    return (np.array([]), np.array([])) if x is None else (x, y)


class AfterDrawn(QObject):
    """Calls ``callback(snapshot)`` in the window's thread once the window has drawn each snapshot
    (a plain function connected to the worker's signal would run in the worker's thread, before)."""

    def __init__(self, win, callback) -> None:
        super().__init__(win)
        self.callback = callback
        win.controller.snapshot.connect(self.take)  # after the window's own slot: called after it

    @Slot(object)
    def take(self, snapshot) -> None:
        self.callback(snapshot)


def gaps_while_training(qtbot, win, plot, shown, expected, updates, timeout=60_000):
    """Train at full speed to update ``updates``. For each running snapshot drawn: the largest gap
    between what a panel shows (``shown()``) and the snapshot's values (``expected(snapshot)``),
    beside VISIBLE of ``plot``'s height (what the panel may leave undrawn). Returns those pairs
    as an array and the last snapshot (training stopped)."""
    gaps = []

    def record(snapshot):
        if snapshot.running and snapshot.problem is win.setup.problem:
            height = np.ptp(plot.getPlotItem().getViewBox().viewRange()[1])
            gaps.append((np.max(np.abs(shown() - expected(snapshot))), VISIBLE * height))

    AfterDrawn(win, record)
    find(win, QSpinBox, "maxUpdatesInput").setValue(updates)
    full_speed(win)
    click(qtbot, win, "runButton")
    last = wait_for_snapshot(qtbot, win, lambda s: s.update == updates and not s.running, timeout=timeout)
    return np.array(gaps), last
