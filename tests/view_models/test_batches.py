"""Mini-batches on the error surface: the last update's batch, its own surface, the epoch ends."""

import numpy as np
import pytest

from applet.core.network import LayerSpec, Network
from applet.core.problem import views_problem
from applet.core.surface import error_surface, optimum
from applet.core.trainer import Trainer
from applet.ui.view_models.batches import EpochEnds, LatestBatch, last_batch_position
from applet.ui.view_models.framing import LinearView
from applet.ui.view_models.surface_map import SurfaceMap


def test_the_position_of_the_last_batch_follows_the_trainer():
    x = np.arange(23.0)
    t = Trainer(Network(1, [LayerSpec(1, "linear")], seed=0), x, 2 * x, lr=1e-4, batch_size=5, seed=0, grad_tol=None)
    seen = []
    for _ in range(11):  # ⌈23/5⌉ = 5 batches per epoch, the last of 3 days
        t.step()
        seen.append(last_batch_position(t.epoch, t.batch, t.updates_per_epoch))
    assert seen == [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (1, 2), (2, 2), (3, 2), (4, 2), (5, 2), (1, 3)]


def test_epoch_ends_mark_only_epochs_of_several_updates_and_follow_a_step_back():
    ends = EpochEnds()
    ends.receive(3, np.array([1, 2, 3]))  # three full-batch epochs: one update each
    assert ends.marked(100).tolist() == []
    ends.receive(13, np.array([8, 13]))  # then batches of five updates
    assert ends.marked(100).tolist() == [8, 13]
    assert ends.marked(1).tolist() == [13]
    ends.receive(10, np.array([]))  # stepped back to update 10: epoch 13 never happened
    assert ends.marked(100).tolist() == [8]
    ends.receive(13, np.array([8, 13]))  # sent again after the step back: kept once
    assert ends.marked(100).tolist() == [8, 13]
    ends.clear()
    assert ends.marked(100).tolist() == []


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_a_batch_map_is_the_batchs_own_loss_on_the_full_maps_grid(loss):
    view = LinearView()
    view.set_problem(views_problem(1))
    view.framing.frame(np.array(view.optimum(loss)[:2]), np.array([[0.0, 0.0]]))
    full = SurfaceMap.framed(view, loss, aspect=1.3)
    batch_days = np.array([5, 400, 17, 1200, 999, 3, 64, 640, 1459, 88])
    xb, yb = view.x[batch_days], view.y[batch_days]
    batch = full.for_batch(xb, yb)
    assert batch.w_values is full.w_values and batch.b_values is full.b_values
    np.testing.assert_allclose(batch.L, error_surface(xb, yb, full.w_values, full.b_values, loss), rtol=1e-12)
    assert batch.minimum == optimum(xb, yb, loss)
    assert all(batch.minimum[2] < level < batch.L_range[1] for level in batch.levels)
    assert batch.levels != full.levels and not np.allclose(batch.L, full.L)


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_only_the_latest_batch_is_computed_one_at_a_time_and_paced_while_running():
    clock = Clock()
    queue = LatestBatch(interval=0.1, clock=clock)
    assert queue.take(running=True) is None  # nothing wanted
    assert queue.want((1, 1, "mse"), [0, 1])
    assert not queue.want((1, 1, "mse"), [0, 1])  # the same batch again: nothing new
    key, indices = queue.take(running=True)
    assert key == (1, 1, "mse") and indices.tolist() == [0, 1] and queue.busy
    assert queue.want((1, 2, "mse"), [2, 3])
    assert queue.take(running=True) is None  # one is being computed
    clock.t = 0.05
    assert queue.done((1, 1, "mse"), same_grid=True) == "next"  # shown; a later batch waits
    assert queue.take(running=True) is None  # less than 0.1 s after the last one
    assert queue.take(running=False)[0] == (1, 2, "mse")  # paused: at once
    clock.t = 0.2
    assert queue.done((1, 2, "mse"), same_grid=True) == "show"
    assert queue.want((1, 3, "mse"), [4]) and queue.take(running=True)[0] == (1, 3, "mse")


def test_a_batch_computed_for_an_old_grid_or_run_is_computed_again_and_a_forgotten_one_dropped():
    queue = LatestBatch(clock=Clock())
    queue.want((1, 5, "mae"), [7])
    queue.take(running=False)
    assert queue.done((1, 5, "mae"), same_grid=False) == "again"  # the map was reframed meanwhile
    assert queue.take_now()[0] == (1, 5, "mae")
    queue.want((2, 1, "mae"), [8])  # a new run began
    assert queue.take_now()[0] == (2, 1, "mae")  # a new grid does not wait for the computation
    assert queue.done((1, 5, "mae"), same_grid=True) == "again"
    queue.take_now()
    queue.clear()  # full batch now
    assert queue.done((2, 1, "mae"), same_grid=True) == "drop" and not queue.busy
