"""Why training blew up: the first layer whose numbers overflowed, and the likely cause.

When the loss becomes NaN or ∞, or grows a hundredfold (the trainer's ``diverged``), the
learner deserves more than "it exploded". ``diagnose`` repeats the update that blew up, on
the same batch, from the last finite weights (the trainer keeps them), and looks at every
number in the lecture's order:

1. the forward pass at the last finite weights: z⁽ˡ⁾ and a⁽ˡ⁾, layer 1 to L;
2. the backward pass there: ∂L/∂W⁽ˡ⁾ and ∂L/∂b⁽ˡ⁾, from the output layer back;
3. the forward pass at the weights the update produced (the ones training stopped at).

The first number that is not finite or larger than ``LIMIT`` in size names the layer.

The likely cause, by three rules checked in this order:

- **activation** — the numbers had already overflowed at the last finite weights (no
  oversized step was involved) after passing a hidden layer of ReLU or linear neurons. Those
  never saturate, so every layer can multiply the size of the numbers again; the sigmoid,
  tanh and hard sigmoid keep each a⁽ˡ⁾ within [−1, 1].
- **data scale** — an input is larger than ``INPUT_SCALE_LIMIT`` in size (the inputs are not
  standardised) and the learning rate would suit standardised inputs but not these.
  Gradient descent on a linear neuron with inputs x multiplies its error along x by
  1 − η·2·mean‖x‖² per update (the MSE's curvature): it overshoots once η·mean‖x‖² > 1.
  Standardised inputs (each feature mean 0, sd 1) have mean‖x‖² = the number of inputs;
  so when η·mean‖x‖² > 1 ≥ η·(number of inputs), standardising alone makes η safe.
- **learning rate** — otherwise: the last finite weights compute finite numbers, and one
  update of size η·g took them to where they overflow. A smaller η takes a smaller step.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from applet.core.losses import LossFunction
from applet.core.network import Network

Array = np.ndarray

LIMIT = 1e6  # a number this large is already a blow-up: a million times a standardised input
INPUT_SCALE_LIMIT = 10.0
UNBOUNDED = ("relu", "linear")

LEARNING_RATE = "learning_rate"
DATA_SCALE = "data_scale"
ACTIVATION = "activation"
CAUSES = (LEARNING_RATE, DATA_SCALE, ACTIVATION)

BEFORE = "before"  # at the last finite weights
AFTER = "after"  # at the weights the update produced


@dataclass(frozen=True)
class Overflow:
    """The first number that overflowed: in which layer (1…L), which quantity ("z", "a" or
    "gradient"), at which weights (BEFORE or AFTER the update) and its size (∞ or NaN allowed)."""

    layer: int
    quantity: str
    when: str
    size: float


@dataclass(frozen=True)
class Diagnosis:
    """Where and why: ``overflow`` is None when no number passed ``LIMIT`` (the loss only grew
    a hundredfold); ``input_scale`` is the largest |x| of the batch."""

    overflow: Overflow | None
    cause: str
    input_scale: float


def _size(values: Array) -> float:
    """The largest |value|, NaN if any value is NaN (a non-finite number always counts)."""
    if values.size == 0:
        return 0.0
    with np.errstate(invalid="ignore"):
        if np.isnan(values).any():
            return float("nan")
        return float(np.abs(values).max())


def _too_large(size: float) -> bool:
    return not size <= LIMIT  # NaN included


def forward_overflow(net: Network, X: Array, when: str) -> Overflow | None:
    """The first layer whose z or a overflows on inputs X at the network's weights."""
    with np.errstate(over="ignore", invalid="ignore"):
        zs, acts = net.forward_all(X)
    for l, (z, a) in enumerate(zip(zs, acts[1:]), start=1):
        for quantity, values in (("z", z), ("a", a)):
            size = _size(values)
            if _too_large(size):
                return Overflow(l, quantity, when, size)
    return None


def gradient_overflow(net: Network, X: Array, Y: Array, loss_fn: LossFunction) -> Overflow | None:
    """The first layer, from the output back, whose gradient ∂L/∂W or ∂L/∂b overflows."""
    with np.errstate(over="ignore", invalid="ignore"):
        _, gW, gb = net.backprop(X, Y, loss_fn)
    for l in range(len(gW), 0, -1):
        size = _size(np.concatenate((gW[l - 1].ravel(), gb[l - 1])))
        if _too_large(size):
            return Overflow(l, "gradient", BEFORE, size)
    return None


def likely_cause(net: Network, overflow: Overflow | None, X: Array, lr: float) -> str:
    """The rules of the module docstring, in order."""
    if overflow is not None and overflow.when == BEFORE:
        passed = net.layers[: overflow.layer - 1] if overflow.quantity != "gradient" else net.layers[:-1]
        if any(spec.activation in UNBOUNDED for spec in passed):
            return ACTIVATION
    mean_square = float(np.mean(np.sum(X * X, axis=1)))
    if _size(X) > INPUT_SCALE_LIMIT and lr * mean_square > 1.0 >= lr * X.shape[1]:
        return DATA_SCALE
    return LEARNING_RATE


def diagnose(last_finite: Network, blown: Network, X: Array, Y: Array, loss_fn: LossFunction, lr: float) -> Diagnosis:
    """Diagnose the update with learning rate ``lr`` from ``last_finite`` to ``blown`` on the
    batch (X, Y) — inputs and targets already in the network's shape, as the trainer holds them."""
    overflow = (
        forward_overflow(last_finite, X, BEFORE)
        or gradient_overflow(last_finite, X, Y, loss_fn)
        or forward_overflow(blown, X, AFTER)
    )
    return Diagnosis(overflow, likely_cause(last_finite, overflow, X, lr), _size(X))
