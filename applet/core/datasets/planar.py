"""Points in the plane, each of one class: the free-play lesson's classification data.

Built-in sets (``make``), as TensorFlow Playground has them, on roughly −5…5 in both
coordinates:

- ``"circle"``: class 0 inside a disc of radius 2.5, class 1 on a ring from 3.5 to 5 —
  no straight line separates them, but x₁² + x₂² does;
- ``"xor"`` (exclusive or): class 1 where x₁ and x₂ have the same sign, class 0 where
  they differ — no straight line separates them, x₁·x₂ does;
- ``"gauss"``: two round Gaussian blobs (sd 1) around (−2, −2) and (2, 2);
- ``"spiral"``: two interleaved spiral arms;
- ``"curve-piecewise"``, ``"curve-smooth"``: points above (class 1) and below (class 0)
  one of the curves lesson's target curves, stretched over the plane (x = 0…1 becomes
  x₁ = −5…5, height 0.5…1.5 becomes x₂ = −2.5…2.5), so the lecture's piecewise-linear
  curve returns as a decision boundary.

``noise`` is the standard deviation of Gaussian noise added to each coordinate after the
class is decided, so with more noise the classes overlap. The classes get n // k points
each, the first n % k classes one more. The same arguments give the same points.

Regression sets (``make_values``), as TensorFlow Playground's "regression" problem has them:
each point carries a number to predict instead of a class.

- ``"plane"``: the target is (x₁ + x₂) / (2·RADIUS), a tilted plane from about −1.2 to 1.2;
- ``"multi-gauss"``: six bumps of height +1 or −1 at (±4, ±2.5) and (0, ±2.5), signs alternating
  like a chequerboard, each falling linearly to 0 at distance 2 (a point takes the bump of
  largest size), so the target lies in −1…1.

Their points lie uniformly on −1.2·RADIUS…1.2·RADIUS; ``noise`` is the standard deviation of
Gaussian noise added to the coordinates at which the target is read (as TensorFlow Playground
does it): the points stay where they are and their targets become noisy.

The learner's own points come from a CSV file (``read_points``), and ``features`` turns
(x₁, x₂) into the inputs the first layer sees.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from applet.core.datasets.csvio import NOT_FINITE, PLAIN_NUMBER, decode_text, sniff_delimiter
from applet.core.datasets.curves import red_at, smooth_at
from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.files import read_file

Array = np.ndarray

RADIUS = 5.0  # the built-in sets lie within about −RADIUS…RADIUS
SETS = ("circle", "xor", "gauss", "spiral", "curve-piecewise", "curve-smooth")
VALUE_SETS = ("plane", "multi-gauss")  # regression: a number per point (``make_values``)
VALUE_REACH = 1.2 * RADIUS  # the regression sets' points lie within ±VALUE_REACH
FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
MIN_CLASSES, MAX_CLASSES = 2, 10
MAX_POINTS = 100_000
MAX_BYTES = 16 * 2**20
MAX_NOISE = 100.0


def _counts(n: int, k: int) -> list[int]:
    """Points per class: balanced to within one."""
    return [n // k + (1 if c < n % k else 0) for c in range(k)]


def _circle(counts: list[int], rng: np.random.Generator) -> list[Array]:
    parts = []
    for c, (r_lo, r_hi) in enumerate(((0.0, 0.5 * RADIUS), (0.7 * RADIUS, RADIUS))):
        r = rng.uniform(r_lo, r_hi, counts[c])
        angle = rng.uniform(0.0, 2 * np.pi, counts[c])
        parts.append(np.column_stack((r * np.cos(angle), r * np.sin(angle))))
    return parts


def _xor(counts: list[int], rng: np.random.Generator) -> list[Array]:
    parts = []
    for c in range(2):  # class 1: same signs, class 0: different signs; kept 0.3 away from the axes
        magnitude = rng.uniform(0.3, RADIUS, (counts[c], 2))
        s1 = rng.choice((-1.0, 1.0), counts[c])
        s2 = s1 if c == 1 else -s1
        parts.append(magnitude * np.column_stack((s1, s2)))
    return parts


def _gauss(counts: list[int], rng: np.random.Generator) -> list[Array]:
    return [rng.normal(centre, 1.0, (counts[c], 2)) for c, centre in enumerate((-2.0, 2.0))]


def _spiral(counts: list[int], rng: np.random.Generator) -> list[Array]:
    parts = []
    for c in range(2):
        t = np.arange(counts[c]) / max(counts[c], 1)
        r = RADIUS * t
        angle = 1.75 * 2 * np.pi * t + np.pi * c
        parts.append(np.column_stack((r * np.sin(angle), r * np.cos(angle))))
    return parts


def _above(curve: Callable[[Array], Array]) -> Callable[[list[int], np.random.Generator], list[Array]]:
    """Points above (class 1) and below (class 0) ``curve`` on x ∈ [0, 1], stretched over the plane."""

    def boundary(x1: Array) -> Array:
        return RADIUS * (curve((x1 + RADIUS) / (2 * RADIUS)) - 1.0)

    def make_points(counts: list[int], rng: np.random.Generator) -> list[Array]:
        found: list[list[Array]] = [[], []]
        have = [0, 0]
        while have[0] < counts[0] or have[1] < counts[1]:
            P = rng.uniform(-RADIUS, RADIUS, (2 * max(counts) + 16, 2))
            label = (P[:, 1] > boundary(P[:, 0])).astype(int)
            for c in range(2):
                take = P[label == c][: counts[c] - have[c]]
                found[c].append(take)
                have[c] += len(take)
        return [np.concatenate(found[c]) for c in range(2)]

    return make_points


GENERATORS: dict[str, Callable[[list[int], np.random.Generator], list[Array]]] = {
    "circle": _circle,
    "xor": _xor,
    "gauss": _gauss,
    "spiral": _spiral,
    "curve-piecewise": _above(red_at),
    "curve-smooth": _above(smooth_at),
}


def make(name: str, n: int, noise: float, seed: int) -> tuple[Array, Array]:
    """``n`` points of the built-in set ``name`` with Gaussian ``noise`` (sd, per coordinate).

    Returns ``(X, y)``: X float64 of shape (n, 2), y int64 of shape (n,) with classes 0…k−1,
    balanced to within one point; the classes' points are interleaved in a shuffled order.
    """
    _check_arguments(name, SETS, n, noise)
    rng = np.random.default_rng(seed)
    parts = GENERATORS[name](_counts(int(n), 2), rng)
    X = np.concatenate(parts).astype(np.float64)
    y = np.concatenate([np.full(len(part), c, dtype=np.int64) for c, part in enumerate(parts)])
    X = X + rng.normal(0.0, float(noise), X.shape) if noise > 0 else X
    order = rng.permutation(len(y))
    return X[order], y[order]


def _plane_values(P: Array) -> Array:
    return (P[:, 0] + P[:, 1]) / (2 * RADIUS)


BUMPS = ((-4.0, 2.5, 1.0), (0.0, 2.5, -1.0), (4.0, 2.5, 1.0), (-4.0, -2.5, -1.0), (0.0, -2.5, 1.0), (4.0, -2.5, -1.0))
BUMP_REACH = 2.0  # a bump falls linearly from its height at its centre to 0 at this distance


def _bump_values(P: Array) -> Array:
    bumps = np.array(BUMPS)
    distance = np.hypot(P[:, 0, None] - bumps[:, 0], P[:, 1, None] - bumps[:, 1])
    heights = bumps[:, 2] * np.clip(1.0 - distance / BUMP_REACH, 0.0, 1.0)
    return heights[np.arange(len(P)), np.argmax(np.abs(heights), axis=1)]


VALUE_GENERATORS: dict[str, Callable[[Array], Array]] = {"plane": _plane_values, "multi-gauss": _bump_values}


def _check_arguments(name: str, names: Sequence[str], n: object, noise: object) -> None:
    """DataError unless ``name`` is one of ``names`` and ``n``, ``noise`` are a size and a noise."""
    if name not in names:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "There is no built-in set of points %1; choose one of: %2."),
            repr(name),
            ", ".join(names),
        )
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 2 or n > MAX_POINTS:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "A set of points needs between 2 and %1 points, not %2."), MAX_POINTS, n
        )
    if not isinstance(noise, (int, float, np.floating)) or not 0.0 <= noise <= MAX_NOISE:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The noise must be a number from 0 to %1, not %2."), MAX_NOISE, noise
        )


def make_values(name: str, n: int, noise: float, seed: int) -> tuple[Array, Array]:
    """``n`` points of the regression set ``name`` (``VALUE_SETS``) with ``noise`` (sd, per
    coordinate, of where the target is read).

    Returns ``(X, t)``: X float64 of shape (n, 2), uniform on ±VALUE_REACH, and t float64 of
    shape (n,), each point's target. The same arguments give the same arrays."""
    _check_arguments(name, VALUE_SETS, n, noise)
    rng = np.random.default_rng(seed)
    X = rng.uniform(-VALUE_REACH, VALUE_REACH, (int(n), 2))
    read_at = X + rng.normal(0.0, float(noise), X.shape) if noise > 0 else X
    return X, VALUE_GENERATORS[name](read_at).astype(np.float64)


