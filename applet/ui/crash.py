"""When something goes wrong anyway: a readable report, a log file, and the app goes on.

A learner's mistakes (a bad number, a bad file) are refused where they happen, with a
message. Everything else — a bug raised in a Qt slot, in another thread, or inside
training (the worker catches those and sends them here) — goes one way:

- it is appended to a log file in the user's data folder (``…/logs/applet.log``,
  rotated at ``LOG_BYTES`` with ``LOG_BACKUPS`` old files kept, so it never grows
  without limit; ``APPLET_LOG_DIR`` chooses another folder);
- a dialog says what happened and that the applet keeps working, and offers
  "Copy details" (versions, time, traceback) for a bug report. It opens without
  blocking (``open()``); while one is showing, further errors are added to it instead
  of stacking up windows.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import os
import platform
import sys
import tempfile
import threading
import traceback
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from applet import __version__
from applet.ui.labels import fill

LOG_NAME = "applet.log"
LOG_BYTES = 448 * 1024
LOG_BACKUPS = 3
LOG_DIR_VARIABLE = "APPLET_LOG_DIR"
REPORT_CHARS = 16_000  # a report's share of the log, at most (≤ 64 kB even in 4-byte characters): a file
# rotates once a report would take it past LOG_BYTES, so each stays under 512 kB and the folder under 2 MB

_logger = logging.getLogger("applet.crash")
_logger.propagate = False
_log_path: Path | None = None


# -- the log file ------------------------------------------------------------------------------
def log_directory() -> Path:
    """``$APPLET_LOG_DIR``, else ``logs`` in the application's data folder (temp folder as a last resort)."""
    if os.environ.get(LOG_DIR_VARIABLE):
        return Path(os.environ[LOG_DIR_VARIABLE])
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or tempfile.gettempdir()) / "logs"


def log_path() -> Path | None:
    """The log file errors are written to (None when no folder could be written)."""
    global _log_path
    folder = log_directory()
    if _log_path is not None and _log_path.parent == folder:
        return _log_path
    for handler in list(_logger.handlers):
        _logger.removeHandler(handler)
        handler.close()
    _log_path = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in [LOG_NAME] + [f"{LOG_NAME}.{i}" for i in range(1, LOG_BACKUPS + 1)]:
            if (folder / name).exists() and not (folder / name).is_file():  # a pipe would block, a device never end
                return None
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(message)s"))
    _logger.addHandler(handler)
    _logger.setLevel(logging.ERROR)
    _log_path = folder / LOG_NAME
    return _log_path


def describe(message: str, details: str) -> str:
    """The report: what, when, on which versions, and the traceback."""
    return "\n".join(
        [
            f"Deep Learning Applet {__version__} — {dt.datetime.now().isoformat(timespec='seconds')}",
            f"Python {platform.python_version()}, PySide6 {PYSIDE_VERSION}, {platform.platform()}",
            "",
            message,
            "",
            details.rstrip(),
        ]
    )


def shortened(report: str, limit: int = REPORT_CHARS) -> str:
    """``report`` if it fits in ``limit`` characters; else its beginning and end, saying what was left out."""
    if len(report) <= limit:
        return report
    half = limit // 2
    return f"{report[:half]}\n[… {len(report) - 2 * half} characters left out …]\n{report[-half:]}"


def write_log(report: str) -> Path | None:
    """Append ``report`` to the log; the log's path, or None if it cannot be written (never raises)."""
    try:
        path = log_path()
        if path is not None:
            _logger.error("%s\n%s", shortened(report), "-" * 72)
        return path
    except Exception:  # noqa: BLE001 — reporting an error must never raise another
        return None


