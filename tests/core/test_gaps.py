"""Missing days: read openly, filled only when asked (and marked), or their examples dropped."""

import numpy as np
import pytest

from applet.core.datasets.csvio import read_daily_counts
from applet.core.datasets.series import DailySeries, fill_gaps
from applet.core.datasets.split import Split
from applet.core.datasets.views import dropped_examples, windows
from applet.core.errors import DataError
from applet.core.problem import views_problem

D = np.datetime64

# 2021-01-01 … 2021-01-10 with 01-04 and 01-07…01-08 missing
GAPPY_CSV = b"""date,views
2021-01-03,30
2021-01-01,10
2021-01-02,20
2021-01-05,50
2021-01-06,60
2021-01-09,90
2021-01-10,100
"""


def gappy() -> DailySeries:
    return read_daily_counts(GAPPY_CSV, name="gappy")


def test_a_series_with_missing_days_is_read_and_lists_them():
    s = gappy()
    np.testing.assert_array_equal(
        s.missing, np.array(["2021-01-04", "2021-01-07", "2021-01-08"], dtype="datetime64[D]")
    )
    assert len(s) == 7 and s.values.sum() == 360  # the counts as written, nothing added
    assert s.gaps() == [(D("2021-01-04"), D("2021-01-04")), (D("2021-01-07"), D("2021-01-08"))]
    assert s.filled.size == 0


def test_a_complete_series_has_no_missing_days():
    s = read_daily_counts(b"date,views\n2021-01-01,1\n2021-01-02,2\n")
    assert s.missing.size == 0 and s.missing.dtype == np.dtype("datetime64[D]")


def test_duplicates_non_dates_and_non_numbers_are_still_refused_with_the_line():
    for data, phrase in (
        (b"date,views\n2021-01-01,1\n2021-01-05,2\n2021-01-01,3\n", "Line 4: the date 2021-01-01 appears twice"),
        (b"date,views\n2021-01-01,1\n2021-13-05,2\n", "Line 3"),
        (b"date,views\n2021-01-01,1\n2021-01-05,lots\n", "Line 3: 'lots' is not a number"),
    ):
        with pytest.raises(DataError, match=phrase):
            read_daily_counts(data)


def test_fill_interpolates_linearly_and_marks_the_filled_days():
    filled = fill_gaps(gappy())
    assert filled.missing.size == 0 and len(filled) == 10
    # 01-04 between 30 and 50; 01-07, 01-08 on the line from 60 (01-06) to 90 (01-09)
    np.testing.assert_allclose(filled.values, [10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
    np.testing.assert_array_equal(filled.filled, gappy().missing)
    assert fill_gaps(filled) is filled


def test_windows_drop_every_example_that_touches_a_gap():
    X, y, dates = windows(gappy(), 1)
    # targets whose yesterday and day both exist: 01-02, 01-03, 01-06, 01-10
    np.testing.assert_array_equal(
        dates, np.array(["2021-01-02", "2021-01-03", "2021-01-06", "2021-01-10"], "datetime64[D]")
    )
    np.testing.assert_array_equal(X[:, 0], [10, 20, 50, 90])
    np.testing.assert_array_equal(y, [20, 30, 60, 100])
    assert dropped_examples(gappy(), 1) == 9 - 4
    X2, y2, d2 = windows(gappy(), 2)  # only 01-03 (01-01, 01-02 → 01-03) survives
    np.testing.assert_array_equal(d2, np.array(["2021-01-03"], "datetime64[D]"))
    np.testing.assert_array_equal(X2, [[20, 10]])
    with pytest.raises(DataError, match="touches a missing day"):
        windows(gappy(), 3)


def test_views_problem_fill_or_drop_says_what_it_did():
    split = Split("2021-01-09", val_days=2)
    filled = views_problem(1, gappy(), gaps="fill", split=split)
    assert filled.views.missing == 3 and filled.views.dropped == 0
    assert len(filled.Y_train) == 7 and len(filled.Y_val) == 2  # targets 01-02…01-08 | 01-09, 01-10
    np.testing.assert_array_equal(filled.views.filled, [False, False, True, False, False, True, True, False, False])
    dropped = views_problem(1, gappy(), gaps="drop", split=split)
    assert dropped.views.dropped == 5 and not dropped.views.filled.any()
    assert list(dropped.Y_train) == [20, 30, 60] and list(dropped.Y_val) == [100]
    with pytest.raises(DataError, match="filled or dropped"):
        views_problem(1, gappy(), gaps="guess")
