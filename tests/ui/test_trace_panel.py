"""The backprop trace driven as a learner drives it: Next, Previous, double-clicks, typed numbers."""

import csv

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPushButton, QSpinBox

from applet.core.backprop import fmt, numerical_gradient, relative_error
from applet.core.network import LayerSpec, Network
from applet.training.trace_example import hand_picked
from applet.ui.main_window import MainWindow
from applet.ui.view_models import trace_session as trace_module
from applet.ui.widgets.trace_table import AGREE_FILL, CHECK, DIFFER_FILL, ERROR, NUMBERS, PHASE, SYMBOL, VALUE
from tests.ui.conftest import wait_for_snapshot

# Matt Mazur, "A Step by Step Backpropagation Example": his names, our symbols, his numbers
MAZUR = [
    ("out_h1", "a₁⁽¹⁾", "0.593269992"),
    ("out_o1", "a₁⁽²⁾", "0.75136507"),
    ("out_o2", "a₂⁽²⁾", "0.772928465"),
    ("E_total", "L", "0.298371109"),
    ("δ_o1", "∂L/∂z₁⁽²⁾", "0.138498562"),
    ("∂E/∂w5", "∂L/∂w₁₁⁽²⁾", "0.082167041"),
    ("∂E/∂w1", "∂L/∂w₁₁⁽¹⁾", "0.000438568"),
    ("w5+", "w₁₁⁽²⁾⁺", "0.35891648"),
    ("w6+", "w₂₁⁽²⁾⁺", "0.408666186"),
    ("w7+", "w₁₂⁽²⁾⁺", "0.511301270"),
    ("w8+", "w₂₂⁽²⁾⁺", "0.561370121"),
    ("w1+", "w₁₁⁽¹⁾⁺", "0.149780716"),
    ("w2+", "w₂₁⁽¹⁾⁺", "0.19956143"),
    ("w3+", "w₁₂⁽¹⁾⁺", "0.24975114"),
    ("w4+", "w₂₂⁽¹⁾⁺", "0.29950229"),
]
# his w1…w8 as (layer, (i, j)) of our weights, and his biases b1 (both hidden neurons), b2 (both outputs)
MAZUR_WEIGHTS = {
    (1, (0, 0)): 0.15,
    (1, (1, 0)): 0.20,
    (1, (0, 1)): 0.25,
    (1, (1, 1)): 0.30,
    (2, (0, 0)): 0.40,
    (2, (1, 0)): 0.45,
    (2, (0, 1)): 0.50,
    (2, (1, 1)): 0.55,
    (1, 0): 0.35,
    (1, 1): 0.35,
    (2, 0): 0.60,
    (2, 1): 0.60,
}


@pytest.fixture
def window(qtbot, settings):
    win = MainWindow("backprop", seed=42, settings=settings)
    qtbot.addWidget(win)
    win.show()
    wait_for_snapshot(qtbot, win, lambda s: s.problem is win.setup.problem)
    yield win
    win.close()


@pytest.fixture
def panel(window):
    return window.panels["trace"]


def click(qtbot, panel, name):
    button = panel.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, box: QLineEdit, text: str) -> None:
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def cell(panel, row, column) -> str:
    return panel.table.item(row, column).text()


def table_values(panel) -> dict[str, str]:
    return {cell(panel, row, SYMBOL): cell(panel, row, VALUE) for row in range(panel.table.rowCount())}


def edit_with_editor(qtbot, panel, text: str) -> None:
    """Type into the open parameter editor and press Enter, as a learner does."""
    editor = panel.editor
    assert editor is not None and editor.isVisible()
    type_into(qtbot, editor.input, text)
    qtbot.waitUntil(lambda: panel.editor is None)


def point_on_edge(diagram, edge, t=0.25) -> QPoint:
    a, b = diagram.edge_line(*edge)
    return (a + (b - a) * t).toPoint()


def worker_parameters(window):
    net = window.controller.worker.trainer.net
    return [w.copy() for w in net.weights], [b.copy() for b in net.biases]


