"""Screenshots of the neurons and deep-network lessons for the README (offscreen, reproducible).

    python docs/make_neurons_screenshots.py     # writes docs/screenshots/piecewise.png and deep.png

- piecewise.png: 4 hard sigmoids fitting the red curve (seed 42), a few hundred updates
  in, with "two ReLUs make one hard sigmoid" shown for one neuron.
- deep.png: 4 layers of 100 ReLU on 56 days of views after the lesson's 3000 updates, and
  the depth comparison (1–4 layers) trained by the Compare runner.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from applet.ui.automation import train, wait_until  # noqa: E402
from applet.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PIECEWISE_UPDATES = 400
COMPARISON_TIMEOUT_S = 900


def save(app, window, name: str) -> None:
    wait_until(app, lambda: False, 0.5)  # let the last snapshot be drawn
    path = OUT / name
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"saved {path}")


def fresh_window(app, lesson: str) -> MainWindow:
    """A window opened on ``lesson`` with default settings and layout."""
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(lesson, seed=42, settings=settings)
    window.show()
    wait_until(app, lambda: window.last_snapshot is not None, 10)
    return window


def piecewise(app) -> None:
    window = fresh_window(app, "piecewise")
    if not train(app, window, PIECEWISE_UPDATES):
        raise SystemExit("piecewise: training did not finish")
    neurons = window.panels["neurons"]
    neurons.select(2)
    neurons.two_relu_toggle.setChecked(True)
    save(app, window, "piecewise.png")
    window.close()


def deep(app) -> None:
    window = fresh_window(app, "deep")
    if not train(app, window, 3000, timeout_s=COMPARISON_TIMEOUT_S):
        raise SystemExit("deep: training did not finish")
    compare = window.panels["compare"]
    compare.start()
    if not wait_until(app, lambda: compare.run_button.isEnabled(), COMPARISON_TIMEOUT_S):
        raise SystemExit("deep: the comparison did not finish")
    # drag the splitter so the whole table shows, as a learner would
    window.resizeDocks([window.docks["compare"], window.docks["builder"]], [230, 250], Qt.Orientation.Vertical)
    save(app, window, "deep.png")
    window.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    piecewise(app)
    deep(app)


if __name__ == "__main__":
    main()
