"""Lesson settings → Data: real or synthetic views, missing days filled or left out, the split moved."""

import numpy as np
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QMessageBox, QSpinBox

from applet.core.datasets import views, wikipedia
from applet.core.session import load_session
from tests.ui.conftest import curve_data, find, open_window, wait_for_snapshot
from tests.ui.test_session_ui import answer_file_dialogs

DAY = 86400.0


def seconds(day: str) -> float:
    return float(np.datetime64(day, "s").astype(np.int64))


def current(win, condition=lambda s: True):
    return wait_for_snapshot(win.qtbot, win, lambda s: s.problem is win.setup.problem and condition(s))


def choose(qtbot, combo: QComboBox, key) -> None:
    """Pick the item holding ``key`` with the keyboard, as a learner would."""
    combo.setFocus()
    target = combo.findData(key)
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def views_window(qtbot, settings, lesson="views-days"):
    win = open_window(qtbot, settings, lesson)
    win.qtbot = qtbot
    return win


def test_switching_the_data_set_changes_the_fit_panels_series(qtbot, settings):
    win = views_window(qtbot, settings)
    fit = win.panels["fit"]
    snap = current(win)
    assert snap.problem.views.series_name == wikipedia.NAME  # views-days opens on the real views
    title = fit.time_plot.getPlotItem().titleLabel.text
    assert "Real data" in title
    x, y = curve_data(fit.actual_curve)
    assert x[0] == seconds("2011-01-01") and x[-1] == seconds("2015-02-14")
    real_views = wikipedia.load_real_views()
    assert y[0] == real_views.values[real_views.dates == np.datetime64("2011-01-01")][0]

    choose(qtbot, find(win, QComboBox, "dataInput"), "synthetic")
    snap = current(win, lambda s: s.problem.views.series_name == views.NAME)
    x, y = curve_data(fit.actual_curve)
    assert x[0] == seconds("2017-01-08") and x[-1] == seconds("2021-02-14")  # 7 days of features first
    np.testing.assert_array_equal(y, snap.problem.views.targets)
    assert "Synthetic data" in fit.time_plot.getPlotItem().titleLabel.text
    assert "synthetic" in find(win, QLabel, "dataSourceLabel").text()
    assert len(curve_data(fit.filled_points)[0]) == 0  # the synthetic channel has no missing day
    win.close()


def test_missing_days_are_filled_and_marked_or_their_examples_left_out(qtbot, settings, tmp_path):
    win = views_window(qtbot, settings)
    fit = win.panels["fit"]
    snap = current(win)
    gaps_row = find(win, QComboBox, "gapsInput")
    label = win.controls.data_settings.form.labelForField(gaps_row)
    assert label.text() == "Missing days (59)" and gaps_row.currentData() == "fill"
    filled = snap.problem.views.filled
    fx, fy = curve_data(fit.filled_points)
    assert filled.sum() == len(fx) == 9  # the missing days among 2011-01-01…2015-02-14
    assert seconds("2011-12-25") in fx and seconds("2015-02-05") in fx
    assert "9 of them filled" in find(win, QLabel, "dataSummary").text()
    n_train = len(snap.problem.Y_train)

    choose(qtbot, gaps_row, "drop")
    snap = current(win, lambda s: s.problem.views.gaps == "drop")
    info = snap.problem.views
    assert info.dropped > 0 and len(snap.problem.Y_train) < n_train
    assert f"{info.dropped} examples left out" in find(win, QLabel, "dataSummary").text()
    assert len(curve_data(fit.filled_points)[0]) == 0
    assert not np.isin(np.datetime64("2011-12-26"), info.dates)  # its yesterday was missing

    path = tmp_path / "dropped.dlapplet"
    assert win.files.save_to(path)
    saved = load_session(path)
    assert (saved.data.kind, saved.data.gaps) == ("real", "drop")
    win.close()


