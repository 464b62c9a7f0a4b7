"""The unseen days' error strip labels its days without overlapping labels ("Fe02" was
"Feb" written over "02"): day numbers only, the months in the axis title."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage, QPainter

from applet.ui.widgets.day_axis import DAY, DayAxis


def drawn_labels(axis):
    """The tick labels the axis draws now: (rectangle, text), left to right."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return sorted(((rect, text) for rect, _, text in texts), key=lambda item: item[0].left())


def assert_apart(labels):
    for (left, _), (right, _) in zip(labels, labels[1:]):
        assert left.right() < right.left(), (left, right)


@pytest.mark.parametrize("width", [1366, 1024, 800])
def test_the_unseen_days_are_labelled_by_day_with_the_months_in_the_title(qtbot, window, width):
    window.resize(width, 768)
    axis = window.panels["fit"].day_axis
    qtbot.waitUntil(lambda: axis.width() > 0 and len(drawn_labels(axis)) >= 3)
    labels = drawn_labels(axis)
    assert_apart(labels)
    days = [int(text) for _, text in labels]  # day numbers only: no month name beside them
    assert all(1 <= d <= 31 for d in days)
    assert any(b < a for a, b in zip(days, days[1:]))  # they start again in February, unnamed
    assert axis.labelText == "January 2021 – February 2021"


def test_a_long_span_is_labelled_by_month_with_the_years_in_the_title(qtbot):
    plot = pg.PlotWidget(axisItems={"bottom": DayAxis()})
    qtbot.addWidget(plot)
    plot.resize(420, 200)
    plot.show()
    start = (np.datetime64("2020-10-01") - np.datetime64("1970-01-01")).astype(int) * DAY
    plot.setXRange(start, start + 200 * DAY, padding=0)
    axis = plot.getPlotItem().getAxis("bottom")
    qtbot.waitUntil(lambda: len(drawn_labels(axis)) >= 2)
    labels = drawn_labels(axis)
    assert_apart(labels)
    assert {text for _, text in labels} <= {"Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr"}
    assert axis.span_title(start, start + 200 * DAY) == "2020–2021"
