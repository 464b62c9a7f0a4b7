"""LayerTable: the layer builder's rows — each hidden layer's neurons and activation, with
buttons to move or remove it — and the output layer last (texts keep the builder's context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QToolButton

from applet.core.network import LayerSpec
from applet.ui.labels import activation_name, fill
from applet.ui.widgets.units_spin_box import UnitsSpinBox

ACTIVATIONS = ("sigmoid", "hard_sigmoid", "relu", "tanh", "linear")
VISIBLE_ROWS = 6  # the table is tall enough for this many rows before it scrolls
LAYER, UNITS, ACTIVATION, PARAMETERS, MOVE_UP, MOVE_DOWN, REMOVE = range(7)  # columns


class LayerTable(QTableWidget):
    units_changed = Signal(int, int)  # layer index, neurons
    activation_changed = Signal(int, str)  # layer index, activation
    move_requested = Signal(int, int)  # layer index, by (−1: towards the inputs)
    remove_requested = Signal(int)  # layer index
    refused = Signal(str)  # a typed number of neurons that was refused, and why

    def __init__(self) -> None:
        super().__init__(0, 7, objectName="layerTable")
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PARAMETERS, QHeaderView.ResizeMode.Stretch)
        self._output = (LayerSpec(1, "linear"), False)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("LayerBuilderPanel", "layer"),
                QCoreApplication.translate("LayerBuilderPanel", "neurons"),
                QCoreApplication.translate("LayerBuilderPanel", "activation"),
                QCoreApplication.translate("LayerBuilderPanel", "parameters"),
                "",
                "",
                "",
            ]
        )

    def show_layers(self, hidden: list[LayerSpec], output: LayerSpec, softmax: bool) -> None:
        """Re-create the rows: one per hidden layer, then the output layer."""
        n = len(hidden)
        for row in range(self.rowCount()):  # Qt deletes replaced widgets later: unname them now
            for column in range(self.columnCount()):
                widget = self.cellWidget(row, column)
                if widget is not None:
                    widget.setObjectName("")
        self.setRowCount(n + 1)
        for i, layer in enumerate(hidden):
            self._layer_row(i, layer, n)
        for column in (UNITS, ACTIVATION, MOVE_UP, MOVE_DOWN, REMOVE):
            self.removeCellWidget(n, column)
        self._output = (output, softmax)
        self._output_row(n)
        rows = min(n + 1, VISIBLE_ROWS)
        self.setMinimumHeight(
            self.horizontalHeader().height() + 2 * self.frameWidth() + sum(self.rowHeight(r) for r in range(rows))
        )

    def _layer_row(self, i: int, layer: LayerSpec, n: int) -> None:
        self.setItem(i, LAYER, QTableWidgetItem(str(i + 1)))
        units = UnitsSpinBox(layer.units)
        units.setObjectName(f"unitsInput_{i}")
        units.valueChanged.connect(lambda v, i=i: self.units_changed.emit(i, v))
        units.refused.connect(self.refused)
        units.setToolTip(QCoreApplication.translate("LayerBuilderPanel", "Neurons in this hidden layer."))
        self.setCellWidget(i, UNITS, units)
        combo = QComboBox(objectName=f"activationInput_{i}")
        for act in ACTIVATIONS:
            combo.addItem(activation_name(act), act)
        combo.setCurrentIndex(ACTIVATIONS.index(layer.activation) if layer.activation in ACTIVATIONS else -1)
        combo.activated.connect(lambda j, i=i, c=combo: self.activation_changed.emit(i, c.itemData(j)))
        combo.setToolTip(
            QCoreApplication.translate("LayerBuilderPanel", "Activation function σ of this layer's neurons: a = σ(z).")
        )
        self.setCellWidget(i, ACTIVATION, combo)
        for column, name, text, slot, enabled, tip in (
            (
                MOVE_UP,
                "moveUpButton",
                "↑",
                lambda _=False, i=i: self.move_requested.emit(i, -1),
                i > 0,
                QCoreApplication.translate("LayerBuilderPanel", "Move this layer towards the inputs"),
            ),
            (
                MOVE_DOWN,
                "moveDownButton",
                "↓",
                lambda _=False, i=i: self.move_requested.emit(i, 1),
                i < n - 1,
                QCoreApplication.translate("LayerBuilderPanel", "Move this layer towards the output"),
            ),
            (
                REMOVE,
                "removeLayerButton",
                "✕",
                lambda _=False, i=i: self.remove_requested.emit(i),
                True,
                QCoreApplication.translate("LayerBuilderPanel", "Remove this layer"),
            ),
        ):
            button = QToolButton(objectName=f"{name}_{i}", text=text, enabled=enabled, toolTip=tip)
            button.clicked.connect(slot)
            self.setCellWidget(i, column, button)

    def _output_row(self, n: int) -> None:
        output, softmax = self._output
        act = activation_name(output.activation)
        if softmax:
            act = fill(QCoreApplication.translate("LayerBuilderPanel", "%1 + softmax"), act)
        self.setItem(n, LAYER, QTableWidgetItem(QCoreApplication.translate("LayerBuilderPanel", "output")))
        self.setItem(n, UNITS, QTableWidgetItem(str(output.units)))
        item = QTableWidgetItem(act)
        item.setToolTip(
            QCoreApplication.translate(
                "LayerBuilderPanel",
                "The output layer follows the task: one linear neuron per predicted number, or one per class "
                "with softmax.",
            )
        )
        self.setItem(n, ACTIVATION, item)

    def show_parameters(self, counts: list[int]) -> None:
        """Weights and biases of each hidden layer (and the output layer)."""
        for i, count in enumerate(counts):
            self.setItem(i, PARAMETERS, QTableWidgetItem(f"{count:,}"))
