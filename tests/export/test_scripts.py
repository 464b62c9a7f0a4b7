"""Exported scripts train as the app does: run in a subprocess, their losses are the Trainer's."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from applet.core.datasource import DataSource
from applet.core.errors import DataError
from applet.core.network import LayerSpec
from applet.core.problem import curve_problem, digits_problem, views_problem
from applet.core.session import Session, save_session
from applet.export.__main__ import main
from applet.export.plan import GIVEN, SEEDED, SPREAD, Cancelled, plan_new_run, plan_saved_run
from applet.export.script import export_script
from applet.export.texts_zh_TW import TEXTS_ZH_TW
from applet.training.setup import TrainingSetup
from applet.ui.lessons import LESSONS

UPDATES = 50
ROOT = Path(__file__).resolve().parents[2]
# PyTorch is never a dependency of the app or its tests: the torch scripts run where it is
# installed, or under another Python that has it (APPLET_TORCH_PYTHON=/path/to/python).
TORCH_PYTHON = os.environ.get("APPLET_TORCH_PYTHON") or (sys.executable if importlib.util.find_spec("torch") else None)


def lesson_setup(lesson_id: str, seed: int = 42) -> TrainingSetup:
    lesson = LESSONS[lesson_id]
    choices = lesson.defaults()
    return lesson.make_setup(lesson.make_problem(choices), choices, seed)


def app_run(setup: TrainingSetup, updates: int = UPDATES):
    """The Trainer's own run: every update's batch loss, and L as the status bar shows it."""
    trainer = setup.build()
    start = trainer.train_loss()
    trainer.run(updates)
    h = trainer.history
    return list(h.loss.values), float(h.epoch_loss.values[-1]) if len(h.epoch_loss) else start


def run_script(path: Path, python: str = sys.executable) -> tuple[list[float], float, list[str]]:
    """Run an exported script; its printed batch losses, its last line's L and all its lines."""
    result = subprocess.run([python, str(path)], capture_output=True, text=True, timeout=300, cwd=path.parent)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    losses = [float(m.group(1)) for m in (re.match(r"^\s*\d+\s+(\S+)$", line) for line in lines) if m]
    last = re.fullmatch(r"L = (\S+)", lines[-1])
    assert last, lines[-1]
    return losses, float(last.group(1)), lines


def export_and_run(setup, tmp_path, flavour="numpy", lesson="test", updates=UPDATES, language="en"):
    run = plan_new_run(lesson, setup, updates)
    written = export_script(run, flavour, tmp_path / f"{lesson}.py", language, print_every=1)
    return run, written, run_script(written.script, TORCH_PYTHON if flavour == "torch" else sys.executable)


@pytest.mark.parametrize("lesson_id", list(LESSONS))
def test_every_lessons_default_run_replays_bit_for_bit(lesson_id, tmp_path):
    setup = lesson_setup(lesson_id)
    expected_losses, expected_L = app_run(setup)
    run, written, (losses, L, _) = export_and_run(setup, tmp_path, lesson=lesson_id)
    assert len(expected_losses) == UPDATES
    assert losses == expected_losses  # bit for bit: the same floats, printed with repr
    assert L == expected_L == run.train_loss
    assert run.start_kind == {"piecewise": SPREAD, "backprop": GIVEN}.get(lesson_id, SEEDED)


COMBINATIONS = {
    # mini-batches, momentum, sigmoid neurons, MAE, weight decay, unseen data: no lesson's default
    "sigmoid-momentum-mae": (
        curve_problem("noisy"),
        (LayerSpec(5, "sigmoid"), LayerSpec(3, "relu"), LayerSpec(1, "linear")),
        dict(loss="mae", optimizer="momentum", lr=0.05, batch_size=16, weight_decay=0.01),
    ),
    "relu-gd-half-sse": (
        curve_problem("smooth"),
        (LayerSpec(8, "relu"), LayerSpec(1, "linear")),
        dict(loss="half_sse", optimizer="gd", lr=0.02, batch_size=50, spread_kinks=True),
    ),
    "tanh-adam-mse": (
        curve_problem("smooth"),
        (LayerSpec(6, "tanh"), LayerSpec(3, "tanh"), LayerSpec(1, "linear")),
        dict(loss="mse", optimizer="adam", lr=0.02, batch_size=25),
    ),
    "standardized-views-adam-mse": (
        views_problem(1, standardize=True),
        (LayerSpec(4, "hard_sigmoid"), LayerSpec(1, "linear")),
        dict(loss="mse", optimizer="adam", lr=0.01, batch_size=100),
    ),
}


