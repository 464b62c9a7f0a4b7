"""Session files: exact round trips, identical continuation, and refusal of anything broken."""

import dataclasses
import io
import json
import os
import zipfile
from pathlib import Path

import numpy as np
import pytest

from applet.core.datasource import DataSource
from applet.core.errors import DataError
from applet.core.network import LayerSpec
from applet.core.problem import views_problem
from applet.core.session import FORMAT_VERSION, Session, check_fits, load_session, save_session
from applet.core.trainer import Best, TrainerState
from applet.training.setup import TrainingSetup

LESSONS = ("views-days", "piecewise")
CSV = "date,views\n" + "".join(f"2020-01-{d:02d},{100 + 7 * d % 13}\n" for d in range(1, 32))


def make_session(optimizer="adam", batch_size=64, updates=150, data=None, layers=None, trace=False):
    """A views-days run trained part-way into an epoch, and its Session."""
    data = data or DataSource.builtin()
    problem = data.rebase(views_problem(7))
    layers = layers or (LayerSpec(4, "relu"), LayerSpec(1, "linear"))
    setup = TrainingSetup(
        problem,
        layers,
        seed=5,
        loss="mae",
        lr=1e-3,
        optimizer=optimizer,
        batch_size=batch_size,
        max_updates=10_000,
        grad_tol=None,
        trace_params=trace,
    )
    trainer = setup.build()
    trainer.run(updates)
    session = Session(
        "views-days",
        {"days": 7},
        data,
        problem.n_inputs,
        setup.layers,
        setup.seed,
        setup.hyper(),
        trainer.state(),
        tuple(w.copy() for w in trainer.net.weights),
        tuple(b.copy() for b in trainer.net.biases),
    )
    return setup, trainer, session


def restore(session, problem):
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
    return trainer


def rewrite(path, edit_json=None, edit_arrays=None):
    """Hand-edit a session file: change its JSON and/or arrays, keep it a valid zip."""
    with zipfile.ZipFile(path) as z:
        doc = json.loads(z.read("session.json"))
        with np.load(io.BytesIO(z.read("arrays.npz"))) as npz:
            arrays = {k: npz[k] for k in npz.files}
    if edit_json:
        edit_json(doc)
    if edit_arrays:
        edit_arrays(arrays)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("session.json", json.dumps(doc) if isinstance(doc, dict) else doc)
        z.writestr("arrays.npz", buffer.getvalue())


@pytest.fixture
def saved(tmp_path):
    setup, trainer, session = make_session()
    path = tmp_path / "run.dlapplet"
    save_session(path, session)
    return path, setup, trainer, session


# -- round trips --------------------------------------------------------------------------
def test_save_then_load_restores_every_field_exactly(saved):
    path, setup, trainer, session = saved
    loaded = load_session(path, LESSONS)
    assert (loaded.lesson, loaded.choices, loaded.seed, loaded.layers, loaded.n_inputs) == (
        "views-days",
        {"days": 7},
        5,
        setup.layers,
        7,
    )
    assert loaded.hyper.hyper_options() == session.hyper.hyper_options() == setup.hyper_options()
    assert loaded.data == DataSource.builtin()
    for a, b in zip(loaded.weights + loaded.biases, session.weights + session.biases):
        np.testing.assert_array_equal(a, b)
    t, s = loaded.trainer, session.trainer
    assert (t.update, t.epoch, t.pos, t.rng) == (s.update, s.epoch, s.pos, s.rng)
    assert 0 < t.pos < len(setup.problem.X_train)  # saved mid-epoch, with a shuffled order
    np.testing.assert_array_equal(t.order, s.order)
    for name in ("loss", "epoch_update", "epoch_loss", "epoch_val"):
        np.testing.assert_array_equal(t.history[name], s.history[name])
    assert len(t.history["loss"]) == 150
    for a, b in zip(t.optimizer_state["m"] + t.optimizer_state["v"], s.optimizer_state["m"] + s.optimizer_state["v"]):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("optimizer, batch_size", [("gd", None), ("momentum", 100), ("adam", 64)])
def test_training_continues_identically_after_a_round_trip(tmp_path, optimizer, batch_size):
    setup, trainer, session = make_session(optimizer, batch_size, updates=77, trace=True)
    path = tmp_path / "run.dlapplet"
    save_session(path, session)
    restored = restore(load_session(path, LESSONS), setup.problem)
    expected = [trainer.step() for _ in range(100)]
    assert [restored.step() for _ in range(100)] == expected
    for a, b in zip(restored.net.parameters(), trainer.net.parameters()):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(restored.history.params.values, trainer.history.params.values)


