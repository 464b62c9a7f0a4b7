"""The layer contracts of DESIGN.md §4, read from every module's imports (nothing is run):

- ``applet.core`` imports no Qt (PySide6, shiboken6, pyqtgraph), no ``applet.training``, no ``applet.ui``;
- ``applet.ui.view_models`` imports no Qt and no ``applet.ui`` module outside the view models;
- ``applet.training`` imports no ``applet.ui``;
- a panel imports no other panel (only ``applet.ui.panels.base``; the registry lists them all).
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "applet"
QT = ("PySide6", "shiboken6", "pyqtgraph")
PANELS = "applet.ui.panels"
PANEL_SHARED = (f"{PANELS}.base", f"{PANELS}.registry")  # what panels may import, and what lists them
LAYERS = [  # (modules, what they must not import, exceptions)
    ("applet.core", QT + ("applet.training", "applet.ui", "applet.app"), ()),
    ("applet.ui.view_models", QT + ("applet.ui",), ("applet.ui.view_models",)),
    ("applet.training", ("applet.ui", "applet.app"), ()),
]


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, root: Path) -> set[str]:
    """Every module ``path`` imports anywhere in the file, absolute; for ``from m import n`` both
    m and m.n (n may be a module)."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def read_package(root: Path) -> dict[str, set[str]]:
    return {module_name(p, root): imports(p, root) for p in sorted(root.rglob("*.py"))}


def within(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def layer_offences(modules: dict[str, set[str]], layer: str, forbidden, allowed=()) -> list[str]:
    return sorted(
        f"{module} imports {imported}"
        for module, imported_names in modules.items()
        if within(module, layer)
        for imported in imported_names
        if within(imported, *forbidden) and not within(imported, *allowed)
    )


def panel_offences(modules: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{module} imports {imported}"
        for module, imported_names in modules.items()
        if within(module, PANELS) and module != PANELS and not within(module, *PANEL_SHARED)
        for imported in imported_names
        if within(imported, PANELS) and imported != PANELS and not within(imported, *PANEL_SHARED)
    )


MODULES = read_package(PACKAGE)


def test_every_module_is_read():
    assert len(MODULES) == len(list(PACKAGE.rglob("*.py")))
    assert "PySide6.QtCore" in MODULES["applet.ui.panels.base"]
    assert "applet.ui.panels.slice" in MODULES["applet.ui.panels.registry"]


@pytest.mark.parametrize("layer, forbidden, allowed", LAYERS)
def test_a_layer_imports_nothing_above_it(layer, forbidden, allowed):
    assert layer_offences(MODULES, layer, forbidden, allowed) == []


def test_panels_do_not_import_each_other():
    assert panel_offences(MODULES) == []


def test_the_checks_catch_offences(tmp_path):
    root = tmp_path / "applet"
    for path, text in (
        ("ui/panels/fake.py", "from applet.ui.panels.loss import LossPanel\nfrom .base import Panel\n"),
        ("ui/panels/other.py", "from . import surface\n"),
        ("core/fake.py", "def f():\n    import pyqtgraph\n"),
        ("training/fake.py", "from ..ui import labels\n"),
    ):
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    modules = read_package(root)
    assert panel_offences(modules) == [
        "applet.ui.panels.fake imports applet.ui.panels.loss",
        "applet.ui.panels.fake imports applet.ui.panels.loss.LossPanel",
        "applet.ui.panels.other imports applet.ui.panels.surface",
    ]
    assert layer_offences(modules, *LAYERS[0]) == ["applet.core.fake imports pyqtgraph"]
    assert layer_offences(modules, *LAYERS[2]) == [
        "applet.training.fake imports applet.ui",
        "applet.training.fake imports applet.ui.labels",
    ]
