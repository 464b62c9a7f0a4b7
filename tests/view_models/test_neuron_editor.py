"""NeuronEditor without Qt: pieces that sum to the network's output, and edits of w, b and c."""

import numpy as np

from applet.core.activations import hard_sigmoid
from applet.core.network import LayerSpec, Network
from applet.core.problem import curve_problem, views_problem
from applet.ui.view_models import neuron_editor as states
from applet.ui.view_models.neuron_editor import B, C, NeuronEditor, W, nan_joined

LAYERS = (LayerSpec(3, "hard_sigmoid"), LayerSpec(1, "linear"))


def editor_for(layers=LAYERS, seed=3):
    editor = NeuronEditor()
    editor.set_problem(curve_problem("piecewise"))
    editor.setup_changed(layers, seed)
    return editor


def test_the_pieces_and_the_bias_sum_to_the_networks_output():
    editor = editor_for()
    curves = editor.curves()
    net = Network(1, list(LAYERS), seed=3)
    np.testing.assert_allclose(curves.total, net.forward(curves.x[:, None])[:, 0], rtol=1e-12)
    assert curves.pieces.shape == (len(curves.x), 3) and list(curves.drawn) == [0, 1, 2]
    np.testing.assert_array_equal(curves.selected, curves.pieces[:, 0])
    assert curves.bias == net.biases[-1][0]


def test_editing_w_b_and_c_changes_exactly_that_parameter():
    editor = editor_for()
    editor.selected = 1
    before = [w.copy() for w in editor.net.weights], [b.copy() for b in editor.net.biases]
    weights, biases = editor.edit(W, 2.5)
    assert weights[0][0, 1] == 2.5 and editor.parameter(W) == 2.5
    weights, biases = editor.edit(B, -0.5)
    weights, biases = editor.edit(C, 4.0)
    assert biases[0][1] == -0.5 and weights[1][1, 0] == 4.0
    weights[1][1, 0] = 99.0  # the edit hands out copies
    assert editor.parameter(C) == 4.0
    for new, old in zip(editor.net.weights + editor.net.biases, before[0] + before[1]):
        changed = np.argwhere(new != old)
        assert len(changed) <= 1
    # each piece is c·hard_sigmoid(b + w·x)
    x = editor.grid
    np.testing.assert_allclose(editor.curves().selected, 4.0 * hard_sigmoid(-0.5 + 2.5 * x), rtol=1e-12)


def test_two_relus_make_the_chosen_neurons_hard_sigmoid():
    editor = editor_for()
    relus = editor.two_relus()
    np.testing.assert_allclose(relus.difference, relus.hard_sigmoid, atol=1e-12)
    np.testing.assert_allclose(relus.hard_sigmoid, editor.curves().selected, atol=1e-12)


def test_a_click_chooses_the_piece_nearest_the_point():
    editor = editor_for()
    curves = editor.curves()
    j = len(curves.x) // 2
    for i in range(3):
        if np.sum(np.isclose(curves.pieces[j], curves.pieces[j, i])) == 1:  # a piece no other one touches there
            assert editor.neuron_at(curves.x[j], curves.pieces[j, i], curves.drawn) == i


def test_what_can_be_edited_and_why_not():
    editor = editor_for()
    assert editor.state() == states.EDITABLE and editor.editable(has_snapshot=True)
    editor.running = True
    assert editor.state() == states.RUNNING and not editor.editable(has_snapshot=True)
    deep = editor_for((LayerSpec(2, "relu"), LayerSpec(2, "relu"), LayerSpec(1, "linear")))
    assert deep.state() == states.DEEP and deep.parameter_index(W) is None and deep.edit(W, 1.0) is None
    assert deep.parameter_index(B) == ("biases", 1, (0,))
    line = editor_for((LayerSpec(1, "linear"),))
    assert line.state() == states.NO_HIDDEN_LAYER and line.choosable == 0
    assert editor_for((LayerSpec(2, "relu"), LayerSpec(1, "relu"))).state() == states.NO_LINEAR_OUTPUT
    views = NeuronEditor()
    views.set_problem(views_problem(7))
    views.setup_changed(LAYERS, 0)
    assert views.state() == states.NO_ONE_INPUT and views.curves() is None


def test_a_snapshot_of_another_shape_is_not_adopted():
    editor = editor_for()
    other = Network(1, [LayerSpec(5, "relu"), LayerSpec(1, "linear")])
    assert not editor.adopt(other.weights, other.biases)
    same = Network(1, list(LAYERS), seed=9)
    assert editor.adopt(same.weights, same.biases)
    np.testing.assert_array_equal(editor.net.weights[0], same.weights[0])


def test_many_curves_become_one_nan_separated_line():
    xs, ys = nan_joined(np.array([0.0, 1.0]), np.array([[1.0, 3.0], [2.0, 4.0]]))
    np.testing.assert_array_equal(xs, [0, 1, np.nan, 0, 1, np.nan])
    np.testing.assert_array_equal(ys, [1, 2, np.nan, 3, 4, np.nan])
