"""Refusals in the learner's language: core DataErrors are shown translated, causes and all."""

import pytest

from applet.core.errors import DataError
from applet.training.messages import translated
from applet.ui import language
from tests.ui.test_session_ui import answer_file_dialogs


@pytest.fixture
def chinese(qapp):
    language.install("zh_CN")
    yield
    language.install("en")


def test_a_core_message_and_its_cause_are_translated(chinese):
    cause = DataError("Could not write %1: %2.", "run.dlapplet", "No space left on device")
    error = DataError("%1 cannot be opened: %2", "run.dlapplet", cause)
    assert translated(error) == "无法打开 run.dlapplet：无法写入 run.dlapplet：No space left on device。"
    assert str(error) == "run.dlapplet cannot be opened: Could not write run.dlapplet: No space left on device."


def test_an_untranslated_or_foreign_error_reads_as_written(chinese):
    assert translated(DataError("Not a known message %1.", 3)) == "Not a known message 3."
    assert translated(OSError("disk on fire")) == "disk on fire"


def test_the_chinese_window_refuses_an_empty_csv_in_chinese(qtbot, window, chinese, monkeypatch, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("")
    answer_file_dialogs(monkeypatch, path)
    window.files.import_action.trigger()
    assert window.files.error_box.text() == "文件是空的。"
    assert window.data_source.text is None
    window.files.error_box.accept()


def test_the_chinese_window_refuses_a_missing_session_in_chinese(qtbot, window, chinese, tmp_path):
    assert not window.files.open_path(tmp_path / "gone.dlapplet")
    assert window.files.error_box.text() == "gone.dlapplet 不存在。"
    window.files.error_box.accept()


def test_terms_inside_a_message_are_translated_too(chinese):
    from applet.core.trainer import LEARNING_RATE, check_positive

    with pytest.raises(DataError) as info:
        check_positive(LEARNING_RATE, True)
    assert translated(info.value) == "学习率 必须是数字，而不是 True。"
    assert str(info.value) == "The learning rate must be a number, not True."
