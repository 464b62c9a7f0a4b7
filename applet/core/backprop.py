"""Backpropagation, one number at a time.

``trace(net, x, y)`` follows one sample through the network and writes down every
elementary number the lecture computes by hand, in the order it computes them:

1. forward   layer 1 to L, neuron by neuron: zⱼ⁽ˡ⁾ = bⱼ⁽ˡ⁾ + Σᵢ wᵢⱼ⁽ˡ⁾·aᵢ⁽ˡ⁻¹⁾, then aⱼ⁽ˡ⁾ = σ(zⱼ⁽ˡ⁾)
2. loss      L (MSE, MAE, ½Σ(a − y)² or cross-entropy); for cross-entropy first every softmax
             probability pₖ, then L = −log p_y
3. backward  layer L back to 1, neuron by neuron: ∂L/∂aⱼ⁽ˡ⁾, then ∂L/∂zⱼ⁽ˡ⁾ = σ′(zⱼ⁽ˡ⁾)·∂L/∂aⱼ⁽ˡ⁾.
             In a hidden layer ∂L/∂aᵢ⁽ˡ⁾ = Σₖ wᵢₖ⁽ˡ⁺¹⁾·∂L/∂zₖ⁽ˡ⁺¹⁾. For softmax cross-entropy on
             a linear output layer the output step is directly ∂L/∂zₖ⁽ᴸ⁾ = pₖ − tₖ, with t the
             one-hot target (tₖ = 1 for the target class, else 0).
4. gradient  layer by layer, neuron by neuron: ∂L/∂wᵢⱼ⁽ˡ⁾ = aᵢ⁽ˡ⁻¹⁾·∂L/∂zⱼ⁽ˡ⁾ for each input i,
             then ∂L/∂bⱼ⁽ˡ⁾ = ∂L/∂zⱼ⁽ˡ⁾
5. update    in the same order: w⁺ = w − η·∂L/∂w for every weight and bias

Layers are numbered as in the lecture: 0 is the inputs (a⁽⁰⁾ = x), L the output layer.
Symbols number neurons from 1 (z₁⁽²⁾); ``Step.index``, ``nodes`` and ``edges`` number them
from 0, like the arrays: z₁⁽²⁾ has layer 2, index 0, and wᵢⱼ⁽ˡ⁾ is ``net.weights[l - 1][i, j]``.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import overload

import numpy as np
from numpy.typing import ArrayLike

from applet.core.activations import activation
from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.losses import loss_function, softmax
from applet.core.network import Network

Array = np.ndarray
Node = tuple[int, int]  # (layer, neuron)
Edge = tuple[int, int, int]  # (layer l, i, j): the weight wᵢⱼ⁽ˡ⁾ from neuron i of layer l−1 to neuron j

PHASES = ("forward", "loss", "backward", "gradient", "update")
WRITTEN_OUT = 6  # longer sums are written with Σ, and their numbers shortened with …

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUP = str.maketrans("0123456789-()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁽⁾")


@dataclass(frozen=True)
class Step:
    """One number of the trace: what it is, where it sits in the network, how it is computed."""

    phase: str  # one of PHASES
    kind: str  # z, a, p, loss, dL/da, dL/dz, dL/dw, dL/db, update_w, update_b
    layer: int  # the lecture's layer number (1…L)
    index: int | tuple[int, int] | None  # neuron j, (i, j) for a weight, None for the loss
    nodes: tuple[Node, ...]  # the node the value belongs to first (if any), then the nodes it reads
    edges: tuple[Edge, ...]  # the weights it reads or belongs to
    symbol: str  # e.g. z₁⁽²⁾, ∂L/∂w₁₂⁽¹⁾, w₁₂⁽¹⁾⁺
    formula: str  # "symbol = …" in symbols
    numbers: str  # the right-hand side of the formula with the numbers put in
    value: float


@dataclass(frozen=True)
class Trace(Sequence[Step]):
    """The steps of one trace, in order, with look-ups and exports."""

    steps: tuple[Step, ...]
    shapes: tuple[tuple[int, int], ...]  # (fan_in, fan_out) of every layer
    digits: int

    @overload
    def __getitem__(self, item: int) -> Step: ...

    @overload
    def __getitem__(self, item: slice) -> tuple[Step, ...]: ...

    def __getitem__(self, item: int | slice) -> Step | tuple[Step, ...]:
        return self.steps[item]

    def __len__(self) -> int:
        return len(self.steps)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    @cached_property
    def _by_symbol(self) -> dict[str, Step]:
        return {step.symbol: step for step in self.steps}

    def value(self, symbol: str) -> float:
        """The value of a symbol, e.g. ``trace.value("∂L/∂w₁₁⁽²⁾")``."""
        return self._by_symbol[symbol].value

    def _assemble(self, weight_kind: str, bias_kind: str) -> tuple[list[Array], list[Array]]:
        weights = [np.zeros(shape) for shape in self.shapes]
        biases = [np.zeros(fan_out) for _, fan_out in self.shapes]
        for step in self.steps:
            if step.kind == weight_kind:
                weights[step.layer - 1][step.index] = step.value
            elif step.kind == bias_kind:
                biases[step.layer - 1][step.index] = step.value
        return weights, biases

    def gradients(self) -> tuple[list[Array], list[Array]]:
        """(∂L/∂W, ∂L/∂b) for every layer, shaped like ``net.weights`` and ``net.biases``."""
        return self._assemble("dL/dw", "dL/db")

    def updated_parameters(self) -> tuple[list[Array], list[Array]]:
        """(weights, biases) after the update, ready for ``net.weights = …``."""
        return self._assemble("update_w", "update_b")

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per step: phase, symbol, formula, numbers, value."""
        return [
            {"phase": s.phase, "symbol": s.symbol, "formula": s.formula, "numbers": s.numbers, "value": s.value}
            for s in self.steps
        ]

    def to_csv(self) -> str:
        """The trace as CSV (write it as UTF-8); values at full precision, so they read back exactly."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["phase", "symbol", "formula", "numbers", "value"])
        for row in self.to_rows():
            writer.writerow([row["phase"], row["symbol"], row["formula"], row["numbers"], repr(row["value"])])
        return out.getvalue()

    def to_markdown(self) -> str:
        """The trace as a Markdown table, values to ``digits`` significant digits."""

        def cell(text: str) -> str:
            return text.replace("|", "\\|")

        lines = ["| phase | symbol | formula | numbers | value |", "|---|---|---|---|---|"]
        for s in self.steps:
            lines.append(
                f"| {s.phase} | {cell(s.symbol)} | {cell(s.formula)} | "
                f"{cell(s.numbers)} | {fmt(s.value, self.digits)} |"
            )
        return "\n".join(lines) + "\n"


# -- writing numbers and symbols ----------------------------------------------------------
def fmt(value: float, digits: int = 6) -> str:
    """A number to ``digits`` significant digits, as a learner writes it: −2, 0.196612, 4.5×10⁻⁵."""
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    mantissa, _, exponent = f"{value + 0.0:.{digits}g}".partition("e")  # + 0.0 turns −0 into 0
    if exponent:
        mantissa += "×10" + str(int(exponent)).translate(_SUP)
    return mantissa.replace("-", "−")


def _operand(value: float, digits: int) -> str:
    """A number inside a formula: negative ones in parentheses, so 1.5 · (−2) reads clearly."""
    text = fmt(value, digits)
    return f"({text})" if text.startswith("−") else text


def _sum(symbols: list[str], numbers: list[str], sigma: str, grouped: bool = False) -> tuple[str, str]:
    """A sum written term by term, or as ``sigma`` with shortened numbers when it is long.

    ``grouped`` puts a sum of several terms in parentheses, for a sum that is divided.
    """
    if len(numbers) > WRITTEN_OUT:
        formula, total = sigma, " + ".join(numbers[:2]) + " + … + " + numbers[-1]
    else:
        formula, total = " + ".join(symbols), " + ".join(numbers)
    if grouped and len(numbers) > 1:
        return f"({formula})", f"({total})"
    return formula, total


def _subscript(index: int) -> str:
    """A 0-based array index as the lecture's 1-based subscript: 0 → ₁."""
    return str(index + 1).translate(_SUB)