def test_the_split_is_shaded_and_moves_with_its_settings(qtbot, settings):
    win = views_window(qtbot, settings)
    fit = win.panels["fit"]
    current(win)
    start, end = fit.val_span.getRegion()
    assert (start, end) == (seconds("2015-01-01") - DAY / 2, seconds("2015-02-14") + DAY / 2)

    find(win, QDateEdit, "firstUnseenInput").setDate(QDate(2014, 3, 1))
    snap = current(win, lambda s: s.problem.views.val_start == np.datetime64("2014-03-01"))
    assert snap.problem.views.train_start == np.datetime64("2010-03-01") and len(snap.problem.Y_val) == 45
    assert fit.val_span.getRegion()[0] == seconds("2014-03-01") - DAY / 2

    days = find(win, QSpinBox, "unseenDaysInput")
    days.setFocus()
    days.selectAll()
    qtbot.keyClicks(days, "10")
    qtbot.keyClick(days, Qt.Key.Key_Return)
    snap = current(win, lambda s: len(s.problem.Y_val) == 10)
    assert fit.val_span.getRegion()[1] == seconds("2014-03-10") + DAY / 2
    assert win.data_source.val_start == "2014-03-01" and win.data_source.val_days == 10
    win.close()


def test_the_error_on_every_unseen_day_is_drawn_with_the_holidays(qtbot, settings):
    win = views_window(qtbot, settings)
    fit = win.panels["fit"]
    qtbot.mouseClick(find(win, type(win.controls.step_button), "stepButton"), Qt.MouseButton.LeftButton)
    snap = current(win, lambda s: s.update == 1)
    opts = fit.error_bars.opts
    unseen = snap.problem.views.dates >= snap.problem.views.val_start
    assert len(opts["x"]) == unseen.sum() == 45
    expected = snap.outputs["all"][unseen, 0] - snap.problem.views.targets[unseen]
    np.testing.assert_allclose(opts["height"], expected)
    holidays = {line.value(): line.label.format for line in fit.holiday_lines}
    assert holidays == {seconds("2015-01-01"): "New Year"}

    choose(qtbot, find(win, QComboBox, "dataInput"), "synthetic")
    current(win, lambda s: s.problem.views.series_name == views.NAME)
    holidays = {line.value(): line.label.format for line in fit.holiday_lines}
    assert holidays == {seconds("2021-01-01"): "New Year", seconds("2021-02-12"): "Lunar New Year"}
    win.close()


def test_an_import_with_missing_days_waits_for_the_learners_choice(qtbot, settings, monkeypatch, tmp_path):
    win = views_window(qtbot, settings)
    dates = np.arange(np.datetime64("2020-01-01"), np.datetime64("2020-07-01"))
    kept = dates[~np.isin(dates, np.array(["2020-03-10", "2020-03-11"], dtype="datetime64[D]"))]
    path = tmp_path / "gappy.csv"
    path.write_text("date,views\n" + "".join(f"{d},{100 + i % 7}\n" for i, d in enumerate(kept)))
    answer_file_dialogs(monkeypatch, path)
    setup = win.setup
    win.files.import_action.trigger()
    box = win.files.gap_question
    assert box is not None and box.objectName() == "missingDaysQuestion" and box.isVisible()
    assert "2 days" in box.text() and "2020-03-10 to 2020-03-11" in box.text()
    assert win.setup is setup  # nothing used until the learner has chosen
    leave_out = next(b for b, gaps in win.files.gap_buttons.items() if gaps == "drop")
    qtbot.mouseClick(leave_out, Qt.MouseButton.LeftButton)
    snap = current(win, lambda s: s.problem.views.series_name == "gappy")
    assert snap.problem.views.gaps == "drop" and snap.problem.views.dropped == 7 + 2  # 7-day windows
    combo = find(win, QComboBox, "dataInput")
    assert combo.currentText() == "imported: gappy" and combo.count() == 3
    win.close()


def test_cancelling_the_missing_days_question_imports_nothing(qtbot, settings, monkeypatch, tmp_path):
    win = views_window(qtbot, settings)
    path = tmp_path / "gappy.csv"
    path.write_text("date,views\n2020-01-01,5\n2020-01-03,6\n" + "".join(f"2020-02-{d:02d},7\n" for d in range(1, 29)))
    answer_file_dialogs(monkeypatch, path)
    source = win.data_source
    win.files.import_action.trigger()
    win.files.gap_question.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(50)
    assert win.data_source is source and win.imported is None
    win.close()
