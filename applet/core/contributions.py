"""A network's output as a constant plus one "blue" piece per neuron.

The last layer of a one-output regression network is linear, so its output is

    ŷ(x) = b + Σᵢ cᵢ·aᵢ(x)

with aᵢ(x) the activation of neuron i of the last hidden layer, cᵢ its outgoing weight
(weights[-1][i, 0]) and b the output bias. Each cᵢ·aᵢ(x) is that neuron's contribution:
with one hidden layer, aᵢ(x) = σ(bᵢ + wᵢ·x), a sigmoid, hard-sigmoid or ReLU curve whose
kink sits at x = −bᵢ/wᵢ; wᵢ sets its slope, bᵢ shifts it and cᵢ sets its height.

The lecture's identity "two ReLUs make one hard sigmoid":

    hard_sigmoid(z) = clip(z, 0, 1) = relu(z) − relu(z − 1),

so c·hard_sigmoid(b + w·x) = c·max(0, b + w·x) − c·max(0, b − 1 + w·x).
"""

from __future__ import annotations

import numpy as np

from applet.core.activations import relu
from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.network import Network

Array = np.ndarray


def check_one_output(net: Network) -> None:
    """Contributions exist for a network whose output layer is one linear neuron."""
    out = net.layers[-1]
    if out.units != 1 or out.activation != "linear":
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Neuron contributions need a network with one linear output neuron.")
        )


def contributions(net: Network, X: Array) -> tuple[Array, float]:
    """Each last-hidden-layer neuron's contribution cᵢ·aᵢ(x) and the output bias b.

    Returns ``(pieces, b)`` with ``pieces`` of shape (n, k) for k neurons, such that
    ``pieces.sum(1) + b`` is the network's output. Without a hidden layer the "neurons"
    are the inputs and the pieces are wⱼ·xⱼ.
    """
    check_one_output(net)
    _, acts = net.forward_all(X)
    a = acts[-2]  # the last hidden layer's activations (the inputs if there is none)
    c = net.weights[-1][:, 0]
    return a * c, float(net.biases[-1][0])


def pre_activations(net: Network, X: Array) -> Array:
    """z of every last-hidden-layer neuron, shape (n, k) (what the activation is applied to)."""
    check_one_output(net)
    if len(net.layers) < 2:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "This network has no hidden layer."))
    zs, _ = net.forward_all(X)
    return zs[-2]


def relu_pair(z: Array, c: float) -> tuple[Array, Array]:
    """The two ReLU pieces c·relu(z) and c·relu(z − 1); their difference is c·hard_sigmoid(z)."""
    z = np.asarray(z, dtype=np.float64)
    return c * relu(z), c * relu(z - 1.0)
