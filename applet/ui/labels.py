"""Texts the panels share: losses with their unit, and the names of activations."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_PLACE = re.compile(r"%(\d+)")

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


def fill(template: str, *args: object) -> str:
    """A translated ``template`` with its place markers %1, %2, … replaced by ``args`` (each
    shown with ``str``), in one pass: an argument's own text is never filled again, and a
    marker without an argument stays as it is."""

    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACE.sub(replace, template)
