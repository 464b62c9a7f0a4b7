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
from collections.abc import Callable, Collection
from dataclasses import MISSING, dataclass, fields, is_dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

from applet import __version__
from applet.core.activations import ACTIVATIONS
from applet.core.datasets.planar import Points, features
from applet.core.datasets.split import MAX_UNSEEN_DAYS, UNSEEN_DAYS
from applet.core.datasource import CSV, REAL, SYNTHETIC, DataSource
from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.files import atomic_write, regular_file
from applet.core.history import History
from applet.core.losses import LOSSES
from applet.core.network import MAX_HIDDEN_LAYERS, MAX_UNITS, LayerSpec
from applet.core.optim import OPTIMIZERS
from applet.core.problem import CLASSIFICATION, FILL, GAP_CHOICES, Problem
from applet.core.trainer import MAX_BUDGET, Best, HyperParameters, TrainerState

FORMAT = "dlapplet-session"
FORMAT_VERSION = 1
SUFFIX = ".dlapplet"
JSON_NAME = "session.json"
ARRAYS_NAME = "arrays.npz"
MAX_MEMBER_BYTES = 2**30  # refuse to unpack more than 1 GiB per member, or of arrays in all
ARRAYS_RATIO = 20  # arrays may unpack to at most this many times their packed size…
ARRAYS_FLOOR = 4 * 2**20  # …plus this much: real weights and histories pack to far more than a twentieth
MAX_DEPTH = 16  # levels of nesting in session.json: a session has at most 6
MAX_INPUTS = 10**6  # inputs of a network: far beyond any lesson's (digits have 256)
MAX_JSON_BYTES = 2**26  # settings, counters and an imported CSV's text: far less than 64 MiB
MAX_SEED = 2**31 - 1
MAX_SPIN = 2**31 - 1  # the window's whole-number boxes hold no more
MAX_COUNT = 10**12  # updates, epochs, Adam's step count: far beyond any real run, small enough for float maths
HYPER_PARAMETERS = tuple(f.name for f in fields(HyperParameters))  # saved as "training"
OPTIONAL_HYPER = ("weight_decay", "l1")  # absent from sessions saved before these existed: 0
SWITCHES = tuple(f.name for f in fields(HyperParameters) if f.type in ("bool", bool))  # true or false
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
OPTIONAL_TOP_KEYS = ("plane",)  # free play's points (absent from other lessons and older sessions)
PLANE_KEYS = ("source", "builtin", "n", "noise", "seed", "unseen_share", "class_names", "features", "X", "y", "unseen")
TRAINER_KEYS = tuple(f.name for f in fields(TrainerState) if f.default is MISSING)
OPTIONAL_TRAINER_KEYS = tuple(f.name for f in fields(TrainerState) if f.default is not MISSING)  # newer fields
Json = Any  # a value read from session.json, checked before it is used


@dataclass(frozen=True, eq=False)
class Session:
    """Everything needed to show a lesson again and continue its training identically.

    ``hyper`` is the run's ``TrainingSetup.hyper()``; ``trainer`` is ``Trainer.state()``;
    ``weights``/``biases`` are the network's current parameters.
    """

    lesson: str
    choices: dict[str, Json]
    data: DataSource
    n_inputs: int
    layers: tuple[LayerSpec, ...]
    seed: int
    hyper: HyperParameters
    trainer: TrainerState
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    app_version: str = __version__
    points: Points | None = None  # free play: the points in the plane (then ``features`` too)
    features: tuple[str, ...] = ()


# -- saving ---------------------------------------------------------------------------------
def save_session(path: str | Path, session: Session, check: Callable[[Session], object] | None = None) -> None:
    """Write ``session`` to ``path`` atomically (DataError if it cannot be written).

    What is written is first read back by the very checks opening uses (and by ``check``,
    the window's own): a run that could not be opened again is refused here, saying why,
    and nothing is written.
    """
    text, npz = _encode(session)
    try:
        reopened = _decode(text, npz)
        if check is not None:
            check(reopened)
    except DataError as error:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "This run cannot be saved, because it could not be opened again: %1"), error
        ) from error

    def write(file: IO[bytes]) -> None:
        with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(JSON_NAME, text)
            archive.writestr(ARRAYS_NAME, npz)

    atomic_write(path, write)


