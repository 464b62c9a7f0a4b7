"""The digits lesson driven as a learner drives it: train, click digits and cells, draw."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox

from applet.core.datasets.digits import INK_THRESHOLD
from applet.core.datasets.drawing import drawing_inputs
from applet.core.problem import views_problem
from applet.training.snapshot import STOPPED
from applet.ui.panels.loss import LossPanel
from applet.ui.widgets.image_grid import NEGATIVE, POSITIVE
from tests.ui.conftest import click, curve_data, find, in_view, open_window, wait_for_snapshot

TRAINED_UPDATES = 300


@pytest.fixture
def digits_window(qtbot, settings):
    win = open_window(qtbot, settings, "digits")
    yield win
    win.close()


def train(qtbot, win, updates=TRAINED_UPDATES):
    """Type a stopping rule, press Run, wait until training stops there."""
    stop = find(win, QSpinBox, "maxUpdatesInput")
    stop.selectAll()
    qtbot.keyClicks(stop, str(updates))
    qtbot.keyClick(stop, Qt.Key.Key_Return)
    click(qtbot, win, "runButton")
    return wait_for_snapshot(qtbot, win, lambda s: s.state == STOPPED and s.update == updates, timeout=60_000)


def softmax_rows(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def forward(snapshot, x):
    """The lesson's 256-100-10 network by hand: ReLU hidden layer, linear outputs."""
    (W1, W2), (b1, b2) = snapshot.weights, snapshot.biases
    return np.maximum(x @ W1 + b1, 0.0) @ W2 + b2


def draw(qtbot, pad, points):
    """A stroke through ``points`` given as fractions (0–1) of the pad's drawing square."""
    square = pad.square()
    at = [QPoint(int(square.x() + fx * square.width()), int(square.y() + fy * square.height())) for fx, fy in points]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=at[0])
    for point in at[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=at[-1])


SEVEN = [(0.25, 0.2), (0.5, 0.2), (0.75, 0.2), (0.65, 0.45), (0.55, 0.65), (0.45, 0.85)]
BAR = [(0.2, 0.5), (0.4, 0.5), (0.6, 0.5)]


def test_panels_and_named_widgets(digits_window):
    win = digits_window
    assert set(win.panels) >= {"digits", "drawpad", "first_layer", "loss"}
    assert win.panels["digits"].objectName() == "digitsPanel"
    assert win.panels["drawpad"].pad.objectName() == "drawPad"
    snap = win.last_snapshot
    assert snap.loss_name == "cross_entropy" and snap.weights[0].shape == (256, 100)
    assert snap.outputs["test"].shape == (1000, 10)


def test_training_raises_test_accuracy_far_above_chance(qtbot, digits_window):
    win = digits_window
    panel = win.panels["digits"]
    before = panel.accuracy
    snap = train(qtbot, win)
    assert before < 0.3  # untrained: near chance (10 %)
    predicted = snap.outputs["test"].argmax(axis=1)
    expected = np.mean(predicted == snap.problem.info.y_test)
    assert panel.accuracy == expected > 0.85
    assert f"{100 * expected:.1f} %" in panel.accuracy_label.text()
    # the Loss panel shows the per-epoch accuracies of the worker's trainer, in percent
    loss = in_view(qtbot, win, "loss")
    assert not loss.accuracy_plot.isHidden()
    history = win.controller.worker.trainer.history
    x, y = curve_data(loss.val_accuracy_curve)
    np.testing.assert_array_equal(x, history.epoch_update.values)
    np.testing.assert_allclose(y, 100 * history.epoch_val_accuracy.values)
    _, train_y = curve_data(loss.accuracy_curve)
    assert len(train_y) == snap.epoch == TRAINED_UPDATES // 63 and train_y[-1] > train_y[0]
    assert "accuracy after epoch" in loss.values_label.text()


def test_confusion_matrix_counts_every_test_digit_by_true_and_predicted_class(qtbot, digits_window):
    win = digits_window
    snap = train(qtbot, win, 150)
    panel = win.panels["digits"]
    counts = panel.matrix.counts
    assert counts.sum() == 1000
    labels, predicted = snap.problem.info.y_test, snap.outputs["test"].argmax(axis=1)
    for i in range(10):
        for j in range(10):
            assert counts[i, j] == np.count_nonzero((labels == i) & (predicted == j))
    assert np.trace(counts) == round(panel.accuracy * 1000)


def test_clicking_a_digit_shows_its_probabilities_and_true_label(qtbot, digits_window):
    win = digits_window
    snap = train(qtbot, win)
    panel = win.panels["digits"]
    click(qtbot, win, "digitsNextPage")
    cell = 13
    qtbot.mouseClick(panel.grid, Qt.MouseButton.LeftButton, pos=panel.grid.cell_rect(cell).center())
    i = 64 + cell  # second page, 14th digit
    assert panel.selected == i
    p = softmax_rows(snap.outputs["test"])[i]
    np.testing.assert_allclose(panel.bars.bars.opts["height"], p, rtol=1e-12)
    true = int(snap.problem.info.y_test[i])
    assert panel.bars.true_label == true
    text = panel.detail_label.text()
    assert f"true label: {true}" in text and f"predicted: {int(p.argmax())}" in text
    assert f"Test digit {i}" in text


