"""Start-up from source: process start to the window's first paint, and peak memory, per lesson.

    python benchmarks/bench_startup.py                    # python -m applet, 7 launches per lesson
    python benchmarks/bench_startup.py --quick            # 3 launches per lesson
    python benchmarks/bench_startup.py --lessons digits --repeats 15

Each launch spawns ``python -m applet --lesson ID`` with ``APPLET_PRINT_FIRST_PAINT`` set:
the app prints the moment of its first paint (``applet/ui/automation.py``) and the clock,
started just before the process was created, stops there; the process is then ended and
its own resource usage read (``os.wait4``): CPU time and peak resident memory
(``ru_maxrss``) up to that paint. Settings come from an empty temporary folder; without a
display the window is drawn offscreen. The launching is ``bench_launch.launch_seconds``
(which also times the packaged app). Per lesson: the first launch (files maybe not yet
cached), then the median, fastest and slowest of the repeats. Target (DESIGN section 11):
window shown ≤ 1.5 s.
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import sys

from bench_launch import launch_seconds
from machine import describe, load_average

TARGET_S = 1.5
LESSON_IDS = "views-linear,deep,digits"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 launches per lesson instead of 7")
    parser.add_argument("--repeats", type=int, default=None, help="launches per lesson after the first")
    parser.add_argument("--lessons", default=LESSON_IDS, help=f"comma-separated lesson ids (default {LESSON_IDS})")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for one launch")
    args = parser.parse_args()
    repeats = args.repeats or (3 if args.quick else 7)

    print(f"Machine: {describe()}; load average {load_average()} at start")
    print(
        f"command: {shlex.quote(sys.executable)} -m applet --lesson ID; "
        f"median of {repeats} launches after a first one\n"
    )
    header = (
        f"{'lesson':<13} {'first s':>8} {'median s':>9} {'fastest':>8} {'slowest':>8} {'CPU s':>6} "
        f"{'peak MB':>8}  {'≤1.5 s':>6}"
    )
    print(header)
    print("-" * len(header))
    for lesson in (s.strip() for s in args.lessons.split(",") if s.strip()):
        command = [sys.executable, "-m", "applet", "--lesson", lesson]
        try:
            first, _, _ = launch_seconds(command, args.timeout)
        except RuntimeError as exc:  # e.g. an unknown lesson: argparse refuses it
            print(f"{lesson:<13} FAILED: {exc}", flush=True)
            continue
        walls, cpus, peaks = zip(*(launch_seconds(command, args.timeout) for _ in range(repeats)))
        median = statistics.median(walls)
        print(
            f"{lesson:<13} {first:>8.2f} {median:>9.2f} {min(walls):>8.2f} {max(walls):>8.2f} "
            f"{statistics.median(cpus):>6.2f} {statistics.median(peaks):>8.0f}  "
            f"{'PASS' if median <= TARGET_S else 'MISS':>6}",
            flush=True,
        )
    print(f"\nload average {load_average()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
