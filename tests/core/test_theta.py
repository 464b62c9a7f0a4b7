"""θ as one vector: names, order, and the update θ − η·g equal to the trainer's."""

import numpy as np
import pytest

from applet.core.network import LayerSpec, Network
from applet.core.theta import flatten, gradient_step, parameter_count, parameter_names, unflatten
from applet.core.trainer import Trainer

THREE = (LayerSpec(3, "sigmoid"), LayerSpec(1, "linear"))


def test_the_lectures_theta_of_three_neurons():
    names = [name for _, name in parameter_names(1, THREE)]
    assert names == ["w₁", "w₂", "w₃", "b₁", "b₂", "b₃", "c₁", "c₂", "c₃", "b"]
    assert parameter_count(1, THREE) == (10, "3·3 + 1")
    net = Network(1, list(THREE), seed=3)
    theta = flatten(net.weights, net.biases)
    assert theta[:3].tolist() == net.weights[0][0].tolist()
    assert theta[6:9].tolist() == net.weights[1][:, 0].tolist() and theta[9] == net.biases[1][0]


@pytest.mark.parametrize(
    "n_inputs, layers, expected",
    [
        (1, (LayerSpec(1, "linear"),), ["w", "b"]),
        (3, (LayerSpec(1, "linear"),), ["w₁", "w₂", "w₃", "b"]),
        (2, (LayerSpec(2, "relu"), LayerSpec(1, "linear")), ["w₁₁", "w₁₂", "w₂₁", "w₂₂", "b₁", "b₂", "c₁", "c₂", "b"]),
        (1, (LayerSpec(1, "relu"), LayerSpec(1, "relu"), LayerSpec(1, "linear")), None),
    ],
)
def test_names_match_the_count_and_are_unique(n_inputs, layers, expected):
    names = [name for _, name in parameter_names(n_inputs, layers)]
    count, _ = parameter_count(n_inputs, layers)
    assert len(names) == count == Network(n_inputs, list(layers)).n_parameters
    assert len(set(names)) == count
    if expected is not None:
        assert names == expected


def test_flatten_and_unflatten_are_inverse():
    net = Network(3, [LayerSpec(4, "relu"), LayerSpec(2, "linear")], seed=1)
    weights, biases = unflatten(flatten(net.weights, net.biases), net.shapes)
    for a, b in zip(weights + biases, net.weights + net.biases):
        np.testing.assert_array_equal(a, b)


def test_wij_is_the_weight_from_input_j_into_neuron_i():
    net = Network(2, [LayerSpec(2, "relu"), LayerSpec(1, "linear")], seed=5)
    names = [name for _, name in parameter_names(2, tuple(net.layers))]
    theta = flatten(net.weights, net.biases)
    assert theta[names.index("w₁₂")] == net.weights[0][1, 0]  # input 2 → neuron 1
    assert theta[names.index("w₂₁")] == net.weights[0][0, 1]


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_theta_minus_eta_g_is_the_trainers_update(loss):
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(20, 1)), rng.normal(size=20)
    net = Network(1, list(THREE), seed=42)
    theta, g, theta_next = gradient_step(net, X, Y, loss, lr=0.1)
    trainer = Trainer(net, X, Y, loss=loss, lr=0.1, optimizer="gd")
    trainer.step()
    after = flatten(trainer.net.weights, trainer.net.biases)
    np.testing.assert_allclose(after, theta_next, rtol=0, atol=1e-15)
    assert not np.allclose(theta, theta_next)
    # g is the gradient: a finite difference along each entry of θ agrees
    h = 1e-6
    for k in range(len(theta)):
        plus, minus = theta.copy(), theta.copy()
        plus[k] += h
        minus[k] -= h
        probe = Network(1, list(THREE))
        probe.weights, probe.biases = unflatten(plus, probe.shapes)
        L_plus = probe.loss(X, Y, loss)
        probe.weights, probe.biases = unflatten(minus, probe.shapes)
        L_minus = probe.loss(X, Y, loss)
        assert (L_plus - L_minus) / (2 * h) == pytest.approx(g[k], abs=1e-6)
