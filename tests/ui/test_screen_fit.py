"""Classroom screens: at 1280×720, 1366×768 and 1920×1080, in English and Chinese, every
lesson's window fits, its status bar and every panel's title are visible, texts scroll
inside their panels, and no legend covers a plot's data."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QDockWidget

from applet.platform_check import offscreen_platform
from applet.ui import language
from applet.ui.lessons import LESSONS
from applet.ui.main_window import MainWindow
from applet.ui.screen_fit import FRAME_ALLOWANCE, PREFERRED, first_size, title_visible, visible_in
from applet.ui.style import PlotLegend, legend_columns
from tests.ui.conftest import find, open_lesson, wait_for_snapshot

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)]


def test_the_first_size_is_the_screen_never_larger():
    assert first_size(QSize(1280, 720)) == QSize(1280, 720 - FRAME_ALLOWANCE.height())
    assert first_size(QSize(1366, 768)) == QSize(1366, 768 - FRAME_ALLOWANCE.height())
    assert first_size(QSize(3840, 2160)) == PREFERRED


def test_legend_columns_fill_the_width_and_wrap_when_they_must():
    assert legend_columns([100, 120, 80], 400) == 3
    assert legend_columns([100, 120, 80], 250) == 2  # 100 + 120 fits; the 80 goes below the 100
    assert legend_columns([100, 120, 80], 90) == 1
    assert legend_columns([], 100) == 1


def shown_plots(win):
    return [plot for plot in win.findChildren(pg.PlotWidget) if visible_in(plot, win)]


def legend_problems(win) -> list[str]:
    """Legends that cover their plot's data area or stick out of their plot."""
    problems = []
    for plot in shown_plots(win):
        legend = plot.getPlotItem().legend
        if legend is None or not legend.items:
            continue
        assert isinstance(legend, PlotLegend)
        area = plot.getPlotItem().vb.sceneBoundingRect()
        box = legend.sceneBoundingRect()
        if box.intersects(area):
            problems.append(f"{plot.objectName() or plot}: legend over the data")
        if box.right() > plot.width() + 1 or box.left() < -1:
            problems.append(f"{plot.objectName() or plot}: legend cut off ({box.right():.0f} > {plot.width()})")
    return problems


def status_bar_drawn(win) -> bool:
    """The status bar's pixels in a screenshot of the window show text (not one flat colour)."""
    image = win.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    bar = win.statusBar().geometry()
    pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height()).reshape(image.height(), -1)
    strip = pixels[bar.top() : bar.bottom() + 1, bar.left() : bar.right() + 1]
    return len(np.unique(strip)) > 10


def check_fits(win, screen: QSize) -> None:
    assert win.size() == first_size(screen), "the window cannot shrink to the screen"
    assert visible_in(win.statusBar(), win)
    assert status_bar_drawn(win)
    docks = [d for d in win.findChildren(QDockWidget) if d.objectName()]
    hidden = [d.windowTitle() for d in docks if not title_visible(d, win)]
    assert not hidden, f"{win.lesson.id}: titles not visible: {hidden}"
    assert not legend_problems(win), win.lesson.id
    for plot in shown_plots(win):  # every plot the learner sees is large enough to read
        area = plot.getPlotItem().vb.sceneBoundingRect()
        assert area.height() >= 60 and area.width() >= 100, (win.lesson.id, plot.objectName(), area)


@pytest.fixture
def english_afterwards():
    yield
    language.install("en")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_lesson_fits_the_screen_with_titles_status_bar_and_legends_clear(
    qtbot, settings, screen, lang, english_afterwards
):
    language.install(lang)
    win = MainWindow("views-linear", settings=settings)
    qtbot.addWidget(win)
    win.resize(first_size(screen))
    win.show()
    wait_for_snapshot(qtbot, win, lambda s: s.problem is win.setup.problem)
    for lesson_id in LESSONS:
        open_lesson(qtbot, win, lesson_id)
        check_fits(win, screen)
    win.close()


def test_presentation_mode_on_a_projector_keeps_every_plot_readable(qtbot, settings):
    win = MainWindow("views-linear", settings=settings)
    qtbot.addWidget(win)
    screen = QSize(1280, 720)
    win.resize(first_size(screen))
    win.show()
    wait_for_snapshot(qtbot, win, lambda s: s.problem is win.setup.problem)
    find(win, QAction, "presentationAction").trigger()
    try:
        for lesson_id in LESSONS:
            open_lesson(qtbot, win, lesson_id)
            check_fits(win, screen)
    finally:
        find(win, QAction, "presentationAction").trigger()
        win.close()


def test_short_docks_become_tabs_and_long_texts_scroll_inside_their_panel(qtbot, settings):
    win = MainWindow("views-linear", settings=settings)
    qtbot.addWidget(win)
    win.resize(first_size(QSize(1280, 720)))
    win.show()
    wait_for_snapshot(qtbot, win, lambda s: s.problem is win.setup.problem)
    tabbed = {d.objectName() for d in win.findChildren(QDockWidget) if win.tabifiedDockWidgets(d)}
    assert {"dock_lessons", "dock_lesson"} <= tabbed  # the lesson list shares its place with the lesson text
    assert win.docks["loss"] in win.tabifiedDockWidgets(win.docks["slice"])  # the slice is a tab beside the loss
    scroll = win.docks["surface"].widget()
    panel = win.panels["surface"]
    assert panel.height() >= panel.minimumSizeHint().height()  # never squeezed: it scrolls
    assert scroll.verticalScrollBar().maximum() == max(0, panel.height() - scroll.viewport().height())


def test_the_app_opens_no_larger_than_a_1280x720_screen(tmp_path):
    """The real start-up: the window takes its size from the screen (here a virtual 1280×720 one)."""
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": offscreen_platform(1280, 720), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "applet", "--screenshot", str(shot), "--steps", "0"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 720 - FRAME_ALLOWANCE.height())
