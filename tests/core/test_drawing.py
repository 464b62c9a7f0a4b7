"""A drawing becomes the network's input the way the MNIST digits were prepared."""

import numpy as np
import pytest

from applet.core.datasets.digits import INK_THRESHOLD, load_digits16
from applet.core.datasets.drawing import BOX, FRAME, drawing_inputs, image16, mnist_frame
from applet.core.errors import DataError


def centre_of_mass(image):
    rows, cols = np.indices(image.shape) + 0.5
    return (image * rows).sum() / image.sum(), (image * cols).sum() / image.sum()


def stroke_canvas():
    canvas = np.zeros((224, 224))
    canvas[30:150, 160:176] = 1.0  # a tall bar in the upper right
    canvas[140:150, 120:176] = 0.5  # a grey foot
    return canvas


def test_frame_puts_the_centre_of_mass_in_the_middle_and_scales_the_longer_side():
    canvas = stroke_canvas()
    frame = mnist_frame(canvas)
    side = frame.shape[0]
    assert frame.shape == (side, side)
    assert side == np.ceil(120 * FRAME / BOX)  # the ink is 120 pixels tall
    np.testing.assert_allclose(centre_of_mass(frame), (side / 2, side / 2), atol=0.5)
    assert frame.sum() == pytest.approx(canvas.sum())  # all the ink is inside the frame


def test_frame_pads_with_paper_beyond_the_canvas():
    canvas = np.zeros((50, 50))
    canvas[0:40, 0:4] = 1.0  # a bar against the left and top edges
    frame = mnist_frame(canvas)
    assert frame.shape == (56, 56) and frame.sum() == canvas.sum()
    np.testing.assert_allclose(centre_of_mass(frame), (28, 28), atol=0.5)


def test_a_blank_drawing_stays_blank():
    assert not image16(np.zeros((224, 224))).any()
    assert not drawing_inputs(np.zeros((224, 224))).any()


def test_a_data_digit_drawn_large_comes_back_unchanged():
    """Without framing, the pad is area-averaged exactly like the data were."""
    digits = load_digits16()
    for i, image in enumerate(digits.images_test[:20]):
        canvas = np.kron(image / 255.0, np.ones((14, 14)))  # 16×16 → 224×224
        np.testing.assert_array_equal(image16(canvas, centre=False), image)
        np.testing.assert_array_equal(drawing_inputs(canvas, centre=False), digits.X_test[[i]])


def test_inputs_are_grey_levels_or_binarised_ink():
    canvas = stroke_canvas()
    grey = drawing_inputs(canvas)
    assert grey.shape == (1, 256) and 0 < grey.max() <= 1
    assert np.count_nonzero((grey > 0) & (grey < 1)) > 0
    binary = drawing_inputs(canvas, binarize=True)
    assert set(np.unique(binary)) == {0.0, 1.0}
    np.testing.assert_array_equal(binary, (grey >= INK_THRESHOLD).astype(float))


def test_bad_drawings_are_refused():
    for bad in (np.zeros((0, 0)), np.full((4, 4), 2.0), np.full((4, 4), np.nan), np.zeros(16)):
        with pytest.raises(DataError):
            drawing_inputs(bad)
    with pytest.raises(DataError):
        image16(np.zeros((10, 20)), centre=False)
