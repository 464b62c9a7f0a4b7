import numpy as np
import pytest

from applet.core.datasets.series import DailySeries, day_range
from applet.core.datasets.views import (
    TRAIN_END,
    VALIDATION_START,
    default_validation_start,
    generate_views,
    load_views,
    split,
    windows,
    write_views_csv,
)
from applet.core.errors import DataError
from applet.paths import resource


def tiny(n: int) -> DailySeries:
    return DailySeries(day_range("2020-12-25", np.datetime64("2020-12-25") + n - 1), np.arange(n) * 10.0, "k", "tiny")


def test_shipped_csv_is_exactly_the_generator_output(tmp_path):
    shipped, generated = load_views(), generate_views()
    np.testing.assert_array_equal(shipped.dates, generated.dates)
    np.testing.assert_array_equal(shipped.values, generated.values)
    fresh = write_views_csv(tmp_path / "views.csv")
    assert fresh.read_bytes() == resource("data", "views.csv").read_bytes()


def test_dates_units_and_range():
    views = generate_views()
    assert views.start == np.datetime64("2017-01-01") and views.end == np.datetime64("2021-02-14")
    assert len(views) == 1506
    assert views.unit == "k" and "synthetic" in views.name
    assert np.all(views.values > 0) and 1.0 < np.median(views.values) < 7.0
    np.testing.assert_array_equal(views.values, np.round(views.values, 3))


def test_generator_is_deterministic_per_seed():
    np.testing.assert_array_equal(generate_views(7).values, generate_views(7).values)
    assert not np.array_equal(generate_views(7).values, generate_views(8).values)


def test_weekly_cycle_fewest_views_on_friday_and_saturday():
    views = generate_views()
    weekday = (views.dates.astype(np.int64) + 3) % 7  # 0 = Monday
    mean = np.array([views.values[weekday == d].mean() for d in range(7)])
    assert set(np.argsort(mean)[:2]) == {4, 5}
    assert mean[:2].min() > mean[4:6].max()


def test_windows_by_hand():
    X, y, dates = windows(tiny(5), 2)  # values 0, 10, 20, 30, 40
    np.testing.assert_array_equal(X, [[10, 0], [20, 10], [30, 20]])  # [yesterday, day before]
    np.testing.assert_array_equal(y, [20, 30, 40])
    np.testing.assert_array_equal(dates, np.array(["2020-12-27", "2020-12-28", "2020-12-29"], dtype="datetime64[D]"))
    assert X.dtype == np.float64 and y.dtype == np.float64


def test_windows_of_one_day_is_yesterday():
    X, y, _ = windows(tiny(3), 1)
    np.testing.assert_array_equal(X[:, 0], [0, 10])
    np.testing.assert_array_equal(y, [10, 20])


@pytest.mark.parametrize("days", [0, -3])
def test_windows_rejects_fewer_than_one_day(days):
    with pytest.raises(DataError, match="at least one day"):
        windows(tiny(5), days)


def test_windows_rejects_too_short_series():
    with pytest.raises(DataError, match="at least 6 days"):
        windows(tiny(5), 5)


def test_split_by_target_date():
    X, y, dates = windows(tiny(10), 3)  # targets 2020-12-28 … 2021-01-03
    X_train, y_train, X_val, y_val = split(X, y, dates)
    assert len(y_train) == 4 and len(y_val) == 3
    np.testing.assert_array_equal(y_val, [70, 80, 90])
    np.testing.assert_array_equal(X_val[0], [60, 50, 40])  # features from 2020 are allowed


def test_lecture_split_of_the_views():
    X, y, dates = windows(load_views(), 56)
    X_train, y_train, X_val, y_val = split(X, y, dates)
    assert len(y_val) == 45  # 2021-01-01 … 2021-02-14
    assert dates[len(y_train) - 1] == TRAIN_END and dates[len(y_train)] == VALIDATION_START
    assert X_train.shape == (len(y_train), 56) and X_val.shape == (45, 56)


def test_default_validation_start():
    assert default_validation_start(tiny(1000)) == tiny(1000).dates[-45]
    assert default_validation_start(tiny(200)) == tiny(200).dates[-20]
    assert default_validation_start(tiny(5)) == tiny(5).dates[-1]


def _mae_of_least_squares(days):
    X, y, dates = windows(load_views(), days)
    X_train, y_train, X_val, y_val = split(X, y, dates)
    A = np.c_[np.ones(len(X_train)), X_train]
    theta = np.linalg.lstsq(A, y_train, rcond=None)[0]
    mae = lambda X, y: np.mean(np.abs(y - theta[0] - X @ theta[1:]))  # noqa: E731
    return mae(X_train, y_train), mae(X_val, y_val), theta


def test_the_lessons_story_holds():
    """More days help up to a week, a little up to four weeks, hardly beyond; 2021 is harder."""
    loss = {days: _mae_of_least_squares(days) for days in (1, 7, 28, 56)}
    _, _, theta = loss[1]
    assert 0.9 < theta[1] < 1.0  # tomorrow ≈ today
    train = {d: loss[d][0] for d in loss}
    assert train[7] < 0.85 * train[1]
    assert train[28] < 0.95 * train[7]
    assert train[56] > 0.95 * train[28]
    assert all(loss[d][1] > loss[d][0] for d in loss)
