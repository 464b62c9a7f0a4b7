"""Exports through the window: pictures of plots and panels, loss history and predictions as CSV."""

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QSpinBox

from applet.ui.exports import PNG_SCALE, picture_of
from tests.ui.conftest import full_speed, wait_for_snapshot

SVG = "{http://www.w3.org/2000/svg}"


def answer_save_dialog(monkeypatch, path, chosen_filter=""):
    answer = staticmethod(lambda *args, **kwargs: (str(path), chosen_filter))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


def train(qtbot, win, updates):
    win.findChild(QSpinBox, "maxUpdatesInput").setValue(updates)
    full_speed(win)
    qtbot.mouseClick(win.findChild(QPushButton, "runButton"), Qt.MouseButton.LeftButton)
    return wait_for_snapshot(qtbot, win, lambda s: s.update == updates and not s.running, timeout=30_000)


def right_click(plot: pg.PlotWidget) -> None:
    """What a right mouse click sends to the plot: a context-menu event on its viewport."""
    pos = plot.viewport().rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, plot.viewport().mapToGlobal(pos))
    QApplication.sendEvent(plot.viewport(), event)


def colours(image: QImage) -> set:
    small = image.scaled(120, 90)
    return {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}


def test_right_click_on_a_plot_exports_png_and_svg(qtbot, window, monkeypatch, tmp_path):
    train(qtbot, window, 40)
    plot = window.panels["loss"].plot
    right_click(plot)
    menu = window.exports.plot_menu
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["Export PNG…", "Export SVG…"]

    answer_save_dialog(monkeypatch, tmp_path / "loss")  # typed without a suffix
    menu.actions()[0].trigger()
    image = QImage(str(tmp_path / "loss.png"))
    assert not image.isNull()
    assert image.width() == pytest.approx(PNG_SCALE * plot.getPlotItem().boundingRect().width(), abs=2)
    blue = QColor("#0072B2").rgb()  # the training-loss curve is drawn
    assert blue in {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}

    menu.hide()
    right_click(plot)
    answer_save_dialog(monkeypatch, tmp_path / "loss.svg")
    menu.actions()[1].trigger()
    root = ET.parse(tmp_path / "loss.svg").getroot()
    assert root.tag == f"{SVG}svg"
    assert len(root.findall(f".//{SVG}path")) + len(root.findall(f".//{SVG}polyline")) > 5
    texts = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "update" in texts  # the axis label is text, not pixels
    assert "Saved" in window.statusBar().currentMessage()


def test_ctrl_e_exports_the_focused_panel(qtbot, window, monkeypatch, tmp_path):
    train(qtbot, window, 10)
    fit = window.panels["fit"]
    target = picture_of(fit)
    fit.findChildren(pg.PlotWidget)[0].setFocus()
    qtbot.waitUntil(lambda: window.exports.focused_panel() is fit)
    answer_save_dialog(monkeypatch, tmp_path / "fit", "SVG image (*.svg)")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil((tmp_path / "fit.svg").exists)
    root = ET.parse(tmp_path / "fit.svg").getroot()
    assert root.tag == f"{SVG}svg" and root.get("width")

    answer_save_dialog(monkeypatch, tmp_path / "fit.png")
    assert window.exports.export_focused_panel()
    image = QImage(str(tmp_path / "fit.png"))
    assert not image.isNull() and len(colours(image)) > 5
    assert target is fit  # two plots (scatter and time series): the panel is pictured whole, as on screen
    assert (image.width(), image.height()) == (fit.width(), fit.height())


def test_a_picture_in_an_unknown_format_is_refused(qtbot, window, monkeypatch, tmp_path):
    answer_save_dialog(monkeypatch, tmp_path / "loss.bmp")
    window.exports.export_picture(window.panels["loss"].plot, "loss", (".png",))
    assert (tmp_path / "loss.bmp.png").exists()  # the suffix the format needs is added
    answer_save_dialog(monkeypatch, tmp_path / "no-such-folder" / "x.png")
    assert not window.exports.export_picture(window.panels["loss"].plot, "loss")
    assert "Could not write" in window.statusBar().currentMessage()


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as file:
        return list(csv.reader(file))


def test_loss_history_csv_reads_back_exactly(qtbot, window, monkeypatch, tmp_path):
    window.findChild(QSpinBox, "batchSizeInput").setValue(400)  # several updates per epoch
    wait_for_snapshot(qtbot, window, lambda s: s.batch_size == 400)
    train(qtbot, window, 12)
    answer_save_dialog(monkeypatch, tmp_path / "loss.csv")
    window.exports.loss_action.trigger()
    header, *rows = read_csv(tmp_path / "loss.csv")
    assert header == ["update", "loss", "epoch", "train_loss", "validation_loss"]
    history = window.controller.worker.trainer.history
    assert [int(r[0]) for r in rows] == list(range(1, 13))
    np.testing.assert_array_equal([float(r[1]) for r in rows], history.loss.values)
    ends = [r for r in rows if r[2]]
    assert [int(r[0]) for r in ends] == history.epoch_update.values.astype(int).tolist()
    np.testing.assert_array_equal([float(r[4]) for r in ends], history.epoch_val.values)


def test_predictions_csv_has_every_day(qtbot, window, monkeypatch, tmp_path):
    snap = train(qtbot, window, 5)
    answer_save_dialog(monkeypatch, tmp_path / "pred.csv")
    window.exports.predictions_action.trigger()
    header, *rows = read_csv(tmp_path / "pred.csv")
    assert header == ["date", "actual (k)", "predicted (k)", "set"]
    info = snap.problem.views
    assert [r[0] for r in rows] == [str(d) for d in info.dates]
    np.testing.assert_array_equal([float(r[1]) for r in rows], info.targets)
    np.testing.assert_array_equal([float(r[2]) for r in rows], snap.outputs["all"][:, 0])
    assert sum(r[3] == "unseen" for r in rows) == len(snap.problem.X_val)
