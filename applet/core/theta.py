"""All parameters as one vector θ, its gradient g, and the update θ ← θ − η·g.

The lecture collects every unknown of the model into one column θ — for three neurons on
one input, θ = (w₁, w₂, w₃, b₁, b₂, b₃, c₁, c₂, c₃, b): 3·3 + 1 = 10 numbers — so gradient
descent is one line for any network: g = ∇L(θ), θ ← θ − η·g.

The order is grouped by layer: the weights into each neuron, then the neurons' biases.
Names follow the lecture: wᵢ/wᵢⱼ (input j into neuron i), bᵢ, cᵢ (neuron i into the output)
and b (the output bias); deeper networks number their layers, w⁽ˡ⁾ᵢⱼ and b⁽ˡ⁾ᵢ.
"""

from __future__ import annotations

import numpy as np

from applet.core.network import LayerSpec, Network

Array = np.ndarray

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _sub(*indices: int) -> str:
    return "".join(str(i).translate(_SUB) for i in indices) if max(indices) < 10 else ",".join(map(str, indices))


def lecture_shape(n_inputs: int, layers: tuple[LayerSpec, ...]) -> bool:
    """The lecture's picture: one hidden layer of neurons summed into one linear output."""
    return len(layers) == 2 and layers[1] == LayerSpec(1, "linear")


def parameter_count(n_inputs: int, layers: tuple[LayerSpec, ...]) -> tuple[int, str]:
    """How many numbers θ holds, and the sum that counts them.

    The lecture's shape counts per neuron — its wᵢⱼ, bᵢ and cᵢ — plus the output bias:
    1 → 3 → 1 gives ``(10, "3·3 + 1")``. Other shapes count per layer, weights + biases:
    ``"4·56 + 4 + 1·4 + 1"`` (units·fan-in + units).
    """
    fan_ins = [n_inputs] + [spec.units for spec in layers[:-1]]
    total = sum((fan_in + 1) * spec.units for fan_in, spec in zip(fan_ins, layers))
    if lecture_shape(n_inputs, layers):
        return total, f"{layers[0].units}·{n_inputs + 2} + 1"
    return total, " + ".join(f"{spec.units}·{fan_in} + {spec.units}" for fan_in, spec in zip(fan_ins, layers))


def parameter_names(n_inputs: int, layers: tuple[LayerSpec, ...]) -> list[tuple[int, str]]:
    """(layer number from 1, name) of every entry of θ, in the order of ``flatten``."""
    names: list[tuple[int, str]] = []
    fan_in = n_inputs
    lecture = lecture_shape(n_inputs, layers)
    linear_model = len(layers) == 1 and layers[0].units == 1
    for l, spec in enumerate(layers, start=1):
        sup = f"⁽{str(l).translate(_SUP)}⁾"
        for i in range(1, spec.units + 1):
            for j in range(1, fan_in + 1):
                if linear_model:
                    name = "w" if fan_in == 1 else f"w{_sub(j)}"
                elif lecture and l == 1:
                    name = f"w{_sub(i)}" if fan_in == 1 else f"w{_sub(i, j)}"
                elif lecture:
                    name = f"c{_sub(j)}"
                else:
                    name = f"w{sup}{_sub(i, j)}"
                names.append((l, name))
        for i in range(1, spec.units + 1):
            if linear_model or (lecture and l == 2):
                name = "b"
            elif lecture:
                name = f"b{_sub(i)}"
            else:
                name = f"b{sup}{_sub(i)}"
            names.append((l, name))
        fan_in = spec.units
    return names


def flatten(weights: list[Array], biases: list[Array]) -> Array:
    """θ: per layer the weights into neuron 1, into neuron 2, …, then the biases."""
    parts = []
    for W, b in zip(weights, biases):
        parts.append(np.asarray(W).T.reshape(-1))  # W[j, i] is input j into neuron i: neuron-major
        parts.append(np.asarray(b).reshape(-1))
    return np.concatenate(parts)


def unflatten(theta: Array, shapes: list[tuple[int, int]]) -> tuple[list[Array], list[Array]]:
    """Weights and biases (shapes (fan_in, fan_out) per layer) from θ in the order of ``flatten``."""
    weights, biases, at = [], [], 0
    for fan_in, fan_out in shapes:
        weights.append(theta[at : at + fan_in * fan_out].reshape(fan_out, fan_in).T.copy())
        at += fan_in * fan_out
        biases.append(theta[at : at + fan_out].copy())
        at += fan_out
    return weights, biases


def gradient_step(net: Network, X: Array, Y: Array, loss: str, lr: float) -> tuple[Array, Array, Array]:
    """(θ, g, θ − η·g): the parameters, the gradient of L on (X, Y) and one gradient-descent step."""
    _, gW, gb = net.loss_and_grads(X, Y, loss)
    theta, g = flatten(net.weights, net.biases), flatten(gW, gb)
    return theta, g, theta - lr * g
