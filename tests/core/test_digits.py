import numpy as np
import pytest

from applet.core.datasets.digits import INK_THRESHOLD, area_average, area_matrix, load_digits16, to_inputs


@pytest.fixture(scope="module")
def digits():
    return load_digits16()


def test_shapes_and_dtypes(digits):
    assert digits.X_train.shape == (4000, 256) and digits.X_train.dtype == np.float64
    assert digits.X_test.shape == (1000, 256) and digits.X_test.dtype == np.float64
    assert digits.y_train.shape == (4000,) and digits.y_train.dtype == np.int64
    assert digits.y_test.shape == (1000,) and digits.y_test.dtype == np.int64
    assert digits.images_train.shape == (4000, 16, 16) and digits.images_train.dtype == np.uint8
    assert digits.images_test.shape == (1000, 16, 16) and digits.images_test.dtype == np.uint8


def test_inputs_are_the_images_scaled_to_unit_range(digits):
    assert digits.X_train.min() == 0.0 and digits.X_train.max() == 1.0
    np.testing.assert_array_equal(digits.X_test, digits.images_test.reshape(1000, 256) / 255.0)


def test_every_digit_in_both_splits_balanced(digits):
    np.testing.assert_array_equal(np.bincount(digits.y_train, minlength=10), [400] * 10)
    np.testing.assert_array_equal(np.bincount(digits.y_test, minlength=10), [100] * 10)


def test_classes_are_mixed_not_sorted(digits):
    assert len(set(digits.y_train[:50])) == 10


def test_arrays_are_read_only(digits):
    with pytest.raises(ValueError):
        digits.X_train[0, 0] = 0.5


def test_binarize_gives_ink_where_grey_reaches_the_threshold(digits):
    binary = load_digits16(binarize=True)
    assert set(np.unique(binary.X_train)) == {0.0, 1.0}
    np.testing.assert_array_equal(binary.X_train, (digits.X_train >= INK_THRESHOLD).astype(np.float64))
    np.testing.assert_array_equal(binary.images_train, digits.images_train)  # images stay grey


def test_binarize_threshold_edges():
    grey = np.array([[[0, 127, 128, 255]]], dtype=np.uint8)  # 127/255 < 0.5 ≤ 128/255
    np.testing.assert_array_equal(to_inputs(grey, binarize=True), [[0, 0, 1, 1]])


def test_area_matrix_rows_average_and_columns_share_each_pixel():
    a = area_matrix(28, 16)
    np.testing.assert_allclose(a.sum(axis=1), 1.0)
    np.testing.assert_allclose(a.sum(axis=0), 16 / 28)
    # output pixel 0 covers input [0, 1.75): all of pixel 0 and three quarters of pixel 1
    np.testing.assert_allclose(a[0, :3], [1 / 1.75, 0.75 / 1.75, 0.0])


def test_constant_image_stays_constant():
    out = area_average(np.full((1, 28, 28), 200.0))
    assert out.shape == (1, 16, 16)
    np.testing.assert_allclose(out, 200.0)


def test_total_ink_is_preserved():
    image = np.zeros((1, 28, 28))
    image[0, 5:20, 9:13] = 255.0  # a thick vertical stroke
    image[0, 3, 24] = 100.0  # one stray pixel
    out = area_average(image)
    np.testing.assert_allclose(out.sum() * (28 / 16) ** 2, image.sum())
    np.testing.assert_allclose(out.mean(), image.mean())


def test_one_pixel_spreads_over_the_outputs_it_touches():
    image = np.zeros((1, 28, 28))
    image[0, 1, 1] = 1.0  # input square [1, 2)² lies in outputs 0 ([0, 1.75)) and 1 ([1.75, 3.5))
    out = area_average(image)[0]
    w = np.array([0.75, 0.25]) / 1.75
    np.testing.assert_allclose(out[:2, :2], np.outer(w, w))
    assert np.count_nonzero(out) == 4
