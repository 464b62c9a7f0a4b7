"""Import a CSV of dates and daily counts, such as a YouTube Studio export.

What the file must look like, and how it is read:

* Text (UTF-8, with or without a byte-order mark; Latin-1 is accepted when the bytes are
  plainly text). Columns are separated by tabs, semicolons or commas: the first of these
  that occurs on every one of the first 20 non-blank lines wins (else the most frequent).
  An optional header line (a first line without anything date-like in it) is skipped,
  and so is a summary line whose first cell is "Total", as in YouTube Studio tables.
* Dates are written year first: 2021-01-31 or 2021/01/31. The first column holding dates is
  the date column; the first mostly-numeric column after it holds the counts. Other columns
  are ignored.
* Counts use a dot as the decimal point. Digits may be grouped in threes by commas
  ("1,234", quoted if commas also separate the columns), spaces ("1 234") or apostrophes
  ("1'234"). A dot is read as a thousands separator only when there are two or more of them
  ("1.234.567"): a single "1.234" is one point two three four, because that is how the
  applet's own files and most exports write decimals. A decimal comma ("3,5") is refused
  rather than guessed.
* Every day has at most one count, and counts are never negative. Rows may come in any
  order; they are sorted by date. Days may be missing (a counter that was down): the
  returned series lists them in ``missing`` and never fills them by itself.

The counts are returned exactly as written, never rescaled. Anything else raises
``DataError`` with the line number and the text that could not be read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from applet.core.datasets.series import DailySeries
from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.files import read_file

_DELIMITERS = ("\t", ";", ",")
_SNIFF_LINES = 20
_DATE = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})", re.ASCII)
_DATE_SHAPE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}", re.ASCII)
PLAIN_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", re.ASCII)
_GROUP_SEPARATORS = ",' \u00a0\u202f\u2009"
_GROUPED = re.compile(rf"[+-]?\d{{1,3}}(?P<sep>[{_GROUP_SEPARATORS}])\d{{3}}((?P=sep)\d{{3}})*(\.\d+)?", re.ASCII)
_DOT_GROUPED = re.compile(r"[+-]?\d{1,3}(\.\d{3}){2,}", re.ASCII)
NOT_FINITE = {"nan", "inf", "infinity"}
_SPACES = " \t\u00a0\u202f\u2009"
MAX_BYTES = 16 * 2**20  # a century of daily counts takes about 2 MB
MAX_DAYS = 36_525  # a century of days: every plot of the series stays quick to draw
MAX_COUNT = 10**12  # a day's count: over a hundred views per person on Earth, far beyond any channel


def check_size(n_bytes: int, label: str) -> None:
    """Refuse a file far too large to be a table of daily counts (before reading it, where possible)."""
    if n_bytes > MAX_BYTES:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "%1 is %2 MB; a table of daily counts is far smaller (at most %3 MB). Is it the right file?",
            ),
            label,
            f"{n_bytes / 2**20:.0f}",
            MAX_BYTES >> 20,
        )


def read_csv_file(path: Path) -> bytes:
    """A CSV file's bytes: refused before reading when it is no ordinary file or far too large."""
    return read_file(path, MAX_BYTES, lambda n_bytes: check_size(n_bytes, path.name))


def read_daily_counts(
    source: str | Path | bytes,
    name: str | None = None,
    *,
    unit: str = "views",
    min_days: int = 2,
) -> DailySeries:
    """Read one count per day from a CSV file (a path) or from its bytes.

    ``name`` labels the series (default: the file name); ``unit`` says what a count is.
    Raises ``DataError`` explaining, with the line number, anything that cannot be used.
    """
    if isinstance(source, bytes):
        data, label = source, name or "imported data"
        check_size(len(data), "The file")
    else:
        path = Path(source)
        data = read_csv_file(path)
        label = name or path.stem
    rows, header, delimiter = _rows(decode_text(data))
    if len(rows) > MAX_DAYS:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "The file has %1 rows of counts; the applet reads at most %2 days (a century)."
            ),
            len(rows),
            MAX_DAYS,
        )
    date_col, count_col = _columns(rows)
    _check_widths(rows, header, delimiter, count_col)
    dates, values = _parse(rows, date_col, count_col)
    if dates[-1] - dates[0] >= MAX_DAYS:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "The dates run from %1 to %2; the applet reads at most %3 days (a century)."
            ),
            dates[0],
            dates[-1],
            MAX_DAYS,
        )
    if dates.size < min_days:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The file has counts for %1 day(s); at least %2 are needed."),
            dates.size,
            min_days,
        )
    return DailySeries(dates, values, unit, label)


