"""FollowedAxes: a plot's range kept on its data without re-framing on every frame.

pyqtgraph's auto-range re-fits the range to the data whenever any curve changes — on every
snapshot — which re-lays out and repaints the axes each frame. Here the range is re-framed
only when ``followed`` says the data left it (or shrank into a small part of it). Once the
learner pans or zooms the plot, their range is kept until ``reset`` (a new run or data).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from applet.ui.view_models.axis_range import ROOM, Range, followed


def extent(*arrays: np.ndarray) -> tuple[float, float]:
    """The smallest and largest finite value of the arrays ((inf, -inf) when there is none)."""
    lo, hi = np.inf, -np.inf
    for a in arrays:
        a = np.asarray(a, dtype=np.float64)
        finite = a[np.isfinite(a)]
        if finite.size:
            lo, hi = min(lo, float(finite.min())), max(hi, float(finite.max()))
    return lo, hi


class FollowedAxes:
    def __init__(self, view: pg.ViewBox, x: bool = False, y: bool = True, x_room: Range = ROOM, y_room: Range = ROOM):
        self.view = view
        self.axes = {0: x_room} if x else {}
        if y:
            self.axes[1] = y_room
        view.sigRangeChangedManually.connect(self._moved_by_learner)
        self.reset()

    def reset(self) -> None:
        """Follow the data again from the next ``follow`` (after a new run, new data or a new scale)."""
        self.ranges: dict[int, Range | None] = dict.fromkeys(self.axes)
        self.by_learner = False
        self.view.enableAutoRange(x=False if 0 in self.axes else None, y=False if 1 in self.axes else None)

    def refit(self) -> None:
        """Frame the data afresh at the next ``follow`` (e.g. once training stops: the range kept
        while it ran may have room the final curves do not need), unless the learner moved the plot."""
        self.ranges = dict.fromkeys(self.axes)

    def _moved_by_learner(self, *_) -> None:
        self.by_learner = True

    def follow(self, x: tuple[float, float] | None = None, y: tuple[float, float] | None = None) -> None:
        """The data now span ``x`` and ``y`` ((lo, hi) each, for the followed axes): re-frame if needed."""
        if self.by_learner:
            return
        changes = {}
        for axis, span in ((0, x), (1, y)):
            if axis in self.axes and span is not None:
                new = followed(self.ranges[axis], span[0], span[1], self.axes[axis])
                if new is not None:
                    self.ranges[axis] = new
                    changes["xRange" if axis == 0 else "yRange"] = new
        if changes:
            self.view.setRange(**changes, padding=0)
