"""Write applet/export/texts_zh_TW.py: the exported scripts' comments in Traditional Chinese.

They are converted from the Simplified texts of ``applet/export/texts.py`` the same way as the
window's texts (``traditional_chinese.Converter``: OpenCC s2twp and the reviewed terms), at
development time: run this after changing a Chinese text there. A test checks they agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "applet" / "export" / "texts_zh_TW.py"
HEADER = '''"""The exported scripts' comments in Traditional Chinese (Taiwan), converted from the
Simplified ones in ``texts.py`` by ``packaging/convert_export_texts.py``: do not edit by hand."""

TEXTS_ZH_TW: dict[str, str] = {
'''


def converted() -> dict[str, str]:
    sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]
    from traditional_chinese import Converter

    from applet.export.texts import TEXTS

    convert = Converter().convert
    return {key: convert(chinese) for key, (_, chinese) in TEXTS.items()}


def _entry(key: str, value: str) -> str:
    """One entry, a multi-line text as one string per line (so every line of the file stays short)."""
    parts = value.split("\n")
    if len(parts) == 1:
        return f"    {key!r}: {value!r},\n"
    pieces = [repr(part + "\n") for part in parts[:-1]] + [repr(parts[-1])]
    return f"    {key!r}: (\n" + "".join(f"        {piece}\n" for piece in pieces) + "    ),\n"


def main() -> None:
    lines = [_entry(key, value) for key, value in converted().items()]
    OUT.write_text(HEADER + "".join(lines) + "}\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
