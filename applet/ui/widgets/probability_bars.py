"""The network's answer for one digit: p = softmax(outputs), one bar per class 0–9.

The predicted class (the tallest bar) is blue when it is right, vermilion when it is
wrong; the true class, when known, is outlined and labelled "true".
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from applet.ui.style import COLORS, Theme, make_plot, set_axis_labels

OTHER = "#BBBBBB"
TRUE_OUTLINE = "#222222"


class ProbabilityBars(QWidget):
    def __init__(self, n_classes: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.n_classes = n_classes
        self.plot = make_plot()
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setXRange(-0.6, n_classes - 0.4, padding=0)
        item.setYRange(0.0, 1.15, padding=0)
        item.getAxis("bottom").setTicks([[(i, str(i)) for i in range(n_classes)]])
        item.getAxis("left").setTicks([[(v, f"{v:.1f}") for v in (0.0, 0.5, 1.0)]])
        self.x = np.arange(n_classes, dtype=np.float64)
        self.bars = pg.BarGraphItem(x=self.x, height=np.zeros(n_classes), width=0.75, brush=OTHER, pen=None)
        item.addItem(self.bars)
        self.percents = []
        for _ in range(n_classes):
            text = pg.TextItem("", color=Theme.foreground, anchor=(0.5, 1.0))
            text.setFont(Theme.font(7))
            item.addItem(text)
            self.percents.append(text)
        self.true_text = pg.TextItem("", color=TRUE_OUTLINE, anchor=(0.5, 1.0))
        self.true_text.setFont(Theme.font(7))
        item.addItem(self.true_text)
        self.probabilities: np.ndarray | None = None
        self.true_label: int | None = None
        self.true_word = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def sizeHint(self) -> QSize:
        return QSize(260, 150)

    def set_labels(self, x_label: str, y_label: str, true_text: str) -> None:
        """Axis labels and the word written over the true class (translated by the owner)."""
        set_axis_labels(self.plot, x_label, y_label)
        self.true_word = true_text
        self.true_text.setText(true_text if self.true_label is not None else "")

    def show_probabilities(self, p: np.ndarray, true_label: int | None = None) -> None:
        """Draw the class probabilities ``p`` (summing to 1) and mark ``true_label``."""
        p = np.asarray(p, dtype=np.float64)
        self.probabilities, self.true_label = p, true_label
        predicted = int(p.argmax())
        right = true_label is None or predicted == true_label
        brushes = [OTHER] * self.n_classes
        brushes[predicted] = COLORS["train"] if right else COLORS["model"]
        pens = [pg.mkPen(None)] * self.n_classes
        if true_label is not None:
            pens[true_label] = pg.mkPen(TRUE_OUTLINE, width=2.5)
        self.bars.setOpts(x=self.x, height=p, brushes=brushes, pens=pens)
        for i, text in enumerate(self.percents):
            text.setText(f"{100 * p[i]:.0f}%" if p[i] >= 0.005 else "")
            text.setPos(i, p[i] + 0.01)
        if true_label is None:
            self.true_text.setText("")
        else:
            self.true_text.setText(self.true_word)
            self.true_text.setPos(true_label, p[true_label] + (0.09 if p[true_label] >= 0.005 else 0.01))

    def clear(self) -> None:
        self.probabilities, self.true_label = None, None
        self.bars.setOpts(
            x=self.x,
            height=np.zeros(self.n_classes),
            brushes=[OTHER] * self.n_classes,
            pens=[pg.mkPen(None)] * self.n_classes,
        )
        for text in self.percents:
            text.setText("")
        self.true_text.setText("")
