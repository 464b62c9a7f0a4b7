"""Regenerate the Chinese translation from the code: one command after any change of text.

    python packaging/update_translations.py          # .ts from the code, then .qm from the .ts
    python packaging/update_translations.py --check  # change nothing; exit 1 on any problem

The update runs ``pyside6-lupdate`` over every ``.py`` under ``applet/`` into
``resources/translations/applet_zh_CN.ts`` (existing translations are kept, strings no longer
in the code are dropped, new ones arrive "unfinished"), compiles it with ``pyside6-lrelease``
into ``applet_zh_CN.qm`` and lists what still needs translating. Translate those messages in
the .ts (Qt Linguist, or any editor: fill ``<translation>`` and remove ``type="unfinished"``),
then run the update again so the .qm follows. The compiled .qm is committed: neither the app
nor its tests need the tools, but ``tests/ui/test_translations.py`` uses them (both ship in the
PySide6-Essentials wheel the app depends on) to fail when the .ts or the .qm lag behind the code.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "applet"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
PLACE_MARKER = re.compile(r"%\d")

Key = tuple[str, str]  # (context, source text)


def ts_path(language: str = "zh_CN") -> Path:
    return TRANSLATIONS / f"applet_{language}.ts"


def qm_path(language: str = "zh_CN") -> Path:
    return TRANSLATIONS / f"applet_{language}.qm"


def tool(name: str) -> Path:
    """``lupdate`` or ``lrelease``: the copy inside the installed PySide6 package, else pyside6-NAME on PATH."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (name + (".exe" if sys.platform == "win32" else ""))
    if exe.is_file():
        return exe
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"{name} not found: install PySide6-Essentials (it ships lupdate and lrelease).")
    return Path(found)


def sources() -> list[str]:
    """Every Python file of the app, relative to the repository root (stable order)."""
    return sorted(p.relative_to(ROOT).as_posix() for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path) -> None:
    """Merge the strings of the code into ``ts`` (created if missing), keeping its translations."""
    subprocess.run(
        [str(tool("lupdate")), "-silent", "-locations", "none", "-no-obsolete", *sources(), "-ts", str(ts)],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file by (context, source), as its ``<translation>`` element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


def unfinished(ts: Path) -> list[Key]:
    """Messages without a finished translation."""
    return [
        key
        for key, translation in messages(ts).items()
        if translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]


def bad_place_markers(ts: Path) -> list[Key]:
    """Messages whose translation lacks a %1, %2… of its source (or has one the source lacks)."""
    return [
        (context, source)
        for (context, source), translation in messages(ts).items()
        if translation is not None
        and (translation.text or "")
        and set(PLACE_MARKER.findall(source)) != set(PLACE_MARKER.findall(translation.text))
    ]


def extracted(ts: Path) -> set[Key]:
    """(context, source) pairs the code has now: lupdate run over a scratch copy of ``ts``."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / ts.name
        shutil.copyfile(ts, scratch)
        lupdate(scratch)
        return set(messages(scratch))


def stale_in_qm(ts: Path, qm: Path) -> list[Key]:
    """Finished translations of ``ts`` that ``qm`` does not give (all of them if it cannot be read).

    Compared by what a QTranslator loaded from the .qm answers, not by file times (a git
    checkout sets those) nor bytes (another lrelease version may lay the file out differently).
    """
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    loaded = qm.is_file() and translator.load(str(qm))
    todo = set(unfinished(ts))
    return [
        (context, source)
        for (context, source), translation in messages(ts).items()
        if (context, source) not in todo and (not loaded or translator.translate(context, source) != translation.text)
    ]


def problems(language: str = "zh_CN") -> list[str]:
    """Everything that keeps the shipped translation from matching the code, one line each."""
    ts, qm = ts_path(language), qm_path(language)
    if not ts.is_file():
        return [f"{ts.name} is missing"]
    in_code, in_ts = extracted(ts), set(messages(ts))
    found = [f"missing from {ts.name}: {c}: {s!r}" for c, s in sorted(in_code - in_ts)]
    found += [f"no longer in the code: {c}: {s!r}" for c, s in sorted(in_ts - in_code)]
    found += [f"untranslated: {c}: {s!r}" for c, s in unfinished(ts)]
    found += [f"place markers differ: {c}: {s!r}" for c, s in bad_place_markers(ts)]
    if stale_in_qm(ts, qm):
        found.append(f"{qm.name} is older than {ts.name}: run packaging/update_translations.py")
    return found


def update(language: str = "zh_CN") -> list[Key]:
    """Refresh the .ts from the code and compile the .qm; returns what is left to translate."""
    ts = ts_path(language)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate(ts)
    lrelease(ts, qm_path(language))
    return unfinished(ts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        if args.check:
            found = problems(language)
            for line in found:
                print(line)
            print(f"{language}: {'OK' if not found else f'{len(found)} problem(s)'}")
        else:
            todo = update(language)
            for context, source in todo:
                print(f"to translate: {context}: {source!r}")
            print(
                f"{language}: {len(messages(ts_path(language)))} messages, {len(todo)} to translate; "
                f"wrote {ts_path(language).name} and {qm_path(language).name}"
            )
            found = todo
        status = status or int(bool(found))
    return status


if __name__ == "__main__":
    sys.exit(main())
