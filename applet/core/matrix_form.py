"""The lecture's matrix form of one hidden layer, worked out for one example.

With d inputs and k neurons the sums Σⱼ wᵢⱼ·xⱼ of every neuron become one product:

    r = b + W·x          (k numbers: each neuron's weighted input; W is k × d, row i = neuron i)
    a = σ(r)             (σ applied to each entry)
    y = b + cᵀ·a         (the output: the neurons' heights c times their activations, plus b)

This is the same computation as ``Network.forward`` (which stores the weights transposed,
one column per neuron, and works on many examples at once).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from applet.core.activations import activation
from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network

Array = np.ndarray


@dataclass(frozen=True)
class MatrixForm:
    x: Array  # (d,) the example's inputs
    W: Array  # (k, d) row i: the weights from every input into neuron i
    b: Array  # (k,) the neurons' biases
    r: Array  # (k,) r = b + W·x
    a: Array  # (k,) a = σ(r)
    c: Array  # (k,) the weights from the neurons into the output
    b_out: float  # the output bias
    y: float  # y = b + cᵀ·a
    activation: str


def has_matrix_form(net: Network) -> bool:
    """One hidden layer and one linear output: the lecture's y = b + cᵀ·σ(b + W·x)."""
    return len(net.layers) == 2 and net.layers[1] == LayerSpec(1, "linear")


def matrix_form(net: Network, x: Array) -> MatrixForm:
    """Every vector and matrix of y = b + cᵀ·σ(b + W·x) for the example ``x``."""
    if not has_matrix_form(net):
        raise DataError("The matrix form is shown for one hidden layer and one linear output.")
    x = net.as_inputs(np.asarray(x, dtype=np.float64).reshape(1, -1))[0]
    (W_cols, c_col), (b, b_out) = net.weights, net.biases
    W = W_cols.T  # the lecture's W: one row per neuron
    r = b + W @ x
    a = activation(net.layers[0].activation).sigma(r)
    c = c_col[:, 0]
    y = float(b_out[0] + c @ a)
    return MatrixForm(x, W.copy(), b.copy(), r, a, c.copy(), float(b_out[0]), y, net.layers[0].activation)
