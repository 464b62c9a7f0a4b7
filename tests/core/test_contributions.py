"""A one-input network's output is its output bias plus one piece per last-hidden-layer neuron."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from applet.core.activations import ACTIVATIONS, hard_sigmoid, relu
from applet.core.contributions import contributions, pre_activations, relu_pair
from applet.core.errors import DataError
from applet.core.kinks import spread_kinks, spread_network_kinks
from applet.core.network import LayerSpec, Network
from applet.core.problem import curve_problem
from applet.training.setup import TrainingSetup

X = np.linspace(-2.0, 3.0, 101)[:, None]


@settings(max_examples=60, deadline=None)
@given(
    activations=st.lists(st.sampled_from(sorted(ACTIVATIONS)), min_size=1, max_size=3),
    widths=st.lists(st.integers(1, 12), min_size=3, max_size=3),
    seed=st.integers(0, 10_000),
    spread=st.floats(0.1, 5.0),
)
def test_pieces_plus_bias_are_the_output(activations, widths, seed, spread):
    """Every activation, one to three hidden layers, any weights: Σ cᵢ·aᵢ(x) + b = ŷ(x)."""
    layers = [LayerSpec(w, a) for w, a in zip(widths, activations)] + [LayerSpec(1, "linear")]
    net = Network(1, layers, seed=seed)
    rng = np.random.default_rng(seed)
    net.weights = [w * spread for w in net.weights]
    net.biases = [rng.normal(0.0, spread, b.shape) for b in net.biases]
    pieces, bias = contributions(net, X)
    assert pieces.shape == (len(X), widths[len(activations) - 1])
    # 1e-12 relative to the size of what is summed (absolute 1e-12 when that is about 1)
    scale = np.abs(pieces).sum(axis=1) + abs(bias) + 1.0
    assert np.all(np.abs(pieces.sum(axis=1) + bias - net.forward(X)[:, 0]) <= 1e-12 * scale)


@pytest.mark.parametrize("act", sorted(ACTIVATIONS))
def test_one_hidden_layer_by_hand(act):
    """With one hidden layer the piece of neuron i is cᵢ·σ(bᵢ + wᵢ·x)."""
    net = Network(1, [LayerSpec(3, act), LayerSpec(1, "linear")], seed=1)
    net.biases = [np.array([0.2, -0.5, 1.0]), np.array([0.7])]
    sigma = ACTIVATIONS[act].sigma
    pieces, bias = contributions(net, X)
    w, b, c = net.weights[0][0], net.biases[0], net.weights[1][:, 0]
    np.testing.assert_allclose(pieces, c * sigma(b + w * X), rtol=1e-15, atol=1e-15)
    assert bias == 0.7
    np.testing.assert_allclose(pre_activations(net, X), b + w * X, rtol=1e-15)


def test_without_hidden_layer_the_pieces_are_w_times_x():
    net = Network(1, [LayerSpec(1, "linear")], seed=3)
    pieces, bias = contributions(net, X)
    np.testing.assert_array_equal(pieces[:, 0], net.weights[0][0, 0] * X[:, 0])
    with pytest.raises(DataError):
        pre_activations(net, X)


@pytest.mark.parametrize("out", [LayerSpec(2, "linear"), LayerSpec(1, "sigmoid")])
def test_needs_one_linear_output(out):
    with pytest.raises(DataError, match="one linear output"):
        contributions(Network(1, [LayerSpec(3, "relu"), out]), X)


@settings(max_examples=200, deadline=None)
@given(z=st.floats(-100.0, 100.0), c=st.floats(-50.0, 50.0))
def test_two_relus_make_one_hard_sigmoid(z, c):
    """c·max(0, z) − c·max(0, z − 1) = c·clip(z, 0, 1), for every z."""
    first, second = relu_pair(np.array([z]), c)
    assert first[0] == c * max(0.0, z) and second[0] == c * max(0.0, z - 1.0)
    assert first[0] - second[0] == pytest.approx(c * min(1.0, max(0.0, z)), rel=1e-12, abs=1e-12)


def test_two_relus_rebuild_a_hard_sigmoid_neuron():
    """For a hard-sigmoid neuron, c·relu(b + w·x) − c·relu(b − 1 + w·x) is exactly its piece."""
    net = Network(1, [LayerSpec(4, "hard_sigmoid"), LayerSpec(1, "linear")], seed=5)
    x = np.linspace(-1, 2, 3001)[:, None]
    pieces, _ = contributions(net, x)
    w, b, c = net.weights[0][0], net.biases[0], net.weights[1][:, 0]
    for i in range(4):
        first, second = relu_pair(b[i] + w[i] * x[:, 0], c[i])
        np.testing.assert_allclose(first - second, pieces[:, i], rtol=1e-12, atol=1e-12)
        np.testing.assert_array_equal(first, c[i] * relu(b[i] + w[i] * x[:, 0]))
        np.testing.assert_allclose(second, c[i] * relu(b[i] - 1 + w[i] * x[:, 0]), rtol=1e-12, atol=1e-15)
    z = np.linspace(-3, 4, 7001)
    np.testing.assert_allclose(np.subtract(*relu_pair(z, 1.0)), hard_sigmoid(z), rtol=0, atol=1e-15)


@pytest.mark.parametrize("k", [1, 3, 4, 10])
def test_hard_sigmoid_ramps_tile_the_interval(k):
    w, b = spread_kinks("hard_sigmoid", k, 0.0, 1.0)
    starts, ends = -b / w[0], (1 - b) / w[0]
    np.testing.assert_allclose(starts, np.arange(k) / k, atol=1e-15)
    np.testing.assert_allclose(ends, np.arange(1, k + 1) / k, atol=1e-15)


def test_relu_kinks_and_sigmoid_middles_are_spread():
    w, b = spread_kinks("relu", 4, 0.0, 2.0)
    np.testing.assert_allclose(-b / w[0], [0.0, 0.5, 1.0, 1.5])
    w, b = spread_kinks("sigmoid", 4, 0.0, 1.0)
    np.testing.assert_allclose(-b / w[0], [0.125, 0.375, 0.625, 0.875])
    np.testing.assert_allclose(w[0] / 4, 4.0)  # slope at the middle as steep as the hard sigmoid's ramp
    with pytest.raises(DataError):
        spread_kinks("linear", 3)


def test_spreading_changes_only_one_input_one_hidden_layer_networks():
    net = Network(1, [LayerSpec(5, "relu"), LayerSpec(1, "linear")], seed=9)
    c, out_bias = net.weights[1].copy(), net.biases[1].copy()
    assert spread_network_kinks(net, 0.0, 1.0)
    np.testing.assert_allclose(-net.biases[0] / net.weights[0][0], np.arange(5) / 5, atol=1e-15)
    np.testing.assert_array_equal(net.weights[1], c)
    np.testing.assert_array_equal(net.biases[1], out_bias)
    for other in (
        Network(2, [LayerSpec(3, "relu"), LayerSpec(1, "linear")]),
        Network(1, [LayerSpec(3, "relu"), LayerSpec(3, "relu"), LayerSpec(1, "linear")]),
        Network(1, [LayerSpec(3, "linear"), LayerSpec(1, "linear")]),
    ):
        before = [w.copy() for w in other.weights]
        assert not spread_network_kinks(other)
        for a, b in zip(before, other.weights):
            np.testing.assert_array_equal(a, b)


def test_setup_spreads_kinks_over_the_data_and_keeps_heights_from_the_seed():
    problem = curve_problem("piecewise")
    layers = (LayerSpec(4, "hard_sigmoid"), LayerSpec(1, "linear"))
    for seed in (1, 2):
        net = TrainingSetup(problem, layers, seed=seed, spread_kinks=True).build().net
        np.testing.assert_allclose(-net.biases[0] / net.weights[0][0], [0, 0.25, 0.5, 0.75], atol=1e-15)
        np.testing.assert_array_equal(net.weights[1], Network(1, list(layers), seed=seed).weights[1])
    plain = TrainingSetup(problem, layers, seed=1).build().net
    np.testing.assert_array_equal(plain.weights[0], Network(1, list(layers), seed=1).weights[0])
