"""Nothing the learner had is lost: what Save writes, Open reads; Open is all or nothing;
an ambiguous CSV is refused; re-saving keeps the file's mode and its symbolic link."""

import json
import os
import stat
import zipfile

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox

from applet.core.session import load_session
from tests.ui.conftest import click, find, wait_for_snapshot
from tests.ui.test_session_ui import answer_file_dialogs, daily_csv, fresh_window, train_until  # noqa: F401


def import_csv(window, monkeypatch, path):
    answer_file_dialogs(monkeypatch, path)
    window.files.import_action.trigger()


def test_counts_too_large_for_any_channel_are_refused_at_import(qtbot, window, monkeypatch, tmp_path):
    lines = daily_csv(120).splitlines()
    lines[-30:] = [f"{line.split(',')[0]},1e307" for line in lines[-30:]]
    path = tmp_path / "huge.csv"
    path.write_text("\n".join(lines) + "\n")
    setup = window.setup
    import_csv(window, monkeypatch, path)
    text = window.files.error_box.text()
    assert "Line 92" in text and "1e307" in text and "too large" in text
    assert window.data_source.text is None and window.setup is setup
    window.files.error_box.accept()


def poison_validation_history(window):
    """A run whose saved state could not be opened again (an infinite loss on the unseen days)."""
    trainer = window.controller.worker.trainer
    trainer.history.epoch_val.values[-1] = np.inf


def test_a_run_that_could_not_be_opened_again_is_not_saved_and_says_why(qtbot, window, tmp_path):
    train_until(qtbot, window, 5)
    poison_validation_history(window)
    path = tmp_path / "run.dlapplet"
    assert not window.files.save_to(path)
    text = window.files.error_box.text()
    assert "cannot be saved" in text and "epoch_val" in text
    assert not path.exists() and os.listdir(tmp_path) == []
    window.files.error_box.accept()


def test_what_save_writes_open_reads(qtbot, window, fresh_window, monkeypatch, tmp_path):  # noqa: F811
    path = tmp_path / "csv.dlapplet"
    csv = tmp_path / "mine.csv"
    csv.write_text(daily_csv(120))
    import_csv(window, monkeypatch, csv)
    assert window.data_source.kind == "csv"
    train_until(qtbot, window, 5)
    assert window.files.save_to(path)
    fresh = fresh_window()
    assert fresh.files.open_path(path)
    wait_for_snapshot(qtbot, fresh, lambda s: s.problem is fresh.setup.problem and s.update == 5)


def edited_session(window, tmp_path, edit, name="edited.dlapplet"):
    good = tmp_path / "good.dlapplet"
    assert window.files.save_to(good)
    with zipfile.ZipFile(good) as z:
        doc, arrays = json.loads(z.read("session.json")), z.read("arrays.npz")
    edit(doc)
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("session.json", json.dumps(doc))
        z.writestr("arrays.npz", arrays)
    return path


def set_field(section, key, value):
    def edit(doc):
        doc[section][key] = value

    return edit


@pytest.mark.parametrize(
    "edit, phrase",
    [
        (set_field("training", "max_updates", 2**31), "training.max_updates"),
        (set_field("training", "max_updates", 10**9 + 1), "training.max_updates"),
        (set_field("training", "batch_size", 2**31), "training.batch_size"),
        (set_field("training", "max_epochs", 2**40), "training.max_epochs"),
        (set_field("network", "layers", [[1001, "relu"], [1, "linear"]]), "1 to 1000"),
        (set_field("network", "layers", [[3, "relu"]] * 11 + [[1, "linear"]]), "at most 10"),
    ],
)
def test_opening_an_out_of_range_session_changes_nothing(qtbot, window, tmp_path, edit, phrase):
    click(qtbot, window, "stepButton")
    before = wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
    path = edited_session(window, tmp_path, edit)
    trainer, setup, lesson = window.controller.worker.trainer, window.setup, window.lesson
    spin = find(window, QSpinBox, "maxUpdatesInput").value()
    assert not window.files.open_path(path)
    assert phrase in window.files.error_box.text()
    qtbot.wait(100)
    assert window.controller.worker.trainer is trainer and window.setup is setup and window.lesson is lesson
    assert window.last_snapshot is before and find(window, QSpinBox, "maxUpdatesInput").value() == spin
    window.files.error_box.accept()
    # and the unsaved run can still be saved
    assert window.files.save_to(tmp_path / "still.dlapplet")


def test_a_large_saved_network_asks_first_and_cancel_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from applet.core.cost import Cost

    path = tmp_path / "large.dlapplet"
    train_until(qtbot, window, 3)
    assert window.files.save_to(path)
    click(qtbot, window, "stepButton")
    before = wait_for_snapshot(qtbot, window, lambda s: s.update == 4)
    monkeypatch.setattr(Cost, "large", property(lambda self: True))  # as the builder would ask
    assert not window.files.open_path(path)
    box = window.files.cost_dialog
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(100)
    assert window.last_snapshot is before and window.controller.worker.trainer.update == 4
    assert not window.files.open_path(path)
    window.files.cost_dialog.findChild(QPushButton, "costTrainButton").click()
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem and s.update == 3)


@pytest.mark.parametrize(
    "rows, line",
    [
        (["2020-01-01,999", "2020-01-02,1,234", "2020-01-03,999"], 3),
        (["2020-01-01,1,234", "2020-01-02,1,235", "2020-01-03,1,236"], 1),
    ],
)
def test_an_unquoted_thousands_comma_is_refused_not_guessed(qtbot, window, monkeypatch, tmp_path, rows, line):
    header = ["date,views"] if line > 1 else []
    path = tmp_path / "commas.csv"
    path.write_text("\n".join(header + rows) + "\n")
    label = find(window, QLabel, "dataSourceLabel").text()
    import_csv(window, monkeypatch, path)
    text = window.files.error_box.text()
    assert f"Line {line}" in text and "quot" in text
    assert window.data_source.text is None and find(window, QLabel, "dataSourceLabel").text() == label
    window.files.error_box.accept()


def test_resaving_keeps_a_private_files_mode(qtbot, window, tmp_path):
    path = tmp_path / "private.dlapplet"
    assert window.files.save_to(path)
    os.chmod(path, 0o600)
    click(qtbot, window, "stepButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
    assert window.files.save_to(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and load_session(path).trainer.update == 1


def test_resaving_through_a_symbolic_link_updates_its_target(qtbot, window, tmp_path):
    target = tmp_path / "real" / "run.dlapplet"
    target.parent.mkdir()
    assert window.files.save_to(target)
    link = tmp_path / "link.dlapplet"
    link.symlink_to(target)
    assert window.files.open_path(link)
    wait_for_snapshot(qtbot, window, lambda s: s.problem is window.setup.problem)
    click(qtbot, window, "stepButton")
    wait_for_snapshot(qtbot, window, lambda s: s.update == 1)
    assert window.files.save_to(link)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_session(target).trainer.update == 1
    assert sorted(os.listdir(target.parent)) == ["run.dlapplet"]
