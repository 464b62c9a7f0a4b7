"""Daily views of a teaching channel: the data of the lecture's first example.

The lecture asks: knowing how many people watched the channel on the days before, how many
will watch tomorrow? The learner fits y = b + w·x₁ (x₁ = yesterday's views), then uses more
days (7, 28, 56), then deep networks, always training on 2017–2020 and checking the model on
days it never saw (2021-01-01 to 2021-02-14).

The real channel's numbers are not ours to ship, so ``generate_views`` makes a *synthetic*
series with the same ingredients — growth, a weekly rhythm, school terms, holidays, upload
spikes and noise — and ``resources/data/views.csv`` is exactly its output. Values are in
thousands of views ("k"), as the lecture reports them.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

from applet.core.datasets.csvio import read_daily_counts
from applet.core.datasets.series import ONE_DAY, DailySeries, day_range
from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.paths import resource

START = np.datetime64("2017-01-01")
END = np.datetime64("2021-02-14")
TRAIN_END = np.datetime64("2020-12-31")
VALIDATION_START = np.datetime64("2021-01-01")
NAME = "Teaching channel views (synthetic)"
UNIT = "k"
CSV_HEADER = ("date", "views_k")

# Weekly rhythm: a log factor that peaks between Monday and Tuesday (students start the
# week's lectures) and bottoms out between Friday and Saturday.
_WEEKLY_SWING = 0.15
_WEEKLY_PEAK = 0.75  # in days after Monday 00:00
# Term rhythm over the day of the year (log factor, linear between these points): busy
# March–June and September–December, quiet in the winter and summer breaks.
_TERM_DAY = np.array([0, 15, 50, 65, 170, 190, 250, 265, 350, 365])
_TERM_LOG = np.array([-0.12, -0.27, -0.27, 0.15, 0.15, -0.38, -0.38, 0.15, 0.15, -0.12])
# Lunar New Year's day of each year in the series; views fall for about a week around it.
_LUNAR_NEW_YEAR = np.array(
    ["2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12"], dtype="datetime64[D]"
)


def _weekday(dates: np.ndarray) -> np.ndarray:
    """0 = Monday … 6 = Sunday (1970-01-01 was a Thursday)."""
    return (dates.astype(np.int64) + 3) % 7


def _day_of_year(dates: np.ndarray) -> np.ndarray:
    return (dates - dates.astype("datetime64[Y]").astype("datetime64[D]")).astype(np.int64)


def _holiday_dip(dates: np.ndarray) -> np.ndarray:
    """Log factor ≤ 0: Lunar New Year and the Christmas–New Year week."""
    days = dates.astype(np.int64)
    dip = np.zeros(dates.size)
    for day in _LUNAR_NEW_YEAR.astype(np.int64):
        dip = np.minimum(dip, np.interp(days - day, [-4, -1, 4, 8], [0.0, -0.40, -0.40, 0.0]))
    new_years = np.unique(dates.astype("datetime64[Y]")).astype("datetime64[D]").astype(np.int64)
    for day in new_years:
        dip = np.minimum(dip, np.interp(days - day, [-10, -7, 1, 3], [0.0, -0.22, -0.22, 0.0]))
    return dip


def generate_views(seed: int = 2021) -> DailySeries:
    """The synthetic channel: thousands of views per day from 2017-01-01 to 2021-02-14.

    Each day's views are a product of slowly growing popularity, the weekday, the school
    term, holidays, a wandering "mood" of the audience and a little daily luck, plus the
    bursts after new uploads that fade over a few days. The same ``seed`` always gives
    the same series. Values are whole views (three decimals of k).
    """
    rng = np.random.default_rng(seed)
    dates = day_range(START, END)
    n = dates.size
    years = np.arange(n) / 365.25
    weekday = _weekday(dates)
    term = np.interp(_day_of_year(dates), _TERM_DAY, _TERM_LOG)

    log_views = np.log(0.6) + 3.0 * (1.0 - np.exp(-years / 2.5))  # growth that slowly levels off
    log_views += _WEEKLY_SWING * np.cos(2 * np.pi * (weekday - _WEEKLY_PEAK) / 7)
    log_views += term
    log_views += _holiday_dip(dates)

    mood = np.zeros(n)  # the audience's slowly wandering interest: an AR(1) process
    steps = rng.normal(0.0, 0.025, n)
    for t in range(1, n):
        mood[t] = 0.98 * mood[t - 1] + steps[t]
    log_views += mood
    log_views += 0.055 * rng.standard_t(3, n)  # daily luck, now and then a big surprise

    uploads = rng.random(n) < np.where(term > 0, 0.08, 0.02)  # more new videos during term
    burst = np.where(uploads, rng.lognormal(np.log(0.15), 0.5, n), 0.0)
    spikes = np.convolve(burst, np.exp(-np.arange(14) / 3.0))[:n]  # each burst fades in days

    views = np.exp(log_views) * (1.0 + spikes)
    return DailySeries(dates, np.rint(views * 1000.0) / 1000.0, UNIT, NAME)


def write_views_csv(path: str | Path | None = None) -> Path:
    """Write ``generate_views()`` as ``date,views_k`` rows (default: the shipped views.csv)."""
    target = Path(path) if path is not None else resource("data", "views.csv")
    series = generate_views()
    with target.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        writer.writerows((str(d), f"{v:.3f}") for d, v in zip(series.dates, series.values))
    return target


def load_views() -> DailySeries:
    """The shipped series from ``resources/data/views.csv`` (thousands of views per day)."""
    return read_daily_counts(resource("data", "views.csv"), name=NAME, unit=UNIT)


def windows(series: DailySeries, days: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cut the series into examples "the previous ``days`` days → this day".

    Returns ``X`` of shape (n, days), ``y`` of shape (n,) and the date of each target.
    Column 0 of ``X`` is yesterday (x₁), column 1 the day before (x₂), and so on; the
    first ``days`` days of the series only serve as features, so n = len(series) − days
    for a series without gaps. An example whose target or any of whose feature days is
    missing is left out (``dropped_examples`` counts them).
    """
    if days < 1:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The model needs at least one day of features, not %1."), days)
    calendar, values = series.on_calendar()
    if calendar.size < days + 1:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "To use %1 previous days as features the series needs at least %2 days, but it has only %3.",
            ),
            days,
            days + 1,
            calendar.size,
        )
    past = np.lib.stride_tricks.sliding_window_view(values[:-1], days)
    X = np.ascontiguousarray(past[:, ::-1], dtype=np.float64)
    y, dates = values[days:].copy(), calendar[days:].copy()
    whole = np.isfinite(y) & np.all(np.isfinite(X), axis=1)
    if not np.all(whole):
        X, y, dates = X[whole], y[whole], dates[whole]
    if y.size == 0:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "Every %1-day window of the series touches a missing day: no example is left."
            ),
            days,
        )
    return X, y, dates


