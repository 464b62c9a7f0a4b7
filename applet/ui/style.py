"""Colours and plot styling shared by every panel, and the themes that change them.

Colours follow the Okabe–Ito palette, readable by colour-blind viewers and on a
projector. "blue" and "red" keep the lecture's meaning: neuron pieces are blue, their
sum (the model) is red.

Themes: light (default), dark, and presentation mode for a classroom projector — light,
black text, lines and fonts 1.5× as large. A theme change re-styles what is already drawn
(``restyle``, reached through ``Panel.apply_theme``); what panels draw later reads ``Theme``
and ``COLORS`` as they are then.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QWidget

BASE_COLORS = {
    "data": "#555555",
    "model": "#D55E00",  # vermilion: the model's output ("red" in the lecture)
    "piece": "#0072B2",  # blue: one neuron's contribution
    "train": "#0072B2",
    "validation": "#E69F00",  # orange: the unseen days
    "path": "#CC79A7",
    "optimum": "#009E73",
    "grid": "#BBBBBB",
}
COLORS = dict(BASE_COLORS)  # the current theme's colours (changed in place by Theme.configure)
VALIDATION_SPAN = QColor(230, 159, 0, 40)

THEMES = {  # background, foreground, colours that differ from BASE_COLORS
    "light": ("w", "k", {}),
    "dark": ("#1E1E1E", "#E6E6E6", {"data": "#BBBBBB", "grid": "#666666"}),
    "presentation": ("w", "k", {"data": "#222222", "grid": "#888888"}),
}
PRESENTATION_SCALE = 1.5
FOREGROUNDS = {pg.mkColor(foreground).name() for _, foreground, _ in THEMES.values()}


class Theme:
    """Line widths, font sizes and colours; presentation mode scales them up."""

    scale = 1.0
    name = "light"  # the chosen theme: "light" or "dark"
    presentation = False  # a projector: light, high contrast, 1.5× (whatever the chosen theme)
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

    @classmethod
    def is_dark(cls) -> bool:
        return not cls.presentation and cls.name == "dark"

    @classmethod
    def configure(cls, name: str, presentation: bool) -> tuple[float, dict[str, str]]:
        """Choose the theme; returns the size ratio new/old and the colour changes old → new
        (``#rrggbb`` names) that ``restyle`` applies to what is already drawn."""
        old_colors, old_scale = dict(COLORS), cls.scale
        cls.name = name if name in ("light", "dark") else "light"
        cls.presentation = bool(presentation)
        cls.scale = PRESENTATION_SCALE if cls.presentation else 1.0
        cls.background, cls.foreground, changes = THEMES["presentation" if cls.presentation else cls.name]
        COLORS.clear()
        COLORS.update(BASE_COLORS, **changes)
        recolor = {_hex(old_colors[k]): _hex(COLORS[k]) for k in COLORS if old_colors[k] != COLORS[k]}
        return cls.scale / old_scale, recolor


def _hex(color) -> str:
    return pg.mkColor(color).name()


_base_font: QFont | None = None


def apply_to_application(app: QApplication) -> None:
    """Window colours (a dark or light palette) and the font size of the current theme."""
    global _base_font
    if _base_font is None:
        _base_font = QFont(app.font())
    font = QFont(app.font())  # the language's CJK fallback (applet.ui.fonts) stays
    if _base_font.pointSizeF() > 0:
        font.setPointSizeF(_base_font.pointSizeF() * Theme.scale)
    app.setFont(font)
    if Theme.is_dark():
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, color in (
        (role.Window, "#2B2B2B"),
        (role.WindowText, "#E6E6E6"),
        (role.Base, "#1E1E1E"),
        (role.AlternateBase, "#333333"),
        (role.ToolTipBase, "#333333"),
        (role.ToolTipText, "#E6E6E6"),
        (role.Text, "#E6E6E6"),
        (role.Button, "#3A3A3A"),
        (role.ButtonText, "#E6E6E6"),
        (role.BrightText, "#FF6B6B"),
        (role.Link, "#56B4E9"),
        (role.Highlight, "#0072B2"),
        (role.HighlightedText, "#FFFFFF"),
        (role.PlaceholderText, "#999999"),
    ):
        palette.setColor(r, QColor(color))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#808080"))
    return palette


def restyle(root: QWidget, ratio: float, recolor: dict[str, str]) -> None:
    """Re-apply the theme to what ``root`` already shows: explicitly sized fonts scaled by
    ``ratio``; every plot's background, axes, legend and items re-coloured, their pens,
    symbols and texts scaled."""
    for widget in (root, *root.findChildren(QWidget)):
        if ratio != 1.0 and widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            widget.setFont(_scaled_font(widget.font(), ratio))
        widget.update()
    plots = root.findChildren(pg.PlotWidget)
    if isinstance(root, pg.PlotWidget):
        plots.append(root)
    for plot in plots:
        _restyle_plot(plot, ratio, recolor)


def _scaled_font(font: QFont, ratio: float) -> QFont:
    font = QFont(font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * ratio)
    return font


def _pen(pen, ratio: float, recolor: dict[str, str]):
    if pen is None:
        return None
    pen = QPen(pg.mkPen(pen))
    pen.setWidthF(pen.widthF() * ratio)
    pen.setColor(_color(pen.color(), recolor))
    return pen


def _brush(brush, recolor: dict[str, str]):
    if brush is None:
        return None
    brush = pg.mkBrush(brush)
    brush.setColor(_color(brush.color(), recolor))
    return brush


def _color(color: QColor, recolor: dict[str, str]) -> QColor:
    new = recolor.get(color.name())
    if new is None:
        return color
    result = QColor(new)
    result.setAlpha(color.alpha())
    return result


def _restyle_plot(plot: pg.PlotWidget, ratio: float, recolor: dict[str, str]) -> None:
    plot.setBackground(Theme.background)
    item = plot.getPlotItem()
    fg = _hex(Theme.foreground)
    for side in ("bottom", "left"):
        axis = item.getAxis(side)
        axis.setPen(Theme.foreground)
        axis.setTextPen(Theme.foreground)
        axis.setTickFont(Theme.font())
        if axis.labelText or axis.labelUnits:
            axis.setLabel(axis.labelText, axis.labelUnits or None, axis.labelUnitPrefix or None, **_label_style())
    if item.titleLabel.isVisible():
        item.titleLabel.setText(item.titleLabel.text, color=fg)
    if item.legend is not None:
        item.legend.setBrush(legend_brush())
        item.legend.setLabelTextColor(fg)
        item.legend.setLabelTextSize(f"{9 * Theme.scale:g}pt")
        for _, label in item.legend.items:
            label.setText(label.text)
        if isinstance(item.legend, PlotLegend):
            item.legend.retext()
    for it in item.items:
        _restyle_item(it, ratio, recolor)


def _restyle_item(it, ratio: float, recolor: dict[str, str]) -> None:
    if isinstance(it, pg.PlotDataItem):
        opts = it.opts
        it.setPen(_pen(opts["pen"], ratio, recolor))
        it.setSymbolPen(_pen(opts["symbolPen"], ratio, recolor))
        it.setSymbolBrush(_brush(opts["symbolBrush"], recolor))
        it.setSymbolSize(opts["symbolSize"] * ratio)
    elif isinstance(it, pg.PlotCurveItem):
        it.setPen(_pen(it.opts["pen"], ratio, recolor))
    elif isinstance(it, pg.ScatterPlotItem):
        it.opts["size"] *= ratio
        it.setPen(_pen(it.opts["pen"], ratio, recolor), update=False)
        it.setBrush(_brush(it.opts["brush"], recolor), update=False)
        if len(it.data):
            it.setSize(it.data["size"] * ratio)
    elif isinstance(it, pg.TextItem):
        it.setFont(_scaled_font(it.textItem.font(), ratio))
        if it.fill.style() == Qt.BrushStyle.NoBrush and it.color.name() in FOREGROUNDS:  # plain text on the plot
            it.setColor(Theme.foreground)
    elif isinstance(it, pg.ArrowItem):
        it.setStyle(headLen=it.opts["headLen"] * ratio)


def _label_style() -> dict:
    return {"color": _hex(Theme.foreground), "font-size": f"{int(10 * Theme.scale)}pt"}


def legend_brush():
    """No legend background: a box over the curves would fade the data behind it."""
    return pg.mkBrush(None)


def make_plot(
    x_label: str = "", y_label: str = "", title: str | None = None, axis_items: dict | None = None
) -> pg.PlotWidget:
    """A PlotWidget with the applet's look: the theme's background, grid, labelled axes.

    The axes (with their grid lines and tick labels) are kept as pixmaps: while training
    redraws a curve, an axis whose range did not change is copied, not drawn again."""
    plot = pg.PlotWidget(background=Theme.background, axisItems=axis_items)
    item = plot.getPlotItem()
    item.showGrid(x=True, y=True, alpha=0.25)
    if title:
        item.setTitle(title, color=Theme.foreground)
    item.setLabel("bottom", x_label, **_label_style())
    item.setLabel("left", y_label, **_label_style())
    for side in ("bottom", "left"):
        axis = item.getAxis(side)
        axis.setPen(Theme.foreground)
        axis.setTextPen(Theme.foreground)
        axis.setTickFont(Theme.font())
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    plot.setMenuEnabled(False)
    return plot


def cache_static(*items: pg.GraphicsObject) -> None:
    """Items that stay the same while training runs (data points, contours) are painted once
    into pixmaps, which are copied when something else in their plot moves; a PlotDataItem
    draws through its curve and scatter children, so those are the ones cached."""
    for item in items:
        for drawn in (item.curve, item.scatter) if isinstance(item, pg.PlotDataItem) else (item,):
            drawn.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def settle_plots(root: QWidget) -> None:
    """Bring the visible plots inside ``root`` up to date (auto-range, view transform) now,
    after new data and before they are painted.

    pyqtgraph does this at the start of painting, and a range changed while painting asks
    for a second paint of the whole plot: plots whose range follows the data (a growing
    loss curve) were painted twice per snapshot.
    """
    for view in root.findChildren(pg.GraphicsView):
        if view.isVisible():
            view.scene().prepareForPaint()


class PlotLegend(pg.LegendItem):
    """A plot's legend in a row below its plot area, so it never covers the data, with as
    many entries side by side as the plot's width allows (in any language and font size)."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        super().__init__(
            offset=None, labelTextColor=Theme.foreground, brush=legend_brush(), labelTextSize=f"{9 * Theme.scale:g}pt"
        )
        self.plot = plot
        self.plot_item = plot.getPlotItem()
        self.setMinimumWidth(0)  # never widen the plot beyond its widget: fewer columns instead
        self.plot_item.legend = self  # plot items added with a name join it; restyle finds it
        layout = self.plot_item.layout
        layout.addItem(self, 4, 1)  # below the plot area and its axis, where no title or data is
        self.plot_item.vb.sigResized.connect(self.fit_columns)

    def updateSize(self) -> None:
        """Entries changed: rearrange them for the width, and let the plot's layout resize the row."""
        self.fit_columns()
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        """An entry's text changed (a language switch): its row may no longer fit."""
        super().resizeEvent(event)
        self.fit_columns()

    def entry_widths(self) -> list[float]:
        gaps = 2 * max(self.layout.horizontalSpacing(), 0)  # between sample and text, and to the next entry
        return [
            sample.boundingRect().width() + label.item.boundingRect().width() + gaps for sample, label in self.items
        ]

    def fit_columns(self) -> None:
        """As many columns as fit in the plot area's width (at least one)."""
        item = self.plot_item
        axes = sum(item.getAxis(side).width() for side in ("left", "right") if item.getAxis(side).isVisible())
        columns = legend_columns(self.entry_widths(), self.plot.width() - axes)
        if columns != self.columnCount:
            self.setColumnCount(columns)  # calls updateSize again, which finds nothing to change

    def retext(self) -> None:
        """After the labels' font changed."""
        self.updateSize()


def legend_columns(widths: list[float], available: float) -> int:
    """How many legend entries of these widths fit side by side in ``available`` pixels,
    filled row by row: the largest column count whose widest entries per column fit."""
    for columns in range(len(widths), 1, -1):
        per_column = [max(widths[i::columns]) for i in range(columns)]
        if sum(per_column) <= available:
            return columns
    return 1


def add_legend(plot: pg.PlotWidget) -> PlotLegend:
    """The plot's legend: readable text, no box, below the plot area (never over the data)."""
    return PlotLegend(plot)


def set_axis_labels(plot: pg.PlotWidget, x_label: str, y_label: str) -> None:
    """Re-label both axes (after a language switch or a change of units)."""
    plot.getPlotItem().setLabel("bottom", x_label, **_label_style())
    plot.getPlotItem().setLabel("left", y_label, **_label_style())
