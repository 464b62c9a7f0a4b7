"""SurfaceTrack: what the error surface shows of a run, snapshot by snapshot — the path of
every update so far (kept whole, thinned for drawing), where each epoch ended, the current
point with its step, and whether the map must be computed again because the framing moved.

A snapshot changes only some of these: ``receive`` returns a ``SurfaceFrame`` in which what
did not change is None, so the panel touches only the items that move (while training runs,
the path's end, the point and the arrow; the epoch marks when one comes or goes).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from applet.core.linear_model import loss_and_gradient
from applet.ui.view_models.batches import EpochEnds
from applet.ui.view_models.framing import LinearView, linear_point
from applet.ui.view_models.gd_path import GDPath

Array = np.ndarray

PATH_CELLS = 1000  # a long path is thinned to about this many cells across the map
EPOCH_MARKS = 200  # the ends of at most this many of the latest epochs are marked


@dataclass(frozen=True)
class SurfaceFrame:
    """What one snapshot changes on the error surface (None: unchanged since the last frame)."""

    reframed: bool  # the framing moved (a new run or loss, or the path left it): compute the map again
    path: Array | None  # the path to draw (rows of (w, b)), cut where it leaves the sane range
    path_ends_now: bool  # the path ends at the current point, which is drawn (over its end)
    epoch_ends: Array | None  # the points of the path where an epoch ended
    step: tuple[Array, Array] | None  # the arrow, start → end; None: the point is off the map
    last_step: bool  # the arrow is the step the last batch made (mini-batches), not the next one


class SurfaceTrack:
    """The run drawn on the map of a ``LinearView`` (whose framing it moves)."""

    def __init__(self, linear: LinearView) -> None:
        self.linear = linear
        self.path = GDPath()
        self.epoch_ends = EpochEnds()
        self.clear()

    def clear(self) -> None:
        """A new problem: no run, no loss, no path."""
        self.run_id: int | None = None
        self.loss: str | None = None
        self.now: tuple[float, float, float] | None = None  # w, b, L at the current parameters
        self.path_cut = False  # the path left the sane range (it is drawn up to there)
        self.path.clear()
        self.epoch_ends.clear()
        self._drawn: tuple | None = None  # (length, last row, cut) of the path drawn
        self._marks: tuple | None = None  # (run, count, last, sane range) of the epoch marks drawn

    def point(self, weights, biases, loss: str) -> Array | None:
        """(w, b) of these parameters when the surface can show them."""
        return linear_point(weights, biases, loss) if self.linear.usable else None

    def receive(self, snapshot) -> SurfaceFrame | None:
        """Take in a snapshot (a ``Snapshot``); None when the surface cannot show its parameters."""
        now = self.point(snapshot.weights, snapshot.biases, snapshot.loss_name)
        if now is None:
            return None
        framing = self.linear.framing
        new_run = snapshot.run_id != self.run_id
        if new_run:
            self.run_id = snapshot.run_id
            self.path.clear()
            self.epoch_ends.clear()
            self._drawn = self._marks = None
        if snapshot.new_path is not None:
            self.path.receive(snapshot.path_start, snapshot.new_path)
        self.epoch_ends.receive(snapshot.update, snapshot.new_epoch_updates)
        reframed = False
        if new_run or snapshot.loss_name != self.loss or not framing.framed:
            reframed = self._frame(snapshot.loss_name, self.path[0] if len(self.path) else now)
        drawn, self.path_cut = framing.sane_part(self.path.drawn(2 * framing.half / PATH_CELLS))
        now_ok = framing.is_sane(now)
        if framing.grow(np.vstack([drawn, now[None, :]]) if now_ok else drawn):
            reframed = True
            drawn, self.path_cut = framing.sane_part(self.path.drawn(2 * framing.half / PATH_CELLS))
        before = self._step_start(snapshot)
        step = None
        if now_ok:
            L, dw, db = loss_and_gradient(self.linear.x, self.linear.y, now[0], now[1], snapshot.loss_name)
            self.now = (float(now[0]), float(now[1]), L)
            # with mini-batches the next batch is not known yet: show the step this batch made
            step = (now, now - snapshot.lr * np.array([dw, db])) if before is None else (before, now)
        else:
            self.now = None
        ends_now = now_ok and len(drawn) > 0 and bool(np.array_equal(drawn[-1], now))
        path = self._changed_path(drawn, ends_now, reframed)
        return SurfaceFrame(reframed, path, ends_now, self._epoch_marks(), step, before is not None)

    def _frame(self, loss: str, start: Array) -> bool:
        """A new run (or loss): keep the framing if it shows the start, else frame the start
        around the minimum; True when it moved."""
        if loss == self.loss and self.linear.framing.shows(start):
            return False
        self.loss = loss
        self.linear.framing.frame(self.linear.optimum(loss)[:2], start[None, :])
        return True

    def _changed_path(self, drawn: Array, ends_now: bool, reframed: bool) -> Array | None:
        """The path to draw, or None when it is the one drawn last (same length, end and cut)."""
        shown = (len(drawn), tuple(drawn[-1]) if len(drawn) else None, self.path_cut, ends_now)
        if shown == self._drawn and not reframed:
            return None
        self._drawn = shown
        return drawn

    def _epoch_marks(self) -> Array | None:
        """The ends of the latest epochs on the path, when they changed (a mark came or went)."""
        marked = self.epoch_ends.marked(EPOCH_MARKS)
        marked = marked[marked < len(self.path)]
        framing = self.linear.framing
        shown = (self.run_id, len(marked), int(marked[-1]) if len(marked) else -1, framing.sane)
        if shown == self._marks:
            return None
        self._marks = shown
        points = self.path[marked]
        return points[framing.sane_rows(points)]

    def _step_start(self, snapshot) -> Array | None:
        """Where the last update started, when it used a mini-batch (None: full batch)."""
        if snapshot.last_batch is None or len(self.path) < 2:
            return None
        before = self.path[-2]
        return before if self.linear.framing.is_sane(before) else None