def dropped_examples(series: DailySeries, days: int) -> int:
    """How many examples ``windows(series, days)`` leaves out because they touch a missing day."""
    n_calendar = int((series.end - series.start) // ONE_DAY) + 1
    return max(0, n_calendar - days) - len(windows(series, days)[1])


def split(
    X: np.ndarray,
    y: np.ndarray,
    dates: np.ndarray,
    val_start: np.datetime64 = VALIDATION_START,
    val_end: np.datetime64 | None = None,
    train_start: np.datetime64 | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Split examples by the day they predict: from ``train_start`` (default: the first)
    up to ``val_start`` they train; from ``val_start`` to ``val_end`` (default: the last)
    they are unseen; other days are not used.

    A validation example's features may be training days (predicting 2021-01-01 uses
    2020-12-31); what the model never sees while training is the day it must predict.
    Returns ``(X_train, y_train, X_val, y_val)``.
    """
    dates = np.asarray(dates)
    start = np.datetime64(val_start, "D")  # type: ignore[call-overload]
    train = dates < start
    if train_start is not None:
        train &= dates >= np.datetime64(train_start, "D")  # type: ignore[call-overload]
    unseen = dates >= start
    if val_end is not None:
        unseen &= dates <= np.datetime64(val_end, "D")  # type: ignore[call-overload]
    return X[train], y[train], X[unseen], y[unseen]


def default_validation_start(series: DailySeries) -> np.datetime64:
    """First validation day for a series without the lecture's 2021 period.

    The lecture keeps the last 45 days (2021-01-01 to 2021-02-14) unseen, so an imported
    series keeps its last 45 days too; a series shorter than 450 days keeps its last 10 %
    instead (at least one day), so most of it is still there to learn from.
    """
    n = int((series.end - series.start) // ONE_DAY) + 1
    n_val = min(45, max(1, n // 10))
    return series.end - (n_val - 1)


if __name__ == "__main__":
    print(f"wrote {write_views_csv(sys.argv[1] if len(sys.argv) > 1 else None)}")
