"""Fit panel: the data and the model's output.

For the views lessons: "yesterday → today" as a scatter with the fitted line (one-day
model), and the time series of actual and predicted views with the unseen 2021 days
shaded. For the curve lessons: the target points and the network's curve.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout

from applet.core.problem import Problem
from applet.training.snapshot import Snapshot
from applet.ui.panels.base import Panel
from applet.ui.style import COLORS, VALIDATION_SPAN, Theme, add_legend, make_plot, set_axis_labels

RECENT_DAYS = 120


def drawable(y: np.ndarray) -> np.ndarray:
    """Outputs as drawn: where a diverged network's output overflowed, the curve has a gap."""
    return np.where(np.isfinite(y), y, np.nan)


def day_seconds(dates: np.ndarray) -> np.ndarray:
    """Dates as seconds since 1970 (what pyqtgraph's date axis reads)."""
    return dates.astype("datetime64[s]").astype(np.float64)


class FitPanel(Panel):
    panel_id = "fit"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("fitPlot")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scatter_plot = make_plot()
        self.time_plot = make_plot(axis_items={"bottom": pg.DateAxisItem(orientation="bottom")})
        layout.addWidget(self.scatter_plot, 1)
        layout.addWidget(self.time_plot, 1)
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
        add_legend(self.time_plot)
        self.predicted_curve = tp.plot([], [], pen=Theme.pen(COLORS["model"], 2), name="predicted", connect="finite")
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
        for static in (self.train_points, self.val_points, self.actual_curve):  # redrawn as pixmaps, not point by point
            static.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.val_span = pg.LinearRegionItem(brush=VALIDATION_SPAN, movable=False, pen=pg.mkPen(None))
        tp.addItem(self.val_span)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Fit")

    def retranslate(self) -> None:
        for legend, items in (
            (
                self.scatter_plot.getPlotItem().legend,
                (
                    (self.train_points, self.tr("training days")),
                    (self.val_points, self.tr("unseen days")),
                    (self.model_line, self.tr("model")),
                ),
            ),
            (
                self.time_plot.getPlotItem().legend,
                ((self.actual_curve, self.tr("actual")), (self.predicted_curve, self.tr("predicted"))),
            ),
        ):
            for item, text in items:
                legend.getLabel(item).setText(text)
        self._label_axes()

    def _label_axes(self) -> None:
        p = self.problem
        if p is None:
            return
        if p.info.get("kind") == "views":
            unit = p.info["unit"]
            x_label = (
                self.tr("x₁ standardised (mean 0, sd 1)")
                if p.info.get("standardized")
                else self.tr("views yesterday, x₁ (%1)").replace("%1", unit)
            )
            set_axis_labels(self.scatter_plot, x_label, self.tr("views that day, y (%1)").replace("%1", unit))
            set_axis_labels(self.time_plot, self.tr("date"), self.tr("views (%1)").replace("%1", unit))
        else:
            set_axis_labels(self.scatter_plot, "x", "y")

    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        is_views = problem.info.get("kind") == "views"
        one_input = problem.n_inputs == 1
        self.scatter_plot.setVisible(one_input)
        self.time_plot.setVisible(is_views)
        self.train_points.setData(problem.X_train[:, 0] if one_input else [], problem.Y_train if one_input else [])
        if one_input and problem.has_validation:
            self.val_points.setData(problem.X_val[:, 0], problem.Y_val)
        else:
            self.val_points.setData([], [])
        self.model_line.setData([], [])
        if is_views:
            t = day_seconds(problem.info["dates"])
            self.actual_curve.setData(t, problem.info["targets"])
            self.predicted_curve.setData([], [])
            val_start = day_seconds(np.array([problem.info["val_start"]]))[0]
            self.val_span.setRegion((val_start, t[-1]))
            # open on the last months, where the unseen days are; zoom out for the years
            self.time_plot.setXRange(t[-1] - RECENT_DAYS * 86400, t[-1], padding=0.02)
            recent = problem.info["targets"][-RECENT_DAYS:]
            self.time_plot.setYRange(recent.min(), recent.max(), padding=0.1)
        self._label_axes()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        previous = self.snapshot
        super().show_snapshot(snapshot)
        if self.problem is None or (previous is not None and snapshot.outputs is previous.outputs):
            return  # the outputs already drawn (while training runs, they are not new in every snapshot)
        grid = self.problem.probes.get("grid")
        if grid is not None and "grid" in snapshot.outputs:
            self.model_line.setData(grid[:, 0], drawable(snapshot.outputs["grid"][:, 0]))
        if "all" in snapshot.outputs and self.problem.info.get("kind") == "views":
            t = day_seconds(self.problem.info["dates"])
            self.predicted_curve.setData(t, drawable(snapshot.outputs["all"][:, 0]))
