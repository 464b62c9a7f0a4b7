"""The Linux start-up check: when Qt's X11 plugin cannot load, name the missing libraries
and the install line, and exit 2 before Qt aborts."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from applet.platform_check import (
    EXIT_CODE,
    XCB_HELPERS,
    install_commands,
    ldd,
    missing_from_ldd,
    platform_problem,
    plugin_folders,
    qt_plugins_folder,
)
from tests import hidden_libraries

ROOT = Path(__file__).resolve().parents[1]

LDD_STOCK_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd3a5f6000)
\tlibQt6XcbQpa.so.6 => /opt/venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0e1a200000)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f0e19f71000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0e19c1e000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0e1a448000)
"""
LDD_ALL_FOUND = "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x1)\n\tlibc.so.6 => /lib/libc.so.6 (0x2)\n"


def test_the_missing_libraries_are_read_from_ldd_in_order_and_once():
    assert missing_from_ldd(LDD_STOCK_DEBIAN) == [
        "libxkbcommon-x11.so.0",
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]
    assert missing_from_ldd(LDD_ALL_FOUND) == []
    assert missing_from_ldd("\tnot a dynamic executable\n") == []


def test_the_install_lines_name_packages_not_files():
    apt, dnf = install_commands(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-xkb.so.1", "libxcb-shm.so.0"])
    assert apt == "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-xkb1 libxcb-shm0"
    assert dnf == "sudo dnf install xcb-util-cursor xcb-util-wm libxcb"  # one Fedora package holds both
    assert install_commands(["libunknown.so.3"]) == (
        "sudo apt-get install libunknown.so.3",
        "sudo dnf install libunknown.so.3",
    )


@pytest.fixture
def plugins(tmp_path):
    """A Qt plugins folder with (empty) xcb and Wayland platform plugins."""
    (tmp_path / "platforms").mkdir()
    for name in ("libqxcb.so", "libqwayland.so"):
        (tmp_path / "platforms" / name).touch()
    return tmp_path


def fake_ldd(outputs):
    return lambda library: outputs[library.name]


def test_a_stock_desktop_gets_every_missing_library_and_both_install_lines(plugins, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    text = platform_problem({"DISPLAY": ":0"}, fake_ldd({"libqxcb.so": LDD_STOCK_DEBIAN}), plugins)
    assert "libxcb-cursor0" in text and "libxcb-icccm4" in text and "libxkbcommon-x11-0" in text
    assert "sudo apt-get install libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in text
    assert "sudo dnf install libxkbcommon-x11 xcb-util-cursor xcb-util-wm xcb-util-keysyms" in text


def test_no_message_when_the_plugin_loads_a_platform_is_forced_or_not_linux(plugins, monkeypatch):
    broken = fake_ldd({"libqxcb.so": LDD_STOCK_DEBIAN})
    monkeypatch.setattr(sys, "platform", "linux")
    assert platform_problem({"DISPLAY": ":0"}, fake_ldd({"libqxcb.so": LDD_ALL_FOUND}), plugins) is None
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, broken, plugins) is None
    assert platform_problem({"DISPLAY": ":0"}, broken, plugins / "elsewhere") is None  # no xcb plugin: Qt says
    monkeypatch.setattr(sys, "platform", "win32")
    assert platform_problem({}, broken, plugins) is None


def test_a_wayland_session_starts_when_the_wayland_plugin_loads(plugins, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    wayland_ok = fake_ldd({"libqxcb.so": LDD_STOCK_DEBIAN, "libqwayland.so": LDD_ALL_FOUND})
    assert platform_problem(env, wayland_ok, plugins) is None
    both_broken = fake_ldd({"libqxcb.so": LDD_STOCK_DEBIAN, "libqwayland.so": LDD_STOCK_DEBIAN})
    assert "libxcb-cursor0" in platform_problem(env, both_broken, plugins)


def test_the_plugin_is_looked_up_where_qt_looks(tmp_path):
    env = {"QT_QPA_PLATFORM_PLUGIN_PATH": "/a/platforms", "QT_PLUGIN_PATH": os.pathsep.join(["/b", "", "/c"])}
    assert plugin_folders(env, tmp_path) == [
        Path("/a/platforms"),
        Path("/b/platforms"),
        Path("/c/platforms"),
        tmp_path / "platforms",
    ]


XCB = qt_plugins_folder() / "platforms" / "libqxcb.so"
HIDE = ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]  # what the stock Debian lacked


@pytest.fixture
def stock_desktop(tmp_path):
    """The command prefix that runs a command without libxcb-cursor0 and libxcb-icccm4."""
    if not sys.platform.startswith("linux") or not XCB.is_file():
        pytest.skip("the xcb plugin exists on Linux only")
    prefix = hidden_libraries.unshare_prefix()
    if prefix is None:
        pytest.skip("this machine allows no private mount namespace (unshare)")
    folder = hidden_libraries.library_folder(HIDE[0], ldd(XCB))
    return hidden_libraries.without(HIDE, folder, prefix, tmp_path)


def run_applet(prefix, env, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    command = [*prefix, sys.executable, "-m", "applet", *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_applet_on_a_desktop_without_the_xcb_libraries_says_what_to_install_and_exits_2(stock_desktop):
    env = {"QT_QPA_PLATFORM": "", "DISPLAY": ":0"}
    result = run_applet(stock_desktop, env)
    assert result.returncode == EXIT_CODE == 2
    assert "libxcb-cursor0" in result.stderr and "libxcb-icccm4" in result.stderr
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in result.stderr
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in result.stderr
    assert "qt.qpa" not in result.stderr and "Traceback" not in result.stderr
    assert "This application failed to start" not in result.stderr


def test_a_forced_platform_skips_the_check(stock_desktop, tmp_path):
    shot = tmp_path / "shot.png"
    result = run_applet(stock_desktop, {"QT_QPA_PLATFORM": "offscreen"}, "--screenshot", str(shot), "--steps", "0")
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 1000


def test_the_readme_quick_start_installs_every_xcb_helper():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    apt, dnf = install_commands(list(XCB_HELPERS))
    assert apt in readme and dnf in readme
    assert "libxcb-cursor0" in apt


def test_ci_installs_every_xcb_helper_before_building_the_bundle():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    install = ci[ci.index("apt-get install") : ci.index("python3 -m venv")]
    apt, _ = install_commands(list(XCB_HELPERS))
    assert all(package in install.split() for package in apt.split()[3:])
    assert ci.index("apt-get install") < ci.index("packaging/build.py") < ci.index("packaging/check_frozen.py")
