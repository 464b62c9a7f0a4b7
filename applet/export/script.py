"""Write an ``ExportRun`` as a readable NumPy or PyTorch script, its data beside it if needed.

The NumPy script spells out the engine's maths with the same operations in the same
order (``applet.core.network``, ``losses``, ``activations``, ``optim``, ``trainer``), so
it reproduces the app's losses bit for bit; the PyTorch script builds the same network
with ``torch.nn.Sequential``, the matching loss and ``torch.optim``, in float64, from the
same start and with the same batches. Only the code a run needs is written (its
activations, its loss, its optimizer). Comments are in the learner's language.

Templates below use ``$name`` for values and ``#@key`` for a comment from ``texts``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from string import Template

import numpy as np

from applet.core.errors import QT_TRANSLATE_NOOP, DataError
from applet.core.files import atomic_write, write_csv
from applet.core.problem import ProblemKind
from applet.export.plan import GIVEN, SPREAD, ExportRun
from applet.export.texts import text

Array = np.ndarray
FLAVOURS = ("numpy", "torch")
INLINE_LIMIT = 64  # data or start with at most this many numbers are written into the script

NUMPY_ACTIVATIONS = {
    "linear": "def linear(z):\n    return z\n",
    "sigmoid": (
        "def sigmoid(z):\n"
        '    with np.errstate(over="ignore"):  #@overflow\n'
        "        return 1.0 / (1.0 + np.exp(-z))\n\n\n"
        "def sigmoid_slope(a):\n    return a * (1.0 - a)\n"
    ),
    "hard_sigmoid": (
        "def hard_sigmoid(z):\n    return np.clip(z, 0.0, 1.0)\n\n\n"
        "def hard_sigmoid_slope(a):  #@kink_slope\n    return ((a > 0.0) & (a < 1.0)).astype(a.dtype)\n"
    ),
    "relu": (
        "def relu(z):\n    return np.maximum(z, 0.0)\n\n\n"
        "def relu_slope(a):  #@kink_slope\n    return (a > 0.0).astype(a.dtype)\n"
    ),
    "tanh": "def tanh(z):\n    return np.tanh(z)\n\n\ndef tanh_slope(a):\n    return 1.0 - a * a\n",
}

NUMPY_LOSSES = {
    "mse": (
        "def loss_and_grad(y_hat, y):\n"
        "    e = y_hat - y\n"
        "    return float((e * e).sum()) / e.size, e * (2.0 / e.size)\n"
    ),
    "mae": (
        "def loss_and_grad(y_hat, y):\n"
        "    e = y_hat - y\n"
        "    return float(np.abs(e).sum()) / e.size, np.sign(e) * (1.0 / e.size)\n"
    ),
    "half_sse": (
        "def loss_and_grad(y_hat, y):\n"
        "    e = y_hat - y\n"
        "    n = e.shape[0]\n"
        "    return 0.5 * float((e * e).sum()) / n, e * (1.0 / n)\n"
    ),
    "cross_entropy": (
        "def log_softmax(logits):  #@log_softmax\n"
        "    shifted = logits - logits.max(axis=-1, keepdims=True)\n"
        "    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))\n\n\n"
        "def loss_and_grad(logits, labels):\n"
        "    n = logits.shape[0]\n"
        "    log_p = log_softmax(logits)\n"
        "    rows = np.arange(n)\n"
        "    grad = np.exp(log_p)\n"
        "    grad[rows, labels] -= 1.0\n"
        "    grad *= 1.0 / n\n"
        "    return float(-log_p[rows, labels].mean()), grad\n"
    ),
}

NUMPY_NETWORK = """\
#@forward
def forward(X):
    a = X
    acts = [X]
    for W, b, (sigma, _) in zip(weights, biases, sigmas):
        a = sigma(a @ W + b)
        acts.append(a)
    return acts


