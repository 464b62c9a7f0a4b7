"""Spam the window: 1,000 random clicks, keys and typed values, then check that everything agrees.

Run, pause, step, epoch, step back, reset, lesson switches, typed learning rates (some of
them nonsense), batch sizes, optimizers, speeds and new networks from the layer builder,
mixed by a seeded generator while training runs. Afterwards the worker settles and the
window, its controls, its panels and the worker's trainer must tell the same story.
"""

import collections
import random
import time

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListWidget, QMessageBox, QPushButton, QSpinBox

from tests.ui.conftest import curve_data, find

COMMANDS = 1000
SEED = 12
PRESETS = ("linear (no hidden layer)", "3 sigmoids", "10 ReLU", "100 ReLU", "2 layers of 100 ReLU")
LEARNING_RATES = ("0.001", "0.003", "0.01", "0.03", "1e-4", "fast", "-1", "0", "1e400", "")


def click(qtbot, win, name: str) -> None:
    button = win.findChild(QPushButton, name)
    if button is not None and button.isVisible() and button.isEnabled():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, index: int) -> None:
    """What choosing an item in a drop-down does (``activated`` is only sent for the learner's choice)."""
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


class Spammer:
    """One random learner action at a time, through the window's own widgets and shortcuts."""

    def __init__(self, qtbot, win, rng: random.Random) -> None:
        self.qtbot, self.win, self.rng = qtbot, win, rng
        self.counts = collections.Counter()
        self.actions = {
            "run/pause": (20, lambda: click(qtbot, win, "runButton")),
            "space": (8, lambda: qtbot.keyClick(win, Qt.Key.Key_Space)),
            "step": (15, lambda: click(qtbot, win, "stepButton")),
            "right key": (5, lambda: qtbot.keyClick(win, Qt.Key.Key_Right)),
            "step back": (4, lambda: qtbot.keyClick(win, Qt.Key.Key_Left)),
            "epoch": (4, lambda: click(qtbot, win, "stepEpochButton")),
            "reset": (8, lambda: click(qtbot, win, "resetButton")),
            "lesson": (5, self.lesson),
            "learning rate": (10, self.learning_rate),
            "batch size": (6, self.batch_size),
            "optimizer": (4, lambda: self.combo("optimizerInput")),
            "speed": (3, lambda: self.combo("speedInput")),
            "network": (5, self.network),
            "wait": (3, lambda: qtbot.wait(self.rng.choice((5, 20, 50)))),
        }

    def act(self) -> None:
        self.dismiss_questions()
        names = list(self.actions)
        name = self.rng.choices(names, weights=[self.actions[n][0] for n in names])[0]
        self.win.activateWindow()
        self.actions[name][1]()
        self.counts[name] += 1
        QApplication.processEvents()

    def dismiss_questions(self) -> None:
        box = self.win.cost_dialog
        if box is not None and box.isVisible():  # a costly network: the learner thinks better of it
            self.qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
            self.counts["cost question cancelled"] += 1

    def lesson(self) -> None:
        lessons = find(self.win, QListWidget, "lessonList")
        item = lessons.item(self.rng.randrange(lessons.count()))
        lessons.scrollToItem(item)
        self.qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=lessons.visualItemRect(item).center())

    def learning_rate(self) -> None:
        box = find(self.win, QLineEdit, "learningRateInput")
        box.selectAll()
        self.qtbot.keyClicks(box, self.rng.choice(LEARNING_RATES))
        self.qtbot.keyClick(box, Qt.Key.Key_Return)

    def batch_size(self) -> None:
        box = find(self.win, QSpinBox, "batchSizeInput")
        box.setValue(self.rng.choice((0, 1, 7, 32, 64, box.maximum())))

    def combo(self, name: str) -> None:
        combo = find(self.win, QComboBox, name)
        choose(combo, self.rng.randrange(combo.count()))

    def network(self) -> None:
        combo = self.win.findChild(QComboBox, "presetInput")
        if combo is None:
            return self.step_instead()
        choose(combo, combo.findText(self.rng.choice(PRESETS)))
        click(self.qtbot, self.win, "applyLayersButton")

    def step_instead(self) -> None:
        click(self.qtbot, self.win, "stepButton")


