"""Fit panel: the data and the model's output.

For the views lessons: "yesterday → today" as a scatter with the fitted line (one-day
model), the time series of actual and predicted views with the unseen days shaded and
the days filled by interpolation marked, and under it the error on each unseen day with
the holidays marked (the model cannot know about them). For the curve lessons: the
target points and the network's curve.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout

from applet.core.datasets import views, wikipedia
from applet.core.datasets.holidays import CHRISTMAS, LUNAR, NEW_YEAR, holidays_between, unseen_errors
from applet.core.problem import Problem, ProblemKind, ViewsInfo
from applet.training.snapshot import Snapshot
from applet.ui.labels import fill
from applet.ui.panels.base import Panel
from applet.ui.style import COLORS, VALIDATION_SPAN, Theme, add_legend, cache_static, make_plot, set_axis_labels
from applet.ui.widgets.day_axis import DayAxis
from applet.ui.widgets.drawn_values import DrawnValues
from applet.ui.widgets.followed_axes import FollowedAxes, extent

RECENT_DAYS = 120
DAY = 86400.0
HOLIDAY_NAMES = {
    NEW_YEAR: QT_TRANSLATE_NOOP("FitPanel", "New Year"),
    CHRISTMAS: QT_TRANSLATE_NOOP("FitPanel", "Christmas"),
    LUNAR: QT_TRANSLATE_NOOP("FitPanel", "Lunar New Year"),
}


def drawable(y: np.ndarray) -> np.ndarray:
    """Outputs as drawn: where a diverged network's output overflowed, the curve has a gap."""
    return np.where(np.isfinite(y), y, np.nan)


def day_seconds(dates: np.ndarray) -> np.ndarray:
    """Dates as seconds since 1970 (what pyqtgraph's date axis reads)."""
    return dates.astype("datetime64[s]").astype(np.float64)


