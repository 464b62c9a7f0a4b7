"""English, Simplified and Traditional Chinese, lesson texts and the workshop window.

The .ts must hold every string of the code, all translated, and the committed .qm must give
every translation of the .ts (compared through a QTranslator, so neither git checkouts' file
times nor another lrelease version's byte layout matter). The window must switch language live,
present itself on a projector, and come back as the learner left it.
"""

import importlib.util
import re
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QFontInfo, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTextBrowser,
    QWidget,
)

from applet.app import parse_args
from applet.ui import language
from applet.ui.fonts import CJK_FAMILIES, TRADITIONAL_FAMILIES, add_cjk_fallback, cjk_family
from applet.ui.lessons import LESSONS
from applet.ui.main_window import MainWindow
from applet.ui.panels.lesson_text import lesson_text_path
from applet.ui.style import PRESENTATION_SCALE, Theme, apply_to_application
from tests.ui.conftest import wait_for_snapshot

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u4e00-\u9fff]")
# frequent characters that only Simplified Chinese writes (Traditional: 們這個學習網絡數據參數錄…)
SIMPLIFIED_ONLY = re.compile(
    "[们这个学习网络数据参数录练经过层时间会对为从给计应复杂确样现发线图选择损调历标题误权输观]"
)


def load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return load_tool()


@pytest.fixture(autouse=True)
def english_light_theme(qapp):
    """Every test starts and ends in English with the light theme (both are application-wide)."""
    yield
    language.install("en")
    Theme.configure("light", False)
    apply_to_application(qapp)


def action(win, name: str) -> QAction:
    found = win.findChild(QAction, name)
    assert found is not None, name
    return found


# -- the translation files ------------------------------------------------------------------------
LANGUAGES = load_tool().LANGUAGES


def test_every_string_of_the_code_is_in_the_ts(tool):
    ts = tool.ts_path()
    in_code, in_ts = tool.extracted(ts), set(tool.messages(ts))
    assert in_code - in_ts == set(), "run: python packaging/update_translations.py, then translate"
    assert len(in_code) > 300


def test_traditional_chinese_has_every_message_converted_from_simplified_as_it_is_now(tool):
    assert set(tool.messages(tool.ts_path("zh_TW"))) == set(tool.messages(tool.ts_path("zh_CN")))
    assert tool.stale_conversions("zh_TW") == [], "run: python packaging/update_translations.py"
    assert tool.stale_texts("zh_TW") == [], "run: python packaging/update_translations.py"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_with_its_place_markers(tool, code):
    assert tool.unfinished(tool.ts_path(code)) == []
    assert tool.bad_place_markers(tool.ts_path(code)) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_qm_is_the_compiled_ts(tool, code):
    assert tool.stale_in_qm(tool.ts_path(code), tool.qm_path(code)) == [], (
        "run: python packaging/update_translations.py"
    )


def test_the_checks_notice_a_string_missing_from_the_ts(tool, tmp_path):
    ts = tmp_path / "applet_zh_CN.ts"
    text = tool.ts_path().read_text(encoding="utf-8")
    ts.write_text(text.replace("<source>Run</source>", "<source>Run (gone)</source>", 1), encoding="utf-8")
    assert ("Controls", "Run") not in tool.messages(ts)
    assert ("Controls", "Run") in tool.extracted(ts)
    assert tool.stale_in_qm(ts, tool.qm_path()) == [("Controls", "Run (gone)")]


