"""The best a linear model y = b + X·w can do: its exact optimum for MSE or MAE.

Gradient descent walks towards the optimum and may stop anywhere on the way. This module
computes where the walk would end if nothing went wrong, so the app can tell a learner
which gap remains: *model bias* (the best line is still far from the data) or an
*optimisation* problem (the model could do better, the walk did not get there).

- MSE: the least-squares solution of [1 X]·(b, w) ≈ y (``numpy.linalg.lstsq``).
- MAE: least absolute deviations, a linear program. It is solved exactly by the simplex
  method of Barrodale and Roberts: an optimum lies at a *vertex*, a line through p = d + 1
  of the samples (p residuals exactly 0). From one vertex the method leaves the vertex along
  the edge that lowers Σ|rᵢ| fastest, walks along it as far as the sum keeps falling (a
  weighted-median line search that may pass several vertices at once) and stops at a vertex
  where no edge goes down — the optimality test of the LP's dual: a vector u with
  |uᵢ| ≤ 1, uᵢ = sign(rᵢ) off the vertex and [1 X]ᵀ·u = 0.
"""

from __future__ import annotations

import numpy as np

from applet.core.errors import DataError
from applet.core.losses import loss_function

Array = np.ndarray

LOSSES = ("mse", "mae")


def best_fit(X: Array, y: Array, loss: str) -> tuple[Array, float, float]:
    """(w, b, L): the exact optimum of y = b + X·w for ``loss`` ("mse" or "mae") and its loss."""
    if loss not in LOSSES:
        raise DataError(f"The exact optimum of a line is computed for MSE or MAE, not {loss!r}.")
    A, y = _design(X, y)
    try:
        theta = _least_squares(A, y) if loss == "mse" else _least_absolute(A, y)
    except np.linalg.LinAlgError:
        raise DataError(
            "The best line cannot be computed exactly for these data (its equations are singular)."
        ) from None
    w, b = theta[1:].copy(), float(theta[0])
    value, _ = loss_function(loss)(A @ theta, y)
    return w, b, float(value)


def _design(X: Array, y: Array) -> tuple[Array, Array]:
    """The matrix [1 X] (a column of ones for b) and y as float arrays, checked."""
    X = np.asarray(X, dtype=np.float64)
    if X.ndim == 1:
        X = X[:, None]
    y = np.asarray(y, dtype=np.float64).reshape(-1)
    if X.ndim != 2 or X.shape[0] != y.shape[0] or X.shape[0] == 0:
        raise DataError(f"Inputs of shape {X.shape} and {y.shape[0]} targets do not make a data set.")
    if not (np.all(np.isfinite(X)) and np.all(np.isfinite(y))):
        raise DataError("The data contain NaN or infinity, so no best line can be computed.")
    return np.hstack([np.ones((X.shape[0], 1)), X]), y


def _least_squares(A: Array, y: Array) -> Array:
    theta, *_ = np.linalg.lstsq(A, y, rcond=None)
    return theta


def _least_absolute(A: Array, y: Array) -> Array:
    """θ minimising Σ|y − A·θ| (Barrodale–Roberts simplex, started near the least-squares line)."""
    n, p = A.shape
    theta = _least_squares(A, y)
    r = y - A @ theta
    tolerance = 1e-12 * (np.abs(y).max() + 1.0)
    if np.abs(r).max() <= tolerance:
        return theta  # the data lie on a line: every residual is 0, no line does better
    basis = _start_basis(A, r)
    if basis.size < p:  # rank-deficient [1 X]: fix the free directions at 0
        keep = _independent_columns(A)
        theta = np.zeros(p)
        theta[keep] = _least_absolute(A[:, keep], y)
        return theta
    side = np.where(r < 0, -1.0, 1.0)
    limit = 20 * (n + p)  # far more pivots than a run that makes progress needs
    try:
        return _simplex(A, y, basis, side, limit)[0]
    except _Stalled:
        pass
    # Degenerate vertices (many samples exactly on the best lines) can make the pivots go round
    # in circles. Nudge y by far less than its rounding-free digits to reach the neighbourhood of
    # the optimum, then finish from that vertex on the true y, where the optimality test is exact.
    jitter = np.random.default_rng(0).normal(0.0, 1e-9 * (np.abs(y).max() + 1.0), n)
    _, basis, side = _simplex(A, y + jitter, basis, side, limit)
    try:
        return _simplex(A, y, basis, side, limit)[0]
    except _Stalled:
        raise DataError("The least-absolute-deviations solver did not converge.") from None


