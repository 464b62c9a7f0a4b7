"""ComparisonController: the window's handle on the thread that trains a comparison's rows.

It owns the QThread and the ComparisonWorker. ``start`` queues the rows to the worker's
thread; ``cancel`` sets the worker's flag directly from the calling thread, so it takes
effect at the worker's next check (every ``CHUNK`` updates), not after every row has run.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from applet.training.comparison import ComparisonRow, ComparisonWorker

STOP_WAIT_MS = 2000  # the longest wait for the thread on shutdown


class ComparisonController(QObject):
    _start = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("comparisonThread")
        self.worker = ComparisonWorker()
        self.worker.moveToThread(self.thread)
        self._start.connect(self.worker.run_rows)
        self.progress = self.worker.progress  # updates done over all rows, total
        self.row_done = self.worker.row_done  # row index, ComparisonResult
        self.finished = self.worker.finished  # True when every row ran, False when cancelled or failed
        self.failed = self.worker.failed  # message, details
        self.thread.start()

    def start(self, rows: list[ComparisonRow]) -> None:
        """Train ``rows`` one after another in the comparison thread."""
        self.worker.prepare()
        self._start.emit(rows)

    def cancel(self) -> None:
        """Stop the rows being trained; thread-safe, effective within one chunk of updates."""
        self.worker.cancel()

    def shutdown(self) -> None:
        self.cancel()
        self.thread.quit()
        self.thread.wait(STOP_WAIT_MS)
