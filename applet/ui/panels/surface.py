"""Error-surface panel: the loss L(w, b) as a landscape and gradient descent walking on it.

A heatmap with labelled contour lines of L over (w, b) for the one-feature model
y = b + w·x on the training days (MAE or MSE), the minimum ★, the path of every update
so far, the current point and its next step −η∇L. Hover to read (w, b, L); click to
start gradient descent there; step back to undo updates. The surface is recomputed only
when the data, the loss or the framed range change — never per frame.

With mini-batches each update follows the slope of its own batch's loss Lᵇ: the panel draws
the last update's batch surface (contours and minimum) over the faint full surface, the
arrow of that step, and a mark where each epoch ended. A batch surface takes 4–17 ms to
compute (contours of a 200 × 200 grid, for MAE also the sorted residuals of every row),
so it is computed in a background thread: the latest batch only and, while training
runs, at most ten a second (the thread shares Python's lock with the trainer). Drawing
it costs the window about 1 ms.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from applet.core.linear_model import as_parameters, loss_and_gradient
from applet.core.problem import Problem
from applet.core.surface import error_surface
from applet.core.trainer import DIVERGED
from applet.training.background import BackgroundJobs
from applet.training.snapshot import Snapshot
from applet.ui.gd_path import GDPath
from applet.ui.labels import ReadoutPace, fill, format_loss, loss_unit
from applet.ui.panels.base import Panel
from applet.ui.plot_mouse import point_under
from applet.ui.style import Theme, make_plot, set_axis_labels
from applet.ui.view_models.batches import EpochEnds, last_batch_position
from applet.ui.view_models.framing import LinearView, linear_point
from applet.ui.view_models.surface_map import SurfaceMap
from applet.ui.widgets.surface_layers import SurfaceLayers

PATH_CELLS = 1000  # a long path is thinned to about this many cells across the map
EPOCH_MARKS = 200  # the ends of at most this many of the latest epochs are marked
BATCH_INTERVAL = 0.1  # s: while training runs, at most ten batch surfaces a second


class SurfacePanel(Panel):
    panel_id = "surface"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("surfacePlot")
        self.note = QLabel(objectName="surfaceNote", wordWrap=True)
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

        self.readout = QLabel(objectName="surfaceReadout", wordWrap=True)
        self.hover = QLabel(objectName="surfaceHover", wordWrap=True)
        self.warning = QLabel(objectName="surfaceDiverged", wordWrap=True)
        self.warning.setStyleSheet("color: #B00020; font-weight: bold;")
        self.warning.hide()
        self.batch_note = QLabel(objectName="surfaceBatch", wordWrap=True)
        self.batch_note.hide()
        labels = ((self.note, 4), (self.readout, 2), (self.batch_note, 2), (self.hover, 2), (self.warning, 3))
        for label, lines in labels:
            label.setFont(Theme.font(9))
            # room for the longest text, so new numbers do not resize the plot (and its surface)
            label.setMinimumHeight(lines * label.fontMetrics().lineSpacing() + 2)
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

        self.path = GDPath()
        self.linear = LinearView()  # the data, the minima and the framed part of (w, b)
        self.map: SurfaceMap | None = None
        self._loss: str | None = None
        self._aspect = 1.0  # the plot's width / height when the surface was computed
        self._run_id = None
        self._path_cut = False
        self._hovering = False
        self._now: tuple[float, float, float] | None = None  # w, b, L at the current parameters
        self.epoch_ends = EpochEnds()
        self._marks_shown: tuple | None = None  # what the epoch marks show (run, count, last, sane range)
        self.batch_map: SurfaceMap | None = None  # the last update's batch surface, as drawn
        self.batch_indices: np.ndarray | None = None  # that batch's training days
        self._batch_wanted: tuple | None = None  # (key, indices) of the batch to draw
        self._batch_busy = False  # a batch surface is being computed
        self._batch_submitted = 0.0  # when the last one was submitted (perf_counter)
        self.batch_jobs = BackgroundJobs("batchSurfaceThread", self)
        self.batch_jobs.done.connect(self._batch_computed)
        self.batch_jobs.failed.connect(self._batch_failed)
        self.pace = ReadoutPace()
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.retranslate()

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

    def _unit(self) -> str:
        return self.problem.unit if self.problem is not None else ""

    def _describe_input(self) -> None:
        """Say what x₁ is: raw, or standardised — and what standardising does."""
        p = self.problem
        if p is None or not self.linear.usable:
            self.note.setText("")
            return
        unit = self._unit()
        b_label = fill(self.tr("b — bias (%1)"), unit) if unit else self.tr("b — bias")
        info = p.views
        if info is not None and info.x_mean is not None and info.x_sd is not None:  # standardised
            mean, sd = f"{info.x_mean[0]:.3g}", f"{info.x_sd[0]:.3g}"
            text = self.tr(
                "x₁ standardised: x₁ = (yesterday's views − %1) / %2, the mean and sd of the "
                "training days, so x₁ has mean 0 and sd 1. Same model, w now counts per sd: "
                "the valley becomes a round bowl and gradient descent heads straight down. "
                "Switch back under Lesson settings → Input x₁."
            )
            self.note.setText(fill(text, mean, sd))
            w_label = self.tr("w — weight of x₁ standardised (mean 0, sd 1)")
        else:
            x = self.linear.x
            text = self.tr(
                "x₁ = yesterday's views as recorded (%1; mean %2, sd %3). The valley of L is long "
                "and thin: a learning rate small enough not to overshoot across it crawls along "
                "it. Lesson settings → Input x₁ → standardised makes it round."
            )
            self.note.setText(fill(text, unit or self.tr("raw"), f"{x.mean():.3g}", f"{x.std():.3g}"))
            w_label = self.tr("w — weight of x₁ = yesterday's views")
        set_axis_labels(self.plot, w_label, b_label)

    # -- problem and surface ---------------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.linear.set_problem(problem)
        self.map, self._loss, self._run_id, self._now = None, None, None, None
        self.path.clear()
        self.epoch_ends.clear()
        self._marks_shown = None
        self._forget_batch()
        self.layers.clear()
        self.warning.hide()
        self._describe_input()
        self._show_texts()

    def _new_run(self, loss: str, start: np.ndarray) -> None:
        """A new run (or loss): keep the map if it shows the start, else frame the start."""
        if loss == self._loss and self.linear.framing.shows(start):
            return
        self._loss = loss
        self.linear.framing.frame(self.linear.optimum(loss)[:2], start[None, :])
        self._compute_surface()

    def _plot_aspect(self) -> float:
        w, h = self.view.width(), self.view.height()
        return w / h if w > 0 and h > 0 else 1.0

    def _compute_surface(self) -> None:
        """L on a grid filling the plot: the framed square, widened along the plot's longer side."""
        self._aspect = self._plot_aspect()
        self.map = SurfaceMap.framed(self.linear, self._loss, self._aspect)
        self.layers.show_map(self.map, self.linear.framing.centre)
        (w_lo, w_hi), (b_lo, b_hi) = self.linear.framing.bounds(self._aspect)
        self.view.setRange(xRange=(w_lo, w_hi), yRange=(b_lo, b_hi), padding=0)
        if self._batch_wanted is not None:  # the batch's surface on the new grid
            self._submit_batch()

    def _resized(self) -> None:
        """A new plot shape shows more of w or of b: fill it."""
        if self.map is not None and abs(self._plot_aspect() / self._aspect - 1.0) > 0.02:
            self._compute_surface()

    # -- snapshots --------------------------------------------------------------------------
    def _point(self, snap: Snapshot) -> np.ndarray | None:
        """(w, b) of the snapshot when the surface can show it."""
        return linear_point(snap.weights, snap.biases, snap.loss_name) if self.linear.usable else None

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        now = self._point(snapshot)
        if now is None:
            self._show_texts()
            return
        loss, framing = snapshot.loss_name, self.linear.framing
        new_run = snapshot.run_id != self._run_id
        if new_run:
            self._run_id = snapshot.run_id
            self.path.clear()
            self.epoch_ends.clear()
        if snapshot.new_path is not None:
            self.path.receive(snapshot.path_start, snapshot.new_path)
        self.epoch_ends.receive(snapshot.update, snapshot.new_epoch_updates)
        if new_run or loss != self._loss or not framing.framed:
            self._new_run(loss, self.path[0] if len(self.path) else now)
        drawn, self._path_cut = framing.sane_part(self.path.drawn(2 * framing.half / PATH_CELLS))
        now_ok = framing.is_sane(now)
        if framing.grow(np.vstack([drawn, now[None, :]]) if now_ok else drawn):
            self._compute_surface()
        self.layers.show_path(drawn)
        self._show_epoch_ends()
        self._want_batch(snapshot)
        before = self._step_start(snapshot)
        if now_ok:
            L, dw, db = loss_and_gradient(self.linear.x, self.linear.y, now[0], now[1], loss)
            self._now = (now[0], now[1], L)
            if before is None:
                self.layers.show_step(now, now - snapshot.lr * np.array([dw, db]))
            else:  # the next batch is not known yet: show the step this batch made
                self.layers.show_last_step(before, now)
        else:
            self._now = None
            self.layers.show_step(None)
        if self.pace.due(snapshot.running):
            self._show_texts()

    # -- mini-batches -------------------------------------------------------------------------
    def _show_epoch_ends(self) -> None:
        marked = self.epoch_ends.marked(EPOCH_MARKS)
        marked = marked[marked < len(self.path)]
        shown = (self._run_id, len(marked), int(marked[-1]) if len(marked) else -1, self.linear.framing.sane)
        if shown != self._marks_shown:  # redrawn only when a mark comes or goes
            self._marks_shown = shown
            points = self.path[marked]
            self.layers.show_epoch_ends(points[self.linear.framing.sane_rows(points)])

    def _step_start(self, snapshot: Snapshot) -> np.ndarray | None:
        """Where the last update started, when it used a mini-batch (None: full batch)."""
        if snapshot.last_batch is None or len(self.path) < 2:
            return None
        before = self.path[-2]
        return before if self.linear.framing.is_sane(before) else None

    def _want_batch(self, snapshot: Snapshot) -> None:
        """Draw the surface of the last update's batch (computed in the background)."""
        if snapshot.last_batch is None:
            self._forget_batch()
            return
        key = (snapshot.run_id, snapshot.update, snapshot.loss_name)
        if self._batch_wanted is not None and self._batch_wanted[0] == key:
            return
        self._batch_wanted = (key, np.asarray(snapshot.last_batch))
        self._submit_batch_soon()

    def _submit_batch_soon(self) -> None:
        """Submit the wanted batch unless one is being computed or, while training runs, one
        was submitted less than BATCH_INTERVAL ago (the next snapshot will ask again)."""
        running = self.snapshot is not None and self.snapshot.running
        if self._batch_busy or (running and time.perf_counter() - self._batch_submitted < BATCH_INTERVAL):
            return
        self._submit_batch()

    def _submit_batch(self) -> None:
        if self.map is None or self._batch_wanted is None:
            return
        key, indices = self._batch_wanted
        surface, x, y = self.map, self.linear.x[indices], self.linear.y[indices]
        self._batch_busy = True
        self._batch_submitted = time.perf_counter()
        self.batch_jobs.submit(lambda: (key, indices, surface, surface.for_batch(x, y)))

    def _batch_computed(self, result: tuple) -> None:
        key, indices, surface, batch = result
        self._batch_busy = False
        wanted = self._batch_wanted
        if wanted is None:
            return
        if surface is not self.map or wanted[0][0] != key[0]:  # a new grid, or a new run
            self._submit_batch()
            return
        self.batch_map, self.batch_indices = batch, indices  # while training runs, a recent batch
        self.layers.show_batch(batch)
        self._show_texts()
        if wanted[0] != key:
            self._submit_batch_soon()

    def _batch_failed(self, message: str) -> None:
        self._batch_busy = False
        self.refused.emit(message)

    def _forget_batch(self) -> None:
        if self._batch_wanted is None and self.batch_map is None:
            return
        self._batch_wanted = self.batch_map = self.batch_indices = None
        self.layers.show_batch(None)

    def shutdown(self) -> None:
        self.batch_jobs.shutdown()

    def _show_texts(self) -> None:
        snap = self.snapshot
        if self.problem is None or not self.linear.usable:
            self.readout.setText(self.tr("The error surface is drawn for the one-feature model y = b + w·x."))
            return
        if snap is None or self._point(snap) is None:
            self.readout.setText(self.tr("The error surface is drawn for MSE or MAE of y = b + w·x."))
            self.warning.hide()
            return
        unit = loss_unit(snap.loss_name, self._unit())
        if self._now is None:
            self.readout.setText(fill(self.tr("● now (update %1): off the map."), str(snap.update)))
        else:
            w, b, L = self._now
            if snap.last_batch is None:
                text = self.tr(
                    "● now (update %4): w = %1, b = %2 → L = %3. "
                    "White: the path so far; orange arrow: the next step −η∇L."
                )
            else:
                text = self.tr(
                    "● now (update %4): w = %1, b = %2 → L = %3. "
                    "White: the path so far; orange arrow: the last step, made with its batch's gradient ∇Lᵇ."
                )
            self.readout.setText(fill(text, f"{w:.4g}", f"{b:.4g}", format_loss(L, unit), str(snap.update)))
        self._show_batch_text(snap)
        if not self._hovering:
            w_opt, b_opt, L_opt = self.linear.optimum(snap.loss_name)
            text = self.tr("★ minimum: w* = %1, b* = %2 → L* = %3. Hover to read L; click to start there.")
            self.hover.setText(fill(text, f"{w_opt:.4g}", f"{b_opt:.4g}", format_loss(L_opt, unit)))
        diverged = snap.stop_reason == DIVERGED
        if diverged or self._path_cut:
            text = self.tr(
                "Gradient descent diverged with η = %1: each step overshoots the valley and lands "
                "higher on the other side, so L grows instead of shrinking. The path stops where it "
                "leaves the map. Choose a smaller learning rate (try η = %2) and press Reset."
            )
            self.warning.setText(fill(text, f"{snap.lr:g}", f"{snap.lr / 10:g}"))
        self.warning.setVisible(diverged or self._path_cut)

    def _show_batch_text(self, snap: Snapshot) -> None:
        """With mini-batches: which batch the drawn surface is, and what the marks mean."""
        n = len(self.linear.x)
        if snap.batch_size >= n:
            self.batch_note.hide()
            return
        if snap.last_batch is None:
            text = self.tr(
                "Batch size B = %1: an epoch is ⌈N/B⌉ = ⌈%2/%1⌉ = %3 updates, each on its own batch. "
                "Step once to see that batch's own error surface."
            )
            self.batch_note.setText(fill(text, str(snap.batch_size), f"{n:,}", str(snap.updates_per_epoch)))
        else:
            i, e = last_batch_position(snap.epoch, snap.batch, snap.updates_per_epoch)
            text = self.tr(
                "Batch %1 of %2 · epoch %3. Purple: this batch's own loss Lᵇ, its contours and ✚ its "
                "minimum; faint: L of all %4 training days. Yellow squares: where each epoch ended."
            )
            self.batch_note.setText(fill(text, f"{i:,}", f"{snap.updates_per_epoch:,}", f"{e:,}", f"{n:,}"))
        self.batch_note.show()

    # -- mouse --------------------------------------------------------------------------------
    def _point_at(self, scene_pos) -> tuple[float, float] | None:
        return point_under(self.view, scene_pos) if self.map is not None else None

    def _hovered(self, scene_pos) -> None:
        point = self._point_at(scene_pos)
        snap = self.snapshot
        if point is None or snap is None or self._point(snap) is None:
            self._hovering = False
            self._show_texts()
            return
        w, b = point
        L = error_surface(self.linear.x, self.linear.y, [w], [b], snap.loss_name)[0, 0]
        unit = loss_unit(snap.loss_name, self._unit())
        text = self.tr("under the mouse: w = %1, b = %2 → L = %3 (click to start gradient descent here)")
        self._hovering = True
        self.hover.setText(fill(text, f"{w:.4g}", f"{b:.4g}", format_loss(L, unit)))

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        point = self._point_at(event.scenePos())
        if point is not None:
            event.accept()
            self.restart_requested.emit(*as_parameters(*point))
