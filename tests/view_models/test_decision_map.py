"""The decision map's colours, boundary and accuracy, worked by hand."""

import numpy as np

from applet.ui.view_models.decision_map import DEPTH, PALETTE, WHITE, accuracy, boundary, map_colors, map_image


def test_two_classes_diverge_from_orange_through_white_to_blue():
    P = np.array([[1.0, 0.0], [0.5, 0.5], [0.0, 1.0], [0.25, 0.75]])
    colors = map_colors(P)
    np.testing.assert_allclose(colors[0], WHITE + (PALETTE[0] - WHITE) * DEPTH)
    np.testing.assert_allclose(colors[1], WHITE)
    np.testing.assert_allclose(colors[2], WHITE + (PALETTE[1] - WHITE) * DEPTH)
    np.testing.assert_allclose(colors[3], WHITE + (PALETTE[1] - WHITE) * DEPTH * 0.5)


def test_more_classes_take_the_likeliest_colour_paler_when_unsure():
    P = np.array([[0.1, 0.1, 0.8], [1 / 3, 1 / 3, 1 / 3], [0.0, 1.0, 0.0]])
    colors = map_colors(P)
    np.testing.assert_allclose(colors[0], WHITE + (PALETTE[2] - WHITE) * DEPTH * (0.8 - 1 / 3) / (2 / 3))
    np.testing.assert_allclose(colors[1], WHITE, atol=1e-9)
    np.testing.assert_allclose(colors[2], WHITE + (PALETTE[1] - WHITE) * DEPTH)


def test_the_image_is_laid_out_x1_first():
    outputs = np.zeros((6, 2))
    outputs[4] = [0.0, 50.0]  # grid point x1[2], x2[0] of a 3 × 2 grid: surely class 1
    image = map_image(outputs, 3, 2)
    assert image.shape == (3, 2, 4) and image.dtype == np.uint8
    assert tuple(image[2, 0, :3]) == tuple(np.rint(WHITE + (PALETTE[1] - WHITE) * DEPTH).astype(int))
    assert tuple(image[0, 0]) == (255, 255, 255, 255)


def test_the_boundary_is_where_both_outputs_agree():
    x1, x2 = np.linspace(-1, 1, 5), np.linspace(-1, 1, 4)
    G1, _ = np.meshgrid(x1, x2, indexing="ij")
    outputs = np.column_stack([np.zeros(20), (G1 - 0.25).ravel()])  # z₁ − z₀ = x1 − 0.25
    segments = boundary(outputs, x1, x2)
    assert len(segments) == 3 and np.allclose(segments[:, :, 0], 0.25)
    assert len(boundary(np.zeros((20, 3)), x1, x2)) == 0


def test_accuracy():
    assert accuracy(np.array([[1.0, 0.0], [0.0, 1.0], [2.0, 1.0]]), np.array([0, 1, 1])) == 2 / 3
    assert np.isnan(accuracy(np.zeros((0, 2)), np.zeros(0, int)))


def test_the_image_looks_colours_up_within_half_a_level():
    rng = np.random.default_rng(0)
    for k in (2, 3, 10):
        outputs = rng.normal(0, 3, (500, k))
        image = map_image(outputs, 20, 25).reshape(-1, 4).astype(float)
        from applet.ui.view_models.decision_map import LEVELS, probabilities

        exact = map_colors(probabilities(outputs))
        step = np.abs(PALETTE[:k] - WHITE).max() * DEPTH / (LEVELS - 1)  # one level's change of colour
        assert np.abs(image[:, :3] - exact).max() <= step + 0.5 + 1e-9
        assert (image[:, 3] == 255).all()
