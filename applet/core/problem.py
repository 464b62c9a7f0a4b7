"""A learning problem: training data, unseen (validation) data and what to draw.

A lesson turns a data set into a Problem; the trainer learns from ``X_train → Y_train``
and reports the loss on ``X_val → Y_val`` (the "unseen" data, L′ in the lecture).
``probes`` are named inputs whose predictions the panels draw at every snapshot
(e.g. every day of the series, or a fine grid of x for a curve).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from applet.core.datasets.curves import CURVES, noisy
from applet.core.datasets.digits import load_digits16
from applet.core.datasets.series import DailySeries, fill_gaps
from applet.core.datasets.split import Split
from applet.core.datasets.views import VALIDATION_START, default_validation_start, load_views, windows
from applet.core.datasets.views import split as views_split
from applet.core.datasets.wikipedia import VALIDATION_START as REAL_VALIDATION_START
from applet.core.datasets.wikipedia import load_real_views
from applet.core.errors import QT_TRANSLATE_NOOP, DataError

Array = np.ndarray

REGRESSION = "regression"
CLASSIFICATION = "classification"


@dataclass(frozen=True, eq=False)
class Problem:
    name: str
    task: str
    X_train: Array
    Y_train: Array
    X_val: Array | None = None
    Y_val: Array | None = None
    n_outputs: int = 1
    probes: dict[str, Array] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.task not in (REGRESSION, CLASSIFICATION):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Unknown task %1."), repr(self.task))
        for name in ("X_train", "Y_train", "X_val", "Y_val"):
            value = getattr(self, name)
            if value is not None:
                value = np.asarray(value)
                value.setflags(write=False)  # shared read-only between threads
                object.__setattr__(self, name, value)
        if self.X_train.ndim != 2 or len(self.X_train) == 0:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The training inputs must be a non-empty table (samples × features).")
            )
        for key, X in self.probes.items():
            X = np.asarray(X, dtype=np.float64)
            X.setflags(write=False)
            self.probes[key] = X

    @property
    def n_inputs(self) -> int:
        return self.X_train.shape[1]

    @property
    def has_validation(self) -> bool:
        return self.X_val is not None and len(self.X_val) > 0


@lru_cache(maxsize=1)
def builtin_views() -> DailySeries:
    """The shipped synthetic views series, read once."""
    return load_views()


@lru_cache(maxsize=1)
def real_views() -> DailySeries:
    """The shipped real views (Wikipedia, in k), read once."""
    return load_real_views()


FILL = "fill"
DROP = "drop"
GAP_CHOICES = (FILL, DROP)


def default_split(series: DailySeries) -> Split:
    """The lecture's split: the synthetic channel keeps 2021-01-01…02-14 unseen, the real
    Wikipedia views 2015-01-01…02-14; any other series keeps its last days unseen
    (``default_validation_start``)."""
    for start in (VALIDATION_START, REAL_VALIDATION_START):
        if series.start < start <= series.end:
            return Split(start)
    return Split(default_validation_start(series))


def views_problem(
    days: int,
    series: DailySeries | None = None,
    standardize: bool = False,
    gaps: str = FILL,
    split: Split | None = None,
) -> Problem:
    """Predict a day's views from the previous ``days`` days (x₁ = yesterday, …).

    Examples are split as the lecture did (``Split``: four years of training days, then
    45 unseen days; default ``default_split``). Missing days are handled as ``gaps``
    says: ``"fill"`` interpolates them linearly (``info["filled"]`` marks the targets
    that were filled), ``"drop"`` leaves out every example whose window or target
    touches one (``info["dropped"]`` counts those in the split's range).

    ``standardize`` replaces every input x by (x − mean) / sd, with the mean and sd of
    the training days (recorded in ``info["x_mean"]``, ``info["x_sd"]``): each input
    then has mean 0 and sd 1, which turns the long, thin valley of the error surface
    into a round bowl. The targets y stay in views. Only ever done when asked.
    """
    if gaps not in GAP_CHOICES:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Missing days are filled or dropped, not %1."), repr(gaps))
    series = builtin_views() if series is None else series
    split = default_split(series) if split is None else split
    n_missing = int(series.missing.size)
    used = fill_gaps(series) if gaps == FILL else series
    X, y, dates = windows(used, days)
    in_range = (dates >= split.train_start) & (dates <= split.val_end)
    X, y, dates = X[in_range], y[in_range], dates[in_range]
    X_train, y_train, X_val, y_val = views_split(X, y, dates, split.val_start)
    if len(X_train) == 0:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "The series is too short for this split: no day before %1 can be "
                "learned from (choose a later first unseen day).",
            ),
            split.val_start,
        )
    if len(X_val) == 0:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "The series is too short for this split: no day from %1 on can be "
                "kept unseen (choose an earlier first unseen day).",
            ),
            split.val_start,
        )
    first_target = max(split.train_start, series.start + np.timedelta64(days, "D"))
    last_target = min(split.val_end, series.end)
    possible = max(0, int((last_target - first_target) // np.timedelta64(1, "D")) + 1)
    info = {
        "kind": "views",
        "days": days,
        "dates": dates,
        "targets": y,
        "val_start": split.val_start,
        "val_end": split.val_end,
        "train_start": split.train_start,
        "unit": series.unit,
        "series_name": series.name,
        "standardized": bool(standardize),
        "missing": n_missing,
        "gaps": gaps,
        "filled": np.isin(dates, used.filled),
        "dropped": possible - len(y),
    }
    if standardize:
        x_mean, x_sd = X_train.mean(axis=0), X_train.std(axis=0)
        if np.any(x_sd == 0):
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "The views never change on the training days, so x cannot be standardised."
                )
            )
        X, X_train, X_val = ((v - x_mean) / x_sd for v in (X, X_train, X_val))
        info.update(x_mean=x_mean, x_sd=x_sd)
    probes = {"all": X}
    if days == 1:
        probes["grid"] = np.linspace(X.min(), X.max(), 2 if X.min() == X.max() else 101)[:, None]
    name = f"views-{days}-standardized" if standardize else f"views-{days}"
    return Problem(name, REGRESSION, X_train, y_train, X_val, y_val, 1, probes, info)


TRAINING_YEARS = (1, 2, 3, 4)


def last_years(problem: Problem, years: int) -> Problem:
    """The same views problem trained only on the last ``years`` years before the unseen days.

    Less training data makes a flexible network overfit sooner; the unseen days, the
    probes and everything drawn stay the same. ``info["train_start"]`` is the first day
    a training example may predict."""
    info = problem.info
    if info.get("kind") != "views":
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Only the views data can be cut to their last years."))
    if isinstance(years, bool) or not isinstance(years, (int, np.integer)) or years < 1:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Train on a whole number of years ≥ 1, not %1."), repr(years))
    val_start = np.datetime64(info["val_start"], "D")
    start = (val_start.astype("datetime64[M]") - 12 * int(years)).astype("datetime64[D]")
    dates = np.asarray(info["dates"])
    train_dates = dates[dates < val_start]
    keep = train_dates >= start
    if not keep.any():
        raise DataError(QT_TRANSLATE_NOOP("DataError", "There are no training days in the last %1 year(s)."), years)
    return Problem(
        f"{problem.name}-last-{years}y",
        problem.task,
        problem.X_train[keep],
        problem.Y_train[keep],
        problem.X_val,
        problem.Y_val,
        problem.n_outputs,
        dict(problem.probes),
        {**info, "train_start": start, "years": int(years)},
    )


def curve_problem(name: str, n: int = 201) -> Problem:
    """Fit a target curve y(x) on x ∈ [0, 1] with a one-input network."""
    if name not in CURVES:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Unknown curve %1; choose one of: %2."), repr(name), ", ".join(CURVES)
        )
    x, y = CURVES[name](n)
    X_val = Y_val = None
    if name == "noisy":  # unseen data: the same wave at the same x, with fresh noise
        X_val, Y_val = x[:, None], noisy(n, seed=1)[1]
    probes = {"grid": np.linspace(0.0, 1.0, 301)[:, None]}
    return Problem(
        f"curve-{name}", REGRESSION, x[:, None], y, X_val, Y_val, 1, probes, {"kind": "curve", "curve": name}
    )


def digits_problem(binarize: bool = False) -> Problem:
    """Classify 16×16 digits: 256 inputs (grey 0–1, or ink 1 / paper 0), 10 classes."""
    d = load_digits16(binarize=binarize)
    info = {"kind": "digits", "binarize": binarize, "images_test": d.images_test, "y_test": d.y_test}
    return Problem("digits", CLASSIFICATION, d.X_train, d.y_train, d.X_test, d.y_test, 10, {"test": d.X_test}, info)


def with_features(problem: Problem, columns: tuple[int, ...]) -> Problem:
    """The same problem with only some of its inputs: ``columns`` 0, 1, 6 of the 7-day views are
    x₁, x₂ and x₇ (yesterday, the day before, a week ago). The choice is kept in
    ``info["columns"]`` so the problem can be cut again from other data."""
    columns = tuple(int(c) for c in columns)
    if not columns or min(columns) < 0 or max(columns) >= problem.n_inputs:
        raise DataError(f"Choose inputs among the {problem.n_inputs} the data has.")
    picked = list(columns)
    probes = {key: X[:, picked] for key, X in problem.probes.items() if X.shape[1] == problem.n_inputs}
    return Problem(
        f"{problem.name}-x{'-'.join(str(c + 1) for c in columns)}",
        problem.task,
        problem.X_train[:, picked],
        problem.Y_train,
        None if problem.X_val is None else problem.X_val[:, picked],
        problem.Y_val,
        problem.n_outputs,
        probes,
        {**problem.info, "columns": columns},
    )
