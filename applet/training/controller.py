"""TrainingController: the window's handle on the worker thread.

It owns the QThread and the TrainingWorker, turns method calls into queued signals
(so every command runs in the worker thread, in order) and shuts the thread down
cleanly when the window closes.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QThread, Signal

from applet.core.trainer import Trainer
from applet.training.setup import TrainingSetup
from applet.training.snapshot import RunState
from applet.training.worker import TrainingWorker

WINDOW_SHARE = 0.5  # while training runs, snapshots come no faster than the window can draw in half the time
CHILD_WINDOW_SHARE = 0.8  # … in 80 % of it while the child process trains: drawing no longer takes its GIL
MAX_PAUSE = 0.25  # seconds: the longest wait before the next snapshot


class TrainingController(QObject):
    _configure = Signal(object)
    _run = Signal()
    _pause = Signal()
    _step = Signal()
    _step_epoch = Signal()
    _step_back = Signal()
    _restore_best = Signal()
    _restore_last_finite = Signal()
    _reset = Signal(int)
    _option = Signal(str, object)
    _restart_from = Signal(object, object)
    _set_parameters = Signal(object, object)
    _shutdown = Signal()
    _restore = Signal(object, object)
    _capture = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window_cpu = time.thread_time()  # the window's thread's CPU time at the last snapshot
        self._release = time.perf_counter()  # when the worker was last allowed the next snapshot
        self.thread = QThread()
        self.thread.setObjectName("trainingThread")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.start)
        for signal, slot in (
            (self._configure, self.worker.configure),
            (self._run, self.worker.run),
            (self._pause, self.worker.pause),
            (self._step, self.worker.step),
            (self._step_epoch, self.worker.step_epoch),
            (self._step_back, self.worker.step_back),
            (self._restore_best, self.worker.restore_best),
            (self._restore_last_finite, self.worker.restore_last_finite),
            (self._reset, self.worker.reset),
            (self._option, self.worker.set_option),
            (self._restart_from, self.worker.restart_from),
            (self._set_parameters, self.worker.set_parameters),
            (self._shutdown, self.worker.shutdown),
            (self._restore, self.worker.restore),
        ):
            signal.connect(slot)
        # the window waits while the worker copies its state between two chunks of updates
        self._capture.connect(self.worker.capture, Qt.ConnectionType.BlockingQueuedConnection)
        self.snapshot = self.worker.snapshot
        self.failed = self.worker.failed
        self.refused = self.worker.refused
        self.thread.start()

    def configure(self, setup: TrainingSetup) -> None:
        self._configure.emit(setup)

    def run(self) -> None:
        self._run.emit()

    def pause(self) -> None:
        self.worker.interrupt()  # the update in progress is abandoned at its next layer
        self._pause.emit()

    def step(self) -> None:
        self._step.emit()

    def step_epoch(self) -> None:
        self._step_epoch.emit()

    def step_back(self) -> None:
        self._step_back.emit()

    def restore_best(self) -> None:
        self._restore_best.emit()

    def restore_last_finite(self) -> None:
        self._restore_last_finite.emit()

    def reset(self, seed: int) -> None:
        self._reset.emit(seed)

    def set_option(self, name: str, value: object) -> None:
        self._option.emit(name, value)

    def restart_from(self, weights: list, biases: list) -> None:
        self._restart_from.emit(weights, biases)

    def set_parameters(self, weights: list, biases: list) -> None:
        self._set_parameters.emit(weights, biases)

    def restore(self, setup: TrainingSetup, trainer: Trainer) -> None:
        """Hand a trainer restored from a session to the worker; the window must not touch it after this."""
        self._restore.emit(setup, trainer)

    def capture(self) -> RunState | None:
        """A copy of the whole run (for saving), taken by the worker between updates; None before any setup."""
        if not self.thread.isRunning():
            return None
        self._capture.emit()  # blocks until the worker has run ``capture``, after all earlier commands
        return self.worker.captured

    def acknowledge(self) -> None:
        """The window has drawn the last snapshot (call it from the window's thread).

        If the window's thread was busy for ``busy`` seconds of CPU since the previous
        snapshot, the next one comes ``busy / WINDOW_SHARE`` after the previous was allowed:
        the window then draws (and handles clicks) in at most WINDOW_SHARE of the time and
        never starves training of the GIL. While the child process trains, the window shares
        the GIL only with the worker applying its progress: CHILD_WINDOW_SHARE.
        """
        cpu, now = time.thread_time(), time.perf_counter()
        share = CHILD_WINDOW_SHARE if self.worker.in_child else WINDOW_SHARE
        release = self._release + (cpu - self._window_cpu) / share
        pause = min(max(0.0, release - now), MAX_PAUSE)
        self._window_cpu, self._release = cpu, now + pause
        self.worker.acknowledge(pause)

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop training, end the thread and wait for it; True when it finished in time.

        The update in progress is abandoned at its next layer. False means a single step
        of it (one layer's product of a huge network) is still running: the worker stops
        after it (its own shutdown frees its timer in its thread, then ends the thread), so
        ``thread.wait()`` then returns once that step is done."""
        if not self.thread.isRunning():
            return True
        self.worker.interrupt()
        self._shutdown.emit()  # the worker stops its timer and quits its thread
        return self.thread.wait(timeout_ms)
