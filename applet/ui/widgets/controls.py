"""Controls: run, step, reset and every hyper-parameter the learner can change."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from applet.core.problem import CLASSIFICATION, ProblemKind
from applet.core.trainer import MAX_BUDGET
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.lessons import LOSS_NAMES, Lesson
from applet.ui.widgets.data_settings import DataSettings
from applet.ui.widgets.number_input import NumberInput

LR_SLIDER_STEPS_PER_DECADE = 4
LR_MIN_EXP, LR_MAX_EXP = -6, 1
SPEEDS = ((1, "1"), (10, "10"), (30, "30"), (100, "100"), (0, QT_TRANSLATE_NOOP("Controls", "unlimited")))
UNLIMITED = 0
OPTIMIZERS = (
    ("gd", QT_TRANSLATE_NOOP("Controls", "gradient descent")),
    ("momentum", QT_TRANSLATE_NOOP("Controls", "momentum")),
    ("adam", "Adam"),
)


def lesson_losses(lesson: Lesson, setup: TrainingSetup) -> tuple[str, ...]:
    """The losses offered: the lesson's; in free play only those that suit its problem
    (cross-entropy for classes, the others for numbers to predict)."""
    if not lesson.free_play:
        return lesson.losses
    classes = setup.problem.task == CLASSIFICATION
    return tuple(loss for loss in lesson.losses if (loss == "cross_entropy") == classes) or lesson.losses


class Controls(QWidget):
    run_clicked = Signal()
    step_clicked = Signal()
    step_epoch_clicked = Signal()
    reset_clicked = Signal(int)  # seed
    option_changed = Signal(str, object)
    choice_changed = Signal(str, object)
    rejected = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("controls")
        self._running = False
        self._updating = False
        self.lesson: Lesson | None = None

        self.run_button = self._button("runButton", self.run_clicked.emit)
        self.step_button = self._button("stepButton", self.step_clicked.emit)
        self.step_epoch_button = self._button("stepEpochButton", self.step_epoch_clicked.emit)
        self.reset_button = self._button("resetButton", lambda: self.reset_clicked.emit(self.seed_input.value()))
        self.seed_input = QSpinBox(objectName="seedInput", minimum=0, maximum=2**31 - 1)

        self.lr_input = NumberInput(0.01)
        self.lr_input.setObjectName("learningRateInput")
        self.lr_input.value_entered.connect(self._lr_typed)
        self.lr_input.rejected.connect(self.rejected)
        self.lr_slider = QSlider(Qt.Orientation.Horizontal, objectName="learningRateSlider")
        self.lr_slider.setRange(LR_MIN_EXP * LR_SLIDER_STEPS_PER_DECADE, LR_MAX_EXP * LR_SLIDER_STEPS_PER_DECADE)
        self.lr_slider.valueChanged.connect(self._lr_slid)

        self.batch_input = QSpinBox(objectName="batchSizeInput", minimum=0, maximum=1)
        self.batch_input.setKeyboardTracking(False)
        self.batch_input.valueChanged.connect(lambda v: self._emit_option("batch_size", v if v > 0 else None))
        self.optimizer_input = self._combo(
            "optimizerInput", [k for k, _ in OPTIMIZERS], lambda v: self._emit_option("optimizer", v)
        )
        self.loss_input = self._combo("lossInput", [], lambda v: self._emit_option("loss", v))
        self.speed_input = self._combo("speedInput", [k for k, _ in SPEEDS], self._speed_chosen)
        self.lesson_speed = UNLIMITED  # the lesson's watchable speed, which "Full speed" toggles back to
        self.full_speed_button = QPushButton(objectName="fullSpeedButton", checkable=True)
        self.full_speed_button.clicked.connect(self._full_speed_clicked)
        self.show_speed(UNLIMITED)  # as fast as possible, like the worker
        self.max_updates_input = QSpinBox(objectName="maxUpdatesInput", minimum=0, maximum=MAX_BUDGET)
        self.max_updates_input.setKeyboardTracking(False)
        self.max_updates_input.valueChanged.connect(lambda v: self._emit_option("max_updates", v or None))
        self.grad_tol_input = NumberInput(1e-4)
        self.grad_tol_input.setObjectName("gradTolInput")
        self.grad_tol_input.value_entered.connect(lambda v: self._emit_option("grad_tol", v))
        self.grad_tol_input.rejected.connect(self.rejected)
        self.weight_decay_input = NumberInput(0.0, inclusive=True)
        self.weight_decay_input.setObjectName("weightDecayInput")
        self.weight_decay_input.value_entered.connect(lambda v: self._emit_option("weight_decay", v))
        self.weight_decay_input.rejected.connect(self.rejected)
        self.l1_input = NumberInput(0.0, inclusive=True)
        self.l1_input.setObjectName("l1Input")
        self.l1_input.value_entered.connect(lambda v: self._emit_option("l1", v))
        self.l1_input.rejected.connect(self.rejected)

        buttons = QHBoxLayout()
        for b in (self.run_button, self.step_button, self.step_epoch_button, self.reset_button):
            buttons.addWidget(b)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lr_row = QHBoxLayout()
        lr_row.addWidget(self.lr_input, 1)
        lr_row.addWidget(self.lr_slider, 2)
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed_input, 1)
        speed_row.addWidget(self.full_speed_button)
        self._rows = [
            ("seed", self.seed_input),
            ("lr", lr_row),
            ("batch", self.batch_input),
            ("optimizer", self.optimizer_input),
            ("loss", self.loss_input),
            ("speed", speed_row),
            ("max_updates", self.max_updates_input),
            ("grad_tol", self.grad_tol_input),
            ("weight_decay", self.weight_decay_input),
            ("l1", self.l1_input),
        ]
        self._labels = {}
        for key, field in self._rows:
            self._labels[key] = QLabel()
            self.form.addRow(self._labels[key], field)
        self.choices_box = QGroupBox(objectName="lessonChoices")
        choices_layout = QVBoxLayout(self.choices_box)
        self.choices_form = QFormLayout()
        self.data_settings = DataSettings()  # the views lessons' data, missing days and split
        choices_layout.addLayout(self.choices_form)
        choices_layout.addWidget(self.data_settings)
        self.choice_inputs: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.choices_box)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()

    # -- building blocks --------------------------------------------------------------
    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(objectName=name)
        button.clicked.connect(slot)
        return button

    def _combo(self, name: str, keys: list, slot) -> QComboBox:
        combo = QComboBox(objectName=name)
        for key in keys:
            combo.addItem("", key)
        combo.currentIndexChanged.connect(lambda i: slot(combo.itemData(i)) if i >= 0 else None)
        return combo

    def _emit_option(self, name: str, value) -> None:
        if not self._updating:
            self.option_changed.emit(name, value)

    # -- speed: each lesson's watchable default, unlimited one click away ----------------
    def show_speed(self, speed: int) -> None:
        """Show ``speed`` (updates per second, 0 = unlimited) as the lesson's own (no signal sent)."""
        self.lesson_speed = speed
        was, self._updating = self._updating, True
        self._select(self.speed_input, speed)
        self._updating = was
        self.full_speed_button.setChecked(speed == UNLIMITED)

    def choose_speed(self, speed: int) -> None:
        """Select ``speed`` as the learner would: training follows."""
        self._select(self.speed_input, speed)

    def _speed_chosen(self, speed: int) -> None:
        self.full_speed_button.setChecked(speed == UNLIMITED)
        self._emit_option("speed", speed)

    def _full_speed_clicked(self, checked: bool) -> None:
        """Checked: train as fast as possible; unchecked: back to the lesson's speed (or 10 updates/s)."""
        self.choose_speed(UNLIMITED if checked else (self.lesson_speed or 10))

    # -- learning rate: typed exactly, or slid on a log scale ----------------------------
    def _lr_typed(self, value: float) -> None:
        self._set_lr_slider(value)
        self._emit_option("lr", value)

    def _lr_slid(self, position: int) -> None:
        if self._updating:
            return
        value = float(f"{10 ** (position / LR_SLIDER_STEPS_PER_DECADE):.3g}")
        self.lr_input.set_value(value)
        self._emit_option("lr", value)

    def _set_lr_slider(self, value: float) -> None:
        was, self._updating = self._updating, True
        self.lr_slider.setValue(round(math.log10(value) * LR_SLIDER_STEPS_PER_DECADE))
        self._updating = was

    # -- state from the window ------------------------------------------------------------
    def show_setup(self, lesson: Lesson, setup: TrainingSetup, choices: dict) -> None:
        """Show a lesson's settings (no signals are sent while filling in)."""
        self._updating = True
        self.lesson = lesson
        self.seed_input.setValue(setup.seed)
        self.lr_input.set_value(setup.lr)
        self._set_lr_slider(setup.lr)
        self.show_batch_size(setup)
        self._select(self.optimizer_input, setup.optimizer)
        self.loss_input.clear()
        for loss in lesson_losses(lesson, setup):
            self.loss_input.addItem("", loss)
        self._select(self.loss_input, setup.loss)
        self.max_updates_input.setValue(setup.max_updates or 0)
        self.grad_tol_input.set_value(setup.grad_tol or 1e-4)
        self.weight_decay_input.set_value(setup.weight_decay)
        self.l1_input.set_value(setup.l1)
        self._build_choices(lesson, choices, setup.problem.kind is ProblemKind.VIEWS)
        self._updating = False
        self.retranslate()

    def show_batch_size(self, setup: TrainingSetup) -> None:
        """The batch size, at most the number of training samples (which a lesson setting may change)."""
        was, self._updating = self._updating, True
        n = len(setup.problem.X_train)
        self.batch_input.setMaximum(n)
        self.batch_input.setValue(0 if setup.batch_size in (None, n) else setup.batch_size)
        self._updating = was

    def _build_choices(self, lesson: Lesson, choices: dict, is_views: bool) -> None:
        while self.choices_form.rowCount():
            self.choices_form.removeRow(0)
        self.choice_inputs = {}
        for choice in lesson.choices:
            combo = QComboBox(objectName=f"choice_{choice.key}")
            for value in choice.values:
                combo.addItem("", value)
            self._select(combo, choices.get(choice.key, choice.default))
            combo.currentIndexChanged.connect(
                lambda i, key=choice.key, c=combo: self.choice_changed.emit(key, c.itemData(i))
            )
            self.choice_inputs[choice.key] = combo
            self.choices_form.addRow(QCoreApplication.translate("Lessons", choice.label), combo)
        self.data_settings.setVisible(is_views)
        self.choices_box.setVisible(bool(lesson.choices) or is_views)

    @staticmethod
    def _select(combo: QComboBox, key) -> None:
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self._running = snapshot.running
        self.run_button.setText(self.tr("Pause") if self._running else self.tr("Run"))

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Pause") if self._running else self.tr("Run"))
        self.run_button.setToolTip(self.tr("Run or pause gradient descent (Space)."))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("One update: one batch, one gradient, one move of the parameters (→)."))
        self.step_epoch_button.setText(self.tr("Epoch"))
        self.step_epoch_button.setToolTip(self.tr("Run to the end of this epoch: every training sample seen once."))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("New random initial parameters from the seed; history cleared (R)."))
        labels = {
            "seed": (
                self.tr("Seed"),
                self.tr("Random seed: the same seed gives the same initial weights and batches."),
            ),
            "lr": (
                self.tr("Learning rate η"),
                self.tr(
                    "Learning rate η: each update moves the parameters by −η × gradient. "
                    "Type a value or slide (log scale)."
                ),
            ),
            "batch": (
                self.tr("Batch size"),
                self.tr(
                    "Samples per update. “Full batch” uses all training data for every update; "
                    "smaller batches give more, noisier updates per epoch."
                ),
            ),
            "optimizer": (
                self.tr("Optimizer"),
                self.tr(
                    "How the gradient moves the parameters: plain gradient descent (the lecture's), "
                    "with momentum, or Adam."
                ),
            ),
            "loss": (
                self.tr("Loss"),
                self.tr("How a wrong prediction is measured: MAE averages |error|, MSE averages error²."),
            ),
            "speed": (
                self.tr("Speed (updates/s)"),
                self.tr(
                    "Updates per second while running. Each lesson starts slow enough to watch; "
                    "Step and Epoch ignore it."
                ),
            ),
            "max_updates": (self.tr("Stop after updates"), self.tr("Stop after this many updates (0 = no limit).")),
            "grad_tol": (
                self.tr("Stop when ‖g‖ <"),
                self.tr("Stop when the gradient's length falls below this: a minimum, saddle point or plateau."),
            ),
            "weight_decay": (
                self.tr("Weight decay λ"),
                self.tr(
                    "Train on L + (λ/2)·Σw² (weights only, not biases): every update also pulls each weight "
                    "towards 0 by η·λ·w, against overfitting. 0 = off. The loss curves show L without this term."
                ),
            ),
            "l1": (
                self.tr("L1 regularisation λ₁"),
                self.tr(
                    "Train on L + λ₁·Σ|w| (weights only, not biases): every update also moves each weight "
                    "towards 0 by the same η·λ₁, whatever its size, so weights the data do not need end at "
                    "or near 0. 0 = off. The loss curves show L without this term."
                ),
            ),
        }
        for key, field in self._rows:
            text, tip = labels[key]
            self._labels[key].setText(text)
            self._labels[key].setToolTip(tip)
            if isinstance(field, QWidget):
                field.setToolTip(tip)
        self.full_speed_button.setText(self.tr("Full speed"))
        self.full_speed_button.setToolTip(
            self.tr("Train as fast as this computer can; click again for the lesson's watchable speed.")
        )
        self.lr_input.setToolTip(labels["lr"][1])
        self.lr_slider.setToolTip(labels["lr"][1])
        self.batch_input.setSpecialValueText(self.tr("full batch"))
        for combo, names in ((self.optimizer_input, dict(OPTIMIZERS)), (self.speed_input, dict(SPEEDS))):
            for i in range(combo.count()):
                combo.setItemText(i, QCoreApplication.translate("Controls", names[combo.itemData(i)]))
        for i in range(self.loss_input.count()):
            self.loss_input.setItemText(
                i, QCoreApplication.translate("Lessons", LOSS_NAMES[self.loss_input.itemData(i)])
            )
        self.choices_box.setTitle(self.tr("Lesson settings"))
        self.data_settings.retranslate()
        for choice in self.lesson.choices if self.lesson is not None else ():
            combo = self.choice_inputs[choice.key]
            label = QCoreApplication.translate("Lessons", choice.label)
            self.choices_form.labelForField(combo).setText(label)
            combo.setToolTip(label)
            for i in range(combo.count()):
                combo.setItemText(i, QCoreApplication.translate("Lessons", choice.display(combo.itemData(i))))
