"""Chinese glyphs: put an installed CJK font in the application font's fallback chain.

Without one, Chinese text may render as boxes or with Japanese glyph shapes. On Linux the
package ``fonts-noto-cjk`` (Debian/Ubuntu) or ``google-noto-sans-cjk-fonts`` (Fedora)
provides "Noto Sans CJK SC"; Windows and macOS ship Microsoft YaHei and PingFang SC.
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


def cjk_family() -> str | None:
    """The first installed Simplified-Chinese font family, or None."""
    installed = set(QFontDatabase.families())
    return next((family for family in CJK_FAMILIES if family in installed), None)


def add_cjk_fallback(app: QApplication) -> str | None:
    """Make the application font fall back to a CJK font for glyphs it lacks; returns that family."""
    family = cjk_family()
    if family is None:
        return None
    font = QFont(app.font())
    latin = QFontInfo(font).family()  # the real family behind an alias such as "Sans Serif"
    if latin != family:
        font.setFamilies([latin, family])  # Latin letters and symbols keep their font
        app.setFont(font)
        QFont.insertSubstitution(latin, family)
    return family
