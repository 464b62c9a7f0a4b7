"""AppState: what the learner has chosen — lesson, choices, data source, seed, training setup.

One object, owned by the window, so nothing keeps its own copy: the window, sessions and
exports read and write it, and every panel is handed it to read (``Panel.app_state``).
Whoever shows a part of it subscribes (``subscribe``) and hears of every change to that
part, once, after the new values are in place; setting a value again tells no one.
(The window's ``lesson``, ``choices``, ``setup``, ``seed``, ``data_source`` and ``imported``
read the same values.) Qt-free: observers are plain callables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from applet.core.datasource import DataSource
from applet.training.comparison import ComparisonRow
from applet.training.setup import TrainingSetup
from applet.ui.lessons import Lesson

FIELDS = ("lesson", "choices", "setup", "seed", "data_source", "imported")
Observer = Callable[[frozenset[str]], None]  # called with the names of the fields that changed


def _same(old: object, new: object) -> bool:
    """Whether setting ``new`` over ``old`` changes nothing (a training setup is only ever the same object)."""
    return old is new or (type(old) is type(new) and not isinstance(new, TrainingSetup) and old == new)


class AppState:
    lesson: Lesson | None
    choices: dict[str, Any]
    setup: TrainingSetup | None
    seed: int  # the seed the learner chose (the seed box)
    data_source: DataSource  # the daily views the views lessons learn from
    imported: DataSource | None  # the learner's last imported CSV, offered in Lesson settings
    _observers: list[tuple[Observer, frozenset[str]]]

    def __init__(self, seed: int) -> None:
        object.__setattr__(self, "_observers", [])
        for name, value in zip(FIELDS, (None, {}, None, seed, DataSource.builtin(), None)):
            object.__setattr__(self, name, value)

    def subscribe(self, observer: Observer, *names: str) -> None:
        """Call ``observer`` after every change to one of the fields ``names`` (any field, if none
        are named), with the names of all fields that changed."""
        unknown = set(names) - set(FIELDS)
        if unknown:
            raise AttributeError(f"AppState has no {', '.join(sorted(unknown))}")
        self._observers.append((observer, frozenset(names or FIELDS)))

    def update(self, **changes: Any) -> None:
        """Set several fields at once; observers hear of them together, once."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise AttributeError(f"AppState has no {', '.join(sorted(unknown))}")
        changed = frozenset(name for name, value in changes.items() if not _same(getattr(self, name), value))
        for name in changed:
            object.__setattr__(self, name, changes[name])
        if changed:
            for observer, names in list(self._observers):
                if changed & names:
                    observer(changed)

    def __setattr__(self, name: str, value: Any) -> None:
        self.update(**{name: value})  # a field, announced; anything else is refused

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
