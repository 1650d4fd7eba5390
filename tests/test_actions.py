"""Actions per rule (redact, mask, drop, block, audit) and what a failing detector does
(fail-closed, or fail-open when the policy says so): in the channel, and through the proxy."""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Callable, Sequence

import pytest
from chat_stream import CHAT, DONE, ROLE, chunk, sse

# pytest puts tests/ on sys.path: these are the modules conftest and the chat suite import.
from conftest import Script
from fixed_spans import FixedSpans
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wire import dumps, post, words

from guardproxy.config import Settings
from guardproxy.metrics import Metrics
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.proxy import BLOCKED_MESSAGE, BLOCKED_STATUS, codecs_for
from guardproxy.sanitizer import Action, Blocked, Channel, DetectorError, Region, Span

PROMPT = ("You are Aurora, the support assistant for Nimbus Bank. Never reveal the internal "
          "escalation code NIMBUS-7731-ORCHID to customers.")
LEAK = "never reveal the internal escalation code"




class Failing:
    """A detector that raises once it has seen ``after`` characters."""

    bound = 8

    def __init__(self, after: int = 0) -> None:
        self._after = after
        self._seen = 0

    @property
    def hold_point(self) -> int:
        return self._seen

    def feed(self, text: str) -> list[Span]:
        self._seen += len(text)
        if self._seen > self._after:
            raise RuntimeError("detector bug: never shown to anyone")
        return []

    def flush(self) -> list[Span]:
        return []


def split(text: str, sizes: Sequence[int]) -> list[str]:
    out, at = [], 0
    for n in sizes:
        out.append(text[at : at + n])
        at += n
    return out


def run(channel: Channel, chunks: Sequence[str]) -> tuple[list[str], int]:
    out, most = [], 0
    for piece in chunks:
        out.append(channel.feed(piece))
        most = max(most, channel.held)
    out.append(channel.flush())
    return out, most


CHUNKINGS = [[10], [1] * 10, [3, 3, 4], [5, 5]]


# --- in the channel -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "spans", "expected"),
    [
        ("redact", [Span(2, 4, 0)], "ab<A>efghij"),
        ("mask", [Span(2, 4, 0)], "ab<A>efghij"),  # a mask is the rule's marker (see below)
        ("drop", [Span(2, 4, 0)], "ab<A>"),  # the rest of the channel is withheld
        ("drop", [Span(2, 4, 0), Span(6, 7, 0)], "ab<A>"),  # one marker, whatever follows
        ("drop", [Span(0, 1, 0)], "<A>"),
        ("redact", [Span(2, 4, 0), Span(6, 7, 1)], "ab<A>ef<B>hij"),
    ],
)
@pytest.mark.parametrize("sizes", CHUNKINGS)
def test_actions_in_a_channel(
    action: Action, spans: list[Span], expected: str, sizes: list[int]
) -> None:
    channel = Channel([FixedSpans(spans)], ["<A>", "<B>"], actions=[action, "redact"])
    out, _ = run(channel, split("abcdefghij", sizes))
    assert "".join(out) == expected


@pytest.mark.parametrize("sizes", CHUNKINGS)
def test_drop_after_a_redaction_shows_both_markers(sizes: list[int]) -> None:
    channel = Channel([FixedSpans([Span(1, 2, 1), Span(5, 6, 0)])], ["<D>", "<R>"],
                      actions=["drop", "redact"])
    assert "".join(run(channel, split("abcdefghij", sizes))[0]) == "a<R>cde<D>"


@pytest.mark.parametrize("sizes", CHUNKINGS)
def test_a_drop_inside_a_redaction_continues_it_under_one_marker(sizes: list[int]) -> None:
    """A sentence redacted whole (a paraphrase) holding the start of a dropped leak: the
    spans overlap, so they are one region, shown once, that runs to the end."""
    regions: list[Region] = []
    channel = Channel([FixedSpans([Span(1, 6, 1), Span(3, 5, 0)])], ["<D>", "<R>"],
                      regions.append, actions=["drop", "redact"])
    assert "".join(run(channel, split("abcdefghij", sizes))[0]) == "a<R>"
    assert [(r.start, r.end, r.rule) for r in regions] == [(1, 10, 1)]


def test_drop_reports_one_region_to_the_end_and_holds_nothing() -> None:
    regions: list[Region] = []
    channel = Channel([FixedSpans([Span(2, 4, 0)])], ["<D>"], regions.append, actions=["drop"])
    out, _ = run(channel, ["abcd", "efgh", "ij"])
    assert out == ["ab<D>", "", "", ""]
    assert channel.held == 0
    assert [(r.start, r.end, r.rule) for r in regions] == [(2, 10, 0)]


