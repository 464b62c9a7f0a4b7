"""Classification end to end: the trainer's accuracy records and the digits lesson's defaults."""

import numpy as np

from applet.core.losses import softmax
from applet.core.network import LayerSpec, Network
from applet.core.problem import digits_problem
from applet.core.trainer import Trainer
from applet.training.digits import digits_setup


def blobs(n=90, seed=0):
    """Three classes of 2-D points around three centres."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 3
    centres = np.array([[0.0, 2.0], [2.0, -1.0], [-2.0, -1.0]])
    return centres[y] + 0.8 * rng.standard_normal((n, 2)), y


def classifier(seed=0):
    return Network(2, [LayerSpec(8, "relu"), LayerSpec(3, "linear")], seed=seed)


def test_full_batch_epoch_accuracy_is_the_accuracy_before_the_update():
    X, y = blobs()
    X_val, y_val = blobs(30, seed=1)
    t = Trainer(classifier(), X, y, loss="cross_entropy", lr=0.1, X_val=X_val, Y_val=y_val, grad_tol=None)
    for epoch in range(5):
        before = np.mean(t.net.forward(X).argmax(axis=1) == y)
        t.step()  # full batch: one update is one epoch
        after_val = np.mean(t.net.forward(X_val).argmax(axis=1) == y_val)
        assert t.history.epoch_accuracy.values[epoch] == before
        assert t.history.epoch_val_accuracy.values[epoch] == after_val
    assert len(t.history.epoch_accuracy) == len(t.history.epoch_update) == 5


def test_minibatch_epoch_accuracy_counts_each_sample_once_with_the_weights_of_its_batch():
    X, y = blobs(100)
    B = 16
    t = Trainer(classifier(), X, y, loss="cross_entropy", lr=0.05, batch_size=B, seed=3, grad_tol=None)
    shuffles = np.random.default_rng(3)  # the trainer's seeded shuffle, one per epoch, replayed
    for epoch in range(3):
        order = shuffles.permutation(len(X))
        right = 0
        for start in range(0, len(X), B):
            batch = order[start : start + B]
            right += np.count_nonzero(t.net.forward(X[batch]).argmax(axis=1) == y[batch])
            t.step()
        assert t.epoch == epoch + 1
        assert t.history.epoch_accuracy.values[epoch] == right / len(X)


def test_regression_records_no_accuracy():
    X, y = blobs()
    t = Trainer(classifier().copy(), X, y.astype(float)[:, None].repeat(3, axis=1), loss="mse", lr=0.01)
    t.run(10)
    assert len(t.history.epoch_update) == 10 and len(t.history.epoch_accuracy) == 0
    assert np.isnan(t.validation()[1])


def test_saved_state_keeps_the_accuracy_of_an_unfinished_epoch():
    X, y = blobs(100)
    kwargs = dict(loss="cross_entropy", lr=0.05, batch_size=16, seed=5, grad_tol=None, optimizer="adam")
    original = Trainer(classifier(), X, y, **kwargs)
    original.run(10)  # in the middle of the second epoch
    state = original.state()
    weights = [p.copy() for p in original.net.parameters()]
    original.run(30)
    net = classifier(seed=9)
    net.weights, net.biases = weights[:2], weights[2:]
    resumed = Trainer(net, X, y, **kwargs)
    resumed.load_state(state)
    resumed.run(30)
    np.testing.assert_array_equal(resumed.history.epoch_accuracy.values, original.history.epoch_accuracy.values)


def test_the_digits_lesson_learns_far_beyond_chance():
    problem = digits_problem()
    trainer = digits_setup(problem, seed=42).build()
    assert trainer.net.shapes == [(256, 100), (100, 10)]
    trainer.run(300)
    p = softmax(trainer.net.forward(problem.X_val))
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    test_accuracy = np.mean(p.argmax(axis=1) == problem.Y_val)
    assert test_accuracy > 0.85
    assert trainer.history.epoch_val_accuracy.values[-1] > 0.85
    assert trainer.history.epoch_accuracy.values[-1] > trainer.history.epoch_accuracy.values[0]


def test_binarised_digits_train_too():
    problem = digits_problem(binarize=True)
    trainer = digits_setup(problem, seed=0).build()
    trainer.run(200)
    assert trainer.validation()[1] > 0.8