def _name(letter: str, layer: int, j: str) -> str:
    """z₁⁽²⁾ from ("z", 2, "₁"); in layer 0 the activations are the inputs x₁, x₂, …"""
    if layer == 0:
        return f"x{j}"
    return f"{letter}{j}" + f"({layer})".translate(_SUP)


def _weight_name(layer: int, i: str, j: str) -> str:
    """wᵢⱼ⁽ˡ⁾; a comma separates the subscripts once one has two digits (w₁₀,₂)."""
    sep = "," if len(i) > 1 or len(j) > 1 else ""
    return f"w{i}{sep}{j}" + f"({layer})".translate(_SUP)


def _partial(symbol: str) -> str:
    """∂L/∂ of a symbol: ∂L/∂z₁⁽²⁾."""
    return f"∂L/∂{symbol}"


# -- the trace ----------------------------------------------------------------------------
class _Tracer:
    """All numbers of one forward and backward pass, written out step by step.

    Lists are indexed by the lecture's layer number l (entry 0 is unused where there is no
    layer 0): ``self.W[l][i, j]`` is wᵢⱼ⁽ˡ⁾, ``self.a[0]`` is x.
    """

    def __init__(self, net: Network, X: Array, Y: Array, loss: str, lr: float, digits: int) -> None:
        self.loss, self.lr, self.digits = loss, lr, digits
        self.out = len(net.layers)  # L, the output layer's number
        self.act = [""] + [spec.activation for spec in net.layers]
        self.W = [np.empty((0, 0))] + list(net.weights)
        self.b = [np.empty(0)] + list(net.biases)
        zs, acts = net.forward_all(X)
        self.z = [np.empty(0)] + [z[0] for z in zs]
        self.a = [a[0] for a in acts]
        self.y = Y[0]  # target vector, or the class index for cross-entropy
        self.p = softmax(self.a[-1])  # the probabilities, shown for cross-entropy
        self.loss_value, dL_dyhat = loss_function(loss)(acts[-1], Y)

        # backward: ∂L/∂z = σ′(z) ⊙ ∂L/∂a, and ∂L/∂a of the layer below = W · ∂L/∂z
        self.dL_da = [np.empty(0)] * (self.out + 1)
        self.dL_dz = [np.empty(0)] * (self.out + 1)
        grad = dL_dyhat[0]
        for l in range(self.out, 0, -1):
            self.dL_da[l] = grad
            self.dL_dz[l] = grad * activation(self.act[l]).slope(self.z[l])
            grad = self.W[l] @ self.dL_dz[l]

        self.gW = [np.empty((0, 0))] + [
            np.outer(self.a[l - 1], self.dL_dz[l])  # a⁽ˡ⁻¹⁾ᵀ·∂L/∂z⁽ˡ⁾
            for l in range(1, self.out + 1)
        ]
        self.gb = self.dL_dz

    def operand(self, value: float) -> str:
        """A number as it appears inside a formula (see ``_operand``)."""
        return _operand(value, self.digits)

    def steps(self) -> Iterator[Step]:
        yield from self.forward()
        yield from self.loss_steps()
        yield from self.backward()
        yield from self.gradient()
        yield from self.update()

    # 1. forward
    def forward(self) -> Iterator[Step]:
        for l in range(1, self.out + 1):
            inputs = range(len(self.a[l - 1]))
            for j in range(len(self.z[l])):
                z = _name("z", l, _subscript(j))
                terms, numbers = _sum(
                    [
                        f"{_weight_name(l, _subscript(i), _subscript(j))}·{_name('a', l - 1, _subscript(i))}"
                        for i in inputs
                    ],
                    [f"{self.operand(self.W[l][i, j])} · {self.operand(self.a[l - 1][i])}" for i in inputs],
                    f"Σᵢ {_weight_name(l, 'ᵢ', _subscript(j))}·{_name('a', l - 1, 'ᵢ')}",
                )
                yield Step(
                    "forward",
                    "z",
                    l,
                    j,
                    ((l, j),) + tuple((l - 1, i) for i in inputs),
                    tuple((l, i, j) for i in inputs),
                    z,
                    f"{z} = {_name('b', l, _subscript(j))} + {terms}",
                    f"{self.operand(self.b[l][j])} + {numbers}",
                    float(self.z[l][j]),
                )

                a, name, value = _name("a", l, _subscript(j)), self.act[l], fmt(self.z[l][j], self.digits)
                formula, numbers = (z, value) if name == "linear" else (f"{name}({z})", f"{name}({value})")
                yield Step("forward", "a", l, j, ((l, j),), (), a, f"{a} = {formula}", numbers, float(self.a[l][j]))

    # 2. loss
    def loss_steps(self) -> Iterator[Step]:
        L = self.out
        outputs = tuple((L, j) for j in range(len(self.a[L])))
        if self.loss == "cross_entropy":
            yield from self.softmax_steps(outputs)
            target = int(self.y)
            yield Step(
                "loss",
                "loss",
                L,
                None,
                outputs,
                (),
                "L",
                f"L = −log p{_subscript(target)}",
                f"−log({fmt(self.p[target], self.digits)})",
                self.loss_value,
            )
            return

        def error(a: str, y: str) -> str:
            return f"|{a} − {y}|" if self.loss == "mae" else f"({a} − {y})²"

        m = len(self.y)
        terms, numbers = _sum(
            [error(_name("a", L, _subscript(j)), f"ŷ{_subscript(j)}") for j in range(m)],
            [error(self.operand(self.a[L][j]), self.operand(self.y[j])) for j in range(m)],
            "Σⱼ " + error(_name("a", L, "ⱼ"), "ŷⱼ"),
            grouped=True,
        )
        if self.loss == "half_sse":
            terms, numbers = f"½ · {terms}", f"½ · {numbers}"
        elif m > 1:
            terms, numbers = f"{terms} / {m}", f"{numbers} / {m}"
        yield Step("loss", "loss", L, None, outputs, (), "L", f"L = {terms}", numbers, self.loss_value)

    def softmax_steps(self, outputs: tuple[Node, ...]) -> Iterator[Step]:
        L = self.out
        classes = range(len(self.a[L]))
        denominator, numbers = _sum(
            [f"exp({_name('a', L, _subscript(j))})" for j in classes],
            [f"exp({fmt(self.a[L][j], self.digits)})" for j in classes],
            f"Σⱼ exp({_name('a', L, 'ⱼ')})",
            grouped=True,
        )
        for k in classes:
            p = f"p{_subscript(k)}"
            yield Step(
                "loss",
                "p",
                L,
                k,
                ((L, k),) + tuple(o for o in outputs if o != (L, k)),
                (),
                p,
                f"{p} = exp({_name('a', L, _subscript(k))}) / {denominator}",
                f"exp({fmt(self.a[L][k], self.digits)}) / {numbers}",
                float(self.p[k]),
            )

    # 3. backward
    def backward(self) -> Iterator[Step]:
        softmax_on_z = self.loss == "cross_entropy" and self.act[self.out] == "linear"
        for l in range(self.out, 0, -1):
            for j in range(len(self.z[l])):
                if l == self.out and softmax_on_z:
                    formula, numbers = self.softmax_gradient(j)
                    z = _partial(_name("z", l, _subscript(j)))
                    yield Step(
                        "backward",
                        "dL/dz",
                        l,
                        j,
                        ((l, j),),
                        (),
                        z,
                        f"{z} = {formula}",
                        numbers,
                        float(self.dL_dz[l][j]),
                    )
                    continue
                yield self.dL_da_step(l, j)
                yield self.dL_dz_step(l, j)

    def softmax_gradient(self, k: int) -> tuple[str, str]:
        """pₖ − tₖ: the gradient of −log p_y with respect to the output k."""
        t = int(k == int(self.y))
        return f"p{_subscript(k)} − t{_subscript(k)}", f"{fmt(self.p[k], self.digits)} − {t}"

    def dL_da_step(self, l: int, j: int) -> Step:
        symbol = _partial(_name("a", l, _subscript(j)))
        value = float(self.dL_da[l][j])
        if l < self.out:
            after = range(len(self.z[l + 1]))
            formula, numbers = _sum(
                [
                    f"{_weight_name(l + 1, _subscript(j), _subscript(k))}·{_partial(_name('z', l + 1, _subscript(k)))}"
                    for k in after
                ],
                [f"{self.operand(self.W[l + 1][j, k])} · {self.operand(self.dL_dz[l + 1][k])}" for k in after],
                f"Σₖ {_weight_name(l + 1, _subscript(j), 'ₖ')}·{_partial(_name('z', l + 1, 'ₖ'))}",
            )
            return Step(
                "backward",
                "dL/da",
                l,
                j,
                ((l, j),) + tuple((l + 1, k) for k in after),
                tuple((l + 1, j, k) for k in after),
                symbol,
                f"{symbol} = {formula}",
                numbers,
                value,
            )
        if self.loss == "cross_entropy":
            formula, numbers = self.softmax_gradient(j)
        else:
            a, y = _name("a", l, _subscript(j)), f"ŷ{_subscript(j)}"
            a_y = f"{self.operand(self.a[l][j])} − {self.operand(self.y[j])}"
            formula, numbers = {
                "mse": (f"2 · ({a} − {y})", f"2 · ({a_y})"),
                "mae": (f"sign({a} − {y})", f"sign({a_y})"),
                "half_sse": (f"{a} − {y}", a_y),
            }[self.loss]
            m = len(self.y)
            if m > 1 and self.loss != "half_sse":
                formula, numbers = f"{formula} / {m}", f"{numbers} / {m}"
        return Step("backward", "dL/da", l, j, ((l, j),), (), symbol, f"{symbol} = {formula}", numbers, value)

    def dL_dz_step(self, l: int, j: int) -> Step:
        symbol, z, dL_da = (
            _partial(_name("z", l, _subscript(j))),
            _name("z", l, _subscript(j)),
            _partial(_name("a", l, _subscript(j))),
        )
        name = self.act[l]
        if name == "linear":
            formula, numbers = dL_da, fmt(self.dL_da[l][j], self.digits)
        else:
            slope = activation(name).slope(self.z[l][j : j + 1])[0]
            formula = f"{name}′({z}) · {dL_da}"
            numbers = f"{self.operand(slope)} · {self.operand(self.dL_da[l][j])}"
        return Step(
            "backward", "dL/dz", l, j, ((l, j),), (), symbol, f"{symbol} = {formula}", numbers, float(self.dL_dz[l][j])
        )

    # 4. gradient
    def gradient(self) -> Iterator[Step]:
        for l in range(1, self.out + 1):
            for j in range(len(self.z[l])):
                dL_dz = _partial(_name("z", l, _subscript(j)))
                for i in range(len(self.a[l - 1])):
                    symbol = _partial(_weight_name(l, _subscript(i), _subscript(j)))
                    yield Step(
                        "gradient",
                        "dL/dw",
                        l,
                        (i, j),
                        ((l - 1, i), (l, j)),
                        ((l, i, j),),
                        symbol,
                        f"{symbol} = {_name('a', l - 1, _subscript(i))} · {dL_dz}",
                        f"{self.operand(self.a[l - 1][i])} · {self.operand(self.dL_dz[l][j])}",
                        float(self.gW[l][i, j]),
                    )
                symbol = _partial(_name("b", l, _subscript(j)))
                yield Step(
                    "gradient",
                    "dL/db",
                    l,
                    j,
                    ((l, j),),
                    (),
                    symbol,
                    f"{symbol} = {dL_dz}",
                    fmt(self.gb[l][j], self.digits),
                    float(self.gb[l][j]),
                )

    # 5. update
    def update(self) -> Iterator[Step]:
        eta = self.operand(self.lr)
        for l in range(1, self.out + 1):
            new_W = self.W[l] - self.lr * self.gW[l]
            new_b = self.b[l] - self.lr * self.gb[l]
            for j in range(len(self.z[l])):
                for i in range(len(self.a[l - 1])):
                    w = _weight_name(l, _subscript(i), _subscript(j))
                    yield Step(
                        "update",
                        "update_w",
                        l,
                        (i, j),
                        ((l - 1, i), (l, j)),
                        ((l, i, j),),
                        f"{w}⁺",
                        f"{w}⁺ = {w} − η · {_partial(w)}",
                        f"{self.operand(self.W[l][i, j])} − {eta} · {self.operand(self.gW[l][i, j])}",
                        float(new_W[i, j]),
                    )
                b = _name("b", l, _subscript(j))
                yield Step(
                    "update",
                    "update_b",
                    l,
                    j,
                    ((l, j),),
                    (),
                    f"{b}⁺",
                    f"{b}⁺ = {b} − η · {_partial(b)}",
                    f"{self.operand(self.b[l][j])} − {eta} · {self.operand(self.gb[l][j])}",
                    float(new_b[j]),
                )