def features(X: Array, names: Sequence[str]) -> Array:
    """The first layer's inputs for the points ``X`` (shape (n, 2)): one column per name in
    ``names``, in that order, each one of ``FEATURES`` (x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2))."""
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != 2:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Points in the plane have two coordinates, x1 and x2."))
    names = list(names)
    if not names:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Choose at least one input feature."))
    unknown = [name for name in names if name not in FEATURES]
    if unknown:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Unknown feature %1; choose among: %2."),
            repr(unknown[0]),
            ", ".join(FEATURES),
        )
    if len(set(names)) != len(names):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Each feature can be chosen once only."))
    x1, x2 = X[:, 0], X[:, 1]
    columns: dict[str, Callable[[], Array]] = {
        "x1": lambda: x1,
        "x2": lambda: x2,
        "x1^2": lambda: x1 * x1,
        "x2^2": lambda: x2 * x2,
        "x1*x2": lambda: x1 * x2,
        "sin(x1)": lambda: np.sin(x1),
        "sin(x2)": lambda: np.sin(x2),
    }
    with np.errstate(over="ignore", invalid="ignore"):
        F = np.column_stack([columns[name]() for name in names]).astype(np.float64)
    bad = ~np.all(np.isfinite(F), axis=0)
    if bad.any():
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "The feature %1 is too large to compute for some points: their coordinates are too large."
            ),
            names[int(np.argmax(bad))],
        )
    return F


