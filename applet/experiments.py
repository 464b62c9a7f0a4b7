"""Reproduce the lecture's comparison tables with one command (no window needed).

    python -m applet.experiments lecture [--seed N] [--out FILE.md] [--quick | --updates N]

trains the three comparisons of the lecture on the built-in views — linear models on the
previous 1/7/28/56 days; 56 days with one hidden layer of 10/100/1000 ReLU; 1–4 layers
of 100 ReLU — and prints, per model, the loss on the training days (L) and on the unseen
days of 2021 (L′), MAE in thousands of views (k), beside the lecture's published figures.
Those come from the real channel's data, which is not public; the applet's series is
synthetic, so the numbers are analogues and the trends are what to compare.
``--out`` writes the tables, with every setting, as Markdown. Every model trains for the
lecture module's budget (3000 updates); all twelve take about 15 s of CPU time together.
"""

from __future__ import annotations

import os

# As in the app (applet/app.py): the lecture's matrices are small, so one BLAS thread is
# fastest — and on a busy machine extra threads spinning for work slow training down many
# times over. Set before NumPy is imported; a value set by the user wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import math  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, replace  # noqa: E402

from applet import __version__  # noqa: E402
from applet.core.files import atomic_write  # noqa: E402
from applet.training import lecture  # noqa: E402
from applet.training.comparison import ComparisonResult, ComparisonRow, train_row  # noqa: E402

QUICK_UPDATES = 20
OPTIMIZER_NAMES = {"gd": "gradient descent", "momentum": "momentum", "adam": "Adam"}


@dataclass(frozen=True)
class Table:
    key: str  # the key of lecture.PUBLISHED
    rows_function: str  # the function of applet.training.lecture that makes the rows
    title: str

    def published_key(self, row: ComparisonRow) -> int:
        """Which published figure a row matches: its days, its width or its depth."""
        hidden = row.setup.layers[:-1]
        if self.key == "days":
            return int(row.setup.problem.info["days"])
        if self.key == "width":
            return hidden[0].units if hidden else 0
        return len(hidden)


TABLES = (
    Table("days", "days_rows", "More days of features: linear models y = b + Σⱼ wⱼ·xⱼ"),
    Table("width", "width_rows", "Wider: 56 days, one hidden layer of ReLU neurons"),
    Table("depth", "depth_rows", "Deeper: 56 days, 1–4 hidden layers of 100 ReLU"),
)


def settings(row: ComparisonRow) -> dict:
    """The training settings of a row, as they are reported beside its losses."""
    s = row.setup
    n = len(s.problem.X_train)
    batch = min(s.batch_size or n, n)
    return {
        "updates": row.updates,
        "epochs": row.updates / math.ceil(n / batch),
        "optimizer": s.optimizer,
        "lr": s.lr,
        "batch": f"full ({n})" if batch == n else f"{batch} of {n}",
    }


def _k(value: float, digits: int = 3) -> str:
    return f"{value:.{digits}f}" if math.isfinite(value) else "—"


def _progress(label: str, total: int):
    if not sys.stderr.isatty():
        return lambda done: None
    return lambda done: print(f"\r  {label}: {done}/{total} updates", end="", file=sys.stderr, flush=True)


def run_table(table: Table, rows: list[ComparisonRow]) -> list[tuple[ComparisonRow, ComparisonResult]]:
    """Train every row of a table, reporting each on the terminal as it finishes."""
    published = lecture.PUBLISHED[table.key]
    print(f"\n{table.title}")
    done = []
    for i, row in enumerate(rows, start=1):
        label = f"[{table.key} {i}/{len(rows)}] {row.label}"
        result = train_row(row, _progress(label, row.updates))
        if sys.stderr.isatty():
            print("\r", end="", file=sys.stderr)
        ref = published.get(table.published_key(row), (math.nan, math.nan))
        print(
            f"  {label}: {result.updates} updates in {result.seconds:.1f} s — "
            f"L = {_k(result.train_loss)} k, 2021 L′ = {_k(result.val_loss)} k "
            f"(lecture, real channel: L = {_k(ref[0], 2)} k, L′ = {_k(ref[1], 2)} k)",
            flush=True,
        )
        done.append((row, result))
    return done


def markdown(results: dict[Table, list[tuple[ComparisonRow, ComparisonResult]]], seed: int) -> str:
    """The tables as Markdown, with the settings every number was trained with (the same seed
    always gives the same file)."""
    lines = [
        "# The lecture's comparisons, reproduced",
        "",
        f"Made by `python -m applet.experiments lecture --seed {seed}` (applet {__version__}). "
        "Trained on the applet's built-in **synthetic** views: "
        "2017–2020 are the training days (L), 2021-01-01 to 2021-02-14 the unseen days (L′). Losses are MAE "
        "in thousands of views (k). The lecture's figures come from the real channel's data, which is not "
        "public, so compare the trends, not the digits.",
    ]
    for table, rows in results.items():
        lines += [
            "",
            f"## {table.title}",
            "",
            "| model | L (train) | L′ (2021) | lecture L | lecture L′ | updates | epochs | optimizer | η | batch |",
            "|---|---:|---:|---:|---:|---:|---:|---|---:|---|",
        ]
        for row, result in rows:
            ref = lecture.PUBLISHED[table.key].get(table.published_key(row), (math.nan, math.nan))
            s = settings(row)
            lines.append(
                f"| {row.label} | {_k(result.train_loss)} | {_k(result.val_loss)} | {_k(ref[0], 2)} | "
                f"{_k(ref[1], 2)} | {result.updates} | {s['epochs']:.4g} | "
                f"{OPTIMIZER_NAMES[s['optimizer']]} | {s['lr']:g} | {s['batch']} |"
            )
    lines += ["", f"Seed {seed} for every model: the same initial weights and batches on every run."]
    return "\n".join(lines) + "\n"


def lecture_tables(seed: int, updates: int | None = None) -> list[tuple[Table, list[ComparisonRow]]]:
    """Every table's rows (their budgets replaced by ``updates`` when given)."""
    tables = []
    for table in TABLES:
        rows = getattr(lecture, table.rows_function)(seed)
        if updates is not None:
            rows = [replace(row, updates=updates) for row in rows]
        tables.append((table, rows))
    return tables


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m applet.experiments", description="Reproduce the lecture's comparison tables."
    )
    parser.add_argument("experiment", choices=["lecture"], help="which experiments to run")
    parser.add_argument("--seed", type=int, default=42, help="random seed for every model (default 42)")
    parser.add_argument("--out", metavar="FILE.md", help="write the tables with their settings as Markdown")
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument("--quick", action="store_true", help=f"{QUICK_UPDATES} updates per model (a smoke test)")
    budget.add_argument("--updates", type=int, metavar="N", help="updates per model instead of the lecture's")
    args = parser.parse_args(argv)
    if args.updates is not None and args.updates < 1:
        parser.error("--updates must be at least 1")
    updates = QUICK_UPDATES if args.quick else args.updates
    start = time.perf_counter()
    results = {table: run_table(table, rows) for table, rows in lecture_tables(args.seed, updates)}
    seconds = time.perf_counter() - start
    print(f"\nDone in {seconds:.1f} s.")
    if args.out:
        atomic_write(args.out, markdown(results, args.seed).encode("utf-8"))
        print(f"Wrote {args.out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
