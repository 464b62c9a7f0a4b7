"""Activation functions a = σ(z) and their derivatives σ′(z).

Each neuron computes z = b + Σ wᵢ·xᵢ and passes it through an activation. The
derivative σ′(z) is what backpropagation multiplies by on the way back: it is the
"amplifier" between ∂L/∂a and ∂L/∂z.

- linear:        a = z
- sigmoid:       a = 1 / (1 + e^(−z))                      (smooth S-curve)
- hard_sigmoid:  a = min(1, max(0, z)) = relu(z) − relu(z − 1)   (flat, ramp, flat)
- relu:          a = max(0, z)
- tanh:          a = (e^z − e^(−z)) / (e^z + e^(−z)) = 2·sigmoid(2z) − 1   (S-curve from −1 to 1)

At the kinks of hard_sigmoid and relu the derivative is taken as 0, the usual choice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

Array = np.ndarray
Function = Callable[[Array], Array]


def linear(z: Array) -> Array:
    return z


def linear_grad(z: Array) -> Array:
    return np.ones_like(z)


def sigmoid(z: Array) -> Array:
    """Logistic sigmoid 1 / (1 + e^(−z)), safe at |z| = 1000: below z ≈ −709, e^(−z) overflows
    to ∞ and 1 / (1 + ∞) = 0 is the right value, so that overflow is not worth a warning."""
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def sigmoid_grad(z: Array) -> Array:
    s = sigmoid(z)
    return s * (1.0 - s)


def hard_sigmoid(z: Array) -> Array:
    return np.clip(z, 0.0, 1.0)


def hard_sigmoid_grad(z: Array) -> Array:
    return ((z > 0.0) & (z < 1.0)).astype(z.dtype)


def relu(z: Array) -> Array:
    return np.maximum(z, 0.0)


def relu_grad(z: Array) -> Array:
    return (z > 0.0).astype(z.dtype)


def tanh(z: Array) -> Array:
    """Hyperbolic tangent: the sigmoid stretched to (−1, 1) and centred on 0; np.tanh is exact
    and never overflows (tanh(±1000) = ±1)."""
    return np.tanh(z)


def tanh_grad(z: Array) -> Array:
    a = np.tanh(z)
    return 1.0 - a * a


@dataclass(frozen=True)
class Activation:
    """An activation σ with its derivative written two ways: σ′(z), and σ′ from the output
    a = σ(z). Backpropagation uses the second, because the forward pass has already computed
    a (for the sigmoid this saves computing σ(z) a second time); None there means σ′ = 1."""

    name: str
    sigma: Function  # a = σ(z)
    slope: Function  # σ′(z)
    slope_of_output: Function | None  # σ′ as a function of a = σ(z); None: σ′ = 1

    def __reduce__(self) -> tuple[Callable[[str], Activation], tuple[str]]:
        """Pickled as its name (a network travels to the training process; lambdas cannot)."""
        return activation, (self.name,)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("linear", linear, linear_grad, None),
        Activation("sigmoid", sigmoid, sigmoid_grad, lambda a: a * (1.0 - a)),
        Activation("hard_sigmoid", hard_sigmoid, hard_sigmoid_grad, lambda a: ((a > 0.0) & (a < 1.0)).astype(a.dtype)),
        Activation("relu", relu, relu_grad, lambda a: (a > 0.0).astype(a.dtype)),
        Activation("tanh", tanh, tanh_grad, lambda a: 1.0 - a * a),
    )
}


def activation(name: str) -> Activation:
    """The activation of that name; unknown names raise DataError."""
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Unknown activation %1; choose one of: %2."),
            repr(name),
            ", ".join(ACTIVATIONS),
        ) from None