def test_next_shows_every_value_in_order_and_highlights_its_nodes_and_edges(qtbot, panel):
    assert panel.objectName() == "tracePanel" and panel.table.objectName() == "traceTable"
    steps = list(panel.trace)
    assert panel.table.rowCount() == 0 and panel.diagram.highlighted_nodes == frozenset()
    for k, step in enumerate(steps):
        click(qtbot, panel, "traceNextButton")
        assert panel.formula_label.text() == step.formula
        assert panel.numbers_label.text().endswith(f"= {fmt(step.value)}")
        assert step.numbers in panel.numbers_label.text()
        assert panel.table.rowCount() == k + 1
        assert [cell(panel, k, c) for c in (SYMBOL, NUMBERS, VALUE)] == [step.symbol, step.numbers, fmt(step.value)]
        assert (
            cell(panel, k, PHASE)
            == {
                "forward": "forward",
                "loss": "loss",
                "backward": "backward",
                "gradient": "gradient",
                "update": "update",
            }[step.phase]
        )
        assert panel.diagram.highlighted_nodes == set(step.nodes)
        assert panel.diagram.highlighted_edges == set(step.edges)
        if step.kind in ("z", "a", "dL/dz"):  # the node shows its z, a and ∂L/∂z once computed
            short = step.symbol.split("⁽")[0]  # z₁⁽²⁾ is z₁ in the node of layer 2
            assert f"{short} = {fmt(step.value)}" in panel.diagram.node_text(step.layer, step.index)
    assert not panel.findChild(QPushButton, "traceNextButton").isEnabled()
    assert "Step 41 of 41" in panel.step_label.text()


def test_nodes_show_values_only_once_computed(qtbot, panel):
    assert panel.diagram.node_text(1, 0) == "b₁ = 0.35"
    click(qtbot, panel, "traceNextButton")
    assert panel.diagram.node_text(1, 0) == "b₁ = 0.35\nz₁ = 0.3775"
    assert panel.diagram.node_text(2, 0) == "b₁ = 0.6\nŷ₁ = 0.01"


def test_previous_goes_back_one_value(qtbot, panel):
    for _ in range(5):
        click(qtbot, panel, "traceNextButton")
    click(qtbot, panel, "tracePrevButton")
    step = panel.trace[3]
    assert panel.table.rowCount() == 4 and cell(panel, 3, SYMBOL) == step.symbol
    assert panel.formula_label.text() == step.formula
    assert panel.diagram.highlighted_nodes == set(step.nodes)
    for _ in range(4):
        click(qtbot, panel, "tracePrevButton")
    assert panel.table.rowCount() == 0 and not panel.findChild(QPushButton, "tracePrevButton").isEnabled()


def test_run_to_end_fills_every_row_and_restart_clears_them(qtbot, panel):
    click(qtbot, panel, "traceEndButton")
    assert panel.table.rowCount() == len(panel.trace) == 41
    assert [cell(panel, row, SYMBOL) for row in range(41)] == [s.symbol for s in panel.trace]
    click(qtbot, panel, "traceRestartButton")
    assert panel.table.rowCount() == 0 and panel.diagram.highlighted_edges == frozenset()


def test_hand_picked_preset_shows_mazurs_published_numbers(qtbot, panel):
    click(qtbot, panel, "traceEndButton")
    values = table_values(panel)
    assert values["a₁⁽²⁾"] == "0.751365" and values["L"] == "0.298371" and values["w₁₁⁽²⁾⁺"] == "0.358916"
    for name, symbol, published in MAZUR:  # to 6 significant digits, as he rounds
        assert values[symbol] == fmt(float(published), 6), name
    digits = panel.findChild(QSpinBox, "traceDigitsInput")
    digits.setValue(9)
    values = table_values(panel)
    assert panel.table.rowCount() == 41
    for name, symbol, published in MAZUR:  # his numbers, digit for digit, rounded where he rounds
        decimals = len(published.split(".")[1])
        assert f"{float(values[symbol]):.{decimals}f}" == published, name
        assert len(values[symbol].split(".")[1]) >= decimals - 1  # the table shows as many digits


def test_typing_a_published_example_into_a_random_network_reproduces_it(qtbot, panel):
    """Done when: a learner types a hand-worked example's weights in and gets its numbers."""
    combo = panel.findChild(QComboBox, "tracePresetInput")
    combo.setCurrentIndex(combo.findData("random"))
    combo.activated.emit(combo.currentIndex())
    assert panel.example.weights[0][0, 0] != 0.15
    for (layer, index), value in MAZUR_WEIGHTS.items():
        panel.edit_parameter(layer, index)
        edit_with_editor(qtbot, panel, str(value))
    for name, value in (
        ("traceInput1", "0.05"),
        ("traceInput2", "0.10"),
        ("traceTarget1", "0.01"),
        ("traceTarget2", "0.99"),
        ("traceLearningRateInput", "0.5"),
    ):
        type_into(qtbot, panel.findChild(QLineEdit, name), value)
    click(qtbot, panel, "traceEndButton")
    values = table_values(panel)
    for name, symbol, published in MAZUR:
        assert values[symbol] == fmt(float(published), 6), name


