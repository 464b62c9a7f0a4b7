"""Every neuron as a picture: what each input and hidden neuron computes over the plane.

For a problem of points in the plane (``PlaneInfo``), neuron j of layer l computes
aⱼ⁽ˡ⁾(x₁, x₂) at every point of the plane; drawn as an image, it shows the piece of the
decision boundary that neuron contributes. ``NeuronMaps`` runs one forward pass over a grid
of the plane for all neurons at once (the grid's points as rows of one matrix) and hands out
each neuron's values: small thumbnails (``THUMBNAIL_SIDE`` × ``THUMBNAIL_SIDE``) for the
network diagram, and one neuron's map on the decision map's own grid (``PlaneInfo.map_x1`` ×
``map_x2``) to show it large.

Layer 0 are the inputs: the features the first layer sees (x₁, x₂, x₁², …). The output
layer is not drawn here: the decision map is its picture.

The API other panels use (documented in docs/contributing.md): a panel that shows a network
diagram emits ``Panel.neuron_map_hovered`` with a ``NeuronMap`` while the mouse is over a
neuron, and None when it leaves; the window passes it to every panel's ``show_neuron_map``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from applet.core.activations import activation
from applet.core.datasets.planar import features
from applet.core.problem import PlaneInfo, grid_points

Array = np.ndarray
THUMBNAIL_SIDE = 40


@dataclass(frozen=True, eq=False)
class NeuronMap:
    """One neuron's activation over the plane: ``values[i, k]`` at (``x1[i]``, ``x2[k]``).
    ``activation`` is the neuron's (``"input"`` for a feature of layer 0)."""

    layer: int
    neuron: int
    activation: str
    x1: Array
    x2: Array
    values: Array


BOUNDED_01 = ("sigmoid", "hard_sigmoid")  # a in [0, 1]: 0.5 is the middle


def shade(values: Array, activation_name: str) -> Array:
    """Values → −1…1 for a diverging colour map: a sigmoid's 0…1 around its middle 0.5, tanh's
    −1…1 as it is, anything unbounded (ReLU, linear, an input) relative to its largest |value|."""
    if activation_name in BOUNDED_01:
        return 2.0 * values - 1.0
    if activation_name == "tanh":
        return values
    largest = float(np.abs(values).max()) if values.size else 0.0
    return values / largest if largest > 0 else values


def _grid(x1: Array, x2: Array, names: Sequence[str]) -> Array:
    return features(grid_points(x1, x2), names)


class NeuronMaps:
    """The plane's grids in the network's features, and the forward pass over them."""

    def __init__(self, plane: PlaneInfo, side: int = THUMBNAIL_SIDE) -> None:
        self.plane = plane
        self.x1 = np.linspace(plane.map_x1[0], plane.map_x1[-1], side)  # the map's extent, coarser
        self.x2 = np.linspace(plane.map_x2[0], plane.map_x2[-1], side)
        self._thumbnail_inputs = _grid(self.x1, self.x2, plane.features)
        self._map_inputs: Array | None = None  # the map's grid, made when first shown large

    @staticmethod
    def _layers(
        X: Array, weights: Sequence[Array], biases: Sequence[Array], activations: Sequence[str], depth: int
    ) -> list[Array]:
        """a⁽⁰⁾ = X, a⁽¹⁾, …, a⁽ᵈᵉᵖᵗʰ⁾ (rows: grid points, columns: neurons)."""
        acts = [X]
        with np.errstate(over="ignore", invalid="ignore"):  # a diverged network: non-finite values
            for W, b, name in list(zip(weights, biases, activations))[:depth]:
                acts.append(activation(name).sigma(acts[-1] @ W + b))
        return acts

    def thumbnails(self, weights: Sequence[Array], biases: Sequence[Array], activations: Sequence[str]) -> list[Array]:
        """For layer 0 (the inputs) and every hidden layer: its neurons' values on the
        thumbnail grid, shape (neurons, side, side), ``[j, i, k]`` at (x1[i], x2[k])."""
        side = len(self.x1)
        return [
            a.T.reshape(a.shape[1], side, side)
            for a in self._layers(self._thumbnail_inputs, weights, biases, activations, len(weights) - 1)
        ]

    def full(
        self,
        layer: int,
        neuron: int,
        weights: Sequence[Array],
        biases: Sequence[Array],
        activations: Sequence[str],
    ) -> NeuronMap:
        """Neuron ``neuron`` of ``layer`` (0: the inputs) on the decision map's grid."""
        if self._map_inputs is None:
            self._map_inputs = _grid(self.plane.map_x1, self.plane.map_x2, self.plane.features)
        X = self._map_inputs
        values = self._layers(X, weights, biases, activations, layer)[layer][:, neuron].reshape(
            len(self.plane.map_x1), len(self.plane.map_x2)
        )
        name = "input" if layer == 0 else activations[layer - 1]
        return NeuronMap(layer, neuron, name, self.plane.map_x1, self.plane.map_x2, values)
