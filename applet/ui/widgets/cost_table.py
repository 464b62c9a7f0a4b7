"""CostTable: why backpropagation is efficient — the multiplications for one sample's
gradient of every parameter, by finite differences and by one forward + one backward
sweep, for the traced network (worked out) and for the lecture's sizes (a table)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from applet.ui.labels import fill
from applet.ui.style import Theme
from applet.ui.view_models.gradient_cost import cost_rows, worked


class CostTable(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: tuple[int, ...] = ()
        self.summary = QLabel(objectName="traceCostSummary")
        self.summary.setWordWrap(True)
        self.finite_differences_name, self.backprop_name = QLabel(), QLabel()
        self.finite_differences = QLabel(objectName="traceCostFiniteDifferences")
        self.backprop = QLabel(objectName="traceCostBackprop")
        self.table = QTableWidget(0, 4, objectName="traceCostTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for widget in (self.summary, self.finite_differences, self.backprop, self.table):
            widget.setFont(Theme.font(9.5))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.finite_differences_name, 0, 0)
        grid.addWidget(self.finite_differences, 0, 1)
        grid.addWidget(self.backprop_name, 1, 0)
        grid.addWidget(self.backprop, 1, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.finite_differences_name.setText(self.tr("finite differences:"))
        self.backprop_name.setText(self.tr("backpropagation:"))
        self.finite_differences_name.setToolTip(
            self.tr("Every ∂C/∂θ one at a time: one extra forward pass per parameter θ.")
        )
        self.backprop_name.setToolTip(self.tr("Every ∂C/∂θ at once: one forward and one backward sweep."))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("P"),
                self.tr("finite differences"),
                self.tr("backprop"),
                self.tr("ratio"),
            ]
        )
        self.table.horizontalHeaderItem(0).setToolTip(self.tr("P: the network's parameters, weights and biases."))
        self.table.horizontalHeaderItem(1).setToolTip(
            self.tr("(P + 1)·W: one forward pass (W multiplications) for L, then one more per parameter.")
        )
        self.table.horizontalHeaderItem(2).setToolTip(
            self.tr(
                "Backpropagation: the forward pass (W) and one backward sweep: a·∂C/∂z for every weight (W), "
                "∂C/∂z sent back through the weights of every layer but the first, and σ′(z) at every neuron."
            )
        )
        self.table.horizontalHeaderItem(3).setToolTip(self.tr("How many times more work finite differences take."))
        if self._sizes:
            self.show_network(self._sizes)

    def show_network(self, sizes: Sequence[int]) -> None:
        """Counts for the network with these layer sizes (inputs first), then the lecture's."""
        self._sizes = tuple(sizes)
        rows = cost_rows(self._sizes)
        here = rows[0]
        fd, bp = worked(here.counts)
        self.summary.setText(
            fill(
                self.tr(
                    "Multiplications for one sample's ∂C/∂θ of all %1 parameters of this network, %2: "
                    "backpropagation needs <b>%3 fewer</b> — and the larger the network, the more."
                ),
                here.parameters,
                here.network,
                here.ratio,
            )
        )
        self.finite_differences.setText(fd)
        self.backprop.setText(bp)
        self.table.setRowCount(len(rows))
        headers = [fill(self.tr("%1 (this network)"), here.network)] + [row.network for row in rows[1:]]
        self.table.setVerticalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, text in enumerate((row.parameters, row.finite_differences, row.backprop, row.ratio)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
