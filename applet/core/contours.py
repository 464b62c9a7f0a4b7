"""Contour lines of a function sampled on a grid (marching squares, vectorised).

A contour line at level c joins the points where Z = c. On each grid cell the value is
taken to change linearly along every edge, so an edge whose two corners lie on
different sides of c is crossed once, at the interpolated point. A cell is crossed on
two edges (one segment) or, at a saddle, on all four (two segments, paired by the
value at the cell's centre).
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


# the two crossed edges for each crossing pattern (bit e set when edge e is crossed)
_EDGE_A = np.zeros(16, dtype=np.intp)
_EDGE_B = np.zeros(16, dtype=np.intp)
for _a, _b in ((0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)):
    _EDGE_A[(1 << _a) | (1 << _b)], _EDGE_B[(1 << _a) | (1 << _b)] = _a, _b
SADDLE = 15


def contour_segments(Z: Array, x: Array, y: Array, level: float) -> Array:
    """Segments of the contour Z = level, shape (m, 2, 2): m × (start, end) × (x, y).

    ``Z[i, j]`` is the value at (x[i], y[j]); x and y must increase.
    """
    Z = np.asarray(Z, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    above = Z >= level
    cross_x = above[:-1, :] != above[1:, :]  # edges along x, between rows i and i+1
    cross_y = above[:, :-1] != above[:, 1:]
    # the four edges of cell (i, j): 0 bottom (at y_j), 1 top (y_j+1), 2 left (x_i), 3 right (x_i+1)
    code = (
        cross_x[:, :-1] * np.uint8(1)
        | cross_x[:, 1:] * np.uint8(2)
        | cross_y[:-1, :] * np.uint8(4)
        | cross_y[1:, :] * np.uint8(8)
    )
    i, j = np.nonzero(code)
    code = code[i, j]

    def along(z0: Array, z1: Array) -> Array:  # where the level falls between z0 and z1
        with np.errstate(divide="ignore", invalid="ignore"):
            return (level - z0) / (z1 - z0)

    x0, x1, y0, y1 = x[i], x[i + 1], y[j], y[j + 1]
    z00, z10, z01, z11 = Z[i, j], Z[i + 1, j], Z[i, j + 1], Z[i + 1, j + 1]
    points = np.stack(
        [
            np.stack([x0 + along(z00, z10) * (x1 - x0), y0], axis=-1),
            np.stack([x0 + along(z01, z11) * (x1 - x0), y1], axis=-1),
            np.stack([x0, y0 + along(z00, z01) * (y1 - y0)], axis=-1),
            np.stack([x1, y0 + along(z10, z11) * (y1 - y0)], axis=-1),
        ]
    )
    k = np.arange(len(code))
    simple = code != SADDLE
    ks = k[simple]
    segments = [np.stack([points[_EDGE_A[code[simple]], ks], points[_EDGE_B[code[simple]], ks]], axis=1)]
    ks = k[~simple]
    if len(ks):
        # a saddle: cut off the two corners whose side differs from the centre's —
        # lower-left and upper-right (bottom–left, top–right), or the other two
        centre_above = 0.25 * (z00 + z10 + z01 + z11)[ks] >= level
        cut = above[i[ks], j[ks]] != centre_above
        segments.append(np.stack([points[0, ks], points[np.where(cut, 2, 3), ks]], axis=1))
        segments.append(np.stack([points[1, ks], points[np.where(cut, 3, 2), ks]], axis=1))
    return np.concatenate(segments)
