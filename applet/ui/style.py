"""Colours and plot styling shared by every panel.

Colours follow the Okabe–Ito palette, readable by colour-blind viewers and on a
projector. "blue" and "red" keep the lecture's meaning: neuron pieces are blue, their
sum (the model) is red.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

COLORS = {
    "data": "#555555",
    "model": "#D55E00",      # vermilion: the model's output ("red" in the lecture)
    "piece": "#0072B2",      # blue: one neuron's contribution
    "train": "#0072B2",
    "validation": "#E69F00",  # orange: the unseen days
    "path": "#CC79A7",
    "optimum": "#009E73",
    "grid": "#BBBBBB",
}
VALIDATION_SPAN = QColor(230, 159, 0, 40)


class Theme:
    """Line widths and font sizes; presentation mode scales them up."""

    scale = 1.0
    background = "w"
    foreground = "k"

    @classmethod
    def pen(cls, color: str, width: float = 2.0, **kwargs) -> pg.mkPen:
        return pg.mkPen(color, width=width * cls.scale, **kwargs)

    @classmethod
    def font(cls, points: float = 9.0) -> QFont:
        font = QFont()
        font.setPointSizeF(points * cls.scale)
        return font


def make_plot(x_label: str = "", y_label: str = "", title: str | None = None,
              axis_items: dict | None = None) -> pg.PlotWidget:
    """A PlotWidget with the applet's look: light background, grid, labelled axes."""
    plot = pg.PlotWidget(background=Theme.background, axisItems=axis_items)
    item = plot.getPlotItem()
    item.showGrid(x=True, y=True, alpha=0.25)
    if title:
        item.setTitle(title, color=Theme.foreground)
    label_style = {"color": Theme.foreground, "font-size": f"{int(10 * Theme.scale)}pt"}
    item.setLabel("bottom", x_label, **label_style)
    item.setLabel("left", y_label, **label_style)
    for side in ("bottom", "left"):
        axis = item.getAxis(side)
        axis.setPen(Theme.foreground)
        axis.setTextPen(Theme.foreground)
        axis.setTickFont(Theme.font())
    plot.setMenuEnabled(False)
    return plot


def add_legend(plot: pg.PlotWidget, offset=(10, 10)) -> pg.LegendItem:
    """A legend with readable text on a translucent background."""
    legend = plot.getPlotItem().addLegend(offset=offset, labelTextColor=Theme.foreground,
                                          brush=pg.mkBrush(255, 255, 255, 200))
    return legend


def set_axis_labels(plot: pg.PlotWidget, x_label: str, y_label: str) -> None:
    """Re-label both axes (after a language switch or a change of units)."""
    label_style = {"color": Theme.foreground, "font-size": f"{int(10 * Theme.scale)}pt"}
    plot.getPlotItem().setLabel("bottom", x_label, **label_style)
    plot.getPlotItem().setLabel("left", y_label, **label_style)
