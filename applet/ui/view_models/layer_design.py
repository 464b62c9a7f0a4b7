"""LayerDesign: the network a learner designs in the layer builder — hidden layers as
rows, the output layer last, and what training uses until "Apply". Qt-free; the layer
builder panel draws it."""

from __future__ import annotations

from applet.core.network import MAX_HIDDEN_LAYERS, LayerSpec, Network
from applet.core.network import MAX_UNITS as MAX_UNITS  # the core's limits, which sessions are checked against too

NEW_LAYER = LayerSpec(10, "relu")

# (name, hidden layers): the lecture's networks; names are translated by the panel
PRESET_LAYERS: tuple[tuple[LayerSpec, ...], ...] = (
    (),
    (LayerSpec(3, "sigmoid"),),
    (LayerSpec(10, "relu"),),
    (LayerSpec(100, "relu"),),
    (LayerSpec(1000, "relu"),),
    (LayerSpec(100, "relu"),) * 2,
    (LayerSpec(100, "relu"),) * 3,
    (LayerSpec(100, "relu"),) * 4,
)


def count_parameters(n_inputs: int, layers: tuple[LayerSpec, ...]) -> tuple[int, int]:
    """(weights, biases): a layer of n neurons fed by m values has m·n weights and n biases."""
    sizes = [n_inputs] + [layer.units for layer in layers]
    weights = sum(m * n for m, n in zip(sizes[:-1], sizes[1:]))
    return weights, sum(sizes[1:])


class LayerDesign:
    def __init__(self) -> None:
        self.n_inputs = 1
        self.output = LayerSpec(1, "linear")
        self.softmax = False
        self.applied: tuple[LayerSpec, ...] = ()  # hidden layers of the network being trained
        self.hidden: list[LayerSpec] = []  # hidden layers as edited

    def start_from(self, n_inputs: int, layers: tuple[LayerSpec, ...], softmax: bool) -> None:
        """The network training starts with (unapplied edits are dropped)."""
        self.n_inputs, self.output, self.softmax = n_inputs, layers[-1], softmax
        self.applied = tuple(layers[:-1])
        self.hidden = list(self.applied)

    def spec(self) -> tuple[LayerSpec, ...]:
        """The edited network, output layer last (what Apply sends)."""
        return (*self.hidden, self.output)

    @property
    def pending(self) -> bool:
        """Edited but not applied yet."""
        return tuple(self.hidden) != self.applied

    def sizes(self) -> list[int]:
        """Neurons per layer, the inputs first."""
        return [self.n_inputs] + [layer.units for layer in self.spec()]

    def layer_parameters(self) -> list[int]:
        """Weights and biases of each layer (the output layer last)."""
        sizes = self.sizes()
        return [m * n + n for m, n in zip(sizes[:-1], sizes[1:])]

    def preset(self) -> int | None:
        """Which preset the edited layers are, if any."""
        return next((i for i, hidden in enumerate(PRESET_LAYERS) if hidden == tuple(self.hidden)), None)

    # -- edits (the caller redraws) --------------------------------------------------------
    def can_add(self) -> bool:
        return len(self.hidden) < MAX_HIDDEN_LAYERS

    def add_layer(self) -> None:
        """Another hidden layer in front of the output, like the last one (at most MAX_HIDDEN_LAYERS)."""
        if self.can_add():
            self.hidden.append(self.hidden[-1] if self.hidden else NEW_LAYER)

    def remove_layer(self, index: int) -> None:
        del self.hidden[index]

    def move_layer(self, index: int, by: int) -> bool:
        """Move a layer ``by`` rows (−1: towards the inputs); False when it cannot move."""
        target = index + by
        if not 0 <= target < len(self.hidden):
            return False
        self.hidden[index], self.hidden[target] = self.hidden[target], self.hidden[index]
        return True

    def set_units(self, index: int, units: int) -> None:
        self.hidden[index] = LayerSpec(int(units), self.hidden[index].activation)

    def set_activation(self, index: int, activation: str) -> None:
        self.hidden[index] = LayerSpec(self.hidden[index].units, activation)

    def use_preset(self, index: int) -> None:
        self.hidden = list(PRESET_LAYERS[index])

    def checked(self) -> tuple[LayerSpec, ...]:
        """The edited network, if the core accepts it (else its DataError)."""
        Network(self.n_inputs, list(self.spec()))
        return self.spec()
