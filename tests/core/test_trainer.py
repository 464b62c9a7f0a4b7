import math

import numpy as np
import pytest

from applet.core import trainer as tr
from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.core.trainer import Trainer


def data(n=100, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    return X, X @ np.array([1.5, -0.5]) + 0.2 + 0.05 * rng.normal(size=n)


def small_net(seed=0):
    return Network(2, [LayerSpec(5, "relu"), LayerSpec(1, "linear")], seed=seed)


def losses_of(trainer, n):
    return [trainer.step() for _ in range(n)]


def test_same_seed_gives_bit_identical_runs():
    X, Y = data()
    a = Trainer(small_net(), X, Y, lr=0.05, batch_size=16, seed=3)
    b = Trainer(small_net(), X, Y, lr=0.05, batch_size=16, seed=3)
    assert losses_of(a, 60) == losses_of(b, 60)
    c = Trainer(small_net(), X, Y, lr=0.05, batch_size=16, seed=4)
    assert losses_of(c, 60) != a.history.loss.values.tolist()


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "adam"])
def test_saved_state_continues_identically(optimizer):
    X, Y = data()
    X_val, Y_val = data(20, seed=1)
    kwargs = dict(lr=0.02, batch_size=16, seed=8, optimizer=optimizer, X_val=X_val, Y_val=Y_val)
    original = Trainer(small_net(), X, Y, **kwargs)
    losses_of(original, 37)  # stop in the middle of an epoch
    state = original.state()
    weights = [p.copy() for p in original.net.parameters()]
    expected = losses_of(original, 100)

    net = small_net(seed=99)  # different initial weights, then restored
    net.weights, net.biases = weights[:2], weights[2:]
    resumed = Trainer(net, X, Y, **{**kwargs, "seed": 1234, "optimizer": "gd"})
    resumed.load_state(state)
    assert losses_of(resumed, 100) == expected
    assert resumed.update == original.update and resumed.epoch == original.epoch
    np.testing.assert_array_equal(resumed.history.epoch_val.values, original.history.epoch_val.values)


def test_batches_epochs_and_updates_are_counted_like_the_lecture():
    X, Y = data(n=100)
    t = Trainer(small_net(), X, Y, lr=0.01, batch_size=32, seed=0)
    assert t.updates_per_epoch == 4  # ⌈100/32⌉: 32, 32, 32, 4
    sizes = []
    for _ in range(8):
        before = t._pos
        t.step()
        sizes.append((t._pos or 100) - before)
    assert sizes == [32, 32, 32, 4] * 2
    assert (t.update, t.epoch, t.batch) == (8, 2, 0)
    np.testing.assert_array_equal(t.history.epoch_update.values, [4, 8])


def test_every_sample_is_used_once_per_epoch_in_a_new_order():
    X, Y = data(n=10)
    t = Trainer(small_net(), X, Y, lr=0.01, batch_size=3, seed=0)
    t.step()
    first_order = t._order.copy()
    assert sorted(first_order) == list(range(10))
    t.run_epoch()
    t.step()
    assert sorted(t._order) == list(range(10)) and not np.array_equal(t._order, first_order)


def test_full_batch_epoch_loss_is_the_training_loss():
    X, Y = data()
    t = Trainer(small_net(), X, Y, lr=0.01)
    start = t.train_loss()
    t.step()
    assert t.update == t.epoch == 1
    assert t.history.epoch_loss.values[0] == pytest.approx(start, rel=1e-14)


def test_max_updates_and_max_epochs_stop_with_a_reason():
    X, Y = data()
    t = Trainer(small_net(), X, Y, lr=0.01, batch_size=10, max_updates=25, grad_tol=None)
    assert t.run() == tr.MAX_UPDATES and t.update == 25
    t = Trainer(small_net(), X, Y, lr=0.01, batch_size=10, max_epochs=3, grad_tol=None)
    assert t.run() == tr.MAX_EPOCHS and (t.epoch, t.update) == (3, 30)


