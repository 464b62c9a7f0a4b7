"""Points in the plane: the built-in sets, the learner's CSV files, the input features."""

import os

import numpy as np
import pytest

from applet.core.datasets.curves import red_at
from applet.core.datasets.planar import (
    FEATURES,
    SETS,
    Points,
    builtin_points,
    features,
    make,
    read_points,
    split_unseen,
)
from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.core.problem import grid_points, map_grid, planar_problem
from applet.core.trainer import Trainer


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("n", [2, 7, 500])
def test_shapes_types_and_balance(name, n):
    X, y = make(name, n, 0.3, 42)
    assert X.shape == (n, 2) and X.dtype == np.float64
    assert y.shape == (n,) and y.dtype == np.int64
    counts = np.bincount(y, minlength=2)
    assert set(np.unique(y)) == {0, 1} and counts.max() - counts.min() <= 1
    assert np.all(np.isfinite(X))


@pytest.mark.parametrize("name", SETS)
def test_the_same_arguments_give_the_same_points(name):
    X, y = make(name, 300, 0.5, 7)
    X2, y2 = make(name, 300, 0.5, 7)
    assert np.array_equal(X, X2) and np.array_equal(y, y2)
    X3, _ = make(name, 300, 0.5, 8)
    assert not np.array_equal(X, X3)


def test_noiseless_sets_follow_their_rules():
    X, y = make("circle", 400, 0.0, 1)
    r = np.hypot(X[:, 0], X[:, 1])
    assert np.all(r[y == 0] <= 2.5) and np.all(r[y == 1] >= 3.5)
    X, y = make("xor", 400, 0.0, 1)
    assert np.array_equal(y == 1, X[:, 0] * X[:, 1] > 0)
    X, y = make("curve-piecewise", 400, 0.0, 1)
    boundary = 5.0 * (red_at((X[:, 0] + 5.0) / 10.0) - 1.0)  # the red curve stretched over the plane
    assert np.array_equal(y == 1, X[:, 1] > boundary)


@pytest.mark.parametrize(
    "args, message",
    [
        (("moons", 100, 0.0, 0), "no built-in set"),
        (("circle", 1, 0.0, 0), "between 2 and"),
        (("circle", 0, 0.0, 0), "between 2 and"),
        (("circle", 100, -0.1, 0), "noise"),
        (("circle", 100, float("nan"), 0), "noise"),
    ],
)
def test_bad_arguments_are_refused_in_words(args, message):
    with pytest.raises(DataError, match=message):
        make(*args)


def train_accuracy(X, y, hidden=(), updates=1500):
    """Accuracy on the training points after Adam on full batches."""
    net = Network(X.shape[1], [*hidden, LayerSpec(2, "linear")], seed=0)
    trainer = Trainer(net, X, y, loss="cross_entropy", lr=0.05, optimizer="adam", seed=0)
    trainer.run(updates)
    return float(np.mean(np.argmax(net.forward(X), axis=1) == y))


@pytest.mark.parametrize("name", ["xor", "spiral"])
def test_xor_and_spiral_defeat_a_linear_model(name):
    X, y = make(name, 400, 0.0, 42)
    assert train_accuracy(features(X, ["x1", "x2"]), y) < 0.75


def test_the_circle_is_linear_in_the_squared_features():
    X, y = make("circle", 400, 0.0, 42)
    assert train_accuracy(features(X, ["x1", "x2"]), y) < 0.75
    assert train_accuracy(features(X, ["x1^2", "x2^2"]), y) == 1.0


def test_features_by_hand():
    X = np.array([[1.0, 2.0], [-0.5, 3.0]])
    F = features(X, ["x1*x2", "x1", "x2^2", "sin(x1)", "x1^2", "sin(x2)", "x2"])
    expected = [
        [2.0, 1.0, 4.0, np.sin(1.0), 1.0, np.sin(2.0), 2.0],
        [-1.5, -0.5, 9.0, np.sin(-0.5), 0.25, np.sin(3.0), 3.0],
    ]
    assert F.shape == (2, 7) and F.dtype == np.float64
    np.testing.assert_array_equal(F, expected)
    assert features(X, FEATURES).shape == (2, 7)


@pytest.mark.parametrize("names, message", [([], "at least one"), (["x3"], "Unknown feature"), (["x1", "x1"], "once")])
def test_bad_features_are_refused(names, message):
    with pytest.raises(DataError, match=message):
        features(np.zeros((3, 2)), names)


