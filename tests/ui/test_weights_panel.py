"""The weights panel draws each weight at its own value on a plain axis."""

import dataclasses

from applet.ui.main_window import MainWindow
from tests.ui.conftest import click, open_window, wait_for_snapshot


def test_weight_axis_reads_the_weights_unscaled(qtbot, settings):
    win: MainWindow = open_window(qtbot, settings, "views-days")
    click(qtbot, win, "stepButton")
    snapshot = wait_for_snapshot(qtbot, win, lambda s: s.update >= 1)
    panel = win.panels["weights"]
    win.docks["weights"].raise_()  # the axis label (and its scale) is only laid out when shown
    # trained weights of the 7-day model lie below 1 (w₁ ≈ 0.63): where pyqtgraph would write
    # "(x0.001)" on the axis and label 0.6 as 600
    w = snapshot.weights[0] * (0.63 / abs(snapshot.weights[0]).max())
    panel.show_snapshot(dataclasses.replace(snapshot, weights=(w,)))
    assert list(panel.bars.opts["height"]) == list(w[:, 0])
    axis = panel.plot.getAxis("left")
    qtbot.waitUntil(lambda: axis.label.isVisible() and 0.6 <= max(abs(v) for v in axis.range) < 1.0)
    assert axis.autoSIPrefixScale == 1.0
    assert "x0.001" not in axis.labelString() and "×" not in axis.labelString()
    assert axis.tickStrings([0.6], 1.0, 0.1) == ["0.6"]
    win.close()
