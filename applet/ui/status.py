"""Status bar: where training is and why it stopped — after a blow-up, which layer overflowed
first, the likely cause (``applet.core.diagnosis``) and a button back to the last finite weights."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from applet.core import diagnosis, trainer
from applet.training.snapshot import Snapshot
from applet.ui.labels import ReadoutPace, fill

STOP_REASONS = {
    trainer.MAX_UPDATES: QT_TRANSLATE_NOOP("Status", "Stopped: reached the maximum number of updates."),
    trainer.MAX_EPOCHS: QT_TRANSLATE_NOOP("Status", "Stopped: reached the maximum number of epochs."),
    trainer.CONVERGED: QT_TRANSLATE_NOOP(
        "Status", "Stopped: gradient ≈ 0 (‖g‖ below the tolerance) — a minimum, a saddle point or a plateau."
    ),
    trainer.DIVERGED: QT_TRANSLATE_NOOP(
        "Status", "Stopped: the loss exploded — the learning rate is too large. Lower it and press Reset."
    ),
}


CAUSES = {
    diagnosis.LEARNING_RATE: QT_TRANSLATE_NOOP("Status", "Likely cause: the learning rate is too large. Lower it."),
    diagnosis.DATA_SCALE: QT_TRANSLATE_NOOP(
        "Status",
        "Likely cause: the inputs are not standardised (|x| up to %1). Standardise them, or use a smaller "
        "learning rate.",
    ),
    diagnosis.ACTIVATION: QT_TRANSLATE_NOOP(
        "Status",
        "Likely cause: ReLU or linear neurons never saturate, so the values grew layer by layer. Use tanh or "
        "sigmoid, or a smaller learning rate.",
    ),
}
WHY = {
    diagnosis.LEARNING_RATE: QT_TRANSLATE_NOOP(
        "Status",
        "The last finite weights still compute finite numbers: one update of size η·∂L/∂w threw them to where "
        "they overflow. A smaller η takes a smaller step.",
    ),
    diagnosis.DATA_SCALE: QT_TRANSLATE_NOOP(
        "Status",
        "∂L/∂w = x·∂L/∂z grows with the inputs and the loss's curvature with their square: this learning rate "
        "would suit inputs of mean 0 and standard deviation 1, but overshoots on these.",
    ),
    diagnosis.ACTIVATION: QT_TRANSLATE_NOOP(
        "Status",
        "The numbers overflowed at the last finite weights already, before any oversized step: each ReLU or "
        "linear layer can multiply their size again, while sigmoid and tanh keep every a between −1 and 1.",
    ),
}
QUANTITIES = {"z": "z", "a": "a", "gradient": "∂L/∂w"}


def stop_text(reason: str | None) -> str:
    return QCoreApplication.translate("Status", STOP_REASONS[reason]) if reason in STOP_REASONS else ""


def diagnosis_text(found: diagnosis.Diagnosis) -> tuple[str, str]:
    """(the status text, its tooltip) for a blow-up: where it overflowed first and why."""
    overflow = found.overflow
    if overflow is None:
        where = QCoreApplication.translate("Status", "Stopped: the loss grew a hundredfold.")
    else:
        where = fill(
            QCoreApplication.translate("Status", "Stopped: the loss exploded; layer %1 overflowed first (its %2)."),
            str(overflow.layer),
            QUANTITIES[overflow.quantity],
        )
    cause = fill(QCoreApplication.translate("Status", CAUSES[found.cause]), f"{found.input_scale:.3g}")
    return f"{where} {cause}", QCoreApplication.translate("Status", WHY[found.cause])


def number(value: float) -> str:
    return f"{value:.4g}" if value is not None and math.isfinite(value) else "—"


class StatusBar(QStatusBar):
    restore_finite_requested = Signal()  # "Back to the last finite weights"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.progress = QLabel(objectName="statusProgress")
        self.reason = QLabel(objectName="statusReason")
        for label in (self.progress, self.reason):
            label.setMinimumWidth(1)  # a long text is cut, never widens the window (a projector's is narrow)
        self.addWidget(self.progress, 1)
        self.addPermanentWidget(self.reason)
        self.restore_finite = QPushButton(objectName="restoreFiniteButton", visible=False)
        self.restore_finite.clicked.connect(self.restore_finite_requested)
        self.addPermanentWidget(self.restore_finite)
        self.snapshot: Snapshot | None = None
        self.pace = ReadoutPace()

    def show_snapshot(self, snap: Snapshot) -> None:
        self.snapshot = snap
        if self.pace.due(snap.running):
            self._show(snap)

    def _show(self, snap: Snapshot) -> None:
        text = self.tr("update %1 · epoch %2 · batch %3/%4 · L = %5 · L′ = %6 · ‖g‖ = %7 · %8 updates/s")
        values = (
            str(snap.update),
            str(snap.epoch),
            str(min(snap.batch + 1, snap.updates_per_epoch)),
            str(snap.updates_per_epoch),
            number(snap.train_loss),
            number(snap.val_loss),
            number(snap.grad_norm),
            f"{snap.updates_per_second:.0f}",
        )
        for i, value in reversed(list(enumerate(values, start=1))):
            text = text.replace(f"%{i}", value)
        self.progress.setText(text)
        reason = stop_text(snap.stop_reason) if snap.state == "stopped" else ""
        why = ""
        if snap.diagnosis is not None and snap.state == "stopped":
            reason, why = diagnosis_text(snap.diagnosis)
        self.reason.setText(snap.message or reason)
        self.reason.setToolTip(why)
        style = "color: #B00020;" if snap.stop_reason == trainer.DIVERGED or snap.message else ""
        if self.reason.styleSheet() != style:
            self.reason.setStyleSheet(style)
        self.restore_finite.setVisible(snap.diagnosis is not None)
        self.restore_finite.setText(self.tr("Back to the last finite weights"))
        self.restore_finite.setToolTip(
            fill(
                self.tr("Put back the weights of update %1, the last before the blow-up; lower η before going on."),
                str(snap.last_finite_update),
            )
        )

    def retranslate(self) -> None:
        if self.snapshot is not None:
            self._show(self.snapshot)
