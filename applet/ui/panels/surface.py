"""Error-surface panel: the loss L(w, b) as a landscape and gradient descent walking on it.

A heatmap with labelled contour lines of L over (w, b) for the one-feature model
y = b + w·x on the training days (MAE or MSE), the minimum ★, the path of every update
so far, the current point and its next step −η∇L. Hover to read (w, b, L); click to
start gradient descent there; step back to undo updates. The surface is recomputed only
when the data, the loss or the framed range change — never per frame.

With mini-batches each update follows the slope of its own batch's loss Lᵇ: the panel draws
the last update's batch surface (contours and minimum) over the faint full surface, the
arrow of that step, and a mark where each epoch ended. A batch surface is computed in a
background thread (``BatchSurface``), at most ten a second while training runs.

Design: ``SurfaceTrack`` (a Qt-free view model) turns each snapshot into what changed on
the map — path, epoch marks, point and arrow, a new framing — and the panel draws only
that with ``SurfaceLayers``; ``SurfaceTexts`` writes the words around the plot.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from applet.core.linear_model import as_parameters
from applet.core.problem import Problem
from applet.core.surface import error_surface
from applet.training.snapshot import Snapshot
from applet.ui.labels import ReadoutPace, loss_unit
from applet.ui.panels.base import Panel
from applet.ui.plot_mouse import point_under
from applet.ui.style import make_plot, set_axis_labels
from applet.ui.view_models.framing import LinearView
from applet.ui.view_models.gd_path import GDPath
from applet.ui.view_models.surface_map import SurfaceMap
from applet.ui.view_models.surface_track import SurfaceFrame, SurfaceTrack
from applet.ui.widgets.batch_surface import BatchSurface
from applet.ui.widgets.surface_layers import SurfaceLayers
from applet.ui.widgets.surface_texts import SurfaceTexts


class SurfacePanel(Panel):
    panel_id = "surface"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("surfacePlot")
        self.plot = make_plot()
        item = self.plot.getPlotItem()
        item.showGrid(x=False, y=False)
        item.hideButtons()
        self.view = item.getViewBox()
        self.view.setAspectLocked(True)  # equal scales: a round bowl looks round
        self.view.setMouseEnabled(False, False)  # a click chooses a start; it does not pan
        self.view.enableAutoRange(enable=False)
        self.view.sigResized.connect(self._resized)
        for side in ("bottom", "left"):
            item.getAxis(side).enableAutoSIPrefix(False)

        self.layers = SurfaceLayers(item)  # heatmap, contours, ★, path, current point, arrow
        self.texts = SurfaceTexts(self)
        self.note, self.readout, self.hover = self.texts.note, self.texts.readout, self.texts.hover
        self.warning, self.batch_note = self.texts.warning, self.texts.batch_note
        self.step_back_button = QPushButton(objectName="stepBackButton")
        self.step_back_button.clicked.connect(lambda: self.step_back_requested.emit())
        row = QHBoxLayout()
        row.addWidget(self.readout, 1)
        row.addWidget(self.step_back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.note)
        layout.addWidget(self.plot, 1)
        layout.addLayout(row)
        layout.addWidget(self.batch_note)
        layout.addWidget(self.hover)
        layout.addWidget(self.warning)

        self.linear = LinearView()  # the data, the minima and the framed part of (w, b)
        self.track = SurfaceTrack(self.linear)  # the run: path, epoch ends, point and step
        self.map: SurfaceMap | None = None
        self._aspect = 1.0  # the plot's width / height when the surface was computed
        self.batch = BatchSurface(self)  # the last update's batch surface
        self.batch.computed.connect(self._batch_computed)
        self.batch.failed.connect(self.refused.emit)
        self.pace = ReadoutPace()
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.retranslate()

    @property
    def _loss(self) -> str | None:
        """The loss the map shows."""
        return self.track.loss

    @property
    def path(self) -> GDPath:
        """The path of the run shown, every point kept."""
        return self.track.path

    @property
    def batch_map(self) -> SurfaceMap | None:
        """The last update's batch surface, as drawn."""
        return self.batch.surface

    @property
    def batch_indices(self):
        """That batch's training days."""
        return self.batch.indices

    # -- texts ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Error surface")

    def retranslate(self) -> None:
        self.step_back_button.setText(self.tr("◀ Step back"))
        self.step_back_button.setToolTip(
            self.tr(
                "Undo the last update (←): the parameters go back and the path shrinks. "
                "Works for full-batch gradient descent."
            )
        )
        self._describe_input()
        self._show_texts()

    def _describe_input(self) -> None:
        labels = self.texts.describe_input(self.problem, self.track)
        if labels is not None:
            set_axis_labels(self.plot, *labels)

    def _show_texts(self) -> None:
        self.texts.show(self.problem, self.snapshot, self.track)

    # -- problem and surface ---------------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.linear.set_problem(problem)
        self.track.clear()
        self.map = None
        self.batch.clear()
        self.layers.clear()  # the batch surface too
        self.warning.hide()
        self._describe_input()
        self._show_texts()

    def _plot_aspect(self) -> float:
        w, h = self.view.width(), self.view.height()
        return w / h if w > 0 and h > 0 else 1.0

    def _compute_surface(self) -> None:
        """L on a grid filling the plot: the framed square, widened along the plot's longer side."""
        self._aspect = self._plot_aspect()
        self.map = SurfaceMap.framed(self.linear, self.track.loss, self._aspect)
        self.layers.show_map(self.map, self.linear.framing.centre)
        (w_lo, w_hi), (b_lo, b_hi) = self.linear.framing.bounds(self._aspect)
        self.view.setRange(xRange=(w_lo, w_hi), yRange=(b_lo, b_hi), padding=0)
        self.batch.set_grid(self.map, self.linear.x, self.linear.y)  # the batch's surface on the new grid

    def _resized(self) -> None:
        """A new plot shape shows more of w or of b: fill it."""
        if self.map is not None and abs(self._plot_aspect() / self._aspect - 1.0) > 0.02:
            self._compute_surface()

    # -- snapshots --------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        frame = self.track.receive(snapshot)
        if frame is None:
            self._show_texts()
            return
        if frame.reframed:
            self._compute_surface()
        self._draw(frame)
        if snapshot.last_batch is None:
            if self.batch.forget():
                self.layers.show_batch(None)
        else:
            key = (snapshot.run_id, snapshot.update, snapshot.loss_name)
            self.batch.want(key, snapshot.last_batch, snapshot.running)
        if self.pace.due(snapshot.running):
            self._show_texts()

    def _draw(self, frame: SurfaceFrame) -> None:
        """What changed: the path, the epoch marks, the point and its arrow."""
        if frame.path is not None:
            self.layers.show_path(frame.path, end_covered=frame.path_ends_now)
        if frame.epoch_ends is not None:
            self.layers.show_epoch_ends(frame.epoch_ends)
        if frame.step is None:
            self.layers.show_step(None)
        elif frame.last_step:  # the next batch is not known yet: the step this batch made
            self.layers.show_last_step(*frame.step)
        else:
            self.layers.show_step(*frame.step)

    def _batch_computed(self) -> None:
        self.layers.show_batch(self.batch.surface)
        self._show_texts()

    def shutdown(self) -> None:
        self.batch.shutdown()

    # -- mouse --------------------------------------------------------------------------------
    def _point_at(self, scene_pos) -> tuple[float, float] | None:
        return point_under(self.view, scene_pos) if self.map is not None else None

    def _hovered(self, scene_pos) -> None:
        point = self._point_at(scene_pos)
        snap = self.snapshot
        if point is None or snap is None or self.track.point(snap.weights, snap.biases, snap.loss_name) is None:
            self.texts.hovering = False
            self._show_texts()
            return
        w, b = point
        L = error_surface(self.linear.x, self.linear.y, [w], [b], snap.loss_name)[0, 0]
        self.texts.show_hover(w, b, L, loss_unit(snap.loss_name, self.problem.unit))

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        point = self._point_at(event.scenePos())
        if point is not None:
            event.accept()
            self.restart_requested.emit(*as_parameters(*point))