def test_hmkcodes_example_typed_in_with_half_the_squared_error(qtbot, panel):
    """hmkcode, "Backpropagation Step by Step": 2-2-1 linear, no biases, E = ½(out − target)², η = 0.05."""
    panel.findChild(QSpinBox, "traceUnits2").setValue(1)
    for k in (1, 2):
        combo = panel.findChild(QComboBox, f"traceActivation{k}")
        combo.setCurrentIndex(combo.findData("linear"))
    loss = panel.findChild(QComboBox, "traceLossInput")
    loss.setCurrentIndex(loss.findData("half_sse"))
    weights = {
        (1, (0, 0)): "0.11",
        (1, (1, 0)): "0.21",
        (1, (0, 1)): "0.12",
        (1, (1, 1)): "0.08",
        (2, (0, 0)): "0.14",
        (2, (1, 0)): "0.15",
        (1, 0): "0",
        (1, 1): "0",
        (2, 0): "0",
    }
    for (layer, index), value in weights.items():
        panel.edit_parameter(layer, index)
        edit_with_editor(qtbot, panel, value)
    for name, value in (
        ("traceInput1", "2"),
        ("traceInput2", "3"),
        ("traceTarget1", "1"),
        ("traceLearningRateInput", "0.05"),
    ):
        type_into(qtbot, panel.findChild(QLineEdit, name), value)
    click(qtbot, panel, "traceEndButton")
    values = {symbol: float(text.replace("−", "-")) for symbol, text in table_values(panel).items()}
    published = {
        "a₁⁽²⁾": 0.191,
        "L": 0.327,
        "∂L/∂a₁⁽²⁾": -0.809,
        "w₁₁⁽¹⁾⁺": 0.12,
        "w₂₁⁽¹⁾⁺": 0.23,
        "w₁₂⁽¹⁾⁺": 0.13,
        "w₂₂⁽¹⁾⁺": 0.10,
        "w₁₁⁽²⁾⁺": 0.17,
        "w₂₁⁽²⁾⁺": 0.17,
    }
    for symbol, number in published.items():
        decimals = len(repr(number).split(".")[1])
        assert round(values[symbol], decimals) == number, symbol


def test_double_clicking_an_edge_edits_exactly_that_weight(qtbot, window, panel):
    before_w, before_b = [w.copy() for w in panel.example.weights], [b.copy() for b in panel.example.biases]
    edge = (2, 1, 0)  # w₂₁⁽²⁾ = 0.45, Mazur's w6
    with qtbot.waitSignal(panel.parameters_edited) as sent:
        qtbot.mouseDClick(panel.diagram, Qt.MouseButton.LeftButton, pos=point_on_edge(panel.diagram, edge))
        assert panel.editor.windowTitle() == "w₂₁⁽²⁾"
        edit_with_editor(qtbot, panel, "-1.5")
    after_w, after_b = panel.example.weights, panel.example.biases
    for l, (old, new) in enumerate(zip(before_w, after_w), start=1):
        differs = np.argwhere(old != new).tolist()
        assert differs == ([[1, 0]] if l == 2 else [])
    assert after_w[1][1, 0] == -1.5
    for old, new in zip(before_b, after_b):
        np.testing.assert_array_equal(old, new)
    np.testing.assert_array_equal(sent.args[0][1], after_w[1])
    z = next(s for s in panel.trace if s.symbol == "z₁⁽²⁾")
    assert "(−1.5) · 0.596884" in z.numbers
    # the worker trains the edited network
    qtbot.waitUntil(lambda: worker_parameters(window)[0][1][1, 0] == -1.5)
    np.testing.assert_array_equal(worker_parameters(window)[0][0], after_w[0])


