"""One value per calendar day: the shape of every time series the applet learns from.

The views lessons predict a day's value from the days before it, so a series must have
exactly one value for every day, with no day missing and none repeated. ``DailySeries``
checks that once, when it is made, so the code that cuts it into training examples can
rely on it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from applet.core.errors import DataError

ONE_DAY = np.timedelta64(1, "D")


@dataclass(frozen=True)
class DailySeries:
    """Daily values: ``values[i]`` was measured on ``dates[i]``, the dates one day apart.

    ``unit`` says what a value counts (``"k"`` = thousands of views, ``"views"`` = raw
    counts); it is shown beside every number and loss so nothing is rescaled silently.
    The arrays are stored read-only copies.
    """

    dates: np.ndarray
    values: np.ndarray
    unit: str
    name: str

    def __post_init__(self) -> None:
        dates = np.array(self.dates, dtype="datetime64[D]")
        values = np.array(self.values, dtype=np.float64)
        if dates.ndim != 1 or values.shape != dates.shape:
            raise DataError(
                f"A daily series needs one value per date; got {dates.size} dates and {values.size} values."
            )
        if dates.size == 0:
            raise DataError("A daily series needs at least one day.")
        if not np.all(np.isfinite(values)):
            bad = dates[~np.isfinite(values)][0]
            raise DataError(f"The value on {bad} is not a finite number.")
        check_consecutive(dates)
        dates.setflags(write=False)
        values.setflags(write=False)
        object.__setattr__(self, "dates", dates)
        object.__setattr__(self, "values", values)

    def __len__(self) -> int:
        return int(self.dates.size)

    @property
    def start(self) -> np.datetime64:
        """The first day."""
        return self.dates[0]

    @property
    def end(self) -> np.datetime64:
        """The last day."""
        return self.dates[-1]


def day_range(start: np.datetime64 | str, end: np.datetime64 | str) -> np.ndarray:
    """Every calendar day from ``start`` to ``end``, both included."""
    first, last = np.datetime64(start, "D"), np.datetime64(end, "D")  # type: ignore[call-overload]
    return np.arange(first, last + ONE_DAY, ONE_DAY)


def find_gaps(dates: np.ndarray) -> list[tuple[np.datetime64, np.datetime64]]:
    """Runs of missing days between sorted ``dates``, each as (first missing, last missing)."""
    dates = np.asarray(dates, dtype="datetime64[D]")
    jumps = np.flatnonzero(np.diff(dates) > ONE_DAY)
    return [(dates[i] + ONE_DAY, dates[i + 1] - ONE_DAY) for i in jumps]


def count_days(gaps: list[tuple[np.datetime64, np.datetime64]]) -> int:
    """How many days the runs ``gaps`` cover altogether."""
    return sum(int((last - first) // ONE_DAY) + 1 for first, last in gaps)


def describe_gaps(gaps: list[tuple[np.datetime64, np.datetime64]], limit: int = 5) -> str:
    """Readable runs of days, e.g. ``"2021-01-04 to 2021-01-06 (3 days), 2021-02-01"``."""
    parts = [
        str(first) if first == last else f"{first} to {last} ({count_days([(first, last)])} days)"
        for first, last in gaps[:limit]
    ]
    if len(gaps) > limit:
        parts.append(f"and {len(gaps) - limit} more gaps")
    return ", ".join(parts)


def check_consecutive(dates: np.ndarray) -> None:
    """Raise ``DataError`` unless ``dates`` run day after day with no gap, repeat or step back."""
    dates = np.asarray(dates, dtype="datetime64[D]")
    steps = np.diff(dates)
    if np.all(steps == ONE_DAY):
        return
    backwards = np.flatnonzero(steps < ONE_DAY)
    if backwards.size:
        i = backwards[0]
        raise DataError(f"The dates must go forward one day at a time, but {dates[i + 1]} comes after {dates[i]}.")
    raise DataError(
        f"Every day between the first and the last date needs a value. Missing: {describe_gaps(find_gaps(dates))}."
    )
