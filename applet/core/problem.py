"""A learning problem: training data, unseen (validation) data and what to draw.

A lesson turns a data set into a Problem; the trainer learns from ``X_train → Y_train``
and reports the loss on ``X_val → Y_val`` (the "unseen" data, L′ in the lecture).
``probes`` are named inputs whose predictions the panels draw at every snapshot
(e.g. every day of the series, or a fine grid of x for a curve).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache

import numpy as np

from applet.core.datasets.curves import CURVES, noisy
from applet.core.datasets.digits import load_digits16
from applet.core.datasets.planar import Points, features
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


class ProblemKind(Enum):
    """What a problem's data are, and so what the panels draw besides its examples."""

    EXAMPLES = "examples"  # a table of examples and nothing more (e.g. backprop's one sample)
    VIEWS = "views"  # daily views: predict a day from the days before (``ViewsInfo``)
    CURVE = "curve"  # a target curve y(x) on [0, 1] (``CurveInfo``)
    DIGITS = "digits"  # 16×16 digit images in 10 classes (``DigitsInfo``)
    PLANE = "plane"  # points in the plane, each of a class (``PlaneInfo``)


def _read_only(value: Array) -> Array:
    value = np.asarray(value)
    value.setflags(write=False)  # shared read-only between threads
    return value


@dataclass(frozen=True, eq=False)
class ViewsInfo:
    """What a views problem was cut from: one example per target day ``dates[i]`` whose
    views were ``targets[i]``. ``filled`` marks the targets that were interpolated,
    ``dropped`` counts the examples left out around missing days; ``x_mean`` and ``x_sd``
    are the training days' mean and sd when the inputs were standardised; ``years`` is
    set when training was cut to the last years before the unseen days."""

    days: int
    dates: Array
    targets: Array
    train_start: np.datetime64
    val_start: np.datetime64
    val_end: np.datetime64
    unit: str
    series_name: str
    missing: int
    gaps: str
    filled: Array
    dropped: int
    x_mean: Array | None = None
    x_sd: Array | None = None
    years: int | None = None

    def __post_init__(self) -> None:
        for name in ("dates", "targets", "filled", "x_mean", "x_sd"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, _read_only(value))

    @property
    def standardized(self) -> bool:
        return self.x_mean is not None

    @property
    def unseen(self) -> Array:
        """True for the days kept unseen (from ``val_start`` on), per entry of ``dates``."""
        return self.dates >= self.val_start


@dataclass(frozen=True)
class CurveInfo:
    name: str  # a key of ``CURVES``


@dataclass(frozen=True, eq=False)
class DigitsInfo:
    binarize: bool
    images_test: Array  # the unseen images, 16×16 each, in the order of ``y_test``
    y_test: Array

    def __post_init__(self) -> None:
        object.__setattr__(self, "images_test", _read_only(self.images_test))
        object.__setattr__(self, "y_test", _read_only(self.y_test))


@dataclass(frozen=True, eq=False)
class PlaneInfo:
    """The points a plane problem was made from, the features the network sees, and the
    decision map's grid: ``map_x1`` × ``map_x2`` (the probe ``"map"``, x1 varying slowest)."""

    points: Points
    features: tuple[str, ...]
    map_x1: Array
    map_x2: Array

    def __post_init__(self) -> None:
        object.__setattr__(self, "map_x1", _read_only(self.map_x1))
        object.__setattr__(self, "map_x2", _read_only(self.map_x2))


@dataclass(frozen=True, eq=False)
class Problem:
    """``info`` says what the examples were made from (none: just examples); ``columns``
    which of the source's inputs were kept (``with_features``), none for all."""

    name: str
    task: str
    X_train: Array
    Y_train: Array
    X_val: Array | None = None
    Y_val: Array | None = None
    n_outputs: int = 1
    probes: dict[str, Array] = field(default_factory=dict)
    info: ViewsInfo | CurveInfo | DigitsInfo | PlaneInfo | None = None
    columns: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        if self.task not in (REGRESSION, CLASSIFICATION):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Unknown task %1."), repr(self.task))
        for name in ("X_train", "Y_train", "X_val", "Y_val"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, _read_only(value))
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
    def kind(self) -> ProblemKind:
        if isinstance(self.info, ViewsInfo):
            return ProblemKind.VIEWS
        if isinstance(self.info, CurveInfo):
            return ProblemKind.CURVE
        if isinstance(self.info, DigitsInfo):
            return ProblemKind.DIGITS
        if isinstance(self.info, PlaneInfo):
            return ProblemKind.PLANE
        return ProblemKind.EXAMPLES

    @property
    def views(self) -> ViewsInfo | None:
        """The views problem's days and targets; None for other problems."""
        return self.info if isinstance(self.info, ViewsInfo) else None

    @property
    def plane(self) -> PlaneInfo | None:
        """The plane problem's points, features and map grid; None for other problems."""
        return self.info if isinstance(self.info, PlaneInfo) else None

    @property
    def unit(self) -> str:
        """The unit of the targets (views' "k", "views", …); empty when they have none."""
        return self.info.unit if isinstance(self.info, ViewsInfo) else ""

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
    says: ``"fill"`` interpolates them linearly (``ViewsInfo.filled`` marks the targets
    that were filled), ``"drop"`` leaves out every example whose window or target
    touches one (``ViewsInfo.dropped`` counts those in the split's range).

    ``standardize`` replaces every input x by (x − mean) / sd, with the mean and sd of
    the training days (recorded in ``ViewsInfo.x_mean`` and ``x_sd``): each input
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
    info = ViewsInfo(
        days=days,
        dates=dates,
        targets=y,
        train_start=split.train_start,
        val_start=split.val_start,
        val_end=split.val_end,
        unit=series.unit,
        series_name=series.name,
        missing=n_missing,
        gaps=gaps,
        filled=np.isin(dates, used.filled),
        dropped=possible - len(y),
    )
    if standardize:
        x_mean, x_sd = X_train.mean(axis=0), X_train.std(axis=0)
        if np.any(x_sd == 0):
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "The views never change on the training days, so x cannot be standardised."
                )
            )
        X, X_train, X_val = ((v - x_mean) / x_sd for v in (X, X_train, X_val))
        info = replace(info, x_mean=x_mean, x_sd=x_sd)
    probes = {"all": X}
    if days == 1:
        probes["grid"] = np.linspace(X.min(), X.max(), 2 if X.min() == X.max() else 101)[:, None]
    name = f"views-{days}-standardized" if standardize else f"views-{days}"
    return Problem(name, REGRESSION, X_train, y_train, X_val, y_val, 1, probes, info)


