"""moved_visibly: new values are drawn only when they would look different from those drawn."""

import numpy as np

from applet.ui.view_models.visible_change import VISIBLE, moved_visibly


def test_a_move_is_visible_beyond_the_share_of_the_plot_height():
    drawn = np.array([1.0, 2.0, 3.0])
    # height 100: the limit is 0.2 (VISIBLE = 0.002)
    assert VISIBLE == 0.002
    assert not moved_visibly(drawn, drawn + [0.0, 0.19, -0.19], 100.0)
    assert moved_visibly(drawn, drawn + [0.0, 0.0, -0.21], 100.0)
    assert moved_visibly(drawn, drawn + 0.19, 50.0)  # on a plot half as high the same move shows
    assert not moved_visibly(drawn, drawn + 0.5, 100.0, share=0.01)


def test_nothing_drawn_a_new_shape_or_new_gaps_are_always_drawn():
    drawn = np.array([1.0, 2.0, 3.0])
    assert moved_visibly(None, drawn, 100.0)
    assert moved_visibly(drawn, np.array([1.0, 2.0]), 100.0)
    assert moved_visibly(drawn, np.array([1.0, np.nan, 3.0]), 100.0)  # an output overflowed: a gap
    assert moved_visibly(np.array([1.0, np.nan, 3.0]), drawn, 100.0)
    assert not moved_visibly(np.array([1.0, np.nan, 3.0]), np.array([1.0, np.nan, 3.0]), 100.0)
    assert not moved_visibly(np.full(3, np.nan), np.full(3, np.nan), 100.0)


def test_a_plot_without_a_height_draws_every_time():
    drawn = np.array([1.0, 2.0])
    for height in (0.0, np.nan, np.inf, -1.0):
        assert moved_visibly(drawn, drawn, height)