def decode_text(data: bytes) -> str:
    """Bytes → text: UTF-8 (BOM allowed), else Latin-1 if it is clearly text."""
    if b"\x00" in data:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "This is not a text file (it contains NUL bytes). Save the table as 'CSV (UTF-8)' and import that.",
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text = data.decode("latin-1")
        odd = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n") or 127 <= ord(ch) < 160)
        accented = sum(1 for ch in text if ord(ch) >= 160)
        if odd or accented > len(text) // 20:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError",
                    "This file is not readable text (it is neither UTF-8 nor plain Latin-1). "
                    "Save the table as 'CSV (UTF-8)' and import that.",
                )
            ) from error
    if not text.strip():
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The file is empty."))
    return text


def sniff_delimiter(lines: Sequence[str]) -> str:
    sample = lines[:_SNIFF_LINES]
    for delimiter in _DELIMITERS:
        if all(delimiter in line for line in sample):
            return delimiter
    return max(_DELIMITERS, key=lambda d: sum(d in line for line in sample))


def _rows(text: str) -> tuple[list[tuple[int, list[str]]], list[str] | None, str]:
    """Non-blank rows as (line number, stripped cells), header and "Total" lines dropped; the
    header's cells (None without one); the delimiter."""
    lines = [line for line in text.splitlines() if line.strip()]
    delimiter = sniff_delimiter(lines)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    try:
        for cells in reader:
            cells = [cell.strip(_SPACES) for cell in cells]
            if any(cells) and cells[0].lower() != "total":
                rows.append((reader.line_num, cells))
    except csv.Error as error:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Line %1 is not valid CSV (%2); check its quotation marks."),
            reader.line_num,
            error,
        ) from error
    header = None
    if rows and not any(_DATE_SHAPE.fullmatch(cell) for cell in rows[0][1]):
        header, rows = rows[0][1], rows[1:]  # a header line
    if not rows:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The file has no rows of dates and counts."))
    return rows, header, delimiter


def _width(cells: list[str]) -> int:
    """Cells up to the last one that is not empty."""
    return max((i + 1 for i, cell in enumerate(cells) if cell), default=0)


def _check_widths(rows: list[tuple[int, list[str]]], header: list[str] | None, delimiter: str, count_col: int) -> None:
    """Refuse a row with more columns than the header names, and (without a header) a comma that
    could be a thousands separator or a column break — "1,234" unquoted — rather than guess."""
    if header is not None:
        width = len(header)
        for line, cells in rows:
            if len(cells) > width and _width(cells) > width:
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "DataError",
                        "Line %1 has more columns than the header names (%2): it reads %3. "
                        'Put a number written with a thousands comma in quotes ("1,234"), or remove the extra cells.',
                    ),
                    line,
                    width,
                    _quote(cells),
                )
    if delimiter != "," or header is not None:
        return
    width = _width(rows[0][1])
    for line, cells in rows:
        after = cells[count_col + 1] if count_col + 1 < len(cells) else ""
        if _width(cells) != width or (
            re.fullmatch(r"\d{3}", after) and re.fullmatch(r"[+-]?\d{1,3}", cells[count_col])
        ):
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError",
                    "Line %1 reads %2: is a comma there a thousands separator or a column break? "
                    'Put numbers written with commas in quotes ("1,234"), or add a header line naming the columns.',
                ),
                line,
                _quote(cells),
            )


