"""What a training child process would cost: the other side of the GIL decision (docs/architecture.md).

    python benchmarks/bench_process.py              # 7 repeats
    python benchmarks/bench_process.py --repeats 3

Today the maths runs in the window's worker thread and shares the interpreter lock with the
window. The alternative is a child process driven by that thread. This prototype measures
what the alternative would add, without building it:

- **spawn start-up**: seconds from starting a child with the ``spawn`` start method (the
  only one a frozen executable on every platform can use) until it has imported NumPy and
  the core, built the digits lesson's problem and trainer, and said so through a pipe;
- **snapshot transfer**: milliseconds to send one snapshot's arrays (parameters, the
  probes' outputs, the new losses) to the child and back through a ``multiprocessing``
  pipe (pickled), per lesson: the parent's CPU time per snapshot is what the window's
  process would pay, 30 times a second, instead of reading the arrays in place.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from machine import describe  # noqa: E402  (benchmarks/machine.py)

from applet.core.network import LayerSpec  # noqa: E402


def child_ready(connection) -> None:
    """Import the core, build the digits trainer, say ready, then echo whatever comes."""
    from applet.core.problem import digits_problem
    from applet.training.digits import digits_setup

    digits_setup(digits_problem(), 42).build()
    connection.send("ready")
    while (message := connection.recv()) is not None:
        connection.send(message)


def snapshot_arrays(lesson: str) -> dict:
    """The arrays of one full-speed snapshot of the lesson's default network (and of 8 × 1000)."""
    from applet.core.problem import digits_problem, views_problem
    from applet.training.digits import digits_setup
    from applet.training.setup import TrainingSetup

    if lesson == "digits 8×1000":
        problem = digits_problem()
        layers = (LayerSpec(1000, "relu"),) * 8 + (LayerSpec(10, "linear"),)
        setup = TrainingSetup(problem, layers, loss="cross_entropy")
    elif lesson == "digits":
        setup = digits_setup(digits_problem(), 42)
    else:
        setup = TrainingSetup(views_problem(56), (LayerSpec(100, "relu"),) * 3 + (LayerSpec(1, "linear"),))
    trainer = setup.build()
    net = trainer.net
    return {
        "weights": [w.copy() for w in net.weights],
        "biases": [b.copy() for b in net.biases],
        "outputs": {name: net.forward(X) for name, X in setup.problem.probes.items()},
        "losses": trainer.history.loss.values.copy(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    context = mp.get_context("spawn")
    print(f"Machine: {describe()}")
    starts = []
    for _ in range(args.repeats):
        parent, child = context.Pipe()
        start = time.perf_counter()
        process = context.Process(target=child_ready, args=(child,), daemon=True)
        process.start()
        assert parent.recv() == "ready"
        starts.append(time.perf_counter() - start)
        parent.send(None)
        process.join()
    print(
        f"spawn start-up to a ready digits trainer: median {statistics.median(starts):.2f} s "
        f"(fastest {min(starts):.2f}, slowest {max(starts):.2f})"
    )

    parent, child = context.Pipe()
    process = context.Process(target=child_ready, args=(child,), daemon=True)
    process.start()
    parent.recv()
    print(f"\n{'snapshot of':<16} {'MB':>7} {'round trip ms':>14} {'parent CPU ms':>14}")
    for lesson in ("deep (3 × 100)", "digits", "digits 8×1000"):
        arrays = snapshot_arrays(lesson)
        size = sum(a.nbytes for a in arrays["weights"] + arrays["biases"] + list(arrays["outputs"].values()))
        walls, cpus = [], []
        for _ in range(args.repeats):
            wall, cpu = time.perf_counter(), time.process_time()
            parent.send(arrays)
            parent.recv()
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        print(
            f"{lesson:<16} {size / 1e6:>7.2f} {1000 * statistics.median(walls):>14.2f} "
            f"{1000 * statistics.median(cpus):>14.2f}"
        )
    parent.send(None)
    process.join()
    return 0


if __name__ == "__main__":
    sys.exit(main())
