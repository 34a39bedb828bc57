"""The engine: build the spaCy pipeline once and run texts through it."""
