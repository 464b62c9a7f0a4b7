"""GDPath: the points gradient descent visited, kept whole and thinned for drawing.

Every point is kept (a step back shortens the path; a test compares it with the
trainer's). A long path is drawn without the points that fall in the same small cell
as the point before them — near the minimum thousands of updates move less than a
pixel — so a million updates cost a few hundred points per frame. Thinning is
incremental: each frame only looks at the points that arrived since the last one.
"""

from __future__ import annotations

import numpy as np

from applet.core.history import GrowableArray

Array = np.ndarray

DRAW_ALL_BELOW = 2000  # paths this short are drawn point by point


class GDPath:
    def __init__(self, width: int = 2) -> None:
        self.width = width
        self.clear()

    def clear(self) -> None:
        self._points = GrowableArray(self.width)
        self._kept = GrowableArray()  # indices of the points drawn from a long path
        self._thinned = 0  # how many points the thinning has looked at
        self._cell = None

    def __len__(self) -> int:
        return len(self._points)

    @property
    def values(self) -> Array:
        return self._points.values

    def receive(self, start: int, rows: Array) -> None:
        """Keep the first ``start`` points (fewer after a step back), then append ``rows``."""
        if start < len(self._points):
            self._points.truncate(start)
            kept = self._kept.values
            self._kept.truncate(int(np.searchsorted(kept, start)))
            self._thinned = min(self._thinned, start)
        if len(rows):
            self._points.extend(rows)

    def drawn(self, cell: float) -> Array:
        """The points to draw: all of a short path; of a long one, the first point in
        each run of points sharing a cell of size ``cell``, and always the last point."""
        points = self._points.values
        n = len(points)
        if n <= DRAW_ALL_BELOW:
            return points
        if cell != self._cell:
            self._cell, self._thinned = cell, 0
            self._kept.truncate(0)
        if self._thinned < n:
            lo = max(self._thinned - 1, 0)
            cells = np.floor(np.clip(points[lo:] / cell, -1e15, 1e15))
            moved = np.flatnonzero(np.any(cells[1:] != cells[:-1], axis=1)) + lo + 1
            self._kept.extend(moved if self._thinned else np.concatenate(([0], moved)))
            self._thinned = n
        kept = self._kept.values.astype(np.intp)
        if kept[-1] != n - 1:
            kept = np.append(kept, n - 1)
        return points[kept]
