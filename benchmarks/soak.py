"""Soak: the window trains for a long time while lessons and settings keep changing.

    python benchmarks/soak.py                       # 30 minutes
    python benchmarks/soak.py --minutes 5 --csv /tmp/soak.csv
    python benchmarks/soak.py --minutes 60 --interval 60 --seed 3

The real ``MainWindow`` is open offscreen (settings in a temporary file) under the app's
own event loop (``app.exec()``, so Qt deletes what it was asked to delete, as in the
app). Every ``--every`` seconds a seeded random learner does something: switch lesson
(cycling through all of them), run or pause, step, reset, type a learning rate, change
the batch size, the optimizer or the speed, build a new network in the layer builder —
and every tenth action saves the session and opens it again, checking that the update
counter and the parameters came back exactly ("nothing lost"). Training runs most of
the time.

Every ``--interval`` seconds one row goes to the CSV (and the screen): elapsed minutes,
the lesson shown, resident memory (VmRSS), Python objects tracked by the garbage collector (after a
collection, counted while training pauses for a moment), QObjects (the window's descendants and
every widget), threads (Python's and the operating system's), open file handles, updates trained, actions, errors. The
summary gives the memory curve — start, end, maximum, and the slope per minute of a
least-squares line through the samples after the first (warm-up) one — the object
counts at start and end, and says FAIL if an unexpected error was reported, a round
trip lost anything, or training got stuck.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gc
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import applet.app  # noqa: E402,F401  (one BLAS thread unless the environment says otherwise, as the app)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QObject, QSettings, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox  # noqa: E402

from applet.ui.crash import CrashReporter  # noqa: E402
from applet.ui.lessons import LESSONS  # noqa: E402
from applet.ui.main_window import MainWindow  # noqa: E402

COLUMNS = (
    "minutes",
    "lesson",
    "rss_mb",
    "py_objects",
    "qobjects",
    "widgets",
    "py_threads",
    "os_threads",
    "open_files",
    "updates",
    "actions",
    "round_trips",
    "errors",
)
LEARNING_RATES = (1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03)
PRESETS = ("linear (no hidden layer)", "3 sigmoids", "10 ReLU", "100 ReLU", "2 layers of 100 ReLU")
SPEEDS = (0, 0, 0, 100)  # mostly as fast as possible


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="how long to soak (default 30)")
    parser.add_argument("--interval", type=float, default=30.0, help="seconds between samples (default 30)")
    parser.add_argument("--every", type=float, default=2.0, help="seconds between learner actions (default 2)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random learner (default 1)")
    parser.add_argument("--csv", default="soak.csv", help="where the samples go (default soak.csv)")
    parser.add_argument(
        "--no-qt-counts",
        action="store_true",
        help="do not count QObjects and widgets (counting makes PySide keep a Python wrapper "
        "of each, which then shows as Python objects growing)",
    )
    return parser.parse_args()


def proc_status() -> dict[str, float]:
    """VmRSS (MB), OS threads and open file handles of this process (Linux /proc; NaN elsewhere)."""
    try:
        fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
        return {
            "rss_mb": int(fields["VmRSS"].split()[0]) / 1024,
            "os_threads": int(fields["Threads"]),
            "open_files": len(os.listdir("/proc/self/fd")),
        }
    except (OSError, KeyError, ValueError):
        return {"rss_mb": float("nan"), "os_threads": float("nan"), "open_files": float("nan")}


class Soak(QObject):
    def __init__(self, app: QApplication, window: MainWindow, args: argparse.Namespace) -> None:
        super().__init__()
        self.app, self.window, self.args = app, window, args
        self.rng = random.Random(args.seed)
        self.folder = Path(tempfile.mkdtemp(prefix="applet-soak-"))
        self.start = time.monotonic()
        self.rows: list[dict] = []
        self.types: list[collections.Counter] = []  # Python objects by type, per sample
        self.actions = self.round_trips = self.errors = self.updates = 0
        self.lost: list[str] = []
        self.lessons = list(LESSONS)
        self._last_update = (None, 0)  # (run, update) of the last snapshot seen, to add up updates trained
        window.controller.failed.connect(self._failed)
        window.controller.snapshot.connect(self._count_updates)
        self.file = open(args.csv, "w", newline="")
        self.writer = csv.DictWriter(self.file, COLUMNS)
        self.writer.writeheader()
        self.act_timer = QTimer(self, interval=int(args.every * 1000), timeout=self.act)
        self.sample_timer = QTimer(self, interval=int(args.interval * 1000), timeout=self.sample)
        QTimer.singleShot(int(args.minutes * 60_000), self.finish)

    def begin(self) -> None:
        self.window.controller.run()
        self.sample()
        self.act_timer.start()
        self.sample_timer.start()

    # -- the random learner ------------------------------------------------------------------
    def act(self) -> None:
        w = self.window
        if w.cost_dialog is not None and w.cost_dialog.isVisible():
            w.cost_dialog.button(QMessageBox.StandardButton.Cancel).click()
        self.actions += 1
        if self.actions % 10 == 0:
            self.round_trip()
        elif self.actions % 7 == 0:
            self.lessons.append(self.lessons.pop(0))
            w.select_lesson(self.lessons[0])
            w.controller.run()
        else:
            self.rng.choice(
                (
                    self.toggle,
                    self.step,
                    self.reset,
                    self.learning_rate,
                    self.batch_size,
                    self.optimizer,
                    self.speed,
                    self.network,
                    self.run,
                )
            )()

    def run(self) -> None:
        self.window.controller.run()

    def toggle(self) -> None:
        self.window.toggle_run()

    def step(self) -> None:
        self.window.controller.step()
        self.window.controller.run()

    def reset(self) -> None:
        self.window.controls.reset_button.click()
        self.window.controller.run()

    def learning_rate(self) -> None:
        box = self.window.controls.lr_input
        box.setText(str(self.rng.choice(LEARNING_RATES)))
        box.editingFinished.emit()

    def batch_size(self) -> None:
        box = self.window.controls.batch_input
        box.setValue(self.rng.choice((0, 16, 64, box.maximum())))

    def optimizer(self) -> None:
        combo = self.window.controls.optimizer_input
        combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def speed(self) -> None:
        combo = self.window.controls.speed_input
        combo.setCurrentIndex(combo.findData(self.rng.choice(SPEEDS)))

    def network(self) -> None:
        combo = self.window.findChild(QComboBox, "presetInput")
        if combo is not None:
            index = combo.findText(self.rng.choice(PRESETS))
            combo.setCurrentIndex(index)
            combo.activated.emit(index)
            self.window.panels["builder"].apply()
            self.window.controller.run()

    def round_trip(self) -> None:
        """Save the session, open it again: the same update and parameters, and training goes on."""
        w, path = self.window, self.folder / f"soak-{self.actions % 3}.dlapplet"
        w.controller.pause()
        saved = w.controller.capture()  # after the pause: what save_to will write
        if not w.files.save_to(path):
            return  # nothing to save yet (a lesson just started): the next round trip will
        if not w.files.open_path(path):
            self.lost.append(f"could not open {path.name}: {w.statusBar().currentMessage()}")
            return
        opened = w.controller.capture()
        if opened.trainer.update != saved.trainer.update or not all(
            np.array_equal(a, b) for a, b in zip(saved.weights + saved.biases, opened.weights + opened.biases)
        ):
            self.lost.append(
                f"round trip {self.round_trips + 1}: update {saved.trainer.update} came back as "
                f"{opened.trainer.update} or with other parameters"
            )
        self.round_trips += 1
        w.controller.run()

    # -- measuring ---------------------------------------------------------------------------
    def _failed(self, message: str, _details: str) -> None:
        self.errors += 1
        print(f"soak: training failed: {message}", flush=True)

    def _count_updates(self, snapshot) -> None:
        run, update = self._last_update
        self.updates += snapshot.update - update if snapshot.run_id == run and snapshot.update >= update else 0
        self._last_update = (snapshot.run_id, snapshot.update)

    def count_objects(self) -> int:
        """Python objects tracked by the garbage collector, counted while the worker is paused:
        ``gc.get_objects`` hands out every object, even a tuple another thread is still building
        (CPython then fails that thread with "SystemError: bad argument to internal function")."""
        w = self.window
        running = w.last_snapshot is not None and w.last_snapshot.running
        w.controller.pause()
        w.controller.capture()  # returns once the worker has handled the pause: it is idle
        gc.collect()
        types = collections.Counter(type(o).__name__ for o in gc.get_objects())
        if running:
            w.controller.run()
        self.types.append(types)
        return sum(types.values())

    def sample(self) -> None:
        qt_counts = not self.args.no_qt_counts
        row = {
            "minutes": round((time.monotonic() - self.start) / 60, 2),
            "lesson": self.window.lesson.id,
            "py_objects": self.count_objects(),
            "qobjects": len(self.window.findChildren(QObject)) if qt_counts else "",
            "widgets": len(QApplication.allWidgets()) if qt_counts else "",
            "py_threads": threading.active_count(),
            "updates": self.updates,
            "actions": self.actions,
            "round_trips": self.round_trips,
            "errors": self.errors + self.reporter_errors(),
        }
        row.update(proc_status())
        row["rss_mb"] = round(row["rss_mb"], 1)
        self.rows.append(row)
        self.writer.writerow(row)
        self.file.flush()
        print("  ".join(f"{k} {row[k]}" for k in COLUMNS), flush=True)

    def reporter_errors(self) -> int:
        dialog = self.app.property("soak_reporter").dialog
        return 0 if dialog is None else dialog.count

    def finish(self) -> None:
        self.act_timer.stop()
        self.sample_timer.stop()
        self.window.controller.pause()
        self.sample()
        self.file.close()
        self.window.close()
        self.app.quit()


def summary(rows: list[dict], types: list[collections.Counter], lost: list[str], minutes: float) -> int:
    rss = np.array([r["rss_mb"] for r in rows])
    t = np.array([r["minutes"] for r in rows])
    later = slice(1, None) if len(rows) > 2 else slice(None)
    slope = float(np.polyfit(t[later], rss[later], 1)[0]) if len(rows) > 2 else float("nan")
    first, last = rows[0], rows[-1]
    print(
        f"\nsoak: {minutes:g} min, {last['actions']} actions, {last['updates']:,} updates, "
        f"{last['round_trips']} save/open round trips, {last['errors']} errors"
    )
    print(
        f"memory (RSS): start {rss[0]:.1f} MB, end {rss[-1]:.1f} MB, max {rss.max():.1f} MB, "
        f"slope after warm-up {slope:+.2f} MB/min"
    )
    for key in ("py_objects", "qobjects", "widgets", "py_threads", "os_threads", "open_files"):
        values = [r[key] for r in rows]
        if first[key] == "":
            continue  # not counted (--no-qt-counts)
        print(f"{key}: start {first[key]}, end {last[key]}, max {max(values)}")
    print("each lesson, first and last visit after warm-up (levels differ between lessons: digits hold images):")
    for lesson in dict.fromkeys(r["lesson"] for r in rows[1:]):
        visits = [r for r in rows[1:] if r["lesson"] == lesson]
        a, b = visits[0], visits[-1]
        print(
            f"  {lesson:13} minute {a['minutes']:5.1f} → {b['minutes']:5.1f}: RSS {a['rss_mb']:.1f} → "
            f"{b['rss_mb']:.1f} MB, Python objects {a['py_objects']} → {b['py_objects']}"
        )
    growth = (types[-1] - types[1 if len(types) > 2 else 0]).most_common(8)
    print(
        "objects that grew since the first sample after warm-up: "
        + (", ".join(f"{name} +{n}" for name, n in growth) or "none")
    )
    failures = list(lost)
    if last["errors"]:
        failures.append(f"{last['errors']} unexpected errors")
    if last["updates"] == 0:
        failures.append("no training happened")
    for failure in failures:
        print(f"FAIL: {failure}")
    print("PASS: nothing lost, no crash" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


def main() -> int:
    args = parse_args()
    qInstallMessageHandler(
        lambda kind, context, message: (
            None if "propagateSizeHints" in message else print(f"Qt: {message}", file=sys.stderr)
        )
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    reporter = CrashReporter(app).install()  # any unexpected error is counted (and logged)
    app.setProperty("soak_reporter", reporter)
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow("views-linear", settings=settings)
    window.resize(1280, 800)
    window.show()
    soak = Soak(app, window, args)
    QTimer.singleShot(500, soak.begin)
    app.exec()
    reporter.uninstall()
    return summary(soak.rows, soak.types, soak.lost, args.minutes)


if __name__ == "__main__":
    sys.exit(main())
