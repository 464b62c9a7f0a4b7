"""Target curves for the lesson "piecewise-linear curves from neurons".

The lecture's argument: a piecewise-linear curve is a constant plus one "hard sigmoid"
(or two ReLUs) per kink, and any smooth curve is close to a piecewise-linear one with
enough kinks — so a sum of enough neurons can follow any curve. The learner tries to
rebuild these targets out of neurons.

Every curve lives on x ∈ [0, 1]: a neuron b + w·x then puts its kink at x = −b/w, so
kinks inside the plot need w and b of similar size, and steeper neurons need larger |w|.
Each function returns ``(x, y)``, two float64 arrays of length ``n``, x evenly spaced.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

# The red curve's corners (x, y): flat, then up, down and up again — three kinks.
RED_CORNERS = np.array([[0.0, 0.5], [0.2, 0.5], [0.45, 1.5], [0.7, 0.75], [1.0, 1.25]])


def _grid(n: int) -> np.ndarray:
    if n < 2:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "A curve needs at least 2 points, not %1."), n)
    return np.linspace(0.0, 1.0, n)


def piecewise_red(n: int = 201) -> tuple[np.ndarray, np.ndarray]:
    """The lecture's red curve: constant until x = 0.2, then straight segments up, down, up.

    It is exactly a constant plus three hard sigmoids (one per sloped segment), or a
    constant plus three ReLUs, so a small network can match it perfectly.
    """
    x = _grid(n)
    return x, np.interp(x, RED_CORNERS[:, 0], RED_CORNERS[:, 1])


def smooth(n: int = 201) -> tuple[np.ndarray, np.ndarray]:
    """A smooth wave (a sum of two sines): no kinks, so more neurons give a closer fit."""
    x = _grid(n)
    return x, 1.0 + 0.5 * np.sin(2 * np.pi * x) + 0.25 * np.sin(6 * np.pi * x + 0.5)


def noisy(n: int = 101, seed: int = 0, noise: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """The smooth wave plus Gaussian noise of standard deviation ``noise``.

    A network with many neurons can chase the noise instead of the wave: overfitting
    you can see. The same ``seed`` gives the same points.
    """
    x, y = smooth(n)
    return x, y + np.random.default_rng(seed).normal(0.0, noise, n)


CURVES: dict[str, Callable[..., tuple[np.ndarray, np.ndarray]]] = {
    "piecewise": piecewise_red,
    "smooth": smooth,
    "noisy": noisy,
}
