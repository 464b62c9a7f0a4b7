"""AppState: one place for the learner's choices, telling its observers of every change once."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from applet.core.datasource import REAL, DataSource
from applet.ui.app_state import AppState
from applet.ui.lessons import LESSONS
from tests.ui.conftest import find, open_window, wait_for_snapshot


def recorder(state, *names):
    heard = []
    state.subscribe(heard.append, *names)
    return heard


def test_an_observer_hears_each_change_once_and_nothing_of_a_value_set_again():
    state = AppState(seed=42)
    heard = recorder(state)
    state.seed = 7
    assert heard == [frozenset({"seed"})] and state.seed == 7
    state.seed = 7
    state.choices = {}
    state.data_source = DataSource.builtin()  # equal to the one it has
    assert heard == [frozenset({"seed"})]
    state.update(lesson=LESSONS["views-days"], choices={"days": 7}, seed=7)
    assert heard[1:] == [frozenset({"lesson", "choices"})]
    state.choices = {"days": 7}  # a new dict with the same choices
    assert len(heard) == 2


def test_a_training_setup_counts_as_new_whenever_it_is_another_object():
    state = AppState(seed=42)
    lesson = LESSONS["views-linear"]
    setup = lesson.make_setup(lesson.make_problem(lesson.defaults()), lesson.defaults(), 42)
    heard = recorder(state, "setup")
    state.setup = setup
    state.setup = setup
    state.setup = setup.with_options()  # the same options, but another run
    assert heard == [frozenset({"setup"})] * 2


def test_observers_of_some_fields_hear_only_of_those():
    state = AppState(seed=42)
    data, seed = recorder(state, "data_source", "imported"), recorder(state, "seed")
    state.data_source = DataSource.builtin(REAL)
    assert data == [frozenset({"data_source"})] and seed == []
    state.update(seed=3, data_source=DataSource.builtin())
    assert data[1:] == seed == [frozenset({"seed", "data_source"})]
    with pytest.raises(AttributeError):
        state.sed = 4  # a typo is not a new field
    with pytest.raises(AttributeError):
        state.subscribe(print, "lessons")
    assert not hasattr(state, "sed")


def test_the_window_writes_its_choices_into_the_state(qtbot, settings):
    win = open_window(qtbot, settings, "views-linear")
    heard = recorder(win.state)
    seed_box = find(win, QSpinBox, "seedInput")
    seed_box.setValue(seed_box.value() + 1)
    assert heard == [frozenset({"seed"})] and win.state.seed == seed_box.value()

    win.select_lesson("views-days")  # opens on the real Wikipedia views
    snap = wait_for_snapshot(qtbot, win, lambda s: s.problem is win.state.setup.problem)
    assert set(heard[1]) == {"data_source"} and set(heard[2]) == {"lesson", "choices", "setup"}
    assert win.state.lesson.id == "views-days" and win.state.data_source.kind == REAL
    assert snap.problem.views.series_name == win.state.data_source.series.name

    data = find(win, QComboBox, "dataInput")  # Lesson settings → Data: the synthetic channel
    data.setFocus()
    qtbot.keyClick(data, Qt.Key.Key_Up if data.currentIndex() > data.findData("synthetic") else Qt.Key.Key_Down)
    wait_for_snapshot(qtbot, win, lambda s: s.problem is win.state.setup.problem)
    assert win.state.data_source.kind == "synthetic" and frozenset({"data_source"}) in heard
    assert "synthetic" in find(win, QLabel, "dataSourceLabel").text()  # the status bar heard of it
    with pytest.raises(AttributeError):
        win.setup = None  # the window only reads the state
    win.close()
