"""Long runs: memory over 10⁶ updates with the window open, and redrawing a 10⁶-point loss curve.

    python benchmarks/bench_longrun.py                 # 10⁶ updates (several minutes), then the redraw
    python benchmarks/bench_longrun.py --quick         # 10⁵ updates, fewer redraw repeats
    python benchmarks/bench_longrun.py --redraw-only   # only the loss-panel redraw (seconds)
    python benchmarks/bench_longrun.py --clock cpu     # redraw in CPU time of the GUI thread

1. **memory**: the real ``MainWindow`` open offscreen on the views-linear lesson (the
   1-day model: error surface, fit, loss and slice panels all live) trains at full speed
   until update 10⁶ (``--updates``; the lesson's own 100,000-update limit is raised and
   the gradient tolerance switched off). The resident set size (VmRSS) is read after the
   first 1,000 updates (everything has been drawn once) and again at the end, after a
   garbage collection; a row per tenth of the run shows the trend. Target: growth ≤ 30 MB.
   The breakdown names the arrays that grow with the run: the trainer's history (worker
   thread) and what the panels keep (GUI thread).
2. **redraw**: a Loss panel on its own (800×500, offscreen) is given a synthetic history of
   10⁶ updates of full-batch training (a loss per update and, as every update ends an
   epoch, an epoch loss and a validation loss per update), then a snapshot with 30 new
   updates at a time, as while training; each frame is timed from ``show_snapshot`` (which
   calls ``_redraw``) to the end of a synchronous ``repaint`` of the plot. Target: median ≤ 10 ms.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
GROWTH_TARGET_MB = 30.0
REDRAW_TARGET_MS = 10.0
WARM_UP_UPDATES = 1000
NEW_PER_FRAME = 30


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10⁵ updates and 21 redraws")
    parser.add_argument("--updates", type=int, default=None, help="updates of the memory run (default 10⁶, quick 10⁵)")
    parser.add_argument("--history", type=int, default=1_000_000, help="points of the redrawn loss history (10⁶)")
    parser.add_argument("--repeats", type=int, default=None, help="timed redraws (default 101, quick 21)")
    parser.add_argument("--redraw-only", action="store_true", help="skip the memory run")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="redraw time: elapsed (default) or CPU time of the GUI thread (busy machine)",
    )
    parser.add_argument("--timeout", type=float, default=3600.0, help="give the memory run up after this many s")
    return parser.parse_args()


ARGS = parse_args()
for _variable in THREAD_VARIABLES:  # before NumPy is imported: one BLAS thread unless the environment says, as the app
    os.environ.setdefault(_variable, "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import numpy as np  # noqa: E402
from machine import describe, load_average  # noqa: E402  (benchmarks/machine.py)
from offscreen import application, spin, spin_until, temporary_settings  # noqa: E402  (benchmarks/offscreen.py)

from applet.core.problem import views_problem  # noqa: E402
from applet.training.snapshot import RUNNING, STOPPED, Snapshot, frozen  # noqa: E402
from applet.ui.main_window import MainWindow  # noqa: E402
from applet.ui.panels.loss import LossPanel  # noqa: E402

MB = 1024 * 1024


def rss_mb(pid: int | str = "self") -> float:
    """The resident set size now of this process or of ``pid`` (Linux: /proc/PID/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS in /proc/{pid}/status")


def child_rss_mb(window: MainWindow) -> float:
    """The resident set size of the training process the window uses (0 if none)."""
    child = window.controller.worker._child
    try:
        return rss_mb(child.process.pid) if child is not None else 0.0
    except (OSError, RuntimeError):  # it has just ended
        return 0.0


def array_bytes(obj, seen: set[int] | None = None, depth: int = 0) -> int:
    """Bytes of the NumPy arrays reachable from ``obj``'s attributes (a few levels deep)."""
    seen = set() if seen is None else seen
    if id(obj) in seen or depth > 6:
        return 0
    seen.add(id(obj))
    if isinstance(obj, np.ndarray):
        return obj.nbytes if obj.base is None else 0
    if isinstance(obj, bytes):  # a compressed chunk of a CompactArray
        return len(obj)
    if isinstance(obj, (list, tuple)):
        return sum(array_bytes(v, seen, depth + 1) for v in obj)
    if isinstance(obj, dict):
        return sum(array_bytes(v, seen, depth + 1) for v in obj.values())
    if hasattr(obj, "__dict__") and type(obj).__module__.startswith("applet"):
        return sum(array_bytes(v, seen, depth + 1) for v in vars(obj).values())
    return 0


def memory_run(updates: int) -> None:
    window = MainWindow("views-linear", seed=42, settings=temporary_settings())
    window.show()
    snap = lambda: window.last_snapshot  # noqa: E731
    spin_until(lambda: snap() is not None and snap().problem is window.setup.problem, 30)
    controller = window.controller
    controller.set_option("grad_tol", None)
    controller.set_option("speed", 0)  # full speed: the lesson opens at a watchable 10 updates/s
    controller.set_option("max_updates", WARM_UP_UPDATES)
    controller.run()
    spin_until(lambda: snap().state == STOPPED, 120)
    spin(0.5)  # the last snapshot drawn
    gc.collect()
    before = rss_mb()
    print(
        f"memory: views-linear lesson, every panel live ({', '.join(window.panels)}); "
        f"RSS after {snap().update:,} updates: {before:.1f} MB"
    )
    child_before = child_rss_mb(window)
    print(f"{'update':>10} {'RSS MB':>8} {'growth MB':>10} {'elapsed s':>10} {'upd/s':>8} {'training process MB':>20}")
    controller.set_option("max_updates", updates)
    controller.run()
    start = time.perf_counter()
    spin_until(lambda: snap().state == RUNNING, 30)
    marks = [updates * k // 10 for k in range(1, 11)]
    while marks:
        spin_until(lambda: snap().update >= marks[0] or snap().state == STOPPED, ARGS.timeout)
        if snap().state == STOPPED and snap().update < marks[0]:
            raise RuntimeError(f"training stopped at update {snap().update}: {snap().stop_reason}")
        while marks and snap().update >= marks[0]:
            marks.pop(0)
        elapsed = time.perf_counter() - start
        print(
            f"{snap().update:>10,} {rss_mb():>8.1f} {rss_mb() - before:>10.1f} {elapsed:>10.0f} "
            f"{snap().update / elapsed:>8,.0f} {child_rss_mb(window):>20.1f}",
            flush=True,
        )
    spin_until(lambda: snap().state == STOPPED, 60)
    spin(0.5)
    gc.collect()
    after = rss_mb()
    growth = after - before
    trainer = controller.worker.trainer
    print(
        f"after {snap().update:,} updates: RSS {after:.1f} MB, growth {growth:.1f} MB "
        f"(target ≤ {GROWTH_TARGET_MB:g} MB: {'PASS' if growth <= GROWTH_TARGET_MB else 'MISS'}); "
        f"training process {child_before:.1f} → {child_rss_mb(window):.1f} MB"
    )
    print("arrays that grow with the run (allocated bytes):")
    print(f"  trainer history (worker)        {array_bytes(trainer.history) / MB:8.1f} MB")
    h = trainer.history
    for name in h.FIELDS + ("params",):
        values = getattr(h, name)
        if values is not None and len(values):
            print(f"    {name:<29} {array_bytes(values) / MB:8.1f} MB for {len(values):,} rows")
    for panel_id, panel in window.panels.items():
        print(f"  {panel_id + ' panel':<31} {array_bytes(panel) / MB:8.1f} MB")
    window.files.ask_on_close = False
    window.close()


def synthetic_snapshot(problem, update: int, new_losses: np.ndarray, run_id: int = 1) -> Snapshot:
    """A running snapshot of full-batch training: every new update also ends an epoch."""
    n = len(new_losses)
    epochs = np.arange(update - n + 1, update + 1, dtype=np.float64)
    return Snapshot(
        problem=problem,
        run_id=run_id,
        update=update,
        epoch=update,
        batch=0,
        updates_per_epoch=1,
        batch_size=len(problem.X_train),
        lr=0.01,
        loss_name="mae",
        last_loss=float(new_losses[-1]),
        train_loss=float(new_losses[-1]),
        val_loss=float(1.1 * new_losses[-1]),
        grad_norm=1.0,
        state=RUNNING,
        stop_reason=None,
        updates_per_second=1000.0,
        new_losses=frozen(new_losses),
        new_epoch_updates=frozen(epochs),
        new_epoch_losses=frozen(new_losses),
        new_epoch_vals=frozen(1.1 * new_losses),
        new_path=None,
        weights=None,
        biases=None,
    )


def losses(first_update: int, n: int, rng: np.random.Generator) -> np.ndarray:
    """A falling, noisy loss curve (what long training looks like)."""
    t = np.arange(first_update, first_update + n, dtype=np.float64)
    return 1.0 + 50.0 / np.sqrt(t) + 0.05 * rng.standard_normal(n)


def redraw_run(history: int, repeats: int) -> None:
    clock = time.thread_time if ARGS.clock == "cpu" else time.perf_counter
    problem = views_problem(1)
    panel = LossPanel()
    panel.resize(800, 500)
    panel.show()
    spin(0.2)  # shown: the offscreen window is exposed and can be painted
    panel.set_problem(problem)
    rng = np.random.default_rng(0)
    start = clock()
    panel.show_snapshot(synthetic_snapshot(problem, history, losses(1, history, rng)))
    panel.plot.viewport().repaint()
    first = (clock() - start) * 1000
    update, times = history, []
    for _ in range(repeats + 1):
        new = losses(update + 1, NEW_PER_FRAME, rng)
        update += NEW_PER_FRAME
        snapshot = synthetic_snapshot(problem, update, new)
        start = clock()
        panel.show_snapshot(snapshot)  # LossPanel._redraw
        panel.plot.viewport().repaint()
        times.append((clock() - start) * 1000)
    times = times[1:]  # the first frame after the big one warms caches
    median = statistics.median(times)
    drawn = len(panel.update_curve.getData()[0])
    print(
        f"redraw: Loss panel with {history:,} updates (+{NEW_PER_FRAME} per frame), {drawn:,} points drawn per curve, "
        f"{ARGS.clock} clock"
    )
    print(f"  first draw of the whole history {first:8.1f} ms")
    print(
        f"  per frame: median {median:.2f} ms, fastest {min(times):.2f}, slowest {max(times):.2f} "
        f"over {len(times)} frames (target ≤ {REDRAW_TARGET_MS:g} ms: "
        f"{'PASS' if median <= REDRAW_TARGET_MS else 'MISS'})"
    )
    panel.close()


def main() -> int:
    updates = ARGS.updates or (100_000 if ARGS.quick else 1_000_000)
    repeats = ARGS.repeats or (21 if ARGS.quick else 101)
    app = application()
    print(f"Machine: {describe()}; Qt platform {app.platformName()}; load average {load_average()} at start\n")
    redraw_run(ARGS.history, repeats)
    if not ARGS.redraw_only:
        print()
        memory_run(updates)
    print(f"\nload average {load_average()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
