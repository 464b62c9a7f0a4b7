"""Fuzzing the two files a learner hands the applet: an imported CSV and a saved session.

Whatever the bytes — random, cut short at any length, edited into wrong types, huge
numbers, unicode, archives declaring absurd sizes — reading them either succeeds with
sane data or raises DataError (with a message); nothing else may escape.
"""

import datetime as dt
import io
import json
import math
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from applet.core.datasets.csvio import MAX_BYTES, read_daily_counts
from applet.core.datasource import DataSource
from applet.core.errors import DataError
from applet.core.network import MAX_HIDDEN_LAYERS, MAX_UNITS, LayerSpec
from applet.core.problem import views_problem
from applet.core.session import (
    ARRAYS_NAME,
    JSON_NAME,
    MAX_JSON_BYTES,
    MAX_MEMBER_BYTES,
    Session,
    check_fits,
    load_session,
    save_session,
)
from applet.core.trainer import MAX_BUDGET
from applet.training.setup import TrainingSetup

CASES = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- CSV import ----------------------------------------------------------------------------
VALID_CSV = (
    "Date,Views\n" + "".join(f"2021-01-{d:02d},{1000 + 37 * d}\n" for d in range(1, 29)) + "Total,30000\n"
).encode("utf-8")


def import_csv(data: bytes):
    """What File → Import views CSV does with a file's bytes: a DataSource, or DataError."""
    try:
        source = DataSource.from_csv_bytes(data, "fuzz")
    except DataError as error:
        assert str(error)
        return None
    series = source.series
    # days in order, each once; missing days are allowed and listed, never filled
    assert len(series.dates) >= 2 and np.all(np.diff(series.dates).astype(int) >= 1)
    assert series.missing.size == (series.end - series.start).astype(int) + 1 - len(series.dates)
    assert np.all(np.isfinite(series.values)) and np.all(series.values >= 0)
    return source


def test_the_valid_csv_imports():
    assert len(import_csv(VALID_CSV).series) == 28


def test_csv_cut_short_at_every_length():
    for n in range(len(VALID_CSV) + 1):
        import_csv(VALID_CSV[:n])


@CASES
@given(st.binary(max_size=3000))
def test_csv_random_bytes(data):
    import_csv(data)


@CASES
@given(st.integers(0, len(VALID_CSV)), st.binary(min_size=1, max_size=8), st.integers(0, 8))
def test_csv_bytes_replaced_anywhere(at, junk, cut):
    import_csv(VALID_CSV[:at] + junk + VALID_CSV[at + cut :])


def cells():
    number = st.one_of(
        st.integers(-(10**400), 10**400).map(str),
        st.floats().map(repr),
        st.sampled_from(
            [
                "1e309",
                "-0",
                "1,234",
                "1.234.567",
                "3,5",
                "١٢٣",
                "１２３",
                "NaN",
                "inf",
                "1 234",
                "1'234",
                "+5",
                ".5",
                "5.",
                "0x10",
                "",
                " ",
            ]
        ),
    )
    date = st.one_of(
        st.dates().map(str),
        st.dates().map(lambda d: d.strftime("%Y/%m/%d")),
        st.sampled_from(
            ["2021-02-30", "2021-13-01", "0000-01-01", "9999-12-31", "21-01-01", "2021-01", "２０２１-01-01"]
        ),
    )
    return st.one_of(number, date, st.text(max_size=12))


CELLS = cells()


@CASES
@given(
    st.lists(st.lists(CELLS, min_size=1, max_size=4), max_size=40),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]),
    st.booleans(),
)
def test_csv_tables_of_odd_cells(rows, delimiter, newline, encoding, quoted):
    quote = (lambda c: '"' + c.replace('"', '""') + '"') if quoted else (lambda c: c)
    text = newline.join(delimiter.join(quote(c) for c in row) for row in rows)
    import_csv(text.encode(encoding, errors="replace"))