# -- language ------------------------------------------------------------------------------------
def test_switching_language_retranslates_the_open_window(qtbot, window):
    run = window.findChild(QPushButton, "runButton")
    surface_axis = window.panels["surface"].plot.getPlotItem().getAxis("bottom")
    lesson_text = window.findChild(QTextBrowser, "lessonText")
    english = (
        run.text(),
        window.lesson_list.item(0).text(),
        window.controls_dock.windowTitle(),
        surface_axis.labelText,
        lesson_text.toPlainText(),
    )
    assert english[0] == "Run" and not any(HAN.search(text) for text in english)

    action(window, "language_zh_CN").trigger()
    assert language.current() == "zh_CN"
    assert run.text() == "运行"
    assert window.controls_dock.windowTitle() == "训练"
    assert window.lesson_list.item(0).text().startswith("1. 预测")
    assert window.docks["surface"].windowTitle() == "误差表面"
    assert HAN.search(surface_axis.labelText)
    assert "梯度下降" in lesson_text.toPlainText()
    assert window.settings.value(language.SETTINGS_KEY) == "zh_CN"

    action(window, "language_en").trigger()
    assert (
        run.text(),
        window.lesson_list.item(0).text(),
        window.controls_dock.windowTitle(),
        surface_axis.labelText,
        lesson_text.toPlainText(),
    ) == english


def shown_texts(win) -> set[str]:
    """Every text the window shows now: labels, buttons, menus, combo items, titles, headers, tooltips, plots."""
    texts = {action.text() for action in win.findChildren(QAction)}
    for widget in win.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QDockWidget):
            texts.add(widget.windowTitle())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTableWidget):
            texts.update(
                widget.horizontalHeaderItem(i).text()
                for i in range(widget.columnCount())
                if widget.horizontalHeaderItem(i) is not None
            )
        elif isinstance(widget, pg.PlotWidget):
            item = widget.getPlotItem()
            texts.update(item.getAxis(side).labelText for side in ("bottom", "left"))
            if item.legend is not None:
                texts.update(label.text for _, label in item.legend.items)
    return texts


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("lesson_id", list(LESSONS))
def test_after_a_switch_to_chinese_no_english_text_is_left(qtbot, window, tool, lesson_id, code):
    """Every panel re-applies all its texts: none still shows a source string that has a translation."""
    window.select_lesson(lesson_id)
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    translated = {
        source for (_, source), translation in tool.messages(tool.ts_path(code)).items() if translation.text != source
    }
    assert shown_texts(window) & translated  # English now
    action(window, f"language_{code}").trigger()
    qtbot.wait(50)  # widgets a panel replaced while retranslating are deleted
    assert shown_texts(window) & translated == set()


def test_the_saved_language_wins_over_the_system_and_loses_to_the_command_line(settings):
    settings.setValue(language.SETTINGS_KEY, "zh_CN")
    assert language.install(language.saved_language(settings)) == "zh_CN"
    assert QCoreApplication.translate("Controls", "Run") == "运行"
    assert language.install("en") == "en"
    assert QCoreApplication.translate("Controls", "Run") == "Run"


def test_switching_to_traditional_chinese_shows_taiwan_terms_lesson_text_and_glossary(qtbot, window):
    run = window.findChild(QPushButton, "runButton")
    assert action(window, "language_zh_TW").text() == "繁體中文"
    action(window, "language_zh_TW").trigger()
    assert language.current() == "zh_TW" and window.settings.value(language.SETTINGS_KEY) == "zh_TW"
    assert run.text() == "執行"
    assert window.controls_dock.windowTitle() == "訓練"
    assert window.docks["surface"].windowTitle() == "誤差表面"
    assert QCoreApplication.translate("Controls", "Batch size") == "批次大小"
    lesson = window.findChild(QTextBrowser, "lessonText").toPlainText()
    assert "學習率（learning rate）" in lesson and "超參數" in lesson and "梯度下降" in lesson
    assert not SIMPLIFIED_ONLY.search(lesson) and "**" not in lesson  # every bold span closed
    action(window, "glossaryAction").trigger()
    glossary = window.findChild(QDialog, "glossaryDialog").findChild(QTextBrowser, "glossaryText").toPlainText()
    assert "gradient descent" in glossary and "學習率" in glossary and "說明" in glossary
    assert not SIMPLIFIED_ONLY.search(glossary)


@pytest.mark.parametrize(
    "name, code",
    [("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_MO", "zh_TW"), ("zh_Hant", "zh_TW")]
    + [("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh", "zh_CN"), ("en_US", "en"), ("de_DE", "en")],
)
def test_the_system_locale_chooses_the_script(name, code):
    assert language.system_language(QLocale(name)) == code


