"""Several seeds per model: one seed is not a result.

A network's losses depend on its random start and batches, so a comparison between
models trains each with several seeds and reports the mean ± the sample standard
deviation (sd, with n − 1) of L and L′ over them. Qt-free: the experiments command and
the Compare panel both use it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from applet.training.comparison import ComparisonResult, ComparisonRow


def parse_seeds(text: str) -> tuple[int, ...]:
    """``"42,0,1"`` → (42, 0, 1); ValueError for anything else (empty, repeated, negative)."""
    parts = [p.strip() for p in text.split(",")]
    if not parts or any(not p.lstrip("-").isdigit() for p in parts):
        raise ValueError(f"{text!r} is not a list of whole numbers separated by commas, like 42,0,1,2,3.")
    seeds = tuple(int(p) for p in parts)
    if any(s < 0 for s in seeds):
        raise ValueError("Seeds are whole numbers from 0 up.")
    if len(set(seeds)) != len(seeds):
        raise ValueError(f"{text!r} names a seed twice: every seed must differ.")
    return seeds


def mean_sd(values: Sequence[float]) -> tuple[float, float]:
    """Mean and sample standard deviation (NaN sd for a single value)."""
    a = np.asarray(values, dtype=np.float64)
    return float(a.mean()), float(a.std(ddof=1)) if a.size > 1 else math.nan


@dataclass(frozen=True)
class SeedSummary:
    """One model's losses over several seeds."""

    label: str
    seeds: tuple[int, ...]
    train: tuple[float, ...]
    val: tuple[float, ...]
    updates: int
    seconds: float

    @classmethod
    def of(cls, seeds: Sequence[int], results: Sequence[ComparisonResult]) -> SeedSummary:
        return cls(
            results[0].label,
            tuple(seeds),
            tuple(r.train_loss for r in results),
            tuple(r.val_loss for r in results),
            results[0].updates,
            sum(r.seconds for r in results),
        )

    @property
    def train_mean_sd(self) -> tuple[float, float]:
        return mean_sd(self.train)

    @property
    def val_mean_sd(self) -> tuple[float, float]:
        return mean_sd(self.val)


def show(mean: float, sd: float, digits: int = 3) -> str:
    """``"0.464 ± 0.012"``; the mean alone when there is no sd (one seed); "—" for a diverged run."""
    if not math.isfinite(mean):
        return "—"
    return f"{mean:.{digits}f}" if not math.isfinite(sd) else f"{mean:.{digits}f} ± {sd:.{digits}f}"


def seed_list(first: int, n: int) -> tuple[int, ...]:
    """``n`` seeds: the learner's ``first``, then 0, 1, 2, … (skipping ``first``) — so seed 42
    and 5 seeds train with 42, 0, 1, 2, 3, as the README's tables."""
    others = (s for s in range(n + 1) if s != first)
    return (first, *list(others)[: n - 1])


def with_seeds(rows: Sequence[ComparisonRow], seeds: Sequence[int]) -> list[ComparisonRow]:
    """Every row once per seed, in order: row 0 with each seed, then row 1, …"""
    return [replace(row, setup=row.setup.with_options(seed=seed)) for row in rows for seed in seeds]


def summarize(
    rows: Sequence[ComparisonRow], seeds: Sequence[int], results: dict[int, ComparisonResult]
) -> dict[int, SeedSummary]:
    """Per row, the summary of the seeds trained so far (``results`` indexed as ``with_seeds``)."""
    n = len(seeds)
    summaries = {}
    for i in range(len(rows)):
        done = [(seeds[j], results[i * n + j]) for j in range(n) if i * n + j in results]
        if done:
            summaries[i] = SeedSummary.of([s for s, _ in done], [r for _, r in done])
    return summaries
