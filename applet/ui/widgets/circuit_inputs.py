"""CircuitInputs: ∂C/∂y typed in at each output of the reversed network, and a button to feed
it the loss's derivative again. With the forward pass frozen, every σ′(z) is a fixed amplifier
and the backward pass a linear circuit: the diagram shows how each ∂C/∂z responds."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from applet.training.trace_example import MAX_UNITS
from applet.ui.style import Theme
from applet.ui.widgets.number_input import NumberInput


class CircuitInputs(QWidget):
    """``value_entered(j, v)``: the learner set ∂C/∂yⱼ = v; ``loss_requested()``: back to the loss's."""

    value_entered = Signal(int, float)
    loss_requested = Signal()
    rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.inputs = []
        for j in range(MAX_UNITS):
            box = NumberInput(0.0, minimum=-np.inf)
            box.setObjectName(f"traceOutputGradient{j + 1}")
            box.setMaximumWidth(int(76 * Theme.scale))
            box.value_entered.connect(lambda v, j=j: self.value_entered.emit(j, v))
            box.rejected.connect(self.rejected)
            self.inputs.append(box)
        self.loss_button = QPushButton(objectName="traceOutputGradientLoss")
        self.loss_button.clicked.connect(self.loss_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        for box in self.inputs:
            layout.addWidget(box)
        layout.addWidget(self.loss_button)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.label.setText(self.tr("∂C/∂y ="))
        tip = self.tr(
            "The forward pass is frozen, so every σ′(z) is a fixed amplifier and the backward pass is a "
            "linear circuit: type any ∂C/∂y at an output and watch every ∂C/∂z respond in proportion."
        )
        self.label.setToolTip(tip)
        for box in self.inputs:
            box.setToolTip(tip)
        self.loss_button.setText(self.tr("∂L/∂y"))
        self.loss_button.setToolTip(
            self.tr("Feed the reversed network the loss's derivative: backpropagation's own values.")
        )

    def show_values(self, values: np.ndarray, driven: bool) -> None:
        """One box per output with its ∂C/∂y; ``driven``: the learner's values, not the loss's."""
        for j, box in enumerate(self.inputs):
            box.setVisible(j < len(values))
            if j < len(values):
                box.set_value(float(values[j]))
        self.loss_button.setEnabled(driven)
