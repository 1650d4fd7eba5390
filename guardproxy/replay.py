"""Replay restoration: originals of edited reasoning, kept server-side and restored inbound.

Some APIs need reasoning sent back exactly as the model wrote it: DeepSeek answers 400 to a
tool-call turn without its `reasoning_content`, and Anthropic verifies thinking blocks against
their signature. When guardproxy changed such a text, the client only has the sanitized one.
So the codec records the original under a key derived from what the client received, and when
a later request carries that text back, the original is put in its place before the request
goes upstream. The original never goes back to the client, nor into logs or metrics.

Key: sha256 over the client's scope (a digest of its credentials, so one client can never have
another's original restored), the text's kind and tag (where it sits; a signature), and the
sha256 of the text the client received. Value: the original as JSON (`{"text": ...}` plus what
is restored beside it). Stores are bounded in time (TTL) and size: ``MemoryReplayStore`` (one
replica; LRU by entry count and total bytes) or ``RedisReplayStore`` (shared by replicas).
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import hashlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import orjson

from guardproxy.extras import MissingExtra, missing

if TYPE_CHECKING:
    from guardproxy.config import Settings

__all__ = [
    "MemoryReplayStore",
    "ObservedStore",
    "Recorder",
    "RedisReplayStore",
    "ReplaySession",
    "ReplayStore",
    "Slot",
    "check_store",
    "open_store",
    "replay_key",
    "replay_scope",
]

log = logging.getLogger("guardproxy.replay")

StoreOperation = Literal["get", "put"]
OnError = Callable[[StoreOperation], None]

# Headers that carry the client's credentials: the scope of what it may have restored.
CREDENTIAL_HEADERS = ("authorization", "x-api-key", "api-key")


def replay_key(scope: str, kind: str, tag: str, digest: bytes) -> str:
    """The store key of a text whose sha256 (as the client received it) is ``digest``."""
    head = f"{scope}\0{kind}\0{tag}\0".encode()
    return hashlib.sha256(head + digest).hexdigest()


def replay_scope(headers: Sequence[tuple[bytes, bytes]]) -> str:
    """A digest of the request's credentials ("" without any): one client's originals are
    never restored into another client's request."""
    named = sorted(k.lower() + b":" + v for k, v in headers
                   if k.lower().decode("latin-1") in CREDENTIAL_HEADERS)
    return hashlib.sha256(b"\0".join(named)).hexdigest() if named else ""


class ReplayStore(abc.ABC):
    """Where originals wait for the client's next request: bytes by key, each with a TTL."""

    @abc.abstractmethod
    async def get(self, key: str) -> bytes | None: ...

    @abc.abstractmethod
    async def put(self, key: str, value: bytes, ttl: float) -> None: ...

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        return [await self.get(key) for key in keys]

    async def aclose(self) -> None:  # noqa: B027 - a store without resources has nothing to do
        pass


