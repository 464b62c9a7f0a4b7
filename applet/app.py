"""Start the applet: command line, QApplication, translations, main window.

applet [--lesson ID] [--lang en|zh_CN|zh_TW] [--seed N] [--data SET|FILE.csv] [SESSION.dlapplet]
       [--screenshot FILE [--steps N]] [--self-test]
"""

from __future__ import annotations

import os

# The lecture's matrices are small: one BLAS thread is fastest, and leaves a core for the
# window. Set before NumPy is imported; a value set by the user wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402

from applet import __version__  # noqa: E402

LANGUAGES = ("en", "zh_CN", "zh_TW")
OFFSCREEN_SCREEN = (1280, 832)  # --screenshot and --self-test without a display: a 1280 × 800 window
# Training and drawing take turns on Python's GIL. Each time the window's thread comes back
# from Qt (which lets go of the GIL) while training runs, it waits one switch interval
# (5 ms by default) for it; a frame makes dozens of such calls.
GIL_SWITCH_SECONDS = 0.001
PRESPAWN_MS = 1000  # the training process starts this long after the window shows (not during start-up)


def share_the_gil() -> None:
    """Let the window's thread have the GIL back within a millisecond of asking (process-wide)."""
    sys.setswitchinterval(GIL_SWITCH_SECONDS)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from applet.ui.lessons import LESSONS

    parser = argparse.ArgumentParser(
        prog="applet", description="Deep Learning Applet: learn deep learning by doing every step."
    )
    parser.add_argument("--lesson", choices=list(LESSONS), help="lesson to open")
    parser.add_argument("--lang", choices=LANGUAGES, help="language (default: the system's)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--screenshot", metavar="FILE", help="train, save a PNG of the window and exit")
    parser.add_argument("--steps", type=int, default=200, metavar="N", help="updates before --screenshot (default 200)")
    parser.add_argument(
        "--data",
        metavar="SET|FILE.csv",
        help="free play: the points to learn from, a built-in set (circle, xor, gauss, spiral, curve-piecewise, "
        "curve-smooth; for regression plane, multi-gauss) or a CSV file of x1,x2,label rows",
    )
    parser.add_argument("--self-test", action="store_true", help="run every lesson briefly offscreen and exit")
    parser.add_argument("session", nargs="?", help="a saved session (.dlapplet) to open")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    if args.steps < 0:
        parser.error("--steps must be 0 or more")
    if args.seed < 0 or args.seed > 2**31 - 1:
        parser.error("--seed must be between 0 and 2147483647")
    args.points = None
    if args.data is not None:
        check_points(parser, args)
    if args.screenshot is not None:  # an empty name is a wrong name, not "no screenshot"
        check_screenshot_path(parser, args.screenshot)
    return args


def check_points(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """``--data``: read the points now (a bad name or file is an argparse error, exit code 2); they
    belong to the free-play lesson, which opens unless another lesson was asked for."""
    from applet.core.errors import DataError
    from applet.training.playground import load_points

    if args.lesson not in (None, "playground"):
        parser.error(f"--data {args.data}: points in the plane are for --lesson playground")
    args.lesson = "playground"
    try:
        args.points = load_points(args.data)
    except DataError as error:
        parser.error(f"--data {args.data}: {error}")


def check_screenshot_path(parser: argparse.ArgumentParser, path: str) -> None:
    """A screenshot is a PNG written into a folder that exists (else an argparse error, exit code 2)."""
    folder = os.path.dirname(os.path.abspath(path))
    if not path.lower().endswith(".png"):
        parser.error(f"--screenshot {path}: the file name must end in .png")
    if not os.path.isdir(folder):
        parser.error(f"--screenshot {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        parser.error(f"--screenshot {path}: the folder {folder} cannot be written to")


def install_translator(app, lang: str | None, settings=None) -> str:
    """Translate the app: ``--lang``, else the learner's saved choice, else the system locale."""
    from applet.ui import language

    return language.install(lang or (language.saved_language(settings) if settings is not None else None))


def set_window_icon(app) -> None:
    """The network icon of resources/icons for every window (and the taskbar)."""
    from PySide6.QtGui import QIcon

    from applet.paths import resource

    app.setWindowIcon(QIcon(str(resource("icons", "applet.png"))))


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen executable's training process (applet/training/child.py)
    args = parse_args(argv)
    share_the_gil()
    from applet.platform_check import EXIT_CODE, offscreen_platform, platform_problem

    unattended = args.self_test or args.screenshot is not None  # neither read nor change the learner's settings
    if unattended and "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = offscreen_platform(*OFFSCREEN_SCREEN)

    problem = platform_problem()  # Linux: the X11 libraries Qt needs, named before Qt aborts
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_CODE
    from PySide6.QtWidgets import QApplication

    from applet.ui.crash import CrashReporter

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("dl-applet")
    app.setApplicationName("Deep Learning Applet")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("applet")  # matches packaging/applet.desktop
    set_window_icon(app)
    reporter = CrashReporter(app).install()  # unexpected errors: a dialog and a log, and the app goes on
    reporter.modal_when_idle = not unattended
    try:
        return _run(app, args, unattended)
    except Exception:  # noqa: BLE001 — the window could not start: say why (blocking) and log it
        reporter.excepthook(*sys.exc_info())
        return 1
    finally:
        reporter.uninstall()


def _run(app, args: argparse.Namespace, unattended: bool) -> int:
    """Translations, then the window (or the self-test); the exit code."""
    from PySide6.QtCore import QSettings

    from applet.ui.main_window import MainWindow

    install_translator(app, args.lang, None if unattended else QSettings())
    if args.self_test:
        from applet.ui.automation import run_self_test

        return run_self_test(app)
    settings = None
    if unattended:  # neither read nor change the learner's saved layout
        settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(args.lesson or "views-linear", seed=args.seed, settings=settings)
    if args.points is not None:
        window.use_points(args.points)
    try:
        if os.environ.get("APPLET_PRINT_FIRST_PAINT"):  # start-up benchmark: benchmarks/bench_launch.py
            from applet.ui.automation import print_first_paint

            print_first_paint(window)
        window.show()
        from PySide6.QtCore import QTimer

        from applet.training.child import prespawn

        QTimer.singleShot(PRESPAWN_MS, prespawn)  # the first full-speed run need not wait for it
        if unattended:
            from applet.ui.automation import open_unattended, train_and_capture

            if args.session and not open_unattended(app, window, args.session):
                return 1
            return train_and_capture(app, window, args.screenshot, args.steps)
        if args.session:
            window.files.open_path(args.session)
        window.files.ask_on_close = True  # a learner's window asks before losing training
        return app.exec()
    finally:
        if window.isVisible():  # stop the training thread whatever happened: never "QThread: Destroyed while…"
            window.files.ask_on_close = False
            window.close()


if __name__ == "__main__":
    sys.exit(main())
