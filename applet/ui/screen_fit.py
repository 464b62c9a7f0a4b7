"""Fit the window to a classroom screen: 1280×720 projectors, 1366×768 laptops and larger.

The window's first size comes from the screen's available area (never larger). Every
panel sits in a scroll area inside its dock, so a short dock scrolls its panel instead of
cutting its text off or pushing the window past the screen's edge; and a dock too short
to be usable joins the dock above it (or a chosen partner) as a tab.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QTabBar, QVBoxLayout, QWidget

PREFERRED = QSize(1600, 1000)  # on a laptop or projector: the whole screen
FRAME_ALLOWANCE = QSize(0, 32)  # a window manager's title bar, outside the window's own size
USABLE_LINES = 12  # a dock shorter than this many lines of text (plus its title) is not usable,
PLOT_LINES = 6  # nor one that leaves a plot fewer lines than this beside its panel's texts and controls,
ENOUGH_LINES = 30  # and a dock this tall is usable, however much more its panel could show
WIDE_LINES = 20  # a panel asks for at most this width (in lines of text, at least WIDE_PIXELS);
WIDE_PIXELS = 440  # a wider one scrolls sideways


def first_size(available: QSize, preferred: QSize = PREFERRED, frame: QSize = FRAME_ALLOWANCE) -> QSize:
    """The window's first size: ``preferred``, shrunk to fit ``available`` with its frame."""
    return preferred.boundedTo(available - frame)


def fit_window(window: QWidget, available: QRect) -> None:
    """Shrink ``window`` to fit ``available`` (frame included) and move it inside it."""
    size = window.size().boundedTo(first_size(available.size(), QSize(10**6, 10**6)))
    window.resize(size)
    x = min(max(window.x(), available.left()), available.right() + 1 - size.width())
    y = min(max(window.y(), available.top()), available.bottom() + 1 - size.height() - FRAME_ALLOWANCE.height())
    window.move(max(x, available.left()), max(y, available.top()))


class _Holder(QWidget):
    """Holds a dock's widget in its scroll area. For a given width it asks for the least
    height the widget needs (texts wrapped to that width), not its preferred height: the
    area scrolls only when the dock is shorter than that."""

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.inner = inner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(inner)

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalMinimumHeightForWidth(width)


class _VerticalScroller(QScrollArea):
    """A frameless scroll area as wide as its widget needs (whatever the font) up to
    ``WIDE_LINES`` lines of text; a wider widget scrolls sideways too."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(objectName=f"{widget.objectName()}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(_Holder(widget))

    def minimumSizeHint(self) -> QSize:
        width = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        widest = max(WIDE_LINES * self.fontMetrics().height(), WIDE_PIXELS)
        return QSize(min(width, widest), super().minimumSizeHint().height())


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a scroll area: it fills the area when there is room and scrolls up and
    down when the area is shorter than the widget's minimum height."""
    return _VerticalScroller(widget)


def content(dock: QDockWidget) -> QWidget | None:
    """What a dock shows: the widget inside its scroll area, or its widget."""
    widget = dock.widget()
    return widget.widget().inner if isinstance(widget, QScrollArea) else widget


def needed_height(dock: QDockWidget) -> int:
    """The height below which ``dock`` is not usable: its content's minimum height plus
    ``PLOT_LINES`` lines per plot, between ``USABLE_LINES`` and ``ENOUGH_LINES`` lines of
    text, plus its title bar."""
    line = dock.fontMetrics().height()
    inner = content(dock)
    wanted = 0
    if inner is not None:
        plots = [plot for plot in inner.findChildren(pg.PlotWidget) if not plot.isHidden()]
        wanted = inner.minimumSizeHint().height() + PLOT_LINES * line * len(plots)
    return min(max(USABLE_LINES * line, wanted), ENOUGH_LINES * line) + line + 8


def shown_docks(window: QMainWindow) -> list[QDockWidget]:
    """The docked (not floating) docks the learner sees: one per tab group, the raised one."""
    return [
        dock
        for dock in window.findChildren(QDockWidget)
        if dock.isVisible() and not dock.isFloating() and not dock.visibleRegion().isEmpty() and dock.objectName()
    ]


