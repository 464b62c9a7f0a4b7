"""GDPath: the points gradient descent visited, kept whole and thinned for drawing.

Every point is kept (a step back shortens the path; a test compares it with the
trainer's), in a ``CompactArray``: a million points of a path take a few hundred
kilobytes instead of 16 MB, and come back exactly. A long path is drawn without the
points that fall in the same small cell as one of the RECENT points before them — near
the minimum thousands of updates move less than a pixel, and a run that zigzags across a
valley (or cycles around an MAE minimum) comes back to the cells it just left — so a
million updates cost a few hundred points per frame. Should a path still keep more than
MAX_DRAWN points, its cells are made twice as large (up to MAX_COARSER times), and a path
that wanders at random even then is drawn with every k-th point kept. Thinning is
incremental: each frame only looks at the points that arrived since the last one, and the
points it keeps are kept aside, so drawing never reads the compressed part of the path
(only a new cell size does, once).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from applet.core.history import CompactArray, GrowableArray

Array = np.ndarray

DRAW_ALL_BELOW = 2000  # paths this short are drawn point by point
THIN_BLOCK = 1 << 16  # points thinned at a time (a new cell size re-reads the whole path)
RECENT = 8  # a point in the same cell as one of this many points before it is not drawn
MAX_DRAWN = 4000  # a long path is drawn with at most this many points (and its last)
MAX_COARSER = 16  # cells up to this many times the size asked for; beyond, every k-th point


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
        self._coarser = 1.0  # the cells are this many times the size asked for

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
            if self._coarser > 1:  # the shorter path may need no larger cells: thinned afresh
                self._coarser = 1.0
                self._restart()
            else:
                keep = int(np.searchsorted(self._kept.values, start))
                self._kept.truncate(keep)
                self._kept_points.truncate(keep)
                self._thinned = min(self._thinned, start)
        if len(rows):
            self._points.extend(rows)

    def drawn(self, cell: float) -> Array:
        """The points to draw: all of a short path; of a long one, the first point in each
        run of points sharing a cell of size ``cell`` (see the module's docstring), and
        always the last point."""
        n = len(self._points)
        if n <= DRAW_ALL_BELOW:
            return self._points[:]
        if cell != self._cell:
            self._cell = cell
            self._restart()
        self._thin(n)
        while len(self._kept) > MAX_DRAWN and self._coarser < MAX_COARSER:  # larger cells
            self._coarser *= 2
            self._restart()
            self._thin(n)
        stride = -(-len(self._kept) // MAX_DRAWN)  # a path wandering at random: every stride-th point
        kept = self._kept_points.values[::stride]
        if int(self._kept.values[::stride][-1]) != n - 1:
            return np.concatenate([kept, self._points[n - 1][None, :]])
        return kept.copy()

    def _restart(self) -> None:
        self._thinned = 0
        self._kept.truncate(0)
        self._kept_points.truncate(0)

    def _thin(self, n: int) -> None:
        """Keep, of the points not looked at yet, those in a cell none of the RECENT points
        before them is in."""
        size = self._cell * self._coarser
        while self._thinned < n:
            first = self._thinned
            lo, hi = max(first - RECENT, 0), min(n, first + THIN_BLOCK)
            points = self._points[lo:hi]
            cells = np.floor(np.clip(points / size, -1e15, 1e15))
            # each point's cell as one number (w-cell + i·b-cell), after RECENT NaNs that match no cell
            codes = np.concatenate([np.full(RECENT, np.nan), cells[:, 0] + 1j * cells[:, 1]])
            recent = np.lib.stride_tricks.sliding_window_view(codes, RECENT + 1)[first - lo :]
            fresh = np.flatnonzero(~np.any(recent[:, :-1] == recent[:, -1:], axis=1))
            self._kept.extend(fresh + first)
            self._kept_points.extend(points[fresh + first - lo])
            self._thinned = hi