class FitPanel(Panel):
    panel_id = "fit"
    draws_latest_only = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("fitPlot")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scatter_plot = make_plot()
        self.time_plot = make_plot(axis_items={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.day_axis = DayAxis()  # day numbers only, the months in its title: labels never overlap
        self.error_plot = make_plot(axis_items={"bottom": self.day_axis})
        self.error_plot.setObjectName("unseenErrorPlot")
        layout.addWidget(self.scatter_plot, 3)
        layout.addWidget(self.time_plot, 3)
        layout.addWidget(self.error_plot, 2)
        sp = self.scatter_plot.getPlotItem()
        add_legend(self.scatter_plot)
        self.train_points = sp.plot(
            [], [], pen=None, symbol="o", symbolSize=4, symbolBrush=COLORS["data"], symbolPen=None, name="train"
        )
        self.val_points = sp.plot(
            [], [], pen=None, symbol="t", symbolSize=6, symbolBrush=COLORS["validation"], symbolPen=None, name="unseen"
        )
        self.model_line = sp.plot([], [], pen=Theme.pen(COLORS["model"], 3), name="model", connect="finite")
        tp = self.time_plot.getPlotItem()
        add_legend(self.time_plot).setColumnCount(3)  # one row along the top: less of the series hidden
        self.predicted_curve = tp.plot([], [], pen=Theme.pen(COLORS["model"], 2), name="predicted", connect="finite")
        self.predicted_curve.setClipToView(True)  # the plot opens on the last months: paint only those
        self.actual_curve = tp.plot(
            [],
            [],
            pen=Theme.pen(COLORS["data"], 1.2),
            symbol="o",
            symbolSize=3,
            symbolBrush=COLORS["data"],
            symbolPen=None,
            name="actual",
        )
        self.filled_points = tp.plot(
            [], [], pen=None, symbol="x", symbolSize=8, symbolPen=Theme.pen(COLORS["validation"], 2), name="filled"
        )
        cache_static(self.train_points, self.val_points, self.actual_curve, self.filled_points)
        self.val_span = pg.LinearRegionItem(brush=VALIDATION_SPAN, movable=False, pen=pg.mkPen(None))
        tp.addItem(self.val_span)
        ep = self.error_plot.getPlotItem()
        zero = pg.InfiniteLine(pos=0.0, angle=0, pen=Theme.pen(COLORS["grid"], 1))
        ep.addItem(zero)
        cache_static(zero)
        self.error_bars = pg.BarGraphItem(x=[], height=[], width=0.8 * DAY, pen=None, brush=COLORS["model"])
        ep.addItem(self.error_bars)
        self.holiday_lines: list[pg.InfiniteLine] = []
        # the ranges follow the model's output only when it leaves them: no re-framing per frame
        self.scatter_axes = FollowedAxes(sp.getViewBox(), x=True, y=True)
        self.error_axes = FollowedAxes(ep.getViewBox(), x=False, y=True)
        self.drawn = DrawnValues()  # while training runs, curves are drawn again only when that shows
        self.retranslate()

    def title(self) -> str:
        return self.tr("Fit")

    def retranslate(self) -> None:
        days = self.problem is None or self.problem.kind is ProblemKind.VIEWS  # else points of a curve
        for legend, items in (
            (
                self.scatter_plot.getPlotItem().legend,
                (
                    (self.train_points, self.tr("training days") if days else self.tr("training data")),
                    (self.val_points, self.tr("unseen days") if days else self.tr("unseen data")),
                    (self.model_line, self.tr("model")),
                ),
            ),
            (
                self.time_plot.getPlotItem().legend,
                (
                    (self.actual_curve, self.tr("actual")),
                    (self.predicted_curve, self.tr("predicted")),
                    (self.filled_points, self.tr("filled (was missing)")),
                ),
            ),
        ):
            for item, text in items:
                label = legend.getLabel(item)
                if label is not None:
                    label.setText(text)
        self._label_axes()

    def _label_axes(self) -> None:
        p = self.problem
        if p is None:
            return
        info = p.views
        if info is not None:
            unit = info.unit
            x_label = (
                self.tr("x₁ standardised (mean 0, sd 1)")
                if info.standardized
                else fill(self.tr("views yesterday, x₁ (%1)"), unit)
            )
            set_axis_labels(self.scatter_plot, x_label, fill(self.tr("views that day, y (%1)"), unit))
            set_axis_labels(self.time_plot, "", fill(self.tr("views (%1)"), unit))
            self.time_plot.getPlotItem().setTitle(
                self._series_title(info), color=Theme.foreground, size=f"{9 * Theme.scale:g}pt"
            )
            first, last = day_seconds(np.array([info.val_start, info.dates[-1]]))
            set_axis_labels(self.error_plot, self.day_axis.span_title(first, last), fill(self.tr("ŷ − y (%1)"), unit))
            self.error_plot.getPlotItem().setTitle(
                self.tr("Error on each unseen day: ŷ − y (above 0: too high)"),
                color=Theme.foreground,
                size=f"{9 * Theme.scale:g}pt",
            )
            for line, (_, kind) in zip(self.holiday_lines, self._holidays(info)):
                line.label.setFormat(QCoreApplication.translate("FitPanel", HOLIDAY_NAMES[kind]))
        else:
            set_axis_labels(self.scatter_plot, "x", "y")

    def _series_title(self, info: ViewsInfo) -> str:
        """Which data the plot shows, saying plainly whether it is real or synthetic."""
        name = info.series_name
        if name == views.NAME:
            return self.tr("Synthetic data (a generated channel)")
        if name == wikipedia.NAME:
            return self.tr('Real data: Wikipedia views of "R (programming language)"')
        return fill(self.tr("Imported data: %1"), name)

    @staticmethod
    def _holidays(info: ViewsInfo) -> list:
        return holidays_between(info.val_start, info.dates[-1])

    def _show_holidays(self, info: ViewsInfo) -> None:
        """A dashed line with its name on every holiday among the unseen days."""
        ep = self.error_plot.getPlotItem()
        for line in self.holiday_lines:
            ep.removeItem(line)
        self.holiday_lines = []
        start, end = info.val_start, info.dates[-1]
        for day, _ in self._holidays(info):
            late = day - start > (end - start) / 2  # its name on the left of the line, inside the plot
            line = pg.InfiniteLine(
                pos=day_seconds(np.array([day]))[0],
                angle=90,
                pen=Theme.pen(COLORS["validation"], 1.5, style=Qt.PenStyle.DashLine),
                label="",
                labelOpts={
                    "position": 0.92,
                    "color": Theme.foreground,
                    "fill": Theme.background,
                    "anchors": [(1, 0.5), (1, 0.5)] if late else [(0, 0.5), (0, 0.5)],
                },
            )
            ep.addItem(line)
            cache_static(line, line.label)  # painted once: the error bars change under them every frame
            self.holiday_lines.append(line)

    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        info = problem.views
        is_views = info is not None
        one_input = problem.n_inputs == 1
        self.scatter_plot.setVisible(one_input)
        self.time_plot.setVisible(is_views)
        self.error_plot.setVisible(is_views and problem.has_validation)
        self.train_points.setData(problem.X_train[:, 0] if one_input else [], problem.Y_train if one_input else [])
        if one_input and problem.has_validation:
            self.val_points.setData(problem.X_val[:, 0], problem.Y_val)
        else:
            self.val_points.setData([], [])
        self.model_line.setData([], [])
        self.drawn.clear()
        self.scatter_axes.reset()
        self.error_axes.reset()
        if one_input:
            self._follow_scatter()
        if info is not None:
            t = day_seconds(info.dates)
            self.actual_curve.setData(t, info.targets)
            filled = info.filled
            self.filled_points.setData(t[filled], info.targets[filled])
            legend = self.time_plot.getPlotItem().legend
            legend.removeItem(self.filled_points)
            if filled.any():  # the legend names the mark only when some day is marked
                legend.addItem(self.filled_points, self.tr("filled (was missing)"))
            self.predicted_curve.setData([], [])
            val_start = day_seconds(np.array([info.val_start]))[0]
            self.val_span.setRegion((val_start - DAY / 2, t[-1] + DAY / 2))
            self.error_bars.setOpts(x=[], height=[])
            self._show_holidays(info)
            self.error_plot.setXRange(val_start - DAY, t[-1] + DAY, padding=0)
            # open on the last months, where the unseen days are; zoom out for the years
            self.time_plot.setXRange(t[-1] - RECENT_DAYS * 86400, t[-1], padding=0.02)
            recent = info.targets[-RECENT_DAYS:]
            self.time_plot.setYRange(recent.min(), recent.max(), padding=0.1)
        self.retranslate()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        previous = self.snapshot
        super().show_snapshot(snapshot)
        if self.problem is None or (previous is not None and snapshot.outputs is previous.outputs):
            return  # the outputs already drawn (while training runs, they are not new in every snapshot)
        grid = self.problem.probes.get("grid")
        if grid is not None and "grid" in snapshot.outputs:
            line = drawable(snapshot.outputs["grid"][:, 0])
            if self.drawn.changed("line", line, self.scatter_plot, snapshot.running):
                self.model_line.setData(grid[:, 0], line)
                if self.problem.n_inputs == 1:
                    self._follow_scatter(grid[:, 0], line)
        info = self.problem.views
        if "all" in snapshot.outputs and info is not None:
            predicted = drawable(snapshot.outputs["all"][:, 0])
            if self.drawn.changed("predicted", predicted, self.time_plot, snapshot.running):
                self.predicted_curve.setData(day_seconds(info.dates), predicted)
            days, errors = unseen_errors(info, predicted)
            if not self.drawn.changed("errors", errors, self.error_plot, snapshot.running):
                return
            shown = np.isfinite(errors)
            above, below = pg.mkBrush(COLORS["model"]), pg.mkBrush(COLORS["train"])
            brushes = [above if e > 0 else below for e in errors[shown]]
            self.error_bars.setOpts(x=day_seconds(days[shown]), height=errors[shown], brushes=brushes)
            self.error_axes.follow(y=extent(errors[shown], [0.0]))

    def _follow_scatter(self, line_x: np.ndarray = (), line_y: np.ndarray = ()) -> None:
        """Frame the data and the model's line (re-framed only when the line leaves the range)."""
        p = self.problem
        xs = [p.X_train[:, 0], line_x] + ([p.X_val[:, 0]] if p.has_validation else [])
        ys = [p.Y_train, line_y] + ([p.Y_val] if p.has_validation else [])
        self.scatter_axes.follow(x=extent(*xs), y=extent(*ys))
