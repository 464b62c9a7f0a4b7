"""Data sets of the lecture: channel views, 16×16 digits, target curves, CSV import."""
