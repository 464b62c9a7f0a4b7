"""Operation counts: finite differences per parameter versus one forward and one backward sweep."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.core.opcount import LECTURE_SIZES, operation_counts


@given(st.lists(st.integers(1, 60), min_size=2, max_size=6))
def test_counts_follow_the_formula_for_any_layer_list(sizes):
    c = operation_counts(sizes)
    net = Network(sizes[0], [LayerSpec(n, "relu") for n in sizes[1:]])
    W = sum(w.size for w in net.weights)
    assert (c.n_weights, c.n_parameters) == (W, net.n_parameters)
    # forward: one multiplication per weight; backward: ∂C/∂w per weight, ∂C/∂z sent back
    # through every weight but the first layer's, σ′ at every neuron
    assert c.forward == W
    assert c.backward == W + (W - net.weights[0].size) + sum(b.size for b in net.biases)
    assert c.finite_differences == (net.n_parameters + 1) * W
    assert c.backprop == c.forward + c.backward


def test_the_lectures_first_deep_network_by_hand():
    c = operation_counts((56, 100, 1))
    assert (c.n_weights, c.n_parameters) == (5_700, 5_801)
    assert c.backprop == 5_700 + (5_700 + 100 + 101)
    assert c.finite_differences == 5_802 * 5_700
    assert c.ratio == pytest.approx(5_802 * 5_700 / 11_601)


def test_deeper_lecture_networks_gain_more_from_backprop():
    ratios = [operation_counts(s).ratio for s in LECTURE_SIZES]
    assert np.all(np.diff(ratios) > 0)


@pytest.mark.parametrize("sizes", [(3,), (), (3, 0, 1)])
def test_bad_sizes_are_refused(sizes):
    with pytest.raises(DataError):
        operation_counts(sizes)
