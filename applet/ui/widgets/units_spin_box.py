"""UnitsSpinBox: the number of neurons in a layer, 1–1000, refusing other typed values with a reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from applet.ui.labels import fill
from applet.ui.view_models.layer_design import MAX_UNITS


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
            self._refusal = fill(self.tr("A layer has 1 to %1 neurons, not %2."), str(MAX_UNITS), digits)
        return text  # still invalid: the spin box puts the previous value back

    def _report(self) -> None:
        if self._refusal:
            reason, self._refusal = self._refusal, ""
            self.refused.emit(reason)
