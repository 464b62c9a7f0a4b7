"""What every README screenshot needs: an offscreen application, a fresh window, a saved PNG.

Importing this module sets ``QT_QPA_PLATFORM=offscreen`` (unless a platform is chosen) and
puts the repository on ``sys.path``, so ``python docs/make_screenshots.py`` runs from a
source checkout without installing the app.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from applet.platform_check import offscreen_platform  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform(1280, 832))  # windows of 1280 × 800

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from applet.ui import language  # noqa: E402
from applet.ui.automation import train, wait_until  # noqa: E402
from applet.ui.fonts import add_cjk_fallback  # noqa: E402
from applet.ui.main_window import MainWindow  # noqa: E402
from applet.ui.workshop import PRESENTATION_KEY  # noqa: E402

SCREENSHOTS = ROOT / "docs" / "screenshots"
SEED = 42  # everyone's default: the README shows what a new learner sees


def start_app() -> QApplication:
    """The application, with the CJK font fallback the app itself installs (for Chinese shots)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    add_cjk_fallback(app)
    return app


def fresh_window(
    app: QApplication,
    lesson_id: str,
    lang: str | None = None,
    *,
    presentation: bool = False,
    size: tuple[int, int] | None = None,
) -> MainWindow:
    """A window opened on ``lesson_id`` as on a first start: default layout and options
    (a throw-away settings file), seed 42, in ``lang`` (English when None), optionally in
    presentation mode and at ``size``; returned once it has drawn its first snapshot."""
    language.install(lang or "en")
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    if presentation:
        settings.setValue(PRESENTATION_KEY, True)
    window = MainWindow(lesson_id, seed=SEED, settings=settings)
    if size is not None:
        window.resize(*size)
    window.show()
    if not wait_until(app, lambda: window.last_snapshot is not None, 10):
        raise SystemExit(f"{lesson_id}: the window drew no snapshot")
    return window


def train_for(app: QApplication, window: MainWindow, updates: int, timeout_s: float = 60.0) -> None:
    """Train the window's lesson for ``updates`` more updates; exit with a message on time-out."""
    if not train(app, window, updates, timeout_s=timeout_s):
        raise SystemExit(f"{window.lesson.id}: training did not finish")


def save(app: QApplication, window: MainWindow, path: Path) -> None:
    """Let the last snapshot be drawn, then write the window as PNG to ``path``."""
    wait_until(app, lambda: False, 0.5)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"saved {path}")
