"""Mini-batches as the error surface shows them: which batch the last update used, and
where on the path each epoch ended.

With N training days and batch size B, an epoch is ⌈N/B⌉ updates, each on its own batch
and so on its own loss surface Lᵇ. Full-batch epochs are single updates: they are not
marked (every point of the path would be).
"""

from __future__ import annotations

import numpy as np

from applet.core.history import CompactArray

Array = np.ndarray

RECENT = 4096  # a step back looks for its place among this many latest ends first


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
