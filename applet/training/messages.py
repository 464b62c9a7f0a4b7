"""Core errors in the learner's language: a ``DataError``'s template translated, its parameters filled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from applet.core.errors import CONTEXT, DataError, Term, fill


def translated(error: BaseException) -> str:
    """The text to show for ``error``: a DataError in the installed language (a cause inside
    it and its Terms too); any other exception as it reads."""
    if not isinstance(error, DataError):
        return str(error)
    return fill(QCoreApplication.translate(CONTEXT, error.template), *error.params, show=_shown)


def _shown(param: object) -> str:
    if isinstance(param, BaseException):
        return translated(param)
    if isinstance(param, Term):
        return QCoreApplication.translate(CONTEXT, param)
    return str(param)