#@backward
def loss_and_gradients(X, Y):
    acts = forward(X)
    L, dL_da = loss_and_grad(acts[-1], Y)
    gW, gb = [None] * len(weights), [None] * len(weights)
    for i in reversed(range(len(weights))):
        slope = sigmas[i][1]
        delta = dL_da if slope is None else dL_da * slope(acts[i + 1])
        gW[i] = acts[i].T @ delta
        gb[i] = delta.sum(axis=0)
        if i:
            dL_da = delta @ weights[i].T
    return L, gW, gb


def loss(X, Y):
    return loss_and_grad(forward(X)[-1], Y)[0]
"""

NUMPY_OPTIMIZERS = {
    "gd": """\
#@opt_gd
def step(params, grads, t):
    for p, g in zip(params, grads):
        p -= LEARNING_RATE * g
""",
    "momentum": """\
#@opt_momentum
BETA = 0.9
movement = [np.zeros_like(p) for p in weights + biases]


def step(params, grads, t):
    for p, g, m in zip(params, grads, movement):
        m *= BETA
        m -= LEARNING_RATE * g
        p += m
""",
    "adam": """\
#@opt_adam
BETA1, BETA2, EPS = 0.9, 0.999, 1e-8
means = [np.zeros_like(p) for p in weights + biases]
variances = [np.zeros_like(p) for p in weights + biases]


def step(params, grads, t):
    correct1, correct2 = 1.0 - BETA1**t, 1.0 - BETA2**t
    for p, g, m, v in zip(params, grads, means, variances):
        m *= BETA1
        m += (1.0 - BETA1) * g
        v *= BETA2
        v += (1.0 - BETA2) * (g * g)
        p -= LEARNING_RATE * (m / correct1) / (np.sqrt(v / correct2) + EPS)
""",
}

TORCH_ACTIVATIONS = {
    "sigmoid": "torch.nn.Sigmoid()",
    "hard_sigmoid": "torch.nn.Hardtanh(0.0, 1.0)",
    "relu": "torch.nn.ReLU()",
    "tanh": "torch.nn.Tanh()",
}
TORCH_LOSSES = {
    "mse": "loss_fn = torch.nn.MSELoss()\n",
    "mae": "loss_fn = torch.nn.L1Loss()\n",
    "cross_entropy": "loss_fn = torch.nn.CrossEntropyLoss()\n",
    "half_sse": ("#@torch_half_sse\ndef loss_fn(y_hat, y):\n    return 0.5 * ((y_hat - y) ** 2).sum() / y.shape[0]\n"),
}
TORCH_OPTIMIZERS = {
    "gd": "optimizer = torch.optim.SGD($params, lr=LEARNING_RATE)\n",
    "momentum": "optimizer = torch.optim.SGD($params, lr=LEARNING_RATE, momentum=0.9)\n",
    "adam": "optimizer = torch.optim.Adam($params, lr=LEARNING_RATE, betas=(0.9, 0.999), eps=1e-8)\n",
}
TORCH_DECAY_GROUPS = """\
#@torch_decay
parameter_groups = [
    {"params": [layer.weight for layer in linears], "weight_decay": WEIGHT_DECAY},
    {"params": [layer.bias for layer in linears], "weight_decay": 0.0},
]
"""

TORCH_NETWORK = """\
#@torch_start
linears = [layer for layer in model if isinstance(layer, torch.nn.Linear)]
with torch.no_grad():
    for layer, W, b in zip(linears, weights, biases):
        layer.weight.copy_(torch.from_numpy(W.T))
        layer.bias.copy_(torch.from_numpy(b))


def loss(X, Y):
    with torch.no_grad():
        return loss_fn(model(torch.from_numpy(X)), torch.from_numpy(Y)).item()
"""

HEAD = '''\
"""$title

$intro

$reported
$needs
"""

import os

#@threads
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

$imports

'''

SETTINGS = """\
SEED = $seed  #@seed
#@layers
LAYERS = $layers
LEARNING_RATE = $lr  #@lr
BATCH_SIZE = $batch_size  #@$batch_key
${weight_decay}UPDATES = $updates  #@updates
PRINT_EVERY = $print_every  #@print_every
"""

SEEDED_START = """\
#@start_seeded
init_rng = np.random.default_rng(SEED)
weights, biases = [], []
fan_in = X.shape[1]
for units, activation in LAYERS:
    if activation == "relu":
        scale = float(np.sqrt(2.0 / fan_in))
    else:
        scale = float(np.sqrt(2.0 / (fan_in + units)))
    weights.append(init_rng.standard_normal((fan_in, units)) * scale)
    biases.append(np.full(units, 0.5 if activation == "hard_sigmoid" else 0.0))
    fan_in = units
