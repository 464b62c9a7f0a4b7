"""The error surface: the loss L(w, b) of the one-feature model y = b + w·x over a grid.

``error_surface(x, y, w_values, b_values, loss)[i, j]`` is L(w_values[i], b_values[j]).

- MSE is a quadratic in (w, b). Writing e = b + w·x − y and splitting off the means,
      L = (b + w·x̄ − ȳ)² + w²·var(x) − 2w·cov(x, y) + var(y),
  so the whole grid costs the same for 10 samples or 10 million.
- MAE, for a fixed w, is the mean distance from b to the residuals rₖ = yₖ − w·xₖ.
  With the residuals sorted and summed cumulatively, the distance to any b needs
  only a binary search: exact, and O((N + M) log N) per row instead of O(N·M).
"""

from __future__ import annotations

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

Array = np.ndarray


def _as_pairs(x: Array, y: Array) -> tuple[Array, Array]:
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    y = np.asarray(y, dtype=np.float64).reshape(-1)
    if x.shape != y.shape or x.size == 0:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The error surface needs the same, non-zero number of x and y values.")
        )
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The data contain NaN or infinite values."))
    return x, y


def mse_surface(x: Array, y: Array, w: Array, b: Array) -> Array:
    x_mean, y_mean = x.mean(), y.mean()
    dx, dy = x - x_mean, y - y_mean
    var_x, cov_xy, var_y = np.mean(dx * dx), np.mean(dx * dy), np.mean(dy * dy)
    offset = b[None, :] + (w * x_mean - y_mean)[:, None]
    return offset**2 + (w * w * var_x - 2 * w * cov_xy + var_y)[:, None]


def mae_surface(x: Array, y: Array, w: Array, b: Array) -> Array:
    n = x.size
    out = np.empty((w.size, b.size))
    for i, wi in enumerate(w):
        r = np.sort(y - wi * x)
        below_sum = np.concatenate(([0.0], np.cumsum(r)))
        k = np.searchsorted(r, b)  # residuals below each b
        s_below = below_sum[k]
        s_above = below_sum[n] - s_below
        out[i] = (b * k - s_below + s_above - b * (n - k)) / n
    return out


def error_surface(x: Array, y: Array, w_values: Array, b_values: Array, loss: str = "mse") -> Array:
    """L(w, b) on the grid w_values × b_values; rows follow w, columns follow b."""
    x, y = _as_pairs(x, y)
    w = np.asarray(w_values, dtype=np.float64).reshape(-1)
    b = np.asarray(b_values, dtype=np.float64).reshape(-1)
    if loss == "mse":
        return mse_surface(x, y, w, b)
    if loss == "mae":
        return mae_surface(x, y, w, b)
    raise DataError(QT_TRANSLATE_NOOP("DataError", "The error surface is drawn for MSE or MAE, not %1."), repr(loss))


def optimum(x: Array, y: Array, loss: str = "mse") -> tuple[float, float, float]:
    """(w*, b*, L*) of the one-feature model: exact least squares for MSE; for MAE, the
    least-absolute-deviations line found by iteratively reweighted least squares."""
    x, y = _as_pairs(x, y)
    A = np.column_stack([x, np.ones_like(x)])
    w, b = np.linalg.lstsq(A, y, rcond=None)[0]
    if loss == "mse":
        return float(w), float(b), float(np.mean((b + w * x - y) ** 2))
    if loss != "mae":
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The optimum is computed for MSE or MAE, not %1."), repr(loss))
    for _ in range(200):
        r = np.abs(b + w * x - y)
        weights = 1.0 / np.maximum(r, 1e-9)
        sw = np.sqrt(weights)
        w_new, b_new = np.linalg.lstsq(A * sw[:, None], y * sw, rcond=None)[0]
        if abs(w_new - w) + abs(b_new - b) < 1e-13 * (1 + abs(w) + abs(b)):
            w, b = w_new, b_new
            break
        w, b = w_new, b_new
    return float(w), float(b), float(np.mean(np.abs(b + w * x - y)))
