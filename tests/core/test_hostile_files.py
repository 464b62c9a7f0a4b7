"""Files made to hurt: nesting, stale temporaries, long names, special files, size bombs."""

import io
import json
import os
import stat
import time
import zipfile

import numpy as np
import pytest

from applet.core.datasets.csvio import read_daily_counts
from applet.core.errors import DataError
from applet.core.files import atomic_write
from applet.core.session import load_session, save_session
from tests.core.test_session import make_session


@pytest.fixture
def session_path(tmp_path):
    path = tmp_path / "run.dlapplet"
    save_session(path, make_session(updates=20)[2])
    return path


def members(path):
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("session.json")), z.read("arrays.npz")


def write(path, doc, arrays, json_text=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("session.json", json_text if json_text is not None else json.dumps(doc))
        z.writestr("arrays.npz", arrays)


@pytest.mark.parametrize("depth", [20, 5_000, 100_000])
def test_deeply_nested_json_is_refused(session_path, depth):
    doc, arrays = members(session_path)
    text = json.dumps(doc)[:-1] + ', "choices2": ' + "[" * depth + "]" * depth + "}"
    write(session_path, doc, arrays, text)
    with pytest.raises(DataError, match="nested|not valid JSON"):
        load_session(session_path)


def test_a_history_longer_than_its_run_is_refused_before_use(session_path):
    doc, arrays = members(session_path)
    doc["trainer"]["update"] = 3
    write(session_path, doc, arrays)
    with pytest.raises(DataError, match="history is longer than its run"):
        load_session(session_path)


def test_arrays_the_json_does_not_name_are_never_unpacked(session_path, monkeypatch):
    doc, arrays = members(session_path)
    with zipfile.ZipFile(io.BytesIO(arrays)) as npz:
        kept = {info.filename: npz.read(info) for info in npz.infolist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as npz:
        for name, data in kept.items():
            npz.writestr(name, data)
        extra = io.BytesIO()
        np.save(extra, np.zeros(50 * 2**20 // 8))  # 50 MB of zeros: about 50 kB packed
        npz.writestr("stowaway.npy", extra.getvalue())
    write(session_path, doc, buffer.getvalue())
    assert session_path.stat().st_size < 2**20
    session = load_session(session_path)
    assert session.trainer.update == 20


def test_a_small_file_whose_arrays_inflate_hugely_is_refused(session_path):
    doc, _ = members(session_path)
    buffer = io.BytesIO()
    np.savez(buffer, **{"weights.0": np.zeros((7, 4 * 2**18))})  # 56 MB of zeros
    write(session_path, doc, buffer.getvalue())
    assert session_path.stat().st_size < 2**20
    with pytest.raises(DataError, match="would unpack to"):
        load_session(session_path)


def test_a_long_name_saves_and_a_name_too_long_is_refused_with_a_message(tmp_path):
    long = tmp_path / ("x" * 245 + ".dlapplet")  # 254 characters: the file system takes it, the temporary too
    atomic_write(long, b"data")
    with pytest.raises(DataError, match="Could not write"):
        atomic_write(tmp_path / ("y" * 300 + ".dlapplet"), b"data")
    assert [p.name for p in tmp_path.iterdir()] == [long.name] and long.read_bytes() == b"data"


def test_temporaries_left_by_a_killed_save_are_removed_by_the_next(tmp_path):
    path = tmp_path / "run.dlapplet"
    stale = tmp_path / ".run.dlapplet.0badcafe.tmp"
    stale.write_bytes(b"half a session")
    other = tmp_path / ".notes.txt.0badcafe.tmp"  # another file's: not ours to clean
    other.write_bytes(b"x")
    mine = tmp_path / ".run.dlapplet.tmp"  # not our naming
    mine.write_bytes(b"x")
    atomic_write(path, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, other.name, mine.name])


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_special_files_are_refused_without_reading(tmp_path, kind):
    path = {"fifo": tmp_path / "pipe", "device": "/dev/zero", "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(path)
    start = time.monotonic()
    for read in (read_daily_counts, load_session):
        with pytest.raises(DataError, match="not an ordinary file"):
            read(path)
    assert time.monotonic() - start < 1


def test_a_kept_mode_and_a_new_files_mode(tmp_path):
    path = tmp_path / "a.csv"
    atomic_write(path, b"1")
    os.chmod(path, 0o640)
    atomic_write(path, b"2")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and path.read_bytes() == b"2"
