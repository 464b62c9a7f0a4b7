"""Framing: the part of parameter space a plot shows around the minimum, for the error
surface (w, b) and its slice (w).

A new run is framed around the minimum ★ with a margin beyond its start. When gradient
descent walks off the frame, the frame grows (at least by GROWTH, to show the farthest
point with a margin) — but never beyond SANE times the first frame: a diverging run is
drawn up to where it leaves that sane range, no further.
"""

from __future__ import annotations

import numpy as np

from applet.core.linear_model import point_of
from applet.core.problem import Problem
from applet.core.surface import optimum

Array = np.ndarray

MARGIN = 1.25  # the frame reaches this far beyond the farthest point
GROWTH = 1.5  # when a point leaves the frame, the frame grows at least this much
SANE = 8.0  # points are drawn up to this many times the first frame's size, no further
SMALLEST = 0.25  # the smallest frame: this share of the minimum's largest coordinate (at least 1)
LOSSES = ("mse", "mae")  # the losses whose surface of y = b + w·x the panels draw


class Framing:
    """A square (an interval in one dimension) centre ± half, within the sane range centre ± sane."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.centre = np.empty(0)
        self.half = 0.0
        self.sane = 0.0

    @property
    def framed(self) -> bool:
        return self.half > 0

    def frame(self, centre: Array, points: Array) -> None:
        """Frame the finite ``points`` (rows of coordinates) around ``centre``, with a margin."""
        self.centre = np.asarray(centre, dtype=np.float64)
        smallest = SMALLEST * max(1.0, float(np.max(np.abs(self.centre))))
        self.half = max(smallest, MARGIN * self._distance(self._finite(points)))
        self.sane = SANE * self.half

    def shows(self, point: Array) -> bool:
        """Whether ``point`` lies inside the frame."""
        return self.framed and bool(np.max(np.abs(np.asarray(point) - self.centre)) <= self.half)

    def is_sane(self, point: Array) -> bool:
        """Whether ``point`` is finite and inside the sane range (it can be drawn)."""
        point = np.asarray(point, dtype=np.float64)
        return bool(np.all(np.isfinite(point)) and np.max(np.abs(point - self.centre)) <= self.sane)

    def grow(self, points: Array) -> bool:
        """Grow the frame to show ``points`` that left it within the sane range; True when it grew."""
        distance = self._distance(self._finite(points))
        if not self.half < distance <= self.sane:
            return False
        self.half = min(max(MARGIN * distance, GROWTH * self.half), self.sane)
        return True

    def sane_rows(self, points: Array) -> Array:
        """For each row of ``points``, whether it is finite and inside the sane range."""
        return np.all(np.isfinite(points), axis=1) & np.all(np.abs(points - self.centre) <= self.sane, axis=1)

    def sane_part(self, path: Array) -> tuple[Array, bool]:
        """The path up to its last finite point in the sane range, and whether it was cut there."""
        ok = self.sane_rows(path)
        if ok.all():
            return path, False
        return path[: int(np.argmin(ok))], True

    def bounds(self, aspect: float = 1.0) -> tuple[tuple[float, float], ...]:
        """(low, high) along each axis; with two axes the square is widened along the plot's
        longer side (``aspect`` = width / height) so equal scales fill the plot."""
        stretch = (max(aspect, 1.0), max(1.0 / aspect, 1.0))[: len(self.centre)]
        return tuple((c - self.half * s, c + self.half * s) for c, s in zip(self.centre, stretch))

    def _distance(self, points: Array) -> float:
        return float(np.max(np.abs(points - self.centre))) if len(points) else 0.0

    @staticmethod
    def _finite(points: Array) -> Array:
        points = np.asarray(points, dtype=np.float64)
        return points[np.all(np.isfinite(points), axis=1)]


class LinearView:
    """The one-feature model y = b + w·x on a problem's training days, as the surface and the
    slice show it: the data, the minimum of each loss (computed once) and a framing."""

    def __init__(self) -> None:
        self.x: Array | None = None
        self.y: Array | None = None
        self._optima: dict[str, tuple[float, float, float]] = {}
        self.framing = Framing()

    def set_problem(self, problem: Problem) -> None:
        self.x, self.y = training_xy(problem) or (None, None)
        self._optima.clear()
        self.framing.clear()

    @property
    def usable(self) -> bool:
        return self.x is not None

    def optimum(self, loss: str) -> tuple[float, float, float]:
        """(w*, b*, L*) of ``loss`` on the training days."""
        if loss not in self._optima:
            self._optima[loss] = optimum(self.x, self.y, loss)
        return self._optima[loss]


def training_xy(problem: Problem) -> tuple[Array, Array] | None:
    """(x, y) of the training days when the problem has one input, else None."""
    if problem.n_inputs != 1 or problem.task != "regression":
        return None
    return problem.X_train[:, 0], np.asarray(problem.Y_train, dtype=np.float64).reshape(-1)


def linear_point(weights: list[Array] | None, biases: list[Array] | None, loss: str) -> Array | None:
    """(w, b) when the parameters are of y = b + w·x trained with MSE or MAE, else None."""
    if loss not in LOSSES or weights is None or len(weights) != 1 or weights[0].shape != (1, 1):
        return None
    return np.array(point_of(weights, biases))
