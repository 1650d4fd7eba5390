"""What every API codec shares: the interfaces the proxy drives, and SSE framing around them.

A codec knows one API: where its requests keep the texts to protect, where its responses keep
text, and what its errors look like. The proxy picks a codec by route and drives it:

* ``protected_texts(request)`` - the system/developer texts of a parsed request body;
* ``whole(body, channels, think)`` - a non-streamed response, sanitized;
* ``stream(channels, think)`` - a ``ResponseStream``: raw upstream bytes in, client bytes out;
* ``error_event(message, kind)`` / ``error_body(...)`` - errors in the API's own format.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from guardproxy.policy import ChannelFactory, InlineThink
from guardproxy.sse import SSEDecoder, SSEEvent

__all__ = ["Codec", "CodecError", "EventStream", "ResponseStream", "SSEResponseStream"]

log = logging.getLogger("guardproxy.codecs")


class CodecError(ValueError):
    """The upstream sent something the codec cannot scan; its text must not reach the client.

    Messages name what was wrong with the shape, never the text itself.
    """


class ResponseStream(Protocol):
    """One streamed response: ``feed(raw) -> bytes`` per upstream read, then ``close()``."""

    @property
    def max_held(self) -> int: ...

    def feed(self, raw: bytes) -> bytes: ...

    def close(self) -> bytes: ...


class Codec(Protocol):
    route: str  # a fixed name, used as a metric label

    def protected_texts(self, request: Any) -> list[str]: ...

    def whole(self, body: bytes, channels: ChannelFactory, think: InlineThink) -> bytes: ...

    def stream(self, channels: ChannelFactory, think: InlineThink) -> ResponseStream: ...

    def error_body(self, status: int, message: str, kind: str) -> dict[str, Any]: ...

    def error_event(self, message: str, kind: str) -> bytes: ...


class EventStream(Protocol):
    """The per-event half of an SSE codec: ``feed(event) -> bytes``, ``close() -> bytes``."""

    @property
    def max_held(self) -> int: ...

    def feed(self, event: SSEEvent) -> bytes: ...

    def close(self) -> bytes: ...


class SSEResponseStream:
    """SSE framing around an ``EventStream``: bytes in, events through it, bytes out."""

    def __init__(self, events: EventStream, max_event_bytes: int) -> None:
        self._decoder = SSEDecoder(max_event_bytes)
        self._events = events

    @property
    def max_held(self) -> int:
        return self._events.max_held

    def feed(self, raw: bytes) -> bytes:
        return b"".join([self._events.feed(event) for event in self._decoder.feed(raw)])

    def close(self) -> bytes:
        tail = self._decoder.flush()
        out = b""
        if tail is not None and tail.terminated:
            out = self._events.feed(tail)
        elif tail is not None and tail.data is not None:
            # The spec drops an unterminated last event; so do clients. Unscanned, it must go.
            log.warning("dropped an unterminated last event")
        return out + self._events.close()
