"""guardproxy.upstream: httpx's interface on aiohttp, against real servers on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from conftest import GATE_TIMEOUT, Gate, Script, free_socket

from guardproxy.upstream import AiohttpTransport

CHUNKS = [b"data: %d\n\n" % i for i in range(200)]


def client(**options: float) -> httpx.AsyncClient:
    timeout = httpx.Timeout(options.get("read", 5.0), connect=options.get("connect", 5.0))
    return httpx.AsyncClient(transport=AiohttpTransport(), timeout=timeout, trust_env=False)


async def read_all(http: httpx.AsyncClient, url: str) -> list[bytes]:
    async with http.stream("POST", url, content=b"{}") as response:
        assert response.status_code == 200
        return [chunk async for chunk in response.aiter_raw()]


async def test_a_read_takes_everything_that_has_arrived(
    upstream_for: Callable[[Script], str],
) -> None:
    """200 chunks written at once: the bytes are the upstream's, in fewer reads than chunks
    (h11 would hand over one chunk a read)."""
    url = upstream_for(Script(CHUNKS))
    async with client() as http:
        reads = await read_all(http, url)
    assert b"".join(reads) == b"".join(CHUNKS)
    assert len(reads) < len(CHUNKS)


async def test_the_upstream_gets_the_request_httpx_built(
    upstream_for: Callable[[Script], str],
) -> None:
    """Headers as httpx built them, none added twice by aiohttp; a streamed body arrives whole."""
    script = Script([b"ok"], content_type="text/plain")
    url = upstream_for(script)

    async def body() -> AsyncIterator[bytes]:
        for part in (b'{"a":', b" 1}"):
            yield part

    async with client() as http:
        response = await http.post(url + "/v1/x?q=1", content=body(),
                                   headers={"user-agent": "sdk/1", "accept-encoding": "identity",
                                            "x-trace": "t1"})
    assert (response.status_code, response.content) == (200, b"ok")
    seen = script.requests[0]
    assert (seen.path, seen.query, seen.body) == ("/v1/x", b"q=1", b'{"a": 1}')
    for name, value in (("user-agent", "sdk/1"), ("accept-encoding", "identity"),
                        ("x-trace", "t1")):
        assert seen.header_values(name) == [value]
    assert seen.header_values("content-type") == []  # nothing aiohttp made up


async def test_connection_refused_is_a_connect_error() -> None:
    dead = free_socket()  # bound, never listening
    try:
        async with client() as http:
            with pytest.raises(httpx.ConnectError):
                await http.get(f"http://127.0.0.1:{dead.getsockname()[1]}/")
    finally:
        dead.close()


async def test_a_stall_mid_body_is_a_read_timeout(upstream_for: Callable[[Script], str]) -> None:
    gate = Gate()
    url = upstream_for(Script([CHUNKS[0], gate, CHUNKS[1]]))
    try:
        async with client(read=0.3) as http:
            with pytest.raises(httpx.ReadTimeout):
                await read_all(http, url)
    finally:
        gate.open()


async def test_a_connection_dropped_mid_body_is_a_read_error(
    upstream_for: Callable[[Script], str],
) -> None:
    url = upstream_for(Script(CHUNKS[:3], abort=True))
    async with client() as http:
        with pytest.raises(httpx.ReadError):
            await read_all(http, url)


async def test_a_connection_dropped_before_the_head_is_a_transport_error() -> None:
    """Not a read error: no response ever started (the proxy counts it as a failed
    connection, as it would with httpx's own transport)."""

    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.close()

    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with client() as http:
            with pytest.raises(httpx.TransportError) as caught:
                await http.get(f"http://127.0.0.1:{port}/")
        assert not isinstance(caught.value, httpx.ReadError | httpx.TimeoutException)
    finally:
        server.close()


async def test_closing_early_lets_go_of_the_upstream(
    upstream_for: Callable[[Script], str],
) -> None:
    """A response closed before its end drops the connection: the upstream sees it go."""
    gate = Gate()
    script = Script([CHUNKS[0], gate, *CHUNKS[1:]])
    url = upstream_for(script)
    try:
        async with client() as http, http.stream("POST", url, content=b"{}") as response:
            async for _ in response.aiter_raw():
                break
        assert await asyncio.to_thread(script.disconnected.wait, GATE_TIMEOUT)
    finally:
        gate.open()
