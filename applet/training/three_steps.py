"""The lecture's three steps of every model, read off a training setup (Qt-free).

1. a **function with unknown parameters** — the model's formula and how many parameters θ it has;
2. the **loss** L(θ) — which one, on which data;
3. **optimisation** — the optimizer, the learning rate η and the batch size.

The strip at the top of the window shows these for the current lesson and highlights the
step the learner changed last; this module writes the formula, counts the parameters and
says which step a change belongs to.
"""

from __future__ import annotations

from applet.core.network import LayerSpec
from applet.training.setup import TrainingSetup

MODEL, LOSS, OPTIMISATION = 1, 2, 3

# a setting of the controls → the step it changes
STEP_OF_OPTION = {
    "loss": LOSS,
    "lr": OPTIMISATION,
    "batch_size": OPTIMISATION,
    "optimizer": OPTIMISATION,
    "max_updates": OPTIMISATION,
    "max_epochs": OPTIMISATION,
    "grad_tol": OPTIMISATION,
}

SIGMA_NAMES = {"sigmoid": "sigmoid", "hard_sigmoid": "hard sigmoid", "relu": "ReLU", "tanh": "tanh", "linear": "linear"}
# the playground's input features as the formula writes them
FEATURE_SYMBOLS = {
    "x1": "x₁",
    "x2": "x₂",
    "x1^2": "x₁²",
    "x2^2": "x₂²",
    "x1*x2": "x₁x₂",
    "sin(x1)": "sin x₁",
    "sin(x2)": "sin x₂",
}
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _sup(l: int) -> str:
    return f"⁽{str(l).translate(_SUPERSCRIPT)}⁾"


def model_formula(
    n_inputs: int, layers: tuple[LayerSpec, ...], classification: bool = False, names: dict[str, str] = SIGMA_NAMES
) -> str:
    """The model as the lecture writes it, e.g. ``y = b + Σᵢ cᵢ·σ(bᵢ + wᵢ·x)``, with σ named (by ``names``)."""
    hidden, out = layers[:-1], layers[-1]
    linear_out = out.activation == "linear" and not classification
    if not hidden and linear_out and out.units == 1:
        return "y = b + w·x₁" if n_inputs == 1 else f"y = b + Σⱼ wⱼ·xⱼ  (j = 1…{n_inputs})"
    if len(hidden) == 1 and linear_out and out.units == 1:
        inner = "wᵢ·x" if n_inputs == 1 else "Σⱼ wᵢⱼ·xⱼ"
        formula = f"y = b + Σᵢ cᵢ·σ(bᵢ + {inner})  (i = 1…{hidden[0].units})"
    else:
        h = {0: "x", 1: "σ(b⁽¹⁾ + W⁽¹⁾·x)"}.get(len(hidden), f"a{_sup(len(hidden))}")
        if classification:
            formula = f"p = softmax(b + W·{h})"
        elif linear_out:
            formula = f"y = b + cᵀ·{h}" if out.units == 1 else f"y = b + W·{h}"
        else:
            formula = f"y = {names.get(out.activation, out.activation)}(b + W·{h})"
        if len(hidden) > 1:
            formula += f",  a⁽ˡ⁾ = σ(b⁽ˡ⁾ + W⁽ˡ⁾·a⁽ˡ⁻¹⁾)  (l = 1…{len(hidden)}, a⁽⁰⁾ = x)"
    if not hidden:
        return formula
    sigmas = [names.get(spec.activation, spec.activation) for spec in hidden]
    if len(set(sigmas)) == 1:
        return f"{formula},  σ = {sigmas[0]}"
    return formula + ",  " + ", ".join(f"σ{_sup(l)} = {name}" for l, name in enumerate(sigmas, start=1))


def inputs_formula(features: tuple[str, ...]) -> str:
    """What the first layer sees of a point in the plane: ``x = (x₁, x₂, x₁²)``."""
    return "x = (" + ", ".join(FEATURE_SYMBOLS[name] for name in features) + ")"


def layer_sizes(n_inputs: int, layers: tuple[LayerSpec, ...]) -> str:
    """The network's shape, inputs to outputs: ``56 → 100 → 1``."""
    return " → ".join(str(n) for n in [n_inputs] + [spec.units for spec in layers])


def changed_step(old: TrainingSetup | None, new: TrainingSetup) -> int | None:
    """Which step a new setup changes: the model (data shape or network), the loss, or the optimisation."""
    if old is None:
        return None
    if old.layers != new.layers or old.problem.n_inputs != new.problem.n_inputs:
        return MODEL
    if old.loss != new.loss or old.problem is not new.problem:
        return LOSS
    for name in ("lr", "batch_size", "optimizer", "seed"):
        if getattr(old, name) != getattr(new, name):
            return OPTIMISATION
    return None
