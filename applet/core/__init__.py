"""The learning engine: NumPy only, never Qt."""