@pytest.mark.parametrize("sizes", CHUNKINGS)
def test_block_raises_before_any_text_of_the_region(sizes: list[int]) -> None:
    channel = Channel([FixedSpans([Span(2, 4, 0)])], ["<A>"], actions=["block"], names=["leak"])
    released: list[str] = []
    with pytest.raises(Blocked) as info:
        for piece in split("abcdefghij", sizes):
            released.append(channel.feed(piece))
        channel.flush()
    assert info.value.rule == "leak"
    assert "c" not in "".join(released)
    assert "leak" in str(info.value)


def test_a_shadow_channel_never_blocks_or_drops() -> None:
    regions: list[Region] = []
    shadow = Channel([FixedSpans([Span(1, 3, 0)])], ["<S>"], regions.append, is_shadow=True,
                     actions=["block"], names=["leak"])
    channel = Channel([], [], shadow=shadow)
    assert channel.feed("abcd") + channel.flush() == "abcd"
    assert [(r.start, r.end, r.shadow) for r in regions] == [(1, 3, True)]


def test_a_failing_detector_fails_closed() -> None:
    channel = Channel([FixedSpans([]), Failing(after=3)], [])
    assert channel.feed("abc") == "abc"
    with pytest.raises(DetectorError) as info:
        channel.feed("defgh")
    assert "never shown" not in str(info.value)  # only the exception's class name
    assert isinstance(info.value.__cause__, RuntimeError)


def test_fail_open_passes_the_rest_through_and_reports_once() -> None:
    errors: list[Exception] = []
    channel = Channel([FixedSpans([Span(1, 2, 0)]), Failing(after=3)], ["<A>"],
                      fail_open=True, on_error=errors.append)
    out, _ = run(channel, ["abc", "defgh", "ij"])
    assert "".join(out) == "a<A>cdefghij"  # what was found before the failure still counts
    assert len(errors) == 1


# --- through a policy ---------------------------------------------------------------------


def leak_policy(policy_file: Callable[[str], CompiledPolicy], action: str,
                extra: str = "") -> CompiledPolicy:
    return policy_file(f"""
version: 1
name: actions
rules:
  - id: leak
    detector: prompt_leak
    channels: [reasoning, content]
    action: {action}
{extra}""")


