"""A learning rate far too large, in every lesson: training stops, says why, suggests a smaller
learning rate, and no panel draws NaN or infinity (nor makes pyqtgraph or NumPy warn)."""

import math
import re
import warnings

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QTableWidget

from applet.core.trainer import CONVERGED, DIVERGED
from applet.ui.lessons import LESSONS
from tests.ui.conftest import click, find, full_speed, wait_for_snapshot

NOT_FINITE_TEXT = re.compile(r"\b(nan|inf|infinity)\b|∞", re.IGNORECASE)


def pause(qtbot, win):
    """Click Pause if training runs; the snapshot that says it stopped."""
    if win.last_snapshot.running:
        click(qtbot, win, "runButton")
    return wait_for_snapshot(qtbot, win, lambda s: not s.running)


def type_learning_rate(qtbot, win, text: str) -> None:
    box = find(win, QLineEdit, "learningRateInput")
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def item_arrays(item) -> list[np.ndarray]:
    """The numbers a pyqtgraph item draws."""
    if isinstance(item, pg.ImageItem):
        return [] if item.image is None else [np.asarray(item.image, dtype=float)]
    if isinstance(item, pg.BarGraphItem):
        return [
            np.asarray(item.opts[k], dtype=float)
            for k in ("x", "height", "y0", "y1", "width")
            if item.opts.get(k) is not None and np.ndim(item.opts[k]) > 0
        ]
    if isinstance(item, (pg.PlotDataItem, pg.PlotCurveItem, pg.ScatterPlotItem)):
        x, y = item.getData()
        return [np.asarray(a, dtype=float) for a in (x, y) if a is not None]
    return []


def drawn_defects(win) -> list[str]:
    """Every drawn number that is not finite (NaN is allowed only as a gap in a curve drawn with
    connect="finite"), and every label or table cell that reads NaN or ∞."""
    defects = []
    for panel_id, panel in win.panels.items():
        for plot in panel.findChildren(pg.PlotWidget) + panel.findChildren(pg.GraphicsLayoutWidget):
            for item in plot.scene().items():
                gaps = isinstance(item, (pg.PlotDataItem, pg.PlotCurveItem)) and item.opts.get("connect") == "finite"
                for values in item_arrays(item):
                    if np.isinf(values).any() or (np.isnan(values).any() and not gaps):
                        defects.append(f"{panel_id}: {type(item).__name__} draws {values[~np.isfinite(values)][:3]}")
        for label in panel.findChildren(QLabel):
            if label.isVisible() and NOT_FINITE_TEXT.search(label.text()):
                defects.append(f"{panel_id}: label {label.objectName()!r} reads {label.text()[:80]!r}")
        for table in panel.findChildren(QTableWidget):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    cell = table.item(row, column)
                    if cell is not None and NOT_FINITE_TEXT.search(cell.text()):
                        defects.append(
                            f"{panel_id}: table {table.objectName()!r} ({row}, {column}) reads {cell.text()!r}"
                        )
    return defects


def numeric_warnings(caught) -> list[str]:
    return [
        f"{w.category.__name__}: {w.message} ({w.filename}:{w.lineno})"
        for w in caught
        if issubclass(w.category, RuntimeWarning) or "pyqtgraph" in w.filename
    ]


