"""Each mini-batch has its own error surface Lᵇ(w, b); a step goes downhill on it, not on L."""

import numpy as np
import pytest

from applet.core.network import LayerSpec, Network
from applet.core.surface import error_surface
from applet.core.trainer import Trainer


def data(n=50, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 5, n)
    return x, 1.5 + 0.8 * x + rng.normal(0, 1, n)


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_a_batch_surface_is_that_batchs_loss_computed_directly(loss):
    x, y = data()
    batch = np.array([3, 17, 4, 40, 22, 9, 31])
    w_values, b_values = np.linspace(-1, 2, 7), np.linspace(-2, 4, 9)
    surface = error_surface(x[batch], y[batch], w_values, b_values, loss)
    net = Network(1, [LayerSpec(1, "linear")])
    for i, w in enumerate(w_values):
        for j, b in enumerate(b_values):
            net.weights, net.biases = [np.array([[w]])], [np.array([b])]
            assert surface[i, j] == pytest.approx(net.loss(x[batch], y[batch], loss), rel=1e-12, abs=1e-12)
    assert not np.allclose(surface, error_surface(x, y, w_values, b_values, loss))


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_every_step_of_the_path_is_minus_eta_times_its_batchs_gradient(loss):
    x, y = data()
    lr = 0.02
    t = Trainer(Network(1, [LayerSpec(1, "linear")], seed=1), x, y, loss=loss, lr=lr, batch_size=8, seed=4,
                grad_tol=None, trace_params=True)  # fmt: skip
    for _ in range(20):  # more than two epochs of ⌈50/8⌉ = 7 batches, the last one of 2 samples
        w, b = t.history.params.values[-1]
        t.step()
        batch = t.last_batch
        assert len(batch) in (8, 2)
        # the slope of this batch's own surface at the start of the step
        e = b + w * x[batch] - y[batch]
        d = 2 * e if loss == "mse" else np.sign(e)
        grad = np.array([np.mean(d * x[batch]), np.mean(d)])
        np.testing.assert_allclose(t.history.params.values[-1], [w, b] - lr * grad, rtol=1e-13, atol=1e-15)
        if loss == "mse":  # and it goes downhill on that surface for a small enough η
            before = error_surface(x[batch], y[batch], [w], [b], loss)[0, 0]
            after = error_surface(x[batch], y[batch], *t.history.params.values[-1][:, None], loss)[0, 0]
            assert after < before
    assert t.epoch == 2
