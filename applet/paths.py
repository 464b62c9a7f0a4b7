"""Where the shipped resources (data, translations, lesson texts, icons) live.

The same lookup works from a source checkout (and an editable install), from an
installed wheel (resources are packed as ``applet/resources``) and from a
PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Return the folder holding ``data/``, ``translations/``, ``lessons/`` and ``icons/``."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for folder in candidates:
        if (folder / "data").is_dir():
            return folder
    raise FileNotFoundError(
        "The applet's resources folder is missing; looked in: " + ", ".join(str(c) for c in candidates)
    )


def resource(*parts: str) -> Path:
    """Path of one shipped resource, e.g. ``resource("data", "views.csv")``."""
    return resources_dir().joinpath(*parts)