def test_a_tanh_network_round_trips_and_continues_identically(tmp_path):
    layers = (LayerSpec(3, "tanh"), LayerSpec(2, "tanh"), LayerSpec(1, "linear"))
    setup, trainer, session = make_session("momentum", 32, updates=40, layers=layers)
    path = tmp_path / "tanh.dlapplet"
    save_session(path, session)
    loaded = load_session(path, LESSONS)
    assert loaded.layers == layers
    restored = restore(loaded, setup.problem)
    assert [restored.step() for _ in range(30)] == [trainer.step() for _ in range(30)]
    for a, b in zip(restored.net.parameters(), trainer.net.parameters()):
        np.testing.assert_array_equal(a, b)


def test_imported_data_travels_inside_the_session(tmp_path):
    data = DataSource.from_csv_bytes(CSV.encode(), "my channel")
    setup, trainer, session = make_session(data=data, batch_size=None, updates=5)
    save_session(tmp_path / "mine.dlapplet", session)
    loaded = load_session(tmp_path / "mine.dlapplet", LESSONS)
    assert loaded.data == data and loaded.data.kind == "csv"
    np.testing.assert_array_equal(loaded.data.series.values, data.series.values)
    assert loaded.data.series.unit == "views"
    problem = loaded.data.rebase(views_problem(7))
    check_fits(loaded, problem)
    assert len(problem.X_train) + len(problem.X_val) == 31 - 7


def test_the_file_is_a_zip_of_json_and_plain_arrays(saved):
    path = saved[0]
    with zipfile.ZipFile(path) as z:
        assert sorted(z.namelist()) == ["arrays.npz", "session.json"]
        doc = json.loads(z.read("session.json"))
        with np.load(io.BytesIO(z.read("arrays.npz")), allow_pickle=False) as npz:
            assert all(npz[k].dtype.kind in "fiu" for k in npz.files)
            assert {
                "weights.0",
                "biases.1",
                "trainer.order",
                "trainer.history.loss",
                "trainer.optimizer_state.m.0",
            } <= set(npz.files)
    assert doc["format_version"] == FORMAT_VERSION
    assert isinstance(doc["trainer"]["rng"]["state"]["state"], int)  # 128-bit generator state, exact
    assert doc["trainer"]["order"] == {"$array": "trainer.order"}
    # the trainer's state and the hyper-parameters are written field by field, under their names
    assert set(doc["trainer"]) == {f.name for f in dataclasses.fields(TrainerState)}
    assert set(doc["trainer"]["best"]) == {"val_loss", "update", "epoch", "weights", "biases"}
    assert doc["training"] == saved[1].hyper_options()


def test_a_trainer_state_survives_the_file_and_an_older_one_without_its_newer_fields(saved, tmp_path):
    path, setup, trainer, session = saved
    state = load_session(path, LESSONS).trainer
    assert isinstance(state, TrainerState) and isinstance(state.best, Best)
    assert (state.best.update, state.best.epoch, state.best.val_loss) == (
        trainer.best.update,
        trainer.best.epoch,
        trainer.best.val_loss,
    )
    for a, b in zip(state.best.weights + state.best.biases, trainer.best.weights + trainer.best.biases):
        np.testing.assert_array_equal(a, b)
    older = tmp_path / "older.dlapplet"
    older.write_bytes(path.read_bytes())
    rewrite(older, edit_json=lambda d: [d["trainer"].pop(key) for key in ("best", "weight_decay")])
    state = load_session(older, LESSONS).trainer
    assert state.best is None and state.weight_decay == 0.0 and state.update == trainer.update


# -- refusals -----------------------------------------------------------------------------
def refused(path, *phrases):
    with pytest.raises(DataError) as info:
        load_session(path, LESSONS)
    message = str(info.value)
    for phrase in phrases:
        assert phrase in message, message
    return message


def test_a_file_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "notes.dlapplet"
    path.write_text("just some text")
    refused(path, "not an applet session")


def test_a_missing_file_is_refused(tmp_path):
    refused(tmp_path / "nowhere.dlapplet", "does not exist")


