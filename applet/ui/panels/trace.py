"""Backprop trace panel: one gradient-descent update on one sample, one number at a time.

The learner walks through every number of the lecture's backpropagation with Next and
Previous: each neuron's z and a (forward pass), the loss, ∂L/∂a and ∂L/∂z from the
output back (backward pass), ∂L/∂w = a·∂L/∂z for every weight, and the update
w ← w − η·∂L/∂w. The diagram highlights the node being computed and the nodes and
weights it reads; the formula is shown in symbols and with the numbers put in; a table
lists every value so far, each gradient beside its central-difference check. "Apply
update" moves the parameters and traces the next iteration, so the loss falls.

Design: the panel owns its small example (a ``TraceExample``: network, sample, loss, η)
and traces it in the GUI thread — one sample through at most 4 × 4 neurons takes well
under a millisecond, so tracing never waits for the training worker. The worker trains
the same example (the lesson's data set is this one sample), so Run and Step in the
training controls make the very update the trace writes out. The two stay consistent
this way:
- weight and bias edits and "Apply update" change the panel's parameters and are sent
  to the worker in place (``parameters_edited``);
- edits that change the experiment itself — inputs, targets, network shape,
  activations, loss, η, a preset — are sent as a whole new ``TrainingSetup``
  (``setup_requested``): the window restarts training with it and shows its settings;
- when the worker has trained (its update count or run changed) the panel adopts the
  snapshot's parameters and traces from there; learning rate and loss changed in the
  training controls are adopted too. Snapshots without training (e.g. the echo of an
  edit) never overwrite the panel's parameters.
"""

from __future__ import annotations

import math
import re
import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from applet.core.activations import activation
from applet.core.backprop import Trace, fmt, numerical_gradient, relative_error
from applet.core.errors import DataError, quiet_overflow
from applet.core.files import atomic_write
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.training.trace_example import TraceExample, hand_picked
from applet.ui.file_dialogs import ask_save_path
from applet.ui.panels.base import Panel
from applet.ui.panels.compare import ACTIVATION_NAMES
from applet.ui.style import Theme
from applet.ui.widgets.example_editor import ExampleEditor
from applet.ui.widgets.network_diagram import NetworkDiagram
from applet.ui.widgets.number_input import NumberInput

