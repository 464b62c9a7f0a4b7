"""Watchable by default: each lesson runs at a speed that shows its point, "Full speed" is
one click away, and Step, Epoch and Run work at any speed."""

import time

from PySide6.QtWidgets import QComboBox, QPushButton

from applet.ui.lessons import LESSONS
from tests.ui.conftest import click, find, open_lesson, wait_for_snapshot


def speed(win) -> int:
    return find(win, QComboBox, "speedInput").currentData()


def test_each_lesson_starts_at_its_watchable_speed(qtbot, window):
    assert speed(window) == LESSONS["views-linear"].speed == 10
    assert window.controller.worker.speed == 10
    for lesson_id in ("piecewise", "digits", "deep"):
        open_lesson(qtbot, window, lesson_id)
        assert speed(window) == LESSONS[lesson_id].speed
        qtbot.waitUntil(lambda: window.controller.worker.speed == LESSONS[lesson_id].speed)
    assert [LESSONS[i].speed for i in ("piecewise", "digits", "deep")] == [30, 100, 0]


def test_lesson_1_walks_down_the_surface_over_seconds(qtbot, window):
    click(qtbot, window, "runButton")
    start = time.monotonic()
    wait_for_snapshot(qtbot, window, lambda s: s.update >= 3)
    qtbot.wait(1000)
    elapsed = time.monotonic() - start
    surface = window.panels["surface"]
    walked = len(surface.path)  # the points of the path the panel has received
    assert window.last_snapshot.update <= 10 * elapsed + 2  # 10 updates a second, not thousands
    assert 3 <= walked <= 10 * elapsed + 3  # the path grows one step at a time, drawn as it goes
    assert window.last_snapshot.running


def test_full_speed_is_one_click_away_and_a_second_click_comes_back(qtbot, window):
    full = find(window, QPushButton, "fullSpeedButton")
    assert not full.isChecked()
    click(qtbot, window, "fullSpeedButton")
    assert speed(window) == 0 and full.isChecked()
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update >= 2000, timeout=30_000)
    click(qtbot, window, "fullSpeedButton")
    assert speed(window) == 10 and not full.isChecked()
    qtbot.waitUntil(lambda: window.controller.worker.speed == 10)


def test_step_and_epoch_work_at_the_slowest_speed(qtbot, window):
    combo = find(window, QComboBox, "speedInput")
    combo.setCurrentIndex(combo.findData(1))
    qtbot.waitUntil(lambda: window.controller.worker.speed == 1)
    click(qtbot, window, "stepButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: s.update == 1, timeout=2000)  # at once, not after a second
    assert not snap.running
    click(qtbot, window, "stepEpochButton")  # full batch: one epoch is one update
    wait_for_snapshot(qtbot, window, lambda s: s.update == 2 and s.epoch == 2, timeout=2000)


def test_run_works_at_every_speed(qtbot, window):
    combo = find(window, QComboBox, "speedInput")
    for value in (1, 30, 100, 0):
        combo.setCurrentIndex(combo.findData(value))
        before = window.last_snapshot.update
        click(qtbot, window, "runButton")
        wait_for_snapshot(qtbot, window, lambda s: s.update > before and s.running, timeout=5000)
        click(qtbot, window, "runButton")
        wait_for_snapshot(qtbot, window, lambda s: not s.running)
