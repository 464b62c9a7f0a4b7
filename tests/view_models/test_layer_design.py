"""LayerDesign without Qt: edits, presets, parameter counts and what Apply sends."""

import pytest

from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network
from applet.ui.view_models.layer_design import (
    MAX_HIDDEN_LAYERS,
    NEW_LAYER,
    PRESET_LAYERS,
    LayerDesign,
    count_parameters,
)

OUT = LayerSpec(1, "linear")


def design_of(*hidden, n_inputs=56):
    design = LayerDesign()
    design.start_from(n_inputs, (*hidden, OUT), softmax=False)
    return design


def test_parameters_are_counted_by_hand():
    assert count_parameters(56, (LayerSpec(100, "relu"), OUT)) == (56 * 100 + 100, 101)
    design = design_of(LayerSpec(3, "sigmoid"), n_inputs=1)
    assert design.layer_parameters() == [1 * 3 + 3, 3 * 1 + 1]
    assert sum(design.layer_parameters()) == sum(count_parameters(1, design.spec()))
    assert sum(design.layer_parameters()) == sum(p.size for p in Network(1, list(design.spec())).parameters())


def test_edits_are_pending_until_applied():
    design = design_of(LayerSpec(10, "relu"))
    assert not design.pending and design.preset() == 2
    design.add_layer()
    assert design.hidden == [LayerSpec(10, "relu")] * 2 and design.pending
    design.set_units(1, 5)
    design.set_activation(1, "sigmoid")
    assert design.move_layer(1, -1) and design.hidden[0] == LayerSpec(5, "sigmoid")
    assert not design.move_layer(0, -1)
    design.remove_layer(0)
    assert design.spec() == (LayerSpec(10, "relu"), OUT) and not design.pending
    assert design.sizes() == [56, 10, 1]


def test_presets_and_the_layer_limit():
    design = design_of()
    design.add_layer()
    assert design.hidden == [NEW_LAYER]
    design.use_preset(7)
    assert design.hidden == list(PRESET_LAYERS[7]) and design.preset() == 7
    while design.can_add():
        design.add_layer()
    assert len(design.hidden) == MAX_HIDDEN_LAYERS
    design.add_layer()
    assert len(design.hidden) == MAX_HIDDEN_LAYERS and design.preset() is None


def test_a_network_the_core_refuses_is_not_sent():
    design = design_of(LayerSpec(5, "relu"), n_inputs=0)
    with pytest.raises(DataError):
        design.checked()
    assert design_of(LayerSpec(5, "relu")).checked() == (LayerSpec(5, "relu"), OUT)
