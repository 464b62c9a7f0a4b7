"""Export a run as a Python script that trains the same way outside the app.

``plan`` works out what a run is — its data, network, start, settings and how many
updates to replay — checking it against the engine; ``script`` writes that run as a
readable NumPy or PyTorch script (with its data beside it when too large to inline);
``python -m applet.export`` does both from the command line.
"""
