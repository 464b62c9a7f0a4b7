"""Lists kept in two layers name the same things (the core cannot import the training layer,
so a session's fields are checked against TrainingSetup's here)."""

from dataclasses import fields

from applet.core.session import HYPER_PARAMETERS, OPTIONAL_HYPER, SWITCHES
from applet.training.setup import OPTIONS, TrainingSetup

NOT_HYPER = {"problem", "layers", "seed", "initial_weights", "initial_biases"}  # saved elsewhere in a session


def test_a_session_saves_every_hyper_parameter_of_a_training_setup():
    setup_fields = [f.name for f in fields(TrainingSetup) if f.name not in NOT_HYPER]
    assert sorted(HYPER_PARAMETERS) == sorted(setup_fields)
    assert set(OPTIONS) <= set(HYPER_PARAMETERS) and set(OPTIONAL_HYPER) <= set(HYPER_PARAMETERS)
    switches = {f.name for f in fields(TrainingSetup) if f.type in ("bool", bool)}
    assert set(SWITCHES) == switches
