"""Sessions through the real window: save, open, continue identically; bad files change nothing."""

import os
from contextlib import contextmanager

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QSpinBox

from applet.core.session import load_session
from tests.ui.conftest import click, curve_data, find, full_speed, open_lesson, open_window, wait_for_snapshot


def daily_csv(days: int) -> str:
    """A channel's daily views from 2020-01-01: a weekly rhythm on slow growth, in raw counts."""
    dates = np.arange(np.datetime64("2020-01-01"), np.datetime64("2020-01-01") + days)
    return "date,views\n" + "".join(f"{d},{1000 + 37 * (i % 7) + 5 * i}\n" for i, d in enumerate(dates))


CSV_OK = daily_csv(91)
BAD_CSV = "date,views\n2020-01-01,10\n2020-01-02,ten\n2020-01-03,12\n"


def answer_file_dialogs(monkeypatch, path):
    """The next file dialog (open or save) answers ``path``."""
    answer = staticmethod(lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)


def train_until(qtbot, win, updates):
    """Type a stopping rule into the window and run until training stops there."""
    find(win, QSpinBox, "maxUpdatesInput").setValue(updates)
    full_speed(win)
    click(qtbot, win, "runButton")
    return wait_for_snapshot(qtbot, win, lambda s: s.update == updates and not s.running, timeout=30_000)


@contextmanager
def saved_and_reopened(qtbot, win, settings, path, monkeypatch):
    """Save ``win``'s run as ``path`` and open it in a second window (started on another lesson):
    yields that window and its first snapshot of the reopened run; closes it after."""
    update = win.last_snapshot.update
    answer_file_dialogs(monkeypatch, path)
    assert win.files.save()
    other = open_window(qtbot, settings, "digits")
    try:
        assert other.files.open_path(path)
        yield other, wait_for_snapshot(qtbot, other, lambda s: s.problem is other.setup.problem and s.update == update)
    finally:
        other.close()


def type_into(qtbot, line_edit, text):
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


@pytest.fixture
def fresh_window(qtbot, tmp_path):
    windows = []

    def make():
        settings = QSettings(str(tmp_path / f"settings{len(windows)}.ini"), QSettings.Format.IniFormat)
        win = open_window(qtbot, settings, "views-linear", seed=1)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.files.ask_on_close = False
        win.close()


