"""Layer builder: design the network — hidden layers as rows, the output layer last.

Each hidden layer is a row: how many neurons (1–1000) and which activation. Rows can be
added, removed and moved; presets give the lecture's networks. The count of parameters
(every weight and bias) follows each edit. Nothing changes in training until "Apply":
then the whole new network is built from the seed and training starts again. An edit
that cannot make a valid network is refused with its reason and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.core.problem import Problem
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.labels import activation_name
from applet.ui.panels.base import Panel
from applet.ui.widgets.network_diagram import NetworkDiagram

MAX_UNITS = 1000
MAX_HIDDEN_LAYERS = 10
ACTIVATIONS = ("sigmoid", "hard_sigmoid", "relu", "linear")
NEW_LAYER = LayerSpec(10, "relu")
SIDE_BY_SIDE_WIDTH = 700  # pixels: wider, the diagram goes beside the table
VISIBLE_ROWS = 6  # the table is tall enough for this many rows before it scrolls

PRESETS: tuple[tuple[str, tuple[LayerSpec, ...]], ...] = (
    (QT_TRANSLATE_NOOP("LayerBuilderPanel", "linear (no hidden layer)"), ()),
    (QT_TRANSLATE_NOOP("LayerBuilderPanel", "3 sigmoids"), (LayerSpec(3, "sigmoid"),)),
    (QT_TRANSLATE_NOOP("LayerBuilderPanel", "10 ReLU"), (LayerSpec(10, "relu"),)),
    (QT_TRANSLATE_NOOP("LayerBuilderPanel", "100 ReLU"), (LayerSpec(100, "relu"),)),
    (QT_TRANSLATE_NOOP("LayerBuilderPanel", "1000 ReLU"), (LayerSpec(1000, "relu"),)),
    (QT_TRANSLATE_NOOP("LayerBuilderPanel", "2 layers of 100 ReLU"), (LayerSpec(100, "relu"),) * 2),
    (QT_TRANSLATE_NOOP("LayerBuilderPanel", "3 layers of 100 ReLU"), (LayerSpec(100, "relu"),) * 3),
    (QT_TRANSLATE_NOOP("LayerBuilderPanel", "4 layers of 100 ReLU"), (LayerSpec(100, "relu"),) * 4),
)

# columns of the layer table
LAYER, UNITS, ACTIVATION, PARAMETERS, MOVE_UP, MOVE_DOWN, REMOVE = range(7)


def count_parameters(n_inputs: int, layers: tuple[LayerSpec, ...]) -> tuple[int, int]:
    """(weights, biases): a layer of n neurons fed by m values has m·n weights and n biases."""
    sizes = [n_inputs] + [layer.units for layer in layers]
    weights = sum(m * n for m, n in zip(sizes[:-1], sizes[1:]))
    return weights, sum(sizes[1:])


class UnitsSpinBox(QSpinBox):
    """Neurons in a layer, 1–1000. A typed value outside that range (or nothing) is refused
    with a reason (``refused``) and the previous value stays."""

    refused = Signal(str)

    def __init__(self, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1, MAX_UNITS)
        self.setValue(value)
        self.setKeyboardTracking(False)  # a typed number counts once the learner is done typing
        self._refusal = ""
        self.editingFinished.connect(self._report)

    def validate(self, text: str, pos: int) -> QValidator.State:
        digits = text.strip()
        if digits and not digits.isdigit():
            return QValidator.State.Invalid
        if digits and 1 <= int(digits) <= MAX_UNITS:
            return QValidator.State.Acceptable
        return QValidator.State.Intermediate  # kept while typing, refused when done

    def fixup(self, text: str) -> str:
        digits = text.strip()
        if not digits:
            self._refusal = self.tr("A layer needs a number of neurons; the box was empty.")
        else:
            self._refusal = (
                self.tr("A layer has 1 to %1 neurons, not %2.").replace("%1", str(MAX_UNITS)).replace("%2", digits)
            )
        return text  # still invalid: the spin box puts the previous value back

    def _report(self) -> None:
        if self._refusal:
            reason, self._refusal = self._refusal, ""
            self.refused.emit(reason)


class LayerBuilderPanel(Panel):
    panel_id = "builder"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("layerBuilder")
        self.n_inputs = 1
        self.output = LayerSpec(1, "linear")
        self.softmax = False
        self.applied: tuple[LayerSpec, ...] = ()  # hidden layers of the network being trained
        self.hidden: list[LayerSpec] = []  # hidden layers as edited

        self.preset_input = QComboBox(objectName="presetInput")
        self.preset_input.addItem("", None)
        for i in range(len(PRESETS)):
            self.preset_input.addItem("", i)
        self.preset_input.activated.connect(self._preset_chosen)
        self.table = QTableWidget(0, 7, objectName="layerTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PARAMETERS, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(objectName="addLayerButton")
        self.add_button.clicked.connect(self.add_layer)
        self.apply_button = QPushButton(objectName="applyLayersButton")
        self.apply_button.clicked.connect(self.apply)
        self.count_label = QLabel(objectName="parameterCount")
        self.message = QLabel(objectName="builderMessage")
        self.message.setWordWrap(True)
        self.diagram = NetworkDiagram()
        self.diagram.setMinimumHeight(120)
        self.diagram.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)  # takes what is left

        top = QHBoxLayout()
        self.preset_label = QLabel()
        top.addWidget(self.preset_label)
        top.addWidget(self.preset_input, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.apply_button)
        editor = QVBoxLayout()
        editor.addLayout(top)
        editor.addWidget(self.table, 1)
        editor.addLayout(buttons)
        editor.addWidget(self.message)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)  # side by side when wide
        self.body.setContentsMargins(4, 4, 4, 4)
        self.body.addLayout(editor, 3)
        self.body.addWidget(self.diagram, 2)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        wide = event.size().width() > SIDE_BY_SIDE_WIDTH
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def title(self) -> str:
        return self.tr("Layers")

    # -- what the window tells us ---------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.n_inputs = problem.n_inputs

    def setup_changed(self, setup: TrainingSetup) -> None:
        """Show the network training starts with (any unapplied edits are dropped)."""
        self.n_inputs = setup.problem.n_inputs
        self.output = setup.layers[-1]
        self.softmax = setup.loss == "cross_entropy"
        self.applied = tuple(setup.layers[:-1])
        self.hidden = list(self.applied)
        self.message.setText("")
        self._rebuild()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        self._draw_diagram()

    # -- the spec -----------------------------------------------------------------------------
    def spec(self) -> tuple[LayerSpec, ...]:
        """The edited network, output layer last (what Apply sends)."""
        return (*self.hidden, self.output)

    def pending(self) -> bool:
        return tuple(self.hidden) != self.applied

    def _sizes(self) -> list[int]:
        return [self.n_inputs] + [layer.units for layer in self.spec()]

    # -- edits ----------------------------------------------------------------------------
    def add_layer(self) -> None:
        if len(self.hidden) >= MAX_HIDDEN_LAYERS:
            self.refuse(self.tr("At most %1 hidden layers.").replace("%1", str(MAX_HIDDEN_LAYERS)))
            return
        self.hidden.append(self.hidden[-1] if self.hidden else NEW_LAYER)
        self._rebuild()

    def remove_layer(self, index: int) -> None:
        del self.hidden[index]
        self._rebuild()

    def move_layer(self, index: int, by: int) -> None:
        target = index + by
        if 0 <= target < len(self.hidden):
            self.hidden[index], self.hidden[target] = self.hidden[target], self.hidden[index]
            self._rebuild()

    def set_units(self, index: int, units: int) -> None:
        self.hidden[index] = LayerSpec(int(units), self.hidden[index].activation)
        self._edited()

    def set_activation(self, index: int, act: str) -> None:
        self.hidden[index] = LayerSpec(self.hidden[index].units, act)
        self._edited()

    def _preset_chosen(self, combo_index: int) -> None:
        preset = self.preset_input.itemData(combo_index)
        if preset is not None:
            self.hidden = list(PRESETS[preset][1])
            self._rebuild()

    def refuse(self, reason: str) -> None:
        """An edit that cannot be made: say why, change nothing."""
        self.message.setText(reason)
        self.refused.emit(reason)

    def apply(self) -> None:
        """Send the edited network to the window, if the core accepts it."""
        layers = self.spec()
        try:
            Network(self.n_inputs, list(layers))
        except DataError as exc:
            self.refuse(str(exc))
            return
        self.layers_requested.emit(layers)

    # -- drawing ------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        """Re-create the rows from ``hidden`` (after a structural change)."""
        n = len(self.hidden)
        for row in range(self.table.rowCount()):  # Qt deletes replaced widgets later: unname them now
            for column in range(self.table.columnCount()):
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    widget.setObjectName("")
        self.table.setRowCount(n + 1)
        for i, layer in enumerate(self.hidden):
            self.table.setItem(i, LAYER, QTableWidgetItem(str(i + 1)))
            units = UnitsSpinBox(layer.units)
            units.setObjectName(f"unitsInput_{i}")
            units.valueChanged.connect(lambda v, i=i: self.set_units(i, v))
            units.refused.connect(self.refuse)
            self.table.setCellWidget(i, UNITS, units)
            combo = QComboBox(objectName=f"activationInput_{i}")
            for act in ACTIVATIONS:
                combo.addItem(activation_name(act), act)
            combo.setCurrentIndex(ACTIVATIONS.index(layer.activation) if layer.activation in ACTIVATIONS else -1)
            combo.activated.connect(lambda j, i=i, c=combo: self.set_activation(i, c.itemData(j)))
            units.setToolTip(self.tr("Neurons in this hidden layer."))
            combo.setToolTip(self.tr("Activation function σ of this layer's neurons: a = σ(z)."))
            self.table.setCellWidget(i, ACTIVATION, combo)
            for column, name, text, slot, enabled in (
                (MOVE_UP, "moveUpButton", "↑", lambda _=False, i=i: self.move_layer(i, -1), i > 0),
                (MOVE_DOWN, "moveDownButton", "↓", lambda _=False, i=i: self.move_layer(i, 1), i < n - 1),
                (REMOVE, "removeLayerButton", "✕", lambda _=False, i=i: self.remove_layer(i), True),
            ):
                button = QToolButton(objectName=f"{name}_{i}", text=text, enabled=enabled)
                button.clicked.connect(slot)
                self.table.setCellWidget(i, column, button)
        for column in (UNITS, ACTIVATION, MOVE_UP, MOVE_DOWN, REMOVE):
            self.table.removeCellWidget(n, column)
        self.table.setItem(n, LAYER, QTableWidgetItem(""))
        self.table.setItem(n, UNITS, QTableWidgetItem(str(self.output.units)))
        self.table.setItem(n, ACTIVATION, QTableWidgetItem(""))
        self._label_output_row()
        self._retranslate_buttons()
        rows = min(n + 1, VISIBLE_ROWS)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().height()
            + 2 * self.table.frameWidth()
            + sum(self.table.rowHeight(r) for r in range(rows))
        )
        self._edited()

    def _edited(self) -> None:
        """Counts, Apply and the preview after any edit."""
        sizes = self._sizes()
        fan_ins = sizes[:-1]
        for i, (m, n) in enumerate(zip(fan_ins, sizes[1:])):
            self.table.setItem(i, PARAMETERS, QTableWidgetItem(f"{m * n + n:,}"))
        weights, biases = count_parameters(self.n_inputs, self.spec())
        self.count_label.setText(
            self.tr("%1 parameters (%2 weights + %3 biases)")
            .replace("%1", f"{weights + biases:,}")
            .replace("%2", f"{weights:,}")
            .replace("%3", f"{biases:,}")
        )
        self.apply_button.setEnabled(self.pending())
        self.preset_input.blockSignals(True)  # show the preset these layers are, if any
        self.preset_input.setCurrentIndex(
            next((i for i, (_, hidden) in enumerate(PRESETS, start=1) if hidden == tuple(self.hidden)), 0)
        )
        self.preset_input.blockSignals(False)
        self.message.setText(
            self.tr("Not applied yet: “Apply” builds this network from the seed and starts training again.")
            if self.pending()
            else ""
        )
        self._draw_diagram()
        self._caption_diagram()

    def _draw_diagram(self) -> None:
        """The network as edited; with its trained weights while it is the one training."""
        sizes = self._sizes()
        snap = self.snapshot
        trained = (
            not self.pending()
            and snap is not None
            and snap.weights is not None
            and [w.shape for w in snap.weights] == list(zip(sizes[:-1], sizes[1:]))
        )
        self.diagram.set_network(sizes, list(snap.weights) if trained else None)

    def _caption_diagram(self) -> None:
        self.diagram.set_layer_text(
            0, self.tr("%1 inputs").replace("%1", str(self.n_inputs)) if self.n_inputs != 1 else self.tr("1 input")
        )
        for l, layer in enumerate(self.spec(), start=1):
            self.diagram.set_layer_text(l, f"{layer.units} {activation_name(layer.activation)}")

    def _label_output_row(self) -> None:
        n = len(self.hidden)
        act = activation_name(self.output.activation)
        if self.softmax:
            act = self.tr("%1 + softmax").replace("%1", act)
        self.table.item(n, LAYER).setText(self.tr("output"))
        self.table.item(n, ACTIVATION).setText(act)
        self.table.item(n, ACTIVATION).setToolTip(
            self.tr(
                "The output layer follows the task: one linear "
                "neuron per predicted number, or one per class "
                "with softmax."
            )
        )

    def _retranslate_buttons(self) -> None:
        for i in range(len(self.hidden)):
            for column, tip in (
                (MOVE_UP, self.tr("Move this layer towards the inputs")),
                (MOVE_DOWN, self.tr("Move this layer towards the output")),
                (REMOVE, self.tr("Remove this layer")),
            ):
                widget = self.table.cellWidget(i, column)
                if widget is not None:
                    widget.setToolTip(tip)

    def retranslate(self) -> None:
        self.preset_label.setText(self.tr("Preset:"))
        self.preset_input.setItemText(0, self.tr("choose a network…"))
        for i, (name, _) in enumerate(PRESETS, start=1):
            self.preset_input.setItemText(i, QCoreApplication.translate("LayerBuilderPanel", name))
        self.table.setHorizontalHeaderLabels(
            [self.tr("layer"), self.tr("neurons"), self.tr("activation"), self.tr("parameters"), "", "", ""]
        )
        self.add_button.setText(self.tr("Add layer"))
        self.add_button.setToolTip(self.tr("Add a hidden layer in front of the output layer."))
        self.preset_input.setToolTip(self.tr("Ready-made networks from the lecture."))
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Build this network from the seed and start training again."))
        if self.table.rowCount():
            self._rebuild()