def _columns(rows: list[tuple[int, list[str]]]) -> tuple[int, int]:
    """Find the date column (in the first data row) and the first numeric column after it."""
    line, first = rows[0]
    date_col = next((i for i, cell in enumerate(first) if _DATE_SHAPE.fullmatch(cell)), None)
    if date_col is None:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "No date column found: line %1 reads %2. Dates must be written "
                "year first, like 2021-01-31 or 2021/01/31.",
            ),
            line,
            _quote(first),
        )
    sample = rows[:_SNIFF_LINES]
    for col in range(date_col + 1, max(len(cells) for _, cells in sample)):
        numeric = sum(col < len(cells) and _is_number(cells[col]) for _, cells in sample)
        if 2 * numeric >= len(sample):
            return date_col, col
    raise DataError(
        QT_TRANSLATE_NOOP(
            "DataError",
            "No column of counts found after the dates: line %1 reads %2. Put the "
            "daily counts in a column to the right of the dates.",
        ),
        line,
        _quote(first),
    )


def _parse(rows: list[tuple[int, list[str]]], date_col: int, count_col: int) -> tuple[np.ndarray, np.ndarray]:
    """Read every row's date and count, then sort them by date."""
    seen: dict[dt.date, int] = {}
    values = []
    for line, cells in rows:
        if count_col >= len(cells):
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "Line %1 has no count: expected one in column %2, but the line reads %3."
                ),
                line,
                count_col + 1,
                _quote(cells),
            )
        day = _parse_date(cells[date_col], line)
        if day in seen:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Line %1: the date %2 appears twice (also on line %3)."),
                line,
                day,
                seen[day],
            )
        seen[day] = line
        values.append(_parse_count(cells[count_col], line))
    epoch = dt.date(1970, 1, 1).toordinal()  # days since 1970 are what datetime64[D] holds (quicker than dates)
    dates = (np.fromiter((day.toordinal() for day in seen), np.int64, len(seen)) - epoch).astype("datetime64[D]")
    order = np.argsort(dates)
    return dates[order], np.array(values, dtype=np.float64)[order]


def _parse_date(text: str, line: int) -> dt.date:
    if len(text) == 10 and text[4] == text[7] == "-" and text.isascii():  # the usual 2021-01-31, quickly
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass  # said in words below
    match = _DATE.fullmatch(text)
    if match is None:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is not a date. Write dates year first, like 2021-01-31."),
            line,
            repr(text),
        )
    year, _, month, day = match.groups()
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError as error:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is not a real date (%3)."), line, repr(text), error
        ) from error


def _is_number(text: str) -> bool:
    return bool(PLAIN_NUMBER.fullmatch(text) or _GROUPED.fullmatch(text) or _DOT_GROUPED.fullmatch(text))


def _parse_count(text: str, line: int) -> float:
    if text.isdigit() and text.isascii() and len(text) <= 12:  # the usual plain count, quickly
        return float(text)
    if not text:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Line %1: the count is missing."), line)
    if text.lower().lstrip("+-") in NOT_FINITE:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is not a finite number."), line, repr(text))
    if PLAIN_NUMBER.fullmatch(text):
        digits = text
    elif _GROUPED.fullmatch(text):
        digits = re.sub(f"[{_GROUP_SEPARATORS}]", "", text)
    elif _DOT_GROUPED.fullmatch(text):
        digits = text.replace(".", "")
    else:
        if re.fullmatch(r"[+-]?\d+,\d+", text, re.ASCII):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is not a number (use a dot as the decimal point)."),
                line,
                repr(text),
            )
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is not a number."), line, repr(text))
    value = float(digits)
    if not np.isfinite(value) or value > MAX_COUNT:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Line %1: %2 is too large to be a daily count (at most %3)."),
            line,
            repr(text),
            f"{MAX_COUNT:.0e}",
        )
    if value < 0:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Line %1: the count %2 is negative; counts cannot be below 0."), line, text
        )
    return value


def _quote(cells: list[str]) -> str:
    shown = ", ".join(cells)
    return repr(shown if len(shown) <= 60 else shown[:57] + "...")
