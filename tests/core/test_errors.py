"""DataError messages: an English template with numbered parameters, filled once."""

from applet.core.errors import DataError, fill


def test_the_message_is_the_template_with_its_parameters():
    error = DataError("Line %1: %2 is not a date.", 7, "'x'")
    assert str(error) == "Line 7: 'x' is not a date."
    assert error.template == "Line %1: %2 is not a date." and error.params == (7, "'x'")


def test_a_parameter_is_never_filled_again():
    assert fill("%1 and %2", "%2", "b") == "%2 and b"


def test_a_cause_inside_a_message_reads_as_its_own_text():
    cause = DataError("its %1 is damaged.", "arrays.npz")
    assert str(DataError("%1 cannot be opened: %2", "run.dlapplet", cause)) == (
        "run.dlapplet cannot be opened: its arrays.npz is damaged."
    )


def test_a_message_without_parameters_is_kept_as_written():
    assert str(DataError("100% sure: %1 stays")) == "100% sure: %1 stays"
