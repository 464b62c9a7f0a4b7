"""Panel: the base of every view of the training state."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from applet.core.problem import Problem
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.app_state import AppState
from applet.ui.style import restyle
from applet.ui.view_models.neuron_maps import NeuronMap


class Panel(QWidget):
    """One view of training. Subclasses set ``panel_id`` and draw in ``show_snapshot``.

    Panels never touch the network while it trains: they get the Problem when a lesson
    (or its data) changes and draw each Snapshot they are given. Edits a panel makes
    (a click on the error surface, a neuron slider) leave as signals the window
    forwards to the worker.
    """

    panel_id = ""
    # True: drawing needs the latest snapshot alone, none of those before it, so a panel out
    # of sight (a tab behind another) draws only when it comes into view (``deliver``)
    draws_latest_only = False
    restart_requested = Signal(object, object)  # weights, biases: start a new run there
    parameters_edited = Signal(object, object)  # weights, biases: change them in place
    layers_requested = Signal(object)  # tuple of LayerSpec (output layer last): rebuild and restart
    step_back_requested = Signal()  # undo the last update (the path shrinks)
    restore_best_requested = Signal()  # early stopping: put back the parameters of the lowest L′
    setup_requested = Signal(object)  # TrainingSetup: a new experiment (own data, network, settings) to train
    refused = Signal(str)  # an edit the panel could not make, and why: shown in the status bar
    neuron_map_hovered = Signal(object)  # NeuronMap of the neuron under the mouse, None when it leaves
    trace_requested = Signal(object)  # SampleRequest: open the backprop trace of that example, current weights

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem: Problem | None = None
        self.snapshot: Snapshot | None = None
        self.app_state: AppState | None = None
        self._pending: Snapshot | None = None  # the snapshot to draw when the panel comes into view

    def set_app_state(self, state: AppState) -> None:
        """The learner's lesson, choices, data source and seed (read, never written, by panels)."""
        self.app_state = state

    def title(self) -> str:
        """The dock title (translated)."""
        raise NotImplementedError

    def set_problem(self, problem: Problem) -> None:
        """A new lesson or data set: forget what was drawn."""
        self.problem = problem
        self.snapshot = None
        self._pending = None

    def setup_changed(self, setup: TrainingSetup) -> None:
        """The network or hyper-parameters the window starts training with (after set_problem)."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw the training state."""
        self.snapshot = snapshot

    def deliver(self, snapshot: Snapshot) -> None:
        """The window's way in: ``show_snapshot`` now, or, if the panel draws the latest snapshot
        alone and is out of sight, when it comes into view (a hidden plot costs nothing)."""
        if self.draws_latest_only and self.out_of_sight():
            self._pending = snapshot
            return
        self._pending = None
        self.show_snapshot(snapshot)

    def latest(self) -> Snapshot | None:
        """The snapshot the panel shows, or will show when it comes into view."""
        return self._pending or self.snapshot

    def out_of_sight(self) -> bool:
        """The window shows, this panel does not: its dock is closed, or a tab behind another
        (which Qt keeps "visible", off-screen)."""
        return self.window().isVisible() and (not self.isVisible() or self.visibleRegion().isEmpty())

    def came_into_view(self) -> None:
        """Its dock became visible (the window calls this): draw what waited for it."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self.show_snapshot(pending)

    def show_neuron_map(self, neuron_map: NeuronMap | None) -> None:
        """A neuron of the network is hovered somewhere (``neuron_map_hovered`` of any panel):
        a panel that draws the plane may show that neuron's map large; None: show its own again."""

    def retranslate(self) -> None:
        """Re-apply translated texts after a language switch."""

    def apply_theme(self, ratio: float, recolor: dict[str, str]) -> None:
        """Follow a theme or presentation-mode change: sizes × ``ratio``, colours old → new.
        The default re-styles every plot, pen and font of the panel; override to add more."""
        restyle(self, ratio, recolor)

    def shutdown(self) -> None:
        """Stop any background work (the window is closing)."""
