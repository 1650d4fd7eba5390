"""API codecs: one per API, turning events into text channels and back."""
