"""Early stopping: the parameters at the minimum of L′ are remembered and restored exactly."""

import numpy as np
import pytest

from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.core.trainer import Trainer


def overfitting_trainer(trace=False, batch_size=8):
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (20, 1))
    Y = np.sin(3 * X) + rng.normal(0, 0.3, X.shape)
    X_val = rng.uniform(-1, 1, (50, 1))
    Y_val = np.sin(3 * X_val)
    net = Network(1, [LayerSpec(40, "relu"), LayerSpec(40, "relu"), LayerSpec(1, "linear")], seed=1)
    return Trainer(
        net,
        X,
        Y,
        lr=0.01,
        batch_size=batch_size,
        seed=3,
        X_val=X_val,
        Y_val=Y_val,
        optimizer="adam",
        grad_tol=None,
        trace_params=trace,
    )


def test_best_is_the_minimum_of_the_validation_loss_and_is_restored_exactly():
    t = overfitting_trainer()
    snapshots = {}
    while t.epoch < 150:
        epoch = t.epoch
        t.step()
        if t.epoch != epoch:
            snapshots[t.update] = [p.copy() for p in t.net.parameters()]
    vals = t.history.epoch_val.values
    k = int(np.argmin(vals))
    assert vals[-1] > vals[k]  # it did overfit: L′ rose again after its minimum
    assert (t.best.val_loss, t.best.epoch, t.best.update) == (vals[k], k + 1, t.history.epoch_update.values[k])
    t.restore_best()
    for a, b in zip(t.net.parameters(), snapshots[t.best.update]):
        np.testing.assert_array_equal(a, b)
    assert t.val_loss() == vals[k]


def test_restoring_before_any_validation_is_refused():
    t = overfitting_trainer()
    with pytest.raises(DataError):
        t.restore_best()


def test_best_survives_a_saved_state():
    t = overfitting_trainer()
    t.run(30)
    twin = overfitting_trainer()
    twin.load_state(t.state())
    assert twin.best.val_loss == t.best.val_loss
    for a, b in zip(twin.best.weights + twin.best.biases, t.best.weights + t.best.biases):
        np.testing.assert_array_equal(a, b)


def test_stepping_back_past_the_best_finds_the_earlier_best():
    t = Trainer(
        Network(1, [LayerSpec(1, "linear")], seed=0),
        np.array([[0.0], [1.0]]),
        np.array([[0.0], [1.0]]),
        lr=0.5,
        X_val=np.array([[2.0]]),
        Y_val=np.array([[2.0]]),
        grad_tol=None,
        trace_params=True,
    )
    t.run(8)
    while t.best.update == t.update:
        t.step_back()  # the best of the remaining epochs moves earlier
    vals = t.history.epoch_val.values
    k = int(np.argmin(vals))
    assert t.update < 8
    assert (t.best.update, t.best.val_loss) == (k + 1, vals[k])
    t.restore_best()
    path = t.history.params.values
    np.testing.assert_array_equal(np.concatenate([p.ravel() for p in t.net.parameters()]), path[k + 1])
