"""Lists kept in two layers name the same things: a TrainingSetup's options are its
HyperParameters (which a session saves) plus what a session keeps elsewhere."""

from dataclasses import fields

from applet.core.network import LayerSpec
from applet.core.problem import curve_problem
from applet.core.session import HYPER_PARAMETERS, OPTIONAL_HYPER, SWITCHES
from applet.core.trainer import HyperParameters
from applet.training.setup import OPTIONS, TrainingSetup

NOT_HYPER = {"problem", "layers", "seed", "initial_weights", "initial_biases"}  # saved elsewhere in a session


def test_a_session_saves_every_hyper_parameter_of_a_training_setup():
    setup_fields = [f.name for f in fields(TrainingSetup) if f.name not in NOT_HYPER]
    assert sorted(HYPER_PARAMETERS) == sorted(setup_fields)
    assert set(OPTIONS) <= set(HYPER_PARAMETERS) and set(OPTIONAL_HYPER) <= set(HYPER_PARAMETERS)
    assert SWITCHES == ("trace_params", "spread_kinks")


def test_a_setup_hands_out_its_hyper_parameters_alone():

    setup = TrainingSetup(curve_problem("noisy"), (LayerSpec(1, "linear"),), seed=3, lr=0.5, weight_decay=0.25)
    hyper = setup.hyper()
    assert type(hyper) is HyperParameters and (hyper.lr, hyper.weight_decay, hyper.loss) == (0.5, 0.25, "mse")
    assert list(hyper.hyper_options()) == list(HYPER_PARAMETERS)
    again = TrainingSetup(setup.problem, setup.layers, seed=3, **hyper.hyper_options())
    assert again.hyper_options() == setup.hyper_options() and again is not setup and again != setup
