"""Beside the loss: the best this model can reach, which gap remains, and a button to go there.

The lecture's two reasons for a poor fit — model bias and an optimisation that stopped
short — look the same on a loss curve. This row names the one that applies, in one line,
wherever the family's best is known exactly (``applet.core.family_best``).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from applet.core.family_best import LINE, REACHED, STOPPED_SHORT, FamilyBest, family_best, is_exact, verdict
from applet.core.network import LayerSpec
from applet.core.problem import Problem
from applet.ui.labels import fill
from applet.ui.style import Theme


@lru_cache(maxsize=16)
def cached_family_best(problem: Problem, layers: tuple[LayerSpec, ...], loss: str) -> FamilyBest | None:
    """The family's best, computed once per problem, network shape and loss (MAE is an LP)."""
    return family_best(problem, layers, loss)


class ModelLimit(QWidget):
    """One line of text and a "Build the exact solution" button; hidden where no best is known."""

    build_requested = Signal(object, object)  # weights, biases that reach the best

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelLimit")
        self.best: FamilyBest | None = None
        self.label = QLabel()
        self.label.setObjectName("modelLimitText")
        self.label.setFont(Theme.font(10))
        self.label.setWordWrap(True)
        self.button = QPushButton(objectName="buildExactButton")
        self.button.clicked.connect(self._build)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._shown: tuple = ()
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Build the exact solution"))
        self.button.setToolTip(
            self.tr(
                "Start a new run from parameters that reach the best loss: the best line, or the exact construction."
            )
        )
        if self._shown:
            self.show_training(*self._shown)

    def set_best(self, best: FamilyBest | None) -> None:
        self.best = best
        self._shown = ()
        self.setVisible(best is not None)

    def show_training(self, train_loss: float, stopped: bool, best_text: str, loss_text: str) -> None:
        """Say which gap remains between the training loss (``loss_text``) and the best (``best_text``)."""
        if self.best is None:
            return
        self._shown = (train_loss, stopped, best_text, loss_text)
        if self.best.kind == LINE:
            start = fill(self.tr("The best line (the exact optimum) reaches %1"), best_text)
        else:
            start = fill(self.tr("Built exactly from the curve's corners, this network reaches %1"), best_text)
        state = verdict(self.best, train_loss, stopped)
        if state == REACHED and is_exact(self.best):
            end = self.tr("; training is there (%1): a perfect fit.")
        elif state == REACHED:
            end = self.tr("; training is there (%1). A better optimiser will not help: model bias — change the model.")
        elif state == STOPPED_SHORT:
            end = self.tr(" — gradient descent stopped at %1: an optimisation problem. Try another start (seed) or η.")
        else:
            end = self.tr("; training is at %1 so far.")
        self.label.setText(start + fill(end, loss_text))

    def _build(self) -> None:
        if self.best is not None:
            self.build_requested.emit(list(self.best.weights), list(self.best.biases))
