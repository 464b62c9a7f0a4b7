"""Holidays a views model cannot know about: the days the lecture blames for its misses.

A model that predicts a day from the days before has no idea a holiday is coming, so
on and after such days its error jumps. The per-day error view of the unseen days marks
these days. Only dates are listed here; the window translates the names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from applet.core.problem import ViewsInfo

# Lunar New Year's day (Spring Festival), 2008–2025
LUNAR_NEW_YEAR = np.array(
    [
        "2008-02-07", "2009-01-26", "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10",
        "2014-01-31", "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05",
        "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29",
    ],
    dtype="datetime64[D]",
)  # fmt: skip
NEW_YEAR = "new_year"
CHRISTMAS = "christmas"
LUNAR = "lunar_new_year"


def holidays_between(start: np.datetime64, end: np.datetime64) -> list[tuple[np.datetime64, str]]:
    """The holidays from ``start`` to ``end`` (both included) as (date, kind), in date order:
    New Year's Day, Christmas Day and Lunar New Year."""
    first, last = np.datetime64(start, "D"), np.datetime64(end, "D")  # type: ignore[call-overload]
    found = [(day, LUNAR) for day in LUNAR_NEW_YEAR if first <= day <= last]
    first_year, last_year = (
        first.astype("datetime64[Y]").astype(int) + 1970,
        last.astype("datetime64[Y]").astype(int) + 1970,
    )
    for year in range(int(first_year), int(last_year) + 1):
        for month_day, kind in (("01-01", NEW_YEAR), ("12-25", CHRISTMAS)):
            day = np.datetime64(f"{year:04d}-{month_day}")
            if first <= day <= last:
                found.append((day, kind))
    return sorted(found, key=lambda item: item[0])


def unseen_errors(info: ViewsInfo, predicted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The unseen days of a views problem and the model's error on each, ŷ − y (positive: too high).

    ``info`` is a views problem's ``ViewsInfo``; ``predicted`` the model's output for every day it lists.
    """
    unseen = info.unseen
    return info.dates[unseen], np.asarray(predicted)[unseen] - info.targets[unseen]
