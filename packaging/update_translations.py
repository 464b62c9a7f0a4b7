"""Regenerate the translations from the code: one command after any change of text.

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

Traditional Chinese (zh_TW) is converted from the Simplified texts by the same run (OpenCC
``s2twp``, then the reviewed terms of ``packaging/zh_TW_terms.tsv``; see traditional_chinese.py):
``applet_zh_TW.ts``/``.qm`` from ``applet_zh_CN.ts``, ``resources/lessons/ID.zh_TW.md`` from
``ID.zh_CN.md``, the glossary's 繁體中文 column from its 简体中文 one and ``glossary.zh_TW.md``
from ``glossary.md``. Each converted text records the Simplified text it came from (the .ts in
``<extra-zh_CN>``, files and glossary rows in ``packaging/zh_TW_sources.json``): what changed in
zh_CN is converted afresh, while a zh_TW text edited by hand is kept as long as its Simplified
source is unchanged. A reviewed term belongs in zh_TW_terms.tsv, so every later text gets it.
After a merge conflict in any zh_TW file, take either side and run the update again.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # traditional_chinese.py, beside this file
from traditional_chinese import Converter  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "applet"
TRANSLATIONS = ROOT / "resources" / "translations"
LESSONS = ROOT / "resources" / "lessons"
GLOSSARY = LESSONS / "glossary.md"
LANGUAGES = ("zh_CN", "zh_TW")  # every language the app ships besides English (the source texts)
CONVERTED = {"zh_TW": "zh_CN"}  # language → the language it is converted from (the rest: from the code)
CONVERTED_SOURCES = Path(__file__).resolve().parent / "zh_TW_sources.json"
EXTRA_SOURCE = "extra-zh_CN"  # in applet_zh_TW.ts: the Simplified translation a message was converted from
EXTRA_MACHINE = "extra-converted"  # … and what the converter made of it (differs from the translation: hand-edited)
PLACE_MARKER = re.compile(r"%\d")
UNFINISHED = ("unfinished", "obsolete", "vanished")

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


def finished(translation: ET.Element | None) -> bool:
    return (
        translation is not None and translation.get("type") not in UNFINISHED and bool((translation.text or "").strip())
    )


def unfinished(ts: Path) -> list[Key]:
    """Messages without a finished translation."""
    return [key for key, translation in messages(ts).items() if not finished(translation)]


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


# -- converted languages: the .ts -------------------------------------------------------------------
def converted_from(ts: Path) -> dict[Key, str | None]:
    """For a converted language's .ts: each message's recorded source-language text (None: none)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.findtext(EXTRA_SOURCE)
    return found


def stale_conversions(language: str) -> list[Key]:
    """Messages whose recorded source-language text is not the source language's translation now."""
    recorded = converted_from(ts_path(language))
    return [
        key
        for key, translation in messages(ts_path(CONVERTED[language])).items()
        if finished(translation) and recorded.get(key) != translation.text
    ]


def convert_ts(language: str, converter) -> int:
    """Write ``language``'s .ts: the source language's messages, converted; returns how many were kept as edited.

    A message keeps its translation when its source text is unchanged and the translation was
    edited by hand (it differs from what the converter made of it then); the rest are converted now.
    """
    target = ts_path(language)
    previous = {}
    try:
        for context in ET.parse(target).getroot().iter("context") if target.is_file() else ():
            for message in context.iter("message"):
                previous[(context.findtext("name") or "", message.findtext("source") or "")] = message
    except ET.ParseError:  # e.g. a merge conflict in it: everything is converted afresh
        previous = {}
    tree = copy.deepcopy(ET.parse(ts_path(CONVERTED[language])))
    tree.getroot().set("language", language)
    kept = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if not finished(translation):
                continue
            simplified = translation.text
            text = machine = converter.convert(simplified)
            old = previous.get((context.findtext("name") or "", message.findtext("source") or ""))
            if old is not None and old.findtext(EXTRA_SOURCE) == simplified:
                if old.findtext("translation") != old.findtext(EXTRA_MACHINE) and finished(old.find("translation")):
                    text = old.findtext("translation")
                    kept += 1
            translation.text = text
            ET.SubElement(message, EXTRA_SOURCE).text = simplified
            ET.SubElement(message, EXTRA_MACHINE).text = machine
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return kept


