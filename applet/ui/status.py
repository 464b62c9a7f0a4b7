"""Status bar: where training is and why it stopped."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from applet.core import trainer
from applet.training.snapshot import Snapshot

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


def stop_text(reason: str | None) -> str:
    return QCoreApplication.translate("Status", STOP_REASONS[reason]) if reason in STOP_REASONS else ""


def number(value: float) -> str:
    return f"{value:.4g}" if value is not None and math.isfinite(value) else "—"


class StatusBar(QStatusBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.progress = QLabel(objectName="statusProgress")
        self.reason = QLabel(objectName="statusReason")
        for label in (self.progress, self.reason):
            label.setMinimumWidth(1)  # a long text is cut, never widens the window (a projector's is narrow)
        self.addWidget(self.progress, 1)
        self.addPermanentWidget(self.reason)
        self.snapshot: Snapshot | None = None

    def show_snapshot(self, snap: Snapshot) -> None:
        self.snapshot = snap
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
        self.reason.setText(snap.message or reason)
        self.reason.setStyleSheet("color: #B00020;" if snap.stop_reason == trainer.DIVERGED or snap.message else "")

    def retranslate(self) -> None:
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)
