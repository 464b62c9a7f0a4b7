"""Traditional Chinese converted from Simplified: the reviewed terms win, hand edits survive,
changed sources are converted afresh and the checks notice what lags behind.

The converter here is a small character table standing in for OpenCC (a development tool the
tests do not need); it deliberately gets 参 wrong (引, as OpenCC's s2twp does in 参数→引數)
so that the reviewed terms can be seen winning.
"""

import sys

import pytest

from tests.ui.test_translations import load_tool

CHARACTERS = str.maketrans("们学习数参损失这个设为图时吗", "們學習數引損失這個設為圖時嗎")
TERMS_TSV = "# comment\n参数\t參數\tparameter\n学习率\t學習率\tlearning rate\n回合\tepoch\n"
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Controls</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""
GLOSSARY = """# Glossary · 术语表

| English | 简体中文 | 繁體中文 | Meaning | 含义 |
|---|---|---|---|---|
| loss (L) | 损失 |  | how wrong | 参数错得多离谱 \\| 平均 |
| epoch | 回合 |  | one pass | 过一遍 |
"""


@pytest.fixture(scope="module")
def tool():
    return load_tool()


@pytest.fixture(scope="module")
def chinese(tool):
    """packaging/traditional_chinese.py, which the tool imports."""
    return sys.modules[tool.Converter.__module__]


def stand_in(text: str) -> str:
    return text.translate(CHARACTERS)


@pytest.fixture
def converter(chinese, tmp_path):
    terms = tmp_path / "terms.tsv"
    terms.write_text(TERMS_TSV, encoding="utf-8")
    return chinese.Converter(chinese.load_terms(terms), s2twp=stand_in)


@pytest.fixture
def project(tool, tmp_path, monkeypatch):
    """The tool working on a scratch copy: a zh_CN .ts, one lesson text, the glossary."""
    translations, lessons = tmp_path / "translations", tmp_path / "lessons"
    translations.mkdir()
    lessons.mkdir()
    (translations / "applet_zh_CN.ts").write_text(TS, encoding="utf-8")
    (lessons / "intro.zh_CN.md").write_text("## 参数\n\n**学习率**设为 0.1。学习率和参数。\n", encoding="utf-8")
    (lessons / "glossary.md").write_text(GLOSSARY, encoding="utf-8")
    monkeypatch.setattr(tool, "TRANSLATIONS", translations)
    monkeypatch.setattr(tool, "LESSONS", lessons)
    monkeypatch.setattr(tool, "GLOSSARY", lessons / "glossary.md")
    monkeypatch.setattr(tool, "CONVERTED_SOURCES", tmp_path / "zh_TW_sources.json")
    return tmp_path


def translations(tool) -> dict[str, str | None]:
    return {source: element.text for (_, source), element in tool.messages(tool.ts_path("zh_TW")).items()}


# -- the converter ------------------------------------------------------------------------------------
def test_the_reviewed_terms_win_over_the_character_converter(converter):
    assert converter.convert("参数") == "參數"  # the stand-in alone gives 引數
    assert converter.convert("这个图") == "這個圖"  # the rest: the character converter's
    assert converter.convert("第 3 回合") == "第 3 epoch"
    assert converter.convert("“每个”") == "「每個」"


def test_lesson_texts_say_the_lectures_english_word_beside_its_first_use(converter):
    text = converter.convert("学习率是参数吗？学习率（learning rate）不是参数。", english_beside=True)
    assert text == "學習率（learning rate）是參數（parameter）嗎？學習率（learning rate）不是參數。"
    assert converter.convert("学习率（learning rate）很小", english_beside=True) == "學習率（learning rate）很小"
    assert converter.convert("改学习率。", english_beside=False) == "改學習率。"


def test_the_english_word_goes_after_a_bold_term_so_the_bold_still_closes(converter):
    text = converter.convert("**学习率**设为 0.1，**参数 w**也是。", english_beside=True)
    assert text == "**學習率**（learning rate）設為 0.1，**參數（parameter） w**也是。"


