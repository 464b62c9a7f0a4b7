"""Snapshot: an immutable copy of the training state, sent from the worker to the panels."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from applet.core.diagnosis import Diagnosis
from applet.core.problem import Problem
from applet.core.trainer import TrainerState
from applet.training.setup import TrainingSetup

Array = np.ndarray

IDLE = "idle"
RUNNING = "running"
STOPPED = "stopped"


@dataclass(frozen=True, eq=False)
class Snapshot:
    """What the panels draw. Arrays are copies the worker will never touch again.

    ``new_*`` fields hold only what happened since the previous snapshot (the GUI keeps
    the running history); ``run_id`` changes whenever training restarts from scratch
    (reset, new network, new lesson), telling panels to clear what they accumulated.

    A step back makes the history shorter, so the ``new_*`` fields say where they start:
    ``new_losses`` are the losses of updates ``update − len(new_losses) + 1 … update``
    (drop anything held for later updates), and ``new_path`` starts at row ``path_start``
    of the whole path (keep the first ``path_start`` rows, then append).
    """

    problem: Problem  # the Problem being trained (immutable, shared)
    run_id: int
    update: int
    epoch: int
    batch: int
    updates_per_epoch: int
    batch_size: int
    lr: float
    loss_name: str
    last_loss: float
    train_loss: float
    val_loss: float
    grad_norm: float
    state: str
    stop_reason: str | None
    updates_per_second: float
    new_losses: Array
    new_epoch_updates: Array
    new_epoch_losses: Array
    new_epoch_vals: Array
    new_path: Array | None
    weights: tuple[Array, ...] | None
    biases: tuple[Array, ...] | None
    outputs: dict[str, Array] = field(default_factory=dict)
    message: str = ""
    path_start: int = 0
    # classification only (empty otherwise), one value per new epoch, like new_epoch_losses:
    # training accuracy during the epoch and validation accuracy at its end (0…1)
    new_epoch_accuracies: Array = field(default_factory=lambda: frozen(()))
    new_epoch_val_accuracies: Array = field(default_factory=lambda: frozen(()))
    # early stopping: the update with the lowest L′ so far and that L′ (−1 and NaN before any)
    best_update: int = -1
    best_val: float = math.nan
    # the sample indices of the last update's batch (None: the full batch, or no update yet)
    last_batch: Array | None = None
    weight_decay: float = 0.0
    l1: float = 0.0  # λ₁ of the L1 term the worker trains with
    # a diverged run: where and why it blew up, and the update whose weights are the last finite
    diagnosis: Diagnosis | None = None
    last_finite_update: int = -1

    @property
    def running(self) -> bool:
        return self.state == RUNNING


@dataclass(frozen=True, eq=False)
class RunState:
    """The whole run, copied for saving: the setup (current hyper-parameters),
    ``Trainer.state()`` and the network's parameters."""

    setup: TrainingSetup
    trainer: TrainerState
    weights: tuple[Array, ...]
    biases: tuple[Array, ...]


def frozen(array: Array, dtype=np.float64) -> Array:
    """A read-only copy."""
    copy = np.array(array, dtype=dtype, copy=True)
    copy.setflags(write=False)
    return copy
