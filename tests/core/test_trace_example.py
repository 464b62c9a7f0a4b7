"""The backprop lesson's example: edits change exactly one thing, presets, and published examples."""

import numpy as np
import pytest

from applet.core.backprop import trace
from applet.core.errors import DataError
from applet.core.losses import half_sse
from applet.core.network import LayerSpec, Network
from applet.core.problem import CLASSIFICATION, REGRESSION
from applet.training.trace_example import TraceExample, hand_picked, random_example


def test_half_sse_is_half_the_sum_of_squares_per_sample():
    y_hat, y = np.array([[1.0, 2.0], [0.0, 0.0]]), np.array([[0.0, 0.0], [3.0, 0.0]])
    loss, grad = half_sse(y_hat, y)
    assert loss == pytest.approx((0.5 * (1 + 4) + 0.5 * 9) / 2)
    np.testing.assert_array_equal(grad, (y_hat - y) / 2)


def test_reproduces_hmkcodes_backpropagation_step_by_step():
    """hmkcode, "Backpropagation Step by Step" (2019): a 2-2-1 linear network without biases,
    inputs (2, 3), target 1, E = ½(prediction − actual)², learning rate 0.05."""
    net = Network(2, [LayerSpec(2, "linear"), LayerSpec(1, "linear")])
    net.weights = [
        np.array(
            [
                [0.11, 0.12],  # w1 w3
                [0.21, 0.08],
            ]
        ),  # w2 w4
        np.array([[0.14], [0.15]]),
    ]  # w5 w6
    net.biases = [np.zeros(2), np.zeros(1)]
    t = trace(net, [2.0, 3.0], [1.0], loss="half_sse", lr=0.05)
    published = {
        "z₁⁽¹⁾": "0.85",
        "z₂⁽¹⁾": "0.48",
        "a₁⁽²⁾": "0.191",
        "L": "0.327",
        "∂L/∂z₁⁽²⁾": "-0.809",
        "w₁₁⁽¹⁾⁺": "0.12",
        "w₂₁⁽¹⁾⁺": "0.23",
        "w₁₂⁽¹⁾⁺": "0.13",
        "w₂₂⁽¹⁾⁺": "0.10",
        "w₁₁⁽²⁾⁺": "0.17",
        "w₂₁⁽²⁾⁺": "0.17",
    }
    for symbol, text in published.items():
        decimals = len(text.split(".")[1])
        assert f"{t.value(symbol):.{decimals}f}" == text, symbol
    assert next(s for s in t if s.kind == "loss").formula == "L = ½ · (a₁⁽²⁾ − ŷ₁)²"
    assert next(s for s in t if s.kind == "dL/da").numbers == "0.191 − 1"


def test_hand_picked_is_mazurs_example():
    t = hand_picked().trace()
    assert f"{t.value('a₁⁽²⁾'):.8f}" == "0.75136507"
    assert f"{t.value('L'):.9f}" == "0.298371109"


def test_with_parameter_changes_exactly_one_number():
    ex = hand_picked()
    for layer, index in ((2, (1, 0)), (1, 1)):
        edited = ex.with_parameter(layer, index, -3.25)
        before, after = ex.weights + ex.biases, edited.weights + edited.biases
        changed = [(k, tuple(i)) for k, (a, b) in enumerate(zip(before, after)) for i in np.argwhere(a != b)]
        position = (
            layer - 1 if isinstance(index, tuple) else len(ex.weights) + layer - 1,
            index if isinstance(index, tuple) else (index,),
        )
        assert changed == [position]
        arrays = edited.weights if isinstance(index, tuple) else edited.biases
        assert arrays[layer - 1][index] == -3.25
    with pytest.raises(ValueError):
        ex.weights[0][0, 0] = 1.0  # the example is immutable: edits make new ones


