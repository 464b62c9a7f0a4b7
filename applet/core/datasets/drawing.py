"""From a drawing to the network's 16×16 input, prepared the way the digits were.

MNIST scaled every handwritten digit so that its longer side fills 20 of the 28 pixels
of its image (keeping its shape), and placed it so that its centre of mass — the
ink-weighted mean position — sits at the image's centre. The shipped digits are those
28×28 images shrunk to 16×16 by area averaging and rounded to grey levels 0–255.
A drawing goes the same way: ``mnist_frame`` cuts the square that a 28×28 MNIST frame
would show around the ink, ``image16`` area-averages it to 16×16 grey levels, and
``applet.core.datasets.digits.to_inputs`` makes the 256 inputs, exactly as for the data
(grey levels 0–1, or ink 1 / paper 0 when binarised).
"""

from __future__ import annotations

import math

import numpy as np

from applet.core.datasets.digits import SIDE, area_average, to_inputs
from applet.core.errors import QT_TRANSLATE_NOOP, DataError

Array = np.ndarray

FRAME = 28  # MNIST image side, pixels
BOX = 20  # MNIST: the digit's longer side is scaled to this many pixels


def _checked(canvas: Array) -> Array:
    canvas = np.asarray(canvas, dtype=np.float64)
    if canvas.ndim != 2 or canvas.size == 0:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "A drawing must be a non-empty two-dimensional image."))
    if not np.all(np.isfinite(canvas)) or canvas.min() < 0.0 or canvas.max() > 1.0:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "A drawing's ink must lie between 0 (paper) and 1 (ink)."))
    return canvas


def mnist_frame(canvas: Array) -> Array:
    """The square part of ``canvas`` (ink 0–1, shape (h, w)) that an MNIST frame would show.

    Its side is 28/20 of the ink's longer extent, and its centre is the ink's centre of
    mass; parts beyond the canvas are paper. A blank canvas is returned unchanged.
    """
    canvas = _checked(canvas)
    rows, cols = np.nonzero(canvas)
    if rows.size == 0:
        return canvas
    extent = max(rows.max() - rows.min(), cols.max() - cols.min()) + 1
    side = max(1, math.ceil(extent * FRAME / BOX))
    mass = canvas[rows, cols]
    centre_row = float(np.dot(mass, rows + 0.5) / mass.sum())  # pixel r covers [r, r + 1)
    centre_col = float(np.dot(mass, cols + 0.5) / mass.sum())
    top, left = round(centre_row - side / 2), round(centre_col - side / 2)
    frame = np.zeros((side, side))
    h, w = canvas.shape
    r0, r1 = max(top, 0), min(top + side, h)
    c0, c1 = max(left, 0), min(left + side, w)
    frame[r0 - top : r1 - top, c0 - left : c1 - left] = canvas[r0:r1, c0:c1]
    return frame


def image16(canvas: Array, centre: bool = True) -> Array:
    """The 16×16 grey image (uint8, 0 = paper, 255 = ink) the network sees for a drawing.

    With ``centre`` the drawing is first framed like MNIST (``mnist_frame``); without,
    the whole canvas is shrunk as it is, wherever the digit was drawn.
    """
    square = mnist_frame(canvas) if centre else _checked(canvas)
    if square.shape[0] != square.shape[1]:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Only a square drawing can be shrunk to 16×16 as it is."))
    grey = area_average(square[None] * 255.0, SIDE)[0]
    return np.clip(np.rint(grey), 0, 255).astype(np.uint8)


def drawing_inputs(canvas: Array, binarize: bool = False, centre: bool = True) -> Array:
    """The network's 256 inputs for a drawing, shape (1, 256), prepared like the data."""
    return to_inputs(image16(canvas, centre)[None], binarize)
