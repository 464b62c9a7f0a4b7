"""followed: an axis range that stays put while the data stay well inside it."""

import math

from applet.ui.view_models.axis_range import FILL_AT_LEAST, followed


def test_the_first_range_frames_the_data_with_room_on_both_sides():
    assert followed(None, 2.0, 12.0) == (2.0 - 0.8, 12.0 + 0.8)
    assert followed(None, 0.0, 100.0, room=(0.0, 0.25)) == (0.0, 125.0)


def test_data_inside_a_range_they_fill_well_keep_it():
    assert followed((0.0, 10.0), 1.0, 9.0) is None
    assert followed((0.0, 10.0), 0.0, 10.0) is None  # touching the ends is still inside
    assert followed((0.0, 10.0), 5.0, 5.0 + 10 * FILL_AT_LEAST) is None


def test_data_leaving_the_range_are_framed_again():
    assert followed((0.0, 10.0), 1.0, 10.5) == (1.0 - 0.08 * 9.5, 10.5 + 0.08 * 9.5)
    assert followed((0.0, 10.0), -1.0, 5.0) == (-1.0 - 0.48, 5.0 + 0.48)


def test_a_curve_growing_to_the_right_reframes_only_now_and_then():
    current, changes = None, 0
    for x_end in range(1, 10_001):
        new = followed(current, 0.0, float(x_end), room=(0.0, 0.25))
        if new is not None:
            current, changes = new, changes + 1
        assert current[0] <= 0.0 and x_end <= current[1]
    assert changes <= 45  # a new range each time the curve grows by a quarter, not 10,000 times


def test_data_shrunk_into_a_small_part_of_the_range_are_framed_closer():
    assert followed((0.0, 10.0), 4.0, 5.0) == (4.0 - 0.08, 5.0 + 0.08)


def test_a_single_value_gets_a_range_around_it_and_nothing_drawable_keeps_the_range():
    assert followed(None, 5.0, 5.0) == (4.5, 5.5)
    assert followed(None, 0.0, 0.0) == (-1.0, 1.0)
    assert followed((0.0, 1.0), math.nan, 1.0) is None
    assert followed((0.0, 1.0), 0.0, math.inf) is None
    assert followed(None, 2.0, 1.0) is None  # no data (an empty curve's min > max)
