"""The network diagram: what it draws where, highlights, collapsing, and double-clicks."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from applet.ui.widgets.network_diagram import NEGATIVE, POSITIVE, NetworkDiagram


@pytest.fixture
def diagram(qtbot):
    widget = NetworkDiagram()
    qtbot.addWidget(widget)
    widget.resize(600, 320)
    widget.show()
    return widget


def point_on(diagram, edge, t=0.25) -> QPoint:
    a, b = diagram.edge_line(*edge)
    return (a + (b - a) * t).toPoint()


def colour_distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_columns_in_layer_order_and_mirrored_when_reversed(diagram):
    diagram.set_network([2, 3, 1])
    assert diagram.objectName() == "networkDiagram"
    xs = [diagram.node_rect(layer, 0).center().x() for layer in range(3)]
    assert xs == sorted(xs)
    ys = [diagram.node_rect(1, j).center().y() for j in range(3)]
    assert ys == sorted(ys) and len(set(ys)) == 3
    diagram.set_reversed(True)
    xs = [diagram.node_rect(layer, 0).center().x() for layer in range(3)]
    assert xs == sorted(xs, reverse=True)


def test_a_1000_unit_layer_collapses_to_its_ends(diagram):
    rng = np.random.default_rng(0)
    diagram.set_network([3, 1000, 2], [rng.normal(size=(3, 1000)), rng.normal(size=(1000, 2))])
    assert diagram.visible_neurons(1) == [0, 1, 2, 997, 998, 999]
    assert diagram.visible_neurons(0) == [0, 1, 2]
    with pytest.raises(KeyError):
        diagram.node_rect(1, 500)
    rects = [diagram.node_rect(1, j) for j in diagram.visible_neurons(1)]
    assert all(diagram.rect().contains(r.toRect()) for r in rects)
    assert all(not a.intersects(b) for k, a in enumerate(rects) for b in rects[k + 1 :])
    # the "⋮" sits between neuron 3 and neuron 998
    assert rects[2].bottom() + rects[0].height() < rects[3].top()
    assert not diagram.grab().isNull()


def test_weight_sign_is_colour_and_size_is_thickness(diagram):
    diagram.set_network([2, 1], [np.array([[3.0], [-1.0]])])
    image = diagram.grab().toImage()
    ratio = image.devicePixelRatio()

    def pixel(p: QPointF) -> QColor:
        return image.pixelColor(int(p.x() * ratio), int(p.y() * ratio))

    strong, weak = point_on(diagram, (1, 0, 0), 0.5), point_on(diagram, (1, 1, 0), 0.5)

    def nearest(p: QPoint, colour: QColor) -> int:  # a thin line may fall between two pixel rows
        return min(colour_distance(pixel(QPointF(p.x(), p.y() + dy)), colour) for dy in (-1, 0, 1))

    assert nearest(strong, POSITIVE) < 40 and nearest(weak, NEGATIVE) < 40
    assert nearest(strong, NEGATIVE) > 200 and nearest(weak, POSITIVE) > 200

    def thickness(p: QPoint, colour: QColor) -> int:
        return sum(colour_distance(pixel(QPointF(p.x(), p.y() + dy)), colour) < 150 for dy in range(-15, 16))

    assert thickness(strong, POSITIVE) > thickness(weak, NEGATIVE) + 2


def test_highlight_is_exactly_the_given_nodes_and_edges(diagram):
    diagram.set_network([2, 2, 2], [np.ones((2, 2)), np.ones((2, 2))])
    diagram.highlight([(1, 0), (0, 0), (0, 1)], [(1, 0, 0), (1, 1, 0)])
    assert diagram.highlighted_nodes == {(1, 0), (0, 0), (0, 1)}
    assert diagram.highlighted_edges == {(1, 0, 0), (1, 1, 0)}
    diagram.highlight([], [])
    assert diagram.highlighted_nodes == frozenset() and diagram.highlighted_edges == frozenset()


def test_double_clicks_name_the_node_or_edge(qtbot, diagram):
    diagram.set_network([2, 2, 1], [np.ones((2, 2)), np.ones((2, 1))])
    with qtbot.waitSignal(diagram.edge_double_clicked) as edge:
        qtbot.mouseDClick(diagram, Qt.MouseButton.LeftButton, pos=point_on(diagram, (1, 1, 0)))
    assert edge.args == [1, 1, 0]
    with qtbot.waitSignal(diagram.edge_double_clicked) as edge:
        qtbot.mouseDClick(diagram, Qt.MouseButton.LeftButton, pos=point_on(diagram, (2, 1, 0), 0.5))
    assert edge.args == [2, 1, 0]
    with qtbot.waitSignal(diagram.node_double_clicked) as node:
        qtbot.mouseDClick(diagram, Qt.MouseButton.LeftButton, pos=diagram.node_rect(1, 1).center().toPoint())
    assert node.args == [1, 1]


def test_node_text_cards_fit_without_overlapping(diagram):
    sizes = [4, 4, 4, 4, 4]
    diagram.set_network(sizes, [np.ones((4, 4))] * 4)
    for layer, n in enumerate(sizes):
        for j in range(n):
            diagram.set_node_text(layer, j, "z = −0.0123456\na = 0.456789", room_for="z\na\n∂L/∂z = −0.0380982")
    rects = [diagram.node_rect(layer, j) for layer, n in enumerate(sizes) for j in range(n)]
    assert all(diagram.rect().contains(r.toRect()) for r in rects)
    assert all(not a.intersects(b) for k, a in enumerate(rects) for b in rects[k + 1 :])
    assert rects[0].height() > 2 * 12  # room for three lines, though two are shown


def test_weights_must_connect_the_layers(diagram):
    with pytest.raises(ValueError):
        diagram.set_network([2, 3], [np.ones((3, 2))])
