"""Error-surface panel: the loss L(w, b) as a landscape and gradient descent walking on it.

A heatmap with labelled contour lines of L over (w, b) for the one-feature model
y = b + w·x on the training days (MAE or MSE), the minimum ★, the path of every update
so far, the current point and its next step −η∇L. Hover to read (w, b, L); click to
start gradient descent there; step back to undo updates. The surface is recomputed only
when the data, the loss or the framed range change — never per frame.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from applet.core.contours import contour_segments
from applet.core.linear_model import as_parameters, loss_and_gradient, point_of
from applet.core.problem import Problem
from applet.core.surface import error_surface, optimum
from applet.core.trainer import DIVERGED
from applet.training.snapshot import Snapshot
from applet.ui.gd_path import GDPath
from applet.ui.panels.base import Panel
from applet.ui.panels.loss import format_loss, loss_unit
from applet.ui.plot_mouse import point_under
from applet.ui.step_arrow import StepArrow
from applet.ui.style import COLORS, Theme, make_plot, set_axis_labels

GRID = 200  # surface samples along w and along b
MARGIN = 1.25  # the framed square reaches this far beyond the farthest point
GROWTH = 1.5  # when the path leaves the map, the map grows at least this much
SANE = 8.0  # the path is drawn up to this many times the first map's size, no further
N_LEVELS = 9
COLOR_GAMMA = 0.5  # colour ∝ √(L − L_min): equal colour steps for the equal distances of a bowl
MARKERS_BELOW = 300  # draw each point of a path shorter than this
LOSSES = ("mse", "mae")


def color_table(name: str = "viridis", n: int = 512, gamma: float = COLOR_GAMMA) -> np.ndarray:
    """A perceptually uniform, colour-blind-safe colour map, sampled with a power law."""
    return pg.colormap.get(name).map(np.linspace(0.0, 1.0, n) ** gamma, mode="byte")


def contour_levels(L_min: float, L_max: float, n: int = N_LEVELS) -> list[float]:
    """Levels above the minimum, spaced so a bowl's contours are evenly spaced, rounded
    to two significant digits (the label is the exact level drawn)."""
    raw = L_min + (L_max - L_min) * (np.arange(1, n + 1) / (n + 1)) ** 2
    levels = sorted({float(f"{v:.2g}") for v in raw})
    return [v for v in levels if L_min < v < L_max]


def training_xy(problem: Problem) -> tuple[np.ndarray, np.ndarray] | None:
    """(x, y) of the training days when the problem has one input, else None."""
    if problem.n_inputs != 1 or problem.task != "regression":
        return None
    return problem.X_train[:, 0], np.asarray(problem.Y_train, dtype=np.float64).reshape(-1)


def linear_point(snapshot: Snapshot) -> np.ndarray | None:
    """(w, b) when the snapshot is of y = b + w·x trained with MSE or MAE, else None."""
    weights = snapshot.weights
    if snapshot.loss_name not in LOSSES or weights is None or len(weights) != 1 or weights[0].shape != (1, 1):
        return None
    return np.array(point_of(weights, snapshot.biases))


def half_width(points: np.ndarray, centre: np.ndarray, minimum: float) -> float:
    """Half the side of the square around ``centre`` that frames ``points`` with a margin."""
    if len(points) == 0:
        return minimum
    return max(minimum, MARGIN * float(np.max(np.abs(points - centre))))


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

        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setLookupTable(color_table())
        self.image.setZValue(-10)
        item.addItem(self.image)
        self.contours = pg.PlotCurveItem(pen=pg.mkPen(255, 255, 255, 170, width=1.2 * Theme.scale))
        item.addItem(self.contours)
        self.contour_labels: list[pg.TextItem] = []
        self.minimum = pg.ScatterPlotItem(
            symbol="star", size=22 * Theme.scale, brush=COLORS["optimum"], pen=pg.mkPen("w", width=1.5)
        )
        self.path_outline = pg.PlotCurveItem(pen=Theme.pen("#000000", 4))
        self.path_line = pg.PlotDataItem(
            pen=Theme.pen("#FFFFFF", 2),
            symbolBrush="#FFFFFF",
            symbolPen=pg.mkPen("#000000", width=1),
            symbolSize=5 * Theme.scale,
        )
        self.current = pg.ScatterPlotItem(
            symbol="o", size=13 * Theme.scale, brush=COLORS["model"], pen=pg.mkPen("w", width=2)
        )
        for z, it in ((5, self.minimum), (10, self.path_outline), (11, self.path_line), (30, self.current)):
            it.setZValue(z)
            item.addItem(it)
        self.arrow = StepArrow(item, COLORS["validation"])

        self.readout = QLabel(objectName="surfaceReadout", wordWrap=True)
        self.hover = QLabel(objectName="surfaceHover", wordWrap=True)
        self.warning = QLabel(objectName="surfaceDiverged", wordWrap=True)
        self.warning.setStyleSheet("color: #B00020; font-weight: bold;")
        self.warning.hide()
        for label, lines in ((self.note, 4), (self.readout, 2), (self.hover, 2), (self.warning, 3)):
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
        layout.addWidget(self.hover)
        layout.addWidget(self.warning)

        self.path = GDPath()
        self.w_values = self.b_values = np.empty(0)
        self._x = self._y = None
        self._optima: dict[str, tuple[float, float, float]] = {}
        self._loss: str | None = None
        self._half = 0.0  # the map: optimum ± half along w and b (more along the plot's longer side)
        self._aspect = 1.0  # the plot's width / height when the surface was computed
        self._sane = 0.0  # nothing farther than this from the optimum is drawn
        self._run_id = None
        self._path_cut = False
        self._hovering = False
        self._now: tuple[float, float, float] | None = None  # w, b, L at the current parameters
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
        return self.problem.info.get("unit", "") if self.problem is not None else ""

    def _describe_input(self) -> None:
        """Say what x₁ is: raw, or standardised — and what standardising does."""
        p = self.problem
        if p is None or self._x is None:
            self.note.setText("")
            return
        unit = self._unit()
        b_label = self.tr("b — bias (%1)").replace("%1", unit) if unit else self.tr("b — bias")
        if p.info.get("standardized"):
            mean, sd = f"{p.info['x_mean'][0]:.3g}", f"{p.info['x_sd'][0]:.3g}"
            text = self.tr(
                "x₁ standardised: x₁ = (yesterday's views − %1) / %2, the mean and sd of the "
                "training days, so x₁ has mean 0 and sd 1. Same model, w now counts per sd: "
                "the valley becomes a round bowl and gradient descent heads straight down. "
                "Switch back under Lesson settings → Input x₁."
            )
            self.note.setText(text.replace("%1", mean).replace("%2", sd))
            w_label = self.tr("w — weight of x₁ standardised (mean 0, sd 1)")
        else:
            x = self._x
            text = self.tr(
                "x₁ = yesterday's views as recorded (%1; mean %2, sd %3). The valley of L is long "
                "and thin: a learning rate small enough not to overshoot across it crawls along "
                "it. Lesson settings → Input x₁ → standardised makes it round."
            )
            self.note.setText(
                text.replace("%1", unit or self.tr("raw"))
                .replace("%2", f"{x.mean():.3g}")
                .replace("%3", f"{x.std():.3g}")
            )
            w_label = self.tr("w — weight of x₁ = yesterday's views")
        set_axis_labels(self.plot, w_label, b_label)

    # -- problem and surface ---------------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self._x, self._y = training_xy(problem) or (None, None)
        self._optima.clear()
        self._loss, self._half, self._sane, self._run_id, self._now = None, 0.0, 0.0, None, None
        self.path.clear()
        self.image.clear()
        for it in (self.contours, self.path_outline, self.path_line, self.current, self.minimum):
            it.setData([], [])
        for label in self.contour_labels:
            label.setVisible(False)
        self.arrow.hide()
        self.warning.hide()
        self._describe_input()
        self._show_texts()

    def _optimum(self, loss: str) -> tuple[float, float, float]:
        if loss not in self._optima:
            self._optima[loss] = optimum(self._x, self._y, loss)
        return self._optima[loss]

    def _centre(self, loss: str) -> np.ndarray:
        w_opt, b_opt, _ = self._optimum(loss)
        return np.array([w_opt, b_opt])

    def _new_run(self, loss: str, start: np.ndarray) -> None:
        """A new run (or loss): keep the map if it shows the start, else frame the start."""
        centre = self._centre(loss)
        if loss == self._loss and self._half and np.max(np.abs(start - centre)) <= self._half:
            return
        minimum = 0.25 * max(1.0, *np.abs(centre))
        half = half_width(start[None, :] if np.all(np.isfinite(start)) else np.empty((0, 2)), centre, minimum)
        self._loss, self._half, self._sane = loss, half, SANE * half
        self._compute_surface(loss, centre, half)

    def _grow_map(self, points: np.ndarray) -> None:
        """When the path leaves the map, grow the map (never beyond the sane range)."""
        centre = self._centre(self._loss)
        distance = float(np.max(np.abs(points - centre))) if len(points) else 0.0
        half = min(max(MARGIN * distance, GROWTH * self._half), self._sane)
        if distance > self._half and half > self._half:
            self._half = half
            self._compute_surface(self._loss, centre, half)

    def _plot_aspect(self) -> float:
        w, h = self.view.width(), self.view.height()
        return w / h if w > 0 and h > 0 else 1.0

    def _compute_surface(self, loss: str, centre: np.ndarray, half: float) -> None:
        """L on a GRID × GRID grid filling the plot: the square optimum ± half, widened
        along the plot's longer side (equal scales on both axes)."""
        self._aspect = aspect = self._plot_aspect()
        hw, hb = half * max(aspect, 1.0), half * max(1.0 / aspect, 1.0)
        self.w_values = np.linspace(centre[0] - hw, centre[0] + hw, GRID)
        self.b_values = np.linspace(centre[1] - hb, centre[1] + hb, GRID)
        L = error_surface(self._x, self._y, self.w_values, self.b_values, loss)
        L_min, L_max = float(L.min()), float(L.max())
        self.image.setImage(L, levels=(L_min, L_max), autoLevels=False)
        dw, db = 2 * hw / (GRID - 1), 2 * hb / (GRID - 1)
        self.image.setRect(QRectF(centre[0] - hw - dw / 2, centre[1] - hb - db / 2, GRID * dw, GRID * db))
        self.minimum.setData([centre[0]], [centre[1]])
        self._draw_contours(L, contour_levels(min(L_min, self._optimum(loss)[2]), L_max))
        self.view.setRange(xRange=(centre[0] - hw, centre[0] + hw), yRange=(centre[1] - hb, centre[1] + hb), padding=0)

    def _resized(self) -> None:
        """A new plot shape shows more of w or of b: fill it."""
        if self._half and abs(self._plot_aspect() / self._aspect - 1.0) > 0.02:
            self._compute_surface(self._loss, self._centre(self._loss), self._half)

    def _draw_contours(self, L: np.ndarray, levels: list[float]) -> None:
        segments = [contour_segments(L, self.w_values, self.b_values, level) for level in levels]
        lines = np.concatenate(segments) if segments else np.empty((0, 2, 2))
        self.contours.setData(lines[:, :, 0].ravel(), lines[:, :, 1].ravel(), connect="pairs")
        while len(self.contour_labels) < len(levels):
            label = pg.TextItem(color="#000000", fill=pg.mkBrush(255, 255, 255, 190), anchor=(0.5, 0.5))
            label.setFont(Theme.font(8))
            label.setZValue(4)
            self.plot.getPlotItem().addItem(label, ignoreBounds=True)
            self.contour_labels.append(label)
        centre = np.array([self.w_values.mean(), self.b_values.mean()])
        inner = 0.88 * np.array([self.w_values[-1] - self.w_values[0], self.b_values[-1] - self.b_values[0]]) / 2
        for k, label in enumerate(self.contour_labels):
            position = self._label_position(segments[k], centre, inner, k) if k < len(levels) else None
            label.setVisible(position is not None)
            if position is not None:
                label.setText(f"{levels[k]:g}")
                label.setPos(*position)

    @staticmethod
    def _label_position(segments: np.ndarray, centre: np.ndarray, inner: np.ndarray, k: int):
        """Where to write a contour's value: on the line, inside the map, along a diagonal
        that alternates between levels so neighbouring labels do not overlap."""
        if not len(segments):
            return None
        middles = segments.mean(axis=1)
        inside = np.all(np.abs(middles - centre) <= inner, axis=1)
        if not inside.any():
            return None
        middles = middles[inside]
        direction = np.array([1.0, 1.0]) if k % 2 == 0 else np.array([-1.0, -1.0])
        offsets = (middles - centre) / inner  # in units of the plot, so the diagonal is the plot's
        cosine = offsets @ direction / (np.hypot(offsets[:, 0], offsets[:, 1]) * np.sqrt(2) + 1e-300)
        return middles[int(np.argmax(cosine))]

    # -- snapshots --------------------------------------------------------------------------
    def _usable(self, snap: Snapshot) -> bool:
        return self._x is not None and linear_point(snap) is not None

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        if not self._usable(snapshot):
            self._show_texts()
            return
        loss = snapshot.loss_name
        now = linear_point(snapshot)
        new_run = snapshot.run_id != self._run_id
        if new_run:
            self._run_id = snapshot.run_id
            self.path.clear()
        if snapshot.new_path is not None:
            self.path.receive(snapshot.path_start, snapshot.new_path)
        if new_run or loss != self._loss or not self._half:
            self._new_run(loss, self.path.values[0] if len(self.path) else now)
        centre = self._centre(loss)
        drawn = self._sane_part(self.path.drawn(2 * self._half / 1000), centre)
        now_ok = bool(np.all(np.isfinite(now)) and np.max(np.abs(now - centre)) <= self._sane)
        self._grow_map(np.vstack([drawn, now[None, :]]) if now_ok else drawn)
        self._draw_path(drawn)
        if now_ok:
            L, dw, db = loss_and_gradient(self._x, self._y, now[0], now[1], loss)
            self._now = (now[0], now[1], L)
            self.current.setData([now[0]], [now[1]])
            self.arrow.set(tuple(now), (now[0] - snapshot.lr * dw, now[1] - snapshot.lr * db))
        else:
            self._now = None
            self.current.setData([], [])
            self.arrow.hide()
        self._show_texts()

    def _sane_part(self, points: np.ndarray, centre: np.ndarray) -> np.ndarray:
        """The path up to its last finite point within the sane range of the minimum."""
        ok = np.all(np.isfinite(points), axis=1) & np.all(np.abs(points - centre) <= self._sane, axis=1)
        if ok.all():
            self._path_cut = False
            return points
        self._path_cut = True
        return points[: int(np.argmin(ok))]

    def _draw_path(self, points: np.ndarray) -> None:
        self.path_outline.setData(points[:, 0], points[:, 1])
        symbol = "o" if len(points) < MARKERS_BELOW else None
        if self.path_line.opts["symbol"] != symbol:
            self.path_line.setSymbol(symbol)
        self.path_line.setData(points[:, 0], points[:, 1])

    def _show_texts(self) -> None:
        snap = self.snapshot
        if self.problem is None or self._x is None:
            self.readout.setText(self.tr("The error surface is drawn for the one-feature model y = b + w·x."))
            return
        if snap is None or not self._usable(snap):
            self.readout.setText(self.tr("The error surface is drawn for MSE or MAE of y = b + w·x."))
            self.warning.hide()
            return
        unit = loss_unit(snap.loss_name, self._unit())
        if self._now is None:
            self.readout.setText(self.tr("● now (update %1): off the map.").replace("%1", str(snap.update)))
        else:
            w, b, L = self._now
            text = self.tr(
                "● now (update %4): w = %1, b = %2 → L = %3. White: the path so far; orange arrow: the next step −η∇L."
            )
            self.readout.setText(
                text.replace("%1", f"{w:.4g}")
                .replace("%2", f"{b:.4g}")
                .replace("%3", format_loss(L, unit))
                .replace("%4", str(snap.update))
            )
        if not self._hovering:
            w_opt, b_opt, L_opt = self._optimum(snap.loss_name)
            text = self.tr("★ minimum: w* = %1, b* = %2 → L* = %3. Hover to read L; click to start there.")
            self.hover.setText(
                text.replace("%1", f"{w_opt:.4g}").replace("%2", f"{b_opt:.4g}").replace("%3", format_loss(L_opt, unit))
            )
        diverged = snap.stop_reason == DIVERGED
        if diverged or self._path_cut:
            text = self.tr(
                "Gradient descent diverged with η = %1: each step overshoots the valley and lands "
                "higher on the other side, so L grows instead of shrinking. The path stops where it "
                "leaves the map. Choose a smaller learning rate (try η = %2) and press Reset."
            )
            self.warning.setText(text.replace("%1", f"{snap.lr:g}").replace("%2", f"{snap.lr / 10:g}"))
        self.warning.setVisible(diverged or self._path_cut)

    # -- mouse --------------------------------------------------------------------------------
    def _point_at(self, scene_pos) -> tuple[float, float] | None:
        return point_under(self.view, scene_pos) if self._half else None

    def _hovered(self, scene_pos) -> None:
        point = self._point_at(scene_pos)
        snap = self.snapshot
        if point is None or snap is None or not self._usable(snap):
            self._hovering = False
            self._show_texts()
            return
        w, b = point
        L = error_surface(self._x, self._y, [w], [b], snap.loss_name)[0, 0]
        unit = loss_unit(snap.loss_name, self._unit())
        text = self.tr("under the mouse: w = %1, b = %2 → L = %3 (click to start gradient descent here)")
        self._hovering = True
        self.hover.setText(text.replace("%1", f"{w:.4g}").replace("%2", f"{b:.4g}").replace("%3", format_loss(L, unit)))

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        point = self._point_at(event.scenePos())
        if point is not None:
            event.accept()
            self.restart_requested.emit(*as_parameters(*point))
