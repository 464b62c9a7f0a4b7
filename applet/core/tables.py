"""Tables a learner takes away: the loss history and the model's predictions, as CSV rows.

Both are plain (header, rows) pairs; ``applet.core.files.write_csv`` writes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from applet.core.problem import Problem

Table = tuple[tuple[str, ...], Sequence[tuple[object, ...]]]

LOSS_HEADER = ("update", "loss", "epoch", "train_loss", "validation_loss")


def loss_history_table(history: Mapping[str, np.ndarray]) -> Table:
    """One row per update: the loss of the batch it used; at the last update of an epoch
    also the epoch's number, its loss on all training data and the loss on unseen data.

    ``history`` is ``History.state()`` (``Trainer.state()["history"]``).
    """
    epoch_at = {int(u): k for k, u in enumerate(history["epoch_update"])}
    rows = []
    for update, loss in enumerate(history["loss"].tolist(), start=1):
        k = epoch_at.get(update)
        epoch = (
            (k + 1, float(history["epoch_loss"][k]), float(history["epoch_val"][k]))
            if k is not None
            else (None, None, None)
        )
        rows.append((update, loss) + epoch)
    return LOSS_HEADER, rows


def predictions_table(problem: Problem, outputs: Mapping[str, np.ndarray]) -> Table:
    """The model's predictions: for daily views, one row per day (date, actual, predicted,
    and whether the day was trained on or unseen); otherwise every probe input and its outputs.

    ``outputs`` are the network's outputs per probe (``Snapshot.outputs``).
    """
    info = problem.views
    if info is not None:
        unit = info.unit
        rows = [
            (str(day), float(actual), float(predicted), "unseen" if late else "train")
            for day, actual, predicted, late in zip(info.dates, info.targets, outputs["all"][:, 0], info.unseen)
        ]
        return ("date", f"actual ({unit})", f"predicted ({unit})", "set"), rows
    n_out = problem.n_outputs
    header = (
        ("probe",)
        + tuple(f"x{j}" for j in range(1, problem.n_inputs + 1))
        + tuple(f"output{k}" for k in range(1, n_out + 1))
    )
    rows = []
    for name, X in problem.probes.items():
        rows += [(name, *x, *y) for x, y in zip(X.tolist(), np.asarray(outputs[name]).tolist())]
    return header, rows
