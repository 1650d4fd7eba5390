"""The native generation codec (codecs/native.py) on its own: however the upstream's bytes are
cut into reads, the client gets the same events, in the native shape, with the leak redacted."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from leaky import DONE, REASONING, SYSTEM_PROMPT, leaked_runs, sse, words

from guardproxy.codecs.base import StreamFault
from guardproxy.codecs.native import LLAMACPP, SGLANG, TGI, NativeCodec, NativeShape
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import default_policy_path, load_policy
from guardproxy.policy_schema import InlineThink

POLICY: CompiledPolicy = load_policy(default_policy_path())


def events_of(shape: NativeShape, text: str) -> list[bytes]:
    pieces = words(text)
    if shape is LLAMACPP:
        return [*(sse({"content": p, "stop": False}) for p in pieces),
                sse({"content": "", "stop": True, "tokens": [1, 2]})]
    if shape is SGLANG:
        so_far = list(itertools.accumulate(pieces))
        return [*(sse({"text": t, "meta_info": {"finish_reason": None}}) for t in so_far[:-1]),
                sse({"text": so_far[-1], "meta_info": {"finish_reason": {"type": "stop"}}}),
                DONE]
    return [*(sse({"token": {"id": i, "text": p}, "generated_text": None, "details": None})
              for i, p in enumerate(pieces)),
            sse({"token": {"id": 0, "text": ""}, "generated_text": text,
                 "details": {"tokens": [{"text": p} for p in pieces]}})]


def run(shape: NativeShape, reads: list[bytes]) -> bytes:
    codec = NativeCodec(shape)
    stream = codec.stream(POLICY.channels([SYSTEM_PROMPT]), InlineThink())
    return b"".join(stream.feed(r) for r in reads) + stream.close()


def text_of(shape: NativeShape, out: bytes) -> str:
    found: list[str] = []
    for line in out.decode().splitlines():
        if not line.startswith("data: {"):
            continue
        value: Any = json.loads(line[6:])
        for key in shape.stream_text:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str):
            found.append(value)
    return found[-1] if shape.cumulative else "".join(found)


SHAPES = {"llamacpp": LLAMACPP, "sglang": SGLANG, "tgi": TGI}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_one_read_per_event(name: str) -> None:
    shape = SHAPES[name]
    out = run(shape, events_of(shape, REASONING))
    text = text_of(shape, out)
    channel = POLICY.channels([SYSTEM_PROMPT])("content")
    assert text == channel.feed(REASONING) + channel.flush()
    assert leaked_runs(out.decode()) == []


@settings(max_examples=30, deadline=None)
@given(name=st.sampled_from(sorted(SHAPES)),
       points=st.lists(st.integers(min_value=0, max_value=20_000), max_size=30))
def test_any_cut_of_the_reads_gives_the_same_output(name: str, points: list[int]) -> None:
    shape = SHAPES[name]
    raw = b"".join(events_of(shape, REASONING))
    bounds = sorted({0, len(raw), *(p % (len(raw) + 1) for p in points)})
    reads = [raw[a:b] for a, b in itertools.pairwise(bounds)]
    assert run(shape, reads) == run(shape, events_of(shape, REASONING))


def test_a_cumulative_text_that_changes_what_it_sent_fails_closed() -> None:
    reads = [sse({"text": "Hello there", "meta_info": {"finish_reason": None}}),
             sse({"text": "Goodbye", "meta_info": {"finish_reason": None}})]
    codec = NativeCodec(SGLANG)
    stream = codec.stream(POLICY.channels([]), InlineThink())
    first = stream.feed(reads[0])
    with pytest.raises(StreamFault):
        stream.feed(reads[1])
    assert b"Goodbye" not in first


def test_a_stream_without_its_last_event_releases_what_was_held() -> None:
    """The held tail goes out in an event of its own at the end: nothing is lost."""
    events = events_of(LLAMACPP, "A short answer with no ending event")[:-1]
    out = run(LLAMACPP, events)
    assert text_of(LLAMACPP, out) == "A short answer with no ending event"


def test_error_bodies_in_each_api_format() -> None:
    assert NativeCodec(TGI).error_body(502, "m", "k") == {"error": "m", "error_type": "k"}
    assert NativeCodec(LLAMACPP).error_body(502, "m", "k")["error"]["message"] == "m"
    assert NativeCodec(SGLANG).error_event(502, "m", "k").startswith(b"data: {")
