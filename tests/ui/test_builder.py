"""The layer builder driven as a learner drives it: presets, typed neurons, buttons, Apply."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QTableWidget, QToolButton

from applet.core.network import LayerSpec, Network
from applet.ui.panels.builder import PRESETS
from applet.ui.panels.compare import describe_model
from applet.ui.view_models.layer_design import MAX_HIDDEN_LAYERS, count_parameters
from tests.ui.conftest import click, find, open_lesson, wait_for_snapshot


@pytest.fixture
def deep(qtbot, window):
    open_lesson(qtbot, window, "deep")
    return window


def choose_preset(qtbot, win, text):
    """Step through the presets with the arrow keys (each one chosen applies to the table)."""
    combo = find(win, QComboBox, "presetInput")
    target = combo.findText(text)
    assert target > 0, text
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def type_units(qtbot, win, row, text):
    box = find(win, QSpinBox, f"unitsInput_{row}")
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def shown_count(win) -> int:
    return int(find(win, QLabel, "parameterCount").text().split()[0].replace(",", ""))


def table_spec(win):
    """The hidden layers as the table shows them: (neurons, activation) per row."""
    table = find(win, QTableWidget, "layerTable")
    rows = []
    for r in range(table.rowCount() - 1):
        units = table.cellWidget(r, 1).value()
        rows.append(LayerSpec(units, table.cellWidget(r, 2).currentData()))
    return rows


@pytest.mark.parametrize(
    "layers",
    [
        [LayerSpec(1, "linear")],
        [LayerSpec(3, "sigmoid"), LayerSpec(1, "linear")],
        [LayerSpec(100, "relu")] * 4 + [LayerSpec(1, "linear")],
        [LayerSpec(7, "hard_sigmoid"), LayerSpec(1000, "relu"), LayerSpec(10, "linear")],
    ],
)
def test_parameter_count_is_the_networks(layers):
    weights, biases = count_parameters(56, tuple(layers))
    assert weights + biases == Network(56, layers).n_parameters


def test_builder_shows_the_lessons_network(deep):
    builder = deep.panels["builder"]
    assert builder.objectName() == "layerBuilder"
    assert table_spec(deep) == [LayerSpec(100, "relu")] * 4
    table = find(deep, QTableWidget, "layerTable")
    assert table.item(4, 0).text() == "output" and table.item(4, 1).text() == "1"
    assert shown_count(deep) == Network(56, list(deep.setup.layers)).n_parameters == 36_101
    assert not find(deep, QPushButton, "applyLayersButton").isEnabled()


def test_every_preset_gives_the_network_it_names(qtbot, deep):
    for name, hidden in PRESETS:
        choose_preset(qtbot, deep, name)
        spec = deep.panels["builder"].spec()
        assert spec == (*hidden, LayerSpec(1, "linear"))
        assert table_spec(deep) == list(hidden)
        assert shown_count(deep) == Network(56, list(spec)).n_parameters


def test_edits_then_apply_restart_training_with_exactly_that_network(qtbot, deep):
    builder = deep.panels["builder"]
    choose_preset(qtbot, deep, "3 sigmoids")
    click(qtbot, deep, "addLayerButton")  # a copy of the last
    type_units(qtbot, deep, 1, "25")
    combo = find(deep, QComboBox, "activationInput_1")
    combo.setCurrentIndex(combo.findData("relu"))
    combo.activated.emit(combo.currentIndex())
    click(qtbot, deep, "moveUpButton_1", QToolButton)
    expected = [LayerSpec(25, "relu"), LayerSpec(3, "sigmoid")]
    assert table_spec(deep) == expected
    assert builder.spec() == (*expected, LayerSpec(1, "linear"))
    assert shown_count(deep) == (56 * 25 + 25) + (25 * 3 + 3) + (3 + 1)
    table = find(deep, QTableWidget, "layerTable")
    assert [table.item(r, 3).text() for r in range(3)] == ["1,425", "78", "4"]
    assert deep.last_snapshot.weights[0].shape == (56, 100)  # nothing applied yet
    apply = find(deep, QPushButton, "applyLayersButton")
    assert apply.isEnabled()
    old_problem = deep.setup.problem
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    snap = wait_for_snapshot(qtbot, deep, lambda s: len(s.weights) == 3 and s.update == 0)
    assert [w.shape for w in snap.weights] == [(56, 25), (25, 3), (3, 1)]
    seeded = Network(56, list(builder.spec()), seed=deep.controls.seed_input.value())
    for got, want in zip(snap.weights, seeded.weights):
        np.testing.assert_array_equal(got, want)  # rebuilt from the seed
    assert deep.setup.problem is old_problem and deep.setup.layers == builder.spec()
    assert "seed" in deep.statusBar().currentMessage()
    assert not apply.isEnabled()
    assert deep.panels["builder"].diagram.layer_sizes() == [56, 25, 3, 1]


def test_choosing_tanh_trains_a_tanh_network_and_says_so(qtbot, deep):
    builder = deep.panels["builder"]
    choose_preset(qtbot, deep, "3 sigmoids")
    combo = find(deep, QComboBox, "activationInput_0")
    assert combo.findText("tanh") == combo.findData("tanh") >= 0  # the name shown is the name
    combo.setCurrentIndex(combo.findData("tanh"))
    combo.activated.emit(combo.currentIndex())
    assert builder.diagram.layer_text(1) == "3 tanh"
    click(qtbot, deep, "applyLayersButton")
    wait_for_snapshot(qtbot, deep, lambda s: len(s.weights) == 2 and s.update == 0)
    click(qtbot, deep, "runButton")
    snap = wait_for_snapshot(qtbot, deep, lambda s: len(s.weights) == 2 and s.update >= 5)
    assert deep.setup.layers == (LayerSpec(3, "tanh"), LayerSpec(1, "linear"))
    net = Network(56, list(deep.setup.layers))
    net.weights, net.biases = list(snap.weights), list(snap.biases)
    X = deep.setup.problem.X_train[:5]
    hidden = np.tanh(X @ snap.weights[0] + snap.biases[0])  # the trained network applies tanh
    np.testing.assert_allclose(net.forward(X), hidden @ snap.weights[1] + snap.biases[1], rtol=1e-12)
    assert builder.diagram.layer_text(1) == "3 tanh"
    assert describe_model(deep.setup).startswith("3 tanh")


def test_remove_and_move_buttons(qtbot, deep):
    choose_preset(qtbot, deep, "2 layers of 100 ReLU")
    type_units(qtbot, deep, 0, "7")
    click(qtbot, deep, "moveDownButton_0", QToolButton)
    assert table_spec(deep) == [LayerSpec(100, "relu"), LayerSpec(7, "relu")]
    assert not find(deep, QToolButton, "moveDownButton_1").isEnabled()
    assert not find(deep, QToolButton, "moveUpButton_0").isEnabled()
    click(qtbot, deep, "removeLayerButton_0", QToolButton)
    assert table_spec(deep) == [LayerSpec(7, "relu")]
    click(qtbot, deep, "removeLayerButton_0", QToolButton)
    assert table_spec(deep) == [] and deep.panels["builder"].spec() == (LayerSpec(1, "linear"),)
    assert shown_count(deep) == 57


@pytest.mark.parametrize("typed, reason", [("1500", "1 to 1000"), ("", "empty"), ("0", "1 to 1000")])
def test_invalid_neuron_counts_are_refused_and_change_nothing(qtbot, deep, typed, reason):
    builder = deep.panels["builder"]
    before, count = builder.spec(), shown_count(deep)
    type_units(qtbot, deep, 2, typed)
    assert find(deep, QSpinBox, "unitsInput_2").value() == 100
    assert builder.spec() == before and shown_count(deep) == count
    assert reason in find(deep, QLabel, "builderMessage").text()
    assert reason in deep.statusBar().currentMessage()
    assert not find(deep, QPushButton, "applyLayersButton").isEnabled()
    qtbot.wait(200)
    assert deep.last_snapshot.weights[0].shape == (56, 100) and len(deep.last_snapshot.weights) == 5


def test_too_many_layers_are_refused(qtbot, deep):
    builder = deep.panels["builder"]
    add = find(deep, QPushButton, "addLayerButton")
    while len(builder.design.hidden) < MAX_HIDDEN_LAYERS:
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    spec = builder.spec()
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert builder.spec() == spec
    assert "At most" in deep.statusBar().currentMessage()


def test_a_network_the_core_rejects_is_not_sent(qtbot, deep, monkeypatch):
    builder = deep.panels["builder"]
    type_units(qtbot, deep, 0, "5")
    monkeypatch.setattr(builder.design, "n_inputs", 0)  # no input: the core refuses such a network
    with qtbot.assertNotEmitted(builder.layers_requested):
        click(qtbot, deep, "applyLayersButton")
    assert "input" in find(deep, QLabel, "builderMessage").text()


def test_the_deep_lessons_comparison_table_is_chosen_in_the_lesson_settings(qtbot, deep):
    compare = deep.panels["compare"]
    assert [describe_model(r.setup) for r in compare.app_state.comparison_rows()] == [
        "100 ReLU · 56 days",
        "2 × 100 ReLU · 56 days",
        "3 × 100 ReLU · 56 days",
        "4 × 100 ReLU · 56 days",
    ]
    combo = find(deep, QComboBox, "choice_compare")
    combo.setCurrentIndex(combo.findData("width"))
    rows = compare.app_state.comparison_rows()
    assert [describe_model(r.setup) for r in rows] == [
        "linear · 56 days",
        "10 ReLU · 56 days",
        "100 ReLU · 56 days",
        "1000 ReLU · 56 days",
    ]
    assert {r.setup.seed for r in rows} == {deep.controls.seed_input.value()}
    assert all(r.setup.loss == "mae" for r in rows)