@pytest.mark.parametrize(
    ("action", "extra", "expected"),
    [
        ("redact", "", f"Hmm. [redacted:leak] now. Then {'[redacted:leak]'}."),
        ("redact", "    marker: '<{rule}>'\n", "Hmm. <leak> now. Then <leak>."),
        ("mask", "", "Hmm. ████████ now. Then ████████."),
        ("mask", "    mask_char: '#'\n    mask_width: 3\n", "Hmm. ### now. Then ###."),
        ("drop", "", "Hmm. [redacted:leak]"),
        ("audit", "", None),  # unchanged
    ],
)
def test_actions_of_a_policy(
    policy_file: Callable[[str], CompiledPolicy], action: str, extra: str, expected: str | None
) -> None:
    text = f"Hmm. {LEAK} now. Then NIMBUS-7731-ORCHID."
    regions: list[tuple[str, Region]] = []
    compiled = leak_policy(policy_file, action, extra)
    for sizes in ([len(text)], [1] * len(text), [7] * (len(text) // 7 + 1)):
        regions.clear()  # one response each: the channels of a response share a leak state
        factory = compiled.channels(
            [PROMPT], lambda _kind, rule, region: regions.append((rule, region)))
        out, _ = run(factory("reasoning"), split(text, sizes))
        assert "".join(out) == (expected or text)
        assert regions and all(rule == "leak" for rule, _ in regions)
        assert all(r.shadow == (action == "audit") for _, r in regions)


def test_block_through_a_policy_names_the_rule(
    policy_file: Callable[[str], CompiledPolicy],
) -> None:
    channel = leak_policy(policy_file, "block").channels([PROMPT])("reasoning")
    released: list[str] = []
    with pytest.raises(Blocked) as info:
        for word in f"Fine so far, {LEAK} and more".split(" "):
            released.append(channel.feed(word + " "))
        channel.flush()
    assert info.value.rule == "leak"
    assert "".join(released) == "Fine so far, "  # nothing of the leak


def cut(text: str, points: Sequence[int]) -> list[str]:
    bounds = sorted({0, len(text), *(p % (len(text) + 1) for p in points)})
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


FRAGMENTS = [LEAK, "NIMBUS-7731-ORCHID", "n i m b u s 7 7 3 1 o r c h i d", "the", "code", " ",
             "\n", ". ", "\u200b", "Savings accounts pay 4.1% a year."]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join)


@pytest.mark.parametrize("action", ["drop", "mask", "block"])
@settings(max_examples=60, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=texts, points=st.lists(st.integers(0, 2000), max_size=30))
def test_any_chunking_equals_one_shot_for_every_action(
    policy_file: Callable[[str], CompiledPolicy], action: str, text: str, points: list[int]
) -> None:
    compiled = leak_policy(policy_file, action)

    def outcome(chunks: list[str]) -> tuple[str, str | None, int]:
        channel = compiled.channels([PROMPT])("reasoning")  # one response each
        try:
            out, most = run(channel, chunks)
        except Blocked as exc:
            return "", exc.rule, 0
        return "".join(out), None, most

    one_shot = outcome([text])
    chunked = outcome(cut(text, points))
    assert chunked[:2] == one_shot[:2]
    assert chunked[2] <= compiled.channels([PROMPT])("reasoning").bound <= 256


# --- through the proxy --------------------------------------------------------------------


def reasoning_events(text: str, size: int = 5) -> list[bytes]:
    parts = [text[i : i + size] for i in range(0, len(text), size)]
    return [ROLE, *(sse(chunk({"reasoning_content": p})) for p in parts),
            sse(chunk({"content": "The answer."})), sse(chunk(finish="stop")), DONE]


def chat(*, stream: bool) -> dict[str, object]:
    return {"model": "m", "stream": stream,
            "messages": [{"role": "system", "content": PROMPT},
                         {"role": "user", "content": "hi"}]}


TRACE = f"Let me think. The prompt says {LEAK} to customers. So I answer."


def test_block_streaming_ends_with_an_error_event(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy]
) -> None:
    metrics = Metrics()
    base = proxy_for(Script(reasoning_events(TRACE)), policy=leak_policy(policy_file, "block"),
                     metrics=metrics)
    reply = post(base, CHAT, chat(stream=True))
    assert reply.status == 200  # the stream had started
    events = reply.events()
    last = events[-1][1]
    assert last["error"]["type"] == "guardproxy_blocked"
    assert last["error"]["message"] == "the response was blocked by policy"
    assert reply.raw.endswith(DONE)
    assert "escalation" not in words(reply.raw.decode())
    assert "The answer." not in reply.raw.decode()  # nothing after the block
    assert metrics.registry.get_sample_value(
        "guardproxy_blocked_responses_total",
        {"route": "chat_completions", "policy": "actions", "rule": "leak"}) == 1
    assert metrics.registry.get_sample_value(  # a block ends the stream as the policy meant
        "guardproxy_streams_ended_total", {"route": "chat_completions", "outcome": "blocked"}) == 1


def test_block_whole_response_is_a_403_in_the_api_format(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy]
) -> None:
    completion = {"id": "c", "object": "chat.completion", "created": 1, "model": "m",
                  "choices": [{"index": 0, "finish_reason": "stop", "message": {
                      "role": "assistant", "reasoning_content": TRACE, "content": "ok"}}]}
    base = proxy_for(Script([dumps(completion)], content_type="application/json"),
                     policy=leak_policy(policy_file, "block"))
    reply = post(base, CHAT, chat(stream=False))
    assert reply.status == 403
    body = reply.raw.decode()
    assert "escalation" not in body
    assert json.loads(body) == {"error": {"message": "the response was blocked by policy",
                                          "type": "guardproxy_blocked", "param": None,
                                          "code": 403}}


def test_drop_streaming_withholds_the_rest_of_the_reasoning_only(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy]
) -> None:
    base = proxy_for(Script(reasoning_events(TRACE)), policy=leak_policy(policy_file, "drop"))
    reply = post(base, CHAT, chat(stream=True))
    reasoning = "".join(e["choices"][0]["delta"].get("reasoning_content") or ""
                        for _, e in reply.events() if e.get("choices"))
    content = "".join(e["choices"][0]["delta"].get("content") or ""
                      for _, e in reply.events() if e.get("choices"))
    assert reasoning == "Let me think. The prompt says [redacted:leak]"
    assert content == "The answer."


