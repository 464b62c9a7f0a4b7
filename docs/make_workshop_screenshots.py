"""Screenshots for the README's "Languages and workshops" section (offscreen, reproducible).

    python docs/make_workshop_screenshots.py     # writes docs/screenshots/zh_CN-*.png, presentation.png

- zh_CN-<lesson>.png: every lesson in Simplified Chinese after 200 updates, made with the
  command line a learner would use (``applet --lesson ID --lang zh_CN --screenshot …``).
- presentation.png: the first lesson in presentation mode (View → Presentation mode), the
  window at 1600×900 as on a classroom projector.
Chinese needs a CJK font (Debian/Ubuntu: ``apt-get install fonts-noto-cjk``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from applet.ui.automation import train, wait_until  # noqa: E402
from applet.ui.fonts import add_cjk_fallback  # noqa: E402
from applet.ui.lessons import LESSONS  # noqa: E402
from applet.ui.main_window import MainWindow  # noqa: E402
from applet.ui.workshop import PRESENTATION_KEY  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
STEPS = 200


def chinese_lessons() -> None:
    for lesson_id in LESSONS:
        path = OUT / f"zh_CN-{lesson_id}.png"
        subprocess.run([sys.executable, "-m", "applet", "--lesson", lesson_id, "--lang", "zh_CN",
                        "--screenshot", str(path), "--steps", str(STEPS)], cwd=ROOT, check=True)


def presentation() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    add_cjk_fallback(app)
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(PRESENTATION_KEY, True)
    window = MainWindow("views-linear", settings=settings)
    window.resize(1600, 900)
    window.show()
    if not train(app, window, STEPS):
        raise SystemExit("training did not finish")
    wait_until(app, lambda: False, 0.3)
    window.grab().save(str(OUT / "presentation.png"))
    print(f"saved {OUT / 'presentation.png'}")
    window.close()


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    chinese_lessons()
    presentation()
