"""NeuronEditor: a one-input network's curve as a constant plus one piece per neuron, and the
maths of editing a neuron's w (slope), b (shift) and c (height). Qt-free; the neurons panel
draws it.

y(x) = b + Σᵢ cᵢ·aᵢ(x): each last-hidden-layer neuron adds its own curve cᵢ·aᵢ(x), the output
bias b is a constant, and their sum is the network's output.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from applet.core.activations import hard_sigmoid
from applet.core.contributions import check_one_output, contributions, pre_activations, relu_pair
from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.core.problem import REGRESSION, Problem

Array = np.ndarray

GRID_POINTS = 301
MAX_DRAWN_PIECES = 200  # beyond this, the pieces of largest height are drawn
W, B, C = "w", "b", "c"
# why the neurons cannot be edited, or how they can (the panel words each)
NO_ONE_INPUT, NO_LINEAR_OUTPUT, NO_HIDDEN_LAYER, RUNNING, DEEP, EDITABLE = (
    "no one input", "no linear output", "no hidden layer", "running", "deep", "editable",
)  # fmt: skip


@dataclass(frozen=True)
class Curves:
    """What the panel draws, on the x grid."""

    x: Array
    pieces: Array  # (points, neurons): cᵢ·aᵢ(x)
    bias: float  # the output bias b
    drawn: Array  # the neurons whose pieces are drawn (all, or the MAX_DRAWN_PIECES tallest)
    selected: Array | None  # the chosen neuron's piece (None without a hidden layer)

    @property
    def total(self) -> Array:
        """The network's output y(x) = b + Σᵢ cᵢ·aᵢ(x)."""
        return self.pieces.sum(axis=1) + self.bias


@dataclass(frozen=True)
class TwoRelus:
    """c·max(0, z) and c·max(0, z − 1), with z = b + w·x of the chosen neuron: their
    difference is c·hard_sigmoid(z)."""

    relu: Array
    shifted_relu: Array
    hard_sigmoid: Array

    @property
    def difference(self) -> Array:
        return self.relu - self.shifted_relu


