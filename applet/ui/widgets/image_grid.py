"""Small images in a grid — test digits, or what each first-layer neuron looks at.

``grey_image`` draws a 16×16 digit as the data store it (0 = paper, 255 = ink) with dark
ink on white paper; ``diverging_rgb`` colours weights: blue where a weight is positive
(ink there raises the neuron's input), orange where it is negative, white at zero.
Both colours stay distinct for colour-blind viewers. ``ImageGrid`` paints the cells,
each with an optional caption and frame colour, and reports clicks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from applet.ui.style import COLORS, Theme

POSITIVE = np.array([0x00, 0x72, 0xB2], dtype=np.float64)  # blue
NEGATIVE = np.array([0xE6, 0x9F, 0x00], dtype=np.float64)  # orange
SELECTED = "#222222"


def _qimage(pixels: np.ndarray, fmt: QImage.Format) -> QImage:
    """A QImage owning a copy of ``pixels`` (uint8, (h, w) grey or (h, w, 3) RGB), in the
    format the screen paints fastest (no conversion at every paint)."""
    pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
    h, w = pixels.shape[:2]
    return QImage(pixels.data, w, h, pixels.strides[0], fmt).convertToFormat(QImage.Format.Format_RGB32)


def grey_image(image: np.ndarray) -> QImage:
    """A digit (h, w) of grey levels 0 = paper … 255 = ink, drawn dark on white."""
    return _qimage(255 - np.asarray(image, dtype=np.uint8), QImage.Format.Format_Grayscale8)


def _diverging_table(steps: int) -> np.ndarray:
    """The colours of t = −1 … 1 in 2·steps + 1 steps: orange, white at 0, blue."""
    t = np.linspace(-1.0, 1.0, 2 * steps + 1)[:, None]
    white = np.full(3, 255.0)
    rgb = np.where(t >= 0, white + t * (POSITIVE - white), white - t * (NEGATIVE - white))
    return np.rint(rgb).astype(np.uint8)


DIVERGING_STEPS = 255  # per side: finer than a colour channel's 8 bits can tell apart
_DIVERGING = _diverging_table(DIVERGING_STEPS)


def diverging_rgb(values: np.ndarray, scale: float) -> np.ndarray:
    """Values → RGB uint8 (…, 3): white at 0, blue at +scale, orange at −scale (clipped).
    Looked up in a table of 511 colours: five times faster than computing each pixel, which
    the network diagram's neuron pictures need many times a second."""
    t = np.clip(np.asarray(values, dtype=np.float64) / max(scale, 1e-300), -1.0, 1.0)
    return _DIVERGING[np.rint((t + 1.0) * DIVERGING_STEPS).astype(np.intp)]


def rgb_image(rgb: np.ndarray) -> QImage:
    """An (h, w, 3) uint8 RGB array as an image (e.g. from ``diverging_rgb``)."""
    return _qimage(rgb, QImage.Format.Format_RGB888)


@dataclass(frozen=True)
class Cell:
    image: QImage
    caption: str = ""
    caption_color: str = "#222222"
    frame: str | None = None  # frame colour, e.g. to mark a mistake
    tooltip: str = ""


class ImageGrid(QWidget):
    """Cells of small images in ``columns`` columns (None: as many as make the images
    largest in the widget's current shape); a click emits the cell's index."""

    clicked = Signal(int)

    def __init__(self, columns: int | None = None, caption_lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.caption_lines = caption_lines
        self.cells: list[Cell] = []
        self.selected: int | None = None
        self._layout_key: tuple | None = None
        self._layout_value = (1, 1, 0.0, 0.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFont(Theme.font(8))

    def set_cells(self, cells: list[Cell], selected: int | None = None) -> None:
        cells = list(cells)
        if (
            selected == self.selected
            and len(cells) == len(self.cells)
            and all(a is b or a == b for a, b in zip(cells, self.cells))
        ):
            return  # the same images, captions and frames: nothing to repaint
        self.cells = cells
        self.selected = selected
        self.update()

    def set_caption_lines(self, lines: int) -> None:
        self.caption_lines = lines
        self._layout_key = None
        self.update()

    # -- geometry ----------------------------------------------------------------------
    def _caption_height(self) -> int:
        return QFontMetrics(self.font()).height() * self.caption_lines if self.caption_lines else 0

    def _layout(self) -> tuple[int, int, float, float]:
        """(columns, rows, cell width, cell height) for the current cells and size, cached:
        cells as wide as the columns allow, no taller than square plus caption."""
        key = (len(self.cells), self.width(), self.height())
        if key != self._layout_key:
            n, caption_h = len(self.cells), self._caption_height()
            columns = self.columns
            if columns is None:  # the most columns … the fewest: whichever makes images largest
                side = lambda cols: min(self.width() / cols, self.height() / -(-n // cols) - caption_h)  # noqa: E731
                columns = max(range(1, n + 1), key=side) if n else 1
            rows = max(1, -(-n // columns))
            width = self.width() / columns
            self._layout_key = key
            self._layout_value = (columns, rows, width, min(self.height() / rows, width + caption_h))
        return self._layout_value

    def rows(self) -> int:
        return self._layout()[1]

    def cell_rect(self, index: int) -> QRect:
        """Where cell ``index`` is drawn (image and caption); the grid starts at the top."""
        columns, _, width, height = self._layout()
        row, col = divmod(index, columns)
        return QRect(int(col * width), int(row * height), int(width), int(height))

    def index_at(self, x: float, y: float) -> int | None:
        if not self.cells or x < 0 or y < 0:
            return None
        columns, rows, width, height = self._layout()
        col, row = int(x // max(width, 1)), int(y // max(height, 1))
        index = row * columns + col
        return index if col < columns and row < rows and index < len(self.cells) else None

    def sizeHint(self) -> QSize:
        columns = self.columns or 10
        return QSize(columns * 40, -(-max(len(self.cells), 1) // columns) * (40 + self._caption_height()))

    def minimumSizeHint(self) -> QSize:
        if self.columns is None:
            return QSize(60, 40)
        return QSize(self.columns * 16, -(-max(len(self.cells), 1) // self.columns) * (16 + self._caption_height()))

    # -- drawing and clicks ------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        caption_h = self._caption_height()
        for index, cell in enumerate(self.cells):
            rect = self.cell_rect(index).adjusted(2, 2, -2, -2)
            side = max(1, min(rect.width(), rect.height() - caption_h))
            image_rect = QRect(rect.x() + (rect.width() - side) // 2, rect.y(), side, side)
            painter.drawImage(QRectF(image_rect), cell.image)
            frame = SELECTED if index == self.selected else cell.frame
            if frame is not None:
                width = 3 if index == self.selected else 2
                painter.setPen(QPen(QColor(frame), width))
                painter.drawRect(image_rect.adjusted(-1, -1, 0, 0))
            else:
                painter.setPen(QPen(QColor(COLORS["grid"]), 1))
                painter.drawRect(image_rect.adjusted(0, 0, -1, -1))
            if cell.caption and caption_h:
                painter.setPen(QColor(cell.caption_color))
                text_rect = QRect(rect.x(), image_rect.bottom() + 1, rect.width(), caption_h)
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, cell.caption)
        painter.end()

    def mousePressEvent(self, event) -> None:
        index = self.index_at(event.position().x(), event.position().y())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(index)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            index = self.index_at(event.pos().x(), event.pos().y())
            self.setToolTip(self.cells[index].tooltip if index is not None else "")
        return super().event(event)