# -- the dialog --------------------------------------------------------------------------------
class ErrorDialog(QDialog):
    """An unexpected error in plain words, its details on demand, and a "Copy details" button."""

    def __init__(
        self, title: str, message: str, report: str, log_file: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(title)
        self._message = message
        self.count = 1
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        self.message_label = QLabel(message, objectName="errorMessage", wordWrap=True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = self.tr("The applet keeps working: you can go on, or save your session and restart it.")
        if log_file is not None:
            hint += " " + fill(self.tr("The details were written to %1."), str(log_file))
        self.hint_label = QLabel(hint, objectName="errorHint", wordWrap=True)
        self.details_view = QPlainTextEdit(report, objectName="errorDetails", readOnly=True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setVisible(False)
        self.details_button = QPushButton(self.tr("Show details"), objectName="showDetailsButton", checkable=True)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("Copy details"), objectName="copyDetailsButton")
        self.copy_button.setToolTip(self.tr("Copy the versions and the traceback, to paste into a bug report."))
        self.copy_button.clicked.connect(self.copy_details)
        close = QPushButton(self.tr("Close"), objectName="closeErrorButton", default=True)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        texts = QVBoxLayout()
        texts.addWidget(self.message_label)
        texts.addWidget(self.hint_label)
        top.addLayout(texts, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addLayout(buttons)
        self.resize(560, 200)

    def text(self) -> str:
        """The message shown (the first error's)."""
        return self._message

    def details(self) -> str:
        return self.details_view.toPlainText()

    def add(self, message: str, report: str) -> None:
        """Another error while this one is showing: count it and keep its details."""
        self.count += 1
        self.message_label.setText(
            fill(self.tr("%1\n\n(%2 errors so far; the details hold each of them.)"), self._message, str(self.count))
        )
        self.details_view.appendPlainText("\n" + "-" * 72 + "\n" + report)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def _toggle_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.resize(self.width(), 480 if shown else 200)


_orphan: ErrorDialog | None = None  # the dialog of errors that have no window to belong to


def report_error(title: str, message: str, details: str, parent: QWidget | None = None) -> ErrorDialog:
    """Log an unexpected error and show it without blocking (GUI thread only); returns its dialog."""
    global _orphan
    report = describe(message, details)
    path = write_log(report)
    showing = [
        d
        for d in (parent.findChildren(ErrorDialog) if parent is not None else [_orphan])
        if d is not None and d.isVisible()
    ]
    if showing:
        showing[0].add(message, report)
        return showing[0]
    dialog = ErrorDialog(title, message, report, path, parent)
    dialog.open()
    if parent is None:
        _orphan = dialog
    return dialog


def exception_details(exc_type, exc, tb) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


# -- the hooks -----------------------------------------------------------------------------------
class CrashReporter(QObject):
    """Sends every uncaught exception (any thread) to ``report_error`` in the GUI thread.

    Created in the GUI thread; ``install`` replaces ``sys.excepthook`` and
    ``threading.excepthook`` (PySide6 passes exceptions raised in slots to
    ``sys.excepthook``), ``uninstall`` puts the previous hooks back. With ``modal_when_idle``
    (the interactive app) an error while no event loop runs — the window failed to open —
    is shown with a blocking dialog, since the process is about to end.
    """

    _arrived = Signal(str, str, str)  # title, message, details: queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: ErrorDialog | None = None
        self.modal_when_idle = False
        self._previous: tuple | None = None
        self._arrived.connect(self._show)

    def install(self) -> CrashReporter:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.excepthook
            threading.excepthook = self._thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in a terminal: quit as usual
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = f"In thread {threading.current_thread().name}:\n" + exception_details(exc_type, exc, tb)
        if sys.stderr is not None:  # a windowed executable has no stderr
            print(details, file=sys.stderr, end="")
        error = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
        message = fill(self.tr("Something went wrong inside the applet (a bug, not your mistake):\n%1"), error)
        title = self.tr("Unexpected error")
        if threading.current_thread() is not threading.main_thread():  # the dialog is made in the GUI thread
            self._arrived.emit(title, message, details)
            return
        self._show(title, message, details)
        if self.dialog is not None and self.modal_when_idle and QThread.currentThread().loopLevel() == 0:
            self.dialog.exec()

    def _thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str, str)
    def _show(self, title: str, message: str, details: str) -> None:
        try:
            windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
            parent = windows[0] if windows else None
            self.dialog = report_error(title, message, details, parent)
        except Exception:  # noqa: BLE001 — the report itself failed: the log and stderr still have it
            write_log(describe(message, details))
