"""Check that the packaged app opens its window on a real X11 display (Linux).

    python packaging/check_frozen.py dist/applet/applet [--screenshot FILE]

Starts an X server (Xvfb), hides the X11 helper libraries of this machine from the app
(a private mount namespace, as on a stock desktop without them: the bundle must carry
its own), starts the app with Qt's default platform — xcb, the real X11 one, not
offscreen — waits for its first paint, then photographs the X server's screen from
outside the app and checks that the window is on it (not a blank screen). Exit 0 when
all holds; 1 with the reason otherwise. Needs Xvfb, PySide6 (to read the screen) and
``unshare`` (root, or user namespaces).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from applet.platform_check import XCB_HELPERS, find_plugin, ldd, qt_plugins_folder  # noqa: E402
from tests import hidden_libraries  # noqa: E402

SCREEN = (1366, 768)
FIRST_PAINT_TIMEOUT_S = 120
MIN_COLOURS = 64  # a blank or single-colour screen has a handful; the window has hundreds
MIN_COVERED = 0.5  # share of the screen that is not the X server's black background


def start_x_server() -> tuple[subprocess.Popen, str]:
    """Xvfb on a free display number (it tells which through a pipe)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-br", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


def hide_helpers_prefix() -> list[str]:
    """The command prefix that hides this machine's X11 helper libraries (nothing hidden
    when it has none of them)."""
    plugin = find_plugin("qxcb", [qt_plugins_folder() / "platforms"])
    output = ldd(plugin) if plugin is not None else ""
    try:
        folder = hidden_libraries.library_folder(XCB_HELPERS[0], output)
    except LookupError:
        return []
    prefix = hidden_libraries.unshare_prefix()
    if prefix is None:
        raise RuntimeError("cannot hide the system's X11 helper libraries: unshare is not allowed here")
    return hidden_libraries.without(list(XCB_HELPERS), folder, prefix, Path(tempfile.mkdtemp()))


def screen_picture(display: str):
    """The X server's whole screen, read through Qt's xcb platform in a child process."""
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]);"
        "app.primaryScreen().grabWindow(0).save(sys.argv[1])"
    )
    path = Path(tempfile.mkdtemp()) / "screen.png"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, timeout=60)
    return path


def blank_reason(path: Path) -> str | None:
    """Why the screenshot shows no window (None when it does)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    if image.isNull():
        return f"{path} is not an image"
    pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
    colours = len(np.unique(pixels))
    covered = float(np.mean((pixels & 0xFFFFFF) != 0))  # the X server's root is black (Xvfb -br)
    if colours < MIN_COLOURS:
        return f"the screen has only {colours} colours: no window was drawn"
    if covered < MIN_COVERED:
        return f"only {covered:.0%} of the screen differs from the background: the window is missing or tiny"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", help="the packaged app, e.g. dist/applet/applet")
    parser.add_argument("--screenshot", metavar="FILE", help="keep the screen's picture here (PNG)")
    args = parser.parse_args()
    server, display = start_x_server()
    try:
        env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "PYTHONPATH"}}
        env.update(DISPLAY=display, APPLET_PRINT_FIRST_PAINT="1", XDG_CONFIG_HOME=tempfile.mkdtemp())
        command = [*hide_helpers_prefix(), str(Path(args.app).resolve()), "--lesson", "views-linear"]
        app = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        painted = wait_for_first_paint(app)
        if not painted:
            app.kill()
            app.wait()
            print(f"check_frozen: the app did not paint its window (exit {app.returncode}):\n{app.stderr.read()}")
            return 1
        time.sleep(3)  # the first snapshots are drawn
        picture = screen_picture(display)
        app.terminate()
        app.wait(timeout=30)
        err = app.stderr.read()
        if args.screenshot:
            Path(args.screenshot).write_bytes(picture.read_bytes())
        reason = blank_reason(picture)
        if reason:
            print(f"check_frozen: {reason}")
            return 1
        if "qt.qpa" in err:
            print(f"check_frozen: Qt complained about its platform:\n{err}")
            return 1
        print(f"check_frozen: the packaged app drew its window on X11 display {display} (xcb)")
        return 0
    finally:
        server.terminate()
        server.wait(timeout=30)


def wait_for_first_paint(app: subprocess.Popen) -> bool:
    """True once the app prints its first paint (``APPLET_PRINT_FIRST_PAINT``); False if it exits or times out."""
    painted = threading.Event()

    def read() -> None:
        for line in app.stdout:
            if "first paint" in line:
                painted.set()

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + FIRST_PAINT_TIMEOUT_S
    while not painted.wait(0.1):
        if app.poll() is not None or time.monotonic() > deadline:
            return painted.is_set()
    return True


if __name__ == "__main__":
    sys.exit(main())