def write(tmp_path, text, name="points.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_a_file_with_header_and_text_labels(tmp_path):
    path = write(tmp_path, "x1,x2,label\n0.1,2,cat\n-3.25e1,0.30000000000000004,dog\n\n1,1,cat\n")
    X, y, names = read_points(path)
    assert names == ("cat", "dog")
    assert y.tolist() == [0, 1, 0] and y.dtype == np.int64
    assert X.tolist() == [[0.1, 2.0], [-32.5, 0.30000000000000004], [1.0, 1.0]]  # exactly as written


def test_integer_labels_without_header_in_order_of_first_appearance(tmp_path):
    path = write(tmp_path, "1;2;1\n3;4;0\n5;6;2\n7;8;0\n")
    X, y, names = read_points(path)
    assert names == ("1", "0", "2") and y.tolist() == [0, 1, 2, 1]
    assert X.shape == (4, 2)


def test_ten_classes_are_read_and_an_eleventh_is_refused_naming_its_line(tmp_path):
    rows = "".join(f"{i},{i},c{i}\n" for i in range(10))
    assert read_points(write(tmp_path, rows))[2] == tuple(f"c{i}" for i in range(10))
    with pytest.raises(DataError, match=r"Line 12: the label 'c10'.*at most 10 classes"):
        read_points(write(tmp_path, "x1,x2,y\n" + rows + "10,10,c10\n"))


@pytest.mark.parametrize(
    "text, message",
    [
        ("x1,x2,label\n1,2,a\n3,,b\n", "Line 3: a coordinate is missing"),
        ("1,2,a\n3,4\n", "Line 2 has no label"),
        ("1,2,a\n3,4,\n", "Line 2 has no label"),
        ("1,2,a\n3,nan,b\n", "Line 2: 'nan' is not a finite number"),
        ("1,2,a\n3,-inf,b\n", "Line 2: '-inf' is not a finite number"),
        ("1,2,a\n3,1e999,b\n", "Line 2: '1e999' is not a finite number"),
        ("1,2,a\n3,x,b\n", "Line 2: 'x' is not a number"),
        ("1;2;a\n3,5;4;b\n", r"Line 2: '3,5' is not a number \(use a dot"),
        ("1,2,a\n3,4,b,5\n", "Line 2 has 4 cells"),
        ("x1,x2,label\n1,2,a\n3,4,a\n", "Lines 2 to 3 all have the label 'a'.*two classes"),
        ('1,2,a\n3,4,"b\n', "not valid CSV"),
        ("x1,x2,label\n", "no rows of points"),
        ("", "empty"),
        (b"1,2,a\x00\n", "not a text file"),
    ],
)
def test_unreadable_files_are_refused_naming_the_line(tmp_path, text, message):
    with pytest.raises(DataError, match=message):
        read_points(write(tmp_path, text))


def test_special_and_missing_files_are_refused(tmp_path):
    with pytest.raises(DataError, match="not an ordinary file"):
        read_points(tmp_path)
    with pytest.raises(DataError, match="Could not open"):
        read_points(tmp_path / "missing.csv")
    if os.path.exists("/dev/zero"):
        with pytest.raises(DataError, match="not an ordinary file"):
            read_points("/dev/zero")


def test_a_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "wb") as file:
        file.truncate(17 * 2**20)
    with pytest.raises(DataError, match="a table of points is far smaller"):
        read_points(path)


def test_the_unseen_split_is_per_class_and_seeded():
    y = np.array([0] * 10 + [1] * 30)
    unseen = split_unseen(y, 0.5, 3)
    assert unseen[y == 0].sum() == 5 and unseen[y == 1].sum() == 15
    assert np.array_equal(unseen, split_unseen(y, 0.5, 3))
    assert not split_unseen(y, 0.0, 3).any()
    with pytest.raises(DataError, match="share"):
        split_unseen(y, 0.95, 3)


def test_points_are_added_removed_and_checked():
    points = builtin_points("xor", 20, 0.0, 1)
    added = points.with_point(1.5, -2.0, 1)
    assert len(added.y) == 21 and added.X[-1].tolist() == [1.5, -2.0] and added.y[-1] == 1 and not added.unseen[-1]
    index = added.nearest(1.6, -2.1, 0.5)
    assert index == 20 and added.nearest(100.0, 100.0, 0.5) is None
    assert np.array_equal(added.without_point(index).X, points.X)
    with pytest.raises(DataError, match="finite"):
        points.with_point(float("inf"), 0.0, 0)
    with pytest.raises(DataError, match="one of the 2 classes"):
        points.with_point(0.0, 0.0, 2)
    with pytest.raises(DataError, match="train on"):
        Points(points.X, points.y, ("0", "1"), np.ones(20, bool))


def test_the_problem_sees_the_features_and_its_map_grid():
    points = builtin_points("circle", 100, 0.0, 2, unseen_share=0.3)
    p = planar_problem(points, ("x1^2", "x2^2", "x1"))
    assert p.task == "classification" and p.n_outputs == 2 and p.n_inputs == 3
    assert len(p.X_train) == 70 and len(p.X_val) == 30
    np.testing.assert_array_equal(p.X_train, features(points.X[~points.unseen], ["x1^2", "x2^2", "x1"]))
    x1, x2 = map_grid(points.extent())
    assert len(x1) == len(x2) == 100 and x1[0] <= -6 and x1[-1] >= 6
    G = grid_points(x1, x2)
    assert G[1].tolist() == [x1[0], x2[1]] and G[100].tolist() == [x1[1], x2[0]]
    np.testing.assert_array_equal(p.probes["map"], features(G, ["x1^2", "x2^2", "x1"]))


def test_a_feature_too_large_to_compute_is_refused_not_infinite():
    X = np.array([[1e200, 1.0], [0.0, 2.0]])
    assert features(X, ["x1", "x2"]).tolist() == [[1e200, 1.0], [0.0, 2.0]]
    with pytest.raises(DataError, match="feature x1\\^2 is too large"):
        features(X, ["x2", "x1^2"])
