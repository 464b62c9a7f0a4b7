"""What the first layer looks at: each first-layer neuron's 256 weights as a 16×16 image.

A first-layer neuron computes z = b + Σⱼ wⱼ·xⱼ over the 256 pixels, so its weights form
an image of the same shape as a digit: where a weight is positive (blue), ink raises z;
where it is negative (orange), ink lowers it. Each square is scaled to its own largest
|w|. With no hidden layer the first layer is the output layer, and its ten images are
the templates the network compares every digit with.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout

from applet.core.datasets.digits import SIDE
from applet.core.problem import Problem
from applet.training.snapshot import Snapshot
from applet.ui.labels import fill
from applet.ui.panels.base import Panel
from applet.ui.style import Theme
from applet.ui.widgets.image_grid import Cell, ImageGrid, diverging_rgb, rgb_image

MAX_SHOWN = 100
REDRAW_SECONDS = 0.25  # while training runs: weights change little between snapshots


class FirstLayerPanel(Panel):
    panel_id = "first_layer"
    draws_latest_only = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("firstLayerPanel")
        self.grid = ImageGrid(caption_lines=0)
        self.grid.setObjectName("firstLayerGrid")
        self.grid.setMinimumHeight(110)
        self.caption = QLabel(objectName="firstLayerCaption")
        self.caption.setWordWrap(True)
        self.caption.setFont(Theme.font(8))
        self.caption.setMinimumHeight(2 * QFontMetrics(self.caption.font()).height())  # two wrapped lines
        self.count_label = QLabel(objectName="firstLayerCount")
        self.count_label.setFont(Theme.font(8))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.caption)
        self.n_neurons = 0
        self._drawn_at = -1.0
        self.retranslate()

    def title(self) -> str:
        return self.tr("What the first layer looks at")

    def retranslate(self) -> None:
        self.caption.setText(
            self.tr("Each square: one neuron's 256 weights. Blue: ink there raises its z; orange: ink there lowers it.")
        )
        self.caption.setToolTip(
            self.tr(
                "A first-layer neuron computes z = b + Σ wⱼ·xⱼ over the 256 pixels, so "
                "its weights form a 16×16 image. Each square is scaled to its own "
                "largest |w|."
            )
        )
        self._show_count()

    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.grid.set_cells([])
        self.n_neurons = 0
        self._drawn_at = -1.0
        self._show_count()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        if snapshot.weights is None or snapshot.weights[0].shape[0] != SIDE * SIDE:
            return  # too large to copy while training: keep the last images
        now = time.monotonic()
        if snapshot.running and now - self._drawn_at < REDRAW_SECONDS:
            return
        self._drawn_at = now
        W = snapshot.weights[0]  # (256, neurons): column j feeds neuron j
        self.n_neurons = W.shape[1]
        shown = W[:, :MAX_SHOWN].T.reshape(-1, SIDE, SIDE)
        scales = np.maximum(np.abs(shown).max(axis=(1, 2)), 1e-300)
        rgb = diverging_rgb(shown / scales[:, None, None], 1.0)  # each neuron scaled to its own max |w|
        is_output = len(snapshot.weights) == 1
        cells = [self._cell(j, w, image, is_output) for j, (w, image) in enumerate(zip(shown, rgb))]
        self.grid.set_caption_lines(1 if is_output else 0)
        self.grid.set_cells(cells)
        self._show_count()

    def _cell(self, j: int, weights: np.ndarray, rgb: np.ndarray, is_output: bool) -> Cell:
        if is_output:
            tip = self.tr("output for digit %1: weights from %2 to %3")
        else:
            tip = self.tr("neuron %1: weights from %2 to %3")
        tip = fill(tip, j if is_output else j + 1, f"{weights.min():.3g}", f"{weights.max():.3g}")
        return Cell(rgb_image(rgb), str(j) if is_output else "", tooltip=tip)

    def _show_count(self) -> None:
        if self.n_neurons > MAX_SHOWN:
            self.count_label.setText(fill(self.tr("The first %1 of %2 neurons."), MAX_SHOWN, self.n_neurons))
        else:
            self.count_label.setText("")
        self.count_label.setVisible(self.n_neurons > MAX_SHOWN)
