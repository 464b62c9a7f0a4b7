"""Data and features: which points in the plane the network learns from, and what it sees of them.

The learner picks a built-in set (circle, exclusive or, two blobs, spiral, the curves
lesson's target curves as a boundary; or, to predict a number at each point rather than a
class, the regression sets: a tilted plane and six Gaussian bumps) or imports their own points (a CSV of x1,x2,label
rows, 2–10 classes), moves the noise and the share of points kept unseen, and chooses
the data's seed. The check boxes choose the first layer's inputs: x₁, x₂, x₁², x₂², x₁x₂,
sin x₁, sin x₂. Every change trains a new network from the seed (the strip of the three
steps shows the new formula and parameter count); a bad file or setting changes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
)

from applet.core.datasets.planar import (
    DEFAULT_N,
    FEATURES,
    MAX_UNSEEN,
    SETS,
    VALUE_SETS,
    Points,
    builtin_points,
    file_points,
    points_file_bytes,
)
from applet.core.errors import DataError
from applet.core.problem import PlaneInfo, Problem, planar_problem
from applet.training.messages import translated
from applet.training.playground import on_new_data
from applet.training.three_steps import FEATURE_SYMBOLS
from applet.ui.file_dialogs import ask_open_path, show_refusal
from applet.ui.labels import fill
from applet.ui.panels.base import Panel

SET_NAMES = {
    "circle": QT_TRANSLATE_NOOP("PlaneDataPanel", "circle"),
    "xor": QT_TRANSLATE_NOOP("PlaneDataPanel", "exclusive or (XOR)"),
    "gauss": QT_TRANSLATE_NOOP("PlaneDataPanel", "two Gaussian blobs"),
    "spiral": QT_TRANSLATE_NOOP("PlaneDataPanel", "spiral"),
    "curve-piecewise": QT_TRANSLATE_NOOP("PlaneDataPanel", "above/below the red piecewise-linear curve"),
    "curve-smooth": QT_TRANSLATE_NOOP("PlaneDataPanel", "above/below the smooth wave"),
    "plane": QT_TRANSLATE_NOOP("PlaneDataPanel", "regression: a tilted plane"),
    "multi-gauss": QT_TRANSLATE_NOOP("PlaneDataPanel", "regression: six Gaussian bumps"),
}
IMPORTED = "imported"
NOISE_STEPS = 10  # noise slider steps per unit of noise (sd)
MAX_NOISE_STEPS = 20
UNSEEN_STEPS = 10  # unseen slider steps per whole


class PlaneDataPanel(Panel):
    panel_id = "plane_data"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("planeData")
        self.plane: PlaneInfo | None = None
        self.error_box = None
        self._filling = False

        self.set_input = QComboBox(objectName="pointsSetInput")
        self.set_input.activated.connect(self._set_chosen)
        self.import_button = QPushButton(objectName="importPointsButton")
        self.import_button.clicked.connect(self.import_points)
        self.noise_slider = QSlider(Qt.Orientation.Horizontal, objectName="noiseSlider")
        self.noise_slider.setRange(0, MAX_NOISE_STEPS)
        self.unseen_slider = QSlider(Qt.Orientation.Horizontal, objectName="unseenSlider")
        self.unseen_slider.setRange(0, round(MAX_UNSEEN * UNSEEN_STEPS))
        for slider in (self.noise_slider, self.unseen_slider):
            slider.setTracking(False)  # a drag applies when released; keys and clicks at once
            slider.setPageStep(1)
            slider.valueChanged.connect(self._settings_changed)
            slider.sliderMoved.connect(self._show_slider_values)
        self.seed_input = QSpinBox(objectName="pointsSeedInput", minimum=0, maximum=2**31 - 1)
        self.seed_input.setKeyboardTracking(False)
        self.seed_input.valueChanged.connect(self._settings_changed)
        self.feature_boxes = {name: QCheckBox(FEATURE_SYMBOLS[name], objectName=f"feature_{name}") for name in FEATURES}
        for box in self.feature_boxes.values():
            box.toggled.connect(self._features_changed)
        self.summary = QLabel(objectName="pointsSummary", wordWrap=True)

        set_row = QHBoxLayout()
        set_row.addWidget(self.set_input, 1)
        set_row.addWidget(self.import_button)
        self.labels = {key: QLabel() for key in ("set", "noise", "unseen", "seed", "features")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels["set"], set_row)
        form.addRow(self.labels["noise"], self.noise_slider)
        form.addRow(self.labels["unseen"], self.unseen_slider)
        form.addRow(self.labels["seed"], self.seed_input)
        boxes = QGridLayout()
        for i, box in enumerate(self.feature_boxes.values()):
            boxes.addWidget(box, i // 4, i % 4)
        form.addRow(self.labels["features"], boxes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Data and features")

    def retranslate(self) -> None:
        self.labels["set"].setText(self.tr("Points"))
        self.labels["seed"].setText(self.tr("Data seed"))
        self.labels["features"].setText(self.tr("Inputs"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.import_button.setToolTip(
            self.tr("Your own points: a CSV file of x1,x2,label rows (header optional, 2–10 classes).")
        )
        self.noise_slider.setToolTip(self.tr("Gaussian noise added to each coordinate (its standard deviation)."))
        self.unseen_slider.setToolTip(self.tr("The share of each class's points kept unseen: L′ is their loss."))
        self.seed_input.setToolTip(self.tr("The seed the points and their split are drawn with."))
        for name, box in self.feature_boxes.items():
            box.setToolTip(fill(self.tr("Give the first layer %1 as an input."), FEATURE_SYMBOLS[name]))
        for i in range(self.set_input.count()):
            key = self.set_input.itemData(i)
            if key == IMPORTED and self.plane is not None:
                self.set_input.setItemText(i, fill(self.tr("imported: %1"), self.plane.points.source))
            elif key in SET_NAMES:
                self.set_input.setItemText(i, QCoreApplication.translate("PlaneDataPanel", SET_NAMES[key]))
        self._show_slider_values()
        self._show_summary()

    # -- showing the points in use ------------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.plane = problem.plane
        self.setEnabled(self.plane is not None)
        if self.plane is None:
            return
        points = self.plane.points
        self._filling = True
        self.set_input.clear()
        for key in SETS:
            self.set_input.addItem("", key)
        self.set_input.insertSeparator(self.set_input.count())
        for key in VALUE_SETS:
            self.set_input.addItem("", key)
        if not points.builtin:
            self.set_input.addItem("", IMPORTED)
        self.set_input.setCurrentIndex(self.set_input.findData(points.source if points.builtin else IMPORTED))
        self.noise_slider.setValue(round(points.noise * NOISE_STEPS))
        self.noise_slider.setEnabled(points.builtin)
        self.unseen_slider.setValue(round(points.unseen_share * UNSEEN_STEPS))
        self.seed_input.setValue(points.seed)
        for name, box in self.feature_boxes.items():
            box.setChecked(name in self.plane.features)
        self._filling = False
        self.retranslate()

    def _show_slider_values(self) -> None:
        noise = self.noise_slider.sliderPosition() / NOISE_STEPS
        unseen = self.unseen_slider.sliderPosition() / UNSEEN_STEPS
        self.labels["noise"].setText(fill(self.tr("Noise %1"), f"{noise:.1f}"))
        self.labels["unseen"].setText(fill(self.tr("Unseen %1 %"), f"{100 * unseen:.0f}"))

    def _show_summary(self) -> None:
        if self.plane is None or self.problem is None:
            self.summary.setText("")
            return
        p = self.problem
        n_val = len(p.Y_val) if p.has_validation else 0
        values = self.plane.points.values
        if values is not None:
            self.summary.setText(
                fill(
                    self.tr(
                        "%1 training points, %2 unseen, each with a number to predict (from %3 to %4); the "
                        "network sees %5 input(s) and has one linear output."
                    ),
                    str(len(p.Y_train)),
                    str(n_val),
                    f"{values.min():.2f}",
                    f"{values.max():.2f}",
                    str(p.n_inputs),
                )
            )
            return
        self.summary.setText(
            fill(
                self.tr("%1 training points, %2 unseen, %3 classes; the network sees %4 input(s)."),
                str(len(p.Y_train)),
                str(n_val),
                str(self.plane.points.k),
                str(p.n_inputs),
            )
        )

    # -- changing them ------------------------------------------------------------------------------
    def _set_chosen(self, index: int) -> None:
        key = self.set_input.itemData(index)
        if self.plane is not None and (key in SETS or key in VALUE_SETS) and key != self.plane.points.source:
            self._settings_changed()

    def _settings_changed(self) -> None:
        """A built-in set, its noise, the unseen share or the seed changed: new points."""
        if self._filling or self.plane is None:
            return
        self._show_slider_values()
        old = self.plane.points
        key = self.set_input.currentData()
        noise = self.noise_slider.value() / NOISE_STEPS
        share = self.unseen_slider.value() / UNSEEN_STEPS
        seed = self.seed_input.value()
        if key == IMPORTED:
            self._apply(lambda: replace(old, seed=seed).resplit(share))
        else:
            self._apply(lambda: builtin_points(key, old.n if old.builtin else DEFAULT_N, noise, seed, share))

    def _features_changed(self) -> None:
        if not self._filling and self.plane is not None:
            self._apply(lambda: self.plane.points)

    def chosen_features(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.feature_boxes.items() if box.isChecked())

    def _apply(self, make_points, refusal_title: str | None = None) -> bool:
        """Train a new network on the points ``make_points()`` gives, with the ticked features;
        a DataError changes nothing (the controls show the data in use again)."""
        setup = self.app_state.setup if self.app_state is not None else None
        if setup is None:
            return False
        try:
            points: Points = make_points()
            problem = planar_problem(points, self.chosen_features())
        except DataError as exc:
            message = translated(exc)
            self.refused.emit(message)
            if refusal_title is not None:
                self.error_box = show_refusal(self.window(), refusal_title, message)
            if self.problem is not None:
                self.set_problem(self.problem)
            return False
        self.setup_requested.emit(on_new_data(setup, problem))
        return True

    def import_points(self) -> bool:
        path = ask_open_path(
            self.window(), self.tr("Import points"), self.tr("CSV tables (*.csv *.tsv *.txt);;All files (*)")
        )
        return path is not None and self.import_path(path)

    def import_path(self, path: str | Path) -> bool:
        """Learn from the points of a CSV file; a bad file is refused with its line and changes nothing."""
        path = Path(path)
        share = self.unseen_slider.value() / UNSEEN_STEPS
        seed = self.seed_input.value()
        return self._apply(
            lambda: file_points(points_file_bytes(path), path.name, seed, share),
            fill(self.tr("Could not import %1"), path.name),
        )
