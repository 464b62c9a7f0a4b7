"""When training blows up: the first layer that overflowed, the likely cause, and the way back."""

import math

import numpy as np

from applet.core.diagnosis import (
    ACTIVATION,
    AFTER,
    BEFORE,
    DATA_SCALE,
    LEARNING_RATE,
    LIMIT,
    Overflow,
    diagnose,
)
from applet.core.errors import quiet_overflow
from applet.core.losses import loss_function
from applet.core.network import LayerSpec, Network
from applet.core.trainer import DIVERGED, Trainer

MSE = loss_function("mse")


def net_with(layers, weights, biases, n_inputs=1):
    net = Network(n_inputs, [LayerSpec(u, a) for u, a in layers])
    net.weights = [np.array(w, dtype=float) for w in weights]
    net.biases = [np.array(b, dtype=float) for b in biases]
    return net


def chain(activation, depth, w):
    """x → depth hidden layers of one neuron (weight w, bias 0) → a linear output (weight 1)."""
    layers = [(1, activation)] * depth + [(1, "linear")]
    return net_with(layers, [[[w]]] * depth + [[[1.0]]], [[0.0]] * (depth + 1))


def test_a_step_too_large_is_the_learning_rate_and_layer_1_overflows_after_it():
    last = net_with([(1, "linear")], [[[0.5]]], [[0.0]])
    blown = net_with([(1, "linear")], [[[3e6]]], [[0.0]])  # what one step of η = 1e6 made of w
    X, Y = np.array([[1.0], [-2.0]]), np.array([[1.0], [-2.0]])
    d = diagnose(last, blown, X, Y, MSE, lr=1e6)
    assert d.overflow == Overflow(1, "z", AFTER, 6e6)  # |z| = 3e6 · 2
    assert d.cause == LEARNING_RATE and d.input_scale == 2.0


def test_unstandardised_inputs_with_a_rate_fit_for_standardised_ones_are_the_data_scale():
    last = net_with([(1, "linear")], [[[0.5]]], [[0.0]])
    blown = net_with([(1, "linear")], [[[-4e4]]], [[0.0]])
    X = np.array([[300.0], [-100.0]])  # mean x² = 50,000: η = 0.01 overshoots 500-fold
    d = diagnose(last, blown, X, 0.5 * X, MSE, lr=0.01)
    assert d.overflow == Overflow(1, "z", AFTER, 1.2e7)
    assert d.cause == DATA_SCALE and d.input_scale == 300.0
    # the same inputs with η = 2: too large even for standardised inputs (η · 1 input > 1)
    assert diagnose(last, blown, X, 0.5 * X, MSE, lr=2.0).cause == LEARNING_RATE
    # and η = 1e-6 would not overshoot on these inputs (η · mean x² = 0.05): not the data's scale
    assert diagnose(last, blown, X, 0.5 * X, MSE, lr=1e-6).cause == LEARNING_RATE


def test_values_that_grow_layer_by_layer_through_relu_are_the_activation():
    # a = 20, 400, 8000, 160000, 3.2e6: layer 5 is the first past the limit, before any step
    last = chain("relu", 6, 20.0)
    d = diagnose(last, last, np.array([[1.0]]), np.array([[0.0]]), MSE, lr=1e-3)
    assert d.overflow == Overflow(5, "z", BEFORE, 20.0**5)
    assert d.cause == ACTIVATION


def test_tanh_keeps_the_same_weights_bounded_so_nothing_overflows():
    last = chain("tanh", 6, 20.0)  # every a is tanh(20·a) ≤ 1, and z ≤ 20
    d = diagnose(last, last, np.array([[1.0]]), np.array([[0.0]]), MSE, lr=1e-3)
    assert d.overflow is None and d.cause == LEARNING_RATE


def test_a_gradient_that_overflows_is_found_from_the_output_back():
    # finite forward pass, but the target 1e9 makes ∂L/∂a = 2·(a − y) ≈ −2e9 at the output
    last = net_with([(2, "sigmoid"), (1, "linear")], [[[1.0, -1.0]], [[1.0], [1.0]]], [[0.0, 0.0], [0.0]])
    d = diagnose(last, last, np.array([[0.5]]), np.array([[1e9]]), MSE, lr=0.1)
    assert d.overflow.layer == 2 and d.overflow.quantity == "gradient" and d.overflow.when == BEFORE
    assert d.overflow.size == 2e9 - 2  # ∂L/∂b = 2·(a − y) with a = σ(0.5) + σ(−0.5) = 1
    assert d.cause == LEARNING_RATE  # no unbounded hidden layer: the sigmoids saturate


def test_nan_counts_as_an_overflow():
    last = net_with([(1, "linear")], [[[0.5]]], [[0.0]])
    blown = net_with([(1, "linear")], [[[1e308]]], [[-1e308]])
    d = diagnose(last, blown, np.array([[2.0]]), np.array([[0.0]]), MSE, lr=1.0)  # z = 2e308 − 1e308 = ∞
    assert d.overflow.layer == 1 and d.overflow.when == AFTER and not math.isfinite(d.overflow.size)
    assert LIMIT == 1e6


def test_the_trainer_keeps_the_weights_from_before_the_blow_up_and_goes_back_to_them():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(50, 2))
    Y = X @ np.array([[1.0], [-2.0]]) + 0.5
    net = Network(2, [LayerSpec(4, "relu"), LayerSpec(1, "linear")], seed=1)
    t = Trainer(net, X, Y, lr=0.01, grad_tol=None)
    t.run(20)
    before = [p.copy() for p in net.parameters()]
    t.lr = 1e200  # absurd: the next update throws the weights to ~1e200
    with quiet_overflow():
        assert t.run(10) == DIVERGED
    assert t.last_finite_update == 20
    assert all(np.all(np.isfinite(p)) for p in net.parameters())  # no NaN was ever applied
    assert max(float(np.abs(p).max()) for p in net.parameters()) > 1e100  # but they exploded
    d = t.diagnosis()
    assert d.overflow.layer == 1 and d.overflow.when == AFTER and d.cause == LEARNING_RATE
    weights, biases = t.last_finite()
    for kept, was in zip(weights + biases, before):
        np.testing.assert_array_equal(kept, was)
    assert t.restore_last_finite() == 20
    for p, was in zip(net.parameters(), before):
        np.testing.assert_array_equal(p, was)
    assert t.stop_reason is None
    t.lr = 0.01
    assert t.run(5) is None  # training goes on from there


def test_a_refused_first_step_is_diagnosed_from_where_eta_g_leads():
    X, Y = np.array([[1.0], [2.0]]), np.array([[3.0], [5.0]])
    net = Network(1, [LayerSpec(1, "linear")], seed=0)
    start = [p.copy() for p in net.parameters()]
    t = Trainer(net, X, Y, lr=1e308, grad_tol=None)  # η·‖g‖ overflows: the step is never applied
    assert t.run(3) == DIVERGED and t.update == 0
    d = t.diagnosis()
    assert d.overflow.layer == 1 and d.overflow.when == AFTER and not math.isfinite(d.overflow.size)
    for p, was in zip(net.parameters(), start):
        np.testing.assert_array_equal(p, was)