class _Stalled(Exception):
    """The simplex made no progress within its pivot limit."""


def _simplex(A: Array, y: Array, basis: Array, side: Array, limit: int) -> tuple[Array, Array, Array]:
    """From the vertex through the samples ``basis`` to an optimal one: (θ, basis, side).

    A sample exactly on the line still sits on one side of it in the simplex (which of its
    two LP error variables is basic at 0): ``side`` remembers which.
    """
    n = A.shape[0]
    side = side.copy()
    tolerance = 1e-12 * (np.abs(y).max() + 1.0)
    in_basis = np.zeros(n, dtype=bool)
    degenerate = False
    for _ in range(limit):
        in_basis[:] = False
        in_basis[basis] = True
        B_inv = np.linalg.inv(A[basis])
        theta = B_inv @ y[basis]
        r = y - A @ theta
        r[in_basis] = 0.0
        s = np.where(np.abs(r) > tolerance, np.sign(r), side)
        s[in_basis] = 0.0
        # g_j: how fast the other samples' |residuals| fall when the line leaves sample j
        g = (s @ A) @ B_inv
        descent = np.abs(g) - 1.0
        if descent.max() <= 1e-10 * (1.0 + np.abs(g).max()):
            return theta, basis, side
        # steepest edge; after a step of length 0, Bland's rule (lowest sample) so it cannot cycle
        j = int(np.argmax(descent)) if not degenerate else int(np.argmin(np.where(descent > 0, basis, n)))
        direction = np.sign(g[j]) * B_inv[:, j]  # the residual of sample basis[j] becomes −t·sign(g_j)
        z = A @ direction
        entering, passed, degenerate = _line_search(r, s, in_basis, z, 1.0 - abs(g[j]), tolerance)
        side[passed] = -np.sign(z[passed])
        side[basis[j]] = -np.sign(g[j])
        basis = basis.copy()
        basis[j] = entering
    raise _Stalled


def _line_search(
    r: Array, s: Array, in_basis: Array, z: Array, slope: float, tolerance: float
) -> tuple[int, Array, bool]:
    """How far to walk along the edge where the residuals change as rᵢ − t·zᵢ (t ≥ 0).

    Σ|rᵢ − t·zᵢ| is convex and piecewise linear in t, with a corner where a residual
    crosses 0 (t = rᵢ/zᵢ); passing a corner raises the slope by 2|zᵢ|. A sample on the line
    whose assumed side is the wrong one for this direction has its corner at t = 0. Walk the
    corners in order until the slope is no longer < 0: that sample enters the basis.
    Returns (entering sample, samples passed on the way, whether the step had length 0).
    """
    on_line = s * z > 0  # moving makes the residual the opposite sign of its assumed side
    pivots = np.abs(z) > 1e-10 * np.abs(z).max()  # a sample with zᵢ ≈ 0 would make the next vertex singular
    ahead = ~in_basis & pivots & ((np.abs(r) > tolerance) & (r * z > 0) | (np.abs(r) <= tolerance) & on_line)
    idx = np.flatnonzero(ahead)
    t = np.where(np.abs(r[idx]) > tolerance, r[idx] / z[idx], 0.0)
    order = np.argsort(t, kind="stable")
    jumps = np.cumsum(2.0 * np.abs(z[idx[order]]))
    stop = int(np.searchsorted(slope + jumps >= 0.0, True))  # first corner where the slope turns ≥ 0
    if stop == len(order):
        raise DataError("The least-absolute-deviations problem has no bounded optimum.")
    return int(idx[order[stop]]), idx[order[:stop]], bool(t[order[stop]] == 0.0)


def _start_basis(A: Array, r: Array) -> Array:
    """p samples with independent rows of A, closest to the least-squares line first."""
    order = np.argsort(np.abs(r), kind="stable")
    p = A.shape[1]
    rows: list[int] = []
    Q = np.zeros((0, p))
    for i in order:
        v = A[i] - Q.T @ (Q @ A[i])
        v = v - Q.T @ (Q @ v)  # twice, for orthogonality to rounding
        norm = np.linalg.norm(v)
        if norm > 1e-9 * (np.linalg.norm(A[i]) + 1e-300):
            rows.append(int(i))
            Q = np.vstack([Q, v / norm])
            if len(rows) == p:
                break
    return np.array(rows, dtype=np.intp)


def _independent_columns(A: Array) -> Array:
    """Indices of a maximal set of linearly independent columns of A (left to right)."""
    return _start_basis(A.T, np.arange(A.shape[1], dtype=np.float64))
