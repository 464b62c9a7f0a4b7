"""The backpropagation of one example a learner chose — a point clicked in the plane — with the
weights training has reached: every number of the forward pass, the loss, the backward pass and
the gradients, each gradient beside its numerical check.

A panel asks with ``Panel.trace_requested`` (a ``SampleRequest``); the window opens this dialog
(``open_point_trace``). It reads the snapshot's weights and never touches the training: the
lecture's hand-worked example, on a point the learner picked from the data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSplitter, QVBoxLayout, QWidget

from applet.core.backprop import fmt
from applet.training.trace_example import SampleRequest, TraceExample
from applet.ui.labels import activation_name, fill
from applet.ui.view_models.trace_session import TraceSession
from applet.ui.widgets.network_diagram import NetworkDiagram
from applet.ui.widgets.trace_table import TraceTable


def where_text(where: tuple[float, ...]) -> str:
    """A point's coordinates as the learner reads them, e.g. "(0.532, −1.2)"."""
    return "(" + ", ".join(fmt(v, 3) for v in where) + ")"


class PointTraceDialog(QDialog):
    """See the module docstring: the trace of ``example`` (made from ``request``) at ``update``."""

    def __init__(self, example: TraceExample, request: SampleRequest, update: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pointTraceDialog")
        self.request, self.update = request, update
        self.session = TraceSession(example)
        self.session.go(len(self.session.trace))  # every step computed at once
        self.heading = QLabel(objectName="pointTraceHeading", wordWrap=True)
        self.diagram = NetworkDiagram()
        self.table = TraceTable()
        self.table.currentCellChanged.connect(self._row_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.diagram)
        split.addWidget(self.table)
        split.setSizes([200, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.diagram.set_network(example.layer_sizes, list(example.weights))
        self.diagram.edge_label = lambda w: fmt(w, self.session.digits)
        self.table.show_steps(self.session, 0)
        self.resize(760, 640)
        self.retranslate()

    @property
    def example(self) -> TraceExample:
        return self.session.example

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Backpropagation of the point %1"), where_text(self.request.where)))
        ex = self.example
        target = (
            fill(self.tr("class %1"), self.request.name or str(ex.label))
            if ex.loss == "cross_entropy"
            else fill(self.tr("target %1"), ", ".join(fmt(v, 4) for v in ex.y))
        )
        loss = next(s for s in self.session.trace if s.kind == "loss").value
        self.heading.setText(
            fill(
                self.tr(
                    "The point %1, %2, through the network with the weights of update %3: the forward pass, "
                    "the loss L = %4, the backward pass and every gradient (training is not changed)."
                ),
                where_text(self.request.where),
                target,
                str(self.update),
                fmt(loss, self.session.digits),
            )
        )
        self.table.retranslate()
        self.diagram.set_layer_text(0, self.tr("inputs"))
        for layer, spec in enumerate(ex.layers, start=1):
            self.diagram.set_layer_text(layer, f"{spec.units} {activation_name(spec.activation)}")

    def _row_chosen(self, row: int, *_) -> None:
        """The step of the chosen row: its node and the nodes and weights it reads, in the diagram."""
        if 0 <= row < len(self.session.trace):
            step = self.session.trace[row]
            self.diagram.highlight(step.nodes, step.edges)
