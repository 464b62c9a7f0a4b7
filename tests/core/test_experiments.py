"""The experiments command reproduces the lecture's tables (here on a tiny budget)."""

import subprocess
import sys

import numpy as np
import pytest

from applet import experiments
from applet.training import lecture
from applet.training.comparison import train_row


def test_the_lecture_tables_on_a_tiny_budget(tmp_path, capsys):
    out = tmp_path / "tables.md"
    assert experiments.main(["lecture", "--updates", "5", "--seed", "3", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    tables = experiments.lecture_tables(3)
    assert [t.key for t, _ in tables] == ["days", "width", "depth"]
    text = out.read_text(encoding="utf-8")
    assert "--data synthetic --seeds 3 --updates 5" in text and "**synthetic**" in text and "real channel" in text
    assert "2017-01-01…2020-12-31 are the training days" in text
    for table, rows in tables:
        assert f"## {table.title}" in text
        for row in rows:
            line = next(l for l in text.splitlines() if l.startswith(f"| {row.label} |"))
            cells = [c.strip() for c in line.strip("|").split("|")]
            train, unseen = float(cells[1]), float(cells[2])
            assert 0 < train and 0 < unseen
            assert (float(cells[3]), float(cells[4])) == row.published
            assert (
                cells[5] == "5"
                and cells[7] == experiments.OPTIMIZER_NAMES[row.setup.optimizer]
                and float(cells[8]) == row.setup.lr
            )
            assert f"{row.label}: 5 updates" in printed
            assert f"lecture, real channel: L = {row.published[0]:.2f} k" in printed


def test_the_same_seed_writes_the_same_file(tmp_path, capsys):
    for name in ("a.md", "b.md"):
        experiments.main(["lecture", "--updates", "2", "--out", str(tmp_path / name)])
    assert (tmp_path / "a.md").read_bytes() == (tmp_path / "b.md").read_bytes()


def test_every_row_carries_its_published_figure():
    for table, rows in experiments.lecture_tables(42):
        for row in rows:
            hidden = row.setup.layers[:-1]
            key = {
                "days": row.setup.problem.views.days,
                "width": hidden[0].units if hidden else 0,
                "depth": len(hidden),
            }[table.key]
            assert row.published == lecture.PUBLISHED[table.key][key]
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


def test_several_seeds_give_mean_and_sd_per_row_on_the_real_views(tmp_path, capsys):
    out = tmp_path / "real.md"
    assert experiments.main(["lecture", "--data", "real", "--seeds", "42,0", "--updates", "2", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "--data real --seeds 42,0 --updates 2" in text and "**real**" in text
    assert "2011-01-01…2014-12-31 are the training days" in text and "59 missing days are filled" in text
    real = experiments.data_source("real", "fill")
    for _, rows in experiments.lecture_tables(42, 2, real):
        for row in rows:
            line = next(l for l in text.splitlines() if l.startswith(f"| {row.label} |"))
            cells = [c.strip() for c in line.strip("|").split("|")]
            for cell in cells[1:3]:  # "mean ± sd"
                mean, sd = (float(x) for x in cell.split(" ± "))
                assert mean > 0 and sd >= 0
            assert f"{row.label}: 2 seeds × 2 updates" in printed
    # the mean and sd are those of the two seeds' own runs
    losses = [train_row(experiments.lecture_tables(s, 2, real)[0][1][0]).train_loss for s in (42, 0)]
    line = next(l for l in text.splitlines() if l.startswith("| linear, 1 day |"))
    mean, sd = (float(x) for x in line.split("|")[2].split(" ± "))
    assert mean == pytest.approx(np.mean(losses), abs=6e-4) and sd == pytest.approx(np.std(losses, ddof=1), abs=6e-4)


def test_an_imported_file_with_gaps_can_be_dropped(tmp_path, capsys):
    days = np.arange(np.datetime64("2019-01-01"), np.datetime64("2020-12-31"))
    days = days[~np.isin(days, np.array(["2019-05-01", "2020-03-02", "2020-03-03"], dtype="datetime64[D]"))]
    csv = "date,views\n" + "".join(f"{day},{100 + i % 7}\n" for i, day in enumerate(days))
    path = tmp_path / "channel.csv"
    path.write_text(csv, encoding="utf-8")
    assert experiments.main(["lecture", "--data", str(path), "--gaps", "drop", "--seeds", "1,2", "--quick"]) == 0
    printed = capsys.readouterr().out
    assert "channel** (imported daily counts)" not in printed and "channel (imported daily counts)" in printed
    assert "Its 3 missing days are left out with every example touching them" in printed


def test_bad_seeds_and_data_are_refused(capsys):
    for argv, phrase in (
        (["lecture", "--seeds", "1,1"], "names a seed twice"),
        (["lecture", "--seeds", "a,b"], "not a list of whole numbers"),
        (["lecture", "--data", "/no/such.csv"], "Could not open /no/such.csv"),
    ):
        with pytest.raises(SystemExit):
            experiments.main(argv)
        assert phrase in capsys.readouterr().err
