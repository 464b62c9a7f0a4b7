"""Min/max envelope of a long curve, kept up to date as points arrive.

A million loss values cannot be drawn every frame; their envelope can. Points are
grouped into buckets of 2ᵏ consecutive values and each bucket is drawn as its minimum
and its maximum, so spikes stay visible. New points only touch the last buckets, and
when there are too many buckets, neighbours merge pairwise: the work per frame is
proportional to what is new, not to the length of the history.

So is the memory: once points are summed up in complete buckets they are forgotten,
except the most recent ones (at least ``RAW_KEPT``), which a step back may need again —
a million updates take a few hundred kilobytes, not the 16 MB of their x and y.
"""

from __future__ import annotations

import numpy as np

from applet.core.history import GrowableArray

Array = np.ndarray

RAW_KEPT = 4096  # recent points kept as they are, beyond those still in no complete bucket


class Envelope:
    # 1,024 buckets (two points each) are about as many as a wide plot has pixel columns;
    # twice as many made a frame of the Loss panel ~25 % slower (benchmarks/bench_longrun.py)
    def __init__(self, max_buckets: int = 1024) -> None:
        self.max_buckets = max_buckets
        self.clear()

    def clear(self) -> None:
        self.size = 1  # points per bucket
        self.x = GrowableArray()  # the recent points, from point number ``_first`` on
        self.y = GrowableArray()
        self._first = 0  # always a multiple of ``size``
        self._starts = GrowableArray()  # per complete bucket: x of its first point,
        self._middles = GrowableArray()  # x of its middle point,
        self._mins = GrowableArray()  # its smallest and largest y
        self._maxs = GrowableArray()

    def __len__(self) -> int:
        return self._first + len(self.y)

    def _buckets(self) -> tuple[GrowableArray, ...]:
        return self._starts, self._middles, self._mins, self._maxs

    def extend(self, x: Array, y: Array) -> None:
        self.x.extend(x)
        self.y.extend(y)
        n = len(self)
        if n <= self.max_buckets and self._first == 0:
            return  # few enough to draw every point
        while n > self.size * self.max_buckets:
            self._merge()
        have, complete = len(self._mins), n // self.size
        if complete > have:
            lo, hi = have * self.size - self._first, complete * self.size - self._first
            xs = self.x.values[lo:hi].reshape(-1, self.size)
            ys = self.y.values[lo:hi].reshape(-1, self.size)
            self._starts.extend(xs[:, 0])
            self._middles.extend(xs[:, self.size // 2])
            self._mins.extend(ys.min(axis=1))
            self._maxs.extend(ys.max(axis=1))
        # forget what complete buckets hold, keeping the last bucket and RAW_KEPT points
        keep_from = min((complete - 1) * self.size, (n - RAW_KEPT) // self.size * self.size)
        if keep_from - self._first >= RAW_KEPT:
            self._forget_before(keep_from)

    def _merge(self) -> None:
        """Twice as large buckets: neighbours merge pairwise (an odd last one is rebuilt from
        the recent points, which always include the last complete bucket)."""
        pairs = len(self._mins) // 2
        starts, mins, maxs = self._starts.values, self._mins.values, self._maxs.values
        merged = (
            starts[0 : 2 * pairs : 2],
            starts[1 : 2 * pairs : 2],
            np.minimum(mins[0 : 2 * pairs : 2], mins[1 : 2 * pairs : 2]),
            np.maximum(maxs[0 : 2 * pairs : 2], maxs[1 : 2 * pairs : 2]),
        )
        for bucket, values in zip(self._buckets(), merged):
            bucket.load(values)
        self.size *= 2
        self._forget_before(-(-self._first // self.size) * self.size)  # keep _first a multiple of size

    def _forget_before(self, first: int) -> None:
        if first > self._first:
            drop = first - self._first
            self.x.load(self.x.values[drop:])
            self.y.load(self.y.values[drop:])
            self._first = first

    def drop_after(self, x_last: float) -> bool:
        """Forget the points beyond ``x_last`` (a step back undid them); True if any were.

        Exact among the recent points. Further back, the points themselves are gone: the
        envelope starts again from what it draws up to ``x_last``.
        """
        x = self.x.values
        if len(self) == 0 or x[-1] <= x_last:
            return False
        if self._first and x[0] > x_last:
            bx, by = self.points()
            kept = bx <= x_last
            self.clear()
            self.extend(bx[kept], by[kept])
            return True
        kept = int(np.searchsorted(x, x_last, side="right"))
        self.x.truncate(kept)
        self.y.truncate(kept)
        complete = (self._first + kept) // self.size  # buckets still complete stay valid
        for bucket in self._buckets():
            bucket.truncate(complete)
        return True

    def points(self) -> tuple[Array, Array]:
        """(x, y) to draw: every point while few, else two points (min, max) per bucket."""
        x, y = self.x.values, self.y.values
        if len(self) <= self.max_buckets and self._first == 0:
            return x, y
        complete = len(self._mins)
        bx = np.empty(2 * complete)
        by = np.empty(2 * complete)
        bx[0::2], bx[1::2] = self._starts.values, self._middles.values
        by[0::2], by[1::2] = self._mins.values, self._maxs.values
        tail = slice(complete * self.size - self._first, len(y))
        return np.concatenate([bx, x[tail]]), np.concatenate([by, y[tail]])
