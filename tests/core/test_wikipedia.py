"""The shipped real views are the source file's counts, sorted, with the same missing days."""

import csv
import hashlib
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from applet.core.datasets.wikipedia import load_real_counts, load_real_views
from applet.paths import resource

ROOT = Path(__file__).resolve().parents[2]
SOURCE_NAME = "wikipedia-R-pageviews-2008-2015.csv"
# from the source file (see /shared/data/README.md): rows, sum of views, first and last missing day
ROWS, TOTAL = 2863, 4276181


def _script():
    spec = importlib.util.spec_from_file_location(
        "make_wikipedia_views", ROOT / "resources/data/make_wikipedia_views.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source() -> Path:
    """The shared data folder beside the checkout (CI) or beside the worktree folder."""
    for folder in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if (folder / "data" / SOURCE_NAME).is_file():
            return folder / "data" / SOURCE_NAME
    pytest.skip("the shared data folder is not beside this checkout")


def test_the_shipped_file_keeps_every_count():
    s = load_real_counts()
    assert len(s) == ROWS and s.values.sum() == TOTAL
    assert s.start == np.datetime64("2008-01-01") and s.end == np.datetime64("2015-12-31")
    assert (
        s.missing.size == 59
        and s.missing[0] == np.datetime64("2008-01-31")
        and s.missing[-1] == np.datetime64("2015-10-12")
    )
    assert s.values.min() == 59 and s.values.max() == 8583 and np.all(s.values == np.round(s.values))
    assert np.all(np.diff(s.dates) > np.timedelta64(0, "D"))


def test_the_shipped_file_matches_the_source():
    source = _source()
    assert hashlib.sha256(source.read_bytes()).hexdigest() == _script().SOURCE_SHA256
    with source.open(encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    dates = np.array(sorted(day for day, _ in rows), dtype="datetime64[D]")
    s = load_real_counts()
    assert len(rows) == len(s) == ROWS and sum(int(v) for _, v in rows) == s.values.sum() == TOTAL
    calendar = np.arange(dates[0], dates[-1] + 1)
    np.testing.assert_array_equal(np.setdiff1d(calendar, dates), s.missing)
    assert _script().convert(source.read_bytes()) == resource("data", "wikipedia-R-views.csv").read_bytes()


def test_the_script_refuses_another_file():
    with pytest.raises(ValueError, match="not the recorded"):
        _script().convert(b"date,views\n2021-01-01,5\n")


def test_the_lessons_see_thousands_of_views():
    k = load_real_views()
    assert k.unit == "k" and "real" in k.name
    np.testing.assert_allclose(k.values * 1000, load_real_counts().values)
    assert k.missing.size == 59  # still missing: filled only when the learner asks
