"""Axis ranges that follow the data without moving on every frame.

A plot that re-fits its range to its data on every snapshot re-lays out and repaints its
axes every frame, and its tick labels jitter while the learner reads them. ``followed``
keeps a range while the data stay inside it and still fill a fair part of it; only when
the data leave it (or have shrunk into a small part of it) does it frame them again, with
room to move, so a growing or shrinking curve re-frames now and then, not every frame.
"""

from __future__ import annotations

import math

Range = tuple[float, float]

ROOM = (0.08, 0.08)  # re-framing leaves this share of the data's span free below and above them
FILL_AT_LEAST = 0.35  # data filling less of the range than this are framed again, closer


def followed(current: Range | None, lo: float, hi: float, room: Range = ROOM) -> Range | None:
    """A new range for data spanning ``lo``…``hi``, or None when ``current`` still shows them well.

    ``room`` is the free share of the data's span left below and above them on re-framing
    (a curve growing to the right wants room on its right); data of no span get a range of
    their own size around them (or ±1 around 0)."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi < lo:
        return None
    span = hi - lo
    if current is not None:
        a, b = current
        if a <= lo and hi <= b and span >= FILL_AT_LEAST * (b - a):
            return None
    if span <= 0:
        half = abs(lo) * 0.1 or 1.0
        return lo - half, hi + half
    return lo - room[0] * span, hi + room[1] * span
