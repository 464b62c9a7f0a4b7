"""A fully connected network, written the way the lecture writes it.

Layer l takes the previous activations a⁽ˡ⁻¹⁾ (a⁽⁰⁾ = x) and computes

    z⁽ˡ⁾ = a⁽ˡ⁻¹⁾ · W⁽ˡ⁾ + b⁽ˡ⁾        a⁽ˡ⁾ = σ⁽ˡ⁾(z⁽ˡ⁾)

with W⁽ˡ⁾ of shape (fan_in, fan_out): column j holds the weights into neuron j.
With no hidden layer and one linear output this is the lecture's first model,
y = b + Σⱼ wⱼ·xⱼ.

Backpropagation runs the chain rule from the output back:

    ∂L/∂z⁽ˡ⁾ = ∂L/∂a⁽ˡ⁾ ⊙ σ′(z⁽ˡ⁾)          (the "delta")
    ∂L/∂W⁽ˡ⁾ = a⁽ˡ⁻¹⁾ᵀ · ∂L/∂z⁽ˡ⁾           (forward-pass value × backward-pass value)
    ∂L/∂b⁽ˡ⁾ = Σ over samples of ∂L/∂z⁽ˡ⁾
    ∂L/∂a⁽ˡ⁻¹⁾ = ∂L/∂z⁽ˡ⁾ · W⁽ˡ⁾ᵀ
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from applet.core.activations import ACTIVATIONS, activation
from applet.core.errors import QT_TRANSLATE_NOOP, DataError, Interrupted, Term
from applet.core.losses import LossFunction, class_indices, loss_function

Array = np.ndarray


WEIGHTS = Term(QT_TRANSLATE_NOOP("DataError", "weights"))
BIASES = Term(QT_TRANSLATE_NOOP("DataError", "biases"))
MAX_UNITS = 1000  # neurons in one layer: the layer builder's limit
MAX_HIDDEN_LAYERS = 10  # and its limit on hidden layers
# A matrix product of more multiply-adds than this is computed in blocks of rows, with a
# pause asked for between blocks, so a pause never waits for a whole product of a big layer
# (8 × 1000 ReLU on all 4,000 digits: 4·10⁹ multiply-adds, 0.13–0.2 s, per product). The
# blocks depend on the shapes alone, so a run gives the same numbers whether or not it was
# paused. A block of rows of a·W or δ·Wᵀ takes ~12 ms on one core; aᵀ·δ (the weights'
# gradient) reads δ whole for every block, so its blocks are 4 times larger (~45 ms): smaller
# ones made it up to twice as slow (benchmarks/README.md, "pause").
BLOCK_MULTIPLY_ADDS = 1 << 28
GRADIENT_BLOCK_MULTIPLY_ADDS = 1 << 30


@dataclass(frozen=True)
class LayerSpec:
    """One layer: how many neurons and which activation they apply."""

    units: int
    activation: str = "relu"

    def __post_init__(self) -> None:
        if isinstance(self.units, bool) or not isinstance(self.units, (int, np.integer)):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "A layer needs a whole number of neurons, not %1."), repr(self.units)
            )
        if self.units < 1:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "A layer needs at least one neuron."))
        activation(self.activation)  # raises DataError for unknown names


def init_scale(act: str, fan_in: int, fan_out: int) -> float:
    """Standard deviation of the initial weights: He for ReLU, Glorot otherwise."""
    if act == "relu":
        return float(np.sqrt(2.0 / fan_in))
    return float(np.sqrt(2.0 / (fan_in + fan_out)))


def init_bias(act: str) -> float:
    """Initial bias: 0, except the hard sigmoid starts in the middle of its ramp."""
    return 0.5 if act == "hard_sigmoid" else 0.0


class Network:
    """Weights, biases, a forward pass and exact gradients — nothing else."""

    def __init__(self, n_inputs: int, layers: list[LayerSpec], seed: int = 0) -> None:
        if isinstance(n_inputs, bool) or not isinstance(n_inputs, (int, np.integer)) or n_inputs < 1:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "A network needs at least one input, not %1."), repr(n_inputs)
            )
        layers = [spec if isinstance(spec, LayerSpec) else LayerSpec(*spec) for spec in layers]
        if not layers:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "A network needs at least an output layer."))
        self.n_inputs = int(n_inputs)
        self.layers = tuple(layers)
        self.seed = int(seed)
        self._activations = [activation(spec.activation) for spec in self.layers]
        rng = np.random.default_rng(self.seed)
        weights, biases = [], []
        fan_in = self.n_inputs
        for spec in self.layers:
            scale = init_scale(spec.activation, fan_in, spec.units)
            weights.append(rng.standard_normal((fan_in, spec.units)) * scale)
            biases.append(np.full(spec.units, init_bias(spec.activation)))
            fan_in = spec.units
        self._weights = weights
        self._biases = biases

    # -- parameters ---------------------------------------------------------------
    @property
    def shapes(self) -> list[tuple[int, int]]:
        """(fan_in, fan_out) of every layer."""
        fan_ins = [self.n_inputs] + [spec.units for spec in self.layers[:-1]]
        return [(f, spec.units) for f, spec in zip(fan_ins, self.layers)]

    @property
    def weights(self) -> list[Array]:
        return self._weights

    @weights.setter
    def weights(self, values: list[Array]) -> None:
        self._weights = self._checked(values, [s for s in self.shapes], WEIGHTS)

    @property
    def biases(self) -> list[Array]:
        return self._biases

    @biases.setter
    def biases(self, values: list[Array]) -> None:
        self._biases = self._checked(values, [(s[1],) for s in self.shapes], BIASES)

    def _checked(self, values: list[Array], shapes: list[tuple[int, ...]], what: Term) -> list[Array]:
        values = list(values)
        if len(values) != len(shapes):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Expected %1 arrays of %2, got %3."), len(shapes), what, len(values)
            )
        out = []
        for l, (value, shape) in enumerate(zip(values, shapes), start=1):
            arr = np.array(value, dtype=np.float64)
            if arr.shape != shape:
                raise DataError(
                    QT_TRANSLATE_NOOP("DataError", "Layer %1 %2 must have shape %3, not %4."), l, what, shape, arr.shape
                )
            if not np.all(np.isfinite(arr)):
                raise DataError(QT_TRANSLATE_NOOP("DataError", "Layer %1 %2 contain NaN or infinity."), l, what)
            out.append(arr)
        return out

    @property
    def n_outputs(self) -> int:
        return self.layers[-1].units

    @property
    def n_parameters(self) -> int:
        return sum(w.size + b.size for w, b in zip(self._weights, self._biases))

    def parameters(self) -> list[Array]:
        """All parameter arrays, weights first then biases (the order of gradients too)."""
        return self._weights + self._biases

    def spec(self) -> dict[str, Any]:
        """A JSON-ready description from which ``Network.from_spec`` rebuilds the shape."""
        return {
            "n_inputs": self.n_inputs,
            "layers": [[s.units, s.activation] for s in self.layers],
            "seed": self.seed,
        }

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> Network:
        try:
            return cls(
                spec["n_inputs"], [LayerSpec(int(u), str(a)) for u, a in spec["layers"]], seed=int(spec.get("seed", 0))
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, DataError):
                raise
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The network description is incomplete or malformed (%1)."), exc
            ) from None

    def copy(self) -> Network:
        twin = Network.__new__(Network)
        twin.n_inputs, twin.layers, twin.seed, twin._activations = (
            self.n_inputs,
            self.layers,
            self.seed,
            self._activations,
        )
        twin._weights = [w.copy() for w in self._weights]
        twin._biases = [b.copy() for b in self._biases]
        return twin

    # -- forward and backward -------------------------------------------------------
    def as_inputs(self, X: Array) -> Array:
        """X as a float64 (n, n_inputs) array; a flat array is read as one input per sample."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim == 1 and self.n_inputs == 1:
            X = X[:, None]
        if X.ndim != 2 or X.shape[1] != self.n_inputs:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The network has %1 input(s); the data has shape %2."),
                self.n_inputs,
                X.shape,
            )
        return X

    def as_targets(self, Y: Array, loss: str) -> Array:
        """Targets as the loss needs them: class indices, or an (n, n_outputs) float array."""
        if loss == "cross_entropy":
            return class_indices(Y, self.n_outputs)
        Y = np.asarray(Y, dtype=np.float64)
        if Y.ndim == 1 and self.n_outputs == 1:
            Y = Y[:, None]
        if Y.ndim != 2 or Y.shape[1] != self.n_outputs:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The network has %1 output(s); the targets have shape %2."),
                self.n_outputs,
                Y.shape,
            )
        return Y

    def forward_all(self, X: Array) -> tuple[list[Array], list[Array]]:
        """Every layer's z and a for inputs X: (zs, activations) with activations[0] = X."""
        a = self.as_inputs(X)
        zs, acts = [], [a]
        for W, b, act in zip(self._weights, self._biases, self._activations):
            z = a @ W + b
            a = act.sigma(z)
            zs.append(z)
            acts.append(a)
        return zs, acts

    def forward(self, X: Array) -> Array:
        """The network's output ŷ for inputs X, shape (n, n_outputs)."""
        a = self.as_inputs(X)
        for W, b, act in zip(self._weights, self._biases, self._activations):
            a = act.sigma(a @ W + b)
        return a

    def loss(self, X: Array, Y: Array, loss: str = "mse") -> float:
        """L on the data (X, Y) at the current parameters."""
        value, _ = loss_function(loss)(self.forward(X), self.as_targets(Y, loss))
        return value

    def loss_and_grads(
        self, X: Array, Y: Array, loss: str = "mse", weight_decay: float = 0.0, l1: float = 0.0
    ) -> tuple[float, list[Array], list[Array]]:
        """L and its exact gradients ∂L/∂W⁽ˡ⁾, ∂L/∂b⁽ˡ⁾ (same shapes as weights and biases).

        With weight decay λ > 0 the loss is L + (λ/2)·Σₗ‖W⁽ˡ⁾‖² (weights only, not biases),
        whose gradient adds λ·W⁽ˡ⁾ to every ∂L/∂W⁽ˡ⁾: large weights are pulled towards zero.
        With ``l1`` = λ₁ > 0 it also adds λ₁·Σₗ Σ|W⁽ˡ⁾| (weights only), whose (sub)gradient
        λ₁·sign(W⁽ˡ⁾) (0 where a weight is exactly 0) pulls every weight towards zero by the
        same amount whatever its size: small weights reach zero and stay near it.
        """
        value, gW, gb = self.backprop(self.as_inputs(X), self.as_targets(Y, loss), loss_function(loss), weight_decay)
        if l1:
            value += self.l1_penalty(l1)
            self.add_l1(gW, l1)
        return value, gW, gb

    def weight_penalty(self, weight_decay: float) -> float:
        """(λ/2)·Σₗ‖W⁽ˡ⁾‖²: the weight-decay term added to the loss."""
        return 0.5 * weight_decay * sum(float(np.vdot(W, W)) for W in self._weights)

    def l1_penalty(self, l1: float) -> float:
        """λ₁·Σₗ Σ|W⁽ˡ⁾|: the L1 term added to the loss (weights only, not biases)."""
        return l1 * sum(float(np.abs(W).sum()) for W in self._weights)

    def add_l1(self, gW: list[Array], l1: float) -> None:
        """Add the L1 term's subgradient λ₁·sign(W⁽ˡ⁾) (0 where a weight is 0) to every ∂L/∂W⁽ˡ⁾ in place."""
        for g, W in zip(gW, self._weights):
            g += l1 * np.sign(W)

    def backprop(
        self,
        X: Array,
        Y: Array,
        loss_fn: LossFunction,
        weight_decay: float = 0.0,
        interrupted: Callable[[], bool] | None = None,
    ) -> tuple[float, list[Array], list[Array]]:
        """loss_and_grads on inputs and targets already in shape (the trainer's hot path).

        ``interrupted`` is asked before every layer's step, forward and backward, and between
        the blocks of a big layer's matrix products (``product``); when it says True the
        computation is abandoned with ``Interrupted`` (nothing is changed: the network's
        parameters are only read here), so a pause never waits for a whole layer of a big
        network."""
        a = X
        acts = [X]  # a⁽⁰⁾ … a⁽ᴸ⁾; z⁽ˡ⁾ need not be kept, since σ′ is computed from a⁽ˡ⁾
        for W, b, act in zip(self._weights, self._biases, self._activations):
            if interrupted is not None and interrupted():
                raise Interrupted
            if a.shape[0] * W.size > BLOCK_MULTIPLY_ADDS:
                z = product(a, W, interrupted)
                z += b
                a = act.sigma(z)
            else:
                a = act.sigma(a @ W + b)
            acts.append(a)
        value, dL_da = loss_fn(a, Y)
        n_layers = len(self._weights)
        gW: list[Array] = [None] * n_layers  # type: ignore[list-item]
        gb: list[Array] = [None] * n_layers  # type: ignore[list-item]
        for l in range(n_layers - 1, -1, -1):
            if interrupted is not None and interrupted():
                raise Interrupted
            sigma_prime = self._activations[l].slope_of_output  # None for a linear layer (σ′ = 1)
            delta = dL_da if sigma_prime is None else dL_da * sigma_prime(acts[l + 1])
            W = self._weights[l]
            if delta.shape[0] * W.size > BLOCK_MULTIPLY_ADDS:
                gW[l] = product(acts[l].T, delta, interrupted, GRADIENT_BLOCK_MULTIPLY_ADDS)
                gb[l] = delta.sum(axis=0)
                if l:
                    dL_da = product(delta, W.T, interrupted)
                continue
            gW[l] = acts[l].T @ delta
            gb[l] = delta.sum(axis=0)
            if l:
                dL_da = delta @ W.T
        if weight_decay:
            value += self.weight_penalty(weight_decay)
            self.add_weight_decay(gW, weight_decay)
        return value, gW, gb

    def add_weight_decay(self, gW: list[Array], weight_decay: float) -> None:
        """Add the weight-decay term's gradient λ·W⁽ˡ⁾ to every ∂L/∂W⁽ˡ⁾ in place."""
        for g, W in zip(gW, self._weights):
            g += weight_decay * W


def product(
    A: Array, B: Array, interrupted: Callable[[], bool] | None = None, block: int = BLOCK_MULTIPLY_ADDS
) -> Array:
    """A @ B, in blocks of A's rows of at most ``block`` multiply-adds each,
    asking ``interrupted`` before every block after the first (``Interrupted`` when it says
    True). The blocks depend on the shapes alone, so the result never depends on whether or
    when anyone asked to stop."""
    m, k = A.shape
    n = B.shape[1]
    rows = max(1, block // max(1, k * n))
    out = np.empty((m, n), dtype=np.result_type(A, B))
    for start in range(0, m, rows):
        if start and interrupted is not None and interrupted():
            raise Interrupted
        np.matmul(A[start : start + rows], B, out=out[start : start + rows])
    return out


__all__ = ["Network", "LayerSpec", "ACTIVATIONS", "product"]
