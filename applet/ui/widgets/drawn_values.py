"""DrawnValues: what a panel drew last, so that while training runs it draws again only what
would look different (``view_models.visible_change``)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from applet.ui.view_models.visible_change import moved_visibly


class DrawnValues:
    def __init__(self) -> None:
        self._drawn: dict[str, np.ndarray] = {}

    def clear(self) -> None:
        """Nothing drawn (new data): the next values are drawn whatever they are."""
        self._drawn.clear()

    def changed(self, curve: str, values: np.ndarray, plot: pg.PlotWidget, running: bool) -> bool:
        """Whether ``values`` are to be drawn for ``curve``: always once training stops, and while it
        runs only when they would look different from those drawn (then they count as drawn)."""
        height = float(np.ptp(plot.getPlotItem().getViewBox().viewRange()[1]))
        if running and not moved_visibly(self._drawn.get(curve), values, height):
            return False
        self._drawn[curve] = values
        return True
