"""Screenshots of the error-surface lesson for the README (offscreen, reproducible).

    python docs/make_screenshots.py            # writes docs/screenshots/surface-*.png

- surface-raw.png: raw x₁ (views in k), MSE, η = 0.048 from (w, b) = (2, 3): the valley
  is long and thin, gradient descent zig-zags across it while it crawls along it.
- surface-standardised.png: x₁ standardised, MSE, η = 0.1 from the seed's start: the
  bowl is round and the path runs straight to the minimum.
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

from applet.core.linear_model import as_parameters  # noqa: E402
from applet.ui.automation import train, wait_until  # noqa: E402
from applet.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SHOTS = (
    # file, standardise x₁, learning rate, start (w, b) or None for the seed's, updates
    ("surface-raw.png", False, 0.048, (2.0, 3.0), 60),
    ("surface-standardised.png", True, 0.1, None, 40),
)


def choose(window, combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def type_learning_rate(window, lr: float) -> None:
    field = window.controls.lr_input
    field.setText(f"{lr:g}")
    field.editingFinished.emit()


def shoot(app, window, name: str, standardize: bool, lr: float, start, updates: int) -> None:
    problem = window.setup.problem
    choose(window, window.controls.choice_inputs["standardize"], standardize)
    if window.setup.problem is not problem:
        wait_until(app, lambda: window.last_snapshot.problem is window.setup.problem, 10)
    choose(window, window.controls.loss_input, "mse")
    type_learning_rate(window, lr)
    wait_until(app, lambda: window.last_snapshot.loss_name == "mse" and window.last_snapshot.lr == lr, 10)
    run_id = window.last_snapshot.run_id
    if start is not None:
        window.panels["surface"].restart_requested.emit(*as_parameters(*start))
    else:
        window.reset(window.controls.seed_input.value())
    wait_until(app, lambda: window.last_snapshot.run_id != run_id, 10)
    if not train(app, window, updates):
        raise SystemExit(f"training for {name} did not finish")
    wait_until(app, lambda: False, 0.5)  # let the last snapshot be drawn
    path = OUT / name
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"saved {path}")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow("views-linear", seed=42, settings=settings)
    window.show()
    wait_until(app, lambda: window.last_snapshot is not None, 10)
    for shot in SHOTS:
        shoot(app, window, *shot)
    window.close()


if __name__ == "__main__":
    main()
