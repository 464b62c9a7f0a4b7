"""GradientCost: why backpropagation is cheap, as the numbers a learner reads — the
multiplications for one sample's ∂C/∂θ of every parameter θ, by one finite difference per
parameter and by one forward + one backward sweep, for the traced network and the
lecture's sizes (``applet.core.opcount``). Qt-free; the trace panel's cost table draws it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from applet.core.opcount import LECTURE_SIZES, OperationCounts, operation_counts


def thousands(n: int) -> str:
    """A whole number with thousands separators: 33071400 → "33,071,400"."""
    return f"{n:,}"


def times(ratio: float) -> str:
    """A ratio as "2,851×" (one decimal below 10: "4.3×")."""
    return f"{ratio:,.1f}×" if ratio < 10 else f"{ratio:,.0f}×"


def arrows(sizes: Sequence[int]) -> str:
    """Layer sizes as the lecture writes them: 56→100→1."""
    return "→".join(str(n) for n in sizes)


@dataclass(frozen=True)
class CostRow:
    """One network's counts, formatted."""

    network: str  # "56→100→1"
    parameters: str
    finite_differences: str  # (P + 1)·W
    backprop: str  # forward + backward
    ratio: str
    counts: OperationCounts


def cost_row(sizes: Sequence[int]) -> CostRow:
    c = operation_counts(sizes)
    return CostRow(
        arrows(c.sizes),
        thousands(c.n_parameters),
        thousands(c.finite_differences),
        thousands(c.backprop),
        times(c.ratio),
        c,
    )


def cost_rows(sizes: Sequence[int]) -> list[CostRow]:
    """The traced network (``sizes``: inputs first) first, then the lecture's networks."""
    return [cost_row(sizes)] + [cost_row(s) for s in LECTURE_SIZES]


def worked(c: OperationCounts) -> tuple[str, str]:
    """The two counts with their numbers put in: "(P + 1)·W = (12 + 1) × 8 = 104" and
    "W + (W − n₀·n₁) + Σ nₗ + W = …" for the forward and backward sweeps."""
    fd = f"(P + 1)·W = ({thousands(c.n_parameters)} + 1) × {thousands(c.n_weights)} = {thousands(c.finite_differences)}"
    first = c.sizes[0] * c.sizes[1]
    neurons = sum(c.sizes[1:])
    bp = (
        f"W + (W + (W − n₀·n₁) + Σnₗ) = {thousands(c.n_weights)} + ({thousands(c.n_weights)} + "
        f"{thousands(c.n_weights - first)} + {thousands(neurons)}) = {thousands(c.backprop)}"
    )
    return fd, bp
