"""Trainer.step_back: undo one full-batch gradient-descent update exactly."""

import math

import numpy as np
import pytest

from applet.core import trainer as tr
from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.core.trainer import Trainer


def line_data(n=60, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 5, n)
    return x, 0.8 * x + 0.3 + 0.2 * rng.normal(size=n)


def linear_trainer(**kwargs):
    x, y = line_data()
    x_val, y_val = line_data(20, seed=1)
    options = dict(loss="mse", lr=0.05, trace_params=True, X_val=x_val, Y_val=y_val)
    return Trainer(Network(1, [LayerSpec(1, "linear")], seed=3), x, y, **{**options, **kwargs})


def snapshot_of(t):
    return (
        t.update,
        t.epoch,
        t.batch,
        t.flat_parameters().tolist(),
        {k: v.tolist() for k, v in t.history.state().items()},
    )


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_step_back_restores_the_previous_parameters_and_shortens_the_path(loss):
    t = linear_trainer(loss=loss)
    t.run(5)
    path = t.history.params.values.copy()
    t.step_back()
    np.testing.assert_array_equal(t.flat_parameters(), path[4])
    np.testing.assert_array_equal(t.history.params.values, path[:5])
    assert (t.update, t.epoch) == (4, 4)
    assert len(t.history.loss) == len(t.history.epoch_update) == len(t.history.epoch_val) == 4


def test_step_back_then_forward_repeats_the_run_exactly():
    reference = linear_trainer()
    reference.run(10)
    expected = snapshot_of(reference)
    expected_status = (reference.last_loss, reference.last_grad_norm)

    t = linear_trainer()
    t.run(10)
    for _ in range(4):
        t.step_back()
    t.run(4)
    assert snapshot_of(t) == expected
    assert (t.last_loss, t.last_grad_norm) == expected_status


def test_step_back_reports_the_loss_and_gradient_the_previous_update_started_from():
    reference = linear_trainer()
    reference.run(6)
    t = linear_trainer()
    t.run(7)
    t.step_back()
    assert t.last_loss == reference.last_loss
    assert t.last_grad_norm == reference.last_grad_norm
    assert t.stop_reason is None


def test_step_back_to_the_start_and_no_further():
    t = linear_trainer()
    start = t.flat_parameters()
    t.run(2)
    t.step_back()
    t.step_back()
    np.testing.assert_array_equal(t.flat_parameters(), start)
    assert (t.update, t.epoch, len(t.history.params)) == (0, 0, 1)
    assert math.isnan(t.last_loss) and math.isnan(t.last_grad_norm)
    with pytest.raises(DataError, match="started"):
        t.step_back()
    assert t.update == 0


def test_step_back_clears_a_stop_reason_so_training_can_go_on():
    t = linear_trainer(max_updates=3)
    assert t.run() == tr.MAX_UPDATES
    t.step_back()
    assert t.stop_reason is None and t.update == 2
    assert t.run() == tr.MAX_UPDATES and t.update == 3


def test_step_back_is_refused_without_a_recorded_path():
    t = linear_trainer(trace_params=False)
    t.run(3)
    before = t.flat_parameters()
    with pytest.raises(DataError, match="path"):
        t.step_back()
    np.testing.assert_array_equal(t.flat_parameters(), before)
    assert t.update == 3


def test_step_back_is_refused_for_mini_batches():
    t = linear_trainer(batch_size=16)
    t.run(3)
    state = snapshot_of(t)
    with pytest.raises(DataError, match="full-batch"):
        t.step_back()
    assert snapshot_of(t) == state


def test_step_back_is_refused_over_a_mini_batch_update_even_after_switching_to_full_batch():
    t = linear_trainer(batch_size=16)
    t.run(2)  # half-way through the first epoch
    t.batch_size = None
    t.step()  # a full batch after two mini-batches of a shuffled epoch
    with pytest.raises(DataError, match="full-batch"):
        t.step_back()
    assert t.update == 3


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
def test_step_back_is_refused_for_optimizers_with_memory(optimizer):
    t = linear_trainer(optimizer=optimizer)
    t.run(3)
    with pytest.raises(DataError, match="plain gradient descent"):
        t.step_back()
    assert t.update == 3