class NeuronEditor:
    def __init__(self) -> None:
        self.grid = np.zeros(0)
        self.net: Network | None = None  # the parameters of the snapshot drawn (or of the learner's edit)
        self.selected = 0
        self.running = False

    # -- what the window tells ---------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        """A one-input regression gets an x grid (the problem's, or GRID_POINTS over the data)."""
        self.net = None
        grid = problem.probes.get("grid")
        if not self.one_input(problem):
            self.grid = np.zeros(0)
        elif grid is not None and grid.shape[1] == 1:
            self.grid = np.asarray(grid[:, 0], dtype=np.float64)
        else:
            x = problem.X_train[:, 0]
            self.grid = np.linspace(x.min(), x.max(), GRID_POINTS)

    @staticmethod
    def one_input(problem: Problem) -> bool:
        return problem.n_inputs == 1 and problem.task == REGRESSION

    def setup_changed(self, layers: tuple[LayerSpec, ...], seed: int) -> None:
        """A new network: its seed's parameters until a snapshot brings the trained ones."""
        self.net, self.selected = None, 0
        if self.grid.size:
            try:
                net = Network(1, list(layers), seed=seed)
                check_one_output(net)
            except DataError:
                return
            self.net = net

    def adopt(self, weights: list[Array], biases: list[Array]) -> bool:
        """Take a snapshot's parameters; False when they are of another shape (the next setup follows)."""
        if self.net is None:
            return False
        try:
            self.net.weights, self.net.biases = list(weights), list(biases)
        except DataError:
            return False
        return True

    # -- the neurons -------------------------------------------------------------------
    @property
    def n_neurons(self) -> int:
        return 0 if self.net is None else self.net.weights[-1].shape[0]

    @property
    def has_hidden_layer(self) -> bool:
        return self.net is not None and len(self.net.layers) > 1

    @property
    def choosable(self) -> int:
        """How many neurons can be chosen (none without a hidden layer)."""
        return self.n_neurons if self.has_hidden_layer else 0

    def editable(self, has_snapshot: bool) -> bool:
        return self.has_hidden_layer and not self.running and has_snapshot

    def state(self) -> str:
        """Why the neurons cannot be edited now, or EDITABLE."""
        if not self.grid.size:
            return NO_ONE_INPUT
        if self.net is None:
            return NO_LINEAR_OUTPUT
        if not self.has_hidden_layer:
            return NO_HIDDEN_LAYER
        if self.running:
            return RUNNING
        return DEEP if len(self.net.layers) > 2 else EDITABLE

    def parameter_index(self, key: str) -> tuple[str, int, tuple[int, ...]] | None:
        """Where the chosen neuron's w, b or c lives: ("weights" or "biases", layer, index);
        None for w in a deeper network (the neuron has a weight per neuron of the layer before)."""
        if not self.has_hidden_layer:
            return None
        i, n_layers = self.selected, len(self.net.layers)
        if key == C:
            return "weights", n_layers - 1, (i, 0)
        if key == B:
            return "biases", n_layers - 2, (i,)
        return ("weights", 0, (0, i)) if n_layers == 2 else None

    def parameter(self, key: str) -> float | None:
        where = self.parameter_index(key)
        if where is None:
            return None
        kind, layer, index = where
        return float(getattr(self.net, kind)[layer][index])

    def edit(self, key: str, value: float) -> tuple[list[Array], list[Array]] | None:
        """Set the chosen neuron's w, b or c; the new parameters (copies), or None if it has no such one."""
        where = self.parameter_index(key)
        if where is None:
            return None
        kind, layer, index = where
        weights, biases = [w.copy() for w in self.net.weights], [b.copy() for b in self.net.biases]
        (weights if kind == "weights" else biases)[layer][index] = value
        self.net.weights, self.net.biases = weights, biases
        return [w.copy() for w in weights], [b.copy() for b in biases]

    # -- the curves --------------------------------------------------------------------
    def curves(self) -> Curves | None:
        if self.net is None or not self.grid.size:
            return None
        x = self.grid
        pieces, bias = contributions(self.net, x[:, None])
        k = pieces.shape[1]
        drawn = (
            np.sort(np.argsort(-np.abs(pieces).max(axis=0))[:MAX_DRAWN_PIECES])
            if k > MAX_DRAWN_PIECES
            else np.arange(k)
        )
        selected = pieces[:, self.selected] if self.has_hidden_layer and self.selected < k else None
        return Curves(x, pieces, float(bias), drawn, selected)

    def neuron_at(self, x: float, y: float, drawn: Array) -> int:
        """The drawn neuron whose piece passes closest to (x, y), at the grid point nearest x."""
        j = int(np.argmin(np.abs(self.grid - x)))
        pieces, _ = contributions(self.net, self.grid[j : j + 1, None])
        candidates = drawn if drawn.size else np.arange(self.n_neurons)
        return int(candidates[np.argmin(np.abs(pieces[0, candidates] - y))])

    def two_relus(self) -> TwoRelus | None:
        """The chosen neuron's hard sigmoid as two ReLUs (None without a hidden layer or grid)."""
        if not (self.has_hidden_layer and self.grid.size):
            return None
        z = pre_activations(self.net, self.grid[:, None])[:, self.selected]
        c = float(self.net.weights[-1][self.selected, 0])
        relu, shifted = relu_pair(z, c)
        return TwoRelus(relu, shifted, c * hard_sigmoid(z))


def nan_joined(x: Array, curves: Array) -> tuple[Array, Array]:
    """Many curves y(x) (one per column) as one NaN-separated polyline (drawn in one go)."""
    k = curves.shape[1]
    xs = np.tile(np.append(x, np.nan), k)
    ys = np.vstack([curves, np.full((1, k), np.nan)]).T.ravel()
    return xs, ys
