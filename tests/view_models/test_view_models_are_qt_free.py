import subprocess
import sys


def test_importing_the_view_models_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, applet.ui.view_models as vm\n"
        "for m in pkgutil.walk_packages(vm.__path__, 'applet.ui.view_models.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
