"""Free play in the plane: the data, feature and layer controls, and what the decision map draws."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QMessageBox, QSlider

from applet.core.network import Network
from applet.core.problem import grid_points
from applet.ui.view_models.decision_map import accuracy, map_image
from tests.ui.conftest import click, curve_data, find, full_speed, open_window, wait_for_snapshot


@pytest.fixture
def win(qtbot, settings):
    window = open_window(qtbot, settings, "playground")
    yield window
    window.close()


def network_of(snapshot):
    net = Network(snapshot.problem.n_inputs, list(_layers(snapshot)))
    net.weights, net.biases = list(snapshot.weights), list(snapshot.biases)
    return net


def _layers(snapshot):
    from applet.core.network import LayerSpec

    return [LayerSpec(w.shape[1], "relu") for w in snapshot.weights[:-1]] + [
        LayerSpec(snapshot.weights[-1].shape[1], "linear")
    ]


def drawn_map_matches_the_network(panel, snapshot):
    plane = snapshot.problem.plane
    X = grid_points(plane.map_x1, plane.map_x2)
    from applet.core.datasets.planar import features

    expected = map_image(network_of(snapshot).forward(features(X, plane.features)), 100, 100)
    return panel.image.image is not None and np.array_equal(panel.image.image, expected)


def test_the_map_is_the_networks_answer_on_its_grid_and_the_points_are_the_data(qtbot, win):
    panel = win.panels["decision_map"]
    click(qtbot, win, "stepEpochButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: s.update >= 1 and not s.running)
    assert drawn_map_matches_the_network(panel, snap)
    points = snap.problem.plane.points
    x, y = panel.train_points.getData()
    assert np.array_equal(np.column_stack([x, y]), points.X[~points.unseen])
    x, y = panel.unseen_points.getData()
    assert np.array_equal(np.column_stack([x, y]), points.X[points.unseen])
    net = network_of(snap)
    train = accuracy(net.forward(snap.problem.X_train), snap.problem.Y_train)
    unseen = accuracy(net.forward(snap.problem.X_val), snap.problem.Y_val)
    text = find(win, QLabel, "mapAccuracy").text()
    assert text == f"Accuracy: training {100 * train:.1f} %, unseen {100 * unseen:.1f} %"
    assert len(curve_data(panel.boundary)[0]) > 0  # two classes: the line p = 0.5
    find(win, QCheckBox, "showUnseenInput").click()
    assert not panel.unseen_points.isVisible()


def test_choosing_a_set_noise_and_share_makes_new_points(qtbot, win):
    sets = find(win, QComboBox, "pointsSetInput")
    sets.setCurrentIndex(sets.findData("spiral"))
    sets.activated.emit(sets.currentIndex())
    snap = wait_for_snapshot(qtbot, win, lambda s: s.problem.plane.points.source == "spiral")
    assert "spiral" in sets.currentText()
    find(win, QSlider, "noiseSlider").setValue(5)
    snap = wait_for_snapshot(qtbot, win, lambda s: s.problem.plane.points.noise == 0.5)
    unseen = find(win, QSlider, "unseenSlider")
    unseen.setFocus()
    qtbot.keyClick(unseen, Qt.Key.Key_Left)  # 50 % → 40 %
    snap = wait_for_snapshot(qtbot, win, lambda s: s.problem.plane.points.unseen_share == 0.4)
    assert len(snap.problem.Y_val) == 200 and len(snap.problem.Y_train) == 300
    assert find(win, QLabel, "pointsSummary").text().startswith("300 training points, 200 unseen, 2 classes")
    x, _ = win.panels["decision_map"].train_points.getData()
    assert len(x) == 300


def test_features_feed_the_first_layer_and_the_strip(qtbot, win):
    for name in ("x1^2", "x2^2", "x1*x2"):
        find(win, QCheckBox, f"feature_{name}").click()
        wait_for_snapshot(qtbot, win, lambda s, name=name: name in s.problem.plane.features)
    find(win, QCheckBox, "feature_x1").click()
    snap = wait_for_snapshot(qtbot, win, lambda s: s.problem.plane.features == ("x2", "x1^2", "x2^2", "x1*x2"))
    assert snap.weights[0].shape == (4, 8)
    assert "x = (x₂, x₁², x₂², x₁x₂)" in find(win, QLabel, "step1").text()
    for name in ("x2", "x1^2", "x2^2", "x1*x2"):  # unticking the last one is refused: nothing changes
        find(win, QCheckBox, f"feature_{name}").click()
    qtbot.waitUntil(lambda: "at least one input feature" in win.statusBar().currentMessage())
    assert win.setup.problem.n_inputs == 1
    assert find(win, QCheckBox, "feature_x1*x2").isChecked()


def test_the_layer_builder_removes_the_hidden_layer(qtbot, win):
    preset = find(win, QComboBox, "presetInput")
    preset.setCurrentIndex(1)  # linear (no hidden layer)
    preset.activated.emit(1)
    click(qtbot, win, "applyLayersButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: len(s.weights) == 1)
    assert snap.weights[0].shape == (2, 2)
    click(qtbot, win, "stepEpochButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: s.update >= 1 and not s.running)
    assert drawn_map_matches_the_network(win.panels["decision_map"], snap)


def to_widget(panel, x1, x2):
    return panel.plot.mapFromScene(panel.plot.getPlotItem().vb.mapViewToScene(QPointF(x1, x2)))


def test_a_click_adds_a_point_and_a_right_click_removes_it(qtbot, win):
    panel = win.panels["decision_map"]
    n = len(win.setup.problem.Y_train)
    classes = find(win, QComboBox, "clickClassInput")
    classes.setCurrentIndex(1)
    qtbot.mouseClick(panel.plot.viewport(), Qt.MouseButton.LeftButton, pos=to_widget(panel, 5.5, 5.5))
    snap = wait_for_snapshot(qtbot, win, lambda s: len(s.problem.Y_train) == n + 1)
    points = snap.problem.plane.points
    assert points.y[-1] == 1 and np.allclose(points.X[-1], [5.5, 5.5], atol=0.15)
    assert len(panel.train_points.getData()[0]) == n + 1
    where = to_widget(panel, *points.X[-1])
    at = QPoint(where.x(), where.y())
    QApplication.sendEvent(
        panel.plot, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, panel.plot.mapToGlobal(at))
    )
    snap = wait_for_snapshot(qtbot, win, lambda s: len(s.problem.Y_train) == n)
    assert not any(np.allclose(p, [5.5, 5.5], atol=0.15) for p in snap.problem.plane.points.X)


def test_imported_points_with_three_classes_and_a_bad_file(qtbot, win, tmp_path):
    good = tmp_path / "three.csv"
    rows = ["x1,x2,label"] + [f"{i % 7 - 3},{i % 5 - 2},{('red', 'green', 'blue')[i % 3]}" for i in range(60)]
    good.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert win.panels["plane_data"].import_path(good)
    snap = wait_for_snapshot(qtbot, win, lambda s: s.problem.n_outputs == 3)
    assert snap.weights[-1].shape[1] == 3
    classes = find(win, QComboBox, "clickClassInput")
    assert [classes.itemText(i) for i in range(classes.count())] == ["red", "green", "blue"]
    assert "imported: three.csv" in find(win, QComboBox, "pointsSetInput").currentText()
    assert "most probable class" in find(win, QLabel, "mapNote").text()
    click(qtbot, win, "stepEpochButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: s.update >= 1 and not s.running and s.problem.n_outputs == 3)
    assert drawn_map_matches_the_network(win.panels["decision_map"], snap)
    assert len(curve_data(win.panels["decision_map"].boundary)[0]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n1,2,a\n3,inf,b\n", encoding="utf-8")
    problem = win.setup.problem
    assert not win.panels["plane_data"].import_path(bad)
    box = win.findChild(QMessageBox, "fileErrorDialog")
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "Line 3: 'inf' is not a finite number" in box.text()
    box.close()
    assert win.setup.problem is problem


def test_a_full_speed_run_keeps_drawing_the_map(qtbot, win):
    full_speed(win)
    click(qtbot, win, "runButton")
    wait_for_snapshot(qtbot, win, lambda s: s.update >= 300)
    click(qtbot, win, "runButton")
    snap = wait_for_snapshot(qtbot, win, lambda s: not s.running)
    qtbot.waitUntil(lambda: drawn_map_matches_the_network(win.panels["decision_map"], win.last_snapshot))
    assert snap.problem.plane.points.source == "circle"


def test_a_session_keeps_the_points_features_network_and_weights(qtbot, win, settings, tmp_path, monkeypatch):
    from tests.ui.test_session_ui import saved_and_reopened, train_until

    win.panels["decision_map"].add_point(4.5, -4.5, 0)
    wait_for_snapshot(qtbot, win, lambda s: len(s.problem.Y_train) == 251)
    find(win, QCheckBox, "feature_sin(x1)").click()
    wait_for_snapshot(qtbot, win, lambda s: s.problem.n_inputs == 3)
    train_until(qtbot, win, 40)
    saved_points = win.setup.problem.plane.points
    weights = win.last_snapshot.weights
    with saved_and_reopened(qtbot, win, settings, tmp_path / "plane.dlapplet", monkeypatch) as (other, snap):
        assert snap.update == 40
        plane = snap.problem.plane
        assert other.lesson.id == "playground" and plane.features == ("x1", "x2", "sin(x1)")
        for name in ("X", "y", "unseen"):
            np.testing.assert_array_equal(getattr(plane.points, name), getattr(saved_points, name))
        assert plane.points.class_names == ("0", "1") and plane.points.source == "circle"
        for a, b in zip(snap.weights, weights):
            np.testing.assert_array_equal(a, b)
        assert find(other, QCheckBox, "feature_sin(x1)").isChecked()
        x, _ = other.panels["decision_map"].train_points.getData()
        assert len(x) == 251


def test_the_map_exports_as_png_and_svg(qtbot, win, tmp_path):
    from PySide6.QtGui import QImage

    from applet.ui.exports import save_image

    click(qtbot, win, "stepEpochButton")
    wait_for_snapshot(qtbot, win, lambda s: s.update >= 1 and not s.running)
    plot = win.panels["decision_map"].plot
    save_image(plot, tmp_path / "map.png")
    image = QImage(str(tmp_path / "map.png"))
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert "#0072b2" in colours  # the class-1 points
    save_image(plot, tmp_path / "map.svg")
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "<image" in svg and "x₁" in svg  # the map as a picture, the axes as text


def test_a_feature_that_overflows_is_refused_and_the_box_unticks(qtbot, win, tmp_path):
    far = tmp_path / "far.csv"
    far.write_text("1e200,1,a\n-1e200,2,b\n3,4,a\n5,6,b\n", encoding="utf-8")
    assert win.panels["plane_data"].import_path(far)
    wait_for_snapshot(qtbot, win, lambda s: s.problem.plane.points.source == "far.csv")
    problem = win.setup.problem
    box = find(win, QCheckBox, "feature_x1^2")
    box.click()
    qtbot.waitUntil(lambda: "x1^2 is too large" in win.statusBar().currentMessage())
    assert not box.isChecked() and win.setup.problem is problem
