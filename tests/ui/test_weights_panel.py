"""The weights panel draws each weight at its own value on a plain axis."""

import dataclasses

import numpy as np
from PySide6.QtWidgets import QLabel

from applet.ui.main_window import MainWindow
from tests.ui.conftest import click, find, gaps_while_training, in_view, open_window, wait_for_snapshot


def test_weight_axis_reads_the_weights_unscaled(qtbot, settings):
    win: MainWindow = open_window(qtbot, settings, "views-days")
    click(qtbot, win, "stepButton")
    snapshot = wait_for_snapshot(qtbot, win, lambda s: s.update >= 1)
    panel = win.panels["weights"]
    win.docks["weights"].raise_()  # the axis label (and its scale) is only laid out when shown
    # weights well below 1 (here at most 0.063, so the axis frames them again, closer): where
    # pyqtgraph would write "(x0.001)" on the axis and label 0.06 as 60
    w = snapshot.weights[0] * (0.063 / abs(snapshot.weights[0]).max())
    panel.show_snapshot(dataclasses.replace(snapshot, weights=(w,)))
    assert list(panel.bars.opts["height"]) == list(w[:, 0])
    axis = panel.plot.getAxis("left")
    qtbot.waitUntil(lambda: axis.label.isVisible() and 0.06 <= max(abs(v) for v in axis.range) < 0.1)
    assert axis.autoSIPrefixScale == 1.0
    assert "x0.001" not in axis.labelString() and "×" not in axis.labelString()
    assert axis.tickStrings([0.06], 1.0, 0.01) == ["0.06"]
    win.close()


def test_while_training_runs_the_bars_move_only_visibly_and_are_exact_once_stopped(qtbot, settings):
    win: MainWindow = open_window(qtbot, settings, "views-days")
    panel = in_view(qtbot, win, "weights")
    gaps, last = gaps_while_training(
        qtbot, win, panel.plot, lambda: panel.bars.opts["height"], lambda snapshot: snapshot.weights[0][:, 0], 20_000
    )
    assert len(gaps) > 10 and np.all(gaps[:, 0] <= gaps[:, 1])
    assert np.any(gaps[:, 0] > 0)  # some snapshots left the bars as drawn
    np.testing.assert_array_equal(panel.bars.opts["height"], last.weights[0][:, 0])
    assert find(win, QLabel, "biasLabel").text().endswith(f"{last.biases[0][0]:.4g}")
    win.close()
