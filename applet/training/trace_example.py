"""The backpropagation lesson's experiment: a small network, one sample, a loss and η.

A ``TraceExample`` is everything one hand-worked backpropagation example needs — what a
textbook writes in its first figure: the inputs x, the targets y, every weight and bias,
the activations, the loss and the learning rate. It may carry up to ``MAX_SAMPLES − 1``
further samples, drawn from a seed: the batch whose loss L is the mean of each sample's Cⁿ.
It is immutable: every edit returns a new example, so the trace panel can re-trace it
(instantly, it is a few samples) and hand the same numbers to the training worker as a ``TrainingSetup``.

A panel can also ask for the trace of one example of the data it draws — a point the learner
clicked — with the weights training has reached: it emits ``Panel.trace_requested`` with a
``SampleRequest``, and the window opens that example's trace (``TraceExample.for_sample``)
beside the lesson, without touching the training.

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
MAX_SAMPLES = 8  # the batch the trace shows sample by sample


def _frozen(values) -> tuple[Array, ...]:
    arrays = []
    for value in values:
        array = np.array(value, dtype=np.float64)
        array.setflags(write=False)
        arrays.append(array)
    return tuple(arrays)


@dataclass(frozen=True, eq=False)
class SampleRequest:
    """A panel's request for the backprop trace of one example with the current weights:
    ``x`` is what the network sees (the features of a point in the plane), ``target`` the
    class index (cross-entropy) or the target values, ``where`` how the learner sees the
    example (a point's coordinates x₁, x₂) and ``name`` its class as the data name it."""

    x: Array
    target: int | Array
    where: tuple[float, ...]
    name: str = ""


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
    more_x: Array | None = None  # samples 2, 3, …: inputs (k, n_inputs), targets (k, n_outputs), classes (k,)
    more_y: Array | None = None
    more_labels: Array | None = None

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
        self._check_more(net.n_outputs)
        loss_function(self.loss)  # unknown loss → DataError
        try:
            lr = float(self.lr)
        except (TypeError, ValueError):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "The learning rate must be a number.")) from None
        if not math.isfinite(lr):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "The learning rate must be a finite number."))
        object.__setattr__(self, "lr", lr)

    def _check_more(self, n_outputs: int) -> None:
        """The further samples: shaped like the first, finite, with valid classes (none by default)."""
        k = 0 if self.more_x is None else len(self.more_x)
        more_x = np.zeros((0, len(self.x))) if self.more_x is None else self.more_x
        more_y = np.zeros((0, n_outputs)) if self.more_y is None else self.more_y
        more_labels = np.array(np.zeros(0) if self.more_labels is None else self.more_labels, dtype=np.int64)
        more_labels.setflags(write=False)
        more_x, more_y = _frozen([more_x, more_y])
        if more_x.shape != (k, len(self.x)) or more_y.shape != (k, n_outputs) or more_labels.shape != (k,):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Every sample of the batch needs all inputs and targets."))
        if k + 1 > MAX_SAMPLES:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Choose 1 to %1 samples."), MAX_SAMPLES)
        if not (np.all(np.isfinite(more_x)) and np.all(np.isfinite(more_y))):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "The inputs and targets must be finite numbers."))
        if np.any((more_labels < 0) | (more_labels >= n_outputs)):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "The target class must be between 0 and %1."), n_outputs - 1)
        object.__setattr__(self, "more_x", more_x)
        object.__setattr__(self, "more_y", more_y)
        object.__setattr__(self, "more_labels", more_labels)

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

    @property
    def n_samples(self) -> int:
        """Samples in the batch (1: the one sample the trace follows)."""
        return 1 + len(self.more_x)

    @property
    def X(self) -> Array:
        """Every sample's inputs, one row per sample (the first is x)."""
        return np.vstack([self.x[None], self.more_x])

    @property
    def Y(self) -> Array:
        """Every sample's target: one row of y per sample, or the classes for cross-entropy."""
        if self.loss == "cross_entropy":
            return np.concatenate([[self.label], self.more_labels]).astype(np.int64)
        return np.vstack([self.y[None], self.more_y])

    def network(self) -> Network:
        net = Network(self.n_inputs, list(self.layers))
        net.weights, net.biases = list(self.weights), list(self.biases)
        return net

    def trace(self, digits: int = 6) -> Trace:
        return trace(self.network(), self.x, self.target, loss=self.loss, lr=self.lr, digits=digits)

    def problem(self) -> Problem:
        """The samples as a data set, for the training worker (a new object every call)."""
        task = CLASSIFICATION if self.loss == "cross_entropy" else REGRESSION
        return Problem("backprop", task, self.X, self.Y, n_outputs=self.n_outputs)

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
    def for_sample(
        cls,
        layers: tuple[LayerSpec, ...],
        weights: tuple[Array, ...],
        biases: tuple[Array, ...],
        request: SampleRequest,
        loss: str,
        lr: float,
    ) -> TraceExample:
        """The example of one requested sample through a network with these (current) weights."""
        n_outputs = layers[-1].units
        if loss == "cross_entropy":
            label = int(request.target)  # type: ignore[arg-type]
            y = np.eye(n_outputs)[label] if 0 <= label < n_outputs else np.zeros(n_outputs)
        else:
            label, y = 0, np.asarray(request.target, dtype=np.float64).reshape(-1)
        return cls(tuple(layers), tuple(weights), tuple(biases), np.asarray(request.x), y, label, loss, lr)

    @classmethod
    def from_setup(cls, setup: TrainingSetup) -> TraceExample:
        """The example a training setup describes: its samples and its (initial) parameters."""
        p = setup.problem
        layers = tuple(setup.layers)
        net = Network(p.n_inputs, list(layers), seed=setup.seed)
        weights = setup.initial_weights if setup.initial_weights is not None else net.weights
        biases = setup.initial_biases if setup.initial_biases is not None else net.biases
        X = np.asarray(p.X_train, dtype=np.float64).reshape(len(p.X_train), -1)
        if setup.loss == "cross_entropy":
            labels = np.asarray(p.Y_train).reshape(-1).astype(np.int64)
            Y = np.eye(net.n_outputs)[labels]
        else:
            Y = np.asarray(p.Y_train, dtype=np.float64).reshape(len(X), -1)
            labels = np.argmax(Y, axis=1)
        return cls(
            layers,
            tuple(weights),
            tuple(biases),
            X[0],
            Y[0],
            int(labels[0]),
            setup.loss,
            setup.lr,
            X[1:],
            Y[1:],
            labels[1:],
        )

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
        """Switch the loss; going to cross-entropy, each sample's target class is its largest target."""
        if loss == "cross_entropy" and self.loss != "cross_entropy":
            labels = np.argmax(self.more_y, axis=1) if len(self.more_y) else np.zeros(0)
            return replace(self, loss=loss, label=int(np.argmax(self.y)), more_labels=labels)
        return replace(self, loss=loss)

    def with_samples(self, n: int, seed: int) -> TraceExample:
        """A batch of ``n`` samples: this one first, then samples drawn from ``seed`` (inputs in
        [−1, 1], targets in [0, 1], rounded to two decimals). The same seed draws the same
        samples, so a larger batch keeps the samples of a smaller one."""
        if not 1 <= n <= MAX_SAMPLES:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Choose 1 to %1 samples."), MAX_SAMPLES)
        more_x, more_y = _draw_samples(seed, self.n_inputs, self.n_outputs)
        more_x, more_y = more_x[: n - 1], more_y[: n - 1]
        return replace(self, more_x=more_x, more_y=more_y, more_labels=np.argmax(more_y, axis=1))

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

        def fit(values: Array, width: int) -> Array:
            """Rows of ``values`` cut or padded with zeros to ``width`` columns."""
            out = np.zeros((len(values), width))
            out[:, : min(width, values.shape[1])] = values[:, :width]
            return out

        n_outputs = layers[-1].units
        X, Y = fit(self.X, n_inputs), fit(np.vstack([self.y[None], self.more_y]), n_outputs)
        labels = np.minimum(np.concatenate([[self.label], self.more_labels]), n_outputs - 1)
        return replace(
            self,
            layers=tuple(layers),
            weights=keep(self.weights, fresh.weights),
            biases=keep(self.biases, fresh.biases),
            x=X[0],
            y=Y[0],
            label=int(labels[0]),
            more_x=X[1:],
            more_y=Y[1:],
            more_labels=labels[1:],
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


def _draw_samples(seed: int, n_inputs: int, n_outputs: int) -> tuple[Array, Array]:
    """``MAX_SAMPLES − 1`` further samples from ``seed``: inputs in [−1, 1], targets in [0, 1], two decimals."""
    rng = np.random.default_rng([seed, n_inputs, n_outputs])
    x = np.round(rng.uniform(-1.0, 1.0, (MAX_SAMPLES - 1, n_inputs)), 2)
    y = np.round(rng.uniform(0.0, 1.0, (MAX_SAMPLES - 1, n_outputs)), 2)
    return x, y


def random_example(seed: int, like: TraceExample | None = None) -> TraceExample:
    """``like``'s shape, activations, loss, η and batch size with every number drawn from ``seed``."""
    like = like if like is not None else hand_picked()
    rng = np.random.default_rng(seed)

    def draw(shape, scale: float = 1.0) -> Array:
        return np.round(rng.normal(scale=scale, size=shape), 2)

    net = Network(like.n_inputs, list(like.layers), seed=seed)
    weights = tuple(np.round(w, 2) for w in net.weights)
    biases = tuple(draw(b.shape, 0.5) for b in net.biases)
    x = np.round(rng.uniform(-1.0, 1.0, like.n_inputs), 2)
    y = np.round(rng.uniform(0.0, 1.0, like.n_outputs), 2)
    drawn = replace(like, weights=weights, biases=biases, x=x, y=y, label=int(rng.integers(like.n_outputs)))
    return drawn.with_samples(like.n_samples, seed)
