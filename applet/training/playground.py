"""The free-play lesson's points, features and network (Qt-free: tests and benchmarks use them).

The playground classifies points in the plane. Its output layer has one neuron per class
and the loss is softmax + cross-entropy, for two classes as for ten: softmax over two
outputs z₀, z₁ gives p₁ = 1 / (1 + e^−(z₁ − z₀)), the sigmoid of their difference, so
nothing is lost against a single sigmoid output, and the same loss, accuracy and map
serve every number of classes (as in the digits lesson).

Points with a number to predict (the regression sets ``plane`` and ``multi-gauss``) get one
linear output trained on the mean squared error instead, as in TensorFlow Playground.

The starting point: the circle, inputs x₁ and x₂, one hidden layer of 8 ReLU, Adam with
η = 0.03 on full batches, stopping after 3,000 updates.
"""

from __future__ import annotations

from pathlib import Path

from applet.core.datasets.planar import SETS, VALUE_SETS, Points, builtin_points, file_points, points_file_bytes
from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.network import LayerSpec
from applet.core.problem import CLASSIFICATION, Problem, planar_problem
from applet.training.setup import TrainingSetup

DEFAULT_FEATURES = ("x1", "x2")
HIDDEN = (LayerSpec(8, "relu"),)
LR = 0.03
OPTIMIZER = "adam"
MAX_UPDATES = 3000


def playground_problem(points: Points | None = None, features: tuple[str, ...] = DEFAULT_FEATURES) -> Problem:
    """The points (default: the circle) with the network seeing ``features``."""
    return planar_problem(builtin_points() if points is None else points, features)


def playground_setup(problem: Problem, seed: int, hidden: tuple[LayerSpec, ...] = HIDDEN) -> TrainingSetup:
    """The lesson's starting point: ``hidden`` layers, one linear output per class, cross-entropy, Adam."""
    return TrainingSetup(
        problem,
        (*hidden, LayerSpec(problem.n_outputs, "linear")),
        seed=seed,
        loss=loss_for(problem),
        lr=LR,
        optimizer=OPTIMIZER,
        max_updates=MAX_UPDATES,
    )


def loss_for(problem: Problem) -> str:
    """Cross-entropy for classes, the mean squared error for numbers to predict."""
    return "cross_entropy" if problem.task == CLASSIFICATION else "mse"


def on_new_data(setup: TrainingSetup, problem: Problem, keep_weights: bool = False) -> TrainingSetup:
    """``setup`` trained on ``problem``: the same hidden layers and settings, one output per class.

    With ``keep_weights`` (and the same inputs and classes) training goes on from the
    setup's given weights — after a point is added, say; otherwise the network starts
    again from the seed. Classes train on cross-entropy, numbers to predict on the mean
    squared error (the setup's loss is kept if it suits the problem)."""
    layers = (*setup.layers[:-1], LayerSpec(problem.n_outputs, setup.layers[-1].activation))
    same_shape = problem.n_inputs == setup.problem.n_inputs and layers == tuple(setup.layers)
    loss = setup.loss if problem.task == setup.problem.task else loss_for(problem)
    if keep_weights and same_shape:
        return setup.with_options(problem=problem, loss=loss)
    return setup.with_options(problem=problem, layers=layers, loss=loss, initial_weights=None, initial_biases=None)


def load_points(data: str, seed: int = 0) -> Points:
    """The points ``--data`` names: a built-in set (``"spiral"``) or a CSV file of x1,x2,label rows."""
    if data in SETS or data in VALUE_SETS:
        return builtin_points(data, seed=seed)
    path = Path(data)
    if path.suffix.lower() not in (".csv", ".txt", ".tsv"):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "%1 is neither a built-in set of points (%2) nor a CSV file."),
            data,
            ", ".join(SETS + VALUE_SETS),
        )
    return file_points(points_file_bytes(path), path.name, seed)