def _encode(session: Session) -> tuple[str, bytes]:
    """The session as the text of session.json and the bytes of arrays.npz."""
    arrays: dict[str, np.ndarray] = {}
    source = session.data
    data: dict[str, Json] = {
        "kind": source.kind,
        "gaps": source.gaps,
        "val_start": source.val_start,
        "val_days": source.val_days,
    }
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
        "training": session.hyper.hyper_options(),
        "seed": session.seed,
        "trainer": _to_json(session.trainer, "trainer", arrays),
    }
    for l, (w, b) in enumerate(zip(session.weights, session.biases)):
        arrays[f"weights.{l}"], arrays[f"biases.{l}"] = np.asarray(w), np.asarray(b)
    if session.points is not None:
        doc["plane"] = _plane_json(session.points, session.features, arrays)
    try:
        text = json.dumps(doc, allow_nan=False, indent=1, ensure_ascii=False)
    except ValueError as error:  # NaN or infinity somewhere in the state
        raise DataError(QT_TRANSLATE_NOOP("DataError", "The training state cannot be saved: %1."), error) from error
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]  # NumPy's stub reads **arrays as its own flags
    return text, buffer.getvalue()


def _plane_json(points: Points, features: tuple[str, ...], arrays: dict[str, np.ndarray]) -> dict[str, Json]:
    """Free play's points: where they came from, their classes and the features, with the
    coordinates, classes and split as arrays (``plane.X``, ``plane.y``, ``plane.unseen``)."""
    arrays["plane.X"], arrays["plane.y"] = points.X, points.y
    arrays["plane.unseen"] = points.unseen.astype(np.int8)
    regression = {}
    if points.values is not None:  # a regression set: each point's target (``plane.values``)
        arrays["plane.values"] = points.values
        regression = {"values": {"$array": "plane.values"}}
    return {
        "source": points.source,
        "builtin": points.builtin,
        "n": points.n,
        "noise": points.noise,
        "seed": points.seed,
        "unseen_share": points.unseen_share,
        "class_names": list(points.class_names),
        "features": list(features),
        **{name: {"$array": f"plane.{name}"} for name in ("X", "y", "unseen")},
        **regression,
    }


def _decode(text: str | bytes, npz: bytes, lessons: Collection[str] | None = None) -> Session:
    """A session from the contents of its two members, every field checked (DataError if not)."""
    doc = _parse_json(text)
    return _session(doc, _read_arrays(npz, _array_names(doc)), lessons)


def _to_json(value: object, key: str, arrays: dict[str, np.ndarray]) -> Json:
    """``value`` as JSON, with each array moved into ``arrays`` under a name made of its path
    (a dataclass, e.g. ``TrainerState``, is written as an object of its fields)."""
    if isinstance(value, np.ndarray):
        arrays[key] = value
        return {"$array": key}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name), f"{key}.{f.name}", arrays) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): _to_json(v, f"{key}.{k}", arrays) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_json(v, f"{key}.{i}", arrays) for i, v in enumerate(value)]
    if isinstance(value, np.generic):
        return value.item()
    return value


# -- loading --------------------------------------------------------------------------------
# what zipfile raises reading a damaged archive; NotImplementedError: a header naming a zip
# version or compression Python cannot read; UnicodeDecodeError: a member's name marked UTF-8
# in its header that is not
DAMAGED_ZIP = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, UnicodeDecodeError)


