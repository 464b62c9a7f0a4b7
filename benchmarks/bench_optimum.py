"""Speed of the exact linear optimum ``applet.core.optimum.best_fit`` on the views lessons.

    python benchmarks/bench_optimum.py             # 7 repeats
    python benchmarks/bench_optimum.py --repeats 21

The lessons show the best line beside the loss whenever the data, the days or the loss
change, so the exact least-absolute-deviations fit must be quick at the lecture's sizes
(≈1,400 training days, 1–56 features). Prints the median per size and loss.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from applet.core.optimum import best_fit  # noqa: E402
from applet.core.problem import views_problem  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    for days in (1, 7, 28, 56):
        problem = views_problem(days)
        for loss in ("mse", "mae"):
            times = []
            for _ in range(args.repeats):
                start = time.perf_counter()
                best_fit(problem.X_train, problem.Y_train, loss)
                times.append(time.perf_counter() - start)
            print(
                f"{days:2d} days  {loss}  n={len(problem.X_train)}  median {statistics.median(times) * 1e3:7.1f} ms"
                f"  (min {min(times) * 1e3:.1f}, max {max(times) * 1e3:.1f})"
            )


if __name__ == "__main__":
    main()
