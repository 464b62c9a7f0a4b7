"""Loss functions L(ŷ, y) and their gradients ∂L/∂ŷ.

- mse:            L = mean over all elements of (ŷ − y)²
- mae:            L = mean over all elements of |ŷ − y|     (the lecture's loss for views)
- half_sse:       L = ½ Σ over outputs of (ŷ − y)², averaged over samples: the "squared error"
                  E = ½ Σ (target − out)² of textbooks and hand-worked examples (∂L/∂ŷ = ŷ − y)
- cross_entropy:  p = softmax(ŷ) over the last axis, L = −mean over samples of log p[y]
                  (ŷ are the raw outputs, "logits"; y holds class indices 0…K−1)

Each loss function returns (L, dL/dŷ) so the network can start backpropagation
from the output.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

Array = np.ndarray
LossFunction = Callable[[Array, Array], tuple[float, Array]]  # (outputs, targets) → (L, ∂L/∂outputs)


def mse(y_hat: Array, y: Array) -> tuple[float, Array]:
    e = y_hat - y
    return float((e * e).sum()) / e.size, e * (2.0 / e.size)  # the mean, without np.mean's overhead


def half_sse(y_hat: Array, y: Array) -> tuple[float, Array]:
    e = y_hat - y
    n = e.shape[0]
    return 0.5 * float((e * e).sum()) / n, e * (1.0 / n)


def mae(y_hat: Array, y: Array) -> tuple[float, Array]:
    e = y_hat - y
    return float(np.abs(e).sum()) / e.size, np.sign(e) * (1.0 / e.size)


def log_softmax(logits: Array) -> Array:
    """log softmax along the last axis, shifted by the maximum so exp never overflows."""
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def softmax(logits: Array) -> Array:
    return np.exp(log_softmax(logits))


def class_indices(y: Array, n_classes: int) -> Array:
    """Class labels as a flat int array, checked against the number of outputs."""
    labels = np.asarray(y).reshape(-1)
    if labels.dtype.kind == "f":
        if not np.all(np.isfinite(labels)) or np.any(labels != np.round(labels)):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Cross-entropy needs whole-number class labels (0, 1, 2, …).")
            )
    labels = labels.astype(np.intp)
    if labels.size and (labels.min() < 0 or labels.max() >= n_classes):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Class labels must lie between 0 and %1 for a network with %2 outputs."),
            n_classes - 1,
            n_classes,
        )
    return labels


def cross_entropy(logits: Array, y: Array) -> tuple[float, Array]:
    n = logits.shape[0]
    labels = class_indices(y, logits.shape[-1])
    if labels.shape[0] != n:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 labels for %2 samples."), labels.shape[0], n)
    log_p = log_softmax(logits)
    rows = np.arange(n)
    grad = np.exp(log_p)
    grad[rows, labels] -= 1.0
    grad *= 1.0 / n
    return float(-log_p[rows, labels].mean()), grad


LOSSES: dict[str, Callable[[Array, Array], tuple[float, Array]]] = {
    "mse": mse,
    "mae": mae,
    "half_sse": half_sse,
    "cross_entropy": cross_entropy,
}


def loss_function(name: str) -> LossFunction:
    """Return the loss function for a name; unknown names raise DataError."""
    try:
        return LOSSES[name]
    except KeyError:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Unknown loss %1; choose one of: %2."), repr(name), ", ".join(LOSSES)
        ) from None