@CASES
@given(st.data())
def test_csv_of_consecutive_days_with_any_counts(data):
    """Well-formed dates, counts of every kind: huge, negative, unicode digits, not numbers."""
    n = data.draw(st.integers(2, 60))
    start = data.draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1)))
    counts = data.draw(st.lists(CELLS, min_size=n, max_size=n))
    days = np.arange(np.datetime64(start), np.datetime64(start) + n)
    text = "date,views\n" + "".join(f"{d},{c}\n" for d, c in zip(days, counts))
    source = import_csv(text.encode("utf-8"))
    if source is not None:
        assert len(source.series) == n


# -- session files -------------------------------------------------------------------------
def make_session(updates: int = 20) -> tuple[Session, TrainingSetup]:
    problem = views_problem(7)
    setup = TrainingSetup(
        problem,
        (LayerSpec(3, "relu"), LayerSpec(1, "linear")),
        seed=5,
        loss="mae",
        lr=1e-3,
        optimizer="adam",
        batch_size=256,
        max_updates=10_000,
        grad_tol=None,
    )
    trainer = setup.build()
    trainer.run(updates)
    session = Session(
        "views-days",
        {"days": 7},
        DataSource.builtin(),
        problem.n_inputs,
        setup.layers,
        setup.seed,
        setup.hyper(),
        trainer.state(),
        tuple(w.copy() for w in trainer.net.weights),
        tuple(b.copy() for b in trainer.net.biases),
    )
    return session, setup


@pytest.fixture(scope="module")
def valid_session(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("session") / "valid.dlapplet"
    save_session(path, make_session()[0])
    return path.read_bytes()


@pytest.fixture(scope="module")
def members(valid_session) -> tuple[dict, dict[str, np.ndarray]]:
    with zipfile.ZipFile(io.BytesIO(valid_session)) as archive:
        doc = json.loads(archive.read(JSON_NAME))
        with np.load(io.BytesIO(archive.read(ARRAYS_NAME))) as npz:
            arrays = {name: npz[name] for name in npz.files}
    return doc, arrays


@pytest.fixture(scope="module")
def session_file(tmp_path_factory):
    """A function that writes bytes to one file and opens it as a session: Session, or None after DataError."""
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.dlapplet"

    def open_bytes(data: bytes):
        path.write_bytes(data)
        try:
            session = load_session(path)
        except DataError as error:
            assert str(error)
            return None
        restore(session)
        return session

    return open_bytes


def restore(session: Session) -> None:
    """What File → Open does next with a session that loaded: fit it to its data, continue its trainer."""
    problem = session.data.rebase(views_problem(7)) if session.n_inputs == 7 else None
    try:
        if problem is None:
            raise DataError("not the views-days lesson")
        check_fits(session, problem)
        setup = TrainingSetup(
            problem,
            session.layers,
            seed=session.seed,
            initial_weights=session.weights,
            initial_biases=session.biases,
            **session.hyper.hyper_options(),
        )
        trainer = setup.build()
        trainer.load_state(session.trainer)
        trainer.step()
    except DataError:
        return


def zip_of(doc, arrays: dict[str, np.ndarray] | None = None, npz: bytes | None = None) -> bytes:
    if npz is None:
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        npz = buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(JSON_NAME, doc if isinstance(doc, (str, bytes)) else json.dumps(doc, ensure_ascii=False))
        archive.writestr(ARRAYS_NAME, npz)
    return out.getvalue()


def test_the_valid_session_loads_and_continues(session_file, valid_session, members):
    assert session_file(valid_session).trainer.update == 20
    assert session_file(zip_of(*members)) is not None  # the rewriting helper keeps it valid


def test_session_cut_short_at_every_length(session_file, valid_session):
    for n in range(len(valid_session)):
        assert session_file(valid_session[:n]) is None


@CASES
@given(st.binary(max_size=4000))
def test_session_random_bytes(session_file, data):
    session_file(data)


@CASES
@given(st.data())
def test_session_bytes_flipped_anywhere(session_file, valid_session, data):
    raw = bytearray(valid_session)
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    session_file(bytes(raw))


def json_values():
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**30), 10**30),
        st.integers(-(2**2000), 2**2000),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from([1e308, -1e308, 5e-324]),
        st.text(max_size=20),
        st.sampled_from(["PCG64", "adam", "gd", "relu", "mae", "$array"]),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
        max_leaves=12,
    )


