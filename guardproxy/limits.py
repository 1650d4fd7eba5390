"""Limits on a request's head (its target and header fields), enforced as its bytes arrive.

uvicorn's httptools protocol (the one `guardproxy serve` configures) keeps a request head of
any size, and builds each field with repeated ``bytes +=``: one connection sending a 256 MiB
header value pushed the process to 354 MiB and stalled every other client for 23 s before any
field was complete enough to be counted. So the head is counted in the protocol's data path,
before the parser sees a byte of it: once the bytes of a head received so far pass
``max_head_bytes`` without its blank line, the connection is answered (414 while the request
line is still unfinished, 431 after it) in the OpenAI error format and closed, and nothing more
of it is read or parsed. The parser's callbacks count too, for the number of fields.

A head must also arrive in time: ``head_timeout`` seconds from the connection's start, or from
the first byte of a later request on a kept-alive connection (the keep-alive timeout covers
the wait for that byte), to its blank line; past it the connection is answered 408 and
closed. An idle or half-sent head otherwise held a connection, and its buffer, for as long as
the client liked (3,000 of them were held past 95 s in review).

The count restarts at each message boundary. Where a pipelined request begins in the same read
as the end of the one before, the parser does not say where: the part of that read is not
counted, so such a head can reach the limit plus one read (asyncio reads at most 256 KiB at a
time) before it is refused; the callbacks' count of the completed fields still holds it to the
limit itself.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

import orjson
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from guardproxy.audit import request_id
from guardproxy.codecs.openai_chat import openai_error_body

__all__ = ["bounded_http"]

# Per field on the wire: ": " and CRLF besides its name and value.
_FIELD_OVERHEAD = 4
_END_OF_HEAD = b"\r\n\r\n"
_REASONS = {408: b"Request Timeout", 414: b"URI Too Long",
            431: b"Request Header Fields Too Large"}
_MESSAGES = {408: "request head not received in time", 414: "request target too long",
             431: "request header fields too large"}
_KINDS = {408: "request_timeout", 414: "request_too_large", 431: "request_too_large"}


class _HeadTooLarge(Exception):
    """Raised inside a parser callback; httptools turns it into a parser error."""


class _BoundedHttpTools(HttpToolsProtocol):
    max_head_bytes = 64 * 1024
    max_headers = 256
    head_timeout = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The parser's count of the head's complete fields (see _count).
        self._head_bytes = 0
        self._fields = 0
        self._too_large = False
        # The data path's count of the head's raw bytes, before the parser reads them.
        self._in_head = True  # from a message boundary to the end of the next head
        self._boundary = False  # a head or a message ended during the last feed
        self._raw_head = 0
        self._tail = b""  # the head's last bytes: its blank line may straddle two reads
        self._line_ended = False  # the request line is complete
        self._refused = 0
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(cast("asyncio.Transport", transport))
        self._start_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        super().connection_lost(exc)

    def _start_head_timer(self) -> None:
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.cycle is not None and not self.cycle.response_complete:
            self._start_head_timer()  # a pipelined head: never answered inside a response
        elif self._in_head and not self._refused and not self.transport.is_closing():
            self._refuse(408, parsed=False)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return  # answered and closing: nothing more is parsed
        if self._in_head:
            self._start_head_timer()  # a later request's head: timed from its first byte
        if self._in_head and (status := self._over_limit(data)):
            # Fields parsed so far are this head's only once the parser has read some of it.
            self._refuse(status, parsed=self._raw_head > 0)
            return
        self._boundary = False
        super().data_received(data)
        if not self._in_head:
            return
        if self._boundary:  # a new head began somewhere in this read: count from the next
            self._raw_head, self._tail, self._line_ended = 0, b"", False
            return
        self._raw_head += len(data)
        keep = len(_END_OF_HEAD) - 1
        self._tail = (self._tail + data[-keep:])[-keep:]
        self._line_ended = self._line_ended or b"\n" in data

    def _over_limit(self, data: bytes) -> int:
        """414 or 431 if this read takes the head past the limit without ending it, else 0."""
        room = self.max_head_bytes - self._raw_head
        if len(data) <= room:
            return 0
        seen = self._tail + data[:room]
        if _END_OF_HEAD in seen:
            return 0  # the head ends within the limit; the rest is body or the next request
        return 431 if self._line_ended or b"\n" in seen else 414

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes = 0
        self._fields = 0

    def on_headers_complete(self) -> None:
        self._in_head, self._boundary = False, True
        self._stop_head_timer()
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._in_head, self._boundary = True, True
        super().on_message_complete()

    def on_url(self, url: bytes) -> None:
        self._count(len(url), 0)
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + _FIELD_OVERHEAD, 1)
        super().on_header(name, value)

    def _count(self, size: int, fields: int) -> None:
        self._head_bytes += size
        self._fields += fields
        if self._head_bytes > self.max_head_bytes or self._fields > self.max_headers:
            self._too_large = True
            raise _HeadTooLarge

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to every parser error; ours, for a head over the limits."""
        if self._too_large:
            self._refuse(431, parsed=True)
        else:
            super().send_400_response(msg)

    def _refuse(self, status: int, *, parsed: bool) -> None:
        """Answer ``status`` in the OpenAI error format and close the connection; ``parsed``:
        the parser holds fields of this head (else those it holds are an earlier request's)."""
        self._refused = status
        self._stop_head_timer()
        body = orjson.dumps(openai_error_body(status, _MESSAGES[status], _KINDS[status]))
        head = [b"HTTP/1.1 %d %s\r\n" % (status, _REASONS[status])]
        head += [name + b": " + value + b"\r\n" for name, value in
                 self.server_state.default_headers]
        # The id of the fields read so far, as every other response carries it (audit.py).
        ident = request_id(self.headers if parsed and self.headers else []).encode()
        head += [b"x-request-id: " + ident + b"\r\n", b"content-type: application/json\r\n",
                 b"content-length: " + str(len(body)).encode() + b"\r\n",
                 b"connection: close\r\n\r\n"]
        self.transport.write(b"".join(head) + body)
        self.transport.close()


def bounded_http(max_head_bytes: int, max_headers: int,
                 head_timeout: float = 10.0) -> type[asyncio.Protocol]:
    """uvicorn's httptools protocol with these limits, for `uvicorn.Config(http=...)`."""
    return type("BoundedHttpTools", (_BoundedHttpTools,),
                {"max_head_bytes": max_head_bytes, "max_headers": max_headers,
                 "head_timeout": head_timeout})
