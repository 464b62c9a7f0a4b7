"""The Compare panel driven through the window: rows from the lesson, Run, and a Cancel that cancels."""

import time

from PySide6.QtWidgets import QPushButton, QTableWidget

from tests.ui.conftest import click, find, open_lesson

CANCEL_AFTER_S = 1.0


def test_cancel_one_second_in_stops_the_comparison(qtbot, window):
    open_lesson(qtbot, window, "deep")  # four deep networks: several seconds of training
    panel = window.panels["compare"]
    table = find(window, QTableWidget, "compareTable")
    finished = []
    panel.comparison.finished.connect(finished.append)
    click(qtbot, window, "compareRunButton")
    assert table.rowCount() == 4  # the lesson's rows, shown before training
    assert not find(window, QPushButton, "compareRunButton").isEnabled()
    qtbot.wait(int(CANCEL_AFTER_S * 1000))
    assert not finished, "the comparison ended before Cancel could be tried"
    cancelled_at = time.perf_counter()
    with qtbot.waitSignal(panel.comparison.finished, timeout=5000) as signal:
        click(qtbot, window, "compareCancelButton")
    assert signal.args == [False]
    assert time.perf_counter() - cancelled_at < 3.0
    qtbot.waitUntil(lambda: find(window, QPushButton, "compareRunButton").isEnabled())
    assert not find(window, QPushButton, "compareCancelButton").isEnabled()
    trained = [r for r in range(table.rowCount()) if table.item(r, 1).text()]
    assert len(trained) < 4
    assert trained == list(range(len(trained)))  # rows trained in order, the rest left empty
    assert panel.progress.value() < panel.progress.maximum()


def test_a_cancelled_comparison_runs_again_in_full(qtbot, window):
    open_lesson(qtbot, window, "views-days")
    panel = window.panels["compare"]
    with qtbot.waitSignal(panel.comparison.finished, timeout=5000) as cancelled:
        click(qtbot, window, "compareRunButton")
        click(qtbot, window, "compareCancelButton")  # before the worker has started: still honoured
    assert cancelled.args == [False]
    qtbot.waitUntil(lambda: panel.run_button.isEnabled())
    with qtbot.waitSignal(panel.comparison.finished, timeout=60_000) as complete:
        click(qtbot, window, "compareRunButton")
    assert complete.args == [True]
    table = find(window, QTableWidget, "compareTable")
    qtbot.waitUntil(lambda: all(table.item(r, 1).text() for r in range(4)))
