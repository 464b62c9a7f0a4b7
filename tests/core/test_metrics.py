import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from applet.core.errors import DataError
from applet.core.metrics import accuracy, confusion_matrix, n_correct, predictions


def test_prediction_is_the_largest_output():
    logits = np.array([[0.1, 2.0, -1.0], [5.0, 4.9, 0.0], [-3.0, -2.0, -1.0]])
    np.testing.assert_array_equal(predictions(logits), [1, 0, 2])
    assert n_correct(logits, np.array([1, 1, 2])) == 2
    assert accuracy(logits, np.array([1, 1, 2])) == pytest.approx(2 / 3)


def test_accuracy_of_nothing_is_refused():
    with pytest.raises(DataError):
        accuracy(np.zeros((0, 3)), np.zeros(0, dtype=int))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=1, max_size=60))
def test_confusion_matrix_counts_each_pair(pairs):
    true, predicted = np.array(pairs).T
    c = confusion_matrix(true, predicted, 4)
    assert c.shape == (4, 4) and c.sum() == len(pairs)
    for i in range(4):
        for j in range(4):
            assert c[i, j] == sum(1 for t, p in pairs if t == i and p == j)
    assert np.trace(c) == np.count_nonzero(true == predicted)


def test_confusion_matrix_rejects_bad_classes():
    with pytest.raises(DataError):
        confusion_matrix([0, 1], [0], 3)
    with pytest.raises(DataError):
        confusion_matrix([0, 3], [0, 1], 3)
