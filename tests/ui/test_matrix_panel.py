"""More than one input into a neuron: the matrix form of one example, as the network computes it."""

import numpy as np
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from tests.ui.conftest import find, open_window, wait_for_snapshot


def test_three_inputs_show_w_as_a_matrix(qtbot, settings):
    win = open_window(qtbot, settings, "piecewise")
    inputs = find(win, QComboBox, "choice_inputs")
    inputs.setCurrentIndex(inputs.findData("x1x2x7"))
    snap = wait_for_snapshot(qtbot, win, lambda s: s.problem.n_inputs == 3)
    win.docks["matrix"].raise_()
    panel = win.panels["matrix"]
    example = find(win, QSpinBox, "matrixExampleInput")
    example.setValue(10)
    qtbot.waitUntil(lambda: panel.form is not None and np.array_equal(panel.form.x, snap.problem.X_train[9]))
    assert panel.form.W.shape == (4, 3)
    np.testing.assert_array_equal(snap.problem.X_train[9], win.setup.problem.X_train[9])
    # the matrix form's y is the network's output for that example, as the worker computed it
    last = win.last_snapshot
    np.testing.assert_array_equal(last.problem.probes["all"][9], snap.problem.X_train[9])
    assert abs(panel.form.y - last.outputs["all"][9, 0]) < 1e-12
    text = find(win, QLabel, "matrixEquations").text()
    assert "r = b + W·x" in text and "one row per neuron (4) and one column per input (3)" in text
    assert f"{panel.form.W[0, 2]:.3g}".replace("-", "−") in text
    assert "label ŷ" in find(win, QLabel, "matrixOutput").text()
    win.close()
