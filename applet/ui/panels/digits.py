"""Digits panel: how the classifier does on the 1,000 unseen test digits.

The network's 10 outputs for a digit go through softmax, p = softmax(outputs), to
become the probabilities of the classes 0–9; its prediction is the most probable class.
The panel shows the test digits with their predictions (mistakes framed in vermilion and
marked ✗), the probability bars of the digit you click with its true label, the test
accuracy and the confusion matrix — click a cell to see the digits it counts.
Everything comes from the snapshot's outputs on the test digits.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from applet.core.losses import softmax
from applet.core.metrics import confusion_matrix, predictions
from applet.core.problem import DigitsInfo, Problem
from applet.training.snapshot import Snapshot
from applet.ui.labels import fill
from applet.ui.panels.base import Panel
from applet.ui.style import COLORS, Theme
from applet.ui.widgets.confusion_matrix import ConfusionMatrixView
from applet.ui.widgets.image_grid import Cell, ImageGrid, grey_image
from applet.ui.widgets.probability_bars import ProbabilityBars

COLUMNS = 8
PER_PAGE = COLUMNS * COLUMNS
N_CLASSES = 10
ALL, MISTAKES, CELL = "all", "mistakes", "cell"
DETAIL_SIDE = 80


class DigitsPanel(Panel):
    panel_id = "digits"
    draws_latest_only = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("digitsPanel")
        self.images: list = []  # QImage per test digit
        self.labels = np.zeros(0, dtype=np.int64)
        self.probabilities: np.ndarray | None = None  # (n_test, 10)
        self.predicted: np.ndarray | None = None
        self.counts = np.zeros((N_CLASSES, N_CLASSES), dtype=np.int64)
        self.cell: tuple[int, int] | None = None  # the confusion-matrix cell being shown
        self.page = 0
        self.selected: int | None = None  # index into the test digits

        self.filter_input = QComboBox(objectName="digitsFilter")
        for key in (ALL, MISTAKES):
            self.filter_input.addItem("", key)
        self.filter_input.currentIndexChanged.connect(self._filter_changed)
        self.previous_button = QPushButton("◀", objectName="digitsPreviousPage")
        self.next_button = QPushButton("▶", objectName="digitsNextPage")
        for button, delta in ((self.previous_button, -1), (self.next_button, 1)):
            button.setFixedWidth(32)
            button.clicked.connect(lambda _=False, d=delta: self.turn_page(d))
        self.page_label = QLabel(objectName="digitsPageLabel")
        self.grid = ImageGrid(COLUMNS)
        self.grid.setObjectName("digitsGrid")
        self.grid.clicked.connect(self._grid_clicked)

        self.detail_image = QLabel(objectName="digitDetailImage")
        self.detail_image.setFixedSize(DETAIL_SIDE, DETAIL_SIDE)
        self.detail_label = QLabel(objectName="digitDetailLabel")
        self.detail_label.setWordWrap(True)
        self.detail_label.setFont(Theme.font(10))
        self.bars = ProbabilityBars(N_CLASSES)
        self.bars.setObjectName("digitProbabilities")
        self.bars.setMinimumHeight(90)
        self.accuracy_label = QLabel(objectName="testAccuracyLabel")
        self.accuracy_label.setFont(Theme.font(11))
        self.accuracy_label.setWordWrap(True)
        self.matrix = ConfusionMatrixView(N_CLASSES)
        self.matrix.setObjectName("confusionMatrix")
        self.matrix.cell_clicked.connect(self.show_cell)
        self.matrix_caption = QLabel(objectName="confusionCaption")
        self.matrix_caption.setWordWrap(True)
        self.matrix_caption.setFont(Theme.font(8))

        controls = QHBoxLayout()
        controls.addWidget(self.filter_input, 1)
        controls.addWidget(self.previous_button)
        controls.addWidget(self.page_label)
        controls.addWidget(self.next_button)
        samples = QVBoxLayout()
        samples.addLayout(controls)
        samples.addWidget(self.grid, 1)
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.detail_image, 0, Qt.AlignmentFlag.AlignTop)
        detail_row.addWidget(self.detail_label, 1)
        detail = QVBoxLayout()
        detail.addLayout(detail_row)
        detail.addWidget(self.bars, 1)
        matrix_notes = QVBoxLayout()
        matrix_notes.addWidget(self.matrix_caption)
        matrix_notes.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.accuracy_label, 0, 0, 1, 2)
        layout.addLayout(samples, 1, 0)
        layout.addLayout(detail, 1, 1)
        layout.addWidget(self.matrix, 2, 0)
        layout.addLayout(matrix_notes, 2, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(1, 1)
        layout.setRowStretch(2, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Digits")

    def retranslate(self) -> None:
        self.filter_input.setToolTip(
            self.tr(
                "Which test digits the grid shows; click a cell of the confusion matrix to see the digits it counts."
            )
        )
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.bars.set_labels(self.tr("digit"), self.tr("probability"), self.tr("true"))
        self.matrix.retranslate()
        self.matrix_caption.setText(
            self.tr(
                "Rows: the true digit; columns: the network's answer. "
                "The blue diagonal is right, orange cells are mistakes."
            )
        )
        self._refresh()

    # -- data ------------------------------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        info = problem.info if isinstance(problem.info, DigitsInfo) else None
        self.images = [] if info is None else [grey_image(image) for image in info.images_test]
        self.labels = np.zeros(0, dtype=np.int64) if info is None else np.asarray(info.y_test)
        self.probabilities = self.predicted = None
        self.counts = np.zeros((N_CLASSES, N_CLASSES), dtype=np.int64)
        self.cell = None
        index = self.filter_input.findData(CELL)
        if index >= 0:
            self.filter_input.blockSignals(True)
            self.filter_input.removeItem(index)
            self.filter_input.blockSignals(False)
        self._set_filter(ALL)
        self.selected = 0 if self.images else None
        self._refresh()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        previous = self.snapshot
        super().show_snapshot(snapshot)
        if previous is not None and snapshot.outputs is previous.outputs:
            return  # the outputs already drawn (while training runs, they are not new in every snapshot)
        logits = snapshot.outputs.get("test")
        if logits is None or len(logits) != len(self.labels) or not np.all(np.isfinite(logits)):
            return  # not the digits, or outputs that overflowed: keep what was drawn
        self.probabilities = softmax(logits)
        self.predicted = predictions(logits)
        self.counts = confusion_matrix(self.labels, self.predicted, N_CLASSES)
        self._refresh()

    @property
    def accuracy(self) -> float | None:
        """The fraction of test digits predicted right (None before the first snapshot)."""
        if self.predicted is None:
            return None
        return float(np.mean(self.predicted == self.labels))

    # -- which digits the grid shows ----------------------------------------------------------
    def shown_indices(self) -> np.ndarray:
        """Test-digit indices the grid pages through, in test order."""
        n = len(self.labels)
        key = self.filter_input.currentData()
        if self.predicted is None or key == ALL:
            return np.arange(n)
        if key == MISTAKES:
            return np.flatnonzero(self.predicted != self.labels)
        true, predicted = self.cell
        return np.flatnonzero((self.labels == true) & (self.predicted == predicted))

    def page_indices(self) -> np.ndarray:
        shown = self.shown_indices()
        return shown[self.page * PER_PAGE : (self.page + 1) * PER_PAGE]

    def n_pages(self) -> int:
        return max(1, -(-len(self.shown_indices()) // PER_PAGE))

    def turn_page(self, delta: int) -> None:
        self.page = min(max(self.page + delta, 0), self.n_pages() - 1)
        self._refresh()

    def show_cell(self, true: int, predicted: int) -> None:
        """Show the test digits of class ``true`` that the network called ``predicted``."""
        self.cell = (true, predicted)
        self._set_filter(CELL)
        shown = self.shown_indices()
        if len(shown):
            self.selected = int(shown[0])
        self._refresh()

    def _set_filter(self, key: str) -> None:
        if key == CELL and self.filter_input.findData(CELL) < 0:
            self.filter_input.addItem("", CELL)
        self.filter_input.blockSignals(True)
        self.filter_input.setCurrentIndex(self.filter_input.findData(key))
        self.filter_input.blockSignals(False)
        self.page = 0

    def _name_filters(self) -> None:
        """The filter choices, each with how many digits it shows now."""
        n = len(self.labels)
        mistakes = None if self.predicted is None else int(np.count_nonzero(self.predicted != self.labels))
        texts = {
            ALL: fill(self.tr("all test digits (%1)"), str(n)),
            MISTAKES: self.tr("mistakes only")
            if mistakes is None
            else fill(self.tr("mistakes only (%1)"), str(mistakes)),
        }
        if self.cell is not None:
            true, predicted = self.cell
            texts[CELL] = fill(
                self.tr("true %1, predicted %2 (%3)"), true, predicted, int(self.counts[true, predicted])
            )
        for i in range(self.filter_input.count()):
            self.filter_input.setItemText(i, texts[self.filter_input.itemData(i)])

    def _filter_changed(self, _index: int) -> None:
        self.page = 0
        self._refresh()

    def _grid_clicked(self, cell_index: int) -> None:
        page = self.page_indices()
        if cell_index < len(page):
            self.selected = int(page[cell_index])
            self._refresh()

    # -- drawing ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        self.page = min(self.page, self.n_pages() - 1)
        self._name_filters()
        self._draw_grid()
        self._draw_detail()
        self._draw_summary()

    def _draw_grid(self) -> None:
        if not self.images:
            self.grid.set_cells([])
            self.page_label.setText("")
            return
        page = self.page_indices()
        cells = []
        selected_cell = None
        for position, i in enumerate(page):
            if i == self.selected:
                selected_cell = position
            cells.append(self._cell(int(i)))
        self.grid.set_cells(cells, selected_cell)
        self.page_label.setText(f"{self.page + 1}/{self.n_pages()}")
        self.page_label.setToolTip(fill(self.tr("page %1 of %2"), str(self.page + 1), str(self.n_pages())))
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.n_pages() - 1)

    def _cell(self, i: int) -> Cell:
        true = int(self.labels[i])
        if self.predicted is None:
            return Cell(self.images[i], "", tooltip=fill(self.tr("true %1"), str(true)))
        predicted = int(self.predicted[i])
        tip = fill(self.tr("test digit %1: true %2, predicted %3"), i, true, predicted)
        if predicted == true:
            return Cell(self.images[i], str(predicted), tooltip=tip)
        return Cell(self.images[i], f"✗ {predicted}", COLORS["model"], frame=COLORS["model"], tooltip=tip)

    def _draw_detail(self) -> None:
        i = self.selected
        if i is None or i >= len(self.images):
            self.detail_image.clear()
            self.detail_label.setText("")
            self.bars.clear()
            return
        self.detail_image.setPixmap(QPixmap.fromImage(self.images[i]).scaled(DETAIL_SIDE, DETAIL_SIDE))
        true = int(self.labels[i])
        self._colour_detail(None)
        if self.probabilities is None:
            self.detail_label.setText(fill(self.tr("Test digit %1 · true label: %2"), str(i), str(true)))
            self.bars.clear()
            return
        p = self.probabilities[i]
        predicted = int(p.argmax())
        if predicted == true:
            text = self.tr("Test digit %1\ntrue label: %2\npredicted: %3 (%4 %)\n✓ right")
        else:
            text = self.tr("Test digit %1\ntrue label: %2\npredicted: %3 (%4 %)\n✗ wrong")
        self.detail_label.setText(fill(text, i, true, predicted, f"{100 * p[predicted]:.1f}"))
        self._colour_detail(None if predicted == true else COLORS["model"])
        self.bars.show_probabilities(p, true)

    def _colour_detail(self, colour: str | None) -> None:
        style = "" if colour is None else f"color: {colour};"
        if self.detail_label.styleSheet() != style:  # restyling is slow: only on a change
            self.detail_label.setStyleSheet(style)

    def _draw_summary(self) -> None:
        self.matrix.set_counts(self.counts, self.cell if self.filter_input.currentData() == CELL else None)
        accuracy = self.accuracy
        if accuracy is None:
            self.accuracy_label.setText("")
            return
        right = int(np.trace(self.counts))
        text = self.tr("Test accuracy: %1 % (%2 of %3 digits right)")
        self.accuracy_label.setText(fill(text, f"{100 * accuracy:.1f}", right, len(self.labels)))