def test_clicking_a_confusion_cell_shows_those_digits(qtbot, digits_window):
    win = digits_window
    snap = train(qtbot, win, 150)
    panel = win.panels["digits"]
    labels, predicted = snap.problem.info.y_test, snap.outputs["test"].argmax(axis=1)
    mistakes = panel.matrix.counts.copy()
    np.fill_diagonal(mistakes, 0)
    true, wrong = np.unravel_index(mistakes.argmax(), mistakes.shape)  # the most common confusion
    qtbot.mouseClick(
        panel.matrix, Qt.MouseButton.LeftButton, pos=panel.matrix.cell_rect(true, wrong).center().toPoint()
    )
    expected = np.flatnonzero((labels == true) & (predicted == wrong))
    assert len(expected) == mistakes.max() > 0
    np.testing.assert_array_equal(panel.page_indices(), expected[:64])
    assert [c.caption for c in panel.grid.cells] == [f"✗ {wrong}"] * min(len(expected), 64)
    assert panel.selected == expected[0] and panel.bars.true_label == true
    combo = find(win, QComboBox, "digitsFilter")
    assert combo.currentText() == f"true {true}, predicted {wrong} ({len(expected)})"
    # back to every test digit, then to the mistakes only
    combo.setCurrentIndex(combo.findData("all"))
    assert len(panel.shown_indices()) == 1000 and panel.n_pages() == 16
    combo.setCurrentIndex(combo.findData("mistakes"))
    np.testing.assert_array_equal(panel.shown_indices(), np.flatnonzero(predicted != labels))


def test_drawing_changes_the_input_and_the_probabilities(qtbot, digits_window):
    win = digits_window
    snap = train(qtbot, win)
    panel = win.panels["drawpad"]
    assert panel.inputs is None and panel.probabilities is None
    draw(qtbot, panel.pad, SEVEN)
    seven = panel.inputs.copy()
    assert seven.shape == (1, 256) and seven.max() > 0.5
    np.testing.assert_array_equal(seven, drawing_inputs(panel.pad.ink(), binarize=False))
    p_seven = softmax_rows(forward(snap, seven))[0]
    np.testing.assert_allclose(panel.probabilities, p_seven, rtol=1e-10)
    np.testing.assert_allclose(panel.bars.bars.opts["height"], p_seven, rtol=1e-10)
    draw(qtbot, panel.pad, BAR)  # a bar across the seven
    assert not np.array_equal(panel.inputs, seven)
    assert not np.allclose(panel.probabilities, p_seven)
    np.testing.assert_allclose(panel.probabilities, softmax_rows(forward(snap, panel.inputs))[0], rtol=1e-10)
    click(qtbot, win, "clearPadButton")
    assert panel.inputs is None and panel.pad.is_blank()
    assert not np.any(panel.bars.bars.opts["height"])


def test_the_pad_follows_training(qtbot, digits_window):
    """Drawn before training, the probabilities change as the weights do."""
    win = digits_window
    panel = win.panels["drawpad"]
    draw(qtbot, panel.pad, SEVEN)
    untrained = panel.probabilities.copy()
    snap = train(qtbot, win, 100)
    np.testing.assert_allclose(panel.probabilities, softmax_rows(forward(snap, panel.inputs))[0], rtol=1e-10)
    assert not np.allclose(panel.probabilities, untrained)


def test_binarised_inputs_are_ink_or_paper(qtbot, digits_window):
    win = digits_window
    choice = find(win, QComboBox, "choice_inputs")
    assert choice.currentText() == "grey levels 0–1"
    grey = win.setup.problem
    choice.setCurrentIndex(choice.findData("ink"))
    snap = wait_for_snapshot(qtbot, win, lambda s: s.problem.info.binarize)
    binary = snap.problem
    for X in (binary.X_train, binary.X_val):
        assert set(np.unique(X)) == {0.0, 1.0}
    np.testing.assert_array_equal(binary.X_train, (grey.X_train >= INK_THRESHOLD).astype(float))
    assert np.count_nonzero((grey.X_train > 0) & (grey.X_train < 1)) > 0  # grey edges existed
    panel = win.panels["drawpad"]
    draw(qtbot, panel.pad, SEVEN)
    assert set(np.unique(panel.inputs)) == {0.0, 1.0}
    np.testing.assert_array_equal(panel.inputs, drawing_inputs(panel.pad.ink(), binarize=True))


def test_first_layer_images_show_each_neurons_weights(qtbot, digits_window):
    win = digits_window
    snap = train(qtbot, win, 50)
    panel = in_view(qtbot, win, "first_layer")
    assert len(panel.grid.cells) == 100
    W = snap.weights[0]
    for j in (0, 57):
        image = panel.grid.cells[j].image
        w = W[:, j].reshape(16, 16)
        for sign, colour in ((1, POSITIVE), (-1, NEGATIVE)):
            row, col = np.unravel_index(np.argmax(sign * w), w.shape)
            c = image.pixelColor(col, row)
            if abs(w[row, col]) == np.abs(w).max():  # the neuron's largest |w| gets the full colour
                assert (c.red(), c.green(), c.blue()) == tuple(colour.astype(int))
            else:  # blue-ish where positive, orange-ish where negative
                assert (c.blue() > c.red()) == (sign > 0)


def test_accuracy_plot_only_for_classification(qtbot):
    panel = LossPanel()
    qtbot.addWidget(panel)
    panel.set_problem(views_problem(7))
    assert panel.accuracy_plot.isHidden()