def load_session(path: str | Path, lessons: Collection[str] | None = None) -> Session:
    """Read and check a session file; ``lessons`` are the lesson ids this app knows.

    Raises ``DataError`` for anything unreadable, damaged, edited into nonsense, or
    written by a newer format version.
    """
    path = Path(path)
    try:
        regular_file(path)  # a pipe or a device is never opened: it could block or never end
        with zipfile.ZipFile(path) as archive:
            doc = _parse_json(_member(archive, JSON_NAME, MAX_JSON_BYTES))
            packed = sum(info.compress_size for info in archive.infolist())
            limit = min(MAX_MEMBER_BYTES, ARRAYS_FLOOR + ARRAYS_RATIO * packed)
            arrays = _read_arrays(_member(archive, ARRAYS_NAME, limit), _array_names(doc))
        return _session(doc, arrays, lessons)
    except DataError as error:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 cannot be opened: %2"), path.name, error) from error
    except FileNotFoundError:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 does not exist."), path.name) from None
    except OSError as error:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "Could not open %1: %2."), path.name, error.strerror or error
        ) from error
    except DAMAGED_ZIP as error:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "%1 is not an applet session, or it is damaged (%2)."), path.name, error
        ) from error


def _member(archive: zipfile.ZipFile, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "it has no %1, so it is not an applet session."), name) from None
    if info.file_size > limit:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "its %1 would unpack to %2 MB, more than a session holds (at most %3 MB)."),
            name,
            info.file_size >> 20,
            limit >> 20,
        )
    try:
        return archive.read(name)
    except (RuntimeError, NotImplementedError) as error:  # encrypted, or a compression Python lacks
        raise DataError(QT_TRANSLATE_NOOP("DataError", "its %1 cannot be unpacked (%2)."), name, error) from error


def _reject_constant(name: str) -> None:
    raise DataError(
        QT_TRANSLATE_NOOP("DataError", "session.json contains %1, which is not a number a session can hold."), name
    )


def _depth(value: Json) -> int:
    """How deeply lists and objects nest in ``value`` (counted without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (dict, list)):
            deepest = max(deepest, depth)
            if depth <= MAX_DEPTH:
                stack.extend((v, depth + 1) for v in (value.values() if isinstance(value, dict) else value))
    return deepest


def _parse_json(data: str | bytes) -> dict[str, Json]:
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        doc = json.loads(text, parse_constant=_reject_constant)
    except DataError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "session.json is not valid JSON (%1)."), error) from error
    if _depth(doc) > MAX_DEPTH:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "session.json is nested more than %1 levels deep; a session never is."),
            MAX_DEPTH,
        )
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "session.json does not describe an applet session."))
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "its format version %1 is unknown; this applet reads version %2."),
            _show(version),
            FORMAT_VERSION,
        )
    if version > FORMAT_VERSION:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "it was saved in session format %1 (by applet %2), which is newer than this "
                "applet (%3, format %4) can read. Update the applet to open it.",
            ),
            version,
            doc.get("app_version", "?"),
            __version__,
            FORMAT_VERSION,
        )
    return doc


def _read_arrays(data: bytes, names: Collection[str]) -> dict[str, np.ndarray]:
    """The arrays the session's JSON names, from the bytes of arrays.npz. Sizes are checked from
    the headers before anything is unpacked: each one against its file, all together against
    the packed size (a few kilobytes never unpack into gigabytes); an array nobody names is not read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as npz:  # an .npz is a zip of .npy files
            total = 0
            for info in npz.infolist():
                if info.filename.removesuffix(".npy") in names:  # others are never unpacked
                    total += _check_declared_size(npz, info)
            if total > min(MAX_MEMBER_BYTES, ARRAYS_FLOOR + ARRAYS_RATIO * len(data)):
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "DataError", "its arrays would unpack to %1 MB from %2 kB, far more than any session holds."
                    ),
                    total >> 20,
                    len(data) >> 10,
                )
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            return {name: npz[name] for name in npz.files if name in names}
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
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "its arrays (%1) cannot be read (%2)."), ARRAYS_NAME, error
        ) from error


def _array_names(doc: dict[str, Json]) -> set[str]:
    """Every array name the JSON refers to, and the weights and biases of its layers."""
    names: set[str] = set()
    stack, seen = [doc.get("trainer")], 0
    while stack:
        value = stack.pop()
        seen += 1
        if isinstance(value, dict):
            if set(value) == {"$array"} and isinstance(value["$array"], str):
                names.add(value["$array"])
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    if isinstance(doc.get("plane"), dict):
        names.update(("plane.X", "plane.y", "plane.unseen"))
        if "values" in doc["plane"]:
            names.add("plane.values")
    layers = doc.get("network", {}).get("layers") if isinstance(doc.get("network"), dict) else None
    n_layers = min(len(layers), MAX_HIDDEN_LAYERS + 1) if isinstance(layers, list) else 0
    names.update(f"{kind}.{l}" for kind in ("weights", "biases") for l in range(n_layers))
    return names


