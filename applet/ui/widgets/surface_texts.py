"""SurfaceTexts: the words around the error surface — what x₁ is (raw or standardised, and
what that does to the valley), the current point and its step, the batch drawn and its
marks, the minimum or the point under the mouse, and a warning when gradient descent
diverged. The panel lays the labels out; this fills them from what the surface shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from applet.core.problem import Problem
from applet.core.trainer import DIVERGED
from applet.training.snapshot import Snapshot
from applet.ui.labels import fill, format_loss, loss_unit
from applet.ui.style import Theme
from applet.ui.view_models.batches import last_batch_position
from applet.ui.view_models.surface_track import SurfaceTrack

LINES = {"note": 4, "readout": 2, "batch_note": 2, "hover": 2, "warning": 3}  # room for the longest text


class SurfaceTexts(QObject):
    """The labels ``note``, ``readout``, ``batch_note``, ``hover`` and ``warning``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(objectName="surfaceNote", wordWrap=True)
        self.readout = QLabel(objectName="surfaceReadout", wordWrap=True)
        self.hover = QLabel(objectName="surfaceHover", wordWrap=True)
        self.warning = QLabel(objectName="surfaceDiverged", wordWrap=True)
        self.warning.setStyleSheet("color: #B00020; font-weight: bold;")
        self.warning.hide()
        self.batch_note = QLabel(objectName="surfaceBatch", wordWrap=True)
        self.batch_note.hide()
        for name, lines in LINES.items():
            label = getattr(self, name)
            label.setFont(Theme.font(9))
            # room for the longest text, so new numbers do not resize the plot (and its surface)
            label.setMinimumHeight(lines * label.fontMetrics().lineSpacing() + 2)
        self.hovering = False  # the hover label reads the point under the mouse

    def describe_input(self, problem: Problem | None, track: SurfaceTrack) -> tuple[str, str] | None:
        """Say what x₁ is: raw, or standardised — and what standardising does; the axes' labels
        (w, b), None when the surface is not drawn."""
        if problem is None or not track.linear.usable:
            self.note.setText("")
            return None
        unit = problem.unit
        b_label = fill(self.tr("b — bias (%1)"), unit) if unit else self.tr("b — bias")
        info = problem.views
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
            x = track.linear.x
            text = self.tr(
                "x₁ = yesterday's views as recorded (%1; mean %2, sd %3). The valley of L is long "
                "and thin: a learning rate small enough not to overshoot across it crawls along "
                "it. Lesson settings → Input x₁ → standardised makes it round."
            )
            self.note.setText(fill(text, unit or self.tr("raw"), f"{x.mean():.3g}", f"{x.std():.3g}"))
            w_label = self.tr("w — weight of x₁ = yesterday's views")
        return w_label, b_label

    def show(self, problem: Problem | None, snap: Snapshot | None, track: SurfaceTrack) -> None:
        """The current point, the batch, the minimum (unless the mouse reads a point) and the warning."""
        if problem is None or not track.linear.usable:
            self.readout.setText(self.tr("The error surface is drawn for the one-feature model y = b + w·x."))
            return
        if snap is None or track.point(snap.weights, snap.biases, snap.loss_name) is None:
            self.readout.setText(self.tr("The error surface is drawn for MSE or MAE of y = b + w·x."))
            self.warning.hide()
            return
        unit = loss_unit(snap.loss_name, problem.unit)
        if track.now is None:
            self.readout.setText(fill(self.tr("● now (update %1): off the map."), str(snap.update)))
        else:
            w, b, L = track.now
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
        self._show_batch(snap, len(track.linear.x))
        if not self.hovering:
            w_opt, b_opt, L_opt = track.linear.optimum(snap.loss_name)
            text = self.tr("★ minimum: w* = %1, b* = %2 → L* = %3. Hover to read L; click to start there.")
            self.hover.setText(fill(text, f"{w_opt:.4g}", f"{b_opt:.4g}", format_loss(L_opt, unit)))
        diverged = snap.stop_reason == DIVERGED
        if diverged or track.path_cut:
            text = self.tr(
                "Gradient descent diverged with η = %1: each step overshoots the valley and lands "
                "higher on the other side, so L grows instead of shrinking. The path stops where it "
                "leaves the map. Choose a smaller learning rate (try η = %2) and press Reset."
            )
            self.warning.setText(fill(text, f"{snap.lr:g}", f"{snap.lr / 10:g}"))
        self.warning.setVisible(diverged or track.path_cut)

    def _show_batch(self, snap: Snapshot, n: int) -> None:
        """With mini-batches: which batch the drawn surface is, and what the marks mean."""
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

    def show_hover(self, w: float, b: float, L: float, unit: str) -> None:
        """The loss at the point under the mouse, in place of the minimum's."""
        text = self.tr("under the mouse: w = %1, b = %2 → L = %3 (click to start gradient descent here)")
        self.hovering = True
        self.hover.setText(fill(text, f"{w:.4g}", f"{b:.4g}", format_loss(L, unit)))
