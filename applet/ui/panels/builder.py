"""Layer builder: design the network — hidden layers as rows, the output layer last.

For points in the plane every input and hidden neuron of the trained network is drawn as a
small picture of what it computes over the plane; hovering one sends its full map to the
panels that draw the plane (``neuron_map_hovered``).

Each hidden layer is a row: how many neurons (1–1000) and which activation. Rows can be
added, removed and moved; presets give the lecture's networks. The count of parameters
(every weight and bias) follows each edit. Nothing changes in training until "Apply":
then the whole new network is built from the seed and training starts again. An edit
that cannot make a valid network is refused with its reason and changes nothing.
"""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from applet.core.errors import DataError
from applet.core.network import LayerSpec
from applet.core.problem import Problem
from applet.training.messages import translated
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.labels import activation_name, fill
from applet.ui.panels.base import Panel
from applet.ui.view_models.layer_design import MAX_HIDDEN_LAYERS, PRESET_LAYERS, LayerDesign, count_parameters
from applet.ui.view_models.neuron_maps import NeuronMaps, shade
from applet.ui.widgets.image_grid import diverging_rgb, rgb_image
from applet.ui.widgets.layer_table import LayerTable
from applet.ui.widgets.network_diagram import NetworkDiagram

SIDE_BY_SIDE_WIDTH = 700  # pixels: wider, the diagram goes beside the table
PRESET_NAMES = (
    QT_TRANSLATE_NOOP("LayerBuilderPanel", "linear (no hidden layer)"),
    QT_TRANSLATE_NOOP("LayerBuilderPanel", "3 sigmoids"),
    QT_TRANSLATE_NOOP("LayerBuilderPanel", "10 ReLU"),
    QT_TRANSLATE_NOOP("LayerBuilderPanel", "100 ReLU"),
    QT_TRANSLATE_NOOP("LayerBuilderPanel", "1000 ReLU"),
    QT_TRANSLATE_NOOP("LayerBuilderPanel", "2 layers of 100 ReLU"),
    QT_TRANSLATE_NOOP("LayerBuilderPanel", "3 layers of 100 ReLU"),
    QT_TRANSLATE_NOOP("LayerBuilderPanel", "4 layers of 100 ReLU"),
)
PRESETS = tuple(zip(PRESET_NAMES, PRESET_LAYERS))  # (name, hidden layers)


