import numpy as np
import pytest

from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network


def test_shapes_and_parameter_count():
    net = Network(56, [LayerSpec(100, "relu"), LayerSpec(1, "linear")], seed=0)
    assert [w.shape for w in net.weights] == [(56, 100), (100, 1)]
    assert [b.shape for b in net.biases] == [(100,), (1,)]
    assert net.n_parameters == 56 * 100 + 100 + 100 + 1
    assert net.forward(np.zeros((3, 56))).shape == (3, 1)
    assert all(w.dtype == np.float64 for w in net.weights + net.biases)


def test_same_seed_same_weights_and_initial_scales():
    a = Network(200, [LayerSpec(300, "relu"), LayerSpec(300, "sigmoid"), LayerSpec(1, "linear")], seed=5)
    b = Network(200, [LayerSpec(300, "relu"), LayerSpec(300, "sigmoid"), LayerSpec(1, "linear")], seed=5)
    for wa, wb in zip(a.weights, b.weights):
        np.testing.assert_array_equal(wa, wb)
    assert a.weights[0].std() == pytest.approx(np.sqrt(2 / 200), rel=0.02)  # He
    assert a.weights[1].std() == pytest.approx(np.sqrt(2 / 600), rel=0.02)  # Glorot
    assert not np.array_equal(a.weights[0], Network(200, a.layers, seed=6).weights[0])


def test_hidden_activation_is_applied_in_forward():
    net = Network(1, [LayerSpec(2, "relu"), LayerSpec(1, "linear")])
    net.weights = [np.array([[1.0, -1.0]]), np.array([[2.0], [3.0]])]
    net.biases = [np.array([0.0, 0.0]), np.array([0.5])]
    # x = 2: hidden (2, 0) → 0.5 + 4 = 4.5 ; x = −1: hidden (0, 1) → 0.5 + 3
    np.testing.assert_array_equal(net.forward(np.array([[2.0], [-1.0]])), [[4.5], [3.5]])


def test_setting_parameters_checks_shape_and_values():
    net = Network(2, [LayerSpec(3, "sigmoid"), LayerSpec(1, "linear")])
    with pytest.raises(DataError, match="shape"):
        net.weights = [np.zeros((3, 2)), np.zeros((3, 1))]
    with pytest.raises(DataError, match="NaN"):
        net.biases = [np.array([0.0, np.nan, 0.0]), np.zeros(1)]
    before = [w.copy() for w in net.weights]
    with pytest.raises(DataError):
        net.weights = [np.zeros((2, 3))]
    for w, old in zip(net.weights, before):
        np.testing.assert_array_equal(w, old)


@pytest.mark.parametrize("layers", [[], [(0, "relu")], [(3, "softplus")], [(2.5, "relu")]])
def test_bad_architectures_are_refused(layers):
    with pytest.raises(DataError):
        Network(3, layers)


def test_spec_round_trip():
    net = Network(7, [LayerSpec(4, "hard_sigmoid"), LayerSpec(1, "linear")], seed=9)
    twin = Network.from_spec(net.spec())
    assert twin.layers == net.layers and twin.n_inputs == 7
    np.testing.assert_array_equal(twin.weights[0], net.weights[0])


def test_wrong_input_width_is_explained():
    net = Network(3, [LayerSpec(1, "linear")])
    with pytest.raises(DataError, match="3 input"):
        net.forward(np.zeros((4, 2)))
