"""Backprop over a batch in the trace panel: each sample's ∂Cⁿ/∂w, their sum and mean, weight decay."""

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from applet.core.backprop import batch_gradients, fmt, sample_losses
from tests.ui.conftest import click, find, open_window, wait_for_snapshot


@pytest.fixture
def window(qtbot, settings):
    win = open_window(qtbot, settings, "backprop")
    yield win
    win.close()


@pytest.fixture
def panel(window):
    return window.panels["trace"]


def type_into(qtbot, box, text: str) -> None:
    box.lineEdit().selectAll() if isinstance(box, QSpinBox) else box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def batch_cell(panel, row: int, column: int) -> str:
    return panel.batch_table.table.item(row, column).text()


def header(panel, column: int) -> str:
    return panel.batch_table.table.horizontalHeaderItem(column).text()


def set_samples(qtbot, window, panel, n: int) -> None:
    panel.tabs.setCurrentIndex(1)
    type_into(qtbot, find(panel, QSpinBox, "traceSamplesInput"), str(n))
    wait_for_snapshot(qtbot, window, lambda s: len(s.problem.X_train) == n)


def test_three_samples_show_each_samples_gradient_their_sum_and_their_mean(qtbot, window, panel):
    set_samples(qtbot, window, panel, 3)
    ex = panel.example
    assert ex.n_samples == 3 and np.array_equal(ex.x, [0.05, 0.10])  # Mazur's sample stays the first
    net, digits = ex.network(), panel.session.digits
    per_sample = batch_gradients(net, ex.X, ex.Y, loss=ex.loss)
    assert [header(panel, c) for c in range(5)] == ["sample 1", "sample 2", "sample 3", "Σₙ", "mean = ∂L/∂θ"]
    assert panel.batch_table.table.columnCount() == 5  # no weight decay: no λ columns
    _, gW, gb = net.loss_and_grads(ex.X, ex.Y, loss=ex.loss)
    rows = panel.batch_table.table.rowCount()
    assert rows == 1 + 8 + 4  # the loss, 8 weights, 4 biases
    losses = sample_losses(net, ex.X, ex.Y, ex.loss)
    assert [batch_cell(panel, 0, n) for n in range(3)] == [fmt(c, digits) for c in losses]
    for row in range(1, rows):
        label = panel.batch_table.table.verticalHeaderItem(row).text()
        layer, index = panel.session.batch_rows()[row].layer, panel.session.batch_rows()[row].index
        part = 0 if isinstance(index, tuple) else 1
        assert label == "∂Cⁿ/∂" + panel.session.symbols[(layer, index)]
        values = [g[part][layer - 1][index] for g in per_sample]
        assert [batch_cell(panel, row, n) for n in range(3)] == [fmt(v, digits) for v in values]
        assert batch_cell(panel, row, 3) == fmt(math.fsum(values), digits)  # the lecture's Σₙ ∂Cⁿ/∂w
        exact = (gW if part == 0 else gb)[layer - 1][index]
        assert batch_cell(panel, row, 4) == fmt(exact, digits)  # our L is the mean: its gradient
    # the steps follow sample 1 and stop before the update, which is the batch's
    assert "sample 1 of 3" in panel.step_label.text()
    assert {s.phase for s in panel.trace} == {"forward", "loss", "backward", "gradient"}


def test_apply_update_moves_every_parameter_by_the_batch_mean(qtbot, window, panel):
    set_samples(qtbot, window, panel, 3)
    ex = panel.example
    _, gW, gb = ex.network().loss_and_grads(ex.X, ex.Y, loss=ex.loss)
    click(qtbot, panel, "traceApplyButton")
    for l in range(2):
        np.testing.assert_allclose(panel.example.weights[l], ex.weights[l] - ex.lr * gW[l], rtol=1e-13)
        np.testing.assert_allclose(panel.example.biases[l], ex.biases[l] - ex.lr * gb[l], rtol=1e-13)
    L = float(np.mean(sample_losses(panel.example.network(), ex.X, ex.Y, ex.loss)))
    assert panel.session.losses[-1] == (1, L)


def test_weight_decay_shows_lambda_w_and_the_total(qtbot, window, panel):
    set_samples(qtbot, window, panel, 2)
    type_into(qtbot, find(window, QLineEdit, "weightDecayInput"), "0.1")
    wait_for_snapshot(qtbot, window, lambda s: s.weight_decay == 0.1)
    qtbot.waitUntil(lambda: panel.batch_table.table.columnCount() == 6)
    assert [header(panel, c) for c in (4, 5)] == ["λ·w", "∂L/∂θ + λ·w"]
    ex, digits = panel.example, panel.session.digits
    _, gW, gb = ex.network().loss_and_grads(ex.X, ex.Y, loss=ex.loss, weight_decay=0.1)
    for row in panel.session.batch_rows()[1:]:
        r = panel.session.batch_rows().index(row)
        if isinstance(row.index, tuple):
            w = ex.weights[row.layer - 1][row.index]
            assert batch_cell(panel, r, 4) == fmt(0.1 * w, digits)
            assert batch_cell(panel, r, 5) == fmt(gW[row.layer - 1][row.index], digits)
        else:
            assert batch_cell(panel, r, 4) == "0"  # biases are not decayed
            assert batch_cell(panel, r, 5) == fmt(gb[row.layer - 1][row.index], digits)
    penalty = 0.05 * sum(float(np.sum(W**2)) for W in ex.weights)
    assert batch_cell(panel, 0, 4) == fmt(penalty, digits)
    click(qtbot, panel, "traceApplyButton")  # the update follows the total
    np.testing.assert_allclose(panel.example.weights[0], ex.weights[0] - ex.lr * gW[0], rtol=1e-13)