"""

SPREAD_START = """
#@start_spread
lo, hi = float(X.min()), float(X.max())
k = LAYERS[0][0]
h = (hi - lo) / k
start = lo + h * np.arange(k)
$spread
weights[0], biases[0] = w[None, :], b
"""
SPREAD_SIGMOID = (
    "w = np.full(k, 4.0 / h)  # σ′(0) = 1/4: the same slope as a hard sigmoid's ramp\nb = -w * (start + h / 2)"
)
SPREAD_RAMP = "w = np.full(k, 1.0 / h)\nb = -w * start"

FULL_BATCHES = """\
#@batches_full
def batches():
    while True:
        yield X, Y
"""

MINI_BATCHES = """\
#@batches_mini
batch_rng = np.random.default_rng(SEED)


def batches():
    while True:
        order = batch_rng.permutation(len(X))
        for begin in range(0, len(X), BATCH_SIZE):
            rows = order[begin : begin + BATCH_SIZE]
            yield X[rows], Y[rows]
"""

LOOP = """\
#@start_L
L = loss(X, Y)
${L_val_start}seen, epoch_loss_sum = 0, 0.0
print("$header")
for update, (Xb, Yb) in zip(range(1, UPDATES + 1), batches()):
    #@one_update
$one_update
    if update % PRINT_EVERY == 0:
        print(f"{update:6d}  {L_batch!r}")
    epoch_loss_sum += L_batch * len(Xb)
    seen += len(Xb)
    if seen == len(X):
        #@epoch_end
        L = epoch_loss_sum / len(X)
${L_val_epoch}        seen, epoch_loss_sum = 0, 0.0

${final}print(f"L = {L!r}")
"""

NUMPY_UPDATE = """\
    L_batch, gW, gb = loss_and_gradients(Xb, Yb)
${decay}    step(weights + biases, gW + gb, update)"""
NUMPY_DECAY = """\
    for g, W in zip(gW, weights):  #@decay_gradient
        g += WEIGHT_DECAY * W
"""

TORCH_UPDATE = """\
    optimizer.zero_grad()
    batch_loss = loss_fn(model(torch.from_numpy(Xb)), torch.from_numpy(Yb))
    batch_loss.backward()
    optimizer.step()
    L_batch = batch_loss.item()"""

NUMPY_ACCURACY = "predicted = forward(X_val)[-1].argmax(axis=-1)"
TORCH_ACCURACY = "with torch.no_grad():\n    predicted = model(torch.from_numpy(X_val)).argmax(dim=-1).numpy()"


@dataclass(frozen=True)
class Written:
    """The files an export wrote: the script, then any data or start beside it."""

    script: Path
    extra: tuple[Path, ...]


def _section(title: str) -> str:
    """A section heading as a comment line; Chinese characters count twice (they are twice as wide)."""
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in title)
    return f"# -- {title} " + "-" * max(3, 86 - width)


def _comments(source: str, language: str) -> str:
    """Replace every ``#@key`` by that comment, in ``language``, kept at the line's indentation."""

    def line(match: re.Match) -> str:
        indent, code, key = match.group(1), match.group(2), match.group(3)
        lines = text(key, language).split("\n")
        if code.strip():  # a comment at the end of a line of code: one line
            return f"{indent}{code}# {' '.join(lines)}"
        return "\n".join(f"{indent}# {part}".rstrip() for part in lines)

    return re.sub(r"^([ \t]*)(.*?)#@(\w+)$", line, source, flags=re.MULTILINE)


def _literal(array: Array) -> str:
    """An exact Python literal of an array (repr keeps every float bit for bit)."""
    return f"np.array({array.tolist()!r})"


