"""The experiments command reproduces the lecture's tables (here on a tiny budget)."""

import subprocess
import sys

import pytest

from applet import experiments
from applet.training import lecture


def test_the_lecture_tables_on_a_tiny_budget(tmp_path, capsys):
    out = tmp_path / "tables.md"
    assert experiments.main(["lecture", "--updates", "5", "--seed", "3", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    tables = experiments.lecture_tables(3)
    assert [t.key for t, _ in tables] == ["days", "width", "depth"]
    text = out.read_text(encoding="utf-8")
    assert "--seed 3" in text and "synthetic" in text and "real channel" in text
    for table, rows in tables:
        assert f"## {table.title}" in text
        published = lecture.PUBLISHED[table.key]
        for row in rows:
            line = next(l for l in text.splitlines() if l.startswith(f"| {row.label} |"))
            cells = [c.strip() for c in line.strip("|").split("|")]
            train, unseen = float(cells[1]), float(cells[2])
            assert 0 < train and 0 < unseen
            assert (float(cells[3]), float(cells[4])) == published[table.published_key(row)]
            assert (
                cells[5] == "5"
                and cells[7] == experiments.OPTIMIZER_NAMES[row.setup.optimizer]
                and float(cells[8]) == row.setup.lr
            )
            assert f"{row.label}: 5 updates" in printed
            assert f"lecture, real channel: L = {published[table.published_key(row)][0]:.2f} k" in printed


def test_the_same_seed_writes_the_same_file(tmp_path, capsys):
    for name in ("a.md", "b.md"):
        experiments.main(["lecture", "--updates", "2", "--out", str(tmp_path / name)])
    assert (tmp_path / "a.md").read_bytes() == (tmp_path / "b.md").read_bytes()


def test_every_row_matches_a_published_figure():
    for table, rows in experiments.lecture_tables(42):
        keys = [table.published_key(row) for row in rows]
        assert set(keys) <= set(lecture.PUBLISHED[table.key]) and len(set(keys)) == len(keys)
        assert all(row.setup.loss == "mae" for row in rows)  # the lecture reports MAE in k


def test_days_budget_and_settings_are_reported():
    table, rows = experiments.lecture_tables(42)[0]
    s = experiments.settings(rows[0])
    assert s["updates"] == lecture.DAYS_UPDATES and s["batch"].startswith("full")
    assert s["epochs"] == lecture.DAYS_UPDATES  # full batch: one update is one epoch


def test_the_command_runs_without_qt(tmp_path):
    code = (
        "import sys, applet.experiments as e\n"
        "e.main(['lecture', '--quick'])\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print('QAPP', QCoreApplication.instance(), 'QtWidgets' in ' '.join(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "QAPP None False" in result.stdout
    assert f"{experiments.QUICK_UPDATES} updates" in result.stdout


def test_bad_arguments_are_refused(capsys):
    with pytest.raises(SystemExit):
        experiments.main(["lecture", "--updates", "0"])
    assert "--updates must be at least 1" in capsys.readouterr().err