# -- the learner's own points ---------------------------------------------------------------
def _check_size(n_bytes: int, label: str) -> None:
    if n_bytes > MAX_BYTES:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "%1 is %2 MB; a table of points is far smaller (at most %3 MB). Is it the right file?",
            ),
            label,
            f"{n_bytes / 2**20:.0f}",
            MAX_BYTES >> 20,
        )


def _numeric(text: str) -> bool:
    """Written as a number (finite or not): a data cell, never a header's."""
    return bool(PLAIN_NUMBER.fullmatch(text)) or text.lower().lstrip("+-") in NOT_FINITE


def _coordinate(text: str, line: int) -> float:
    if not text:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Line %1: a coordinate is missing."), line)
    if text.lower().lstrip("+-") in NOT_FINITE:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is not a finite number."), line, repr(text))
    if not PLAIN_NUMBER.fullmatch(text):
        if re.fullmatch(r"[+-]?\d+,\d+", text, re.ASCII):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is not a number (use a dot as the decimal point)."),
                line,
                repr(text),
            )
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is not a number."), line, repr(text))
    value = float(text)
    if not np.isfinite(value):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is not a finite number."), line, repr(text))
    return value


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """Non-blank rows as (line number, stripped cells)."""
    lines = [line for line in text.splitlines() if line.strip()]
    delimiter = sniff_delimiter(lines)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    try:
        for cells in reader:
            cells = [cell.strip() for cell in cells]
            if any(cells):
                rows.append((reader.line_num, cells))
    except csv.Error as error:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Line %1 is not valid CSV (%2); check its quotation marks."),
            reader.line_num,
            error,
        ) from error
    return rows


