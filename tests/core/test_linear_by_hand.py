"""The lecture's first model, y = b + w·x, with numbers worked out by hand."""

import numpy as np
import pytest

from applet.core.network import LayerSpec, Network


def linear_model(w, b):
    net = Network(1, [LayerSpec(1, "linear")])
    net.weights = [np.array([[w]])]
    net.biases = [np.array([b])]
    return net


# x = yesterday's views, y = today's (in k)
X = np.array([[1.0], [2.0], [4.0]])
Y = np.array([2.0, 3.0, 3.0])


def test_forward_is_b_plus_w_x():
    np.testing.assert_array_equal(linear_model(0.5, 1.0).forward(X), [[1.5], [2.0], [3.0]])


def test_mse_by_hand():
    # errors e = ŷ − y = (1.5−2, 2−3, 3−3) = (−0.5, −1, 0)
    # L = (0.25 + 1 + 0)/3 = 5/12
    # ∂L/∂w = 2/3 · Σ e·x = 2/3 · (−0.5 − 2 + 0) = −5/3
    # ∂L/∂b = 2/3 · Σ e   = 2/3 · (−1.5)         = −1
    L, gW, gb = linear_model(0.5, 1.0).loss_and_grads(X, Y, "mse")
    assert L == pytest.approx(5 / 12, rel=1e-15)
    assert gW[0][0, 0] == pytest.approx(-5 / 3, rel=1e-15)
    assert gb[0][0] == pytest.approx(-1.0, rel=1e-15)


def test_mae_by_hand():
    # |e| = (0.5, 1, 0): L = 1.5/3 = 0.5
    # ∂L/∂w = 1/3 · Σ sign(e)·x = 1/3 · (−1 − 2 + 0) = −1
    # ∂L/∂b = 1/3 · Σ sign(e)   = 1/3 · (−2)         = −2/3
    L, gW, gb = linear_model(0.5, 1.0).loss_and_grads(X, Y, "mae")
    assert L == pytest.approx(0.5, rel=1e-15)
    assert gW[0][0, 0] == pytest.approx(-1.0, rel=1e-15)
    assert gb[0][0] == pytest.approx(-2 / 3, rel=1e-15)


def test_one_gradient_descent_step_by_hand():
    from applet.core.trainer import Trainer

    net = linear_model(0.5, 1.0)
    trainer = Trainer(net, X, Y, loss="mse", lr=0.1)
    assert trainer.step() == pytest.approx(5 / 12)
    # w ← 0.5 − 0.1·(−5/3) = 2/3;  b ← 1 − 0.1·(−1) = 1.1
    assert net.weights[0][0, 0] == pytest.approx(0.5 + 1 / 6, rel=1e-15)
    assert net.biases[0][0] == pytest.approx(1.1, rel=1e-15)


def test_cross_entropy_by_hand():
    # two classes, logits (0, ln 3): p = (1/4, 3/4); true class 1 → L = −ln(3/4)
    # ∂L/∂logits = p − onehot = (1/4, −1/4)
    net = Network(1, [LayerSpec(2, "linear")])
    net.weights = [np.zeros((1, 2))]
    net.biases = [np.array([0.0, np.log(3.0)])]
    L, gW, gb = net.loss_and_grads(np.array([[2.0]]), np.array([1]), "cross_entropy")
    assert L == pytest.approx(-np.log(0.75), rel=1e-14)
    np.testing.assert_allclose(gb[0], [0.25, -0.25], rtol=1e-14)
    np.testing.assert_allclose(gW[0], [[0.5, -0.5]], rtol=1e-14)  # x·∂L/∂z
