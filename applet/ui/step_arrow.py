"""StepArrow: the next gradient-descent step drawn as an arrow in a plot.

The shaft runs from the current point to where the step lands (data coordinates); the
head keeps its size in pixels and points along the shaft as it appears on screen. A
dark outline keeps it readable on light and dark backgrounds (a heatmap).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from applet.ui.style import Theme

OUTLINE = "#000000"


class StepArrow:
    def __init__(self, plot_item: pg.PlotItem, color: str, width: float = 2.5, z: float = 20) -> None:
        self.view = plot_item.getViewBox()
        self.outline = pg.PlotCurveItem(pen=Theme.pen(OUTLINE, width + 2))
        self.shaft = pg.PlotCurveItem(pen=Theme.pen(color, width))
        self.head = pg.ArrowItem(
            headLen=14 * Theme.scale, tipAngle=32, tailLen=None, brush=color, pen=pg.mkPen(OUTLINE, width=1)
        )
        for i, item in enumerate((self.outline, self.shaft, self.head)):
            item.setZValue(z + i)
            plot_item.addItem(item, ignoreBounds=True)
        self.hide()

    def set(self, start: tuple[float, float], end: tuple[float, float]) -> None:
        """Draw the arrow start → end; hidden if either is not finite."""
        if not np.all(np.isfinite([*start, *end])):
            self.hide()
            return
        x, y = [start[0], end[0]], [start[1], end[1]]
        self.outline.setData(x, y)
        self.shaft.setData(x, y)
        px_w, px_h = self._pixel_size()
        dx, dy = (end[0] - start[0]) / px_w, (end[1] - start[1]) / px_h  # in pixels, y up
        self.head.setStyle(angle=180.0 - math.degrees(math.atan2(dy, dx)))
        self.head.setPos(*end)
        self.head.setVisible(math.hypot(dx, dy) >= 1.0)  # no direction to show below a pixel
        self.outline.setVisible(True)
        self.shaft.setVisible(True)

    def hide(self) -> None:
        for item in (self.outline, self.shaft, self.head):
            item.setVisible(False)

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) of the shaft: start and end."""
        return self.shaft.getData()

    def _pixel_size(self) -> tuple[float, float]:
        """Data units per pixel along x and y (1, 1 for a view without a size yet)."""
        w, h = (abs(v) for v in self.view.viewPixelSize())
        return (w, h) if w > 0 and h > 0 and math.isfinite(w) and math.isfinite(h) else (1.0, 1.0)