def _sample(net: Network, x: ArrayLike, y: ArrayLike, loss: str) -> tuple[Array, Array]:
    """One sample as a batch of one, (X, Y), checked with messages a learner understands."""
    loss_function(loss)  # unknown loss → DataError
    try:
        x = np.atleast_1d(np.asarray(x, dtype=np.float64))
    except (TypeError, ValueError):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The inputs must be numbers.")) from None
    if x.shape != (net.n_inputs,):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The network has %1 input(s); got %2 input value(s)."), net.n_inputs, x.size
        )
    if not np.all(np.isfinite(x)):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The inputs contain NaN or infinity."))
    if loss == "cross_entropy":
        label = np.asarray(y)
        if label.size != 1 or label.dtype.kind not in "iuf":
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Cross-entropy needs one class index (0, 1, 2, …) as the target.")
            )
        return x[None], net.as_targets(label.reshape(1), loss)
    try:
        y = np.atleast_1d(np.asarray(y, dtype=np.float64))
    except (TypeError, ValueError):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The targets must be numbers.")) from None
    if y.shape != (net.n_outputs,):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The network has %1 output(s); got %2 target value(s)."),
            net.n_outputs,
            y.size,
        )
    if not np.all(np.isfinite(y)):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The targets contain NaN or infinity."))
    return x[None], y[None]


