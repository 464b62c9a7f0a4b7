"""SurfaceMap: the error surface L(w, b) on a grid filling the plot, its contour levels and
where to write each level's value — of all training days, or of one mini-batch (Lᵇ on the
same grid, so its contours lie over the full surface)."""

from __future__ import annotations

import numpy as np

from applet.core.contours import contour_segments
from applet.core.surface import error_surface, optimum
from applet.ui.view_models.framing import LinearView

Array = np.ndarray

GRID = 200  # surface samples along w and along b
N_LEVELS = 9
LABELS_INSIDE = 0.88  # contour values are written within this share of the map's half-sides


class SurfaceMap:
    """L on a GRID × GRID grid over the framed (w, b), with contour lines and label positions."""

    def __init__(
        self,
        w_values: Array,
        b_values: Array,
        x: Array,
        y: Array,
        loss: str,
        minimum: tuple[float, float, float] | None = None,
    ) -> None:
        """L of the data (x, y) on the grid w_values × b_values, its minimum (w*, b*, L*) —
        computed when not given — and its contours."""
        self.w_values, self.b_values, self.loss = w_values, b_values, loss
        self.minimum = optimum(x, y, loss) if minimum is None else minimum
        self.L = error_surface(x, y, w_values, b_values, loss)
        self.L_range = float(self.L.min()), float(self.L.max())
        self.levels = contour_levels(min(self.L_range[0], self.minimum[2]), self.L_range[1])
        self.segments = [contour_segments(self.L, w_values, b_values, level) for level in self.levels]
        self._labels = self._label_positions()  # here, so a batch's are found in the background too

    @classmethod
    def framed(cls, view: LinearView, loss: str, aspect: float) -> SurfaceMap:
        """L of all training days on a grid over the framed (w, b), widened to the plot's ``aspect``."""
        (w_lo, w_hi), (b_lo, b_hi) = view.framing.bounds(aspect)
        w_values, b_values = np.linspace(w_lo, w_hi, GRID), np.linspace(b_lo, b_hi, GRID)
        return cls(w_values, b_values, view.x, view.y, loss, view.optimum(loss))

    def for_batch(self, x: Array, y: Array) -> SurfaceMap:
        """The loss Lᵇ of one mini-batch (x, y) on this map's grid, with its own minimum and contours.

        Computed from the batch alone — for MSE from its means, variance and covariance, for
        MAE from its sorted residuals (``error_surface``) — so it costs the same however
        many days the data hold.
        """
        return SurfaceMap(self.w_values, self.b_values, x, y, self.loss)

    def lines(self) -> Array:
        """Every contour as segment pairs, shape (k, 2, 2): draw with connect="pairs"."""
        return np.concatenate(self.segments) if self.segments else np.empty((0, 2, 2))

    def label_positions(self) -> list[Array | None]:
        """Where to write each level's value (None: the contour is not on the map)."""
        return self._labels

    def _label_positions(self) -> list[Array | None]:
        spans = np.array([self.w_values[-1] - self.w_values[0], self.b_values[-1] - self.b_values[0]])
        centre = np.array([self.w_values.mean(), self.b_values.mean()])
        inner = LABELS_INSIDE * spans / 2
        return [label_position(segments, centre, inner, k) for k, segments in enumerate(self.segments)]

    def pixel_rect(self) -> tuple[float, float, float, float]:
        """(left, bottom, width, height) of the image: each sample centred on its grid point."""
        dw = (self.w_values[-1] - self.w_values[0]) / (GRID - 1)
        db = (self.b_values[-1] - self.b_values[0]) / (GRID - 1)
        return self.w_values[0] - dw / 2, self.b_values[0] - db / 2, GRID * dw, GRID * db


def contour_levels(L_min: float, L_max: float, n: int = N_LEVELS) -> list[float]:
    """Levels above the minimum, spaced so a bowl's contours are evenly spaced, rounded
    to two significant digits (the label is the exact level drawn)."""
    raw = L_min + (L_max - L_min) * (np.arange(1, n + 1) / (n + 1)) ** 2
    levels = sorted({float(f"{v:.2g}") for v in raw})
    return [v for v in levels if L_min < v < L_max]


def label_position(segments: Array, centre: Array, inner: Array, k: int) -> Array | None:
    """Where to write a contour's value: on the line, inside the map, along a diagonal
    that alternates between levels so neighbouring labels do not overlap."""
    if not len(segments):
        return None
    middles = segments.mean(axis=1)
    inside = np.all(np.abs(middles - centre) <= inner, axis=1)
    if not inside.any():
        return None
    middles = middles[inside]
    direction = np.array([1.0, 1.0]) if k % 2 == 0 else np.array([-1.0, -1.0])
    offsets = (middles - centre) / inner  # in units of the plot, so the diagonal is the plot's
    cosine = offsets @ direction / (np.hypot(offsets[:, 0], offsets[:, 1]) * np.sqrt(2) + 1e-300)
    return middles[int(np.argmax(cosine))]
