"""The connection to the upstream: httpx's interface on aiohttp's HTTP/1.1 engine.

The proxy speaks httpx (requests, streamed responses, one family of exceptions); this transport
moves the bytes with aiohttp, for two reasons measured in benchmarks/perf.py: its response parser
is C (llhttp) where httpx's default is pure Python (h11), and a read returns everything that
has arrived, where h11 hands over one HTTP chunk at a time. A model server writes one chunk per
event, so under load a read carries many events and the proxy scans and forwards them in one
step, with one write to the client.

Errors come out as the httpx exceptions the proxy handles (``map_errors``): timeouts as
``httpx.ConnectTimeout``/``ReadTimeout``, a refused or failed connection as ``ConnectError``,
a connection lost mid-response as ``ReadError``.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Iterator

import aiohttp
import httpx

__all__ = ["AiohttpTransport", "map_errors"]

# Headers aiohttp would otherwise add on its own: httpx has already built the request's.
_AUTO_HEADERS = frozenset({"accept", "accept-encoding", "user-agent", "content-type"})


@contextlib.contextmanager
def map_errors(*, responded: bool) -> Iterator[None]:
    """aiohttp's exceptions as httpx's; ``responded``: the response head has arrived."""
    try:
        yield
    except aiohttp.ConnectionTimeoutError as exc:
        raise httpx.ConnectTimeout(type(exc).__name__) from exc
    except (aiohttp.ServerTimeoutError, TimeoutError) as exc:
        raise httpx.ReadTimeout(type(exc).__name__) from exc
    except aiohttp.ClientConnectorError as exc:
        raise httpx.ConnectError(type(exc).__name__) from exc
    except aiohttp.InvalidURL as exc:
        raise httpx.UnsupportedProtocol(type(exc).__name__) from exc
    except (aiohttp.ClientError, OSError) as exc:
        # Lost after the head: a broken response. Before it: the exchange never happened.
        error = httpx.ReadError if responded else httpx.RemoteProtocolError
        raise error(type(exc).__name__) from exc


class _Body(httpx.AsyncByteStream):
    """A response body: each read is everything received so far (up to ``limit`` bytes)."""

    def __init__(self, response: aiohttp.ClientResponse, limit: int) -> None:
        self._response = response
        self._limit = limit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        with map_errors(responded=True):
            while True:
                if chunk := content.read_nowait(self._limit):
                    # Data was waiting, so this read would not give the event loop a turn:
                    # take one, or a busy upstream would keep the loop from other streams,
                    # and from noticing that this stream's client went away.
                    await asyncio.sleep(0)
                elif not (chunk := await content.read(self._limit)):
                    return
                yield chunk

    async def aclose(self) -> None:
        # A body read to its end leaves the connection reusable; any other is dropped, since
        # unread bytes would otherwise start the next response on it.
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncClient`` transport; create it inside the event loop that will use it.

    ``max_connections`` None is no limit; idle connections are kept ``keepalive`` seconds:
    less than the 5 s after which uvicorn (vLLM's and SGLang's server) closes an idle
    connection, so that the proxy drops a connection before the server can close it under a
    request just sent (the request would fail with a reset).
    TLS verifies against the system's trust store (``ssl.create_default_context``).
    ``buffer`` bytes are read ahead on a connection, at most, and a read returns at most that
    much: small enough that a busy proxy keeps little per stream and never scans for long
    before the event loop turns to other streams, large enough for a hundred events a read.
    """

    def __init__(
        self, *, max_connections: int | None = None, keepalive: float = 4.0,
        buffer: int = 16 * 1024,
    ) -> None:
        connector = aiohttp.TCPConnector(
            limit=max_connections or 0, keepalive_timeout=keepalive,
            ssl=ssl.create_default_context(),
        )
        self._session = aiohttp.ClientSession(
            connector=connector, auto_decompress=False, trust_env=False, read_bufsize=buffer,
            skip_auto_headers=_AUTO_HEADERS,
        )
        self._read_size = buffer

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = request.extensions.get("timeout", {})
        headers = [(k, v) for k, v in request.headers.multi_items()
                   if k != "transfer-encoding"]  # aiohttp frames a streamed body itself
        try:
            body: bytes | httpx.AsyncByteStream = request.content
        except httpx.RequestNotRead:
            body = request.stream  # type: ignore[assignment]  # streamed: an async iterable
        with map_errors(responded=False):
            response = await self._session.request(
                request.method, str(request.url), headers=headers, data=body or None,
                allow_redirects=False, compress=None,
                timeout=aiohttp.ClientTimeout(
                    total=None, connect=timeout.get("pool"),
                    sock_connect=timeout.get("connect"), sock_read=timeout.get("read"),
                ),
            )
        version = response.version or aiohttp.HttpVersion11
        return httpx.Response(
            response.status, headers=list(response.raw_headers),
            stream=_Body(response, self._read_size), request=request,
            extensions={"http_version": b"HTTP/%d.%d" % (version.major, version.minor)},
        )

    async def aclose(self) -> None:
        await self._session.close()
