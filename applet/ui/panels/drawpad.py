"""Draw-pad panel: draw a digit and watch the network's probabilities while you draw.

Your drawing is prepared exactly like the training digits (``applet.core.datasets.
drawing``): framed like MNIST — the longer side of the ink scaled to 20 of 28 pixels,
the ink's centre of mass in the middle — then area-averaged down to 16×16, rounded to
grey levels and turned into the 256 inputs (grey 0–1, or ink 1 / paper 0 when the
lesson binarises). The small image shows those inputs: what the network really sees.
The probabilities come from one forward pass with the latest snapshot's weights.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFontMetrics, QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from applet.core.datasets.digits import SIDE
from applet.core.datasets.drawing import drawing_inputs
from applet.core.errors import DataError
from applet.core.losses import softmax
from applet.core.network import Network
from applet.core.problem import DigitsInfo, Problem
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.labels import fill
from applet.ui.panels.base import Panel
from applet.ui.style import Theme
from applet.ui.widgets.draw_pad import DrawPad
from applet.ui.widgets.image_grid import grey_image
from applet.ui.widgets.probability_bars import ProbabilityBars

INPUT_VIEW_SIDE = 80


class DrawPadPanel(Panel):
    panel_id = "drawpad"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("drawPadPanel")
        self.net: Network | None = None
        self.binarize = False
        self.inputs: np.ndarray | None = None  # (1, 256): what the network sees
        self.probabilities: np.ndarray | None = None
        self._weights_of: tuple[int, int] | None = None  # (run_id, update) loaded into self.net

        self.pad = DrawPad()
        self.pad.changed.connect(self._recompute)
        self.brush_input = QSpinBox(objectName="brushSizeInput", minimum=4, maximum=48, value=self.pad.brush)
        self.brush_input.valueChanged.connect(self.pad.set_brush)
        self.brush_label = QLabel()
        self.clear_button = QPushButton(objectName="clearPadButton")
        self.clear_button.clicked.connect(self.pad.clear)
        self.centre_check = QCheckBox(objectName="centreDrawingCheck")
        self.centre_check.setChecked(True)
        self.centre_check.toggled.connect(self._recompute)
        self.input_view = QLabel(objectName="padInputView")
        self.input_view.setFixedSize(INPUT_VIEW_SIDE + 2, INPUT_VIEW_SIDE + 2)
        self.input_view.setStyleSheet("border: 1px solid #888888;")
        self.input_caption = QLabel()
        self.input_caption.setWordWrap(True)
        self.input_caption.setFont(Theme.font(8))
        self.bars = ProbabilityBars()
        self.bars.setObjectName("padProbabilities")
        self.bars.setMinimumHeight(90)
        self.answer_label = QLabel(objectName="padAnswerLabel")
        self.answer_label.setFont(Theme.font(11))
        self.answer_label.setWordWrap(True)
        self.answer_label.setMinimumHeight(2 * QFontMetrics(self.answer_label.font()).height())

        tools = QHBoxLayout()
        tools.addWidget(self.brush_label)
        tools.addWidget(self.brush_input)
        tools.addWidget(self.clear_button)
        tools.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(tools)
        side.addWidget(self.input_view)
        side.addWidget(self.input_caption)
        side.addWidget(self.centre_check)
        side.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pad, 0, 0)
        layout.addLayout(side, 0, 1)
        layout.addWidget(self.answer_label, 1, 0, 1, 2)
        layout.addWidget(self.bars, 2, 0, 1, 2)
        layout.setRowStretch(0, 3)
        layout.setRowStretch(2, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        self.retranslate()
        self._show_inputs()

    def title(self) -> str:
        return self.tr("Draw a digit")

    def retranslate(self) -> None:
        self.brush_label.setText(self.tr("Brush"))
        self.brush_input.setToolTip(self.tr("Stroke width in pad pixels (the pad is 224 pixels wide)."))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Erase the pad and draw a new digit."))
        self.centre_check.setText(self.tr("centre and scale like MNIST"))
        self.centre_check.setToolTip(
            self.tr(
                "MNIST scaled each digit so its longer side fills 20 of 28 pixels and put its centre of mass "
                "in the middle. Untick to shrink the pad as it is: a digit drawn small or in a corner then "
                "looks nothing like the training digits."
            )
        )
        self.input_caption.setText(self.tr("What the network sees"))
        self.input_view.setToolTip(
            self.tr("Your drawing as the network's 16×16 = 256 inputs, prepared like the training digits.")
        )
        self.bars.set_labels(self.tr("digit"), "p", "")
        self._show_answer()

    # -- lesson and training state ------------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.binarize = isinstance(problem.info, DigitsInfo) and problem.info.binarize
        self._recompute()

    def setup_changed(self, setup: TrainingSetup) -> None:
        """A network of this shape will send its weights: keep one to run forward passes."""
        self.net = Network(setup.problem.n_inputs, list(setup.layers), seed=setup.seed)
        self._weights_of = None
        self.probabilities = None
        self._show_answer()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        if self.inputs is not None:
            self._predict()

    # -- the drawing and the network's answer ----------------------------------------------------
    def _recompute(self) -> None:
        self.inputs = (
            None
            if self.pad.is_blank()
            else drawing_inputs(self.pad.ink(), self.binarize, self.centre_check.isChecked())
        )
        self._show_inputs()
        self._predict()

    def _show_inputs(self) -> None:
        inputs = np.zeros(SIDE * SIDE) if self.inputs is None else self.inputs[0]
        image = grey_image(np.rint(inputs.reshape(SIDE, SIDE) * 255).astype(np.uint8))
        self.input_view.setPixmap(QPixmap.fromImage(image).scaled(INPUT_VIEW_SIDE, INPUT_VIEW_SIDE))

    def _load_weights(self) -> bool:
        """Copy the latest snapshot's weights into our network; False when there are none."""
        snap = self.snapshot
        if snap is None or self.net is None or snap.weights is None:
            return False
        if self._weights_of != (snap.run_id, snap.update):
            try:
                self.net.weights, self.net.biases = list(snap.weights), list(snap.biases)
            except DataError:  # a snapshot of the previous network, sent before the rebuild
                return False
            self._weights_of = (snap.run_id, snap.update)
        return True

    def _predict(self) -> None:
        self.probabilities = None
        if self.inputs is not None and self._load_weights() and self.net.n_inputs == self.inputs.shape[1]:
            logits = self.net.forward(self.inputs)
            if np.all(np.isfinite(logits)):  # never draw NaN: overflowed outputs show nothing
                self.probabilities = softmax(logits)[0]
        self._show_answer()

    def _show_answer(self) -> None:
        p = self.probabilities
        if p is not None:
            self.bars.show_probabilities(p)
            text = self.tr("The network says: %1 (%2 %)")
            self.answer_label.setText(fill(text, int(p.argmax()), f"{100 * p.max():.0f}"))
            return
        self.bars.clear()
        if self.inputs is None:
            self.answer_label.setText(self.tr("Draw a digit in the box with the mouse."))
        elif self.snapshot is not None and self.snapshot.weights is None:
            self.answer_label.setText(
                self.tr("This network is too large to copy its weights while it trains: pause to see its answer.")
            )
        else:
            self.answer_label.setText("")
