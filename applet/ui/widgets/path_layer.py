"""PathLayer: a gradient-descent path in a plot — a white line with a black outline and,
while the path drawn has fewer than MARKERS_BELOW points, a dot at each point.

A frame touches only what changed: the line takes the new points (``GDPath`` has thinned a
long path to a few hundred), and the dots are added to, not redrawn, as the path grows.
The dot under the path's end is left out while another mark (the current point's) covers
it, so that growing path only ever adds dots.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from applet.ui.style import Theme, cache_static

MARKERS_BELOW = 300  # draw each point of a path shorter than this


class PathLayer:
    """The items ``outline``, ``line`` (PlotCurveItems: ``line.getData()`` is the path drawn)
    and ``dots`` (a ScatterPlotItem), added to ``plot`` at z-values ``z`` and above."""

    def __init__(self, plot: pg.PlotItem, z: float = 10) -> None:
        self.outline = pg.PlotCurveItem(pen=Theme.pen("#000000", 4))
        self.line = pg.PlotCurveItem(pen=Theme.pen("#FFFFFF", 2))
        self.dots = pg.ScatterPlotItem(
            symbol="o", size=5 * Theme.scale, brush="#FFFFFF", pen=pg.mkPen("#000000", width=1)
        )
        for k, item in enumerate((self.outline, self.line, self.dots)):
            item.setZValue(z + 0.5 * k)
            plot.addItem(item)
        cache_static(self.dots)  # a long run's dots stay while its line's end moves
        self._dotted = np.empty((0, 2))  # the points that have a dot

    def clear(self) -> None:
        self.show(np.empty((0, 2)))

    def show(self, points: np.ndarray, end_covered: bool = False) -> None:
        """Draw the path ``points`` (rows of x, y); ``end_covered``: its last point is under
        another mark, so it needs no dot."""
        self.outline.setData(points[:, 0], points[:, 1])
        self.line.setData(points[:, 0], points[:, 1])
        dotted = points if len(points) < MARKERS_BELOW else points[:0]
        if end_covered:
            dotted = dotted[:-1]
        known = len(self._dotted)
        if len(dotted) >= known and np.array_equal(dotted[:known], self._dotted):
            if len(dotted) > known:  # the path grew: dots for its new points only
                self.dots.addPoints(x=dotted[known:, 0], y=dotted[known:, 1])
        else:
            self.dots.setData(x=dotted[:, 0], y=dotted[:, 1])
        self.dots.setVisible(len(dotted) > 0)  # an empty scatter still costs its bounding box
        self._dotted = np.array(dotted)
