"""ExampleEditor: the trace's network and sample as a compact form.

Preset, loss, learning rate and digits on top; neurons and activation per layer as
columns (inputs first, output last); the input values x and the targets y (or the
target class for cross-entropy) below. Every edit leaves as ``edited(change, restart)``
with ``change`` a function TraceExample → TraceExample, so the owner applies it to the
example it holds (and a refused edit changes nothing).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from applet.core.network import LayerSpec
from applet.training.trace_example import MAX_INPUTS, MAX_LAYERS, MAX_UNITS, TraceExample, hand_picked, random_example
from applet.ui.labels import ACTIVATION_NAMES, activation_name, fill
from applet.ui.lessons import LOSS_NAMES, LOSS_SHORT
from applet.ui.style import Theme
from applet.ui.widgets.number_input import NumberInput

PRESETS = (
    ("hand_picked", QT_TRANSLATE_NOOP("ExampleEditor", "hand-picked (Mazur)")),
    ("random", QT_TRANSLATE_NOOP("ExampleEditor", "random, from the seed")),
)


class ExampleEditor(QGroupBox):
    """See the module docstring."""

    edited = Signal(object, bool)  # change: TraceExample → TraceExample; restart the trace?
    digits_changed = Signal(int)
    rejected = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("traceSettings")
        self._updating = False
        self._example: TraceExample | None = None
        self.preset_input = QComboBox(objectName="tracePresetInput")
        for key, _ in PRESETS:
            self.preset_input.addItem("", key)
        self.preset_input.activated.connect(lambda _: self.choose_preset(self.preset_input.currentData()))
        self._updating = True  # no edits while the form is filled in
        self.seed_input = self._spin("traceSeedInput", 2**31 - 1, lambda _: self.choose_preset("random"), 0)
        self.seed_input.setValue(42)
        self.seed_input.setMaximumWidth(int(100 * Theme.scale))
        self.loss_input = QComboBox(objectName="traceLossInput")
        for key in LOSS_SHORT:
            self.loss_input.addItem("", key)
        self.loss_input.currentIndexChanged.connect(self._loss_changed)
        self.lr_input = self._number("traceLearningRateInput", lambda v: self._emit(lambda ex: ex.with_lr(v)), 0.0)
        self.digits_input = QSpinBox(objectName="traceDigitsInput", minimum=1, maximum=15, value=6)
        self.digits_input.valueChanged.connect(self.digits_changed)
        self.layers_input = self._spin("traceLayersInput", MAX_LAYERS, self._reshape)
        self.inputs_input = self._spin("traceInputsInput", MAX_INPUTS, self._reshape)
        self.units_inputs = [self._spin(f"traceUnits{k + 1}", MAX_UNITS, self._reshape) for k in range(MAX_LAYERS)]
        self.activation_inputs = []
        for k in range(MAX_LAYERS):
            combo = QComboBox(objectName=f"traceActivation{k + 1}")
            for key in ACTIVATION_NAMES:
                combo.addItem("", key)
            combo.currentIndexChanged.connect(self._reshape)
            self.activation_inputs.append(combo)
        self.x_inputs = [
            self._number(f"traceInput{i + 1}", lambda v, i=i: self._emit(lambda ex: ex.with_input(i, v)))
            for i in range(MAX_INPUTS)
        ]
        self.y_inputs = [
            self._number(f"traceTarget{j + 1}", lambda v, j=j: self._emit(lambda ex: ex.with_target(j, v)))
            for j in range(MAX_UNITS)
        ]
        self.class_input = self._spin(
            "traceTargetClass", MAX_UNITS - 1, lambda k: self._emit(lambda ex: ex.with_label(k)), 0
        )
        self.labels = {
            key: QLabel()
            for key in (
                "preset",
                "seed",
                "loss",
                "lr",
                "digits",
                "layers",
                "inputs",
                "neurons",
                "activation",
                "x",
                "y",
                "class",
            )
        }
        self.layer_labels = [QLabel() for _ in range(MAX_LAYERS)]
        self._lay_out()
        self._updating = False

    def _lay_out(self) -> None:
        def row(*keys_and_widgets) -> QHBoxLayout:
            line = QHBoxLayout()
            for key, widgets in keys_and_widgets:
                line.addWidget(self.labels[key])
                for widget in widgets:
                    line.addWidget(widget)
                line.addSpacing(10)
            line.addStretch(1)
            return line

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.labels["inputs"], 0, 1)
        grid.addWidget(self.labels["neurons"], 1, 0)
        grid.addWidget(self.inputs_input, 1, 1)
        grid.addWidget(self.labels["activation"], 2, 0)
        for k in range(MAX_LAYERS):
            grid.addWidget(self.layer_labels[k], 0, k + 2)
            grid.addWidget(self.units_inputs[k], 1, k + 2)
            grid.addWidget(self.activation_inputs[k], 2, k + 2)
        grid.setColumnStretch(MAX_LAYERS + 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(3)
        layout.addLayout(
            row(("preset", [self.preset_input]), ("seed", [self.seed_input]), ("layers", [self.layers_input]))
        )
        layout.addLayout(grid)
        layout.addLayout(row(("loss", [self.loss_input]), ("lr", [self.lr_input]), ("digits", [self.digits_input])))
        layout.addLayout(row(("x", self.x_inputs), ("y", self.y_inputs), ("class", [self.class_input])))

    def _spin(self, name: str, maximum: int, slot, minimum: int = 1) -> QSpinBox:
        spin = QSpinBox(objectName=name, minimum=minimum, maximum=maximum)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value: None if self._updating else slot(value))
        return spin

    def _number(self, name: str, slot, minimum: float = -math.inf) -> NumberInput:
        box = NumberInput(0.0, minimum=minimum)
        box.setObjectName(name)
        box.setMaximumWidth(int(70 * Theme.scale))
        box.value_entered.connect(slot)
        box.rejected.connect(self.rejected)
        return box

    def retranslate(self) -> None:
        texts = {
            "preset": self.tr("Preset"),
            "seed": self.tr("seed"),
            "loss": self.tr("loss"),
            "lr": self.tr("η"),
            "digits": self.tr("digits"),
            "layers": self.tr("layers"),
            "inputs": self.tr("inputs"),
            "neurons": self.tr("neurons"),
            "activation": self.tr("activation"),
            "x": self.tr("inputs x"),
            "y": self.tr("labels ŷ"),
            "class": self.tr("target class"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.setTitle(self.tr("Network and sample"))
        for i, (_, name) in enumerate(PRESETS):
            self.preset_input.setItemText(i, self.tr(name))
        self.preset_input.setToolTip(
            self.tr(
                "Hand-picked: the 2-2-2 sigmoid network of Matt Mazur's “A Step by Step Backpropagation Example” "
                "(2015); every number the trace shows is in his article. Random: the current shape with weights, "
                "biases, inputs and targets drawn from the seed, rounded to two decimals."
            )
        )
        for combo in self.activation_inputs:
            for i in range(combo.count()):
                combo.setItemText(i, activation_name(combo.itemData(i)))
        for i in range(self.loss_input.count()):
            key = self.loss_input.itemData(i)
            self.loss_input.setItemText(i, QCoreApplication.translate("Lessons", LOSS_SHORT[key]))
            tip = QCoreApplication.translate("Lessons", LOSS_NAMES[key])
            self.loss_input.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.lr_input.setToolTip(self.tr("Learning rate η of the update w⁺ = w − η·∂L/∂w."))
        self.digits_input.setToolTip(self.tr("Significant digits of the numbers shown (values are exact inside)."))
        self.layers_input.setToolTip(self.tr("Layers with weights: the hidden layers and the output layer."))
        self.seed_input.setToolTip(self.tr("Random seed of the random preset: weights, biases, inputs and targets."))
        self.inputs_input.setToolTip(self.tr("Number of inputs (features) of the network."))
        for box in self.units_inputs:
            box.setToolTip(self.tr("Number of neurons in this layer."))
        for combo in self.activation_inputs:
            combo.setToolTip(self.tr("Activation function σ of this layer's neurons: a = σ(z)."))
        self.loss_input.setToolTip(self.tr("Loss: how the output is compared with the target."))
        for box in self.x_inputs:
            box.setToolTip(self.tr("Input value xᵢ of the sample."))
        for box in self.y_inputs:
            box.setToolTip(self.tr("Label ŷₖ: the output the network should give."))
        self.class_input.setToolTip(self.tr("Target class: the index of the right output for cross-entropy."))
        if self._example is not None:
            self.show_example(self._example)

    # -- edits ---------------------------------------------------------------------------
    def _emit(self, change, restart: bool = False) -> None:
        if not self._updating:
            self.edited.emit(change, restart)

    def _loss_changed(self, _index: int) -> None:
        loss = self.loss_input.currentData()
        self._emit(lambda ex: ex.with_loss(loss))

    def _reshape(self, _=None) -> None:
        n_layers, seed = self.layers_input.value(), self.seed_input.value()
        layers = [
            LayerSpec(self.units_inputs[k].value(), self.activation_inputs[k].currentData()) for k in range(n_layers)
        ]
        n_inputs = self.inputs_input.value()
        self._emit(lambda ex: ex.with_shape(n_inputs, layers, seed=seed), restart=True)

    def choose_preset(self, key: str) -> None:
        """The hand-picked example, or the current shape with numbers from the seed."""
        self._updating = True
        self.preset_input.setCurrentIndex(self.preset_input.findData(key))
        self._updating = False
        if key == "hand_picked":
            self._emit(lambda ex: hand_picked(), restart=True)
        else:
            seed = self.seed_input.value()
            self._emit(lambda ex: random_example(seed, ex), restart=True)

    def digits(self) -> int:
        return self.digits_input.value()

    # -- showing -------------------------------------------------------------------------
    def show_example(self, ex: TraceExample) -> None:
        """Put the example's numbers into the form without sending edits back."""
        self._example = ex
        self._updating = True
        self.inputs_input.setValue(ex.n_inputs)
        self.layers_input.setValue(len(ex.layers))
        for k in range(MAX_LAYERS):
            shown = k < len(ex.layers)
            self.layer_labels[k].setText(
                self.tr("output") if k == len(ex.layers) - 1 else fill(self.tr("layer %1"), str(k + 1))
            )
            for widget in (self.units_inputs[k], self.activation_inputs[k], self.layer_labels[k]):
                widget.setVisible(shown)
            if shown:
                self.units_inputs[k].setValue(ex.layers[k].units)
                self.activation_inputs[k].setCurrentIndex(self.activation_inputs[k].findData(ex.layers[k].activation))
        self.loss_input.setCurrentIndex(self.loss_input.findData(ex.loss))
        self.lr_input.set_value(ex.lr)
        for i, box in enumerate(self.x_inputs):
            box.setVisible(i < ex.n_inputs)
            if i < ex.n_inputs:
                box.set_value(float(ex.x[i]))
        classification = ex.loss == "cross_entropy"
        for j, box in enumerate(self.y_inputs):
            box.setVisible(not classification and j < ex.n_outputs)
            if j < ex.n_outputs:
                box.set_value(float(ex.y[j]))
        for widget in (self.labels["class"], self.class_input):
            widget.setVisible(classification)
        self.labels["y"].setVisible(not classification)
        self.class_input.setMaximum(ex.n_outputs - 1)
        self.class_input.setValue(ex.label)
        self._updating = False
