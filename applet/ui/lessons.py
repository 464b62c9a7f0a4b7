"""The lessons: each a preset of data, network, settings and panels.

Titles and choice labels are English source strings marked for translation; the
window shows them through ``QCoreApplication.translate("Lessons", …)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from applet.core.network import LayerSpec
from applet.core.problem import (
    TRAINING_YEARS,
    Problem,
    curve_problem,
    digits_problem,
    last_years,
    views_problem,
    with_features,
)
from applet.training import lecture
from applet.training.comparison import ComparisonRow
from applet.training.digits import digits_setup
from applet.training.playground import playground_problem, playground_setup
from applet.training.setup import TrainingSetup
from applet.training.trace_example import hand_picked


@dataclass(frozen=True)
class Choice:
    """A lesson-specific setting shown as a drop-down (e.g. how many days of features)."""

    key: str
    label: str
    values: tuple
    default: object
    names: tuple[str, ...] = ()

    def display(self, value) -> str:
        return self.names[self.values.index(value)] if self.names else str(value)


@dataclass(frozen=True)
class PanelLayout:
    """Where the window docks a lesson's panels. By default the first two side by side and the
    others in rows below them; ``first_left``: the first panel large on the left and the others
    stacked on its right; ``tab_with``: (panel, host panel) pairs, each panel in a tab behind its host;
    ``first_share``: the first panel's share of the width beside the others (None: an equal split)."""

    first_left: bool = False
    tab_with: tuple[tuple[str, str], ...] = ()
    first_share: float | None = None


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    panels: tuple[str, ...]
    make_problem: Callable[[dict], Problem]
    make_setup: Callable[[Problem, dict, int], TrainingSetup]
    choices: tuple[Choice, ...] = ()
    losses: tuple[str, ...] = ("mse", "mae")
    compare: Callable[[dict, int], list[ComparisonRow]] | None = None
    layout: PanelLayout = PanelLayout()
    data: str | None = None  # the built-in views a views lesson opens on: "synthetic" or "real"
    speed: int = 0  # updates per second Run starts at: slow enough to watch what the lesson shows (0 = unlimited)
    free_play: bool = False  # every one of the three steps is the learner's choice

    def defaults(self) -> dict:
        return {c.key: c.default for c in self.choices}


LOSS_NAMES = {
    "mse": QT_TRANSLATE_NOOP("Lessons", "MSE (mean squared error)"),
    "mae": QT_TRANSLATE_NOOP("Lessons", "MAE (mean absolute error)"),
    "half_sse": QT_TRANSLATE_NOOP("Lessons", "½·SSE (half the sum of squared errors)"),
    "cross_entropy": QT_TRANSLATE_NOOP("Lessons", "Cross-entropy"),
}
LOSS_SHORT = {
    "mse": "MSE",
    "half_sse": "½·SSE",
    "mae": "MAE",  # in readouts and compact menus
    "cross_entropy": QT_TRANSLATE_NOOP("Lessons", "cross-entropy"),
}

ACTIVATION_NAMES = {
    "linear": QT_TRANSLATE_NOOP("Lessons", "linear"),
    "sigmoid": QT_TRANSLATE_NOOP("Lessons", "sigmoid"),
    "hard_sigmoid": QT_TRANSLATE_NOOP("Lessons", "hard sigmoid"),
    "relu": "ReLU",
    "tanh": QT_TRANSLATE_NOOP("Lessons", "tanh"),
}


def activation_names() -> dict[str, str]:
    """Every activation's name in the current language."""
    return {key: QCoreApplication.translate("Lessons", name) for key, name in ACTIVATION_NAMES.items()}


LINEAR = lecture.LINEAR


def _views_linear_setup(problem: Problem, choices: dict, seed: int) -> TrainingSetup:
    return TrainingSetup(
        problem, LINEAR, seed=seed, loss=choices.get("loss", "mae"), lr=0.01, trace_params=True, max_updates=100_000
    )


def _views_days_setup(problem: Problem, choices: dict, seed: int) -> TrainingSetup:
    return TrainingSetup(problem, LINEAR, seed=seed, loss="mae", lr=1e-3, optimizer="adam", max_updates=100_000)


def _views_days_comparison(choices: dict, seed: int) -> list[ComparisonRow]:
    return lecture.days_rows(seed)


LESSONS: dict[str, Lesson] = {}


def register(lesson: Lesson) -> None:
    LESSONS[lesson.id] = lesson


register(
    Lesson(
        id="views-linear",
        title=QT_TRANSLATE_NOOP("Lessons", "1. Predict tomorrow's views: y = b + w·x₁"),
        panels=("surface", "fit", "loss", "slice"),
        make_problem=lambda choices: views_problem(1, standardize=choices.get("standardize", False)),
        make_setup=_views_linear_setup,
        choices=(
            Choice(
                "standardize",
                QT_TRANSLATE_NOOP("Lessons", "Input x₁"),
                (False, True),
                False,
                (
                    QT_TRANSLATE_NOOP("Lessons", "raw: yesterday's views"),
                    QT_TRANSLATE_NOOP("Lessons", "standardised: (x₁ − mean) / sd"),
                ),
            ),
        ),
        losses=("mae", "mse"),
        speed=10,  # gradient descent walks down the surface: half-way in 1 s, into the valley in ~7 s
        layout=PanelLayout(first_left=True),  # the error surface large on the left
        data="synthetic",
    )
)

