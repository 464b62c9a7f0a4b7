"""The best a model family can reach, and which gap a training loss leaves."""

import numpy as np
import pytest

from applet.core.family_best import CONSTRUCTION, LINE, REACHED, STOPPED_SHORT, family_best, is_exact, verdict
from applet.core.network import LayerSpec, Network
from applet.core.optimum import best_fit
from applet.core.problem import curve_problem, views_problem

LINEAR = (LayerSpec(1, "linear"),)


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_linear_views_model_gets_the_exact_optimum(loss):
    problem = views_problem(7)
    best = family_best(problem, LINEAR, loss)
    assert best.kind == LINE and not is_exact(best)
    _, _, value = best_fit(problem.X_train, problem.Y_train, loss)
    assert best.loss == value
    net = Network(7, list(LINEAR))
    net.weights, net.biases = list(best.weights), list(best.biases)
    assert net.loss(problem.X_train, problem.Y_train, loss) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("activation", ["hard_sigmoid", "relu"])
@pytest.mark.parametrize("units", [3, 4, 10])
def test_enough_neurons_reach_zero_on_the_red_curve(activation, units):
    problem = curve_problem("piecewise")
    layers = (LayerSpec(units, activation), LayerSpec(1, "linear"))
    best = family_best(problem, layers, "mse")
    assert best.kind == CONSTRUCTION and is_exact(best) and best.loss <= 1e-12
    net = Network(1, list(layers))
    net.weights, net.biases = list(best.weights), list(best.biases)
    assert net.loss(problem.X_train, problem.Y_train, "mae") <= 1e-12


@pytest.mark.parametrize(
    "problem, layers, loss",
    [
        (curve_problem("piecewise"), (LayerSpec(2, "hard_sigmoid"), LayerSpec(1, "linear")), "mse"),
        (curve_problem("piecewise"), (LayerSpec(5, "sigmoid"), LayerSpec(1, "linear")), "mse"),
        (curve_problem("smooth"), (LayerSpec(5, "relu"), LayerSpec(1, "linear")), "mse"),
        (views_problem(7), (LayerSpec(10, "relu"), LayerSpec(1, "linear")), "mae"),
        (views_problem(1), LINEAR, "half_sse"),
    ],
)
def test_no_best_is_claimed_where_none_is_known(problem, layers, loss):
    assert family_best(problem, layers, loss) is None


def test_verdict_separates_model_bias_from_optimisation():
    best = family_best(views_problem(1), LINEAR, "mae")
    assert best.loss == pytest.approx(0.4638, abs=1e-4)  # "the best line reaches 0.46 k"
    assert verdict(best, best.loss * 1.001, stopped=True) == REACHED
    assert verdict(best, best.loss * 1.2, stopped=True) == STOPPED_SHORT
    curve = family_best(curve_problem("piecewise"), (LayerSpec(3, "relu"), LayerSpec(1, "linear")), "mse")
    assert verdict(curve, 0.0268, stopped=True) == STOPPED_SHORT  # 3 ReLUs, seed 42: stuck
    assert verdict(curve, 1e-5, stopped=True) == REACHED
    assert verdict(curve, np.nan, stopped=True) == STOPPED_SHORT
