"""L1 regularisation: L + λ₁·Σ|W|, weights only, with its subgradient λ₁·sign(W)."""

import math

import numpy as np
import pytest

from applet.core.errors import DataError
from applet.core.trainer import Trainer
from tests.core.test_gradients import central_differences, make_case


class WithL1:
    """A network whose ``loss`` includes the L1 term (for the finite differences)."""

    def __init__(self, net, l1, lam=0.0):
        self.net, self.l1, self.lam = net, l1, lam

    def parameters(self):
        return self.net.parameters()

    def loss(self, X, Y, loss):
        return self.net.loss_and_grads(X, Y, loss, weight_decay=self.lam, l1=self.l1)[0]


@pytest.mark.parametrize("loss", ["mse", "cross_entropy"])
@pytest.mark.parametrize("depth", [0, 2])
@pytest.mark.parametrize("lam", [0.0, 0.2])
def test_l1_gradient_matches_finite_differences_away_from_zero(loss, depth, lam):
    net, X, Y = make_case("sigmoid", loss, depth, seed=23 + depth)
    # keep every weight well away from 0, where |w| has its kink (h = 1e-4 in the differences)
    net.weights = [np.where(np.abs(W) < 0.05, 0.05 * np.where(W < 0, -1.0, 1.0), W) for W in net.weights]
    l1 = 0.3
    value, gW, gb = net.loss_and_grads(X, Y, loss, weight_decay=lam, l1=l1)
    plain = net.loss(X, Y, loss)
    squares = sum(float((W**2).sum()) for W in net.weights)
    absolute = sum(float(np.abs(W).sum()) for W in net.weights)
    assert value == pytest.approx(plain + lam / 2 * squares + l1 * absolute, rel=1e-14)
    for exact, numeric in zip(gW + gb, central_differences(WithL1(net, l1, lam), X, Y, loss)):
        np.testing.assert_allclose(exact, numeric, rtol=1e-6, atol=1e-9)


def test_l1_adds_sign_of_the_weights_zero_at_zero_and_nothing_to_biases():
    net, X, Y = make_case("relu", "mse", 1, seed=2)
    W0 = net.weights[0].copy()
    W0[0, 0] = 0.0
    net.weights = [W0, net.weights[1]]
    _, gW0, gb0 = net.loss_and_grads(X, Y, "mse")
    _, gW1, gb1 = net.loss_and_grads(X, Y, "mse", l1=0.7)
    for a, b in zip(gb0, gb1):
        np.testing.assert_array_equal(a, b)
    for a, b, W in zip(gW0, gW1, net.weights):
        np.testing.assert_allclose(b - a, 0.7 * np.sign(W), rtol=1e-12, atol=1e-14)
    assert gW1[0][0, 0] == gW0[0][0, 0]  # sign(0) = 0: a weight at 0 gets no push


def run(l1=None, steps=40, lr=0.05):
    net, X, Y = make_case("relu", "mse", 1, seed=4)
    kwargs = {} if l1 is None else {"l1": l1}
    trainer = Trainer(net, X, Y, lr=lr, batch_size=3, seed=9, grad_tol=None, **kwargs)
    losses = [trainer.step() for _ in range(steps)]
    return trainer, losses


def test_zero_l1_is_the_unchanged_run_bit_for_bit():
    (t0, l0), (t1, l1) = run(), run(0.0)
    assert l0 == l1
    for a, b in zip(t0.net.parameters(), t1.net.parameters()):
        np.testing.assert_array_equal(a, b)


def test_trainer_steps_with_the_l1_gradient_and_records_the_plain_loss():
    net, X, Y = make_case("relu", "mse", 1, seed=4)
    l1, lam, lr = 0.4, 0.1, 0.05
    trainer = Trainer(net, X, Y, lr=lr, seed=9, grad_tol=None, weight_decay=lam, l1=l1)
    before = net.copy()
    plain = trainer.step()
    _, gW, gb = before.loss_and_grads(X, Y, "mse", weight_decay=lam, l1=l1)
    for p, p0, g in zip(net.parameters(), before.parameters(), gW + gb):
        np.testing.assert_allclose(p, p0 - lr * g, rtol=1e-13, atol=1e-15)
    assert plain == pytest.approx(before.loss(X, Y, "mse"), rel=1e-14)


def test_l1_state_survives_state_and_load_state():
    trainer, _ = run(0.25, steps=5)
    state = trainer.state()
    assert state.l1 == 0.25
    other, _ = run(0.0, steps=5)
    other.load_state(state)
    assert other.l1 == 0.25


def test_l1_shrinks_the_sum_of_absolute_weights():
    strong, _ = run(0.5, steps=300)
    none, _ = run(0.0, steps=300)
    total = lambda t: sum(float(np.abs(W).sum()) for W in t.net.weights)  # noqa: E731
    assert total(strong) < 0.6 * total(none)


@pytest.mark.parametrize("l1", [-0.1, math.nan, math.inf, "a"])
def test_bad_l1_is_refused(l1):
    net, X, Y = make_case("relu", "mse", 1, seed=4)
    with pytest.raises(DataError):
        Trainer(net, X, Y, l1=l1)


def test_a_script_export_refuses_l1_rather_than_reproduce_another_run():
    from applet.core.network import LayerSpec
    from applet.core.problem import curve_problem
    from applet.export.plan import plan_new_run
    from applet.training.setup import TrainingSetup

    setup = TrainingSetup(curve_problem("noisy"), (LayerSpec(1, "linear"),), seed=3, lr=0.5, l1=0.1)
    with pytest.raises(DataError, match="L1"):
        plan_new_run("curves", setup, 5)
    assert plan_new_run("curves", setup.with_options(l1=0.0), 5).updates == 5
