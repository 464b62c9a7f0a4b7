"""Training history stored in arrays that grow by doubling (cheap appends, compact memory)."""

from __future__ import annotations

import numpy as np

Array = np.ndarray


class GrowableArray:
    """A float64 array of rows that can be appended to and truncated."""

    def __init__(self, width: int | None = None, capacity: int = 256) -> None:
        shape = (capacity,) if width is None else (capacity, width)
        self._data = np.empty(shape)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def append(self, value: float | Array) -> None:
        if self._n == self._data.shape[0]:
            grown = np.empty((2 * self._n,) + self._data.shape[1:])
            grown[: self._n] = self._data
            self._data = grown
        self._data[self._n] = value
        self._n += 1

    def extend(self, values: Array) -> None:
        values = np.asarray(values, dtype=np.float64)
        needed = self._n + len(values)
        if needed > self._data.shape[0]:
            grown = np.empty((max(needed, 2 * self._data.shape[0]),) + self._data.shape[1:])
            grown[: self._n] = self._data[: self._n]
            self._data = grown
        self._data[self._n : needed] = values
        self._n = needed

    @property
    def values(self) -> Array:
        """The stored rows (a view: copy it before handing it to another thread)."""
        return self._data[: self._n]

    def truncate(self, n: int) -> None:
        self._n = max(0, min(n, self._n))

    def load(self, values: Array) -> None:
        values = np.asarray(values, dtype=np.float64)
        self._data = np.empty((max(256, len(values)),) + values.shape[1:])
        self._data[: len(values)] = values
        self._n = len(values)


class History:
    """What happened during training.

    - ``loss[t]``: the loss of the batch used by update t+1, at the parameters before it;
    - per epoch: the update count at its end, the average loss of its batches (weighted by
      batch size, so it is the mean over all training samples) and the validation loss
      at its end (NaN without validation data);
    - per epoch, for classification only (empty otherwise): the training accuracy — the
      fraction of the epoch's samples classified right, each judged by the parameters
      before its batch's update, like the epoch loss — and the validation accuracy at
      its end;
    - ``params`` (optional): every parameter after each update, row 0 being the start —
      the path that gradient descent walks.
    """

    FIELDS = ("loss", "epoch_update", "epoch_loss", "epoch_val", "epoch_accuracy", "epoch_val_accuracy")

    def __init__(self, n_params_traced: int | None = None) -> None:
        self.loss = GrowableArray()
        self.epoch_update = GrowableArray()
        self.epoch_loss = GrowableArray()
        self.epoch_val = GrowableArray()
        self.epoch_accuracy = GrowableArray()
        self.epoch_val_accuracy = GrowableArray()
        self.params = None if n_params_traced is None else GrowableArray(n_params_traced)

    def state(self) -> dict[str, Array]:
        arrays = {name: getattr(self, name).values.copy() for name in self.FIELDS}
        if self.params is not None:
            arrays["params"] = self.params.values.copy()
        return arrays

    def load_state(self, arrays: dict[str, Array]) -> None:
        for name in self.FIELDS:
            getattr(self, name).load(arrays[name])
        if "params" in arrays:
            width = np.asarray(arrays["params"]).shape[1]
            self.params = GrowableArray(width)
            self.params.load(arrays["params"])
