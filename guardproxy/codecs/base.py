"""What every API codec shares: the interfaces the proxy drives, and SSE framing around them.

A codec knows one API: where its requests keep the texts to protect, where its responses keep
text, and what its errors look like. The proxy picks a codec by route and drives it:

* ``protected_texts(request)`` - the system/developer texts of a parsed request body;
* ``inject_system(request, text)`` - the request with a text appended to its system prompt;
* ``replay_slots(request)`` - the reasoning texts a request sends back, for replay.py to restore;
* ``whole(body, channels, think, recorder)`` - a non-streamed response, sanitized;
* ``stream(channels, think, recorder)`` - a ``ResponseStream``: raw upstream bytes in, client
  bytes out; ``recorder`` (None: replay is off) receives the originals of edited reasoning;
* ``error_event(status, message, kind)`` / ``error_body(...)`` - errors in the API's own format.

Default-deny: after a codec has streamed the texts it knows (tracks), every other string of the
event or body is scanned or passes by the API's reviewed metadata list (codecs.walk, which also
parses strictly and empties log-probabilities); an upstream error, as a body or as an event, is
scanned as one text (``sanitized_error``, ``walk.scan`` with nothing known).

Two words, one meaning each, everywhere (channels, tracks, framing, codecs):

* ``flush()`` - a text ends for now: release everything it holds; more text may follow (a fresh
  channel then). Channels, tracks, inline texts, tool arguments, the `<think>` splitter.
* ``close()`` - the stream ends: release everything still held, keep what replay needs, and
  take nothing more. Response streams, event and line streams, the SSE decoder.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import orjson

from guardproxy.channels import ChannelFactory, InlineThink
from guardproxy.chat_templates import prompt_system_texts
from guardproxy.codecs.json_out import dumps, dumps_str
from guardproxy.codecs.walk import EMPTY, CodecError, Spec, load, scan
from guardproxy.replay import Recorder, Slot
from guardproxy.sse import LineEnds, SSEDecoder, SSEError, SSEEvent, encode_event

__all__ = [
    "Codec",
    "CodecError",
    "EventStream",
    "RawPromptCodec",
    "ResponseStream",
    "SSECodec",
    "SSEResponseStream",
    "StreamFault",
    "append_text",
    "json_object",
    "sanitized_error",
    "scanned_error",
    "type_of",
    "typed_event",
]

log = logging.getLogger("guardproxy.codecs")


class StreamFault(Exception):
    """A read could not be scanned to its end: ``released`` is the output of the events before
    the fault (scanned, safe to send), ``__cause__`` the error itself. A read may carry many
    events; those before a broken one still go out, as they would have in reads of their own."""

    def __init__(self, released: bytes) -> None:
        super().__init__("a read could not be scanned to its end")
        self.released = released


class ResponseStream(Protocol):
    """One streamed response: ``feed(raw) -> bytes`` per upstream read, then ``close()``.
    ``feed`` raises ``StreamFault`` when something in the read cannot be scanned."""

    @property
    def max_held(self) -> int: ...

    def feed(self, raw: bytes) -> bytes: ...

    def close(self) -> bytes: ...


class Codec(Protocol):
    route: str  # a fixed name, used as a metric label
    stream_media_type: str  # what ``stream`` reads; a stream of any other type is refused

    def protected_texts(self, request: Any) -> list[str]: ...

    def inject_system(self, request: dict[str, Any], text: str) -> dict[str, Any]: ...

    def replay_slots(self, request: Any) -> list[Slot]: ...

    def whole(
        self, body: bytes, channels: ChannelFactory, think: InlineThink,
        recorder: Recorder | None = None,
    ) -> bytes: ...

    def stream(
        self, channels: ChannelFactory, think: InlineThink, recorder: Recorder | None = None
    ) -> ResponseStream: ...

    def error_body(self, status: int, message: str, kind: str) -> dict[str, Any]: ...

    def error_event(self, status: int, message: str, kind: str) -> bytes: ...


class EventStream(Protocol):
    """The per-event half of an SSE codec: ``feed(event, upcoming) -> bytes``, ``close() ->
    bytes``. ``upcoming`` is the next event of the same upstream read, if any: a codec may
    leave this event's text to be scanned together with that one's."""

    @property
    def max_held(self) -> int: ...

    def feed(self, event: SSEEvent, upcoming: SSEEvent | None = None) -> bytes: ...

    def close(self) -> bytes: ...


class SSEResponseStream:
    """SSE framing around an ``EventStream``: bytes in, events through it, bytes out. The
    fields beside `data` reach a client too: see ``_Fields``. Events re-encoded (LF line ends)
    and events passed raw (any line ends) alternate as they come: ``LineEnds`` keeps a CRLF
    that a read boundary cut from turning into a blank line."""

    def __init__(self, events: EventStream, max_event_bytes: int,
                 channels: ChannelFactory) -> None:
        self._decoder = SSEDecoder(max_event_bytes)
        self._events = events
        self._fields = _Fields(channels)
        self._line_ends = LineEnds()

    @property
    def max_held(self) -> int:
        return self._events.max_held

    def feed(self, raw: bytes) -> bytes:
        fault: Exception | None = None
        try:
            events = self._decoder.feed(raw)
        except SSEError as exc:
            events, fault = exc.before, exc
        out = [b""]
        try:
            for i, upstream in enumerate(events):
                event = upstream
                if event.event is not None or event.id is not None or event.comments \
                        or event.foreign:
                    event = events[i] = self._fields.scanned(event)
                upcoming = events[i + 1] if i + 1 < len(events) else None
                out.append(self._line_ends.write(upstream, self._events.feed(event, upcoming)))
        except Exception as exc:
            raise StreamFault(b"".join(out)) from exc
        if fault is not None:
            raise StreamFault(b"".join(out)) from fault
        return b"".join(out)

    def close(self) -> bytes:
        tail = self._decoder.close()
        out = b""
        if tail is not None and tail.terminated:
            out = self._line_ends.write(tail, self._events.feed(self._fields.scanned(tail)))
        elif tail is not None:
            if tail.data is not None:
                # The spec drops an unterminated last event; so do clients. Unscanned, it must go.
                log.warning("dropped an unterminated last event")
            out = self._line_ends.write(tail, b"")
        return out + self._events.close()


class _Fields:
    """An event's name, id, comments and fields the spec ignores (llama.cpp's `error:`),
    scanned as one answer text of its own (not joined to the response's leak state: they are
    framing, which clients skip or dispatch on, not text they read): but they are bytes a
    client receives. A value that came out unchanged once is not scanned again (the scan of a text
    does not change); the usual event has none of them and is not even looked at here."""

    def __init__(self, channels: ChannelFactory) -> None:
        self._channels = channels
        self._clean: set[str] = set()

    def scanned(self, event: SSEEvent) -> SSEEvent:
        named = [v for v in (event.event, event.id) if v is not None]
        foreign = [f"{name}: {value}" for name, value in event.foreign]
        values = [*event.comments, *named, *foreign]
        if all(v in self._clean for v in values):
            return event
        if not scan(values, EMPTY, self._channels, shared=False):
            self._clean.update(values)
            return event
        comments = tuple(values[: len(event.comments)])
        rest = iter(values[len(event.comments) :])
        name = next(rest) if event.event is not None else None
        ident = next(rest) if event.id is not None else None
        lines = "".join(f"{line}\n" for line in rest if "\n" not in line and "\r" not in line)
        raw = encode_event(event.data, event=name, id=ident, retry=event.retry,
                           comments=comments)
        raw = raw[:-1] + lines.encode() + b"\n"  # the ignored fields, last, scanned
        return SSEEvent(raw, event.data, name, ident, event.retry, comments, event.terminated)


def sanitized_error(body: bytes, channels: ChannelFactory) -> bytes:
    """An upstream's error body scanned as ONE text, all its strings and keys in order: an
    error may echo the request, system prompt included, cut into as many strings as it likes.
    JSON keeps its shape (codecs.walk); a body the scan leaves alone goes out byte for byte;
    one that is not JSON is one text."""
    try:
        value = load(body)
    except orjson.JSONDecodeError:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise CodecError("upstream sent an error body that is not UTF-8") from None
        channel = channels("content", shared=True)
        scanned = channel.feed(text) + channel.flush()
        return body if scanned == text else scanned.encode()
    scanned = scanned_error(value, channels)
    return body if scanned is None else dumps(scanned)


def scanned_error(value: Any, channels: ChannelFactory, spec: Spec = EMPTY) -> Any:
    """An error (a body, an event) as one text scanned in place, all its strings and keys in
    order (but what ``spec`` leaves to pass: an API's reviewed metadata); None when nothing
    changed."""
    wrapped = [value]  # a bare string is scanned in place like any other
    return wrapped[0] if scan(wrapped, (spec,), channels) else None


def json_object(data: str | bytes, what: str, *, checked: bool = True) -> dict[str, Any]:
    """Upstream JSON that must be an object, parsed strictly (codecs.walk.load; ``checked``
    False leaves the duplicate-key check to the caller); ``what`` names it in the error
    (never its text)."""
    try:
        value = load(data) if checked else orjson.loads(data)
    except ValueError as exc:
        if isinstance(exc, CodecError):
            raise
        raise CodecError(f"upstream sent {what} that is not JSON") from None
    if not isinstance(value, dict):
        raise CodecError(f"upstream sent {what} that is not a JSON object")
    return value


def type_of(value: Any) -> str:
    """The `type` of a JSON object ("" for anything else): what block, part or item it is."""
    kind = value.get("type") if isinstance(value, dict) else None
    return kind if isinstance(kind, str) else ""


def typed_event(payload: dict[str, Any]) -> bytes:
    """An event of an API that names each event after its `type` (Anthropic, Responses)."""
    return encode_event(dumps_str(payload), event=str(payload["type"]))


def append_text(content: Any, text: str, part: dict[str, Any] | None = None) -> Any:
    """A system prompt with ``text`` appended, in its own shape: a string gets it after a blank
    line; a list of parts gets ``part`` (default a `text` part) after its last, so the parts
    before it (and a prompt cache on them) stay as they were. Nothing is edited in place."""
    if isinstance(content, list):
        return [*content, part if part is not None else {"type": "text", "text": text}]
    if isinstance(content, str) and content:
        return f"{content}\n\n{text}"
    return text


class SSECodec:
    """What the SSE codecs share: the framing, its size limit, and ``stream`` built from the
    codec's per-event half (``events``)."""

    stream_media_type = "text/event-stream"

    def __init__(self, *, max_event_bytes: int = 1 << 20) -> None:
        self._max_event_bytes = max_event_bytes

    def events(
        self, channels: ChannelFactory, think: InlineThink, recorder: Recorder | None
    ) -> EventStream:
        raise NotImplementedError

    def stream(
        self, channels: ChannelFactory, think: InlineThink, recorder: Recorder | None = None
    ) -> SSEResponseStream:
        return SSEResponseStream(self.events(channels, think, recorder), self._max_event_bytes,
                                 channels)


class RawPromptCodec(SSECodec):
    """An API whose request is a raw prompt (`/v1/completions`, the native generate routes):
    its protected texts are the system sections of a prompt written in a chat template; it has
    no system prompt to append to (writing into a raw prompt would change what the model is
    asked, so requests go as they are) and no reasoning to replay."""

    prompt_key = "prompt"  # the request field holding the prompt (one or a list)

    def protected_texts(self, request: Any) -> list[str]:
        return prompt_system_texts(
            request.get(self.prompt_key) if isinstance(request, dict) else None)

    def inject_system(self, request: dict[str, Any], text: str) -> dict[str, Any]:
        return dict(request)

    def replay_slots(self, request: Any) -> list[Slot]:
        return []