def test_a_malformed_or_repeated_term_line_is_refused_with_its_line_number(chinese, tmp_path):
    terms = tmp_path / "terms.tsv"
    terms.write_text("参数\t參數\n学习率 學習率\n", encoding="utf-8")
    with pytest.raises(ValueError, match="terms.tsv:2"):
        chinese.load_terms(terms)
    terms.write_text("参数\t參數\n# two answers for one term\n参数\t引數\n", encoding="utf-8")
    with pytest.raises(ValueError, match="terms.tsv:3: 参数 is in the table already"):
        chinese.load_terms(terms)


def test_the_projects_reviewed_terms_read(chinese):
    terms = {term.simplified: term for term in chinese.load_terms()}
    assert terms["学习率"] == chinese.Term("学习率", "學習率", "learning rate")
    assert terms["批量"].traditional == "批次" and terms["神经网络"].traditional == "類神經網路"


# -- the .ts ------------------------------------------------------------------------------------------
def test_the_ts_is_converted_message_by_message_and_unfinished_ones_stay_unfinished(tool, project, converter):
    assert tool.convert_ts("zh_TW", converter) == 0
    assert translations(tool) == {"Learning rate": "學習率", "Parameters": "參數", "Loss": "損失", "New": None}
    assert tool.unfinished(tool.ts_path("zh_TW")) == [("Controls", "New")]
    assert tool.stale_conversions("zh_TW") == []
    assert 'language="zh_TW"' in tool.ts_path("zh_TW").read_text(encoding="utf-8")


def test_a_hand_edited_message_is_kept_until_its_simplified_source_changes(tool, project, converter):
    tool.convert_ts("zh_TW", converter)
    ts = tool.ts_path("zh_TW")
    ts.write_text(ts.read_text(encoding="utf-8").replace("<translation>損失", "<translation>損失函數"), "utf-8")
    source = tool.ts_path("zh_CN")
    source.write_text(source.read_text(encoding="utf-8").replace(">参数<", ">参数们<"), encoding="utf-8")
    assert tool.stale_conversions("zh_TW") == [("Controls", "Parameters")]  # the check notices

    assert tool.convert_ts("zh_TW", converter) == 1
    assert translations(tool)["Loss"] == "損失函數"  # reviewed by hand: kept
    assert translations(tool)["Parameters"] == "參數們"  # its source changed: converted afresh
    assert tool.stale_conversions("zh_TW") == []

    source.write_text(source.read_text(encoding="utf-8").replace(">损失<", ">损失值<"), encoding="utf-8")
    tool.convert_ts("zh_TW", converter)
    assert translations(tool)["Loss"] == "損失值"  # the hand edit answered an older source


def test_a_new_reviewed_term_reaches_every_message_not_edited_by_hand(tool, chinese, project, converter):
    tool.convert_ts("zh_TW", converter)
    ts = tool.ts_path("zh_TW")
    ts.write_text(ts.read_text(encoding="utf-8").replace("<translation>學習率", "<translation>學習速率"), "utf-8")
    better = chinese.Converter([*converter.terms, chinese.Term("损失", "損失值")], s2twp=stand_in)
    tool.convert_ts("zh_TW", better)
    assert translations(tool)["Loss"] == "損失值"
    assert translations(tool)["Learning rate"] == "學習速率"


