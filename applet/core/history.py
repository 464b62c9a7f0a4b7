"""Training history: arrays that grow cheaply and stay small over long runs.

``GrowableArray`` is a float64 array of rows that grows by doubling. ``CompactArray`` has
the same interface but keeps only its recent rows as they are: older rows are sealed in
chunks, each compressed losslessly — the chunk's bytes regrouped by significance (the
first byte of every value, then the second, …; a "byte shuffle") and deflated with zlib.
A training history is smooth, so its high bytes repeat: a million updates of the first
lesson (loss, epoch counts, epoch and validation losses and the 2-parameter path) take
about 5 MB instead of 48 MB, and every value comes back bit for bit, as a step back or a
saved session needs (``benchmarks/bench_longrun.py``).
"""

from __future__ import annotations

import zlib
from typing import Any

import numpy as np

Array = np.ndarray

CHUNK_BYTES = 1 << 19  # raw bytes of one sealed chunk (65,536 single values)
ZLIB_LEVEL = 1  # level 6 saves ~20 % more of the little that is left at 2–3 times the time


class GrowableArray:
    """A float64 array of rows that can be appended to and truncated."""

    def __init__(self, width: int | None = None, capacity: int = 256) -> None:
        shape = (capacity,) if width is None else (capacity, width)
        self._data = np.empty(shape)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, key: Any) -> Any:
        """Rows by index, slice or index array, as of ``values`` (a view for a slice)."""
        return self._data[: self._n][key]

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

    @property
    def nbytes(self) -> int:
        """Bytes held (the allocated capacity)."""
        return int(self._data.nbytes)

    def truncate(self, n: int) -> None:
        self._n = max(0, min(n, self._n))

    def load(self, values: Array) -> None:
        values = np.asarray(values, dtype=np.float64)
        self._data = np.empty((max(256, len(values)),) + values.shape[1:])
        self._data[: len(values)] = values
        self._n = len(values)


def _seal(rows: Array) -> bytes:
    """``rows`` (C-contiguous float64) as a byte-shuffled, deflated chunk."""
    planes = rows.view(np.uint8).reshape(len(rows), -1).T
    return zlib.compress(np.ascontiguousarray(planes).tobytes(), ZLIB_LEVEL)


def _unseal(chunk: bytes, shape: tuple[int, ...]) -> Array:
    """The rows of a chunk made by ``_seal``, exactly."""
    n = shape[0]
    planes = np.frombuffer(zlib.decompress(chunk), dtype=np.uint8).reshape(-1, n)
    return np.ascontiguousarray(planes.T).view(np.float64).reshape(shape)