def data_files(run: ExportRun, script: Path) -> dict[str, Path]:
    """Where the data and the start go beside ``script`` (absent: written into the script)."""
    p = run.problem
    n_data = sum(np.asarray(a).size for a in (p.X_train, p.Y_train, p.X_val, p.Y_val) if a is not None)
    files = {}
    if n_data > INLINE_LIMIT or p.kind is ProblemKind.VIEWS:  # a series of days: as a table to look at
        files["data"] = script.with_name(script.stem + ("_data.npz" if run.classifying else "_data.csv"))
    if run.start_kind == GIVEN and sum(a.size for a in run.start_weights + run.start_biases) > INLINE_LIMIT:
        files["start"] = script.with_name(script.stem + "_start.npz")
    return files


def _targets(Y) -> Array:
    return np.asarray(Y).reshape(len(Y), -1)


def _data_code(run: ExportRun, files: dict[str, Path], language: str) -> str:
    p = run.problem
    path = files.get("data")
    if path is None:
        lines = ["#@data_inline"]
        if run.classifying:
            lines.append("#@data_labels")
        pairs = [("X", p.X_train, "Y", p.Y_train)]
        if run.problem.has_validation:
            pairs.append(("X_val", p.X_val, "Y_val", p.Y_val))
        for xn, X, yn, Y in pairs:
            y = np.asarray(Y).astype(np.int64) if run.classifying else _targets(Y)
            lines += [f"{xn} = {_literal(np.asarray(X, dtype=np.float64))}", f"{yn} = {_literal(y)}"]
        return "\n".join(lines) + "\n"
    if run.classifying:
        code = _comment_with(language, "data_npz", file=path.name) + "\n"
        code += f'with np.load(HERE / "{path.name}", allow_pickle=False) as data:\n'
        code += '    X, Y = data["X_train"], data["y_train"]\n'
        if run.problem.has_validation:
            code += '    X_val, Y_val = data["X_val"], data["y_val"]\n'
        return code
    k = p.n_outputs
    code = f'table = np.loadtxt(HERE / "{path.name}", delimiter=",", skiprows=1, ndmin=2)\n'
    code += "unseen = table[:, 0] == 1\n"
    code += f"X, Y = table[~unseen, {1 + k}:], table[~unseen, 1:{1 + k}]\n"
    if run.problem.has_validation:
        code += f"X_val, Y_val = table[unseen, {1 + k}:], table[unseen, 1:{1 + k}]\n"
    return _comment_with(language, "data_csv", file=path.name) + "\n" + code


def _comment_with(language: str, key: str, **values) -> str:
    return "\n".join(f"# {line}".rstrip() for line in text(key, language, **values).split("\n"))


def _start_code(run: ExportRun, files: dict[str, Path], language: str) -> str:
    if run.start_kind == GIVEN:
        path = files.get("start")
        if path is None:
            weights = ", ".join(_literal(w) for w in run.start_weights)
            biases = ", ".join(_literal(b) for b in run.start_biases)
            return f"#@start_given\nweights = [{weights}]\nbiases = [{biases}]\n"
        code = _comment_with(language, "start_file", file=path.name) + "\n"
        code += f'with np.load(HERE / "{path.name}", allow_pickle=False) as start:\n'
        code += '    weights = [start[f"W{i}"] for i in range(1, len(LAYERS) + 1)]\n'
        code += '    biases = [start[f"b{i}"] for i in range(1, len(LAYERS) + 1)]\n'
        return code
    code = SEEDED_START
    if run.start_kind == SPREAD:
        spread = SPREAD_SIGMOID if run.layers[0].activation == "sigmoid" else SPREAD_RAMP
        code += Template(SPREAD_START).substitute(spread=spread)
    return code


