"""Build the workshop app: a folder that runs without Python, and an archive of it.

    pip install ".[package]"        # PyInstaller, into the environment that builds
    python packaging/build.py

gives dist/applet/ (run dist/applet/applet, or applet.exe on Windows) and
dist/applet-<version>-<platform>.tar.gz on Linux (.zip on Windows and macOS). The same
command builds on each of the three systems; PyInstaller cannot cross-build.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
APP = DIST / "applet"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from applet import __version__

    return __version__


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64``, ``macos-arm64``…"""
    system = {"Darwin": "macos"}.get(platform.system(), platform.system().lower())
    return f"{system}-{platform.machine().lower()}"


MAX_ARCHIVE_BYTES = 90_000_000  # what a workshop hands out on a USB stick or a slow network


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder``, links counted once (as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_symlink() or p.is_file())


def missing_system_libraries(app: Path) -> set[str]:
    """Libraries the bundled X11/Wayland plugins need but neither the bundle nor this
    machine has (Linux). PyInstaller packs what the build machine has installed, so these
    must then be installed on the laptops that run the app."""
    internal = app / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing = set()
    for plugin in internal.rglob("plugins/platforms/*.so"):
        ldd = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True, check=True)
        missing |= {line.split()[0] for line in ldd.stdout.splitlines() if "not found" in line}
    return missing


def missing_xcb_helpers(app: Path) -> list[str]:
    """The X11 helper libraries (``applet.platform_check.XCB_HELPERS``) the bundle lacks
    (Linux). PyInstaller packs them only when the build machine has them installed."""
    sys.path.insert(0, str(ROOT))
    from applet.platform_check import XCB_HELPERS

    bundled = {p.name for p in (app / "_internal").rglob("*.so*")}
    return [lib for lib in XCB_HELPERS if lib not in bundled]


def missing_xcb_helpers_here() -> list[str]:
    """The libraries Qt's X11 plugin needs that this machine lacks (Linux): PyInstaller
    cannot pack what is not installed."""
    sys.path.insert(0, str(ROOT))
    from applet.platform_check import find_plugin, ldd, missing_from_ldd, qt_plugins_folder

    plugin = find_plugin("qxcb", [qt_plugins_folder() / "platforms"])
    return missing_from_ldd(ldd(plugin)) if plugin is not None else []


def glibc_floor(app: Path) -> str:
    """The oldest C library the bundle runs with: the newest ``GLIBC_2.x`` symbol version
    any of its programs and libraries asks for (Linux; the C library itself is not packed)."""
    newest = (2, 0)
    for path in app.rglob("*"):
        if path.is_file() and not path.is_symlink() and (path.suffix in {".so", ""} or ".so." in path.name):
            for match in re.finditer(rb"GLIBC_2\.(\d+)(?:\.(\d+))?\x00", path.read_bytes()):
                newest = max(newest, (2, int(match[1])))
    return f"glibc {newest[0]}.{newest[1]}"


def archive(app: Path) -> Path:
    """Pack ``app`` as dist/applet-<version>-<platform>.tar.gz (Linux) or .zip (others)."""
    base = DIST / f"applet-{version()}-{platform_tag()}"
    if not sys.platform.startswith("linux"):
        return Path(shutil.make_archive(str(base), "zip", root_dir=app.parent, base_dir=app.name))
    path = base.with_name(base.name + ".tar.gz")
    with tarfile.open(path, "w:gz", compresslevel=6) as tar:  # 9 is 0.5 % smaller, 3× slower
        tar.add(app, arcname=app.name)
    return path


def main() -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build.py needs PyInstaller: pip install ".[package]" (in a virtual environment)', file=sys.stderr)
        return 2
    if sys.platform.startswith("linux") and (lacking := missing_xcb_helpers_here()):
        from applet.platform_check import install_commands

        apt, dnf = install_commands(lacking)
        print(
            f"build.py: this machine lacks {', '.join(lacking)}, which the app's X11 plugin needs and the "
            f"bundle must carry. Install them first:\n  {apt}\n  {dnf}",
            file=sys.stderr,
        )
        return 2
    start = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build"),
            str(PACKAGING / "applet.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    if sys.platform.startswith("linux"):
        shutil.copy2(PACKAGING / "applet.desktop", APP / "applet.desktop")
    built = time.monotonic() - start
    packed = archive(APP)
    total = time.monotonic() - start
    print(f"\nbuilt {APP} in {built:.0f} s: {folder_size(APP) / 1e6:.1f} MB")
    print(f"packed {packed} in {total - built:.0f} s: {packed.stat().st_size / 1e6:.1f} MB")
    if packed.stat().st_size > MAX_ARCHIVE_BYTES:
        print(
            f"build.py: the archive is larger than the {MAX_ARCHIVE_BYTES / 1e6:.0f} MB a workshop download allows",
            file=sys.stderr,
        )
        return 1
    if sys.platform.startswith("linux"):
        lacking = missing_xcb_helpers(APP)
        if lacking:
            print(
                f"build.py: the bundle lacks {', '.join(lacking)}: it would not start on a stock desktop",
                file=sys.stderr,
            )
            return 1
        print(f"the bundle carries the X11 helper libraries and needs {glibc_floor(APP)} or newer")
        missing = missing_system_libraries(APP)
        if missing:
            print(
                f"note: this machine lacks {', '.join(sorted(missing))}, which the Wayland plugin or the "
                "OpenGL libraries need; PyInstaller leaves those to the system (every Wayland desktop "
                "has them), the X11 window works without them"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
