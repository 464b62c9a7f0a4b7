"""Workshop use of the window: language, light/dark theme, presentation mode, full screen,
and the Help menu (keyboard shortcuts, glossary).

Every choice is kept in the window's QSettings; the next window opens the same way
(the language is installed by ``applet.app`` before the window exists).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from applet.paths import resource
from applet.ui import language
from applet.ui.panels.base import Panel
from applet.ui.screen_fit import content
from applet.ui.style import Theme, apply_to_application, restyle

THEME_KEY = "view/theme"
PRESENTATION_KEY = "view/presentation"


def menu_text(text: str) -> str:
    """A menu item's text without its keyboard mnemonic: "&Open…" → "Open…", "打开(&O)…" → "打开…"."""
    return re.sub(r"\(&\w\)|&(?=[^&])", "", text).replace("&&", "&")


def glossary_text(code: str | None = None) -> str:
    """The English ↔ Chinese glossary (Markdown) for language ``code`` (default: the window's).

    ``glossary.md`` holds English, Simplified and Traditional terms; a language with its own
    ``glossary.<code>.md`` (zh_TW: its terms and meanings in Traditional script) shows that.
    """
    own = resource("lessons", f"glossary.{code or language.current()}.md")
    return (own if own.is_file() else resource("lessons", "glossary.md")).read_text(encoding="utf-8")


class Workshop(QObject):
    """View → Language, Theme, Presentation mode, Full screen; Help → Keyboard shortcuts, Glossary."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.dialog: QDialog | None = None
        view = window.view_menu
        view.addSeparator()
        self.language_menu = view.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_actions = self._group(self.language_menu, language.LANGUAGES, "language_%s", self.set_language)
        self.theme_menu = view.addMenu("")
        self.theme_menu.setObjectName("themeMenu")
        self.theme_actions = self._group(self.theme_menu, {"light": "", "dark": ""}, "theme_%s", self.set_theme)
        self.presentation_action = self._action(view, "presentationAction", "Ctrl+Shift+P", self.set_presentation)
        self.presentation_action.setCheckable(True)
        self.fullscreen_action = self._action(view, "fullScreenAction", "F11", self.set_full_screen)
        self.fullscreen_action.setCheckable(True)
        self.help_menu = window.menuBar().addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.shortcuts_action = self._action(self.help_menu, "shortcutsAction", None, self.show_shortcuts)
        self.glossary_action = self._action(self.help_menu, "glossaryAction", None, self.show_glossary)
        self.language_actions[language.current()].setChecked(True)
        self._apply_theme(
            self.settings.value(THEME_KEY, "light"), self.settings.value(PRESENTATION_KEY, False, type=bool)
        )

    # -- building --------------------------------------------------------------------------
    def _action(self, menu, name: str, shortcut: str | None, slot) -> QAction:
        action = QAction(self.window, objectName=name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        menu.addAction(action)
        return action

    def _group(self, menu, names: dict[str, str], object_name: str, slot) -> dict[str, QAction]:
        group = QActionGroup(self)
        actions = {}
        for key, text in names.items():
            action = QAction(text, self.window, objectName=object_name % key, checkable=True)
            action.triggered.connect(lambda _checked=False, key=key: slot(key))
            group.addAction(action)
            menu.addAction(action)
            actions[key] = action
        return actions

    def retranslate(self) -> None:
        self.language_menu.setTitle(self.tr("&Language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.theme_actions["light"].setText(self.tr("Light"))
        self.theme_actions["dark"].setText(self.tr("Dark"))
        self.presentation_action.setText(self.tr("&Presentation mode"))
        self.presentation_action.setToolTip(
            self.tr("For a projector: larger fonts and thicker lines, light background, high-contrast colours.")
        )
        self.fullscreen_action.setText(self.tr("&Full screen"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.glossary_action.setText(self.tr("&Glossary (English ↔ 中文)"))

    # -- language ------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch the whole open window to ``code`` now, and remember it."""
        self.language_actions[language.install(code)].setChecked(True)
        self.settings.setValue(language.SETTINGS_KEY, code)
        self.window.retranslate()

    # -- theme -----------------------------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        self.settings.setValue(THEME_KEY, name)
        self._apply_theme(name, Theme.presentation)

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: 1.5× fonts and lines, light, high contrast — for a classroom projector."""
        self.settings.setValue(PRESENTATION_KEY, bool(on))
        self._apply_theme(Theme.name, on)

    def _apply_theme(self, name: str, presentation: bool) -> None:
        ratio, recolor = Theme.configure(name, presentation)
        self.theme_actions[Theme.name].setChecked(True)
        self.presentation_action.setChecked(Theme.presentation)
        apply_to_application(QApplication.instance())
        for dock in self.window.findChildren(QDockWidget):
            widget = content(dock)
            if isinstance(widget, Panel):
                widget.apply_theme(ratio, recolor)
            elif widget is not None:
                restyle(widget, ratio, recolor)
        restyle(self.window.statusBar(), ratio, recolor)
        self.window.fit_docks()  # larger fonts need taller docks: a dock too short becomes a tab

    # -- full screen ----------------------------------------------------------------------------
    def set_full_screen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()

    # -- help ---------------------------------------------------------------------------------------
    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action of the window that has a shortcut."""
        rows, seen = [], set()
        for action in self.window.findChildren(QAction):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and keys not in seen and action.text():
                seen.add(keys)
                rows.append((keys, menu_text(action.text())))
        return rows

    def show_shortcuts(self) -> None:
        table = QTableWidget(0, 2, objectName="shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for keys, text in self.shortcuts():
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
        self._show_dialog("shortcutsDialog", self.tr("Keyboard shortcuts"), table, (420, 460))

    def show_glossary(self) -> None:
        browser = QTextBrowser(objectName="glossaryText")
        browser.setMarkdown(glossary_text())
        self._show_dialog("glossaryDialog", self.tr("Glossary"), browser, (780, 620))

    def _show_dialog(self, name: str, title: str, content, size: tuple[int, int]) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog = QDialog(self.window, objectName=name)
        dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(content)
        layout.addWidget(buttons)
        dialog.resize(int(size[0] * Theme.scale), int(size[1] * Theme.scale))
        dialog.open()
        self.dialog = dialog
