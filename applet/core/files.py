"""Writing the learner's files safely: all or nothing, never half a file.

Every file the applet writes (sessions, CSV tables, exported pictures) goes to a
temporary file next to the target first; only when it is complete and on disk does
``os.replace`` put it in place, in one step. A crash or a full disk mid-write leaves
the previous file exactly as it was.
"""

from __future__ import annotations

import csv
import io
import math
import os
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from applet.core.errors import DataError


def atomic_write(path: str | Path, write: Callable[[BinaryIO], None] | bytes) -> None:
    """Write ``path`` atomically: ``write(file)`` (or the given bytes) into a temporary file, then rename.

    Raises ``DataError`` when the file cannot be written; the old file is then untouched.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open with mode 0o666 lets the user's umask decide the permissions, as for any new file
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as file:
            if isinstance(write, bytes):
                file.write(write)
            else:
                write(file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except OSError as error:
        raise DataError(f"Could not write {path.name}: {error.strerror or error}.") from error
    finally:
        if temp.exists():
            temp.unlink()


def csv_cell(value: object) -> str:
    """A table cell: floats exactly (repr round-trips), NaN/None as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(float(value))
    return str(value)


def write_csv(path: str | Path, header: Iterable[str], rows: Iterable[Iterable[object]]) -> None:
    """Write a UTF-8 CSV table (comma-separated, one header line) atomically."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(list(header))
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    atomic_write(path, text.getvalue().encode("utf-8"))
