"""Snapshot: an immutable copy of the training state, sent from the worker to the panels."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

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
    """

    problem: object  # the Problem being trained (immutable, shared)
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

    @property
    def running(self) -> bool:
        return self.state == RUNNING


def frozen(array: Array) -> Array:
    """A read-only copy."""
    copy = np.array(array, dtype=np.float64, copy=True)
    copy.setflags(write=False)
    return copy
