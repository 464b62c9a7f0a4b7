"""Training: updates, mini-batches and epochs, with stopping rules.

With N training samples and batch size B, one **update** computes the gradient on
one batch and moves the parameters once; one **epoch** shows every sample once, which
takes ⌈N/B⌉ updates (the last batch of an epoch may be smaller). Batches come from a
new shuffle of the samples at the start of every epoch, drawn from the trainer's own
seeded generator, so the same seed always gives the same run.

Training stops when a rule says so, and says which:
- ``max_updates`` / ``max_epochs``: the budget is spent;
- ``converged``: ‖g‖ < tolerance — the gradient is about zero (a minimum, a saddle
  point or a plateau);
- ``diverged``: the loss became infinite or NaN, or grew to ``divergence_ratio`` times
  its value when training (re)started — usually the learning rate is too large.
  A step whose loss or gradient is not finite is not applied, so the parameters never
  become NaN. The trainer keeps the **last finite weights** — the parameters of the last
  update whose batch loss was finite and below the divergence limit — so that
  ``diagnosis()`` can say where and why it blew up and ``restore_last_finite()`` can go back.

Two ways to fight overfitting live here too:
- **weight decay** λ trains on L + (λ/2)·Σ‖W‖² (weights, not biases), pulling large weights
  towards zero; the recorded losses stay the plain L, so L and L′ remain comparable;
- **early stopping**: at the end of every epoch the trainer remembers the parameters with the
  lowest L′ seen so far (``best``), and ``restore_best()`` puts exactly those back.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

import numpy as np

from applet.core.diagnosis import Diagnosis, diagnose
from applet.core.errors import QT_TRANSLATE_NOOP, DataError, Interrupted, Term
from applet.core.history import History
from applet.core.losses import loss_function
from applet.core.metrics import accuracy, n_correct
from applet.core.network import Network
from applet.core.optim import make_optimizer

Array = np.ndarray

MAX_BUDGET = 10**9  # the largest max_updates / max_epochs: the window's spin box goes this far
TRAINING = Term(QT_TRANSLATE_NOOP("DataError", "training"))
VALIDATION = Term(QT_TRANSLATE_NOOP("DataError", "validation"))
WEIGHT_DECAY = Term(QT_TRANSLATE_NOOP("DataError", "weight decay"))
L1_TERM = Term(QT_TRANSLATE_NOOP("DataError", "L1 regularisation"))
LEARNING_RATE = Term(QT_TRANSLATE_NOOP("DataError", "learning rate"))
DIVERGENCE_RATIO = Term(QT_TRANSLATE_NOOP("DataError", "divergence ratio"))
GRADIENT_TOLERANCE = Term(QT_TRANSLATE_NOOP("DataError", "gradient tolerance"))
UPDATE_BUDGET = Term(QT_TRANSLATE_NOOP("DataError", "maximum number of updates"))
EPOCH_BUDGET = Term(QT_TRANSLATE_NOOP("DataError", "maximum number of epochs"))
MAX_UPDATES = "max_updates"
MAX_EPOCHS = "max_epochs"
CONVERGED = "converged"
DIVERGED = "diverged"


@dataclass(frozen=True)
class Best:
    """The parameters at the lowest validation loss L′ seen so far (early stopping)."""

    val_loss: float
    update: int
    epoch: int
    weights: tuple[Array, ...]
    biases: tuple[Array, ...]


@dataclass(frozen=True, eq=False, kw_only=True)
class HyperParameters:
    """How a network is trained: the loss, the step, the batches and the stopping rules.

    ``TrainingSetup`` adds a problem, a network shape and a seed to these; a session saves
    exactly these fields (``hyper``), so a new one is saved and checked without a second list.
    ``trace_params`` keeps every update's parameters; ``spread_kinks`` starts a 1 → k → 1
    network with its kinks spread over the data's x; ``weight_decay`` is λ of L + (λ/2)·Σ‖W‖²,
    ``l1`` is λ₁ of L + λ₁·Σ|W| (both weights only, not biases).
    """

    loss: str = "mse"
    lr: float = 0.01
    batch_size: int | None = None
    optimizer: str = "gd"
    max_updates: int | None = None
    max_epochs: int | None = None
    grad_tol: float | None = 1e-4
    trace_params: bool = False
    spread_kinks: bool = False
    weight_decay: float = 0.0
    l1: float = 0.0

    def hyper(self) -> HyperParameters:
        """These hyper-parameters alone (of a TrainingSetup: without its problem and network)."""
        return HyperParameters(**self.hyper_options())

    def hyper_options(self) -> dict[str, Any]:
        """The hyper-parameters by name, as keyword arguments."""
        return {f.name: getattr(self, f.name) for f in fields(HyperParameters)}


@dataclass(frozen=True, eq=False)
class TrainerState:
    """Everything needed to continue a run identically (the parameters are the network's).

    ``pos`` is the place in the epoch's shuffled ``order``, ``rng`` the shuffle generator's
    state; ``reference`` and ``smoothed`` are the divergence watch's; ``history`` is
    ``History.state()``; ``best`` the early-stopping parameters. A session file holds these
    fields under the same names (the last two may be absent from older files).
    """

    update: int
    epoch: int
    pos: int
    order: Array | None
    rng: Mapping[str, Any]
    epoch_loss_sum: float
    epoch_correct: int
    loss: str
    lr: float
    batch_size: int
    optimizer: str
    optimizer_state: dict[str, Any]
    reference: float
    smoothed: float | None
    history: dict[str, Array]
    weight_decay: float = 0.0
    best: Best | None = None
    l1: float = 0.0


# what an update changes besides the parameters, the history, the shuffle generator and the
# optimizer's running averages (``Trainer.progress_since`` carries them all)
_STEPPED = (
    "update",
    "epoch",
    "_pos",
    "_order",
    "_epoch_loss_sum",
    "_epoch_correct",
    "_batch_correct",
    "last_loss",
    "last_grad_norm",
    "stop_reason",
    "last_batch",
    "last_finite_update",
    "_finite_batch",
    "_reference",
    "_smoothed",
)


@dataclass(frozen=True, eq=False)
class ProgressMark:
    """Where a trainer stood (``Trainer.progress_mark``): its history's lengths and its best."""

    lengths: dict[str, int]
    best: Best | None


@dataclass(frozen=True, eq=False)
class Progress:
    """What training did since a mark: the history rows added (by ``History`` field name) and
    the trainer's whole changing state after them, arrays copied. ``Trainer.apply_progress`` on
    a copy of the trainer at the mark makes it equal to the trainer, bit for bit — how a run
    trained in another process comes home."""

    rows: dict[str, Array]
    state: dict[str, Any]


def _real(name: str, value: object) -> float:
    """``value`` as a float if it is a real number (not a truth value, not text); else DataError."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The %1 must be a number, not %2."), name, repr(value))
    return float(value)


def check_positive(name: str, value: float) -> float:
    value = _real(name, value)
    if not math.isfinite(value) or value <= 0:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The %1 must be a positive, finite number, not %2."), name, value
        )
    return value


def check_tolerance(value: float | None) -> float | None:
    """None (no rule), or a finite tolerance ≥ 0 on ‖g‖."""
    if value is None:
        return None
    tol = _real(GRADIENT_TOLERANCE, value)
    if not math.isfinite(tol) or tol < 0:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The %1 must be a finite number of 0 or more, not %2."),
            GRADIENT_TOLERANCE,
            tol,
        )
    return tol


def check_budget(name: str, value: int | None) -> int | None:
    """None (no limit), or a whole number from 1 to MAX_BUDGET."""
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) or not 1 <= value <= MAX_BUDGET:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The %1 must be a whole number from 1 to %2, not %3."),
            name,
            MAX_BUDGET,
            repr(value),
        )
    return int(value)


def check_seed(value: int) -> int:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) or value < 0:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The seed must be a whole number ≥ 0, not %1."), repr(value))
    return int(value)


class Trainer:
    """Runs gradient-based training of ``net`` on (X, Y), one update at a time."""

    def __init__(
        self,
        net: Network,
        X: Array,
        Y: Array,
        loss: str = "mse",
        lr: float = 0.01,
        batch_size: int | None = None,
        seed: int = 0,
        X_val: Array | None = None,
        Y_val: Array | None = None,
        optimizer: str = "gd",
        max_updates: int | None = None,
        max_epochs: int | None = None,
        grad_tol: float | None = 1e-4,
        divergence_ratio: float = 100.0,
        trace_params: bool = False,
        weight_decay: float = 0.0,
        l1: float = 0.0,
    ) -> None:
        self.net = net
        self._loss_fn = loss_function(loss)
        self.loss_name = loss
        self.X, self.Y = self._checked_data(X, Y, TRAINING)
        if (X_val is None) != (Y_val is None):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Validation data need both inputs and targets."))
        self.X_val: Array | None = None
        self.Y_val: Array | None = None
        if X_val is not None and Y_val is not None:
            self.X_val, self.Y_val = self._checked_data(X_val, Y_val, VALIDATION)
        self.optimizer = make_optimizer(optimizer, check_positive(LEARNING_RATE, lr))
        self.batch_size = batch_size
        self.weight_decay = weight_decay
        self.l1 = l1
        self.seed = check_seed(seed)
        self._rng = np.random.default_rng(self.seed)
        self.max_updates = max_updates
        self.max_epochs = max_epochs
        self.grad_tol = grad_tol  # the three are checked by their setters
        self.divergence_ratio = check_positive(DIVERGENCE_RATIO, divergence_ratio)
        if self.divergence_ratio <= 1:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The divergence ratio must be more than 1, not %1."),
                self.divergence_ratio,
            )
        self.update = 0
        self.epoch = 0
        self._pos = 0
        self._order: Array | None = None
        self._epoch_loss_sum = 0.0
        self._epoch_correct = 0  # classification: samples of this epoch classified right
        self._batch_correct = 0
        self.last_loss = math.nan
        self.last_grad_norm = math.nan
        self.stop_reason: str | None = None
        self.last_batch: Array | None = None  # sample indices of the last update's batch (None: all)
        self.best: Best | None = None
        self._finite = [p.copy() for p in net.parameters()]  # the last finite weights, then biases
        self.last_finite_update = 0  # the update they were the parameters of
        self._finite_batch: Array | None = None  # the batch of the update that started from them
        # asked between layers of an update; True abandons the update (``step`` says how)
        self.interrupted: Callable[[], bool] | None = None
        self.history = History(net.n_parameters if trace_params else None)
        if self.history.params is not None:
            self.history.params.append(self.flat_parameters())
        self._restart_divergence_watch()

    # -- data and settings ------------------------------------------------------------
    def _checked_data(self, X: Array, Y: Array, what: Term) -> tuple[Array, Array]:
        X = self.net.as_inputs(X)
        Y = self.net.as_targets(Y, self.loss_name)
        if not np.all(np.isfinite(X)):
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "The %1 inputs contain NaN or infinite values; remove or fix those rows."
                ),
                what,
            )
        if self.loss_name != "cross_entropy" and not np.all(np.isfinite(Y)):
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "The %1 targets contain NaN or infinite values; remove or fix those rows."
                ),
                what,
            )
        if len(X) != len(Y):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The %1 data have %2 inputs but %3 targets."), what, len(X), len(Y)
            )
        if len(X) == 0:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "The %1 data are empty."), what)
        return X, Y

    @property
    def n_samples(self) -> int:
        return len(self.X)

    @property
    def batch_size(self) -> int:
        """Samples per update; equal to N for full-batch gradient descent."""
        return self._batch_size

    @batch_size.setter
    def batch_size(self, value: int | None) -> None:
        if value is None:
            value = self.n_samples
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The batch size must be a whole number ≥ 1, not %1."), repr(value)
            )
        self._batch_size = min(int(value), self.n_samples)
        if hasattr(self, "_reference"):
            self._restart_divergence_watch()

    @property
    def weight_decay(self) -> float:
        """λ of the weight-decay term (λ/2)·Σ‖W‖²; 0 trains on the plain loss."""
        return self._weight_decay

    @weight_decay.setter
    def weight_decay(self, value: float) -> None:
        value = _real(WEIGHT_DECAY, value)
        if not math.isfinite(value) or value < 0:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The weight decay λ must be zero or a positive, finite number, not %1."),
                value,
            )
        self._weight_decay = value

    @property
    def l1(self) -> float:
        """λ₁ of the L1 term λ₁·Σ|W|; 0 trains without it."""
        return self._l1

    @l1.setter
    def l1(self, value: float) -> None:
        value = _real(L1_TERM, value)
        if not math.isfinite(value) or value < 0:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The L1 strength λ₁ must be zero or a positive, finite number, not %1."),
                value,
            )
        self._l1 = value

    @property
    def updates_per_epoch(self) -> int:
        """⌈N / B⌉: how many updates one pass over the training data takes."""
        return -(-self.n_samples // self._batch_size)

    @property
    def batch(self) -> int:
        """Index (0-based) of the next batch within the current epoch."""
        return -(-self._pos // self._batch_size)

    @property
    def classifying(self) -> bool:
        """Cross-entropy on class labels: accuracy is recorded too."""
        return self.loss_name == "cross_entropy"

    @property
    def max_updates(self) -> int | None:
        """Stop after this many updates in all (None: no limit)."""
        return self._max_updates

    @max_updates.setter
    def max_updates(self, value: int | None) -> None:
        self._max_updates = check_budget(UPDATE_BUDGET, value)

    @property
    def max_epochs(self) -> int | None:
        """Stop after this many epochs in all (None: no limit)."""
        return self._max_epochs

    @max_epochs.setter
    def max_epochs(self, value: int | None) -> None:
        self._max_epochs = check_budget(EPOCH_BUDGET, value)

    @property
    def grad_tol(self) -> float | None:
        """Stop when ‖g‖ falls below this (None: never)."""
        return self._grad_tol

    @grad_tol.setter
    def grad_tol(self, value: float | None) -> None:
        self._grad_tol = check_tolerance(value)

    @property
    def lr(self) -> float:
        return self.optimizer.lr

    @lr.setter
    def lr(self, value: float) -> None:
        self.optimizer.lr = check_positive(LEARNING_RATE, value)
        self._restart_divergence_watch()

    @property
    def loss(self) -> str:
        return self.loss_name

    @loss.setter
    def loss(self, name: str) -> None:
        if (name == "cross_entropy") != (self.loss_name == "cross_entropy"):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Switching between classification and regression needs new data.")
            )
        self._loss_fn = loss_function(name)
        self.loss_name = name
        self._restart_divergence_watch()

    def set_optimizer(self, name: str) -> None:
        """Switch optimizer (its running averages start from zero)."""
        self.optimizer = make_optimizer(name, self.lr)
        self._restart_divergence_watch()

    def _restart_divergence_watch(self) -> None:
        self._reference = max(self.train_loss(), 1e-300)
        self._smoothed: float | None = None  # the loss, smoothed over recent updates
        # average the loss over about a tenth of an epoch before comparing
        self._smoothing = min(1.0, 10.0 * self._batch_size / self.n_samples)

    # -- evaluation ---------------------------------------------------------------
    def train_loss(self) -> float:
        """L on all training samples at the current parameters."""
        return self._loss_fn(self.net.forward(self.X), self.Y)[0]

    def val_loss(self) -> float:
        """L′ on the validation samples (NaN without validation data)."""
        return self.validation()[0]

    def validation(self) -> tuple[float, float]:
        """(L′, accuracy) on the validation samples from one forward pass; both NaN without
        validation data, the accuracy NaN unless classifying."""
        if self.X_val is None or self.Y_val is None:
            return math.nan, math.nan
        logits = self.net.forward(self.X_val)
        return (self._loss_fn(logits, self.Y_val)[0], accuracy(logits, self.Y_val) if self.classifying else math.nan)

    def flat_parameters(self) -> Array:
        return np.concatenate([p.ravel() for p in self.net.parameters()])

    # -- training -------------------------------------------------------------------
    def _next_batch(self) -> tuple[Array, Array]:
        n, size = self.n_samples, self._batch_size
        if size == n:
            self._pos = n
            self.last_batch = None
            return self.X, self.Y
        if self._order is None:
            self._order = self._rng.permutation(n)
        idx = self._order[self._pos : self._pos + size]
        self._pos += len(idx)
        self.last_batch = idx
        return self.X[idx], self.Y[idx]

    def step(self) -> float:
        """One update on the next batch; returns that batch's loss before the update.

        When ``interrupted`` says True during the update, it is abandoned and ``Interrupted``
        raised: the batch goes back to being the next one (the epoch's shuffle, drawn or not,
        stays as it would be), so running on repeats exactly the run that was not interrupted."""
        start, last_batch = self._pos, self.last_batch
        Xb, Yb = self._next_batch()
        try:
            loss, gW, gb = self.net.backprop(
                Xb, Yb, self._counted_loss if self.classifying else self._loss_fn, interrupted=self.interrupted
            )
        except Interrupted:
            self._pos, self.last_batch = start, last_batch
            raise
        if self._weight_decay:
            self.net.add_weight_decay(gW, self._weight_decay)
        if self._l1:
            self.net.add_l1(gW, self._l1)
        grads = gW + gb
        grad_norm = math.sqrt(sum(float(np.vdot(g, g)) for g in grads))
        self.last_loss, self.last_grad_norm = loss, grad_norm
        self.stop_reason = None
        if loss <= self.divergence_ratio * self._reference:  # finite and not blown up: keep them
            for keep, p in zip(self._finite, self.net.parameters()):
                keep[...] = p  # (faster than np.copyto for the lecture's small arrays)
            self.last_finite_update, self._finite_batch = self.update, self.last_batch
        if not (math.isfinite(loss) and math.isfinite(grad_norm * self.lr)):
            self._pos = start
            self.stop_reason = DIVERGED
            return loss
        self.optimizer.update(self.net.parameters(), grads)
        self.update += 1
        self.history.loss.append(loss)
        self._epoch_loss_sum += loss * len(Xb)
        self._epoch_correct += self._batch_correct
        if self._pos >= self.n_samples:
            self._end_epoch()
        if self.history.params is not None:
            self.history.params.append(self.flat_parameters())
        self._check_rules(loss, grad_norm)
        return loss

    def _counted_loss(self, logits: Array, labels: Array) -> tuple[float, Array]:
        """The batch's cross-entropy, noting how many of its samples were classified right."""
        self._batch_correct = n_correct(logits, labels)
        return self._loss_fn(logits, labels)

    def _end_epoch(self) -> None:
        self.epoch += 1
        self._pos = 0
        self._order = None
        h = self.history
        h.epoch_update.append(self.update)
        h.epoch_loss.append(self._epoch_loss_sum / self.n_samples)
        val_loss, val_accuracy = self.validation()
        h.epoch_val.append(val_loss)
        if math.isfinite(val_loss) and (self.best is None or val_loss < self.best.val_loss):
            self.best = Best(
                val_loss,
                self.update,
                self.epoch,
                tuple(w.copy() for w in self.net.weights),
                tuple(b.copy() for b in self.net.biases),
            )
        if self.classifying:
            h.epoch_accuracy.append(self._epoch_correct / self.n_samples)
            h.epoch_val_accuracy.append(val_accuracy)
        self._epoch_loss_sum = 0.0
        self._epoch_correct = 0

    def _check_rules(self, loss: float, grad_norm: float) -> None:
        s = self._smoothing
        smoothed = loss if self._smoothed is None else (1 - s) * self._smoothed + s * loss
        self._smoothed = smoothed
        if smoothed > self.divergence_ratio * self._reference:
            self.stop_reason = DIVERGED
        elif self.max_updates is not None and self.update >= self.max_updates:
            self.stop_reason = MAX_UPDATES
        elif self.max_epochs is not None and self.epoch >= self.max_epochs:
            self.stop_reason = MAX_EPOCHS
        elif self.grad_tol is not None and grad_norm < self.grad_tol:
            self.stop_reason = CONVERGED

    def run(self, n_updates: int | None = None) -> str | None:
        """Step until a stopping rule fires (returned) or ``n_updates`` are done (None)."""
        if n_updates is None and self.max_updates is None and self.max_epochs is None and not self.grad_tol:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Give a number of updates or a stopping rule, or training never ends.")
            )
        done = 0
        while n_updates is None or done < n_updates:
            self.step()
            done += 1
            if self.stop_reason is not None:
                return self.stop_reason
        return None

    def step_back(self) -> None:
        """Undo the last update: parameters, counters and history go back one step, so
        running on from here repeats the same run.

        The earlier parameters come from the traced path, so ``trace_params`` is needed;
        and only full-batch plain gradient descent can be undone exactly — shuffled
        mini-batches and the running averages of momentum or Adam cannot be rewound.
        """
        h = self.history
        if h.params is None:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "Stepping back needs the recorded path of parameters; this run does not keep it."
                )
            )
        if self.update == 0:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Nothing to step back: this is where gradient descent started.")
            )
        if len(h.params) < 2:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "Stepping back needs the previous point of the path, which was not kept."
                )
            )
        if self.optimizer.name != "gd":
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError",
                    "Stepping back works with plain gradient descent only: momentum and Adam remember earlier steps.",
                )
            )
        ends = h.epoch_update[-2:]
        previous_end = ends[-2] if len(ends) > 1 else 0
        if self._batch_size != self.n_samples or not (
            len(ends) and ends[-1] == self.update and previous_end == self.update - 1
        ):
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError",
                    "Stepping back works with full-batch gradient descent only: a "
                    "shuffled mini-batch cannot be un-shuffled.",
                )
            )
        for values in (
            h.params,
            h.loss,
            h.epoch_update,
            h.epoch_loss,
            h.epoch_val,
            h.epoch_accuracy,
            h.epoch_val_accuracy,
        ):
            values.truncate(len(values) - 1)
        self._set_flat_parameters(h.params[-1])
        if self.best is not None and self.best.update >= self.update:
            self._best_from_history()
        self.update -= 1
        self.epoch -= 1
        self._pos, self._order, self._epoch_loss_sum = 0, None, 0.0
        self.stop_reason = None
        # what the status showed after the previous update: the loss and ‖g‖ it started from
        self.last_loss = self.last_grad_norm = math.nan
        self._smoothed = None
        if self.update:
            before = self.net.copy()
            self._set_flat_parameters(h.params[-2], before)
            self.last_loss, gW, gb = before.backprop(self.X, self.Y, self._loss_fn)
            before.add_weight_decay(gW, self._weight_decay)
            before.add_l1(gW, self._l1)
            self.last_grad_norm = math.sqrt(sum(float(np.vdot(g, g)) for g in gW + gb))
            self._smoothed = self.last_loss

    def _best_from_history(self) -> None:
        """After a step back: the lowest L′ of the epochs that remain, from the traced path
        (full-batch, so epoch k ends at update k and its parameters are row k of the path)."""
        h = self.history
        vals = h.epoch_val.values
        self.best = None
        if h.params is not None and len(vals) and np.isfinite(vals).any():
            k = int(np.nanargmin(vals))
            best = self.net.copy()
            update = int(h.epoch_update[k])
            self._set_flat_parameters(h.params[update], best)
            self.best = Best(float(vals[k]), update, k + 1, tuple(best.weights), tuple(best.biases))

    def restore_best(self) -> Best:
        """Early stopping: put back exactly the parameters of the lowest L′ so far (the counters
        and the history go on from here, so the loss curve shows the jump back)."""
        if self.best is None:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "No validation loss has been measured yet: train at least one epoch with unseen data."
                )
            )
        self.net.weights = [w.copy() for w in self.best.weights]
        self.net.biases = [b.copy() for b in self.best.biases]
        self.stop_reason = None
        self._restart_divergence_watch()
        return self.best

    def last_finite(self) -> tuple[tuple[Array, ...], tuple[Array, ...]]:
        """Copies of the last finite weights and biases (see the module docstring)."""
        n = len(self.net.weights)
        return tuple(p.copy() for p in self._finite[:n]), tuple(p.copy() for p in self._finite[n:])

    def diagnosis(self) -> Diagnosis:
        """Where and why the update from the last finite weights blew up, on its batch
        (``applet.core.diagnosis``)."""
        last = self.net.copy()
        weights, biases = self.last_finite()
        last.weights, last.biases = list(weights), list(biases)
        idx = self._finite_batch
        X, Y = (self.X, self.Y) if idx is None else (self.X[idx], self.Y[idx])
        blown = self.net
        if self.update == self.last_finite_update:  # the step was refused: look where η·g leads
            blown = last.copy()
            with np.errstate(over="ignore", invalid="ignore"):
                _, gW, gb = last.backprop(X, Y, self._loss_fn)
                for p, g in zip(blown.parameters(), gW + gb):
                    p -= self.lr * g
        return diagnose(last, blown, X, Y, self._loss_fn, self.lr)

    def restore_last_finite(self) -> int:
        """Put back the last finite weights and start the optimizer's running averages afresh
        (they remember the blow-up); the counters and the history go on from here, as after
        ``restore_best``. Returns the update the weights come from."""
        weights, biases = self.last_finite()
        self.net.weights, self.net.biases = list(weights), list(biases)
        self.optimizer = make_optimizer(self.optimizer.name, self.lr)
        self.stop_reason = None
        self._restart_divergence_watch()
        return self.last_finite_update

    def _set_flat_parameters(self, flat: Array, net: Network | None = None) -> None:
        start = 0
        for p in (net or self.net).parameters():
            p[...] = flat[start : start + p.size].reshape(p.shape)
            start += p.size

    def run_epoch(self) -> str | None:
        """Step to the end of the current epoch (or until a rule fires)."""
        epoch = self.epoch
        while self.epoch == epoch:
            self.step()
            if self.stop_reason is not None:
                return self.stop_reason
        return None

    # -- progress: a run trained elsewhere ----------------------------------------------
    def _histories(self) -> dict[str, Any]:
        h = self.history
        named = {name: getattr(h, name) for name in h.FIELDS}
        if h.params is not None:
            named["params"] = h.params
        return named

    def progress_mark(self) -> ProgressMark:
        """Where this trainer stands now, for ``progress_since``."""
        return ProgressMark({name: len(rows) for name, rows in self._histories().items()}, self.best)

    def progress_since(self, mark: ProgressMark) -> Progress:
        """The history rows added since ``mark`` and the whole state that updates change, copied
        (the early-stopping ``best`` only if it changed)."""
        rows = {name: np.array(values[mark.lengths[name] :], copy=True) for name, values in self._histories().items()}
        state = {name: _copy_value(getattr(self, name)) for name in _STEPPED}
        state["parameters"] = [p.copy() for p in self.net.parameters()]
        state["finite"] = [p.copy() for p in self._finite]
        state["rng"] = self._rng.bit_generator.state
        state["optimizer"] = self.optimizer.state()
        if self.best is not mark.best:
            state["best"] = self.best
        return Progress(rows, state)

    def apply_progress(self, progress: Progress) -> None:
        """Continue this trainer (a copy of the one ``progress`` came from, at its mark) to where
        that one is: the same history, parameters, counters, shuffle and optimizer state."""
        histories = self._histories()
        for name, rows in progress.rows.items():
            histories[name].extend(rows)
        state = dict(progress.state)
        for p, value in zip(self.net.parameters(), state.pop("parameters")):
            p[...] = value
        for keep, value in zip(self._finite, state.pop("finite")):
            keep[...] = value
        self._rng.bit_generator.state = state.pop("rng")
        self.optimizer.load_state(state.pop("optimizer"))
        for name, value in state.items():
            setattr(self, name, value)

    # -- saving and restoring --------------------------------------------------------
    def state(self) -> TrainerState:
        """Everything needed to continue this run identically (parameters are the network's)."""
        best = self.best
        return TrainerState(
            update=self.update,
            epoch=self.epoch,
            pos=self._pos,
            order=None if self._order is None else self._order.copy(),
            rng=self._rng.bit_generator.state,
            epoch_loss_sum=self._epoch_loss_sum,
            epoch_correct=self._epoch_correct,
            loss=self.loss_name,
            lr=self.lr,
            batch_size=self._batch_size,
            optimizer=self.optimizer.name,
            optimizer_state=self.optimizer.state(),
            reference=self._reference,
            smoothed=self._smoothed,
            history=self.history.state(),
            weight_decay=self._weight_decay,
            l1=self._l1,
            best=None if best is None else _copied(best),
        )

    def load_state(self, state: TrainerState) -> None:
        """Restore a state saved by :meth:`state` (on a trainer built with the same data)."""
        self.loss = state.loss
        self.batch_size = int(state.batch_size)
        self.weight_decay = state.weight_decay
        self.l1 = state.l1
        self.best = None if state.best is None else _copied(state.best)
        self.optimizer = make_optimizer(state.optimizer, check_positive(LEARNING_RATE, state.lr))
        self.optimizer.load_state(state.optimizer_state)
        self.update, self.epoch, self._pos = int(state.update), int(state.epoch), int(state.pos)
        self._order = None if state.order is None else np.asarray(state.order, dtype=np.intp)
        self._rng.bit_generator.state = state.rng
        self._epoch_loss_sum = float(state.epoch_loss_sum)
        self._epoch_correct = int(state.epoch_correct)
        self._reference = float(state.reference)
        self._smoothed = None if state.smoothed is None else float(state.smoothed)
        self.history.load_state(state.history)
        self.stop_reason = None


def _copy_value(value: Any) -> Any:
    return value.copy() if isinstance(value, np.ndarray) else value


def _copied(best: Best) -> Best:
    """``best`` with arrays of its own: a saved state and the trainer never share them."""
    return Best(
        float(best.val_loss),
        int(best.update),
        int(best.epoch),
        tuple(np.array(w, dtype=np.float64) for w in best.weights),
        tuple(np.array(b, dtype=np.float64) for b in best.biases),
    )
