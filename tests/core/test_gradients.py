"""Backpropagation is exact: checked against central differences and an independent autograd."""

import itertools

import numpy as np
import pytest

from applet.core.network import LayerSpec, Network
from tests.core.scalar_autograd import Value, network_loss

ACTIVATIONS = ["linear", "sigmoid", "hard_sigmoid", "relu", "tanh"]
LOSSES = ["mse", "mae", "cross_entropy"]


def make_case(activation, loss, depth, seed):
    rng = np.random.default_rng(seed)
    n_in, n_out = 3, (4 if loss == "cross_entropy" else 2)
    hidden = [LayerSpec(int(rng.integers(2, 5)), activation) for _ in range(depth)]
    # a linear output layer gives raw scores for softmax; otherwise try the activation there too
    out_act = "linear" if loss == "cross_entropy" or depth == 0 and activation != "linear" else activation
    net = Network(n_in, hidden + [LayerSpec(n_out, out_act if depth else "linear")], seed=seed)
    net.biases = [b + rng.normal(scale=0.3, size=b.shape) for b in net.biases]
    X = rng.normal(size=(7, n_in))
    Y = rng.integers(0, n_out, size=7) if loss == "cross_entropy" else rng.normal(size=(7, n_out))
    return net, X, Y


def central_differences(net, X, Y, loss, h=1e-4):
    """Five-point central differences: error O(h⁴), so round-off stays near 1e-12."""

    def loss_at(p, idx, value):
        p[idx] = value
        return net.loss(X, Y, loss)

    grads = []
    for p in net.parameters():
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            f = [loss_at(p, idx, old + k * h) for k in (-2, -1, 1, 2)]
            p[idx] = old
            g[idx] = (f[0] - 8 * f[1] + 8 * f[2] - f[3]) / (12 * h)
        grads.append(g)
    return grads


CASES = list(itertools.product(ACTIVATIONS, LOSSES, range(4)))


@pytest.mark.parametrize("activation,loss,depth", CASES)
def test_gradients_match_central_differences(activation, loss, depth):
    net, X, Y = make_case(activation, loss, depth, seed=depth * 31 + 7)
    _, gW, gb = net.loss_and_grads(X, Y, loss)
    for exact, numeric in zip(gW + gb, central_differences(net, X, Y, loss)):
        scale = np.maximum(np.abs(exact) + np.abs(numeric), 1e-5)  # floor: FD round-off ~1e-12
        assert np.all(np.abs(exact - numeric) / scale < 1e-6)


@pytest.mark.parametrize("activation,loss,depth", CASES)
def test_gradients_match_independent_autograd(activation, loss, depth):
    net, X, Y = make_case(activation, loss, depth, seed=depth * 17 + 3)
    value, gW, gb = net.loss_and_grads(X, Y, loss)
    Ws = [[[Value(w) for w in row] for row in W] for W in net.weights]
    bs = [[Value(b) for b in B] for B in net.biases]
    L = network_loss(Ws, bs, [s.activation for s in net.layers], X, Y, loss)
    L.backward()
    assert value == pytest.approx(L.data, rel=1e-12)
    for exact, W in zip(gW, Ws):
        np.testing.assert_allclose(exact, [[w.grad for w in row] for row in W], rtol=1e-9, atol=1e-14)
    for exact, B in zip(gb, bs):
        np.testing.assert_allclose(exact, [b.grad for b in B], rtol=1e-9, atol=1e-14)


def test_gradient_shapes_follow_parameters():
    net = Network(5, [LayerSpec(4, "relu"), LayerSpec(3, "sigmoid"), LayerSpec(2, "linear")], seed=1)
    _, gW, gb = net.loss_and_grads(np.ones((6, 5)), np.zeros((6, 2)))
    assert [g.shape for g in gW] == [w.shape for w in net.weights] == [(5, 4), (4, 3), (3, 2)]
    assert [g.shape for g in gb] == [b.shape for b in net.biases] == [(4,), (3,), (2,)]
