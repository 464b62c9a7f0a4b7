"""Exports for the learner's notes: pictures of plots and panels, the loss history and predictions.

- Pictures: File → Export panel (Ctrl+E) saves the focused panel, and a right-click on any
  plot offers "Export PNG…" and "Export SVG…". PNG comes from pyqtgraph's ImageExporter
  at twice the screen resolution (or ``QWidget.grab`` for a panel that is not one plot);
  SVG is drawn by Qt's QSvgGenerator, because pyqtgraph 0.14's SVGExporter cannot parse
  the paths Qt 6.11 writes.
- Tables: the loss history (every update, and every epoch's training and unseen loss) and
  the predictions, as CSV (``applet.core.tables``).

Every file is written atomically (``applet.core.files``).
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import Exporter, ImageExporter
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QMenu, QWidget

from applet.core.errors import DataError
from applet.core.files import atomic_write, write_csv
from applet.core.tables import loss_history_table, predictions_table
from applet.training.messages import translated
from applet.ui.file_dialogs import add_action, ask_save_path
from applet.ui.labels import fill
from applet.ui.panels.base import Panel

PNG_SCALE = 2  # pictures for notes and slides: twice the pixels on screen
IMAGE_SUFFIXES = (".png", ".svg")


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def png_bytes(widget: QWidget) -> bytes:
    """A plot drawn by pyqtgraph at PNG_SCALE × its size; any other widget as it looks on screen."""
    if isinstance(widget, pg.PlotWidget):
        exporter = ImageExporter(widget.getPlotItem())
        exporter.parameters()["width"] = int(widget.getPlotItem().boundingRect().width() * PNG_SCALE)
        return _png(exporter.export(toBytes=True))
    return _png(widget.grab().toImage())


@contextmanager
def vector_mode(widget: QWidget):
    """pyqtgraph's export mode on every plot in ``widget``: symbols are drawn as shapes, not as
    cached pixmaps, and no background pixmap is cached — so a vector picture holds vectors."""
    plots = [widget] if isinstance(widget, pg.PlotWidget) else widget.findChildren(pg.PlotWidget)
    exporters = [Exporter(plot.getPlotItem()) for plot in plots]
    caches = [plot.cacheMode() for plot in plots]
    cached_items = [
        (item, item.cacheMode())
        for plot in plots
        for item in plot.scene().items()
        if item.cacheMode() != QGraphicsItem.CacheMode.NoCache
    ]
    for plot, exporter in zip(plots, exporters):
        plot.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        exporter.setExportMode(True, {"antialias": True})
    for item, _ in cached_items:  # items kept as pixmaps while training (style.cache_static) draw vectors
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached_items:
            item.setCacheMode(mode)
        for plot, exporter, cache in zip(plots, exporters, caches):
            exporter.setExportMode(False)
            plot.setCacheMode(cache)


def svg_bytes(widget: QWidget, title: str = "") -> bytes:
    """The widget drawn as vector graphics (lines and text stay sharp at any size)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    generator.setViewBox(widget.rect())
    generator.setTitle(title)
    painter = QPainter(generator)
    with vector_mode(widget):
        QWidget.render(widget, painter, QPoint(0, 0))  # the widget as on screen, children included
    painter.end()
    buffer.close()
    return bytes(data)


def save_image(widget: QWidget, path: str | Path, title: str = "") -> None:
    """Save ``widget`` as PNG or SVG, chosen by the file's suffix (DataError for others)."""
    suffix = Path(path).suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        raise DataError(
            fill(
                QCoreApplication.translate("Exports", "Pictures are saved as PNG or SVG, not %1."),
                suffix or QCoreApplication.translate("Exports", "a file without suffix"),
            )
        )
    atomic_write(path, png_bytes(widget) if suffix == ".png" else svg_bytes(widget, title))


def picture_of(panel: QWidget) -> QWidget:
    """What a panel's picture shows: its plot, when it shows exactly one; else the whole panel."""
    plots = [p for p in panel.findChildren(pg.PlotWidget) if p.isVisible()]
    return plots[0] if len(plots) == 1 else panel


