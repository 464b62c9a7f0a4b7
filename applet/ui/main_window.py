"""The main window: lesson list, controls, panels in docks, status bar.

Data flows one way: controls → worker commands → core → Snapshot → panels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QMainWindow, QMessageBox

from applet.core.errors import DataError
from applet.core.network import Network
from applet.training.controller import TrainingController
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.lessons import LESSONS, Lesson
from applet.ui.panels.base import Panel
from applet.ui.panels.registry import PANEL_TYPES
from applet.ui.status import StatusBar
from applet.ui.widgets.controls import Controls

DEFAULT_LESSON = "views-linear"
MESSAGE_MS = 10_000


class MainWindow(QMainWindow):
    def __init__(self, lesson_id: str = DEFAULT_LESSON, seed: int = 42,
                 settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else QSettings()
        self.seed = seed
        self.lesson: Lesson | None = None
        self.choices: dict = {}
        self.setup: TrainingSetup | None = None
        self.panels: dict[str, Panel] = {}
        self.docks: dict[str, QDockWidget] = {}
        self.last_snapshot: Snapshot | None = None
        self.error_dialog: QMessageBox | None = None
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)

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
        self.controls.option_changed.connect(self.controller.set_option)
        self.controls.choice_changed.connect(self._choice_changed)
        self.controls.rejected.connect(self.show_message)
        self.lesson_dock = self._dock("dock_lessons", self.lesson_list, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.controls_dock = self._dock("dock_controls", self.controls, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.resizeDocks([self.lesson_dock, self.controls_dock], [170, 600], Qt.Orientation.Vertical)
        self.status = StatusBar()
        self.setStatusBar(self.status)
        self._make_actions()
        self.retranslate()
        self.resize(1280, 800)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.select_lesson(lesson_id if lesson_id in LESSONS else DEFAULT_LESSON)

    # -- building ------------------------------------------------------------------------
    def _dock(self, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(self, objectName=name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
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
        self.reset_action = action("resetAction", Qt.Key.Key_R, lambda: self.reset(self.controls.seed_input.value()))
        self.quit_action = action("quitAction", QKeySequence.StandardKey.Quit, self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.quit_action)
        self.training_menu = self.menuBar().addMenu("")
        for act in (self.run_action, self.step_action, self.reset_action):
            self.training_menu.addAction(act)
        self.view_menu = self.menuBar().addMenu("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deep Learning Applet"))
        for i in range(self.lesson_list.count()):
            item = self.lesson_list.item(i)
            lesson = LESSONS[item.data(Qt.ItemDataRole.UserRole)]
            item.setText(QCoreApplication.translate("Lessons", lesson.title))
        self.lesson_dock.setWindowTitle(self.tr("Lessons"))
        self.controls_dock.setWindowTitle(self.tr("Training"))
        self.run_action.setText(self.tr("Run / pause"))
        self.step_action.setText(self.tr("Step one update"))
        self.reset_action.setText(self.tr("Reset"))
        self.quit_action.setText(self.tr("Quit"))
        self.file_menu.setTitle(self.tr("&File"))
        self.training_menu.setTitle(self.tr("&Training"))
        self.view_menu.setTitle(self.tr("&View"))
        self.controls.retranslate()
        self.status.retranslate()
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
        try:
            problem = lesson.make_problem(choices)
            setup = lesson.make_setup(problem, choices, self.seed)
        except DataError as exc:
            self.show_message(str(exc))
            return
        self._save_layout()
        self.lesson, self.choices, self.setup = lesson, choices, setup
        for row in range(self.lesson_list.count()):
            if self.lesson_list.item(row).data(Qt.ItemDataRole.UserRole) == lesson_id:
                self.lesson_list.blockSignals(True)
                self.lesson_list.setCurrentRow(row)
                self.lesson_list.blockSignals(False)
        self._build_panels(lesson)
        self.controls.show_setup(lesson, setup, choices)
        self._start(setup)

    def _build_panels(self, lesson: Lesson) -> None:
        for panel_id, dock in self.docks.items():
            self.panels[panel_id].shutdown()
            self.removeDockWidget(dock)
            dock.deleteLater()
        self.panels, self.docks = {}, {}
        for panel_id in lesson.panels:
            panel = PANEL_TYPES[panel_id]()
            panel.restart_requested.connect(self.controller.restart_from)
            panel.parameters_edited.connect(self.controller.set_parameters)
            panel.layers_requested.connect(self.apply_layers)
            dock = self._dock(f"dock_{panel_id}", panel, Qt.DockWidgetArea.RightDockWidgetArea)
            dock.setWindowTitle(panel.title())
            self.panels[panel_id] = panel
            self.docks[panel_id] = dock
            if panel_id == "compare" and lesson.compare is not None:
                panel.rows_factory = lambda: lesson.compare(self.choices, self.controls.seed_input.value())
        self._arrange(list(self.docks.values()))
        state = self.settings.value(f"layout/{lesson.id}")
        if state is not None:
            self.restoreState(state)

    def _arrange(self, docks: list[QDockWidget]) -> None:
        """Default layout: the first panel large on the left, the others stacked on its right."""
        for above, dock in zip(docks[1:], docks[2:]):
            self.splitDockWidget(above, dock, Qt.Orientation.Vertical)
        if len(docks) > 1:
            self.splitDockWidget(docks[0], docks[1], Qt.Orientation.Horizontal)

    def _start(self, setup: TrainingSetup) -> None:
        self.setup = setup
        for panel in self.panels.values():
            panel.set_problem(setup.problem)
            panel.setup_changed(setup)
        self.controller.configure(setup)

    @Slot(object)
    def apply_layers(self, layers) -> None:
        """A new network shape: rebuilt from the seed, training restarts (invalid shapes change nothing)."""
        try:
            Network(self.setup.problem.n_inputs, list(layers))
        except DataError as exc:
            self.show_message(str(exc))
            return
        seed = self.controls.seed_input.value()
        self._start(self.setup.with_options(layers=tuple(layers), seed=seed,
                                            initial_weights=None, initial_biases=None))
        self.show_message(self.tr("New network built from seed %1; training starts again.").replace("%1", str(seed)))

    def _choice_changed(self, key: str, value) -> None:
        choices = {**self.choices, key: value}
        try:
            problem = self.lesson.make_problem(choices)
        except DataError as exc:
            self.show_message(str(exc))
            self.controls.show_setup(self.lesson, self.setup, self.choices)
            return
        self.choices = choices
        snap = self.last_snapshot
        setup = self.lesson.make_setup(problem, choices, self.controls.seed_input.value())
        if snap is not None:  # keep the learner's hyper-parameters
            setup = setup.with_options(lr=snap.lr, loss=snap.loss_name)
        self._start(setup)

    # -- training commands -------------------------------------------------------------------
    @Slot()
    def toggle_run(self) -> None:
        if self.last_snapshot is not None and self.last_snapshot.running:
            self.controller.pause()
        else:
            self.controller.run()

    @Slot(int)
    def reset(self, seed: int) -> None:
        self.seed = seed
        self.controller.reset(seed)

    @Slot(object)
    def on_snapshot(self, snapshot: Snapshot) -> None:
        try:
            if self.setup is not None and snapshot.problem is self.setup.problem:
                self.last_snapshot = snapshot
                for panel in self.panels.values():
                    panel.show_snapshot(snapshot)
                self.controls.show_snapshot(snapshot)
                self.status.show_snapshot(snapshot)
        finally:
            self.controller.acknowledge()

    @Slot(str, str)
    def on_failed(self, message: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Training stopped"),
                          self.tr("Training stopped because of an error:\n%1").replace("%1", message),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorDialog")
        box.setDetailedText(details)
        box.open()
        self.error_dialog = box
        self.show_message(message)

    @Slot(str)
    def show_message(self, message: str) -> None:
        self.status.showMessage(message, MESSAGE_MS)

    # -- closing ---------------------------------------------------------------------------
    def _save_layout(self) -> None:
        if self.lesson is not None:
            self.settings.setValue(f"layout/{self.lesson.id}", self.saveState())

    def closeEvent(self, event) -> None:
        self._save_layout()
        self.settings.setValue("window/geometry", self.saveGeometry())
        for panel in self.panels.values():
            panel.shutdown()
        self.controller.shutdown()
        super().closeEvent(event)
