"""Optimizers: how parameters move once the gradient g = ∂L/∂θ is known.

- gd:       θ ← θ − η·g                                   (the lecture's gradient descent)
- momentum: m ← β·m − η·g;  θ ← θ + m                     (keep some of the last movement)
- adam:     running means of g and g², bias-corrected; θ ← θ − η·m̂ / (√v̂ + ε)

Every optimizer updates the arrays in place and can save and restore its state
so that a run continues identically.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

Array = np.ndarray


class GradientDescent:
    """Plain gradient descent with learning rate η."""

    name = "gd"

    def __init__(self, lr: float) -> None:
        self.lr = lr

    def update(self, params: list[Array], grads: list[Array]) -> None:
        lr = self.lr
        for p, g in zip(params, grads):
            p -= lr * g

    def state(self) -> dict[str, Any]:
        return {}

    def load_state(self, state: dict[str, Any]) -> None:
        pass


class Momentum(GradientDescent):
    """Gradient descent that keeps a fraction β of the previous movement."""

    name = "momentum"

    def __init__(self, lr: float, beta: float = 0.9) -> None:
        super().__init__(lr)
        self.beta = beta
        self.movement: list[Array] | None = None

    def update(self, params: list[Array], grads: list[Array]) -> None:
        if self.movement is None:
            self.movement = [np.zeros_like(p) for p in params]
        for p, g, m in zip(params, grads, self.movement):
            m *= self.beta
            m -= self.lr * g
            p += m

    def state(self) -> dict[str, Any]:
        return {"movement": None if self.movement is None else [m.copy() for m in self.movement]}

    def load_state(self, state: dict[str, Any]) -> None:
        movement = state.get("movement")
        self.movement = None if movement is None else [np.array(m, dtype=np.float64) for m in movement]


class Adam(GradientDescent):
    """Adam: per-parameter step sizes from running averages of g and g²."""

    name = "adam"

    def __init__(self, lr: float, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8) -> None:
        super().__init__(lr)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self.t = 0
        self.m: list[Array] | None = None
        self.v: list[Array] | None = None

    def update(self, params: list[Array], grads: list[Array]) -> None:
        if self.m is None or self.v is None:
            self.m = [np.zeros_like(p) for p in params]
            self.v = [np.zeros_like(p) for p in params]
        self.t += 1
        b1, b2 = self.beta1, self.beta2
        correct1, correct2 = 1.0 - b1**self.t, 1.0 - b2**self.t
        for p, g, m, v in zip(params, grads, self.m, self.v):
            m *= b1
            m += (1.0 - b1) * g
            v *= b2
            v += (1.0 - b2) * (g * g)
            p -= self.lr * (m / correct1) / (np.sqrt(v / correct2) + self.eps)

    def state(self) -> dict[str, Any]:
        return {"t": self.t, "m": _copied(self.m), "v": _copied(self.v)}

    def load_state(self, state: dict[str, Any]) -> None:
        self.t = int(state.get("t", 0))
        self.m, self.v = _copied(state.get("m")), _copied(state.get("v"))


OPTIMIZERS = {cls.name: cls for cls in (GradientDescent, Momentum, Adam)}


def _copied(arrays: list[Array] | None) -> list[Array] | None:
    """Float copies of an optimiser's per-parameter arrays (None: not started yet)."""
    return None if arrays is None else [np.array(a, dtype=np.float64) for a in arrays]


def make_optimizer(name: str, lr: float) -> GradientDescent:
    """An optimizer by name ("gd", "momentum", "adam") with learning rate lr."""
    try:
        return OPTIMIZERS[name](lr)
    except KeyError:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Unknown optimizer %1; choose one of: %2."),
            repr(name),
            ", ".join(OPTIMIZERS),
        ) from None
