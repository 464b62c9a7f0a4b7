"""Comparison runs: train several models one after another and tabulate L and L′.

The lecture's tables (1/7/28/56 days; 10/100/1000 ReLU; 1–4 layers) are such
comparisons. ``train_row`` is Qt-free (the experiments command uses it too);
``ComparisonWorker`` runs rows in a thread for the window, with progress and cancel
(``applet.training.comparison_controller`` owns that thread).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from applet.core.errors import DataError
from applet.training.messages import translated
from applet.training.setup import TrainingSetup

CHUNK = 200  # updates between progress reports and cancel checks


@dataclass(frozen=True)
class ComparisonRow:
    label: str
    setup: TrainingSetup
    updates: int
    restore_best: bool = False  # early stopping: report the parameters of the lowest L′, not the last
    published: tuple[float, float] | None = None  # the lecture's (L, L′) for this model, on its own channel


@dataclass(frozen=True)
class ComparisonResult:
    label: str
    train_loss: float
    val_loss: float
    updates: int
    seconds: float
    stop_reason: str | None


def train_row(
    row: ComparisonRow,
    progress: Callable[[int], None] = lambda done: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ComparisonResult | None:
    """Train one row's model for its budget of updates; None when cancelled."""
    start = time.perf_counter()
    trainer = row.setup.build()
    while trainer.update < row.updates:
        if cancelled():
            return None
        reason = trainer.run(min(CHUNK, row.updates - trainer.update))
        progress(trainer.update)
        if reason is not None:
            break
    if row.restore_best and trainer.best is not None:
        trainer.restore_best()
        updates = trainer.best.update
    else:
        updates = trainer.update
    return ComparisonResult(
        row.label,
        trainer.train_loss(),
        trainer.val_loss(),
        updates,
        time.perf_counter() - start,
        trainer.stop_reason,
    )


class ComparisonWorker(QObject):
    """Runs rows in its thread; ``cancel`` is a plain method that sets a thread-safe flag.

    Call ``cancel`` directly, never through a signal: a queued call would wait behind
    ``run_rows`` and arrive after every row has run.
    """

    progress = Signal(int, int)  # updates done over all rows, total
    row_done = Signal(int, object)  # row index, ComparisonResult
    finished = Signal(bool)  # True when every row ran, False when cancelled or failed
    failed = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def prepare(self) -> None:
        """Clear a previous cancel before new rows are queued (called from the queuing thread)."""
        self._cancel.clear()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot(object)
    def run_rows(self, rows: list[ComparisonRow]) -> None:
        total = sum(r.updates for r in rows)
        done_before = 0
        try:
            for i, row in enumerate(rows):
                result = train_row(
                    row, lambda done, before=done_before: self.progress.emit(before + done, total), self._cancel.is_set
                )
                if result is None:
                    self.finished.emit(False)
                    return
                self.row_done.emit(i, result)
                done_before += row.updates
        except DataError as exc:
            self.failed.emit(translated(exc), "")
            self.finished.emit(False)
            return
        except Exception as exc:  # noqa: BLE001 — reported, the window keeps working
            self.failed.emit(translated(exc), traceback.format_exc())
            self.finished.emit(False)
            return
        self.progress.emit(total, total)
        self.finished.emit(True)