def _numpy_maths(run: ExportRun) -> list[str]:
    used = list(dict.fromkeys(spec.activation for spec in run.layers))
    for name in used:
        if name not in NUMPY_ACTIVATIONS:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "The activation %1 cannot be exported yet."), repr(name))
    functions = "\n\n".join(NUMPY_ACTIVATIONS[name] for name in used)
    table = ", ".join(f'"{name}": ({name}, {"None" if name == "linear" else name + "_slope"})' for name in used)
    functions += f"\n\nACTIVATIONS = {{{table}}}\nsigmas = [ACTIVATIONS[activation] for _, activation in LAYERS]\n"
    return [
        _section("#@activations_title") + "\n#@activations\n" + functions,
        _section("#@loss") + "\n#@loss_" + run.loss + "\n" + NUMPY_LOSSES[run.loss],
        _section("#@network") + "\n" + NUMPY_NETWORK,
        _section("#@optimizer_title") + "\n" + NUMPY_OPTIMIZERS[run.optimizer],
    ]


def _torch_maths(run: ExportRun) -> list[str]:
    modules = []
    fan_in = run.n_inputs
    for spec in run.layers:
        if spec.activation != "linear" and spec.activation not in TORCH_ACTIVATIONS:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "The activation %1 cannot be exported to PyTorch yet."),
                repr(spec.activation),
            )
        modules.append(f"torch.nn.Linear({fan_in}, {spec.units}),")
        if spec.activation != "linear":
            suffix = "  #@torch_hard_sigmoid" if spec.activation == "hard_sigmoid" else ""
            modules.append(TORCH_ACTIVATIONS[spec.activation] + "," + suffix)
        fan_in = spec.units
    model = "model = torch.nn.Sequential(\n" + "".join(f"    {m}\n" for m in modules) + ").double()\n"
    return [
        _section("#@network_torch")
        + "\n#@torch_model\n"
        + model
        + "#@torch_loss\n"
        + TORCH_LOSSES[run.loss]
        + "\n"
        + TORCH_NETWORK,
        _section("#@optimizer_title")
        + "\n"
        + (TORCH_DECAY_GROUPS if run.weight_decay else "")
        + "#@torch_optimizer\n"
        + Template(TORCH_OPTIMIZERS[run.optimizer]).substitute(
            params="parameter_groups" if run.weight_decay else "model.parameters()"
        ),
    ]


