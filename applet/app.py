"""Start the applet: command line, QApplication, translations, main window.

    applet [--lesson ID] [--lang en|zh_CN] [--seed N]
           [--screenshot FILE [--steps N]] [--self-test]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from applet import __version__

LANGUAGES = ("en", "zh_CN")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from applet.ui.lessons import LESSONS

    parser = argparse.ArgumentParser(prog="applet", description="Deep Learning Applet: learn deep learning by doing every step.")
    parser.add_argument("--lesson", choices=list(LESSONS), help="lesson to open")
    parser.add_argument("--lang", choices=LANGUAGES, help="language (default: the system's)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--screenshot", metavar="FILE", help="train, save a PNG of the window and exit")
    parser.add_argument("--steps", type=int, default=200, metavar="N", help="updates before --screenshot (default 200)")
    parser.add_argument("--self-test", action="store_true", help="run every lesson briefly offscreen and exit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    if args.steps < 0:
        parser.error("--steps must be 0 or more")
    if args.seed < 0 or args.seed > 2**31 - 1:
        parser.error("--seed must be between 0 and 2147483647")
    return args


def install_translator(app, lang: str | None):
    """Load the .qm file for ``lang`` (or the system locale); English needs none."""
    from PySide6.QtCore import QLocale, QTranslator

    from applet.paths import resource

    name = lang or QLocale.system().name()
    if name.startswith("en"):
        return None
    translator = QTranslator(app)
    if translator.load(str(resource("translations", f"applet_{name}.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if (args.self_test or args.screenshot) and "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from applet.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("dl-applet")
    app.setApplicationName("Deep Learning Applet")
    app.setApplicationVersion(__version__)
    install_translator(app, args.lang)
    if args.self_test:
        from applet.ui.automation import run_self_test

        return run_self_test(app)
    settings = None
    if args.screenshot:  # unattended: neither read nor change the learner's saved layout
        from PySide6.QtCore import QSettings

        settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(args.lesson or "views-linear", seed=args.seed, settings=settings)
    window.show()
    if args.screenshot:
        from applet.ui.automation import train_and_capture

        return train_and_capture(app, window, args.screenshot, args.steps)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