class Exports(QObject):
    """File → Export actions and the right-click menu on plots."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.last_panel_id: str | None = None  # the panel last right-clicked
        self._menu_target: tuple[pg.PlotWidget, str] | None = None
        self.image_action = add_action(self.window, "exportImageAction", "Ctrl+E", self.export_focused_panel)
        self.loss_action = add_action(self.window, "exportLossAction", None, self.export_loss_history)
        self.predictions_action = add_action(self.window, "exportPredictionsAction", None, self.export_predictions)
        menu, quit_action = window.file_menu, window.quit_action
        menu.insertActions(quit_action, [self.image_action, self.loss_action, self.predictions_action])
        menu.insertSeparator(quit_action)
        self.plot_menu = QMenu(window)
        self.plot_menu.setObjectName("plotExportMenu")
        self.png_action = self.plot_menu.addAction("", lambda: self._export_menu_target(".png"))
        self.svg_action = self.plot_menu.addAction("", lambda: self._export_menu_target(".svg"))

    def retranslate(self) -> None:
        self.image_action.setText(self.tr("&Export panel as picture…"))
        self.image_action.setToolTip(self.tr("Save the focused panel as PNG or SVG."))
        self.loss_action.setText(self.tr("Export &loss history (CSV)…"))
        self.predictions_action.setText(self.tr("Export &predictions (CSV)…"))
        self.png_action.setText(self.tr("Export PNG…"))
        self.svg_action.setText(self.tr("Export SVG…"))

    def _file_name(self, what: str, suffix: str) -> str:
        lesson = self.window.state.lesson.id if self.window.state.lesson else "applet"
        return f"{lesson}-{what}{suffix}"

    def _write(self, write, path: Path) -> bool:
        try:
            write(path)
        except DataError as exc:
            self.window.show_message(translated(exc))
            return False
        self.window.show_message(fill(self.tr("Saved %1."), str(path)))
        return True

    # -- pictures --------------------------------------------------------------------------------
    def add_plot_menus(self, panel: Panel) -> None:
        """Give every plot of ``panel`` the right-click menu "Export PNG…/SVG…"."""
        for plot in panel.findChildren(pg.PlotWidget):
            plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            plot.customContextMenuRequested.connect(
                lambda pos, plot=plot, panel_id=panel.panel_id: self.show_plot_menu(plot, panel_id, pos)
            )

    def show_plot_menu(self, plot: pg.PlotWidget, panel_id: str, pos) -> None:
        self.last_panel_id = panel_id
        self._menu_target = (plot, panel_id)
        self.plot_menu.popup(plot.mapToGlobal(pos))

    def _export_menu_target(self, suffix: str) -> bool:
        plot, panel_id = self._menu_target
        return self.export_picture(plot, panel_id, (suffix,))

    def export_picture(self, widget: QWidget, name: str, suffixes: tuple[str, ...] = IMAGE_SUFFIXES) -> bool:
        filters = {".png": self.tr("PNG image (*.png)"), ".svg": self.tr("SVG image (*.svg)")}
        path = ask_save_path(
            self.window,
            self.tr("Export picture"),
            self._file_name(name, suffixes[0]),
            ";;".join(filters[s] for s in suffixes),
            suffixes,
        )
        return path is not None and self._write(lambda p: save_image(widget, p, name), path)

    def focused_panel(self) -> Panel | None:
        """The panel holding the keyboard focus, else the one last right-clicked, else the first."""
        panels = self.window.panels
        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, Panel) and panels.get(widget.panel_id) is widget:
                return widget
            widget = widget.parentWidget()
        return panels.get(self.last_panel_id) or next(iter(panels.values()), None)

    def export_focused_panel(self) -> bool:
        panel = self.focused_panel()
        return panel is not None and self.export_picture(picture_of(panel), panel.panel_id)

    # -- tables -----------------------------------------------------------------------------------
    def export_loss_history(self) -> bool:
        """Every update's loss, and each epoch's training and unseen loss, as CSV."""
        run = self.window.controller.capture()
        if run is None:
            return False
        header, rows = loss_history_table(run.trainer.history)
        path = ask_save_path(
            self.window,
            self.tr("Export loss history"),
            self._file_name(f"loss-{run.trainer.loss}", ".csv"),
            self.tr("CSV table (*.csv)"),
            (".csv",),
        )
        return path is not None and self._write(lambda p: write_csv(p, header, rows), path)

    def export_predictions(self) -> bool:
        """The model's predictions at the last drawn snapshot, as CSV."""
        snap = self.window.last_snapshot
        if snap is None:
            return False
        header, rows = predictions_table(snap.problem, snap.outputs)
        path = ask_save_path(
            self.window,
            self.tr("Export predictions"),
            self._file_name("predictions", ".csv"),
            self.tr("CSV table (*.csv)"),
            (".csv",),
        )
        return path is not None and self._write(lambda p: write_csv(p, header, rows), path)