def columns(docks: list[QDockWidget]) -> list[list[QDockWidget]]:
    """Docks grouped by the column they stand in (same left edge), each column top to bottom."""
    by_left: dict[int, list[QDockWidget]] = {}
    for dock in docks:
        by_left.setdefault(dock.geometry().left(), []).append(dock)
    return [sorted(column, key=lambda d: d.geometry().top()) for column in by_left.values()]


def too_short(window: QMainWindow) -> tuple[QDockWidget, QDockWidget] | None:
    """In a column too short for every dock in it to be usable: its lowest dock and the one
    above, which it should join as a tab; else None."""
    for column in columns(shown_docks(window)):
        if len(column) < 2:
            continue
        height = column[-1].geometry().bottom() - column[0].geometry().top()
        if sum(needed_height(dock) for dock in column) > height:
            return column[-1], column[-2]  # the lowest dock, the least important, makes room
    return None


def tab_short_docks(
    window: QMainWindow, partners: dict[str, str] | None = None, front: list[str] | None = None
) -> list[str]:
    """Put docks that are too short to use into tabs until every shown dock is usable.

    A dock goes behind the dock named in ``partners`` (by object name) when that one is in
    the window, else behind the dock above it in its column. Of the docks in a new tab
    group, the one listed first in ``front`` is shown. Returns the docks moved."""
    partners, front = partners or {}, front or []
    for area in window.findChildren(_VerticalScroller):  # fonts may have changed their widgets' widths
        area.updateGeometry()
    moved: list[str] = []
    for _ in range(len(window.findChildren(QDockWidget))):
        window.layout().activate()
        pair = too_short(window)
        if pair is None:
            break
        dock, host = _with_partner(window, *pair, partners)
        for member in [dock, *window.tabifiedDockWidgets(dock)]:  # with the tabs it already has
            window.tabifyDockWidget(host, member)
        moved.append(dock.objectName())
    if moved:
        for name in reversed(front):  # the first listed wins its tab group
            dock = window.findChild(QDockWidget, name)
            if dock is not None and window.tabifiedDockWidgets(dock):
                dock.raise_()
    window.layout().activate()
    for column in columns(shown_docks(window)):  # a dock shorter than it needs: share in proportion to needs
        if len(column) > 1 and any(dock.height() < needed_height(dock) for dock in column):
            window.resizeDocks(column, [needed_height(d) for d in column], Qt.Orientation.Vertical)
    window.layout().activate()
    return moved


def _with_partner(
    window: QMainWindow, dock: QDockWidget, host: QDockWidget, partners: dict[str, str]
) -> tuple[QDockWidget, QDockWidget]:
    """Which dock goes behind which: a dock with a partner joins it; a dock that is some
    other dock's partner takes that one in as a tab instead; otherwise ``dock`` joins ``host``."""
    name = dock.objectName()
    together = window.tabifiedDockWidgets(dock)
    partner = window.findChild(QDockWidget, partners.get(name, "\0"))
    if partner is not None and partner is not dock and partner.isVisible() and partner not in together:
        return dock, partner
    for other_name, target in partners.items():
        other = window.findChild(QDockWidget, other_name)
        if target == name and other is not None and other is not dock and other.isVisible() and other not in together:
            return other, dock
    return dock, host


def visible_in(widget: QWidget, window: QWidget) -> bool:
    """True when ``widget`` is shown and lies wholly inside ``window``'s rectangle."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def title_visible(dock: QDockWidget, window: QMainWindow) -> bool:
    """True when the learner can read ``dock``'s title: its title bar lies in the window, or
    it is a tab of a tab bar that does."""
    if visible_in(dock, window):
        return True
    return any(
        visible_in(bar, window)
        and any(
            bar.tabText(i) == dock.windowTitle() and bar.rect().contains(bar.tabRect(i)) for i in range(bar.count())
        )
        for bar in window.findChildren(QTabBar)
    )
