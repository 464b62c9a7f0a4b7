"""What File → Export as Python script costs: the replay of the run in the engine, then writing.

    python benchmarks/bench_export.py [--repeats 3]

Exporting a run replays it in the engine (``applet.export.plan``) to find its start and check
every update's loss, so it costs about what training those updates cost; writing the script
and its data is the rest. For each lesson's default run at a typical number of updates this
prints the median seconds of: training the updates (``Trainer.run``), planning a saved run
(the replay the window does), and writing the NumPy script with its data.
"""

from __future__ import annotations

import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from applet.export.plan import plan_saved_run  # noqa: E402
from applet.export.script import export_script  # noqa: E402
from applet.ui.lessons import LESSONS  # noqa: E402

UPDATES = {"views-linear": 2000, "views-days": 2000, "piecewise": 2000, "deep": 1000, "backprop": 2000, "digits": 500}


def timed(function, *args):
    """(what ``function(*args)`` returns, the seconds it took)."""
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"{'lesson':<14}{'updates':>8}{'train s':>10}{'replay s':>10}{'write s':>10}{'replay/train':>14}")
    with tempfile.TemporaryDirectory() as folder:
        for lesson_id, updates in UPDATES.items():
            lesson = LESSONS[lesson_id]
            choices = lesson.defaults()
            setup = lesson.make_setup(lesson.make_problem(choices), choices, 42)
            train, replay, write = [], [], []
            for _ in range(args.repeats):
                trainer = setup.build()
                train.append(timed(trainer.run, updates)[1])
                weights, biases = tuple(trainer.net.weights), tuple(trainer.net.biases)
                run, took = timed(plan_saved_run, lesson_id, setup, trainer.state(), weights, biases)
                replay.append(took)
                write.append(timed(export_script, run, "numpy", Path(folder) / f"{lesson_id}.py")[1])
            t, r, w = (statistics.median(values) for values in (train, replay, write))
            print(f"{lesson_id:<14}{run.updates:>8}{t:>10.3f}{r:>10.3f}{w:>10.3f}{r / t:>14.2f}")


if __name__ == "__main__":
    main()
