"""Mini-batches as the error surface shows them: which batch the last update used, where
on the path each epoch ended, and which batch's own surface to compute when (``LatestBatch``).

With N training days and batch size B, an epoch is ⌈N/B⌉ updates, each on its own batch
and so on its own loss surface Lᵇ. Full-batch epochs are single updates: they are not
marked (every point of the path would be).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import numpy as np

from applet.core.history import CompactArray

Array = np.ndarray

RECENT = 4096  # a step back looks for its place among this many latest ends first
BATCH_INTERVAL = 0.1  # s: while training runs, at most ten batch surfaces a second


def last_batch_position(epoch: int, batch: int, updates_per_epoch: int) -> tuple[int, int]:
    """(i, e), counted from 1: the last update used batch i of epoch e.

    ``epoch`` counts the finished epochs and ``batch`` is the next batch's index within the
    current one (0 right after an epoch ended), as the trainer reports them.
    """
    return (updates_per_epoch, epoch) if batch == 0 else (batch, epoch + 1)


class EpochEnds:
    """The updates after which an epoch ended, kept in step with a path that a step back shortens."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._ends = CompactArray()  # full batch: one end per update, so kept compact

    def receive(self, update: int, new_ends: Array) -> None:
        """Forget ends after ``update`` (a step back), then add the new ones."""
        ends = self._ends
        if len(ends) and ends[-1] > update:
            recent = ends[-RECENT:]
            if recent[0] <= update:
                ends.truncate(len(ends) - len(recent) + int(np.searchsorted(recent, update, side="right")))
            else:
                ends.truncate(int(np.searchsorted(ends.values, update, side="right")))
        last = ends[-1] if len(ends) else 0
        new_ends = np.asarray(new_ends, dtype=np.float64)
        ends.extend(new_ends[new_ends > last])

    def marked(self, last: int) -> Array:
        """Of the latest ``last`` epochs, the ends of those that took more than one update
        (int indices into the path): a long run's older marks lie under the newer ones."""
        n = len(self._ends)
        first = max(n - last, 0)
        ends = np.asarray(self._ends[first:]).astype(np.intp)
        steps = np.diff(ends, prepend=int(self._ends[first - 1]) if first else 0)
        return ends[steps > 1]


class LatestBatch:
    """Which mini-batch's own surface to compute, and when: only the latest batch's, one
    computation at a time and, while training runs, at most one every ``interval`` seconds
    (a batch surface takes 4–17 ms, in a thread that shares Python's lock with the trainer).

    ``want`` names the batch of each snapshot by a key (run, …): a tuple whose first item is
    the run; ``take`` hands out the batch to compute now (None: not yet); ``done`` says what
    to do with a finished computation.
    """

    def __init__(self, interval: float = BATCH_INTERVAL, clock: Callable[[], float] = time.perf_counter) -> None:
        self.interval, self.clock = interval, clock
        self.clear()

    def clear(self) -> None:
        self.wanted: tuple[tuple, Array] | None = None  # (key, indices) of the batch to draw
        self.busy = False  # a batch surface is being computed
        self._submitted = -math.inf  # when the last one was handed out (clock)

    def want(self, key: tuple, indices: Array) -> bool:
        """The batch of the latest update; False when it is the one already wanted."""
        if self.wanted is not None and self.wanted[0] == key:
            return False
        self.wanted = (key, np.asarray(indices))
        return True

    def take(self, running: bool) -> tuple[tuple, Array] | None:
        """The wanted batch, to compute now — unless one is being computed or, ``running``, the
        last was handed out less than ``interval`` ago (the next snapshot asks again)."""
        if self.busy or (running and self.clock() - self._submitted < self.interval):
            return None
        return self.take_now()

    def take_now(self) -> tuple[tuple, Array] | None:
        """The wanted batch, to compute now even while one is being computed (on a new grid:
        the new computation supersedes the old one)."""
        if self.wanted is not None:
            self.busy = True
            self._submitted = self.clock()
        return self.wanted

    def done(self, key: tuple, same_grid: bool) -> str:
        """A computation for batch ``key`` finished (``same_grid``: on the grid drawn now). What
        to do: "drop" it (nothing is wanted any more), compute the wanted batch "again" (a new
        grid or a new run came meanwhile), "show" it, or show it and take the "next" (a later
        batch is wanted)."""
        self.busy = False
        if self.wanted is None:
            return "drop"
        if not same_grid or self.wanted[0][0] != key[0]:
            return "again"
        return "show" if self.wanted[0] == key else "next"