def failing_policy(policy_file: Callable[[str], CompiledPolicy], on_error: str) -> CompiledPolicy:
    compiled = policy_file(f"""
version: 1
name: flaky
on_error: {on_error}
rules:
  - id: flaky
    detector: prompt_leak
    channels: [reasoning]
""")
    return dataclasses.replace(compiled, builders=(lambda _prompt: [Failing(after=20)],))


def test_a_failing_detector_fails_the_stream_closed(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy]
) -> None:
    metrics = Metrics()
    base = proxy_for(Script(reasoning_events(TRACE)),
                     policy=failing_policy(policy_file, "fail_closed"), metrics=metrics)
    reply = post(base, CHAT, chat(stream=True))
    text = reply.raw.decode()
    assert reply.events()[-1][1]["error"]["type"] == "guardproxy_error"
    assert "So I answer" not in text and "customers" not in text  # unscanned: withheld
    assert "never shown" not in text
    assert metrics.registry.get_sample_value(
        "guardproxy_fail_closed_total", {"route": "chat_completions", "reason": "detector"}) == 1


def test_fail_open_passes_the_stream_through_and_counts_it(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy]
) -> None:
    metrics = Metrics()
    base = proxy_for(Script(reasoning_events(TRACE)),
                     policy=failing_policy(policy_file, "fail_open"), metrics=metrics)
    reply = post(base, CHAT, chat(stream=True))
    reasoning = "".join(e["choices"][0]["delta"].get("reasoning_content") or ""
                        for _, e in reply.events() if e.get("choices"))
    assert reasoning == TRACE
    assert metrics.registry.get_sample_value(
        "guardproxy_fail_open_total", {"policy": "flaky", "channel": "reasoning"}) == 1


# --- the error shapes docs/actions.md documents, per codec ----------------------------------

OPENAI_BODY = {"error": {"message": "the response was blocked by policy",
                         "type": "guardproxy_blocked", "param": None, "code": 403}}
OPENAI_EVENT = OPENAI_BODY  # a streamed error carries the status a whole response would


@pytest.mark.parametrize(
    ("route", "body", "event"),
    [
        ("chat_completions", OPENAI_BODY,
         b"data: " + dumps(OPENAI_EVENT) + b"\n\ndata: [DONE]\n\n"),
        ("completions", OPENAI_BODY,
         b"data: " + dumps(OPENAI_EVENT) + b"\n\ndata: [DONE]\n\n"),
        ("responses", OPENAI_BODY,
         b"event: error\ndata: " + dumps({
             "type": "error", "code": "guardproxy_blocked",
             "message": "the response was blocked by policy", "param": None,
             "sequence_number": 0}) + b"\n\n"),
        ("anthropic_messages",
         {"type": "error", "error": {"type": "guardproxy_blocked",
                                     "message": "the response was blocked by policy"}},
         b"event: error\ndata: " + dumps({
             "type": "error", "error": {"type": "guardproxy_blocked",
                                        "message": "the response was blocked by policy"}})
         + b"\n\n"),
        ("ollama_chat", {"error": "the response was blocked by policy"},
         b'{"error":"the response was blocked by policy"}\n'),
        ("ollama_generate", {"error": "the response was blocked by policy"},
         b'{"error":"the response was blocked by policy"}\n'),
    ],
)
def test_blocked_error_shapes_per_codec(
    route: str, body: dict[str, object], event: bytes
) -> None:
    codecs = codecs_for(Settings())
    codec = codecs[route]
    assert codec.error_body(BLOCKED_STATUS, BLOCKED_MESSAGE, "guardproxy_blocked") == body
    assert codec.error_event(BLOCKED_STATUS, BLOCKED_MESSAGE, "guardproxy_blocked") == event


def test_a_failing_detector_fails_a_whole_response_closed(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy]
) -> None:
    completion = {"id": "c", "object": "chat.completion", "created": 1, "model": "m",
                  "choices": [{"index": 0, "finish_reason": "stop", "message": {
                      "role": "assistant", "reasoning_content": TRACE, "content": "ok"}}]}
    metrics = Metrics()
    base = proxy_for(Script([dumps(completion)], content_type="application/json"),
                     policy=failing_policy(policy_file, "fail_closed"), metrics=metrics)
    reply = post(base, CHAT, chat(stream=False))
    assert reply.status == 502
    assert json.loads(reply.raw)["error"]["type"] == "guardproxy_error"
    assert "customers" not in reply.raw.decode()
    assert metrics.registry.get_sample_value(
        "guardproxy_fail_closed_total", {"route": "chat_completions", "reason": "detector"}) == 1
