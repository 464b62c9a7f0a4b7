"""The language of the window: English (the source texts) or Simplified Chinese.

Switching removes the installed translators and installs the next language's — the applet's
own (``resources/translations``) and Qt's (standard buttons such as Cancel, Save, Close) —
after which the window re-applies every text (``MainWindow.retranslate``).
The learner's choice is kept in QSettings; without one the system locale decides.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from applet.paths import resource

# code → the language's name in itself (menus show each language in its own script)
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """The supported language nearest the system locale (English when none fits)."""
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def saved_language(settings: QSettings) -> str | None:
    value = settings.value(SETTINGS_KEY)
    return value if value in LANGUAGES else None


def current() -> str:
    return _current


def install(language: str | None) -> str:
    """Translate the application into ``language`` (None: the system's); returns the code used.

    A language whose .qm cannot be loaded falls back to English (the source texts).
    """
    global _current
    code = language if language in LANGUAGES else system_language()
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    _current = "en"
    if code == "en":
        return _current
    own = QTranslator(app)
    if not own.load(str(resource("translations", f"applet_{code}.qm"))):
        return _current
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    _installed.append(own)
    for translator in _installed:
        app.installTranslator(translator)
    _current = code
    return _current
