"""Compare panel: train a series of models and put their L and L′ side by side.

Reused by every lesson with a comparison (days of features, widths, depths). The rows
train in a background thread with a progress bar and a Cancel button, each with one seed
or several (then the table shows mean ± sd over the seeds: one seed is not a result).
Beside our losses stand the lecture's published L and L′ for the same model — its own
real channel, which is not public — in their own columns. A row whose training loss went
down but whose unseen loss went up, relative to the row above, is marked: that is
overfitting.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from applet.core.errors import DataError
from applet.training.comparison import ComparisonResult, ComparisonRow
from applet.training.comparison_controller import ComparisonController
from applet.training.messages import translated
from applet.training.seeds import SeedSummary, seed_list, show, summarize, with_seeds
from applet.training.setup import TrainingSetup
from applet.ui.labels import activation_name, fill, format_loss, loss_unit
from applet.ui.panels.base import Panel

OVERFIT = QColor(230, 159, 0, 90)
MAX_SEEDS = 10
DAYS = (QT_TRANSLATE_NOOP("ComparePanel", "%1 day"), QT_TRANSLATE_NOOP("ComparePanel", "%1 days"))  # one, several
YEARS = (
    QT_TRANSLATE_NOOP("ComparePanel", "last year"),
    QT_TRANSLATE_NOOP("ComparePanel", "last %1 years"),
)


def _translated(text: str) -> str:
    return QCoreApplication.translate("ComparePanel", text)


def describe_model(setup: TrainingSetup) -> str:
    """A short translated name for a row's model, e.g. "2 × 100 ReLU · 56 days"."""
    hidden = setup.layers[:-1]
    if not hidden:
        model = activation_name("linear")
    else:
        units, act = hidden[0].units, hidden[0].activation
        name = f"{units} {activation_name(act)}"
        same = all(layer == hidden[0] for layer in hidden)
        model = (
            f"{len(hidden)} × {name}"
            if same and len(hidden) > 1
            else (name if same else " → ".join(f"{h.units} {activation_name(h.activation)}" for h in hidden))
        )
    parts = [model]
    views = setup.problem.views
    if views is not None:
        parts.append(fill(_translated(DAYS[views.days != 1]), str(views.days)))
    years = None if views is None else views.years
    if years is not None:
        parts.append(fill(_translated(YEARS[years != 1]), str(years)))
    if setup.weight_decay:
        parts.append(f"λ = {setup.weight_decay:g}")
    return " · ".join(parts)