def trace(net: Network, x: ArrayLike, y: ArrayLike, loss: str = "mse", lr: float = 0.1, digits: int = 6) -> Trace:
    """Every step of one gradient-descent update on one sample (x, y); the network is not changed.

    ``y`` is the target vector (one value per output), or the class index for cross-entropy.
    ``digits`` is how many significant digits the ``numbers`` of each step show.
    """
    X, Y = _sample(net, x, y, loss)
    try:
        lr = float(lr)
    except (TypeError, ValueError):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The learning rate must be a number.")) from None
    if not np.isfinite(lr):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The learning rate must be a finite number."))
    if isinstance(digits, bool) or not isinstance(digits, (int, np.integer)) or not 1 <= digits <= 17:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Show between 1 and 17 significant digits."))
    steps = tuple(_Tracer(net, X, Y, loss, lr, int(digits)).steps())
    return Trace(steps, tuple(net.shapes), int(digits))


def numerical_gradient(
    net: Network, x: ArrayLike, y: ArrayLike, loss: str, layer: int, index: int | tuple[int, int], h: float = 1e-6
) -> float:
    """Central difference (L(θ + h) − L(θ − h)) / 2h for one parameter θ on one sample.

    θ is the weight ``index`` = (i, j) or the bias ``index`` = j of ``layer`` (1-based), as in
    ``Step.layer`` and ``Step.index``. The network itself is not changed.
    """
    X, Y = _sample(net, x, y, loss)
    twin = net.copy()
    theta = (twin.weights if isinstance(index, tuple) else twin.biases)[layer - 1]
    old = theta[index]
    up, down = old + h, old - h
    theta[index] = up
    loss_up = twin.loss(X, Y, loss)
    theta[index] = down
    loss_down = twin.loss(X, Y, loss)
    return float((loss_up - loss_down) / (up - down))


