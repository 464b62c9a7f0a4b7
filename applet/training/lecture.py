"""The lecture's comparison tables, as rows the Compare runner and the experiments command train.

The published figures come from the lecture, which used the real channel's views (not
public); this applet trains the same models on its synthetic series, so the numbers are
analogues, not copies. Losses are MAE in thousands of views (k).
"""

from __future__ import annotations

from applet.core.network import LayerSpec
from applet.core.problem import views_problem
from applet.training.comparison import ComparisonRow
from applet.training.setup import TrainingSetup

VIEWS_DAYS = (1, 7, 28, 56)
LINEAR = (LayerSpec(1, "linear"),)

# (train L, 2021 L′) in k, as published in the lecture for the real channel
PUBLISHED = {
    "days": {1: (0.48, 0.58), 7: (0.38, 0.49), 28: (0.33, 0.46), 56: (0.32, 0.46)},
    "width": {0: (0.32, 0.46), 10: (0.32, 0.45), 100: (0.28, 0.43), 1000: (0.27, 0.43)},
    "depth": {1: (0.28, 0.43), 2: (0.18, 0.39), 3: (0.14, 0.38), 4: (0.10, 0.44)},
}

DAYS_UPDATES = 3000


def days_rows(seed: int, updates: int = DAYS_UPDATES) -> list[ComparisonRow]:
    """Linear models y = b + Σⱼ wⱼ·xⱼ on the previous 1, 7, 28 and 56 days (MAE, Adam, full batch)."""
    rows = []
    for days in VIEWS_DAYS:
        setup = TrainingSetup(views_problem(days), LINEAR, seed=seed, loss="mae", lr=1e-2,
                              optimizer="adam", grad_tol=None)
        rows.append(ComparisonRow(f"linear, {days} day" + ("s" if days > 1 else ""), setup, updates))
    return rows