def render(run: ExportRun, flavour: str, script: Path, language: str = "en", print_every: int | None = None) -> str:
    """The script's text (its data and start files, if any, are named by ``data_files``)."""
    if flavour not in FLAVOURS:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "Unknown flavour %1; choose numpy or torch."), repr(flavour))
    files = data_files(run, script)
    n = len(run.problem.X_train)
    every = print_every if print_every else max(1, run.updates // 20)
    imports = "import numpy as np"
    if files:
        imports = "from pathlib import Path\n\n" + imports
    if flavour == "torch":
        imports += "\nimport torch"
    if files:
        imports += "\n\nHERE = Path(__file__).resolve().parent"
    validation = run.problem.has_validation
    fmt = lambda value: repr(value) if math.isfinite(value) else "—"  # noqa: E731
    head = Template(HEAD).substitute(
        title=text("title", language, lesson=run.lesson, flavour="NumPy" if flavour == "numpy" else "PyTorch"),
        intro=text("intro", language, script=script.name),
        reported=text("reported", language, updates=run.updates, L=fmt(run.train_loss), L_val=fmt(run.val_loss)),
        needs=text("needs_numpy" if flavour == "numpy" else "needs_torch", language)
        + "".join("\n\n" + note for note in notes(run, language)),
        imports=imports,
    )
    settings = Template(SETTINGS).substitute(
        seed=run.seed,
        layers="[" + ", ".join(f'({spec.units}, "{spec.activation}")' for spec in run.layers) + "]",
        lr=repr(run.lr),
        batch_size=run.batch_size,
        batch_key="batch_full" if run.full_batch else "batch_mini",
        updates=run.updates,
        print_every=every,
        weight_decay=f"#@weight_decay\nWEIGHT_DECAY = {run.weight_decay!r}\n" if run.weight_decay else "",
    )
    settings = settings.replace("#@batch_full", "# " + text("batch_full", language, n=n))
    settings = settings.replace("#@batch_mini", "# " + text("batch_mini", language, n=n))
    maths = _numpy_maths(run) if flavour == "numpy" else _torch_maths(run)
    final = ""
    if run.classifying and validation:
        accuracy = NUMPY_ACCURACY if flavour == "numpy" else TORCH_ACCURACY
        final += accuracy + f'\nprint(f"{text("accuracy", language)} = {{float(np.mean(predicted == Y_val))!r}}")\n'
    if validation:
        final += 'print(f"L\' = {L_val!r}")\n'
    loop = Template(LOOP).substitute(
        L_val_start="L_val = loss(X_val, Y_val)\n" if validation else "",
        header=text("header", language),
        one_update=Template(NUMPY_UPDATE).substitute(decay=NUMPY_DECAY if run.weight_decay else "")
        if flavour == "numpy"
        else TORCH_UPDATE,
        L_val_epoch="        L_val = loss(X_val, Y_val)\n" if validation else "",
        final=final,
    )
    parts = [
        head + _section("#@settings") + "\n" + settings,
        _section("#@data") + "\n" + _data_code(run, files, language),
        _section("#@start") + "\n" + _start_code(run, files, language),
        *maths,
        _section("#@batches") + "\n" + (FULL_BATCHES if run.full_batch else MINI_BATCHES),
        _section("#@training") + "\n" + loop,
    ]
    source = "\n\n\n".join(part.rstrip("\n") for part in parts) + "\n"
    source = re.sub(r"# -- #@(\w+) (-+)", lambda m: _heading(m.group(1), language), source)
    return _comments(source, language)


def notes(run: ExportRun, language: str = "en") -> list[str]:
    """What the learner should know about what the script replays (in ``language``)."""
    found = []
    if run.partial:
        found.append(text("partial", language, updates=run.updates, saved=run.saved_updates, next=run.updates + 1))
    if run.stop_reason is not None:
        found.append(text("stopped", language, updates=run.updates, reason=run.stop_reason.replace("_", " ")))
    return found


def _heading(key: str, language: str) -> str:
    return _section(text(key, language))


def write_data(run: ExportRun, files: dict[str, Path]) -> None:
    """Write the data (CSV or .npz) and the start (.npz) beside the script, atomically."""
    p = run.problem
    if "data" in files:
        path = files["data"]
        if run.classifying:
            arrays = {"X_train": np.asarray(p.X_train, dtype=np.float64), "y_train": np.asarray(p.Y_train, np.int64)}
            if run.problem.has_validation:
                arrays.update(X_val=np.asarray(p.X_val, dtype=np.float64), y_val=np.asarray(p.Y_val, np.int64))
            atomic_write(path, lambda file: np.savez_compressed(file, **arrays))
        else:
            write_regression_csv(run, path)
    if "start" in files:
        arrays = {f"W{i}": w for i, w in enumerate(run.start_weights, start=1)}
        arrays.update({f"b{i}": b for i, b in enumerate(run.start_biases, start=1)})
        atomic_write(files["start"], lambda file: np.savez(file, **arrays))


def write_regression_csv(run: ExportRun, path: Path) -> None:
    """The samples as CSV: unseen (0/1), y…, x…; every number as repr, so it reads back exactly."""
    p = run.problem
    k, d = p.n_outputs, p.n_inputs
    header = ["unseen"] + (["y"] if k == 1 else [f"y{j}" for j in range(1, k + 1)]) + [f"x{j}" for j in range(1, d + 1)]
    rows = []
    for flag, X, Y in [(0, p.X_train, p.Y_train)] + ([(1, p.X_val, p.Y_val)] if run.problem.has_validation else []):
        rows += [[flag, *row] for row in np.hstack([_targets(Y), np.asarray(X, dtype=np.float64)]).tolist()]
    write_csv(path, header, rows)


def export_script(
    run: ExportRun, flavour: str, out: str | Path, language: str = "en", print_every: int | None = None
) -> Written:
    """Write the script to ``out`` (and its data or start beside it); DataError if it cannot be written."""
    out = Path(out)
    source = render(run, flavour, out, language, print_every)
    files = data_files(run, out)
    write_data(run, files)
    atomic_write(out, lambda file: file.write(source.encode("utf-8")))
    return Written(out, tuple(files.values()))