CHECK_H = 1e-6  # central-difference step
AGREES = 1e-4  # relative error below which gradient and check agree
AGREE_FILL = QColor("#C8EED6")
DIFFER_FILL = QColor("#F9CDB8")
CURRENT_ROW = QColor("#FFE58A")
INK = QColor("#000000")  # text on the light fills above, in any theme
LOSS_HISTORY_SHOWN = 6
MIN_WIDTH = 600
CROWDED_DIGITS = 4
ADOPT_INTERVAL = 0.25  # seconds between adopting the parameters of a running training
PHASE_NAMES = {
    "forward": QT_TRANSLATE_NOOP("TracePanel", "forward"),
    "loss": QT_TRANSLATE_NOOP("TracePanel", "loss"),
    "backward": QT_TRANSLATE_NOOP("TracePanel", "backward"),
    "gradient": QT_TRANSLATE_NOOP("TracePanel", "gradient"),
    "update": QT_TRANSLATE_NOOP("TracePanel", "update"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("TracePanel", "phase"),
    QT_TRANSLATE_NOOP("TracePanel", "symbol"),
    QT_TRANSLATE_NOOP("TracePanel", "value"),
    QT_TRANSLATE_NOOP("TracePanel", "check"),
    QT_TRANSLATE_NOOP("TracePanel", "rel. error"),
    QT_TRANSLATE_NOOP("TracePanel", "formula with numbers"),
)
PHASE, SYMBOL, VALUE, CHECK, ERROR, NUMBERS = range(len(COLUMNS))  # the long formula last, where it can wrap
_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_LAYER = re.compile("⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾")


def _short(symbol: str) -> str:
    """A symbol without its layer superscript: z₁⁽²⁾ → z₁ (a node's caption names its layer)."""
    return _LAYER.sub("", symbol)


class ParameterEditor(QDialog):
    """A small dialog to type one number (a weight, a bias or an input); Enter applies it."""

    committed = Signal(float)

    def __init__(self, title: str, value: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parameterEditor")
        self.setWindowTitle(title)
        self.input = NumberInput(value, minimum=-math.inf)
        self.input.setObjectName("parameterInput")
        self.input.setFont(Theme.font(12))
        self.message = QLabel()
        self.message.setWordWrap(True)
        label = QLabel(self.tr("%1 = (type a number, then Enter)").replace("%1", title))
        label.setFont(Theme.font(11))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.input)
        layout.addWidget(self.message)
        self._rejected = False
        self.input.value_entered.connect(self.committed)
        self.input.rejected.connect(self._refuse)
        self.input.editingFinished.connect(self._finished)  # after NumberInput's own check
        self.input.selectAll()

    def _refuse(self, message: str) -> None:
        self._rejected = True
        self.message.setText(message)

    def _finished(self) -> None:
        if self._rejected:
            self._rejected = False
            self.input.setFocus()
            return
        self.accept()


class TracePanel(Panel):
    """See the module docstring."""

    panel_id = "trace"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tracePanel")
        self.example: TraceExample = hand_picked()
        self.trace: Trace = self.example.trace()
        self.cursor = 0  # how many steps are computed (shown)
        self.losses: list[tuple[int, float]] = []  # (iteration, L)
        self.iteration = 0
        self.editor: ParameterEditor | None = None
        self._setup: TrainingSetup | None = None
        self._requested: TrainingSetup | None = None
        self._seen: tuple[int, int] | None = None  # (run_id, update) of the last snapshot followed
        self._adopted_at = 0.0
        self._checks: dict[int, tuple[float, float]] = {}
        self.setMinimumWidth(MIN_WIDTH)  # the window's first, larger share: the diagram and the table need it
        self._build()
        self._set_example(self.example, restart=True)
        self.retranslate()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.form = ExampleEditor()
        self.form.edited.connect(self._edit)
        self.form.digits_changed.connect(lambda _: self._set_example(self.example))
        self.form.rejected.connect(self._refuse)
        self.diagram = NetworkDiagram()
        self.diagram.edge_double_clicked.connect(lambda l, i, j: self.edit_parameter(l, (i, j)))
        self.diagram.node_double_clicked.connect(self._node_double_clicked)
        self.reversed_input = QCheckBox(objectName="traceReversedCheck")
        self.reversed_input.toggled.connect(self._reversed_toggled)
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
        self.restart_button = self._button("traceRestartButton", self.restart)
        self.prev_button = self._button("tracePrevButton", self.previous)
        self.next_button = self._button("traceNextButton", self.next)
        self.end_button = self._button("traceEndButton", self.run_to_end)
        self.apply_button = self._button("traceApplyButton", self.apply_update)
        self.csv_button = self._button("traceCsvButton", lambda: self._export("csv"))
        self.markdown_button = self._button("traceMarkdownButton", lambda: self._export("md"))
        self.message = QLabel(objectName="traceMessage")
        self.message.setWordWrap(True)

        self.table = QTableWidget(0, len(COLUMNS), objectName="traceTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setFont(Theme.font(9.5))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NUMBERS, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        view_row = QHBoxLayout()
        view_row.addWidget(self.reversed_input)
        view_row.addWidget(self.loss_history, 1)
        top_layout.addWidget(self.diagram, 1)
        top_layout.addLayout(view_row)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.step_label)
        bottom_layout.addWidget(self.formula_label)
        bottom_layout.addWidget(self.numbers_label)
        buttons = QHBoxLayout()
        for button in (self.restart_button, self.prev_button, self.next_button, self.end_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        bottom_layout.addLayout(buttons)
        bottom_layout.addWidget(self.table, 1)
        exports = QHBoxLayout()
        exports.addWidget(self.message, 1)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.markdown_button)
        bottom_layout.addLayout(exports)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.form)
        layout.addWidget(self.splitter, 1)

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(objectName=name)
        button.clicked.connect(slot)
        return button

    def sizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, 720)

    def title(self) -> str:
        return self.tr("Backpropagation trace")

    def retranslate(self) -> None:
        self.form.retranslate()
        self.reversed_input.setText(self.tr("Backward pass as a reversed network"))
        self.reversed_input.setToolTip(
            self.tr(
                "Mirror the network: ∂L/∂z flows from the output back through the same weights, and each "
                "neuron amplifies it by σ′(z) (the triangles)."
            )
        )
        self.restart_button.setText(self.tr("Restart"))
        self.prev_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.end_button.setText(self.tr("Run to end ▶▶"))
        self.restart_button.setToolTip(self.tr("Back to step 0: nothing computed yet."))
        self.prev_button.setToolTip(self.tr("Undo the last step of the trace."))
        self.next_button.setToolTip(
            self.tr("Compute the next value: forward pass, loss, backward pass, gradients, update.")
        )
        self.end_button.setToolTip(self.tr("Compute every remaining step of this iteration."))
        self.apply_button.setText(self.tr("Apply update"))
        self.apply_button.setToolTip(
            self.tr("Move every weight and bias to w⁺ = w − η·∂L/∂w and trace the next iteration.")
        )
        self.csv_button.setText(self.tr("Export CSV…"))
        self.markdown_button.setText(self.tr("Export Markdown…"))
        self.csv_button.setToolTip(self.tr("Save every step of the trace as a CSV table."))
        self.markdown_button.setToolTip(self.tr("Save every step of the trace as a Markdown table."))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.horizontalHeaderItem(CHECK).setToolTip(
            self.tr(
                "Numerical check: the central difference (L(θ + h) − L(θ − h)) / 2h with h = 10⁻⁶, "
                "the gradient measured without backpropagation."
            )
        )
        self.table.horizontalHeaderItem(ERROR).setToolTip(
            self.tr("Relative error |g − check| / max(|g|, |check|): ✓ below 10⁻⁴, the two agree.")
        )
        self._show()

    # -- the window's side ---------------------------------------------------------------
    def setup_changed(self, setup: TrainingSetup) -> None:
        """The lesson's (or a reset's) experiment: trace it, unless it is the one this panel sent."""
        self._setup = setup
        if setup is self._requested:
            return
        try:
            example = TraceExample.from_setup(setup)
        except DataError as exc:
            self._refuse(str(exc))
            return
        self._seen = None
        self._set_example(example, restart=True)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Follow the worker: its learning rate and loss, and its parameters once it has trained
        (while it runs, a few times a second: the trace is redrawn, not re-read, 30 times a second)."""
        super().show_snapshot(snapshot)
        key = (snapshot.run_id, snapshot.update)
        trained = key != self._seen  # or the first snapshot of a run this panel did not start (a session)
        if trained and snapshot.running and time.monotonic() - self._adopted_at < ADOPT_INTERVAL:
            return
        seen, self._seen = self._seen, key
        example = self.example
        if snapshot.lr != example.lr and math.isfinite(snapshot.lr):
            example = example.with_lr(snapshot.lr)
        same_task = (snapshot.loss_name == "cross_entropy") == (example.loss == "cross_entropy")
        if snapshot.loss_name != example.loss and same_task:
            example = example.with_loss(snapshot.loss_name)
        restart = False
        if trained and snapshot.weights is not None and self._matches(snapshot):
            if not all(
                np.array_equal(a, b)
                for a, b in zip(snapshot.weights + snapshot.biases, example.weights + example.biases)
            ):
                example = example.with_parameters(snapshot.weights, snapshot.biases)
                restart = True
                if seen is not None and seen[0] == snapshot.run_id:
                    self.iteration += snapshot.update - seen[1]
                else:
                    self.iteration, self.losses = snapshot.update, []
        if example is not self.example:
            try:
                example = self._finite(example)
            except DataError as exc:  # training diverged: keep tracing the last numbers that are finite
                self._say(
                    self.tr("Training diverged; the trace keeps its last finite numbers. %1").replace("%1", str(exc))
                )
                return
            self._adopted_at = time.monotonic()
            self._set_example(example, restart=restart)

    def _matches(self, snapshot: Snapshot) -> bool:
        return [w.shape for w in snapshot.weights] == [w.shape for w in self.example.weights]

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
        cursor = max(0, min(cursor, len(self.trace)))
        if cursor != self.cursor:
            first = min(cursor, self.cursor)
            self.cursor = cursor
            self._fill_table(first)
            self._show()

    def apply_update(self) -> None:
        """w ← w⁺ for every parameter; the next iteration is traced from its first step."""
        weights, biases = self.trace.updated_parameters()
        try:
            example = self._finite(self.example.with_parameters(weights, biases))
        except DataError as exc:  # the update overflowed: keep the parameters
            self._refuse(str(exc))
            return
        self.iteration += 1
        self._set_example(example, restart=True)
        self.parameters_edited.emit(list(example.weights), list(example.biases))

    # -- editing -------------------------------------------------------------------------
    def edit_parameter(self, layer: int, index: int | tuple[int, int]) -> None:
        """Open the editor for weight (layer, (i, j)) or bias (layer, j)."""
        arrays = self.example.weights if isinstance(index, tuple) else self.example.biases
        self._open_editor(
            self._symbols[(layer, index)],
            float(arrays[layer - 1][index]),
            lambda v: self.set_parameter(layer, index, v),
        )

    def edit_input(self, i: int) -> None:
        self._open_editor(
            "x" + str(i + 1).translate(_SUB),
            float(self.example.x[i]),
            lambda v: self._edit(lambda ex: ex.with_input(i, v)),
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
        try:
            example = self._finite(self.example.with_parameter(layer, index, value))
        except DataError as exc:
            self._refuse(str(exc))
            return
        self._set_example(example)
        self.parameters_edited.emit(list(example.weights), list(example.biases))

    def _node_double_clicked(self, layer: int, neuron: int) -> None:
        if layer == 0:
            self.edit_input(neuron)
        else:
            self.edit_parameter(layer, neuron)

    def _cell_double_clicked(self, row: int, _column: int) -> None:
        step = self.trace[row]
        if step.kind in ("dL/dw", "dL/db", "update_w", "update_b"):
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
            example = self._finite(change(self.example))
        except DataError as exc:
            self._refuse(str(exc))
            self.form.show_example(self.example)
            return
        if restart:
            self.iteration, self.losses = 0, []
        self._set_example(example, restart=restart)
        self._request_setup()

    def _request_setup(self) -> None:
        seed = self._setup.seed if self._setup is not None else self.form.seed_input.value()
        self._requested = self.example.setup(self.example.problem(), seed, base=self._setup)
        self.setup_requested.emit(self._requested)

    def _reversed_toggled(self, on: bool) -> None:
        self.diagram.set_reversed(on)
        self._show_nodes()

    # -- showing -------------------------------------------------------------------------
    def _say(self, message: str) -> None:
        self.message.setText(message)

    def _refuse(self, message: str) -> None:
        """A refused edit: nothing changed; say why here and in the window's status bar."""
        self._say(message)
        self.refused.emit(message)

    def _finite(self, example: TraceExample) -> TraceExample:
        """``example``, if every number of its trace is finite; else DataError naming the first that overflows."""
        with quiet_overflow():
            step = next((s for s in example.trace(self.form.digits()) if not math.isfinite(s.value)), None)
        if step is None:
            return example
        raise DataError(
            self.tr(
                "%1 = %2 would overflow (beyond ±1.8×10³⁰⁸). Choose smaller weights, inputs or "
                "learning rate η; nothing changed."
            )
            .replace("%1", step.symbol)
            .replace("%2", step.numbers)
        )

    def _set_example(self, example: TraceExample, restart: bool = False) -> None:
        """Trace ``example``; keep the number of computed steps unless ``restart``."""
        self.example = example
        self.trace = example.trace(self.form.digits())
        self._net = example.network()
        self._checks = {}
        self._symbols = {(s.layer, s.index): s.symbol.rstrip("⁺") for s in self.trace if s.phase == "update"}
        # σ′(z) amplifies ∂L/∂a into ∂L/∂z (not where softmax cross-entropy gives ∂L/∂z directly)
        self._amplified = {(s.layer, s.index) for s in self.trace if s.kind == "dL/da"}
        self.cursor = 0 if restart else min(self.cursor, len(self.trace))
        loss = self.trace.value("L")
        if self.losses and self.losses[-1][0] == self.iteration:
            self.losses[-1] = (self.iteration, loss)
        else:
            self.losses.append((self.iteration, loss))
        self.message.setText("")
        self.diagram.edge_label = lambda w: fmt(w, self.form.digits())
        self.diagram.set_network(example.layer_sizes, list(example.weights))
        self.form.show_example(example)
        self._fill_table(0)
        self._show()

    def _fill_table(self, first: int) -> None:
        """Rows for the computed steps; rows from ``first`` on are (re)written."""
        self.table.setRowCount(self.cursor)
        digits = self.form.digits()
        for row in range(first, self.cursor):
            step = self.trace[row]
            cells = {
                PHASE: self.tr(PHASE_NAMES[step.phase]),
                SYMBOL: step.symbol,
                VALUE: fmt(step.value, digits),
                CHECK: "",
                ERROR: "",
                NUMBERS: step.numbers,
            }
            check = self._check(row)
            if check is not None:
                numeric, error = check
                mark = "✓" if error < AGREES else "✗"
                cells[CHECK], cells[ERROR] = fmt(numeric, digits), f"{mark} {fmt(error, 2)}"
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == NUMBERS:
                    item.setToolTip(step.formula)
                if check is not None and column in (CHECK, ERROR):
                    item.setBackground(QBrush(AGREE_FILL if check[1] < AGREES else DIFFER_FILL))
                    item.setForeground(QBrush(INK))
                self.table.setItem(row, column, item)
        for row in range(max(first - 1, 0), self.cursor):  # only the newest row is marked
            current = row == self.cursor - 1
            for column in (PHASE, SYMBOL, NUMBERS, VALUE):
                item = self.table.item(row, column)
                item.setBackground(QBrush(CURRENT_ROW) if current else QBrush())
                item.setForeground(QBrush(INK) if current else QBrush())
        if self.cursor:
            self.table.scrollToItem(self.table.item(self.cursor - 1, 0))

    def _check(self, row: int) -> tuple[float, float] | None:
        """(central difference, relative error) for a gradient step, computed once per trace."""
        step = self.trace[row]
        if step.phase != "gradient":
            return None
        if row not in self._checks:
            ex = self.example
            with quiet_overflow():  # L(θ ± h) of huge numbers: the check is then not shown
                numeric = numerical_gradient(self._net, ex.x, ex.target, ex.loss, step.layer, step.index, h=CHECK_H)
                error = relative_error(step.value, numeric)
            self._checks[row] = (numeric, error) if math.isfinite(numeric) and math.isfinite(error) else None
        return self._checks[row]

    def _show(self) -> None:
        """Diagram, formula, buttons and loss history for the current step."""
        n = len(self.trace)
        step = self.trace[self.cursor - 1] if self.cursor else None
        digits = self.form.digits()
        if step is None:
            self.step_label.setText(self.tr("Step 0 of %1").replace("%1", str(n)))
            self.formula_label.setText(self.tr("Press Next to compute the first value."))
            self.numbers_label.setText(self.tr("Double-click an edge, a node or a gradient row to change a number."))
            self.diagram.highlight((), ())
        else:
            text = self.tr("Step %1 of %2 · %3").replace("%1", str(self.cursor)).replace("%2", str(n))
            self.step_label.setText(text.replace("%3", self.tr(PHASE_NAMES[step.phase])))
            self.formula_label.setText(step.formula)
            value = fmt(step.value, digits)
            self.numbers_label.setText(f"= {step.numbers} = {value}" if step.numbers != value else f"= {value}")
            self.diagram.highlight(step.nodes, step.edges)
        self.prev_button.setEnabled(self.cursor > 0)
        self.restart_button.setEnabled(self.cursor > 0)
        self.next_button.setEnabled(self.cursor < n)
        self.end_button.setEnabled(self.cursor < n)
        history = "   ".join(f"{k}: {fmt(loss, digits)}" for k, loss in self.losses[-LOSS_HISTORY_SHOWN:])
        self.loss_history.setText(self.tr("L per iteration   %1").replace("%1", history))
        self._show_nodes()

    def _show_nodes(self) -> None:
        """Each node's numbers computed so far: x; b, z, a, ∂L/∂z (forward view) or
        ∂L/∂a, ×σ′(z), ∂L/∂z (reversed view). Cards are sized for the full trace. In networks
        of more than two layers the nodes show shorter numbers and leave b and y to the table
        and the form, so that nodes and edges stay apart."""
        digits = self.form.digits()
        crowded = len(self.example.layers) > 2
        if crowded:
            digits = min(digits, CROWDED_DIGITS)
        reversed_view = self.reversed_input.isChecked()
        ex = self.example
        done = self.trace.steps[: self.cursor]
        for i in range(ex.n_inputs):
            text = f"x{str(i + 1).translate(_SUB)} = {fmt(ex.x[i], digits)}"
            self.diagram.set_node_text(0, i, text, room_for=text)
        for layer, spec in enumerate(ex.layers, start=1):
            for j in range(spec.units):
                full = self._node_lines(self.trace.steps, layer, j, reversed_view, digits, crowded)
                now = self._node_lines(done, layer, j, reversed_view, digits, crowded)
                self.diagram.set_node_text(layer, j, "\n".join(now), room_for="\n".join(full))
        self.diagram.set_amplifiers(self._amplified if reversed_view else ())
        captions = {0: self.tr("inputs")}
        for layer, spec in enumerate(ex.layers, start=1):
            name = QCoreApplication.translate("ComparePanel", ACTIVATION_NAMES[spec.activation])
            text = self.tr("layer %1 (output) · %2") if layer == len(ex.layers) else self.tr("layer %1 · %2")
            captions[layer] = text.replace("%1", str(layer)).replace("%2", name)
        for layer, caption in captions.items():
            self.diagram.set_layer_text(layer, caption)

    def _node_lines(self, steps, layer: int, j: int, reversed_view: bool, digits: int, crowded: bool) -> list[str]:
        """A node's lines; symbols without the layer (the caption says it), e.g. "z₁ = 0.3775"."""
        ex = self.example
        kinds = ("dL/da", "sigma", "dL/dz") if reversed_view else ("b", "y", "z", "a", "p", "dL/dz")
        values: dict[str, str] = {}
        if not (reversed_view or crowded):
            values["b"] = f"{_short(self._symbols[(layer, j)])} = {fmt(ex.biases[layer - 1][j], digits)}"
            if layer == len(ex.layers) and ex.loss != "cross_entropy":
                values["y"] = f"y{str(j + 1).translate(_SUB)} = {fmt(ex.y[j], digits)}"
        for step in steps:
            if step.layer != layer or step.index != j:
                continue
            if step.kind in kinds:
                values[step.kind] = f"{_short(step.symbol)} = {fmt(step.value, digits)}"
            if step.kind == "z" and reversed_view and (layer, j) in self._amplified:
                slope = activation(ex.layers[layer - 1].activation)[1](np.array([step.value]))[0]
                values["sigma"] = f"× σ′({_short(step.symbol)}) = {fmt(slope, digits)}"
        return [values[k] for k in kinds if k in values]

    # -- export --------------------------------------------------------------------------
    def _export(self, kind: str) -> None:
        if kind == "csv":
            path = ask_save_path(
                self.window(),
                self.tr("Export the trace as CSV"),
                "backprop-trace.csv",
                self.tr("CSV files (*.csv)"),
                (".csv",),
            )
        else:
            path = ask_save_path(
                self.window(),
                self.tr("Export the trace as Markdown"),
                "backprop-trace.md",
                self.tr("Markdown files (*.md)"),
                (".md",),
            )
        if path is not None:
            self.export(str(path), kind)

    def export(self, path: str, kind: str) -> None:
        """The whole trace (every step, computed or not yet) as CSV (``kind`` "csv") or Markdown, written atomically."""
        text = self.trace.to_csv() if kind == "csv" else self.trace.to_markdown()
        try:
            atomic_write(path, text.encode("utf-8"))
        except DataError as exc:
            self._refuse(str(exc))
            return
        self._say(self.tr("Saved the trace to %1.").replace("%1", path))