def relative_error(a: float, b: float, floor: float = 1e-8) -> float:
    """|a − b| / max(|a|, |b|, floor): how well a gradient and its numerical check agree.

    Below about 1e-4 they agree (around 1e-7 usually; round-off in the central difference
    shows more for gradients near 1e-6); a wrong gradient gives about 1. Magnitudes below
    ``floor`` count as zero.
    """
    return abs(a - b) / max(abs(a), abs(b), floor)


@dataclass(frozen=True)
class BackwardPass:
    """The backward pass as a linear circuit, one array per layer (index l − 1 for layer l):
    ∂C/∂a arriving at each neuron, the fixed amplifier σ′(z) it passes, and the ∂C/∂z that leaves."""

    dC_da: list[Array]
    slopes: list[Array]
    dC_dz: list[Array]


def backward_pass(net: Network, x: ArrayLike, dC_dy: ArrayLike) -> BackwardPass:
    """Run the backward pass from any output gradient ∂C/∂y, with the forward pass at x frozen.

    Once the forward pass has fixed every σ′(z), the backward pass is a linear circuit: the
    network reversed, ∂C/∂y fed in at the outputs, each neuron multiplying by its σ′(z) and
    each weight by itself — ∂C/∂z⁽ˡ⁾ = σ′(z⁽ˡ⁾) ⊙ (W⁽ˡ⁺¹⁾ · ∂C/∂z⁽ˡ⁺¹⁾). So every ∂C/∂z is linear
    in ∂C/∂y (twice ∂C/∂y gives twice every ∂C/∂z); with ∂C/∂y the loss's derivative it gives
    backpropagation's ∂L/∂z.
    """
    try:
        grad = np.atleast_1d(np.asarray(dC_dy, dtype=np.float64))
    except (TypeError, ValueError):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "∂C/∂y must be numbers.")) from None
    if grad.shape != (net.n_outputs,):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The network has %1 output(s); got %2 value(s) of ∂C/∂y."),
            net.n_outputs,
            grad.size,
        )
    if not np.all(np.isfinite(grad)):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "∂C/∂y contains NaN or infinity."))
    X, _ = _sample(net, x, np.zeros(net.n_outputs), "mse")
    zs, _ = net.forward_all(X)
    slopes = [activation(spec.activation).slope(z[0]) for spec, z in zip(net.layers, zs)]
    n = len(slopes)
    dC_da: list[Array] = [np.empty(0)] * n
    dC_dz: list[Array] = [np.empty(0)] * n
    for l in range(n - 1, -1, -1):
        dC_da[l] = grad
        dC_dz[l] = slopes[l] * grad
        grad = net.weights[l] @ dC_dz[l]
    return BackwardPass(dC_da, slopes, dC_dz)