def settle(qtbot, win):
    """Pause, let the worker finish every command sent, and let the window draw its last snapshot."""
    QApplication.processEvents()
    win.controller.pause()  # the window's last snapshot may not show yet that a run was asked for
    run = win.controller.capture()  # blocks until the worker has handled every earlier command
    # the worker, now idle, has sent its state: the window must draw it (a lost snapshot times out)
    qtbot.waitUntil(
        lambda: (
            win.last_snapshot is not None
            and not win.last_snapshot.running
            and win.last_snapshot.problem is win.setup.problem
            and win.last_snapshot.update == run.trainer.update
        ),
        timeout=10_000,
    )
    qtbot.wait(300)
    return win.last_snapshot


def expected_shapes(setup) -> list[tuple[int, int]]:
    sizes = [setup.problem.n_inputs] + [spec.units for spec in setup.layers]
    return list(zip(sizes[:-1], sizes[1:]))


def assert_consistent(win, snap) -> None:
    """The window, its controls and panels, and the worker's trainer tell the same story."""
    worker, trainer = win.controller.worker, win.controller.worker.trainer
    lesson = win.lesson
    # the window shows the lesson the list shows, with its panels
    assert win.lesson_list.currentItem().data(Qt.ItemDataRole.UserRole) == lesson.id
    assert set(win.panels) == set(lesson.panels)
    # the worker trains what the window set up, and the last snapshot is the worker's state
    assert worker.setup.problem is win.setup.problem and snap.problem is win.setup.problem
    assert tuple(worker.setup.layers) == tuple(win.setup.layers)
    assert (snap.update, snap.epoch, snap.batch_size, snap.lr, snap.loss_name) == (
        trainer.update,
        trainer.epoch,
        trainer.batch_size,
        trainer.lr,
        trainer.loss_name,
    )
    assert [w.shape for w in trainer.net.weights] == expected_shapes(win.setup)
    if snap.weights is not None:
        assert [w.shape for w in snap.weights] == expected_shapes(win.setup)
        for drawn, actual in zip(snap.weights + snap.biases, trainer.net.weights + trainer.net.biases):
            np.testing.assert_array_equal(drawn, actual)
    # the controls show the settings in use
    assert find(win, QLineEdit, "learningRateInput").text() == f"{trainer.lr:.6g}"
    batch = find(win, QSpinBox, "batchSizeInput").value()
    assert (batch or trainer.n_samples) == trainer.batch_size
    assert find(win, QComboBox, "optimizerInput").currentData() == trainer.optimizer.name
    assert find(win, QPushButton, "runButton").text() == "Run"
    # the loss panel has drawn every update and every epoch, no more
    loss = win.panels["loss"]
    history = trainer.history
    assert len(loss.updates) == snap.update == len(history.loss)
    assert len(loss.epochs) == len(history.epoch_update)
    for envelope, curve, values in (
        (loss.updates, loss.update_curve, history.loss.values),
        (loss.epochs, loss.epoch_curve, history.epoch_loss.values),
    ):
        if len(envelope) <= envelope.max_buckets:  # every point drawn (longer curves are decimated)
            assert len(curve_data(curve)[0]) == np.isfinite(values).sum()
    assert f"update {snap.update} " in win.status.progress.text()
    # nothing went wrong on the way
    assert win.error_dialog is None and win.controller.thread.isRunning()


def test_a_thousand_random_actions_leave_a_consistent_state(qtbot, window, capsys):
    spammer = Spammer(qtbot, window, random.Random(SEED))
    start = time.perf_counter()
    for _ in range(COMMANDS):
        spammer.act()
    spammer.dismiss_questions()
    snap = settle(qtbot, window)
    elapsed = time.perf_counter() - start
    assert_consistent(window, snap)
    # and the window still trains, and still agrees after a longer run
    find(window, QComboBox, "speedInput").setCurrentIndex(find(window, QComboBox, "speedInput").findData(0))
    click(qtbot, window, "runButton")
    qtbot.waitUntil(
        lambda: window.last_snapshot.update > snap.update + 200 or window.last_snapshot.state == "stopped",
        timeout=20_000,
    )
    trained = settle(qtbot, window)
    assert trained.update > snap.update
    assert_consistent(window, trained)
    trainer = window.controller.worker.trainer
    with capsys.disabled():
        print(
            f"\nstress: {COMMANDS} commands in {elapsed:.1f} s: "
            + ", ".join(f"{name} {n}" for name, n in spammer.counts.most_common())
        )
        print(
            f"stress: consistent after the spam (lesson {window.lesson.id}, update {snap.update}) and after "
            f"training on (update {trained.update}, epoch {trained.epoch}, network {expected_shapes(window.setup)}, "
            f"lr {trainer.lr:g}, batch {trainer.batch_size}, optimizer {trainer.optimizer.name})"
        )
