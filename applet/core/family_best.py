"""The best loss a model family can reach, where it can be computed exactly.

A fit that stops short has one of two reasons, and the cure differs:

- **model bias**: even the best parameters of this model are far from the data (the best
  line through the views still misses by 0.46 k) — a better optimiser will not help,
  change the model;
- **optimisation**: the model could do better, but gradient descent stopped before it got
  there (three hard sigmoids can trace the red curve exactly, yet training stalls) — try
  another start or learning rate.

Telling them apart needs the family's best, computed without gradient descent:

- a linear model y = b + X·w under MSE or MAE: the exact optimum (``applet.core.optimum``);
- one hidden layer of hard sigmoids or ReLUs on a piecewise-linear target curve, with at
  least as many neurons as its exact construction needs: loss 0, by that construction
  (``applet.core.datasets.curves.exact_network``); spare neurons get height c = 0.

Anything else (deeper networks, sigmoid neurons, smooth curves, classification) has no
exact best here, and ``family_best`` returns None rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from applet.core.datasets.curves import CORNERS, exact_network
from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.core.optimum import LOSSES, best_fit
from applet.core.problem import CurveInfo, Problem

Array = np.ndarray

LINE = "line"  # the exact optimum of a linear model
CONSTRUCTION = "construction"  # the exact construction of a piecewise-linear curve


@dataclass(frozen=True)
class FamilyBest:
    """The best loss of the model family on the training data and parameters that reach it."""

    kind: str
    loss: float
    weights: tuple[Array, ...]
    biases: tuple[Array, ...]
    scale: float  # the loss of the best constant prediction: how large a loss is on this data


def family_best(problem: Problem, layers: tuple[LayerSpec, ...], loss: str) -> FamilyBest | None:
    """The best this network shape can do on the problem's training data, or None if unknown."""
    if loss not in LOSSES or problem.n_outputs != 1:
        return None
    X, y = problem.X_train, np.asarray(problem.Y_train, dtype=np.float64).reshape(-1)
    layers = tuple(layers)
    if layers == (LayerSpec(1, "linear"),):
        try:
            w, b, value = best_fit(X, y, loss)
        except DataError:
            return None  # data on which no exact optimum can be computed: claim none
        return FamilyBest(LINE, value, (w[:, None],), (np.array([b]),), constant_loss(y, loss))
    curve = problem.info.name if isinstance(problem.info, CurveInfo) else None
    if (
        curve in CORNERS
        and len(layers) == 2
        and layers[1] == LayerSpec(1, "linear")
        and layers[0].activation in ("hard_sigmoid", "relu")
    ):
        exact = exact_network(curve, layers[0].activation)
        spare = layers[0].units - exact.layers[0].units
        if spare < 0:
            return None
        weights, biases = padded(exact, spare)
        net = Network(1, list(layers))
        net.weights, net.biases = list(weights), list(biases)
        return FamilyBest(CONSTRUCTION, net.loss(X, y, loss), weights, biases, constant_loss(y, loss))
    return None


def padded(net: Network, spare: int) -> tuple[tuple[Array, ...], tuple[Array, ...]]:
    """The parameters of a 1 → k → 1 network with ``spare`` more hidden neurons of height c = 0."""
    (W1, c), (b1, b) = net.weights, net.biases
    w_spare = np.ones((1, spare))
    b_spare = -np.linspace(0.0, 1.0, spare, endpoint=False) if spare else np.zeros(0)
    return (
        (np.hstack([W1, w_spare]), np.vstack([c, np.zeros((spare, 1))])),
        (np.concatenate([b1, b_spare]), b.copy()),
    )


def constant_loss(y: Array, loss: str) -> float:
    """The loss of the best constant: the variance (MSE) or mean distance to the median (MAE)."""
    return float(np.var(y)) if loss == "mse" else float(np.mean(np.abs(y - np.median(y))))


REACHED = "reached"  # training is at the family's best: what remains is model bias
STOPPED_SHORT = "stopped short"  # training stopped above the best: an optimisation problem
ON_THE_WAY = "on the way"  # training runs and is still above the best


def verdict(best: FamilyBest, train_loss: float, stopped: bool) -> str:
    """Which gap remains between the training loss and the family's best.

    "At the best" allows 1 % of the best plus 0.1 % of the best constant's loss, so a fit
    that agrees to plotting accuracy counts as there.
    """
    if np.isfinite(train_loss) and train_loss <= best.loss * 1.01 + 1e-3 * best.scale:
        return REACHED
    return STOPPED_SHORT if stopped else ON_THE_WAY


def is_exact(best: FamilyBest) -> bool:
    """Whether the family's best is a perfect fit (loss 0 to rounding)."""
    return best.loss <= 1e-12 * max(best.scale, 1.0)
