"""The bridge between the engine and the window: a training worker in its own thread."""
