import numpy as np
import pytest

from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.core.surface import error_surface, optimum


def direct_loss(x, y, w, b, loss):
    e = b + w * x - y
    return np.mean(e * e) if loss == "mse" else np.mean(np.abs(e))


@pytest.fixture
def xy():
    rng = np.random.default_rng(1)
    x = rng.uniform(1, 7, size=300)
    return x, 0.97 * x + 0.1 + rng.normal(scale=0.5, size=300)


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_surface_equals_the_loss_at_every_grid_point(xy, loss):
    x, y = xy
    w = np.linspace(-1, 3, 41)
    b = np.linspace(-5, 5, 37)
    L = error_surface(x, y, w, b, loss)
    assert L.shape == (41, 37)
    for i in range(0, 41, 5):
        for j in range(0, 37, 4):
            assert L[i, j] == pytest.approx(direct_loss(x, y, w[i], b[j], loss), rel=1e-9)


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_surface_agrees_with_the_network(xy, loss):
    x, y = xy
    net = Network(1, [LayerSpec(1, "linear")])
    net.weights, net.biases = [np.array([[0.8]])], [np.array([0.3])]
    L = error_surface(x, y, [0.8], [0.3], loss)
    assert L[0, 0] == pytest.approx(net.loss(x, y, loss), rel=1e-12)


def test_mae_surface_at_residual_ties():
    x = np.array([0.0, 0.0, 1.0])
    y = np.array([1.0, 1.0, 2.0])
    # b exactly equal to residuals: |b − r| = 0 for those
    L = error_surface(x, y, [1.0], [0.0, 1.0, 2.0], "mae")
    np.testing.assert_allclose(L[0], [1.0, 0.0, 1.0])


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_optimum_is_lowest_on_a_fine_grid(xy, loss):
    x, y = xy
    w_opt, b_opt, L_opt = optimum(x, y, loss)
    w = np.linspace(w_opt - 0.05, w_opt + 0.05, 81)
    b = np.linspace(b_opt - 0.2, b_opt + 0.2, 81)
    assert L_opt <= error_surface(x, y, w, b, loss).min() + 1e-9
    assert L_opt == pytest.approx(direct_loss(x, y, w_opt, b_opt, loss), rel=1e-12)


def test_surface_refuses_bad_input():
    with pytest.raises(DataError):
        error_surface([1, 2], [1, np.nan], [0], [0])
    with pytest.raises(DataError):
        error_surface([1, 2], [1], [0], [0])
    with pytest.raises(DataError):
        error_surface([1, 2], [1, 2], [0], [0], "cross_entropy")