def test_double_clicking_a_node_edits_its_bias_and_an_input_node_edits_x(qtbot, window, panel):
    rect = panel.diagram.node_rect(1, 1)
    qtbot.mouseDClick(panel.diagram, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert panel.editor.windowTitle() == "b₂⁽¹⁾"
    edit_with_editor(qtbot, panel, "0.7")
    assert panel.example.biases[0].tolist() == [0.35, 0.7] and panel.example.biases[1].tolist() == [0.6, 0.6]
    rect = panel.diagram.node_rect(0, 0)
    qtbot.mouseDClick(panel.diagram, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert panel.editor.windowTitle() == "x₁"
    edit_with_editor(qtbot, panel, "0.2")
    assert panel.example.x.tolist() == [0.2, 0.1]
    assert panel.findChild(QLineEdit, "traceInput1").text() == "0.2"
    # a new sample is a new experiment: the worker now learns from it, with the edited bias
    snap = wait_for_snapshot(qtbot, window, lambda s: s.problem.X_train.tolist() == [[0.2, 0.1]])
    assert snap.biases[0].tolist() == [0.35, 0.7]


def test_double_clicking_a_gradient_row_edits_its_parameter(qtbot, panel):
    click(qtbot, panel, "traceEndButton")
    row = next(k for k, s in enumerate(panel.trace) if s.symbol == "∂L/∂w₁₂⁽¹⁾")
    panel.table.scrollToItem(panel.table.item(row, VALUE))
    rect = panel.table.visualItemRect(panel.table.item(row, VALUE))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.editor.windowTitle() == "w₁₂⁽¹⁾"
    edit_with_editor(qtbot, panel, "0.125")
    assert panel.example.weights[0].tolist() == [[0.15, 0.125], [0.2, 0.3]]
    assert panel.table.rowCount() == 41  # still the whole trace, re-traced


def test_a_rejected_number_changes_nothing(qtbot, panel):
    panel.edit_parameter(1, (0, 0))
    type_into(qtbot, panel.editor.input, "abc")
    assert panel.editor is not None and "not a number" in panel.editor.message.text()
    panel.editor.close()
    assert panel.example.weights[0][0, 0] == 0.15
    box = panel.findChild(QLineEdit, "traceInput2")
    type_into(qtbot, box, "x")
    assert box.text() == "0.1" and panel.example.x[1] == 0.1 and "not a number" in panel.message.text()


def test_every_gradient_has_an_agreeing_central_difference(qtbot, panel):
    click(qtbot, panel, "traceEndButton")
    ex, net = panel.example, panel.example.network()
    checked = 0
    for row, step in enumerate(panel.trace):
        if step.phase != "gradient":
            assert cell(panel, row, CHECK) == "" and cell(panel, row, ERROR) == ""
            continue
        numeric = numerical_gradient(net, ex.x, ex.y, "mse", step.layer, step.index, h=1e-6)
        assert cell(panel, row, CHECK) == fmt(numeric)
        assert cell(panel, row, ERROR) == "✓ " + fmt(relative_error(step.value, numeric), 2)
        assert panel.table.item(row, ERROR).background().color() == AGREE_FILL
        checked += 1
    assert checked == 12


def test_a_disagreeing_check_is_marked(qtbot, panel, monkeypatch):
    monkeypatch.setattr(trace_module, "numerical_gradient", lambda *args, **kwargs: 1.0)
    click(qtbot, panel, "traceEndButton")
    row = next(k for k, s in enumerate(panel.trace) if s.phase == "gradient")
    assert cell(panel, row, ERROR).startswith("✗")
    assert panel.table.item(row, ERROR).background().color() == DIFFER_FILL


def test_apply_update_lowers_the_loss_and_moves_the_workers_network(qtbot, window, panel):
    first = panel.trace
    new_w, new_b = first.updated_parameters()
    for _ in range(3):
        click(qtbot, panel, "traceApplyButton")
    assert [k for k, _ in panel.session.losses] == [0, 1, 2, 3]
    losses = [loss for _, loss in panel.session.losses]
    assert losses == sorted(losses, reverse=True) and losses[0] == first.value("L")
    assert panel.loss_history.text().endswith("   ".join(f"{k}: {fmt(loss)}" for k, loss in panel.session.losses))
    assert panel.table.rowCount() == 0  # the next iteration starts at its first step
    expected = hand_picked().with_parameters(new_w, new_b)
    for _ in range(2):
        w, b = expected.trace().updated_parameters()
        expected = expected.with_parameters(w, b)
    qtbot.waitUntil(lambda: np.array_equal(worker_parameters(window)[0][1], expected.weights[1]))


def test_step_in_the_training_controls_is_the_traced_update(qtbot, window, panel):
    expected_w, expected_b = panel.trace.updated_parameters()
    qtbot.mouseClick(window.findChild(QPushButton, "stepButton"), Qt.MouseButton.LeftButton)
    wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
    for mine, trained in zip(expected_w + expected_b, panel.example.weights + panel.example.biases):
        np.testing.assert_allclose(trained, mine, rtol=1e-12)
    assert panel.session.iteration == 1 and len(panel.session.losses) == 2


def test_network_shape_activation_and_loss_edits_restart_training_with_them(qtbot, window, panel):
    panel.findChild(QSpinBox, "traceLayersInput").setValue(3)
    panel.findChild(QSpinBox, "traceUnits3").setValue(3)
    assert panel.example.layer_sizes == [2, 2, 2, 3]
    assert panel.diagram.layer_sizes() == [2, 2, 2, 3]
    np.testing.assert_array_equal(panel.example.weights[0], hand_picked().weights[0])  # kept
    combo = panel.findChild(QComboBox, "traceActivation3")
    combo.setCurrentIndex(combo.findData("relu"))
    loss = panel.findChild(QComboBox, "traceLossInput")
    loss.setCurrentIndex(loss.findData("cross_entropy"))
    class_input = panel.findChild(QSpinBox, "traceTargetClass")
    assert class_input.isVisible() and not panel.findChild(QLineEdit, "traceTarget1").isVisible()
    class_input.setValue(2)
    snap = wait_for_snapshot(
        qtbot, window, lambda s: s.loss_name == "cross_entropy" and s.problem.Y_train.tolist() == [2]
    )
    assert [spec.units for spec in window.setup.layers] == [2, 2, 3]
    assert window.setup.layers[-1].activation == "relu"
    np.testing.assert_array_equal(snap.weights[2], panel.example.weights[2])
    assert [s.kind for s in panel.trace if s.phase == "loss"] == ["p", "p", "p", "loss"]
    assert window.findChild(QComboBox, "lossInput").currentData() == "cross_entropy"


def test_reversed_view_shows_sigma_prime_as_amplifiers(qtbot, panel):
    for _ in range(11):  # up to ∂L/∂z₁⁽²⁾
        click(qtbot, panel, "traceNextButton")
    panel.findChild(type(panel.reversed_input), "traceReversedCheck").setChecked(True)
    assert panel.diagram.is_reversed()
    out = panel.diagram.node_text(2, 0)
    assert out == "∂L/∂a₁ = 0.741365\n× σ′(z₁) = 0.186816\n∂L/∂z₁ = 0.138499"
    assert "∂L/∂z" not in panel.diagram.node_text(1, 0)  # not computed yet
    assert panel.diagram.node_rect(2, 0).center().x() < panel.diagram.node_rect(0, 0).center().x()
    assert panel.diagram.highlighted_nodes == set(panel.trace[10].nodes)


@pytest.mark.parametrize("kind,suffix", [("csv", ".csv"), ("md", ".md")])
def test_export_round_trips_the_values(qtbot, panel, tmp_path, monkeypatch, kind, suffix):
    path = tmp_path / f"trace{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    click(qtbot, panel, "traceNextButton")
    click(qtbot, panel, "traceCsvButton" if kind == "csv" else "traceMarkdownButton")
    text = path.read_text(encoding="utf-8")
    assert str(path) in panel.message.text()
    if kind == "csv":
        rows = list(csv.DictReader(text.splitlines()))
        assert [row["symbol"] for row in rows] == [s.symbol for s in panel.trace]  # the whole trace
        assert [float(row["value"]) for row in rows] == [s.value for s in panel.trace]
        assert [row["numbers"] for row in rows] == [s.numbers for s in panel.trace]
    else:
        lines = text.splitlines()
        assert len(lines) == len(panel.trace) + 2
        assert lines[2 + 5].endswith("| 0.751365 |") and "a₁⁽²⁾" in lines[2 + 5]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_after_training_runs_the_trace_starts_from_the_trained_network(qtbot, window, panel):
    run = window.findChild(QPushButton, "runButton")
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    wait_for_snapshot(qtbot, window, lambda s: s.update > 50)
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    snap = wait_for_snapshot(qtbot, window, lambda s: not s.running)
    for trained, mine in zip(snap.weights + snap.biases, panel.example.weights + panel.example.biases):
        np.testing.assert_array_equal(trained, mine)
    assert panel.session.iteration == snap.update and panel.session.losses[-1] == (snap.update, panel.trace.value("L"))
    assert panel.trace.value("L") < 0.298371 and panel.table.rowCount() == 0


def test_reset_in_the_training_controls_traces_the_seeds_network(qtbot, window, panel):
    window.findChild(QSpinBox, "seedInput").setValue(7)
    qtbot.mouseClick(window.findChild(QPushButton, "resetButton"), Qt.MouseButton.LeftButton)
    wait_for_snapshot(qtbot, window, lambda s: s.run_id > 1 and s.weights is not None)
    seeded = Network(2, [LayerSpec(2, "sigmoid"), LayerSpec(2, "sigmoid")], seed=7)
    qtbot.waitUntil(lambda: np.array_equal(panel.example.weights[0], seeded.weights[0]))
    np.testing.assert_array_equal(panel.example.weights[1], seeded.weights[1])
    assert panel.session.losses == [(0, panel.trace.value("L"))]
