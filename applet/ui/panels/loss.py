"""Loss panel: training and validation loss against updates, as training goes.

The lowest L′ so far is marked on the curve; "restore the best" puts back exactly the
parameters the network had there (early stopping).

Where the best loss of the model family is known exactly (the best line, or the exact
construction of a piecewise-linear curve), a dashed line marks it and a row below says
which gap remains — model bias or an optimisation that stopped short.

For classification a second plot shows the accuracy — the percentage of digits whose
most probable class is the right one — on the training data (during each epoch) and on
the unseen data (at the end of each epoch).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from applet.core.family_best import is_exact
from applet.core.problem import CLASSIFICATION, Problem
from applet.core.trainer import CONVERGED, DIVERGED
from applet.training.setup import TrainingSetup
from applet.training.snapshot import Snapshot
from applet.ui.envelope import Envelope
from applet.ui.labels import ReadoutPace, fill, format_loss, loss_unit
from applet.ui.lessons import LOSS_SHORT
from applet.ui.panels.base import Panel
from applet.ui.style import COLORS, Theme, add_legend, cache_static, make_plot, set_axis_labels
from applet.ui.widgets.followed_axes import FollowedAxes, extent
from applet.ui.widgets.growing_curve import growing_plot
from applet.ui.widgets.model_limit import ModelLimit, cached_family_best

PLOT_AREA, AXIS_BELOW, LEGEND_ROW = 80, 45, 22  # pixels: the curves' least height, the axis, a legend row
X_ROOM = (0.0, 0.25)  # the update axis leaves room for a quarter more updates: re-framed now and then


def finite_points(envelope: Envelope) -> tuple[np.ndarray, np.ndarray]:
    """The envelope's points without NaN or infinite values (those are never drawn)."""
    x, y = envelope.points()
    finite = np.isfinite(y)
    return (x, y) if finite.all() else (x[finite], y[finite])


def plot_height(legend_rows: int) -> int:
    """A plot's least height: room for its curves, the axis below them and its legend's rows."""
    return PLOT_AREA + AXIS_BELOW + LEGEND_ROW * legend_rows


def log_floored(y: np.ndarray) -> np.ndarray:
    """For the log axis: a loss of exactly 0 is drawn a decade below the smallest positive one,
    at the bottom of the plot — not at 10⁻³⁰⁰, which would squash every other decade."""
    positive = y[y > 0]
    return np.maximum(y, positive.min() / 10 if positive.size else 1.0)


