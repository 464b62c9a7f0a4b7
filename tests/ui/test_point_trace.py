"""Click a point, see its backprop: a panel asks for the trace of one example, and the window
shows that example's forward and backward pass with the weights training has reached."""

import math
import os

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from applet.core.datasets.planar import builtin_points, features
from applet.core.network import LayerSpec, Network
from applet.core.problem import planar_problem
from applet.training.setup import TrainingSetup
from applet.training.trace_example import SampleRequest, TraceExample
from applet.ui.widgets.trace_table import NUMBERS, SYMBOL, VALUE
from tests.ui.conftest import click, open_window, wait_for_snapshot
from tests.ui.test_playground import to_widget

LAYERS = (LayerSpec(3, "tanh"), LayerSpec(2, "linear"))
SHOT = os.environ.get("POINT_TRACE_SHOT")


@pytest.fixture
def trained(qtbot, window):
    window.select_lesson("playground")
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    problem = planar_problem(builtin_points("circle", 60, 0.1, 0))
    window.apply_setup(TrainingSetup(problem, LAYERS, seed=42, loss="cross_entropy", lr=0.1, optimizer="adam"))
    wait_for_snapshot(qtbot, window, lambda s: s.problem is problem)
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update >= 5)
    click(qtbot, window, "runButton")
    return wait_for_snapshot(qtbot, window, lambda s: not s.running)


def table_values(dialog) -> dict[str, tuple[str, str]]:
    table = dialog.findChild(QTableWidget, "traceTable")
    return {
        table.item(r, SYMBOL).text(): (table.item(r, VALUE).text(), table.item(r, NUMBERS).text())
        for r in range(table.rowCount())
    }


def test_the_trace_of_a_requested_point_shows_its_coordinates_and_its_numbers(qtbot, window, trained):
    snap = trained
    points = snap.problem.plane.points
    k = int(np.flatnonzero(~points.unseen)[7])  # a training point
    (x1, x2), label = points.X[k], int(points.y[k])
    window.panels["builder"].trace_requested.emit(
        SampleRequest(points.X[k], label, (x1, x2), points.class_names[label])
    )
    qtbot.waitUntil(lambda: window.point_trace is not None and window.point_trace.isVisible())
    dialog = window.point_trace
    where = f"({x1:.3g}, {x2:.3g})".replace("-", "−")
    assert where in dialog.windowTitle()
    heading = dialog.findChild(QLabel, "pointTraceHeading").text()
    assert where in heading and f"class {points.class_names[label]}" in heading and f"update {snap.update}" in heading
    rows = table_values(dialog)
    # its inputs are the point's coordinates, its numbers the current weights'
    w, b = snap.weights[0], snap.biases[0]
    z1 = rows["z₁⁽¹⁾"]
    assert z1[1].startswith(f"{b[0]:.6g}".replace("-", "−"))
    assert f"{x1:.6g}".replace("-", "−") in z1[1] and f"{x2:.6g}".replace("-", "−") in z1[1]
    net = Network(2, list(LAYERS))
    net.weights, net.biases = list(snap.weights), list(snap.biases)
    out = net.forward(points.X[k : k + 1])[0]
    p = np.exp(out - out.max()) / np.exp(out - out.max()).sum()
    for j in range(2):
        assert float(rows[f"a{'₁₂'[j]}⁽²⁾"][0].replace("−", "-")) == pytest.approx(out[j], rel=1e-5)
    assert float(rows["L"][0]) == pytest.approx(-math.log(p[label]), rel=1e-5)
    trainer = window.controller.worker.trainer  # training untouched: same update, same weights
    assert trainer.update == snap.update
    np.testing.assert_array_equal(trainer.net.weights[0], w)
    dialog.grab().save(str(SHOT)) if SHOT else None


def test_a_request_the_network_cannot_take_is_refused_with_a_message(qtbot, window, trained):
    window.panels["builder"].trace_requested.emit(SampleRequest(np.array([0.1, 0.2]), 7, (0.1, 0.2)))
    qtbot.waitUntil(lambda: "target class" in window.statusBar().currentMessage())
    assert window.point_trace is None


def test_for_sample_builds_the_example_with_the_given_weights():
    net = Network(2, list(LAYERS), seed=3)
    ex = TraceExample.for_sample(
        LAYERS,
        tuple(net.weights),
        tuple(net.biases),
        SampleRequest(np.array([0.5, -1.0]), 1, (0.5, -1.0)),
        "cross_entropy",
        0.1,
    )
    assert ex.label == 1 and list(ex.y) == [0.0, 1.0] and list(ex.x) == [0.5, -1.0]
    trace = ex.trace()
    np.testing.assert_allclose(
        [s.value for s in trace if s.symbol in ("a₁⁽²⁾", "a₂⁽²⁾")], net.forward(np.array([[0.5, -1.0]]))[0]
    )


def test_clicking_a_training_point_on_the_decision_map_shows_its_backprop(qtbot, settings):
    win = open_window(qtbot, settings, "playground")
    try:
        click(qtbot, win, "runButton")
        wait_for_snapshot(qtbot, win, lambda s: s.update >= 3)
        click(qtbot, win, "runButton")
        snap = wait_for_snapshot(qtbot, win, lambda s: not s.running)
        panel, points = win.panels["decision_map"], snap.problem.plane.points
        n = len(points.y)
        k = int(np.flatnonzero(~points.unseen)[3])
        (x1, x2), label = points.X[k], int(points.y[k])
        qtbot.mouseClick(panel.plot.viewport(), Qt.MouseButton.LeftButton, pos=to_widget(panel, x1, x2))
        qtbot.waitUntil(lambda: win.point_trace is not None and win.point_trace.isVisible())
        heading = win.point_trace.findChild(QLabel, "pointTraceHeading").text()
        assert f"({x1:.3g}, {x2:.3g})".replace("-", "−") in heading
        assert f"class {points.class_names[label]}" in heading
        net = Network(snap.problem.n_inputs, list(win.setup.layers))
        net.weights, net.biases = list(snap.weights), list(snap.biases)
        X = features(points.X[k : k + 1], snap.problem.plane.features)
        rows, out = table_values(win.point_trace), len(net.layers)  # the output layer's a₁⁽ᴸ⁾, a₂⁽ᴸ⁾
        outputs = [float(rows[f"a{'₁₂'[j]}⁽{'¹²³⁴⁵⁶⁷⁸⁹'[out - 1]}⁾"][0].replace("−", "-")) for j in range(2)]
        np.testing.assert_allclose(outputs, net.forward(X)[0], rtol=1e-5)
        qtbot.wait(200)
        assert len(win.last_snapshot.problem.plane.points.y) == n  # the click added no point
    finally:
        win.close()
