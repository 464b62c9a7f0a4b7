"""The README's screenshots, made offscreen and reproducibly (seed 42, default layout).

    python docs/make_screenshots.py                      # all of them, into docs/screenshots/
    python docs/make_screenshots.py digits backprop      # only the named ones
    python docs/make_screenshots.py --out /tmp/shots     # elsewhere (e.g. to compare)

- views-linear: views-linear.png, the first lesson after Run for 300 updates.
- surface: the error-surface lesson.
  surface-raw.png: raw x₁ (views in k), MSE, η = 0.048 from (w, b) = (2, 3): the valley is
  long and thin, gradient descent zig-zags across it while it crawls along it.
  surface-standardised.png: x₁ standardised, MSE, η = 0.1 from the seed's start: the bowl
  is round and the path runs straight to the minimum.
- batches: surface-batches.png, the first lesson at 1366×768 with x₁ standardised, MSE,
  η = 0.01 and mini-batches of B = 10 days, one update past the first epoch (⌈N/B⌉
  updates): the last batch's own surface Lᵇ (purple contours, ✚ its minimum) over the
  faint L of all training days, the last step's arrow and the yellow mark where epoch 1 ended.
- backprop: backprop.png, the lesson's hand-picked example (Matt Mazur's 2-2-2 sigmoid
  network) traced with Next to the middle of the backward pass —
  ∂L/∂a₁⁽¹⁾ = w₁₁⁽²⁾·∂L/∂z₁⁽²⁾ + w₁₂⁽²⁾·∂L/∂z₂⁽²⁾, the error of a hidden neuron gathered back
  through the weights — shown as the reversed network, where σ′(z) are the amplifiers.
- backprop-batch: backprop-batch.png, the same lesson at 1366×768 with a batch of 3 samples
  (Mazur's and two drawn from seed 42): the tab "Batch: ∂Cⁿ/∂w per sample" with each sample's
  gradient, their sum Σₙ (the lecture's ∂L/∂w) and their mean (our L is the mean of the Cⁿ);
  the splitter above the tabs dragged up, as a learner does to see more rows.
- digits: digits.png, the default network (256-100 ReLU-10, Adam) after 1,000 updates (16
  epochs, about 95 % test accuracy); a mistake selected in the grid so its probability bars
  show the wrong answer beside the outlined true class; and a "2" drawn on the pad with the
  mouse (QTest events, as a learner would), with the 16×16 input and its live probabilities.
- piecewise: piecewise.png, 4 hard sigmoids fitting the red curve, 400 updates in, with
  "two ReLUs make one hard sigmoid" shown for one neuron.
- deep: deep.png, 4 layers of 100 ReLU on 56 days of views after the lesson's 3000 updates,
  and the depth comparison (1–4 layers) trained by the Compare runner (minutes).
- playground: playground.png, free play on the spiral with two hidden layers of 8 ReLU after
  training stops (3,000 updates): the decision map with its boundary, training points and
  hollow unseen points; the data and features beside it.
- zh_CN: zh_CN-<lesson>.png, every lesson in Simplified Chinese after 200 updates (needs a
  CJK font; Debian/Ubuntu: ``apt-get install fonts-noto-cjk``).
- zh_TW: zh_TW-views-days.png, the second lesson in Traditional Chinese (Taiwan's terms, a
  Traditional-Chinese font) after 3000 updates, when x₁ and x₇ stand out among the weights.
- motion: motion-1.png, motion-2.png, motion-3.png, three frames 0.1 s apart while the deep
  lesson (4 × 100 ReLU) trains at full speed, a second after Run: the loss curves and the
  predicted views move a little from frame to frame instead of jumping.
- presentation: presentation.png, the first lesson in presentation mode (View → Presentation
  mode), the window at 1600×900 as on a classroom projector, after 200 updates.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

# first of the project's imports: it puts the repository on sys.path and chooses offscreen
from screenshot_tools import SCREENSHOTS, fresh_window, save, start_app, train_for

from applet.core.linear_model import as_parameters
from applet.ui.automation import wait_until
from applet.ui.lessons import LESSONS

WORKSHOP_UPDATES = 200  # the Chinese and presentation shots
TRADITIONAL_UPDATES = 3000  # the zh_TW shot: long enough for the weights the lesson text describes
COMPARISON_TIMEOUT_S = 900


def views_linear(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "views-linear")
    train_for(app, window, 300)
    save(app, window, out / "views-linear.png")
    window.close()


SURFACE_SHOTS = (
    # file, standardise x₁, learning rate, start (w, b) or None for the seed's, updates
    ("surface-raw.png", False, 0.048, (2.0, 3.0), 60),
    ("surface-standardised.png", True, 0.1, None, 40),
)


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def type_learning_rate(window, lr: float) -> None:
    field = window.controls.lr_input
    field.setText(f"{lr:g}")
    field.editingFinished.emit()


def surface_shot(app: QApplication, window, path: Path, standardize: bool, lr: float, start, updates: int) -> None:
    problem = window.setup.problem
    choose(window.controls.choice_inputs["standardize"], standardize)
    if window.setup.problem is not problem:
        wait_until(app, lambda: window.last_snapshot.problem is window.setup.problem, 10)
    choose(window.controls.loss_input, "mse")
    type_learning_rate(window, lr)
    wait_until(app, lambda: window.last_snapshot.loss_name == "mse" and window.last_snapshot.lr == lr, 10)
    run_id = window.last_snapshot.run_id
    if start is not None:
        window.panels["surface"].restart_requested.emit(*as_parameters(*start))
    else:
        window.reset(window.controls.seed_input.value())
    wait_until(app, lambda: window.last_snapshot.run_id != run_id, 10)
    train_for(app, window, updates)
    save(app, window, path)


MOTION_FRAMES, MOTION_GAP_S, MOTION_AFTER_S = 3, 0.1, 1.0


def motion(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "deep")
    speed = window.controls.speed_input
    speed.setCurrentIndex(speed.findData(0))  # full speed, as the speed list's "unlimited"
    window.toggle_run()
    wait_until(app, lambda: window.last_snapshot.running and window.last_snapshot.update > 0, 10)
    wait_until(app, lambda: False, MOTION_AFTER_S)
    for k in range(1, MOTION_FRAMES + 1):
        path = out / f"motion-{k}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"saved {path} (update {window.last_snapshot.update}, {window.last_snapshot.stop_reason})")
        wait_until(app, lambda: False, MOTION_GAP_S)
    window.toggle_run()
    window.close()


def surface(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "views-linear")
    for name, *shot in SURFACE_SHOTS:
        surface_shot(app, window, out / name, *shot)
    window.close()


BATCH_SIZE, BATCH_LR, BATCH_START, BATCH_PAST_EPOCH = 10, 0.005, (1.4, 2.6), 40


def batches(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "views-linear", size=(1366, 768))
    choose(window.controls.choice_inputs["standardize"], True)
    wait_until(app, lambda: window.last_snapshot.problem is window.setup.problem, 10)
    run_id = window.last_snapshot.run_id
    window.panels["surface"].restart_requested.emit(*as_parameters(*BATCH_START))
    wait_until(app, lambda: window.last_snapshot.run_id != run_id, 10)
    choose(window.controls.loss_input, "mse")  # a new loss frames the map around its ★ and the start
    type_learning_rate(window, BATCH_LR)
    window.controls.batch_input.setValue(BATCH_SIZE)
    chosen = ("mse", BATCH_SIZE, BATCH_LR)
    wait_until(
        app,
        lambda: (window.last_snapshot.loss_name, window.last_snapshot.batch_size, window.last_snapshot.lr) == chosen,
        10,
    )
    train_for(app, window, window.last_snapshot.updates_per_epoch + BATCH_PAST_EPOCH)
    panel = window.panels["surface"]
    wait_until(app, lambda: panel.batch_map is not None, 10)
    save(app, window, out / "surface-batches.png")
    window.close()


BACKPROP_STOP_AT = "∂L/∂a₁⁽¹⁾"


def backprop(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "backprop")
    panel = window.panels["trace"]
    while panel.cursor == 0 or panel.trace[panel.cursor - 1].symbol != BACKPROP_STOP_AT:
        panel.next_button.click()
    panel.reversed_input.setChecked(True)
    save(app, window, out / "backprop.png")
    window.close()


BATCH_SAMPLES = 3


def backprop_batch(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "backprop", size=(1366, 768))
    panel = window.panels["trace"]
    panel.batch_table.samples_input.setValue(BATCH_SAMPLES)
    wait_until(app, lambda: len(window.last_snapshot.problem.X_train) == BATCH_SAMPLES, 10)
    panel.tabs.setCurrentWidget(panel.batch_table)
    panel.splitter.setSizes([0, panel.splitter.height()])  # the splitter dragged up: the diagram at its smallest
    save(app, window, out / "backprop-batch.png")
    window.close()


DIGITS_UPDATES = 1000
# a handwritten "2": the arc, the diagonal, the foot — fractions of the pad's square
TWO = [
    (0.30, 0.32),
    (0.36, 0.22),
    (0.48, 0.16),
    (0.60, 0.18),
    (0.68, 0.28),
    (0.66, 0.40),
    (0.56, 0.53),
    (0.44, 0.65),
    (0.32, 0.78),
    (0.30, 0.82),
    (0.45, 0.81),
    (0.60, 0.80),
    (0.74, 0.81),
]


def draw(pad, points) -> None:
    square = pad.square()
    at = [QPoint(int(square.x() + x * square.width()), int(square.y() + y * square.height())) for x, y in points]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at[0])
    for a, b in zip(at, at[1:]):  # move in small steps, like a hand
        for t in (0.25, 0.5, 0.75, 1.0):
            QTest.mouseMove(pad, QPoint(round(a.x() + t * (b.x() - a.x())), round(a.y() + t * (b.y() - a.y()))))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at[-1])


def digits(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "digits")
    train_for(app, window, DIGITS_UPDATES, timeout_s=300)
    grid = window.panels["digits"]
    wrong = [k for k, i in enumerate(grid.page_indices()) if grid.predicted[i] != grid.labels[i]]
    if wrong:
        QTest.mouseClick(
            grid.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grid.grid.cell_rect(wrong[0]).center()
        )
    pad = window.panels["drawpad"]
    draw(pad.pad, TWO)
    print(f"digits: test accuracy {grid.accuracy:.1%}; the pad's answer: {pad.answer_label.text()}")
    save(app, window, out / "digits.png")
    window.close()


PIECEWISE_UPDATES = 400


def piecewise(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "piecewise")
    train_for(app, window, PIECEWISE_UPDATES)
    neurons = window.panels["neurons"]
    neurons.select(2)
    neurons.two_relu_toggle.setChecked(True)
    save(app, window, out / "piecewise.png")
    window.close()


def deep(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "deep")
    train_for(app, window, 3000, timeout_s=COMPARISON_TIMEOUT_S)
    compare = window.panels["compare"]
    compare.start()
    if not wait_until(app, lambda: compare.run_button.isEnabled(), COMPARISON_TIMEOUT_S):
        raise SystemExit("deep: the comparison did not finish")
    # drag the splitter so the whole table shows, as a learner would
    window.resizeDocks([window.docks["compare"], window.docks["builder"]], [230, 250], Qt.Orientation.Vertical)
    save(app, window, out / "deep.png")
    window.close()


PLAYGROUND_HIDDEN = 2  # layers of 8 ReLU: enough for the spiral (the lesson's task 3)


def playground(app: QApplication, out: Path) -> None:
    from applet.core.datasets.planar import builtin_points
    from applet.core.network import LayerSpec

    window = fresh_window(app, "playground")
    window.use_points(builtin_points("spiral"))
    wait_until(app, lambda: window.last_snapshot.problem is window.setup.problem, 10)
    window.apply_layers((LayerSpec(8, "relu"),) * PLAYGROUND_HIDDEN + (LayerSpec(2, "linear"),))
    wait_until(app, lambda: len(window.last_snapshot.weights) == PLAYGROUND_HIDDEN + 1, 10)
    train_for(app, window, 3000, timeout_s=300)
    print(f"playground: {window.panels['decision_map'].accuracy_label.text()}")
    save(app, window, out / "playground.png")
    window.close()


def chinese_lessons(app: QApplication, out: Path) -> None:
    for lesson_id in LESSONS:
        window = fresh_window(app, lesson_id, "zh_CN")
        train_for(app, window, WORKSHOP_UPDATES)
        save(app, window, out / f"zh_CN-{lesson_id}.png")
        window.close()


def traditional_lesson(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "views-days", "zh_TW")
    train_for(app, window, TRADITIONAL_UPDATES, timeout_s=300)
    save(app, window, out / "zh_TW-views-days.png")
    window.close()


def presentation(app: QApplication, out: Path) -> None:
    window = fresh_window(app, "views-linear", presentation=True, size=(1600, 900))
    train_for(app, window, WORKSHOP_UPDATES)
    save(app, window, out / "presentation.png")
    window.close()


SHOTS: dict[str, Callable[[QApplication, Path], None]] = {
    "views-linear": views_linear,
    "surface": surface,
    "batches": batches,
    "backprop": backprop,
    "backprop-batch": backprop_batch,
    "digits": digits,
    "piecewise": piecewise,
    "deep": deep,
    "playground": playground,
    "zh_CN": chinese_lessons,
    "zh_TW": traditional_lesson,
    "presentation": presentation,
    "motion": motion,
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Make the README's screenshots (offscreen).")
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"screenshots to make (default: all): {', '.join(SHOTS)}"
    )
    parser.add_argument(
        "--out", type=Path, default=SCREENSHOTS, metavar="DIR", help="folder for the PNGs (default: docs/screenshots)"
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in SHOTS]
    if unknown:
        parser.error(f"unknown screenshot {', '.join(unknown)}; choose from {', '.join(SHOTS)}")
    app = start_app()
    for name in args.names or SHOTS:
        SHOTS[name](app, args.out)


if __name__ == "__main__":
    main()
