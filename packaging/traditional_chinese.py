"""Simplified Chinese → Traditional Chinese as written in Taiwan, at development time.

OpenCC's ``s2twp`` configuration converts characters and Taiwan's phrasing (软件→軟體,
信息→資訊); the course's own terms then come from the reviewed table ``zh_TW_terms.tsv``
beside this file, which wins over OpenCC wherever a Simplified term of the table occurs
(longest first). OpenCC is a development tool (``pip install ".[dev]"``): the app only reads
the converted files, and the checks compare them with their sources without converting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TERMS_FILE = Path(__file__).with_name("zh_TW_terms.tsv")
PRIVATE_USE = 0xE000  # placeholders that OpenCC passes through untouched
HAN = re.compile(r"[\u4e00-\u9fff]")
QUOTES = str.maketrans("“”", "「」")  # Taiwan quotes with corner brackets


@dataclass(frozen=True)
class Term:
    simplified: str  # as the zh_CN texts write it
    traditional: str  # as Taiwan writes it (reviewed)
    english: str = ""  # the lecture's own English word, shown beside the term in lesson texts


def load_terms(path: Path = TERMS_FILE) -> list[Term]:
    """The reviewed terms: tab-separated ``simplified, traditional[, english]``; # starts a comment."""
    terms = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) not in (2, 3) or not all(cells[:2]):
            raise ValueError(f"{path.name}:{number}: expected simplified<TAB>traditional[<TAB>english]")
        if any(term.simplified == cells[0] for term in terms):
            raise ValueError(f"{path.name}:{number}: {cells[0]} is in the table already")
        terms.append(Term(*cells))
    return terms


class Converter:
    """``convert(text)``: OpenCC s2twp with the reviewed terms protected from it, and Taiwan's 「quotes」."""

    def __init__(self, terms: list[Term] | None = None, s2twp: Callable[[str], str] | None = None) -> None:
        """``terms``: the reviewed table (default: zh_TW_terms.tsv); ``s2twp``: the converter (default: OpenCC's)."""
        if s2twp is None:
            try:
                import opencc
            except ImportError as error:
                raise SystemExit(
                    "zh_TW is converted from zh_CN with OpenCC: pip install opencc (or: pip install '.[dev]')"
                ) from error
            s2twp = opencc.OpenCC("s2twp").convert
        self._s2twp = s2twp
        self.terms = sorted(load_terms() if terms is None else terms, key=lambda t: -len(t.simplified))
        self._pattern = re.compile("|".join(re.escape(t.simplified) for t in self.terms)) if self.terms else None
        self._index = {t.simplified: i for i, t in enumerate(self.terms)}

    def convert(self, text: str, english_beside: bool = False) -> str:
        """Traditional Chinese (Taiwan) for Simplified ``text``.

        With ``english_beside`` (lesson texts), the first use of a term the lecture says in
        English is followed by that word, "學習率（learning rate）", unless it is there already
        (a term in or before a bracket of the text's own gets the word at its next use).
        """
        if self._pattern is None:
            return self._s2twp(text).translate(QUOTES)
        used: list[int] = []

        def protect(match: re.Match) -> str:
            used.append(self._index[match.group()])
            return chr(PRIVATE_USE + len(used) - 1)

        converted = self._s2twp(self._pattern.sub(protect, text))
        shown: set[str] = set()

        def restore(match: re.Match) -> str:
            term = self.terms[used[ord(match.group()) - PRIVATE_USE]]
            piece = term.traditional
            before, after = converted[match.start() - 1 : match.start()], converted[match.end() : match.end() + 1]
            bracketed = converted[: match.start()].rstrip("*")[-1:] + converted[match.end() :].lstrip("*")[:1]
            if english_beside and term.english and term.english not in shown and not set(bracketed) & set("（()）"):
                shown.add(term.english)  # (not in or before a bracket of the text's own: at its next use then)
                piece += f"（{term.english}）"
            if piece[0].isascii() and piece[0].isalpha() and HAN.match(before):  # "每個 epoch", not "每個epoch"
                piece = " " + piece
            if piece[-1].isascii() and piece[-1].isalpha() and HAN.match(after):
                piece += " "
            return piece

        text = re.sub(f"[{chr(PRIVATE_USE)}-{chr(PRIVATE_USE + max(len(used), 1) - 1)}]", restore, converted)
        text = text.translate(QUOTES)
        text = re.sub(r"\b([A-Za-z][\w -]*)(\**)（\1）", r"\1\2", text)  # a term that is English: "epoch（epoch）"
        if english_beside:  # the source may already say the English word right after the term
            text = outside_bold(re.sub(r"（([^（）]+)）(\s*[（(]\1[）)])", r"\2", text))
        return text


def outside_bold(markdown: str) -> str:
    """Move "（…）" that ends a bold span after it: "**損失（loss）**衡量" → "**損失**（loss）衡量".

    Markdown does not close a bold span after a bracket when a letter follows, so the first
    form would show its asterisks.
    """
    paragraphs = markdown.split("\n\n")
    for i, paragraph in enumerate(paragraphs):
        pieces = paragraph.split("**")
        for k in range(1, len(pieces) - 1, 2):  # pieces[k] is bold
            found = re.search(r"（[^（）]+）$", pieces[k])
            if found and pieces[k][: found.start()]:
                pieces[k] = pieces[k][: found.start()]
                pieces[k + 1] = found.group() + pieces[k + 1]
        paragraphs[i] = "**".join(pieces)
    return "\n\n".join(paragraphs)
