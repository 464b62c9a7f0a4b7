"""A text box for a number above a minimum (or from it), typed freely (0.01, 1e-3), checked on Enter."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit

from applet.ui.labels import fill


def format_number(value: float) -> str:
    return f"{value:.6g}"


class NumberInput(QLineEdit):
    """Emits ``value_entered(float)`` for a valid number, ``rejected(str)`` otherwise.

    A rejected entry puts the previous value back, so nothing changes.
    """

    value_entered = Signal(float)
    rejected = Signal(str)

    def __init__(self, value: float, minimum: float = 0.0, parent=None, inclusive: bool = False) -> None:
        super().__init__(format_number(value), parent)
        self.minimum = minimum
        self.inclusive = inclusive  # the minimum itself is allowed
        self._value = value
        self.editingFinished.connect(self._commit)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        self._value = value
        self.setText(format_number(value))

    def _commit(self) -> None:
        text = self.text().strip().replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            self.setText(format_number(self._value))
            self.rejected.emit(fill(self.tr("“%1” is not a number."), text))
            return
        if not math.isfinite(value) or value < self.minimum or (value == self.minimum and not self.inclusive):
            self.setText(format_number(self._value))
            message = (
                self.tr("Enter a finite number of at least %1.")
                if self.inclusive
                else self.tr("Enter a finite number greater than %1.")
            )
            self.rejected.emit(fill(message, format_number(self.minimum)))
            return
        if value != self._value:
            self._value = value
            self.setText(format_number(value))
            self.value_entered.emit(value)
