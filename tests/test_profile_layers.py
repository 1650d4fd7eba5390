"""benchmarks/profile_layers.py: each sample goes to the layer of its innermost known frame."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from profile_layers import LAYERS, layer_of

STREAM = ["Runner.run (runners.py)", "_Exchange._stream (proxy.py)",
          "ChatStream.feed (openai_chat.py)", "Track.feed (tracks.py)",
          "Channel.feed (sanitizer.py)"]


@pytest.mark.parametrize(("frames", "layer"), [
    ([*STREAM, "WordDetector.feed (prompt_leak.py)", "WordStream.feed (segment.py)"],
     "detectors: prompt_leak (words, runs, letters)"),
    ([*STREAM, "SafetyHintDetector._check (safety_hints.py)"],
     "detectors: safety_hints (sentences, patterns)"),
    (STREAM, "sanitizer: Channel (merge, release)"),
    (STREAM[:3], "codec: JSON, tracks, re-encoding"),
    (STREAM[:2], "proxy loop and metrics"),
    (["Runner.run (runners.py)"], "event loop, request setup, the rest"),
])
def test_a_sample_goes_to_its_innermost_layer(frames: list[str], layer: str) -> None:
    assert layer in [name for name, _ in LAYERS]
    assert layer_of(frames) == layer
