"""What an exported script must reproduce: a run, replayed in the engine first.

A script trains from the run's *start*, so the start must be known: the first row of a
traced path, the parameters themselves before any update, or the seed's own start (drawn
as ``Network`` draws it, kinks spread when the lesson spreads them). Which one it was is
found by replaying the run in the engine and comparing every update's loss with the
history, bit for bit. A run whose settings or weights were changed while it trained
cannot be replayed beyond that change: the plan keeps the updates that replay and says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.kinks import spread_network_kinks
from applet.core.network import LayerSpec, Network
from applet.core.problem import Problem
from applet.core.trainer import Trainer, TrainerState
from applet.training.setup import TrainingSetup

Array = np.ndarray
Start = tuple[tuple[Array, ...], tuple[Array, ...]]

SEEDED = "seeded"  # the start drawn from the seed, as Network draws it
SPREAD = "spread"  # the seed's start with the hidden neurons' kinks spread over x
GIVEN = "given"  # any other start: its numbers go into the script (or beside it)


@dataclass(frozen=True, eq=False)
class ExportRun:
    """A run as a script reproduces it, with the numbers the app reported for it."""

    lesson: str
    problem: Problem
    layers: tuple[LayerSpec, ...]
    seed: int
    loss: str
    lr: float
    batch_size: int  # the effective batch size (N for full batch)
    optimizer: str
    weight_decay: float  # λ of L + (λ/2)·Σ‖W‖² (0: the plain loss)
    updates: int
    start_kind: str
    start_weights: tuple[Array, ...]
    start_biases: tuple[Array, ...]
    losses: Array  # every update's batch loss, as the engine computed it
    train_loss: float  # L as the app reports it after the updates
    val_loss: float  # L′ as the app reports it (NaN without unseen data)
    saved_updates: int | None = None  # updates the saved run had done (more than ``updates``: not all replay)
    stop_reason: str | None = None  # why a new run stops before the updates asked for

    @property
    def n_inputs(self) -> int:
        return self.problem.n_inputs

    @property
    def classifying(self) -> bool:
        return self.loss == "cross_entropy"

    @property
    def partial(self) -> bool:
        """A saved run of which only the first ``updates`` replay (something changed while it trained)."""
        return self.saved_updates is not None and self.updates < self.saved_updates

    @property
    def full_batch(self) -> bool:
        return self.batch_size == len(self.problem.X_train)


def seeded_start(setup: TrainingSetup) -> tuple[str, Start]:
    """The start ``setup`` draws from its seed alone (ignoring given parameters), and its kind."""
    p = setup.problem
    net = Network(p.n_inputs, list(setup.layers), seed=setup.seed)
    kind = SEEDED
    if setup.spread_kinks and spread_network_kinks(net, float(p.X_train.min()), float(p.X_train.max())):
        kind = SPREAD
    return kind, (tuple(net.weights), tuple(net.biases))


def _same(a: Start, b: Start) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(a[0] + a[1], b[0] + b[1]))


def _trainer(setup: TrainingSetup, start: Start, rules: bool) -> Trainer:
    if setup.l1:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "A script cannot reproduce L1 regularisation yet: set λ₁ to 0 to export the run."
            )
        )
    options = {"initial_weights": start[0], "initial_biases": start[1], "trace_params": False}
    if not rules:
        options.update(max_updates=None, max_epochs=None, grad_tol=None)
    return setup.with_options(**options).build()


def _reported(trainer: Trainer, start_losses: tuple[float, float]) -> tuple[float, float]:
    """L and L′ as the window's status bar shows them: the last complete epoch's, else the start's."""
    h = trainer.history
    if len(h.epoch_loss):
        return float(h.epoch_loss[-1]), float(h.epoch_val[-1])
    return start_losses


def _plan(lesson: str, setup: TrainingSetup, start: Start, trainer: Trainer, start_losses, **extra) -> ExportRun:
    kind, seeded = seeded_start(setup)
    train_loss, val_loss = _reported(trainer, start_losses)
    return ExportRun(
        lesson=lesson,
        problem=setup.problem,
        layers=tuple(setup.layers),
        seed=setup.seed,
        loss=trainer.loss_name,
        lr=trainer.lr,
        batch_size=trainer.batch_size,
        optimizer=trainer.optimizer.name,
        weight_decay=trainer.weight_decay,
        updates=trainer.update,
        start_kind=kind if _same(start, seeded) else GIVEN,
        start_weights=tuple(np.array(w) for w in start[0]),
        start_biases=tuple(np.array(b) for b in start[1]),
        losses=trainer.history.loss.copy_values(),
        train_loss=train_loss,
        val_loss=val_loss,
        **extra,
    )


def _start_losses(trainer: Trainer) -> tuple[float, float]:
    return trainer.train_loss(), trainer.val_loss()


