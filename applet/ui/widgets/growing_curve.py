"""GrowingCurve: a curve that grows at its end (a loss curve while training runs), painted
at the cost of what is new.

A plot repaints every item under the area that changed. A curve given all its points again
each frame is one item over the whole plot: all of it — a thousand wide segments — was
painted again for a few new points at its right end. Here the curve is two items: a *head*
holding the points that stayed the same, painted once into a pixmap (Qt's device
coordinate cache) and copied after that, and the *tail*, the points since, painted each
frame. Whatever changes (new points, a step back, a bucket of the envelope completed) goes
to the tail; the head is cut again only when a part of it changed, its pen changed or the
tail has grown long. ``getData`` returns every point, as for any PlotDataItem.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

TAIL_MAX = 200  # points painted every frame before the head takes them over
# what the head's pixmap depends on: a new pen, not a new way to connect the same points
HEAD_STYLE = ("pen", "shadowPen", "fillLevel", "fillOutline", "brush", "antialias", "stepMode", "compositionMode")


def common_prefix(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> int:
    """How many leading points (x, y) two curves share (NaN equal to NaN)."""
    m = min(len(x0), len(x1))
    if m == 0:
        return 0
    same = ((x0[:m] == x1[:m]) | (np.isnan(x0[:m]) & np.isnan(x1[:m]))) & (
        (y0[:m] == y1[:m]) | (np.isnan(y0[:m]) & np.isnan(y1[:m]))
    )
    return m if same.all() else int(np.argmin(same))


class SplitCurveItem(pg.PlotCurveItem):
    """Paints the tail; ``head`` (cached as a pixmap) the points before it.

    The head is a sibling, not a child: a change of the tail's geometry would throw away the
    cached pixmaps of its children."""

    def __init__(self, parent: pg.GraphicsObject) -> None:
        super().__init__()
        self.setParentItem(parent)
        self.head = pg.PlotCurveItem()
        self.head.setParentItem(parent)
        self.head.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.cut = 0  # the tail starts at this point (the head's last one)
        self.head_cuts = 0  # how often the head was painted anew (for tests and benchmarks)
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._head_style: dict = {}

    def setData(self, *args, **kwargs) -> None:  # noqa: N802  (pyqtgraph's name)
        if not hasattr(self, "head"):  # PlotCurveItem.__init__ sets its first data
            super().setData(*args, **kwargs)
            return
        x, y = kwargs.pop("x", None), kwargs.pop("y", None)
        if args or x is None or y is None or len(x) < 2:  # nothing to split: all in the tail
            self._cut_head(0, np.empty(0), np.empty(0), kwargs)
            self._x = self._y = np.empty(0)
            super().setData(*args, **kwargs) if args else super().setData(x=x, y=y, **kwargs)
            return
        x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        n = len(x)
        kept = common_prefix(self._x, self._y, x, y)
        style = {key: kwargs[key] for key in HEAD_STYLE if key in kwargs}
        head_intact = self.cut < kept and style == self._head_style
        if not (head_intact and n - self.cut <= TAIL_MAX):
            self._cut_head(max(0, min(kept, n) - 1), x, y, kwargs)
        self._x, self._y = x.copy(), y.copy()
        super().setData(x=x[self.cut :], y=y[self.cut :], **kwargs)

    def _cut_head(self, cut: int, x: np.ndarray, y: np.ndarray, options: dict) -> None:
        self.cut = cut
        self._head_style = {key: options[key] for key in HEAD_STYLE if key in options}
        if cut >= 1:
            self.head.setData(x=x[: cut + 1].copy(), y=y[: cut + 1].copy(), **options)
            self.head_cuts += 1
        else:
            self.head.setData(x=np.empty(0), y=np.empty(0), **options)

    def hide(self) -> None:  # PlotDataItem hides its curve without a pen: the head goes too
        super().hide()
        self.head.hide()

    def show(self) -> None:
        super().show()
        self.head.show()

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        super().setVisible(visible)
        self.head.setVisible(visible)

    def clear(self) -> None:
        super().clear()
        if hasattr(self, "head"):
            self.head.clear()
            self.cut = 0
            self._x = self._y = np.empty(0)

    def dataBounds(self, ax, frac=1.0, orthoRange=None):  # noqa: N802,N803  (an auto-range sees all points)
        lo, hi = super().dataBounds(ax, frac, orthoRange)
        if self.cut < 1:
            return lo, hi
        head_lo, head_hi = self.head.dataBounds(ax, frac, orthoRange)
        bounds = [v for v in (lo, head_lo) if v is not None], [v for v in (hi, head_hi) if v is not None]
        return (min(bounds[0]) if bounds[0] else None, max(bounds[1]) if bounds[1] else None)


class GrowingCurve(pg.PlotDataItem):
    """A PlotDataItem whose line is a SplitCurveItem: new points at the end repaint only the end."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        plain = self.curve
        plain.sigClicked.disconnect(self.sigClicked)
        plain.setParentItem(None)
        if plain.scene() is not None:
            plain.scene().removeItem(plain)
        self.curve = SplitCurveItem(self)
        self.curve.head.stackBefore(self.curve)
        self.curve.sigClicked.connect(self.sigClicked)
        self.curve.stackBefore(self.scatter)
        self.setProperty("styleWasChanged", True)
        self.updateItems()


def growing_plot(plot_item: pg.PlotItem, *args, **kwargs) -> GrowingCurve:
    """Like ``PlotItem.plot``: a GrowingCurve added to the plot."""
    curve = GrowingCurve(*args, **kwargs)
    plot_item.addItem(curve)
    return curve