JSON_VALUES = json_values()


def paths(value, prefix=()):
    """Every path to a value inside a JSON document."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, prefix + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from paths(item, prefix + (i,))


def replaced(doc, path, value):
    if not path:
        return value
    copy = json.loads(json.dumps(doc))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return copy


@CASES
@given(st.data())
def test_session_json_fields_of_the_wrong_type_or_size(session_file, members, data):
    doc, arrays = members
    path = data.draw(st.sampled_from(list(paths(doc))))
    session_file(zip_of(replaced(doc, path, data.draw(JSON_VALUES)), arrays))


@CASES
@given(st.data())
def test_session_json_fields_removed_or_added(session_file, members, data):
    doc, arrays = members
    parents = [p for p in paths(doc) if isinstance(_at(doc, p), dict)]
    path = data.draw(st.sampled_from(parents))
    parent = dict(_at(doc, path))
    if parent and data.draw(st.booleans()):
        del parent[data.draw(st.sampled_from(sorted(parent)))]
    else:
        parent[data.draw(st.text(max_size=10))] = data.draw(JSON_VALUES)
    session_file(zip_of(replaced(doc, path, parent), arrays))


def _at(doc, path):
    for key in path:
        doc = doc[key]
    return doc


@CASES
@given(st.text(max_size=300))
def test_session_json_that_is_not_a_session(session_file, members, text):
    session_file(zip_of(text, members[1]))


def array_values():
    shapes = st.lists(st.integers(0, 5), max_size=3).map(tuple)
    dtypes = st.sampled_from(
        [np.float64, np.float32, np.int64, np.int8, np.uint64, np.bool_, np.complex128, "U3", "S2", "datetime64[D]"]
    )
    special = st.sampled_from([np.nan, np.inf, -np.inf, 1e308, -1e308, 0.0])
    return st.one_of(
        st.builds(lambda shape, dtype: np.zeros(shape, dtype=dtype), shapes, dtypes),
        st.builds(lambda shape, fill: np.full(shape, fill), shapes, special),
        st.builds(lambda n: np.arange(n) * 10**17, st.integers(0, 50)),
    )


ARRAY_VALUES = array_values()


@CASES
@given(st.data())
def test_session_arrays_of_the_wrong_shape_type_or_value(session_file, members, data):
    doc, arrays = members
    edited = dict(arrays)
    name = data.draw(st.sampled_from(sorted(arrays)))
    if data.draw(st.integers(0, 4)) == 0:
        del edited[name]
    else:
        edited[name] = data.draw(ARRAY_VALUES)
    session_file(zip_of(doc, edited))


def npy_header(shape: tuple, dtype: str = "<f8") -> bytes:
    """A .npy file's header alone: it promises ``shape`` but no data follows."""
    header = repr({"descr": dtype, "fortran_order": False, "shape": shape}).encode("latin1")
    header += b" " * (63 - (len(header) + 10) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header


def npz_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@CASES
@given(st.data())
def test_session_arrays_declaring_huge_sizes(session_file, members, data):
    """Zip bombs, lite: arrays whose headers promise more numbers than there could be memory for."""
    doc, arrays = members
    name = data.draw(st.sampled_from(sorted(arrays)))
    dims = data.draw(st.lists(st.sampled_from([0, 1, 7, 10**6, 10**9, 2**31, 10**12, 2**62]), min_size=1, max_size=3))
    dtype = data.draw(st.sampled_from(["<f8", "<i8", "<c16", "|u1", "|O"]))
    members_npz = {f"{k}.npy": _npy(v) for k, v in arrays.items()}
    members_npz[f"{name}.npy"] = npy_header(tuple(dims), dtype) + data.draw(st.binary(max_size=64))
    session_file(zip_of(doc, npz=npz_of(members_npz)))


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def lying_zip(member: str, data: bytes, declared: int, other: tuple[str, bytes]) -> bytes:
    """A zip whose ``member`` declares ``declared`` bytes uncompressed, whatever it holds."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(other[0], other[1])
        archive.writestr(member, data)
    raw = bytearray(out.getvalue())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local header and directory entry
        at = raw.rfind(signature)
        struct.pack_into("<I", raw, at + offset, declared & 0xFFFFFFFF)
    return bytes(raw)


@pytest.mark.parametrize("declared", [0, 10, 2**20, MAX_MEMBER_BYTES + 1, 2**32 - 1])
@pytest.mark.parametrize("member", [JSON_NAME, ARRAYS_NAME])
def test_session_members_declaring_wrong_sizes(session_file, valid_session, member, declared):
    with zipfile.ZipFile(io.BytesIO(valid_session)) as archive:
        contents = {name: archive.read(name) for name in (JSON_NAME, ARRAYS_NAME)}
    other = next((n, d) for n, d in contents.items() if n != member)
    session = session_file(lying_zip(member, contents[member], declared, other))
    limit = MAX_JSON_BYTES if member == JSON_NAME else MAX_MEMBER_BYTES
    if declared < len(contents[member]) or declared > limit:  # cut short (bad CRC), or refused unread
        assert session is None
    else:  # the inflater stops where the data ends: an overstated size is harmless
        assert session is not None


def test_a_small_file_that_inflates_hugely_is_refused_without_inflating_it(tmp_path, members):
    """100 MB of spaces compress to about 100 kB; a session's JSON is never that large."""
    doc, arrays = members
    bomb = b"{" + b" " * (100 * 2**20) + b"}"
    path = tmp_path / "bomb.dlapplet"
    path.write_bytes(zip_of(bomb, arrays))
    assert path.stat().st_size < 2**20
    with pytest.raises(
        DataError,
        match=f"session.json would unpack to 100 MB, more than a session holds \\(at most {MAX_JSON_BYTES >> 20} MB\\)",
    ):
        load_session(path)


def test_compression_errors_are_refused(session_file, valid_session):
    raw = bytearray(valid_session)
    start = raw.find(b"PK\x03\x04") + 30 + len(JSON_NAME)
    for i in range(start, start + 40):
        raw[i] ^= 0xFF
    assert session_file(bytes(raw)) is None  # the inflater (zlib.error) or the CRC check (BadZipFile) noticed


def test_a_session_never_holds_non_finite_numbers(session_file, members):
    doc, arrays = members
    for name in arrays:
        if arrays[name].dtype.kind == "f" and arrays[name].size and "val" not in name:
            edited = {**arrays, name: np.full_like(arrays[name], math.inf)}
            assert session_file(zip_of(doc, edited)) is None, name


def test_a_csv_far_too_large_is_refused_before_it_is_read(tmp_path):
    big = b"2021-01-01,1\n" * (MAX_BYTES // 13 + 1)
    with pytest.raises(DataError, match="far smaller"):
        DataSource.from_csv_bytes(big, "big")
    path = tmp_path / "huge.csv"
    with open(path, "wb") as file:  # a sparse file: its size is on record, nothing is written
        file.truncate(4 * 2**30)
    with pytest.raises(DataError, match="huge.csv is 4096 MB"):
        read_daily_counts(path)


# -- the classes of hostile input: out-of-range numbers, nesting, unpacking bombs, special files --
FEW_CASES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HUGE_INTEGERS = st.one_of(
    st.sampled_from([0, -1, 2**31 - 1, 2**31, 2**53 + 1, 10**9 + 1, 10**12 + 1, 2**63, 2**64, 10**308]),
    st.integers(-(2**70), 2**70),
)


@FEW_CASES
@given(st.data())
def test_any_whole_number_anywhere_loads_within_the_windows_limits_or_is_refused(session_file, members, data):
    doc, arrays = members
    integer_paths = [p for p in paths(doc) if isinstance(_at(doc, p), int) and not isinstance(_at(doc, p), bool)]
    path = data.draw(st.sampled_from(integer_paths + [("training", "max_updates"), ("training", "max_epochs")]))
    session = session_file(zip_of(replaced(doc, path, data.draw(HUGE_INTEGERS)), arrays))
    if session is not None:  # what loads fits the window's boxes and the layer builder
        for name in ("max_updates", "max_epochs"):
            assert getattr(session.hyper, name) is None or 1 <= getattr(session.hyper, name) <= MAX_BUDGET
        assert session.hyper.batch_size is None or 1 <= session.hyper.batch_size <= 2**31 - 1
        assert all(1 <= spec.units <= MAX_UNITS for spec in session.layers)
        assert len(session.layers) <= MAX_HIDDEN_LAYERS + 1


@FEW_CASES
@given(st.data())
def test_nesting_of_any_depth_anywhere_is_refused_not_a_crash(session_file, members, data):
    doc, arrays = members
    depth = data.draw(st.one_of(st.integers(1, 40), st.integers(500, 200_000)))
    path = data.draw(st.sampled_from([p for p in paths(doc) if p]))
    marker = '"@nest@"'
    text = json.dumps(replaced(doc, path, "@nest@"))
    session_file(zip_of(text.replace(marker, "[" * depth + "]" * depth, 1), arrays))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["weights.0", "trainer.history.loss", "trainer.optimizer_state.m.0", "stowaway"]),
    st.integers(20, 27),
)
def test_arrays_that_unpack_to_far_more_than_the_file_are_refused_or_never_read(session_file, members, name, bits):
    doc, arrays = members
    edited = {**arrays, name: np.zeros(2**bits // 8)}  # 1 MB to 128 MB of zeros, a few kB packed
    packed = zip_of(doc, edited)
    assert len(packed) < 2**20
    session = session_file(packed)
    assert session is None or name == "stowaway" or 2**bits <= 10 * len(packed)


SPECIAL_FILES = ["fifo", "/dev/zero", "/dev/null", "/dev/urandom", "folder", "link to fifo", "link loop"]


@pytest.mark.parametrize("kind", SPECIAL_FILES)
def test_special_files_are_refused_at_once(tmp_path, kind):
    import os
    import time

    path = {"folder": tmp_path}.get(kind, Path(kind) if kind.startswith("/") else tmp_path / "special")
    if kind in ("fifo", "link to fifo"):
        os.mkfifo(tmp_path / "pipe")
        if kind == "fifo":
            path = tmp_path / "pipe"
        else:
            path.symlink_to(tmp_path / "pipe")
    elif kind == "link loop":
        path.symlink_to(path)
    start = time.monotonic()
    for read in (read_daily_counts, load_session):
        with pytest.raises(DataError):
            read(path)
    assert time.monotonic() - start < 1


@pytest.mark.parametrize("val_start", ["", "NaT", "nat"])
def test_a_session_whose_first_unseen_day_is_empty_is_refused_with_a_clear_message(tmp_path, members, val_start):
    doc, arrays = members
    path = tmp_path / "empty-day.dlapplet"
    path.write_bytes(zip_of(replaced(doc, ("data", "val_start"), val_start), arrays))
    with pytest.raises(DataError, match="first unseen day .* is not a date"):
        load_session(path)
    with pytest.raises(DataError, match="first unseen day .* is not a date"):
        DataSource(val_start=val_start)


def test_a_member_name_marked_utf8_that_is_not_says_damaged(tmp_path, valid_session):
    """A flipped byte in a local header can mark the member's name as UTF-8 and make it invalid
    UTF-8 (found by the test above): zipfile then raises UnicodeDecodeError while reading."""
    raw = bytearray(valid_session)
    header = raw.index(b"PK\x03\x04")  # the first member's local header
    raw[header + 7] |= 0x08  # general purpose flags, high byte: bit 11, the name is UTF-8
    raw[header + 30] = 0x80  # the name's first byte: not valid UTF-8
    path = tmp_path / "damaged.dlapplet"
    path.write_bytes(bytes(raw))
    with pytest.raises(DataError, match="damaged"):
        load_session(path)
