"""Every neuron as a picture: each thumbnail is exactly that neuron's activation on the grid."""

import numpy as np
import pytest

from applet.core.datasets.planar import builtin_points, features
from applet.core.network import LayerSpec, Network
from applet.core.problem import grid_points, planar_problem
from applet.ui.view_models.neuron_maps import THUMBNAIL_SIDE, NeuronMaps

FEATURES = ("x1", "x2", "x1^2", "sin(x2)")


@pytest.fixture
def case():
    problem = planar_problem(builtin_points("spiral", 200, 0.1, 3), FEATURES)
    layers = [LayerSpec(8, "relu"), LayerSpec(5, "tanh"), LayerSpec(2, "linear")]
    net = Network(problem.n_inputs, layers, seed=4)
    net.biases = [b + np.random.default_rng(1).normal(size=b.shape) for b in net.biases]
    return problem.plane, net, [spec.activation for spec in layers]


def test_each_thumbnail_is_that_neurons_activation_from_network_forward(case):
    plane, net, acts = case
    maps = NeuronMaps(plane)
    thumbs = maps.thumbnails(net.weights, net.biases, acts)
    assert [t.shape for t in thumbs] == [(4, 40, 40), (8, 40, 40), (5, 40, 40)]  # inputs, 2 hidden; no output
    x1 = np.linspace(plane.map_x1[0], plane.map_x1[-1], THUMBNAIL_SIDE)
    x2 = np.linspace(plane.map_x2[0], plane.map_x2[-1], THUMBNAIL_SIDE)
    X = features(grid_points(x1, x2), FEATURES)
    for layer in (1, 2):  # a⁽ˡ⁾ from the network cut after layer l
        cut = Network(net.n_inputs, list(net.layers[:layer]))
        cut.weights, cut.biases = net.weights[:layer], net.biases[:layer]
        a = cut.forward(X)
        for j in range(a.shape[1]):
            np.testing.assert_array_equal(thumbs[layer][j], a[:, j].reshape(40, 40))
    i, k = 7, 31  # [j, i, k] is the point (x1[i], x2[k])
    np.testing.assert_allclose(thumbs[0][2, i, k], x1[i] ** 2)
    np.testing.assert_allclose(thumbs[0][3, i, k], np.sin(x2[k]))


def test_a_neuron_shown_large_is_on_the_decision_maps_grid(case):
    plane, net, acts = case
    shown = NeuronMaps(plane).full(2, 4, net.weights, net.biases, acts)
    assert (shown.layer, shown.neuron, shown.activation) == (2, 4, "tanh")
    assert shown.x1 is plane.map_x1 and shown.x2 is plane.map_x2
    _, hidden = net.forward_all(features(grid_points(plane.map_x1, plane.map_x2), FEATURES))
    np.testing.assert_array_equal(shown.values, hidden[2][:, 4].reshape(len(plane.map_x1), len(plane.map_x2)))
    assert NeuronMaps(plane).full(0, 1, net.weights, net.biases, acts).activation == "input"
