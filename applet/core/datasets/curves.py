"""Target curves for the lesson "piecewise-linear curves from neurons".

The lecture's argument: a piecewise-linear curve is a constant plus one "hard sigmoid"
per sloped segment (or one ReLU per kink), and any smooth curve is close to a piecewise-linear one with
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
from applet.core.network import LayerSpec, Network

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
    return x, red_at(x)


def red_at(x: np.ndarray) -> np.ndarray:
    """The red curve's height at any ``x`` (flat beyond [0, 1])."""
    return np.interp(x, RED_CORNERS[:, 0], RED_CORNERS[:, 1])


def smooth(n: int = 201) -> tuple[np.ndarray, np.ndarray]:
    """A smooth wave (a sum of two sines): no kinks, so more neurons give a closer fit."""
    x = _grid(n)
    return x, smooth_at(x)


def smooth_at(x: np.ndarray) -> np.ndarray:
    """The smooth wave's height at any ``x``."""
    return 1.0 + 0.5 * np.sin(2 * np.pi * x) + 0.25 * np.sin(6 * np.pi * x + 0.5)


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

# The corners (x, y) of the curves that are piecewise linear; the others have none.
CORNERS: dict[str, np.ndarray] = {"piecewise": RED_CORNERS}


def exact_network(name: str, activation: str) -> Network:
    """A 1 → k → 1 network that reproduces the piecewise-linear curve ``name`` exactly on [0, 1].

    - hard_sigmoid: y = y₀ + Σ cᵢ·hard_sigmoid(bᵢ + wᵢ·x), one neuron per sloped segment
      [x₀, x₁]: its ramp runs from 0 at x₀ to 1 at x₁ (wᵢ = 1/(x₁ − x₀), bᵢ = −wᵢ·x₀) and
      its height cᵢ = y₁ − y₀ is the segment's rise;
    - relu: y = y₀ + Σ cᵢ·relu(x − xᵢ), one neuron per corner where the slope changes,
      cᵢ the change of slope there (the slope before the first corner is 0).
    """
    if name not in CURVES:
        raise DataError(f"Unknown curve {name!r}; choose one of: {', '.join(CURVES)}.")
    if name not in CORNERS:
        raise DataError(
            f"The curve {name!r} is not piecewise linear, so no finite set of neurons reproduces it exactly; "
            "more neurons only bring the sum closer."
        )
    corners = CORNERS[name]
    x, y = corners[:, 0], corners[:, 1]
    rise, run = np.diff(y), np.diff(x)
    if activation == "hard_sigmoid":
        sloped = rise != 0
        w = 1.0 / run[sloped]
        b = -w * x[:-1][sloped]
        c = rise[sloped]
    elif activation == "relu":
        slope_change = np.diff(np.concatenate(([0.0], rise / run)))
        kinked = slope_change != 0
        w = np.ones(int(kinked.sum()))
        b = -x[:-1][kinked]
        c = slope_change[kinked]
    else:
        raise DataError(
            f"An exact piecewise-linear network is built from hard_sigmoid or relu neurons, not {activation!r}."
        )
    net = Network(1, [LayerSpec(len(w), activation), LayerSpec(1, "linear")])
    net.weights = [w[None, :], c[:, None]]
    net.biases = [b, np.array([y[0]])]
    return net
