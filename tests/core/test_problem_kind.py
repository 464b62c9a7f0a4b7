"""A problem says what it was made from by its type: ProblemKind, ViewsInfo, CurveInfo, DigitsInfo."""

import numpy as np
import pytest

from applet.core.datasets.holidays import unseen_errors
from applet.core.datasource import REAL, DataSource
from applet.core.errors import DataError
from applet.core.problem import (
    REGRESSION,
    CurveInfo,
    DigitsInfo,
    Problem,
    ProblemKind,
    ViewsInfo,
    curve_problem,
    digits_problem,
    last_years,
    views_problem,
    with_features,
)


def test_each_maker_says_its_kind():
    views = views_problem(1)
    assert views.kind is ProblemKind.VIEWS and isinstance(views.info, ViewsInfo) and views.views is views.info
    curve = curve_problem("noisy")
    assert curve.kind is ProblemKind.CURVE and curve.info == CurveInfo("noisy") and curve.views is None
    digits = digits_problem(binarize=True)
    assert digits.kind is ProblemKind.DIGITS and isinstance(digits.info, DigitsInfo) and digits.info.binarize
    np.testing.assert_array_equal(digits.info.y_test, digits.Y_val)
    plain = Problem("one", REGRESSION, np.ones((1, 2)), np.ones(1))
    assert plain.kind is ProblemKind.EXAMPLES and plain.info is None and plain.views is None and plain.unit == ""


def test_views_info_describes_the_split():
    p = views_problem(1)
    info = p.views
    assert info.days == 1 and info.unit == p.unit != "" and not info.standardized and info.years is None
    assert len(info.dates) == len(info.targets) == len(p.Y_train) + len(p.Y_val)
    assert info.unseen.sum() == len(p.Y_val) and not info.unseen[: len(p.Y_train)].any()
    np.testing.assert_array_equal(info.targets[info.unseen], p.Y_val)
    assert info.dates[info.unseen][0] == info.val_start
    with pytest.raises(ValueError):
        info.targets[0] = 0.0  # read-only: panels and the worker share it
    predicted = info.targets + 2.0
    days, errors = unseen_errors(info, predicted)
    np.testing.assert_array_equal(days, info.dates[info.unseen])
    np.testing.assert_allclose(errors, 2.0)


def test_standardised_views_keep_mean_and_sd():
    info = views_problem(1, standardize=True).views
    assert info.standardized and info.x_mean.shape == info.x_sd.shape == (1,)


def test_last_years_and_features_survive_a_new_data_source():
    cut = with_features(last_years(views_problem(7), 2), (0, 6))
    assert cut.views.years == 2 and cut.columns == (0, 6) and cut.kind is ProblemKind.VIEWS
    assert cut.views.train_start == np.datetime64("2019-01-01")  # two years before 2021-01-01
    again = DataSource.builtin().rebase(cut)
    assert again.views.years == 2 and again.columns == (0, 6)
    np.testing.assert_array_equal(again.X_train, cut.X_train)
    real = DataSource.builtin(REAL).rebase(cut)  # the same cut of the real views: 2013-01-01 on
    assert real.views.years == 2 and real.columns == (0, 6) and real.n_inputs == 2
    assert real.views.train_start == np.datetime64("2013-01-01")


def test_only_views_can_be_cut_to_years():
    with pytest.raises(DataError):
        last_years(curve_problem("noisy"), 1)
    curve = curve_problem("noisy")
    assert DataSource.builtin().rebase(curve) is curve
