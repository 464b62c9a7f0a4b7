"""A square pad to draw a digit on with the mouse: dark ink on white paper.

The drawing is kept as a 224×224 grey image whatever the widget's size (224 = 14 × 16,
fine enough that the 16×16 version is smooth); ``ink()`` returns it as ink levels
0 (paper) … 1 (ink), the convention of the digit data.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

CANVAS = 224
PAPER, INK = 255, 0


class DrawPad(QWidget):
    changed = Signal()  # the drawing changed (a stroke went on, or the pad was cleared)

    def __init__(self, brush: int = 18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawPad")
        self.canvas = QImage(CANVAS, CANVAS, QImage.Format.Format_Grayscale8)
        self.canvas.fill(PAPER)
        self.brush = brush
        self._last: QPointF | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(CANVAS, CANVAS)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    # -- the drawing -------------------------------------------------------------------------
    def ink(self) -> np.ndarray:
        """The drawing as ink levels (224, 224): 0 = paper … 1 = ink."""
        bits = np.frombuffer(self.canvas.constBits(), dtype=np.uint8)
        grey = bits.reshape(CANVAS, self.canvas.bytesPerLine())[:, :CANVAS]
        return (PAPER - grey.astype(np.float64)) / PAPER

    def is_blank(self) -> bool:
        return bool(self.ink().max() == 0.0)

    def clear(self) -> None:
        self.canvas.fill(PAPER)
        self.update()
        self.changed.emit()

    def set_brush(self, size: int) -> None:
        """Stroke width in canvas pixels (the canvas is 224 pixels wide)."""
        self.brush = int(size)

    def draw_stroke(self, start: QPointF, end: QPointF) -> None:
        """Ink a round-ended line between two canvas points (a dot when they coincide)."""
        painter = QPainter(self.canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                QColor(INK, INK, INK),
                self.brush,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        if start == end:
            painter.drawPoint(start)
        else:
            painter.drawLine(start, end)
        painter.end()
        self.update()
        self.changed.emit()

    # -- geometry: the canvas is drawn in the largest centred square ----------------------------
    def square(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_canvas(self, position: QPointF) -> QPointF:
        square = self.square()
        scale = CANVAS / max(square.width(), 1.0)
        return QPointF((position.x() - square.x()) * scale, (position.y() - square.y()) * scale)

    # -- events ---------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        square = self.square()
        painter.drawImage(square, self.canvas)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawRect(square.adjusted(0, 0, -1, -1))
        painter.end()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = self.to_canvas(event.position())
            self.draw_stroke(self._last, self._last)

    def mouseMoveEvent(self, event) -> None:
        if self._last is not None:
            point = self.to_canvas(event.position())
            self.draw_stroke(self._last, point)
            self._last = point

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = None