TRAINING_YEARS = (1, 2, 3, 4)


def last_years(problem: Problem, years: int) -> Problem:
    """The same views problem trained only on the last ``years`` years before the unseen days.

    Less training data makes a flexible network overfit sooner; the unseen days, the
    probes and everything drawn stay the same. ``ViewsInfo.train_start`` is the first day
    a training example may predict."""
    info = problem.views
    if info is None:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Only the views data can be cut to their last years."))
    if isinstance(years, bool) or not isinstance(years, (int, np.integer)) or years < 1:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Train on a whole number of years ≥ 1, not %1."), repr(years))
    val_start = info.val_start  # a day, as the split made it
    start = (val_start.astype("datetime64[M]") - 12 * int(years)).astype("datetime64[D]")
    dates = info.dates
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
        replace(info, train_start=start, years=int(years)),
        problem.columns,
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
    return Problem(f"curve-{name}", REGRESSION, x[:, None], y, X_val, Y_val, 1, probes, CurveInfo(name))


def digits_problem(binarize: bool = False) -> Problem:
    """Classify 16×16 digits: 256 inputs (grey 0–1, or ink 1 / paper 0), 10 classes."""
    d = load_digits16(binarize=binarize)
    info = DigitsInfo(binarize, d.images_test, d.y_test)
    return Problem("digits", CLASSIFICATION, d.X_train, d.y_train, d.X_test, d.y_test, 10, {"test": d.X_test}, info)


def with_features(problem: Problem, columns: tuple[int, ...]) -> Problem:
    """The same problem with only some of its inputs: ``columns`` 0, 1, 6 of the 7-day views are
    x₁, x₂ and x₇ (yesterday, the day before, a week ago). The choice is kept in
    ``Problem.columns`` so the problem can be cut again from other data."""
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
        problem.info,
        columns,
    )


MAP_SIDE = 100  # the decision map's grid: MAP_SIDE × MAP_SIDE points of the plane


def map_grid(extent: tuple[float, float, float, float], side: int = MAP_SIDE) -> tuple[Array, Array]:
    """The decision map's grid over ``extent`` (x1 from, to, x2 from, to): its x1 and x2 values,
    each ``side`` long. The grid's points, x1 varying slowest, are ``grid_points(x1, x2)``."""
    x1_lo, x1_hi, x2_lo, x2_hi = extent
    return np.linspace(x1_lo, x1_hi, side), np.linspace(x2_lo, x2_hi, side)


def grid_points(x1: Array, x2: Array) -> Array:
    """Every (x1, x2) of the grid as rows, x1 varying slowest: row i·len(x2) + j is (x1[i], x2[j])."""
    G1, G2 = np.meshgrid(x1, x2, indexing="ij")
    return np.column_stack((G1.ravel(), G2.ravel()))


def planar_problem(points: Points, feature_names: tuple[str, ...] = ("x1", "x2")) -> Problem:
    """Classify points in the plane: the network sees the chosen ``features`` of (x₁, x₂) and
    gives one output per class (softmax + cross-entropy, two classes as any other number).

    The probe ``"map"`` is the decision map's grid (``map_grid`` of the points' extent) in
    the same features, ``"train"`` and ``"unseen"`` the points (for their accuracy);
    ``PlaneInfo`` keeps the points, the features, the grid's x1 and x2.

    Points with ``values`` (a regression set) make a regression problem instead: one output,
    the targets the points' values."""
    feature_names = tuple(feature_names)
    train = ~points.unseen
    x1, x2 = map_grid(points.extent())
    X_val = Y_val = None
    targets = points.y if points.values is None else points.values
    if points.unseen.any():
        X_val, Y_val = features(points.X[points.unseen], feature_names), targets[points.unseen]
    X_train = features(points.X[train], feature_names)
    probes = {"map": features(grid_points(x1, x2), feature_names), "train": X_train}
    if X_val is not None:
        probes["unseen"] = X_val
    info = PlaneInfo(points, feature_names, x1, x2)
    if points.values is not None:
        return Problem(f"plane-{points.source}", REGRESSION, X_train, targets[train], X_val, Y_val, 1, probes, info)
    return Problem(
        f"plane-{points.source}", CLASSIFICATION, X_train, points.y[train], X_val, Y_val, points.k, probes, info
    )
