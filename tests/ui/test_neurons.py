"""The neurons panel: blue pieces, their red sum, and w/b/c moved by hand."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDockWidget, QDoubleSpinBox, QLineEdit, QSlider

from applet.core.activations import hard_sigmoid
from applet.core.contributions import contributions
from applet.core.network import LayerSpec, Network
from applet.core.problem import views_problem
from applet.training.setup import TrainingSetup
from applet.ui.labels import READOUT_INTERVAL
from applet.ui.panels.neurons import NeuronsPanel
from tests.ui.conftest import click, curve_data, find, gaps_while_training, open_lesson, wait_for_snapshot


@pytest.fixture
def piecewise(qtbot, window):
    open_lesson(qtbot, window, "piecewise")
    return window


def network_of(snap):
    net = Network(1, [LayerSpec(len(snap.biases[0]), "hard_sigmoid"), LayerSpec(1, "linear")])
    net.weights, net.biases = list(snap.weights), list(snap.biases)
    return net


def test_pieces_bias_and_their_sum_are_drawn(piecewise):
    panel = piecewise.panels["neurons"]
    assert panel.objectName() == "neuronsPlot"
    snap = piecewise.last_snapshot
    x = piecewise.setup.problem.probes["grid"][:, 0]
    pieces, bias = contributions(network_of(snap), x[:, None])
    assert pieces.shape == (len(x), 4)
    sx, sy = curve_data(panel.sum_curve)
    np.testing.assert_array_equal(sx, x)
    np.testing.assert_allclose(sy, snap.outputs["grid"][:, 0], rtol=0, atol=1e-12)  # the red sum is ŷ
    px, py = curve_data(panel.pieces_curve)
    drawn = py[np.isfinite(py)].reshape(4, len(x)).T
    np.testing.assert_allclose(drawn, pieces, rtol=0, atol=1e-15)
    np.testing.assert_array_equal(curve_data(panel.bias_curve)[1], np.full(len(x), bias))
    tx, ty = curve_data(panel.target_points)
    np.testing.assert_array_equal(ty, piecewise.setup.problem.Y_train)
    # the kinks start spread over [0, 1]: hard-sigmoid ramps tile the interval
    w, b = snap.weights[0][0], snap.biases[0]
    np.testing.assert_allclose(-b / w, [0, 0.25, 0.5, 0.75], atol=1e-12)


def test_the_w_slider_moves_exactly_that_weight_and_the_curve(qtbot, piecewise):
    panel = piecewise.panels["neurons"]
    before = piecewise.last_snapshot
    find(piecewise, QComboBox, "neuronSelect").setCurrentIndex(2)
    slider = find(piecewise, QSlider, "wSlider")
    with qtbot.waitSignal(panel.parameters_edited) as edited:
        qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    weights, biases = edited.args
    new_w = panel.sliders["w"].position_value(slider.value())
    assert new_w != before.weights[0][0, 2]
    expected = [w.copy() for w in before.weights]
    expected[0][0, 2] = new_w
    for got, want in zip(weights, expected):
        np.testing.assert_array_equal(got, want)  # only that weight changed
    for got, want in zip(biases, before.biases):
        np.testing.assert_array_equal(got, want)
    # the drawn curve moved as predicted: c·hard_sigmoid(b + w·x) with the new w
    x = curve_data(panel.selected_curve)[0]
    c, b = before.weights[1][2, 0], before.biases[0][2]
    np.testing.assert_allclose(curve_data(panel.selected_curve)[1], c * hard_sigmoid(b + new_w * x), atol=1e-15)
    old_piece = c * hard_sigmoid(b + before.weights[0][0, 2] * x)
    np.testing.assert_allclose(
        curve_data(panel.sum_curve)[1],
        before.outputs["grid"][:, 0] + c * hard_sigmoid(b + new_w * x) - old_piece,
        atol=1e-12,
    )
    # and the network got it
    snap = wait_for_snapshot(qtbot, piecewise, lambda s: s.weights[0][0, 2] == new_w)
    assert snap.update == before.update
    np.testing.assert_allclose(snap.outputs["grid"][:, 0], curve_data(panel.sum_curve)[1], atol=1e-12)


def test_c_slider_and_typed_b_change_only_their_parameter(qtbot, piecewise):
    panel = piecewise.panels["neurons"]
    before = piecewise.last_snapshot
    slider = find(piecewise, QSlider, "cSlider")  # neuron 1 is chosen
    with qtbot.waitSignal(panel.parameters_edited) as edited:
        qtbot.keyClick(slider, Qt.Key.Key_PageDown)  # (→ and ← step the training, window-wide)
    new_c = panel.sliders["c"].position_value(slider.value())
    weights, biases = edited.args
    assert weights[1][0, 0] == new_c and np.array_equal(weights[1][1:], before.weights[1][1:])
    np.testing.assert_array_equal(weights[0], before.weights[0])
    box = find(piecewise, QDoubleSpinBox, "bInput")
    box.setFocus()
    box.lineEdit().selectAll()
    with qtbot.waitSignal(panel.parameters_edited) as edited:
        qtbot.keyClicks(box.lineEdit(), "-0.3")
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    weights, biases = edited.args
    assert biases[0][0] == -0.3 and np.array_equal(biases[0][1:], before.biases[0][1:])
    assert biases[1][0] == before.biases[1][0] and weights[1][0, 0] == new_c
    snap = wait_for_snapshot(qtbot, piecewise, lambda s: s.biases[0][0] == -0.3)
    assert snap.weights[1][0, 0] == new_c


def test_clicking_a_blue_curve_chooses_its_neuron(qtbot, piecewise):
    panel = piecewise.panels["neurons"]
    net = network_of(piecewise.last_snapshot)
    x = panel.grid
    pieces, _ = contributions(net, x[:, None])
    plot = panel.plot
    for target in (3, 1):
        # where this piece is farthest from every other one
        others = np.delete(pieces, target, axis=1)
        j = int(np.argmax(np.min(np.abs(others - pieces[:, [target]]), axis=1)))
        scene = plot.getPlotItem().vb.mapViewToScene(QPointF(x[j], pieces[j, target]))
        pos = plot.mapFromScene(scene)
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))
        qtbot.waitUntil(lambda: panel.selected == target)
        assert find(piecewise, QComboBox, "neuronSelect").currentIndex() == target
        np.testing.assert_allclose(curve_data(panel.selected_curve)[1], pieces[:, target], atol=1e-15)
        assert panel.sliders["c"].value() == net.weights[1][target, 0]


def test_sliders_are_locked_while_training_runs(qtbot, piecewise):
    speed = find(piecewise, QComboBox, "speedInput")
    speed.setCurrentIndex(speed.findData(100))  # slow enough to still be running when we look
    click(qtbot, piecewise, "runButton")
    wait_for_snapshot(qtbot, piecewise, lambda s: s.running and s.update > 5)
    panel = piecewise.panels["neurons"]
    assert not find(piecewise, QSlider, "wSlider").isEnabled()
    assert "Pause" in panel.hint.text()
    with qtbot.assertNotEmitted(panel.parameters_edited):
        panel.sliders["w"].value_changed.emit(3.0)
    click(qtbot, piecewise, "runButton")
    wait_for_snapshot(qtbot, piecewise, lambda s: not s.running)
    assert find(piecewise, QSlider, "wSlider").isEnabled()


def test_two_relus_overlay_equals_the_hard_sigmoid(qtbot, piecewise):
    panel = piecewise.panels["neurons"]
    find(piecewise, QComboBox, "neuronSelect").setCurrentIndex(1)
    assert curve_data(panel.relu_curve)[0].size == 0
    click(qtbot, piecewise, "twoReluToggle", QCheckBox)
    assert panel.two_relu_label.isVisible()
    snap = piecewise.last_snapshot
    w, b, c = snap.weights[0][0, 1], snap.biases[0][1], snap.weights[1][1, 0]
    x, first = curve_data(panel.relu_curve)
    np.testing.assert_allclose(first, c * np.maximum(0, b + w * x), atol=1e-15)
    np.testing.assert_allclose(curve_data(panel.shifted_relu_curve)[1], -c * np.maximum(0, b - 1 + w * x), atol=1e-12)
    difference = curve_data(panel.relu_difference_curve)[1]
    np.testing.assert_allclose(difference, curve_data(panel.hard_sigmoid_curve)[1], rtol=0, atol=1e-12)
    np.testing.assert_allclose(difference, curve_data(panel.selected_curve)[1], rtol=0, atol=1e-12)
    assert np.ptp(difference) > 0.1  # not trivially flat: the ramp is inside the plot
    click(qtbot, piecewise, "twoReluToggle", QCheckBox)
    assert curve_data(panel.relu_curve)[0].size == 0


def test_applied_relu_layer_gets_spread_kinks_and_pieces(qtbot, piecewise):
    builder = piecewise.panels["builder"]
    builder.layers_requested.emit((LayerSpec(10, "relu"), LayerSpec(1, "linear")))
    snap = wait_for_snapshot(qtbot, piecewise, lambda s: s.weights[0].shape == (1, 10))
    np.testing.assert_allclose(-snap.biases[0] / snap.weights[0][0], np.arange(10) / 10, atol=1e-12)
    panel = piecewise.panels["neurons"]
    assert find(piecewise, QComboBox, "neuronSelect").count() == 10
    py = curve_data(panel.pieces_curve)[1]
    assert np.isfinite(py).sum() == 10 * len(panel.grid)


def test_a_network_with_many_inputs_draws_nothing_and_says_why(qtbot):
    panel = NeuronsPanel()
    qtbot.addWidget(panel)
    problem = views_problem(7)
    panel.set_problem(problem)
    panel.setup_changed(TrainingSetup(problem, (LayerSpec(5, "relu"), LayerSpec(1, "linear"))))
    assert curve_data(panel.sum_curve)[0].size == 0 and curve_data(panel.pieces_curve)[0].size == 0
    assert "one input" in panel.hint.text()
    assert panel.neuron_input.count() == 0


def test_returning_to_the_lesson_shows_each_panel_once(qtbot, piecewise):
    for lesson in ("deep", "piecewise", "piecewise"):
        piecewise.select_lesson(lesson)
        qtbot.wait(100)
        names = [d.objectName() for d in piecewise.findChildren(QDockWidget) if d.isVisible()]
        assert len(names) == len(set(names)), names
    assert piecewise.panels["neurons"].isVisible()


def test_while_training_runs_curves_move_only_visibly_and_w_b_c_a_few_times_a_second(qtbot, piecewise):
    """At full speed the panel redraws its curves only when they would look different (never
    further than VISIBLE of the plot's height from the snapshot's output), rewrites w, b and c
    at most every READOUT_INTERVAL, and once training stops shows both exactly."""
    panel = piecewise.panels["neurons"]
    box = find(piecewise, QDoubleSpinBox, "wInput")
    box_changes = []
    box.valueChanged.connect(lambda value: box_changes.append(value))
    tolerance = find(piecewise, QLineEdit, "gradTolInput")  # train on where ‖g‖ gets small (a plateau)
    tolerance.selectAll()
    qtbot.keyClicks(tolerance, "1e-12")
    qtbot.keyClick(tolerance, Qt.Key.Key_Return)
    start = time.perf_counter()
    gaps, last = gaps_while_training(
        qtbot,
        piecewise,
        panel.plot,
        lambda: curve_data(panel.sum_curve)[1],
        lambda snapshot: snapshot.outputs["grid"][:, 0],
        20_000,
    )
    elapsed = time.perf_counter() - start
    assert len(gaps) > 10 and np.all(gaps[:, 0] <= gaps[:, 1])
    assert np.any(gaps[:, 0] > 1e-9)  # some snapshots left the curves as drawn
    assert len(box_changes) <= elapsed / READOUT_INTERVAL + 2  # not at every one of the snapshots
    assert len(box_changes) < len(gaps)
    np.testing.assert_allclose(curve_data(panel.sum_curve)[1], last.outputs["grid"][:, 0], rtol=0, atol=1e-12)
    assert box.value() == pytest.approx(float(last.weights[0][0, panel.selected]), abs=10 ** -box.decimals())
    # the range kept while training ran is fitted to the final curves (and the targets) once it stops
    drawn = [curve_data(c)[1] for c in (panel.pieces_curve, panel.bias_curve, panel.sum_curve, panel.target_points)]
    lo, hi = np.nanmin(np.concatenate(drawn)), np.nanmax(np.concatenate(drawn))
    qtbot.waitUntil(lambda: (hi - lo) >= 0.8 * np.ptp(panel.plot.getPlotItem().getViewBox().viewRange()[1]))
