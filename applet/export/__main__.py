"""Export a run as a Python script from the command line (no window needed).

    python -m applet.export SESSION.dlapplet --flavour numpy|torch --out run.py
    python -m applet.export --lesson ID --seed N --updates K --flavour numpy|torch --out run.py

The first form exports the run saved in a session file, the second a lesson's default
run (its default choices, the built-in data) for K updates — fewer if the app would stop
sooner. The script's data go beside it when they are too large to write into it.
``--lang zh_CN`` writes the comments in Chinese; ``--print-every N`` sets how often the
script prints the loss.
"""

from __future__ import annotations

import os

# as in the app: one BLAS thread, so the replay in the engine adds its sums in the same order
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import sys  # noqa: E402

from applet.core.errors import QT_TRANSLATE_NOOP, DataError  # noqa: E402
from applet.export.plan import ExportRun, plan_new_run, plan_saved_run  # noqa: E402
from applet.export.script import FLAVOURS, export_script, notes  # noqa: E402
from applet.export.texts import LANGUAGES  # noqa: E402


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m applet.export",
        description="Export a run as a NumPy or PyTorch script that trains the same way.",
    )
    parser.add_argument("session", nargs="?", help="a saved session (.dlapplet) to export")
    parser.add_argument("--lesson", help="export this lesson's default run instead of a session")
    parser.add_argument("--seed", type=int, default=42, help="the lesson run's seed (default 42)")
    parser.add_argument("--updates", type=int, default=100, help="the lesson run's number of updates (default 100)")
    parser.add_argument("--flavour", choices=FLAVOURS, default="numpy")
    parser.add_argument("--out", required=True, help="the script to write (e.g. run.py)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="the language of the comments")
    parser.add_argument("--print-every", type=int, default=None, help="print the loss every N updates")
    return parser


def session_run(path: str) -> ExportRun:
    """The run saved in a session file."""
    from applet.core.session import load_session
    from applet.ui.lessons import LESSONS
    from applet.ui.sessions import restored_run

    session = load_session(path, LESSONS)
    lesson, _, setup, trainer = restored_run(session)
    return plan_saved_run(lesson.id, setup, trainer.state(), session.weights, session.biases)


def lesson_run(lesson_id: str, seed: int, updates: int) -> ExportRun:
    """A lesson's default run (default choices, built-in data) for ``updates`` updates."""
    from applet.ui.lessons import LESSONS

    if lesson_id not in LESSONS:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Unknown lesson %1; choose one of: %2."), repr(lesson_id), ", ".join(LESSONS)
        )
    lesson = LESSONS[lesson_id]
    choices = lesson.defaults()
    return plan_new_run(lesson_id, lesson.make_setup(lesson.make_problem(choices), choices, seed), updates)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if (args.session is None) == (args.lesson is None):
        parser.error("give either a session file or --lesson ID")
    if args.print_every is not None and args.print_every < 1:
        parser.error("--print-every must be at least 1")
    try:
        run = session_run(args.session) if args.session else lesson_run(args.lesson, args.seed, args.updates)
        written = export_script(run, args.flavour, args.out, args.lang, args.print_every)
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for note in notes(run, args.lang):
        print(note, file=sys.stderr)
    beside = "".join(f" and {path}" for path in written.extra)
    print(f"Wrote {written.script}{beside}: {run.updates} updates of {run.lesson}, L = {run.train_loss!r}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
