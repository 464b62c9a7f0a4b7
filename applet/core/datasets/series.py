"""One value per calendar day: the shape of every time series the applet learns from.

The views lessons predict a day's value from the days before it. Real exports have holes:
a day the counter was down has no row. A ``DailySeries`` keeps its days in order, each at
most once, and knows which days between its first and last are ``missing``. Nothing is
filled silently: ``fill_gaps`` fills them by linear interpolation *on request* and
remembers which days it ``filled``; ``windows`` (in ``views``) otherwise leaves out every
example whose days touch a gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

ONE_DAY = np.timedelta64(1, "D")
NO_DAYS = np.array([], dtype="datetime64[D]")


def _frozen_days(dates: object) -> np.ndarray:
    days = np.array(dates, dtype="datetime64[D]").reshape(-1)
    days.setflags(write=False)
    return days


@dataclass(frozen=True)
class DailySeries:
    """Daily values: ``values[i]`` was measured on ``dates[i]``, dates strictly increasing.

    ``unit`` says what a value counts (``"k"`` = thousands of views, ``"views"`` = raw
    counts); it is shown beside every number and loss so nothing is rescaled silently.
    Days between the first and the last without a value are ``missing``; ``filled`` lists
    the days whose value was interpolated by ``fill_gaps`` (empty for measured data).
    The arrays are stored read-only copies.
    """

    dates: np.ndarray
    values: np.ndarray
    unit: str
    name: str
    filled: np.ndarray = field(default_factory=lambda: NO_DAYS)

    def __post_init__(self) -> None:
        dates = np.array(self.dates, dtype="datetime64[D]")
        values = np.array(self.values, dtype=np.float64)
        if dates.ndim != 1 or values.shape != dates.shape:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "A daily series needs one value per date; got %1 dates and %2 values."),
                dates.size,
                values.size,
            )
        if dates.size == 0:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "A daily series needs at least one day."))
        if not np.all(np.isfinite(values)):
            bad = dates[~np.isfinite(values)][0]
            raise DataError(QT_TRANSLATE_NOOP("DataError", "The value on %1 is not a finite number."), bad)
        check_increasing(dates)
        dates.setflags(write=False)
        values.setflags(write=False)
        object.__setattr__(self, "dates", dates)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "filled", _frozen_days(self.filled))
        missing = np.setdiff1d(day_range(dates[0], dates[-1]), dates, assume_unique=True)
        object.__setattr__(self, "_missing", _frozen_days(missing))

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

    @property
    def missing(self) -> np.ndarray:
        """The days between the first and the last that have no value (empty when none)."""
        return self._missing  # type: ignore[attr-defined]

    def gaps(self) -> list[tuple[np.datetime64, np.datetime64]]:
        """The missing days as runs (first missing, last missing)."""
        return find_gaps(self.dates)

    def on_calendar(self) -> tuple[np.ndarray, np.ndarray]:
        """Every day from the first to the last and its value, NaN on a missing day."""
        days = day_range(self.start, self.end)
        values = np.full(days.size, np.nan)
        values[(self.dates - self.start) // ONE_DAY] = self.values
        return days, values


def fill_gaps(series: DailySeries) -> DailySeries:
    """The series with every missing day filled by linear interpolation between its neighbours.

    A gap from day a+1 to day b−1 gets the straight line from (a, value a) to (b, value b).
    The filled days are listed in ``filled`` so plots can mark them. A series without
    gaps is returned as it is.
    """
    if series.missing.size == 0:
        return series
    days = day_range(series.start, series.end)
    known = (series.dates - series.start) // ONE_DAY
    values = np.interp(np.arange(days.size), known, series.values)
    filled = np.concatenate([series.filled, series.missing])
    return DailySeries(days, values, series.unit, series.name, np.sort(filled))


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


def check_increasing(dates: np.ndarray) -> None:
    """Raise ``DataError`` unless every date comes after the one before it (gaps allowed)."""
    dates = np.asarray(dates, dtype="datetime64[D]")
    backwards = np.flatnonzero(np.diff(dates) < ONE_DAY)
    if backwards.size:
        i = backwards[0]
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The dates must go forward, but %1 comes after %2."), dates[i + 1], dates[i]
        )
