"""TrainingWorker: trains in its own thread and sends Snapshots to the window.

Threading contract (DESIGN section 6):
- the worker is a QObject moved to a QThread; the window talks to it only through
  queued signals (commands) and receives ``snapshot``/``failed``/``refused`` signals;
- commands are handled between chunks of updates (a chunk lasts ≤ ~5 ms, and ends when the
  next snapshot is due); a pause or a close also interrupts the update in progress between
  two layers (``interrupt``), so it never waits for a whole update of a big network;
- about 30 snapshots a second (on a fixed beat, so a chunk's length never lowers the rate;
  a run in the child sends its progress on that beat, and each one is shown),
  and a new one only once the window has drawn the previous (``acknowledge``) and had a
  pause it asked for (it keeps its share of the time bounded: see
  ``TrainingController.acknowledge``), so nothing queues up; what happened in between is
  carried by the next snapshot;
- an exception inside training stops the run and is reported, the worker survives;
- a run at full speed of a small network (``runs_in_child``: at most MAX_PARAMETERS_PER_SNAPSHOT
  parameters, whose progress is cheap to send 30 times a second) trains in a child process
  (``applet/training/child.py``), so it never waits for the GIL the window's thread holds (the
  run starts in this thread at once and moves into the child as soon as one is ready); the
  worker applies the child's progress to its own trainer, which stays the one every command and
  snapshot reads, and any command that touches the trainer first brings the child's run home
  (``_home``). A big network stays in this thread: its products are BLAS calls that let go of
  the GIL anyway, and its parameters are too big to send per snapshot.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import traceback

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from applet.core.diagnosis import Diagnosis
from applet.core.errors import (
    QT_TRANSLATE_NOOP,
    DataError,
    Interrupted,
    quiet_overflow,
)  # a diverging run overflows: the trainer stops and says so
from applet.core.trainer import DIVERGED, Trainer
from applet.training import child as training_child
from applet.training import transport
from applet.training.messages import translated
from applet.training.setup import OPTIONS, TrainingSetup
from applet.training.snapshot import IDLE, RUNNING, STOPPED, RunState, Snapshot, frozen

SNAPSHOT_INTERVAL = 1 / 32  # seconds: about 30 snapshots a second
CHUNK_SECONDS = 0.005
SLOW_OUTPUTS = 0.03  # seconds: probes slower than this are recomputed after a pause is shown
MAX_PARAMETERS_PER_SNAPSHOT = 300_000
PROBE_SHARE = 0.05  # while training runs, the probes' outputs take at most this share of the worker's time
SPEEDS = (1, 10, 30, 100, 0)  # updates per second; 0 = as fast as possible
FRESH, RECENT, LAST = "fresh", "recent", "last"  # which probe outputs a snapshot carries
CHILD_POLL_SECONDS = 0.005  # waiting for the child's progress, commands are handled at least this often
CHILD_HOME_SECONDS = 10.0  # the longest wait for a stopped child's last progress before it counts as dead

log = logging.getLogger("applet.training")


class TrainingWorker(QObject):
    snapshot = Signal(object)
    failed = Signal(str, str)  # message, details
    refused = Signal(str)  # a bad command (DataError): nothing changed
    use_child = True  # full-speed runs of small networks train in a child process (False: always here)

    def __init__(self) -> None:
        super().__init__()
        self.setup: TrainingSetup | None = None
        self.trainer: Trainer | None = None
        self.run_id = 0
        self.speed = 0
        self._state = IDLE
        self._timer: QTimer | None = None
        self._drawn = threading.Event()
        self._drawn.set()
        self._interrupt = threading.Event()  # set from the window's thread: abandon the update in progress
        self._resume_at = 0.0  # no snapshot before this time (perf_counter): the window's pause
        self._next_due = 0.0  # the beat: when the next snapshot is due while training runs
        self._sent = {"loss": 0, "epoch": 0, "path": 0}
        self._rate_window: list[tuple[float, int]] = []
        self._per_update = 0.0  # seconds per update, measured (0: not yet)
        self._chunk = 1  # updates in the last chunk
        self._message = ""
        self.captured: RunState | None = None
        self._outputs: dict = {}
        self._outputs_time = 0.0  # when they were computed (perf_counter)
        self._outputs_cost = 0.0  # and how long that took, in seconds
        self._diagnosis: Diagnosis | None = None  # of the last divergence
        self._child: training_child.TrainingChild | None = None  # checked out of the pool at the first use
        self._in_child = False  # the child is training (its progress is on its way)
        self._child_run = False  # this run is the child's (when it stops, only a command goes on)
        self._unshown = False  # progress from the child applied but not yet shown in a snapshot
        self.child_runs = 0  # runs (and resumptions) trained in the child, for the self-test

    # -- called from the GUI thread -------------------------------------------------
    def acknowledge(self, pause: float = 0.0) -> None:
        """The window has drawn the last snapshot and wants the next no sooner than ``pause``
        seconds from now (thread-safe)."""
        self._resume_at = time.perf_counter() + pause
        self._drawn.set()

    def interrupt(self) -> None:
        """Abandon the update in progress at its next layer (thread-safe; the window pauses or
        closes). The update leaves no trace (``Trainer.step``); the queued command follows.
        A run in the child stops there too, and sends its last progress."""
        self._interrupt.set()
        child = self._child
        if child is not None:
            child.flag.value = True

    @property
    def in_child(self) -> bool:
        """Whether the child process is training the run now (read from any thread)."""
        return self._in_child

    # -- commands (run in the worker thread) ----------------------------------------
    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

    @Slot()
    def shutdown(self) -> None:
        """Stop and free the timer here, in the thread that owns it, then end the thread."""
        if self._timer is not None:
            self._timer.stop()
            self._timer.setParent(None)
            self._timer = None
        self._home()
        self._state = IDLE
        if self._child is not None:
            training_child.give_back(self._child)
            self._child = None
        self.thread().quit()

    @Slot(object)
    def configure(self, setup: TrainingSetup) -> None:
        """Build a new network and trainer (new lesson, new network, reset)."""
        try:
            trainer = setup.build()
        except DataError as exc:
            self.refused.emit(translated(exc))
            return
        except Exception as exc:  # noqa: BLE001 — reported to the learner, worker survives
            self._fail(exc)
            return
        self._install(setup, trainer)

    @Slot(object, object)
    def restore(self, setup: TrainingSetup, trainer: Trainer) -> None:
        """Continue a saved run: a trainer the window built and restored from a session (now ours)."""
        self._install(setup, trainer)

    @Slot()
    def capture(self) -> None:
        """Copy the whole run for saving into ``captured`` (the window calls this through a blocking connection)."""
        resume = self._home()
        t = self.trainer
        self.captured = (
            None
            if t is None
            else RunState(
                self.setup, t.state(), tuple(w.copy() for w in t.net.weights), tuple(b.copy() for b in t.net.biases)
            )
        )
        if resume:
            self._resume()

    def _install(self, setup: TrainingSetup, trainer: Trainer) -> None:
        self._home()  # the old run's progress goes to the old trainer
        self._child_run = False
        self.setup, self.trainer = setup, trainer
        trainer.interrupted = self._interrupt.is_set
        # until the first epoch ends, the status shows the losses at the start (computed once)
        self._start_losses = (trainer.train_loss(), trainer.val_loss())
        self.run_id += 1
        self._per_update = 0.0  # a new network may be far slower: one update, then as many as fit in a chunk
        self._sent = {"loss": 0, "epoch": 0, "path": 0}
        self._rate_window.clear()
        self._set_state(IDLE)
        self._message = ""
        self._emit(force=True)

    @Slot(int)
    def reset(self, seed: int) -> None:
        if self.setup is not None:
            self.configure(self.setup.with_options(seed=seed, initial_weights=None, initial_biases=None))

    @Slot(object, object)
    def restart_from(self, weights: list, biases: list) -> None:
        """Start a new run from the given parameters (e.g. a click on the error surface)."""
        if self.setup is not None:
            self.configure(self.setup.with_options(initial_weights=tuple(weights), initial_biases=tuple(biases)))

    @Slot(object, object)
    def set_parameters(self, weights: list, biases: list) -> None:
        """Change the parameters in place, keeping the history (e.g. a neuron slider)."""
        if self.trainer is None:
            return
        resume = self._home()
        net = self.trainer.net
        try:
            net.weights, net.biases = list(weights), list(biases)
        except DataError as exc:
            self.refused.emit(translated(exc))
            return
        except Exception as exc:  # noqa: BLE001 — reported to the learner, worker survives
            self._fail(exc)
            return
        finally:
            if resume:
                self._resume()
        self._emit(force=True)

    @Slot(str, object)
    def set_option(self, name: str, value: object) -> None:
        """Change a hyper-parameter or stopping rule; running training uses it from the next update."""
        if self.trainer is None:
            return
        resume = self._home()
        try:
            self._set_option(name, value)
        finally:
            if resume:
                self._resume()

    def _set_option(self, name: str, value: object) -> None:
        t = self.trainer
        try:
            if name == "speed":
                if value not in SPEEDS:
                    raise DataError(
                        QT_TRANSLATE_NOOP("DataError", "Speed must be one of %1 updates per second."), SPEEDS
                    )
                self.speed = int(value)
                if self._state == RUNNING:
                    self._schedule()
                return
            if name not in OPTIONS:
                raise DataError(QT_TRANSLATE_NOOP("DataError", "Unknown setting %1."), repr(name))
            if name == "lr":
                t.lr = value
            elif name == "batch_size":
                t.batch_size = value
            elif name == "optimizer":
                t.set_optimizer(value)
            elif name == "loss":
                t.loss = value
            else:
                setattr(t, name, value)
        except DataError as exc:
            self.refused.emit(translated(exc))
            return
        except Exception as exc:  # noqa: BLE001 — reported to the learner, worker survives
            self._fail(exc)
            return
        self.setup = self.setup.with_options(**{name: value})
        self._per_update = 0.0  # e.g. a larger batch: each update takes longer
        self._emit(force=True)

    @Slot()
    def run(self) -> None:
        self._interrupt.clear()
        if self.trainer is None or self._state == RUNNING:
            return
        self._message = ""
        self._set_state(RUNNING)
        self._emit(force=True)

    @Slot()
    def pause(self) -> None:
        self._interrupt.clear()
        self._home()
        if self._state == RUNNING:
            self._paused()

    def _paused(self) -> None:
        """Stop running and show it at once: when the probes are slow (a big network), the
        first snapshot carries the outputs of the last one, and a second follows with new ones."""
        self._set_state(IDLE)
        slow = self._outputs_cost > SLOW_OUTPUTS
        self._emit(force=True, outputs=LAST if slow else FRESH)
        if slow:
            QTimer.singleShot(0, self, self._refresh_outputs)

    @Slot()
    def _refresh_outputs(self) -> None:
        if self.trainer is not None and self._state != RUNNING:
            self._emit(force=True)

    @Slot()
    def step(self) -> None:
        """Exactly one update (pauses a running training first)."""
        self._single(lambda t: t.step())

    @Slot()
    def step_epoch(self) -> None:
        self._single(lambda t: t.run_epoch())

    @Slot()
    def step_back(self) -> None:
        """Undo the last update (pauses a running training first); refused when it cannot be undone."""
        if self.trainer is None:
            return
        self._home()
        try:
            self.trainer.step_back()
        except DataError as exc:
            self.refused.emit(translated(exc))
        except Exception as exc:  # noqa: BLE001 — reported to the learner, worker survives
            self._fail(exc)
            return
        else:  # the history is shorter: the next snapshot resends from where it now ends
            h = self.trainer.history
            for key, values in (("loss", h.loss), ("epoch", h.epoch_update), ("path", h.params)):
                self._sent[key] = min(self._sent[key], len(values))
        self._set_state(IDLE)
        self._emit(force=True)

    @Slot()
    def restore_best(self) -> None:
        """Early stopping: put back the parameters with the lowest L′ so far (pauses training first)."""
        if self.trainer is None:
            return
        if self._state == RUNNING:
            self._set_state(IDLE)
        try:
            self.trainer.restore_best()
        except DataError as exc:
            self.refused.emit(translated(exc))
        self._emit(force=True)

    @Slot()
    def restore_last_finite(self) -> None:
        """After a blow-up: put back the last finite weights (pauses training first)."""
        if self.trainer is None:
            return
        if self._state == RUNNING:
            self._set_state(IDLE)
        self.trainer.restore_last_finite()
        self._set_state(IDLE)
        self._emit(force=True)

    # -- the loop ------------------------------------------------------------------
    def _single(self, action) -> None:
        self._interrupt.clear()
        if self.trainer is None:
            return
        if self._state == RUNNING:
            self._set_state(IDLE)
        try:
            with quiet_overflow():
                action(self.trainer)
        except Interrupted:  # paused during a step or an epoch: the updates done stay, the one in progress not
            pass
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self._after_updates()
        self._emit(force=True)

    def _set_state(self, state: str) -> None:
        if state != RUNNING:
            self._home()
            self._child_run = False
        self._state = state
        if state == RUNNING:
            self._schedule()
        elif self._timer is not None:
            self._timer.stop()

    def _schedule(self) -> None:
        if self._timer is not None:
            self._child_run = False  # the run starts here at once; a ready child takes it over (_tick)
            self._timer.start(0 if self.speed == 0 else int(round(1000 / self.speed)))

    def _resume(self) -> None:
        """Go on running after a command brought the child's run home (if it still runs)."""
        if self._state == RUNNING and not self._in_child:
            self._schedule()

    # -- the child process ------------------------------------------------------------
    def runs_in_child(self) -> bool:
        """The rule: a run at full speed of a network of at most MAX_PARAMETERS_PER_SNAPSHOT
        parameters trains in the child process; slower runs and big networks here."""
        return (
            self.use_child
            and self.speed == 0
            and self.trainer is not None
            and self.trainer.net.n_parameters <= MAX_PARAMETERS_PER_SNAPSHOT
        )

    def _child_ready(self) -> bool:
        """Whether a child is ready to take the run; checks one out (without waiting) if the
        worker has none, so a starting child never holds up the run."""
        if self._child is None:
            self._child = training_child.checkout()  # None: logged, and training stays here
            if self._child is None:
                return False
        ready = self._child.poll_ready()
        if ready is None:
            training_child.cannot_start(self._child)
            self._child = None
        return bool(ready)

    def _start_child(self) -> bool:
        """Hand the trainer's run to the (ready) child; False (train here) if it does not take it."""
        try:
            self._child.start(self.trainer, SNAPSHOT_INTERVAL)
        except Exception as exc:  # noqa: BLE001 — e.g. a broken pipe: this run trains here
            log.warning("The training process did not take the run (%s); training runs here.", exc)
            self._drop_child()
            return False
        self._in_child = True
        self.child_runs += 1
        return True

    def _receive(self, wait: float) -> bool:
        """Apply what the child has sent, waiting up to ``wait`` seconds for the first message;
        True if anything came (or the child died, which is reported)."""
        got = False
        try:
            while self._in_child and self._child.connection.poll(0 if got else wait):
                got = True
                self._handle(transport.receive(self._child.connection))
        except (EOFError, OSError):
            self._child_died()
            return True
        return got

    def _handle(self, message: tuple) -> None:
        if message[0] == "progress":
            _, progress, final = message
            self.trainer.apply_progress(progress)
            if final:
                self._in_child = False
        elif message[0] == "failed":
            _, progress, exc, text, details = message
            self.trainer.apply_progress(progress)
            self._in_child = False
            self._fail(exc if isinstance(exc, Exception) else RuntimeError(text), details)

    def _home(self) -> bool:
        """Stop the child's run and apply all its progress: the worker's trainer is then exactly the
        child's. True if it was training (the caller may resume)."""
        if not self._in_child:
            return False
        self._child.flag.value = True
        deadline = time.perf_counter() + CHILD_HOME_SECONDS
        while self._in_child:
            left = deadline - time.perf_counter()
            if left <= 0:
                self._child_died()
                break
            self._receive(left)
        if self.trainer.stop_reason is not None or self._state != RUNNING:
            if self._state == RUNNING:
                self._after_updates()  # stopped by a rule just before: say so, as the run would have
                self._emit(force=True)
            return False
        return True

    def _drop_child(self) -> None:
        child, self._child, self._in_child = self._child, None, False
        if child is not None:
            child.close()

    def _child_died(self) -> None:
        code = None if self._child is None else self._child.process.exitcode
        self._drop_child()
        self._fail(
            DataError(QT_TRANSLATE_NOOP("DataError", "The training process ended unexpectedly (exit code %1)."), code)
        )

    @Slot()
    def _tick(self) -> None:
        if self._state != RUNNING or self.trainer is None:
            return
        if self._child_run:
            if not self._in_child:  # interrupted: the command that asked for it is on its way
                self._timer.stop()
            else:
                if self._receive(CHILD_POLL_SECONDS) and self._state == RUNNING:
                    self._after_updates()
                    self._unshown = True
                if self._unshown:  # the child's progress keeps the beat: show each once the window may
                    self._emit(force=self._state != RUNNING, on_beat=False)
            return
        if self.runs_in_child() and self._child_ready() and self._start_child():
            self._child_run = True  # from now on the child trains; this thread applies its progress
            return
        try:
            with quiet_overflow():
                if self.speed:
                    self.trainer.step()
                else:
                    self._run_chunk()
        except Interrupted:  # a pause (or a close) is on its way: the abandoned update left no trace
            self._after_updates()
            self._paused()
            return
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self._after_updates()
        self._emit(force=self._state != RUNNING)

    def _run_chunk(self) -> None:
        """As many updates as fit in ~5 ms, or until the next snapshot is due if that is sooner,
        so commands are never kept waiting long and snapshots keep their beat."""
        start = time.perf_counter()
        seconds = CHUNK_SECONDS
        if self._drawn.is_set():
            seconds = min(seconds, max(self._next_due, self._resume_at) - start)
        n = 1 if self._per_update <= 0 else int(min(max(1.0, seconds / self._per_update), 1e6))
        self._chunk = n
        done = self.trainer.update
        self.trainer.run(n)
        done = self.trainer.update - done
        if done and self.trainer.stop_reason is None:
            self._per_update = (time.perf_counter() - start) / done

    def _after_updates(self) -> None:
        reason = self.trainer.stop_reason
        if reason is not None:
            self._set_state(STOPPED)
        if reason == DIVERGED:  # one more forward and backward pass on one batch, once
            with quiet_overflow():
                self._diagnosis = self.trainer.diagnosis()
        now = time.perf_counter()
        self._rate_window.append((now, self.trainer.update))
        while len(self._rate_window) > 2 and now - self._rate_window[0][0] > 1.0:
            self._rate_window.pop(0)

    def _updates_per_second(self) -> float:
        if len(self._rate_window) < 2:
            return 0.0
        (t0, u0), (t1, u1) = self._rate_window[0], self._rate_window[-1]
        return (u1 - u0) / (t1 - t0) if t1 > t0 else 0.0

    def _fail(self, exc: Exception, details: str | None = None) -> None:
        self._set_state(STOPPED)
        self._message = translated(exc)
        if details is None:
            details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.failed.emit(translated(exc) or type(exc).__name__, details)
        if self.trainer is not None:
            self._emit(force=True)

    # -- snapshots -------------------------------------------------------------------
    def _emit(self, force: bool = False, outputs: str | None = None, on_beat: bool = True) -> None:
        """Send a snapshot if forced, or if the window has drawn the last and its pause is over and
        (``on_beat``) the beat says one is due; without ``on_beat`` the caller keeps the beat (the
        child sends its progress on it: a second clock here would drop the progress that comes
        just before it)."""
        now = time.perf_counter()
        if not force and ((on_beat and now < self._next_due) or not self._drawn.is_set() or now < self._resume_at):
            return
        self._unshown = False
        # the next one is due a beat later (a late one does not shift the beat by more than half of it)
        self._next_due = max(self._next_due, now - SNAPSHOT_INTERVAL / 2) + SNAPSHOT_INTERVAL
        if outputs is None:
            outputs = FRESH if force or self._state != RUNNING else RECENT
        with quiet_overflow():
            snapshot = self.make_snapshot(outputs=outputs)
        self._drawn.clear()  # only now: a snapshot that failed to be made must not stop the next ones
        self.snapshot.emit(snapshot)

    def _probe_outputs(self, outputs: str) -> dict:
        """The network's outputs for every probe of the problem: FRESH, RECENT or the LAST computed.

        A probe can be large (every day of the data through a deep network costs as much as
        several updates), so while training runs (RECENT) they are recomputed only as often as
        keeps them within PROBE_SHARE of the worker's time; a snapshot in between carries the
        last ones computed — the very same arrays, so a panel can tell nothing changed.
        """
        now = time.perf_counter()
        if self._outputs and (
            outputs == LAST or (outputs == RECENT and now - self._outputs_time < self._outputs_cost / PROBE_SHARE)
        ):
            return self._outputs
        net = self.trainer.net
        self._outputs = {name: frozen(net.forward(X)) for name, X in self.setup.problem.probes.items()}
        self._outputs_time = time.perf_counter()
        self._outputs_cost = self._outputs_time - now
        return self._outputs

    def make_snapshot(self, outputs: str = "fresh") -> Snapshot:
        """The training state now; the probes' outputs FRESH, RECENT (running at full speed:
        maybe those of a recent snapshot) or the LAST computed (see ``_probe_outputs``)."""
        t = self.trainer
        h = t.history
        sent = self._sent
        n_loss, n_epoch = len(h.loss), len(h.epoch_update)
        new_path, path_start = None, sent["path"]
        if h.params is not None:
            new_path = frozen(h.params[path_start:])
            sent["path"] = len(h.params)
        # a big network's parameters travel once it stops (not in a pause's first, quick snapshot)
        send_params = t.net.n_parameters <= MAX_PARAMETERS_PER_SNAPSHOT or (self._state != RUNNING and outputs != LAST)
        probe_outputs = self._probe_outputs(outputs)
        snap = Snapshot(
            problem=self.setup.problem,
            run_id=self.run_id,
            update=t.update,
            epoch=t.epoch,
            batch=t.batch,
            updates_per_epoch=t.updates_per_epoch,
            batch_size=t.batch_size,
            lr=t.lr,
            loss_name=t.loss_name,
            last_loss=t.last_loss,
            train_loss=float(h.epoch_loss[-1]) if n_epoch else self._start_losses[0],
            val_loss=float(h.epoch_val[-1]) if n_epoch else self._start_losses[1],
            grad_norm=t.last_grad_norm,
            state=self._state,
            stop_reason=t.stop_reason,
            updates_per_second=self._updates_per_second() if self._state == RUNNING else 0.0,
            new_losses=frozen(h.loss[sent["loss"] : n_loss]),
            new_epoch_updates=frozen(h.epoch_update[sent["epoch"] : n_epoch]),
            new_epoch_losses=frozen(h.epoch_loss[sent["epoch"] : n_epoch]),
            new_epoch_vals=frozen(h.epoch_val[sent["epoch"] : n_epoch]),
            new_path=new_path,
            weights=tuple(frozen(w) for w in t.net.weights) if send_params else None,
            biases=tuple(frozen(b) for b in t.net.biases) if send_params else None,
            outputs=probe_outputs,
            message=self._message,
            path_start=path_start,
            new_epoch_accuracies=frozen(h.epoch_accuracy[sent["epoch"] : n_epoch]),
            new_epoch_val_accuracies=frozen(h.epoch_val_accuracy[sent["epoch"] : n_epoch]),
            best_update=-1 if t.best is None else t.best.update,
            best_val=math.nan if t.best is None else t.best.val_loss,
            last_batch=None if t.last_batch is None else frozen(t.last_batch, int),
            weight_decay=t.weight_decay,
            l1=t.l1,
            diagnosis=self._diagnosis if t.stop_reason == DIVERGED else None,
            last_finite_update=t.last_finite_update,
        )
        sent["loss"], sent["epoch"] = n_loss, n_epoch
        return snap
