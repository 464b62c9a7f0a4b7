"""Where the views lessons' daily counts come from, and how they are cut for learning.

The views lessons predict a day's count from the days before it. They learn from one of
the built-in series — the *synthetic* teaching channel or the *real* Wikipedia page
views — or from a CSV the learner imported (its text is kept, so a saved session carries
its data with it). A source also says what to do with missing days (fill them by linear
interpolation, or drop the examples that touch them) and where the unseen days begin and
how many there are (the lecture's split); a saved session records all of it.
"""

from __future__ import annotations

from dataclasses import InitVar, dataclass, field

import numpy as np

from applet.core.datasets.csvio import read_daily_counts
from applet.core.datasets.series import DailySeries
from applet.core.datasets.split import UNSEEN_DAYS, Split
from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.problem import (
    FILL,
    GAP_CHOICES,
    Problem,
    builtin_views,
    default_split,
    last_years,
    real_views,
    views_problem,
    with_features,
)

SYNTHETIC = "synthetic"
REAL = "real"
CSV = "csv"
BUILT_IN_SETS = (SYNTHETIC, REAL)


@dataclass(frozen=True)
class DataSource:
    """A built-in series (``text is None``: ``dataset`` names which) or an imported CSV's
    text and name; how missing days are handled (``gaps``); the first unseen day
    (``val_start``, ISO date; None = the data set's own) and how many days stay unseen."""

    name: str = ""
    text: str | None = None
    dataset: str = SYNTHETIC
    gaps: str = FILL
    val_start: str | None = None
    val_days: int = UNSEEN_DAYS
    series: DailySeries = field(init=False, repr=False, compare=False)
    read: InitVar[DailySeries | None] = None  # the series of ``text``, when the caller has just read it

    def __post_init__(self, read: DailySeries | None) -> None:
        if self.dataset not in BUILT_IN_SETS:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "There is no built-in data set %1."), repr(self.dataset))
        if self.gaps not in GAP_CHOICES:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Missing days are filled or dropped, not %1."), repr(self.gaps)
            )
        # reading the CSV here means a DataSource always holds usable data (else DataError)
        if self.text is not None:
            series = read if read is not None else read_daily_counts(self.text.encode("utf-8"), self.name)
        else:
            series = real_views() if self.dataset == REAL else builtin_views()
        object.__setattr__(self, "series", series)
        _ = self.split  # a first unseen day that is no date raises DataError here

    @classmethod
    def builtin(cls, dataset: str = SYNTHETIC) -> DataSource:
        """A built-in series: ``"synthetic"`` (the teaching channel) or ``"real"`` (Wikipedia)."""
        return cls(dataset=dataset)

    @classmethod
    def from_csv_bytes(cls, data: bytes, name: str, gaps: str = FILL) -> DataSource:
        """An imported CSV file's bytes (UTF-8 or Latin-1, as ``read_daily_counts`` reads them)."""
        series = read_daily_counts(data, name)  # the file's own errors, with its line numbers
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        return cls(name, text, gaps=gaps, read=series)  # read once: the series just read is the text's

    @property
    def kind(self) -> str:
        """``"synthetic"``, ``"real"`` or ``"csv"``."""
        return CSV if self.text is not None else self.dataset

    @property
    def split(self) -> Split:
        """The lecture's split of this series, moved where the learner moved it."""
        if self.val_start is None:
            return Split(default_split(self.series).val_start, self.val_days)
        try:
            start = np.datetime64(self.val_start, "D")
            if np.isnat(start):  # "" and "NaT" are read as "not a time"
                raise ValueError(self.val_start)
        except ValueError as error:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The first unseen day %1 is not a date."), repr(self.val_start)
            ) from error
        return Split(start, self.val_days)

    def rebase(self, problem: Problem) -> Problem:
        """The same problem on this data: a views problem is cut from this series; others are unchanged."""
        info = problem.views
        if info is None:
            return problem
        rebased = views_problem(info.days, self.series, standardize=info.standardized, gaps=self.gaps, split=self.split)
        if info.years is not None:
            rebased = last_years(rebased, info.years)
        columns = problem.columns  # some of the days only, e.g. x₁, x₂, x₇
        return rebased if columns is None else with_features(rebased, columns)
