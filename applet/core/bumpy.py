"""A bumpy one-parameter loss: where gradient descent ends depends on where it starts.

    L(w)  = 0.1·w² − 0.2·w + 0.7·sin(3w) + 1
    L′(w) = 0.2·w − 0.2 + 2.1·cos(3w)

Between the hilltops at w ≈ −3.8 and w ≈ 4.8 (the plotted range) it has four valleys:
local minima near w ≈ −2.5, −0.48, 1.55 and 3.58; the one at w ≈ 1.55 is the lowest
(the global minimum). Gradient
descent, w ← w − η·L′(w), only ever walks downhill, so it stops in the valley it
starts in — unless a large step jumps over a hill. Starting from several places and
keeping the best end ("several restarts") is the simplest remedy.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

Array = np.ndarray

DOMAIN = (-3.8, 4.8)  # where starts are chosen and what the plot shows: hilltop to hilltop
FLAT = "flat"  # stopped where the slope ≈ 0: a minimum (or, rarely, a hilltop)
LEFT = "left"  # a step left the domain: the learning rate is too large
UNFINISHED = "unfinished"  # the step budget ran out before the slope became ≈ 0


def loss(w: float | Array) -> Any:
    """L(w) for a number or an array of w."""
    return 0.1 * w * w - 0.2 * w + 0.7 * np.sin(3 * w) + 1.0


def slope(w: float | Array) -> Any:
    """L′(w), the derivative: the slope of the tangent at w."""
    return 0.2 * w - 0.2 + 2.1 * np.cos(3 * w)


def _checked(start: float, lr: float, steps: int) -> tuple[float, float, int]:
    try:
        start, lr = float(start), float(lr)
    except (TypeError, ValueError):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The start and the learning rate must be numbers.")) from None
    if not (math.isfinite(start) and DOMAIN[0] <= start <= DOMAIN[1]):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Start gradient descent between %1 and %2, not at %3."),
            format(DOMAIN[0], "g"),
            format(DOMAIN[1], "g"),
            format(start, "g"),
        )
    if not (math.isfinite(lr) and lr > 0):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The learning rate must be a positive, finite number, not %1."),
            format(lr, "g"),
        )
    if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)) or steps < 0:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The number of steps must be a whole number ≥ 0, not %1."), repr(steps)
        )
    return start, lr, int(steps)


def descend(start: float, lr: float, steps: int = 2000, tol: float = 1e-6) -> Array:
    """The w visited by gradient descent from ``start``: w₀ = start, w₁, w₂, …

    Stops after ``steps`` updates, when the slope is flat (|L′(w)| < tol), or at the
    first w outside the domain (the step was too large; that w is the path's last).
    """
    w, lr, steps = _checked(start, lr, steps)
    path = [w]
    for _ in range(steps):
        g = float(slope(w))
        if abs(g) < tol:
            break
        w = w - lr * g
        path.append(w)
        if not DOMAIN[0] <= w <= DOMAIN[1]:
            break
    return np.array(path)


def outcome(path: Array, tol: float = 1e-6) -> str:
    """How a descent ended: FLAT, LEFT (the domain) or UNFINISHED."""
    end = float(path[-1])
    if not DOMAIN[0] <= end <= DOMAIN[1]:
        return LEFT
    return FLAT if abs(float(slope(end))) < tol else UNFINISHED


def restarts(n: int, lr: float, steps: int = 2000, tol: float = 1e-6) -> list[Array]:
    """Descents from ``n`` starts spread evenly across the domain (the middles of n equal parts)."""
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The number of restarts must be a whole number ≥ 1, not %1."), repr(n)
        )
    lo, hi = DOMAIN
    starts = lo + (np.arange(n) + 0.5) * (hi - lo) / n
    return [descend(s, lr, steps, tol) for s in starts]


def best(paths: list[Array]) -> int:
    """Index of the descent that ended lowest inside the domain (-1 if none did)."""
    ends = [float(loss(p[-1])) if DOMAIN[0] <= p[-1] <= DOMAIN[1] else math.inf for p in paths]
    if not ends or min(ends) == math.inf:
        return -1
    return int(np.argmin(ends))


def lowest() -> tuple[float, float]:
    """(w, L) of the global minimum on the domain: the best grid point, then descended."""
    w = np.linspace(*DOMAIN, 8001)
    start = float(w[np.argmin(loss(w))])
    end = float(descend(start, lr=0.01, steps=10_000, tol=1e-12)[-1])
    return end, float(loss(end))
