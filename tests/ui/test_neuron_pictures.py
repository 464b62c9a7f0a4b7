"""Every neuron as a picture: for points in the plane the layer builder's diagram draws what each
input and hidden neuron computes, and hovering a neuron sends its full map to the other panels."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from applet.core.datasets.planar import builtin_points
from applet.core.network import LayerSpec
from applet.core.problem import planar_problem
from applet.training.setup import TrainingSetup
from applet.ui.view_models.neuron_maps import NeuronMaps, shade
from applet.ui.widgets.image_grid import diverging_rgb
from tests.ui.conftest import click, full_speed, in_view, wait_for_snapshot

LAYERS = (LayerSpec(8, "relu"), LayerSpec(8, "tanh"), LayerSpec(2, "linear"))


@pytest.fixture
def plane(qtbot, window):
    window.select_lesson("playground")
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    problem = planar_problem(builtin_points("spiral", 200, 0.1, 0))
    window.apply_setup(TrainingSetup(problem, LAYERS, seed=42, loss="cross_entropy", lr=0.03, optimizer="adam"))
    wait_for_snapshot(qtbot, window, lambda s: s.problem is problem)
    full_speed(window)
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update >= 30)
    click(qtbot, window, "runButton")
    wait_for_snapshot(qtbot, window, lambda s: not s.running)
    in_view(qtbot, window, "builder")  # a tab behind others on a small screen: it draws once in view
    return window


def test_each_picture_is_what_that_neuron_computes_over_the_plane(qtbot, plane):
    panel, snap = plane.panels["builder"], plane.last_snapshot
    diagram = panel.diagram
    qtbot.waitUntil(lambda: diagram.node_image(2, 7) is not None)
    snap = plane.last_snapshot
    thumbs = NeuronMaps(snap.problem.plane).thumbnails(snap.weights, snap.biases, ["relu", "tanh", "linear"])
    assert all(diagram.node_image(l, j) is not None for l in (0, 1, 2) for j in diagram.visible_neurons(l))
    assert diagram.node_image(3, 0) is None  # the output: the decision map is its picture
    for layer, kind in ((0, "input"), (1, "relu"), (2, "tanh")):
        for j in diagram.visible_neurons(layer):
            image, values = diagram.node_image(layer, j), thumbs[layer][j]
            expected = diverging_rgb(shade(values, kind), 1.0)  # [i, k] at (x1[i], x2[k])
            for i, k in ((0, 0), (39, 0), (5, 33), (20, 20)):  # pixel column i, row from the bottom k
                pixel = image.pixelColor(i, 39 - k)
                assert (pixel.red(), pixel.green(), pixel.blue()) == tuple(expected[i, k])
    assert len({diagram.node_image(1, j).pixelColor(20, 20).rgb() for j in range(8)}) > 1  # neurons differ
    diagram.grab()


def hover(widget, point: QPointF) -> None:
    """The mouse moves over ``widget`` to ``point`` with no button pressed."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        widget.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_hovering_a_neuron_sends_its_full_map_to_the_other_panels(qtbot, plane, monkeypatch):
    panel, diagram = plane.panels["builder"], plane.panels["builder"].diagram
    qtbot.waitUntil(lambda: diagram.node_image(2, 3) is not None)
    received = []
    monkeypatch.setattr(plane.panels["loss"], "show_neuron_map", received.append)
    with qtbot.waitSignal(panel.neuron_map_hovered) as blocker:
        hover(diagram, diagram.node_rect(2, 3).center())
    shown = blocker.args[0]
    assert (shown.layer, shown.neuron, shown.activation) == (2, 3, "tanh")
    snap, grid = plane.last_snapshot, snap_grid(plane)
    hidden = np.tanh(np.maximum(grid @ snap.weights[0] + snap.biases[0], 0.0) @ snap.weights[1] + snap.biases[1])
    np.testing.assert_allclose(shown.values.ravel(), hidden[:, 3], rtol=1e-12)
    assert received == [shown]
    with qtbot.waitSignal(panel.neuron_map_hovered) as blocker:
        hover(diagram, QPointF(2, 2))  # off every node
    assert blocker.args == [None] and received[-1] is None


def test_a_hovered_neuron_is_shown_large_on_the_decision_map_until_the_mouse_leaves(qtbot, plane):
    diagram, decision = plane.panels["builder"].diagram, plane.panels["decision_map"]
    qtbot.waitUntil(lambda: diagram.node_image(2, 3) is not None)
    decision_map = decision.image.image.copy()
    hover(diagram, diagram.node_rect(2, 3).center())
    snap, grid = plane.last_snapshot, snap_grid(plane)
    hidden = np.tanh(np.maximum(grid @ snap.weights[0] + snap.biases[0], 0.0) @ snap.weights[1] + snap.biases[1])
    side = len(snap.problem.plane.map_x1)
    expected = diverging_rgb(shade(hidden[:, 3].reshape(side, side), "tanh"), 1.0)
    np.testing.assert_array_equal(decision.image.image, expected)
    assert decision.note.text().startswith("Neuron 4 of layer 2: its output over the plane")
    hover(diagram, diagram.node_rect(0, 1).center())
    assert decision.note.text().startswith("Input 2 of the first layer")
    hover(diagram, QPointF(2, 2))  # off every node: the decision map again
    np.testing.assert_array_equal(decision.image.image, decision_map)
    assert decision.note.text().startswith("Colour: the probability of class 1")


def snap_grid(win):
    """The decision map's grid points (x1 varying slowest), as the network sees them."""
    plane = win.last_snapshot.problem.plane
    G1, G2 = np.meshgrid(plane.map_x1, plane.map_x2, indexing="ij")
    return np.column_stack((G1.ravel(), G2.ravel()))


def test_a_diagram_with_more_neurons_than_it_shows_draws_only_the_visible_ones(qtbot, plane):
    diagram = plane.panels["builder"].diagram
    plane.apply_layers((LayerSpec(20, "sigmoid"), LayerSpec(2, "linear")))
    wait_for_snapshot(qtbot, plane, lambda s: s.weights[0].shape == (2, 20))
    qtbot.waitUntil(lambda: diagram.node_image(1, 19) is not None)
    assert diagram.visible_neurons(1) == [0, 1, 2, 17, 18, 19]
    assert [j for j in range(20) if diagram.node_image(1, j) is not None] == [0, 1, 2, 17, 18, 19]
    assert QColor(diagram.node_image(1, 0).pixelColor(0, 0)).isValid()


def test_pictures_are_made_only_when_the_diagram_is_painted(qtbot, plane, monkeypatch):
    panel = plane.panels["builder"]
    made = []
    original = panel._thumbnails
    monkeypatch.setattr(panel, "_thumbnails", lambda snap: made.append(snap) or original(snap))
    for _ in range(3):  # snapshots drawn before the diagram is painted: nothing is computed yet
        panel.show_snapshot(plane.last_snapshot)
    assert made == []
    panel.diagram.grab()  # painted: made once, from the snapshot drawn last
    assert made == [plane.last_snapshot]
    panel.diagram.grab()
    assert len(made) == 1
