"""The language of the window: English (the source texts), Simplified or Traditional Chinese.

Switching removes the installed translators and installs the next language's — the applet's
own (``resources/translations``) and Qt's (standard buttons such as Cancel, Save, Close) —
after which the window re-applies every text (``MainWindow.retranslate``).
The learner's choice is kept in QSettings; without one the system locale decides. Chinese
glyphs come from a CJK font of the language's script (``applet.ui.fonts``), chosen again on
every switch: characters shared by both scripts are drawn the Taiwanese way in zh_TW.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from applet.paths import resource
from applet.ui import fonts

# code → the language's name in itself (menus show each language in its own script)
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current = "en"


def system_language(locale: QLocale | None = None) -> str:
    """The supported language nearest the system locale (English when none fits).

    Chinese in Traditional script (Taiwan, Hong Kong, Macau, zh_Hant) → zh_TW; other Chinese → zh_CN.
    """
    locale = QLocale.system() if locale is None else locale
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    return "zh_TW" if locale.script() == QLocale.Script.TraditionalHanScript else "zh_CN"


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
    _current = _translate(app, code)
    if isinstance(app, QApplication):
        fonts.add_cjk_fallback(app, _current)
    return _current


def _translate(app: QCoreApplication, code: str) -> str:
    """Install ``code``'s translators (none for English); returns the code installed."""
    if code == "en":
        return "en"
    own = QTranslator(app)
    if not own.load(str(resource("translations", f"applet_{code}.qm"))):
        return "en"
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    _installed.append(own)
    for translator in _installed:
        app.installTranslator(translator)
    return code
