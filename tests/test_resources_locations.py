"""The shipped resources load from all three places the applet runs from: a source checkout,
an installed wheel, and a PyInstaller bundle — and the self-test notices when one is broken."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

import applet.paths
from applet.ui.resources_check import missing_resources

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"

# Run in a fresh interpreter whose first import path is argv[1]: report where `applet` and its
# resources came from, then load both data sets the way the lessons do.
PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
import applet.paths
from applet.core.datasets.digits import load_digits16
from applet.core.datasets.views import load_views
print(applet.paths.__file__)
print(applet.paths.resources_dir())
print(len(load_views().values), len(load_digits16().images_train))
"""


def probe(import_root: Path, cwd: Path) -> tuple[Path, Path, list[int]]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(import_root)], cwd=cwd, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    module, folder, sizes = result.stdout.splitlines()[-3:]
    return Path(module), Path(folder), [int(n) for n in sizes.split()]


def shipped_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_a_checkout_loads_its_own_resources_folder(tmp_path):
    module, folder, sizes = probe(ROOT, cwd=tmp_path)
    assert module.is_relative_to(ROOT / "applet")
    assert folder == RESOURCES
    assert all(n > 0 for n in sizes)


def test_an_installed_wheel_carries_every_resource_and_loads_them_from_site_packages(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    (wheel,) = tmp_path.glob("*.whl")
    assert wheel.name.startswith(f"dl_applet-{applet.__version__}-")  # one version everywhere
    with zipfile.ZipFile(wheel) as archive:
        packed = {
            name.removeprefix("applet/resources/")
            for name in archive.namelist()
            if name.startswith("applet/resources/")
        }
    assert {"data/views.csv", "data/mnist16.npz", "icons/applet.png"} <= packed
    assert packed == shipped_files(RESOURCES)

    site = tmp_path / "site-packages"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    module, folder, sizes = probe(site, cwd=tmp_path)
    assert module.is_relative_to(site / "applet")
    assert folder == site / "applet" / "resources"
    assert all(n > 0 for n in sizes)


@pytest.fixture
def bundle(tmp_path, monkeypatch):
    """A stand-in for a PyInstaller bundle: sys._MEIPASS names a folder holding resources/."""
    shutil.copytree(RESOURCES, tmp_path / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return tmp_path / "resources"


def test_a_frozen_bundle_loads_the_resources_it_unpacked(qapp, bundle):
    from applet.core.datasets.digits import load_digits16
    from applet.core.datasets.views import load_views

    assert applet.paths.resources_dir() == bundle
    assert applet.paths.resource("data", "views.csv") == bundle / "data" / "views.csv"
    assert len(load_views().values) > 0 and len(load_digits16().images_train) > 0
    assert missing_resources() == []


def test_the_self_test_names_missing_and_damaged_resources(qapp, bundle):
    (bundle / "data" / "mnist16.npz").unlink()
    (bundle / "icons" / "applet.png").write_bytes(b"not a picture")
    (bundle / "lessons").mkdir(exist_ok=True)
    (bundle / "lessons" / "empty.md").write_text("  \n", encoding="utf-8")
    (bundle / "translations").mkdir(exist_ok=True)
    (bundle / "translations" / "applet_xx.ts").write_text("<TS/>", encoding="utf-8")
    (bundle / "translations" / "applet_yy.qm").write_bytes(b"\0" * 16)

    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert sorted(missing_resources()) == [
        f"Qt's own translation qtbase_yy.qm: not found in {qt_translations}",
        "data/mnist16.npz: missing",
        "icons/applet.png: cannot be read as an image",
        "lessons/empty.md: cannot be read as UTF-8 text",
        "translations/applet_xx.ts: not compiled to .qm",
        "translations/applet_yy.qm: cannot be read as a Qt translation",
    ]


def test_without_any_resources_folder_the_self_test_says_where_it_looked(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(applet.paths, "_PACKAGE_DIR", tmp_path / "applet")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    (problem,) = missing_resources()
    assert "resources folder is missing" in problem and str(tmp_path) in problem