def test_the_command_line_chooses_traditional_chinese():
    assert parse_args(["--lang", "zh_TW"]).lang == "zh_TW"
    assert language.install("zh_TW") == "zh_TW"
    assert QCoreApplication.translate("Controls", "Run") == "執行"


# -- lesson texts, glossary, shortcuts ----------------------------------------------------------------
@pytest.mark.parametrize("lesson_id", list(LESSONS))
def test_every_lesson_has_an_english_and_a_chinese_text(qapp, lesson_id):
    english = lesson_text_path(lesson_id, "en").read_text(encoding="utf-8")
    chinese = lesson_text_path(lesson_id, "zh_CN").read_text(encoding="utf-8")
    traditional = lesson_text_path(lesson_id, "zh_TW").read_text(encoding="utf-8")
    assert len(english.split()) > 80 and not HAN.search(english)
    assert len(HAN.findall(chinese)) > 150
    assert len(HAN.findall(traditional)) > 150
    assert SIMPLIFIED_ONLY.findall(traditional) == []
    for text, heading in ((english, "### Try this"), (chinese, "### 试一试"), (traditional, "### 試一試")):
        tasks = re.findall(r"^(?:\d+\.|-) ", text.split(heading)[1], flags=re.MULTILINE)
        assert 2 <= len(tasks) <= 4
        shown = QTextDocument()
        shown.setMarkdown(text)
        assert "**" not in shown.toPlainText()  # every bold span closes (a bracket before ** can keep it open)


def test_the_glossary_gives_the_courses_terms_as_taiwan_writes_them(tool):
    _, rows, _ = tool.glossary_rows(tool.GLOSSARY.read_text(encoding="utf-8"))
    assert rows[0][:3] == ["English", "简体中文", "繁體中文"]
    traditional = {row[0]: row[2] for row in rows[1:]}
    assert {
        "neural network": "類神經網路",
        "learning rate (η)": "學習率",
        "batch": "批次",
        "epoch": "epoch",
        "overfitting": "過擬合",
        "activation function (σ)": "激活函數、活化函數",
        "backpropagation": "反向傳播",
        "error surface": "誤差表面",
        "hyper-parameter": "超參數",
    }.items() <= traditional.items()
    assert all(traditional.values()) and not any(SIMPLIFIED_ONLY.search(term) for term in traditional.values())


def test_the_lesson_panel_follows_the_lesson(qtbot, window):
    text = window.findChild(QTextBrowser, "lessonText")
    window.select_lesson("digits")
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    assert "softmax" in text.toPlainText()


def test_help_lists_every_shortcut_and_opens_the_glossary(qtbot, window):
    action(window, "shortcutsAction").trigger()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    keys = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert {"Space", "Right", "Left", "R", "F11", "Ctrl+S", "Ctrl+O", "Ctrl+E"} <= keys
    action(window, "glossaryAction").trigger()
    glossary = window.findChild(QDialog, "glossaryDialog").findChild(QTextBrowser, "glossaryText")
    assert "gradient descent" in glossary.toPlainText() and "梯度下降" in glossary.toPlainText()


# -- themes and presentation mode ----------------------------------------------------------------------
def test_presentation_mode_enlarges_fonts_and_lines_and_comes_back(qtbot, window):
    loss = window.panels["loss"]
    width = loss.epoch_curve.opts["pen"].widthF()
    label_points = loss.values_label.font().pointSizeF()
    app_points = QApplication.font().pointSizeF()
    axis_size = loss.plot.getPlotItem().getAxis("left").labelStyle["font-size"]

    action(window, "presentationAction").trigger()
    assert Theme.scale == PRESENTATION_SCALE
    assert loss.epoch_curve.opts["pen"].widthF() == pytest.approx(width * PRESENTATION_SCALE)
    assert loss.values_label.font().pointSizeF() == pytest.approx(label_points * PRESENTATION_SCALE)
    assert QApplication.font().pointSizeF() == pytest.approx(app_points * PRESENTATION_SCALE)
    assert loss.plot.getPlotItem().getAxis("left").labelStyle["font-size"] != axis_size
    window.select_lesson("views-days")  # panels built while presenting are large too
    assert window.panels["loss"].epoch_curve.opts["pen"].widthF() == pytest.approx(width * PRESENTATION_SCALE)

    action(window, "presentationAction").trigger()
    assert Theme.scale == 1.0
    assert window.panels["loss"].epoch_curve.opts["pen"].widthF() == pytest.approx(width)
    assert QApplication.font().pointSizeF() == pytest.approx(app_points)


