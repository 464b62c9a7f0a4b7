"""Check that every shipped resource is where the applet looks and can be read (``--self-test``).

Generic by kind: every file under ``resources/`` is opened the way the applet uses its
kind — data tables and arrays, compiled translations, lesson texts, icons — so files that
other lessons add later are checked without editing this module. For each language the
applet ships, Qt's own translation (standard buttons) must load too: the packaged app
carries only those.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QImage

from applet.paths import resources_dir

REQUIRED = ("data/views.csv", "data/mnist16.npz", "icons/applet.png")  # loaded by name


def _text(path: Path) -> bool:
    return bool(path.read_text(encoding="utf-8").strip())


def _arrays(path: Path) -> bool:
    with np.load(path, allow_pickle=False) as arrays:
        return bool(arrays.files) and all(arrays[name].size > 0 for name in arrays.files)


def _translation(path: Path) -> bool:
    return QTranslator().load(str(path))


def _image(path: Path) -> bool:
    return not QImage(str(path)).isNull()


def _nonempty(path: Path) -> bool:
    return path.stat().st_size > 0


READERS: dict[str, tuple[str, Callable[[Path], bool]]] = {
    ".csv": ("UTF-8 text", _text),
    ".md": ("UTF-8 text", _text),
    ".txt": ("UTF-8 text", _text),
    ".html": ("UTF-8 text", _text),
    ".json": ("UTF-8 text", _text),
    ".ts": ("UTF-8 text", _text),
    ".npz": ("arrays", _arrays),
    ".qm": ("a Qt translation", _translation),
    ".png": ("an image", _image),
    ".svg": ("an image", _image),
    ".jpg": ("an image", _image),
    ".jpeg": ("an image", _image),
}


def missing_resources() -> list[str]:
    """Resources that are missing or unreadable, as ``"folder/file: problem"``; empty if all is well."""
    try:
        root = resources_dir()
    except FileNotFoundError as error:
        return [str(error)]
    problems = [f"{name}: missing" for name in REQUIRED if not (root / name).is_file()]
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        kind, read = READERS.get(path.suffix.lower(), ("a non-empty file", _nonempty))
        try:
            ok = read(path)
        except (OSError, ValueError, EOFError, zipfile.BadZipFile):  # incl. UnicodeDecodeError
            ok = False
        if not ok:
            problems.append(f"{path.relative_to(root).as_posix()}: cannot be read as {kind}")
    for source in (p for p in files if p.suffix == ".ts"):
        if not source.with_suffix(".qm").is_file():
            problems.append(f"{source.relative_to(root).as_posix()}: not compiled to .qm")
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for compiled in root.glob("translations/applet_*.qm"):
        code = compiled.stem.removeprefix("applet_")
        if not QTranslator().load(f"qtbase_{code}", qt_translations):
            problems.append(f"Qt's own translation qtbase_{code}.qm: not found in {qt_translations}")
    return problems
