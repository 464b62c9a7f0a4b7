"""TraceSession without Qt: stepping, checks, edits, and adopting the worker's snapshots."""

import numpy as np
import pytest

from applet.core.backprop import fmt
from applet.core.errors import DataError
from applet.core.network import LayerSpec
from applet.training.snapshot import IDLE, RUNNING, Snapshot
from applet.training.trace_example import hand_picked
from applet.ui.view_models.trace_session import ADOPT_INTERVAL, Overflow, TraceSession, short


def snapshot(example, run_id=1, update=0, state=IDLE, lr=None, loss=None):
    empty = np.empty(0)
    return Snapshot(
        example.problem(), run_id, update, 0, 0, 1, 1, example.lr if lr is None else lr,
        loss or example.loss, 0.0, 0.0, 0.0, 0.0, state, None, 0.0, empty, empty, empty, empty, None,
        tuple(example.weights), tuple(example.biases),
    )  # fmt: skip


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_stepping_moves_the_cursor_within_the_trace():
    session = TraceSession()
    assert session.cursor == 0 and session.step is None
    assert session.go(3) == 0 and session.cursor == 3
    assert session.step is session.trace[2]
    assert session.go(1) == 1 and session.cursor == 1
    assert session.go(1) is None
    assert session.go(10_000) == 1 and session.cursor == len(session.trace)
    assert session.go(-5) == 0 and session.cursor == 0


def test_every_gradient_agrees_with_its_central_difference():
    session = TraceSession()
    gradients = [row for row, step in enumerate(session.trace) if step.phase == "gradient"]
    assert len(gradients) == 12  # 8 weights and 4 biases of the 2-2-2 network
    for row in gradients:
        check = session.check(row)
        assert check.agrees and check.numeric == pytest.approx(session.trace[row].value, rel=1e-6)
    assert session.check(0) is None  # z₁ is not a gradient


def test_mazurs_numbers_appear_in_the_nodes():
    session = TraceSession()
    assert short("z₁⁽¹⁾") == "z₁"
    assert session.node_lines(1, 0, reversed_view=False) == ["b₁ = 0.35"]  # nothing computed yet
    session.go(len(session.trace))
    lines = session.node_lines(1, 0, reversed_view=False)
    assert "z₁ = 0.3775" in lines and "a₁ = 0.59327" in lines
    assert session.node_lines(2, 0, reversed_view=False)[1] == "ŷ₁ = 0.01"
    reversed_lines = session.node_lines(2, 0, reversed_view=True)
    assert reversed_lines[0].startswith("∂L/∂a₁") and reversed_lines[1].startswith("× σ′(z₁)")
    assert session.input_text(1, 3) == "x₂ = 0.1"


def test_apply_update_traces_the_next_iteration_with_a_lower_loss():
    session = TraceSession()
    weights, biases = session.trace.updated_parameters()
    L0 = session.trace.value("L")
    session.go(5)
    example = session.apply_update()
    assert session.iteration == 1 and session.cursor == 0
    np.testing.assert_array_equal(example.weights[0], weights[0])
    np.testing.assert_array_equal(example.biases[1], biases[1])
    assert session.losses[0] == (0, L0) and session.losses[1][1] < L0
    assert session.loss_history(1) == f"1: {fmt(session.losses[1][1])}"


def test_an_overflowing_edit_changes_nothing_and_names_the_number():
    session = TraceSession()
    session.edit(lambda ex: ex.with_input(0, 1e300))  # z₁ = 1.5e299: large, still finite
    before = session.example
    with pytest.raises(Overflow) as raised:
        session.set_parameter(1, (0, 0), 1e10)
    assert raised.value.step.symbol.startswith("z") and session.example is before
    with pytest.raises(DataError):
        session.edit(lambda ex: ex.with_lr(float("nan")))
    assert session.example is before


def test_an_edit_with_restart_clears_the_loss_history_and_asks_for_that_setup():
    session = TraceSession()
    session.apply_update()
    session.edit(lambda ex: ex.with_lr(0.1), restart=True)
    assert session.iteration == 0 and len(session.losses) == 1
    setup = session.request_setup(seed=7)
    assert setup.lr == 0.1 and setup.seed == 7
    assert not session.setup_changed(setup)  # the echo of its own request is not traced again
    assert session.setup_changed(hand_picked().setup(hand_picked().problem(), 3))
    assert session.example.lr == 0.5 and session.cursor == 0


def test_snapshots_are_adopted_once_the_worker_has_trained():
    clock = Clock()
    session = TraceSession(clock=clock)
    assert session.adopt(snapshot(session.example)) is None  # the echo: same parameters, nothing to do
    trained = session.example.with_parameters(*session.trace.updated_parameters())
    adoption = session.adopt(snapshot(trained, update=1))
    assert adoption.restart and session.iteration == 1
    np.testing.assert_array_equal(session.example.weights[0], trained.weights[0])
    # while the worker runs, at most one adoption per interval
    later = trained.with_parameters(*trained.trace().updated_parameters())
    assert session.adopt(snapshot(later, update=2, state=RUNNING)) is None
    clock.now += ADOPT_INTERVAL
    assert session.adopt(snapshot(later, update=2, state=RUNNING)).restart
    assert session.iteration == 2


def test_a_learning_rate_or_loss_from_the_controls_is_adopted_without_restarting():
    session = TraceSession()
    session.go(4)
    adoption = session.adopt(snapshot(session.example, lr=0.25, loss="mae"))
    assert not adoption.restart and session.cursor == 4
    assert session.example.lr == 0.25 and session.example.loss == "mae"
    assert session.adopt(snapshot(session.example, update=0, loss="cross_entropy")) is None  # another task


def test_driving_the_reversed_network_with_dC_dy():
    session = TraceSession()
    np.testing.assert_allclose(session.output_gradient(), [2 * (0.75136507 - 0.01) / 2, 2 * (0.772928465 - 0.99) / 2])
    session.set_output_gradient(1, 0.0)
    session.set_output_gradient(0, 1.0)
    lines = session.node_lines(2, 0, reversed_view=True)  # every node at once, whatever the cursor
    assert lines[0] == "∂C/∂y₁ = 1" and lines[1] == "× σ′(z₁) = 0.186816" and lines[2] == "∂C/∂z₁ = 0.186816"
    hidden = session.circuit_pass().dC_dz[0]
    session.set_output_gradient(0, 2.0)
    np.testing.assert_allclose(session.circuit_pass().dC_dz[0], 2 * hidden, rtol=1e-15)
    assert session.node_lines(1, 0, reversed_view=False)[0].startswith("b₁")  # the forward view is unchanged
    session.edit(lambda ex: ex.with_shape(2, [LayerSpec(2, "sigmoid"), LayerSpec(3, "sigmoid")]), restart=True)
    assert session.circuit is None  # a new number of outputs: the loss's ∂L/∂y again
    session.set_output_gradient(0, 5.0)
    session.follow_the_loss()
    np.testing.assert_array_equal(session.output_gradient(), session.loss_derivative())
