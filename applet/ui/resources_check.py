"""Check that every shipped resource can be found (used by ``--self-test``)."""

from __future__ import annotations

from applet.paths import resource

REQUIRED = (
    ("data", "views.csv"),
    ("data", "mnist16.npz"),
)


def missing_resources() -> list[str]:
    """Names of required resource files that are not where the applet looks for them."""
    missing = []
    for parts in REQUIRED:
        try:
            if not resource(*parts).is_file():
                missing.append("/".join(parts))
        except FileNotFoundError:
            missing.append("/".join(parts))
    return missing
