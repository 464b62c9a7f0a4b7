"""AppState: what the learner has chosen — lesson, choices, data source, seed, training setup.

One object, owned by the window, so nothing keeps its own copy: the window's ``lesson``,
``choices``, ``seed``, ``data_source`` and ``setup`` attributes (which sessions and exports
use) read and write it, and every panel is handed it to read (``Panel.app_state``).
"""

from __future__ import annotations

from dataclasses import replace

from applet.core.datasource import DataSource
from applet.training.comparison import ComparisonRow
from applet.training.setup import TrainingSetup
from applet.ui.lessons import Lesson


class AppState:
    def __init__(self, seed: int) -> None:
        self.lesson: Lesson | None = None
        self.choices: dict = {}
        self.setup: TrainingSetup | None = None
        self.seed = seed  # the seed the learner chose (the seed box)
        self.data_source = DataSource.builtin()  # the daily views the views lessons learn from
        self.imported: DataSource | None = None  # the learner's last imported CSV, offered in Lesson settings

    def comparison_rows(self) -> list[ComparisonRow]:
        """The lesson's comparison for the current choices and seed, trained on the chosen data.

        Raises DataError when the data source cannot serve a row.
        """
        if self.lesson is None or self.lesson.compare is None:
            return []
        return [
            replace(row, setup=row.setup.with_options(problem=self.data_source.rebase(row.setup.problem)))
            for row in self.lesson.compare(self.choices, self.seed)
        ]
