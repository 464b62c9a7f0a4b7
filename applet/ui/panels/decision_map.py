"""Decision map: the class the network gives every point of the plane, with the points.

The map is the network's answer on a 100 × 100 grid over the plane (the problem's probe
``"map"``, computed by the training thread with each snapshot): for two classes the
probability of class 1 from orange (0) through white (0.5) to blue (1), with the decision
boundary p₁ = 0.5 as a black line; for more classes each class's colour, pale where the
network is unsure. Training points are filled dots, unseen points (L′) hollow rings.
For numbers to predict (regression) the map is the predicted value, orange −1 through white 0
to blue +1, the points in the colour of their target, and the
losses L and L′ take the place of the accuracy. "Discretise" shows only the answer: the
class picked, or the predicted value's sign (as TensorFlow Playground's "Discretize output").

A click on the map adds a point of the chosen class to the training points (training
goes on from the current weights); a click on a training point instead opens that point's
backpropagation with the current weights (``trace_requested``); a right-click on a point
removes it (elsewhere it opens the export menu). Points with a number to predict cannot be
added by a click (a click on one still traces it).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from applet.core.datasets.planar import Points, features
from applet.core.errors import DataError
from applet.core.losses import loss_function
from applet.core.problem import PlaneInfo, Problem, planar_problem
from applet.training.messages import translated
from applet.training.playground import on_new_data
from applet.training.snapshot import Snapshot
from applet.training.trace_example import SampleRequest
from applet.ui.labels import fill
from applet.ui.panels.base import Panel
from applet.ui.style import Theme, make_plot, set_axis_labels
from applet.ui.view_models.decision_map import (
    CLASS_COLORS,
    accuracy,
    boundary,
    map_image,
    value_colors,
    value_image,
)
from applet.ui.view_models.neuron_maps import NeuronMap, shade
from applet.ui.widgets.image_grid import diverging_rgb

REMOVE_PIXELS = 10  # a right-click this close to a point removes it; a click this close traces it
POINT_SIZE = 8


def percent(value: float) -> str:
    return "–" if not np.isfinite(value) else f"{100 * value:.1f} %"


def number(value: float) -> str:
    return "–" if not np.isfinite(value) else f"{value:.4g}"


class DecisionMapPanel(Panel):
    panel_id = "decision_map"
    draws_latest_only = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionMap")
        self.plane: PlaneInfo | None = None
        self.drawn_outputs: np.ndarray | None = None  # the map outputs drawn last (the same array: nothing new)
        self.hovered: NeuronMap | None = None  # a neuron shown large instead of the decision map
        self.map_rect = QRectF()  # where the map's pixels lie in the plane

        self.plot = make_plot("x₁", "x₂")
        self.plot.setObjectName("decisionMapPlot")
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setAspectLocked(True)
        self.plot.showGrid(x=False, y=False)  # the map itself is the background
        self.image = pg.ImageItem(axisOrder="col-major")
        self.boundary = pg.PlotDataItem(connect="pairs", pen=pg.mkPen("#000000", width=2))
        self.train_points = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen("#FFFFFF", width=1))
        self.unseen_points = pg.ScatterPlotItem(size=POINT_SIZE, brush=pg.mkBrush("#FFFFFF"))
        for item in (self.image, self.boundary, self.unseen_points, self.train_points):
            self.plot.addItem(item)
        self.image.setZValue(-10)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.installEventFilter(self)

        self.class_label = QLabel()
        self.class_input = QComboBox(objectName="clickClassInput")
        self.unseen_input = QCheckBox(objectName="showUnseenInput", checked=True)
        self.unseen_input.toggled.connect(self.unseen_points.setVisible)
        self.discretize_input = QCheckBox(objectName="discretizeInput")
        self.discretize_input.toggled.connect(self._redraw)
        self.accuracy_label = QLabel(objectName="mapAccuracy")
        self.note = QLabel(objectName="mapNote", wordWrap=True)
        self.note.setFont(Theme.font(8.5))
        clicks = QHBoxLayout()  # two short rows: one long row would not fit a laptop's dock
        clicks.addWidget(self.class_label)
        clicks.addWidget(self.class_input)
        clicks.addStretch(1)
        clicks.addWidget(self.unseen_input)
        readout = QHBoxLayout()
        readout.addWidget(self.accuracy_label)
        readout.addStretch(1)
        readout.addWidget(self.discretize_input)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(clicks)
        layout.addLayout(readout)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Decision map")

    def retranslate(self) -> None:
        self.class_label.setText(self.tr("Click adds a point of class"))
        self.class_input.setToolTip(
            self.tr(
                "A click on the map adds a training point of this class; a click on a training point shows its "
                "backpropagation; a right-click on a point removes it."
            )
        )
        self.unseen_input.setText(self.tr("Show unseen points"))
        self.unseen_input.setToolTip(self.tr("Unseen points (hollow rings) are not trained on: L′ is their loss."))
        self.discretize_input.setText(self.tr("Discretise output"))
        self.discretize_input.setToolTip(
            self.tr(
                "Show only the network's answer: the class it picks at each point (no shades of probability), "
                "or for a number to predict only its sign, below 0 or from 0 up."
            )
        )
        set_axis_labels(self.plot, "x₁", "x₂")
        self._show_accuracy()
        self._show_note()

    # -- the points -------------------------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.plane = problem.plane
        self.drawn_outputs = None
        if self.plane is None:
            return
        points = self.plane.points
        chosen = self.class_input.currentIndex()
        self.class_input.clear()
        for c, name in enumerate(points.class_names):
            self.class_input.addItem(name, c)
        self.class_input.setCurrentIndex(chosen if 0 <= chosen < points.k else 0)
        for widget in (self.class_label, self.class_input):
            widget.setVisible(not points.regression)  # numbers to predict are not added by a click
        train, unseen = ~points.unseen, points.unseen
        if points.values is not None:
            colors = [pg.mkColor(*map(int, np.rint(c))) for c in value_colors(points.values)]
            self.train_points.setData(
                x=points.X[train, 0],
                y=points.X[train, 1],
                brush=[pg.mkBrush(colors[i]) for i in np.flatnonzero(train)],
                pen=pg.mkPen("#444444", width=1),
            )
            self.unseen_points.setData(
                x=points.X[unseen, 0],
                y=points.X[unseen, 1],
                pen=[pg.mkPen(colors[i], width=2) for i in np.flatnonzero(unseen)],
            )
        else:
            brushes = [pg.mkBrush(CLASS_COLORS[c % len(CLASS_COLORS)]) for c in range(points.k)]
            pens = [pg.mkPen(CLASS_COLORS[c % len(CLASS_COLORS)], width=2) for c in range(points.k)]
            self.train_points.setData(
                x=points.X[train, 0],
                y=points.X[train, 1],
                brush=[brushes[c] for c in points.y[train]],
                pen=pg.mkPen("#FFFFFF", width=1),
            )
            self.unseen_points.setData(
                x=points.X[unseen, 0], y=points.X[unseen, 1], pen=[pens[c] for c in points.y[unseen]]
            )
        x1, x2 = self.plane.map_x1, self.plane.map_x2
        step1, step2 = x1[1] - x1[0], x2[1] - x2[0]  # each grid value is the centre of its pixel
        self.map_rect = QRectF(x1[0] - step1 / 2, x2[0] - step2 / 2, step1 * len(x1), step2 * len(x2))
        self.image.clear()
        self.boundary.setData([], [])
        self.plot.setRange(xRange=(x1[0], x1[-1]), yRange=(x2[0], x2[-1]), padding=0)
        self._show_accuracy()
        self._show_note()

    # -- each snapshot --------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        outputs = snapshot.outputs.get("map")
        if self.plane is None or outputs is None or outputs is self.drawn_outputs:
            return
        self._show_accuracy()
        if self.hovered is not None:  # the hovered neuron stays on the map until the mouse leaves it
            return
        if not np.all(np.isfinite(outputs)):  # never draw garbage: the last finite map stays
            self._show_note()
            return
        self.drawn_outputs = outputs
        x1, x2 = self.plane.map_x1, self.plane.map_x2
        self.image.setImage(self.map_rgba(outputs), autoLevels=False, levels=(0, 255))
        self.image.setRect(self.map_rect)  # after the image: its size gives the scale
        if self.plane.points.regression:  # no line: where a flat fit hovers near 0 it would scribble
            self.boundary.setData([], [])
        else:
            segments = boundary(outputs, x1, x2).reshape(-1, 2)
            self.boundary.setData(segments[:, 0], segments[:, 1])
        self._show_note()

    def map_rgba(self, outputs: np.ndarray) -> np.ndarray:
        """The map's RGBA image of the network's ``outputs`` on the grid, as drawn now
        (regression or classes, discretised or not)."""
        x1, x2 = self.plane.map_x1, self.plane.map_x2
        draw = value_image if self.plane.points.regression else map_image
        return draw(outputs, len(x1), len(x2), self.discretize_input.isChecked())

    def _redraw(self) -> None:
        """Discretising changed: draw the last snapshot's map again."""
        if self.snapshot is not None and self.hovered is None:
            self.drawn_outputs = None
            self.show_snapshot(self.snapshot)
        self._show_note()

    def show_neuron_map(self, neuron_map: NeuronMap | None) -> None:
        """While a neuron of the diagram is hovered, the map shows that neuron's values over the
        plane (in the diagram's colours); when the mouse leaves it, the decision map again."""
        self.hovered = neuron_map if self.plane is not None else None
        if self.hovered is not None:
            self.image.setImage(
                diverging_rgb(shade(self.hovered.values, self.hovered.activation), 1.0),
                autoLevels=False,
                levels=(0, 255),
            )
            self.image.setRect(self.map_rect)
        elif self.snapshot is not None:
            self.drawn_outputs = None
            self.show_snapshot(self.snapshot)
        self._show_note()

    def accuracies(self) -> tuple[float, float]:
        """Accuracy on the training and the unseen points with the snapshot's weights (NaN before one)."""
        if self.snapshot is None or self.plane is None:
            return float("nan"), float("nan")
        points, outputs = self.plane.points, self.snapshot.outputs
        train = outputs.get("train")
        unseen = outputs.get("unseen")
        return (
            float("nan") if train is None else accuracy(train, points.y[~points.unseen]),
            float("nan") if unseen is None else accuracy(unseen, points.y[points.unseen]),
        )

    def losses(self) -> tuple[float, float]:
        """Regression: the loss L on the training points and L′ on the unseen ones with the
        snapshot's weights (NaN before one, or without unseen points)."""
        if self.snapshot is None or self.plane is None or self.plane.points.values is None:
            return float("nan"), float("nan")
        points, outputs = self.plane.points, self.snapshot.outputs
        loss = loss_function(self.snapshot.loss_name)
        found = []
        for key, chosen in (("train", ~points.unseen), ("unseen", points.unseen)):
            out = outputs.get(key)
            found.append(
                float("nan") if out is None or not chosen.any() else loss(out, points.values[chosen][:, None])[0]
            )
        return found[0], found[1]

    def _show_accuracy(self) -> None:
        if self.plane is not None and self.plane.points.regression:
            train, unseen = self.losses()
            self.accuracy_label.setText(
                fill(self.tr("Loss: training L = %1, unseen L′ = %2"), number(train), number(unseen))
            )
            return
        train, unseen = self.accuracies()
        self.accuracy_label.setText(fill(self.tr("Accuracy: training %1, unseen %2"), percent(train), percent(unseen)))

    def _show_note(self) -> None:
        if self.plane is None:
            self.note.setText(self.tr("The decision map draws points in the plane (the free-play lesson)."))
            return
        outputs = None if self.snapshot is None else self.snapshot.outputs.get("map")
        if self.hovered is not None:
            shown = self.hovered
            if shown.layer == 0:
                text = fill(self.tr("Input %1 of the first layer: its value over the plane"), shown.neuron + 1)
            else:
                text = fill(self.tr("Neuron %1 of layer %2: its output over the plane"), shown.neuron + 1, shown.layer)
            self.note.setText(
                text + self.tr(", orange below its middle, blue above; the black line is still the decision boundary.")
            )
        elif outputs is not None and not np.all(np.isfinite(outputs)):
            self.note.setText(
                self.tr("The network's outputs are no longer finite numbers: the map shows the last finite ones.")
            )
        elif self.plane.points.regression:
            self.note.setText(
                self.tr(
                    "Colour: the sign of the predicted value, orange below 0, blue from 0 up; the points in the "
                    "colour of their target."
                )
                if self.discretize_input.isChecked()
                else self.tr(
                    "Colour: the predicted value, from orange (−1) through white (0) to blue (+1); the points "
                    "in the colour of their target."
                )
            )
        elif self.discretize_input.isChecked():
            self.note.setText(
                self.tr("Colour: the class the network picks at each point; the black line is where it changes.")
            )
        elif self.plane.points.k == 2:
            self.note.setText(
                self.tr(
                    "Colour: the probability of class 1, from orange (0) through white (0.5) to blue (1); "
                    "the black line is p = 0.5, where the answer changes."
                )
            )
        else:
            self.note.setText(self.tr("Colour: the most probable class; pale where the network is unsure."))

    # -- editing the points ---------------------------------------------------------------------
    def _view_point(self, scene_pos: QPointF) -> tuple[float, float]:
        point = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        return point.x(), point.y()

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.plane is None:
            return
        if not self.plot.getPlotItem().vb.sceneBoundingRect().contains(event.scenePos()):
            return
        x1, x2 = self._view_point(event.scenePos())
        index = self.training_point_near(x1, x2, REMOVE_PIXELS * max(self.plot.getPlotItem().vb.viewPixelSize()))
        if index is not None:
            self.trace_point(index)
        elif not self.plane.points.regression:
            self.add_point(x1, x2, self.class_input.currentData())

    def training_point_near(self, x1: float, x2: float, within: float) -> int | None:
        """The index (among all points) of the training point nearest (x1, x2), if one lies within ``within``."""
        if self.plane is None:
            return None
        points = self.plane.points
        train = np.flatnonzero(~points.unseen)
        if not len(train):
            return None
        distance = np.hypot(points.X[train, 0] - x1, points.X[train, 1] - x2)
        nearest = int(np.argmin(distance))
        return int(train[nearest]) if distance[nearest] <= within else None

    def trace_point(self, index: int) -> None:
        """Ask for the backpropagation of point ``index`` (its features and class) with the current weights."""
        points = self.plane.points
        x = features(points.X[index : index + 1], self.plane.features)[0]
        where = (float(points.X[index, 0]), float(points.X[index, 1]))
        if points.values is not None:
            self.trace_requested.emit(SampleRequest(x, np.array([points.values[index]]), where))
            return
        label = int(points.y[index])
        self.trace_requested.emit(SampleRequest(x, label, where, points.class_names[label]))

    def add_point(self, x1: float, x2: float, label: int) -> None:
        """Add a training point of class ``label`` at (x1, x2); training goes on from the current weights."""
        self._use(lambda points: points.with_point(x1, x2, label))

    def remove_point_near(self, x1: float, x2: float, within: float) -> bool:
        """Remove the point nearest (x1, x2) if one lies within ``within``; True if one did."""
        index = None if self.plane is None else self.plane.points.nearest(x1, x2, within)
        if index is not None:
            self._use(lambda points: points.without_point(index))
        return index is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A right-click on a point removes it (instead of opening the export menu)."""
        if watched is self.plot and event.type() == QEvent.Type.ContextMenu and self.plane is not None:
            x1, x2 = self._view_point(self.plot.mapToScene(event.pos()))
            pixel = self.plot.getPlotItem().vb.viewPixelSize()
            if self.remove_point_near(x1, x2, REMOVE_PIXELS * max(pixel)):
                return True
        return super().eventFilter(watched, event)

    def _use(self, edit) -> None:
        setup = self.app_state.setup if self.app_state is not None else None
        if setup is None or self.plane is None:
            return
        try:
            problem = planar_problem(edit(self.plane.points), self.plane.features)
        except DataError as exc:
            self.refused.emit(translated(exc))
            return
        snapshot = self.snapshot
        if snapshot is not None and snapshot.weights is not None and snapshot.problem is setup.problem:
            setup = setup.with_options(initial_weights=snapshot.weights, initial_biases=snapshot.biases)
        self.setup_requested.emit(on_new_data(setup, problem, keep_weights=True))

    @property
    def points(self) -> Points | None:
        """The points drawn."""
        return None if self.plane is None else self.plane.points
