"""Error-surface speed: ``applet.core.surface.error_surface`` on a 200×200 grid.

    python benchmarks/bench_surface.py             # 21 repeats
    python benchmarks/bench_surface.py --quick     # 5 repeats
    python benchmarks/bench_surface.py --repeats 51 --grid 300

The surface panel redraws L(w, b) of the one-feature model whenever the data or the
loss change, so one grid must take at most 50 ms (DESIGN section 11). The data are
synthetic, 1,400 samples like the 1-day model of the views lesson (y ≈ 0.8·x + 0.3); the
grid spans w ∈ [−3, 3] and b ∈ [−3, 3]. Prints the median and the fastest and slowest
repeat per loss.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from applet.core.surface import error_surface  # noqa: E402

TARGET_MS = 50.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="5 repeats instead of 21")
    parser.add_argument("--repeats", type=int, default=None, help="timed repeats per loss")
    parser.add_argument("--grid", type=int, default=200, help="grid points along w and along b (default 200)")
    parser.add_argument("--samples", type=int, default=1400, help="data points (default 1400)")
    args = parser.parse_args()
    repeats = args.repeats or (5 if args.quick else 21)

    rng = np.random.default_rng(0)
    x = rng.standard_normal(args.samples)
    y = 0.8 * x + 0.3 + 0.5 * rng.standard_normal(args.samples)
    w_values = np.linspace(-3.0, 3.0, args.grid)
    b_values = np.linspace(-3.0, 3.0, args.grid)

    print(
        f"error_surface on a {args.grid}×{args.grid} grid, {args.samples} samples, "
        f"median of {repeats} repeats (after one warm-up)"
    )
    header = f"{'loss':<6} {'median ms':>10} {'min ms':>8} {'max ms':>8}  {'target':>8}  verdict"
    print(header)
    print("-" * len(header))
    for loss in ("mse", "mae"):
        error_surface(x, y, w_values, b_values, loss=loss)  # warm-up
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            error_surface(x, y, w_values, b_values, loss=loss)
            times.append((time.perf_counter() - start) * 1000.0)
        median = statistics.median(times)
        verdict = "PASS" if median <= TARGET_MS else "MISS"
        print(
            f"{loss:<6} {median:>10.2f} {min(times):>8.2f} {max(times):>8.2f}  "
            f"{'≤' + format(TARGET_MS, 'g') + ' ms':>8}"
            f"  {verdict}"
        )


if __name__ == "__main__":
    main()
