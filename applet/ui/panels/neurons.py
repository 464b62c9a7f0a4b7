"""Neurons panel: the network's curve as a constant plus one blue piece per neuron.

For a one-input network, y(x) = b + Σᵢ cᵢ·aᵢ(x): each last-hidden-layer neuron adds its
own curve cᵢ·aᵢ(x) (blue), the output bias b is a constant (dashed), and their sum is
the network's output (red), drawn over the target points. Pick a neuron — click its
curve or choose it in the list — and, while training is paused, drag its w (slope),
b (shift) and c (height): the curves follow, and the change goes to the network.

"Two ReLUs make one hard sigmoid" overlays, for the chosen neuron,
c·max(0, b + w·x) and −c·max(0, b − 1 + w·x): their sum is c·hard_sigmoid(b + w·x).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from applet.core.problem import Problem
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.labels import ReadoutPace, fill
from applet.ui.panels.base import Panel
from applet.ui.style import COLORS, Theme, add_legend, cache_static, make_plot, set_axis_labels
from applet.ui.view_models import neuron_editor as states
from applet.ui.view_models.neuron_editor import B, C, Curves, NeuronEditor, W, nan_joined
from applet.ui.widgets.drawn_values import DrawnValues
from applet.ui.widgets.followed_axes import FollowedAxes, extent
from applet.ui.widgets.parameter_slider import ParameterSlider


class NeuronsPanel(Panel):
    panel_id = "neurons"
    draws_latest_only = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("neuronsPlot")
        self.editor = NeuronEditor()  # the parameters drawn, the chosen neuron, the maths of an edit
        self.drawn: np.ndarray = np.zeros(0, dtype=int)  # which neurons' pieces are drawn
        self.drawn_values = DrawnValues()  # while training runs, curves are drawn again only when that shows

        self.plot = make_plot()
        item = self.plot.getPlotItem()
        self.legend = add_legend(self.plot)
        self.target_points = item.plot(
            [], [], pen=None, symbol="o", symbolSize=4, symbolBrush=COLORS["data"], symbolPen=None, name="target"
        )
        self.pieces_curve = item.plot([], [], pen=Theme.pen(COLORS["piece"], 1.2), connect="finite", name="pieces")
        self.bias_curve = item.plot(
            [], [], pen=Theme.pen(COLORS["piece"], 1.5, style=Qt.PenStyle.DashLine), name="bias"
        )
        self.selected_curve = item.plot([], [], pen=Theme.pen(COLORS["piece"], 4), name="selected")
        self.sum_curve = item.plot([], [], pen=Theme.pen(COLORS["model"], 3), name="sum")
        # the two-ReLU overlay: the ReLUs rise without end, so they do not stretch the view
        self.hard_sigmoid_curve = pg.PlotDataItem([], [], pen=Theme.pen(COLORS["validation"], 8))
        self.hard_sigmoid_curve.setOpacity(0.45)
        self.relu_curve = pg.PlotDataItem([], [], pen=Theme.pen(COLORS["optimum"], 2, style=Qt.PenStyle.DashLine))
        self.shifted_relu_curve = pg.PlotDataItem([], [], pen=Theme.pen(COLORS["path"], 2, style=Qt.PenStyle.DashLine))
        self.relu_difference_curve = pg.PlotDataItem(
            [], [], pen=Theme.pen(COLORS["data"], 1.5, style=Qt.PenStyle.DotLine)
        )
        for curve in (self.hard_sigmoid_curve, self.relu_curve, self.shifted_relu_curve, self.relu_difference_curve):
            item.addItem(curve, ignoreBounds=True)
        self.plot.scene().sigMouseClicked.connect(self._plot_clicked)
        cache_static(self.target_points)
        self.axes = FollowedAxes(item.getViewBox(), x=True, y=True)  # no re-framing per frame
        self.slider_pace = ReadoutPace()  # while training runs, w, b and c change 5 times a second

        self.neuron_input = QComboBox(objectName="neuronSelect")
        self.neuron_input.currentIndexChanged.connect(self._neuron_chosen)
        self.two_relu_toggle = QCheckBox(objectName="twoReluToggle")
        self.two_relu_toggle.toggled.connect(self._draw)
        self.sliders = {W: ParameterSlider("w", 10.0), B: ParameterSlider("b", 10.0), C: ParameterSlider("c", 2.0)}
        for key, slider in self.sliders.items():
            slider.value_changed.connect(lambda value, key=key: self.edit(key, value))
        self.hint = QLabel(objectName="neuronsHint")
        self.hint.setWordWrap(True)
        self.two_relu_label = QLabel(objectName="twoReluLabel")
        self.two_relu_label.setWordWrap(True)

        choose = QHBoxLayout()
        self.neuron_label = QLabel()
        choose.addWidget(self.neuron_label)
        choose.addWidget(self.neuron_input, 1)
        choose.addWidget(self.two_relu_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addLayout(choose)
        for slider in self.sliders.values():
            layout.addWidget(slider)
        layout.addWidget(self.two_relu_label)
        layout.addWidget(self.hint)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Neurons")

    def retranslate(self) -> None:
        for curve, text in (
            (self.target_points, self.tr("target")),
            (self.pieces_curve, self.tr("neuron i: cᵢ·aᵢ(x)")),
            (self.bias_curve, self.tr("output bias b")),
            (self.selected_curve, self.tr("chosen neuron")),
            (self.sum_curve, self.tr("sum = network output y")),
        ):
            self.legend.getLabel(curve).setText(text)
        set_axis_labels(self.plot, "x", "y")
        self.neuron_label.setText(self.tr("Neuron:"))
        self.neuron_input.setToolTip(self.tr("The neuron whose w, b and c the sliders change."))
        self.two_relu_toggle.setText(self.tr("Two ReLUs make one hard sigmoid"))
        self.two_relu_toggle.setToolTip(self.tr("hard_sigmoid(z) = clip(z, 0, 1) = max(0, z) − max(0, z − 1)"))
        for key, text, tip in (
            (W, self.tr("w (slope)"), self.tr("The weight from x into the neuron: how steep its piece is.")),
            (
                B,
                self.tr("b (shift)"),
                self.tr(
                    "The neuron's bias: moves its piece along x. A ReLU's kink is at x = −b/w; a hard sigmoid "
                    "has two, at −b/w and (1 − b)/w; a sigmoid has none (−b/w is its midpoint)."
                ),
            ),
            (C, self.tr("c (height)"), self.tr("The weight from the neuron to the output: how tall its piece is.")),
        ):
            self.sliders[key].label.setText(text)
            self.sliders[key].setToolTip(tip)
        self.two_relu_label.setText(
            self.tr(
                "Green: c·max(0, b + w·x). Pink: −c·max(0, b − 1 + w·x). Their sum (dotted) lies exactly on "
                "c·hard_sigmoid(b + w·x) (orange): two ReLUs make one hard sigmoid."
            )
        )
        self._update_hint()
        for i in range(self.neuron_input.count()):
            self.neuron_input.setItemText(i, fill(self.tr("neuron %1"), str(i + 1)))

    # -- what the window tells us -----------------------------------------------------------
    @property
    def grid(self) -> np.ndarray:
        return self.editor.grid

    @property
    def selected(self) -> int:
        return self.editor.selected

    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.editor.set_problem(problem)
        one_input = self.editor.one_input(problem)
        self.target_points.setData(problem.X_train[:, 0] if one_input else [], problem.Y_train if one_input else [])
        self.axes.reset()

    def setup_changed(self, setup: TrainingSetup) -> None:
        self.editor.setup_changed(setup.layers, setup.seed)
        self._fill_neuron_list()
        self._draw()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        stopped = self.snapshot is not None and self.snapshot.running and not snapshot.running
        super().show_snapshot(snapshot)
        self.editor.running = snapshot.running
        dragging = any(s.slider.isSliderDown() for s in self.sliders.values())
        if self.editor.net is not None and snapshot.weights is not None and not dragging:
            if not self.editor.adopt(snapshot.weights, snapshot.biases) and not stopped:
                return
            if stopped:
                self.axes.refit()  # the range kept while training ran may have room the final curves do not need
            self._draw(sliders=self.slider_pace.due(snapshot.running), running=snapshot.running)
        self._update_hint()

    # -- choosing and editing ----------------------------------------------------------------
    def select(self, neuron: int) -> None:
        if 0 <= neuron < self.editor.n_neurons:
            self.neuron_input.setCurrentIndex(neuron)  # → _neuron_chosen

    def _neuron_chosen(self, index: int) -> None:
        if index >= 0:
            self.editor.selected = index
            self._draw(rescale=True)

    def _fill_neuron_list(self) -> None:
        self.neuron_input.blockSignals(True)
        self.neuron_input.clear()
        for i in range(self.editor.choosable):
            self.neuron_input.addItem(fill(self.tr("neuron %1"), str(i + 1)), i)
        self.neuron_input.setCurrentIndex(0 if self.neuron_input.count() else -1)
        self.neuron_input.blockSignals(False)

    def edit(self, key: str, value: float) -> None:
        """The learner moved w, b or c of the chosen neuron: redraw and send to the network."""
        edited = self.editor.edit(key, value) if self.editable() else None
        self._draw()
        if edited is not None:
            self.parameters_edited.emit(*edited)

    def editable(self) -> bool:
        return self.editor.editable(self.snapshot is not None)

    def _plot_clicked(self, event) -> None:
        """A click near a blue piece chooses that neuron."""
        if not self.editor.has_hidden_layer or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point: QPointF = vb.mapSceneToView(event.scenePos())
        self.select(self.editor.neuron_at(point.x(), point.y(), self.drawn))

    # -- drawing ------------------------------------------------------------------------------
    def _draw(self, *_, rescale: bool = False, sliders: bool = True, running: bool = False) -> None:
        """Draw the curves, and (``sliders``) show the chosen neuron's w, b and c; while training
        runs, the curves only when they would look different from those drawn."""
        curves = self.editor.curves()
        if curves is None:
            for curve in (self.pieces_curve, self.bias_curve, self.selected_curve, self.sum_curve):
                curve.setData([], [])
            self.drawn_values.clear()
            self._draw_two_relus()
        elif self._curves_changed(curves, running):
            self._draw_curves(curves)
            self._draw_two_relus()
        if curves is not None and sliders:
            for key, slider in self.sliders.items():
                value = self.editor.parameter(key)
                if value is not None:
                    slider.set_value(value, rescale)
        self._update_hint()

    def _curves_changed(self, curves: Curves, running: bool) -> bool:
        """Whether the curves are to be drawn (while training runs: only when some value would
        move visibly)."""
        pieces = curves.pieces[:, curves.drawn]
        selected = () if curves.selected is None else curves.selected
        values = np.concatenate((pieces.ravel(), [curves.bias], curves.total, selected))
        return self.drawn_values.changed("curves", values, self.plot, running)

    def _draw_curves(self, curves: Curves) -> None:
        x, pieces, self.drawn = curves.x, curves.pieces[:, curves.drawn], curves.drawn
        self.pieces_curve.setData(*nan_joined(x, pieces))
        self.bias_curve.setData(x, np.full_like(x, curves.bias))
        self.sum_curve.setData(x, curves.total)
        self.selected_curve.setData(*((x, curves.selected) if curves.selected is not None else ([], [])))
        targets = self.target_points.getData()[1]
        shown = (pieces, [curves.bias], curves.total, () if targets is None else targets)
        self.axes.follow(x=extent(x), y=extent(*shown))

    def _draw_two_relus(self) -> None:
        relus = self.editor.two_relus() if self.two_relu_toggle.isChecked() else None
        self.two_relu_label.setVisible(relus is not None)
        for curve, y in zip(
            (self.relu_curve, self.shifted_relu_curve, self.relu_difference_curve, self.hard_sigmoid_curve),
            (relus.relu, -relus.shifted_relu, relus.difference, relus.hard_sigmoid) if relus else ([],) * 4,
        ):
            curve.setData(self.grid if relus else [], y)

    def _update_hint(self) -> None:
        state = self.editor.state()
        if state == states.DEEP:
            text = self.tr(
                "In a deeper network a neuron gets a weight from every neuron before it: "
                "here you can change its b and c."
            )
        else:
            text = {
                states.NO_ONE_INPUT: self.tr("This view needs a network with one input (x) and one output."),
                states.NO_LINEAR_OUTPUT: self.tr("Contributions need one linear output neuron."),
                states.NO_HIDDEN_LAYER: self.tr(
                    "No hidden layer: the model is the straight line b + w·x. Add a layer to get pieces."
                ),
                states.RUNNING: self.tr("Pause training to change a neuron by hand."),
                states.EDITABLE: self.tr("Drag w, b and c, or click a blue curve to choose its neuron."),
            }[state]
        self.hint.setText(text)
        for key, slider in self.sliders.items():
            slider.setEnabled(self.editable() and self.editor.parameter_index(key) is not None)