class ComparePanel(Panel):
    panel_id = "compare"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ComparisonRow] = []
        self.seeds: tuple[int, ...] = ()  # the seeds of the last run
        self.results: dict[int, ComparisonResult] = {}  # by run: row i with seed j is run i·len(seeds) + j
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("compareTable")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.run_button = QPushButton()
        self.run_button.setObjectName("compareRunButton")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("compareCancelButton")
        self.cancel_button.setEnabled(False)
        self.seeds_label = QLabel()
        self.seeds_input = QSpinBox(objectName="compareSeedsInput", minimum=1, maximum=MAX_SEEDS)
        self.seeds_label.setBuddy(self.seeds_input)
        self.progress = QProgressBar()
        self.progress.setObjectName("compareProgress")
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.seeds_label)
        buttons.addWidget(self.seeds_input)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

        self.comparison = ComparisonController(self)
        self.comparison.progress.connect(self._on_progress)
        self.comparison.row_done.connect(self._on_row_done)
        self.comparison.finished.connect(self._on_finished)
        self.comparison.failed.connect(self._on_failed)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Compare")

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Run comparison"))
        self.run_button.setToolTip(
            self.tr("Train every model in the table with the same seeds and compare their losses.")
        )
        self.seeds_label.setText(self.tr("Seeds"))
        self.seeds_input.setToolTip(
            self.tr(
                "Train every model with this many seeds — the Seed box's, then 0, 1, 2, … — and show "
                "mean ± sd of L and L′ over them. One seed is not a result: the spread shows which "
                "differences are real."
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the comparison; rows already trained keep their results."))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("model"),
                self.tr("L (training)"),
                self.tr("L′ (unseen)"),
                self.tr("lecture L"),
                self.tr("lecture L′"),
                self.tr("updates"),
                self.tr("note"),
            ]
        )
        lecture_tip = self.tr(
            "Published in the lecture for the same model, trained on its own channel (real data, not "
            "public; MAE in k): compare the trend, not the digits."
        )
        for column in (3, 4):
            self.table.horizontalHeaderItem(column).setToolTip(lecture_tip)
        self.note.setText(
            self.tr(
                "Lecture L / L′: published for the lecture's own channel (real, not public). "
                "“overfitting”: lower L than the row above, but higher L′."
            )
        )
        self._fill()

    def set_rows(self, rows: list[ComparisonRow]) -> None:
        """Show the models to compare (results cleared)."""
        self.rows = rows
        self.results = {}
        self._fill()

    def summaries(self) -> dict[int, SeedSummary]:
        """Each row's losses over the seeds trained so far."""
        return summarize(self.rows, self.seeds, self.results)

    @Slot()
    def start(self) -> None:
        """Train the lesson's comparison (for the current choices, seed and data) row by row."""
        if self.app_state is not None:
            try:
                self.set_rows(self.app_state.comparison_rows())
            except DataError as exc:
                self.set_rows([])
                self.refused.emit(translated(exc))
        if not self.rows:
            return
        self.seeds = seed_list(self.app_state.seed if self.app_state is not None else 42, self.seeds_input.value())
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.seeds_input.setEnabled(False)
        self.progress.setValue(0)
        self.comparison.start(with_seeds(self.rows, self.seeds))

    @Slot()
    def cancel(self) -> None:
        """Stop after the current chunk of updates; finished rows keep their results."""
        self.comparison.cancel()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    @Slot(int, object)
    def _on_row_done(self, index: int, result: ComparisonResult) -> None:
        self.results[index] = result
        self._fill()

    @Slot(bool)
    def _on_finished(self, complete: bool) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.seeds_input.setEnabled(True)

    @Slot(str, str)
    def _on_failed(self, message: str, details: str) -> None:
        QMessageBox.warning(self, self.tr("Comparison stopped"), message)

    def overfitting_rows(self) -> set[int]:
        """Rows whose (mean) L fell but L′ rose compared with the row above."""
        summaries = self.summaries()
        marked = set()
        for i in range(1, len(self.rows)):
            a, b = summaries.get(i - 1), summaries.get(i)
            if a and b and b.train_mean_sd[0] < a.train_mean_sd[0] and b.val_mean_sd[0] > a.val_mean_sd[0]:
                marked.add(i)
        return marked

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        marked = self.overfitting_rows()
        summaries = self.summaries()
        unit = self.problem.unit if self.problem else ""
        for i, row in enumerate(self.rows):
            summary = summaries.get(i)
            u = loss_unit(row.setup.loss, unit)
            published = row.published if row.setup.loss == "mae" else None  # the lecture reports MAE
            cells = [
                describe_model(row.setup) + (" · " + self.tr("at the lowest L′") if row.restore_best else ""),
                self._loss(summary.train_mean_sd, len(summary.seeds), u) if summary else "",
                self._loss(summary.val_mean_sd, len(summary.seeds), u) if summary else "",
                format_loss(published[0], "k") if published else "—",
                format_loss(published[1], "k") if published else "—",
                str(summary.updates) if summary else str(row.updates),
                self.tr("overfitting") if i in marked else "",
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if i in marked:
                    item.setBackground(QBrush(OVERFIT))
                if summary and len(summary.seeds) > 1 and j in (1, 2):
                    item.setToolTip(fill(self.tr("seeds %1"), ", ".join(map(str, summary.seeds))))
                self.table.setItem(i, j, item)

    @staticmethod
    def _loss(mean_sd: tuple[float, float], n_seeds: int, unit: str) -> str:
        """One seed: the loss as everywhere else; several: mean ± sd."""
        if n_seeds == 1:
            return format_loss(mean_sd[0], unit)
        text = show(*mean_sd)
        return f"{text}\u00a0{unit}" if unit and text != "—" else text

    def shutdown(self) -> None:
        self.comparison.shutdown()
