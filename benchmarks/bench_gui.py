"""GUI speed: training with the window open vs headless, redraws per second, GUI-thread lateness.

    python benchmarks/bench_gui.py                  # every lesson (about 7 min)
    python benchmarks/bench_gui.py --quick          # shorter and fewer repeats, noisier
    python benchmarks/bench_gui.py --lessons deep --seconds 6 --repeats 9
    python benchmarks/bench_gui.py --clock cpu      # training speed per CPU second (busy machine)

For each lesson the real ``MainWindow`` is open offscreen (``QT_QPA_PLATFORM=offscreen``,
settings in a temporary file) with every panel of the lesson, and trains for a fixed
time with the stopping rules off (no update budget, no gradient tolerance) at full speed:

- **window upd/s**: updates per second from the snapshots the window drew (last minus
  first snapshot's update, over the time between them);
- **headless upd/s**: the same ``TrainingSetup`` built into a ``Trainer`` whose ``run``
  is called in a plain loop (chunks of ≈10 ms) for the same time, no Qt involved;
- **redraws/s**: snapshots the window drew (every panel's ``show_snapshot``, then Qt
  paints) per second;
- **GUI CPU/redraw**: CPU time of the GUI thread per snapshot drawn (everything it did:
  the panels' ``show_snapshot``, painting, the timer below); independent of how busy the
  machine is, it bounds what the window can do — 30 redraws/s need ≤ 33 ms;
- **late p50 / p99**: a 10 ms single-shot timer in the GUI thread, re-armed each time it
  fires, records how late each timeout fires: what a click or a key press would wait;
- **pause**: at the end of each window run, from the Pause click (``toggle_run``) to the
  moment the window has drawn the paused snapshot (≤ 100 ms); a last row pauses the
  digits lesson with 8 hidden layers of 1000 ReLU on all 4,000 digits (full batch), whose
  single update takes seconds;
- **GUI CPU per redraw by panel**: the GUI thread's CPU time in each panel's
  ``show_snapshot`` and in painting its plots, per snapshot drawn; "rest" is everything
  else the thread did (status bar, controls, Qt painting widgets, the timer).

Each repeat runs the window and the headless loop in turn (in a rotating order) from the
lesson's initial parameters; the table shows medians over repeats, and the ratio is the
median of the per-repeat ratios. Targets (DESIGN section 11): window ≥ 0.8× headless,
≥ 30 redraws/s, GUI CPU ≤ 10 ms per redraw, lateness p99 ≤ 20 ms, pause ≤ 100 ms.

``--clock cpu`` divides updates by the CPU time of the training thread (the worker's
QThread, plus the training process's while a full-speed run of a small network trains
there; the main thread for headless) instead of elapsed time: waiting for a CPU or for
the GIL does not count, so it shows what a snapshot costs the worker on a busy machine,
not the contention. Redraws and lateness stay in elapsed time: they are what one sees.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
LESSON_IDS = "views-linear,views-days,piecewise,deep,backprop,digits,playground"  # every lesson, in order
RATIO_TARGET = 0.8
REDRAW_TARGET = 30.0
LATE_P99_TARGET_MS = 20.0
FRAME_TARGET_MS = 10.0
PAUSE_TARGET_MS = 100.0
BIG_DIGITS = 8  # hidden layers of 1000 ReLU for the last pause row
TIMER_MS = 10
STOP_RULES_OFF = {"max_updates": None, "max_epochs": None, "grad_tol": None}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs, fewer repeats (noisier)")
    parser.add_argument("--lessons", default=LESSON_IDS, help=f"comma-separated lesson ids (default {LESSON_IDS})")
    parser.add_argument("--repeats", type=int, default=None, help="repeats per lesson (default 5, quick 3)")
    parser.add_argument("--seconds", type=float, default=None, help="seconds per run (default 4, quick 2)")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall: updates per elapsed second (default); cpu: per CPU second of the training thread",
    )
    parser.add_argument(
        "--no-big-pause",
        dest="big_pause",
        action="store_false",
        help="skip the pause of the digits lesson with 8 × 1000 ReLU on all digits",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help="BLAS threads (default: as the app, one unless the environment says otherwise)",
    )
    return parser.parse_args()


# the training process (spawn) imports this file as __mp_main__: only the benchmark reads the command line
ARGS = parse_args() if __name__ == "__main__" else argparse.Namespace(threads=None)
for _variable in THREAD_VARIABLES:  # before NumPy is imported; one BLAS thread unless said, as the app
    if ARGS.threads is not None:
        os.environ[_variable] = str(ARGS.threads)
    else:
        os.environ.setdefault(_variable, "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from machine import describe, load_average  # noqa: E402  (benchmarks/machine.py)
from offscreen import application, spin, spin_until, temporary_settings  # noqa: E402  (benchmarks/offscreen.py)
from PySide6.QtCore import QObject, Qt, QTimer, Slot  # noqa: E402

from applet.core.datasets.planar import builtin_points  # noqa: E402
from applet.core.network import LayerSpec  # noqa: E402
from applet.training.playground import playground_problem, playground_setup  # noqa: E402
from applet.training.snapshot import RUNNING  # noqa: E402
from applet.ui.lessons import LESSONS  # noqa: E402
from applet.ui.main_window import MainWindow  # noqa: E402


class LatenessProbe:
    """A 10 ms single-shot timer in the GUI thread, re-armed at every timeout; records lateness."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._fired)
        self.late_ms: list[float] = []
        self._due = 0.0

    def start(self) -> None:
        self.late_ms.clear()
        self._arm()

    def stop(self) -> None:
        self.timer.stop()

    def _arm(self) -> None:
        self._due = time.perf_counter() + TIMER_MS / 1000
        self.timer.start(TIMER_MS)

    def _fired(self) -> None:
        self.late_ms.append(max(0.0, (time.perf_counter() - self._due) * 1000))
        self._arm()


