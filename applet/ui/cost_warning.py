"""Ask before training a network that would make every update slow or memory-hungry.

The estimate (``applet.core.cost``) comes from the shapes alone, before anything is
built. Modest networks start at once; a large one opens a question — without blocking
the window — that names the parameters, the memory and the time per update, and says
that Pause takes effect after the update in progress.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from applet.core.cost import Cost, estimate
from applet.training.setup import TrainingSetup
from applet.ui.labels import fill


def format_bytes(n: float) -> str:
    for unit, size in (("GB", 2**30), ("MB", 2**20), ("kB", 2**10)):
        if n >= size:
            return f"{n / size:.3g} {unit}"
    return f"{n:.0f} B"


def format_seconds(seconds: float) -> str:
    if seconds >= 120:
        return fill(QCoreApplication.translate("CostWarning", "%1 min"), f"{seconds / 60:.2g}")
    if seconds >= 1:
        return fill(QCoreApplication.translate("CostWarning", "%1 s"), f"{seconds:.2g}")
    return fill(QCoreApplication.translate("CostWarning", "%1 ms"), f"{seconds * 1000:.2g}")


def batch_of(setup: TrainingSetup) -> int:
    """Samples per update (all of them for full batch)."""
    n = len(setup.problem.X_train)
    return n if setup.batch_size is None else min(int(setup.batch_size), n)


def setup_cost(setup: TrainingSetup) -> Cost:
    """The estimated cost of one update of ``setup``."""
    return estimate(setup.problem.n_inputs, setup.layers, batch_of(setup), setup.optimizer)


def describe_cost(cost: Cost, batch: int) -> str:
    return fill(
        QCoreApplication.translate(
            "CostWarning",
            "This network has %1 parameters. With batches of %2 samples, each update needs about %3 of "
            "memory and takes about %4 on this computer, so training will be slow and the applet may answer late.",
        ),
        f"{cost.parameters:,}",
        f"{batch:,}",
        format_bytes(cost.memory_bytes),
        format_seconds(cost.seconds_per_update),
    )


def ask_if_costly(
    parent: QWidget, setup: TrainingSetup, proceed: Callable[[], None], cancel: Callable[[], None] | None = None
) -> QMessageBox | None:
    """Call ``proceed()`` at once when ``setup`` trains quickly; otherwise ask first (``open()``, not
    ``exec()``): "Train it" calls ``proceed``, Cancel calls ``cancel``. Returns the question, if asked."""
    cost = setup_cost(setup)
    if not cost.large:
        proceed()
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("CostWarning", "A large network"),
        describe_cost(cost, batch_of(setup)),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("costDialog")
    box.setInformativeText(
        QCoreApplication.translate(
            "CostWarning",
            "Smaller layers or smaller batches are much faster. Pause works at any time: "
            "it takes effect when the update in progress ends.",
        )
    )
    train = box.addButton(QCoreApplication.translate("CostWarning", "Train it"), QMessageBox.ButtonRole.AcceptRole)
    train.setObjectName("costTrainButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _result: proceed() if box.clickedButton() == train else (cancel and cancel()))
    box.open()
    return box
