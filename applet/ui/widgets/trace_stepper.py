"""TraceStepper: the buttons that walk through a backpropagation trace — Restart, Previous,
Next, Run to end — and Apply update, which moves every parameter and starts the next
iteration. ``show_position`` enables what can be done at a step of the trace."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class TraceStepper(QWidget):
    """Signals ``restart``, ``previous``, ``next``, ``run_to_end`` and ``apply_update``, one per button."""

    restart = Signal()
    previous = Signal()
    next = Signal()
    run_to_end = Signal()
    apply_update = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.restart_button = self._button("traceRestartButton", self.restart)
        self.prev_button = self._button("tracePrevButton", self.previous)
        self.next_button = self._button("traceNextButton", self.next)
        self.end_button = self._button("traceEndButton", self.run_to_end)
        self.apply_button = self._button("traceApplyButton", self.apply_update)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.restart_button, self.prev_button, self.next_button, self.end_button):
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.apply_button)
        layout.addStretch(1)

    def _button(self, name: str, signal) -> QPushButton:
        button = QPushButton(objectName=name)
        button.clicked.connect(lambda: signal.emit())
        return button

    def show_position(self, cursor: int, n: int) -> None:
        """At step ``cursor`` of ``n``: back only from a step past 0, on only before the end."""
        self.prev_button.setEnabled(cursor > 0)
        self.restart_button.setEnabled(cursor > 0)
        self.next_button.setEnabled(cursor < n)
        self.end_button.setEnabled(cursor < n)

    def retranslate(self) -> None:
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
