"""The File menu's sessions and data: save, open, recent files, import views, close prompt.

A session is the whole run (``applet.core.session``). Saving asks the worker for a copy
of its state between two updates. Opening checks the file completely and builds the
restored trainer before anything in the window changes — a bad file only shows a
message — then hands the trainer to the worker, so training continues exactly where
it was saved.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QProgressDialog

from applet.core.datasets.csvio import read_csv_file
from applet.core.datasets.series import describe_gaps
from applet.core.datasource import CSV, REAL, SYNTHETIC, DataSource
from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.problem import DROP, FILL, planar_problem
from applet.core.session import SUFFIX, Session, check_fits, load_session, save_session
from applet.core.trainer import Trainer
from applet.training.messages import translated
from applet.training.setup import TrainingSetup
from applet.training.snapshot import RunState
from applet.ui.cost_warning import ask_if_costly
from applet.ui.file_dialogs import add_action, ask_open_path, ask_save_path, show_refusal
from applet.ui.labels import fill
from applet.ui.lessons import LESSONS, Lesson

RECENT_KEY = "files/recent"
PROGRESS_AFTER = 0.25  # seconds of reading a CSV before a progress dialog shows
MAX_RECENT = 8


def restored_run(session: Session) -> tuple[Lesson, dict, TrainingSetup, Trainer]:
    """The lesson, its choices, the setup and a trainer in the saved state (DataError if they do not fit)."""
    lesson = LESSONS[session.lesson]
    choices = {choice.key: choice for choice in lesson.choices}
    if not set(session.choices) <= set(choices):
        none = QCoreApplication.translate("SessionFiles", "none")
        raise DataError(
            fill(
                QCoreApplication.translate(
                    "SessionFiles", "The saved lesson settings (%1) are not those of the lesson %2 (%3)."
                ),
                ", ".join(session.choices) or none,
                lesson.id,
                ", ".join(choices) or none,
            )
        )
    for key, value in session.choices.items():
        if value not in choices[key].values:
            raise DataError(
                fill(
                    QCoreApplication.translate("SessionFiles", "%1 is not a possible value of the lesson setting %2."),
                    repr(value),
                    repr(key),
                )
            )
    saved = {**lesson.defaults(), **session.choices}  # a setting added since the file was saved: its default
    if session.hyper.loss not in lesson.losses:
        raise DataError(
            fill(
                QCoreApplication.translate("SessionFiles", "The lesson %1 does not use the loss %2."),
                lesson.id,
                repr(session.hyper.loss),
            )
        )
    if session.points is not None:  # free play: the saved points, as the network saw them
        problem = planar_problem(session.points, session.features)
    else:
        problem = session.data.rebase(lesson.make_problem(saved))
    check_fits(session, problem)
    setup = TrainingSetup(
        problem,
        session.layers,
        seed=session.seed,
        initial_weights=session.weights,
        initial_biases=session.biases,
        **session.hyper.hyper_options(),
    )
    trainer = setup.build()
    trainer.load_state(session.trainer)
    return lesson, saved, setup, trainer


def _points_fingerprint(run: RunState) -> str:
    """Free play's points and features (the learner's clicks change them); empty for other lessons."""
    plane = run.setup.problem.plane
    if plane is None:
        return ""
    points = plane.points
    data = b"".join(a.tobytes() for a in (points.X, points.y, points.unseen)) + repr(plane.features).encode()
    return hashlib.sha256(data).hexdigest()


class SessionFiles(QObject):
    """Save / Save As / Open / Open Recent, Import views CSV, and the unsaved-changes prompt."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self.ask_on_close = False  # the app turns this on; windows run by tests and automation never ask
        self.error_box: QMessageBox | None = None
        self.gap_question: QMessageBox | None = None  # fill or leave out an import's missing days?
        self.gap_buttons: dict = {}
        self.gap_source: DataSource | None = None
        self.cost_dialog: QMessageBox | None = None  # asked before opening a session of a large network
        self._saved: tuple | None = None  # fingerprint of the run last saved or opened
        self.open_action = add_action(self.window, "openAction", QKeySequence.StandardKey.Open, self.open)
        self.save_action = add_action(self.window, "saveAction", QKeySequence.StandardKey.Save, self.save)
        self.save_as_action = add_action(self.window, "saveAsAction", QKeySequence.StandardKey.SaveAs, self.save_as)
        self.import_action = add_action(self.window, "importCsvAction", None, self.import_csv)
        self.builtin_action = add_action(self.window, "builtinDataAction", None, self.use_builtin_data)
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        menu, quit_action = window.file_menu, window.quit_action
        menu.insertAction(quit_action, self.open_action)
        menu.insertMenu(quit_action, self.recent_menu)
        menu.insertActions(quit_action, [self.save_action, self.save_as_action])
        menu.insertSeparator(quit_action)
        menu.insertActions(quit_action, [self.import_action, self.builtin_action])
        menu.insertSeparator(quit_action)
        self.data_label = QLabel(objectName="dataSourceLabel")
        self.data_label.setMinimumWidth(1)  # cut when the window is narrow, never widen it
        window.statusBar().addPermanentWidget(self.data_label)
        window.state.subscribe(lambda _changed: self.show_data(), "data_source")
        self._fill_recent()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("&Open session…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_action.setText(self.tr("&Save session"))
        self.save_as_action.setText(self.tr("Save session &as…"))
        self.import_action.setText(self.tr("&Import views CSV…"))
        self.import_action.setToolTip(
            self.tr(
                "Learn the views lessons from your own daily counts "
                "(a CSV of dates and counts, e.g. a YouTube Studio export)."
            )
        )
        self.builtin_action.setText(self.tr("Use the lesson's &built-in views"))
        self._fill_recent()
        self.show_data()

    def _filter(self) -> str:
        return fill(self.tr("Applet sessions (*%1)"), SUFFIX)

    # -- messages ------------------------------------------------------------------------------
    def _refuse(self, title: str, message: str) -> None:
        """Say why a file was refused (nothing has changed)."""
        self.window.show_message(message)
        self.error_box = show_refusal(self.window, title, message)

    def show_data(self) -> None:
        """Say which daily views the views lessons learn from, and in which unit."""
        source = self.window.state.data_source
        names = {SYNTHETIC: self.tr("built-in synthetic channel"), REAL: self.tr("built-in real Wikipedia views")}
        name = names.get(source.kind) or fill(self.tr("%1 (imported CSV)"), source.name)
        unit = self.tr("k (thousands of views)") if source.series.unit == "k" else source.series.unit
        self.data_label.setText(fill(self.tr("Data: %1"), name))
        self.data_label.setToolTip(
            fill(self.tr("Views data: %1 · %2 days · unit: %3"), name, str(len(source.series)), unit)
        )

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the current session file (asks for a name the first time)."""
        return self.save_to(self.path) if self.path is not None else self.save_as()

    def save_as(self) -> bool:
        lesson = self.window.state.lesson.id if self.window.state.lesson else "session"
        path = ask_save_path(self.window, self.tr("Save session"), lesson + SUFFIX, self._filter(), (SUFFIX,))
        return path is not None and self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        path = Path(path)
        run, state = self.window.controller.capture(), self.window.state
        if run is None or state.setup is None or run.setup.problem is not state.setup.problem:
            self._refuse(self.tr("Nothing to save"), self.tr("Training has not started yet; try again in a moment."))
            return False
        plane = run.setup.problem.plane
        session = Session(
            state.lesson.id,
            dict(state.choices),
            state.data_source,
            run.setup.problem.n_inputs,
            tuple(run.setup.layers),
            run.setup.seed,
            run.setup.hyper(),
            run.trainer,
            run.weights,
            run.biases,
            points=plane.points if plane is not None else None,
            features=plane.features if plane is not None else (),
        )
        try:
            save_session(path, session, check=restored_run)
        except DataError as exc:
            self._refuse(self.tr("Could not save"), translated(exc))
            return False
        self._keep(path, self._fingerprint(run))
        self.window.show_message(fill(self.tr("Saved %1 at update %2."), path.name, str(run.trainer.update)))
        return True

    # -- opening -------------------------------------------------------------------------------
    def open(self) -> bool:
        path = ask_open_path(self.window, self.tr("Open session"), self._filter())
        return path is not None and self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Open a session file; a bad one is refused with a message and changes nothing. A large
        network asks first (without blocking): then False, and the run opens on "Train it"."""
        path = Path(path)
        try:
            session = load_session(path, LESSONS)  # its errors name the file
            try:
                lesson, choices, setup, trainer = restored_run(session)
            except DataError as exc:
                raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 cannot be opened: %2"), path.name, exc) from exc
        except DataError as exc:
            self._refuse(self.tr("Could not open session"), translated(exc))
            return False
        except Exception as exc:  # noqa: BLE001 — a file edited into something unforeseen: refused all the same
            self._refuse(
                self.tr("Could not open session"),
                fill(
                    self.tr("%1 cannot be opened: its contents do not fit together (%2)."),
                    path.name,
                    f"{type(exc).__name__}: {exc}",
                ),
            )
            return False
        self.cost_dialog = ask_if_costly(
            self.window, setup, lambda: self._show_restored(path, session, (lesson, choices, setup, trainer))
        )
        return self.cost_dialog is None

    def _show_restored(self, path: Path, session: Session, run: tuple) -> None:
        """Switch the window to a checked session's run (the learner agreed to its cost, if asked)."""
        lesson, choices, setup, trainer = run
        w = self.window
        imported = {"imported": session.data} if session.data.kind == CSV else {}
        w.state.update(data_source=session.data, seed=session.seed, **imported)
        w.show_lesson(lesson, choices, setup, trainer)
        run = w.controller.capture()  # after the worker has taken the restored trainer
        self._keep(path, self._fingerprint(run))
        w.show_message(
            fill(self.tr("Opened %1: training continues from update %2."), path.name, str(session.trainer.update))
        )

    # -- recent files ---------------------------------------------------------------------------
    def recent(self) -> list[str]:
        return [str(p) for p in self.window.settings.value(RECENT_KEY, [], type=list)]

    def _keep(self, path: Path, fingerprint: tuple) -> None:
        """``path`` now holds the current run: it is the session file, and first among the recent ones."""
        self.path, self._saved = path, fingerprint
        path = str(path.resolve())
        self.window.settings.setValue(RECENT_KEY, [path] + [p for p in self.recent() if p != path][: MAX_RECENT - 1])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent()
        for i, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        self.recent_menu.setEnabled(bool(paths))
        if paths:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), self._clear_recent)

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.window.settings.setValue(RECENT_KEY, [p for p in self.recent() if p != path])
            self._fill_recent()
        self.open_path(path)

    def _clear_recent(self) -> None:
        self.window.settings.setValue(RECENT_KEY, [])
        self._fill_recent()

    # -- data -----------------------------------------------------------------------------------
    def import_csv(self) -> bool:
        path = ask_open_path(
            self.window, self.tr("Import daily views"), self.tr("CSV tables (*.csv *.tsv *.txt);;All files (*)")
        )
        return path is not None and self.import_path(path)

    def import_path(self, path: str | Path) -> bool:
        """Learn the views lessons from a CSV of daily counts; a bad file changes nothing.

        A file with missing days is not used until the learner has chosen, in a question
        that says how many days are missing, to fill them or to leave their examples out."""
        path = Path(path)
        try:
            source = self._read_csv(path)
            state = self.window.state
            source.rebase(state.lesson.make_problem(state.choices))  # usable by this lesson?
        except DataError as exc:
            self._refuse(fill(self.tr("Could not import %1"), path.name), translated(exc))
            return False
        if source.series.missing.size:
            self._ask_gaps(source)
        else:
            self._use_import(source)
        return True

    def _ask_gaps(self, source: DataSource) -> None:
        """Ask what to do with the missing days; the data are used once the learner has chosen."""
        series = source.series
        box = QMessageBox(
            QMessageBox.Icon.Question,
            fill(self.tr("Missing days in %1"), source.name),
            fill(
                self.tr(
                    "%1 days between %2 and %3 have no count (%4). Fill them by linear interpolation "
                    "(the filled days are marked × in the Fit panel), or leave out every example whose days touch "
                    "one? You can change this later in Lesson settings."
                ),
                str(series.missing.size),
                str(series.start),
                str(series.end),
                describe_gaps(series.gaps(), limit=3),
            ),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("missingDaysQuestion")
        self.gap_buttons = {
            box.addButton(self.tr("Fill them"), QMessageBox.ButtonRole.AcceptRole): FILL,
            box.addButton(self.tr("Leave them out"), QMessageBox.ButtonRole.AcceptRole): DROP,
        }
        self.gap_source = source
        box.buttonClicked.connect(self._gaps_answered)
        box.open()
        self.gap_question = box

    @Slot(object)
    def _gaps_answered(self, button) -> None:
        gaps = self.gap_buttons.get(button)
        if gaps is None:
            self.window.show_message(self.tr("Nothing imported: the views lessons learn from the same data."))
            return
        try:
            self._use_import(replace(self.gap_source, gaps=gaps))
        except DataError as exc:
            self._refuse(fill(self.tr("Could not import %1"), self.gap_source.name), translated(exc))

    def _use_import(self, source: DataSource) -> None:
        self.window.set_data_source(source)
        series = source.series
        self.window.show_message(
            fill(
                self.tr("Imported %1 days (%2 to %3); the views lessons now learn from them."),
                str(len(series)),
                str(series.start),
                str(series.end),
            )
        )

    def _read_csv(self, path: Path) -> DataSource:
        """Read and check a CSV on another thread: the window keeps drawing, and after a moment a
        progress dialog (window-modal: nothing else can be started meanwhile) says what it reads."""
        result: dict = {}

        def read() -> None:
            try:  # not read at all when far too large or not an ordinary file
                result["source"] = DataSource.from_csv_bytes(read_csv_file(path), path.stem)
            except Exception as exc:  # noqa: BLE001 — handed to the GUI thread, raised there
                result["error"] = exc

        reader = threading.Thread(target=read, name="csv-import", daemon=True)
        reader.start()
        reader.join(PROGRESS_AFTER)
        if reader.is_alive():
            progress = QProgressDialog(fill(self.tr("Reading %1…"), path.name), "", 0, 0, self.window)
            progress.setObjectName("importProgress")
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.show()
            while reader.is_alive():
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)
                reader.join(0.02)
            progress.close()
            progress.deleteLater()
        if "error" in result:
            raise result["error"]
        return result["source"]

    def use_builtin_data(self) -> None:
        """Back to the lesson's own built-in data set (the import stays offered in Lesson settings)."""
        self.window.choose_dataset(self.window.state.lesson.data or SYNTHETIC)

    # -- closing ---------------------------------------------------------------------------------
    def _fingerprint(self, run: RunState) -> tuple:
        """What makes two runs the same for the learner: lesson, data, network, settings, progress, parameters."""
        state = self.window.state
        parameters = hashlib.sha256(b"".join(a.tobytes() for a in run.weights + run.biases)).hexdigest()
        return (
            state.lesson.id,
            tuple(sorted(state.choices.items())),
            state.data_source,
            tuple(run.setup.layers),
            run.setup.seed,
            tuple(run.setup.hyper_options().values()),
            run.trainer.update,
            parameters,
            _points_fingerprint(run),
        )

    def has_unsaved_changes(self) -> bool:
        """True when closing would lose work: training since the last save or open (or any, if never saved)."""
        run = self.window.controller.capture()
        if run is None:
            return False
        if self._saved is None:
            return run.trainer.update > 0
        return self._fingerprint(run) != self._saved

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Ask whether to save before closing: Save, Discard or Cancel."""
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved training"),
            self.tr("Save this session before closing? Otherwise its training is lost."),
            buttons.Save | buttons.Discard | buttons.Cancel,
            self.window,
        )
        box.setDefaultButton(buttons.Save)
        return buttons(box.exec())

    def close_allowed(self) -> bool:
        """May the window close? Asks about unsaved changes when ``ask_on_close`` is on."""
        if not self.ask_on_close or not self.has_unsaved_changes():
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
