"""Handwritten digits, 16×16 pixels: the classification lesson's data.

5,000 real MNIST digits (500 of each of 0–9), shrunk from 28×28 to 16×16 so that a
network with 256 inputs trains in seconds on a laptop. Each image becomes one input row
of 256 grey levels in [0, 1] (0 = paper, 1 = ink); the answer is its class 0–9, and the
network's 10 outputs go through softmax to become the probabilities of the ten classes.
``resources/data/make_mnist16.py`` made the file; ``resources/data/README.md`` says where
the digits come from.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from applet.paths import resource

SIDE = 16
N_CLASSES = 10
INK_THRESHOLD = 0.5  # binarize: a pixel counts as ink when its grey level is at least this


@dataclass(frozen=True)
class Digits16:
    """Training and test digits: inputs ``X`` (n, 256) in [0, 1], classes ``y`` (n,).

    ``images_train``/``images_test`` are the stored grey images, uint8 (n, 16, 16) with
    0 = paper and 255 = ink, for drawing; ``X`` holds the same pixels row by row, scaled
    to [0, 1] (or reduced to 0/1 when loaded with ``binarize=True``). All arrays are
    read-only.
    """

    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    images_train: np.ndarray
    images_test: np.ndarray


def to_inputs(images: np.ndarray, binarize: bool = False) -> np.ndarray:
    """Grey images (uint8 0–255, shape (n, 16, 16)) → network inputs (n, 256) float64.

    Each pixel becomes grey/255, or with ``binarize`` exactly 1.0 (ink, grey/255 ≥
    ``INK_THRESHOLD``) or 0.0 (paper).
    """
    images = np.asarray(images)
    grey = images.reshape(images.shape[0], -1).astype(np.float64) / 255.0
    return (grey >= INK_THRESHOLD).astype(np.float64) if binarize else grey


def area_matrix(n_in: int, n_out: int) -> np.ndarray:
    """Overlap matrix A (n_out, n_in) for shrinking a row of n_in pixels to n_out pixels.

    Output pixel i covers input positions [i·s, (i+1)·s) with s = n_in / n_out; A[i, j] is
    the part of input pixel j inside that stretch, divided by s, so each row sums to 1
    and an output pixel is the average of the input area it covers.
    """
    scale = n_in / n_out
    lo = np.arange(n_out)[:, None] * scale
    j = np.arange(n_in)[None, :]
    overlap = np.clip(np.minimum(lo + scale, j + 1) - np.maximum(lo, j), 0.0, None)
    return overlap / scale


def area_average(images: np.ndarray, side: int = SIDE) -> np.ndarray:
    """Shrink square images (n, m, m) to (n, side, side) by exact area averaging.

    Rows and columns are shrunk separately: A @ image @ Aᵀ. A blank image stays blank and
    the mean grey level is kept, so no ink is lost or invented. Returns float64.
    """
    images = np.asarray(images, dtype=np.float64)
    a = area_matrix(images.shape[-1], side)
    return a @ images @ a.T


def _read_only(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


def load_digits16(binarize: bool = False) -> Digits16:
    """The 4,000 training and 1,000 test digits shipped in ``resources/data/mnist16.npz``.

    With ``binarize=True`` every input pixel is 0 or 1 (see ``to_inputs``); the images
    stay grey either way.
    """
    with np.load(resource("data", "mnist16.npz"), allow_pickle=False) as data:
        images_train, images_test = data["x_train"], data["x_test"]
        y_train, y_test = data["y_train"].astype(np.int64), data["y_test"].astype(np.int64)
    return Digits16(
        X_train=_read_only(to_inputs(images_train, binarize)),
        y_train=_read_only(y_train),
        X_test=_read_only(to_inputs(images_test, binarize)),
        y_test=_read_only(y_test),
        images_train=_read_only(images_train),
        images_test=_read_only(images_test),
    )
