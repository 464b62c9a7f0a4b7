"""SurfaceLayers: what the error-surface plot draws — the heatmap of L(w, b), its labelled
contours, the minimum ★, the gradient-descent path, the current point and its next step;
with mini-batches, the current batch's own surface Lᵇ (contours and minimum) over the
faint full surface, and the ends of the epochs on the path."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from applet.ui.step_arrow import StepArrow
from applet.ui.style import COLORS, Theme, cache_static
from applet.ui.view_models.surface_map import SurfaceMap
from applet.ui.widgets.path_layer import PathLayer

COLOR_GAMMA = 0.5  # colour ∝ √(L − L_min): equal colour steps for the equal distances of a bowl
FAINT = 0.35  # opacity of the full surface's heatmap under a batch's surface
BATCH_COLOR = "#CC79A7"  # reddish purple (colour-blind safe): one batch's own surface
BATCH_TEXT = "#8B3A6F"  # the same hue, dark enough to read on the labels' white
EPOCH_COLOR = "#F0E442"  # yellow: where an epoch ended


def color_table(name: str = "viridis", n: int = 512, gamma: float = COLOR_GAMMA) -> np.ndarray:
    """A perceptually uniform, colour-blind-safe colour map, sampled with a power law."""
    return pg.colormap.get(name).map(np.linspace(0.0, 1.0, n) ** gamma, mode="byte")


class SurfaceLayers:
    """The items, added to ``plot`` (a pyqtgraph PlotItem) and updated with ``setData``."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setLookupTable(color_table())
        self.image.setZValue(-10)
        plot.addItem(self.image)
        self.contours = pg.PlotCurveItem(pen=pg.mkPen(255, 255, 255, 170, width=1.2 * Theme.scale))
        plot.addItem(self.contours)
        self.contour_labels: list[pg.TextItem] = []
        self.minimum = pg.ScatterPlotItem(
            symbol="star", size=22 * Theme.scale, brush=COLORS["optimum"], pen=pg.mkPen("w", width=1.5)
        )
        self.current = pg.ScatterPlotItem(
            symbol="o", size=13 * Theme.scale, brush=COLORS["model"], pen=pg.mkPen("w", width=2)
        )
        self.batch_contours = pg.PlotCurveItem(pen=pg.mkPen(BATCH_COLOR, width=2.2 * Theme.scale))
        self.batch_minimum = pg.ScatterPlotItem(
            symbol="+", size=24 * Theme.scale, brush=BATCH_COLOR, pen=pg.mkPen("w", width=1.5)
        )
        self.epoch_marks = pg.ScatterPlotItem(
            symbol="s", size=11 * Theme.scale, brush=EPOCH_COLOR, pen=pg.mkPen("#000000", width=1)
        )
        layers = (
            (3, self.batch_contours),
            (5, self.minimum),
            (6, self.batch_minimum),
            (12, self.epoch_marks),
            (30, self.current),
        )
        for z, it in layers:
            it.setZValue(z)
            it.setVisible(not isinstance(it, pg.ScatterPlotItem))  # a scatter: once it has points
            plot.addItem(it)
        self.path = PathLayer(plot, z=10)
        self.path_line = self.path.line  # its data: the path drawn
        self.arrow = StepArrow(plot, COLORS["validation"])
        self._map: SurfaceMap | None = None
        self._batch: SurfaceMap | None = None
        # while training, only the path, the point and the arrow move (the batch surface and
        # the epoch marks a few times a second at most)
        cache_static(self.image, self.contours, self.minimum, self.batch_contours, self.batch_minimum, self.epoch_marks)

    def clear(self) -> None:
        self.image.clear()
        self.contours.setData([], [])
        for scatter in (self.current, self.minimum, self.epoch_marks):
            _set_points(scatter, [], [])
        self.path.clear()
        self._map = None
        self.show_batch(None)
        self.arrow.hide()

    def show_map(self, surface: SurfaceMap, minimum: np.ndarray) -> None:
        """The heatmap and its contours, each labelled with its level, and the minimum ★
        (faint, and the labels the batch's, while a batch's surface is shown)."""
        self._map = surface
        self.image.setImage(surface.L, levels=surface.L_range, autoLevels=False)
        self.image.setRect(QRectF(*surface.pixel_rect()))
        _set_points(self.minimum, [minimum[0]], [minimum[1]])
        _draw_lines(self.contours, surface)
        self._show_labels()

    def show_batch(self, batch: SurfaceMap | None) -> None:
        """One mini-batch's own surface Lᵇ — its contours and minimum — over the faint full
        surface; None shows the full surface alone, as with full-batch gradient descent."""
        self._batch = batch
        self.image.setOpacity(1.0 if batch is None else FAINT)
        self.contours.setOpacity(1.0 if batch is None else FAINT)
        if batch is None:
            self.batch_contours.setData([], [])
            _set_points(self.batch_minimum, [], [])
        else:
            _draw_lines(self.batch_contours, batch)
            _set_points(self.batch_minimum, [batch.minimum[0]], [batch.minimum[1]])
        self._show_labels()

    def show_epoch_ends(self, points: np.ndarray) -> None:
        """A mark at each point of the path where an epoch ended."""
        _set_points(self.epoch_marks, points[:, 0], points[:, 1])

    def _show_labels(self) -> None:
        """Each contour of the surface in front (the batch's, else the full one) labelled with its level."""
        surface = self._batch if self._batch is not None else self._map
        if surface is None:
            for label in self.contour_labels:
                label.setVisible(False)
            return
        positions = surface.label_positions()
        while len(self.contour_labels) < len(positions):
            label = pg.TextItem(color="#000000", fill=pg.mkBrush(255, 255, 255, 190), anchor=(0.5, 0.5))
            label.setFont(Theme.font(8))
            label.setZValue(4)
            self.plot.addItem(label, ignoreBounds=True)
            self.contour_labels.append(label)
        for k, label in enumerate(self.contour_labels):
            position = positions[k] if k < len(positions) else None
            label.setVisible(position is not None)
            if position is not None:
                label.setColor(BATCH_TEXT if surface is self._batch else "#000000")
                label.setText(f"{surface.levels[k]:g}")
                label.setPos(*position)

    def show_path(self, points: np.ndarray, end_covered: bool = False) -> None:
        """The path so far: each point marked while it is short (``end_covered``: the current
        point covers its last)."""
        self.path.show(points, end_covered)

    def show_step(self, now: np.ndarray | None, after: np.ndarray | None = None) -> None:
        """The current point and the arrow to where the next step takes it (None: off the map)."""
        if now is None:
            _set_points(self.current, [], [])
            self.arrow.hide()
            return
        _set_points(self.current, [now[0]], [now[1]])
        self.arrow.set(tuple(now), tuple(after))

    def show_last_step(self, before: np.ndarray, now: np.ndarray) -> None:
        """The current point and the arrow of the step that brought it there from ``before``."""
        _set_points(self.current, [now[0]], [now[1]])
        self.arrow.set(tuple(before), tuple(now))


def _draw_lines(curve: pg.PlotCurveItem, surface: SurfaceMap) -> None:
    lines = surface.lines()
    curve.setData(lines[:, :, 0].ravel(), lines[:, :, 1].ravel(), connect="pairs")


def _set_points(scatter: pg.ScatterPlotItem, x, y) -> None:
    """Points of a scatter, hidden while there are none (an empty scatter still costs its
    bounding box at every paint)."""
    scatter.setData(x, y)
    scatter.setVisible(len(x) > 0)