def test_gradient_tolerance_stops_at_the_minimum():
    x = np.linspace(0, 1, 50)
    net = Network(1, [LayerSpec(1, "linear")], seed=0)
    t = Trainer(net, x, 2 * x + 1, lr=0.5, grad_tol=1e-6, max_updates=100_000)
    assert t.run() == tr.CONVERGED
    assert t.last_grad_norm < 1e-6
    assert net.weights[0][0, 0] == pytest.approx(2, abs=1e-5) and net.biases[0][0] == pytest.approx(1, abs=1e-5)


def test_too_large_learning_rate_is_detected_before_anything_becomes_nan():
    x = np.linspace(0, 10, 50)
    net = Network(1, [LayerSpec(1, "linear")], seed=0)
    t = Trainer(net, x, 3 * x, lr=1.0, max_updates=10_000)
    assert t.run() == tr.DIVERGED
    assert t.update < 20
    assert all(np.all(np.isfinite(p)) for p in net.parameters())
    assert np.all(np.isfinite(t.history.loss.values))


def test_absurd_learning_rate_never_applies_an_infinite_step():
    x = np.linspace(0, 10, 50)
    net = Network(1, [LayerSpec(1, "linear")], seed=0)
    t = Trainer(net, x, 3 * x, lr=1e308)
    before = [p.copy() for p in net.parameters()]
    t.step()
    assert t.stop_reason == tr.DIVERGED and t.update == 0
    for p, old in zip(net.parameters(), before):
        np.testing.assert_array_equal(p, old)


@pytest.mark.parametrize("lr", [0, -1, math.nan, math.inf, "fast"])
def test_bad_learning_rates_are_refused(lr):
    X, Y = data()
    with pytest.raises(DataError, match="learning rate"):
        Trainer(small_net(), X, Y, lr=lr)
    t = Trainer(small_net(), X, Y, lr=0.1)
    with pytest.raises(DataError):
        t.lr = lr
    assert t.lr == 0.1


def test_bad_data_is_refused():
    X, Y = data()
    Y_bad = Y.copy()
    Y_bad[3] = np.nan
    with pytest.raises(DataError, match="NaN"):
        Trainer(small_net(), X, Y_bad)
    with pytest.raises(DataError, match="inputs but"):
        Trainer(small_net(), X, Y[:-1])
    with pytest.raises(DataError, match="batch size"):
        Trainer(small_net(), X, Y, batch_size=0)


def test_changing_settings_mid_run_takes_effect_on_the_next_update():
    X, Y = data()
    t = Trainer(small_net(), X, Y, lr=0.01, batch_size=100)
    t.step()
    t.lr = 0.0001
    before = [p.copy() for p in t.net.parameters()]
    _, gW, gb = t.net.loss_and_grads(X, Y)
    t.step()
    for p, old, g in zip(t.net.parameters(), before, gW + gb):
        np.testing.assert_allclose(p, old - 0.0001 * g, rtol=1e-13, atol=1e-16)


def test_parameter_path_is_recorded_when_asked():
    x = np.linspace(0, 1, 20)
    net = Network(1, [LayerSpec(1, "linear")], seed=0)
    t = Trainer(net, x, x, lr=0.1, trace_params=True)
    start = t.flat_parameters()
    t.run(5)
    path = t.history.params.values
    assert path.shape == (6, 2)
    np.testing.assert_array_equal(path[0], start)
    np.testing.assert_array_equal(path[-1], t.flat_parameters())


def test_classification_training_lowers_cross_entropy():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 2))
    y = (X[:, 0] + X[:, 1] > 0).astype(int) + 2 * (X[:, 0] > 1)
    net = Network(2, [LayerSpec(16, "relu"), LayerSpec(4, "linear")], seed=0)
    t = Trainer(net, X, y, loss="cross_entropy", lr=0.5, batch_size=32, seed=0)
    start = t.train_loss()
    t.run(300)
    assert t.train_loss() < 0.3 * start