# -- converted languages: lesson texts and the glossary ---------------------------------------------
def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recorded_sources() -> dict:
    """``zh_TW_sources.json``: for each converted file its source's and its conversion's digests;
    for each glossary row (by its English term) the Simplified term and its conversion."""
    try:
        return json.loads(CONVERTED_SOURCES.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):  # none yet, or a merge conflict in it: nothing is recorded
        return {"files": {}, "glossary": {}}


def lesson_texts(language: str) -> list[tuple[Path, Path]]:
    """(source, converted) lesson text files: every ``ID.zh_CN.md`` and its ``ID.zh_TW.md``."""
    source = CONVERTED[language]
    return [
        (path, path.with_name(path.name.replace(f".{source}.", f".{language}.")))
        for path in sorted(LESSONS.glob(f"*.{source}.md"))
    ]


GLOSSARY_CELL = re.compile(r"(?<!\\)\|")


def glossary_rows(text: str) -> tuple[list[str], list[list[str]], list[str]]:
    """glossary.md as (lines before the table, rows of cells without the separator row, lines after)."""
    lines = text.splitlines()
    table = [i for i, line in enumerate(lines) if line.startswith("|")]
    first, last = table[0], table[-1]
    rows = [[cell.strip() for cell in GLOSSARY_CELL.split(lines[i])[1:-1]] for i in table]
    return lines[:first], [row for row in rows if not set("".join(row)) <= set("-: ")], lines[last + 1 :]


def glossary_markdown(before: list[str], rows: list[list[str]], after: list[str]) -> str:
    table = [f"| {' | '.join(row)} |" for row in rows]
    table.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join([*before, *table, *after]) + "\n"


def convert_glossary(converter, recorded: dict) -> None:
    """Fill the glossary's 繁體中文 column (third) from its 简体中文 column (second).

    A row without the column (added by someone who did not fill it) gets it; a cell edited by
    hand is kept while its Simplified term is unchanged.
    """
    before, rows, after = glossary_rows(GLOSSARY.read_text(encoding="utf-8"))
    width = len(rows[0])
    done = {}
    for row in rows[1:]:
        if len(row) == width - 1:
            row.insert(2, "")
        simplified, machine = row[1], converter.convert(row[1])
        old = recorded.get(row[0])
        if old is None or old[0] != simplified or not row[2] or row[2] == old[1]:
            row[2] = machine
        done[row[0]] = [simplified, machine]
    recorded.clear()
    recorded.update(done)
    GLOSSARY.write_text(glossary_markdown(before, rows, after), encoding="utf-8")


def traditional_glossary(converter, glossary: str) -> str:
    """glossary.zh_TW.md: English, 繁體中文, Meaning and 說明 (the converted 含义) of glossary.md."""
    before, rows, after = glossary_rows(glossary)
    header = [rows[0][0], rows[0][2], rows[0][3], "說明"]
    body = [[row[0], row[2], row[3], converter.convert(row[4])] for row in rows[1:]]
    return glossary_markdown(
        [converter.convert(line) for line in before], [header, *body], [converter.convert(line) for line in after]
    )


def convert_file(source_text: str, target: Path, make, old: dict | None) -> tuple[bool, dict]:
    """Write ``target`` = ``make(source_text)`` unless it was edited by hand from the same source.

    Returns whether it was kept, and the record of its source's and its conversion's digests.
    """
    machine = make(source_text)
    kept = (
        target.is_file()
        and old is not None
        and old["source"] == digest(source_text)
        and digest(target.read_text(encoding="utf-8")) != old["converted"]
        and "\n<<<<<<< " not in "\n" + target.read_text(encoding="utf-8")  # a merge conflict is no edit to keep
    )
    if not kept:
        target.write_text(machine, encoding="utf-8")
    return kept, {"source": digest(source_text), "converted": digest(machine)}


