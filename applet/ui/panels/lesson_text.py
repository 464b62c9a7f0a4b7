"""Lesson panel: the current lesson's explanation and "try this" tasks, in the window's language.

The texts are Markdown files, ``resources/lessons/<lesson-id>.<language>.md`` (English
``en``, Simplified Chinese ``zh_CN``, Traditional Chinese ``zh_TW`` converted from zh_CN by
``packaging/update_translations.py``); a language without a text falls back to English.
The window shows this panel beside the plots for every lesson.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

from applet.paths import resource
from applet.ui import language
from applet.ui.panels.base import Panel


def lesson_text_path(lesson_id: str, code: str) -> Path:
    return resource("lessons", f"{lesson_id}.{code}.md")


def lesson_text(lesson_id: str, code: str) -> str:
    """The Markdown text of a lesson in language ``code`` (English if there is none)."""
    for candidate in (code, "en"):
        path = lesson_text_path(lesson_id, candidate)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class LessonTextPanel(Panel):
    panel_id = "lesson"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.browser = QTextBrowser(objectName="lessonText")
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.lesson_id: str | None = None

    def title(self) -> str:
        return self.tr("Lesson")

    def show_lesson(self, lesson_id: str) -> None:
        self.lesson_id = lesson_id
        self.retranslate()

    def retranslate(self) -> None:
        if self.lesson_id is None:
            return
        text = lesson_text(self.lesson_id, language.current())
        self.browser.setMarkdown(text or self.tr("This lesson has no text yet."))
