"""Matrix form panel: r = b + W·x, a = σ(r), y = b + cᵀ·a with the numbers of one example.

The lecture writes a layer of neurons with more than one input as matrices: every neuron
i has a row of weights wᵢ₁ … wᵢd in W, and one product gives all the weighted inputs r.
The panel shows the matrices of the current network for the example the learner picks,
and the network's own output for it beside y, so the two ways of computing agree.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSpinBox, QVBoxLayout

from applet.core.errors import DataError, quiet_overflow
from applet.core.matrix_form import MatrixForm, has_matrix_form, matrix_form
from applet.core.network import Network
from applet.core.problem import Problem
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.labels import fill
from applet.ui.lessons import activation_names
from applet.ui.panels.base import Panel
from applet.ui.style import Theme

MAX_NEURONS = 10  # more rows than this do not fit beside the other panels


def number(value: float) -> str:
    """A matrix entry: 3 significant digits with a real minus sign, or — if it overflowed."""
    return f"{value:.3g}".replace("-", "−") if np.isfinite(value) else "—"


def html_matrix(rows: list[list[str]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td align='right'>{v}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='3'>{cells}</table>"


def column(values: np.ndarray) -> str:
    return html_matrix([[number(v)] for v in values])


def equation(*parts: str) -> str:
    """One line of the form  lhs = matrix + matrix · matrix, the matrices vertically centred."""
    cells = "".join(f"<td valign='middle'>{part}</td>" for part in parts)
    return f"<table cellspacing='4'><tr>{cells}</tr></table>"


class MatrixPanel(Panel):
    panel_id = "matrix"
    draws_latest_only = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPanel")
        self.example_label = QLabel()
        self.example_input = QSpinBox(objectName="matrixExampleInput")
        self.example_input.setMinimum(1)
        self.example_input.valueChanged.connect(self._draw)
        self.output_label = QLabel(objectName="matrixOutput")
        self.output_label.setWordWrap(True)
        self.output_label.setFont(Theme.font(10))
        self.equations = QLabel(objectName="matrixEquations")
        self.equations.setTextFormat(Qt.TextFormat.RichText)
        self.equations.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.equations.setFont(Theme.font(10))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.equations)
        row = QHBoxLayout()
        row.addWidget(self.example_label)
        row.addWidget(self.example_input)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.output_label)
        self.setup: TrainingSetup | None = None
        self.form: MatrixForm | None = None
        self.network_output: float | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Matrix form")

    def retranslate(self) -> None:
        self.example_label.setText(self.tr("Example (training data):"))
        self._draw()

    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.example_input.setMaximum(len(problem.X_train))

    def setup_changed(self, setup: TrainingSetup) -> None:
        self.setup = setup

    def show_snapshot(self, snapshot: Snapshot) -> None:
        previous = self.snapshot
        super().show_snapshot(snapshot)
        if previous is None or snapshot.weights is not previous.weights:
            self._draw()

    def _network(self) -> Network | None:
        snap = self.snapshot
        if snap is None or snap.weights is None or self.setup is None or self.problem is None:
            return None
        net = Network(self.problem.n_inputs, list(self.setup.layers))
        try:
            net.weights, net.biases = list(snap.weights), list(snap.biases)
        except DataError:
            return None  # a snapshot of the network before a change of shape
        return net

    def _draw(self) -> None:
        net = self._network()
        self.form = None
        if net is None or not has_matrix_form(net):
            self.equations.setText(self.tr("The matrix form is shown for one hidden layer and one linear output."))
            self.output_label.setText("")
            return
        if net.layers[0].units > MAX_NEURONS:
            text = fill(self.tr("Choose at most %1 neurons to see every number of W."), MAX_NEURONS)
            self.equations.setText(text)
            self.output_label.setText("")
            return
        x = self.problem.X_train[self.example_input.value() - 1]
        with quiet_overflow():  # huge weights of a diverging run: the entries say —
            form = matrix_form(net, x)
            self.network_output = float(net.forward(x[None, :])[0, 0])
        self.form = form
        k, d = form.W.shape
        W = html_matrix([[number(v) for v in row] for row in form.W])
        sigma = activation_names().get(form.activation, form.activation)
        self.equations.setText(
            "<b>r = b + W·x</b>"
            + equation("r =", column(form.r), "=", column(form.b), "+", W, "·", column(form.x))
            + f"<b>a = σ(r)</b>, σ = {sigma}"
            + equation("a =", column(form.a))
            + "<b>y = b + cᵀ·a</b>"
            + equation(
                f"y = {number(form.y)} =",
                number(form.b_out),
                "+",
                html_matrix([[number(v) for v in form.c]]),
                "·",
                column(form.a),
            )
            + fill(self.tr("W has one row per neuron (%1) and one column per input (%2)."), k, d)
        )
        label = self.tr("The network's output for this example: %1; its label ŷ = %2.")
        label_y = float(self.problem.Y_train[self.example_input.value() - 1])
        self.output_label.setText(fill(label, self.network_output, label_y, show=number))