class CompactArray:
    """A float64 array of rows like ``GrowableArray``, with its older rows compressed.

    Rows are sealed ``chunk_rows`` at a time, once at least as many newer rows have come
    (so a step back, which truncates the last rows, rarely reaches a sealed chunk; when it
    does, that chunk is unsealed again). Appending costs what it costs in a
    ``GrowableArray``; every ``chunk_rows`` appends, one chunk is compressed (a few ms).
    ``values`` builds the whole array (O(n)): read recent rows by index or slice instead,
    which unseals only the chunks they lie in.
    """

    def __init__(self, width: int | None = None, chunk_rows: int | None = None) -> None:
        self._width = width
        self._fixed_chunk = chunk_rows
        self._clear()

    def _clear(self) -> None:
        row_bytes = 8 * (1 if self._width is None else self._width)
        chunk = self._fixed_chunk or max(1, CHUNK_BYTES // row_bytes)
        self._chunk = chunk
        self._sealed: list[bytes] = []
        self._data = np.empty((min(256, 2 * chunk),) + self._row_shape())  # the raw tail
        self._n = 0  # rows in the tail

    @property
    def chunk_rows(self) -> int:
        return self._chunk

    def __len__(self) -> int:
        return len(self._sealed) * self._chunk + self._n

    @property
    def _first(self) -> int:
        """Index of the tail's first row."""
        return len(self._sealed) * self._chunk

    def _row_shape(self) -> tuple[int, ...]:
        return () if self._width is None else (self._width,)

    def _chunk_rows(self, k: int) -> Array:
        return _unseal(self._sealed[k], (self._chunk,) + self._row_shape())

    def append(self, value: float | Array) -> None:
        if self._n == self._data.shape[0]:
            self._make_room()
        self._data[self._n] = value
        self._n += 1

    def extend(self, values: Array) -> None:
        values = np.asarray(values, dtype=np.float64)
        while len(values):
            if self._n == self._data.shape[0]:
                self._make_room()
            room = self._data.shape[0] - self._n
            self._data[self._n : self._n + min(room, len(values))] = values[:room]
            self._n += min(room, len(values))
            values = values[room:]

    def _make_room(self) -> None:
        """The tail is full: grow it (doubling, up to two chunks), or seal its oldest chunk."""
        size, c = self._data.shape[0], self._chunk
        if size < 2 * c:
            grown = np.empty((min(2 * size, 2 * c),) + self._row_shape())
            grown[: self._n] = self._data[: self._n]
            self._data = grown
            return
        self._sealed.append(_seal(self._data[:c]))
        rest = self._n - c
        self._data[:rest] = self._data[c : self._n]
        self._n = rest

    def truncate(self, n: int) -> None:
        n = max(0, min(n, len(self)))
        first = self._first
        if n >= first:
            self._n = n - first
            return
        k = n // self._chunk  # the chunk that row n lies in: unsealed, the later ones dropped
        rows = self._chunk_rows(k)[: n - k * self._chunk]
        del self._sealed[k:]
        self._data = np.empty((2 * self._chunk,) + self._row_shape())
        self._data[: len(rows)] = rows
        self._n = len(rows)

    def load(self, values: Array) -> None:
        values = np.asarray(values, dtype=np.float64)
        self._width = None if values.ndim == 1 else int(values.shape[1])
        self._clear()
        self.extend(values)

    @property
    def values(self) -> Array:
        """All rows: a view of the stored rows while none are sealed (copy it before handing
        it to another thread), else a new array."""
        tail = self._data[: self._n]
        if not self._sealed:
            return tail
        return np.concatenate([self._chunk_rows(k) for k in range(len(self._sealed))] + [tail])

    def copy_values(self) -> Array:
        """All rows in a new array."""
        values = self.values
        return values.copy() if not self._sealed else values

    def __getitem__(self, key: Any) -> Any:
        """Rows by index, slice or index array, as ``values[key]`` would give them; only the
        chunks they lie in are unsealed (a view when they are all recent: do not write to it)."""
        n, first = len(self), self._first
        if isinstance(key, slice):
            start, stop, step = key.indices(n)
            if step == 1 and start >= first:
                return self._data[start - first : max(stop, start) - first]
            rows = np.arange(start, stop, step)
        elif isinstance(key, (int, np.integer)):
            i = int(key) + n if key < 0 else int(key)
            if not 0 <= i < n:
                raise IndexError(f"index {key} is out of bounds for {n} rows")
            if i >= first:
                return self._data[i - first]
            return self._chunk_rows(i // self._chunk)[i % self._chunk]
        else:
            rows = np.asarray(key)
            if rows.dtype == bool:
                rows = np.flatnonzero(rows)
            rows = np.where(rows < 0, rows + n, rows).astype(np.intp)
            if len(rows) and (rows.min() < 0 or rows.max() >= n):
                raise IndexError(f"an index is out of bounds for {n} rows")
        out = np.empty((len(rows),) + self._row_shape())
        recent = rows >= first
        out[recent] = self._data[rows[recent] - first]
        old = np.flatnonzero(~recent)
        if len(old):
            which = rows[old] // self._chunk
            for k in np.unique(which):
                here = old[which == k]
                out[here] = self._chunk_rows(int(k))[rows[here] - int(k) * self._chunk]
        return out

    @property
    def nbytes(self) -> int:
        """Bytes held: the sealed chunks and the raw tail's capacity."""
        return sum(len(c) for c in self._sealed) + int(self._data.nbytes)


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

    Every array is a ``CompactArray``: read recent rows by index or slice (``loss[-1]``,
    ``loss[start:]``); ``values`` builds the whole array.
    """

    FIELDS = ("loss", "epoch_update", "epoch_loss", "epoch_val", "epoch_accuracy", "epoch_val_accuracy")

    def __init__(self, n_params_traced: int | None = None) -> None:
        self.loss = CompactArray()
        self.epoch_update = CompactArray()
        self.epoch_loss = CompactArray()
        self.epoch_val = CompactArray()
        self.epoch_accuracy = CompactArray()
        self.epoch_val_accuracy = CompactArray()
        self.params = None if n_params_traced is None else CompactArray(n_params_traced)

    @property
    def nbytes(self) -> int:
        """Bytes the history holds."""
        arrays = [getattr(self, name) for name in self.FIELDS] + ([self.params] if self.params is not None else [])
        return sum(a.nbytes for a in arrays)

    def state(self) -> dict[str, Array]:
        arrays = {name: getattr(self, name).copy_values() for name in self.FIELDS}
        if self.params is not None:
            arrays["params"] = self.params.copy_values()
        return arrays

    def load_state(self, arrays: dict[str, Array]) -> None:
        for name in self.FIELDS:
            getattr(self, name).load(arrays[name])
        if "params" in arrays:
            self.params = CompactArray(np.asarray(arrays["params"]).shape[1])
            self.params.load(arrays["params"])
