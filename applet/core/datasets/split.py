"""The lecture's split of a daily series: four years to learn from, the next 45 days unseen.

The lecture trained on 2017–2020 and kept 2021-01-01 to 2021-02-14 unseen (L′). Any daily
series is split the same way: the examples whose target day falls in the ``train_years``
years before ``val_start`` are the training data, the ``val_days`` days from ``val_start``
on are the unseen days, and every other day is not used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

TRAIN_YEARS = 4
UNSEEN_DAYS = 45
MAX_UNSEEN_DAYS = 366


def years_before(day: np.datetime64, years: int) -> np.datetime64:
    """The same calendar day ``years`` years earlier (29 February becomes the 28th)."""
    date = np.datetime64(day, "D").astype(dt.date)  # type: ignore[call-overload]
    try:
        earlier = date.replace(year=date.year - years)
    except ValueError:  # 29 February in a year that has none
        earlier = date.replace(year=date.year - years, day=28)
    return np.datetime64(earlier, "D")


@dataclass(frozen=True)
class Split:
    """Train on the ``train_years`` years before ``val_start``; keep ``val_days`` days from it unseen."""

    val_start: np.datetime64
    val_days: int = UNSEEN_DAYS
    train_years: int = TRAIN_YEARS

    def __post_init__(self) -> None:
        object.__setattr__(self, "val_start", np.datetime64(self.val_start, "D"))  # type: ignore[call-overload]
        if not 1 <= self.val_days <= MAX_UNSEEN_DAYS:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Keep between 1 and %1 days unseen, not %2."),
                MAX_UNSEEN_DAYS,
                self.val_days,
            )
        if self.train_years < 1:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "Train on at least one year, not %1."), self.train_years)

    @property
    def train_start(self) -> np.datetime64:
        """The first training day."""
        return years_before(self.val_start, self.train_years)

    @property
    def val_end(self) -> np.datetime64:
        """The last unseen day."""
        return self.val_start + np.timedelta64(self.val_days - 1, "D")

    def describe(self) -> str:
        """E.g. ``"train 2017-01-01…2020-12-31, unseen 2021-01-01…2021-02-14"``."""
        train_end = self.val_start - np.timedelta64(1, "D")
        return f"train {self.train_start}…{train_end}, unseen {self.val_start}…{self.val_end}"
