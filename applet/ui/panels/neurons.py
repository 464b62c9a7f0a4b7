"""Neurons panel: the network's curve as a constant plus one blue piece per neuron.

For a one-input network, ŷ(x) = b + Σᵢ cᵢ·aᵢ(x): each last-hidden-layer neuron adds its
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

from applet.core.activations import hard_sigmoid
from applet.core.contributions import check_one_output, contributions, pre_activations, relu_pair
from applet.core.errors import DataError
from applet.core.network import Network
from applet.core.problem import REGRESSION, Problem
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.panels.base import Panel
from applet.ui.style import COLORS, Theme, add_legend, make_plot, set_axis_labels
from applet.ui.widgets.parameter_slider import ParameterSlider

GRID_POINTS = 301
MAX_DRAWN_PIECES = 200  # beyond this, the pieces of largest height are drawn
W, B, C = "w", "b", "c"


def nan_joined(x: np.ndarray, curves: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Many curves y(x) (one per column) as one NaN-separated polyline (drawn in one go)."""
    k = curves.shape[1]
    xs = np.tile(np.append(x, np.nan), k)
    ys = np.vstack([curves, np.full((1, k), np.nan)]).T.ravel()
    return xs, ys


class NeuronsPanel(Panel):
    panel_id = "neurons"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("neuronsPlot")
        self.net: Network | None = None
        self.grid = np.zeros(0)
        self.selected = 0
        self.drawn: np.ndarray = np.zeros(0, dtype=int)  # which neurons' pieces are drawn
        self.running = False

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
            (self.sum_curve, self.tr("sum = network output ŷ")),
        ):
            self.legend.getLabel(curve).setText(text)
        set_axis_labels(self.plot, "x", "y")
        self.neuron_label.setText(self.tr("Neuron:"))
        self.neuron_input.setToolTip(self.tr("The neuron whose w, b and c the sliders change."))
        self.two_relu_toggle.setText(self.tr("Two ReLUs make one hard sigmoid"))
        self.two_relu_toggle.setToolTip(self.tr("hard_sigmoid(z) = clip(z, 0, 1) = max(0, z) − max(0, z − 1)"))
        for key, text, tip in (
            (W, self.tr("w (slope)"), self.tr("The weight from x into the neuron: how steep its piece is.")),
            (B, self.tr("b (shift)"), self.tr("The neuron's bias: moves its kink along x (the kink is at x = −b/w).")),
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
            self.neuron_input.setItemText(i, self.tr("neuron %1").replace("%1", str(i + 1)))

    # -- what the window tells us -----------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.net = None
        one_input = problem.n_inputs == 1 and problem.task == REGRESSION
        grid = problem.probes.get("grid")
        if not one_input:
            self.grid = np.zeros(0)
        elif grid is not None and grid.shape[1] == 1:
            self.grid = np.asarray(grid[:, 0], dtype=np.float64)
        else:
            x = problem.X_train[:, 0]
            self.grid = np.linspace(x.min(), x.max(), GRID_POINTS)
        self.target_points.setData(problem.X_train[:, 0] if one_input else [], problem.Y_train if one_input else [])

    def setup_changed(self, setup: TrainingSetup) -> None:
        self.net = None
        if self.grid.size:
            try:
                net = Network(1, list(setup.layers), seed=setup.seed)
                check_one_output(net)
            except DataError:
                net = None
            self.net = net
        self.selected = 0
        self._fill_neuron_list()
        self._draw()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        self.running = snapshot.running
        dragging = any(s.slider.isSliderDown() for s in self.sliders.values())
        if self.net is not None and snapshot.weights is not None and not dragging:
            try:
                self.net.weights, self.net.biases = list(snapshot.weights), list(snapshot.biases)
            except DataError:  # a snapshot of another network shape: the next setup follows
                return
            self._draw()
        self._update_hint()

    # -- choosing and editing ----------------------------------------------------------------
    @property
    def n_neurons(self) -> int:
        return 0 if self.net is None else self.net.weights[-1].shape[0]

    def has_hidden_layer(self) -> bool:
        return self.net is not None and len(self.net.layers) > 1

    def select(self, neuron: int) -> None:
        if 0 <= neuron < self.n_neurons:
            self.neuron_input.setCurrentIndex(neuron)  # → _neuron_chosen

    def _neuron_chosen(self, index: int) -> None:
        if index >= 0:
            self.selected = index
            self._draw(rescale=True)

    def _fill_neuron_list(self) -> None:
        self.neuron_input.blockSignals(True)
        self.neuron_input.clear()
        for i in range(self.n_neurons if self.has_hidden_layer() else 0):
            self.neuron_input.addItem(self.tr("neuron %1").replace("%1", str(i + 1)), i)
        self.neuron_input.setCurrentIndex(0 if self.neuron_input.count() else -1)
        self.neuron_input.blockSignals(False)

    def parameter_index(self, key: str) -> tuple[str, int, tuple[int, ...]] | None:
        """Where the chosen neuron's w, b or c lives: ("weights" or "biases", layer, index)."""
        i = self.selected
        if key == C:
            return "weights", len(self.net.layers) - 1, (i, 0)
        if key == B:
            return "biases", len(self.net.layers) - 2, (i,)
        if len(self.net.layers) == 2:  # one hidden layer: w multiplies x itself
            return "weights", 0, (0, i)
        return None  # deeper: the neuron has a weight per neuron of the layer before

    def edit(self, key: str, value: float) -> None:
        """The learner moved w, b or c of the chosen neuron: redraw and send to the network."""
        where = self.parameter_index(key) if self.editable() else None
        if where is None:
            self._draw()
            return
        kind, layer, index = where
        weights, biases = [w.copy() for w in self.net.weights], [b.copy() for b in self.net.biases]
        (weights if kind == "weights" else biases)[layer][index] = value
        self.net.weights, self.net.biases = weights, biases
        self._draw()
        self.parameters_edited.emit([w.copy() for w in weights], [b.copy() for b in biases])

    def editable(self) -> bool:
        return self.has_hidden_layer() and not self.running and self.snapshot is not None

    def _plot_clicked(self, event) -> None:
        """A click near a blue piece chooses that neuron."""
        if not self.has_hidden_layer() or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point: QPointF = vb.mapSceneToView(event.scenePos())
        j = int(np.argmin(np.abs(self.grid - point.x())))
        pieces, _ = contributions(self.net, self.grid[j : j + 1, None])
        candidates = self.drawn if self.drawn.size else np.arange(self.n_neurons)
        self.select(int(candidates[np.argmin(np.abs(pieces[0, candidates] - point.y()))]))

    # -- drawing ------------------------------------------------------------------------------
    def _draw(self, *_, rescale: bool = False) -> None:
        if self.net is None or not self.grid.size:
            for curve in (self.pieces_curve, self.bias_curve, self.selected_curve, self.sum_curve):
                curve.setData([], [])
            self._draw_two_relus()
            self._update_hint()
            return
        x = self.grid
        pieces, bias = contributions(self.net, x[:, None])
        k = pieces.shape[1]
        if k > MAX_DRAWN_PIECES:
            self.drawn = np.sort(np.argsort(-np.abs(pieces).max(axis=0))[:MAX_DRAWN_PIECES])
        else:
            self.drawn = np.arange(k)
        self.pieces_curve.setData(*nan_joined(x, pieces[:, self.drawn]))
        self.bias_curve.setData(x, np.full_like(x, bias))
        self.sum_curve.setData(x, pieces.sum(axis=1) + bias)
        if self.has_hidden_layer() and self.selected < k:
            self.selected_curve.setData(x, pieces[:, self.selected])
        else:
            self.selected_curve.setData([], [])
        self._show_parameters(rescale)
        self._draw_two_relus()
        self._update_hint()

    def _draw_two_relus(self) -> None:
        on = self.two_relu_toggle.isChecked() and self.has_hidden_layer() and self.grid.size > 0
        self.two_relu_label.setVisible(on)
        curves = (self.relu_curve, self.shifted_relu_curve, self.relu_difference_curve, self.hard_sigmoid_curve)
        if not on:
            for curve in curves:
                curve.setData([], [])
            return
        x = self.grid
        z = pre_activations(self.net, x[:, None])[:, self.selected]
        c = float(self.net.weights[-1][self.selected, 0])
        relu_part, shifted_part = relu_pair(z, c)
        self.relu_curve.setData(x, relu_part)
        self.shifted_relu_curve.setData(x, -shifted_part)
        self.relu_difference_curve.setData(x, relu_part - shifted_part)
        self.hard_sigmoid_curve.setData(x, c * hard_sigmoid(z))

    def _show_parameters(self, rescale: bool) -> None:
        for key, slider in self.sliders.items():
            where = self.parameter_index(key) if self.has_hidden_layer() else None
            slider.setEnabled(where is not None and self.editable())
            if where is not None:
                kind, layer, index = where
                slider.set_value(float(getattr(self.net, kind)[layer][index]), rescale)

    def _update_hint(self) -> None:
        if not self.grid.size:
            text = self.tr("This view needs a network with one input (x) and one output.")
        elif self.net is None:
            text = self.tr("Contributions need one linear output neuron.")
        elif not self.has_hidden_layer():
            text = self.tr("No hidden layer: the model is the straight line b + w·x. Add a layer to get pieces.")
        elif self.running:
            text = self.tr("Pause training to change a neuron by hand.")
        elif len(self.net.layers) > 2:
            text = self.tr(
                "In a deeper network a neuron gets a weight from every neuron before it: "
                "here you can change its b and c."
            )
        else:
            text = self.tr("Drag w, b and c, or click a blue curve to choose its neuron.")
        self.hint.setText(text)
        if self.net is not None:
            for key, slider in self.sliders.items():
                slider.setEnabled(self.editable() and self.parameter_index(key) is not None)
