"""The README's digits screenshot (offscreen, reproducible).

    python docs/make_digits_screenshot.py      # writes docs/screenshots/digits.png

The digits lesson with its default network (256-100 ReLU-10, Adam), trained for 1,000
updates (16 epochs, about 95 % test accuracy); a mistake selected in the grid so its
probability bars show the wrong answer beside the outlined true class; and a "2" drawn
on the pad with the mouse (QTest events, as a learner would), with the 16×16 input the
network sees and its live probabilities.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from applet.ui.automation import train, wait_until  # noqa: E402
from applet.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "digits.png"
UPDATES = 1000
# a handwritten "2": the arc, the diagonal, the foot — fractions of the pad's square
TWO = [(0.30, 0.32), (0.36, 0.22), (0.48, 0.16), (0.60, 0.18), (0.68, 0.28), (0.66, 0.40), (0.56, 0.53),
       (0.44, 0.65), (0.32, 0.78), (0.30, 0.82), (0.45, 0.81), (0.60, 0.80), (0.74, 0.81)]


def draw(pad, points) -> None:
    square = pad.square()
    at = [QPoint(int(square.x() + x * square.width()), int(square.y() + y * square.height())) for x, y in points]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at[0])
    for a, b in zip(at, at[1:]):  # move in small steps, like a hand
        for t in (0.25, 0.5, 0.75, 1.0):
            QTest.mouseMove(pad, QPoint(round(a.x() + t * (b.x() - a.x())), round(a.y() + t * (b.y() - a.y()))))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at[-1])


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow("digits", seed=42, settings=settings)
    window.show()
    if not train(app, window, UPDATES, timeout_s=300):
        raise SystemExit("training did not finish")
    digits = window.panels["digits"]
    page = digits.page_indices()
    wrong = [k for k, i in enumerate(page) if digits.predicted[i] != digits.labels[i]]
    if wrong:
        QTest.mouseClick(digits.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         digits.grid.cell_rect(wrong[0]).center())
    pad = window.panels["drawpad"]
    draw(pad.pad, TWO)
    wait_until(app, lambda: False, 0.5)  # let everything be drawn
    print(f"test accuracy {digits.accuracy:.1%}; the pad's answer: {pad.answer_label.text()}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(OUT)):
        raise SystemExit(f"could not write {OUT}")
    print(f"saved {OUT}")
    window.close()


if __name__ == "__main__":
    main()
