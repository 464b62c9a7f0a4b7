"""The one-feature model y = b + w·x, seen as a point (w, b) on the error surface.

The surface and slice views need, at any (w, b): the loss L and its gradient
∇L = (∂L/∂w, ∂L/∂b) — computed by the network's own backpropagation, so they agree
with training exactly — and L(w) along the line of fixed b (the one-parameter slice).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.network import LayerSpec, Network
from applet.core.surface import error_surface

Array = np.ndarray


def as_parameters(w: float, b: float) -> tuple[list[Array], list[Array]]:
    """(weights, biases) in the shapes Network expects for y = b + w·x."""
    return [np.array([[float(w)]])], [np.array([float(b)])]


def point_of(weights: Sequence[Array], biases: Sequence[Array]) -> tuple[float, float]:
    """(w, b) of a one-feature linear network's parameters."""
    return float(weights[0][0, 0]), float(biases[0][0])


def loss_and_gradient(x: Array, y: Array, w: float, b: float, loss: str) -> tuple[float, float, float]:
    """(L, ∂L/∂w, ∂L/∂b) at (w, b) on the data (x, y)."""
    net = Network(1, [LayerSpec(1, "linear")])
    net.weights, net.biases = as_parameters(w, b)
    value, gW, gb = net.loss_and_grads(np.asarray(x, dtype=np.float64).reshape(-1, 1), y, loss)
    return float(value), float(gW[0][0, 0]), float(gb[0][0])


def loss_along_w(x: Array, y: Array, w_values: Array, b: float, loss: str) -> Array:
    """L(w, b) for every w in ``w_values`` at the fixed b: the slice through the surface.

    MAE: with residuals rₖ = yₖ − b, |w·xₖ − rₖ| = |xₖ|·|w − tₖ| where tₖ = rₖ/xₖ, so
    the slice is a weighted distance from w to the sorted tₖ — one sort and cumulative
    sums, then a binary search per w (as the MAE surface does along b).
    """
    w = np.asarray(w_values, dtype=np.float64).reshape(-1)
    if loss == "mse":
        return error_surface(x, y, w, np.array([b], dtype=np.float64), "mse")[:, 0]
    if loss != "mae":
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The slice is drawn for MSE or MAE, not %1."), repr(loss))
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    r = np.asarray(y, dtype=np.float64).reshape(-1) - float(b)
    moving = x != 0
    constant = np.abs(r[~moving]).sum()  # samples with x = 0 do not depend on w
    x, r = x[moving], r[moving]
    order = np.argsort(r / x)
    t = (r / x)[order]
    weight = np.concatenate(([0.0], np.cumsum(np.abs(x)[order])))  # Σ|xₖ| over the k below
    weighted_t = np.concatenate(([0.0], np.cumsum((np.sign(x) * r)[order])))  # Σ|xₖ|·tₖ
    k = np.searchsorted(t, w)
    below = w * weight[k] - weighted_t[k]
    above = (weighted_t[-1] - weighted_t[k]) - w * (weight[-1] - weight[k])
    return (below + above + constant) / (len(x) + np.count_nonzero(~moving))
