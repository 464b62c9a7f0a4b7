"""File → Export as Python script: the run so far as a NumPy or PyTorch script (``applet.export``).

The worker's run is captured between two updates, replayed in the engine to find its
start (``applet.export.plan``) and written with its comments in the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog

from applet.core.errors import DataError
from applet.export.plan import Cancelled, ExportRun, plan_saved_run
from applet.export.script import export_script, notes
from applet.training.messages import translated
from applet.training.setup import OPTIONS
from applet.training.snapshot import Snapshot
from applet.ui import language
from applet.ui.file_dialogs import add_action, ask_save_path
from applet.ui.labels import fill


class ScriptExport(QObject):
    """The File menu's "Export as Python script" submenu: NumPy… and PyTorch….

    It notes the hyper-parameters every run starts with: a learner may change them while
    the run trains, and a script replays the run from its start.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.warning: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.run_id: int | None = None
        self.start_options: dict | None = None
        window.controller.snapshot.connect(self.note_run)
        self.numpy_action = add_action(window, "exportNumpyScriptAction", None, lambda: self.export("numpy"))
        self.torch_action = add_action(window, "exportTorchScriptAction", None, lambda: self.export("torch"))
        self.menu = QMenu(window)
        self.menu.setObjectName("exportScriptMenu")
        self.menu.addActions([self.numpy_action, self.torch_action])
        window.file_menu.insertMenu(window.quit_action, self.menu)
        window.file_menu.insertSeparator(window.quit_action)

    @Slot(object)
    def note_run(self, snap: Snapshot) -> None:
        """At a new run's first snapshot, keep the settings it starts with."""
        setup = self.window.state.setup
        if snap.run_id != self.run_id and setup is not None:
            self.run_id = snap.run_id
            self.start_options = {name: getattr(setup, name) for name in OPTIONS}

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Export as Python &script"))
        self.numpy_action.setText(self.tr("&NumPy (the app's maths, written out)…"))
        self.torch_action.setText(self.tr("&PyTorch (torch.nn and torch.optim)…"))

    def export(self, flavour: str) -> bool:
        """Ask where, then write the run so far as a ``flavour`` script; False if nothing was written."""
        w, state = self.window, self.window.state
        name = f"{state.lesson.id if state.lesson else 'run'}_{flavour}.py"
        path = ask_save_path(w, self.tr("Export as Python script"), name, self.tr("Python script (*.py)"), (".py",))
        if path is None or self.progress is not None:  # (no second export while one replays)
            return False
        run = w.controller.capture()
        if run is None or state.setup is None or run.setup.problem is not state.setup.problem:
            w.show_message(self.tr("Training has not started yet; try again in a moment."))
            return False
        self.progress = QProgressDialog(self.tr("Replaying the run to check every update…"), self.tr("Cancel"), 0, 1, w)
        self.progress.setObjectName("scriptExportProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)  # a long run: the window keeps drawing and can cancel
        try:
            plan = plan_saved_run(
                state.lesson.id, run.setup, run.trainer, run.weights, run.biases, self.start_options, self.replayed
            )
            written = export_script(plan, flavour, path, language.current())
        except Cancelled:
            w.show_message(self.tr("Export cancelled: nothing was written."))
            return False
        except DataError as exc:
            w.show_message(translated(exc))
            return False
        finally:
            self.progress.close()
            self.progress = None
        self._report(plan, written.script.name, [p.name for p in written.extra])
        return True

    def replayed(self, done: int, total: int) -> bool:
        """How far the replay is; False when the learner pressed Cancel."""
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        QCoreApplication.processEvents()
        return not self.progress.wasCanceled()

    def _report(self, plan: ExportRun, script: str, beside: list[str]) -> None:
        message = fill(self.tr("Wrote %1: %2 updates; run it with: python %1"), script, plan.updates)
        if beside:
            message += " " + fill(self.tr("(its data beside it: %1)"), ", ".join(beside))
        self.window.show_message(message)
        if plan.partial:
            self.warning = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Export as Python script"),
                "\n\n".join(notes(plan, language.current())),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            self.warning.setObjectName("scriptExportWarning")
            self.warning.open()
