"""ParameterSlider: one real-valued parameter, dragged on a slider or typed in a box.

The slider spans [−R, R] in 1000 steps, with R large enough for the current value (it
grows when a value outside arrives); the box takes any typed number. Both send
``value_changed`` only for the learner's own edits, never when the program sets a value.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSlider, QWidget

STEPS = 1000
LIMIT = 1e6


class ParameterSlider(QWidget):
    value_changed = Signal(float)

    def __init__(self, name: str, base_range: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base_range = base_range
        self.half_range = base_range
        self._setting = False
        self._value = 0.0
        self.label = QLabel()
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName=f"{name}Slider")
        self.slider.setRange(0, STEPS)
        self.box = QDoubleSpinBox(objectName=f"{name}Input")
        self.box.setRange(-LIMIT, LIMIT)
        self.box.setDecimals(4)
        self.box.setSingleStep(0.1)
        self.box.setKeyboardTracking(False)
        self.box.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.box)
        self.slider.valueChanged.connect(self._slid)
        self.box.valueChanged.connect(self._typed)

    def value(self) -> float:
        return self._value

    def position_value(self, position: int) -> float:
        """The parameter value at a slider position."""
        return -self.half_range + 2 * self.half_range * position / STEPS

    def set_value(self, value: float, rescale: bool = False) -> None:
        """Show ``value`` (no signal); ``rescale`` fits the slider's range to it afresh."""
        if not math.isfinite(value):
            return
        if rescale or abs(value) > self.half_range:
            self.half_range = max(self.base_range, _nice(1.5 * abs(value)))
        self._value = value
        self._setting = True
        self.box.setValue(value)
        self.slider.setValue(round((value + self.half_range) / (2 * self.half_range) * STEPS))
        self._setting = False

    def _slid(self, position: int) -> None:
        if self._setting:
            return
        value = self._value = self.position_value(position)
        self._setting = True
        self.box.setValue(value)
        self._setting = False
        self.value_changed.emit(value)

    def _typed(self, value: float) -> None:
        if self._setting:
            return
        self.set_value(value)
        self.value_changed.emit(value)


def _nice(x: float) -> float:
    """The next 1, 2 or 5 × 10ⁿ at or above x."""
    exponent = 10 ** math.floor(math.log10(x))
    return next(m * exponent for m in (1, 2, 5, 10) if m * exponent >= x)
