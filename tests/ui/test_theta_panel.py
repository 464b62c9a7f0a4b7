"""The θ and g panel: θ as one vector, its gradient, and the update θ ← θ − η·g on Step."""

import numpy as np
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from applet.core.network import LayerSpec
from applet.core.theta import flatten
from tests.ui.conftest import click, find, full_speed, in_view, open_window, wait_for_snapshot


def column(panel, c):
    return [panel.table.item(r, c).text() for r in range(panel.table.rowCount())]


def test_step_applies_the_shown_update(qtbot, settings):
    win = open_window(qtbot, settings, "piecewise")
    neurons = find(win, QComboBox, "choice_neurons")
    neurons.setCurrentIndex(neurons.findData(3))
    snap = wait_for_snapshot(qtbot, win, lambda s: s.weights[0].shape == (1, 3))
    optimizer = find(win, QComboBox, "optimizerInput")
    optimizer.setCurrentIndex(optimizer.findData("gd"))
    panel = win.panels["theta"]
    win.docks["theta"].raise_()
    assert "3·3 + 1 = 10 parameters" in find(win, QLabel, "thetaHeader").text()
    assert column(panel, 1) == ["w₁", "w₂", "w₃", "b₁", "b₂", "b₃", "c₁", "c₂", "c₃", "b"]
    qtbot.waitUntil(lambda: panel.theta is not None and panel.table.item(0, 4) is not None)
    np.testing.assert_array_equal(panel.theta, flatten(snap.weights, snap.biases))
    predicted, g = panel.theta_next.copy(), panel.g.copy()
    assert column(panel, 4)[0] == f"{predicted[0]:.4g}" and column(panel, 3)[9] == f"{g[9]:.4g}"
    click(qtbot, win, "stepButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: s.update == 1)
    after = flatten(snap.weights, snap.biases)  # the trainer's update
    np.testing.assert_allclose(after, predicted, rtol=0, atol=1e-14)
    qtbot.waitUntil(lambda: "the new θ is the θ − η·g shown before it" in find(win, QLabel, "thetaStep").text())
    assert column(panel, 2) == [f"{v:.4g}" for v in after]
    win.close()


def test_adam_steps_are_not_eta_g(qtbot, settings):
    win = open_window(qtbot, settings, "piecewise")  # the lesson trains with Adam
    win.docks["theta"].raise_()
    click(qtbot, win, "stepButton")
    wait_for_snapshot(qtbot, win, lambda s: s.update == 1)
    qtbot.waitUntil(lambda: "differs from −η·g" in find(win, QLabel, "thetaStep").text())
    win.close()


def test_large_networks_are_not_listed(qtbot, settings):
    win = open_window(qtbot, settings, "piecewise")
    win.docks["theta"].raise_()
    win.apply_layers((LayerSpec(40, "relu"), LayerSpec(1, "linear")))
    wait_for_snapshot(qtbot, win, lambda s: s.weights[0].shape == (1, 40))
    panel = win.panels["theta"]
    assert panel.table.isHidden()
    header = find(win, QLabel, "thetaHeader").text()
    assert "40·3 + 1 = 121 parameters" in header and "Too many to list" in header
    win.close()


def test_behind_another_tab_the_panel_computes_nothing_until_it_comes_into_view(qtbot, settings):
    """θ and g (a forward and backward pass and a table of cells per snapshot) as a tab behind
    the Neurons panel: while training runs it keeps the latest snapshot without drawing it, and
    shows that snapshot's θ once its tab is chosen."""
    win = open_window(qtbot, settings, "piecewise")
    panel = win.panels["theta"]
    win.tabifyDockWidget(win.docks["neurons"], win.docks["theta"])
    in_view(qtbot, win, "neurons")
    qtbot.waitUntil(panel.out_of_sight)
    shown = panel.snapshot
    find(win, QSpinBox, "maxUpdatesInput").setValue(300)
    full_speed(win)
    click(qtbot, win, "runButton")
    last = wait_for_snapshot(qtbot, win, lambda s: s.update == 300 and not s.running, timeout=20_000)
    assert panel.snapshot is shown and panel.latest() is last
    in_view(qtbot, win, "theta")
    assert panel.snapshot is last
    np.testing.assert_array_equal(panel.theta, flatten(last.weights, last.biases))
    assert column(panel, 2)[0] == f"{panel.theta[0]:.4g}"
    win.close()
