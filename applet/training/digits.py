"""The digits lesson's default network and settings (Qt-free: the benchmark uses them too).

256 inputs → 100 ReLU neurons → 10 linear outputs, softmax + cross-entropy, Adam with
η = 0.005 on batches of 64 digits. Measured by ``benchmarks/bench_digits.py``: it passes
94 % test accuracy after 250–450 updates (4–7 epochs; seeds 42 and 0–3), in about a
second of training, well within 10 seconds.
Binarised inputs lose the grey levels of the strokes' edges and level off near 92 %.
"""

from __future__ import annotations

from applet.core.network import LayerSpec
from applet.core.problem import Problem
from applet.training.setup import TrainingSetup

HIDDEN = (LayerSpec(100, "relu"),)
OUTPUT = LayerSpec(10, "linear")  # ten logits; softmax is part of the cross-entropy loss
LR = 0.005
BATCH_SIZE = 64
OPTIMIZER = "adam"
MAX_UPDATES = 20_000


def digits_setup(problem: Problem, seed: int) -> TrainingSetup:
    """The lesson's starting point: 256-100-10, Adam, η = 0.005, batches of 64."""
    return TrainingSetup(
        problem,
        HIDDEN + (OUTPUT,),
        seed=seed,
        loss="cross_entropy",
        lr=LR,
        batch_size=BATCH_SIZE,
        optimizer=OPTIMIZER,
        max_updates=MAX_UPDATES,
    )
