"""The backward pass as a linear circuit: ∂C/∂y in, every ∂C/∂z out, σ′(z) frozen by the forward pass."""

import numpy as np
import pytest

from applet.core.backprop import backward_pass, trace
from applet.core.errors import DataError
from applet.core.losses import loss_function
from applet.core.network import LayerSpec, Network

NETS = [
    Network(2, [LayerSpec(2, "sigmoid"), LayerSpec(2, "sigmoid")], seed=1),
    Network(3, [LayerSpec(4, "relu"), LayerSpec(3, "tanh"), LayerSpec(2, "linear")], seed=2),
]


@pytest.mark.parametrize("net", NETS)
def test_every_dC_dz_is_linear_in_dC_dy(net):
    x = np.array([0.3, -0.7, 0.5])[: net.n_inputs]
    rng = np.random.default_rng(0)
    u, v = rng.normal(size=net.n_outputs), rng.normal(size=net.n_outputs)
    one, two, other, both = (backward_pass(net, x, g) for g in (u, 2 * u, v, 3 * u - 0.5 * v))
    for l in range(len(net.layers)):
        np.testing.assert_allclose(two.dC_dz[l], 2 * one.dC_dz[l], rtol=1e-14)  # doubling doubles
        np.testing.assert_allclose(both.dC_dz[l], 3 * one.dC_dz[l] - 0.5 * other.dC_dz[l], rtol=1e-12, atol=1e-15)
        np.testing.assert_array_equal(one.slopes[l], two.slopes[l])  # the amplifiers do not depend on ∂C/∂y
    np.testing.assert_array_equal(one.dC_da[-1], u)


@pytest.mark.parametrize("net", NETS)
def test_the_losss_derivative_gives_backpropagations_values(net):
    x = np.array([0.3, -0.7, 0.5])[: net.n_inputs]
    y = np.linspace(0.2, 0.8, net.n_outputs)
    _, dL_dy = loss_function("mse")(net.forward(x[None]), y[None])
    circuit = backward_pass(net, x, dL_dy[0])
    t = trace(net, x, y, loss="mse")
    for step in t:
        if step.kind == "dL/dz":
            assert circuit.dC_dz[step.layer - 1][step.index] == pytest.approx(step.value, rel=1e-12, abs=1e-15)
    # and ∂L/∂w = a·∂L/∂z: the gradients follow
    _, gW, _ = net.loss_and_grads(x[None], y[None], loss="mse")
    np.testing.assert_allclose(circuit.dC_dz[0], gW[0][0] / x[0], rtol=1e-10)


def test_a_hand_worked_one_neuron_circuit():
    net = Network(1, [LayerSpec(1, "sigmoid")])
    net.weights, net.biases = [np.array([[2.0]])], [np.array([0.0])]
    circuit = backward_pass(net, [0.0], [3.0])  # z = 0: σ′(0) = 1/4
    assert circuit.slopes[0][0] == 0.25 and circuit.dC_dz[0][0] == 0.75


@pytest.mark.parametrize("bad", [[1.0], [1.0, np.nan], ["a", "b"]])
def test_bad_output_gradients_are_refused(bad):
    with pytest.raises(DataError):
        backward_pass(NETS[0], [0.1, 0.2], bad)