def _check_declared_size(npz: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Refuse an array whose header promises more numbers than its file holds: NumPy would
    reserve memory for all of them before reading any."""
    if info.file_size > MAX_MEMBER_BYTES:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "its array %1 is larger than %2 MB."), info.filename, MAX_MEMBER_BYTES >> 20
        )
    with npz.open(info) as file:
        version = np.lib.format.read_magic(file)
        if version not in ((1, 0), (2, 0)):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "its array %1 has an unknown format %2."), info.filename, version
            )
        read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, _, dtype = read_header(file)
    if math.prod(shape) * dtype.itemsize > info.file_size:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "its array %1 declares %2 values but holds fewer."),
            info.filename,
            math.prod(shape),
        )
    return info.file_size


def _session(doc: dict[str, Json], arrays: dict[str, np.ndarray], lessons: Collection[str] | None) -> Session:
    _keys(doc, "session.json", TOP_KEYS, OPTIONAL_TOP_KEYS)
    app_version = _text(doc["app_version"], "app_version")
    lesson = _text(doc["lesson"], "lesson")
    if lessons is not None and lesson not in lessons:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "it uses the lesson %1, which this applet does not have."), _show(lesson)
        )
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
    if "params" in trainer.history and not hyper.trace_params:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "its history holds a parameter path, but tracing the path is off.")
        )
    for name in ("loss", "optimizer", "lr", "weight_decay", "l1"):
        if getattr(trainer, name) != getattr(hyper, name):
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "the trainer's %1 (%2) disagrees with training.%1 (%3)."),
                name,
                repr(getattr(trainer, name)),
                repr(getattr(hyper, name)),
            )
    points, features = _plane(doc["plane"], arrays) if "plane" in doc else (None, ())
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
        points,
        features,
    )


def check_fits(session: Session, problem: Problem) -> None:
    """Raise DataError unless the saved network and trainer fit ``problem`` (the lesson's data)."""
    if session.n_inputs != problem.n_inputs:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The saved network has %1 inputs, but the lesson's data have %2."),
            session.n_inputs,
            problem.n_inputs,
        )
    if session.layers[-1].units != problem.n_outputs:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The saved network has %1 outputs, but the lesson needs %2."),
            session.layers[-1].units,
            problem.n_outputs,
        )
    if (session.hyper.loss == "cross_entropy") != (problem.task == CLASSIFICATION):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The loss %1 does not suit the lesson's task (%2)."),
            repr(session.hyper.loss),
            problem.task,
        )
    n, t = len(problem.X_train), session.trainer
    if t.order is not None and len(t.order) != n:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The saved batch order covers %1 samples, but the data have %2."),
            len(t.order),
            n,
        )
    if t.pos > n or t.batch_size > n or t.epoch_correct > n:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "The saved position in the epoch does not fit the %1 training samples."), n
        )


# -- checking each part ---------------------------------------------------------------------
def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _keys(value: Json, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Json]:
    if not isinstance(value, dict):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 must be a JSON object."), where)
    missing = [k for k in required if k not in value]
    unknown = [k for k in value if k not in required and k not in optional]
    if missing:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 lacks %2."), where, ", ".join(missing))
    if unknown:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "%1 has unknown fields: %2."), where, ", ".join(map(str, unknown))
        )
    return value


def _int(value: Json, where: str, lo: int = 0, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < lo or (hi is not None and value > hi):
        if hi is None:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "%1 must be a whole number ≥ %2, not %3."), where, lo, _show(value)
            )
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "%1 must be a whole number from %2 to %3, not %4."),
            where,
            lo,
            hi,
            _show(value),
        )
    return value


