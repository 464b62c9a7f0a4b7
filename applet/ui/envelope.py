"""Min/max envelope of a long curve, kept up to date as points arrive.

A million loss values cannot be drawn every frame; their envelope can. Points are
grouped into buckets of 2ᵏ consecutive values and each bucket is drawn as its minimum
and its maximum, so spikes stay visible. New points only touch the last buckets, and
when there are too many buckets, neighbours merge pairwise: the work per frame is
proportional to what is new, not to the length of the history.
"""

from __future__ import annotations

import numpy as np

from applet.core.history import GrowableArray

Array = np.ndarray


class Envelope:
    def __init__(self, max_buckets: int = 2048) -> None:
        self.max_buckets = max_buckets
        self.clear()

    def clear(self) -> None:
        self.x = GrowableArray()
        self.y = GrowableArray()
        self.size = 1
        self._mins = GrowableArray()
        self._maxs = GrowableArray()

    def __len__(self) -> int:
        return len(self.y)

    def extend(self, x: Array, y: Array) -> None:
        self.x.extend(x)
        self.y.extend(y)

    def _bucket_size(self, n: int) -> int:
        size = self.size
        while n > size * self.max_buckets:
            size *= 2
        return size

    def points(self) -> tuple[Array, Array]:
        """(x, y) to draw: every point while few, else two points (min, max) per bucket."""
        x, y = self.x.values, self.y.values
        n = len(y)
        if n <= self.max_buckets:
            return x, y
        size = self._bucket_size(n)
        while self.size < size:  # merge neighbouring buckets pairwise
            pairs = len(self._mins) // 2
            mins, maxs = self._mins.values, self._maxs.values
            merged_min = np.minimum(mins[0 : 2 * pairs : 2], mins[1 : 2 * pairs : 2])
            merged_max = np.maximum(maxs[0 : 2 * pairs : 2], maxs[1 : 2 * pairs : 2])
            self._mins.load(merged_min)
            self._maxs.load(merged_max)
            self.size *= 2
        complete = n // self.size
        have = len(self._mins)
        if complete > have:
            block = y[have * self.size : complete * self.size].reshape(-1, self.size)
            self._mins.extend(block.min(axis=1))
            self._maxs.extend(block.max(axis=1))
        starts = np.arange(complete) * self.size
        bx = np.empty(2 * complete)
        by = np.empty(2 * complete)
        bx[0::2], bx[1::2] = x[starts], x[starts + self.size // 2]
        by[0::2], by[1::2] = self._mins.values, self._maxs.values
        tail = slice(complete * self.size, n)
        return np.concatenate([bx, x[tail]]), np.concatenate([by, y[tail]])
