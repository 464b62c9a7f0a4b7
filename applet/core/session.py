"""Sessions: a learner's run kept in a ``.dlapplet`` file and continued later, exactly.

A session file is a zip holding two members:

- ``session.json``: the format and app versions, the lesson and its choices, the data
  (built-in, or the imported CSV's text and name), the network's shape and seed, the
  hyper-parameters and stopping rules, and the trainer's state — update and epoch
  counters, where it is in the epoch's shuffled order, its random generator, its
  optimizer — so that training goes on as if it had never stopped;
- ``arrays.npz``: every array (weights, biases, the shuffle order, optimizer buffers,
  the loss history), referred to from the JSON as ``{"$array": name}``.

Nothing in a file is ever executed or unpickled: loading reads JSON and plain numeric
arrays (``allow_pickle=False``), checks every field, type, shape and value, and raises
``DataError`` saying what is wrong. Saving is atomic (``applet.core.files``), so an
interrupted save leaves the previous file as it was.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
import zlib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from applet import __version__
from applet.core.activations import ACTIVATIONS
from applet.core.datasets.split import MAX_UNSEEN_DAYS, UNSEEN_DAYS
from applet.core.datasource import CSV, REAL, SYNTHETIC, DataSource
from applet.core.errors import DataError
from applet.core.files import atomic_write
from applet.core.history import History
from applet.core.losses import LOSSES
from applet.core.network import LayerSpec
from applet.core.optim import OPTIMIZERS
from applet.core.problem import CLASSIFICATION, FILL, GAP_CHOICES, Problem

FORMAT = "dlapplet-session"
FORMAT_VERSION = 1
SUFFIX = ".dlapplet"
JSON_NAME = "session.json"
ARRAYS_NAME = "arrays.npz"
MAX_MEMBER_BYTES = 2**30  # refuse to unpack more than 1 GiB per member
MAX_JSON_BYTES = 2**26  # settings, counters and an imported CSV's text: far less than 64 MiB
MAX_SEED = 2**31 - 1
MAX_COUNT = 10**12  # updates, epochs, Adam's step count: far beyond any real run, small enough for float maths
HYPER_PARAMETERS = (
    "loss",
    "lr",
    "batch_size",
    "optimizer",
    "max_updates",
    "max_epochs",
    "grad_tol",
    "trace_params",
    "spread_kinks",
    "weight_decay",
)
OPTIONAL_HYPER = ("weight_decay",)  # absent from sessions saved before weight decay existed: 0
SWITCHES = ("trace_params", "spread_kinks")  # the hyper-parameters that are true or false
TOP_KEYS = (
    "format",
    "format_version",
    "app_version",
    "lesson",
    "choices",
    "data",
    "network",
    "training",
    "seed",
    "trainer",
)
TRAINER_KEYS = (
    "update",
    "epoch",
    "pos",
    "order",
    "rng",
    "epoch_loss_sum",
    "epoch_correct",
    "loss",
    "lr",
    "batch_size",
    "optimizer",
    "optimizer_state",
    "reference",
    "smoothed",
    "history",
)
OPTIONAL_TRAINER_KEYS = ("weight_decay", "best")


@dataclass(frozen=True, eq=False)
class Session:
    """Everything needed to show a lesson again and continue its training identically.

    ``hyper`` holds the TrainingSetup fields named in ``HYPER_PARAMETERS``; ``trainer``
    is ``Trainer.state()``; ``weights``/``biases`` are the network's current parameters.
    """

    lesson: str
    choices: dict
    data: DataSource
    n_inputs: int
    layers: tuple[LayerSpec, ...]
    seed: int
    hyper: dict
    trainer: dict
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    app_version: str = __version__


# -- saving ---------------------------------------------------------------------------------
def save_session(path: str | Path, session: Session) -> None:
    """Write ``session`` to ``path`` atomically (DataError if it cannot be written)."""
    arrays: dict[str, np.ndarray] = {}
    source = session.data
    data = {"kind": source.kind, "gaps": source.gaps, "val_start": source.val_start, "val_days": source.val_days}
    if source.text is not None:
        data.update(name=source.name, text=source.text)
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": session.app_version,
        "lesson": session.lesson,
        "choices": session.choices,
        "data": data,
        "network": {
            "n_inputs": session.n_inputs,
            "layers": [[s.units, s.activation] for s in session.layers],
            "seed": session.seed,
        },
        "training": {name: session.hyper[name] for name in HYPER_PARAMETERS},
        "seed": session.seed,
        "trainer": _to_json(session.trainer, "trainer", arrays),
    }
    for l, (w, b) in enumerate(zip(session.weights, session.biases)):
        arrays[f"weights.{l}"], arrays[f"biases.{l}"] = np.asarray(w), np.asarray(b)
    try:
        text = json.dumps(doc, allow_nan=False, indent=1, ensure_ascii=False)
    except ValueError as error:  # NaN or infinity somewhere in the state
        raise DataError(f"The training state cannot be saved: {error}.") from error
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)

    def write(file) -> None:
        with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(JSON_NAME, text)
            archive.writestr(ARRAYS_NAME, buffer.getvalue())

    atomic_write(path, write)


def _to_json(value, key: str, arrays: dict[str, np.ndarray]):
    """``value`` as JSON, with each array moved into ``arrays`` under a name made of its path."""
    if isinstance(value, np.ndarray):
        arrays[key] = value
        return {"$array": key}
    if isinstance(value, dict):
        return {str(k): _to_json(v, f"{key}.{k}", arrays) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_json(v, f"{key}.{i}", arrays) for i, v in enumerate(value)]
    if isinstance(value, np.generic):
        return value.item()
    return value


# -- loading --------------------------------------------------------------------------------
def load_session(path: str | Path, lessons: Collection[str] | None = None) -> Session:
    """Read and check a session file; ``lessons`` are the lesson ids this app knows.

    Raises ``DataError`` for anything unreadable, damaged, edited into nonsense, or
    written by a newer format version.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            doc = _read_json(archive)
            arrays = _read_arrays(archive)
        return _session(doc, arrays, lessons)
    except DataError as error:
        raise DataError(f"{path.name} cannot be opened: {error}") from error
    except FileNotFoundError:
        raise DataError(f"{path.name} does not exist.") from None
    except OSError as error:
        raise DataError(f"Could not open {path.name}: {error.strerror or error}.") from error
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError) as error:
        # NotImplementedError: a damaged header naming a zip version or compression Python cannot read
        raise DataError(f"{path.name} is not an applet session, or it is damaged ({error}).") from error


