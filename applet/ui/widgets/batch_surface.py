"""BatchSurface: the error surface Lᵇ of the last update's mini-batch, on the grid of the full
surface, computed in a background thread.

A batch surface takes 4–17 ms to compute (contours of a 200 × 200 grid, for MAE also the
sorted residuals of every row), so it is computed off the window's thread: the latest batch
only and, while training runs, at most ten a second (``LatestBatch`` decides which and
when). Drawing it costs the window about 1 ms; ``SurfaceLayers.show_batch`` does that.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from applet.training.background import BackgroundJobs
from applet.ui.view_models.batches import LatestBatch
from applet.ui.view_models.surface_map import SurfaceMap


class BatchSurface(QObject):
    """``want`` the batch of each snapshot; ``computed`` says when ``surface`` (of the days
    ``indices``) is ready to draw, ``failed`` says why it could not be computed."""

    computed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue = LatestBatch()
        self.jobs = BackgroundJobs("batchSurfaceThread", self)
        self.jobs.done.connect(self._computed)
        self.jobs.failed.connect(self._failed)
        self.grid: SurfaceMap | None = None  # the full surface, whose grid the batch's shares
        self.x: np.ndarray | None = None  # the training days
        self.y: np.ndarray | None = None
        self.surface: SurfaceMap | None = None  # the last update's batch surface, as drawn
        self.indices: np.ndarray | None = None  # that batch's training days
        self.running = False  # training runs: pace the computations

    def set_grid(self, grid: SurfaceMap, x: np.ndarray, y: np.ndarray) -> None:
        """A new full surface (a new problem, framing or plot shape): the wanted batch on its grid."""
        self.grid, self.x, self.y = grid, x, y
        self._submit(self.queue.take_now if self.queue.wanted is not None else None)

    def want(self, key: tuple, indices: np.ndarray, running: bool) -> None:
        """The last update's batch (``key``: run, update, loss); computed when due."""
        self.running = running
        if self.queue.want(key, indices):
            self._submit(lambda: self.queue.take(running))

    def forget(self) -> bool:
        """Full-batch training: no batch surface; True when one was wanted or shown."""
        if self.queue.wanted is None and self.surface is None:
            return False
        self.queue.clear()
        self.surface = self.indices = None
        return True

    def clear(self) -> None:
        """A new problem: no grid until its surface is computed, no batch."""
        self.forget()
        self.grid = self.x = self.y = None

    def _submit(self, take) -> None:
        if take is None or self.grid is None:
            return
        wanted = take()
        if wanted is None:
            return
        key, indices = wanted
        grid, x, y = self.grid, self.x[indices], self.y[indices]
        self.jobs.submit(lambda: (key, indices, grid, grid.for_batch(x, y)))

    def _computed(self, result: tuple) -> None:
        key, indices, grid, surface = result
        outcome = self.queue.done(key, grid is self.grid)
        if outcome == "again":  # a new grid or a new run came meanwhile
            self._submit(self.queue.take_now)
        elif outcome != "drop":  # while training runs, a recent batch
            self.surface, self.indices = surface, indices
            self.computed.emit()
            if outcome == "next":
                self._submit(lambda: self.queue.take(self.running))

    def _failed(self, message: str) -> None:
        self.queue.busy = False
        self.failed.emit(message)

    def shutdown(self) -> None:
        self.jobs.shutdown()
