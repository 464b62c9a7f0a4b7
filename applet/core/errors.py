"""Errors the learner is shown as a message, never as a traceback."""


class DataError(ValueError):
    """Input that cannot be used (bad file, bad number, bad shape), explained in plain words."""


class DivergenceError(DataError):
    """Training blew up: the loss became infinite or exploded."""
