"""The Compare panel driven through the window: rows from the lesson, Run, and a Cancel that cancels."""

import time

import numpy as np
import pytest
from PySide6.QtWidgets import QPushButton, QSpinBox, QTableWidget

from applet.training import lecture
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


def test_several_seeds_give_mean_and_sd_beside_the_lectures_figures(qtbot, window):
    open_lesson(qtbot, window, "views-days")
    panel = window.panels["compare"]
    table = find(window, QTableWidget, "compareTable")
    seeds = find(window, QSpinBox, "compareSeedsInput")
    seeds.setValue(2)
    with qtbot.waitSignal(panel.comparison.finished, timeout=120_000) as finished:
        click(qtbot, window, "compareRunButton")
    assert finished.args == [True]
    qtbot.waitUntil(lambda: panel.run_button.isEnabled())
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1:5] == ["L (training)", "L′ (unseen)", "lecture L", "lecture L′"]
    assert "not public" in table.horizontalHeaderItem(3).toolTip()
    assert panel.seeds == (42, 0)  # the Seed box's seed, then 0
    for r, days in enumerate(lecture.VIEWS_DAYS):
        runs = [panel.results[2 * r], panel.results[2 * r + 1]]
        for column, losses in ((1, [x.train_loss for x in runs]), (2, [x.val_loss for x in runs])):
            mean, sd = (float(v.split()[0]) for v in table.item(r, column).text().split(" ± "))
            assert mean == pytest.approx(np.mean(losses), abs=6e-4)
            assert sd == pytest.approx(np.std(losses, ddof=1), abs=6e-4)
        published = lecture.PUBLISHED["days"][days]
        assert table.item(r, 3).text() == f"{published[0]:.2g}\u00a0k"
        assert table.item(r, 4).text() == f"{published[1]:.2g}\u00a0k"
    # the seeds really differ: the runs of one row did not start from the same weights
    assert panel.results[2].train_loss != panel.results[3].train_loss
