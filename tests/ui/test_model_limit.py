"""Beside the loss: the best the model can reach, the verdict, and building the exact solution."""

import numpy as np
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from applet.core.optimum import best_fit
from tests.ui.conftest import AfterDrawn, click, find, in_view, open_window, wait_for_snapshot


def run_until_stopped(qtbot, win, timeout=60_000):
    speed = find(win, QComboBox, "speedInput")
    speed.setCurrentIndex(speed.findData(0))  # unlimited
    click(qtbot, win, "runButton")
    return wait_for_snapshot(qtbot, win, lambda s: s.stop_reason is not None, timeout=timeout)


def test_three_neurons_stall_and_the_window_says_why(qtbot, settings):
    win = open_window(qtbot, settings, "piecewise")
    neurons = find(win, QComboBox, "choice_neurons")
    neurons.setCurrentIndex(neurons.findData(3))
    wait_for_snapshot(qtbot, win, lambda s: s.weights is not None and s.weights[0].shape == (1, 3))
    panel = win.panels["loss"]
    text = find(win, QLabel, "modelLimitText")
    assert panel.model_limit.isVisibleTo(panel)
    snap = run_until_stopped(qtbot, win)
    assert snap.train_loss > 0.005  # stuck (max error ≈ 0.28), though 3 hard sigmoids are enough
    qtbot.waitUntil(lambda: "optimisation problem" in text.text())
    assert "reaches 0" in text.text() and "stopped at 0.008" in text.text()
    _, best_y = panel.limit_curve.getData()
    assert np.all(best_y <= 1e-12)  # the dashed line of the best at 0
    click(qtbot, win, "buildExactButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: s.update == 0 and s.train_loss < 1e-12)
    net_out = snap.outputs["grid"][:, 0]
    x = snap.problem.probes["grid"][:, 0]
    assert np.abs(net_out - np.interp(x, [0, 0.2, 0.45, 0.7, 1], [0.5, 0.5, 1.5, 0.75, 1.25])).max() < 1e-12
    qtbot.waitUntil(lambda: "perfect fit" in text.text())
    win.close()


def test_the_best_line_is_model_bias(qtbot, settings):
    win = open_window(qtbot, settings, "views-days")
    problem = win.setup.problem
    _, _, best = best_fit(problem.X_train, problem.Y_train, "mae")
    text = find(win, QLabel, "modelLimitText")
    qtbot.waitUntil(lambda: "best line" in text.text())
    assert f"{best:.4g}" in text.text()
    click(qtbot, win, "buildExactButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: s.update == 0 and abs(s.train_loss - best) < 1e-9)
    qtbot.waitUntil(lambda: "model bias" in text.text())
    w_best, _, _ = best_fit(problem.X_train, problem.Y_train, "mae")
    assert np.abs(snap.weights[0][:, 0] - w_best).max() < 1e-12  # the network now holds the best line
    win.close()


def test_the_dashed_best_reaches_the_right_edge_and_stays_put_while_training_runs(qtbot, settings):
    """Drawn to the plot's right edge, the line changes only when the plot is re-framed, not at
    every snapshot (a dashed line across the plot is costly to draw again)."""
    win = open_window(qtbot, settings, "views-days")
    panel = in_view(qtbot, win, "loss")
    ends = []

    def record(snapshot):
        if snapshot.running:
            x, y = panel.limit_curve.getData()
            right = panel.plot.getPlotItem().getViewBox().viewRange()[0][1]
            ends.append((x[-1], right))

    AfterDrawn(win, record)
    find(win, QSpinBox, "maxUpdatesInput").setValue(20_000)
    last = run_until_stopped(qtbot, win)
    assert last.update == 20_000
    ends = np.array(ends)
    assert len(ends) > 10
    np.testing.assert_allclose(ends[:, 0], ends[:, 1])  # at the edge of the plot, whatever its range
    assert len(np.unique(ends[:, 0])) < len(ends) / 3  # re-framed now and then, not every frame