def _number(value: Json, where: str, positive: bool = False) -> float:
    number = (
        float(value)
        if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**1000)
        else math.nan
    )
    if not math.isfinite(number) or (positive and number <= 0):
        template = (
            QT_TRANSLATE_NOOP("DataError", "%1 must be a positive number, not %2.")
            if positive
            else QT_TRANSLATE_NOOP("DataError", "%1 must be a finite number, not %2.")
        )
        raise DataError(template, where, _show(value))
    return number


def _text(value: Json, where: str, names: Collection[str] | None = None) -> str:
    if not isinstance(value, str):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 must be text, not %2."), where, _show(value))
    if names is not None and value not in names:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "%1 is %2; known are: %3."), where, _show(value), ", ".join(names)
        )
    return value


def _optional(check: Callable[..., Any], value: Json, where: str, **kwargs: Any) -> Any:
    return None if value is None else check(value, where, **kwargs)


def _array(
    value: Json,
    where: str,
    shape: tuple[int, ...] | None = None,
    ndim: int | None = None,
    integer: bool = False,
    allow_nan: bool = False,
) -> np.ndarray:
    if not isinstance(value, np.ndarray):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "the %1 are missing or not an array."), where)
    kinds = "iu" if integer else "fiu"
    if value.dtype.kind not in kinds:
        template = (
            QT_TRANSLATE_NOOP("DataError", "the %1 must be whole numbers, not %2.")
            if integer
            else QT_TRANSLATE_NOOP("DataError", "the %1 must be real numbers, not %2.")
        )
        raise DataError(template, where, value.dtype)
    if shape is not None and value.shape != shape:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "the %1 have shape %2, but the network needs %3."), where, value.shape, shape
        )
    if ndim is not None and value.ndim != ndim:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "the %1 must have %2 dimension(s), not %3."), where, ndim, value.ndim
        )
    if integer:
        return value.astype(np.intp)
    value = value.astype(np.float64)
    bad = np.isinf(value) if allow_nan else ~np.isfinite(value)
    if bad.any():
        raise DataError(QT_TRANSLATE_NOOP("DataError", "the %1 contain NaN or infinite values."), where)
    return value


def _from_json(value: Json, arrays: dict[str, np.ndarray]) -> Json:
    """Put the arrays back where the JSON refers to them."""
    if isinstance(value, dict):
        if set(value) == {"$array"}:
            name = value["$array"]
            if not isinstance(name, str) or name not in arrays:
                raise DataError(
                    QT_TRANSLATE_NOOP("DataError", "it refers to an array %1 that %2 does not hold."),
                    _show(name),
                    ARRAYS_NAME,
                )
            return arrays[name]
        return {k: _from_json(v, arrays) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_json(v, arrays) for v in value]
    return value


def _choices(value: Json) -> dict[str, Json]:
    if not isinstance(value, dict) or not all(
        isinstance(v, (str, int, float, bool)) or v is None for v in value.values()
    ):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "choices must map each lesson setting to one plain value."))
    return dict(value)


def _data(value: Json) -> DataSource:
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
        if kind == CSV:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "its imported data cannot be read: %1"), error) from error
        raise DataError(QT_TRANSLATE_NOOP("DataError", "its data settings cannot be used: %1"), error) from error


def _plane(value: Json, arrays: dict[str, np.ndarray]) -> tuple[Points, tuple[str, ...]]:
    """Free play's points and features, every field checked."""
    _keys(value, "plane", PLANE_KEYS, ("values",))
    names, chosen = value["class_names"], value["features"]
    for field_name, items in (("plane.class_names", names), ("plane.features", chosen)):
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 must be a list of names."), field_name)
    if not isinstance(value["builtin"], bool):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 must be true or false."), "plane.builtin")
    X = _array(_from_json(value["X"], arrays), "points' coordinates", ndim=2)
    y = _array(_from_json(value["y"], arrays), "points' classes", ndim=1, integer=True)
    unseen = _array(_from_json(value["unseen"], arrays), "points' split", ndim=1, integer=True)
    if not np.isin(unseen, (0, 1)).all():
        raise DataError(QT_TRANSLATE_NOOP("DataError", "the points' split must hold 0 (training) or 1 (unseen)."))
    values = None
    if "values" in value:
        values = _array(_from_json(value["values"], arrays), "points' targets", ndim=1)
    try:
        features(np.zeros((1, 2)), chosen)
        points = Points(
            X,
            y,
            tuple(names),
            unseen.astype(bool),
            _text(value["source"], "plane.source"),
            value["builtin"],
            _int(value["n"], "plane.n", lo=1, hi=MAX_COUNT),
            _number(value["noise"], "plane.noise"),
            _int(value["seed"], "plane.seed", hi=MAX_SEED),
            _number(value["unseen_share"], "plane.unseen_share"),
            values=values,
        )
    except DataError as error:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "its points in the plane cannot be used: %1"), error) from error
    return points, tuple(chosen)


