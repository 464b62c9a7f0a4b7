"""The one-feature model as a point on the error surface: L, ∇L and the slice L(w)."""

import numpy as np
import pytest

from applet.core.errors import DataError
from applet.core.linear_model import as_parameters, loss_along_w, loss_and_gradient, point_of
from applet.core.surface import error_surface


def direct_loss(x, y, w, b, loss):
    e = b + w * x - y
    return np.mean(e * e) if loss == "mse" else np.mean(np.abs(e))


@pytest.fixture
def xy():
    rng = np.random.default_rng(2)
    x = np.concatenate([rng.normal(0, 2, 200), [0.0, 0.0]])  # negative, positive and zero inputs
    return x, 0.7 * x - 0.4 + rng.normal(scale=0.3, size=x.size)


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_loss_and_gradient_match_the_formulas(xy, loss):
    x, y = xy
    w, b = 0.3, 0.9
    L, dw, db = loss_and_gradient(x, y, w, b, loss)
    e = b + w * x - y
    assert L == pytest.approx(direct_loss(x, y, w, b, loss), rel=1e-12)
    g = 2 * e if loss == "mse" else np.sign(e)
    assert dw == pytest.approx(np.mean(g * x), rel=1e-12)
    assert db == pytest.approx(np.mean(g), rel=1e-12)


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_the_slice_is_the_loss_along_w_at_fixed_b(xy, loss):
    x, y = xy
    w = np.linspace(-3, 3, 301)
    L = loss_along_w(x, y, w, 0.25, loss)
    expected = [direct_loss(x, y, wi, 0.25, loss) for wi in w]
    np.testing.assert_allclose(L, expected, rtol=1e-9)
    np.testing.assert_allclose(L, error_surface(x, y, w, [0.25], loss)[:, 0], rtol=1e-9)


def test_parameters_round_trip():
    weights, biases = as_parameters(1.5, -2.0)
    assert weights[0].shape == (1, 1) and biases[0].shape == (1,)
    assert point_of(weights, biases) == (1.5, -2.0)


def test_the_slice_refuses_other_losses(xy):
    with pytest.raises(DataError):
        loss_along_w(*xy, [0.0], 0.0, "cross_entropy")
