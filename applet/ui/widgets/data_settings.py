"""Lesson settings → Data: which daily views a views lesson learns from, and how they are cut.

The learner picks the data set (the synthetic channel, the real Wikipedia views, or their
own imported CSV), sees how many days are missing and chooses what happens to them (fill
by linear interpolation, or leave out the examples that touch them), and moves the
lecture's split: the first unseen day and how many days stay unseen. The widget only
shows a ``DataSource`` and asks for another one; the window decides.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QSpinBox, QWidget

from applet.core.datasets.split import MAX_UNSEEN_DAYS
from applet.core.datasource import CSV, REAL, SYNTHETIC, DataSource
from applet.core.problem import DROP, FILL, Problem
from applet.ui.labels import fill


def to_qdate(day: np.datetime64) -> QDate:
    return QDate.fromString(str(np.datetime64(day, "D")), "yyyy-MM-dd")


class DataSettings(QWidget):
    dataset_requested = Signal(str)  # "synthetic", "real" or "csv" (the imported file)
    source_requested = Signal(object)  # the same data, other gap handling or split (a DataSource)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dataSettings")
        self.source: DataSource | None = None
        self.problem: Problem | None = None
        self._imported_name = ""
        self._filling = False
        self.data_input = QComboBox(objectName="dataInput")
        self.data_input.activated.connect(self._dataset_chosen)
        self.gaps_input = QComboBox(objectName="gapsInput")
        for key in (FILL, DROP):
            self.gaps_input.addItem("", key)
        self.gaps_input.activated.connect(self._gaps_chosen)
        self.val_start_input = QDateEdit(objectName="firstUnseenInput", calendarPopup=True)
        self.val_start_input.setDisplayFormat("yyyy-MM-dd")
        self.val_start_input.setKeyboardTracking(False)
        self.val_start_input.dateChanged.connect(self._split_changed)
        self.val_days_input = QSpinBox(objectName="unseenDaysInput", minimum=1, maximum=MAX_UNSEEN_DAYS)
        self.val_days_input.setKeyboardTracking(False)
        self.val_days_input.valueChanged.connect(self._split_changed)
        self.summary = QLabel(objectName="dataSummary", wordWrap=True)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = {key: QLabel() for key in ("data", "gaps", "val_start", "val_days")}
        self.form.addRow(self.labels["data"], self.data_input)
        self.form.addRow(self.labels["gaps"], self.gaps_input)
        self.form.addRow(self.labels["val_start"], self.val_start_input)
        self.form.addRow(self.labels["val_days"], self.val_days_input)
        self.form.addRow(self.summary)
        self.retranslate()

    def show_source(self, source: DataSource, problem: Problem, imported: DataSource | None) -> None:
        """Show ``source`` as cut into ``problem``; ``imported`` is the learner's CSV, if any (no signals sent)."""
        self._filling = True
        self.source, self.problem = source, problem
        self._imported_name = imported.name if imported is not None else ""
        self.data_input.clear()
        for key in (SYNTHETIC, REAL) + ((CSV,) if imported is not None else ()):
            self.data_input.addItem("", key)
        self.data_input.setCurrentIndex(self.data_input.findData(source.kind))
        self.gaps_input.setCurrentIndex(self.gaps_input.findData(source.gaps))
        self.gaps_input.setEnabled(source.series.missing.size > 0)
        series = source.series
        self.val_start_input.setDateRange(to_qdate(series.start + 1), to_qdate(series.end))
        self.val_start_input.setDate(to_qdate(problem.views.val_start))
        self.val_days_input.setValue(source.val_days)
        self._filling = False
        self.retranslate()

    @Slot(int)
    def _dataset_chosen(self, index: int) -> None:
        kind = self.data_input.itemData(index)
        if self.source is not None and kind != self.source.kind:
            self.dataset_requested.emit(kind)

    @Slot(int)
    def _gaps_chosen(self, index: int) -> None:
        gaps = self.gaps_input.itemData(index)
        if self.source is not None and gaps != self.source.gaps:
            self.source_requested.emit(replace(self.source, gaps=gaps))

    @Slot()
    def _split_changed(self) -> None:
        if self._filling or self.source is None:
            return
        start = self.val_start_input.date().toString("yyyy-MM-dd")
        days = self.val_days_input.value()
        if (start, days) != (str(self.problem.views.val_start), self.source.val_days):
            self.source_requested.emit(replace(self.source, val_start=start, val_days=days))

    def retranslate(self) -> None:
        self.labels["data"].setText(self.tr("Data"))
        self.labels["val_start"].setText(self.tr("First unseen day"))
        self.labels["val_days"].setText(self.tr("Unseen days"))
        names = {
            SYNTHETIC: self.tr("synthetic channel"),
            REAL: self.tr("real: Wikipedia views of R"),
            CSV: fill(self.tr("imported: %1"), self._imported_name),
        }
        for i in range(self.data_input.count()):
            self.data_input.setItemText(i, names[self.data_input.itemData(i)])
        self.data_input.setToolTip(
            self.tr(
                "Synthetic: a generated channel modelled on the lecture's (2017–2021). Real: daily page views "
                "of the English Wikipedia article \u201cR (programming language)\u201d, 2008–2015. "
                "Imported: your own CSV (File → Import views CSV)."
            )
        )
        self.gaps_input.setItemText(0, self.tr("fill by linear interpolation (marked ×)"))
        self.gaps_input.setItemText(1, self.tr("leave out the examples that touch them"))
        self.val_start_input.setToolTip(
            self.tr("The lecture trains on the four years before this day and keeps the days from it on unseen.")
        )
        self.val_days_input.setToolTip(self.tr("How many days from the first unseen day are kept unseen (L′)."))
        info = self.problem.views if self.problem is not None else None
        if self.source is None or info is None:
            return
        self.labels["gaps"].setText(fill(self.tr("Missing days (%1)"), str(info.missing)))
        self.gaps_input.setToolTip(
            fill(self.tr("%1 days between the first and the last date have no count."), str(info.missing))
        )
        text = fill(
            self.tr("%1 training days, %2 unseen."), str(len(self.problem.Y_train)), str(len(self.problem.Y_val))
        )
        if info.missing and info.gaps == FILL:
            text += " " + fill(self.tr("%1 of them filled (×)."), str(int(info.filled.sum())))
        elif info.missing:
            text += " " + fill(self.tr("%1 examples left out."), str(info.dropped))
        self.summary.setText(text)
        self.summary.setToolTip(
            fill(
                self.tr(
                    "Training days: %1 to %2. Unseen days: %3 to %4. Filled: the day had no count and got one on the "
                    "straight line between its neighbours. Left out: the example's target or one of its feature days "
                    "had no count."
                ),
                str(info.train_start),
                str(info.val_start - 1),
                str(info.val_start),
                str(info.dates[-1]),
            )
        )
