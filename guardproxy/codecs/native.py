"""Model servers' native generation APIs: llama.cpp `/completion`, SGLang `/generate`, TGI
`/generate` and `/generate_stream`, streamed (SSE) or not.

Each event or body is one JSON object (a whole body may be a list of them, as SageMaker's TGI
returns) with the generated text in one place (``NativeShape.text``); it may carry inline
`<think>` reasoning, split out as in chat `content`. SGLang streams the whole text so far in
every event: the codec scans what is new and sends the whole released text so far. TGI's last
event repeats the whole text in `generated_text`: it becomes the whole released text. Token ids
and token texts (`tokens`, `details`, `completion_probabilities`, `top_tokens`), which no
channel scans, and llama.cpp's echo of the `prompt` are withheld; every other string of an
event but its reviewed metadata (``NativeShape.meta``) is scanned as answer text, as one text
per event (codecs.walk: an unknown field is never forwarded unscanned). An
event with an `error` releases what was held, then goes out with its texts scanned.

The request is a raw prompt: nothing in it is protected but what a chat template marks as the
system section (chat_templates.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from guardproxy.channels import ChannelFactory, InlineThink
from guardproxy.codecs.base import CodecError, RawPromptCodec, json_object, sanitized_error
from guardproxy.codecs.json_out import dumps, dumps_str
from guardproxy.codecs.openai_chat import TIMINGS, openai_error_body
from guardproxy.codecs.tracks import InlineText, Texts
from guardproxy.codecs.walk import META, Spec, scan
from guardproxy.replay import Recorder
from guardproxy.sse import SSEEvent, encode_event

__all__ = ["LLAMACPP", "SGLANG", "TGI", "NativeCodec", "NativeShape", "NativeStream"]

Path = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NativeShape:
    route: str
    prompt_key: str  # where the request keeps its prompt
    text: Path  # where a whole body keeps the generated text
    stream_text: Path  # where a stream event keeps it
    final: Callable[[dict[str, Any]], bool]  # a stream's last event (flushed into)
    cumulative: bool = False  # stream events repeat the whole text so far
    total: str | None = None  # a stream event's key that repeats the whole text when set
    withheld: frozenset[str] = field(default_factory=frozenset)
    tgi_errors: bool = False  # TGI's `{"error": message, "error_type": kind}`
    # The reviewed metadata of an event or body (codecs.walk): what passes unscanned.
    meta: Mapping[str, Spec] = field(default_factory=dict)


def _meta_finished(event: dict[str, Any]) -> bool:
    meta = event.get("meta_info")
    return isinstance(meta, dict) and meta.get("finish_reason") is not None


LLAMACPP = NativeShape(
    "llamacpp_completion", "prompt", ("content",), ("content",),
    final=lambda e: e.get("stop") is True,
    withheld=frozenset({"tokens", "completion_probabilities", "probs", "prompt"}),
    meta={**{key: META for key in (
        "stop", "id_slot", "multimodal", "index", "model", "tokens_predicted",
        "tokens_evaluated", "has_new_line", "truncated", "stop_type", "tokens_cached")},
        "timings": TIMINGS},
)
SGLANG = NativeShape(
    "sglang_generate", "text", ("text",), ("text",), final=_meta_finished, cumulative=True,
    withheld=frozenset({"output_ids"}),
    meta={"index": META, "meta_info": {
        **{key: META for key in ("id", "prompt_tokens", "completion_tokens", "cached_tokens",
                                 "e2e_latency")},
        "finish_reason": {"type": META, "length": META}}},
)
TGI = NativeShape(
    "tgi_generate", "inputs", ("generated_text",), ("token", "text"),
    final=lambda e: e.get("generated_text") is not None or e.get("details") is not None,
    total="generated_text", withheld=frozenset({"details", "top_tokens"}), tgi_errors=True,
    meta={"index": META, "token": {"id": META, "logprob": META, "special": META}},
)


def _nothing() -> None:
    """Native APIs keep reasoning inline: nothing else to end before the answer."""


class _Text:
    """The generated text of one object or stream, and everything released of it so far."""

    def __init__(self, channels: ChannelFactory, think: InlineThink) -> None:
        self._inline: InlineText = Texts(channels, think, None).inline()
        self.released = ""
        self.max_held = 0

    def feed(self, text: str) -> str:
        out = self._inline.feed(text, _nothing)
        self.max_held = max(self.max_held, self._inline.max_held)
        self.released += out
        return out

    def flush(self) -> str:
        out = self._inline.flush(_nothing)
        self.released += out
        return out


def _get(obj: dict[str, Any], path: Path) -> Any:
    value: Any = obj
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _with(obj: dict[str, Any], path: Path, value: Any) -> dict[str, Any]:
    """``obj`` with ``value`` at ``path`` (copied along it, so nothing is edited in place)."""
    head, *rest = path
    if not rest:
        return {**obj, head: value}
    inner = obj.get(head)
    return {**obj, head: _with(inner if isinstance(inner, dict) else {}, tuple(rest), value)}


def _without(obj: dict[str, Any], path: Path) -> dict[str, Any]:
    head, *rest = path
    if head not in obj:
        return obj
    if not rest:
        return {k: v for k, v in obj.items() if k != head}
    inner = obj[head]
    return {**obj, head: _without(inner, tuple(rest)) if isinstance(inner, dict) else inner}


def _rest_scanned(obj: dict[str, Any], channels: ChannelFactory, skip: list[Path],
                  meta: Mapping[str, Spec]) -> Any:
    """``obj`` without the texts at ``skip``, every other string and key scanned as answer
    text (codecs.walk), but for the reviewed metadata ``meta``."""
    rest = obj
    for path in skip:
        rest = _without(rest, path)
    rest = dict(rest)
    scan(rest, meta, channels)
    return rest


class NativeStream:
    """One streamed response, event by event (``base.EventStream``)."""

    def __init__(self, channels: ChannelFactory, think: InlineThink, shape: NativeShape) -> None:
        self._channels = channels
        self._shape = shape
        self._text = _Text(channels, think)
        self._seen = ""  # the cumulative text so far, as the upstream sent it
        self._open = False  # text went in since the last flush

    @property
    def max_held(self) -> int:
        return self._text.max_held

    def feed(self, event: SSEEvent, upcoming: SSEEvent | None = None) -> bytes:
        if event.data is None:
            return event.raw  # comments, keep-alives
        if event.data.strip() == "[DONE]":
            return self._tail() + event.raw
        obj = json_object(event.data, "an event")
        if "error" in obj:
            return self._tail() + encode_event(sanitized_error(event.data.encode(),
                                                               self._channels).decode())
        shape = self._shape
        text = _get(obj, shape.stream_text)
        if text is not None and not isinstance(text, str):
            raise CodecError("upstream sent an event whose text is not a string")
        released = self._text.feed(self._new(text)) if text else ""
        self._open |= bool(text)
        if shape.final(obj):
            released += self._text.flush()
            self._open = False
        return self._event(obj, released)

    def close(self) -> bytes:
        return self._tail()

    def _new(self, text: str) -> str:
        if not self._shape.cumulative:
            return text
        if not text.startswith(self._seen):
            raise CodecError("upstream sent a cumulative text that does not extend the last")
        new, self._seen = text[len(self._seen):], text
        return new

    def _tail(self) -> bytes:
        """What is still held, in an event of its own (a stream that ended without a last
        event, or with one before `[DONE]` that did not say so)."""
        if not self._open:
            return b""
        self._open = False
        tail = self._text.flush()
        return self._event({}, tail) if tail else b""

    def _event(self, obj: dict[str, Any], released: str) -> bytes:
        shape = self._shape
        skip = [shape.stream_text, *((shape.total,) if shape.total else ())]
        out = _rest_scanned({k: v for k, v in obj.items() if k not in shape.withheld},
                            self._channels, skip, shape.meta)
        if _get(obj, shape.stream_text) is not None or not obj:
            out = _with(out, shape.stream_text,
                        self._text.released if shape.cumulative else released)
        if shape.total and obj.get(shape.total) is not None:
            out[shape.total] = self._text.released
        return encode_event(dumps_str(out))


class NativeCodec(RawPromptCodec):
    """A native generation API's codec, by its shape."""

    def __init__(self, shape: NativeShape, *, max_event_bytes: int = 1 << 20) -> None:
        super().__init__(max_event_bytes=max_event_bytes)
        self.shape = shape
        self.route = shape.route
        self.prompt_key = shape.prompt_key

    def whole(
        self, body: bytes, channels: ChannelFactory, think: InlineThink,
        recorder: Recorder | None = None,
    ) -> bytes:
        try:
            value = orjson.loads(body)
        except orjson.JSONDecodeError:
            raise CodecError("upstream sent a response that is not JSON") from None
        if isinstance(value, list):
            return dumps([self._object(v, channels, think) for v in value])
        return dumps(self._object(value, channels, think))

    def _object(self, obj: Any, channels: ChannelFactory, think: InlineThink) -> Any:
        if not isinstance(obj, dict):
            raise CodecError("upstream sent a response that is not a JSON object")
        path = self.shape.text
        text = _get(obj, path)
        if text is not None and not isinstance(text, str):
            raise CodecError("upstream sent a response whose text is not a string")
        out = _rest_scanned({k: v for k, v in obj.items() if k not in self.shape.withheld},
                            channels, [path], self.shape.meta)
        if text is None:
            return out
        scanned = _Text(channels, think)
        return _with(out, path, scanned.feed(text) + scanned.flush())

    def events(
        self, channels: ChannelFactory, think: InlineThink, recorder: Recorder | None
    ) -> NativeStream:
        return NativeStream(channels, think, self.shape)

    def error_body(self, status: int, message: str, kind: str) -> dict[str, Any]:
        if self.shape.tgi_errors:
            return {"error": message, "error_type": kind}
        return openai_error_body(status, message, kind)

    def error_event(self, status: int, message: str, kind: str) -> bytes:
        return encode_event(dumps_str(self.error_body(status, message, kind)))
