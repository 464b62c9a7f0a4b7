"""Weights panel: the learned weights w₁…w_d of a linear model as bars.

With several days of features the lecture asks which days matter: the bars show each
day's weight as the model has learned it so far (they trade places during training).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout

from applet.core.problem import Problem
from applet.training.snapshot import Snapshot
from applet.ui.labels import ReadoutPace, fill
from applet.ui.panels.base import Panel
from applet.ui.style import COLORS, Theme, make_plot, set_axis_labels
from applet.ui.widgets.drawn_values import DrawnValues
from applet.ui.widgets.followed_axes import FollowedAxes, extent


class WeightsPanel(Panel):
    panel_id = "weights"
    draws_latest_only = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("weightsPlot")
        self.plot = make_plot()
        self.plot.getAxis("left").enableAutoSIPrefix(False)  # a weight of 0.6 reads 0.6, not 600 (×0.001)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=COLORS["piece"], pen=None)
        self.plot.addItem(self.bars)
        self.axes = FollowedAxes(self.plot.getPlotItem().getViewBox(), x=True, y=True)  # no re-framing per frame
        self.drawn = DrawnValues()  # while training runs, the bars are drawn again only when that shows
        self.pace = ReadoutPace()
        self.bias_label = QLabel()
        self.bias_label.setObjectName("biasLabel")
        self.bias_label.setFont(Theme.font(10))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.bias_label)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Weights")

    def retranslate(self) -> None:
        set_axis_labels(self.plot, self.tr("feature j: views j days before (xⱼ)"), self.tr("weight wⱼ"))

    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.bars.setOpts(x=[], height=[])
        self.bias_label.setText("")
        self.drawn.clear()
        self.axes.reset()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        if snapshot.weights is None or len(snapshot.weights) != 1:
            return  # only a linear model (no hidden layer) has one weight per day
        w = snapshot.weights[0][:, 0]
        if self.drawn.changed("bars", w, self.plot, snapshot.running):
            days = np.arange(1, len(w) + 1)
            self.bars.setOpts(x=days, height=w)
            self.axes.follow(x=(0.5, len(w) + 0.5), y=extent(w, [0.0]))
        if self.pace.due(snapshot.running):
            self.bias_label.setText(fill(self.tr("bias b = %1"), f"{snapshot.biases[0][0]:.4g}"))
