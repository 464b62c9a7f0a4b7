"""Reproduce the lecture's comparison tables with one command (no window needed).

    python -m applet.experiments lecture [--data real|synthetic|FILE.csv] [--gaps fill|drop]
        [--seeds 42,0,1,2,3] [--quick | --updates N] [--out FILE.md]

trains the three comparisons of the lecture — linear models on the previous 1/7/28/56
days; 56 days with one hidden layer of 10/100/1000 ReLU; 1–4 layers of 100 ReLU — and
prints, per model, the loss on the training days (L) and on the unseen days (L′), MAE in
thousands of views (k), beside the lecture's published figures. Those come from the
lecture's real channel, which is not public: the applet's own data are the *synthetic*
channel (2017–2020 → 2021-01-01…02-14), the *real* Wikipedia page views of "R
(programming language)" (2011–2014 → 2015-01-01…02-14; missing days filled by linear
interpolation unless ``--gaps drop``), or a CSV of daily counts (its last 45 days unseen).
With several seeds every row is trained once per seed and shows mean ± sd (sample sd).
``--out`` writes the tables, with the command and every setting, as Markdown. Every
model trains for the lecture module's budget (3000 updates); the twelve models take
about 15 s of CPU time per seed.
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
from pathlib import Path  # noqa: E402

from applet import __version__  # noqa: E402
from applet.core.datasource import REAL, SYNTHETIC, DataSource  # noqa: E402
from applet.core.errors import QT_TRANSLATE_NOOP, DataError  # noqa: E402
from applet.core.files import atomic_write  # noqa: E402
from applet.core.problem import GAP_CHOICES  # noqa: E402
from applet.training import lecture  # noqa: E402
from applet.training.comparison import ComparisonRow, train_row  # noqa: E402
from applet.training.seeds import SeedSummary, parse_seeds, show  # noqa: E402

QUICK_UPDATES = 20
OPTIMIZER_NAMES = {"gd": "gradient descent", "momentum": "momentum", "adam": "Adam"}


@dataclass(frozen=True)
class Table:
    key: str  # the key of lecture.PUBLISHED
    rows_function: str  # the function of applet.training.lecture that makes the rows
    title: str


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


def describe_data(source: DataSource) -> str:
    """What the models learn from, said plainly: which data set, real or synthetic, and its split."""
    split = source.split
    period = (
        f"{split.train_start}…{split.val_start - 1} are the training days (L), "
        f"{split.val_start}…{split.val_end} the unseen days (L′)"
    )
    if source.kind == SYNTHETIC:
        what = "the applet's built-in **synthetic** channel views (generated, modelled on the lecture's example)"
    elif source.kind == REAL:
        what = 'the built-in **real** daily page views of the English Wikipedia article "R (programming language)"'
    else:
        what = f"**{source.name}** (imported daily counts)"
    gaps = ""
    if source.series.missing.size:
        how = "filled by linear interpolation" if source.gaps == "fill" else "left out with every example touching them"
        gaps = f" Its {source.series.missing.size} missing days are {how}."
    return f"Trained on {what}: {period}.{gaps}"


def run_table(
    table: Table, rows_per_seed: list[list[ComparisonRow]], seeds: tuple[int, ...], unit: str
) -> list[tuple[ComparisonRow, SeedSummary]]:
    """Train every row of a table once per seed, reporting each row on the terminal as it finishes."""
    print(f"\n{table.title}")
    done = []
    for i, row in enumerate(rows_per_seed[0], start=1):
        label = f"[{table.key} {i}/{len(rows_per_seed[0])}] {row.label}"
        results = []
        for seed, rows in zip(seeds, rows_per_seed):
            seed_label = f"{label} (seed {seed})" if len(seeds) > 1 else label
            results.append(train_row(rows[i - 1], _progress(seed_label, row.updates)))
            if sys.stderr.isatty():
                print("\r", end="", file=sys.stderr)
        summary = SeedSummary.of(seeds, results)
        runs = f"{summary.updates} updates" if len(seeds) == 1 else f"{len(seeds)} seeds × {summary.updates} updates"
        ref = row.published or (math.nan, math.nan)
        print(
            f"  {label}: {runs} in {summary.seconds:.1f} s — "
            f"L = {show(*summary.train_mean_sd)} {unit}, L′ = {show(*summary.val_mean_sd)} {unit} "
            f"(lecture, real channel: L = {_k(ref[0], 2)} k, L′ = {_k(ref[1], 2)} k)",
            flush=True,
        )
        done.append((row, summary))
    return done


def command(args: argparse.Namespace) -> str:
    """The command line that makes these tables (as written into the Markdown)."""
    parts = ["python -m applet.experiments lecture", f"--data {args.data}"]
    if args.gaps != "fill":
        parts.append(f"--gaps {args.gaps}")
    parts.append(f"--seeds {','.join(map(str, args.seeds))}")
    if args.quick:
        parts.append("--quick")
    elif args.updates is not None:
        parts.append(f"--updates {args.updates}")
    return " ".join(parts)


def markdown(
    results: dict[Table, list[tuple[ComparisonRow, SeedSummary]]],
    seeds: tuple[int, ...],
    source: DataSource,
    command_line: str,
) -> str:
    """The tables as Markdown, with the command and the settings every number was trained with
    (the same command always gives the same file)."""
    unit = source.series.unit
    per_seed = "mean ± sd over the seeds" if len(seeds) > 1 else "one seed"
    lines = [
        "# The lecture's comparisons, reproduced",
        "",
        f"Made by `{command_line}` (applet {__version__}). {describe_data(source)} Losses are MAE in "
        f"{'thousands of views (k)' if unit == 'k' else unit}, {per_seed}. The lecture's figures come from "
        "its real channel's data, which is not public, so compare the trends, not the digits.",
    ]
    for table, rows in results.items():
        lines += [
            "",
            f"## {table.title}",
            "",
            "| model | L (train) | L′ (unseen) | lecture L | lecture L′ | updates | epochs | optimizer | η | batch |",
            "|---|---:|---:|---:|---:|---:|---:|---|---:|---|",
        ]
        for row, summary in rows:
            ref = row.published or (math.nan, math.nan)
            s = settings(row)
            lines.append(
                f"| {row.label} | {show(*summary.train_mean_sd)} | {show(*summary.val_mean_sd)} | {_k(ref[0], 2)} | "
                f"{_k(ref[1], 2)} | {summary.updates} | {s['epochs']:.4g} | "
                f"{OPTIMIZER_NAMES[s['optimizer']]} | {s['lr']:g} | {s['batch']} |"
            )
    seed_text = ", ".join(map(str, seeds))
    lines += [
        "",
        f"Seeds {seed_text}: every model is trained once per seed (its initial weights and batches), "
        "and the tables show mean ± sample standard deviation."
        if len(seeds) > 1
        else f"Seed {seed_text} for every model: the same initial weights and batches on every run.",
    ]
    return "\n".join(lines) + "\n"


def lecture_tables(
    seed: int, updates: int | None = None, source: DataSource | None = None
) -> list[tuple[Table, list[ComparisonRow]]]:
    """Every table's rows for one seed, on ``source`` (default: the synthetic channel), their
    budgets replaced by ``updates`` when given."""
    tables = []
    for table in TABLES:
        rows = getattr(lecture, table.rows_function)(seed)
        if source is not None:
            rows = [
                replace(row, setup=row.setup.with_options(problem=source.rebase(row.setup.problem))) for row in rows
            ]
        if updates is not None:
            rows = [replace(row, updates=updates) for row in rows]
        tables.append((table, rows))
    return tables


def data_source(data: str, gaps: str) -> DataSource:
    """``synthetic``, ``real`` or the path of a CSV of daily counts (DataError if it cannot be read)."""
    if data in (SYNTHETIC, REAL):
        return DataSource(dataset=data, gaps=gaps)
    path = Path(data)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Could not open %1: %2."), data, error.strerror or error
        ) from error
    return DataSource.from_csv_bytes(raw, path.stem, gaps=gaps)


def _seeds(text: str) -> tuple[int, ...]:
    try:
        return parse_seeds(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m applet.experiments", description="Reproduce the lecture's comparison tables."
    )
    parser.add_argument("experiment", choices=["lecture"], help="which experiments to run")
    parser.add_argument(
        "--data",
        default=SYNTHETIC,
        metavar="real|synthetic|FILE.csv",
        help="the built-in synthetic channel (default), the built-in real Wikipedia views, or a CSV of daily counts",
    )
    parser.add_argument(
        "--gaps", choices=GAP_CHOICES, default="fill", help="missing days: fill by linear interpolation, or drop"
    )
    seeds = parser.add_mutually_exclusive_group()
    seeds.add_argument("--seeds", type=_seeds, metavar="42,0,1,2,3", help="seeds to train every model with")
    seeds.add_argument("--seed", type=int, help="a single seed (the same as --seeds N)")
    parser.add_argument("--out", metavar="FILE.md", help="write the tables with their settings as Markdown")
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument("--quick", action="store_true", help=f"{QUICK_UPDATES} updates per model (a smoke test)")
    budget.add_argument("--updates", type=int, metavar="N", help="updates per model instead of the lecture's")
    args = parser.parse_args(argv)
    if args.updates is not None and args.updates < 1:
        parser.error("--updates must be at least 1")
    args.seeds = args.seeds or ((args.seed,) if args.seed is not None else (42,))
    try:
        source = data_source(args.data, args.gaps)
        tables = [lecture_tables(seed, QUICK_UPDATES if args.quick else args.updates, source) for seed in args.seeds]
    except DataError as error:
        parser.error(str(error))
    print(describe_data(source).replace("**", ""))
    start = time.perf_counter()
    results = {
        table: run_table(table, [t[k][1] for t in tables], args.seeds, source.series.unit)
        for k, (table, _) in enumerate(tables[0])
    }
    seconds = time.perf_counter() - start
    print(f"\nDone in {seconds:.1f} s.")
    if args.out:
        atomic_write(args.out, markdown(results, args.seeds, source, command(args)).encode("utf-8"))
        print(f"Wrote {args.out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
