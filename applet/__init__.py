"""Deep Learning Applet: the first lecture of deep learning, one step at a time."""

__version__ = "0.1.0"
