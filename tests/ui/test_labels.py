"""The shared label helpers: translated text with arguments, losses with units, activation names."""

from applet.core import errors
from applet.ui import language
from applet.ui.labels import activation_name, fill, format_loss, loss_unit


def test_fill_puts_each_argument_in_its_place_once():
    assert fill("Step %1 of %2 · %3", 3, 24, "forward") == "Step 3 of 24 · forward"
    assert fill("%2 before %1", "a", "b") == "b before a"
    # an argument's own text is never filled again (a chain of str.replace would)
    assert fill("%1 and %2", "50 %2", "x") == "50 %2 and x"
    assert fill("%1, %1 and %3", "a", "b") == "a, a and %3"  # a marker without an argument stays
    assert fill("no markers", 1) == "no markers"
    assert fill is errors.fill  # one helper for core messages and the window's texts


def test_losses_are_shown_with_their_unit():
    assert loss_unit("mae", "k") == "k" and loss_unit("mse", "k") == "k²" and loss_unit("cross_entropy", "k") == ""
    assert format_loss(0.123456, "k²") == "0.1235\u00a0k²"
    assert format_loss(float("nan")) == format_loss(None) == "—"


def test_activation_names_in_english():
    assert [activation_name(a) for a in ("relu", "sigmoid", "hard_sigmoid", "tanh", "linear")] == [
        "ReLU",
        "sigmoid",
        "hard sigmoid",
        "tanh",
        "linear",
    ]


def test_activation_names_in_chinese_use_the_glossarys_terms(qapp):
    language.install("zh_CN")
    try:
        assert [activation_name(a) for a in ("tanh", "linear", "hard_sigmoid")] == [
            "双曲正切 tanh",
            "线性",
            "硬 sigmoid",
        ]
    finally:
        language.install("en")
