import warnings

import numpy as np
import pytest

from applet.core import activations as act
from applet.core.errors import DataError
from applet.core.losses import cross_entropy, log_softmax, loss_function, softmax


def test_sigmoid_is_safe_for_huge_inputs():
    z = np.array([-1000.0, -50.0, 0.0, 50.0, 1000.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = act.sigmoid(z)
        g = act.sigmoid_grad(z)
    np.testing.assert_allclose(s, [0.0, 1.9287498479639178e-22, 0.5, 1.0, 1.0], rtol=1e-12, atol=0)
    assert np.all(np.isfinite(g)) and g[2] == 0.25


def test_hard_sigmoid_is_two_relus():
    z = np.linspace(-3, 3, 601)
    np.testing.assert_array_equal(act.hard_sigmoid(z), act.relu(z) - act.relu(z - 1.0))


def test_tanh_is_a_stretched_sigmoid_and_safe_for_huge_inputs():
    z = np.linspace(-30, 30, 601)
    np.testing.assert_allclose(act.tanh(z), 2.0 * act.sigmoid(2.0 * z) - 1.0, rtol=0, atol=1e-15)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        np.testing.assert_array_equal(act.tanh(np.array([-1000.0, 0.0, 1000.0])), [-1.0, 0.0, 1.0])
        np.testing.assert_array_equal(act.tanh_grad(np.array([-1000.0, 0.0, 1000.0])), [0.0, 1.0, 0.0])


def test_linear_passes_z_through_with_slope_one():
    z = np.array([-1e6, -2.5, 0.0, 3.0, 1e6])
    linear = act.activation("linear")
    np.testing.assert_array_equal(linear.sigma(z), z)
    np.testing.assert_array_equal(linear.slope(z), np.ones_like(z))
    assert linear.slope_of_output is None  # backpropagation multiplies by nothing


@pytest.mark.parametrize("name", list(act.ACTIVATIONS))
def test_activation_derivatives_match_differences(name):
    activation = act.activation(name)
    sigma, sigma_grad = activation.sigma, activation.slope
    z = np.array([-2.3, -0.7, 0.2, 0.55, 0.9, 1.6, 3.1])  # away from the kinks at 0 and 1
    h = 1e-6
    numeric = (sigma(z + h) - sigma(z - h)) / (2 * h)
    np.testing.assert_allclose(sigma_grad(z), numeric, rtol=1e-8, atol=1e-10)
    # the same σ′ written with the output a = σ(z), as backpropagation uses it
    of_output = activation.slope_of_output
    np.testing.assert_allclose(np.ones_like(z) if of_output is None else of_output(sigma(z)), sigma_grad(z), rtol=1e-12)


def test_softmax_is_stable_and_normalised():
    logits = np.array([[1000.0, 0.0, -1000.0], [1.0, 2.0, 3.0]])
    p = softmax(logits)
    assert np.all(np.isfinite(log_softmax(logits)))
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    np.testing.assert_allclose(p[1], np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum())


def test_cross_entropy_rejects_bad_labels():
    with pytest.raises(DataError, match="between 0 and 2"):
        cross_entropy(np.zeros((2, 3)), np.array([0, 3]))
    with pytest.raises(DataError, match="whole-number"):
        cross_entropy(np.zeros((1, 3)), np.array([0.5]))


def test_unknown_names_are_explained():
    with pytest.raises(DataError, match="choose one of"):
        loss_function("hinge")
    with pytest.raises(DataError, match="choose one of"):
        act.activation("tanhh")
