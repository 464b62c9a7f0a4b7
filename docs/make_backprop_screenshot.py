"""The README's backpropagation screenshot (offscreen, reproducible).

    python docs/make_backprop_screenshot.py    # writes docs/screenshots/backprop.png

The backprop lesson's hand-picked example (Matt Mazur's 2-2-2 sigmoid network), traced
with Next to the middle of the backward pass — ∂L/∂a₁⁽¹⁾ = w₁₁⁽²⁾·∂L/∂z₁⁽²⁾ + w₁₂⁽²⁾·∂L/∂z₂⁽²⁾,
the error of a hidden neuron gathered back through the weights — and shown as the
reversed network, where σ′(z) are the amplifiers.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from applet.ui.automation import wait_until  # noqa: E402
from applet.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "backprop.png"
STOP_AT = "∂L/∂a₁⁽¹⁾"


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow("backprop", seed=42, settings=settings)
    window.show()
    wait_until(app, lambda: window.last_snapshot is not None, 10)
    panel = window.panels["trace"]
    while panel.cursor == 0 or panel.trace[panel.cursor - 1].symbol != STOP_AT:
        panel.next_button.click()
    panel.reversed_input.setChecked(True)
    wait_until(app, lambda: False, 0.5)  # let everything be drawn
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(OUT)):
        raise SystemExit(f"could not write {OUT}")
    print(f"saved {OUT}")
    window.close()


if __name__ == "__main__":
    main()