class MemoryReplayStore(ReplayStore):
    """An in-process LRU: at most ``max_entries`` entries and ``max_bytes`` of values; the
    least recently used go first, and expired ones are never returned."""

    def __init__(
        self, *, max_entries: int, max_bytes: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._clock = clock
        self._entries: OrderedDict[str, tuple[bytes, float]] = OrderedDict()
        self.size = 0  # bytes of values held

    def __len__(self) -> int:
        return len(self._entries)

    async def get(self, key: str) -> bytes | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        value, expires = entry
        if expires <= self._clock():
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return value

    async def put(self, key: str, value: bytes, ttl: float) -> None:
        if len(value) > self.max_bytes:
            return
        if key in self._entries:
            self._drop(key)
        self._entries[key] = (value, self._clock() + ttl)
        self.size += len(value)
        while len(self._entries) > self.max_entries or self.size > self.max_bytes:
            self._drop(next(iter(self._entries)))

    def _drop(self, key: str) -> None:
        value, _ = self._entries.pop(key)
        self.size -= len(value)


class RedisReplayStore(ReplayStore):
    """Entries in Redis, shared by every replica; Redis expires them (its `maxmemory` policy
    bounds the total). A slow or down Redis costs at most ``timeout`` per request."""

    def __init__(self, url: str, *, prefix: str = "guardproxy:replay:",
                 timeout: float = 2.0, password: str | None = None,
                 ca_file: str | None = None) -> None:
        from redis.asyncio import Redis  # only deployments that use Redis need the client

        options: dict[str, Any] = {"password": password} if password is not None else {}
        if ca_file is not None:  # rediss:// only (Settings checks): the plain client has none
            options["ssl_ca_certs"] = ca_file
        self._redis: Any = Redis.from_url(url, socket_timeout=timeout,
                                          socket_connect_timeout=timeout, **options)
        self._prefix = prefix

    async def get(self, key: str) -> bytes | None:
        value = await self._redis.get(self._prefix + key)
        return value if isinstance(value, bytes) else None

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        values = await self._redis.mget([self._prefix + k for k in keys])
        return [v if isinstance(v, bytes) else None for v in values]

    async def put(self, key: str, value: bytes, ttl: float) -> None:
        await self._redis.set(self._prefix + key, value, px=max(1, int(ttl * 1000)))

    async def aclose(self) -> None:
        await self._redis.aclose()


def check_store(settings: Settings) -> None:
    """Raises ``MissingExtra`` when ``settings`` name a Redis store and the redis extra is not
    installed: called at startup, so that it is not the first request that finds out."""
    if settings.replay_store not in ("memory", "off") and (
        problem := missing("redis", "a Redis replay store (--replay-store)")
    ):
        raise MissingExtra(problem)


def open_store(settings: Settings, on_error: OnError | None = None) -> ReplayStore | None:
    """The store ``settings.replay_store`` names: `memory`, a `redis://` URL, or `off`;
    ``on_error(operation)`` is told of each failed `get` or `put` of a Redis store."""
    spec = settings.replay_store
    if spec == "off":
        return None
    if spec == "memory":
        return MemoryReplayStore(max_entries=settings.replay_max_entries,
                                 max_bytes=settings.replay_max_bytes)
    check_store(settings)
    password = settings.replay_password
    store = RedisReplayStore(
        spec, timeout=settings.replay_timeout,
        password=password.get_secret_value() if password is not None else None,
        ca_file=str(settings.replay_ca_file) if settings.replay_ca_file else None)
    return ObservedStore(store, on_error) if on_error is not None else store


class ObservedStore(ReplayStore):
    """A store whose failures are reported (``on_error("get")``, ``on_error("put")``) before
    they are raised on: its users go on without it, and only log the failure's kind."""

    def __init__(self, store: ReplayStore, on_error: OnError) -> None:
        self._store = store
        self._on_error = on_error

    async def get(self, key: str) -> bytes | None:
        with self._observed("get"):
            return await self._store.get(key)

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        with self._observed("get"):
            return await self._store.get_many(keys)

    async def put(self, key: str, value: bytes, ttl: float) -> None:
        with self._observed("put"):
            await self._store.put(key, value, ttl)

    async def aclose(self) -> None:
        await self._store.aclose()

    @contextlib.contextmanager
    def _observed(self, operation: StoreOperation) -> Iterator[None]:
        try:
            yield
        except Exception:
            self._on_error(operation)
            raise


@dataclass(frozen=True, slots=True)
class Slot:
    """A text in a request that may be a sanitized one: where it sits and how to restore it."""

    kind: str
    text: str
    tag: str
    restore: Callable[[dict[str, str]], None]  # called with the stored value


class Recorder:
    """What one response's codec changed: originals waiting to be stored."""

    def __init__(self, scope: str, max_entry_bytes: int) -> None:
        self.scope = scope
        self.max_entry_bytes = max_entry_bytes
        self._pending: list[tuple[str, bytes]] = []

    def add(self, kind: str, digest: bytes, value: dict[str, str], tag: str = "") -> None:
        data = orjson.dumps(value)
        if len(data) > self.max_entry_bytes:
            log.info("replay: an original of %d bytes is over the limit, not kept", len(data))
            return
        self._pending.append((replay_key(self.scope, kind, tag, digest), data))

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def take(self) -> list[tuple[str, bytes]]:
        pending, self._pending = self._pending, []
        return pending


class ReplaySession:
    """Replay for one exchange: restore what the request sends back, store what the codec
    recorded. Store failures never fail the request: it goes on without restoration."""

    def __init__(
        self, store: ReplayStore | None, headers: Sequence[tuple[bytes, bytes]], *,
        ttl: float, max_entry_bytes: int,
    ) -> None:
        self._store = store
        self.scope = replay_scope(headers)  # the client's: what else it keeps is under it
        self._ttl = ttl
        self.recorder = Recorder(self.scope, max_entry_bytes) if store is not None else None

    async def restore(self, slots: Sequence[Slot], payload: Any, body: bytes) -> bytes:
        """The request body with originals restored (``payload`` is its parsed form, edited in
        place), or ``body`` itself when nothing was restored."""
        if self._store is None or not slots:
            return body
        keys = [replay_key(self.scope, s.kind, s.tag, _digest(s.text)) for s in slots]
        try:
            values = await self._store.get_many(keys)
        except Exception as exc:  # the store is an optimisation of the upstream's behaviour
            log.warning("replay store unavailable on restore: %s", type(exc).__name__)
            return body
        restored = 0
        for slot, value in zip(slots, values, strict=True):
            original = _original(value)
            if original is not None:
                slot.restore(original)
                restored += 1
        if not restored:
            return body
        log.info("replay: restored %d of %d reasoning texts", restored, len(slots))
        return orjson.dumps(payload)

    @property
    def unsaved(self) -> bool:
        """Whether the codec recorded something ``save`` has not stored yet."""
        return self.recorder is not None and self.recorder.pending

    async def save(self) -> None:
        """Store what the codec recorded so far; called before the bytes that complete a
        recorded text reach the client, so its next request finds the original."""
        if self._store is None or self.recorder is None:
            return
        entries = self.recorder.take()
        if not entries:
            return
        try:
            await asyncio.gather(*(self._store.put(k, v, self._ttl) for k, v in entries))
        except Exception as exc:
            log.warning("replay store unavailable on save: %s", type(exc).__name__)


def _original(value: bytes | None) -> dict[str, str] | None:
    """A stored value, or None if absent or not what a recorder writes (a shared Redis)."""
    if value is None:
        return None
    try:
        data = orjson.loads(value)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        return None
    return data if isinstance(data.get("text"), str) else None


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()