@pytest.mark.parametrize("lesson_id", list(LESSONS))
def test_a_huge_learning_rate_stops_training_and_nothing_non_finite_is_drawn(qtbot, window, lesson_id):
    window.select_lesson(lesson_id)
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    for box in window.findChildren(QCheckBox, "logScaleCheck"):  # log scale: where zeros and NaN hurt most
        box.setChecked(True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        type_learning_rate(qtbot, window, "1e300")
        wait_for_snapshot(qtbot, window, lambda s: s.lr == 1e300)
        click(qtbot, window, "runButton")
        snap = wait_for_snapshot(qtbot, window, lambda s: s.state == "stopped", timeout=30_000)
        qtbot.wait(100)
        window.grab()  # paint every panel
    reason = window.status.reason.text()
    if lesson_id == "backprop" and snap.stop_reason == CONVERGED:
        # one giant step saturates every sigmoid: the gradient vanishes, a plateau (said so), no explosion
        assert "plateau" in reason
    else:
        assert snap.stop_reason == DIVERGED
        assert "learning rate" in reason and ("Lower" in reason or "smaller" in reason), reason
    assert numeric_warnings(caught) == []
    assert drawn_defects(window) == []
    for w in snap.weights or ():
        assert np.all(np.isfinite(w))  # a step that would overflow is never applied


@pytest.mark.parametrize("lesson_id", list(LESSONS))
def test_a_large_learning_rate_for_a_while_draws_nothing_non_finite(qtbot, window, lesson_id):
    """Not instantly fatal: parameters and outputs grow huge over many updates before (or
    without) the loss overflowing."""
    window.select_lesson(lesson_id)
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    for box in window.findChildren(QCheckBox, "logScaleCheck"):
        box.setChecked(True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        type_learning_rate(qtbot, window, "30")
        wait_for_snapshot(qtbot, window, lambda s: s.lr == 30)
        full_speed(window)
        click(qtbot, window, "runButton")
        qtbot.waitUntil(
            lambda: window.last_snapshot.state == "stopped" or window.last_snapshot.update > 300, timeout=30_000
        )
        snap = pause(qtbot, window)
        qtbot.wait(100)
        window.grab()
    assert math.isfinite(snap.lr)
    assert numeric_warnings(caught) == []
    assert drawn_defects(window) == []


def test_the_log_scale_copes_with_zero_nan_and_infinite_losses(qtbot):
    """Losses of exactly 0 sit a decade below the smallest positive one; NaN and ∞ are not drawn;
    the axis keeps showing the decades the losses span."""
    from applet.ui.panels.loss import LossPanel

    panel = LossPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    losses = np.r_[np.geomspace(10, 0.01, 90), np.zeros(5), [np.nan, np.inf, 5, 1, 0.5]]
    panel.updates.extend(np.arange(1.0, 101.0), losses)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        qtbot.mouseClick(panel.log_scale, Qt.MouseButton.LeftButton)
        panel.grab()
    assert panel.log_scale.isChecked()
    assert numeric_warnings(caught) == []
    x, y = panel.update_curve.getData()  # log10 of what is drawn
    assert len(x) == 98 and np.all(np.isfinite(y))
    np.testing.assert_allclose(y[90:95], -3.0)  # 0 → 10⁻³, a decade below the smallest loss, 0.01
    low, high = panel.plot.getPlotItem().viewRange()[1]
    assert -4 < low < -2.5 and 0.9 < high < 2


def test_a_weight_typed_so_large_that_the_trace_overflows_is_refused(qtbot, window):
    window.select_lesson("backprop")
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    panel = window.panels["trace"]
    for combo in panel.form.activation_inputs:  # ReLU does not saturate: z, a and L overflow
        combo.setCurrentIndex(combo.findData("relu"))
        combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: all(spec.activation == "relu" for spec in panel.example.layers))
    snap = wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    before = panel.example
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        panel.edit_parameter(1, (0, 0))
        box = panel.editor.input
        box.selectAll()
        qtbot.keyClicks(box, "1e300")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        panel.run_to_end()
        window.grab()
    assert "would overflow" in panel.message.text() and "nothing changed" in panel.message.text()
    assert "would overflow" in window.statusBar().currentMessage()
    assert panel.example is before
    assert numeric_warnings(caught) == [] and drawn_defects(window) == []
    qtbot.wait(200)
    np.testing.assert_array_equal(window.controller.worker.trainer.net.weights[0], snap.weights[0])


def test_a_blow_up_names_the_layer_and_the_cause_and_goes_back_to_the_last_finite_weights(qtbot, window):
    window.select_lesson("deep")
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    button = find(window, QPushButton, "restoreFiniteButton")
    assert not button.isVisible()
    type_learning_rate(qtbot, window, "1e6")
    before = wait_for_snapshot(qtbot, window, lambda s: s.lr == 1e6)
    click(qtbot, window, "runButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: s.state == "stopped", timeout=30_000)
    assert snap.stop_reason == DIVERGED and snap.update >= 1
    assert max(float(np.abs(w).max()) for w in snap.weights) > 1e6  # the weights exploded
    reason = window.status.reason.text()
    assert "layer 1 overflowed first" in reason and "the learning rate is too large" in reason, reason
    assert "η·∂L/∂w" in window.status.reason.toolTip()
    diagram = window.panels["builder"].diagram
    assert diagram.highlighted_nodes == {(1, j) for j in diagram.visible_neurons(1)}  # layer 1 is marked
    assert button.isVisible() and str(snap.last_finite_update) in button.toolTip()
    click(qtbot, window, "restoreFiniteButton")
    back = wait_for_snapshot(qtbot, window, lambda s: s.stop_reason is None and s.update == snap.update)
    for got, want in zip(back.weights + back.biases, before.weights + before.biases):
        np.testing.assert_array_equal(got, want)  # exactly the weights from before the blow-up
    assert not button.isVisible() and diagram.highlighted_nodes == frozenset()
    assert "overflowed" not in window.status.reason.text()
    assert drawn_defects(window) == []