def plan_new_run(lesson: str, setup: TrainingSetup, updates: int) -> ExportRun:
    """A fresh run of ``setup`` for up to ``updates`` updates, stopping where the app would."""
    if isinstance(updates, bool) or not isinstance(updates, int) or updates < 0:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The number of updates must be a whole number ≥ 0, not %1."), repr(updates)
        )
    start = seeded_start(setup)[1]
    if setup.initial_weights is not None and setup.initial_biases is not None:
        start = (tuple(setup.initial_weights), tuple(setup.initial_biases))
    trainer = _trainer(setup, start, rules=True)
    start_losses = _start_losses(trainer)
    stop = trainer.run(updates) if updates else None
    return _plan(lesson, setup, start, trainer, start_losses, stop_reason=stop if trainer.update < updates else None)


PROGRESS_EVERY = 20  # updates between two calls of a replay's progress callback


class Cancelled(DataError):
    """The learner cancelled the replay of a run."""


def _matching(setup: TrainingSetup, start: Start, history: Array, progress=None) -> tuple[int, Trainer]:
    """How many of ``history``'s losses a run from ``start`` repeats, bit for bit, and that run.

    ``progress(done, total)`` is called every PROGRESS_EVERY updates; if it returns False the
    replay stops with ``Cancelled``."""
    trainer = _trainer(setup, start, rules=False)
    matched = 0
    for expected in history:
        if progress is not None and matched % PROGRESS_EVERY == 0 and progress(matched, len(history)) is False:
            raise Cancelled("Export cancelled.")
        loss = trainer.step()
        if trainer.update != matched + 1 or not (loss == expected or (math.isnan(loss) and math.isnan(expected))):
            break
        matched += 1
    return matched, trainer


def _replay(setup: TrainingSetup, start: Start, updates: int) -> tuple[Trainer, tuple[float, float]]:
    trainer = _trainer(setup, start, rules=False)
    start_losses = _start_losses(trainer)
    for _ in range(updates):
        trainer.step()
    return trainer, start_losses


def plan_saved_run(
    lesson: str,
    setup: TrainingSetup,
    state: TrainerState,
    weights: tuple[Array, ...],
    biases: tuple[Array, ...],
    start_options: dict | None = None,
    progress=None,
) -> ExportRun:
    """The run that led to a saved or captured state: ``state`` is ``Trainer.state()`` (its history
    holds every update's batch loss and, if traced, every update's parameters); ``weights`` and
    ``biases`` are the parameters now; ``start_options`` the hyper-parameters the run started
    with, if they may since have changed (``setup`` holds the current ones).

    Candidate starts (and settings) are tried in turn; the one that repeats the most losses wins.
    Update k's loss comes before its step, so a change in update k shows first in loss k + 1:
    when loss k + 1 differs (or, after the last update, the parameters do), only k − 1 updates
    are sure. ``progress`` (see ``_matching``) hears how the replay goes and may cancel it.
    """
    history, path = state.history["loss"], state.history.get("params")
    history = np.asarray(history, dtype=np.float64)
    starts: list[Start] = []
    if path is not None and len(path):
        starts.append(_unflatten(path[0], setup))
    if not len(history):
        starts.append((tuple(weights), tuple(biases)))
    starts.append(seeded_start(setup)[1])
    if setup.initial_weights is not None and setup.initial_biases is not None:
        starts.append((tuple(setup.initial_weights), tuple(setup.initial_biases)))
    setups = [setup] + ([setup.with_options(**start_options)] if start_options else [])
    matched, trainer, start, chosen = -1, None, None, setup
    for candidate_setup in setups:
        for candidate in starts:
            found = _matching(candidate_setup, candidate, history, progress)
            if found[0] > matched:
                (matched, trainer), start, chosen = found, candidate, candidate_setup
            if matched == len(history):
                break
        if matched == len(history):
            break
    net = trainer.net
    if matched == len(history) and (not weights or _same((weights, biases), (tuple(net.weights), tuple(net.biases)))):
        start_losses = _start_losses(_trainer(chosen, start, rules=False))
    else:
        trainer, start_losses = _replay(chosen, start, max(0, matched - 1))
    return _plan(lesson, chosen, start, trainer, start_losses, saved_updates=len(history))


def _unflatten(flat: Array, setup: TrainingSetup) -> Start:
    """Weights then biases of every layer from one flat row of the traced path."""
    fan_ins = [setup.problem.n_inputs] + [s.units for s in setup.layers[:-1]]
    shapes = [(f, s.units) for f, s in zip(fan_ins, setup.layers)] + [(s.units,) for s in setup.layers]
    arrays, at = [], 0
    for shape in shapes:
        size = math.prod(shape)
        arrays.append(np.array(flat[at : at + size]).reshape(shape))
        at += size
    n = len(setup.layers)
    return tuple(arrays[:n]), tuple(arrays[n:])
