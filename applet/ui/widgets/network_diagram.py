"""NetworkDiagram: a network drawn as neurons (nodes) and weights (edges).

Each edge is one weight wᵢⱼ⁽ˡ⁾ from neuron i of layer l−1 to neuron j of layer l: blue
when positive, orange when negative (colour-blind-safe), thicker the larger |w|. Layer 0
is the inputs. A layer too large to draw shows its first and last few neurons around a
"⋮" that says how many are hidden.

Nodes can carry a small picture (for points in the plane, what the neuron computes over the
plane: ``applet.ui.view_models.neuron_maps``); hovering a node reports it (``hovered``), and
hovering an edge shows its weight. Nodes can carry text (the trace writes z, a and ∂L/∂z into
them), nodes and edges can be highlighted (the step being computed), and the whole picture can be mirrored so the
output layer is on the left: the backward pass as a network of its own, in which an
amplifier triangle on a node marks the multiplication by σ′(z).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from applet.ui.labels import fill
from applet.ui.style import Theme

Node = tuple[int, int]  # (layer, neuron), layer 0 = the inputs
Edge = tuple[int, int, int]  # (layer l, i, j): weights[l - 1][i, j]

POSITIVE = QColor("#0072B2")  # Okabe–Ito blue
NEGATIVE = QColor("#E69F00")  # Okabe–Ito orange
NO_WEIGHT = QColor("#999999")
NODE_FILL = QColor("#FFFFFF")
NODE_BORDER = QColor("#555555")
CURRENT_FILL = QColor("#FFE58A")  # the node being computed
READ_FILL = QColor("#FFF6D5")  # the nodes it reads
HALO = QColor(0, 0, 0, 150)
TEXT = QColor("#000000")
MIN_POINTS = 6.0  # node text shrinks down to this size (× Theme.scale) before it would overlap


@dataclass(frozen=True)
class _Geometry:
    """Where everything is, for one widget size: node rectangles and the "⋮" markers."""

    rects: dict[Node, QRectF]
    ellipses: dict[int, QRectF]  # layer → where its "⋮ n more" goes
    captions: dict[int, QRectF]
    font: QFont
    round: bool  # circles (no node text) or cards
    amplifier: float  # the width of an amplifier's triangle (0 when there are none)


class NetworkDiagram(QWidget):
    """The network as a picture; see the module docstring. Numbering as ``backprop.Step``."""

    node_double_clicked = Signal(int, int)  # layer, neuron
    edge_double_clicked = Signal(int, int, int)  # layer, i, j
    hovered = Signal(object)  # the (layer, neuron) under the mouse, None when it leaves the nodes

    MAX_VISIBLE = 9  # a larger layer collapses to its first and last SHOWN_AT_ENDS neurons
    SHOWN_AT_ENDS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkDiagram")
        self.setMouseTracking(True)
        self.setMinimumSize(200, 120)
        self._sizes: list[int] = []
        self._weights: list[np.ndarray] | None = None
        self._node_text: dict[Node, str] = {}
        self._room: dict[Node, str] = {}
        self._layer_text: dict[int, str] = {}
        self._amplifiers: set[Node] = set()
        self._images: dict[Node, QImage] = {}
        self._image_source: Callable[[], dict[Node, QImage]] | None = None  # makes them when first needed
        self._images_made = True
        self._hovered: Node | None = None
        self._nodes: tuple[Node, ...] = ()
        self._edges: frozenset[Edge] = frozenset()
        self._reversed = False
        self._geometry: _Geometry | None = None
        self._geometry_key: tuple = ()
        self.edge_label: Callable[[float], str] = lambda w: f"{w:.3g}".replace("-", "−")

    # -- what to draw ------------------------------------------------------------------
    def set_network(self, layer_sizes: list[int], weights: list[np.ndarray] | None = None) -> None:
        """Neurons per layer (the inputs first) and optionally the weights ((fan_in, fan_out) each).

        A new shape clears node texts, amplifiers and highlights; new weights alone keep them.
        """
        sizes = [int(n) for n in layer_sizes]
        if weights is not None:
            shapes = [tuple(np.shape(w)) for w in weights]
            if shapes != list(zip(sizes[:-1], sizes[1:])):
                raise ValueError(f"weights of shapes {shapes} do not connect layers of {sizes}")
        if sizes != self._sizes:
            self._sizes = sizes
            self._node_text.clear()
            self._room.clear()
            self._layer_text.clear()
            self._amplifiers.clear()
            self._images.clear()
            self._image_source = None
            self._nodes, self._edges = (), frozenset()
        self._weights = None if weights is None else [np.asarray(w, dtype=np.float64) for w in weights]
        self._changed()

    def layer_sizes(self) -> list[int]:
        return list(self._sizes)

    def set_node_text(self, layer: int, neuron: int, text: str, room_for: str = "") -> None:
        """Text written in the node (several lines allowed); an empty text removes it.

        ``room_for`` is a longer text the node will show later: nodes are sized for it now,
        so the picture does not jump as values arrive.
        """
        node = (layer, neuron)
        if text:
            self._node_text[node] = text
        else:
            self._node_text.pop(node, None)
        if room_for:
            self._room[node] = room_for
        else:
            self._room.pop(node, None)
        self._changed()

    def node_text(self, layer: int, neuron: int) -> str:
        return self._node_text.get((layer, neuron), "")

    def set_layer_text(self, layer: int, text: str) -> None:
        """A caption under the layer's column (e.g. "layer 1 · sigmoid")."""
        self._layer_text[layer] = text
        self._changed()

    def layer_text(self, layer: int) -> str:
        return self._layer_text.get(layer, "")

    def set_node_images(self, source: Callable[[], dict[Node, QImage]] | None) -> None:
        """A picture inside each node ``source()`` returns (the others stay plain), None for none.
        ``source`` is called only when the pictures are painted or asked for: a diagram out of
        sight (a tab behind another) costs nothing. Nodes grow for pictures."""
        if (source is None) != (self._image_source is None):
            self._geometry = None  # picture nodes are larger
        self._image_source = source
        self._images = {}
        self._images_made = source is None
        self.update()

    def _pictures(self) -> dict[Node, QImage]:
        if not self._images_made and self._image_source is not None:
            self._images = dict(self._image_source())
            self._images_made = True
        return self._images

    def node_image(self, layer: int, neuron: int) -> QImage | None:
        return self._pictures().get((layer, neuron))

    def set_amplifiers(self, nodes: Iterable[Node]) -> None:
        """Nodes that multiply what flows through them (σ′(z) on the backward pass): a triangle."""
        self._amplifiers = set(nodes)
        self._changed()

    def highlight(self, nodes: Sequence[Node], edges: Iterable[Edge]) -> None:
        """Emphasise these nodes and edges; the first node is the one being computed."""
        self._nodes = tuple(dict.fromkeys(nodes))
        self._edges = frozenset(edges)
        self.update()

    @property
    def highlighted_nodes(self) -> frozenset[Node]:
        return frozenset(self._nodes)

    @property
    def highlighted_edges(self) -> frozenset[Edge]:
        return self._edges

    def set_reversed(self, on: bool) -> None:
        """Mirror left to right: the output layer first, as the backward pass sees the network."""
        self._reversed = bool(on)
        self._changed()

    def is_reversed(self) -> bool:
        return self._reversed

    def visible_neurons(self, layer: int) -> list[int]:
        """The neurons drawn for a layer: all of them, or the first and last few."""
        n = self._sizes[layer]
        if n <= self.MAX_VISIBLE:
            return list(range(n))
        k = self.SHOWN_AT_ENDS
        return list(range(k)) + list(range(n - k, n))

    # -- geometry ----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(560, 320)

    def _changed(self) -> None:
        self._geometry = None
        self.update()

    def _column(self, layer: int) -> int:
        return len(self._sizes) - 1 - layer if self._reversed else layer

    def _layout(self) -> _Geometry:
        key = (self.width(), self.height(), Theme.scale)
        if self._geometry is not None and self._geometry_key == key:
            return self._geometry
        self._geometry_key = key
        s = Theme.scale
        margin = 10 * s
        caption_font = Theme.font(9)
        caption_metrics = QFontMetricsF(caption_font)
        n_cols = max(len(self._sizes), 1)
        column_width = (self.width() - 2 * margin) / n_cols - 4 * s
        wide = any(caption_metrics.horizontalAdvance(text) > column_width for text in self._layer_text.values())
        caption_h = (2 if wide else 1) * caption_metrics.height() + 6 * s if self._layer_text else 0.0  # wrapped
        area = QRectF(margin, margin, self.width() - 2 * margin, self.height() - 2 * margin - caption_h)
        slots = [len(self.visible_neurons(l)) + (self._sizes[l] > self.MAX_VISIBLE) for l in range(len(self._sizes))]
        max_slots = max(slots, default=1)
        row_pitch = area.height() / max_slots
        amp = self._amplifier_size(caption_font) if self._amplifiers else 0.0
        cards = bool(self._node_text or self._room)

        font, w, h = caption_font, 0.0, 0.0
        if cards:  # the largest font, down to MIN_POINTS, at which the cards leave room for edges
            lines = {line for text in (*self._node_text.values(), *self._room.values()) for line in text.split("\n")}
            n_lines = {node: self._lines(node) for node in set(self._node_text) | set(self._room)}
            points = 9.0
            while True:
                font = Theme.font(points)
                metrics = QFontMetricsF(font)
                w = max(metrics.horizontalAdvance(line) for line in lines) + 2 * self._pad()
                h = max(n_lines.values()) * metrics.height() + 2 * self._pad()
                fits_w = n_cols * (w + amp) + (n_cols - 1) * 20 * s <= area.width()
                fits_h = h <= row_pitch - 4 * s
                if (fits_w and fits_h) or points <= MIN_POINTS:
                    break
                points -= 0.5
            line_h = QFontMetricsF(font).height()
        elif self._image_source is not None:  # pictures: as large as the rows and columns leave room for
            w = h = max(8 * s, min(64 * s, 0.85 * row_pitch, 0.45 * area.width() / n_cols))
        else:
            w = h = max(8 * s, min(28 * s, 0.7 * row_pitch, 0.35 * area.width() / n_cols))

        col_pitch = (area.width() - w - amp) / (n_cols - 1) if n_cols > 1 else 0.0
        rects: dict[Node, QRectF] = {}
        ellipses: dict[int, QRectF] = {}
        captions: dict[int, QRectF] = {}
        for layer, n_slots in enumerate(slots):
            cx = area.left() + amp + w / 2 + self._column(layer) * col_pitch
            if n_cols == 1:
                cx = area.center().x()
            top = area.center().y() - n_slots * row_pitch / 2
            neurons = self.visible_neurons(layer)
            slot = 0
            for k, neuron in enumerate(neurons):
                if k == self.SHOWN_AT_ENDS and len(neurons) < self._sizes[layer]:
                    width = col_pitch if n_cols > 1 else area.width()
                    ellipses[layer] = QRectF(
                        self._inside(cx - width / 2, width), top + slot * row_pitch, width, row_pitch
                    )
                    slot += 1
                cy = top + (slot + 0.5) * row_pitch
                node_h = self._lines((layer, neuron)) * line_h + 2 * self._pad() if cards else h
                rects[(layer, neuron)] = QRectF(cx - w / 2, cy - node_h / 2, w, node_h)
                slot += 1
            half = (min(col_pitch, area.width()) if n_cols > 1 else area.width()) / 2
            captions[layer] = QRectF(self._inside(cx - half, 2 * half), area.bottom() + 3 * s, 2 * half, caption_h)
        self._geometry = _Geometry(rects, ellipses, captions, font, not cards, amp)
        return self._geometry

    def _inside(self, left: float, width: float) -> float:
        """The left edge that keeps a text box of ``width`` inside the widget (outer layers' labels)."""
        return min(max(left, 0.0), self.width() - width)

    @staticmethod
    def _pad() -> float:
        return 5 * Theme.scale

    def _lines(self, node: Node) -> int:
        """Lines of text a node has room for (at least one)."""
        return max(self._node_text.get(node, "").count("\n"), self._room.get(node, "").count("\n")) + 1

    @staticmethod
    def _amplifier_size(font: QFont) -> float:
        return QFontMetricsF(font).height() * 1.2

    def node_rect(self, layer: int, neuron: int) -> QRectF:
        """Where a node is drawn (a visible one)."""
        return QRectF(self._layout().rects[(layer, neuron)])

    def _anchor(self, node: Node, towards: QPointF) -> QPointF:
        """Where an edge meets a node: its side facing ``towards`` (past an amplifier's triangle)."""
        geo = self._layout()
        rect = geo.rects[node]
        c = rect.center()
        if geo.round:
            d = towards - c
            length = math.hypot(d.x(), d.y()) or 1.0
            return c + d * (rect.width() / 2 / length)
        side = 1.0 if towards.x() > c.x() else -1.0
        x = c.x() + side * rect.width() / 2
        if node in self._amplifiers and side < 0:
            x -= geo.amplifier
        return QPointF(x, c.y())

    def edge_line(self, layer: int, i: int, j: int) -> tuple[QPointF, QPointF]:
        """The drawn segment of edge (layer, i, j), from neuron i of layer−1 to neuron j of layer."""
        geo = self._layout()
        a, b = geo.rects[(layer - 1, i)].center(), geo.rects[(layer, j)].center()
        return self._anchor((layer - 1, i), b), self._anchor((layer, j), a)

    def _visible_edges(self) -> Iterable[Edge]:
        for layer in range(1, len(self._sizes)):
            for i in self.visible_neurons(layer - 1):
                for j in self.visible_neurons(layer):
                    yield layer, i, j

    def node_at(self, pos: QPointF) -> Node | None:
        for node, rect in self._layout().rects.items():
            if rect.adjusted(-3, -3, 3, 3).contains(pos):
                return node
        return None

    def edge_at(self, pos: QPointF) -> Edge | None:
        """The edge nearest to ``pos`` within a few pixels (the last drawn wins a tie)."""
        best, best_d = None, 5.0 * Theme.scale
        for edge in self._visible_edges():
            d = _distance(pos, *self.edge_line(*edge))
            if d <= best_d:
                best, best_d = edge, d
        return best

    # -- mouse -------------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        self._hover(self.node_at(event.position()) if self._sizes else None)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover(None)
        super().leaveEvent(event)

    def _hover(self, node: Node | None) -> None:
        if node != self._hovered:
            self._hovered = node
            self.hovered.emit(node)

    def mouseDoubleClickEvent(self, event) -> None:
        pos = event.position()
        node = self.node_at(pos)
        if node is not None:
            self.node_double_clicked.emit(*node)
            return
        edge = self.edge_at(pos)
        if edge is not None:
            self.edge_double_clicked.emit(*edge)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip and self._sizes:
            edge = None if self.node_at(event.position()) else self.edge_at(event.position())
            if edge is not None and self._weights is not None:
                l, i, j = edge
                text = fill(
                    self.tr("layer %1: neuron %2 → neuron %3, w = %4"),
                    str(l),
                    str(i + 1),
                    str(j + 1),
                    self.edge_label(self._weight(edge)),
                )
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        if not self._sizes:
            return
        geo = self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), pg.mkColor(Theme.background))
        self._paint_edges(painter)
        self._paint_nodes(painter, geo)
        self._paint_edge_labels(painter, geo)
        self._paint_captions(painter, geo)
        painter.end()

    def _weight(self, edge: Edge) -> float | None:
        if self._weights is None:
            return None
        l, i, j = edge
        return float(self._weights[l - 1][i, j])

    def _paint_edges(self, painter: QPainter) -> None:
        s = Theme.scale
        edges = list(self._visible_edges())
        weights = [self._weight(e) for e in edges]
        finite = [abs(w) for w in weights if w is not None and math.isfinite(w)]
        largest = max(finite, default=0.0) or 1.0
        dimmed = bool(self._edges)
        for emphasised in (False, True):
            for edge, w in zip(edges, weights):
                if (edge in self._edges) != emphasised:
                    continue
                if w is None or not math.isfinite(w):
                    color, width = QColor(NO_WEIGHT), 1.0 * s
                else:
                    color = QColor(POSITIVE if w >= 0 else NEGATIVE)
                    width = (0.75 + 4.5 * abs(w) / largest) * s
                start, end = self.edge_line(*edge)
                if emphasised:
                    painter.setPen(QPen(HALO, width + 4 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                    painter.drawLine(start, end)
                elif dimmed:
                    color.setAlpha(70)
                painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawLine(start, end)

    def _paint_nodes(self, painter: QPainter, geo: _Geometry) -> None:
        s = Theme.scale
        current = self._nodes[0] if self._nodes else None
        metrics = QFontMetricsF(geo.font)
        painter.setFont(geo.font)
        pictures = self._pictures()
        for node, rect in geo.rects.items():
            brush = CURRENT_FILL if node == current else READ_FILL if node in self._nodes else NODE_FILL
            border = 3.0 * s if node == current else 2.0 * s if node in self._nodes else 1.2 * s
            painter.setPen(QPen(TEXT if node in self._nodes else NODE_BORDER, border))
            painter.setBrush(brush)
            image = pictures.get(node)
            if image is not None:  # the picture, clipped to a rounded square, under the border
                path = QPainterPath()
                path.addRoundedRect(rect, 4 * s, 4 * s)
                painter.save()
                painter.setClipPath(path)
                painter.drawImage(rect, image)
                painter.restore()
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 4 * s, 4 * s)
            elif geo.round:
                painter.drawEllipse(rect)
            else:
                painter.drawRoundedRect(rect, 6 * s, 6 * s)
            if node in self._amplifiers and not geo.round:
                self._paint_amplifier(painter, rect, geo.amplifier)
            text = self._node_text.get(node)
            if text:
                painter.setPen(TEXT)
                pad = self._pad()
                y = rect.top() + pad
                for line in text.split("\n"):
                    painter.drawText(
                        QRectF(rect.left() + pad, y, rect.width() - 2 * pad, metrics.height()),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        line,
                    )
                    y += metrics.height()
        painter.setFont(Theme.font(9))
        for layer, rect in geo.ellipses.items():
            hidden = self._sizes[layer] - len(self.visible_neurons(layer))
            text = "⋮\n" + fill(self.tr("%1 more"), str(hidden))
            box = painter.boundingRect(rect, Qt.AlignmentFlag.AlignCenter, text).adjusted(-3 * s, -1 * s, 3 * s, 1 * s)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pg.mkColor(Theme.background))  # readable over the edges behind it
            painter.drawRoundedRect(box, 4 * s, 4 * s)
            painter.setPen(pg.mkColor(Theme.foreground))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_amplifier(self, painter: QPainter, rect: QRectF, size: float) -> None:
        """A triangle pointing into the node from its left: an amplifier (gain σ′(z))."""
        tip = QPointF(rect.left(), rect.center().y())
        triangle = QPolygonF(
            [tip, QPointF(tip.x() - size, tip.y() - size / 2), QPointF(tip.x() - size, tip.y() + size / 2)]
        )
        path = QPainterPath()
        path.addPolygon(triangle)
        path.closeSubpath()
        painter.save()
        painter.setPen(QPen(TEXT, 1.5 * Theme.scale))
        painter.setBrush(QColor("#CC79A7"))  # Okabe–Ito reddish purple: neither weight colour
        painter.drawPath(path)
        painter.restore()

    def _paint_edge_labels(self, painter: QPainter, geo: _Geometry) -> None:
        """The weight of every highlighted edge, where the highlighted edges are apart."""
        if self._weights is None or not self._edges:
            return
        s = Theme.scale
        font = Theme.font(max(geo.font.pointSizeF() / s, MIN_POINTS + 1))
        font.setBold(True)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        visible = [e for e in self._edges if (e[0] - 1, e[1]) in geo.rects and (e[0], e[2]) in geo.rects]
        for edge in visible:
            l, i, j = edge
            same_target = sum(1 for e in visible if (e[0], e[2]) == (l, j))
            same_source = sum(1 for e in visible if (e[0], e[1]) == (l, i))
            start, end = self.edge_line(*edge)
            text = self.edge_label(self._weights[l - 1][i, j])
            box = QRectF(0, 0, metrics.horizontalAdvance(text) + 6 * s, metrics.height() + 2 * s)
            # near the fanned-out end, where the edges are apart, but clear of the nodes
            t = 0.3 if same_target > 1 else 0.7 if same_source > 1 else 0.5
            margin = (box.width() / 2 + 6 * s) / max(abs(end.x() - start.x()), 1.0)
            t = min(max(t, margin), 1.0 - margin) if margin < 0.5 else 0.5
            at = start + (end - start) * t
            box.moveCenter(at)
            painter.setPen(QPen(TEXT, 1.0 * s))
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(box, 3 * s, 3 * s)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_captions(self, painter: QPainter, geo: _Geometry) -> None:
        painter.setPen(pg.mkColor(Theme.foreground))
        painter.setFont(Theme.font(9))
        for layer, text in self._layer_text.items():
            if layer in geo.captions and text:
                painter.drawText(
                    geo.captions[layer],
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                    text,
                )


def _distance(p: QPointF, a: QPointF, b: QPointF) -> float:
    """Distance from point p to the segment a–b."""
    d = b - a
    length2 = d.x() ** 2 + d.y() ** 2
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, QPointF.dotProduct(p - a, d) / length2))
    q = a + d * t
    return math.hypot(p.x() - q.x(), p.y() - q.y())
