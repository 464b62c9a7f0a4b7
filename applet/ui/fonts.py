"""Chinese glyphs: put an installed CJK font of the language's script in the application font's fallback chain.

Without one, Chinese text may render as boxes or with Japanese glyph shapes; with a font of
the other script, characters both scripts share are drawn the other way (SC and TC fonts
differ in many strokes). On Linux the package ``fonts-noto-cjk`` (Debian/Ubuntu) or
``google-noto-sans-cjk-fonts`` (Fedora) provides "Noto Sans CJK SC" and "Noto Sans CJK TC";
Windows ships Microsoft YaHei and Microsoft JhengHei, macOS PingFang SC and PingFang TC.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

# Simplified-Chinese fonts, best first
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "SimHei",
    "AR PL UMing CN",
)
# Traditional-Chinese fonts with Taiwan's glyph forms, best first; the Simplified ones after them
TRADITIONAL_FAMILIES = (
    "Noto Sans CJK TC",
    "Noto Sans TC",
    "Source Han Sans TC",
    "Source Han Sans TW",
    "Microsoft JhengHei",
    "PingFang TC",
    "Heiti TC",
    "AR PL UMing TW",
    "AR PL New Sung",
    "Noto Sans CJK HK",
    "PingFang HK",
)
FAMILIES = {"zh_TW": TRADITIONAL_FAMILIES + CJK_FAMILIES}  # by language; any other: CJK_FAMILIES
# Qt caches a font's glyph engines by its first family, size and hints, not by its fallback
# families: a hint of its own (which draws nothing differently) keeps the Traditional fallback
# from reusing the Simplified one after a live switch, and the other way round.
STYLE_HINTS = {"zh_TW": QFont.StyleHint.SansSerif}  # any other language: QFont.StyleHint.AnyStyle

_latin: str | None = None  # the application font's own family, before any CJK fallback


def cjk_family(language: str = "zh_CN") -> str | None:
    """The first installed CJK font family for ``language``'s script, or None."""
    installed = set(QFontDatabase.families())
    return next((family for family in FAMILIES.get(language, CJK_FAMILIES) if family in installed), None)


def add_cjk_fallback(app: QApplication, language: str = "zh_CN") -> str | None:
    """Make the application font fall back to ``language``'s CJK font for glyphs it lacks; returns that family.

    Called again for another language, it replaces the previous fallback.
    """
    global _latin
    family = cjk_family(language)
    if family is None:
        return None
    font = QFont(app.font())
    if _latin is None:
        _latin = QFontInfo(font).family()  # the real family behind an alias such as "Sans Serif"
    if _latin != family:
        font.setFamilies([_latin, family])  # Latin letters and symbols keep their font
        font.setStyleHint(STYLE_HINTS.get(language, QFont.StyleHint.AnyStyle))
        app.setFont(font)
        QFont.removeSubstitutions(_latin)
        QFont.insertSubstitution(_latin, family)
    return family
