"""TraceSession: the backpropagation trace a learner walks through — the example, its
trace, the cursor (how many steps are computed), the loss per iteration, the gradient
checks, each sample's gradient over a batch, and how snapshots of the training worker
are adopted. Qt-free; the trace panel draws it.

With a batch of N > 1 samples the steps trace the first sample (its loss C¹), and the
update moves every parameter by the batch's gradient: ∂L/∂θ = (1/N)·Σₙ ∂Cⁿ/∂θ (L is the
mean of the samples' losses), plus λ·w for a weight when weight decay λ > 0.

The worker trains the same example (the lesson's data set is this one sample), so the two
stay consistent: parameter edits and "Apply update" are sent to the worker in place; edits
of the experiment itself are sent as a new TrainingSetup (``request_setup``); and once the
worker has trained (its update count or run changed) the session adopts the snapshot's
parameters. Snapshots without training (the echo of an edit) never overwrite them.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from applet.core.activations import activation
from applet.core.backprop import (
    BackwardPass,
    Step,
    Trace,
    backward_pass,
    batch_gradients,
    fmt,
    numerical_gradient,
    relative_error,
    sample_losses,
)
from applet.core.errors import DataError, quiet_overflow
from applet.core.losses import loss_function
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.training.trace_example import TraceExample, hand_picked

Array = np.ndarray

CHECK_H = 1e-6  # central-difference step
AGREES = 1e-4  # relative error below which gradient and check agree
ADOPT_INTERVAL = 0.25  # seconds between adopting the parameters of a running training
CROWDED_DIGITS = 4  # networks of more than two layers show shorter numbers in their nodes
EDITABLE = ("dL/dw", "dL/db", "update_w", "update_b")  # steps whose row edits their parameter
_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_LAYER = re.compile("⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾")


def subscript(n: int) -> str:
    return str(n).translate(_SUB)


def short(symbol: str) -> str:
    """A symbol without its layer superscript: z₁⁽²⁾ → z₁ (a node's caption names its layer)."""
    return _LAYER.sub("", symbol)


@dataclass(frozen=True)
class Check:
    """A gradient beside its central difference."""

    numeric: float
    error: float  # relative error

    @property
    def agrees(self) -> bool:
        return self.error < AGREES


@dataclass(frozen=True)
class BatchRow:
    """One row of the batch table: the loss, or one parameter θ, sample by sample."""

    symbol: str  # "C" for the loss row, else the parameter's symbol (w₁₂⁽¹⁾, b₁⁽²⁾)
    layer: int  # the parameter's layer (0 for the loss row)
    index: int | tuple[int, int] | None  # (i, j) for a weight, j for a bias, None for the loss
    samples: tuple[float, ...]  # Cⁿ, or ∂Cⁿ/∂θ of every sample n
    total: float  # Σₙ
    mean: float  # L, or ∂L/∂θ: every loss here is the mean over the samples
    decay: float  # (λ/2)·Σ‖W‖² + λ₁·Σ|W| for the loss row, λ·w + λ₁·sign(w) for a weight, 0 for a bias

    @property
    def with_decay(self) -> float:
        """What gradient descent minimises and follows: L + (λ/2)·Σ‖W‖² + λ₁·Σ|W|, ∂L/∂θ + λ·w + λ₁·sign(w)."""
        return self.mean + self.decay


class Overflow(DataError):
    """An example whose trace overflows: ``step`` is the first number that does."""

    def __init__(self, step: Step) -> None:
        super().__init__(f"{step.symbol} = {step.numbers} would overflow.")
        self.step = step


@dataclass(frozen=True)
class Adoption:
    """What a snapshot changes: the example to trace, and whether the trace starts again."""

    example: TraceExample
    restart: bool


class TraceSession:
    def __init__(self, example: TraceExample | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.digits = 6
        self.iteration = 0
        self.losses: list[tuple[int, float]] = []  # (iteration, L)
        self.setup: TrainingSetup | None = None  # the experiment the window trains
        self.requested: TrainingSetup | None = None  # the last one this session asked for
        self._seen: tuple[int, int] | None = None  # (run_id, update) of the last snapshot followed
        self._clock = clock
        self._adopted_at = -math.inf
        self.cursor = 0
        self.weight_decay = 0.0  # λ of the window's training, shown in the batch table and applied
        self.l1 = 0.0  # λ₁ of its L1 term, likewise
        self.circuit: Array | None = None  # ∂C/∂y the learner feeds the reversed network (None: the loss's)
        self.set_example(example if example is not None else hand_picked(), restart=True)

    # -- the example ---------------------------------------------------------------------
    def set_example(self, example: TraceExample, restart: bool = False) -> None:
        """Trace ``example``; keep the number of computed steps unless ``restart``."""
        self.example = example
        full = example.trace(self.digits)
        self.symbols = {(s.layer, s.index): s.symbol.rstrip("⁺") for s in full if s.phase == "update"}
        # with a batch, the update is the batch's (see the batch rows), not the first sample's
        self.trace: Trace = (
            full
            if example.n_samples == 1
            else Trace(tuple(s for s in full if s.phase != "update"), full.shapes, full.digits)
        )
        self._net = example.network()
        self._checks: dict[int, Check | None] = {}
        with quiet_overflow():
            self.batch = batch_gradients(self._net, example.X, example.Y, loss=example.loss)
            self.sample_losses = sample_losses(self._net, example.X, example.Y, loss=example.loss)
        # σ′(z) amplifies ∂L/∂a into ∂L/∂z (not where softmax cross-entropy gives ∂L/∂z directly)
        self.amplified = {(s.layer, s.index) for s in self.trace if s.kind == "dL/da"}
        self.cursor = 0 if restart else min(self.cursor, len(self.trace))
        if self.circuit is not None and len(self.circuit) != example.n_outputs:
            self.circuit = None
        loss = self.trace.value("L") if example.n_samples == 1 else float(np.mean(self.sample_losses))
        if self.losses and self.losses[-1][0] == self.iteration:
            self.losses[-1] = (self.iteration, loss)
        else:
            self.losses.append((self.iteration, loss))

    def finite(self, example: TraceExample) -> TraceExample:
        """``example``, if every number of its trace is finite; else Overflow naming the first that is not."""
        with quiet_overflow():
            step = next((s for s in example.trace(self.digits) if not math.isfinite(s.value)), None)
        if step is not None:
            raise Overflow(step)
        return example

    def edit(self, change: Callable[[TraceExample], TraceExample], restart: bool = False) -> TraceExample:
        """Apply an edit of the experiment (raises DataError, changing nothing, when it is refused);
        ``restart`` starts the trace and the loss history afresh (a new network or preset)."""
        example = self.finite(change(self.example))
        if restart:
            self.iteration, self.losses = 0, []
        self.set_example(example, restart=restart)
        return example

    def set_parameter(self, layer: int, index: int | tuple[int, int], value: float) -> TraceExample:
        """Exactly one weight or bias changed (DataError, changing nothing, if it overflows)."""
        example = self.finite(self.example.with_parameter(layer, index, value))
        self.set_example(example)
        return example

    def apply_update(self) -> TraceExample:
        """θ ← θ − η·(∂L/∂θ + λ·w + λ₁·sign(w)) for every parameter, ∂L/∂θ the batch's; the next iteration is
        traced from its first step."""
        example = self.finite(self.example.with_parameters(*self.updated_parameters()))
        self.iteration += 1
        self.set_example(example, restart=True)
        return example

    def updated_parameters(self) -> tuple[list[Array], list[Array]]:
        """(weights, biases) after one gradient-descent step on the batch, with weight decay λ and L1 λ₁."""
        ex, lam, l1 = self.example, self.weight_decay, self.l1
        weights, biases = [], []
        for l, (W, b) in enumerate(zip(ex.weights, ex.biases)):
            gW = np.mean([g[0][l] for g in self.batch], axis=0) + lam * W + l1 * np.sign(W)
            gb = np.mean([g[1][l] for g in self.batch], axis=0)
            weights.append(W - ex.lr * gW)
            biases.append(b - ex.lr * gb)
        return weights, biases

    def set_samples(self, n: int, seed: int) -> TraceExample:
        """A batch of ``n`` samples (the first one kept, the others drawn from ``seed``)."""
        return self.edit(lambda ex: ex.with_samples(n, seed))

    def batch_rows(self) -> list[BatchRow]:
        """The loss and every parameter's gradient, sample by sample, with Σ, mean and λ's term:
        the lecture's ∂L/∂w = Σₙ ∂Cⁿ/∂w, with our L the mean (so ∂L/∂w = (1/N)·Σₙ ∂Cⁿ/∂w)."""
        ex, lam, l1 = self.example, self.weight_decay, self.l1
        penalty = 0.0
        if lam or l1:  # (λ/2)·Σ‖W‖² + λ₁·Σ|W|; weights of a diverged run may overflow it: the table shows —
            with quiet_overflow():
                penalty = lam / 2 * sum(float(np.sum(W**2)) for W in ex.weights)
                penalty += l1 * sum(float(np.sum(np.abs(W))) for W in ex.weights)
        losses = tuple(float(c) for c in self.sample_losses)
        rows = [BatchRow("C", 0, None, losses, math.fsum(losses), float(np.mean(losses)), penalty)]
        for (layer, index), symbol in self.symbols.items():
            weight = isinstance(index, tuple)
            values = tuple(float(g[0 if weight else 1][layer - 1][index]) for g in self.batch)
            w = self.parameter(layer, index) if weight else 0.0
            decay = lam * w + l1 * float(np.sign(w)) if weight else 0.0
            rows.append(BatchRow(symbol, layer, index, values, math.fsum(values), float(np.mean(values)), decay))
        return rows

    def parameter(self, layer: int, index: int | tuple[int, int]) -> float:
        arrays = self.example.weights if isinstance(index, tuple) else self.example.biases
        return float(arrays[layer - 1][index])

    def request_setup(self, seed: int) -> TrainingSetup:
        """The experiment to train now: this example, with the other options of the window's setup."""
        seed = self.setup.seed if self.setup is not None else seed
        setup = self.example.setup(self.example.problem(), seed, base=self.setup)
        self.requested = setup.with_options(weight_decay=self.weight_decay, l1=self.l1)
        return self.requested

    # -- the window's side ---------------------------------------------------------------
    def setup_changed(self, setup: TrainingSetup) -> bool:
        """The lesson's (or a reset's) experiment; True when it is traced from now on (not the
        one this session asked for). Raises DataError when it cannot be traced."""
        self.setup = setup
        self.weight_decay, self.l1 = setup.weight_decay, setup.l1
        if setup is self.requested:
            return False
        example = TraceExample.from_setup(setup)
        self._seen = None
        self.set_example(example, restart=True)
        return True

    def adopt(self, snapshot: Snapshot) -> Adoption | None:
        """What following the worker changes: its learning rate and loss, and its parameters
        once it has trained (while it runs, at most every ADOPT_INTERVAL seconds). None: nothing.
        Raises Overflow when the worker's numbers overflow the trace (training diverged)."""
        key = (snapshot.run_id, snapshot.update)
        trained = key != self._seen  # or the first snapshot of a run this session did not start
        if trained and snapshot.running and self._clock() - self._adopted_at < ADOPT_INTERVAL:
            return None
        seen, self._seen = self._seen, key
        example = self.example
        decay_changed = (snapshot.weight_decay, snapshot.l1) != (self.weight_decay, self.l1)
        self.weight_decay, self.l1 = snapshot.weight_decay, snapshot.l1
        if snapshot.lr != example.lr and math.isfinite(snapshot.lr):
            example = example.with_lr(snapshot.lr)
        same_task = (snapshot.loss_name == "cross_entropy") == (example.loss == "cross_entropy")
        if snapshot.loss_name != example.loss and same_task:
            example = example.with_loss(snapshot.loss_name)
        restart = False
        if trained and snapshot.weights is not None and self._same_shapes(snapshot.weights):
            parameters = list(snapshot.weights) + list(snapshot.biases)
            if not all(np.array_equal(a, b) for a, b in zip(parameters, example.weights + example.biases)):
                example = example.with_parameters(snapshot.weights, snapshot.biases)
                restart = True
                if seen is not None and seen[0] == snapshot.run_id:
                    self.iteration += snapshot.update - seen[1]
                else:
                    self.iteration, self.losses = snapshot.update, []
        if example is self.example:
            return Adoption(example, False) if decay_changed else None
        example = self.finite(example)
        self._adopted_at = self._clock()
        self.set_example(example, restart=restart)
        return Adoption(example, restart)

    def _same_shapes(self, weights: list[Array]) -> bool:
        return [w.shape for w in weights] == [w.shape for w in self.example.weights]

    # -- stepping ------------------------------------------------------------------------
    def go(self, cursor: int) -> int | None:
        """Show ``cursor`` steps computed; the first row that changed, or None if nothing did."""
        cursor = max(0, min(cursor, len(self.trace)))
        if cursor == self.cursor:
            return None
        first, self.cursor = min(cursor, self.cursor), cursor
        return first

    @property
    def step(self) -> Step | None:
        """The step computed last (None before the first)."""
        return self.trace[self.cursor - 1] if self.cursor else None

    def check(self, row: int) -> Check | None:
        """A gradient step's central difference, computed once per trace (None for other steps,
        and when L(θ ± h) overflows)."""
        step = self.trace[row]
        if step.phase != "gradient":
            return None
        if row not in self._checks:
            ex = self.example
            with quiet_overflow():
                numeric = numerical_gradient(self._net, ex.x, ex.target, ex.loss, step.layer, step.index, h=CHECK_H)
                error = relative_error(step.value, numeric)
            finite = math.isfinite(numeric) and math.isfinite(error)
            self._checks[row] = Check(numeric, error) if finite else None
        return self._checks[row]

    def loss_history(self, shown: int) -> str:
        """The last ``shown`` iterations' losses, e.g. "0: 0.2984   1: 0.2910"."""
        return "   ".join(f"{k}: {fmt(loss, self.digits)}" for k, loss in self.losses[-shown:])

    # -- the backward pass as a linear circuit -------------------------------------------
    def loss_derivative(self) -> Array:
        """∂L/∂y at the outputs for this sample: what backpropagation feeds the reversed network."""
        ex = self.example
        Y = self._net.as_targets(np.array([ex.label]) if ex.loss == "cross_entropy" else ex.y[None], ex.loss)
        with quiet_overflow():
            _, dL_dy = loss_function(ex.loss)(self._net.forward(ex.x[None]), Y)
        return np.asarray(dL_dy[0], dtype=np.float64)

    def output_gradient(self) -> Array:
        """The ∂C/∂y the reversed network is fed: the learner's, or the loss's derivative."""
        return self.loss_derivative() if self.circuit is None else self.circuit

    def set_output_gradient(self, j: int, value: float) -> None:
        """The learner sets ∂C/∂yⱼ (the other outputs keep theirs); the circuit is driven from now on."""
        values = self.output_gradient().copy()
        values[j] = value
        self.circuit = values

    def follow_the_loss(self) -> None:
        """Feed the reversed network the loss's derivative again (the trace's own backward pass)."""
        self.circuit = None

    def circuit_pass(self) -> BackwardPass:
        """Every ∂C/∂a, σ′(z) and ∂C/∂z for the current ∂C/∂y, with this sample's forward pass frozen."""
        with quiet_overflow():
            return backward_pass(self._net, self.example.x, self.output_gradient())

    def circuit_lines(self, layer: int, j: int, digits: int) -> list[str]:
        """A node of the driven circuit: ∂C/∂y (output) or ∂C/∂a, × σ′(z), ∂C/∂z."""
        circuit, k = self.circuit_pass(), subscript(j + 1)
        arriving = f"∂C/∂y{k}" if layer == len(self.example.layers) else f"∂C/∂a{k}"
        return [
            f"{arriving} = {fmt(circuit.dC_da[layer - 1][j], digits)}",
            f"× σ′(z{k}) = {fmt(circuit.slopes[layer - 1][j], digits)}",
            f"∂C/∂z{k} = {fmt(circuit.dC_dz[layer - 1][j], digits)}",
        ]

    # -- the diagram's nodes -------------------------------------------------------------
    def input_text(self, i: int, digits: int) -> str:
        return f"x{subscript(i + 1)} = {fmt(self.example.x[i], digits)}"

    def node_digits(self) -> tuple[int, bool]:
        """Digits for the nodes' numbers, and whether the network is crowded (more than two layers)."""
        crowded = len(self.example.layers) > 2
        return (min(self.digits, CROWDED_DIGITS) if crowded else self.digits), crowded

    def node_lines(self, layer: int, j: int, reversed_view: bool, computed_only: bool = True) -> list[str]:
        """A node's lines, from the steps computed so far (or all of them); symbols without the
        layer (the caption says it), e.g. "z₁ = 0.3775". The forward view shows b, y, z, a, p and
        ∂L/∂z; the reversed view ∂L/∂a, × σ′(z) and ∂L/∂z — or, once the learner drives the
        circuit with ∂C/∂y, every node's ∂C/∂a, × σ′(z) and ∂C/∂z. A crowded network leaves b and y out."""
        ex = self.example
        digits, crowded = self.node_digits()
        if reversed_view and self.circuit is not None:
            return self.circuit_lines(layer, j, digits)
        kinds = ("dL/da", "sigma", "dL/dz") if reversed_view else ("b", "y", "z", "a", "p", "dL/dz")
        values: dict[str, str] = {}
        if not (reversed_view or crowded):
            values["b"] = f"{short(self.symbols[(layer, j)])} = {fmt(ex.biases[layer - 1][j], digits)}"
            if layer == len(ex.layers) and ex.loss != "cross_entropy":
                values["y"] = f"ŷ{subscript(j + 1)} = {fmt(ex.y[j], digits)}"
        steps = self.trace.steps[: self.cursor] if computed_only else self.trace.steps
        for step in steps:
            if step.layer != layer or step.index != j:
                continue
            if step.kind in kinds:
                values[step.kind] = f"{short(step.symbol)} = {fmt(step.value, digits)}"
            if step.kind == "z" and reversed_view and (layer, j) in self.amplified:
                slope = activation(ex.layers[layer - 1].activation).slope(np.array([step.value]))[0]
                values["sigma"] = f"× σ′({short(step.symbol)}) = {fmt(slope, digits)}"
        return [values[k] for k in kinds if k in values]
