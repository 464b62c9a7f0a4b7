"""The backpropagation lesson's experiment: a small network, one sample, a loss and η.

A ``TraceExample`` is everything one hand-worked backpropagation example needs — what a
textbook writes in its first figure: the inputs x, the targets y, every weight and bias,
the activations, the loss and the learning rate. It is immutable: every edit returns a
new example, so the trace panel can re-trace it (instantly, it is one sample) and hand
the same numbers to the training worker as a ``TrainingSetup``.

Two presets:
- ``hand_picked()``: Matt Mazur's "A Step by Step Backpropagation Example" (2015), a
  2-2-2 sigmoid network with round weights, whose every number is published;
- ``random_example(seed, like)``: the same shape as ``like`` with weights, biases, inputs
  and targets drawn from the seed, rounded to two decimals so they can be checked by hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from applet.core.backprop import Trace, trace
from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.losses import loss_function
from applet.core.network import LayerSpec, Network
from applet.core.problem import CLASSIFICATION, REGRESSION, Problem
from applet.training.setup import TrainingSetup

Array = np.ndarray
MAX_LAYERS = 4  # hidden + output layers: the diagram stays readable up to 4 × 4
MAX_UNITS = 4
MAX_INPUTS = 4


def _frozen(values) -> tuple[Array, ...]:
    arrays = []
    for value in values:
        array = np.array(value, dtype=np.float64)
        array.setflags(write=False)
        arrays.append(array)
    return tuple(arrays)


@dataclass(frozen=True, eq=False)
class TraceExample:
    """One network and one sample, ready to trace: ``example.trace()``.

    ``y`` holds one target per output (MSE, MAE); ``label`` is the target class for
    cross-entropy. Both are kept, so switching the loss back and forth loses nothing.
    """

    layers: tuple[LayerSpec, ...]
    weights: tuple[Array, ...]
    biases: tuple[Array, ...]
    x: Array
    y: Array
    label: int = 0
    loss: str = "mse"
    lr: float = 0.5

    def __post_init__(self) -> None:
        net = Network(len(np.atleast_1d(self.x)), list(self.layers))
        net.weights, net.biases = list(self.weights), list(self.biases)  # shapes, finite values
        object.__setattr__(self, "weights", _frozen(net.weights))
        object.__setattr__(self, "biases", _frozen(net.biases))
        x, y = _frozen([np.atleast_1d(self.x), np.atleast_1d(self.y)])
        if y.shape != (net.n_outputs,):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The network has %1 output(s); got %2 target value(s)."),
                net.n_outputs,
                y.size,
            )
        if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "The inputs and targets must be finite numbers."))
        if not 0 <= int(self.label) < net.n_outputs:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The target class must be between 0 and %1."), net.n_outputs - 1
            )
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "label", int(self.label))
        loss_function(self.loss)  # unknown loss → DataError
        try:
            lr = float(self.lr)
        except (TypeError, ValueError):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "The learning rate must be a number.")) from None
        if not math.isfinite(lr):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "The learning rate must be a finite number."))
        object.__setattr__(self, "lr", lr)

    # -- what it is -------------------------------------------------------------------
    @property
    def n_inputs(self) -> int:
        return len(self.x)

    @property
    def n_outputs(self) -> int:
        return self.layers[-1].units

    @property
    def layer_sizes(self) -> list[int]:
        """Neurons per layer, the inputs first (what the network diagram draws)."""
        return [self.n_inputs] + [spec.units for spec in self.layers]

    @property
    def target(self):
        """What the loss compares the output with: the class for cross-entropy, else y."""
        return self.label if self.loss == "cross_entropy" else self.y

    def network(self) -> Network:
        net = Network(self.n_inputs, list(self.layers))
        net.weights, net.biases = list(self.weights), list(self.biases)
        return net

    def trace(self, digits: int = 6) -> Trace:
        return trace(self.network(), self.x, self.target, loss=self.loss, lr=self.lr, digits=digits)

    def problem(self) -> Problem:
        """The sample as a data set of one, for the training worker (a new object every call)."""
        X = self.x[None]
        if self.loss == "cross_entropy":
            return Problem(
                "backprop",
                CLASSIFICATION,
                X,
                np.array([self.label]),
                n_outputs=self.n_outputs,
            )
        return Problem("backprop", REGRESSION, X, self.y[None], n_outputs=self.n_outputs)

    def setup(self, problem: Problem, seed: int = 42, base: TrainingSetup | None = None) -> TrainingSetup:
        """Plain gradient descent on this sample from these parameters (``base`` keeps other options)."""
        values = dict(
            problem=problem,
            layers=self.layers,
            seed=seed,
            loss=self.loss,
            lr=self.lr,
            initial_weights=self.weights,
            initial_biases=self.biases,
        )
        if base is not None:
            return base.with_options(**values)
        return TrainingSetup(**values, optimizer="gd", batch_size=None)

    @classmethod
    def from_setup(cls, setup: TrainingSetup) -> TraceExample:
        """The example a training setup describes: its one sample and its (initial) parameters."""
        p = setup.problem
        layers = tuple(setup.layers)
        net = Network(p.n_inputs, list(layers), seed=setup.seed)
        weights = setup.initial_weights if setup.initial_weights is not None else net.weights
        biases = setup.initial_biases if setup.initial_biases is not None else net.biases
        x = np.asarray(p.X_train[0], dtype=np.float64)
        if setup.loss == "cross_entropy":
            label = int(np.asarray(p.Y_train).reshape(-1)[0])
            y = np.eye(net.n_outputs)[label]
        else:
            y = np.asarray(p.Y_train[0], dtype=np.float64).reshape(-1)
            label = int(np.argmax(y))
        return cls(layers, tuple(weights), tuple(biases), x, y, label, setup.loss, setup.lr)

    # -- edits: each returns a new example ----------------------------------------------
    def with_parameter(self, layer: int, index: int | tuple[int, int], value: float) -> TraceExample:
        """One weight wᵢⱼ⁽ˡ⁾ (``index`` = (i, j)) or bias bⱼ⁽ˡ⁾ (``index`` = j) changed; ``layer`` from 1."""
        arrays = self.weights if isinstance(index, tuple) else self.biases
        changed = [a.copy() for a in arrays]
        changed[layer - 1][index] = value
        if isinstance(index, tuple):
            return replace(self, weights=tuple(changed))
        return replace(self, biases=tuple(changed))

    def with_parameters(self, weights, biases) -> TraceExample:
        return replace(self, weights=tuple(weights), biases=tuple(biases))

    def with_input(self, i: int, value: float) -> TraceExample:
        x = self.x.copy()
        x[i] = value
        return replace(self, x=x)

    def with_target(self, j: int, value: float) -> TraceExample:
        y = self.y.copy()
        y[j] = value
        return replace(self, y=y)

    def with_label(self, label: int) -> TraceExample:
        return replace(self, label=label)

    def with_loss(self, loss: str) -> TraceExample:
        """Switch the loss; going to cross-entropy, the target class is the largest target."""
        if loss == "cross_entropy" and self.loss != "cross_entropy":
            return replace(self, loss=loss, label=int(np.argmax(self.y)))
        return replace(self, loss=loss)

    def with_lr(self, lr: float) -> TraceExample:
        return replace(self, lr=lr)

    def with_shape(self, n_inputs: int, layers: list[LayerSpec], seed: int = 0) -> TraceExample:
        """A new shape. Parameters, inputs and targets that still exist keep their values;
        new ones start as the seed's random network would (new inputs and targets at 0)."""
        if not 1 <= n_inputs <= MAX_INPUTS:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Choose 1 to %1 inputs."), MAX_INPUTS)
        if not 1 <= len(layers) <= MAX_LAYERS or any(spec.units > MAX_UNITS for spec in layers):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Choose 1 to %1 layers of 1 to %2 neurons."), MAX_LAYERS, MAX_UNITS
            )
        fresh = Network(n_inputs, list(layers), seed=seed)

        def keep(old: tuple[Array, ...], new: list[Array]) -> tuple[Array, ...]:
            out = []
            for l, array in enumerate(new):
                array = array.copy()
                if l < len(old):
                    common = tuple(slice(0, min(a, b)) for a, b in zip(old[l].shape, array.shape))
                    array[common] = old[l][common]
                out.append(array)
            return tuple(out)

        x, y = np.zeros(n_inputs), np.zeros(layers[-1].units)
        x[: min(n_inputs, self.n_inputs)] = self.x[:n_inputs]
        y[: min(len(y), len(self.y))] = self.y[: len(y)]
        label = min(self.label, len(y) - 1)
        return replace(
            self,
            layers=tuple(layers),
            weights=keep(self.weights, fresh.weights),
            biases=keep(self.biases, fresh.biases),
            x=x,
            y=y,
            label=label,
        )


