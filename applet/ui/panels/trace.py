"""Backprop trace panel: one gradient-descent update on one sample, one number at a time.

The learner walks through every number of the lecture's backpropagation with Next and
Previous: each neuron's z and a (forward pass), the loss, ∂L/∂a and ∂L/∂z from the
output back (backward pass), ∂L/∂w = a·∂L/∂z for every weight, and the update
w ← w − η·∂L/∂w. The diagram highlights the node being computed and the nodes and
weights it reads; the formula is shown in symbols and with the numbers put in; a table
lists every value so far, each gradient beside its central-difference check. "Apply
update" moves the parameters and traces the next iteration, so the loss falls.

Design: the panel draws a ``TraceSession`` (``applet.ui.view_models.trace_session``), which
owns the small example, traces it in the GUI thread — one sample through at most 4 × 4
neurons takes well under a millisecond — and keeps it consistent with the training worker,
which trains the same example.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from applet.core.backprop import fmt
from applet.core.errors import DataError
from applet.training.messages import translated
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.training.trace_example import TraceExample
from applet.ui.labels import activation_name, fill
from applet.ui.panels.base import Panel
from applet.ui.style import Theme
from applet.ui.view_models.trace_session import EDITABLE, Overflow, TraceSession, subscript
from applet.ui.widgets.batch_table import BatchTable
from applet.ui.widgets.circuit_inputs import CircuitInputs
from applet.ui.widgets.cost_table import CostTable
from applet.ui.widgets.example_editor import ExampleEditor
from applet.ui.widgets.network_diagram import NetworkDiagram
from applet.ui.widgets.parameter_editor import ParameterEditor
from applet.ui.widgets.trace_export import TraceExport
from applet.ui.widgets.trace_stepper import TraceStepper
from applet.ui.widgets.trace_table import TraceTable, phase_name

LOSS_HISTORY_SHOWN = 6
MIN_WIDTH = 560


class TracePanel(Panel):
    """See the module docstring."""

    panel_id = "trace"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tracePanel")
        self.session = TraceSession()
        self.editor: ParameterEditor | None = None
        self.setMinimumWidth(MIN_WIDTH)  # the window's first, larger share: the diagram and the table need it
        self._build()
        self._show_example()
        self.retranslate()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.form = ExampleEditor()
        self.form.edited.connect(self._edit)
        self.form.digits_changed.connect(self._digits_changed)
        self.form.rejected.connect(self._refuse)
        self.diagram = NetworkDiagram()
        self.diagram.edge_double_clicked.connect(lambda l, i, j: self.edit_parameter(l, (i, j)))
        self.diagram.node_double_clicked.connect(self._node_double_clicked)
        self.reversed_input = QCheckBox(objectName="traceReversedCheck")
        self.reversed_input.toggled.connect(self._reversed_toggled)
        self.circuit_inputs = CircuitInputs()
        self.circuit_inputs.value_entered.connect(self._output_gradient_entered)
        self.circuit_inputs.loss_requested.connect(self._follow_the_loss)
        self.circuit_inputs.rejected.connect(self._refuse)
        self.circuit_inputs.setVisible(False)
        self.loss_history = QLabel(objectName="traceLossHistory")
        self.loss_history.setFont(Theme.font(10))
        self.loss_history.setWordWrap(True)
        self.loss_history.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.step_label = QLabel(objectName="traceStepLabel")
        self.step_label.setFont(Theme.font(10))
        self.formula_label = QLabel(objectName="traceFormula")
        self.numbers_label = QLabel(objectName="traceNumbers")
        for label, points in ((self.formula_label, 14), (self.numbers_label, 14)):
            label.setFont(Theme.font(points))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stepper = TraceStepper()
        self.next_button = self.stepper.next_button
        for signal, slot in (
            (self.stepper.restart, self.restart),
            (self.stepper.previous, self.previous),
            (self.stepper.next, self.next),
            (self.stepper.run_to_end, self.run_to_end),
            (self.stepper.apply_update, self.apply_update),
        ):
            signal.connect(slot)
        self.exports = TraceExport(lambda: self.trace)
        self.exports.saved.connect(self._say)
        self.exports.failed.connect(self._refuse)
        self.message = QLabel(objectName="traceMessage")
        self.message.setWordWrap(True)

        self.table = TraceTable()
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        self.batch_table = BatchTable()
        self.batch_table.samples_changed.connect(self._samples_changed)
        self.cost_table = CostTable()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        view_row = QHBoxLayout()
        view_row.addWidget(self.reversed_input)
        view_row.addWidget(self.circuit_inputs)  # in place of the loss history while the view is reversed
        view_row.addWidget(self.loss_history, 1)
        top_layout.addWidget(self.diagram, 1)
        top_layout.addLayout(view_row)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.stepper)
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        steps_layout.setContentsMargins(0, 2, 0, 0)
        steps_layout.addWidget(self.step_label)
        steps_layout.addWidget(self.formula_label)
        steps_layout.addWidget(self.numbers_label)
        steps_layout.addWidget(self.table, 1)
        self.tabs = QTabWidget(objectName="traceTabs")
        self.tabs.setDocumentMode(True)  # no frame: the tables keep the height
        # on a 768-pixel screen the table may be as short as its header and two rows (it scrolls)
        self.table.setMinimumHeight(3 * self.table.fontMetrics().height())
        self.tabs.addTab(steps, "")
        self.tabs.addTab(self.batch_table, "")
        self.tabs.addTab(self.cost_table, "")
        bottom_layout.addWidget(self.tabs, 1)
        exports = QHBoxLayout()
        exports.addWidget(self.message, 1)
        exports.addWidget(self.exports)
        bottom_layout.addLayout(exports)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)  # the steps and tables below need the height more than the diagram
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.form)
        layout.addWidget(self.splitter, 1)

    def sizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, 720)

    def title(self) -> str:
        return self.tr("Backpropagation trace")

    def retranslate(self) -> None:
        self.form.retranslate()
        self.circuit_inputs.retranslate()
        self.reversed_input.setText(self.tr("Backward pass as a reversed network"))
        self.reversed_input.setToolTip(
            self.tr(
                "Mirror the network: ∂L/∂z flows from the output back through the same weights, and each "
                "neuron amplifies it by σ′(z) (the triangles)."
            )
        )
        self.stepper.retranslate()
        self.exports.retranslate()
        self.table.retranslate()
        self.batch_table.retranslate()
        self.cost_table.retranslate()
        self.tabs.setTabText(0, self.tr("Steps"))
        self.tabs.setTabText(1, self.tr("Batch: ∂Cⁿ/∂w per sample"))
        self.tabs.setTabText(2, self.tr("Why backprop is cheap"))
        self._show()

    # -- the session ----------------------------------------------------------------------
    @property
    def example(self) -> TraceExample:
        return self.session.example

    @property
    def trace(self):
        return self.session.trace

    @property
    def cursor(self) -> int:
        return self.session.cursor

    # -- the window's side ---------------------------------------------------------------
    def setup_changed(self, setup: TrainingSetup) -> None:
        """The lesson's (or a reset's) experiment: trace it, unless it is the one this panel sent."""
        try:
            if self.session.setup_changed(setup):
                self._show_example()
        except DataError as exc:
            self._refuse(translated(exc))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Follow the worker: its learning rate and loss, and its parameters once it has trained
        (while it runs, a few times a second: the trace is redrawn, not re-read, 30 times a second)."""
        super().show_snapshot(snapshot)
        try:
            adoption = self.session.adopt(snapshot)
        except Overflow as exc:  # training diverged: keep tracing the last numbers that are finite
            text = self.tr("Training diverged; the trace keeps its last finite numbers. %1")
            self._say(fill(text, self._overflow_message(exc)))
            return
        if adoption is not None:
            self._show_example()

    # -- stepping ------------------------------------------------------------------------
    def next(self) -> None:
        self._go(self.cursor + 1)

    def previous(self) -> None:
        self._go(self.cursor - 1)

    def run_to_end(self) -> None:
        self._go(len(self.trace))

    def restart(self) -> None:
        self._go(0)

    def _go(self, cursor: int) -> None:
        first = self.session.go(cursor)
        if first is not None:
            self._fill_table(first)
            self._show()

    def apply_update(self) -> None:
        """w ← w⁺ for every parameter; the next iteration is traced from its first step."""
        self._change(self.session.apply_update)

    # -- editing -------------------------------------------------------------------------
    def edit_parameter(self, layer: int, index: int | tuple[int, int]) -> None:
        """Open the editor for weight (layer, (i, j)) or bias (layer, j)."""
        self._open_editor(
            self.session.symbols[(layer, index)],
            self.session.parameter(layer, index),
            lambda v: self.set_parameter(layer, index, v),
        )

    def edit_input(self, i: int) -> None:
        self._open_editor(
            "x" + subscript(i + 1), float(self.example.x[i]), lambda v: self._edit(lambda ex: ex.with_input(i, v))
        )

    def _open_editor(self, symbol: str, value: float, apply) -> None:
        if self.editor is not None:
            self.editor.close()
        self.editor = ParameterEditor(symbol, value, self)
        self.editor.committed.connect(apply)
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()

    def _editor_closed(self) -> None:
        self.editor = None

    def set_parameter(self, layer: int, index: int | tuple[int, int], value: float) -> None:
        """Change exactly one weight or bias, re-trace, and send the parameters to the worker."""
        self._change(lambda: self.session.set_parameter(layer, index, value))

    def _change(self, change) -> None:
        """A change of the parameters: re-traced and sent to the worker in place (refused: nothing changes)."""
        try:
            example = change()
        except DataError as exc:
            self._refuse(self._overflow_message(exc))
            return
        self._show_example()
        self.parameters_edited.emit(list(example.weights), list(example.biases))

    def _node_double_clicked(self, layer: int, neuron: int) -> None:
        if layer == 0:
            self.edit_input(neuron)
        else:
            self.edit_parameter(layer, neuron)

    def _cell_double_clicked(self, row: int, _column: int) -> None:
        step = self.trace[row]
        if step.kind in EDITABLE:
            self.edit_parameter(step.layer, step.index)
        else:
            self._say(
                self.tr(
                    "This value is computed. Double-click a gradient or update row, an edge or a node "
                    "to change a weight, a bias or an input."
                )
            )

    def _edit(self, change, restart: bool = False) -> None:
        """An edit of the experiment (sample, shape, loss, η, preset): re-trace it and have it trained.

        ``change`` maps the example to the edited one; ``restart`` starts the trace and the
        loss history afresh (a new network or preset). A refused edit changes nothing.
        """
        try:
            self.session.edit(change, restart)
        except DataError as exc:
            self._refuse(self._overflow_message(exc))
            self.form.show_example(self.example)
            self.batch_table.show_rows(self.session)
            return
        self._show_example()
        self.setup_requested.emit(self.session.request_setup(self.form.seed_input.value()))

    def _samples_changed(self, n: int) -> None:
        """A batch of n samples: the first is kept, the others are drawn from the form's seed."""
        seed = self.form.seed_input.value()
        self._edit(lambda ex: ex.with_samples(n, seed))

    def _digits_changed(self, digits: int) -> None:
        self.session.digits = digits
        self.session.set_example(self.example)
        self._show_example()

    def _reversed_toggled(self, on: bool) -> None:
        self.diagram.set_reversed(on)
        self.circuit_inputs.setVisible(on)
        self.loss_history.setVisible(not on)
        self._show_nodes()

    def _output_gradient_entered(self, j: int, value: float) -> None:
        """The learner drives the reversed network with ∂C/∂yⱼ = value."""
        self.session.set_output_gradient(j, value)
        self._show_nodes()

    def _follow_the_loss(self) -> None:
        self.session.follow_the_loss()
        self._show_nodes()

    # -- showing -------------------------------------------------------------------------
    def _say(self, message: str) -> None:
        self.message.setText(message)

    def _refuse(self, message: str) -> None:
        """A refused edit: nothing changed; say why here and in the window's status bar."""
        self._say(message)
        self.refused.emit(message)

    def _overflow_message(self, exc: DataError) -> str:
        if not isinstance(exc, Overflow):
            return translated(exc)
        text = self.tr(
            "%1 = %2 would overflow (beyond ±1.8×10³⁰⁸). Choose smaller weights, inputs or "
            "learning rate η; nothing changed."
        )
        return fill(text, exc.step.symbol, exc.step.numbers)

    def _show_example(self) -> None:
        """The session's example: diagram, form, table and texts."""
        self.message.setText("")
        self.diagram.edge_label = lambda w: fmt(w, self.session.digits)
        self.diagram.set_network(self.example.layer_sizes, list(self.example.weights))
        self.form.show_example(self.example)
        self.batch_table.show_rows(self.session)
        self.cost_table.show_network(self.example.layer_sizes)
        self._fill_table(0)
        self._show()

    def _fill_table(self, first: int) -> None:
        self.table.show_steps(self.session, first)

    def _show(self) -> None:
        """Diagram, formula, buttons and loss history for the current step."""
        n, step = len(self.trace), self.session.step
        if step is None:
            self.step_label.setText(fill(self.tr("Step 0 of %1"), str(n)))
            self.formula_label.setText(self.tr("Press Next to compute the first value."))
            self.numbers_label.setText(self.tr("Double-click an edge, a node or a gradient row to change a number."))
            self.diagram.highlight((), ())
        else:
            self.step_label.setText(fill(self.tr("Step %1 of %2 · %3"), self.cursor, n, phase_name(step.phase)))
            self.formula_label.setText(step.formula)
            value = fmt(step.value, self.session.digits)
            self.numbers_label.setText(f"= {step.numbers} = {value}" if step.numbers != value else f"= {value}")
            self.diagram.highlight(step.nodes, step.edges)
        if self.example.n_samples > 1:
            text = self.tr("%1 · sample 1 of %2")
            self.step_label.setText(fill(text, self.step_label.text(), str(self.example.n_samples)))
        self.stepper.show_position(self.cursor, n)
        history = self.session.loss_history(LOSS_HISTORY_SHOWN)
        self.loss_history.setText(fill(self.tr("L per iteration   %1"), history))
        self._show_nodes()

    def _show_nodes(self) -> None:
        """Each node's numbers computed so far (see ``TraceSession.node_lines``); cards are sized
        for the full trace."""
        session, reversed_view = self.session, self.reversed_input.isChecked()
        digits, _ = session.node_digits()
        for i in range(self.example.n_inputs):
            text = session.input_text(i, digits)
            self.diagram.set_node_text(0, i, text, room_for=text)
        for layer, spec in enumerate(self.example.layers, start=1):
            for j in range(spec.units):
                full = session.node_lines(layer, j, reversed_view, computed_only=False)
                now = session.node_lines(layer, j, reversed_view)
                self.diagram.set_node_text(layer, j, "\n".join(now), room_for="\n".join(full))
        self.diagram.set_amplifiers(session.amplified if reversed_view else ())
        self.circuit_inputs.show_values(session.output_gradient(), session.circuit is not None)
        self.diagram.set_layer_text(0, self.tr("inputs"))
        for layer, spec in enumerate(self.example.layers, start=1):
            name = activation_name(spec.activation)
            text = self.tr("layer %1 (output) · %2") if layer == len(self.example.layers) else self.tr("layer %1 · %2")
            self.diagram.set_layer_text(layer, fill(text, str(layer), name))
