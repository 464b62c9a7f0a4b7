"""The strip of the lecture's three steps, at the top of every lesson.

① function with unknown parameters (the formula and its parameter count) → ② loss (which one,
on which data) → ③ optimisation (optimizer, η, batch). The step the learner changed last is
highlighted, so every change reads as a choice in one of the three steps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from applet.core.problem import CLASSIFICATION
from applet.core.theta import parameter_count
from applet.training.setup import TrainingSetup
from applet.training.three_steps import LOSS, MODEL, OPTIMISATION, inputs_formula, layer_sizes, model_formula
from applet.ui.labels import fill
from applet.ui.lessons import LOSS_SHORT, Lesson, activation_names
from applet.ui.style import COLORS, Theme
from applet.ui.widgets.controls import OPTIMIZERS

HIGHLIGHT = f"QLabel {{ border: 2px solid {COLORS['train']}; border-radius: 4px; padding: 2px 6px; }}"
PLAIN = "QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 3px 7px; }"


def thousands(n: int) -> str:
    return f"{n:,}"


class ThreeSteps(QFrame):
    """Three boxes with the current model, loss and optimisation; ``highlighted`` is 1, 2, 3 or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threeSteps")
        self.boxes = {step: QLabel(objectName=f"step{step}") for step in (MODEL, LOSS, OPTIMISATION)}
        self.arrows = [QLabel("→"), QLabel("→")]
        self.title = QLabel(objectName="threeStepsTitle")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.title)
        for step, box in self.boxes.items():
            box.setFont(Theme.font(9.5))
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setWordWrap(True)  # a narrow screen wraps the formulas instead of widening the window
            layout.addWidget(box, 3 if step == MODEL else 2)
            if step != OPTIMISATION:
                layout.addWidget(self.arrows[step - 1])
        self.setup: TrainingSetup | None = None
        self.lesson: Lesson | None = None
        self.highlighted: int | None = None

    def show_setup(self, setup: TrainingSetup, changed: int | None, lesson: Lesson) -> None:
        """Show ``setup`` of ``lesson``; highlight step ``changed`` (None keeps the highlight as it is).
        A new lesson starts with no step highlighted."""
        if lesson is not self.lesson:
            self.lesson, self.highlighted = lesson, None
        elif changed is not None:
            self.highlighted = changed
        self.setup = setup
        self.retranslate()

    @property
    def free_play(self) -> bool:
        """In free play all three steps are the learner's choices."""
        return self.lesson is not None and self.lesson.free_play

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your three choices:") if self.free_play else self.tr("Three steps:"))
        if self.setup is None:
            return
        heads = {
            MODEL: self.tr("① Function with unknown parameters"),
            LOSS: self.tr("② Loss"),
            OPTIMISATION: self.tr("③ Optimisation"),
        }
        lines = {MODEL: self._model(), LOSS: self._loss(), OPTIMISATION: self._optimisation()}
        for step, box in self.boxes.items():
            first, second = lines[step]
            box.setText(f"<b>{heads[step]}</b>: {first}<br>{second}")
            box.setStyleSheet(HIGHLIGHT if step == self.highlighted else PLAIN)

    def _model(self) -> tuple[str, str]:
        p, layers = self.setup.problem, tuple(self.setup.layers)
        count, terms = parameter_count(p.n_inputs, layers)
        self.boxes[MODEL].setToolTip(f"θ: {terms} = {thousands(count)}")
        text = fill(self.tr("%1 parameters (%2)"), thousands(count), layer_sizes(p.n_inputs, layers))
        formula = model_formula(p.n_inputs, layers, p.task == CLASSIFICATION, activation_names())
        if p.plane is not None:  # the playground: which features of the point the network sees
            formula += ",  " + inputs_formula(p.plane.features)
        return text, formula

    def _loss(self) -> tuple[str, str]:
        p = self.setup.problem
        name = QCoreApplication.translate("Lessons", LOSS_SHORT.get(self.setup.loss, self.setup.loss))
        text = fill(self.tr("L = %1 on the training data (%2 samples)"), name, thousands(len(p.X_train)))
        if not p.has_validation:
            return name, text
        return name, text + "; " + fill(self.tr("L′ on unseen data (%1 samples)"), thousands(len(p.X_val)))

    def _optimisation(self) -> tuple[str, str]:
        s = self.setup
        n = len(s.problem.X_train)
        optimizer = QCoreApplication.translate("Controls", dict(OPTIMIZERS).get(s.optimizer, s.optimizer))
        if s.batch_size in (None, n) or s.batch_size >= n:
            batch = fill(self.tr("full batch (%1)"), thousands(n))
        else:
            updates = -(-n // s.batch_size)
            batch = fill(self.tr("batch %1, %2 updates per epoch"), thousands(s.batch_size), thousands(updates))
        return optimizer, f"η = {s.lr:g}, {batch}"
