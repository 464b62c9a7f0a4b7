"""How good a classifier is: predictions, accuracy and the confusion matrix.

A classifier's prediction is the class with the largest output (softmax keeps the
order of the logits, so the largest logit is also the most probable class). Accuracy
is the fraction of samples predicted right; the confusion matrix counts, for every
true class i and predicted class j, how many samples of class i were called j —
the diagonal holds the right answers, everything else a mistake.
"""

from __future__ import annotations

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

Array = np.ndarray


def predictions(logits: Array) -> Array:
    """The predicted class of every sample: the index of its largest output."""
    return np.asarray(logits).argmax(axis=-1)


def n_correct(logits: Array, labels: Array) -> int:
    """How many samples' largest output is their true class."""
    return int(np.count_nonzero(predictions(logits) == labels))


def accuracy(logits: Array, labels: Array) -> float:
    """The fraction of samples predicted right (0…1)."""
    labels = np.asarray(labels)
    if len(labels) == 0:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Accuracy needs at least one sample."))
    return n_correct(logits, labels) / len(labels)


def confusion_matrix(true: Array, predicted: Array, n_classes: int) -> Array:
    """Counts C[i, j] of samples of true class i predicted as class j, shape (K, K)."""
    true, predicted = np.asarray(true, dtype=np.intp), np.asarray(predicted, dtype=np.intp)
    if true.shape != predicted.shape:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 true labels for %2 predictions."), len(true), len(predicted))
    for values in (true, predicted):
        if values.size and (values.min() < 0 or values.max() >= n_classes):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Classes must lie between 0 and %1."), n_classes - 1)
    return np.bincount(true * n_classes + predicted, minlength=n_classes * n_classes).reshape(n_classes, n_classes)
