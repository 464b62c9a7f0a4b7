"""TraceExport: two buttons that save every step of a backpropagation trace, computed or not
yet, as a CSV or a Markdown table (asking where, then writing the file atomically)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from applet.core.backprop import Trace
from applet.core.errors import DataError
from applet.core.files import atomic_write
from applet.training.messages import translated
from applet.ui.file_dialogs import ask_save_path
from applet.ui.labels import fill


class TraceExport(QWidget):
    """``saved(message)`` after a file was written, ``failed(message)`` when it could not be."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, trace: Callable[[], Trace], parent: QWidget | None = None) -> None:
        """``trace()``: the trace to save when a button is clicked."""
        super().__init__(parent)
        self.trace = trace
        self.csv_button = QPushButton(objectName="traceCsvButton")
        self.markdown_button = QPushButton(objectName="traceMarkdownButton")
        self.csv_button.clicked.connect(lambda: self._ask("csv"))
        self.markdown_button.clicked.connect(lambda: self._ask("md"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.csv_button)
        layout.addWidget(self.markdown_button)

    def retranslate(self) -> None:
        self.csv_button.setText(self.tr("Export CSV…"))
        self.markdown_button.setText(self.tr("Export Markdown…"))
        self.csv_button.setToolTip(self.tr("Save every step of the trace as a CSV table."))
        self.markdown_button.setToolTip(self.tr("Save every step of the trace as a Markdown table."))

    def _ask(self, kind: str) -> None:
        if kind == "csv":
            path = ask_save_path(
                self.window(),
                self.tr("Export the trace as CSV"),
                "backprop-trace.csv",
                self.tr("CSV files (*.csv)"),
                (".csv",),
            )
        else:
            path = ask_save_path(
                self.window(),
                self.tr("Export the trace as Markdown"),
                "backprop-trace.md",
                self.tr("Markdown files (*.md)"),
                (".md",),
            )
        if path is not None:
            self.export(str(path), kind)

    def export(self, path: str, kind: str) -> None:
        """The whole trace (every step, computed or not yet) as CSV (``kind`` "csv") or Markdown, written atomically."""
        trace = self.trace()
        text = trace.to_csv() if kind == "csv" else trace.to_markdown()
        try:
            atomic_write(path, text.encode("utf-8"))
        except DataError as exc:
            self.failed.emit(translated(exc))
            return
        self.saved.emit(fill(self.tr("Saved the trace to %1."), path))
