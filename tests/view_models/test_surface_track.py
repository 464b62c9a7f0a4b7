"""SurfaceTrack without Qt: a real trainer's updates, sent as the worker sends them, turned into
what the error surface draws — and only what changed since the last frame."""

from types import SimpleNamespace

import numpy as np
import pytest

from applet.core.network import LayerSpec, Network
from applet.core.problem import views_problem
from applet.core.trainer import Trainer
from applet.ui.view_models.framing import LinearView
from applet.ui.view_models.surface_track import SurfaceTrack


def direct_loss(x, y, w, b, loss):
    e = b + w * x - y
    return np.mean(e * e) if loss == "mse" else np.mean(np.abs(e))


class Worker:
    """A trainer of y = b + w·x on the views problem, and snapshots of it as the worker makes
    them: the path's new rows since the last one, the parameters, the last batch."""

    def __init__(self, loss="mse", lr=0.05, batch_size=None, start=(2.0, -1.0), run_id=1):
        self.view = LinearView()
        self.view.set_problem(views_problem(1))
        net = Network(1, [LayerSpec(1, "linear")], seed=0)
        net.weights, net.biases = [np.array([[start[0]]])], [np.array([start[1]])]
        self.trainer = Trainer(
            net, self.view.x.reshape(-1, 1), self.view.y, loss, lr, batch_size, grad_tol=None, trace_params=True
        )
        self.loss, self.lr, self.run_id, self.sent = loss, lr, run_id, 0

    def snapshot(self, updates=0, path_start=None):
        for _ in range(updates):
            self.trainer.step()
        path = self.trainer.history.params.values
        start = self.sent if path_start is None else path_start
        self.sent = len(path)
        t = self.trainer
        return SimpleNamespace(
            run_id=self.run_id,
            update=t.update,
            loss_name=self.loss,
            lr=self.lr,
            weights=[w.copy() for w in t.net.weights],
            biases=[b.copy() for b in t.net.biases],
            new_path=path[start:].copy(),
            path_start=start,
            new_epoch_updates=t.history.epoch_update.values.copy(),
            last_batch=None if t.last_batch is None else t.last_batch.copy(),
        )


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_the_first_frame_frames_the_run_and_draws_its_path_point_and_next_step(loss):
    worker = Worker(loss)
    track = SurfaceTrack(worker.view)
    frame = track.receive(worker.snapshot(updates=5))
    path = worker.trainer.history.params.values
    assert frame.reframed and worker.view.framing.shows(path[0])
    np.testing.assert_array_equal(frame.path, path)
    assert frame.path_ends_now and not frame.last_step and not track.path_cut
    w, b = path[-1]
    start, end = frame.step
    np.testing.assert_array_equal(start, [w, b])
    # the arrow is the next step −η∇L, ∇L checked against central differences of L
    x, y, h = worker.view.x, worker.view.y, 1e-6
    gradient = [
        (direct_loss(x, y, w + h, b, loss) - direct_loss(x, y, w - h, b, loss)) / (2 * h),
        (direct_loss(x, y, w, b + h, loss) - direct_loss(x, y, w, b - h, loss)) / (2 * h),
    ]
    np.testing.assert_allclose(end, [w, b] - worker.lr * np.array(gradient), rtol=1e-6, atol=1e-9)
    assert track.now == pytest.approx((w, b, direct_loss(x, y, w, b, loss)), rel=1e-12)


def test_a_frame_carries_only_what_changed():
    worker = Worker()
    track = SurfaceTrack(worker.view)
    track.receive(worker.snapshot(updates=3))
    again = track.receive(worker.snapshot())  # paused: the same parameters again
    assert not again.reframed and again.path is None and again.epoch_ends is None
    assert again.step is not None  # the point and its arrow are always given
    moved = track.receive(worker.snapshot(updates=2))
    np.testing.assert_array_equal(moved.path, worker.trainer.history.params.values)
    assert moved.epoch_ends is None  # full batch: no epoch is marked


def test_a_step_back_shortens_the_path_and_a_new_run_starts_it_afresh():
    worker = Worker()
    track = SurfaceTrack(worker.view)
    track.receive(worker.snapshot(updates=6))
    full = worker.trainer.history.params.values.copy()
    back = track.receive(SimpleNamespace(**{**vars(worker.snapshot(path_start=4)), "new_path": np.empty((0, 2))}))
    np.testing.assert_array_equal(back.path, full[:4])
    assert not back.path_ends_now  # the parameters are still the last update's: the point is elsewhere
    other = Worker(start=(1.0, 1.0), run_id=2)
    other.view = worker.view
    fresh = track.receive(other.snapshot(updates=2))
    np.testing.assert_array_equal(fresh.path, other.trainer.history.params.values)
    assert len(track.path) == 3


def test_a_diverging_run_is_cut_where_it_leaves_the_sane_range():
    worker = Worker(lr=1.5)  # far beyond stability for raw x: every step overshoots further
    track = SurfaceTrack(worker.view)
    frame = track.receive(worker.snapshot(updates=30))
    framing = worker.view.framing
    assert track.path_cut and frame.step is None and track.now is None
    assert 1 <= len(frame.path) < len(track.path) == 31
    assert np.all(np.abs(frame.path - framing.centre) <= framing.sane)
    np.testing.assert_array_equal(frame.path, worker.trainer.history.params.values[: len(frame.path)])
    assert track.receive(worker.snapshot(updates=5)).path is None  # it went on diverging: the cut path stays


def test_with_mini_batches_the_arrow_is_the_last_batch_step_and_epoch_ends_are_marked():
    worker = Worker(batch_size=500)  # ⌈1460/500⌉ = 3 updates an epoch
    track = SurfaceTrack(worker.view)
    frame = track.receive(worker.snapshot(updates=7))
    path = worker.trainer.history.params.values
    assert frame.last_step
    np.testing.assert_array_equal(frame.step[0], path[-2])
    np.testing.assert_array_equal(frame.step[1], path[-1])
    np.testing.assert_array_equal(frame.epoch_ends, path[[3, 6]])
    assert track.receive(worker.snapshot(updates=1)).epoch_ends is None  # update 8: no epoch ended
    frame = track.receive(worker.snapshot(updates=1))
    np.testing.assert_array_equal(frame.epoch_ends, worker.trainer.history.params.values[[3, 6, 9]])


def test_parameters_the_surface_cannot_show_give_no_frame():
    worker = Worker()
    track = SurfaceTrack(worker.view)
    snap = worker.snapshot(updates=1)
    assert track.receive(SimpleNamespace(**{**vars(snap), "loss_name": "cross_entropy"})) is None
    two = [np.ones((1, 2)), np.ones((2, 1))]
    assert track.receive(SimpleNamespace(**{**vars(snap), "weights": two})) is None