def thread_cpu_clock(window: MainWindow):
    """A function returning the CPU seconds of the window's training thread so far."""
    ident: list[int] = []
    QTimer.singleShot(0, window.controller.worker, lambda: ident.append(threading.get_ident()))
    spin_until(lambda: bool(ident))
    clock_id = time.pthread_getcpuclockid(ident[0])
    worker = window.controller.worker
    seen: dict[int, float] = {}  # the training process's CPU seconds when first seen, by pid

    def clock() -> float:
        """The training thread's CPU time plus the training process's since this window first used it."""
        seconds = time.clock_gettime(clock_id)
        child = worker._child
        if child is not None and child.process.pid is not None:
            try:  # user + system CPU ticks of the process (Linux)
                with open(f"/proc/{child.process.pid}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                used = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            except (OSError, ValueError, IndexError):  # it has just ended
                return seconds
            seconds += used - seen.setdefault(child.process.pid, used)
        return seconds

    return clock


class WindowRun(QObject):
    """Trains the window's lesson at full speed and records what it drew."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.drawn: list[tuple[float, int, float]] = []  # (time, update, training-thread CPU s)
        self.paused_at: float | None = None  # when the window drew the first snapshot after a pause
        self.probe = LatenessProbe()
        self.cpu = thread_cpu_clock(window) if ARGS.clock == "cpu" else lambda: 0.0
        self.panel_cpu: dict[str, float] = {}  # GUI-thread CPU seconds per panel: show_snapshot and painting
        window.controller.snapshot.connect(self._record)

    @Slot(object)
    def _record(self, snapshot) -> None:
        # a slot of an object of the window's thread, connected after the window's own slot:
        # called there once the window has drawn the snapshot (a plain function would run in
        # the worker's thread as the snapshot is sent)
        if snapshot.problem is self.window.setup.problem:
            if snapshot.state == RUNNING:
                self.drawn.append((time.perf_counter(), snapshot.update, self.cpu()))
            elif self.paused_at is None:
                self.paused_at = time.perf_counter()

    def _timed(self, name: str, function):
        def timed(*args):
            start = time.thread_time()
            try:
                return function(*args)
            finally:
                self.panel_cpu[name] = self.panel_cpu.get(name, 0.0) + time.thread_time() - start

        return timed

    def _instrument(self) -> None:
        """Count the GUI thread's CPU time per panel: its show_snapshot and the painting of its plots."""
        for name, panel in self.window.panels.items():
            if not hasattr(panel, "_bench_timed"):
                panel._bench_timed = True
                panel.show_snapshot = self._timed(name, panel.show_snapshot)
                for view in panel.findChildren(pg.GraphicsView):
                    view.paintEvent = self._timed(name, view.paintEvent)

    def prepare_big_digits(self) -> None:
        """The digits lesson with BIG_DIGITS hidden layers of 1000 ReLU, full batch (4,000 digits)."""
        self.window.select_lesson("digits")
        setup = self.window.setup
        layers = (LayerSpec(1000, "relu"),) * BIG_DIGITS + (setup.layers[-1],)
        self.window._start(setup.with_options(layers=layers, batch_size=None))  # no cost question asked
        for name, value in STOP_RULES_OFF.items():
            self.window.controller.set_option(name, value)
        self.window.controller.set_option("speed", 0)
        self._restart()

    def prepare(self, lesson_id: str) -> None:
        self.window.select_lesson(lesson_id)
        self._instrument()
        if lesson_id == "playground":  # the case: a 2-8-8-2 ReLU network on the spiral
            problem = playground_problem(builtin_points("spiral"))
            self.window.apply_setup(playground_setup(problem, self.window.seed, (LayerSpec(8, "relu"),) * 2))
        for name, value in STOP_RULES_OFF.items():
            self.window.controller.set_option(name, value)
        self.window.controller.set_option("speed", 0)
        self._restart()

    def _restart(self) -> None:
        """Back to the lesson's initial parameters, paused (the stopping rules stay off)."""
        last = self.window.last_snapshot
        run_id = -1 if last is None or last.problem is not self.window.setup.problem else last.run_id
        self.window.reset(self.window.seed)
        spin_until(
            lambda: (
                (s := self.window.last_snapshot) is not None
                and s.problem is self.window.setup.problem
                and s.run_id != run_id
                and s.update == 0
                and s.state != RUNNING
            )
        )

    def measure(self, seconds: float) -> dict[str, float]:
        self._restart()
        self.drawn.clear()
        self.probe.start()
        self.window.controller.run()
        self.panel_cpu.clear()
        gui_cpu = time.thread_time()
        spin(seconds)
        gui_cpu = time.thread_time() - gui_cpu
        panel_cpu = dict(self.panel_cpu)
        self.probe.stop()
        pause_ms = self.pause()
        (t0, u0, c0), (t1, u1, c1) = self.drawn[0], self.drawn[-1]
        late = np.array(self.probe.late_ms)
        stop = self.window.last_snapshot.stop_reason
        if stop is not None:
            raise RuntimeError(f"training stopped ({stop}) during the measurement")
        return {
            "rate": (u1 - u0) / ((c1 - c0) if ARGS.clock == "cpu" else (t1 - t0)),
            "redraws": (len(self.drawn) - 1) / (t1 - t0),
            "frame_ms": 1000 * gui_cpu / max(1, len(self.drawn)),
            "p50": float(np.percentile(late, 50)),
            "p99": float(np.percentile(late, 99)),
            "updates": u1,
            "pause": pause_ms,
            "panels": {name: 1000 * cpu / max(1, len(self.drawn)) for name, cpu in panel_cpu.items()},
        }

    def pause(self) -> float:
        """Click Pause (as the button does) and wait for the window to draw it; milliseconds."""
        self.paused_at = None
        clicked = time.perf_counter()
        self.window.toggle_run()
        spin_until(lambda: self.paused_at is not None and not self.window.last_snapshot.running)
        return 1000 * (self.paused_at - clicked)

    def big_pause(self, repeats: int) -> float:
        """Median pause latency of the big digits network, clicked 0.5–1.5 s into a run."""
        latencies = []
        for repeat in range(repeats):
            self._restart()
            self.window.controller.run()
            spin_until(lambda: self.window.last_snapshot.running)
            spin(0.5 + repeat / max(1, repeats - 1))  # somewhere inside the first updates (seconds each)
            latencies.append(self.pause())
        return statistics.median(latencies)


def headless_rate(setup, seconds: float) -> float:
    """Updates/s of the same setup's Trainer.run in a plain loop (chunks of ≈10 ms)."""
    clock = time.thread_time if ARGS.clock == "cpu" else time.perf_counter
    trainer = setup.with_options(**STOP_RULES_OFF).build()
    chunk, elapsed = 1, 0.0
    while elapsed < 0.01:
        chunk *= 2
        start = clock()
        trainer.run(chunk)
        elapsed = clock() - start
    chunk = max(1, int(chunk * 0.01 / elapsed))
    trainer = setup.with_options(**STOP_RULES_OFF).build()  # from the initial parameters, as the window
    start = clock()
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        if trainer.run(chunk) is not None:
            raise RuntimeError(f"training stopped ({trainer.stop_reason}) during the measurement")
    return trainer.update / (clock() - start)


def measure_lesson(run: WindowRun, lesson_id: str, repeats: int, seconds: float) -> dict[str, float]:
    run.prepare(lesson_id)
    setup = run.window.setup
    run.measure(min(1.0, seconds))  # warm-up
    headless_rate(setup, min(1.0, seconds))
    rows: dict[str, list[float]] = {
        key: [] for key in ("rate", "headless", "ratio", "redraws", "frame_ms", "p50", "p99", "pause")
    }
    panels: dict[str, list[float]] = {}
    for repeat in range(repeats):
        if repeat % 2:
            headless = headless_rate(setup, seconds)
            gui = run.measure(seconds)
        else:
            gui = run.measure(seconds)
            headless = headless_rate(setup, seconds)
        for key in ("rate", "redraws", "frame_ms", "p50", "p99", "pause"):
            rows[key].append(gui[key])
        rows["headless"].append(headless)
        rows["ratio"].append(gui["rate"] / headless)
        for name, ms in gui["panels"].items():
            panels.setdefault(name, []).append(ms)
        panels.setdefault("rest", []).append(gui["frame_ms"] - sum(gui["panels"].values()))
    result = {key: statistics.median(values) for key, values in rows.items()}
    result["panels"] = {name: statistics.median(values) for name, values in panels.items()}
    return result


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main() -> int:
    repeats = ARGS.repeats or (3 if ARGS.quick else 5)
    seconds = ARGS.seconds or (2.0 if ARGS.quick else 4.0)
    lesson_ids = [s.strip() for s in ARGS.lessons.split(",") if s.strip()]
    app = application()
    settings = temporary_settings()
    present = [i for i in lesson_ids if i in LESSONS]
    window = MainWindow(present[0] if present else "views-linear", seed=42, settings=settings)
    window.show()
    run = WindowRun(window)
    unit = "upd/CPU-s" if ARGS.clock == "cpu" else "upd/s"

    print(f"Machine: {describe()}; load average {load_average()} at start")
    size = window.size()
    print(
        f"Qt platform: {app.platformName()}, window {size.width()}×{size.height()}; "
        f"median of {repeats} repeats of {seconds:g} s per runner "
        f"({ARGS.clock} clock for training speed); ratio = median of per-repeat ratios.\n"
    )
    header = (
        f"{'lesson':<13} {'panels':<38} {'headless ' + unit:>16} {'window ' + unit:>16} {'window/headless':>15} "
        f"{'redraws/s':>9} {'GUI CPU/redraw':>14} {'late p50':>8} {'late p99':>8} {'pause':>7}  {'≥0.8×':>5} "
        f"{'≥30/s':>5} {'≤10ms':>5} {'≤20ms':>5} {'≤0.1s':>5}"
    )
    print(header)
    print("-" * len(header))
    by_panel = {}
    for lesson_id in lesson_ids:
        if lesson_id not in LESSONS:
            print(f"{lesson_id:<13} MISSING: no lesson with this id (have: {', '.join(LESSONS)})", flush=True)
            continue
        m = measure_lesson(run, lesson_id, repeats, seconds)
        by_panel[lesson_id] = m["panels"]
        # a panel out of sight (a tab behind another at this window size) in brackets: it draws nothing
        panels = ", ".join(f"({name})" if panel.out_of_sight() else name for name, panel in window.panels.items())
        print(
            f"{lesson_id:<13} {panels:<38} {m['headless']:>16,.0f} {m['rate']:>16,.0f} {m['ratio']:>14.2f}× "
            f"{m['redraws']:>9.1f} {m['frame_ms']:>12.1f}ms {m['p50']:>6.1f}ms {m['p99']:>6.1f}ms "
            f"{m['pause']:>5.0f}ms  {verdict(m['ratio'] >= RATIO_TARGET):>5} "
            f"{verdict(m['redraws'] >= REDRAW_TARGET):>5} {verdict(m['frame_ms'] <= FRAME_TARGET_MS):>5} "
            f"{verdict(m['p99'] <= LATE_P99_TARGET_MS):>5} {verdict(m['pause'] <= PAUSE_TARGET_MS):>5}",
            flush=True,
        )
    if ARGS.big_pause:
        run.prepare_big_digits()
        pause_ms = run.big_pause(repeats)
        label = f"digits, {BIG_DIGITS} × 1000 ReLU, all 4,000 digits per update: pause (median of {repeats})"
        print(f"{label:<137} {pause_ms:>5.0f}ms  {verdict(pause_ms <= PAUSE_TARGET_MS):>35}", flush=True)

    print("\nGUI CPU per redraw by panel, ms (show_snapshot + painting its plots; rest: status bar, controls, Qt):")
    for lesson_id, panels in by_panel.items():
        cells = "  ".join(f"{name} {ms:.1f}" for name, ms in sorted(panels.items(), key=lambda kv: -kv[1]))
        print(f"{lesson_id:<13} {cells}")
    print(f"\nload average {load_average()} at the end")
    window.files.ask_on_close = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
