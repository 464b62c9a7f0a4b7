"""The matrix form r = b + W·x, a = σ(r), y = b + cᵀ·a is Network.forward for one example."""

import numpy as np
import pytest

from applet.core.datasource import DataSource
from applet.core.errors import DataError
from applet.core.matrix_form import matrix_form
from applet.core.network import LayerSpec, Network
from applet.core.problem import views_problem, with_features


@pytest.mark.parametrize("n_inputs", [1, 2, 3])
@pytest.mark.parametrize("act", ["hard_sigmoid", "sigmoid", "relu"])
def test_matrix_form_matches_forward(n_inputs, act):
    net = Network(n_inputs, [LayerSpec(4, act), LayerSpec(1, "linear")], seed=7)
    x = np.random.default_rng(n_inputs).normal(size=n_inputs)
    form = matrix_form(net, x)
    assert form.W.shape == (4, n_inputs)
    np.testing.assert_allclose(form.r, form.b + form.W @ form.x, rtol=0, atol=1e-15)
    assert form.y == pytest.approx(net.forward(x[None, :])[0, 0], abs=1e-14)


def test_by_hand_two_inputs_two_relus():
    net = Network(2, [LayerSpec(2, "relu"), LayerSpec(1, "linear")])
    net.weights = [np.array([[1.0, -1.0], [2.0, 0.5]]), np.array([[3.0], [-2.0]])]  # columns = neurons
    net.biases = [np.array([0.5, 1.0]), np.array([0.25])]
    form = matrix_form(net, [1.0, 2.0])
    np.testing.assert_array_equal(form.W, [[1.0, 2.0], [-1.0, 0.5]])  # row i = neuron i
    np.testing.assert_array_equal(form.r, [0.5 + 1 + 4, 1.0 - 1 + 1])  # 5.5, 1.0
    np.testing.assert_array_equal(form.a, [5.5, 1.0])
    assert form.y == 0.25 + 3 * 5.5 - 2 * 1.0


def test_deeper_networks_have_no_single_matrix_form():
    net = Network(2, [LayerSpec(2, "relu"), LayerSpec(2, "relu"), LayerSpec(1, "linear")])
    with pytest.raises(DataError):
        matrix_form(net, [1.0, 2.0])


def test_with_features_picks_the_days():
    seven = views_problem(7)
    picked = with_features(seven, (0, 1, 6))
    assert picked.n_inputs == 3 and picked.columns == (0, 1, 6)
    np.testing.assert_array_equal(picked.X_train, seven.X_train[:, [0, 1, 6]])
    np.testing.assert_array_equal(picked.X_val, seven.X_val[:, [0, 1, 6]])
    np.testing.assert_array_equal(picked.probes["all"], seven.probes["all"][:, [0, 1, 6]])
    np.testing.assert_array_equal(DataSource.builtin().rebase(picked).X_train, picked.X_train)
    with pytest.raises(DataError):
        with_features(seven, (7,))