def _network(value: Json, seed: int) -> tuple[int, tuple[LayerSpec, ...]]:
    _keys(value, "network", ("n_inputs", "layers", "seed"))
    n_inputs = _int(value["n_inputs"], "network.n_inputs", lo=1, hi=MAX_INPUTS)
    if _int(value["seed"], "network.seed", hi=MAX_SEED) != seed:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "network.seed disagrees with seed."))
    layers = value["layers"]
    if not isinstance(layers, list) or not layers:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "network.layers must be a non-empty list of [units, activation].")
        )
    if len(layers) > MAX_HIDDEN_LAYERS + 1:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "its network has %1 hidden layers; the applet builds at most %2 hidden layers."
            ),
            len(layers) - 1,
            MAX_HIDDEN_LAYERS,
        )
    specs = []
    for i, layer in enumerate(layers, start=1):
        if not isinstance(layer, list) or len(layer) != 2:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "network layer %1 must be [units, activation]."), i)
        specs.append(
            LayerSpec(
                _int(layer[0], f"network layer {i} units", lo=1, hi=MAX_UNITS),
                _text(layer[1], f"network layer {i} activation", ACTIVATIONS),
            )
        )
    return n_inputs, tuple(specs)


def _hyper(value: Json) -> HyperParameters:
    _keys(value, "training", tuple(k for k in HYPER_PARAMETERS if k not in OPTIONAL_HYPER), OPTIONAL_HYPER)
    for name in SWITCHES:
        if not isinstance(value[name], bool):
            raise DataError(QT_TRANSLATE_NOOP("DataError", "training.%1 must be true or false."), name)
    return HyperParameters(
        loss=_text(value["loss"], "training.loss", LOSSES),
        lr=_number(value["lr"], "training.lr", positive=True),
        batch_size=_optional(_int, value["batch_size"], "training.batch_size", lo=1, hi=MAX_SPIN),
        optimizer=_text(value["optimizer"], "training.optimizer", OPTIMIZERS),
        max_updates=_optional(_int, value["max_updates"], "training.max_updates", lo=1, hi=MAX_BUDGET),
        max_epochs=_optional(_int, value["max_epochs"], "training.max_epochs", lo=1, hi=MAX_BUDGET),
        grad_tol=_optional(_number, value["grad_tol"], "training.grad_tol", positive=True),
        weight_decay=_weight_decay(value.get("weight_decay", 0.0), "training.weight_decay"),
        l1=_weight_decay(value.get("l1", 0.0), "training.l1"),
        **{name: value[name] for name in SWITCHES},
    )


Shapes = list[tuple[int, ...]]  # of the weights, then the biases, layer by layer


