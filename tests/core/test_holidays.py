"""Holidays among the unseen days, and the per-day error the Fit panel draws for them."""

import numpy as np

from applet.core.datasets.holidays import holidays_between, unseen_errors
from applet.core.problem import real_views, views_problem

D = np.datetime64


def test_the_unseen_days_of_both_built_in_sets_hold_holidays():
    assert holidays_between(D("2021-01-01"), D("2021-02-14")) == [
        (D("2021-01-01"), "new_year"),
        (D("2021-02-12"), "lunar_new_year"),
    ]
    assert holidays_between(D("2015-01-01"), D("2015-02-14")) == [(D("2015-01-01"), "new_year")]
    assert holidays_between(D("2014-12-20"), D("2015-02-20")) == [
        (D("2014-12-25"), "christmas"),
        (D("2015-01-01"), "new_year"),
        (D("2015-02-19"), "lunar_new_year"),
    ]
    assert holidays_between(D("2015-03-01"), D("2015-11-30")) == []


def test_unseen_errors_are_prediction_minus_actual_on_the_unseen_days_only():
    p = views_problem(1, real_views())
    predicted = p.views.targets + np.arange(len(p.views.targets)) * 0.001
    days, errors = unseen_errors(p.views, predicted)
    assert days[0] == D("2015-01-01") and days[-1] == D("2015-02-14") and len(errors) == 45
    first = len(p.Y_train)
    np.testing.assert_allclose(errors, np.arange(first, first + 45) * 0.001)
