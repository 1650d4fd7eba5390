"""The SSE decoders of real clients, and guardproxy's framing in front of them: what
tests/test_sse_clients.py and tests/test_conformance.py feed streams through.

The clients are the decoders of openai-python (``openai._streaming.SSEDecoder``),
anthropic-sdk-python (``anthropic._streaming.SSEDecoder``) and httpx-sse (``EventSource``
over an ``httpx.Response``), each fed a list of reads. The framing is the real
``SSEResponseStream`` with pass-through channels; its event stream re-encodes the events a
test picks and passes the others raw.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import anthropic._streaming
import httpx
import httpx_sse
import openai._streaming

from guardproxy.channels import ChannelKind
from guardproxy.codecs.base import SSEResponseStream
from guardproxy.sse import SSEEvent, encode_event

Seen = list[tuple[str | None, str, str | None, int | None]]  # (event, data, id, retry)


class _Same:
    """A channel that releases what it is fed: the framing alone is under test."""

    held = 0

    def feed(self, text: str) -> str:
        return text

    def flush(self) -> str:
        return ""


def _channels(kind: ChannelKind, *, shared: bool = False, copy: bool = False) -> _Same:
    return _Same()


@dataclass
class Reencoding:
    """An ``EventStream`` that re-encodes the events ``pick`` says (in order), others raw."""

    pick: Iterator[bool]
    max_held: int = 0

    def feed(self, event: SSEEvent, upcoming: SSEEvent | None = None) -> bytes:
        if not next(self.pick, False):
            return event.raw
        return encode_event(event.data, event=event.event, id=event.id, retry=event.retry,
                            comments=event.comments)

    def close(self) -> bytes:
        return b""


def through_guardproxy(reads: list[bytes], pick: list[bool]) -> list[bytes]:
    stream = SSEResponseStream(Reencoding(iter(pick)), 1 << 20, _channels)
    out = [stream.feed(read) for read in reads]
    out.append(stream.close())
    return out


def openai_sees(reads: list[bytes]) -> Seen:
    decoder = openai._streaming.SSEDecoder()
    return [(e.event, e.data, e.id, e.retry) for e in decoder.iter_bytes(iter(reads))]


def anthropic_sees(reads: list[bytes]) -> Seen:
    decoder = anthropic._streaming.SSEDecoder()
    return [(e.event, e.data, e.id, e.retry) for e in decoder.iter_bytes(iter(reads))]


def httpx_sse_sees(reads: list[bytes]) -> Seen:
    response = httpx.Response(200, headers={"content-type": "text/event-stream"},
                              content=iter(reads))
    return [(e.event, e.data, e.id, e.retry)
            for e in httpx_sse.EventSource(response).iter_sse()]


CLIENTS: dict[str, Callable[[list[bytes]], Seen]] = {
    "openai": openai_sees, "anthropic": anthropic_sees, "httpx-sse": httpx_sse_sees,
}
