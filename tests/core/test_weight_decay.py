"""Weight decay: L + (λ/2)·Σ‖W‖², weights only, with its exact gradient."""

import math

import numpy as np
import pytest

from applet.core.errors import DataError
from applet.core.trainer import Trainer
from tests.core.test_gradients import central_differences, make_case


class Decayed:
    """A network whose ``loss`` includes the weight-decay term (for the finite differences)."""

    def __init__(self, net, lam):
        self.net, self.lam = net, lam

    def parameters(self):
        return self.net.parameters()

    def loss(self, X, Y, loss):
        return self.net.loss_and_grads(X, Y, loss, weight_decay=self.lam)[0]


@pytest.mark.parametrize("loss", ["mse", "cross_entropy"])
@pytest.mark.parametrize("depth", [0, 2])
def test_weight_decay_gradient_matches_finite_differences(loss, depth):
    net, X, Y = make_case("sigmoid", loss, depth, seed=17 + depth)
    lam = 0.3
    value, gW, gb = net.loss_and_grads(X, Y, loss, weight_decay=lam)
    plain = net.loss(X, Y, loss)
    assert value == pytest.approx(plain + lam / 2 * sum(float((W**2).sum()) for W in net.weights), rel=1e-14)
    for exact, numeric in zip(gW + gb, central_differences(Decayed(net, lam), X, Y, loss)):
        np.testing.assert_allclose(exact, numeric, rtol=1e-6, atol=1e-9)


def test_biases_are_not_decayed():
    net, X, Y = make_case("relu", "mse", 1, seed=2)
    _, gW0, gb0 = net.loss_and_grads(X, Y, "mse")
    _, gW1, gb1 = net.loss_and_grads(X, Y, "mse", weight_decay=2.0)
    for a, b in zip(gb0, gb1):
        np.testing.assert_array_equal(a, b)
    for a, b, W in zip(gW0, gW1, net.weights):
        np.testing.assert_allclose(b - a, 2.0 * W, rtol=1e-12, atol=1e-14)


def run(lam=None, steps=40):
    net, X, Y = make_case("relu", "mse", 1, seed=4)
    kwargs = {} if lam is None else {"weight_decay": lam}
    trainer = Trainer(net, X, Y, lr=0.05, batch_size=3, seed=9, grad_tol=None, **kwargs)
    losses = [trainer.step() for _ in range(steps)]
    return trainer, losses


def test_zero_weight_decay_is_the_unchanged_run_bit_for_bit():
    (t0, l0), (t1, l1) = run(), run(0.0)
    assert l0 == l1
    for a, b in zip(t0.net.parameters(), t1.net.parameters()):
        np.testing.assert_array_equal(a, b)


def test_trainer_steps_with_the_decayed_gradient_and_records_the_plain_loss():
    net, X, Y = make_case("relu", "mse", 1, seed=4)
    lam, lr = 0.5, 0.05
    trainer = Trainer(net, X, Y, lr=lr, seed=9, grad_tol=None, weight_decay=lam)
    before = net.copy()
    plain = trainer.step()
    _, gW, gb = before.loss_and_grads(X, Y, "mse", weight_decay=lam)
    for p, p0, g in zip(net.parameters(), before.parameters(), gW + gb):
        np.testing.assert_allclose(p, p0 - lr * g, rtol=1e-13, atol=1e-15)
    assert plain == pytest.approx(before.loss(X, Y, "mse"), rel=1e-14)


def test_weight_decay_shrinks_the_weights():
    big, _ = run(1.0, steps=300)
    none, _ = run(0.0, steps=300)
    norm = lambda t: math.sqrt(sum(float((W**2).sum()) for W in t.net.weights))  # noqa: E731
    assert norm(big) < 0.8 * norm(none)


@pytest.mark.parametrize("lam", [-0.1, math.nan, math.inf, "a"])
def test_bad_weight_decay_is_refused(lam):
    net, X, Y = make_case("relu", "mse", 1, seed=4)
    with pytest.raises(DataError):
        Trainer(net, X, Y, weight_decay=lam)
