"""Where the views lessons' daily counts come from: the built-in series or an imported CSV.

The views lessons predict a day's count from the days before it. By default they learn
from the shipped (synthetic) channel; a learner can import their own channel's daily
counts instead, and every views lesson then learns from those. The imported CSV's text
is kept, so a saved session carries its data with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from applet.core.datasets.csvio import read_daily_counts
from applet.core.datasets.series import DailySeries
from applet.core.problem import Problem, builtin_views, last_years, views_problem

BUILTIN = "builtin"
CSV = "csv"


@dataclass(frozen=True)
class DataSource:
    """The built-in series (``text is None``) or an imported CSV's text and name."""

    name: str = ""
    text: str | None = None
    series: DailySeries = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # reading the CSV here means a DataSource always holds usable data (else DataError)
        series = builtin_views() if self.text is None else read_daily_counts(self.text.encode("utf-8"), self.name)
        object.__setattr__(self, "series", series)

    @classmethod
    def builtin(cls) -> DataSource:
        return cls()

    @classmethod
    def from_csv_bytes(cls, data: bytes, name: str) -> DataSource:
        """An imported CSV file's bytes (UTF-8 or Latin-1, as ``read_daily_counts`` reads them)."""
        read_daily_counts(data, name)  # the file's own errors, with its line numbers
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        return cls(name, text)

    @property
    def kind(self) -> str:
        return BUILTIN if self.text is None else CSV

    def rebase(self, problem: Problem) -> Problem:
        """The same problem on this data: a views problem is cut from this series; others are unchanged."""
        if self.text is None or problem.info.get("kind") != "views":
            return problem
        rebased = views_problem(
            int(problem.info["days"]), self.series, standardize=bool(problem.info.get("standardized"))
        )
        return last_years(rebased, problem.info["years"]) if "years" in problem.info else rebased
