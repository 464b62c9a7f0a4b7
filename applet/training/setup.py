"""TrainingSetup: everything needed to build a network and its trainer (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from applet.core.kinks import spread_network_kinks
from applet.core.network import LayerSpec, Network
from applet.core.problem import Problem
from applet.core.trainer import HyperParameters, Trainer

OPTIONS = ("lr", "batch_size", "optimizer", "loss", "max_updates", "max_epochs", "grad_tol", "weight_decay", "l1")


@dataclass(frozen=True, eq=False)
class TrainingSetup(HyperParameters):
    """A problem, a network shape and the hyper-parameters (given by name, see
    ``HyperParameters``); ``build`` makes them live."""

    problem: Problem
    layers: tuple[LayerSpec, ...]
    seed: int = 42
    initial_weights: tuple[np.ndarray, ...] | None = None
    initial_biases: tuple[np.ndarray, ...] | None = None

    def with_options(self, **changes) -> TrainingSetup:
        return replace(self, **changes)

    def build(self) -> Trainer:
        """A fresh network (initialised from the seed, or from the given parameters) and its trainer."""
        p = self.problem
        net = Network(p.n_inputs, list(self.layers), seed=self.seed)
        if self.spread_kinks:
            spread_network_kinks(net, float(p.X_train.min()), float(p.X_train.max()))
        if self.initial_weights is not None:
            net.weights = list(self.initial_weights)
        if self.initial_biases is not None:
            net.biases = list(self.initial_biases)
        return Trainer(
            net,
            p.X_train,
            p.Y_train,
            loss=self.loss,
            lr=self.lr,
            batch_size=self.batch_size,
            seed=self.seed,
            X_val=p.X_val if p.has_validation else None,
            Y_val=p.Y_val if p.has_validation else None,
            optimizer=self.optimizer,
            max_updates=self.max_updates,
            max_epochs=self.max_epochs,
            grad_tol=self.grad_tol,
            trace_params=self.trace_params,
            weight_decay=self.weight_decay,
            l1=self.l1,
        )
