"""Command-line flags: anything unusable is an argparse error (exit code 2) with a message, never a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from applet.app import parse_args

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "argv, phrase",
    [
        (["--lesson", "nope"], "invalid choice: 'nope'"),
        (["--lang", "fr"], "invalid choice: 'fr'"),
        (["--seed", "forty-two"], "invalid int value"),
        (["--seed", "-1"], "--seed must be between 0 and 2147483647"),
        (["--seed", str(2**31)], "--seed must be between 0 and 2147483647"),
        (["--steps", "-5"], "--steps must be 0 or more"),
        (["--steps", "1e3"], "invalid int value"),
        (["--screenshot", "shot.jpg"], "must end in .png"),
    ],
)
def test_bad_flags_are_refused_with_a_message(argv, phrase, capsys):
    with pytest.raises(SystemExit) as exit_:
        parse_args(argv)
    assert exit_.value.code == 2
    assert phrase in capsys.readouterr().err


def test_a_screenshot_into_a_missing_folder_is_refused_before_anything_runs(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        parse_args(["--screenshot", str(tmp_path / "no such folder" / "x.png")])
    assert exit_.value.code == 2
    assert "does not exist" in capsys.readouterr().err


def test_good_flags_pass(tmp_path):
    args = parse_args(
        [
            "--lesson",
            "digits",
            "--lang",
            "zh_CN",
            "--seed",
            "7",
            "--screenshot",
            str(tmp_path / "x.PNG"),
            "--steps",
            "0",
        ]
    )
    assert (args.lesson, args.lang, args.seed, args.steps) == ("digits", "zh_CN", 7, 0)


def test_the_real_command_exits_2_without_a_traceback(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "applet", "--screenshot", str(tmp_path / "missing" / "x.png")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def run_applet(*args, timeout=120):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "applet", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def test_an_empty_screenshot_name_is_refused_not_an_open_window():
    result = run_applet("--screenshot", "", timeout=60)
    assert result.returncode == 2 and "must end in .png" in result.stderr


def test_a_missing_session_with_screenshot_exits_non_zero_with_a_message(tmp_path):
    shot = tmp_path / "x.png"
    result = run_applet(str(tmp_path / "missing.dlapplet"), "--screenshot", str(shot), "--steps", "0")
    assert result.returncode == 1 and "missing.dlapplet does not exist" in result.stderr
    assert not shot.exists() and "Traceback" not in result.stderr and "QThread" not in result.stderr


def test_a_crafted_session_with_screenshot_exits_cleanly(tmp_path):
    import json
    import zipfile

    from applet.core.session import load_session, save_session

    # a valid session (saved by the core), then hand-edited into something the window cannot use
    from tests.core.test_session import make_session

    path = tmp_path / "crafted.dlapplet"
    save_session(path, make_session()[2])
    load_session(path)
    with zipfile.ZipFile(path) as z:
        doc, arrays = json.loads(z.read("session.json")), z.read("arrays.npz")
    doc["choices"] = {"no such setting": 1}
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("session.json", json.dumps(doc))
        z.writestr("arrays.npz", arrays)
    shot = tmp_path / "x.png"
    result = run_applet(str(path), "--screenshot", str(shot), "--steps", "0")
    assert result.returncode == 1 and "crafted.dlapplet" in result.stderr
    assert "QThread" not in result.stderr and "Traceback" not in result.stderr and not shot.exists()


def test_data_names_a_set_or_a_csv_of_points_for_free_play(tmp_path, capsys):
    args = parse_args(["--data", "spiral"])
    assert args.lesson == "playground" and args.points.source == "spiral"
    points = tmp_path / "mine.csv"
    points.write_text("1,2,a\n3,4,b\n5,6,c\n", encoding="utf-8")
    args = parse_args(["--lesson", "playground", "--data", str(points)])
    assert args.points.class_names == ("a", "b", "c") and args.points.source == "mine.csv"
    points.write_text("1,2,a\n3,x,b\n", encoding="utf-8")
    for argv, phrase in (
        (["--data", str(points)], "Line 2: 'x' is not a number"),
        (["--data", "moons"], "neither a built-in set"),
        (["--lesson", "digits", "--data", "spiral"], "for --lesson playground"),
    ):
        with pytest.raises(SystemExit) as exit_info:
            parse_args(argv)
        assert exit_info.value.code == 2 and phrase in capsys.readouterr().err


def test_the_screenshot_shows_the_points_asked_for(tmp_path):
    shot = tmp_path / "spiral.png"
    result = subprocess.run(
        [sys.executable, "-m", "applet", "--data", "spiral", "--steps", "5", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
