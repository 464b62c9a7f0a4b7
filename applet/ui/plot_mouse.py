"""Where the mouse is in a plot's data coordinates."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF


def point_under(view: pg.ViewBox, scene_pos) -> tuple[float, float] | None:
    """(x, y) in data coordinates under ``scene_pos``, or None outside the plot area."""
    if not view.sceneBoundingRect().contains(scene_pos):
        return None
    p = view.mapSceneToView(QPointF(scene_pos))
    x, y = p.x(), p.y()
    return (x, y) if math.isfinite(x) and math.isfinite(y) else None
