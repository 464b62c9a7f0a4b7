"""Errors the learner is shown as a message, never as a traceback.

A ``DataError`` carries its message as an English template with numbered parameters,
``DataError(QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is not a date."), line, text)``,
so that the window can show it in the learner's language: the template is the key its
translation is found by (``pyside6-lupdate`` collects every ``QT_TRANSLATE_NOOP`` call by
name), the parameters are filled in afterwards. ``str(error)`` is the English text. The
core stays Qt-free: the marker below only returns its text; ``applet.training.messages``
translates.
"""

import re
from collections.abc import Callable

import numpy as np

CONTEXT = "DataError"  # the translation context of every core message
_PLACE = re.compile(r"%(\d+)")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 — the name lupdate looks for
    """Mark ``source`` as a message to translate (in ``context``); returns it unchanged."""
    return source


def fill(template: str, *params: object, show: Callable[[object], str] = str) -> str:
    """``template`` (translated, or a core message) with its place markers %1, %2, … replaced by
    ``show`` of that parameter, in one pass: a parameter's own text is never filled again, and a
    marker without a parameter stays as it is. The window's texts use it too (``applet.ui.labels``)."""

    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return show(params[index]) if 0 <= index < len(params) else match.group(0)

    return _PLACE.sub(replace, template)


class Term(str):
    """A parameter that is itself words to translate (``Term(QT_TRANSLATE_NOOP("DataError", "learning rate"))``),
    unlike a file name or a number, which are shown as they are."""


class DataError(ValueError):
    """Input that cannot be used (bad file, bad number, bad shape), explained in plain words.

    ``template`` is the message with %1, %2… for ``params`` (which may themselves be
    DataErrors — a cause inside a message — or Terms); ``str()`` gives the English text.
    """

    def __init__(self, template: str, *params: object) -> None:
        super().__init__(fill(template, *params) if params else template)
        self.template = template
        self.params = params


class Interrupted(Exception):
    """An update abandoned half-way because the learner paused or closed the window:
    nothing it would have changed was changed (see ``Trainer.step``)."""


def quiet_overflow() -> np.errstate:
    """For computations that may overflow when training diverges or a learner types a huge number:
    the caller checks the result and says so in words, so NumPy's console warnings are not wanted."""
    return np.errstate(over="ignore", invalid="ignore")
