"""The three steps of every lesson: the model's formula, its parameter count, which step a change is."""

import pytest

from applet.core.network import LayerSpec, Network
from applet.core.theta import parameter_count
from applet.training.three_steps import (
    LOSS,
    MODEL,
    OPTIMISATION,
    STEP_OF_OPTION,
    changed_step,
    layer_sizes,
    model_formula,
)
from applet.ui.lessons import LESSONS

EXPECTED = {
    "views-linear": ("y = b + w·x₁", 2),
    "views-days": ("y = b + Σⱼ wⱼ·xⱼ  (j = 1…7)", 8),
    "piecewise": ("y = b + Σᵢ cᵢ·σ(bᵢ + wᵢ·x)  (i = 1…4),  σ = hard sigmoid", 13),
    "deep": ("y = b + cᵀ·a⁽⁴⁾,  a⁽ˡ⁾ = σ(b⁽ˡ⁾ + W⁽ˡ⁾·a⁽ˡ⁻¹⁾)  (l = 1…4, a⁽⁰⁾ = x),  σ = ReLU", 36_101),
    "backprop": ("y = sigmoid(b + W·σ(b⁽¹⁾ + W⁽¹⁾·x)),  σ = sigmoid", 12),
    "digits": ("p = softmax(b + W·σ(b⁽¹⁾ + W⁽¹⁾·x)),  σ = ReLU", 26_710),
    "playground": ("p = softmax(b + W·σ(b⁽¹⁾ + W⁽¹⁾·x)),  σ = ReLU", 42),
}


def lesson_setup(lesson_id):
    lesson = LESSONS[lesson_id]
    choices = lesson.defaults()
    problem = lesson.make_problem(choices)
    return lesson.make_setup(problem, choices, 42)


@pytest.mark.parametrize("lesson_id", sorted(LESSONS))
def test_every_lesson_has_its_formula_and_parameter_count(lesson_id):
    setup = lesson_setup(lesson_id)
    p = setup.problem
    formula, count = EXPECTED[lesson_id]
    assert model_formula(p.n_inputs, setup.layers, p.task == "classification") == formula
    total, _ = parameter_count(p.n_inputs, setup.layers)
    assert total == count == Network(p.n_inputs, list(setup.layers)).n_parameters


def test_the_lectures_three_neurons_have_ten_parameters():
    layers = (LayerSpec(3, "sigmoid"), LayerSpec(1, "linear"))
    assert parameter_count(1, layers) == (10, "3·3 + 1")
    assert layer_sizes(1, layers) == "1 → 3 → 1"
    assert model_formula(3, layers) == "y = b + Σᵢ cᵢ·σ(bᵢ + Σⱼ wᵢⱼ·xⱼ)  (i = 1…3),  σ = sigmoid"


def test_mixed_activations_are_named_per_layer():
    layers = (LayerSpec(2, "relu"), LayerSpec(3, "sigmoid"), LayerSpec(1, "linear"))
    assert model_formula(3, layers).endswith("σ⁽¹⁾ = ReLU, σ⁽²⁾ = sigmoid")


def test_each_change_belongs_to_one_step():
    setup = lesson_setup("piecewise")
    assert changed_step(None, setup) is None
    assert changed_step(setup, setup.with_options(layers=(LayerSpec(3, "relu"), LayerSpec(1, "linear")))) == MODEL
    assert changed_step(setup, setup.with_options(loss="mae")) == LOSS
    assert changed_step(setup, setup.with_options(lr=0.1)) == OPTIMISATION
    assert changed_step(setup, setup.with_options(batch_size=32)) == OPTIMISATION
    assert changed_step(setup, setup) is None
    assert STEP_OF_OPTION["loss"] == LOSS and STEP_OF_OPTION["optimizer"] == OPTIMISATION
