"""BatchTable: backpropagation over a batch — every sample's own gradient ∂Cⁿ/∂θ side by
side, their sum Σₙ (the lecture's ∂L/∂w = Σₙ ∂Cⁿ/∂w) and their mean (our L is the mean of
the Cⁿ), and with weight decay λ > 0 the term λ·w and the total the update follows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from applet.core.backprop import fmt
from applet.training.trace_example import MAX_SAMPLES
from applet.ui.labels import fill
from applet.ui.style import Theme
from applet.ui.view_models.trace_session import TraceSession


class BatchTable(QWidget):
    """A samples spin box (1 to MAX_SAMPLES) above the table; ``samples_changed(n)`` asks for n samples."""

    samples_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._session: TraceSession | None = None
        self.samples_label = QLabel()
        self.samples_input = QSpinBox(objectName="traceSamplesInput", minimum=1, maximum=MAX_SAMPLES)
        self.samples_input.setKeyboardTracking(False)
        self.samples_input.valueChanged.connect(self._samples_changed)
        self.note = QLabel(objectName="traceBatchNote")
        self.note.setWordWrap(True)
        self.table = QTableWidget(objectName="traceBatchTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFont(Theme.font(9))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.samples_label)
        top.addWidget(self.samples_input)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _samples_changed(self, n: int) -> None:
        if not self._updating:
            self.samples_changed.emit(n)

    def retranslate(self) -> None:
        self.samples_label.setText(self.tr("samples"))
        self.samples_input.setToolTip(
            self.tr("Samples in the batch: the first is the one the steps trace, the others are drawn from the seed.")
        )
        if self._session is not None:
            self.show_rows(self._session)

    def show_rows(self, session: TraceSession) -> None:
        """The session's batch: one column per sample, then Σₙ and the mean (and λ's columns if λ > 0)."""
        self._session = session
        ex, digits = session.example, session.digits
        decay, l1 = session.weight_decay > 0 or session.l1 > 0, session.l1 > 0
        n = ex.n_samples
        self._updating = True
        self.samples_input.setValue(n)
        self._updating = False
        if n == 1:
            note = self.tr("One sample: ∂L/∂θ is its own ∂C¹/∂θ. Add samples to see the lecture's sum.")
        else:
            note = fill(
                self.tr("Lecture: ∂L/∂w = Σₙ ∂Cⁿ/∂w. Our L is the mean of the %1 Cⁿ: the update uses the mean."),
                str(n),
            )
        if session.weight_decay > 0:
            note += " " + self.tr("With weight decay λ, every weight also gets λ·w.")
        if l1:
            note += " " + self.tr("With L1 regularisation λ₁, every weight also gets λ₁·sign(w).")
        self.note.setText(note)
        headers = [fill(self.tr("sample %1"), str(k + 1)) for k in range(n)]
        headers += [self.tr("Σₙ"), self.tr("mean = ∂L/∂θ")]
        if decay:
            if l1 and session.weight_decay > 0:
                headers += [self.tr("λ·w + λ₁·sign(w)"), self.tr("∂L/∂θ + λ·w + λ₁·sign(w)")]
            elif l1:
                headers += [self.tr("λ₁·sign(w)"), self.tr("∂L/∂θ + λ₁·sign(w)")]
            else:
                headers += [self.tr("λ·w"), self.tr("∂L/∂θ + λ·w")]
        rows = session.batch_rows()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        X, Y = ex.X, ex.Y
        for k in range(n):
            if ex.loss == "cross_entropy":
                target = fill(self.tr("class %1"), str(int(Y[k])))
            else:
                target = ", ".join(fmt(v, 4) for v in Y[k])
            inputs = ", ".join(fmt(v, 4) for v in X[k])
            self.table.horizontalHeaderItem(k).setToolTip(fill(self.tr("x = (%1), target %2"), inputs, target))
        self.table.horizontalHeaderItem(n).setToolTip(self.tr("The lecture's ∂L/∂w = Σₙ ∂Cⁿ/∂w (L as a sum)."))
        self.table.horizontalHeaderItem(n + 1).setToolTip(
            self.tr("Our loss is the mean L = (1/N)·Σₙ Cⁿ, so its gradient is the mean of the columns.")
        )
        if decay:
            self.table.horizontalHeaderItem(n + 2).setToolTip(
                self.tr("L1 regularisation: L + λ₁·Σ|W| adds λ₁·sign(w) to every weight's gradient (biases: 0).")
                if l1 and not session.weight_decay
                else self.tr("Weight decay: L + (λ/2)·Σ‖W‖² adds λ·w to every weight's gradient (biases: 0).")
            )
            self.table.horizontalHeaderItem(n + 3).setToolTip(self.tr("What the update follows."))
        labels = []
        for r, row in enumerate(rows):
            labels.append(self.tr("Cⁿ (loss)") if row.layer == 0 else f"∂Cⁿ/∂{row.symbol}")
            values = list(row.samples) + [row.total, row.mean]
            if decay:
                values += [row.decay, row.with_decay]
            for c, value in enumerate(values):
                item = QTableWidgetItem(fmt(value, digits))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setVerticalHeaderLabels(labels)
        if decay:
            self.table.verticalHeaderItem(0).setToolTip(
                self.tr("In the λ columns of this row: (λ/2)·Σ‖W‖², and L with it.")
            )
