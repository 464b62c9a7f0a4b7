"""Before the window opens on Linux: can Qt load a window-system plugin?

Qt's X11 plugin (``libqxcb.so``) needs a dozen small X libraries that many desktop
installs lack (``libxcb-cursor0`` above all). Without them Qt aborts with a message
that names one package at best. This check asks the dynamic loader (``ldd``) which
libraries the plugin cannot find and says, by package name, how to install all of them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

EXIT_CODE = 2  # like a command-line error: the app cannot start as asked

# Shared library → (Debian/Ubuntu package, Fedora package): what the xcb and Wayland
# plugins and their Qt libraries need outside the Qt wheel.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
}

# The libraries the X11 plugin needs that a desktop install often lacks: the README's
# one-line install and the packaged app's bundle (packaging/applet.spec) both use this list.
XCB_HELPERS = (
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-image.so.0",
    "libxcb-keysyms.so.1",
    "libxcb-render-util.so.0",
    "libxcb-util.so.1",
    "libxcb-xkb.so.1",
    "libxkbcommon-x11.so.0",
)


def missing_from_ldd(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as ``name => not found``, in its order, each once."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def install_commands(libraries: list[str]) -> tuple[str, str]:
    """The Debian/Ubuntu and Fedora commands that install the packages holding ``libraries``.

    A library this table does not know is named as it is, for the learner to look up."""
    debian = _unique(PACKAGES[lib][0] if lib in PACKAGES else lib for lib in libraries)
    fedora = _unique(PACKAGES[lib][1] if lib in PACKAGES else lib for lib in libraries)
    return "sudo apt-get install " + " ".join(debian), "sudo dnf install " + " ".join(fedora)


def _unique(names) -> list[str]:
    return list(dict.fromkeys(names))


def message(plugin: str, libraries: list[str]) -> str:
    """What the learner reads when the window cannot open: what is missing and how to install it."""
    apt, dnf = install_commands(libraries)
    lines = [
        f"applet: the window cannot open: Qt's {plugin} plugin (X11 display) needs libraries this computer lacks:",
        *(f"  {lib}  (package {PACKAGES[lib][0]})" if lib in PACKAGES else f"  {lib}" for lib in libraries),
        "Install them, then start applet again:",
        f"  Debian, Ubuntu:  {apt}",
        f"  Fedora:          {dnf}",
    ]
    return "\n".join(lines)


def plugin_folders(environ: Mapping[str, str], qt_plugins: Path) -> list[Path]:
    """Where Qt looks for ``platforms/`` plugins, in its order: ``QT_QPA_PLATFORM_PLUGIN_PATH``
    (a platforms folder itself), then each ``QT_PLUGIN_PATH`` entry, then Qt's own plugins."""
    folders = []
    if environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        folders.append(Path(environ["QT_QPA_PLATFORM_PLUGIN_PATH"]))
    for entry in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep):
        if entry:
            folders.append(Path(entry) / "platforms")
    folders.append(qt_plugins / "platforms")
    return folders


def find_plugin(name: str, folders: list[Path]) -> Path | None:
    """The first ``lib<name>.so`` in ``folders``."""
    return next((folder / f"lib{name}.so" for folder in folders if (folder / f"lib{name}.so").is_file()), None)


def ldd(library: Path) -> str:
    """The dynamic loader's view of ``library`` (empty if ``ldd`` is not there)."""
    program = shutil.which("ldd")
    if program is None:
        return ""
    result = subprocess.run([program, str(library)], capture_output=True, text=True, timeout=30, check=False)
    return result.stdout


def qt_plugins_folder() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))


def platform_problem(
    environ: Mapping[str, str] | None = None, run_ldd=ldd, qt_plugins: Path | None = None
) -> str | None:
    """The message to print instead of starting, or None when the window can open (or when
    the check does not apply: not Linux, a platform forced by ``QT_QPA_PLATFORM``, no ``ldd``).

    On a Wayland session a loadable Wayland plugin is enough; otherwise the xcb plugin must load.
    """
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    folders = plugin_folders(environ, qt_plugins or qt_plugins_folder())
    xcb = find_plugin("qxcb", folders)
    if xcb is None:
        return None
    missing = missing_from_ldd(run_ldd(xcb))
    if not missing:
        return None
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        wayland = find_plugin("qwayland", folders) or find_plugin("qwayland-generic", folders)
        if wayland is not None and not missing_from_ldd(run_ldd(wayland)):
            return None
    return message("xcb", missing)


def offscreen_platform(width: int, height: int) -> str:
    """``QT_QPA_PLATFORM`` for drawing offscreen on a screen of ``width`` × ``height``
    pixels (Qt's own offscreen screen is an arbitrary 800 × 800)."""
    screen = {"name": f"{width}x{height}", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    fd, path = tempfile.mkstemp(prefix="applet-screen-", suffix=".json")
    with os.fdopen(fd, "w") as file:
        json.dump({"screens": [screen]}, file)
    return f"offscreen:configfile={path}"
