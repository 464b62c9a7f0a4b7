import numpy as np
import pytest

from applet.core.datasets.curves import CURVES, RED_CORNERS, exact_network, noisy, piecewise_red, smooth
from applet.core.errors import DataError


@pytest.mark.parametrize("name", sorted(CURVES))
def test_every_curve_is_float64_on_the_unit_interval(name):
    x, y = CURVES[name](n=50)
    assert x.shape == y.shape == (50,)
    assert x.dtype == y.dtype == np.float64
    assert x[0] == 0.0 and x[-1] == 1.0 and np.all(np.diff(x) > 0)
    assert np.all(np.isfinite(y))


def test_registry_names():
    assert set(CURVES) == {"piecewise", "smooth", "noisy"}


def test_red_curve_is_constant_then_up_down_up():
    x, y = piecewise_red(n=401)
    slopes = np.round(np.diff(y) / np.diff(x), 6)
    signs = [int(s) for s in np.sign(slopes)]
    runs = [s for i, s in enumerate(signs) if i == 0 or s != signs[i - 1]]
    assert runs == [0, 1, -1, 1]  # three kinks
    np.testing.assert_allclose(np.interp(RED_CORNERS[:, 0], x, y), RED_CORNERS[:, 1])


def test_red_curve_is_a_constant_plus_three_relus():
    x, y = piecewise_red()
    (x0, c), *corners = RED_CORNERS
    slopes = np.diff(RED_CORNERS[:, 1]) / np.diff(RED_CORNERS[:, 0])
    relus = sum(
        (s - s_before) * np.maximum(0.0, x - k) for (k, _), s, s_before in zip(corners[:3], slopes[1:], slopes[:-1])
    )
    np.testing.assert_allclose(c + relus, y, atol=1e-12)


def largest_slope_jump(x, y):
    return np.max(np.abs(np.diff(np.diff(y) / np.diff(x))))


def test_smooth_has_no_kinks():
    assert largest_slope_jump(*smooth(n=1001)) < 0.2  # the slope turns gradually …
    assert largest_slope_jump(*piecewise_red(n=1001)) > 1.0  # … unlike at the red curve's corners


def test_noisy_is_smooth_plus_seeded_noise():
    x, y = noisy(n=200, seed=3)
    _, clean = smooth(n=200)
    residual = y - clean
    assert 0.05 < residual.std() < 0.15
    np.testing.assert_array_equal(noisy(n=200, seed=3)[1], y)
    assert not np.array_equal(noisy(n=200, seed=4)[1], y)


def test_too_few_points_is_a_data_error():
    with pytest.raises(DataError):
        smooth(n=1)


@pytest.mark.parametrize("activation, units", [("hard_sigmoid", 3), ("relu", 3)])
def test_exact_network_reproduces_the_piecewise_curve(activation, units):
    net = exact_network("piecewise", activation)
    assert net.n_inputs == 1 and [s.activation for s in net.layers] == [activation, "linear"]
    assert net.layers[0].units == units
    x, y = piecewise_red(1001)
    assert net.loss(x, y, "mse") <= 1e-12
    assert np.abs(net.forward(x)[:, 0] - y).max() <= 1e-12


@pytest.mark.parametrize("name, activation", [("smooth", "relu"), ("noisy", "hard_sigmoid"), ("piecewise", "sigmoid")])
def test_exact_network_refuses_what_it_cannot_build(name, activation):
    with pytest.raises(DataError, match="piecewise linear|hard_sigmoid or relu"):
        exact_network(name, activation)
