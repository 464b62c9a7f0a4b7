"""The lessons: each a preset of data, network, settings and panels.

Titles and choice labels are English source strings marked for translation; the
window shows them through ``QCoreApplication.translate("Lessons", …)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from applet.core.problem import Problem, views_problem
from applet.training import lecture
from applet.training.comparison import ComparisonRow
from applet.training.setup import TrainingSetup


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
class Lesson:
    id: str
    title: str
    panels: tuple[str, ...]
    make_problem: Callable[[dict], Problem]
    make_setup: Callable[[Problem, dict, int], TrainingSetup]
    choices: tuple[Choice, ...] = ()
    losses: tuple[str, ...] = ("mse", "mae")
    compare: Callable[[dict, int], list[ComparisonRow]] | None = None
    extras: dict = field(default_factory=dict)

    def defaults(self) -> dict:
        return {c.key: c.default for c in self.choices}


LOSS_NAMES = {
    "mse": QT_TRANSLATE_NOOP("Lessons", "MSE (mean squared error)"),
    "mae": QT_TRANSLATE_NOOP("Lessons", "MAE (mean absolute error)"),
    "cross_entropy": QT_TRANSLATE_NOOP("Lessons", "Cross-entropy"),
}

LINEAR = lecture.LINEAR


def _views_linear_setup(problem: Problem, choices: dict, seed: int) -> TrainingSetup:
    return TrainingSetup(problem, LINEAR, seed=seed, loss=choices.get("loss", "mae"), lr=0.01,
                         trace_params=True, max_updates=100_000)


def _views_days_setup(problem: Problem, choices: dict, seed: int) -> TrainingSetup:
    return TrainingSetup(problem, LINEAR, seed=seed, loss="mae", lr=1e-3, optimizer="adam",
                         max_updates=100_000)


def _views_days_comparison(choices: dict, seed: int) -> list[ComparisonRow]:
    return lecture.days_rows(seed)


LESSONS: dict[str, Lesson] = {}


def register(lesson: Lesson) -> None:
    LESSONS[lesson.id] = lesson


register(Lesson(
    id="views-linear",
    title=QT_TRANSLATE_NOOP("Lessons", "1. Predict tomorrow's views: y = b + w·x₁"),
    panels=("fit", "loss"),
    make_problem=lambda choices: views_problem(1),
    make_setup=_views_linear_setup,
    losses=("mae", "mse"),
))

register(Lesson(
    id="views-days",
    title=QT_TRANSLATE_NOOP("Lessons", "2. More days of features: 7, 28, 56"),
    panels=("fit", "loss", "weights", "compare"),
    make_problem=lambda choices: views_problem(int(choices["days"])),
    make_setup=_views_days_setup,
    choices=(Choice("days", QT_TRANSLATE_NOOP("Lessons", "Days of features"), lecture.VIEWS_DAYS, 7),),
    losses=("mae", "mse"),
    compare=_views_days_comparison,
))