def test_with_shape_keeps_what_still_exists():
    ex = hand_picked()
    bigger = ex.with_shape(3, [LayerSpec(3, "relu"), LayerSpec(2, "sigmoid")], seed=1)
    np.testing.assert_array_equal(bigger.weights[0][:2, :2], ex.weights[0])
    np.testing.assert_array_equal(bigger.weights[1][:2, :], ex.weights[1])
    np.testing.assert_array_equal(bigger.x, [0.05, 0.10, 0.0])
    assert [s.activation for s in bigger.layers] == ["relu", "sigmoid"]
    smaller = ex.with_shape(1, [LayerSpec(1, "sigmoid")])
    assert smaller.weights[0][0, 0] == ex.weights[0][0, 0] and smaller.y.tolist() == [0.01]
    with pytest.raises(DataError):
        ex.with_shape(2, [LayerSpec(5, "relu"), LayerSpec(2, "linear")])
    with pytest.raises(DataError):
        ex.with_shape(2, [LayerSpec(1, "relu")] * 5)


def test_random_example_is_reproducible_and_rounded():
    a, b = random_example(7, hand_picked()), random_example(7, hand_picked())
    for x, y in zip(a.weights + a.biases + (a.x, a.y), b.weights + b.biases + (b.x, b.y)):
        np.testing.assert_array_equal(x, y)
        np.testing.assert_array_equal(np.round(x, 2), x)
    assert not np.array_equal(random_example(8).weights[0], a.weights[0])


def test_problem_and_setup_round_trip():
    ex = hand_picked().with_input(1, 0.3).with_lr(0.25)
    problem = ex.problem()
    assert problem.task == REGRESSION and problem.X_train.tolist() == [[0.05, 0.3]]
    again = TraceExample.from_setup(ex.setup(problem, seed=3))
    for x, y in zip(ex.weights + ex.biases + (ex.x, ex.y), again.weights + again.biases + (again.x, again.y)):
        np.testing.assert_array_equal(x, y)
    assert (again.loss, again.lr) == ("mse", 0.25)
    classes = ex.with_loss("cross_entropy")
    assert classes.label == 1 and classes.problem().task == CLASSIFICATION  # the larger target, 0.99
    assert TraceExample.from_setup(classes.setup(classes.problem())).label == 1
    trainer = ex.setup(problem).build()
    trainer.step()
    expected, _ = ex.trace().updated_parameters()
    np.testing.assert_allclose(trainer.net.weights[0], expected[0], rtol=1e-12)


@pytest.mark.parametrize(
    "change",
    [
        lambda ex: ex.with_input(0, float("nan")),
        lambda ex: ex.with_target(1, float("inf")),
        lambda ex: ex.with_loss("hinge"),
        lambda ex: ex.with_lr(float("nan")),
        lambda ex: ex.with_label(2),
        lambda ex: ex.with_parameter(1, (0, 0), float("inf")),
    ],
)
def test_bad_edits_are_refused(change):
    with pytest.raises(DataError):
        change(hand_picked())


def test_a_batch_keeps_the_first_sample_and_draws_the_others_from_the_seed():
    ex = hand_picked().with_samples(4, seed=42)
    assert ex.n_samples == 4 and ex.X.shape == (4, 2) and ex.Y.shape == (4, 2)
    np.testing.assert_array_equal(ex.X[0], [0.05, 0.10])
    np.testing.assert_array_equal(ex.X[1:3], hand_picked().with_samples(3, seed=42).X[1:])  # a larger batch keeps them
    assert np.all(np.abs(ex.X) <= 1) and np.all((ex.Y >= 0) & (ex.Y <= 1))
    assert not np.array_equal(ex.X, hand_picked().with_samples(4, seed=7).X)
    back = TraceExample.from_setup(ex.setup(ex.problem()))  # a saved session or reset keeps the batch
    np.testing.assert_array_equal(back.X, ex.X)
    np.testing.assert_array_equal(back.Y, ex.Y)
    classes = ex.with_loss("cross_entropy")
    np.testing.assert_array_equal(classes.Y, np.argmax(ex.Y, axis=1))
    narrower = ex.with_shape(1, [LayerSpec(3, "relu"), LayerSpec(1, "linear")])
    assert narrower.X.shape == (4, 1) and narrower.Y.shape == (4, 1)
    with pytest.raises(DataError):
        ex.with_samples(9, seed=42)
    with pytest.raises(DataError):
        ex.with_samples(0, seed=42)
