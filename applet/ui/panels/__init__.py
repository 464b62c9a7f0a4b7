"""Panels: each draws one view of the training state from Snapshots."""
