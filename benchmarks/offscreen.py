"""Running the real window in a benchmark: offscreen, with throw-away settings, on the event loop."""

from __future__ import annotations

import os
import sys
import tempfile
import time

from applet.platform_check import offscreen_platform  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform(1280, 832))  # windows of 1280 × 800, as measured

from PySide6.QtCore import QEventLoop, QSettings, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def _quiet(kind, context, message: str) -> None:
    """Drop the offscreen platform's "does not support propagateSizeHints()" noise, print the rest."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def application() -> QApplication:
    """The QApplication, set up as ``applet.app`` sets it up for the window's timing."""
    from applet.app import share_the_gil

    share_the_gil()
    qInstallMessageHandler(_quiet)
    return QApplication.instance() or QApplication(sys.argv[:1])


def temporary_settings() -> QSettings:
    """Settings in an empty temporary file, as on a fresh laptop (the learner's stay untouched)."""
    return QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)


def spin(seconds: float) -> None:
    """Run the event loop for ``seconds``, as the application does."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def spin_until(condition, timeout_s: float = 30.0) -> None:
    """Run the event loop until ``condition()`` holds; RuntimeError after ``timeout_s``."""
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise RuntimeError("timed out waiting for the window")
        spin(0.01)
