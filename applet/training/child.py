"""The training process: full-speed training of a small network, away from the window's GIL.

The worker thread (``applet/training/worker.py``) hands its trainer to a child process when a
run starts at full speed and the network is small (``worker.runs_in_child``); the child trains
on in chunks and sends its progress (``Trainer.progress_since``) through a pipe on the
snapshot beat; the worker applies each to its own trainer, which stays the authoritative one.
Any command that touches the trainer first stops the child (``flag``) and applies its last
progress, so the worker's trainer is then exactly the child's. See docs/architecture.md.

- **One pool** of children for the whole process (module-level, reused by every window; the
  test suite opens hundreds): a worker checks one out when its first full-speed run starts
  and gives it back when it shuts down; nobody waits for a child to start (the run trains in
  the worker thread until it is ready). ``prespawn`` starts one early (after the window shows).
- **spawn** start method (the only one a frozen executable can use everywhere; ``app.py``
  calls ``multiprocessing.freeze_support``). The child imports NumPy and ``applet.core`` only.
- **Dies with the window**: daemonic (ended at the interpreter's exit, ``close_all`` at exit
  too), and it ends itself when the pipe breaks (the parent died).
- Messages are pickled into the pipe only (``transport``: arrays out of band); nothing pickled is
  ever written to disk.
"""

from __future__ import annotations

import atexit
import copy
import ctypes
import logging
import multiprocessing
import sys
import threading
import time
import traceback
from typing import Any

from applet.core.errors import Interrupted, quiet_overflow
from applet.core.history import History
from applet.core.trainer import Trainer
from applet.training import transport

READY_SECONDS = 20.0  # a child that has not imported NumPy and the core by then counts as unable to start
CLOSE_SECONDS = 1.0
IDLE_KEPT = 1  # children kept for the next window

# parent → child: ("train", trainer, same_data, interval) or None (end)
# child → parent: ("ready", qt_free), ("progress", Progress, final), ("failed", Progress, exception, text, details)

log = logging.getLogger("applet.training")


# -- the child's side (runs in the child process) -------------------------------------
def serve(connection: Any, flag: Any) -> None:
    """The child's main loop: train each trainer it is sent until ``flag`` is set or a rule stops it."""
    qt_free = not any(name.startswith(("PySide6", "pyqtgraph", "applet.ui")) for name in sys.modules)
    data: tuple = (None, None, None, None)
    try:
        transport.send(connection, ("ready", qt_free))
        while (message := transport.receive(connection)) is not None:
            _, trainer, same_data, interval = message
            if same_data:
                trainer.X, trainer.Y, trainer.X_val, trainer.Y_val = data
            data = (trainer.X, trainer.Y, trainer.X_val, trainer.Y_val)
            train(connection, flag, trainer, interval)
    except (EOFError, OSError):  # the window's process has gone: so do we
        pass


def train(connection: Any, flag: Any, trainer: Trainer, interval: float) -> None:
    """Train until interrupted or stopped by a rule, sending the progress every ``interval`` seconds
    (the history rows sent are dropped here, so a long run's memory stays flat)."""
    trainer.interrupted = lambda: bool(flag.value)
    traced = trainer.history.params is not None
    mark = trainer.progress_mark()
    next_send = time.perf_counter() + interval
    per_update = 0.0

    def progress():
        nonlocal mark
        sent = trainer.progress_since(mark)
        trainer.history = History(trainer.net.n_parameters if traced else None)
        mark = trainer.progress_mark()
        return sent

    try:
        with quiet_overflow():
            while True:
                start = time.perf_counter()
                n = 1 if per_update <= 0 else int(min(max(1.0, (next_send - start) / per_update), 1e6))
                before = trainer.update
                trainer.run(n)
                now = time.perf_counter()
                if trainer.update > before:
                    per_update = (now - start) / (trainer.update - before)
                if trainer.stop_reason is not None or flag.value:
                    break
                if now >= next_send:
                    transport.send(connection, ("progress", progress(), False))
                    next_send = max(next_send + interval, now)
    except Interrupted:  # the update in progress was abandoned and left no trace
        pass
    except Exception as exc:  # noqa: BLE001 — the worker reports it as it would its own
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        sent = progress()
        try:
            transport.send(connection, ("failed", sent, exc, str(exc), details))
        except Exception:  # noqa: BLE001 — an exception that cannot be pickled travels as text
            transport.send(connection, ("failed", sent, None, str(exc), details))
        return
    transport.send(connection, ("progress", progress(), True))