def test_a_truncated_file_is_refused(saved):
    path = saved[0]
    data = path.read_bytes()
    for size in (len(data) // 2, len(data) - 30, 100):
        path.write_bytes(data[:size])
        refused(path, "run.dlapplet")


def test_a_corrupted_file_is_refused(saved):
    path = saved[0]
    data = bytearray(path.read_bytes())
    for i in range(200, 260):  # flip bytes inside the compressed JSON
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    refused(path, "damaged")


def test_a_zip_without_a_session_is_refused(tmp_path):
    path = tmp_path / "other.dlapplet"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    refused(path, "no session.json")


@pytest.mark.parametrize(
    "edit, phrase",
    [
        (lambda d: d.update(format_version=FORMAT_VERSION + 1), "newer"),
        (lambda d: d.update(format_version="one"), "format version 'one' is unknown"),
        (lambda d: d.update(format="something-else"), "does not describe an applet session"),
        (lambda d: d["training"].update(lr="fast"), "training.lr must be a positive number"),
        (lambda d: d["training"].update(lr=-0.1), "training.lr must be a positive number"),
        (lambda d: d["training"].update(optimizer="sgd9"), "training.optimizer is 'sgd9'"),
        (lambda d: d["training"].update(loss="hinge"), "training.loss is 'hinge'"),
        (lambda d: d["training"].pop("batch_size"), "training lacks batch_size"),
        (lambda d: d["training"].update(trace_params="yes"), "training.trace_params must be true or false"),
        (lambda d: d["trainer"].update(update=-3), "trainer.update must be a whole number"),
        (lambda d: d["trainer"].update(update=True), "trainer.update must be a whole number"),
        (lambda d: d["trainer"].update(epoch=10**13), "trainer.epoch must be a whole number"),
        (lambda d: d["trainer"].update(lr=0.5), "disagrees"),
        (lambda d: d["trainer"]["rng"].update(bit_generator="MT19937"), "bit_generator is 'MT19937'"),
        (lambda d: d["trainer"]["rng"]["state"].update(state="x"), "trainer.rng.state.state"),
        (lambda d: d["network"]["layers"][0].__setitem__(0, "ten"), "layer 1 units"),
        (lambda d: d["network"]["layers"][0].__setitem__(1, "swish"), "activation is 'swish'"),
        (lambda d: d.update(lesson="astrology"), "lesson 'astrology'"),
        (
            lambda d: d.update(data={"kind": "csv", "name": "x", "text": "date,views\n2020-01-01,oops\n"}),
            "imported data cannot be read",
        ),
        (lambda d: d["trainer"].update(order={"$array": "nothing"}), "does not hold"),
        (lambda d: d.update(extra=1), "unknown fields: extra"),
    ],
)
def test_hand_edited_json_is_refused_with_a_clear_message(saved, edit, phrase):
    path = saved[0]
    rewrite(path, edit_json=edit)
    refused(path, "run.dlapplet cannot be opened", phrase)


def test_nan_written_into_the_json_is_refused(saved):
    path = saved[0]

    def edit(doc):
        doc["trainer"]["epoch_loss_sum"] = float("nan")  # json.dumps writes NaN, which is not JSON

    rewrite(path, edit_json=edit)
    refused(path, "NaN")


@pytest.mark.parametrize(
    "edit, phrase",
    [
        (lambda a: a.update({"weights.0": np.zeros((3, 4))}), "shape (3, 4), but the network needs (7, 4)"),
        (lambda a: a["weights.1"].__setitem__((0, 0), np.nan), "NaN or infinite"),
        (lambda a: a["biases.0"].__setitem__(0, np.inf), "NaN or infinite"),
        (lambda a: a.pop("biases.1"), "biases of layer 2 are missing"),
        (lambda a: a.update({"trainer.order": a["trainer.order"][::2]}), "not a shuffle"),
        (lambda a: a.update({"trainer.history.loss": np.array(["a", "b"])}), "real numbers"),
        (lambda a: a.update({"trainer.optimizer_state.m.0": np.ones(3)}), "Adam mean 1"),
    ],
)
def test_hand_edited_arrays_are_refused(saved, edit, phrase):
    path = saved[0]
    rewrite(path, edit_arrays=edit)
    refused(path, phrase)


def test_pickled_objects_are_never_loaded(saved, tmp_path):
    path = saved[0]
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (Path.touch, (marker,))

    def edit(arrays):
        arrays["weights.0"] = np.array([Evil()], dtype=object)

    with zipfile.ZipFile(path) as z:
        doc = z.read("session.json")
        with np.load(io.BytesIO(z.read("arrays.npz"))) as npz:
            arrays = {k: npz[k] for k in npz.files}
    edit(arrays)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # allow_pickle is on for saving: this is the attacker's file
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("session.json", doc)
        z.writestr("arrays.npz", buffer.getvalue())
    refused(path, "arrays")
    assert not marker.exists()


def test_a_session_that_does_not_fit_its_lesson_data_is_refused(saved):
    path = saved[0]
    session = load_session(path, LESSONS)
    with pytest.raises(DataError, match="inputs"):
        check_fits(session, views_problem(28))
    classify = dataclasses.replace(session, hyper=dataclasses.replace(session.hyper, loss="cross_entropy"))
    with pytest.raises(DataError, match="does not suit the lesson's task"):
        check_fits(classify, views_problem(7))
    short = dataclasses.replace(session, trainer=dataclasses.replace(session.trainer, order=np.arange(10)))
    with pytest.raises(DataError, match="batch order covers 10 samples"):
        check_fits(short, views_problem(7))


# -- atomic saving --------------------------------------------------------------------------
def test_an_interrupted_save_leaves_the_old_file_intact(saved, monkeypatch):
    path, _, _, old = saved
    before = path.read_bytes()
    _, _, newer = make_session(updates=300)

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(DataError, match="No space left"):
        save_session(path, newer)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert load_session(path, LESSONS).trainer.update == 150
    assert [p.name for p in path.parent.iterdir()] == ["run.dlapplet"]  # no temporary file left behind


def test_a_crash_between_the_two_members_leaves_the_old_file_intact(saved, monkeypatch):
    path = saved[0]
    before = path.read_bytes()
    _, _, newer = make_session(updates=300)
    real = zipfile.ZipFile.writestr

    def writestr(self, name, data, *args, **kwargs):
        if name == "arrays.npz":
            raise OSError(5, "Input/output error")
        return real(self, name, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)
    with pytest.raises(DataError, match="Input/output error"):
        save_session(path, newer)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert load_session(path, LESSONS).trainer.update == 150
    assert len(list(path.parent.iterdir())) == 1


def test_weight_decay_and_the_best_parameters_survive_a_round_trip(tmp_path):
    data = DataSource.builtin()
    problem = data.rebase(views_problem(7))
    setup = TrainingSetup(
        problem,
        (LayerSpec(4, "relu"), LayerSpec(1, "linear")),
        seed=5,
        loss="mse",
        lr=1e-3,
        optimizer="adam",
        batch_size=500,
        grad_tol=None,
        weight_decay=0.25,
    )
    trainer = setup.build()
    trainer.run(9)
    assert trainer.best is not None
    session = Session(
        "views-days",
        {"days": 7},
        data,
        problem.n_inputs,
        setup.layers,
        setup.seed,
        setup.hyper(),
        trainer.state(),
        tuple(trainer.net.weights),
        tuple(trainer.net.biases),
    )
    save_session(tmp_path / "run.dlapplet", session)
    loaded = load_session(tmp_path / "run.dlapplet", LESSONS)
    assert loaded.hyper.weight_decay == 0.25
    restored = restore(loaded, problem)
    assert restored.weight_decay == 0.25
    assert restored.best.val_loss == trainer.best.val_loss
    assert [restored.step() for _ in range(20)] == [trainer.step() for _ in range(20)]
    restored.restore_best()
    trainer.restore_best()
    for a, b in zip(restored.net.parameters(), trainer.net.parameters()):
        np.testing.assert_array_equal(a, b)


def test_sessions_from_before_weight_decay_open_with_none(saved):
    path = saved[0]

    def drop(doc):
        del doc["training"]["weight_decay"]
        del doc["trainer"]["weight_decay"]
        del doc["trainer"]["best"]

    rewrite(path, drop)
    loaded = load_session(path, LESSONS)
    assert loaded.hyper.weight_decay == 0.0 and loaded.trainer.best is None


def test_a_negative_weight_decay_is_refused(saved):
    path = saved[0]
    rewrite(path, lambda doc: doc["training"].update(weight_decay=-1))
    refused(path, "training.weight_decay")


def test_the_data_set_gap_choice_and_split_travel_with_the_session(tmp_path):
    data = DataSource(dataset="real", gaps="drop", val_start="2014-06-01", val_days=30)
    setup, trainer, session = make_session(data=data, batch_size=None, updates=3)
    save_session(tmp_path / "real.dlapplet", session)
    loaded = load_session(tmp_path / "real.dlapplet", LESSONS)
    assert loaded.data == data and loaded.data.kind == "real"
    problem = loaded.data.rebase(views_problem(7))
    assert problem.views.gaps == "drop" and problem.views.dropped > 0 and len(problem.Y_val) <= 30
    assert problem.views.val_start == np.datetime64("2014-06-01")
    check_fits(loaded, problem)


def test_an_older_session_without_gap_and_split_opens_on_the_defaults(tmp_path):
    setup, trainer, session = make_session(updates=3)
    path = tmp_path / "old.dlapplet"
    save_session(path, session)
    rewrite(path, edit_json=lambda d: d.update(data={"kind": "builtin"}))
    assert load_session(path, LESSONS).data == DataSource.builtin()


def plane_session():
    """A free-play run on the spiral with three features, and its Session."""
    from applet.core.datasets.planar import builtin_points
    from applet.training.playground import playground_problem, playground_setup

    points = builtin_points("spiral", 60, 0.2, 3, 0.3).with_point(1.0, 2.0, 1)
    problem = playground_problem(points, ("x1", "x2", "x1*x2"))
    setup = playground_setup(problem, 42)
    trainer = setup.build()
    trainer.run(20)
    return Session(
        "playground",
        {},
        DataSource.builtin(),
        problem.n_inputs,
        setup.layers,
        setup.seed,
        setup.hyper(),
        trainer.state(),
        tuple(trainer.net.weights),
        tuple(trainer.net.biases),
        points=points,
        features=problem.plane.features,
    )


def test_free_plays_points_and_features_round_trip_exactly(tmp_path):
    session = plane_session()
    save_session(tmp_path / "p.dlapplet", session)
    back = load_session(tmp_path / "p.dlapplet")
    assert back.features == ("x1", "x2", "x1*x2")
    for name in ("X", "y", "unseen"):
        np.testing.assert_array_equal(getattr(back.points, name), getattr(session.points, name))
    assert (back.points.source, back.points.n, back.points.noise, back.points.seed, back.points.unseen_share) == (
        "spiral",
        60,
        0.2,
        3,
        0.3,
    )


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda doc: doc["plane"].update(features=["x9"]), "Unknown feature"),
        (lambda doc: doc["plane"].update(class_names=["only"]), "2 to 10 classes"),
        (lambda doc: doc["plane"].update(class_names="ab"), "list of names"),
        (lambda doc: doc["plane"].pop("X"), "plane lacks X"),
        (lambda doc: doc["plane"].update(builtin="yes"), "true or false"),
    ],
)
def test_damaged_points_are_refused_in_words(tmp_path, edit, message):
    path = tmp_path / "p.dlapplet"
    save_session(path, plane_session())
    with zipfile.ZipFile(path) as z:
        doc, arrays = json.loads(z.read("session.json")), z.read("arrays.npz")
    edit(doc)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("session.json", json.dumps(doc))
        z.writestr("arrays.npz", arrays)
    with pytest.raises(DataError, match=message):
        load_session(path)