class LossPanel(Panel):
    panel_id = "loss"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lossPlot")
        self.plot = make_plot()
        item = self.plot.getPlotItem()
        item.getAxis("left").enableAutoSIPrefix(False)  # a loss of 0.46 reads 0.46, not 460 (×0.001)
        add_legend(self.plot)
        # the curves grow at their end: painting them costs what is new (GrowingCurve)
        self.update_curve = growing_plot(item, [], [], pen=Theme.pen(COLORS["train"], 1, cosmetic=True))
        self.update_curve.setOpacity(0.35)
        self.epoch_curve = growing_plot(item, [], [], pen=Theme.pen(COLORS["train"], 2.5))
        self.val_curve = growing_plot(item, [], [], pen=Theme.pen(COLORS["validation"], 2.5))
        self.best_marker = item.plot(
            [], [], pen=None, symbol="star", symbolSize=16, symbolBrush=COLORS["validation"], symbolPen=Theme.foreground
        )
        self.limit_curve = item.plot([], [], pen=Theme.pen(COLORS["train"], 1.5, style=Qt.PenStyle.DashLine))
        cache_static(self.best_marker)  # it moves when L′ reaches a new low, not with every new point
        self.axes = FollowedAxes(item.getViewBox(), x=True, y=True, x_room=X_ROOM)
        self.updates = Envelope()
        self.epochs = Envelope()
        self.vals = Envelope()
        self.accuracy_plot = make_plot()
        self.accuracy_plot.setObjectName("accuracyPlot")
        self.accuracy_plot.getPlotItem().setXLink(item)
        add_legend(self.accuracy_plot)
        accuracy_item = self.accuracy_plot.getPlotItem()
        self.accuracy_curve = growing_plot(accuracy_item, [], [], pen=Theme.pen(COLORS["train"], 2.5))
        self.val_accuracy_curve = growing_plot(accuracy_item, [], [], pen=Theme.pen(COLORS["validation"], 2.5))
        self.accuracies = Envelope()  # percent, per epoch
        self.val_accuracies = Envelope()
        self.accuracy_plot.setVisible(False)
        self.log_scale = QCheckBox()
        self.log_scale.setObjectName("logScaleCheck")
        self.log_scale.toggled.connect(self._set_log)
        self.restore_best_button = QPushButton(objectName="restoreBestButton")
        self.restore_best_button.clicked.connect(self.restore_best_requested)
        self.restore_best_button.setEnabled(False)
        self.values_label = QLabel()
        self.values_label.setObjectName("lossValues")
        self.values_label.setFont(Theme.font(10))
        self.values_label.setWordWrap(True)  # a long readout must not widen the window
        row = QHBoxLayout()
        row.addWidget(self.values_label, 1)
        row.addWidget(self.restore_best_button)
        row.addWidget(self.log_scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.accuracy_plot, 1)
        layout.addLayout(row)
        # the rows below must never squeeze the curves away, nor the legend's rows (one column in a narrow dock)
        self.plot.setMinimumHeight(plot_height(legend_rows=4))
        self.accuracy_plot.setMinimumHeight(plot_height(legend_rows=2))
        self.model_limit = ModelLimit()
        self.model_limit.build_requested.connect(self.restart_requested)
        layout.addWidget(self.model_limit)
        self._run_id = None
        self._layers: tuple = ()
        self._best_key: tuple = ()
        self.pace = ReadoutPace()
        self._drawn: dict[Envelope, tuple[np.ndarray, np.ndarray]] = {}
        self._marker_key: tuple | None = None
        self._limit_key: tuple | None = None
        self._stale = False  # curves not drawn while the panel was out of sight
        self.retranslate()

    def title(self) -> str:
        return self.tr("Loss")

    def retranslate(self) -> None:
        legend = self.plot.getPlotItem().legend
        legend.clear()
        legend.addItem(self.update_curve, self.tr("L per update (one batch)"))
        legend.addItem(self.epoch_curve, self.tr("L, training data (per epoch)"))
        legend.addItem(self.val_curve, self.tr("L′, unseen data"))
        legend.addItem(self.best_marker, self.tr("lowest L′ so far"))
        self._label_limit()
        self.restore_best_button.setText(self.tr("Restore the best"))
        self.restore_best_button.setToolTip(
            self.tr(
                "Early stopping: put back the parameters the network had at the lowest L′ (the star). "
                "Training goes on from there."
            )
        )
        self.log_scale.setText(self.tr("log scale"))
        self.log_scale.setToolTip(self.tr("Show the loss on a logarithmic axis: slow late progress becomes visible."))
        set_axis_labels(self.plot, self.tr("update"), self.tr("loss"))
        legend = self.accuracy_plot.getPlotItem().legend
        legend.clear()
        legend.addItem(self.accuracy_curve, self.tr("training data (during each epoch)"))
        legend.addItem(self.val_accuracy_curve, self.tr("unseen data"))
        set_axis_labels(self.accuracy_plot, self.tr("update"), self.tr("accuracy %"))
        self.model_limit.retranslate()
        self._show_values()

    def set_problem(self, problem: Problem) -> None:
        super().set_problem(problem)
        self.accuracy_plot.setVisible(problem.task == CLASSIFICATION)
        self.restore_best_button.setVisible(problem.has_validation)
        self._best_key = ()
        self.model_limit.set_best(None)
        self._clear()

    def setup_changed(self, setup: TrainingSetup) -> None:
        self._layers = tuple(setup.layers)

    def _clear(self) -> None:
        for envelope in (self.updates, self.epochs, self.vals, self.accuracies, self.val_accuracies):
            envelope.clear()
        for curve in (
            self.update_curve,
            self.epoch_curve,
            self.val_curve,
            self.accuracy_curve,
            self.val_accuracy_curve,
            self.best_marker,
        ):
            curve.setData([], [])
        self.limit_curve.setData([], [])
        self._drawn = {}  # per envelope: its (x, y) as drawn, for the range
        self._marker_key = None
        self._limit_key: tuple | None = None
        self.axes.reset()
        self.restore_best_button.setEnabled(False)
        self._show_values()

    def _set_log(self, on: bool) -> None:
        self.plot.getPlotItem().setLogMode(y=on)
        self.axes.reset()
        self._redraw()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        super().show_snapshot(snapshot)
        if snapshot.run_id != self._run_id:
            self._run_id = snapshot.run_id
            self._clear()
        n_new = len(snapshot.new_losses)
        first = snapshot.update - n_new + 1
        # after a step back, forget what was drawn for the undone updates
        dropped = [
            envelope.drop_after(first - 1)
            for envelope in (self.updates, self.epochs, self.vals, self.accuracies, self.val_accuracies)
        ]
        if n_new:
            self.updates.extend(np.arange(first, first + n_new, dtype=np.float64), snapshot.new_losses)
        if len(snapshot.new_epoch_updates):
            self.epochs.extend(snapshot.new_epoch_updates, snapshot.new_epoch_losses)
            self.vals.extend(snapshot.new_epoch_updates, snapshot.new_epoch_vals)
        if len(snapshot.new_epoch_accuracies):
            self.accuracies.extend(snapshot.new_epoch_updates, 100 * snapshot.new_epoch_accuracies)
            self.val_accuracies.extend(snapshot.new_epoch_updates, 100 * snapshot.new_epoch_val_accuracies)
        self._update_best(snapshot)
        changed = [self.updates] if n_new or dropped[0] else []
        if len(snapshot.new_epoch_updates) or dropped[1] or dropped[2]:
            changed += [self.epochs, self.vals]
        if len(snapshot.new_epoch_accuracies) or dropped[3] or dropped[4]:
            changed += [self.accuracies, self.val_accuracies]
        if changed and self.out_of_sight():
            self._stale = True  # drawn whole when the panel comes into view
        elif changed:
            self._redraw(changed)
        self.restore_best_button.setEnabled(snapshot.best_update >= 0)
        if self.pace.due(snapshot.running):
            self._show_values()

    def came_into_view(self) -> None:
        super().came_into_view()
        if self._stale:
            self._stale = False
            self._redraw()

    def _update_best(self, snapshot: Snapshot) -> None:
        """Find the model family's best for the current shape and loss (once per change)."""
        key = (self._layers, snapshot.loss_name)
        if key == self._best_key or self.problem is None:
            return
        self._best_key = key
        self.model_limit.set_best(cached_family_best(self.problem, self._layers, snapshot.loss_name))
        self._label_limit()
        self._redraw()

    def _label_limit(self) -> None:
        """The legend names the dashed line of the best only where there is one."""
        legend = self.plot.getPlotItem().legend
        legend.removeItem(self.limit_curve)
        if self.model_limit.best is not None:
            legend.addItem(self.limit_curve, self.tr("best this model can reach"))
        legend.setColumnCount(2 if self.model_limit.best is not None else 1)  # five rows would leave the plot

    def _redraw(self, changed: list[Envelope] | None = None) -> None:
        """Draw the curves of the ``changed`` envelopes again (all by default), the marks that
        moved, and re-frame the plot if the curves left it."""
        log = self.log_scale.isChecked()
        if changed is None:
            changed = [self.updates, self.epochs, self.vals, self.accuracies, self.val_accuracies]
            self._marker_key = self._limit_key = None
        curves = {
            self.updates: self.update_curve,
            self.epochs: self.epoch_curve,
            self.vals: self.val_curve,
            self.accuracies: self.accuracy_curve,
            self.val_accuracies: self.val_accuracy_curve,
        }
        for envelope in changed:
            x, y = finite_points(envelope)
            if log and envelope in (self.updates, self.epochs, self.vals):
                y = log_floored(y)
            curves[envelope].setData(x, y, skipFiniteCheck=True)
            self._drawn[envelope] = (x, y)
        best = self.model_limit.best
        ys = [self._drawn[e][1] for e in (self.updates, self.epochs, self.vals) if e in self._drawn]
        shown = best is not None and not (log and is_exact(best))  # a loss of 0 has no place on a log axis
        if shown:
            ys.append(np.array([best.loss]))
        snap = self.snapshot
        marker_key = (snap.best_update, snap.best_val, log) if snap is not None and snap.best_update >= 0 else ()
        if marker_key != self._marker_key:
            self._marker_key = marker_key
            if marker_key:
                best_val = np.array([snap.best_val])
                self.best_marker.setData([float(snap.best_update)], log_floored(best_val) if log else best_val)
            else:
                self.best_marker.setData([], [])
        xs = [self._drawn[e][0] for e in (self.updates, self.epochs, self.vals) if e in self._drawn]
        if changed and any(e in changed for e in (self.updates, self.epochs, self.vals)):
            self._follow(xs, ys, log)
        # the dashed best reaches the plot's right edge, which moves only when the plot is re-framed
        # (drawn to the last update, it was drawn again across the plot at every frame)
        x_end = max(self.plot.getPlotItem().getViewBox().viewRange()[0][1], 1.0)
        limit_key = (x_end, best.loss) if shown else ()
        if limit_key != self._limit_key:
            self._limit_key = limit_key
            self.limit_curve.setData([0.0, x_end] if limit_key else [], [best.loss] * 2 if limit_key else [])

    def _follow(self, xs: list[np.ndarray], ys: list[np.ndarray], log: bool) -> None:
        """Frame the curves (and the dashed best, if any): re-framed only when they leave the range."""
        x_lo, x_hi = extent(*xs)
        y_lo, y_hi = extent(*ys)
        if log:
            y_lo, y_hi = (np.log10(v) if v > 0 else -np.inf for v in (y_lo, y_hi))
        self.axes.follow(x=(min(x_lo, 0.0), x_hi) if x_hi >= x_lo else None, y=(y_lo, y_hi))

    def _show_values(self) -> None:
        snap = self.snapshot
        if snap is None:
            self.values_label.setText("")
            return
        unit = loss_unit(snap.loss_name, self.problem.unit if self.problem else "")
        name = QCoreApplication.translate("Lessons", LOSS_SHORT.get(snap.loss_name, snap.loss_name))
        text = self.tr("%1 on training data: L = %2   on unseen data: L′ = %3")
        text = fill(text, name, format_loss(snap.train_loss, unit), format_loss(snap.val_loss, unit))
        text = text.replace(" = ", "\u00a0=\u00a0")  # keep "L′ = 0.6 k" whole
        if snap.best_update >= 0:
            best = self.tr("lowest L′ = %1 after update %2")
            text += "\n" + fill(best, format_loss(snap.best_val, unit), str(snap.best_update))
        if len(self.accuracies):
            accuracy = self.tr("accuracy after epoch %1: training %2 %, unseen %3 %")
            accuracy = fill(
                accuracy,
                len(self.accuracies),
                format_loss(self.accuracies.y.values[-1]),
                format_loss(self.val_accuracies.y.values[-1]),
            )
            text += "\n" + accuracy
        self.values_label.setText(text)
        if self.model_limit.best is not None:
            self.model_limit.show_training(
                snap.train_loss,
                snap.stop_reason in (CONVERGED, DIVERGED),  # not a spent budget: training could go on
                format_loss(0.0 if is_exact(self.model_limit.best) else self.model_limit.best.loss, unit),
                format_loss(snap.train_loss, unit),
            )
