"""The window, its lessons and panels."""