def test_save_then_open_in_a_fresh_window_continues_identically(qtbot, window, fresh_window, monkeypatch, tmp_path):
    # a learner's run: lesson 2 with 28 days, mini-batches of 64, Adam, a typed learning rate
    assert open_lesson(qtbot, window, "views-days").problem.name == "views-7"
    find(window, QComboBox, "choice_days").setCurrentIndex(2)
    wait_for_snapshot(qtbot, window, lambda s: s.problem.name == "views-28")
    find(window, QSpinBox, "batchSizeInput").setValue(64)
    type_into(qtbot, find(window, QLineEdit, "learningRateInput"), "0.003")
    wait_for_snapshot(qtbot, window, lambda s: s.batch_size == 64 and s.lr == 0.003)
    train_until(qtbot, window, 150)

    path = tmp_path / "lesson2.dlapplet"
    answer_file_dialogs(monkeypatch, path)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(path.exists)
    saved = load_session(path)
    assert (saved.lesson, saved.choices, saved.trainer.update) == ("views-days", {"days": 28}, 150)

    train_until(qtbot, window, 250)  # the run that was never interrupted
    losses_a = window.controller.worker.trainer.history.loss.values[150:250].copy()
    weights_a = window.last_snapshot.weights

    fresh = fresh_window()
    fresh.activateWindow()
    qtbot.keyClick(fresh, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    snap = wait_for_snapshot(qtbot, fresh, lambda s: s.problem is fresh.setup.problem and s.update == 150)
    # lesson, data, network, settings, weights and history are back
    assert fresh.lesson.id == "views-days" and fresh.choices == {"days": 28}
    assert find(fresh, QComboBox, "choice_days").currentText() == "28"
    assert fresh.setup.problem.name == "views-28" and fresh.data_source.kind == "real"
    assert find(fresh, QLineEdit, "learningRateInput").text() == "0.003"
    assert find(fresh, QSpinBox, "batchSizeInput").value() == 64
    assert find(fresh, QComboBox, "optimizerInput").currentData() == "adam"
    assert find(fresh, QSpinBox, "seedInput").value() == 42
    for a, b in zip(snap.weights + snap.biases, saved.weights + saved.biases):
        np.testing.assert_array_equal(a, b)
    x, y = curve_data(fresh.panels["loss"].update_curve)
    assert len(x) == 150 and x[-1] == 150  # the loss history is drawn again
    np.testing.assert_array_equal(y, saved.trainer.history["loss"])
    assert fresh.files.path == path and "lesson2.dlapplet" in fresh.statusBar().currentMessage()

    train_until(qtbot, fresh, 250)
    losses_b = fresh.controller.worker.trainer.history.loss.values[150:250].copy()
    assert len(losses_b) == 100
    np.testing.assert_array_equal(losses_b, losses_a)
    for a, b in zip(fresh.last_snapshot.weights, weights_a):
        np.testing.assert_array_equal(a, b)


def test_open_recent_lists_saved_sessions(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "recent.dlapplet"
    click(qtbot, window, "stepButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
    assert window.files.save_to(path)
    actions = [a for a in window.files.recent_menu.actions() if a.text().endswith("recent.dlapplet")]
    assert len(actions) == 1 and window.files.recent_menu.isEnabled()
    click(qtbot, window, "stepButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update == 2)
    actions[0].trigger()
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem and s.update == 1)
    path.unlink()
    window.files.recent_menu.actions()[0].trigger()
    assert "does not exist" in window.files.error_box.text()
    assert not [a for a in window.files.recent_menu.actions() if a.text().endswith("recent.dlapplet")]


BAD_FILES = {
    "not a zip": lambda good: b"these are my notes, not a session",
    "truncated": lambda good: good[: len(good) // 2],
    "corrupted": lambda good: good[:150] + bytes(b ^ 0xFF for b in good[150:200]) + good[200:],
    "empty": lambda good: b"",
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_opening_a_bad_file_shows_why_and_changes_nothing(qtbot, window, tmp_path, kind):
    good = tmp_path / "good.dlapplet"
    assert window.files.save_to(good)
    click(qtbot, window, "stepButton")
    before = wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
    trainer, setup, path_before = window.controller.worker.trainer, window.setup, window.files.path
    bad = tmp_path / f"{kind}.dlapplet"
    bad.write_bytes(BAD_FILES[kind](good.read_bytes()))

    assert not window.files.open_path(bad)
    box = window.files.error_box
    assert box.isVisible() and f"{kind}.dlapplet" in box.text()
    assert window.statusBar().currentMessage() == box.text()
    qtbot.wait(100)
    assert window.controller.worker.trainer is trainer and window.setup is setup
    assert window.last_snapshot is before and trainer.update == 1
    assert window.lesson.id == "views-linear" and window.files.path == path_before
    box.accept()


def test_a_newer_format_is_named_not_guessed(qtbot, window, tmp_path):
    import json
    import zipfile

    path = tmp_path / "future.dlapplet"
    assert window.files.save_to(path)
    with zipfile.ZipFile(path) as z:
        doc, arrays = json.loads(z.read("session.json")), z.read("arrays.npz")
    doc["format_version"] += 1
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("session.json", json.dumps(doc))
        z.writestr("arrays.npz", arrays)
    assert not window.files.open_path(path)
    assert "newer" in window.files.error_box.text() and "Update the applet" in window.files.error_box.text()
    window.files.error_box.accept()


def test_a_failed_save_keeps_the_old_file_and_says_so(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "keep.dlapplet"
    assert window.files.save_to(path)
    before = path.read_bytes()
    click(qtbot, window, "stepButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update == 1)

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    assert not window.files.save_to(path)
    monkeypatch.undo()
    assert "No space left on device" in window.files.error_box.text()
    assert path.read_bytes() == before and load_session(path).trainer.update == 0
    assert os.listdir(tmp_path).count("keep.dlapplet") == 1 and not [
        n for n in os.listdir(tmp_path) if n.endswith(".tmp")
    ]
    window.files.error_box.accept()


# -- the unsaved-changes prompt -------------------------------------------------------------
def prompt_answers(monkeypatch, win, answer):
    asked = []

    def ask():
        asked.append(answer)
        return answer

    monkeypatch.setattr(win.files, "ask_save_changes", ask)
    return asked


def test_closing_with_unsaved_training_asks_and_cancel_keeps_the_window(qtbot, fresh_window, monkeypatch):
    win = fresh_window()
    win.files.ask_on_close = True
    asked = prompt_answers(monkeypatch, win, QMessageBox.StandardButton.Cancel)
    assert win.close()  # nothing trained yet: nothing to lose, no question
    assert not asked

    win = fresh_window()
    win.files.ask_on_close = True
    asked = prompt_answers(monkeypatch, win, QMessageBox.StandardButton.Cancel)
    click(qtbot, win, "stepButton")
    wait_for_snapshot(qtbot, win, lambda s: s.update == 1)
    assert not win.close()
    assert asked and win.isVisible() and win.controller.thread.isRunning()
    click(qtbot, win, "stepButton")
    wait_for_snapshot(qtbot, win, lambda s: s.update == 2)  # still training normally

    prompt_answers(monkeypatch, win, QMessageBox.StandardButton.Discard)
    assert win.close()
    assert win.controller.thread.isFinished()


def test_save_in_the_prompt_saves_then_closes(qtbot, fresh_window, monkeypatch, tmp_path):
    win = fresh_window()
    win.files.ask_on_close = True
    path = tmp_path / "on-close.dlapplet"
    answer_file_dialogs(monkeypatch, path)
    prompt_answers(monkeypatch, win, QMessageBox.StandardButton.Save)
    click(qtbot, win, "runButton")
    wait_for_snapshot(qtbot, win, lambda s: s.update > 20)  # closed mid-training
    assert win.close()
    assert load_session(path).trainer.update > 20

    reopened = fresh_window()
    reopened.files.ask_on_close = True
    asked = prompt_answers(monkeypatch, reopened, QMessageBox.StandardButton.Cancel)
    assert reopened.files.open_path(path)
    wait_for_snapshot(qtbot, reopened, lambda s: s.problem is reopened.setup.problem)
    assert reopened.close() and not asked  # just opened: nothing new to lose


def test_saved_then_changed_asks_again(qtbot, window, monkeypatch, tmp_path):
    window.files.ask_on_close = True
    assert window.files.save_to(tmp_path / "s.dlapplet")
    assert not window.files.has_unsaved_changes()
    type_into(qtbot, find(window, QLineEdit, "learningRateInput"), "0.002")
    wait_for_snapshot(qtbot, window, lambda s: s.lr == 0.002)
    assert window.files.has_unsaved_changes()  # a new setting is a change, even without training
    asked = prompt_answers(monkeypatch, window, QMessageBox.StandardButton.Cancel)
    assert not window.close() and asked
    window.files.ask_on_close = False


# -- importing views ------------------------------------------------------------------------
def test_importing_a_csv_makes_the_views_lessons_learn_from_it(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "my channel.csv"
    path.write_text(CSV_OK)
    answer_file_dialogs(monkeypatch, path)
    window.files.import_action.trigger()
    snap = wait_for_snapshot(
        qtbot, window, lambda s: s.problem is window.setup.problem and s.problem.views.series_name == "my channel"
    )
    problem = snap.problem
    assert problem.views.unit == "views" and len(problem.X_train) + len(problem.X_val) == 90
    label = find(window, QLabel, "dataSourceLabel")
    assert "my channel (imported CSV)" in label.text()
    assert "91 days" in label.toolTip() and "unit: views" in label.toolTip()
    assert "(views)" in window.panels["fit"].scatter_plot.getPlotItem().getAxis("left").labelText
    x, _ = curve_data(window.panels["fit"].train_points)
    assert len(x) == len(problem.X_train) and x.max() > 1000  # raw counts, not thousands

    # another views lesson uses the imported data too; a saved session carries it along
    snap = open_lesson(qtbot, window, "views-days")
    assert snap.problem.name == "views-7"
    assert snap.problem.views.series_name == "my channel"
    session_path = tmp_path / "mine.dlapplet"
    assert window.files.save_to(session_path)
    assert load_session(session_path).data.text == CSV_OK

    window.files.use_builtin_data()
    snap = wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem and s.problem.views.unit == "k")
    assert "built-in" in find(window, QLabel, "dataSourceLabel").text()
    assert window.files.open_path(session_path)
    snap = wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    assert snap.problem.views.series_name == "my channel" and window.data_source.name == "my channel"
    assert "my channel" in find(window, QLabel, "dataSourceLabel").text()


@pytest.mark.parametrize(
    "content, phrase",
    [
        (BAD_CSV, "Line 3: 'ten' is not a number"),
        ("", "The file is empty"),
    ],
)
def test_a_bad_csv_is_refused_and_changes_nothing(qtbot, window, monkeypatch, tmp_path, content, phrase):
    click(qtbot, window, "stepButton")
    before = wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
    trainer, setup, label = (
        window.controller.worker.trainer,
        window.setup,
        find(window, QLabel, "dataSourceLabel").text(),
    )
    path = tmp_path / "bad.csv"
    path.write_text(content)
    answer_file_dialogs(monkeypatch, path)
    window.files.import_action.trigger()
    assert phrase in window.files.error_box.text()
    qtbot.wait(100)
    assert window.data_source.kind == "synthetic" and window.setup is setup
    assert window.controller.worker.trainer is trainer and window.last_snapshot is before
    assert find(window, QLabel, "dataSourceLabel").text() == label
    window.files.error_box.accept()


def test_a_series_too_short_for_the_lesson_is_refused(qtbot, window, monkeypatch, tmp_path):
    assert open_lesson(qtbot, window, "views-days").problem.name == "views-7"
    find(window, QComboBox, "choice_days").setCurrentIndex(3)  # 56 days of features
    wait_for_snapshot(qtbot, window, lambda s: s.problem.name == "views-56")
    setup = window.setup
    path = tmp_path / "short.csv"
    path.write_text(daily_csv(60))  # 4 windows of 56 days, all among the unseen last 6 days
    assert not window.files.import_path(path)
    assert "too short" in window.files.error_box.text()
    assert window.setup is setup and window.data_source.kind == "real"  # the data views-days opens with
    window.files.error_box.accept()


def test_every_lesson_can_be_saved_and_opened(qtbot, window, tmp_path):
    from applet.ui.lessons import LESSONS

    for lesson_id in LESSONS:
        open_lesson(qtbot, window, lesson_id)
        for _ in range(3):
            window.controller.step()
        saved = wait_for_snapshot(qtbot, window, lambda s: s.update == 3)
        path = tmp_path / f"{lesson_id}.dlapplet"
        assert window.files.save_to(path), window.statusBar().currentMessage()
        window.controller.step()
        wait_for_snapshot(qtbot, window, lambda s: s.update == 4)
        assert window.files.open_path(path), window.statusBar().currentMessage()
        opened = wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
        assert window.lesson.id == lesson_id and opened.update == 3
        for a, b in zip(opened.weights + opened.biases, saved.weights + saved.biases):
            np.testing.assert_array_equal(a, b)
