"""TraceTable: every value of a backpropagation trace computed so far, one row per step,
each gradient beside its central-difference check (texts keep the trace panel's context)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from applet.core.backprop import fmt
from applet.ui.style import Theme
from applet.ui.view_models.trace_session import TraceSession

AGREE_FILL = QColor("#C8EED6")
DIFFER_FILL = QColor("#F9CDB8")
CURRENT_ROW = QColor("#FFE58A")
INK = QColor("#000000")  # text on the light fills above, in any theme
PHASE_NAMES = {
    "forward": QT_TRANSLATE_NOOP("TracePanel", "forward"),
    "loss": QT_TRANSLATE_NOOP("TracePanel", "loss"),
    "backward": QT_TRANSLATE_NOOP("TracePanel", "backward"),
    "gradient": QT_TRANSLATE_NOOP("TracePanel", "gradient"),
    "update": QT_TRANSLATE_NOOP("TracePanel", "update"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("TracePanel", "phase"),
    QT_TRANSLATE_NOOP("TracePanel", "symbol"),
    QT_TRANSLATE_NOOP("TracePanel", "value"),
    QT_TRANSLATE_NOOP("TracePanel", "check"),
    QT_TRANSLATE_NOOP("TracePanel", "rel. error"),
    QT_TRANSLATE_NOOP("TracePanel", "formula with numbers"),
)
PHASE, SYMBOL, VALUE, CHECK, ERROR, NUMBERS = range(len(COLUMNS))  # the long formula last, where it can wrap


def phase_name(phase: str) -> str:
    """The translated name of a trace phase (forward, loss, backward, gradient, update)."""
    return QCoreApplication.translate("TracePanel", PHASE_NAMES[phase])


class TraceTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS), objectName="traceTable")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setFont(Theme.font(9.5))
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NUMBERS, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([QCoreApplication.translate("TracePanel", c) for c in COLUMNS])
        self.horizontalHeaderItem(CHECK).setToolTip(
            QCoreApplication.translate(
                "TracePanel",
                "Numerical check: the central difference (L(θ + h) − L(θ − h)) / 2h with h = 10⁻⁶, "
                "the gradient measured without backpropagation.",
            )
        )
        self.horizontalHeaderItem(ERROR).setToolTip(
            QCoreApplication.translate(
                "TracePanel", "Relative error |g − check| / max(|g|, |check|): ✓ below 10⁻⁴, the two agree."
            )
        )

    def show_steps(self, session: TraceSession, first: int) -> None:
        """Rows for the session's computed steps; rows from ``first`` on are (re)written."""
        cursor, digits = session.cursor, session.digits
        self.setRowCount(cursor)
        for row in range(first, cursor):
            step = session.trace[row]
            cells = {
                PHASE: phase_name(step.phase),
                SYMBOL: step.symbol,
                VALUE: fmt(step.value, digits),
                CHECK: "",
                ERROR: "",
                NUMBERS: step.numbers,
            }
            check = session.check(row)
            if check is not None:
                mark = "✓" if check.agrees else "✗"
                cells[CHECK], cells[ERROR] = fmt(check.numeric, digits), f"{mark} {fmt(check.error, 2)}"
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == NUMBERS:
                    item.setToolTip(step.formula)
                if check is not None and column in (CHECK, ERROR):
                    item.setBackground(QBrush(AGREE_FILL if check.agrees else DIFFER_FILL))
                    item.setForeground(QBrush(INK))
                self.setItem(row, column, item)
        for row in range(max(first - 1, 0), cursor):  # only the newest row is marked
            current = row == cursor - 1
            for column in (PHASE, SYMBOL, NUMBERS, VALUE):
                item = self.item(row, column)
                item.setBackground(QBrush(CURRENT_ROW) if current else QBrush())
                item.setForeground(QBrush(INK) if current else QBrush())
        if cursor:
            self.scrollToItem(self.item(cursor - 1, 0))
