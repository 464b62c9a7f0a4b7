"""The lecture's split on any series: four years of training days, then 45 unseen days."""

import numpy as np
import pytest

from applet.core.datasets.series import DailySeries, day_range
from applet.core.datasets.split import Split, years_before
from applet.core.errors import DataError
from applet.core.problem import builtin_views, default_split, real_views, views_problem

D = np.datetime64


def test_the_lecture_split_of_both_built_in_sets():
    synthetic = default_split(builtin_views())
    assert (synthetic.train_start, synthetic.val_start, synthetic.val_end) == (
        D("2017-01-01"),
        D("2021-01-01"),
        D("2021-02-14"),
    )
    real = default_split(real_views())
    assert (real.train_start, real.val_start, real.val_end) == (D("2011-01-01"), D("2015-01-01"), D("2015-02-14"))
    assert real.describe() == "train 2011-01-01…2014-12-31, unseen 2015-01-01…2015-02-14"


def test_examples_are_split_by_the_day_they_predict():
    p = views_problem(56, real_views())
    dates = p.views.dates
    assert dates[0] == D("2011-01-01") and dates[-1] == D("2015-02-14")
    assert len(p.Y_train) == 1461 and len(p.Y_val) == 45  # 2011–2014 has 1461 days
    assert dates[len(p.Y_train)] == D("2015-01-01")


def test_the_split_moves_and_changes_length():
    p = views_problem(7, real_views(), split=Split("2013-03-01", val_days=10))
    assert p.views.dates[0] == D("2009-03-01") and p.views.dates[-1] == D("2013-03-10")
    assert len(p.Y_val) == 10


def test_four_years_before_a_leap_day():
    assert years_before(D("2016-02-29"), 4) == D("2012-02-29")
    assert years_before(D("2016-02-29"), 1) == D("2015-02-28")


def test_a_split_outside_the_series_is_refused():
    with pytest.raises(DataError, match="no day before 2017-01-01"):
        views_problem(1, builtin_views(), split=Split("2017-01-01"))
    with pytest.raises(DataError, match="no day from 2022-01-01"):
        views_problem(1, builtin_views(), split=Split("2022-01-01"))
    with pytest.raises(DataError, match="between 1 and 366"):
        Split("2021-01-01", val_days=0)


def test_a_short_import_keeps_its_last_days_unseen():
    s = DailySeries(day_range("2020-01-01", "2020-03-01"), np.arange(61.0), "views", "short")
    split = default_split(s)
    assert split.val_start == D("2020-02-25") and split.val_days == 45  # the last 6 days (10 %) are after it
    p = views_problem(1, s)
    assert len(p.Y_val) == 6
