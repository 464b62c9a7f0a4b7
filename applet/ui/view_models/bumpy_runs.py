"""BumpyRuns: the gradient-descent runs on the slice's bumpy loss — computed in the
background, kept here, drawn by the panel."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from applet.core import bumpy

Array = np.ndarray

MAX_RUNS = 7  # one colour each; a click beyond this clears the plot first


@dataclass(frozen=True)
class Descents:
    """Descents computed together: one from a click, or several restarts (with the best's index)."""

    paths: list[Array]
    lr: float
    restarts: bool

    @property
    def best(self) -> int:
        """Index of the restart that ended lowest (-1: none stayed on the plot; -1 for a click)."""
        return bumpy.best(self.paths) if self.restarts else -1


def descend_from(start: float, lr: float) -> Descents:
    return Descents([bumpy.descend(start, lr)], lr, restarts=False)


def restarts(n: int, lr: float) -> Descents:
    return Descents(bumpy.restarts(n, lr), lr, restarts=True)


class BumpyRuns:
    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.paths: list[Array] = []
        self.best = -1

    def add(self, descents: Descents) -> None:
        """A click's descent joins the others (the plot is cleared when full); restarts replace them."""
        if descents.restarts or len(self.paths) + len(descents.paths) > MAX_RUNS:
            self.clear()
        self.paths.extend(descents.paths)
        self.best = descents.best

    @staticmethod
    def shown(path: Array) -> Array:
        """The part of a path drawn: never its last point when that left the plot."""
        return path if bumpy.outcome(path) != bumpy.LEFT else path[:-1]

    def ends(self) -> tuple[list[float], list[str]]:
        """Where each run's drawn part ends, and how it ended (bumpy.FLAT, LEFT or UNFINISHED)."""
        return [float(self.shown(p)[-1]) for p in self.paths], [bumpy.outcome(p) for p in self.paths]
