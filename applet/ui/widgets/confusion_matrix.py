"""The confusion matrix: how many digits of each true class got each predicted class.

Rows are the true digits, columns the predictions. The diagonal (right answers) is blue,
shaded by the fraction of its row that was right; every other cell is a kind of mistake,
orange, shaded relative to the most frequent mistake so that the common confusions
stand out. Clicking a cell emits (true, predicted).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from applet.ui.labels import fill
from applet.ui.style import Theme
from applet.ui.widgets.image_grid import diverging_rgb

SELECTED = "#222222"


class ConfusionMatrixView(QWidget):
    cell_clicked = Signal(int, int)  # true class, predicted class

    def __init__(self, n_classes: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.n_classes = n_classes
        self.counts = np.zeros((n_classes, n_classes), dtype=np.int64)
        self.selected: tuple[int, int] | None = None
        self.setFont(Theme.font(8))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def retranslate(self) -> None:
        self.true_title = self.tr("true digit")
        self.predicted_title = self.tr("predicted digit")
        self.update()

    def set_counts(self, counts: np.ndarray, selected: tuple[int, int] | None = None) -> None:
        counts = np.asarray(counts, dtype=np.int64)
        if selected == self.selected and np.array_equal(counts, self.counts):
            return  # nothing new to paint (most snapshots once training has settled)
        self.counts = counts
        self.selected = selected
        self.update()

    # -- geometry ----------------------------------------------------------------------
    def _margins(self) -> tuple[int, int]:
        line = QFontMetrics(self.font()).height()
        digit = QFontMetrics(self.font()).horizontalAdvance("00")
        return 2 * line + digit // 2, 2 * line + 2  # left (title + row digits), top (title + column digits)

    def _geometry(self) -> tuple[int, int, float]:
        """Left and top margins and the side of a cell, in pixels."""
        left, top = self._margins()
        size = max(4.0, min((self.width() - left - 2) / self.n_classes, (self.height() - top - 2) / self.n_classes))
        return left, top, size

    def cell_rect(self, true: int, predicted: int) -> QRectF:
        left, top, size = self._geometry()
        return QRectF(left + predicted * size, top + true * size, size, size)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        left, top, size = self._geometry()
        col, row = int((x - left) // size), int((y - top) // size)
        if x < left or y < top or not (0 <= row < self.n_classes and 0 <= col < self.n_classes):
            return None
        return row, col

    def sizeHint(self) -> QSize:
        left, top = self._margins()
        return QSize(left + 26 * self.n_classes, top + 26 * self.n_classes)

    def minimumSizeHint(self) -> QSize:
        left, top = self._margins()
        return QSize(left + 13 * self.n_classes, top + 13 * self.n_classes)

    # -- colours -----------------------------------------------------------------------
    def cell_colors(self) -> np.ndarray:
        """RGB (K, K, 3): blue diagonal by row fraction right, orange mistakes by frequency."""
        c = self.counts.astype(np.float64)
        row_totals = np.maximum(c.sum(axis=1, keepdims=True), 1.0)
        mistakes = c.copy()
        np.fill_diagonal(mistakes, 0.0)
        shade = -mistakes / max(mistakes.max(), 1.0)  # negative → orange
        np.fill_diagonal(shade, np.diag(c) / row_totals[:, 0])
        return diverging_rgb(shade * 0.85, 1.0)

    # -- drawing and clicks --------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        k = self.n_classes
        left, top, size = self._geometry()  # once: a cell's rectangle is not asked for 100 times
        line = QFontMetrics(self.font()).height()
        colors = self.cell_colors().astype(int).tolist()
        counts = self.counts.tolist()
        center = Qt.AlignmentFlag.AlignCenter
        count_font = QFont(self.font())
        count_font.setPixelSize(max(6, int(size * 0.42)))  # "100" fits its cell
        light_text, dark_text = QColor("white"), QColor("#222222")
        painter.setFont(count_font)
        for i in range(k):
            for j in range(k):
                rect = QRectF(left + j * size, top + i * size, size, size)
                r, g, b = colors[i][j]
                painter.fillRect(rect, QColor(r, g, b))
                if counts[i][j]:
                    painter.setPen(light_text if 0.299 * r + 0.587 * g + 0.114 * b < 140 else dark_text)
                    painter.drawText(rect, center, str(counts[i][j]))
        painter.setFont(self.font())
        painter.setPen(dark_text)
        for i in range(k):
            painter.drawText(QRectF(left - line, top + i * size, line, size), center, str(i))
            painter.drawText(QRectF(left + i * size, top - line - 1, size, line), center, str(i))
        painter.setPen(QPen(QColor("#999999"), 1))
        painter.drawRect(QRectF(left, top, k * size, k * size))
        painter.setPen(QColor("#222222"))
        painter.drawText(QRect(left, 0, int(k * size), line), center, self.predicted_title)
        painter.save()
        painter.translate(0, top + k * size / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-k * size / 2, 0, k * size, line), center, self.true_title)
        painter.restore()
        if self.selected is not None:
            painter.setPen(QPen(QColor(SELECTED), 3))
            painter.drawRect(self.cell_rect(*self.selected))
        painter.end()

    def mousePressEvent(self, event) -> None:
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cell_clicked.emit(*cell)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            cell = self.cell_at(event.pos().x(), event.pos().y())
            text = ""
            if cell is not None:
                text = self.tr("true %1, predicted %2: %3 test digits (click to show them)")
                text = fill(text, cell[0], cell[1], int(self.counts[cell]))
            self.setToolTip(text)
        return super().event(event)