register(
    Lesson(
        id="views-days",
        title=QT_TRANSLATE_NOOP("Lessons", "2. More days of features: 7, 28, 56"),
        panels=("fit", "loss", "weights", "compare"),
        make_problem=lambda choices: views_problem(int(choices["days"])),
        make_setup=_views_days_setup,
        choices=(Choice("days", QT_TRANSLATE_NOOP("Lessons", "Days of features"), lecture.VIEWS_DAYS, 7),),
        losses=("mae", "mse"),
        speed=100,  # the fit settles over a few seconds (90 % of the loss drop after ~260 updates)
        compare=_views_days_comparison,
        data="real",
    )
)


PIECEWISE_CURVES = ("piecewise", "smooth", "noisy")
# more than one input into a neuron: the target curve's x, or some days of the views
PIECEWISE_INPUTS = {"x": (), "x1x2": (0, 1), "x1x2x7": (0, 1, 6)}
PIECEWISE_NEURONS = (1, 2, 3, 4, 5, 10, 20)
PIECEWISE_ACTIVATIONS = ("hard_sigmoid", "sigmoid", "relu")


def _piecewise_problem(choices: dict) -> Problem:
    """The target curve, or with 2–3 inputs the views of the days chosen (x₁, x₂[, x₇])."""
    columns = PIECEWISE_INPUTS[choices.get("inputs", "x")]
    return with_features(views_problem(7), columns) if columns else curve_problem(choices["curve"])


def _piecewise_setup(problem: Problem, choices: dict, seed: int) -> TrainingSetup:
    """One hidden layer of the chosen neurons, their kinks spread over [0, 1] at the start.

    Adam with η = 0.03 on full batches fits the red curve with 4 hard sigmoids in a few
    thousand updates (a few seconds); training stops once the gradient is about zero.
    """
    layers = (LayerSpec(int(choices["neurons"]), choices["activation"]), LayerSpec(1, "linear"))
    return TrainingSetup(
        problem, layers, seed=seed, loss="mse", lr=0.03, optimizer="adam", spread_kinks=True, max_updates=100_000
    )


register(
    Lesson(
        id="piecewise",
        title=QT_TRANSLATE_NOOP("Lessons", "3. Curves from neurons: y = b + Σ cᵢ·σ(bᵢ + wᵢ·x)"),
        panels=("neurons", "loss", "builder", "theta", "matrix"),
        make_problem=_piecewise_problem,
        make_setup=_piecewise_setup,
        choices=(
            Choice(
                "curve",
                QT_TRANSLATE_NOOP("Lessons", "Target curve"),
                PIECEWISE_CURVES,
                "piecewise",
                (
                    QT_TRANSLATE_NOOP("Lessons", "the red piecewise-linear curve"),
                    QT_TRANSLATE_NOOP("Lessons", "a smooth wave"),
                    QT_TRANSLATE_NOOP("Lessons", "a noisy wave"),
                ),
            ),
            Choice(
                "inputs",
                QT_TRANSLATE_NOOP("Lessons", "Inputs"),
                tuple(PIECEWISE_INPUTS),
                "x",
                (
                    QT_TRANSLATE_NOOP("Lessons", "x: the target curve's input"),
                    QT_TRANSLATE_NOOP("Lessons", "x₁, x₂: views 1 and 2 days before"),
                    QT_TRANSLATE_NOOP("Lessons", "x₁, x₂, x₇: views 1, 2 and 7 days before"),
                ),
            ),
            Choice("neurons", QT_TRANSLATE_NOOP("Lessons", "Neurons"), PIECEWISE_NEURONS, 4),
            Choice(
                "activation",
                QT_TRANSLATE_NOOP("Lessons", "Neuron type"),
                PIECEWISE_ACTIVATIONS,
                "hard_sigmoid",
                tuple(ACTIVATION_NAMES[name] for name in PIECEWISE_ACTIVATIONS),
            ),
        ),
        losses=("mse", "mae"),
        speed=30,  # the curve bends into shape over ~3 s (loss below 0.01 after ~100 updates)
        # the neurons large on the left; θ and the matrix form in tabs behind the layer builder
        layout=PanelLayout(first_left=True, tab_with=(("theta", "builder"), ("matrix", "builder"))),
    )
)

DEEP_COMPARISONS = ("depth", "width", "years", "weight_decay", "early_stopping")


def _deep_setup(problem: Problem, choices: dict, seed: int) -> TrainingSetup:
    return lecture.deep_setup(lecture.relu_layers(int(choices["depth"])), seed, problem)


