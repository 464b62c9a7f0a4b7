"""The main window: lesson list, controls, panels in docks, status bar.

Data flows one way: controls → worker commands → core → Snapshot → panels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QToolBar,
)

from applet.core.datasets.planar import Points
from applet.core.datasource import CSV, DataSource
from applet.core.errors import DataError
from applet.core.network import Network
from applet.core.problem import Problem, ProblemKind, planar_problem
from applet.core.trainer import Trainer
from applet.training.controller import TrainingController
from applet.training.messages import translated
from applet.training.playground import on_new_data
from applet.training.setup import OPTIONS, TrainingSetup
from applet.training.snapshot import Snapshot
from applet.training.three_steps import STEP_OF_OPTION, changed_step
from applet.training.trace_example import SampleRequest, TraceExample
from applet.ui.app_state import AppState
from applet.ui.cost_warning import ask_if_costly
from applet.ui.crash import ErrorDialog, report_error
from applet.ui.exports import Exports
from applet.ui.labels import fill
from applet.ui.lessons import LESSONS, Lesson
from applet.ui.panels.base import Panel
from applet.ui.panels.lesson_text import LessonTextPanel
from applet.ui.panels.registry import PANEL_TYPES
from applet.ui.point_trace import PointTraceDialog
from applet.ui.screen_fit import first_size, fit_window, scrolling, tab_short_docks
from applet.ui.script_export import ScriptExport
from applet.ui.sessions import SessionFiles
from applet.ui.status import StatusBar
from applet.ui.style import settle_plots
from applet.ui.view_models.neuron_maps import NeuronMap
from applet.ui.widgets.controls import Controls
from applet.ui.widgets.three_steps import ThreeSteps
from applet.ui.workshop import Workshop

DEFAULT_LESSON = "views-linear"
ARROW_KEY_WIDGETS = (QAbstractSlider, QAbstractSpinBox, QComboBox)
MESSAGE_MS = 10_000
TAB_PARTNERS = {"dock_lessons": "dock_lesson"}  # on a short screen the lesson list is a tab behind the lesson text


def _state_field(name: str) -> property:
    """A window attribute read from the application state (``window.state``, where it is set)."""
    return property(lambda self: getattr(self.state, name), doc=f"The application state's {name} (read-only).")


class MainWindow(QMainWindow):
    def __init__(self, lesson_id: str = DEFAULT_LESSON, seed: int = 42, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else QSettings()
        self.state = AppState(seed)  # lesson, choices, data source, seed, setup
        self.panels: dict[str, Panel] = {}
        self.docks: dict[str, QDockWidget] = {}
        self.last_snapshot: Snapshot | None = None
        self.point_trace: PointTraceDialog | None = None  # the trace of an example a panel asked for
        self.error_dialog: ErrorDialog | None = None
        self.cost_dialog: QMessageBox | None = None  # the question before a costly network starts
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )

        self.controller = TrainingController(self)
        self.controller.snapshot.connect(self.on_snapshot)
        self.controller.failed.connect(self.on_failed)
        self.controller.refused.connect(self.show_message)

        self.lesson_list = QListWidget(objectName="lessonList")
        for lesson in LESSONS.values():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            self.lesson_list.addItem(item)
        self.lesson_list.currentItemChanged.connect(self._lesson_clicked)
        self.controls = Controls()
        self.controls.run_clicked.connect(self.toggle_run)
        self.controls.step_clicked.connect(self.controller.step)
        self.controls.step_epoch_clicked.connect(self.controller.step_epoch)
        self.controls.reset_clicked.connect(self.reset)
        self.controls.option_changed.connect(self.set_option)
        self.controls.choice_changed.connect(self._choice_changed)
        self.controls.rejected.connect(self.show_message)
        self.controls.seed_input.valueChanged.connect(self._seed_chosen)
        self.controls.data_settings.dataset_requested.connect(self.choose_dataset)
        self.controls.data_settings.source_requested.connect(self.request_data_source)
        self.lesson_dock = self._dock("dock_lessons", self.lesson_list, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.controls_dock = self._dock("dock_controls", scrolling(self.controls), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.lesson_text = LessonTextPanel()  # the lesson's explanation and tasks, beside every lesson's plots
        self.lesson_text_dock = self._dock("dock_lesson", self.lesson_text, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.resizeDocks(
            [self.lesson_dock, self.controls_dock, self.lesson_text_dock], [150, 400, 250], Qt.Orientation.Vertical
        )
        self.three_steps = ThreeSteps()  # ① model → ② loss → ③ optimisation, above every lesson
        self.three_steps_bar = QToolBar(objectName="threeStepsBar", movable=False, floatable=False)
        self.three_steps_bar.addWidget(self.three_steps)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.three_steps_bar)
        self.status = StatusBar()
        self.status.restore_finite_requested.connect(self.controller.restore_last_finite)
        self.setStatusBar(self.status)
        self._make_actions()
        self.files = SessionFiles(self)
        self.exports = Exports(self)
        self.script_export = ScriptExport(self)
        self.workshop = Workshop(self)  # language, themes, presentation mode, full screen, Help
        self.retranslate()
        self.resize(first_size(self.available_geometry().size()))
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_window(self, self.available_geometry())  # saved on a larger screen: never larger than this one
        self.select_lesson(lesson_id if lesson_id in LESSONS else DEFAULT_LESSON)

    # -- the application state, read through the window's attributes ------------------------
    lesson = _state_field("lesson")
    choices = _state_field("choices")
    setup = _state_field("setup")
    seed = _state_field("seed")
    data_source = _state_field("data_source")
    imported = _state_field("imported")

    @Slot(int)
    def _seed_chosen(self, seed: int) -> None:
        self.state.seed = seed

    # -- building ------------------------------------------------------------------------
    def _dock(self, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(self, objectName=name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _make_actions(self) -> None:
        def action(name: str, shortcut, slot) -> QAction:
            act = QAction(self, objectName=name)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.run_action = action("runAction", Qt.Key.Key_Space, self.toggle_run)
        self.step_action = action("stepAction", Qt.Key.Key_Right, self.controller.step)
        self.step_back_action = action("stepBackAction", Qt.Key.Key_Left, self.controller.step_back)
        self.reset_action = action("resetAction", Qt.Key.Key_R, lambda: self.reset(self.controls.seed_input.value()))
        self.quit_action = action("quitAction", QKeySequence.StandardKey.Quit, self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.quit_action)
        self.training_menu = self.menuBar().addMenu("")
        for act in (self.run_action, self.step_action, self.step_back_action, self.reset_action):
            self.training_menu.addAction(act)
        self.view_menu = self.menuBar().addMenu("")
        QApplication.instance().focusChanged.connect(self._focus_changed)

    @Slot(object, object)
    def _focus_changed(self, _old, new) -> None:
        """← and → belong to a focused slider, number box or drop-down, not to stepping."""
        editing = isinstance(new, ARROW_KEY_WIDGETS)
        self.step_action.setShortcut(QKeySequence() if editing else QKeySequence(Qt.Key.Key_Right))
        self.step_back_action.setShortcut(QKeySequence() if editing else QKeySequence(Qt.Key.Key_Left))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deep Learning Applet"))
        for i in range(self.lesson_list.count()):
            item = self.lesson_list.item(i)
            lesson = LESSONS[item.data(Qt.ItemDataRole.UserRole)]
            item.setText(QCoreApplication.translate("Lessons", lesson.title))
        self.lesson_dock.setWindowTitle(self.tr("Lessons"))
        self.three_steps_bar.setWindowTitle(self.tr("Three steps"))
        self.three_steps.retranslate()
        self.controls_dock.setWindowTitle(self.tr("Training"))
        self.run_action.setText(self.tr("Run / pause"))
        self.step_action.setText(self.tr("Step one update"))
        self.step_back_action.setText(self.tr("Step back one update"))
        self.reset_action.setText(self.tr("Reset"))
        self.quit_action.setText(self.tr("Quit"))
        self.file_menu.setTitle(self.tr("&File"))
        self.training_menu.setTitle(self.tr("&Training"))
        self.view_menu.setTitle(self.tr("&View"))
        self.controls.retranslate()
        self.status.retranslate()
        self.files.retranslate()
        self.exports.retranslate()
        self.script_export.retranslate()
        self.workshop.retranslate()
        self.lesson_text.retranslate()
        self.lesson_text_dock.setWindowTitle(self.lesson_text.title())
        for panel_id, panel in self.panels.items():
            panel.retranslate()
            self.docks[panel_id].setWindowTitle(panel.title())

    # -- lessons ---------------------------------------------------------------------------
    def _lesson_clicked(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            lesson_id = current.data(Qt.ItemDataRole.UserRole)
            if self.lesson is None or lesson_id != self.lesson.id:
                self.select_lesson(lesson_id)

    def select_lesson(self, lesson_id: str) -> None:
        """Switch lesson: its data, network, settings and panels; training restarts paused."""
        lesson = LESSONS[lesson_id]
        choices = lesson.defaults()
        source = self.data_source
        if source.kind != CSV and lesson.data is not None:  # each views lesson opens on its own data set
            source = DataSource(dataset=lesson.data, gaps=source.gaps)
        try:
            problem = source.rebase(lesson.make_problem(choices))
            setup = lesson.make_setup(problem, choices, self.seed)
        except DataError as exc:
            self.show_message(translated(exc))
            return
        self.state.data_source = source
        self.show_lesson(lesson, choices, setup)

    def show_lesson(self, lesson: Lesson, choices: dict, setup: TrainingSetup, trainer: Trainer | None = None) -> None:
        """Show ``lesson`` with these choices and train ``setup`` — or continue ``trainer``, restored from a session."""
        lesson_id = lesson.id
        self._save_layout()
        self.state.update(lesson=lesson, choices=choices, setup=setup)
        for row in range(self.lesson_list.count()):
            if self.lesson_list.item(row).data(Qt.ItemDataRole.UserRole) == lesson_id:
                self.lesson_list.blockSignals(True)
                self.lesson_list.setCurrentRow(row)
                self.lesson_list.blockSignals(False)
        self._build_panels(lesson)
        self.lesson_text.show_lesson(lesson_id)
        self._start(setup, trainer)
        self._show_setup()
        self.controls.show_speed(lesson.speed)
        self.controller.set_option("speed", lesson.speed)
        self.files.data_label.setVisible(setup.problem.kind is ProblemKind.VIEWS)

    def _show_setup(self) -> None:
        """The controls show the settings in use, and for a views lesson its data."""
        self.controls.show_setup(self.lesson, self.setup, self.choices)
        self._show_data_settings()

    def _show_data_settings(self) -> None:
        if self.setup.problem.kind is ProblemKind.VIEWS:
            self.controls.data_settings.show_source(self.data_source, self.setup.problem, self.imported)

    def make_problem(self, lesson: Lesson, choices: dict) -> Problem:
        """The lesson's problem, on the window's data source (imported views replace the built-in ones)."""
        return self.data_source.rebase(lesson.make_problem(choices))

    def set_data_source(self, source: DataSource) -> None:
        """Learn the views lessons from ``source``; a views lesson restarts on it.

        Raises DataError, changing nothing, when the current lesson cannot use that series.
        """
        problem = source.rebase(self.lesson.make_problem(self.choices))
        self.state.update(data_source=source, **({"imported": source} if source.kind == CSV else {}))
        if problem.kind is ProblemKind.VIEWS:
            self._restart_with(problem)
            self._show_setup()

    def use_points(self, points: Points) -> None:
        """Free play learns from ``points`` (the features and hidden layers as they are); a new
        network starts from the seed. Other lessons have no points in the plane: nothing changes."""
        plane = self.setup.problem.plane if self.setup is not None else None
        if plane is not None:
            self.apply_setup(on_new_data(self.setup, planar_problem(points, plane.features)))

    @Slot(str)
    def choose_dataset(self, kind: str) -> None:
        """Lesson settings → Data: a built-in set, or the imported CSV (the learner's gap choice kept)."""
        if kind == CSV and self.imported is not None:
            source = self.imported
        else:
            source = DataSource(dataset=kind, gaps=self.data_source.gaps)
        self.request_data_source(source)

    @Slot(object)
    def request_data_source(self, source: DataSource) -> None:
        """Learn from ``source``; if the lesson cannot (no unseen day left, say), tell why and keep the data."""
        try:
            self.set_data_source(source)
        except DataError as exc:
            self.show_message(translated(exc))
            self._show_setup()

    def _build_panels(self, lesson: Lesson) -> None:
        for panel_id, dock in self.docks.items():
            self.panels[panel_id].shutdown()
            self.removeDockWidget(dock)
            dock.setObjectName("")  # deleted later: restoreState must not bring it back by name
            dock.deleteLater()
        self.panels, self.docks = {}, {}
        for panel_id in lesson.panels:
            panel = PANEL_TYPES[panel_id]()
            panel.restart_requested.connect(self.controller.restart_from)
            panel.parameters_edited.connect(self.controller.set_parameters)
            panel.layers_requested.connect(self.apply_layers)
            panel.step_back_requested.connect(self.controller.step_back)
            panel.restore_best_requested.connect(self.controller.restore_best)
            panel.setup_requested.connect(self.apply_setup)
            panel.refused.connect(self.show_message)
            panel.neuron_map_hovered.connect(self.show_neuron_map)
            panel.trace_requested.connect(self.open_point_trace)
            panel.set_app_state(self.state)
            self.exports.add_plot_menus(panel)
            dock = self._dock(f"dock_{panel_id}", scrolling(panel), Qt.DockWidgetArea.RightDockWidgetArea)
            dock.setWindowTitle(panel.title())
            dock.visibilityChanged.connect(lambda visible, panel=panel: visible and panel.came_into_view())
            self.panels[panel_id] = panel
            self.docks[panel_id] = dock
        self._arrange(list(self.docks.values()))
        state = self.settings.value(f"layout/{lesson.id}")
        if state is not None:
            self.restoreState(state)
        self.fit_docks()

    def available_geometry(self):
        """The part of the window's screen that windows may use (without task bars and docks)."""
        return (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()

    def fit_docks(self) -> list[str]:
        """Docks too short to use on this screen become tabs (see ``applet.ui.screen_fit``)."""
        if not self.isVisible() or self.lesson is None:
            return []
        front = ["dock_controls", "dock_lesson", *(f"dock_{panel_id}" for panel_id in self.lesson.panels)]
        return tab_short_docks(self, TAB_PARTNERS, front)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_docks()

    def changeEvent(self, event) -> None:
        """Larger fonts (presentation mode) need taller docks: refit once every widget has them."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self.fit_docks)  # not after the window is gone

    def _arrange(self, docks: list[QDockWidget]) -> None:
        """Dock the panels as the lesson's ``layout`` says (``applet.ui.lessons.PanelLayout``)."""
        tab_with = {f"dock_{panel}": f"dock_{host}" for panel, host in self.lesson.layout.tab_with}
        tabbed = [dock for dock in docks if dock.objectName() in tab_with]
        docks = [dock for dock in docks if dock not in tabbed]
        first_left = len(docks) > 1 and self.lesson.layout.first_left
        if first_left:
            self.splitDockWidget(docks[0], docks[1], Qt.Orientation.Horizontal)
        for above, dock in zip(docks[1:], docks[2:]):
            self.splitDockWidget(above, dock, Qt.Orientation.Vertical)
        if len(docks) > 1 and not first_left:
            self.splitDockWidget(docks[0], docks[1], Qt.Orientation.Horizontal)
        share = self.lesson.layout.first_share
        if share is not None and len(docks) > 1:
            self.resizeDocks(docks[:2], [round(1000 * share), round(1000 * (1 - share))], Qt.Orientation.Horizontal)
        for dock in tabbed:
            host = next(d for d in docks if d.objectName() == tab_with[dock.objectName()])
            self.tabifyDockWidget(host, dock)
            host.raise_()

    def _start(self, setup: TrainingSetup, trainer: Trainer | None = None) -> None:
        previous = self.setup
        self.state.setup = setup
        self.three_steps.show_setup(setup, changed_step(previous, setup), self.lesson)
        for panel in self.panels.values():
            panel.set_problem(setup.problem)
            panel.setup_changed(setup)
        if trainer is None:
            self.controller.configure(setup)
        else:
            self.controller.restore(setup, trainer)

    @Slot(object)
    def apply_layers(self, layers) -> None:
        """A new network shape: rebuilt from the seed, training restarts (invalid shapes change nothing)."""
        try:
            Network(self.setup.problem.n_inputs, list(layers))
        except DataError as exc:
            self.show_message(translated(exc))
            return
        seed = self.controls.seed_input.value()
        setup = self.setup.with_options(layers=tuple(layers), seed=seed, initial_weights=None, initial_biases=None)

        def build() -> None:
            self._start(setup)
            self.show_message(fill(self.tr("New network built from seed %1; training starts again."), str(seed)))

        self.cost_dialog = ask_if_costly(self, setup, build, self._kept)

    @Slot(object)
    def apply_setup(self, setup: TrainingSetup) -> None:
        """A panel's own experiment (e.g. the trace's sample and network): training restarts with it."""
        try:
            setup.build()
        except DataError as exc:
            self.show_message(translated(exc))
            return

        def start() -> None:
            self._start(setup)
            self._show_setup()

        self.cost_dialog = ask_if_costly(self, setup, start, self._kept)

    @Slot(str, object)
    def set_option(self, name: str, value) -> None:
        """A setting from the controls: the worker uses it from its next update, and a rebuilt network
        keeps it. A batch size that makes updates slow is asked about first."""

        def apply() -> None:
            if name in OPTIONS:
                self.state.setup = self.setup.with_options(**{name: value})
                self.three_steps.show_setup(self.setup, STEP_OF_OPTION.get(name), self.lesson)
            self.controller.set_option(name, value)

        if name == "batch_size" and self.setup is not None:
            self.cost_dialog = ask_if_costly(self, self.setup.with_options(batch_size=value), apply, self._kept)
        else:
            apply()

    def _kept(self) -> None:
        """The learner cancelled a costly change: the controls show the settings in use again."""
        self._show_setup()
        self.show_message(self.tr("Nothing changed: the network trains as before."))

    def _choice_changed(self, key: str, value) -> None:
        choices = {**self.choices, key: value}
        try:
            problem = self.make_problem(self.lesson, choices)
        except DataError as exc:
            self.show_message(translated(exc))
            self._show_setup()
            return
        self.state.choices = choices
        self._restart_with(problem)
        self._show_data_settings()

    def _restart_with(self, problem: Problem) -> None:
        """Train the lesson on a new problem, keeping the learner's learning rate and loss."""
        snap = self.last_snapshot
        setup = self.lesson.make_setup(problem, self.choices, self.controls.seed_input.value())
        if snap is not None:  # keep the learner's hyper-parameters
            setup = setup.with_options(lr=snap.lr, loss=snap.loss_name, weight_decay=snap.weight_decay, l1=snap.l1)
        self._start(setup)
        self.controls.show_batch_size(setup)

    # -- training commands -------------------------------------------------------------------
    @Slot()
    def toggle_run(self) -> None:
        if self.last_snapshot is not None and self.last_snapshot.running:
            self.controller.pause()
        else:
            self.controller.run()

    @Slot(int)
    def reset(self, seed: int) -> None:
        self.state.seed = seed
        self.controller.reset(seed)

    @Slot(object)
    def on_snapshot(self, snapshot: Snapshot) -> None:
        try:
            if self.setup is not None and snapshot.problem is self.setup.problem:
                self.last_snapshot = snapshot
                for panel in self.panels.values():
                    panel.deliver(snapshot)
                    settle_plots(panel)
                self.controls.show_snapshot(snapshot)
                self.status.show_snapshot(snapshot)
        finally:
            self.controller.acknowledge()

    @Slot(object)
    def show_neuron_map(self, neuron_map: NeuronMap | None) -> None:
        """A neuron hovered in one panel's diagram, shown large by the panels that draw the plane."""
        for panel in self.panels.values():
            panel.show_neuron_map(neuron_map)

    @Slot(object)
    def open_point_trace(self, request: SampleRequest) -> None:
        """A panel asks for the backprop trace of one example with the weights training has reached."""
        snap = self.last_snapshot
        if snap is None or snap.weights is None or self.setup is None:
            self.show_message(self.tr("Pause training to trace one example: the network is too large to follow live."))
            return
        try:
            example = TraceExample.for_sample(
                tuple(self.setup.layers), snap.weights, snap.biases, request, self.setup.loss, snap.lr
            )
        except DataError as exc:
            self.show_message(translated(exc))
            return
        if self.point_trace is not None:
            self.point_trace.close()
        self.point_trace = PointTraceDialog(example, request, snap.update, self)
        self.point_trace.show()

    @Slot(str, str)
    def on_failed(self, message: str, details: str) -> None:
        """An error inside training: logged and shown like any unexpected error (``applet.ui.crash``)."""
        self.error_dialog = report_error(
            self.tr("Training stopped"),
            fill(self.tr("Training stopped because of an error:\n%1"), message),
            details,
            self,
        )
        self.show_message(message)

    @Slot(str)
    def show_message(self, message: str) -> None:
        self.status.showMessage(message, MESSAGE_MS)

    # -- closing ---------------------------------------------------------------------------
    def _save_layout(self) -> None:
        if self.lesson is not None:
            self.settings.setValue(f"layout/{self.lesson.id}", self.saveState())

    def closeEvent(self, event) -> None:
        if not self.files.close_allowed():  # unsaved changes, and the learner chose Cancel
            event.ignore()
            return
        self._save_layout()
        self.settings.setValue("window/geometry", self.saveGeometry())
        for panel in self.panels.values():
            panel.shutdown()
        if not self.controller.shutdown():  # inside one very long update: let it end out of sight
            self.hide()
            self.controller.thread.wait()
        super().closeEvent(event)
