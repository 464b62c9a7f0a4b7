"""Several seeds per model: one seed is not a result.

A network's losses depend on its random start and batches, so a comparison between
models trains each with several seeds and reports the mean ± the sample standard
deviation (sd, with n − 1) of L and L′ over them. Qt-free: the experiments command and
the Compare panel both use it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from applet.training.comparison import ComparisonResult


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