def test_dark_theme_darkens_plots_and_presentation_mode_is_always_light(qtbot, window):
    plot = window.panels["fit"].scatter_plot
    action(window, "theme_dark").trigger()
    assert plot.backgroundBrush().color().lightness() < 60
    assert QApplication.palette().window().color().lightness() < 80
    action(window, "presentationAction").trigger()
    assert plot.backgroundBrush().color().lightness() > 240
    action(window, "presentationAction").trigger()
    assert plot.backgroundBrush().color().lightness() < 60
    action(window, "theme_light").trigger()
    assert plot.backgroundBrush().color().lightness() > 240


def test_settings_persist_across_a_restart(qtbot, settings):
    first = MainWindow("views-linear", settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.lesson_text_dock)  # the learner's layout
    action(first, "theme_dark").trigger()
    action(first, "presentationAction").trigger()
    action(first, "language_zh_CN").trigger()
    first.close()
    Theme.configure("light", False)  # as in a new process
    language.install(language.saved_language(settings))  # what applet.app does at start-up

    second = MainWindow("views-linear", settings=settings)
    qtbot.addWidget(second)
    second.show()
    assert (Theme.name, Theme.presentation, Theme.scale) == ("dark", True, PRESENTATION_SCALE)
    assert action(second, "presentationAction").isChecked() and action(second, "theme_dark").isChecked()
    assert action(second, "language_zh_CN").isChecked()
    assert second.findChild(QPushButton, "runButton").text() == "运行"
    assert second.dockWidgetArea(second.lesson_text_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    second.close()


def test_each_chinese_script_is_drawn_with_a_font_of_that_script(qtbot, window):
    """zh_TW falls back to a Traditional-Chinese font (Taiwan's glyph forms), zh_CN to a Simplified one."""
    traditional, simplified = cjk_family("zh_TW"), cjk_family("zh_CN")
    if traditional not in TRADITIONAL_FAMILIES or simplified not in CJK_FAMILIES:
        pytest.skip("no Traditional- and Simplified-Chinese fonts (Debian/Ubuntu: apt-get install fonts-noto-cjk)")
    action(window, "language_zh_CN").trigger()
    simplified_glyphs = drawn_with_the_application_font("：。值")
    action(window, "language_zh_TW").trigger()
    assert traditional in QApplication.font().families() and simplified not in QApplication.font().families()
    assert drawn_with_the_application_font("：。值") != simplified_glyphs  # TC: centred punctuation, 值's foot
    action(window, "presentationAction").trigger()  # a theme change re-applies the font: the fallback stays
    assert traditional in QApplication.font().families()
    action(window, "presentationAction").trigger()
    action(window, "language_zh_CN").trigger()
    assert simplified in QApplication.font().families() and traditional not in QApplication.font().families()
    assert drawn_with_the_application_font("：。值") == simplified_glyphs


def drawn_with_the_application_font(text: str) -> QImage:
    image = QImage(160, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(QApplication.font())
    painter.drawText(4, 36, text)
    painter.end()
    return image


def test_chinese_text_gets_a_cjk_font_when_one_is_installed():
    family = cjk_family()
    if family is None:
        pytest.skip("no CJK font installed (Debian/Ubuntu: apt-get install fonts-noto-cjk)")
    app = QApplication.instance()
    before = app.font()
    try:
        assert add_cjk_fallback(app) == family
        assert family in app.font().families()
        assert QFontInfo(app.font()).family() != family or family in before.families()  # Latin keeps its font
    finally:
        app.setFont(before)