def parse_points(data: bytes) -> tuple[Array, Array, tuple[str, ...]]:
    """The points of a CSV file's bytes (see ``read_points``)."""
    _check_size(len(data), "The file")
    rows = _rows(decode_text(data))
    if rows and not any(_numeric(cell) for cell in rows[0][1][:2]):
        rows = rows[1:]  # a header line: neither of its first two cells is a number
    if not rows:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The file has no rows of points (x1, x2, label)."))
    if len(rows) > MAX_POINTS:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The file has %1 points; the applet reads at most %2."),
            len(rows),
            MAX_POINTS,
        )
    X = np.empty((len(rows), 2))
    y = np.empty(len(rows), dtype=np.int64)
    names: dict[str, int] = {}
    for i, (line, cells) in enumerate(rows):
        while cells and not cells[-1] and len(cells) > 3:
            cells = cells[:-1]  # trailing empty cells (a spreadsheet's export)
        if len(cells) < 3 or not cells[2]:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "Line %1 has no label: a point is written x1, x2, label, but the line reads %2."
                ),
                line,
                repr(", ".join(cells)),
            )
        if len(cells) > 3:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "Line %1 has %2 cells: a point is written x1, x2, label, but the line reads %3."
                ),
                line,
                len(cells),
                repr(", ".join(cells)),
            )
        X[i, 0], X[i, 1] = _coordinate(cells[0], line), _coordinate(cells[1], line)
        label = cells[2]
        if label not in names:
            if len(names) == MAX_CLASSES:
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "DataError", "Line %1: the label %2 would be class %3; the applet reads at most %4 classes."
                    ),
                    line,
                    repr(label),
                    MAX_CLASSES + 1,
                    MAX_CLASSES,
                )
            names[label] = len(names)
        y[i] = names[label]
    if len(names) < MIN_CLASSES:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "Lines %1 to %2 all have the label %3: classifying needs at least two classes."
            ),
            rows[0][0],
            rows[-1][0],
            repr(next(iter(names))),
        )
    return X, y, tuple(names)


def read_points(path: str | Path) -> tuple[Array, Array, tuple[str, ...]]:
    """Read the learner's points from a CSV file of ``x1,x2,label`` rows (header optional).

    Returns ``(X, y, class_names)``: X float64 (n, 2) with the coordinates exactly as written,
    ``class_names`` the labels (text, or integers written as text) in order of first
    appearance, and y int64 indexing them. 2 to 10 classes. Anything it cannot read raises
    ``DataError`` naming the line.
    """
    return parse_points(points_file_bytes(path))


def points_file_bytes(path: str | Path) -> bytes:
    """A points file's bytes: refused before reading when it is no ordinary file or far too large."""
    path = Path(path)
    return read_file(path, MAX_BYTES, lambda n_bytes: _check_size(n_bytes, path.name))


# -- the lesson's points: which are unseen, where they came from, the learner's edits ----------
DEFAULT_SET = "circle"
DEFAULT_N = 500
DEFAULT_NOISE = 0.0
SIGN_CLASSES = ("−", "+")  # a regression set's points: target below 0, and 0 or above
DEFAULT_UNSEEN = 0.5  # as TensorFlow Playground: half the points train, half stay unseen (L′)
MAX_UNSEEN = 0.9


def split_unseen(y: Array, share: float, seed: int) -> Array:
    """Which points stay unseen: ``share`` of each class (rounded), picked at random by ``seed``."""
    if not 0.0 <= share <= MAX_UNSEEN:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Keep a share from 0 to %1 of the points unseen, not %2."), MAX_UNSEEN, share
        )
    rng = np.random.default_rng(seed)
    unseen = np.zeros(len(y), dtype=bool)
    for c in np.unique(y):
        members = np.flatnonzero(y == c)
        unseen[rng.permutation(members)[: int(round(share * len(members)))]] = True
    return unseen


