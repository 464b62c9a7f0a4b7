"""The decision map: what the classifier answers at every point of the plane (Qt-free).

The network's outputs on the map's grid become class probabilities, p = softmax(outputs).
With two classes the map is diverging: orange where p₁ (the probability of class 1) is
near 0, white at 0.5 — the decision boundary, drawn as the contour p₁ = 0.5 — and blue
near 1. With more classes each point takes the colour of its most probable class, pale
where the network is unsure and deep where it is confident. Colours are Okabe–Ito's,
readable by colour-blind viewers.

For numbers to predict (regression) the map shows the predicted value on the same diverging
scale: orange at −1, white at 0, blue at +1 (clipped beyond), and the
points in the colour of their target.

Discretised (TensorFlow Playground's "Discretize output"), the map shows only the answer: the
class the network picks, in its deepest colour, or for a predicted value its sign (−1 or +1,
as TensorFlow Playground thresholds its output at 0).
"""

from __future__ import annotations

import numpy as np

from applet.core.contours import contour_segments
from applet.core.losses import softmax

Array = np.ndarray

# class 0 orange, class 1 blue (the diverging pair), then the other Okabe–Ito colours
CLASS_COLORS = (
    "#E69F00",
    "#0072B2",
    "#009E73",
    "#D55E00",
    "#56B4E9",
    "#CC79A7",
    "#F0E442",
    "#000000",
    "#999999",
    "#8C6D1F",
)
DEPTH = 0.75  # the deepest map colour: mixed this far from white, so the points stand out


def rgb(color: str) -> Array:
    """``"#RRGGBB"`` → three floats 0…255."""
    return np.array([int(color[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.float64)


WHITE = np.full(3, 255.0)
PALETTE = np.array([rgb(c) for c in CLASS_COLORS])


def probabilities(outputs: Array) -> Array:
    """Each grid point's class probabilities (rows sum to 1)."""
    return softmax(np.asarray(outputs, dtype=np.float64))


def map_colors(P: Array) -> Array:
    """RGB (0…255, float) of each grid point from its probabilities ``P`` (n, k)."""
    k = P.shape[1]
    if k == 2:
        p1 = P[:, 1]
        toward = np.where(p1[:, None] >= 0.5, PALETTE[1], PALETTE[0])
        strength = np.abs(p1 - 0.5) * 2 * DEPTH
    else:
        best = np.argmax(P, axis=1)
        toward = PALETTE[best % len(PALETTE)]
        strength = (P.max(axis=1) - 1.0 / k) / (1.0 - 1.0 / k) * DEPTH
    return WHITE + (toward - WHITE) * strength[:, None]


LEVELS = 257  # the map's colours are looked up at this many probabilities (odd: 0.5 is one of them)


def _table(k: int) -> Array:
    """RGBA for each class (rows) at LEVELS evenly spaced levels: for two classes p₁ = 0…1
    (one row), for more the confidence of the likeliest class from 1/k to 1."""
    level = np.linspace(0.0, 1.0, LEVELS)
    if k == 2:
        P = np.column_stack([1.0 - level, level])
        rows = [map_colors(P)]
    else:
        p_max = 1.0 / k + level * (1.0 - 1.0 / k)
        rows = []
        for c in range(k):
            P = np.tile(((1.0 - p_max) / (k - 1))[:, None], (1, k))
            P[:, c] = p_max
            rows.append(map_colors(P))
    table = np.empty((len(rows), LEVELS, 4), dtype=np.uint8)
    table[:, :, :3] = np.clip(np.rint(np.array(rows)), 0, 255)
    table[:, :, 3] = 255
    return table


TABLES = {k: _table(k) for k in range(2, len(CLASS_COLORS) + 1)}


def map_image(outputs: Array, side1: int, side2: int, discretize: bool = False) -> Array:
    """The map as an RGBA image, uint8 of shape (side1, side2, 4): entry [i, j] is the grid
    point (x1[i], x2[j]) (the grid's rows, x1 varying slowest). Colours are looked up at
    LEVELS levels of the probability, so a frame costs one table look-up per point.
    ``discretize``: every point in the deepest colour of the class the network picks."""
    k = outputs.shape[1]
    with np.errstate(over="ignore"):
        if k == 2:  # p₁ = softmax(z)₁ = sigmoid(z₁ − z₀)
            level = 1.0 / (1.0 + np.exp(outputs[:, 0] - outputs[:, 1]))
            best = np.zeros(len(outputs), dtype=np.intp)
        else:
            P = probabilities(outputs)
            best = np.argmax(P, axis=1)
            level = (P[np.arange(len(P)), best] - 1.0 / k) / (1.0 - 1.0 / k)
    if discretize:
        level = (outputs[:, 1] >= outputs[:, 0]).astype(np.float64) if k == 2 else np.ones(len(outputs))
    index = np.rint(level * (LEVELS - 1)).astype(np.intp)
    return TABLES[k][best, index].reshape(side1, side2, 4)


def decided_classes(outputs: Array) -> Array:
    """The class the network picks at each grid point (two classes: class 1 where p₁ ≥ 0.5)."""
    if outputs.shape[1] == 2:
        return (outputs[:, 1] >= outputs[:, 0]).astype(np.intp)
    return np.argmax(outputs, axis=1)


def value_levels(values: Array, discretize: bool = False) -> Array:
    """Predicted values → 0…1 on the diverging scale (−1 → 0, 0 → 0.5, +1 → 1, clipped);
    ``discretize``: their sign only (0 below 0, 1 from 0 up)."""
    values = np.asarray(values, dtype=np.float64)
    if discretize:
        return (values >= 0).astype(np.float64)
    return np.clip((values + 1.0) / 2.0, 0.0, 1.0)


def value_image(outputs: Array, side1: int, side2: int, discretize: bool = False) -> Array:
    """A regression map as an RGBA image like ``map_image``: the predicted value (one output)
    on the two-class diverging scale, orange −1, white 0, blue +1."""
    index = np.rint(value_levels(outputs[:, 0], discretize) * (LEVELS - 1)).astype(np.intp)
    return TABLES[2][0, index].reshape(side1, side2, 4)


def value_colors(values: Array) -> Array:
    """RGB (0…255, float) of points whose targets are ``values``: the diverging scale at full
    strength (white at 0, pure orange at −1, pure blue at +1)."""
    t = np.clip(np.asarray(values, dtype=np.float64), -1.0, 1.0)
    toward = np.where(t[:, None] >= 0, PALETTE[1], PALETTE[0])
    return WHITE + (toward - WHITE) * np.abs(t)[:, None]


def boundary(outputs: Array, x1: Array, x2: Array) -> Array:
    """Two classes: the contour p₁ = 0.5 as segments (m, 2, 2); more classes: none (0, 2, 2)."""
    if outputs.shape[1] != 2:
        return np.zeros((0, 2, 2))
    margin = outputs[:, 1] - outputs[:, 0]  # p₁ = 0.5 exactly where z₁ = z₀
    return contour_segments(margin.reshape(len(x1), len(x2)), x1, x2, 0.0)


def accuracy(outputs: Array, y: Array) -> float:
    """The share of points whose most probable class is their own (NaN without points)."""
    if len(y) == 0:
        return float("nan")
    return float(np.mean(np.argmax(outputs, axis=1) == y))
