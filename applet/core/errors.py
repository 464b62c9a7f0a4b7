"""Errors the learner is shown as a message, never as a traceback."""

import numpy as np


class DataError(ValueError):
    """Input that cannot be used (bad file, bad number, bad shape), explained in plain words."""


def quiet_overflow() -> np.errstate:
    """For computations that may overflow when training diverges or a learner types a huge number:
    the caller checks the result and says so in words, so NumPy's console warnings are not wanted."""
    return np.errstate(over="ignore", invalid="ignore")