# -- lesson texts and the glossary ------------------------------------------------------------------------
def test_lesson_texts_and_the_glossary_are_converted_and_checked_against_their_sources(tool, project, converter):
    assert set(tool.stale_texts("zh_TW")) == {
        "intro.zh_TW.md is missing",
        "glossary.zh_TW.md is missing",
        "glossary.md: loss (L): no 繁體中文 term",
        "glossary.md: epoch: no 繁體中文 term",
    }
    assert tool.convert_texts("zh_TW", converter) == []
    assert tool.stale_texts("zh_TW") == []
    lessons = project / "lessons"
    lesson = (lessons / "intro.zh_TW.md").read_text(encoding="utf-8")
    assert lesson == "## 參數（parameter）\n\n**學習率**（learning rate）設為 0.1。學習率和參數。\n"
    glossary = (lessons / "glossary.md").read_text(encoding="utf-8")
    assert "| loss (L) | 损失 | 損失 | how wrong | 参数错得多离谱 \\| 平均 |" in glossary
    assert "| epoch | 回合 | epoch | one pass | 过一遍 |" in glossary
    traditional = (lessons / "glossary.zh_TW.md").read_text(encoding="utf-8")
    assert traditional.startswith("# Glossary · 术语表\n\n| English | 繁體中文 | Meaning | 說明 |\n|---|---|---|---|\n")
    assert "| loss (L) | 損失 | how wrong | 參數错得多离谱 \\| 平均 |" in traditional

    (lessons / "intro.zh_CN.md").write_text("## 参数\n\n学习率改了。\n", encoding="utf-8")
    assert tool.stale_texts("zh_TW") == ["intro.zh_TW.md lags behind intro.zh_CN.md"]
    tool.convert_texts("zh_TW", converter)
    assert (lessons / "intro.zh_TW.md").read_text(
        encoding="utf-8"
    ) == "## 參數（parameter）\n\n學習率（learning rate）改了。\n"


def test_hand_edits_of_texts_and_glossary_terms_are_kept_while_their_sources_stay(tool, project, converter):
    tool.convert_texts("zh_TW", converter)
    lessons = project / "lessons"
    (lessons / "intro.zh_TW.md").write_text("## 參數\n\n改寫過的課文。\n", encoding="utf-8")
    glossary = lessons / "glossary.md"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace("| 回合 | epoch |", "| 回合 | 訓練回合 |"), "utf-8"
    )
    with glossary.open("a", encoding="utf-8") as added:  # a row added without the new column
        added.write("| batch | 批量 | the samples of one update | 一次更新的样本 |\n")
    assert "glossary.md: batch: no 繁體中文 term" in tool.stale_texts("zh_TW")

    assert tool.convert_texts("zh_TW", converter) == ["intro.zh_TW.md"]
    assert (lessons / "intro.zh_TW.md").read_text(encoding="utf-8") == "## 參數\n\n改寫過的課文。\n"
    text = glossary.read_text(encoding="utf-8")
    assert "| epoch | 回合 | 訓練回合 |" in text and "| batch | 批量 | 批量 | the samples of one update |" in text
    assert "| epoch | 訓練回合 | one pass |" in (lessons / "glossary.zh_TW.md").read_text(encoding="utf-8")
    assert tool.stale_texts("zh_TW") == []


def test_a_merge_conflict_in_any_converted_file_is_repaired_by_converting_again(tool, project, converter):
    tool.convert_ts("zh_TW", converter)
    tool.convert_texts("zh_TW", converter)
    conflict = "<<<<<<< HEAD\n{}=======\nother\n>>>>>>> theirs\n"
    ts, lesson = tool.ts_path("zh_TW"), project / "lessons" / "intro.zh_TW.md"
    ts.write_text(conflict.format(ts.read_text(encoding="utf-8")), encoding="utf-8")
    lesson.write_text(conflict.format(lesson.read_text(encoding="utf-8")), encoding="utf-8")
    tool.CONVERTED_SOURCES.write_text(conflict.format(tool.CONVERTED_SOURCES.read_text(encoding="utf-8")), "utf-8")
    assert "cannot be read" in tool.problems("zh_TW")[0]
    assert "intro.zh_TW.md lags behind intro.zh_CN.md" in tool.stale_texts("zh_TW")

    tool.convert_ts("zh_TW", converter)
    assert tool.convert_texts("zh_TW", converter) == []
    assert translations(tool)["Parameters"] == "參數" and tool.stale_conversions("zh_TW") == []
    assert lesson.read_text(encoding="utf-8").startswith("## 參數（parameter）\n")
    assert tool.stale_texts("zh_TW") == []
