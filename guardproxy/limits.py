"""Limits on a request's head (its target and header fields), enforced while it is parsed.

uvicorn's httptools protocol (the one it picks where httptools is installed, as here) keeps a
request head of any size: a client could send megabytes of headers, or tens of thousands of
fields, and each would be buffered and then forwarded upstream. The protocol here counts the
head as the parser reads it and, past a limit, answers 431 in the OpenAI error format and closes
the connection, before the app (or the upstream) sees anything of it.
"""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

__all__ = ["bounded_http"]

# Per field on the wire: ": " and CRLF besides its name and value.
_FIELD_OVERHEAD = 4


class _HeadTooLarge(Exception):
    """Raised inside a parser callback; httptools turns it into a parser error."""


class _BoundedHttpTools(HttpToolsProtocol):
    max_head_bytes = 64 * 1024
    max_headers = 256

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_bytes = 0
        self._fields = 0
        self._too_large = False

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes = 0
        self._fields = 0

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
        if not self._too_large:
            super().send_400_response(msg)
            return
        body = orjson.dumps({"error": {
            "message": "request header fields too large", "type": "request_too_large",
            "param": None, "code": 431,
        }})
        head = [b"HTTP/1.1 431 Request Header Fields Too Large\r\n"]
        head += [name + b": " + value + b"\r\n" for name, value in
                 self.server_state.default_headers]
        head += [b"content-type: application/json\r\n",
                 b"content-length: " + str(len(body)).encode() + b"\r\n",
                 b"connection: close\r\n\r\n"]
        self.transport.write(b"".join(head) + body)
        self.transport.close()


def bounded_http(max_head_bytes: int, max_headers: int) -> type[asyncio.Protocol]:
    """uvicorn's httptools protocol with these limits, for `uvicorn.Config(http=...)`."""
    return type("BoundedHttpTools", (_BoundedHttpTools,),
                {"max_head_bytes": max_head_bytes, "max_headers": max_headers})
