"""Test set-up: Qt draws offscreen when there is no display, so no variable needs setting."""

import os
import sys

if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
