"""Texts the panels share: losses with their unit, the names of activations, and ``fill``
(the core's: one way to put arguments into a translated text, for messages and labels alike)."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from applet.core.errors import fill as fill  # re-exported with the other label helpers

# translated in the "ComparePanel" context, where the Chinese translation has kept them
ACTIVATION_NAMES = {
    "relu": "ReLU",
    "sigmoid": QT_TRANSLATE_NOOP("ComparePanel", "sigmoid"),
    "hard_sigmoid": QT_TRANSLATE_NOOP("ComparePanel", "hard sigmoid"),
    "linear": QT_TRANSLATE_NOOP("ComparePanel", "linear"),
    "tanh": QT_TRANSLATE_NOOP("ComparePanel", "tanh"),
}


def activation_name(activation: str) -> str:
    """The translated name of an activation, e.g. "hard_sigmoid" → "hard sigmoid" (硬 sigmoid)."""
    return QCoreApplication.translate("ComparePanel", ACTIVATION_NAMES[activation])


def loss_unit(loss_name: str, unit: str) -> str:
    """MAE is in the data's unit (k views), MSE in its square (k²); cross-entropy has none."""
    return {"mae": unit, "mse": f"{unit}²" if unit else ""}.get(loss_name, "")


def format_loss(value: float | None, unit: str = "") -> str:
    """A loss (or accuracy) with four significant digits and its unit; "—" when there is none."""
    if value is None or not math.isfinite(value):
        return "—"
    text = f"{value:.4g}"
    return f"{text}\u00a0{unit}" if unit else text


READOUT_INTERVAL = 0.2  # seconds between readouts' new numbers while training runs


class ReadoutPace:
    """When to rewrite a readout (a label of numbers): for every snapshot of a paused or
    stopped run, and at most every READOUT_INTERVAL while training runs — numbers changing
    30 times a second cannot be read, and re-laying out a label's text costs a frame more
    than its plot does."""

    def __init__(self) -> None:
        self._at = -math.inf

    def due(self, running: bool) -> bool:
        now = time.perf_counter()
        if running and now - self._at < READOUT_INTERVAL:
            return False
        self._at = now
        return True
