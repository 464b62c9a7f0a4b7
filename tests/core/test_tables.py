"""CSV tables (loss history, predictions) and atomic file writes."""

import csv
import math
import os

import numpy as np
import pytest

from applet.core.errors import DataError
from applet.core.files import atomic_write, write_csv
from applet.core.network import LayerSpec, Network
from applet.core.problem import curve_problem, views_problem
from applet.core.tables import LOSS_HEADER, loss_history_table, predictions_table
from applet.core.trainer import Trainer


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as file:
        return list(csv.reader(file))


def test_write_csv_round_trips_floats_exactly_and_leaves_nan_blank(tmp_path):
    path = tmp_path / "t.csv"
    values = [0.1 + 0.2, 1e-300, -2.5, math.nan, np.float64(1 / 3)]
    write_csv(path, ("name", "value"), [(f"v{i}", v) for i, v in enumerate(values)] + [("n", None), ("i", np.int64(7))])
    header, *rows = read_csv(path)
    assert header == ["name", "value"]
    assert [float(r[1]) for r in rows[:3]] == values[:3] and float(rows[4][1]) == 1 / 3
    assert rows[3][1] == "" and rows[5][1] == "" and rows[6][1] == "7"


def test_atomic_write_failure_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "keep.txt"
    path.write_bytes(b"old")

    def half_written(file):
        file.write(b"new but not fini")
        raise OSError(28, "No space left on device")

    with pytest.raises(DataError, match="No space left"):
        atomic_write(path, half_written)
    assert path.read_bytes() == b"old" and os.listdir(tmp_path) == ["keep.txt"]
    with pytest.raises(DataError, match="Could not write"):
        atomic_write(tmp_path / "missing-folder" / "x.txt", b"data")


def test_loss_history_has_every_update_and_each_epoch_at_its_end():
    p = views_problem(7)
    trainer = Trainer(
        Network(7, [LayerSpec(1, "linear")], seed=0),
        p.X_train,
        p.Y_train,
        loss="mae",
        lr=1e-3,
        batch_size=500,
        X_val=p.X_val,
        Y_val=p.Y_val,
        optimizer="adam",
    )
    trainer.run(10)  # 1454 samples in batches of 500: an epoch every 3 updates
    header, rows = loss_history_table(trainer.state().history)
    assert header == LOSS_HEADER and len(rows) == 10
    assert [r[0] for r in rows] == list(range(1, 11))
    assert [r[1] for r in rows] == trainer.history.loss.values.tolist()
    ends = [r for r in rows if r[2] is not None]
    assert [(r[0], r[2]) for r in ends] == [(3, 1), (6, 2), (9, 3)]
    assert [r[3] for r in ends] == trainer.history.epoch_loss.values.tolist()
    assert [r[4] for r in ends] == trainer.history.epoch_val.values.tolist()


def test_views_predictions_are_dated_with_actual_predicted_and_split():
    p = views_problem(7)
    outputs = {"all": np.arange(len(p.views.dates), dtype=float)[:, None]}
    header, rows = predictions_table(p, outputs)
    assert header == ("date", "actual (k)", "predicted (k)", "set")
    assert len(rows) == len(p.X_train) + len(p.X_val)
    assert rows[0][0] == "2017-01-08" and rows[-1][0] == "2021-02-14"
    assert [r[1] for r in rows] == p.views.targets.tolist()
    assert rows[5][2] == 5.0
    assert [r[3] for r in rows].count("unseen") == len(p.X_val) == 45


def test_other_predictions_list_every_probe_input_and_output():
    p = curve_problem("smooth")
    outputs = {"grid": np.linspace(0, 1, len(p.probes["grid"]))[:, None] * 2}
    header, rows = predictions_table(p, outputs)
    assert header == ("probe", "x1", "output1")
    assert len(rows) == len(p.probes["grid"])
    assert rows[-1] == ("grid", 1.0, 2.0)