def test_one_sample_keeps_the_single_sample_trace(qtbot, window, panel):
    assert panel.example.n_samples == 1 and len(panel.trace) == 41
    assert panel.batch_table.table.columnCount() == 3  # sample 1, Σₙ, mean
    assert batch_cell(panel, 0, 0) == batch_cell(panel, 0, 2) == fmt(panel.trace.value("L"))
    set_samples(qtbot, window, panel, 4)
    set_samples(qtbot, window, panel, 1)
    assert len(panel.trace) == 41 and "sample" not in panel.step_label.text()


def test_the_cost_of_every_gradient_follows_the_network(qtbot, window, panel):
    from applet.core.opcount import operation_counts

    panel.tabs.setCurrentIndex(2)
    cost = panel.cost_table
    c = operation_counts((2, 2, 2))
    assert cost.finite_differences.text().endswith(f"= {c.finite_differences:,}")  # (12 + 1) × 8 = 104
    assert cost.backprop.text().endswith(f"= {c.backprop:,}")
    assert "4.3× fewer" in cost.summary.text()
    table = cost.table
    assert [table.item(1, k).text() for k in range(4)] == ["5,801", "33,071,400", "11,601", "2,851×"]
    units = find(panel, QSpinBox, "traceUnits1")
    units.lineEdit().selectAll()
    qtbot.keyClicks(units, "4")
    qtbot.keyClick(units, Qt.Key.Key_Return)
    bigger = operation_counts((2, 4, 2))  # W = 16, P = 22
    qtbot.waitUntil(lambda: cost.finite_differences.text().endswith(f"= {bigger.finite_differences:,}"))
    assert cost.finite_differences.text() == "(P + 1)·W = (22 + 1) × 16 = 368"
    assert cost.backprop.text().endswith(f"= {bigger.backprop:,}")
    assert table.verticalHeaderItem(0).text() == "2→4→2 (this network)"
    assert table.item(0, 3).text() == f"{bigger.ratio:.1f}×"


def node_value(panel, layer: int, neuron: int, name: str) -> str:
    """The number after "name = " in a node of the diagram, e.g. name "∂C/∂z₁"."""
    line = next(t for t in panel.diagram.node_text(layer, neuron).split("\n") if t.startswith(name + " = "))
    return line.split(" = ")[1]


def test_the_backward_pass_is_a_linear_circuit(qtbot, window, panel):
    from applet.core.backprop import backward_pass

    find(panel, QCheckBox, "traceReversedCheck").click()
    first, second = find(panel, QLineEdit, "traceOutputGradient1"), find(panel, QLineEdit, "traceOutputGradient2")
    assert first.isVisible() and not find(panel, QLineEdit, "traceOutputGradient3").isVisible()
    assert float(first.text()) == pytest.approx(panel.session.loss_derivative()[0], rel=1e-5)  # the loss's to start
    type_into(qtbot, second, "0")
    type_into(qtbot, first, "1")
    at_one = [node_value(panel, 1, j, f"∂C/∂z{s}") for j, s in ((0, "₁"), (1, "₂"))]
    assert node_value(panel, 2, 0, "∂C/∂y₁") == "1" and node_value(panel, 2, 1, "∂C/∂y₂") == "0"
    circuit = backward_pass(panel.example.network(), panel.example.x, [1.0, 0.0])
    assert at_one == [fmt(v) for v in circuit.dC_dz[0]]
    type_into(qtbot, first, "2")  # twice ∂C/∂y: twice every ∂C/∂z, the amplifiers σ′(z) unchanged
    assert [node_value(panel, 1, j, f"∂C/∂z{s}") for j, s in ((0, "₁"), (1, "₂"))] == [
        fmt(2 * v) for v in circuit.dC_dz[0]
    ]
    assert node_value(panel, 1, 0, "× σ′(z₁)") == fmt(circuit.slopes[0][0])
    # back to the loss's ∂L/∂y: backpropagation's own ∂L/∂z, once the trace has computed them
    click(qtbot, panel, "traceOutputGradientLoss")
    click(qtbot, panel, "traceEndButton")
    dz = next(s for s in panel.trace if s.symbol == "∂L/∂z₁⁽¹⁾")
    assert node_value(panel, 1, 0, "∂L/∂z₁") == fmt(dz.value)
    assert float(first.text()) == pytest.approx(panel.session.loss_derivative()[0], rel=1e-5)


