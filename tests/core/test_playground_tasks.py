"""The free-play lesson's "try this" tasks, with the lesson's defaults (seed 42, data seed 0, no noise)."""

import numpy as np
import pytest

from applet.core.datasets.planar import builtin_points
from applet.core.network import LayerSpec
from applet.training.playground import MAX_UPDATES, on_new_data, playground_problem, playground_setup
from applet.ui.view_models.decision_map import accuracy

RELU8 = LayerSpec(8, "relu")


def trained(name, features, hidden):
    """Accuracy on the training and the unseen points once training stops."""
    problem = playground_problem(builtin_points(name), features)
    trainer = playground_setup(problem, 42, hidden).build()
    trainer.run(MAX_UPDATES)
    net = trainer.net
    return accuracy(net.forward(problem.X_train), problem.Y_train), accuracy(net.forward(problem.X_val), problem.Y_val)


def test_1_the_circle_without_hidden_layer_stays_near_half_model_bias():
    train, unseen = trained("circle", ("x1", "x2"), ())
    assert 0.4 <= train < 0.6 and 0.4 <= unseen < 0.6


def test_2_squared_features_make_the_circle_linear():
    assert trained("circle", ("x1^2", "x2^2"), ()) == (1.0, 1.0)


def test_3_xor_needs_x1x2_or_a_hidden_layer():
    train, _ = trained("xor", ("x1", "x2"), ())
    assert train < 0.6
    assert trained("xor", ("x1*x2",), ())[0] == 1.0


def test_4_the_spiral_needs_two_hidden_layers():
    assert trained("spiral", ("x1", "x2"), (RELU8,))[0] < 0.8
    train, unseen = trained("spiral", ("x1", "x2"), (RELU8, RELU8))
    assert train == 1.0 and unseen > 0.9


def test_5_the_red_curve_as_a_boundary():
    train, _ = trained("curve-piecewise", ("x1", "x2"), ())
    assert 0.85 <= train <= 0.95
    assert trained("curve-piecewise", ("x1", "x2"), (RELU8,))[0] == 1.0


def test_the_lesson_starts_on_the_circle_and_solves_it():
    problem = playground_problem()
    setup = playground_setup(problem, 42)
    assert problem.plane.points.source == "circle" and problem.plane.features == ("x1", "x2")
    assert [s.units for s in setup.layers] == [8, 2] and setup.loss == "cross_entropy"
    trainer = setup.build()
    trainer.run(MAX_UPDATES)
    assert accuracy(trainer.net.forward(problem.X_val), problem.Y_val) >= 0.95


def test_new_data_keeps_the_hidden_layers_and_gives_one_output_per_class():
    setup = playground_setup(playground_problem(), 42, (RELU8, RELU8))
    points = builtin_points("xor")
    three = type(points)(points.X, points.y % 3, ("a", "b", "c"), points.unseen)
    new = on_new_data(setup, playground_problem(three, ("x1", "x2", "x1*x2")))
    assert [s.units for s in new.layers] == [8, 8, 3] and new.problem.n_inputs == 3
    given = setup.with_options(initial_weights=tuple(np.ones_like(w) for w in setup.build().net.weights))
    kept = on_new_data(given, playground_problem(points), keep_weights=True)
    assert kept.initial_weights is given.initial_weights  # same shape: training goes on from these weights
    assert on_new_data(given, playground_problem(three), keep_weights=True).initial_weights is None


@pytest.mark.parametrize("bad", ["moons", "points.xlsx"])
def test_data_names_that_are_neither_set_nor_csv_are_refused(bad):
    from applet.core.errors import DataError
    from applet.training.playground import load_points

    with pytest.raises(DataError, match="neither a built-in set"):
        load_points(bad)


def test_6_regression_plane_is_linear_and_the_bumps_need_hidden_layers():
    from applet.core.losses import loss_function

    mse = loss_function("mse")

    def losses(name, hidden):
        problem = playground_problem(builtin_points(name), ("x1", "x2"))
        setup = playground_setup(problem, 42, hidden)
        assert setup.loss == "mse" and setup.layers[-1] == LayerSpec(1, "linear")
        trainer = setup.build()
        trainer.run(MAX_UPDATES)
        net = trainer.net
        return mse(net.forward(problem.X_train), problem.Y_train[:, None])[0], np.var(problem.Y_train)

    assert losses("plane", ())[0] < 1e-6
    flat, variance = losses("multi-gauss", ())
    assert flat > 0.08 and flat > 0.9 * variance  # no better than predicting the mean
    assert losses("multi-gauss", (RELU8, RELU8))[0] < 0.01


def test_7_l1_drives_the_unneeded_weights_to_zero_and_keeps_the_squares():
    every = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
    problem = playground_problem(builtin_points("circle"), every)

    def train(l1):
        trainer = playground_setup(problem, 42, (RELU8,)).with_options(l1=l1).build()
        trainer.run(MAX_UPDATES)
        return trainer.net

    plain, sparse = train(0.0), train(0.001)
    near_zero = lambda net: sum(int((np.abs(W) < 0.01).sum()) for W in net.weights)  # noqa: E731
    assert sum(W.size for W in sparse.weights) == 72
    assert near_zero(sparse) > 60 and near_zero(plain) <= 5
    assert accuracy(sparse.forward(problem.X_val), problem.Y_val) == 1.0
    per_input = np.abs(sparse.weights[0]).sum(axis=1)  # how much of each input the hidden layer takes
    squares = [every.index("x1^2"), every.index("x2^2")]
    others = [i for i in range(len(every)) if i not in squares]
    assert per_input[squares].min() > 0.5 and per_input[others].max() < 0.1