def _member(archive: zipfile.ZipFile, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise DataError(f"it has no {name}, so it is not an applet session.") from None
    if info.file_size > limit:
        raise DataError(f"its {name} is larger than {limit >> 20} MB.")
    try:
        return archive.read(name)
    except (RuntimeError, NotImplementedError) as error:  # encrypted, or a compression Python lacks
        raise DataError(f"its {name} cannot be unpacked ({error}).") from error


def _reject_constant(name: str):
    raise DataError(f"session.json contains {name}, which is not a number a session can hold.")


def _read_json(archive: zipfile.ZipFile) -> dict:
    try:
        doc = json.loads(_member(archive, JSON_NAME, MAX_JSON_BYTES).decode("utf-8"), parse_constant=_reject_constant)
    except DataError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise DataError(f"session.json is not valid JSON ({error}).") from error
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DataError("session.json does not describe an applet session.")
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DataError(f"its format version {_show(version)} is unknown; this applet reads version {FORMAT_VERSION}.")
    if version > FORMAT_VERSION:
        raise DataError(
            f"it was saved in session format {version} (by applet {doc.get('app_version', '?')}), which is newer "
            f"than this applet ({__version__}, format {FORMAT_VERSION}) can read. Update the applet to open it."
        )
    return doc


def _read_arrays(archive: zipfile.ZipFile) -> dict[str, np.ndarray]:
    data = _member(archive, ARRAYS_NAME)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as npz:  # an .npz is a zip of .npy files
            for info in npz.infolist():
                _check_declared_size(npz, info)
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            return {name: npz[name] for name in npz.files}
    except DataError:
        raise
    except (
        ValueError,
        OSError,
        EOFError,
        MemoryError,
        RuntimeError,
        NotImplementedError,
        zipfile.BadZipFile,
        zlib.error,
    ) as error:
        raise DataError(f"its arrays ({ARRAYS_NAME}) cannot be read ({error}).") from error


def _check_declared_size(npz: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse an array whose header promises more numbers than its file holds: NumPy would
    reserve memory for all of them before reading any."""
    if info.file_size > MAX_MEMBER_BYTES:
        raise DataError(f"its array {info.filename} is larger than {MAX_MEMBER_BYTES >> 20} MB.")
    with npz.open(info) as file:
        version = np.lib.format.read_magic(file)
        if version not in ((1, 0), (2, 0)):
            raise DataError(f"its array {info.filename} has an unknown format {version}.")
        read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, _, dtype = read_header(file)
    if math.prod(shape) * dtype.itemsize > info.file_size:
        raise DataError(f"its array {info.filename} declares {math.prod(shape)} values but holds fewer.")


def _session(doc: dict, arrays: dict[str, np.ndarray], lessons: Collection[str] | None) -> Session:
    _keys(doc, "session.json", TOP_KEYS)
    app_version = _text(doc["app_version"], "app_version")
    lesson = _text(doc["lesson"], "lesson")
    if lessons is not None and lesson not in lessons:
        raise DataError(f"it uses the lesson {_show(lesson)}, which this applet does not have.")
    seed = _int(doc["seed"], "seed", hi=MAX_SEED)
    n_inputs, layers = _network(doc["network"], seed)
    hyper = _hyper(doc["training"])
    shapes = [(fan_in, spec.units) for fan_in, spec in zip([n_inputs] + [s.units for s in layers[:-1]], layers)]
    weights = tuple(
        _array(arrays.get(f"weights.{l}"), f"weights of layer {l + 1}", shape=s) for l, s in enumerate(shapes)
    )
    biases = tuple(
        _array(arrays.get(f"biases.{l}"), f"biases of layer {l + 1}", shape=(s[1],)) for l, s in enumerate(shapes)
    )
    trainer = _trainer(_from_json(doc["trainer"], arrays), [w.shape for w in weights] + [b.shape for b in biases])
    if "params" in trainer["history"] and not hyper["trace_params"]:
        raise DataError("its history holds a parameter path, but tracing the path is off.")
    for name in ("loss", "optimizer", "lr", "weight_decay"):
        if trainer[name] != hyper[name]:
            raise DataError(
                f"the trainer's {name} ({trainer[name]!r}) disagrees with training.{name} ({hyper[name]!r})."
            )
    return Session(
        lesson,
        _choices(doc["choices"]),
        _data(doc["data"]),
        n_inputs,
        layers,
        seed,
        hyper,
        trainer,
        weights,
        biases,
        app_version,
    )


def check_fits(session: Session, problem: Problem) -> None:
    """Raise DataError unless the saved network and trainer fit ``problem`` (the lesson's data)."""
    if session.n_inputs != problem.n_inputs:
        raise DataError(
            f"The saved network has {session.n_inputs} inputs, but the lesson's data have {problem.n_inputs}."
        )
    if session.layers[-1].units != problem.n_outputs:
        raise DataError(
            f"The saved network has {session.layers[-1].units} outputs, but the lesson needs {problem.n_outputs}."
        )
    if (session.hyper["loss"] == "cross_entropy") != (problem.task == CLASSIFICATION):
        raise DataError(f"The loss {session.hyper['loss']!r} does not suit the lesson's task ({problem.task}).")
    n, t = len(problem.X_train), session.trainer
    if t["order"] is not None and len(t["order"]) != n:
        raise DataError(f"The saved batch order covers {len(t['order'])} samples, but the data have {n}.")
    if t["pos"] > n or t["batch_size"] > n or t["epoch_correct"] > n:
        raise DataError(f"The saved position in the epoch does not fit the {n} training samples.")


# -- checking each part ---------------------------------------------------------------------
def _show(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _keys(value, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
    if not isinstance(value, dict):
        raise DataError(f"{where} must be a JSON object.")
    missing = [k for k in required if k not in value]
    unknown = [k for k in value if k not in required and k not in optional]
    if missing:
        raise DataError(f"{where} lacks {', '.join(missing)}.")
    if unknown:
        raise DataError(f"{where} has unknown fields: {', '.join(map(str, unknown))}.")
    return value


def _int(value, where: str, lo: int = 0, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < lo or (hi is not None and value > hi):
        bounds = f"from {lo} to {hi}" if hi is not None else f"≥ {lo}"
        raise DataError(f"{where} must be a whole number {bounds}, not {_show(value)}.")
    return value


def _number(value, where: str, positive: bool = False) -> float:
    number = (
        float(value)
        if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**1000)
        else math.nan
    )
    if not math.isfinite(number) or (positive and number <= 0):
        raise DataError(f"{where} must be a {'positive' if positive else 'finite'} number, not {_show(value)}.")
    return number


def _text(value, where: str, names: Collection[str] | None = None) -> str:
    if not isinstance(value, str):
        raise DataError(f"{where} must be text, not {_show(value)}.")
    if names is not None and value not in names:
        raise DataError(f"{where} is {_show(value)}; known are: {', '.join(names)}.")
    return value


def _optional(check, value, where: str, **kwargs):
    return None if value is None else check(value, where, **kwargs)


def _array(
    value,
    where: str,
    shape: tuple | None = None,
    ndim: int | None = None,
    integer: bool = False,
    allow_nan: bool = False,
) -> np.ndarray:
    if not isinstance(value, np.ndarray):
        raise DataError(f"the {where} are missing or not an array.")
    kinds = "iu" if integer else "fiu"
    if value.dtype.kind not in kinds:
        raise DataError(f"the {where} must be {'whole' if integer else 'real'} numbers, not {value.dtype}.")
    if shape is not None and value.shape != shape:
        raise DataError(f"the {where} have shape {value.shape}, but the network needs {shape}.")
    if ndim is not None and value.ndim != ndim:
        raise DataError(f"the {where} must have {ndim} dimension(s), not {value.ndim}.")
    if integer:
        return value.astype(np.intp)
    value = value.astype(np.float64)
    bad = np.isinf(value) if allow_nan else ~np.isfinite(value)
    if bad.any():
        raise DataError(f"the {where} contain NaN or infinite values.")
    return value


def _from_json(value, arrays: dict[str, np.ndarray]):
    """Put the arrays back where the JSON refers to them."""
    if isinstance(value, dict):
        if set(value) == {"$array"}:
            name = value["$array"]
            if not isinstance(name, str) or name not in arrays:
                raise DataError(f"it refers to an array {_show(name)} that {ARRAYS_NAME} does not hold.")
            return arrays[name]
        return {k: _from_json(v, arrays) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_json(v, arrays) for v in value]
    return value


def _choices(value) -> dict:
    if not isinstance(value, dict) or not all(
        isinstance(v, (str, int, float, bool)) or v is None for v in value.values()
    ):
        raise DataError("choices must map each lesson setting to one plain value.")
    return dict(value)


def _data(value) -> DataSource:
    """The data source: a built-in set ("builtin" in older sessions is the synthetic one) or an
    imported CSV, with the missing-day choice and the split (absent in older sessions: the defaults)."""
    split_keys = ("gaps", "val_start", "val_days")
    kinds = ("builtin", SYNTHETIC, REAL, CSV)
    kind = _text(_keys(value, "data", ("kind",), ("name", "text", *split_keys)).get("kind"), "data.kind", kinds)
    options = {
        "gaps": _text(value.get("gaps", FILL), "data.gaps", GAP_CHOICES),
        "val_start": _optional(_text, value.get("val_start"), "data.val_start"),
        "val_days": _int(value.get("val_days", UNSEEN_DAYS), "data.val_days", 1, MAX_UNSEEN_DAYS),
    }
    try:
        if kind != CSV:
            _keys(value, "data", ("kind",), split_keys)
            return DataSource(dataset=REAL if kind == REAL else SYNTHETIC, **options)
        _keys(value, "data", ("kind", "name", "text"), split_keys)
        return DataSource(_text(value["name"], "data.name"), _text(value["text"], "data.text"), **options)
    except DataError as error:
        what = "imported data cannot be read" if kind == CSV else "data settings cannot be used"
        raise DataError(f"its {what}: {error}") from error


def _network(value, seed: int) -> tuple[int, tuple[LayerSpec, ...]]:
    _keys(value, "network", ("n_inputs", "layers", "seed"))
    n_inputs = _int(value["n_inputs"], "network.n_inputs", lo=1)
    if _int(value["seed"], "network.seed", hi=MAX_SEED) != seed:
        raise DataError("network.seed disagrees with seed.")
    layers = value["layers"]
    if not isinstance(layers, list) or not layers:
        raise DataError("network.layers must be a non-empty list of [units, activation].")
    specs = []
    for i, layer in enumerate(layers, start=1):
        if not isinstance(layer, list) or len(layer) != 2:
            raise DataError(f"network layer {i} must be [units, activation].")
        specs.append(
            LayerSpec(
                _int(layer[0], f"network layer {i} units", lo=1),
                _text(layer[1], f"network layer {i} activation", ACTIVATIONS),
            )
        )
    return n_inputs, tuple(specs)


def _hyper(value) -> dict:
    _keys(value, "training", tuple(k for k in HYPER_PARAMETERS if k not in OPTIONAL_HYPER), OPTIONAL_HYPER)
    for name in SWITCHES:
        if not isinstance(value[name], bool):
            raise DataError(f"training.{name} must be true or false.")
    return {
        "loss": _text(value["loss"], "training.loss", LOSSES),
        "lr": _number(value["lr"], "training.lr", positive=True),
        "batch_size": _optional(_int, value["batch_size"], "training.batch_size", lo=1),
        "optimizer": _text(value["optimizer"], "training.optimizer", OPTIMIZERS),
        "max_updates": _optional(_int, value["max_updates"], "training.max_updates", lo=1),
        "max_epochs": _optional(_int, value["max_epochs"], "training.max_epochs", lo=1),
        "grad_tol": _optional(_number, value["grad_tol"], "training.grad_tol", positive=True),
        "weight_decay": _weight_decay(value.get("weight_decay", 0.0), "training.weight_decay"),
        **{name: value[name] for name in SWITCHES},
    }


def _trainer(value, shapes: list[tuple]) -> dict:
    _keys(value, "trainer", TRAINER_KEYS, OPTIONAL_TRAINER_KEYS)
    order = _optional(_array, value["order"], "trainer's batch order", ndim=1, integer=True)
    if order is not None and not np.array_equal(np.sort(order), np.arange(len(order))):
        raise DataError("the trainer's batch order is not a shuffle of the samples.")
    optimizer = _text(value["optimizer"], "trainer.optimizer", OPTIMIZERS)
    return {
        "update": _int(value["update"], "trainer.update", hi=MAX_COUNT),
        "epoch": _int(value["epoch"], "trainer.epoch", hi=MAX_COUNT),
        "pos": _int(value["pos"], "trainer.pos", hi=MAX_COUNT),
        "order": order,
        "rng": _rng(value["rng"]),
        "epoch_loss_sum": _number(value["epoch_loss_sum"], "trainer.epoch_loss_sum"),
        "epoch_correct": _int(value["epoch_correct"], "trainer.epoch_correct", hi=MAX_COUNT),
        "loss": _text(value["loss"], "trainer.loss", LOSSES),
        "lr": _number(value["lr"], "trainer.lr", positive=True),
        "batch_size": _int(value["batch_size"], "trainer.batch_size", lo=1),
        "optimizer": optimizer,
        "optimizer_state": _optimizer_state(optimizer, value["optimizer_state"], shapes),
        "reference": _number(value["reference"], "trainer.reference", positive=True),
        "smoothed": _optional(_number, value["smoothed"], "trainer.smoothed"),
        "history": _history(value["history"], sum(math.prod(s) for s in shapes)),
        "weight_decay": _weight_decay(value.get("weight_decay", 0.0), "trainer.weight_decay"),
        "best": _optional(_best, value.get("best"), "trainer.best", shapes=shapes),
    }


def _weight_decay(value, where: str) -> float:
    if type(value) in (int, float) and value == 0:
        return 0.0
    return _number(value, where, positive=True)


def _best(value, where: str, shapes: list[tuple]) -> dict:
    """Early stopping's parameters at the lowest L′ (weights then biases, like ``shapes``)."""
    _keys(value, where, ("val_loss", "update", "epoch", "weights", "biases"))
    n_layers = len(shapes) // 2
    if value["weights"] is None or value["biases"] is None:
        raise DataError(f"{where} must hold the weights and biases of every layer.")
    return {
        "val_loss": _number(value["val_loss"], f"{where}.val_loss"),
        "update": _int(value["update"], f"{where}.update", hi=MAX_COUNT),
        "epoch": _int(value["epoch"], f"{where}.epoch", hi=MAX_COUNT),
        "weights": _buffers(value["weights"], f"{where} weights", shapes[:n_layers]),
        "biases": _buffers(value["biases"], f"{where} biases", shapes[n_layers:]),
    }


def _rng(value) -> dict:
    """The shuffle generator's state (PCG64: big integers, kept exactly by JSON)."""
    _keys(value, "trainer.rng", ("bit_generator", "state", "has_uint32", "uinteger"))
    _text(value["bit_generator"], "trainer.rng.bit_generator", ("PCG64",))
    inner = _keys(value["state"], "trainer.rng.state", ("state", "inc"))
    for key in ("state", "inc"):
        _int(inner[key], f"trainer.rng.state.{key}", hi=2**128 - 1)
    _int(value["has_uint32"], "trainer.rng.has_uint32", hi=1)
    _int(value["uinteger"], "trainer.rng.uinteger", hi=2**32 - 1)
    try:
        np.random.PCG64().state = value
    except (TypeError, ValueError) as error:
        raise DataError(f"the trainer's random generator state is invalid ({error}).") from error
    return {**value, "state": dict(inner)}


def _buffers(value, where: str, shapes: list[tuple]) -> list[np.ndarray] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != len(shapes):
        raise DataError(f"{where} must hold one array per parameter array ({len(shapes)}).")
    return [_array(v, f"{where} {i + 1}", shape=s) for i, (v, s) in enumerate(zip(value, shapes))]


def _optimizer_state(name: str, value, shapes: list[tuple]) -> dict:
    where = "trainer.optimizer_state"
    if name == "gd":
        _keys(value, where, ())
        return {}
    if name == "momentum":
        _keys(value, where, ("movement",))
        return {"movement": _buffers(value["movement"], "momentum buffer", shapes)}
    _keys(value, where, ("t", "m", "v"))
    m, v = _buffers(value["m"], "Adam mean", shapes), _buffers(value["v"], "Adam variance", shapes)
    if (m is None) != (v is None) or (v is not None and any((b < 0).any() for b in v)):
        raise DataError("the Adam running averages are inconsistent.")
    return {"t": _int(value["t"], f"{where}.t", hi=MAX_COUNT), "m": m, "v": v}


def _history(value, n_params: int) -> dict:
    """Every History field: one value per update, or per epoch (accuracies are empty unless classifying);
    only values on unseen data may be NaN (there may be none)."""
    _keys(value, "trainer.history", History.FIELDS, ("params",))
    history = {name: _array(value[name], f"history {name}", ndim=1, allow_nan="val" in name) for name in History.FIELDS}
    n_epochs = len(history["epoch_update"])
    if any(
        len(v) != n_epochs and not (len(v) == 0 and "accuracy" in name)
        for name, v in history.items()
        if name.startswith("epoch_")
    ):
        raise DataError("the per-epoch histories have different lengths.")
    if "params" in value:
        params = _array(value["params"], "parameter path", ndim=2)
        if params.shape[1] != n_params:
            raise DataError(f"the parameter path has {params.shape[1]} columns, the network {n_params} parameters.")
        history["params"] = params
    return history
