"""BackgroundJobs: run short Qt-free computations (a panel's what-if, never training itself)
in a thread of their own, so the window keeps drawing while they run.

``submit(job)`` queues a callable; ``done`` brings its result back to the window's thread.
Only the latest job's result is delivered: a job submitted later supersedes earlier ones.
A DataError the job raises comes back through ``failed`` with its message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from applet.core.errors import DataError
from applet.training.messages import translated

STOP_WAIT_MS = 2000


class _Worker(QObject):
    done = Signal(int, object)  # ticket, result
    failed = Signal(int, str)  # ticket, message

    @Slot(int, object)
    def run(self, ticket: int, job: Callable[[], object]) -> None:
        try:
            result = job()
        except DataError as exc:
            self.failed.emit(ticket, translated(exc))
            return
        self.done.emit(ticket, result)


class BackgroundJobs(QObject):
    done = Signal(object)  # the latest job's result
    failed = Signal(str)  # the latest job's DataError message
    _run = Signal(int, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticket = 0
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.worker = _Worker()
        self.worker.moveToThread(self.thread)
        self._run.connect(self.worker.run)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.thread.start()

    def submit(self, job: Callable[[], object]) -> None:
        """Run ``job()`` in the background; its result supersedes any earlier job's."""
        self._ticket += 1
        self._run.emit(self._ticket, job)

    @Slot(int, object)
    def _done(self, ticket: int, result: object) -> None:
        if ticket == self._ticket:
            self.done.emit(result)

    @Slot(int, str)
    def _failed(self, ticket: int, message: str) -> None:
        if ticket == self._ticket:
            self.failed.emit(message)

    def shutdown(self) -> None:
        self._ticket += 1  # nothing more is delivered
        self.thread.quit()
        self.thread.wait(STOP_WAIT_MS)
