"""The three-steps strip above every lesson: what it says and which step it highlights."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from applet.ui.lessons import LESSONS
from applet.ui.widgets.three_steps import HIGHLIGHT
from tests.core.test_three_steps import EXPECTED
from tests.ui.conftest import find, open_lesson, open_window, wait_for_snapshot


def box_text(win, step):
    return find(win, QLabel, f"step{step}").text()


def highlighted(win):
    return [step for step in (1, 2, 3) if find(win, QLabel, f"step{step}").styleSheet() == HIGHLIGHT]


@pytest.fixture
def window(qtbot, settings):
    win = open_window(qtbot, settings, "piecewise")
    yield win
    win.close()


def test_every_lesson_shows_its_formula_and_count(qtbot, window):
    for lesson_id in LESSONS:
        open_lesson(qtbot, window, lesson_id)
        formula, count = EXPECTED[lesson_id]
        text = box_text(window, 1)
        assert formula in text
        assert f"{count:,} parameters" in text
        assert highlighted(window) == []  # a new lesson: nothing changed yet


def test_the_step_being_changed_is_highlighted(qtbot, window):
    assert "η = 0.03" in box_text(window, 3) and "Adam" in box_text(window, 3)
    neurons = find(window, QComboBox, "choice_neurons")
    neurons.setCurrentIndex(neurons.findData(3))
    wait_for_snapshot(qtbot, window, lambda s: s.weights[0].shape == (1, 3))
    assert highlighted(window) == [1] and "10 parameters (1 → 3 → 1)" in box_text(window, 1)
    loss = find(window, QComboBox, "lossInput")
    loss.setCurrentIndex(loss.findData("mae"))
    qtbot.waitUntil(lambda: highlighted(window) == [2])
    assert "L = MAE on the training data (201 samples)" in box_text(window, 2)
    lr = find(window, QLineEdit, "learningRateInput")
    lr.selectAll()
    qtbot.keyClicks(lr, "0.1")
    qtbot.keyClick(lr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: highlighted(window) == [3])
    assert "η = 0.1" in box_text(window, 3)


def test_free_play_says_all_three_are_choices(qtbot, window):
    open_lesson(qtbot, window, "playground")
    assert find(window, QLabel, "threeStepsTitle").text() == "Your three choices:"
    assert "42 parameters (2 → 8 → 2)" in box_text(window, 1) and "x = (x₁, x₂)" in box_text(window, 1)
    find(window, QCheckBox, "feature_x1^2").click()  # a third input: the model changes
    wait_for_snapshot(qtbot, window, lambda s: s.problem.n_inputs == 3)
    assert "50 parameters (3 → 8 → 2)" in box_text(window, 1) and "x = (x₁, x₂, x₁²)" in box_text(window, 1)
    assert highlighted(window) == [1]
    assert "L′ on unseen data (250 samples)" in box_text(window, 2)