def batch_gradients(net: Network, X: Array, Y: Array, loss: str = "mse") -> list[tuple[list[Array], list[Array]]]:
    """Each sample's own gradient: one ``(∂Cⁿ/∂W, ∂Cⁿ/∂b)`` per sample n, shaped like
    ``net.weights`` and ``net.biases``.

    Cⁿ is the loss of sample n alone. The batch loss is their mean, L = (1/N)·Σₙ Cⁿ (every
    loss here is a mean over samples), so the lecture's ∂L/∂w = Σₙ ∂Cⁿ/∂w holds up to that
    factor: the mean of these gradients is exactly ``net.loss_and_grads(X, Y, loss)``'s.
    """
    X = net.as_inputs(X)
    Y = net.as_targets(Y, loss)
    if len(X) != len(Y):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 input rows but %2 targets."), len(X), len(Y))
    loss_fn = loss_function(loss)
    out = []
    for n in range(len(X)):
        _, gW, gb = net.backprop(X[n : n + 1], Y[n : n + 1], loss_fn)
        out.append((gW, gb))
    return out


def sample_losses(net: Network, X: Array, Y: Array, loss: str = "mse") -> Array:
    """Cⁿ, the loss of every sample on its own (their mean is the batch loss L)."""
    X = net.as_inputs(X)
    Y = net.as_targets(Y, loss)
    loss_fn = loss_function(loss)
    outputs = net.forward(X)
    return np.array([loss_fn(outputs[n : n + 1], Y[n : n + 1])[0] for n in range(len(X))])
