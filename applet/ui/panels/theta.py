"""θ and g panel: every parameter in one vector θ, its gradient g and the step θ − η·g.

For a small network the table lists θ grouped by layer (wᵢ, bᵢ, cᵢ, b), the gradient
g = ∂L/∂θ of the current loss on all training data, and the gradient-descent step θ − η·g
with the current η. After Step, the line below compares the new θ with that prediction:
with gradient descent on the full batch they agree to rounding; with batches, momentum or
Adam the step is another one, and the line says by how much.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from applet.core.errors import DataError, quiet_overflow
from applet.core.network import Network
from applet.core.problem import Problem
from applet.core.theta import gradient_step, parameter_count, parameter_names
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.labels import fill
from applet.ui.panels.base import Panel
from applet.ui.style import Theme

MAX_PARAMETERS = 60  # beyond this a list of numbers teaches nothing


def number(value: float) -> str:
    """A table cell: 4 significant digits, or — for a number that overflowed (a diverging run)."""
    return f"{value:.4g}" if np.isfinite(value) else "—"


class ThetaPanel(Panel):
    panel_id = "theta"
    draws_latest_only = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("thetaPanel")
        self.header = QLabel(objectName="thetaHeader")
        self.header.setFont(Theme.font(11))
        self.header.setWordWrap(True)
        self.table = QTableWidget(0, 5, objectName="thetaTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)  # 10 rows in view
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.step_label = QLabel(objectName="thetaStep")
        self.step_label.setWordWrap(True)
        self.step_label.setFont(Theme.font(10))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.step_label)
        self.setup: TrainingSetup | None = None
        self.names: list[tuple[int, str]] = []
        self.theta = self.g = self.theta_next = None
        self._drawn: tuple = ()
        self._predicted: tuple[int, np.ndarray] | None = None  # (update, θ − η·g) of the last snapshot
        self.retranslate()

    def title(self) -> str:
        return self.tr("θ and g")

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("layer"), self.tr("parameter"), "θ", self.tr("g = ∂L/∂θ"), "θ − η·g"]
        )
        self._show_header()

    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self._drawn, self._predicted = (), None
        self.step_label.setText("")

    def setup_changed(self, setup: TrainingSetup) -> None:
        self.setup = setup
        layers = tuple(setup.layers)
        self.names = parameter_names(setup.problem.n_inputs, layers)
        small = len(self.names) <= MAX_PARAMETERS
        self.table.setVisible(small)
        self.table.setRowCount(len(self.names) if small else 0)
        for row, (layer, name) in enumerate(self.names if small else []):
            last = layer == len(layers)
            self.table.setItem(row, 0, QTableWidgetItem(self.tr("output") if last else str(layer)))
            self.table.setItem(row, 1, QTableWidgetItem(name))
        self._drawn, self._predicted = (), None
        self._show_header()

    def _show_header(self) -> None:
        if self.setup is None:
            return
        count, terms = parameter_count(self.setup.problem.n_inputs, tuple(self.setup.layers))
        text = fill(self.tr("θ ← θ − η·g   with %1 = %2 parameters"), terms, count)
        if count > MAX_PARAMETERS:
            text += "\n" + fill(
                self.tr("Too many to list here: choose a network with at most %1 parameters."), MAX_PARAMETERS
            )
        self.header.setText(text)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        if self.table.isHidden() or snapshot.weights is None or self.problem is None or self.setup is None:
            return
        key = (snapshot.run_id, snapshot.update, snapshot.lr, snapshot.loss_name, id(snapshot.weights))
        if key == self._drawn:
            return
        self._drawn = key
        net = Network(self.problem.n_inputs, list(self.setup.layers))
        try:
            net.weights, net.biases = list(snapshot.weights), list(snapshot.biases)
            with quiet_overflow():  # a diverging run: the cells say — instead
                theta, g, theta_next = gradient_step(
                    net, self.problem.X_train, self.problem.Y_train, snapshot.loss_name, snapshot.lr
                )
        except DataError:
            return  # a network of another shape is being set up: the next snapshot fits
        self._compare_with_prediction(snapshot, theta)
        self.theta, self.g, self.theta_next = theta, g, theta_next
        for row, values in enumerate(zip(theta, g, theta_next)):
            for column, value in enumerate(values, start=2):
                self.table.setItem(row, column, QTableWidgetItem(number(value)))
        self._predicted = (snapshot.update, theta_next)

    def _compare_with_prediction(self, snapshot: Snapshot, theta: np.ndarray) -> None:
        """After one update: is the new θ the θ − η·g shown before it?"""
        if self._predicted is None or snapshot.update != self._predicted[0] + 1:
            if self._predicted is None or snapshot.update != self._predicted[0]:
                self.step_label.setText("")
            return
        with quiet_overflow():
            gap = float(np.max(np.abs(theta - self._predicted[1])))
        if not np.isfinite(gap):
            self.step_label.setText("")
            return
        if gap <= 1e-12 * max(1.0, float(np.max(np.abs(theta)))):
            text = self.tr("Update %1: the new θ is the θ − η·g shown before it (largest difference %2).")
        else:
            text = self.tr(
                "Update %1 used a batch, momentum or Adam: its step differs from −η·g of all the data by up to %2."
            )
        self.step_label.setText(fill(text, snapshot.update, f"{gap:.2g}"))
