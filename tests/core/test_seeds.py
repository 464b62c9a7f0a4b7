"""Several seeds per model: the seeds used, the runs made, and mean ± sd."""

import math

import numpy as np
import pytest

from applet.training import lecture
from applet.training.comparison import ComparisonResult
from applet.training.seeds import mean_sd, parse_seeds, seed_list, show, summarize, with_seeds


def result(label, train, val):
    return ComparisonResult(label, train, val, 10, 0.1, None)


def test_seed_lists_start_with_the_learners_seed():
    assert seed_list(42, 5) == (42, 0, 1, 2, 3)
    assert seed_list(1, 3) == (1, 0, 2)
    assert seed_list(9, 1) == (9,)
    assert parse_seeds("42, 0,1") == (42, 0, 1)
    for bad in ("", "1,,2", "1,1", "-1", "x"):
        with pytest.raises(ValueError):
            parse_seeds(bad)


def test_every_row_runs_once_per_seed_in_order():
    rows = lecture.days_rows(42, updates=5)[:2]
    runs = with_seeds(rows, (42, 0, 1))
    assert [(r.label, r.setup.seed) for r in runs] == [
        ("linear, 1 day", 42),
        ("linear, 1 day", 0),
        ("linear, 1 day", 1),
        ("linear, 7 days", 42),
        ("linear, 7 days", 0),
        ("linear, 7 days", 1),
    ]
    assert all(r.published == rows[0].published for r in runs[:3])


def test_mean_and_sample_sd_by_hand():
    assert mean_sd([1.0, 2.0, 3.0]) == (2.0, 1.0)  # sd with n − 1: sqrt((1 + 0 + 1) / 2)
    mean, sd = mean_sd([0.5])
    assert mean == 0.5 and math.isnan(sd)
    assert show(0.4641, 0.0123) == "0.464 ± 0.012" and show(0.5, math.nan) == "0.500" and show(math.inf, 0) == "—"


def test_summaries_follow_the_runs_finished_so_far():
    rows = lecture.days_rows(42, updates=5)[:2]
    seeds = (42, 0)
    results = {0: result("a", 1.0, 2.0), 1: result("a", 3.0, 4.0), 2: result("b", 0.5, 0.7)}
    summaries = summarize(rows, seeds, results)
    assert summaries[0].train_mean_sd == (2.0, pytest.approx(np.std([1.0, 3.0], ddof=1)))
    assert summaries[0].seeds == (42, 0) and summaries[1].seeds == (42,)
    assert summaries[1].val_mean_sd[0] == 0.7