@pytest.mark.parametrize("name", list(COMBINATIONS))
def test_layer_loss_and_optimizer_combinations_replay_bit_for_bit(name, tmp_path):
    setup = named_setup(name)
    expected_losses, expected_L = app_run(setup)
    _, _, (losses, L, lines) = export_and_run(setup, tmp_path)
    assert losses == expected_losses
    assert L == expected_L
    assert any(line.startswith("L' = ") for line in lines) == setup.problem.has_validation  # L′ of the unseen data


def test_a_start_chosen_in_the_window_is_written_into_the_script_or_beside_it(tmp_path):
    small = lesson_setup("views-linear").with_options(
        initial_weights=(np.array([[0.3]]),), initial_biases=(np.array([2.5]),)
    )
    run, written, (losses, _, _) = export_and_run(small, tmp_path, lesson="small")
    assert run.start_kind == GIVEN and written.extra == (tmp_path / "small_data.csv",)
    assert "np.array([[0.3]])" in written.script.read_text(encoding="utf-8")
    assert losses == app_run(small)[0]

    other = lesson_setup("deep", seed=3).build().net  # the deep lesson started from another seed's weights
    large = lesson_setup("deep").with_options(initial_weights=tuple(other.weights), initial_biases=tuple(other.biases))
    run, written, (losses, _, _) = export_and_run(large, tmp_path, lesson="large", updates=5)
    assert tmp_path / "large_start.npz" in written.extra
    with np.load(tmp_path / "large_start.npz", allow_pickle=False) as start:
        assert all(np.array_equal(start[f"W{i + 1}"], w) for i, w in enumerate(other.weights))
    assert losses == app_run(large, 5)[0]


def test_the_views_data_round_trip_through_the_csv(tmp_path):
    setup = lesson_setup("views-days")
    written = export_script(plan_new_run("views-days", setup, 0), "numpy", tmp_path / "run.py")
    table = np.loadtxt(written.extra[0], delimiter=",", skiprows=1, ndmin=2)
    p, unseen = setup.problem, table[:, 0] == 1
    assert np.array_equal(table[~unseen, 2:], p.X_train) and np.array_equal(table[~unseen, 1], p.Y_train)
    assert np.array_equal(table[unseen, 2:], p.X_val) and np.array_equal(table[unseen, 1], p.Y_val)


def test_the_digits_round_trip_through_the_npz(tmp_path):
    setup = lesson_setup("digits")
    written = export_script(plan_new_run("digits", setup, 0), "numpy", tmp_path / "run.py")
    assert written.extra == (tmp_path / "run_data.npz",)
    p = digits_problem()
    with np.load(written.extra[0], allow_pickle=False) as data:
        for name, array in (("X_train", p.X_train), ("y_train", p.Y_train), ("X_val", p.X_val), ("y_val", p.Y_val)):
            assert np.array_equal(data[name], array), name


def test_imported_views_go_beside_the_script(tmp_path):
    days = [f"2024-01-{d:02d},{100 + 7 * d % 13}" for d in range(1, 32)]
    source = DataSource.from_csv_bytes(("date,views\n" + "\n".join(days) + "\n").encode(), "mine.csv")
    setup = lesson_setup("views-linear").with_options(problem=source.rebase(views_problem(1)))
    _, written, (losses, _, _) = export_and_run(setup, tmp_path, updates=5)
    assert written.extra and losses == app_run(setup, 5)[0]


def test_a_run_stops_where_the_app_stops(tmp_path):
    setup = lesson_setup("views-linear").with_options(max_updates=7)
    run, _, (losses, _, _) = export_and_run(setup, tmp_path, updates=20)
    assert run.updates == len(losses) == 7 and run.stop_reason == "max_updates"


