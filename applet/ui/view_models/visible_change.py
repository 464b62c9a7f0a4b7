"""Whether new values would look different from the values drawn.

While training runs, most snapshots move a settling curve by a fraction of a pixel; drawing it
again costs the window's thread a frame's worth of painting for nothing anyone can see. A
panel compares the new values with those it drew last (not with the last it received, so a
slow drift still shows once it adds up) and draws only what moved by more than ``VISIBLE`` of
its plot's height.
"""

from __future__ import annotations

import math

import numpy as np

VISIBLE = 0.002  # share of a plot's height: half a pixel of a plot 250 pixels high


def moved_visibly(drawn: np.ndarray | None, new: np.ndarray, height: float, share: float = VISIBLE) -> bool:
    """Whether ``new`` differs from ``drawn`` (None: nothing drawn yet) by more than ``share``
    of ``height`` at any point, or in its shape, or in which of its values are finite."""
    if drawn is None or drawn.shape != new.shape or not (math.isfinite(height) and height > 0):
        return True
    finite = np.isfinite(new)
    if not np.array_equal(finite, np.isfinite(drawn)):
        return True
    return bool(finite.any()) and float(np.max(np.abs(new[finite] - drawn[finite]))) > share * height
