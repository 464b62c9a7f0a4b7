"""DayAxis: a date axis for a few weeks of days, with one row of labels that never overlap.

pyqtgraph's date axis writes a month's name at the first of the month beside the day
numbers around it ("Feb" over "02" reads "Fe02"). Here a span of up to SHORT_SPAN days
is labelled with day numbers only and the months go in the axis title; a longer span with
month names only and the years in the title. Ticks are spaced so that labels keep at
least a label's width apart at the axis' current size.
"""

from __future__ import annotations

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from applet.ui import language

DAY = 86400.0  # the axis reads seconds since 1970-01-01 (UTC days)
SHORT_SPAN = 62  # days: labelled day by day up to this span, by months beyond
DAY_STEPS = (1, 2, 5, 7, 14, 28)
MONTH_STEPS = (1, 2, 3, 6, 12)
# date formats (QDate's), translated: the Chinese write 1月 and 2021年1月
MONTH = QT_TRANSLATE_NOOP("DayAxis", "MMM")
MONTH_YEAR = QT_TRANSLATE_NOOP("DayAxis", "MMMM yyyy")


def _date(seconds: float) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=math.floor(seconds / DAY + 0.5))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayAxis(pg.AxisItem):
    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.setStyle(maxTickLevel=0)  # one row of labels
        self.enableAutoSIPrefix(False)  # seconds since 1970 are not to be scaled

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal or size <= 0:
            return []
        lo, hi = sorted((minVal, maxVal))
        px_per_day = size / ((hi - lo) / DAY)
        if (hi - lo) / DAY <= SHORT_SPAN:
            need = self._text_width("28")
            step = next((s for s in DAY_STEPS if s * px_per_day >= need), DAY_STEPS[-1])
            first = math.ceil(lo / DAY / step) * step
            days = range(first, math.floor(hi / DAY) + 1, step)
            return [(step * DAY, [d * DAY for d in days])]
        need = self._text_width(self._month(dt.date(2021, 9, 1)))
        step = next((s for s in MONTH_STEPS if s * 30 * px_per_day >= need), MONTH_STEPS[-1])
        start, end = _date(lo), _date(hi)
        values = []
        index = start.year * 12 + start.month - 1 + (start.day > 1)  # the first 1st of a month in view
        index = math.ceil(index / step) * step
        while index <= end.year * 12 + end.month - 1:
            day = dt.date(index // 12, index % 12 + 1, 1)
            values.append((day - dt.date(1970, 1, 1)).days * DAY)
            index += step
        return [(step * 30 * DAY, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing <= DAY_STEPS[-1] * DAY:
            return [str(_date(v).day) for v in values]
        return [self._month(_date(v)) for v in values]

    def _text_width(self, sample: str) -> float:
        """Pixels from one label's centre to the next's so labels stay a label's width apart."""
        font = self.style.get("tickFont")
        metrics = pg.QtGui.QFontMetricsF(font if font is not None else self.font())
        return 2.0 * metrics.horizontalAdvance(sample)

    @staticmethod
    def _locale() -> QLocale:
        return QLocale(QLocale.Language.Chinese if language.current().startswith("zh") else QLocale.Language.English)

    def _month(self, day: dt.date) -> str:
        return self._locale().toString(_qdate(day), QCoreApplication.translate("DayAxis", MONTH))

    def span_title(self, first: float, last: float) -> str:
        """The months (a span of days) or the years (a longer span) from ``first`` to ``last``."""
        start, end = _date(first), _date(last)
        if (last - first) / DAY > SHORT_SPAN:
            years = {start.year, end.year}
            return str(start.year) if len(years) == 1 else f"{start.year}–{end.year}"
        month_year = QCoreApplication.translate("DayAxis", MONTH_YEAR)
        locale = self._locale()
        texts = [locale.toString(_qdate(start), month_year)]
        if (end.year, end.month) != (start.year, start.month):
            texts.append(locale.toString(_qdate(end), month_year))
        return " – ".join(texts)
