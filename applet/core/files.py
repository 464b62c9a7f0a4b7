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
import re
import secrets
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from applet.core.errors import QT_TRANSLATE_NOOP, DataError

TEMP_NAME = re.compile(r"\.(?P<name>.*)\.[0-9a-f]{8}\.tmp", re.DOTALL)
TEMP_NAME_CHARS = 80  # of the target's name kept in a temporary file's name: short enough for any file system


def temp_prefix(path: Path) -> str:
    """How this applet's temporary files for ``path`` begin: ``.NAME.`` (NAME cut short when long)."""
    return f".{path.name[:TEMP_NAME_CHARS]}."


def remove_stale_temps(path: Path) -> None:
    """Delete temporary files left beside ``path`` by a save that was killed midway (ours only:
    ``.NAME.<8 hex digits>.tmp`` regular files)."""
    prefix = temp_prefix(path)
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        match = TEMP_NAME.fullmatch(name)
        if match is None or not name.startswith(prefix) or len(name) != len(prefix) + 12:
            continue
        stale = path.parent / name
        try:
            if stat.S_ISREG(stale.lstat().st_mode):
                stale.unlink()
        except OSError:
            pass


def regular_file(path: Path) -> os.stat_result:
    """``path``'s status, refusing anything but a regular file: a pipe or a device (``/dev/zero``)
    could block the reader or never end, a folder is not a file. FileNotFoundError passes on."""
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "%1 is not an ordinary file (it is a folder, a device or a pipe)."),
            path.name,
        )
    return status


def read_file(path: str | Path, limit: int, check_size: Callable[[int], None]) -> bytes:
    """The bytes of the regular file ``path``; ``check_size(n)`` refuses (DataError) a size, first
    as the file system reports it, then as read (never more than ``limit`` + 1 bytes are read)."""
    path = Path(path)
    try:
        check_size(regular_file(path).st_size)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):  # replaced since it was checked
                raise DataError(
                    QT_TRANSLATE_NOOP("DataError", "%1 is not an ordinary file (it is a folder, a device or a pipe)."),
                    path.name,
                )
            data = file.read(limit + 1)
    except OSError as error:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Could not open %1: %2."), path.name, error.strerror or error
        ) from error
    check_size(len(data))
    return data


def atomic_write(path: str | Path, write: Callable[[BinaryIO], None] | bytes) -> None:
    """Write ``path`` atomically: ``write(file)`` (or the given bytes) into a temporary file, then rename.

    A symbolic link is written through (its target is replaced, the link stays), and a file
    that exists keeps its permissions. Raises ``DataError`` when the file cannot be written;
    the old file is then untouched.
    """
    path = Path(path)
    temp = None
    try:
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            mode = None
        remove_stale_temps(path)
        temp = path.with_name(f"{temp_prefix(path)}{secrets.token_hex(4)}.tmp")
        # os.open with mode 0o666 lets the user's umask decide the permissions, as for any new file
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as file:
            if isinstance(write, bytes):
                file.write(write)
            else:
                write(file)
            file.flush()
            os.fsync(file.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except OSError as error:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Could not write %1: %2."), path.name, error.strerror or error
        ) from error
    finally:
        try:
            if temp is not None:
                temp.unlink()
        except OSError:
            pass


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
