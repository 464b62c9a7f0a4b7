"""The numbers the lesson texts quote, checked against the runs they describe (seed 42)."""

import numpy as np
import pytest

from applet.core.datasets.curves import exact_network
from applet.paths import resource
from applet.ui.lessons import LESSONS


def lesson_trainer(lesson_id, **choices):
    lesson = LESSONS[lesson_id]
    chosen = dict(lesson.defaults(), **choices)
    problem = lesson.make_problem(chosen)
    return problem, lesson.make_setup(problem, chosen, 42).build()


def lesson_text(lesson_id, language):
    return resource("lessons", f"{lesson_id}.{language}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("activation, max_error", [("hard_sigmoid", 0.28), ("relu", 0.33)])
def test_three_neurons_stall_although_three_are_enough(activation, max_error):
    problem, trainer = lesson_trainer("piecewise", neurons=3, activation=activation)
    while trainer.update < 20_000 and not trainer.stop_reason:
        trainer.step()
    assert trainer.stop_reason == "converged"
    misfit = np.abs(trainer.net.forward(problem.X_train)[:, 0] - problem.Y_train).max()
    assert misfit == pytest.approx(max_error, abs=0.01)
    exact = exact_network("piecewise", activation)
    assert exact.layers[0].units == 3
    assert exact.loss(problem.X_train, problem.Y_train, "mse") < 1e-12
    for language in ("en", "zh_CN"):
        assert f"{max_error:.2f}" in lesson_text("piecewise", language)
