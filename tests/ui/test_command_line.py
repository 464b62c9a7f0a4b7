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
