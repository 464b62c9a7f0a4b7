"""The lecture's comparison tables, as rows the Compare runner and the experiments command train.

The published figures come from the lecture, which used the real channel's views (not
public); this applet trains the same models on its synthetic series, so the numbers are
analogues, not copies. Losses are MAE in thousands of views (k).
"""

from __future__ import annotations

from applet.core.network import LayerSpec
from applet.core.problem import TRAINING_YEARS, last_years, views_problem
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
        setup = TrainingSetup(
            views_problem(days), LINEAR, seed=seed, loss="mae", lr=1e-2, optimizer="adam", grad_tol=None
        )
        label = f"linear, {days} day" + ("s" if days > 1 else "")
        rows.append(ComparisonRow(label, setup, updates, published=PUBLISHED["days"][days]))
    return rows


# Wider and deeper: 56 days of features into hidden layers of ReLU neurons. Every row trains
# the same way — MAE (the loss the lecture reports), Adam with η = 1e-3, batches of 128 days
# (11 updates per epoch), 3000 updates (about 270 epochs) — from the same seed. Inputs are the
# raw views in k, as in the lecture (nothing is standardised).
DEEP_DAYS = 56
WIDTHS = (10, 100, 1000)
DEPTHS = (1, 2, 3, 4)
DEEP_UNITS = 100
DEEP_UPDATES = 3000
DEEP_LR = 1e-3
DEEP_BATCH = 128


def relu_layers(depth: int, units: int = DEEP_UNITS) -> tuple[LayerSpec, ...]:
    """``depth`` hidden layers of ``units`` ReLU neurons, then the linear output neuron."""
    return (LayerSpec(units, "relu"),) * depth + LINEAR


def deep_setup(layers: tuple[LayerSpec, ...], seed: int, problem=None) -> TrainingSetup:
    """A network on 56 days of views, trained as every row of the width and depth tables."""
    return TrainingSetup(
        problem if problem is not None else views_problem(DEEP_DAYS),
        tuple(layers),
        seed=seed,
        loss="mae",
        lr=DEEP_LR,
        batch_size=DEEP_BATCH,
        optimizer="adam",
        grad_tol=None,
        max_updates=DEEP_UPDATES,
    )


def width_rows(seed: int, updates: int = DEEP_UPDATES) -> list[ComparisonRow]:
    """The linear model on 56 days (as trained in the days table), then one hidden layer of 10, 100, 1000 ReLU."""
    rows = [days_rows(seed, updates)[VIEWS_DAYS.index(DEEP_DAYS)]]
    problem = rows[0].setup.problem
    for units in WIDTHS:
        rows.append(
            ComparisonRow(
                f"{units} ReLU, {DEEP_DAYS} days",
                deep_setup(relu_layers(1, units), seed, problem),
                updates,
                published=PUBLISHED["width"][units],
            )
        )
    return rows


# Fighting overfitting (lesson 4): the chosen deep network, trained as in the depth table,
# with less training data, with weight decay, or stopped early.
WEIGHT_DECAYS = (0.0, 1e-3, 1e-2, 1e-1)


def years_rows(depth: int, seed: int, updates: int = DEEP_UPDATES) -> list[ComparisonRow]:
    """``depth`` layers of 100 ReLU trained on the last 1, 2, 3 and 4 years."""
    problem = views_problem(DEEP_DAYS)
    return [
        ComparisonRow(
            f"{depth} × {DEEP_UNITS} ReLU, last {years} years",
            deep_setup(relu_layers(depth), seed, last_years(problem, years)),
            updates,
        )
        for years in TRAINING_YEARS
    ]


def weight_decay_rows(depth: int, seed: int, updates: int = DEEP_UPDATES) -> list[ComparisonRow]:
    """``depth`` layers of 100 ReLU with weight decay λ = 0, 0.001, 0.01, 0.1."""
    setup = deep_setup(relu_layers(depth), seed)
    return [
        ComparisonRow(f"{depth} × {DEEP_UNITS} ReLU, λ = {lam:g}", setup.with_options(weight_decay=lam), updates)
        for lam in WEIGHT_DECAYS
    ]


def early_stopping_rows(depth: int, seed: int, updates: int = DEEP_UPDATES) -> list[ComparisonRow]:
    """The same run twice: its parameters after the last update, and those of its lowest L′."""
    setup = deep_setup(relu_layers(depth), seed)
    label = f"{depth} × {DEEP_UNITS} ReLU"
    return [
        ComparisonRow(f"{label}, last update", setup, updates),
        ComparisonRow(f"{label}, lowest L′", setup, updates, restore_best=True),
    ]


def depth_rows(seed: int, updates: int = DEEP_UPDATES) -> list[ComparisonRow]:
    """1, 2, 3 and 4 hidden layers of 100 ReLU on 56 days."""
    problem = views_problem(DEEP_DAYS)
    return [
        ComparisonRow(
            f"{depth} × {DEEP_UNITS} ReLU, {DEEP_DAYS} days",
            deep_setup(relu_layers(depth), seed, problem),
            updates,
            published=PUBLISHED["depth"][depth],
        )
        for depth in DEPTHS
    ]