def hand_picked() -> TraceExample:
    """Matt Mazur's worked example: x = (0.05, 0.10), y = (0.01, 0.99), η = 0.5, sigmoid 2-2-2.

    His w1…w8 in our (fan_in, fan_out) layout: w1 = x₁→h₁, w2 = x₂→h₁, w3 = x₁→h₂, w4 = x₂→h₂,
    w5 = h₁→o₁, w6 = h₂→o₁, w7 = h₁→o₂, w8 = h₂→o₂; b1 = 0.35 for both hidden neurons,
    b2 = 0.60 for both outputs. His E_total = Σ½(target − out)² is our MSE (the mean of two).
    """
    return TraceExample(
        layers=(LayerSpec(2, "sigmoid"), LayerSpec(2, "sigmoid")),
        weights=(np.array([[0.15, 0.25], [0.20, 0.30]]), np.array([[0.40, 0.50], [0.45, 0.55]])),
        biases=(np.array([0.35, 0.35]), np.array([0.60, 0.60])),
        x=np.array([0.05, 0.10]),
        y=np.array([0.01, 0.99]),
        label=1,
        loss="mse",
        lr=0.5,
    )


def random_example(seed: int, like: TraceExample | None = None) -> TraceExample:
    """``like``'s shape, activations, loss and η with every number drawn from ``seed``."""
    like = like if like is not None else hand_picked()
    rng = np.random.default_rng(seed)

    def draw(shape, scale: float = 1.0) -> Array:
        return np.round(rng.normal(scale=scale, size=shape), 2)

    net = Network(like.n_inputs, list(like.layers), seed=seed)
    weights = tuple(np.round(w, 2) for w in net.weights)
    biases = tuple(draw(b.shape, 0.5) for b in net.biases)
    x = np.round(rng.uniform(-1.0, 1.0, like.n_inputs), 2)
    y = np.round(rng.uniform(0.0, 1.0, like.n_outputs), 2)
    return replace(like, weights=weights, biases=biases, x=x, y=y, label=int(rng.integers(like.n_outputs)))
