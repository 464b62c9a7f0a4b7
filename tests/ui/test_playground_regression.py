"""Free play's regression sets, as TensorFlow Playground's regression problem: one linear output,
the map the predicted value, the losses instead of accuracy, discretised output, sessions."""

import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from applet.core.datasets.planar import features
from applet.core.losses import loss_function
from applet.core.problem import grid_points
from applet.ui.view_models.decision_map import TABLES, map_image, value_image
from tests.ui.conftest import click, curve_data, find, open_window, wait_for_snapshot
from tests.ui.test_playground import network_of


@pytest.fixture
def win(qtbot, settings):
    window = open_window(qtbot, settings, "playground")
    yield window
    window.close()


def choose(qtbot, win, name):
    sets = find(win, QComboBox, "pointsSetInput")
    sets.setCurrentIndex(sets.findData(name))
    sets.activated.emit(sets.currentIndex())
    return wait_for_snapshot(qtbot, win, lambda s: s.problem.plane.points.source == name)


def grid_outputs(snapshot):
    plane = snapshot.problem.plane
    X = features(grid_points(plane.map_x1, plane.map_x2), plane.features)
    return network_of(snapshot).forward(X)


def test_regression_plane_trains_one_linear_output_on_mse_and_draws_its_values(qtbot, win):
    choose(qtbot, win, "plane")
    assert win.setup.loss == "mse" and win.setup.layers[-1].units == 1
    assert win.setup.layers[-1].activation == "linear"
    assert find(win, QComboBox, "lossInput").currentData() == "mse"
    click(qtbot, win, "stepEpochButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: s.update >= 1 and not s.running and s.problem is win.setup.problem)
    panel = win.panels["decision_map"]
    expected = value_image(grid_outputs(snap), 100, 100)
    qtbot.waitUntil(lambda: panel.image.image is not None and np.array_equal(panel.image.image, expected))
    # the colour is the value: orange −1 … white 0 … blue +1
    out = grid_outputs(snap)[:, 0]
    i = int(np.argmin(np.abs(out - 0.5)))
    level = np.rint(np.clip((out[i] + 1) / 2, 0, 1) * 256).astype(int)
    assert np.array_equal(panel.image.image.reshape(-1, 4)[i], TABLES[2][0, level])
    assert len(curve_data(panel.boundary)[0]) == 0
    net, p = network_of(snap), snap.problem
    mse = loss_function("mse")
    train = mse(net.forward(p.X_train), p.Y_train[:, None])[0]
    unseen = mse(net.forward(p.X_val), p.Y_val[:, None])[0]
    assert find(win, QLabel, "mapAccuracy").text() == f"Loss: training L = {train:.4g}, unseen L′ = {unseen:.4g}"
    assert not find(win, QComboBox, "clickClassInput").isVisible()
    assert "number to predict" in find(win, QLabel, "pointsSummary").text()


def test_discretize_shows_the_class_or_the_sign(qtbot, win):
    panel = win.panels["decision_map"]
    click(qtbot, win, "stepEpochButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: s.update >= 1 and not s.running)
    out = grid_outputs(snap)
    box = find(win, QCheckBox, "discretizeInput")
    box.click()
    hard = TABLES[2][0, np.where(out[:, 1] >= out[:, 0], 256, 0)].reshape(100, 100, 4)
    assert np.array_equal(panel.image.image, hard)
    assert np.array_equal(map_image(out, 100, 100, discretize=True), hard)
    assert len(np.unique(panel.image.image.reshape(-1, 4), axis=0)) <= 2
    box.click()
    assert np.array_equal(panel.image.image, map_image(out, 100, 100))
    box.click()  # and for a number to predict: its sign
    choose(qtbot, win, "multi-gauss")
    click(qtbot, win, "stepEpochButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: s.update >= 1 and not s.running and s.problem is win.setup.problem)
    out = grid_outputs(snap)[:, 0]
    expected = TABLES[2][0, np.where(out >= 0, 256, 0)].reshape(100, 100, 4)
    qtbot.waitUntil(lambda: np.array_equal(panel.image.image, expected))


def test_a_session_keeps_a_regression_run(qtbot, win, settings, tmp_path, monkeypatch):
    from tests.ui.test_session_ui import saved_and_reopened, train_until

    choose(qtbot, win, "multi-gauss")
    train_until(qtbot, win, 30)
    saved = win.setup.problem.plane.points
    weights = win.last_snapshot.weights
    with saved_and_reopened(qtbot, win, settings, tmp_path / "bumps.dlapplet", monkeypatch) as (other, snap):
        assert snap.update == 30
        points = snap.problem.plane.points
        assert points.source == "multi-gauss" and points.regression and other.setup.loss == "mse"
        for name in ("X", "y", "unseen", "values"):
            np.testing.assert_array_equal(getattr(points, name), getattr(saved, name))
        np.testing.assert_array_equal(snap.problem.Y_train, saved.values[~saved.unseen])
        for a, b in zip(snap.weights, weights):
            np.testing.assert_array_equal(a, b)
        expected = value_image(grid_outputs(snap), 100, 100)
        panel = other.panels["decision_map"]
        qtbot.waitUntil(lambda: np.array_equal(panel.image.image, expected))
