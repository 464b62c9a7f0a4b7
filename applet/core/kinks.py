"""Start a one-input, one-hidden-layer network with its neurons' kinks spread over x.

Random initial weights put most kinks x = −b/w in a heap (or outside the plot), and a
hard sigmoid whose ramp misses every data point gets no gradient at all. Spreading the
kinks evenly over [lo, hi] gives each neuron its own stretch of the curve to fit, so
the learner can watch every piece move into place:

- hard sigmoid: neuron i ramps from 0 to 1 across the i-th of k equal stretches
  (w = k/(hi − lo)), so together the ramps tile [lo, hi];
- sigmoid: the same slope at its middle (w is 4× larger: σ′(0) = 1/4), centred on the stretch;
- ReLU: its kink at the start of the i-th stretch.

The heights cᵢ and the output bias keep the network's seeded initial values, so the same
seed gives the same start and another seed another one.
"""

from __future__ import annotations

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.network import Network

Array = np.ndarray

KINKED = ("hard_sigmoid", "sigmoid", "relu")


def spread_kinks(activation: str, units: int, lo: float = 0.0, hi: float = 1.0) -> tuple[Array, Array]:
    """Input weights w (shape (1, units)) and biases b (units,) that spread the kinks over [lo, hi]."""
    if activation not in KINKED:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Only %1 neurons have a kink to spread, not %2."),
            ", ".join(KINKED),
            repr(activation),
        )
    if units < 1 or not hi > lo:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Spreading kinks needs at least one neuron and an interval with hi > lo.")
        )
    h = (hi - lo) / units  # the stretch of x each neuron gets
    start = lo + h * np.arange(units)
    if activation == "sigmoid":
        w = np.full(units, 4.0 / h)
        b = -w * (start + h / 2)
    else:
        w = np.full(units, 1.0 / h)
        b = -w * start
    return w[None, :], b


def spread_network_kinks(net: Network, lo: float = 0.0, hi: float = 1.0) -> bool:
    """Spread the kinks of a 1 → k → output network over [lo, hi], in place.

    Only the hidden layer's w and b change; the heights cᵢ and the output bias keep their
    seeded values. Other shapes (more inputs or layers, linear neurons) are left alone:
    returns whether the network was changed.
    """
    if net.n_inputs != 1 or len(net.layers) != 2 or net.layers[0].activation not in KINKED or not hi > lo:
        return False
    w, b = spread_kinks(net.layers[0].activation, net.layers[0].units, lo, hi)
    net.weights = [w, net.weights[1]]
    net.biases = [b, net.biases[1]]
    return True
