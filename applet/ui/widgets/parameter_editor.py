"""ParameterEditor: a small dialog to type one number (a weight, a bias or an input)."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from applet.ui.labels import fill
from applet.ui.style import Theme
from applet.ui.widgets.number_input import NumberInput


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
        label = QLabel(fill(self.tr("%1 = (type a number, then Enter)"), title))
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
