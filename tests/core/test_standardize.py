"""Standardising x for the views lesson: only when asked, recorded, reversible."""

import numpy as np
import pytest

from applet.core.datasets.series import DailySeries
from applet.core.errors import DataError
from applet.core.problem import views_problem


def test_raw_inputs_are_never_standardised_silently():
    p = views_problem(1)
    assert p.views.standardized is False and p.views.x_mean is None
    assert p.X_train.mean() > 1  # yesterday's views in k, as they are


@pytest.mark.parametrize("days", [1, 7])
def test_standardised_inputs_have_mean_0_and_sd_1_on_the_training_days(days):
    raw = views_problem(days)
    std = views_problem(days, standardize=True)
    np.testing.assert_allclose(std.X_train.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(std.X_train.std(axis=0), 1, rtol=1e-12)
    mean, sd = std.views.x_mean, std.views.x_sd
    np.testing.assert_allclose(mean, raw.X_train.mean(axis=0), rtol=1e-12)
    # the same transform for the unseen days and the drawn inputs; targets untouched
    np.testing.assert_allclose(std.X_val, (raw.X_val - mean) / sd, rtol=1e-12)
    np.testing.assert_allclose(std.probes["all"], (raw.probes["all"] - mean) / sd, rtol=1e-12)
    np.testing.assert_array_equal(std.Y_train, raw.Y_train)
    np.testing.assert_array_equal(std.Y_val, raw.Y_val)
    assert std.views.standardized is True and std.name != raw.name


def test_a_constant_series_cannot_be_standardised():
    dates = np.arange(np.datetime64("2020-01-01"), np.datetime64("2020-03-01"))
    series = DailySeries(dates, np.full(len(dates), 5.0), unit="k", name="flat")
    assert views_problem(1, series).X_train.std() == 0
    with pytest.raises(DataError, match="standardised"):
        views_problem(1, series, standardize=True)
