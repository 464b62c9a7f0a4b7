"""What one update of a network costs, estimated from its shape before it is built.

A learner may ask for 8 layers of 1,000 neurons trained on all 4,000 digits at once.
Every update then multiplies matrices holding tens of millions of numbers: seconds per
update and a gigabyte of memory. The shapes alone say so in advance:

- **parameters** P = Σ (fan_in + 1) · fan_out (a weight per connection, a bias per neuron);
- **memory**: the parameters, their gradients and the optimizer's running averages
  (8 bytes each), plus the activations of one batch, B × Σ units × 8 bytes × 3 (each
  layer keeps z, a and ∂L/∂z);
- **time per update**: a forward pass costs about 2·B·P floating-point operations
  (a multiply and an add per weight and sample), the backward pass twice that, so
  6·B·P in all, divided by how fast this computer multiplies matrices (measured once)
  — training reaches about ``EFFICIENCY`` of that speed: between the products it
  applies activations and moves memory.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from applet.core.network import LayerSpec

BYTES = 8  # float64
ACTIVATION_COPIES = 3  # z, a and ∂L/∂z of every layer
OPTIMIZER_BUFFERS = {"gd": 0, "momentum": 1, "adam": 2}
EFFICIENCY = 0.4  # measured: 256-1000-1000-10 and 256-(1000×8)-10 on full batches of digits
SLOW_SECONDS = 0.5  # an update slower than this is worth a warning
LARGE_BYTES = 500 * 2**20  # so is needing more memory than this


@dataclass(frozen=True)
class Cost:
    parameters: int
    memory_bytes: int
    flops_per_update: float
    seconds_per_update: float

    @property
    def large(self) -> bool:
        """Slow or memory-hungry enough that the learner should confirm before it starts."""
        return self.seconds_per_update > SLOW_SECONDS or self.memory_bytes > LARGE_BYTES


def estimate(n_inputs: int, layers: Sequence[LayerSpec], batch_size: int, optimizer: str = "gd") -> Cost:
    """The cost of one update of ``n_inputs`` → ``layers`` on batches of ``batch_size`` samples."""
    fan_ins = [n_inputs] + [spec.units for spec in layers[:-1]]
    parameters = sum((fan_in + 1) * spec.units for fan_in, spec in zip(fan_ins, layers))
    units = sum(spec.units for spec in layers)
    copies = 2 + OPTIMIZER_BUFFERS.get(optimizer, 2)  # parameters, gradients, buffers
    memory = BYTES * (copies * parameters + ACTIVATION_COPIES * batch_size * units)
    flops = 6.0 * batch_size * parameters
    return Cost(parameters, memory, flops, flops / (EFFICIENCY * flop_rate()))


@cache
def flop_rate(size: int = 256, repeats: int = 5) -> float:
    """Floating-point operations per second of a float64 matrix product on this computer
    (the best of a few 2·n³ products; measured once, in a few milliseconds)."""
    a = np.random.default_rng(0).standard_normal((size, size))
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        a @ a
        best = min(best, time.perf_counter() - start)
    return 2.0 * size**3 / max(best, 1e-9)