# -- the window's side -----------------------------------------------------------------
class TrainingChild:
    """One child process, its pipe and its interrupt flag (shared memory: set by the window's
    thread to stop the run at the next layer of the update in progress)."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.flag = context.RawValue(ctypes.c_bool, False)
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=serve, args=(theirs, self.flag), daemon=True, name="applet-training")
        self.process.start()
        theirs.close()
        self.spawned = time.monotonic()
        self.ready = False
        self.qt_free = False
        self._data: tuple = ()  # the data arrays the child holds (the objects last sent, kept alive)

    def wait_ready(self, timeout: float = READY_SECONDS) -> bool:
        """True once the child has started (imported NumPy and the core); False if it could not."""
        if not self.ready:
            try:
                if self.connection.poll(timeout):
                    message = transport.receive(self.connection)
                    self.ready, self.qt_free = message[0] == "ready", bool(message[1])
            except (EOFError, OSError):
                pass
        return self.ready

    def poll_ready(self) -> bool | None:
        """Without waiting: True once started, False while starting, None if it cannot start
        (it ended, or it is not ready ``READY_SECONDS`` after its spawn)."""
        if self.wait_ready(0):
            return True
        if not self.process.is_alive() or time.monotonic() - self.spawned > READY_SECONDS:
            return None
        return False

    def start(self, trainer: Trainer, interval: float) -> None:
        """Start training a copy of ``trainer`` (without its history rows; its data only if new here)."""
        data = (trainer.X, trainer.Y, trainer.X_val, trainer.Y_val)
        same_data = len(self._data) == 4 and all(a is b for a, b in zip(data, self._data))
        portable = copy.copy(trainer)
        portable.history = History(trainer.net.n_parameters if trainer.history.params is not None else None)
        portable.interrupted = None
        if same_data:
            portable.X = portable.Y = portable.X_val = portable.Y_val = None  # type: ignore[assignment]
        self.flag.value = False
        self._data = ()  # unknown until the message has gone through
        transport.send(self.connection, ("train", portable, same_data, interval))
        self._data = data

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def close(self) -> None:
        try:
            self.flag.value = True
            transport.send(self.connection, None)
        except (OSError, ValueError):
            pass
        self.process.join(CLOSE_SECONDS)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(CLOSE_SECONDS)
        self.connection.close()


_lock = threading.Lock()
_idle: list[TrainingChild] = []
unavailable = False  # a child could not start once: train in the worker thread from then on


def spawn() -> TrainingChild:
    return TrainingChild()


def checkout() -> TrainingChild | None:
    """A child for a worker, idle from the pool or spawned now, ready or still starting (it
    never waits: ``TrainingChild.poll_ready`` tells); None — logged — when none can start."""
    with _lock:
        if unavailable:
            return None
        child = _idle.pop() if _idle else None
    while child is not None and not child.alive:
        child.close()
        with _lock:
            child = _idle.pop() if _idle else None
    if child is not None:
        return child
    try:
        return spawn()
    except Exception as exc:  # noqa: BLE001 — any failure to start: train in the worker thread
        _give_up(f"{type(exc).__name__}: {exc}")
        return None


def cannot_start(child: TrainingChild) -> None:
    """``child`` did not start (``poll_ready`` said None): close it and train in the worker
    thread from then on."""
    child.close()
    _give_up(f"it did not start within {READY_SECONDS:.0f} s (exit code {child.process.exitcode})")


def _give_up(reason: str) -> None:
    global unavailable
    log.warning("The training process could not start (%s); training runs in the window's process.", reason)
    with _lock:
        unavailable = True


def give_back(child: TrainingChild) -> None:
    """A worker is done with ``child``: keep it for the next window, or end it."""
    with _lock:
        keep = child.alive and len(_idle) < IDLE_KEPT
        if keep:
            _idle.append(child)
    if not keep:
        child.close()


def prespawn() -> None:
    """Start a child now (e.g. once the window shows), so the first full-speed run need not wait."""
    with _lock:
        if unavailable or _idle:
            return
    try:
        child = spawn()
    except Exception as exc:  # noqa: BLE001 — the first run will try again and say why
        log.warning("The training process could not be started early: %s", exc)
        return
    give_back(child)


@atexit.register
def close_all() -> None:
    with _lock:
        children = list(_idle)
        _idle.clear()
    for child in children:
        child.close()
