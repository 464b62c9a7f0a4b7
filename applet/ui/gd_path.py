"""GDPath: the points gradient descent visited, kept whole and thinned for drawing.

Every point is kept (a step back shortens the path; a test compares it with the
trainer's), in a ``CompactArray``: a million points of a path take a few hundred
kilobytes instead of 16 MB, and come back exactly. A long path is drawn without the
points that fall in the same small cell as the point before them — near the minimum
thousands of updates move less than a pixel — so a million updates cost a few hundred
points per frame. Thinning is incremental: each frame only looks at the points that
arrived since the last one, and the points it keeps are kept aside, so drawing never
reads the compressed part of the path (only a new cell size does, once).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from applet.core.history import CompactArray, GrowableArray

Array = np.ndarray

DRAW_ALL_BELOW = 2000  # paths this short are drawn point by point
THIN_BLOCK = 1 << 16  # points thinned at a time (a new cell size re-reads the whole path)


class GDPath:
    def __init__(self, width: int = 2) -> None:
        self.width = width
        self.clear()

    def clear(self) -> None:
        self._points = CompactArray(self.width)
        self._kept = GrowableArray()  # indices of the points drawn from a long path
        self._kept_points = GrowableArray(self.width)  # and those points
        self._thinned = 0  # how many points the thinning has looked at
        self._cell: float | None = None

    def __len__(self) -> int:
        return len(self._points)

    def __getitem__(self, key: Any) -> Any:
        """Points by index, slice or index array (reads only the part of the path they lie in)."""
        return self._points[key]

    @property
    def values(self) -> Array:
        """The whole path (a new array once it is long: prefer indexing)."""
        return self._points.values

    def receive(self, start: int, rows: Array) -> None:
        """Keep the first ``start`` points (fewer after a step back), then append ``rows``."""
        if start < len(self._points):
            self._points.truncate(start)
            keep = int(np.searchsorted(self._kept.values, start))
            self._kept.truncate(keep)
            self._kept_points.truncate(keep)
            self._thinned = min(self._thinned, start)
        if len(rows):
            self._points.extend(rows)

    def drawn(self, cell: float) -> Array:
        """The points to draw: all of a short path; of a long one, the first point in
        each run of points sharing a cell of size ``cell``, and always the last point."""
        n = len(self._points)
        if n <= DRAW_ALL_BELOW:
            return self._points[:]
        if cell != self._cell:
            self._cell, self._thinned = cell, 0
            self._kept.truncate(0)
            self._kept_points.truncate(0)
        while self._thinned < n:
            lo = max(self._thinned - 1, 0)
            hi = min(n, lo + 1 + THIN_BLOCK)
            points = self._points[lo:hi]
            cells = np.floor(np.clip(points / cell, -1e15, 1e15))
            moved = np.flatnonzero(np.any(cells[1:] != cells[:-1], axis=1)) + 1
            if not self._thinned:
                moved = np.concatenate(([0], moved))
            self._kept.extend(moved + lo)
            self._kept_points.extend(points[moved])
            self._thinned = hi
        kept = self._kept_points.values
        if int(self._kept.values[-1]) != n - 1:
            return np.concatenate([kept, self._points[n - 1][None, :]])
        return kept.copy()
