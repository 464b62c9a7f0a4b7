"""A loss that fails, to be pickled into the training process (imports NumPy only, no Qt)."""


def broken_loss(outputs, targets):
    raise RuntimeError("simulated failure inside the training process")