def test_l1_survives_a_round_trip_and_older_sessions_open_without_it(tmp_path, saved):
    data = DataSource.builtin()
    problem = data.rebase(views_problem(7))
    setup = TrainingSetup(
        problem,
        (LayerSpec(4, "relu"), LayerSpec(1, "linear")),
        seed=5,
        lr=1e-3,
        optimizer="adam",
        grad_tol=None,
        l1=0.5,
    )
    trainer = setup.build()
    trainer.run(5)
    session = Session(
        "views-days",
        {"days": 7},
        data,
        problem.n_inputs,
        setup.layers,
        setup.seed,
        setup.hyper(),
        trainer.state(),
        tuple(trainer.net.weights),
        tuple(trainer.net.biases),
    )
    save_session(tmp_path / "run.dlapplet", session)
    loaded = load_session(tmp_path / "run.dlapplet", LESSONS)
    assert loaded.hyper.l1 == 0.5
    restored = restore(loaded, problem)
    assert restored.l1 == 0.5
    assert [restored.step() for _ in range(10)] == [trainer.step() for _ in range(10)]
    path = saved[0]

    def drop(doc):
        doc["training"].pop("l1", None)
        doc["trainer"].pop("l1", None)

    rewrite(path, drop)
    assert load_session(path, LESSONS).hyper.l1 == 0.0
    rewrite(path, lambda doc: doc["training"].update(l1=-1))
    refused(path, "training.l1")
