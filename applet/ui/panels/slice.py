"""Slice panel: the one-parameter picture of gradient descent.

L(w) with b held at its current value (a cut through the error surface), the tangent
at the current w, and the next step drawn as an arrow: w moves by −η × slope. In
"bumpy loss" mode the curve is a made-up loss with several valleys: click to start
gradient descent anywhere and see which valley it ends in; "several restarts" starts
from evenly spread points and keeps the best end.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from applet.core import bumpy
from applet.core.backprop import fmt
from applet.core.linear_model import loss_along_w, loss_and_gradient
from applet.core.problem import Problem
from applet.training.background import BackgroundJobs
from applet.training.snapshot import Snapshot
from applet.ui.labels import ReadoutPace, fill, format_loss, loss_unit
from applet.ui.panels.base import Panel
from applet.ui.plot_mouse import point_under
from applet.ui.step_arrow import StepArrow
from applet.ui.style import COLORS, Theme, make_plot, set_axis_labels
from applet.ui.view_models import bumpy_runs
from applet.ui.view_models.bumpy_runs import BumpyRuns, Descents
from applet.ui.view_models.framing import LinearView, linear_point
from applet.ui.view_models.visible_change import VISIBLE
from applet.ui.widgets.followed_axes import FollowedAxes, extent

N_POINTS = 241
TANGENT_SPAN = 0.3  # the tangent is drawn over ±30 % of the half-range around w
RUN_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
END_SYMBOLS = {bumpy.FLAT: "o", bumpy.LEFT: "x", bumpy.UNFINISHED: "t"}
MARKERS_BELOW = 300
DEFAULT_LR = 0.01


class SlicePanel(Panel):
    panel_id = "slice"
    draws_latest_only = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("slicePlot")
        self.plot = make_plot()
        item = self.plot.getPlotItem()
        item.hideButtons()
        self.view = item.getViewBox()
        self.view.setMouseEnabled(False, False)  # a click starts gradient descent; it does not pan
        self.axes = FollowedAxes(self.view, x=False, y=True)  # the height follows the curve, not every frame
        self.curve = item.plot([], [], pen=Theme.pen(COLORS["train"], 2.5))
        self.tangent = pg.PlotCurveItem(pen=Theme.pen(COLORS["model"], 1.5, style=Qt.PenStyle.DashLine))
        self.drop = pg.PlotCurveItem(pen=Theme.pen(COLORS["data"], 1, style=Qt.PenStyle.DotLine))
        self.point = pg.ScatterPlotItem(size=12 * Theme.scale, brush=COLORS["model"], pen=pg.mkPen("w", width=1.5))
        self.next_point = pg.ScatterPlotItem(size=11 * Theme.scale, brush=None, pen=Theme.pen(COLORS["validation"], 2))
        for z, it in ((8, self.tangent), (9, self.drop), (30, self.point), (31, self.next_point)):
            it.setZValue(z)
            item.addItem(it, ignoreBounds=True)
        self.arrow = StepArrow(item, COLORS["validation"], z=20)
        self.runs: list[pg.PlotDataItem] = []
        self.bumpy_runs = BumpyRuns()
        self.descents = BackgroundJobs("bumpyDescentThread", self)  # gradient descent on the bumpy loss
        self.descents.done.connect(self._descended)
        self.descents.failed.connect(self.refused)
        self.ends = pg.ScatterPlotItem(size=12 * Theme.scale, pen=pg.mkPen("#000000", width=1.5))
        self.best_marker = pg.ScatterPlotItem(
            symbol="star", size=22 * Theme.scale, brush=COLORS["optimum"], pen=pg.mkPen("#000000", width=1)
        )
        for z, it in ((25, self.ends), (26, self.best_marker)):
            it.setZValue(z)
            item.addItem(it, ignoreBounds=True)

        self.info = QLabel(objectName="sliceInfo", wordWrap=True)
        self.info.setFont(Theme.font(9))
        self.bumpy_toggle = QCheckBox(objectName="bumpyToggle")
        self.bumpy_toggle.toggled.connect(self._mode_changed)
        self.restarts_input = QSpinBox(objectName="restartsInput", minimum=2, maximum=40, value=8)
        self.restarts_button = QPushButton(objectName="restartsButton")
        self.restarts_button.clicked.connect(self.several_restarts)
        self.clear_button = QPushButton(objectName="bumpyClearButton")
        self.clear_button.clicked.connect(self.clear_runs)
        row = QHBoxLayout()
        row.addWidget(self.bumpy_toggle)
        row.addStretch(1)
        for widget in (self.restarts_input, self.restarts_button, self.clear_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.info)

        self.linear = LinearView()  # the data, the minima and the framed range of w
        self._now: tuple[float, float, float, float, float] | None = None  # w, b, L, slope, next w
        self._key = None  # (run_id, loss): a new run or loss frames the slice again
        self._drawn: tuple[float, float, np.ndarray, np.ndarray] | None = None  # w from, w to, ws, Ls of the curve
        self._message = ""
        self.pace = ReadoutPace()
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self._mode_changed(False)

    # -- texts ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Slice L(w)")

    def retranslate(self) -> None:
        self.bumpy_toggle.setText(self.tr("bumpy loss"))
        self.bumpy_toggle.setToolTip(
            self.tr("A made-up loss with several valleys: click the curve to start gradient descent there.")
        )
        self.restarts_input.setToolTip(self.tr("How many evenly spread starts"))
        self.restarts_button.setText(self.tr("Several restarts"))
        self.restarts_button.setToolTip(
            self.tr(
                "Start gradient descent from evenly spread points and keep the best end: the simplest way out "
                "of a poor local minimum."
            )
        )
        self.clear_button.setText(self.tr("Clear"))
        if self.bumpy_toggle.isChecked():
            set_axis_labels(self.plot, "w", "L(w)")
        else:
            set_axis_labels(self.plot, self.tr("w (b fixed at its current value)"), "L(w)")
        self._show_info()

    # -- the views lesson: L(w) at the current b -----------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.linear.set_problem(problem)
        self._key, self._now, self._drawn = None, None, None
        if not self.bumpy_toggle.isChecked():
            self._hide_slice()
        self._show_info()

    def _hide_slice(self) -> None:
        self.curve.setData([], [])
        self._drawn = None
        self._hide_marks()

    def _hide_marks(self) -> None:
        """Hide the point, its tangent and its step."""
        self._now = None
        for it in (self.tangent, self.drop, self.point, self.next_point):
            it.setData([], [])
        self.arrow.hide()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        if not self.bumpy_toggle.isChecked():
            self._draw_slice()
        if self.pace.due(snapshot.running):
            self._show_info()

    def _frame(self, key, points: list[float]) -> tuple[float, float]:
        """The w range: around the minimum w*, grown (up to the sane range) to show ``points``."""
        framing, points = self.linear.framing, np.array(points)[:, None]
        if key != self._key or not framing.framed:
            self._key = key
            self.axes.reset()
            framing.frame(self.linear.optimum(key[1])[:1], points)
        framing.grow(points)
        return framing.bounds()[0]

    def _draw_slice(self) -> None:
        snap = self.snapshot
        now = self._point(snap)
        if now is None or not np.all(np.isfinite(now)):
            self._hide_slice()
            return
        w, b = now
        loss = snap.loss_name
        x, y = self.linear.x, self.linear.y
        L, slope, _ = loss_and_gradient(x, y, w, b, loss)
        w_next = w - snap.lr * slope
        lo, hi = self._frame((snap.run_id, loss), [w, w_next])
        if not self._still_drawn(lo, hi, w, L):
            ws = np.linspace(lo, hi, N_POINTS)
            Ls = loss_along_w(x, y, ws, b, loss)
            if not np.all(np.isfinite(Ls)):  # b has run off to where L overflows: training diverged
                self._hide_slice()
                return
            if self._drawn is None or self._drawn[:2] != (lo, hi):
                self.view.setXRange(lo, hi, padding=0)
            self.curve.setData(ws, Ls)
            self._drawn = (lo, hi, ws, Ls)
            self.axes.follow(y=extent(Ls))
        framing = self.linear.framing
        if not framing.is_sane([w]):  # diverged far off the plot: nothing sensible to draw
            self._hide_marks()
            return
        self._now = (w, b, L, slope, w_next)
        d = TANGENT_SPAN * framing.half
        self.tangent.setData([w - d, w + d], [L - slope * d, L + slope * d])
        self.point.setData([w], [L])
        L_next = float(loss_along_w(x, y, [w_next], b, loss)[0])
        if framing.is_sane([w_next]):
            self.arrow.set((w, L), (w_next, L))
            self.drop.setData([w_next, w_next], [L, L_next])
            self.next_point.setData([w_next], [L_next])
        else:
            self.arrow.hide()
            self.drop.setData([], [])
            self.next_point.setData([], [])

    def _still_drawn(self, lo: float, hi: float, w: float, L: float) -> bool:
        """Whether the curve drawn is still the slice at the current b, as far as one can see:
        the same range of w, and L at w within VISIBLE of the plot's height from the curve
        (while b settles, most snapshots move it by less than a pixel)."""
        if self._drawn is None or self._drawn[:2] != (lo, hi):
            return False
        _, _, ws, Ls = self._drawn
        y_range = self.axes.ranges.get(1)
        height = (y_range[1] - y_range[0]) if y_range is not None else float(np.ptp(Ls))
        return abs(float(np.interp(w, ws, Ls)) - L) <= VISIBLE * height

    def _point(self, snap: Snapshot | None) -> np.ndarray | None:
        """(w, b) of the snapshot when the slice can show it."""
        if snap is None or not self.linear.usable:
            return None
        return linear_point(snap.weights, snap.biases, snap.loss_name)

    # -- bumpy loss ----------------------------------------------------------------------------
    def _mode_changed(self, bumpy_mode: bool) -> None:
        for widget in (self.restarts_input, self.restarts_button, self.clear_button):
            widget.setVisible(bumpy_mode)
        for run in self.runs:
            run.setVisible(bumpy_mode)
        self.ends.setVisible(bumpy_mode)
        self.best_marker.setVisible(bumpy_mode)
        if bumpy_mode:
            self._hide_slice()
            w = np.linspace(*bumpy.DOMAIN, 601)
            self.curve.setData(w, bumpy.loss(w))
            self.view.setXRange(*bumpy.DOMAIN, padding=0.02)
            self.axes.reset()
            self.axes.follow(y=extent(bumpy.loss(w)))
        else:
            self._draw_slice()
        self.retranslate()

    def _lr(self) -> float:
        return self.snapshot.lr if self.snapshot is not None else DEFAULT_LR

    def descend_from(self, start: float) -> None:
        """Run gradient descent on the bumpy loss from ``start`` (in the background) and draw its path."""
        lr = self._lr()
        self.descents.submit(lambda: bumpy_runs.descend_from(start, lr))

    @Slot()
    def several_restarts(self) -> None:
        """Descents from evenly spread starts; the best end is marked ★."""
        n, lr = self.restarts_input.value(), self._lr()
        self.descents.submit(lambda: bumpy_runs.restarts(n, lr))

    @Slot(object)
    def _descended(self, descents: Descents) -> None:
        self.bumpy_runs.add(descents)
        self._draw_runs()
        if not descents.restarts:
            self._message = self._describe(descents.paths[0], descents.lr)
        elif descents.best < 0:
            text = self.tr("Every start left the plot: the learning rate η = %1 is too large.")
            self._message = fill(text, f"{descents.lr:g}")
        else:
            end = float(descents.paths[descents.best][-1])
            text = self.tr(
                "%1 starts spread evenly, η = %2: the best (★) ended at w = %3 with L = %4. "
                "Restarts cost more work but escape poor valleys."
            )
            self._message = fill(
                text, str(len(descents.paths)), f"{descents.lr:g}", f"{end:.3f}", f"{bumpy.loss(end):.3f}"
            )
        self._show_info()

    @Slot()
    def clear_runs(self) -> None:
        self.bumpy_runs.clear()
        self._draw_runs()
        self._message = ""
        self._show_info()

    def _draw_runs(self) -> None:
        item, runs = self.plot.getPlotItem(), self.bumpy_runs
        while len(self.runs) > len(runs.paths):
            item.removeItem(self.runs.pop())
        while len(self.runs) < len(runs.paths):
            color = RUN_COLORS[len(self.runs) % len(RUN_COLORS)]
            run = pg.PlotDataItem(
                pen=Theme.pen(color, 1.5), symbolBrush=color, symbolPen=None, symbolSize=5 * Theme.scale
            )
            run.setZValue(15)
            item.addItem(run, ignoreBounds=True)
            self.runs.append(run)
        for run, path in zip(self.runs, runs.paths):
            shown = runs.shown(path)
            run.setSymbol("o" if len(shown) < MARKERS_BELOW else None)
            run.setData(shown, bumpy.loss(shown))
        ends, outcomes = runs.ends()
        brushes = [pg.mkBrush(RUN_COLORS[k % len(RUN_COLORS)]) for k in range(len(ends))]
        self.ends.setData(ends, bumpy.loss(np.array(ends)), symbol=[END_SYMBOLS[o] for o in outcomes], brush=brushes)
        best = [runs.paths[runs.best][-1]] if runs.best >= 0 else []
        self.best_marker.setData(best, bumpy.loss(np.array(best)))

    def _describe(self, path: np.ndarray, lr: float) -> str:
        outcome = bumpy.outcome(path)
        steps, start = len(path) - 1, float(path[0])
        if outcome == bumpy.LEFT:
            text = self.tr("From w = %1 the steps grew until one left the plot (step %2): η = %3 is too large.")
            return fill(text, f"{start:.2f}", str(steps), f"{lr:g}")
        end = float(path[-1])
        if outcome == bumpy.UNFINISHED:
            text = self.tr(
                "From w = %1, %2 steps of η = %3 reached w = %4 and are still walking: a small learning rate crawls."
            )
            return fill(text, f"{start:.2f}", str(steps), f"{lr:g}", f"{end:.3f}")
        w_low, L_low = bumpy.lowest()
        lowest = (f"{L_low:.3f}", f"{w_low:.3f}")
        if abs(end - w_low) < 1e-3:
            text = self.tr("From w = %1 gradient descent reached the lowest valley: w = %2, L = %3 (%4 steps).")
        else:
            text = self.tr(
                "From w = %1 gradient descent stopped at w = %2, L = %3 (%4 steps): the slope is 0, "
                "but this is only a local minimum. The lowest is L = %5 at w = %6 — try another "
                "start, a larger η or several restarts."
            )
        return fill(text, f"{start:.2f}", f"{end:.3f}", f"{bumpy.loss(end):.3f}", steps, *lowest)

    def shutdown(self) -> None:
        self.descents.shutdown()

    def _clicked(self, event) -> None:
        if not self.bumpy_toggle.isChecked() or event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        point = point_under(self.view, event.scenePos())
        if point is not None and bumpy.DOMAIN[0] <= point[0] <= bumpy.DOMAIN[1]:
            event.accept()
            self.descend_from(point[0])

    # -- the explanation under the plot -----------------------------------------------------------
    def _show_info(self) -> None:
        if self.bumpy_toggle.isChecked():
            text = self._message or fill(
                self.tr(
                    "A made-up loss L(w) with several valleys. Click the curve to start gradient descent there, "
                    "with η = %1 from the controls: it only walks downhill, so it stops in the valley where it "
                    "starts — a local minimum."
                ),
                f"{self._lr():g}",
            )
            self.info.setText(text)
            return
        snap = self.snapshot
        if self._now is None:
            if self._point(snap) is not None:
                self.info.setText(
                    self.tr(
                        "w has left the plot: gradient descent diverged. "
                        "Choose a smaller learning rate and press Reset."
                    )
                )
            else:
                self.info.setText(self.tr("L(w) is drawn for the one-feature model y = b + w·x (MSE or MAE)."))
            return
        w, b, L, slope, w_next = self._now
        unit = loss_unit(snap.loss_name, self.problem.unit if self.problem else "")
        text = self.tr(
            "b fixed at %1: at w = %2, L = %3 and the slope ∂L/∂w = %4 (dashed tangent). "
            "Next step: w moves by −η × slope = −%5 × %4 = %6 (arrow)."
        )
        step = w_next - w
        self.info.setText(
            fill(
                text,
                fmt(b, 4),
                fmt(w, 4),
                format_loss(L, unit),
                fmt(slope, 4),
                fmt(snap.lr, 4),
                ("+" if step > 0 else "") + fmt(step, 4),
            )
        )