def test_a_typo_in_the_circuit_changes_nothing(qtbot, window, panel):
    find(panel, QCheckBox, "traceReversedCheck").click()
    box = find(panel, QLineEdit, "traceOutputGradient1")
    type_into(qtbot, box, "3")
    before = panel.diagram.node_text(1, 0)
    type_into(qtbot, box, "abc")
    assert box.text() == "3" and panel.diagram.node_text(1, 0) == before
    assert "abc" in panel.message.text()


def test_the_lessons_try_this_tasks_with_seed_42(qtbot, window, panel):
    """Tasks 3 and 4 of the lesson text, done as a learner does them; every number quoted is shown."""
    from applet.paths import resource

    texts = [resource("lessons", f"backprop.{lang}.md").read_text(encoding="utf-8") for lang in ("en", "zh_CN")]

    def quoted(*numbers):
        for number in numbers:
            assert all(number in text for text in texts), number

    for _ in range(2):  # task 2 leaves other weights and a larger η behind
        click(qtbot, panel, "traceApplyButton")
    type_into(qtbot, find(panel, QLineEdit, "traceLearningRateInput"), "3")
    assert panel.example.lr == 3
    preset = find(panel, QComboBox, "tracePresetInput")  # task 3: the preset again
    preset.activated.emit(preset.findData("hand_picked"))
    assert panel.example.lr == 0.5 and panel.example.n_samples == 1
    set_samples(qtbot, window, panel, 3)
    shown = [batch_cell(panel, 0, c) for c in (0, 1, 2, 4)]
    assert shown == ["0.298371", "0.0577628", "0.00966461", "0.121933"]
    quoted(*shown)
    row = next(r for r, b in enumerate(panel.session.batch_rows()) if b.symbol == "w₁₂⁽²⁾")
    values = [float(batch_cell(panel, row, c).replace("−", "-")) for c in range(4)]
    assert values[0] < 0 < values[1] and values[2] > 0 and values[3] > 0  # sample 1 up, 2 and 3 down: down
    quoted(f"{values[0]:.3}".replace("-", "−"), f"{values[1]:.3}", f"{values[2]:.3}")
    type_into(qtbot, find(window, QLineEdit, "weightDecayInput"), "0.1")
    qtbot.waitUntil(lambda: panel.batch_table.table.columnCount() == 7)
    row = next(r for r, b in enumerate(panel.session.batch_rows()) if b.symbol == "w₁₁⁽¹⁾")
    assert (batch_cell(panel, row, 5), batch_cell(panel, row, 4)) == ("0.015", "−0.000130887")
    quoted("0.015", "−0.000131")
    for _ in range(3):
        click(qtbot, panel, "traceApplyButton")
    assert panel.loss_history.text().endswith("3: 0.110736")
    quoted("0.110736", "0.115145")
    panel.tabs.setCurrentIndex(2)  # task 4's counts, then its circuit
    quoted(
        panel.cost_table.finite_differences.text().split(" = ")[-1], panel.cost_table.backprop.text().split(" = ")[-1]
    )
    table = panel.cost_table.table
    quoted(*(table.item(1, c).text() for c in (1, 2, 3)), table.item(4, 3).text())
    preset.activated.emit(preset.findData("hand_picked"))
    find(panel, QCheckBox, "traceReversedCheck").click()
    type_into(qtbot, find(panel, QLineEdit, "traceOutputGradient2"), "0")
    type_into(qtbot, find(panel, QLineEdit, "traceOutputGradient1"), "1")
    assert node_value(panel, 1, 0, "∂C/∂z₁") == "0.0180315"
    type_into(qtbot, find(panel, QLineEdit, "traceOutputGradient1"), "2")
    assert node_value(panel, 1, 0, "∂C/∂z₁") == "0.036063"
    quoted("0.0180315", "0.036063")


def test_l1_shows_lambda1_sign_w_and_the_total(qtbot, window, panel):
    set_samples(qtbot, window, panel, 2)
    type_into(qtbot, find(window, QLineEdit, "l1Input"), "0.1")
    wait_for_snapshot(qtbot, window, lambda s: s.l1 == 0.1)
    qtbot.waitUntil(lambda: panel.batch_table.table.columnCount() == 6)
    assert [header(panel, c) for c in (4, 5)] == ["λ₁·sign(w)", "∂L/∂θ + λ₁·sign(w)"]
    ex, digits = panel.example, panel.session.digits
    _, gW, gb = ex.network().loss_and_grads(ex.X, ex.Y, loss=ex.loss, l1=0.1)
    for r, row in enumerate(panel.session.batch_rows()):
        if isinstance(row.index, tuple):
            w = ex.weights[row.layer - 1][row.index]
            assert batch_cell(panel, r, 4) == fmt(0.1 * np.sign(w), digits)
            assert batch_cell(panel, r, 5) == fmt(gW[row.layer - 1][row.index], digits)
    penalty = 0.1 * sum(float(np.sum(np.abs(W))) for W in ex.weights)
    assert batch_cell(panel, 0, 4) == fmt(penalty, digits)
    click(qtbot, panel, "traceApplyButton")  # the update follows the total
    np.testing.assert_allclose(panel.example.weights[0], ex.weights[0] - ex.lr * gW[0], rtol=1e-13)