class LayerBuilderPanel(Panel):
    panel_id = "builder"
    draws_latest_only = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("layerBuilder")
        self.design = LayerDesign()  # the layers as edited, and the ones training uses

        self.preset_input = QComboBox(objectName="presetInput")
        self.preset_input.addItem("", None)
        for i in range(len(PRESETS)):
            self.preset_input.addItem("", i)
        self.preset_input.activated.connect(self._preset_chosen)
        self.table = LayerTable()
        self.table.units_changed.connect(self.set_units)
        self.table.activation_changed.connect(self.set_activation)
        self.table.move_requested.connect(self.move_layer)
        self.table.remove_requested.connect(self.remove_layer)
        self.table.refused.connect(self.refuse)
        self.add_button = QPushButton(objectName="addLayerButton")
        self.add_button.clicked.connect(self.add_layer)
        self.apply_button = QPushButton(objectName="applyLayersButton")
        self.apply_button.clicked.connect(self.apply)
        self.count_label = QLabel(objectName="parameterCount")
        self.message = QLabel(objectName="builderMessage")
        self.message.setWordWrap(True)
        self.diagram = NetworkDiagram()
        self.diagram.hovered.connect(self._neuron_hovered)
        self.neuron_maps: NeuronMaps | None = None  # for points in the plane
        self.diagram.setMinimumHeight(120)
        self.diagram.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)  # takes what is left

        top = QHBoxLayout()
        self.preset_label = QLabel()
        top.addWidget(self.preset_label)
        top.addWidget(self.preset_input, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.apply_button)
        editor = QVBoxLayout()
        editor.addLayout(top)
        editor.addWidget(self.table, 1)
        editor.addLayout(buttons)
        editor.addWidget(self.message)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)  # side by side when wide
        self.body.setContentsMargins(4, 4, 4, 4)
        self.body.addLayout(editor, 3)
        self.body.addWidget(self.diagram, 2)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        wide = event.size().width() > SIDE_BY_SIDE_WIDTH
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def title(self) -> str:
        return self.tr("Layers")

    # -- what the window tells us ---------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.design.n_inputs = problem.n_inputs
        self.neuron_maps = None if problem.plane is None else NeuronMaps(problem.plane)

    def setup_changed(self, setup: TrainingSetup) -> None:
        """Show the network training starts with (any unapplied edits are dropped)."""
        self.design.start_from(setup.problem.n_inputs, tuple(setup.layers), setup.loss == "cross_entropy")
        self.message.setText("")
        self._rebuild()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        self._draw_diagram()

    def spec(self) -> tuple[LayerSpec, ...]:
        """The edited network, output layer last (what Apply sends)."""
        return self.design.spec()

    # -- edits ----------------------------------------------------------------------------
    def add_layer(self) -> None:
        if not self.design.can_add():
            self.refuse(fill(self.tr("At most %1 hidden layers."), str(MAX_HIDDEN_LAYERS)))
            return
        self.design.add_layer()
        self._rebuild()

    def remove_layer(self, index: int) -> None:
        self.design.remove_layer(index)
        self._rebuild()

    def move_layer(self, index: int, by: int) -> None:
        if self.design.move_layer(index, by):
            self._rebuild()

    def set_units(self, index: int, units: int) -> None:
        self.design.set_units(index, units)
        self._edited()

    def set_activation(self, index: int, act: str) -> None:
        self.design.set_activation(index, act)
        self._edited()

    def _preset_chosen(self, combo_index: int) -> None:
        preset = self.preset_input.itemData(combo_index)
        if preset is not None:
            self.design.use_preset(preset)
            self._rebuild()

    def refuse(self, reason: str) -> None:
        """An edit that cannot be made: say why, change nothing."""
        self.message.setText(reason)
        self.refused.emit(reason)

    def apply(self) -> None:
        """Send the edited network to the window, if the core accepts it."""
        try:
            layers = self.design.checked()
        except DataError as exc:
            self.refuse(translated(exc))
            return
        self.layers_requested.emit(layers)

    # -- drawing ------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        """Re-create the rows from the edited layers (after a structural change)."""
        self.table.show_layers(self.design.hidden, self.design.output, self.design.softmax)
        self._edited()

    def _edited(self) -> None:
        """Counts, Apply and the preview after any edit."""
        design = self.design
        self.table.show_parameters(design.layer_parameters())
        weights, biases = count_parameters(design.n_inputs, design.spec())
        self.count_label.setText(
            fill(
                self.tr("%1 parameters (%2 weights + %3 biases)"),
                f"{weights + biases:,}",
                f"{weights:,}",
                f"{biases:,}",
            )
        )
        self.apply_button.setEnabled(design.pending)
        self.preset_input.blockSignals(True)  # show the preset these layers are, if any
        preset = design.preset()
        self.preset_input.setCurrentIndex(0 if preset is None else preset + 1)
        self.preset_input.blockSignals(False)
        self.message.setText(
            self.tr("Not applied yet: “Apply” builds this network from the seed and starts training again.")
            if design.pending
            else ""
        )
        self._draw_diagram()
        self._caption_diagram()

    def _trained(self) -> bool:
        """The diagram shows the network that trains (no edits pending) and the snapshot has its weights."""
        sizes = self.design.sizes()
        snap = self.snapshot
        return (
            not self.design.pending
            and snap is not None
            and snap.weights is not None
            and [w.shape for w in snap.weights] == list(zip(sizes[:-1], sizes[1:]))
        )

    def _draw_diagram(self) -> None:
        """The network as edited; with its trained weights while it is the one training."""
        sizes = self.design.sizes()
        snap = self.snapshot
        trained = self._trained()
        self.diagram.set_network(sizes, list(snap.weights) if trained else None)
        pictures = trained and self.neuron_maps is not None  # made when painted: none while out of sight
        self.diagram.set_node_images(partial(self._thumbnails, snap) if pictures else None)
        overflow = snap.diagnosis.overflow if trained and snap.diagnosis is not None else None
        # a blow-up: the layer that overflowed first is marked (the status bar says why)
        self.diagram.highlight(
            [(overflow.layer, j) for j in self.diagram.visible_neurons(overflow.layer)] if overflow else [], ()
        )

    def _thumbnails(self, snap: Snapshot) -> dict:
        """Every drawn input and hidden neuron's picture over the plane (none where it overflowed)."""
        activations = [spec.activation for spec in self.spec()]
        values = self.neuron_maps.thumbnails(snap.weights, snap.biases, activations)
        images = {}
        for layer, maps in enumerate(values):
            kind = "input" if layer == 0 else activations[layer - 1]
            shown = [j for j in self.diagram.visible_neurons(layer) if np.all(np.isfinite(maps[j]))]
            if shown:  # one colouring for the layer's drawn neurons; x₁ to the right, x₂ up
                rgb = diverging_rgb(np.stack([shade(maps[j], kind).T[::-1] for j in shown]), 1.0)
                images.update({(layer, j): rgb_image(pixels) for j, pixels in zip(shown, rgb)})
        return images

    def _neuron_hovered(self, node) -> None:
        """Send the hovered input or hidden neuron's full map (None: the mouse left it)."""
        shown = None
        if node is not None and self.neuron_maps is not None and self._trained() and node[0] < len(self.spec()):
            snap = self.snapshot
            shown = self.neuron_maps.full(*node, snap.weights, snap.biases, [s.activation for s in self.spec()])
        self.neuron_map_hovered.emit(shown)

    def _caption_diagram(self) -> None:
        self.diagram.set_layer_text(
            0,
            fill(self.tr("%1 inputs"), str(self.design.n_inputs)) if self.design.n_inputs != 1 else self.tr("1 input"),
        )
        for l, layer in enumerate(self.spec(), start=1):
            self.diagram.set_layer_text(l, f"{layer.units} {activation_name(layer.activation)}")

    def retranslate(self) -> None:
        self.preset_label.setText(self.tr("Preset:"))
        self.preset_input.setItemText(0, self.tr("choose a network…"))
        for i, (name, _) in enumerate(PRESETS, start=1):
            self.preset_input.setItemText(i, QCoreApplication.translate("LayerBuilderPanel", name))
        self.table.retranslate()
        self.add_button.setText(self.tr("Add layer"))
        self.add_button.setToolTip(self.tr("Add a hidden layer in front of the output layer."))
        self.preset_input.setToolTip(self.tr("Ready-made networks from the lecture."))
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Build this network from the seed and start training again."))
        if self.table.rowCount():
            self._rebuild()
