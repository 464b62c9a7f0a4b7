"""Why backpropagation is cheap: counting multiplications per training sample.

For layer sizes n₀ → n₁ → … → n_L the network has W = Σₗ nₗ₋₁·nₗ weights and
P = W + Σₗ nₗ parameters. Counting multiplications (each comes with one addition):

- one **forward pass** multiplies every weight by its input once: W;
- one **backward sweep** computes every ∂C/∂w = a·∂C/∂z (W), sends ∂C/∂z back through
  the weights of layers 2…L (W − n₀·n₁) and multiplies by σ′(z) at every neuron (Σₗ nₗ);
- **one finite difference per parameter** needs one extra forward pass per parameter,
  after the forward pass at the current parameters: (P + 1)·W.

Backprop's forward + backward costs about 3·W whatever the size; finite differences
cost about P·W, so backprop is faster by a factor of about P/3.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

# layer sizes from the lecture's deep-network tables: 56 days in, 100 neurons per hidden layer, 1 out
LECTURE_SIZES: tuple[tuple[int, ...], ...] = (
    (56, 100, 1),
    (56, 100, 100, 1),
    (56, 100, 100, 100, 1),
    (56, 100, 100, 100, 100, 1),
)


@dataclass(frozen=True)
class OperationCounts:
    """Multiplications for one sample's gradient of every parameter, both ways."""

    sizes: tuple[int, ...]
    n_weights: int
    n_parameters: int
    forward: int
    backward: int
    finite_differences: int

    @property
    def backprop(self) -> int:
        """One forward pass plus one backward sweep."""
        return self.forward + self.backward

    @property
    def ratio(self) -> float:
        """How many times more work finite differences take than backprop."""
        return self.finite_differences / self.backprop


def operation_counts(sizes: Sequence[int]) -> OperationCounts:
    """Operation counts for a network with layer sizes (n_inputs, units of each layer …)."""
    sizes = tuple(int(n) for n in sizes)
    if len(sizes) < 2 or min(sizes) < 1:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Give the number of inputs and at least one layer, each at least 1.")
        )
    pairs = list(zip(sizes[:-1], sizes[1:]))
    n_weights = sum(a * b for a, b in pairs)
    n_neurons = sum(sizes[1:])
    n_parameters = n_weights + n_neurons
    forward = n_weights
    backward = n_weights + (n_weights - sizes[0] * sizes[1]) + n_neurons
    return OperationCounts(sizes, n_weights, n_parameters, forward, backward, (n_parameters + 1) * forward)
