"""What keeps long runs flat and the window smooth: the bounded loss envelope, probes
recomputed within their share of the worker's time, snapshots paced by the window's load."""

import time

import numpy as np
import pytest
from PySide6.QtWidgets import QSpinBox

import applet.training.worker as worker_module
from applet.training.controller import CHILD_WINDOW_SHARE, WINDOW_SHARE, TrainingController
from applet.training.worker import TrainingWorker
from applet.ui.envelope import RAW_KEPT, Envelope
from applet.ui.lessons import LESSONS
from tests.ui.conftest import click, curve_data, find, full_speed, gaps_while_training, in_view, wait_for_snapshot


def reference_points(x: np.ndarray, y: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Every complete bucket of ``size`` points as (first x, min), (middle x, max), then the rest."""
    complete = len(y) // size
    blocks = y[: complete * size].reshape(-1, size)
    starts = np.arange(complete) * size
    bx = np.column_stack([x[starts], x[starts + size // 2]]).ravel()
    by = np.column_stack([blocks.min(axis=1), blocks.max(axis=1)]).ravel()
    return np.concatenate([bx, x[complete * size :]]), np.concatenate([by, y[complete * size :]])


def test_a_million_losses_keep_only_their_envelope_and_the_recent_points():
    rng = np.random.default_rng(0)
    n = 1_000_000
    x, y = np.arange(1.0, n + 1), rng.standard_normal(n)
    envelope = Envelope()
    start = 0
    while start < n:  # as snapshots bring them: a few hundred at a time
        stop = min(n, start + int(rng.integers(1, 700)))
        envelope.extend(x[start:stop], y[start:stop])
        start = stop
    assert len(envelope) == n
    assert len(envelope.y) <= 2 * RAW_KEPT + 2 * envelope.size  # not the million points
    bx, by = envelope.points()
    rx, ry = reference_points(x, y, envelope.size)
    np.testing.assert_array_equal(bx, rx)
    np.testing.assert_array_equal(by, ry)
    # a step back among the recent points is exact
    assert envelope.drop_after(n - 100.0)
    bx, by = envelope.points()
    rx, ry = reference_points(x[: n - 100], y[: n - 100], envelope.size)
    np.testing.assert_array_equal(bx, rx)
    np.testing.assert_array_equal(by, ry)


def deep_worker() -> TrainingWorker:
    lesson = LESSONS["deep"]
    choices = lesson.defaults()
    worker = TrainingWorker()
    worker.configure(lesson.make_setup(lesson.make_problem(choices), choices, 42))
    return worker


def test_while_training_runs_the_probes_are_recomputed_only_as_their_share_allows(monkeypatch):
    worker = deep_worker()
    first = worker.make_snapshot().outputs
    monkeypatch.setattr(worker_module, "PROBE_SHARE", 1e-12)  # recomputing them would take far too long
    worker.trainer.step()
    reused = worker.make_snapshot(outputs="recent")
    assert reused.outputs is first and reused.update == 1  # the rest of the snapshot is new
    fresh = worker.make_snapshot()  # paused, stopped or a single step: always computed
    assert fresh.outputs is not first
    np.testing.assert_allclose(fresh.outputs["all"], worker.trainer.net.forward(worker.setup.problem.probes["all"]))
    monkeypatch.setattr(worker_module, "PROBE_SHARE", 1e12)  # cheap enough: every snapshot
    assert worker.make_snapshot(outputs="recent").outputs is not fresh.outputs


@pytest.mark.parametrize("in_child", [False, True])
def test_a_busy_window_gets_a_pause_before_the_next_snapshot_and_an_idle_one_none(qtbot, monkeypatch, in_child):
    """The window draws in at most half the time while training shares its GIL, 80 % while the
    child process trains."""
    controller = TrainingController()
    pauses = []
    monkeypatch.setattr(controller.worker, "acknowledge", pauses.append)
    monkeypatch.setattr(TrainingWorker, "in_child", property(lambda worker: in_child))
    share = CHILD_WINDOW_SHARE if in_child else WINDOW_SHARE
    try:
        time.sleep(0.2)  # the window idles
        controller.acknowledge()
        cpu, wall = time.thread_time(), time.perf_counter()
        while time.thread_time() < cpu + 0.08:  # then draws for 80 ms of CPU
            pass
        controller.acknowledge()
        busy, elapsed = time.thread_time() - cpu, time.perf_counter() - wall
    finally:
        assert controller.shutdown()
    assert pauses[0] == 0.0
    # the next snapshot comes busy / share after the previous one was allowed
    assert abs(pauses[1] - max(0.0, busy / share - elapsed)) < 0.005
    assert pauses[1] > 0.0 or elapsed > busy / share  # (only a very busy machine leaves no pause)


def test_a_panel_out_of_sight_draws_the_latest_snapshot_when_it_comes_into_view(qtbot, window):
    """Slice and Loss as tabs behind Fit (as views-linear lays them out on a laptop): while
    training they draw nothing; brought into view, they show the training state of the last
    snapshot, the loss curve whole."""
    loss, slice_panel = window.panels["loss"], window.panels["slice"]
    for panel_id in ("loss", "slice"):  # whatever room this screen and its fonts leave
        window.tabifyDockWidget(window.docks["fit"], window.docks[panel_id])
    in_view(qtbot, window, "fit")
    qtbot.waitUntil(lambda: loss.out_of_sight() and slice_panel.out_of_sight())
    find(window, QSpinBox, "maxUpdatesInput").setValue(400)
    full_speed(window)
    click(qtbot, window, "runButton")
    snap = wait_for_snapshot(qtbot, window, lambda s: s.update == 400 and not s.running, timeout=20_000)
    assert len(curve_data(loss.epoch_curve)[0]) == 0  # nothing drawn out of sight …
    assert slice_panel.snapshot is None or slice_panel.snapshot.update < 400
    assert slice_panel.latest() is snap and window.panels["fit"].snapshot is snap  # … but kept
    in_view(qtbot, window, "loss")
    x, y = curve_data(loss.epoch_curve)
    history = window.controller.worker.trainer.history.epoch_loss.values
    assert len(x) == 400 and x[-1] == 400 and y[-1] == history[-1]
    in_view(qtbot, window, "slice")
    assert slice_panel.snapshot is snap and slice_panel.latest() is snap


def test_while_training_runs_the_fit_is_drawn_again_only_when_it_would_look_different(qtbot, window):
    """Views-linear at full speed: the line soon settles, and snapshots that move it by less than
    VISIBLE of the plot's height leave the curves as drawn. What the Fit panel shows is never
    further than that from the latest outputs, and once training stops it is them exactly."""
    fit = in_view(qtbot, window, "fit")
    gaps, last = gaps_while_training(
        qtbot,
        window,
        fit.time_plot,
        lambda: fit.predicted_curve.getOriginalDataset()[1],  # every day (only the last months are in view)
        lambda snapshot: snapshot.outputs["all"][:, 0],
        30_000,
    )
    assert len(gaps) > 10
    assert np.all(gaps[:, 0] <= gaps[:, 1])
    assert np.any(gaps[:, 0] > 0)  # some snapshots were not drawn: the curve stayed as it was
    np.testing.assert_array_equal(fit.predicted_curve.getOriginalDataset()[1], last.outputs["all"][:, 0])
    views = window.setup.problem.views
    errors = last.outputs["all"][views.unseen, 0] - views.targets[views.unseen]
    np.testing.assert_array_equal(fit.error_bars.opts["height"], errors)