@dataclass(frozen=True, eq=False)
class Points:
    """The free-play lesson's points: coordinates ``X`` (n, 2), classes ``y`` indexing
    ``class_names``, which points are ``unseen`` (kept for L′), and where they came from —
    a built-in set (``source`` its name, made with ``n``, ``noise`` and ``seed``) or a file
    (``source`` its name, ``builtin`` False). ``unseen_share`` is the share kept unseen when
    the points were split (points the learner adds later train).

    ``values`` is set for a regression set (``make_values``): each point's target, float64 of
    shape (n,). Its points then have the classes "−" (t < 0) and "+" (t ≥ 0), the sign the
    discretised map shows, which also keep the unseen split even between the two."""

    X: Array
    y: Array
    class_names: tuple[str, ...]
    unseen: Array
    source: str = DEFAULT_SET
    builtin: bool = True
    n: int = DEFAULT_N
    noise: float = DEFAULT_NOISE
    seed: int = 0
    unseen_share: float = DEFAULT_UNSEEN
    values: Array | None = None

    def __post_init__(self) -> None:
        X = np.array(self.X, dtype=np.float64)
        y = np.array(self.y, dtype=np.int64)
        unseen = np.array(self.unseen, dtype=bool)
        if X.ndim != 2 or X.shape[1] != 2 or y.shape != (len(X),) or unseen.shape != (len(X),):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Each point needs two coordinates, a class and a split."))
        if not np.all(np.isfinite(X)):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Every coordinate of a point must be a finite number."))
        k = len(self.class_names)
        if not MIN_CLASSES <= k <= MAX_CLASSES or len(set(self.class_names)) != k:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Points come in %1 to %2 classes with different names."),
                MIN_CLASSES,
                MAX_CLASSES,
            )
        if len(y) and (y.min() < 0 or y.max() >= k):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "A point's class must be one of the %1 classes."), k)
        if not np.any(~unseen):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "At least one point must be left to train on."))
        if self.values is not None:
            values = np.array(self.values, dtype=np.float64)
            if values.shape != (len(X),) or not np.all(np.isfinite(values)):
                raise DataError(QT_TRANSLATE_NOOP("DataError", "Each point needs a finite number as its target."))
            values.setflags(write=False)
            object.__setattr__(self, "values", values)
        for name, value in (("X", X), ("y", y), ("unseen", unseen)):
            value.setflags(write=False)
            object.__setattr__(self, name, value)

    @property
    def regression(self) -> bool:
        """Each point carries a number to predict (``values``), not a class."""
        return self.values is not None

    @property
    def k(self) -> int:
        """How many classes."""
        return len(self.class_names)

    def with_point(self, x1: float, x2: float, label: int) -> Points:
        """These points and one more, of class ``label``, to train on."""
        if self.values is not None:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Points with a number to predict cannot be added by a click.")
            )
        return replace(
            self,
            X=np.vstack((self.X, [[float(x1), float(x2)]])),
            y=np.append(self.y, int(label)),
            unseen=np.append(self.unseen, False),
        )

    def without_point(self, index: int) -> Points:
        """These points without the one at ``index``."""
        keep = np.arange(len(self.y)) != index
        values = None if self.values is None else self.values[keep]
        return replace(self, X=self.X[keep], y=self.y[keep], unseen=self.unseen[keep], values=values)

    def nearest(self, x1: float, x2: float, within: float) -> int | None:
        """The index of the point nearest (x1, x2), if one lies within ``within``; else None."""
        if not len(self.y):
            return None
        distance = np.hypot(self.X[:, 0] - x1, self.X[:, 1] - x2)
        index = int(np.argmin(distance))
        return index if distance[index] <= within else None

    def resplit(self, share: float) -> Points:
        """The same points, ``share`` of each class unseen (picked by the points' seed)."""
        return replace(self, unseen=split_unseen(self.y, share, self.seed), unseen_share=float(share))

    def extent(self) -> tuple[float, float, float, float]:
        """The part of the plane the map shows: x1 from, x1 to, x2 from, x2 to — every point
        with a margin (a built-in set's whole square, −6…6)."""
        reach = RADIUS * 1.2
        lo = self.X.min(axis=0) if len(self.y) else np.zeros(2)
        hi = self.X.max(axis=0) if len(self.y) else np.zeros(2)
        if self.builtin:
            lo, hi = np.minimum(lo, -reach), np.maximum(hi, reach)
        margin = np.where(hi > lo, 0.05 * (hi - lo), 1.0)
        lo, hi = lo - margin, hi + margin
        return float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1])


def builtin_points(
    name: str = DEFAULT_SET,
    n: int = DEFAULT_N,
    noise: float = DEFAULT_NOISE,
    seed: int = 0,
    unseen_share: float = DEFAULT_UNSEEN,
) -> Points:
    """A built-in set (``make``, or ``make_values`` for a regression set), ``unseen_share`` of
    each class kept unseen."""
    if name in VALUE_SETS:
        X, t = make_values(name, n, noise, seed)
        y = (t >= 0).astype(np.int64)
        split = split_unseen(y, unseen_share, seed)
        return Points(X, y, SIGN_CLASSES, split, name, True, n, noise, seed, unseen_share, values=t)
    X, y = make(name, n, noise, seed)
    return Points(X, y, ("0", "1"), split_unseen(y, unseen_share, seed), name, True, n, noise, seed, unseen_share)


def file_points(data: bytes, name: str, seed: int = 0, unseen_share: float = DEFAULT_UNSEEN) -> Points:
    """The points of a CSV file's bytes (``parse_points``), split like a built-in set."""
    X, y, class_names = parse_points(data)
    return Points(X, y, class_names, split_unseen(y, unseen_share, seed), name, False, len(y), 0.0, seed, unseen_share)
