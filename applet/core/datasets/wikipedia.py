"""Real daily views: the English Wikipedia article "R (programming language)", 2008–2015.

The lecture's channel is not public, so beside the synthetic channel the applet ships a
*real* daily series of the same kind and scale: page views of a technical article read
mostly by students and developers — a weekday/weekend rhythm, semester and holiday dips,
growth and one-off spikes. ``resources/data/wikipedia-R-views.csv`` holds the counts
exactly as published (made by ``resources/data/make_wikipedia_views.py``, which records
the source's sha256); 59 days between 2008-01-01 and 2015-12-31 have no count, and they
stay missing here. The lessons show the views in thousands ("k"), as the lecture does:
``load_real_views`` divides each count by 1000 and says so in the unit.

The lecture-style split trains on 2011–2014 and keeps 2015-01-01 to 2015-02-14 unseen.
"""

from __future__ import annotations

import numpy as np

from applet.core.datasets.csvio import read_daily_counts
from applet.core.datasets.series import DailySeries
from applet.paths import resource

FILE_NAME = "wikipedia-R-views.csv"
CSV_HEADER = ("date", "views")
NAME = 'Wikipedia views of "R (programming language)" (real)'
UNIT = "k"
VALIDATION_START = np.datetime64("2015-01-01")


def load_real_counts() -> DailySeries:
    """The shipped file as it is: one raw count of views per day, missing days left out."""
    return read_daily_counts(resource("data", FILE_NAME), name=NAME, unit="views")


def load_real_views() -> DailySeries:
    """The real series in thousands of views per day ("k", as the lecture reports)."""
    counts = load_real_counts()
    return DailySeries(counts.dates, counts.values / 1000.0, UNIT, NAME)