def _trainer(value: Json, shapes: Shapes) -> TrainerState:
    _keys(value, "trainer", TRAINER_KEYS, OPTIONAL_TRAINER_KEYS)
    order = _optional(_array, value["order"], "trainer's batch order", ndim=1, integer=True)
    if order is not None and not np.array_equal(np.sort(order), np.arange(len(order))):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "the trainer's batch order is not a shuffle of the samples."))
    optimizer = _text(value["optimizer"], "trainer.optimizer", OPTIMIZERS)
    update = _int(value["update"], "trainer.update", hi=MAX_COUNT)
    epoch = _int(value["epoch"], "trainer.epoch", hi=MAX_COUNT)
    return TrainerState(
        update=update,
        epoch=epoch,
        pos=_int(value["pos"], "trainer.pos", hi=MAX_COUNT),
        order=order,
        rng=_rng(value["rng"]),
        epoch_loss_sum=_number(value["epoch_loss_sum"], "trainer.epoch_loss_sum"),
        epoch_correct=_int(value["epoch_correct"], "trainer.epoch_correct", hi=MAX_COUNT),
        loss=_text(value["loss"], "trainer.loss", LOSSES),
        lr=_number(value["lr"], "trainer.lr", positive=True),
        batch_size=_int(value["batch_size"], "trainer.batch_size", lo=1, hi=MAX_COUNT),
        optimizer=optimizer,
        optimizer_state=_optimizer_state(optimizer, value["optimizer_state"], shapes),
        reference=_number(value["reference"], "trainer.reference", positive=True),
        smoothed=_optional(_number, value["smoothed"], "trainer.smoothed"),
        history=_history(value["history"], sum(math.prod(s) for s in shapes), update, epoch),
        weight_decay=_weight_decay(value.get("weight_decay", 0.0), "trainer.weight_decay"),
        best=_optional(_best, value.get("best"), "trainer.best", shapes=shapes),
        l1=_weight_decay(value.get("l1", 0.0), "trainer.l1"),
    )


def _weight_decay(value: Json, where: str) -> float:
    if type(value) in (int, float) and value == 0:
        return 0.0
    return _number(value, where, positive=True)


def _best(value: Json, where: str, shapes: Shapes) -> Best:
    """Early stopping's parameters at the lowest L′ (weights then biases, like ``shapes``)."""
    _keys(value, where, tuple(f.name for f in fields(Best)))
    n_layers = len(shapes) // 2
    if value["weights"] is None or value["biases"] is None:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "%1 must hold the weights and biases of every layer."), where)
    return Best(
        _number(value["val_loss"], f"{where}.val_loss"),
        _int(value["update"], f"{where}.update", hi=MAX_COUNT),
        _int(value["epoch"], f"{where}.epoch", hi=MAX_COUNT),
        tuple(_arrays(value["weights"], f"{where} weights", shapes[:n_layers])),
        tuple(_arrays(value["biases"], f"{where} biases", shapes[n_layers:])),
    )


def _rng(value: Json) -> dict[str, Json]:
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
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "the trainer's random generator state is invalid (%1)."), error
        ) from error
    return {**value, "state": dict(inner)}


def _buffers(value: Json, where: str, shapes: Shapes) -> list[np.ndarray] | None:
    """An optimizer's buffers (none yet before its first step)."""
    return None if value is None else _arrays(value, where, shapes)


def _arrays(value: Json, where: str, shapes: Shapes) -> list[np.ndarray]:
    if not isinstance(value, list) or len(value) != len(shapes):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "%1 must hold one array per parameter array (%2)."), where, len(shapes)
        )
    return [_array(v, f"{where} {i + 1}", shape=s) for i, (v, s) in enumerate(zip(value, shapes))]


def _optimizer_state(name: str, value: Json, shapes: Shapes) -> dict[str, Json]:
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
        raise DataError(QT_TRANSLATE_NOOP("DataError", "the Adam running averages are inconsistent."))
    return {"t": _int(value["t"], f"{where}.t", hi=MAX_COUNT), "m": m, "v": v}


def _history(value: Json, n_params: int, update: int, epoch: int) -> dict[str, np.ndarray]:
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
        raise DataError(QT_TRANSLATE_NOOP("DataError", "the per-epoch histories have different lengths."))
    if len(history["loss"]) > update or n_epochs > epoch:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "its history is longer than its run (%1 updates, %2 epochs)."), update, epoch
        )
    if "params" in value:
        params = _array(value["params"], "parameter path", ndim=2)
        if params.shape[1] != n_params:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "the parameter path has %1 columns, the network %2 parameters."),
                params.shape[1],
                n_params,
            )
        if len(params) > update + 1:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "its history is longer than its run (%1 updates, %2 epochs)."),
                update,
                epoch,
            )
        history["params"] = params
    return history
