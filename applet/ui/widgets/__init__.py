"""Widgets shared by several panels and windows."""