def _deep_comparison(choices: dict, seed: int) -> list[ComparisonRow]:
    depth = int(choices["depth"])
    rows = {
        "width": lambda: lecture.width_rows(seed),
        "depth": lambda: lecture.depth_rows(seed),
        "years": lambda: lecture.years_rows(depth, seed),
        "weight_decay": lambda: lecture.weight_decay_rows(depth, seed),
        "early_stopping": lambda: lecture.early_stopping_rows(depth, seed),
    }
    return rows[choices["compare"]]()


register(
    Lesson(
        id="deep",
        title=QT_TRANSLATE_NOOP("Lessons", "4. Deep networks and overfitting"),
        panels=("fit", "loss", "compare", "builder"),
        make_problem=lambda choices: last_years(views_problem(lecture.DEEP_DAYS), int(choices.get("years", 4))),
        make_setup=_deep_setup,
        choices=(
            Choice("depth", QT_TRANSLATE_NOOP("Lessons", "Hidden layers of 100 ReLU"), lecture.DEPTHS, 4),
            Choice(
                "years",
                QT_TRANSLATE_NOOP("Lessons", "Training data"),
                TRAINING_YEARS,
                4,
                (
                    QT_TRANSLATE_NOOP("Lessons", "the last year"),
                    QT_TRANSLATE_NOOP("Lessons", "the last 2 years"),
                    QT_TRANSLATE_NOOP("Lessons", "the last 3 years"),
                    QT_TRANSLATE_NOOP("Lessons", "the last 4 years (all)"),
                ),
            ),
            Choice(
                "compare",
                QT_TRANSLATE_NOOP("Lessons", "Comparison table"),
                DEEP_COMPARISONS,
                "depth",
                (
                    QT_TRANSLATE_NOOP("Lessons", "deeper: 1–4 layers of 100 ReLU"),
                    QT_TRANSLATE_NOOP("Lessons", "wider: linear, 10, 100, 1000 ReLU"),
                    QT_TRANSLATE_NOOP("Lessons", "this depth on the last 1, 2, 3, 4 years"),
                    QT_TRANSLATE_NOOP("Lessons", "this depth with weight decay λ = 0, 0.001, 0.01, 0.1"),
                    QT_TRANSLATE_NOOP("Lessons", "this depth: last update vs lowest L′"),
                ),
            ),
        ),
        losses=("mae", "mse"),
        speed=0,  # each update is costly: at full speed training and validation loss part over ~10 s
        compare=_deep_comparison,
        data="real",
    )
)


def _backprop_setup(problem: Problem, choices: dict, seed: int) -> TrainingSetup:
    return hand_picked().setup(problem, seed)


register(
    Lesson(
        id="backprop",
        title=QT_TRANSLATE_NOOP("Lessons", "5. Backpropagation, step by step"),
        panels=("trace", "loss"),
        make_problem=lambda choices: hand_picked().problem(),
        make_setup=_backprop_setup,
        speed=10,  # the loss falls over a few seconds while the trace shows the update
        losses=("mse", "half_sse", "mae", "cross_entropy"),
        layout=PanelLayout(first_share=0.64),  # the trace's diagram and tables need the width, the loss curve less
    )
)


DIGITS_INPUTS = ("grey", "ink")

register(
    Lesson(
        id="digits",
        title=QT_TRANSLATE_NOOP("Lessons", "6. Handwritten digits: softmax and cross-entropy"),
        panels=("digits", "drawpad", "loss", "first_layer", "builder"),
        make_problem=lambda choices: digits_problem(binarize=choices["inputs"] == "ink"),
        make_setup=lambda problem, choices, seed: digits_setup(problem, seed),
        choices=(
            Choice(
                "inputs",
                QT_TRANSLATE_NOOP("Lessons", "Inputs"),
                DIGITS_INPUTS,
                "grey",
                (
                    QT_TRANSLATE_NOOP("Lessons", "grey levels 0–1"),
                    QT_TRANSLATE_NOOP("Lessons", "ink 1, paper 0 (binarised)"),
                ),
            ),
        ),
        losses=("cross_entropy",),
        speed=100,  # test accuracy climbs past 94 % in ~3–5 s, the sample grid's answers change as it does
        layout=PanelLayout(first_left=True, tab_with=(("builder", "digits"),)),  # the digits large on the left
    )
)


def _playground_setup(problem: Problem, choices: dict, seed: int) -> TrainingSetup:
    """A starting point only — the circle, x₁ and x₂, 8 ReLU: every part is the learner's to change."""
    return playground_setup(problem, seed)


register(
    Lesson(
        id="playground",
        title=QT_TRANSLATE_NOOP("Lessons", "7. Free play: points in the plane, your model, loss and optimisation"),
        panels=("decision_map", "plane_data", "loss", "builder"),
        make_problem=lambda choices: playground_problem(),
        make_setup=_playground_setup,
        losses=("cross_entropy", "mse", "mae"),  # the controls offer those that suit the points
        speed=100,  # the map takes shape over a few seconds (the circle: 95 % after ~300 updates)
        # the map large on the left; the layer builder in a tab behind the data and features
        layout=PanelLayout(first_left=True, tab_with=(("builder", "plane_data"),)),
        free_play=True,
    )
)
