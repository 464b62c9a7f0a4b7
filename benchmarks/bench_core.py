"""Core training speed: the project's Trainer vs a bare NumPy loop vs PyTorch (CPU).

    python benchmarks/bench_core.py               # full run (about 90 s)
    python benchmarks/bench_core.py --quick       # short run (about 20 s), noisier
    python benchmarks/bench_core.py --repeats 21 --clock cpu   # steadier on a busy machine
    python benchmarks/bench_core.py --threads 2 --torch-dtype float32

For each of the lecture's network sizes it measures updates per second of

- trainer: ``applet.core.trainer.Trainer.run(n)`` — one update = next batch, forward,
  loss, backward, gradient norm, divergence and stopping rules, SGD step, history;
- numpy:   the same maths written out as a bare loop in this file (same initial weights,
  same batches from one seeded permutation per epoch, in-place SGD, loss as a float);
- torch:   the same model as ``torch.nn.Sequential`` in float64 (``--torch-dtype float32``
  for torch's default precision) with ``torch.optim.SGD`` and ``loss.item()`` each update,
  the same batches (only if torch is importable: it is not a dependency of the project).

All three runners take turns within every repeat, so a slow moment of the machine hits
them alike; the table shows medians over the repeats, and each ratio is the median of
the per-repeat ratios. The comparison trainer has no validation data (the bare loops
have none); a second table shows what evaluating validation data after every epoch costs.

Threads: NumPy's BLAS reads its thread count from the environment when it is imported,
so this script sets OPENBLAS_NUM_THREADS, OMP_NUM_THREADS, MKL_NUM_THREADS and
BLIS_NUM_THREADS to ``--threads`` (default 1) before importing NumPy, and calls
``torch.set_num_threads`` with the same number.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="short timings (noisier)")
    parser.add_argument("--repeats", type=int, default=None, help="timed repeats per runner (default 11, quick 5)")
    parser.add_argument("--threads", type=int, default=1, help="BLAS / torch threads for every runner (default 1)")
    parser.add_argument("--no-torch", action="store_true", help="skip PyTorch even if it is installed")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall: elapsed time (default); cpu: CPU time of this process, steadier on a "
        "busy machine (all threads summed, so meant for --threads 1)",
    )
    parser.add_argument(
        "--torch-dtype",
        choices=("float64", "float32"),
        default="float64",
        help="PyTorch's precision (default float64, the engine's; float32 is torch's default)",
    )
    return parser.parse_args()


ARGS = parse_args()
for _variable in THREAD_VARIABLES:  # must happen before NumPy is imported
    os.environ[_variable] = str(ARGS.threads)

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from machine import describe, load_average  # noqa: E402  (benchmarks/machine.py)

from applet.core.network import LayerSpec, Network  # noqa: E402
from applet.core.trainer import Trainer  # noqa: E402

torch = None
if not ARGS.no_torch:
    try:
        import torch  # type: ignore[no-redef]

        torch.set_num_threads(ARGS.threads)
    except ImportError:
        torch = None


# -- the lecture's sizes ---------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    name: str
    n_inputs: int
    layers: tuple[tuple[int, str], ...]  # (units, activation), the last one is the output
    loss: str
    batch: int | None  # None: full batch
    n_samples: int
    lr: float
    torch_target: float  # trainer/torch must be at least this

    def network(self) -> Network:
        return Network(self.n_inputs, [LayerSpec(u, a) for u, a in self.layers], seed=0)


CASES = [
    Case("1 linear 1→1 full batch 1400", 1, ((1, "linear"),), "mse", None, 1400, 0.1, 1.5),
    Case("2 56→100 relu→1 b32", 56, ((100, "relu"), (1, "linear")), "mse", 32, 1400, 0.01, 1.5),
    Case("3 56→3×100 relu→1 b32", 56, ((100, "relu"),) * 3 + ((1, "linear"),), "mse", 32, 1400, 0.01, 1.5),
    Case("4 256→100 sigm→10 CE b64", 256, ((100, "sigmoid"), (10, "linear")), "cross_entropy", 64, 4000, 0.1, 1.5),
    Case(
        "5 256→256→256→10 CE b128",
        256,
        ((256, "relu"), (256, "relu"), (10, "linear")),
        "cross_entropy",
        128,
        4000,
        0.05,
        1.0,
    ),
]
NUMPY_TARGET = 0.85


def synthetic_data(case: Case, n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Random inputs; targets from a random linear teacher (regression) or random labels."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, case.n_inputs))
    if case.loss == "cross_entropy":
        return X, rng.integers(0, case.layers[-1][0], size=n)
    teacher = rng.standard_normal((case.n_inputs, case.layers[-1][0])) / np.sqrt(case.n_inputs)
    return X, X @ teacher + 0.1 * rng.standard_normal((n, case.layers[-1][0]))


# -- runners: each is built once, then run(n) does n updates -----------------------------
class TrainerRunner:
    def __init__(self, case: Case, X, Y, X_val=None, Y_val=None) -> None:
        self.trainer = Trainer(
            case.network(),
            X,
            Y,
            loss=case.loss,
            lr=case.lr,
            batch_size=case.batch,
            seed=0,
            X_val=X_val,
            Y_val=Y_val,
            grad_tol=None,
        )

    def run(self, n: int) -> None:
        before = self.trainer.update
        self.trainer.run(n)
        assert self.trainer.update == before + n, f"the trainer stopped: {self.trainer.stop_reason}"

    def parameters(self) -> list[np.ndarray]:
        return self.trainer.net.parameters()


class NumpyRunner:
    """The same maths as a bare loop: what one would write by hand for this network."""

    def __init__(self, case: Case, X, Y) -> None:
        net = case.network()
        self.W = [w.copy() for w in net.weights]
        self.b = [b.copy() for b in net.biases]
        self.acts = [a for _, a in case.layers]
        self.X = X
        self.Y = Y.astype(np.intp) if case.loss == "cross_entropy" else Y.reshape(len(Y), -1)
        self.cross_entropy = case.loss == "cross_entropy"
        self.lr = case.lr
        self.n = len(X)
        self.batch = case.batch or self.n
        self.rng = np.random.default_rng(0)
        self.order, self.pos = None, 0

    def run(self, n_updates: int) -> None:
        W, b, acts, lr = self.W, self.b, self.acts, self.lr
        for _ in range(n_updates):
            if self.batch == self.n:
                x, y = self.X, self.Y
            else:
                if self.order is None:
                    self.order = self.rng.permutation(self.n)
                idx = self.order[self.pos : self.pos + self.batch]
                self.pos += len(idx)
                if self.pos >= self.n:
                    self.order, self.pos = None, 0
                x, y = self.X[idx], self.Y[idx]
            a, zs, inputs = x, [], []
            for l, act in enumerate(acts):
                inputs.append(a)
                z = a @ W[l] + b[l]
                a = np.maximum(z, 0.0) if act == "relu" else 1.0 / (1.0 + np.exp(-z)) if act == "sigmoid" else z
                zs.append(z)
            if self.cross_entropy:
                shifted = a - a.max(axis=1, keepdims=True)
                log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
                rows = np.arange(len(y))
                loss = float(-log_p[rows, y].mean())
                delta = np.exp(log_p)
                delta[rows, y] -= 1.0
                delta *= 1.0 / len(y)
            else:
                e = a - y
                loss = float(np.mean(e * e))
                delta = e * (2.0 / e.size)
            for l in range(len(acts) - 1, -1, -1):
                if acts[l] == "relu":
                    delta = delta * (zs[l] > 0.0)
                elif acts[l] == "sigmoid":
                    s = 1.0 / (1.0 + np.exp(-zs[l]))
                    delta = delta * (s * (1.0 - s))
                gW, gb = inputs[l].T @ delta, delta.sum(axis=0)
                if l:
                    delta = delta @ W[l].T
                W[l] -= lr * gW
                b[l] -= lr * gb
        self.last_loss = loss

    def parameters(self) -> list[np.ndarray]:
        return self.W + self.b


class TorchRunner:
    """The idiomatic PyTorch loop: nn.Sequential, a loss module, optim.SGD, loss.item()."""

    def __init__(self, case: Case, X, Y) -> None:
        net = case.network()
        dtype = getattr(torch, ARGS.torch_dtype)
        modules, fan_in = [], case.n_inputs
        for (units, act), W, b in zip(case.layers, net.weights, net.biases):
            linear = torch.nn.Linear(fan_in, units, dtype=dtype)
            with torch.no_grad():
                linear.weight.copy_(torch.from_numpy(W.T))
                linear.bias.copy_(torch.from_numpy(b))
            modules.append(linear)
            if act == "relu":
                modules.append(torch.nn.ReLU())
            elif act == "sigmoid":
                modules.append(torch.nn.Sigmoid())
            fan_in = units
        self.model = torch.nn.Sequential(*modules)
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=case.lr)
        if case.loss == "cross_entropy":
            self.loss_fn, self.Y = torch.nn.CrossEntropyLoss(), torch.from_numpy(Y.astype(np.int64))
        else:
            self.loss_fn, self.Y = torch.nn.MSELoss(), torch.from_numpy(Y.reshape(len(Y), -1).copy()).to(dtype)
        self.X = torch.from_numpy(X).to(dtype)
        self.n = len(X)
        self.batch = case.batch or self.n
        self.rng = np.random.default_rng(0)  # the same batches as the other two runners
        self.order, self.pos = None, 0

    def run(self, n_updates: int) -> None:
        model, optimizer, loss_fn = self.model, self.optimizer, self.loss_fn
        for _ in range(n_updates):
            if self.batch == self.n:
                x, y = self.X, self.Y
            else:
                if self.order is None:
                    self.order = torch.from_numpy(self.rng.permutation(self.n))
                idx = self.order[self.pos : self.pos + self.batch]
                self.pos += len(idx)
                if self.pos >= self.n:
                    self.order, self.pos = None, 0
                x, y = self.X[idx], self.Y[idx]
            loss = loss_fn(model(x), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            self.last_loss = loss.item()

    def parameters(self) -> list[np.ndarray]:
        layers = [m for m in self.model if isinstance(m, torch.nn.Linear)]
        return [m.weight.detach().double().numpy().T for m in layers] + [
            m.bias.detach().double().numpy() for m in layers
        ]


# -- measuring -----------------------------------------------------------------------------
def check_same_maths(case: Case, X, Y, runners: dict) -> float:
    """Largest parameter difference between runners after 30 updates from the same start."""
    fresh = {name: type(r)(case, X, Y) for name, r in runners.items()}
    for r in fresh.values():
        r.run(30)
    reference = fresh["trainer"].parameters()
    return max(float(np.max(np.abs(p - q))) for r in fresh.values() for p, q in zip(reference, r.parameters()))


CLOCK = time.process_time if ARGS.clock == "cpu" else time.perf_counter


def updates_for(runner, seconds: float) -> int:
    """How many updates take about ``seconds`` (from a short warm-up)."""
    n, elapsed = 1, 0.0
    while elapsed < 0.05:
        n *= 2
        start = CLOCK()
        runner.run(n)
        elapsed = CLOCK() - start
    return max(1, int(n * seconds / elapsed))


def measure(runners: dict, repeats: int, seconds: float) -> dict[str, list[float]]:
    """Updates/s of every runner in each repeat, the runners taking turns (in a rotating order)."""
    counts = {name: updates_for(r, seconds) for name, r in runners.items()}
    rates: dict[str, list[float]] = {name: [] for name in runners}
    names = list(runners)
    for repeat in range(repeats):
        shift = repeat % len(names)
        for name in names[shift:] + names[:shift]:
            r = runners[name]
            start = CLOCK()
            r.run(counts[name])
            rates[name].append(counts[name] / (CLOCK() - start))
    return rates


def median_ratio(a: list[float], b: list[float]) -> float:
    return statistics.median(x / y for x, y in zip(a, b))


def verdict(ratio: float, target: float) -> str:
    return "PASS" if ratio >= target else "MISS"


def machine() -> str:
    versions = f", torch {torch.__version__}" if torch is not None else ", torch not installed"
    return f"{describe()}{versions}; load average {load_average()}"


def main() -> None:
    repeats = ARGS.repeats or (5 if ARGS.quick else 11)
    seconds = 0.08 if ARGS.quick else 0.25
    torch_threads = torch.get_num_threads() if torch is not None else "-"
    print(f"Machine: {machine()}")
    print(f"Threads: NumPy BLAS {ARGS.threads} (via {', '.join(THREAD_VARIABLES)}), torch {torch_threads}")
    print(
        f"Median of {repeats} repeats of ≈{seconds:.2f} s ({ARGS.clock} clock) per runner; "
        "ratios are medians of per-repeat ratios."
    )
    print("The trainer runs WITHOUT validation data here (the bare loops have none); see the second table.")
    torch_dtype = ARGS.torch_dtype if torch is not None else "-"
    print(
        f"Engine and bare NumPy in float64, torch in {torch_dtype}; "
        "torch = nn.Sequential + optim.SGD + loss.item() per update.\n"
    )

    header = (
        f"{'case':<30} {'trainer upd/s':>13} {'numpy upd/s':>12} {'torch upd/s':>12} "
        f"{'trainer/numpy':>13} {'trainer/torch':>13}  {'≥0.85×numpy':>11}  {'vs torch':>15}  {'max |Δθ|':>8}"
    )
    print(header)
    print("-" * len(header))
    validation_rows = []
    for case in CASES:
        X, Y = synthetic_data(case, case.n_samples, seed=1)
        runners = {"trainer": TrainerRunner(case, X, Y), "numpy": NumpyRunner(case, X, Y)}
        if torch is not None:
            runners["torch"] = TorchRunner(case, X, Y)
        difference = check_same_maths(case, X, Y, runners)
        rates = measure(runners, repeats, seconds)
        trainer, numpy_rate = statistics.median(rates["trainer"]), statistics.median(rates["numpy"])
        vs_numpy = median_ratio(rates["trainer"], rates["numpy"])
        line = f"{case.name:<30} {trainer:>13,.0f} {numpy_rate:>12,.0f} "
        if torch is not None:
            vs_torch = median_ratio(rates["trainer"], rates["torch"])
            torch_verdict = f"≥{case.torch_target:g}× {verdict(vs_torch, case.torch_target)}"
            line += f"{statistics.median(rates['torch']):>12,.0f} {vs_numpy:>12.2f}× {vs_torch:>12.2f}×"
        else:
            torch_verdict = "-"
            line += f"{'-':>12} {vs_numpy:>12.2f}× {'-':>13}"
        print(f"{line}  {verdict(vs_numpy, NUMPY_TARGET):>11}  {torch_verdict:>15}  {difference:>8.0e}", flush=True)

        X_val, Y_val = synthetic_data(case, case.n_samples // 4, seed=2)
        with_val = measure(
            {"trainer": runners["trainer"], "val": TrainerRunner(case, X, Y, X_val, Y_val)}, repeats, seconds
        )
        validation_rows.append(
            (
                case.name,
                statistics.median(with_val["trainer"]),
                statistics.median(with_val["val"]),
                median_ratio(with_val["val"], with_val["trainer"]),
            )
        )

    print("\nTrainer WITH validation data (N/4 samples, evaluated at the end of every epoch):")
    header = f"{'case':<30} {'no val upd/s':>13} {'with val upd/s':>15} {'with/without':>13}"
    print(header)
    print("-" * len(header))
    for name, without, with_val, ratio in validation_rows:
        print(f"{name:<30} {without:>13,.0f} {with_val:>15,.0f} {ratio:>12.2f}×")
    print(
        "\nmax |Δθ|: largest parameter difference between the runners after 30 identical updates "
        "(shows they compute the same maths)."
    )


if __name__ == "__main__":
    main()