@pytest.mark.parametrize("interrupt_at", [1, 2, 3, 4])  # before forward of layer 1, 2, backward of 2, 1
@pytest.mark.parametrize("optimizer", ["gd", "adam"])
def test_an_interrupted_update_leaves_no_trace_and_the_run_goes_on_identically(interrupt_at, optimizer):
    """A pause asks ``interrupted`` between layers; the update is abandoned and running on
    repeats exactly the run that was never interrupted, also at an epoch's first batch,
    whose shuffle is drawn before the update starts."""
    from applet.core.errors import Interrupted

    X, Y = data()
    kwargs = dict(lr=0.02, batch_size=16, seed=8, optimizer=optimizer)
    plain = Trainer(small_net(), X, Y, **kwargs)
    expected = losses_of(plain, 30)
    for stop_before in (0, 7, 14):  # 7 updates make an epoch: 7 and 14 start a new shuffle
        t = Trainer(small_net(), X, Y, **kwargs)
        losses = losses_of(t, stop_before)
        before = (t.update, t.epoch, t.batch, [p.copy() for p in t.net.parameters()], len(t.history.loss))
        asked = []
        t.interrupted = lambda: asked.append(1) or len(asked) >= interrupt_at
        with pytest.raises(Interrupted):
            t.step()
        assert (t.update, t.epoch, t.batch) == before[:3] and len(t.history.loss) == before[4]
        for p, q in zip(t.net.parameters(), before[3]):
            np.testing.assert_array_equal(p, q)
        t.interrupted = lambda: False
        losses += losses_of(t, 30 - stop_before)
        assert losses == expected


def test_a_pause_inside_a_big_layers_product_leaves_the_run_as_if_never_paused(monkeypatch):
    """Big products are computed in blocks of rows with a pause asked for between blocks
    (``network.product``); the blocks depend on the shapes alone, so a full-batch run paused
    inside products, again and again, gives the very numbers of a run never paused."""
    from applet.core import network
    from applet.core.errors import Interrupted

    monkeypatch.setattr(network, "BLOCK_MULTIPLY_ADDS", 2000)  # the test's small layers are "big"
    monkeypatch.setattr(network, "GRADIENT_BLOCK_MULTIPLY_ADDS", 4000)
    rng = np.random.default_rng(1)
    X, y = rng.normal(size=(200, 6)), rng.integers(0, 3, 200)

    def trainer():
        net = Network(6, [LayerSpec(12, "relu"), LayerSpec(12, "tanh"), LayerSpec(3, "linear")], seed=2)
        return Trainer(net, X, y, loss="cross_entropy", lr=0.3, seed=5, grad_tol=None)

    plain = trainer()
    asked = []
    plain.interrupted = lambda: asked.append(1) and False
    plain.run(6)
    per_update = len(asked) // 6
    assert per_update > 2 * 3  # more than once per layer: inside the products too
    paused, calls, pauses = trainer(), [], 0
    when = {2, 5, 9, 14, 20, 27, 35, 44, 54, 65}  # the questions a pause answers (later: none)
    paused.interrupted = lambda: calls.append(1) or len(calls) in when
    while paused.update < 6:
        try:
            paused.step()
        except Interrupted:
            pauses += 1
    assert pauses == len(when)
    np.testing.assert_array_equal(paused.history.loss.values, plain.history.loss.values)
    for p, q in zip(paused.net.parameters(), plain.net.parameters()):
        np.testing.assert_array_equal(p, q)


def test_a_blocked_product_is_the_product():
    from applet.core.network import product

    rng = np.random.default_rng(3)
    A, B = rng.normal(size=(37, 11)), rng.normal(size=(11, 5))
    for block in (1, 55, 56, 10**9):
        np.testing.assert_allclose(product(A, B, block=block), A @ B, rtol=1e-14, atol=1e-14)
        np.testing.assert_allclose(product(A.T.copy().T, B, block=block), A @ B, rtol=1e-14, atol=1e-14)
