"""Test set-up: Qt draws offscreen when there is no display, so no variable needs setting."""

import os
import sys
import tempfile

# as in applet/app.py: one BLAS thread for the lecture's small matrices (set before NumPy loads)
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

from applet.app import share_the_gil  # noqa: E402 — after the BLAS settings above

share_the_gil()  # as the app does: the window's thread gets the GIL back quickly while training runs

if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    from applet.platform_check import offscreen_platform

    os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform(1920, 1080))  # a desktop monitor

# CI explores the same generated inputs on every run, so a red run can be reproduced; a
# developer's run draws new ones each time (and keeps what failed in .hypothesis/).
if os.environ.get("CI"):
    from hypothesis import settings

    settings.register_profile("ci", derandomize=True)
    settings.load_profile("ci")

# unexpected errors are logged (applet.ui.crash): into a throwaway folder, not the user's data folder
os.environ.setdefault("APPLET_LOG_DIR", tempfile.mkdtemp(prefix="applet-test-logs-"))