def test_a_saved_session_exports_from_its_start_and_a_change_midway_is_reported(tmp_path):
    setup = lesson_setup("deep")
    trainer = setup.build()
    trainer.run(6)

    def session_file(name):
        session = Session(
            "deep",
            LESSONS["deep"].defaults(),
            DataSource.builtin(),
            setup.problem.n_inputs,
            setup.layers,
            setup.seed,
            setup.with_options(lr=trainer.lr).hyper(),
            trainer.state(),
            tuple(trainer.net.weights),
            tuple(trainer.net.biases),
        )
        save_session(tmp_path / name, session)
        return str(tmp_path / name)

    assert main([session_file("clean.dlapplet"), "--flavour", "numpy", "--out", str(tmp_path / "clean.py")]) == 0
    losses, _, _ = run_script(tmp_path / "clean.py")
    assert losses == list(trainer.history.loss.values)[-len(losses) :] and len(trainer.history.loss) == 6

    trainer.lr = 0.01  # changed while training: the run from here cannot be replayed from the start
    trainer.run(3)
    plan = plan_saved_run("deep", setup.with_options(lr=0.01), trainer.state(), (), ())
    assert plan.updates == 0 and plan.partial  # the first loss comes before any step; the second differs
    plan = plan_saved_run("deep", setup, trainer.state(), (), ())
    assert plan.updates == 6 and plan.saved_updates == 9


def test_the_command_line_refuses_unknown_lessons_with_a_message(tmp_path, capsys):
    assert main(["--lesson", "nope", "--out", str(tmp_path / "x.py")]) == 2
    assert "Unknown lesson 'nope'" in capsys.readouterr().err
    assert not (tmp_path / "x.py").exists()


def test_the_command_line_exports_a_lesson(tmp_path):
    out = tmp_path / "run.py"
    command = [sys.executable, "-m", "applet.export", "--lesson", "backprop", "--seed", "42", "--updates", "3"]
    result = subprocess.run(
        command + ["--flavour", "numpy", "--out", str(out)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    losses, L, _ = run_script(out)
    assert (losses, L) == app_run(lesson_setup("backprop"), 3)


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed")
@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_exported_scripts_pass_ruff(language, tmp_path):
    for lesson_id in ("piecewise", "digits", "backprop"):
        run = plan_new_run(lesson_id, lesson_setup(lesson_id), 0)
        for flavour in ("numpy", "torch"):
            export_script(run, flavour, tmp_path / f"{lesson_id}_{flavour}.py", language)
    scripts = sorted(str(p) for p in tmp_path.glob("*.py"))
    for config in (["--isolated"], ["--config", str(ROOT / "pyproject.toml")]):
        result = subprocess.run(["ruff", "check", "--no-cache", *config, *scripts], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout


def test_a_bad_number_of_updates_is_refused():
    with pytest.raises(DataError):
        plan_new_run("views-linear", lesson_setup("views-linear"), -1)


def named_setup(name: str) -> TrainingSetup:
    if name in LESSONS:
        return lesson_setup(name)
    problem, layers, options = COMBINATIONS[name]
    return TrainingSetup(problem, layers, seed=7, **options)


@pytest.mark.skipif(TORCH_PYTHON is None, reason="PyTorch is not installed (it is never a dependency of the app)")
@pytest.mark.parametrize("name", ["views-linear", "piecewise", "deep", "backprop", "digits", *COMBINATIONS])
def test_torch_scripts_match_the_app_to_1e_9(name, tmp_path):
    setup = named_setup(name)
    expected_losses, expected_L = app_run(setup)
    _, _, (losses, L, _) = export_and_run(setup, tmp_path, flavour="torch", lesson=name)
    assert np.allclose(losses, expected_losses, rtol=1e-9, atol=0) and len(losses) == len(expected_losses) == UPDATES
    assert L == pytest.approx(expected_L, rel=1e-9)


def test_traditional_chinese_comments_are_converted_from_the_simplified_ones_as_they_are_now():
    pytest.importorskip("opencc", reason="OpenCC (a development tool, pip install '.[dev]') converts zh_CN to zh_TW")
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from convert_export_texts import converted
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert converted() == TEXTS_ZH_TW, "run python packaging/convert_export_texts.py"


def test_a_replay_reports_its_progress_and_can_be_cancelled():
    setup = lesson_setup("views-linear")
    trainer = setup.build()
    trainer.run(45)
    heard = []
    plan_saved_run("views-linear", setup, trainer.state(), (), (), progress=lambda done, total: heard.append(done))
    assert heard == [0, 20, 40]
    with pytest.raises(Cancelled):
        plan_saved_run("views-linear", setup, trainer.state(), (), (), progress=lambda done, total: done < 20)