def convert_texts(language: str, converter) -> list[str]:
    """Convert the lesson texts, the glossary's column and the glossary; returns the files kept as edited."""
    recorded = recorded_sources()
    convert_glossary(converter, recorded["glossary"])
    jobs = [
        (source, target, lambda t: converter.convert(t, english_beside=True))
        for source, target in lesson_texts(language)
    ]
    jobs.append((GLOSSARY, GLOSSARY.with_name(f"glossary.{language}.md"), lambda t: traditional_glossary(converter, t)))
    kept, files = [], {}
    for source, target, make in jobs:
        was_kept, files[target.name] = convert_file(
            source.read_text(encoding="utf-8"), target, make, recorded["files"].get(target.name)
        )
        if was_kept:
            kept.append(target.name)
    recorded["files"] = files
    text = json.dumps(recorded, ensure_ascii=False, indent=1, sort_keys=True)
    CONVERTED_SOURCES.write_text(text + "\n", encoding="utf-8")
    return kept


def stale_texts(language: str) -> list[str]:
    """Converted lesson texts and glossary parts that are missing or lag behind their Simplified sources."""
    recorded = recorded_sources()
    found = []
    glossary_target = GLOSSARY.with_name(f"glossary.{language}.md")
    for source, target in [*lesson_texts(language), (GLOSSARY, glossary_target)]:
        old = recorded["files"].get(target.name)
        if not target.is_file():
            found.append(f"{target.name} is missing")
        elif old is None or old["source"] != digest(source.read_text(encoding="utf-8")):
            found.append(f"{target.name} lags behind {source.name}")
    _, rows, _ = glossary_rows(GLOSSARY.read_text(encoding="utf-8"))
    for row in rows[1:]:
        if len(row) != len(rows[0]) or not row[2]:
            found.append(f"{GLOSSARY.name}: {row[0]}: no 繁體中文 term")
        elif recorded["glossary"].get(row[0], [None])[0] != row[1]:
            found.append(f"{GLOSSARY.name}: {row[0]}: the 繁體中文 term lags behind the 简体中文 one")
    return found


# -- checking and updating -------------------------------------------------------------------------
def problems(language: str = "zh_CN") -> list[str]:
    """Everything that keeps the shipped translation from matching the code, one line each."""
    ts, qm = ts_path(language), qm_path(language)
    if not ts.is_file():
        return [f"{ts.name} is missing"]
    try:
        ET.parse(ts)
    except ET.ParseError as error:
        return [f"{ts.name} cannot be read ({error}; a merge conflict?): run packaging/update_translations.py"]
    source = CONVERTED.get(language)
    in_code, in_ts = (set(messages(ts_path(source))) if source else extracted(ts)), set(messages(ts))
    found = [f"missing from {ts.name}: {c}: {s!r}" for c, s in sorted(in_code - in_ts)]
    found += [f"no longer in the code: {c}: {s!r}" for c, s in sorted(in_ts - in_code)]
    found += [f"untranslated: {c}: {s!r}" for c, s in unfinished(ts)]
    found += [f"place markers differ: {c}: {s!r}" for c, s in bad_place_markers(ts)]
    if source:
        found += [f"not converted from {source} as it is now: {c}: {s!r}" for c, s in stale_conversions(language)]
        found += stale_texts(language)
    if stale_in_qm(ts, qm):
        found.append(f"{qm.name} is older than {ts.name}: run packaging/update_translations.py")
    return found


def update(language: str = "zh_CN") -> list[Key]:
    """Refresh the .ts from the code (or convert it, and the texts) and compile the .qm; returns what is left."""
    ts = ts_path(language)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if language in CONVERTED:
        converter = Converter()
        kept = convert_ts(language, converter)
        kept_files = convert_texts(language, converter)
        print(f"{language}: kept {kept} message(s) and {kept_files or 'no'} file(s) edited by hand")
    else:
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
            if found and language in CONVERTED:
                print(
                    f"{language} is converted from {CONVERTED[language]}: run python packaging/update_translations.py"
                )
        else:
            todo = update(language)
            if language in CONVERTED and todo:
                print(f"{language}: {len(todo)} message(s) wait for their {CONVERTED[language]} translation")
            for context, source in todo if language not in CONVERTED else ():
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
