"""Backprop over a batch: each sample's own gradient ∂Cⁿ/∂w, and ∂L/∂w = (1/N)·Σₙ ∂Cⁿ/∂w."""

import numpy as np
import pytest

from applet.core.backprop import batch_gradients, sample_losses
from applet.core.network import LayerSpec, Network
from tests.core.test_gradients import central_differences, make_case


@pytest.mark.parametrize("loss", ["mse", "mae", "half_sse", "cross_entropy"])
@pytest.mark.parametrize("depth", [0, 1, 2])
def test_mean_of_sample_gradients_is_the_batch_gradient(loss, depth):
    net, X, Y = make_case("sigmoid", "cross_entropy" if loss == "cross_entropy" else "mse", depth, seed=3 + depth)
    per_sample = batch_gradients(net, X, Y, loss=loss)
    assert len(per_sample) == len(X)
    L, gW, gb = net.loss_and_grads(X, Y, loss=loss)
    for l in range(len(net.weights)):
        assert [s[0][l].shape for s in per_sample] == [net.weights[l].shape] * len(X)
        np.testing.assert_allclose(np.mean([s[0][l] for s in per_sample], axis=0), gW[l], rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(np.mean([s[1][l] for s in per_sample], axis=0), gb[l], rtol=1e-12, atol=1e-15)
        # the lecture's sum: the summed loss Σₙ Cⁿ = N·L has the summed gradient
        np.testing.assert_allclose(np.sum([s[0][l] for s in per_sample], axis=0), len(X) * gW[l], rtol=1e-12)
    assert np.mean(sample_losses(net, X, Y, loss)) == pytest.approx(L, rel=1e-13)


def test_each_sample_gradient_is_that_samples_own_gradient_by_finite_differences():
    net, X, Y = make_case("relu", "mse", 1, seed=11)
    for n, (gW, gb) in enumerate(batch_gradients(net, X, Y, loss="mse")):
        numeric = central_differences(net, X[n : n + 1], Y[n : n + 1], "mse")
        for exact, approx in zip(gW + gb, numeric):
            np.testing.assert_allclose(exact, approx, rtol=1e-6, atol=1e-8)


def test_network_is_unchanged_and_targets_are_checked():
    net = Network(2, [LayerSpec(3, "relu"), LayerSpec(1, "linear")], seed=1)
    before = [p.copy() for p in net.parameters()]
    batch_gradients(net, np.ones((4, 2)), np.zeros(4))
    for a, b in zip(before, net.parameters()):
        np.testing.assert_array_equal(a, b)
    from applet.core.errors import DataError

    with pytest.raises(DataError):
        batch_gradients(net, np.ones((4, 2)), np.zeros(3))
