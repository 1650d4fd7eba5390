"""Replay restoration: originals of edited reasoning, kept server-side and restored inbound.

Some APIs need reasoning sent back exactly as the model wrote it: DeepSeek answers 400 to a
tool-call turn without its `reasoning_content`, and Anthropic verifies thinking blocks against
their signature. When guardproxy changed such a text, the client only has the sanitized one.
So the codec records the original under a key derived from what the client received, and when
a later request carries that text back, the original is put in its place before the request
goes upstream. The original never goes back to the client, nor into logs or metrics.

What keeps one client's originals from another (each an attack this module was reviewed for):

* a nonce: every response gets 96 random bits, and every reasoning text the proxy edited
  carries them at its end, invisibly (``mark``: zero-width characters the SDKs keep, as they
  keep any text, and send back). The key covers the text as received, nonce included, so a
  sanitized text that is generic after redaction (``[redacted:system-prompt]``) never meets
  another conversation's entry, and a text without a nonce is never looked up at all;
* a scope: a digest of the client's credentials (`authorization`, `x-api-key`, `api-key`),
  and of the header the operator names (``replay_scope_header``: a user id a gateway sets)
  when it does. No credential, or a well-known placeholder (vLLM's `Bearer EMPTY`), is no
  scope: such requests get no replay at all unless the operator names the header;
* write once: an entry is never overwritten (Redis `SET NX`), so no request can replace an
  original another one stored;
* bounded per scope: the memory store keeps at most so many entries and bytes per scope, so
  one client evicts its own originals, never everyone's;
* sealed at rest (sealing.Sealer: AES-256-GCM) under a key derived from ``store_key`` and the
  entry's context (scope, kind, tag, digest): Redis holds nothing readable, and an entry opens
  only for the request that names the same context.

Key: sha256 over the scope, the text's kind and tag (where it sits; a signature) and the
sha256 of the text the client received. Value: the original as JSON (`{"text": ...}` plus
what is restored beside it), sealed. Stores are bounded in time (TTL) and size:
``MemoryReplayStore`` (one replica; LRU by entry count and total bytes, and per scope) or
``RedisReplayStore`` (shared by replicas; its `maxmemory` bounds it).
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import hashlib
import logging
import os
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import orjson

from guardproxy.extras import MissingExtra, missing
from guardproxy.sealing import Sealer

if TYPE_CHECKING:
    from guardproxy.config import Settings

__all__ = [
    "MemoryReplayStore",
    "ObservedStore",
    "Recorder",
    "RedisReplayStore",
    "Replay",
    "ReplaySession",
    "ReplayStore",
    "Slot",
    "check_store",
    "credential_scope",
    "has_mark",
    "new_mark",
    "open_store",
    "replay_key",
    "replay_scope",
    "unmarked",
]

log = logging.getLogger("guardproxy.replay")

StoreOperation = Literal["get", "put"]
OnError = Callable[[StoreOperation], None]

# Headers that carry the client's credentials: the scope of what it may have restored.
CREDENTIAL_HEADERS = ("authorization", "x-api-key", "api-key")
# Credentials that name nobody: what the docs of vLLM, SGLang, llama.cpp, Ollama and LM Studio
# tell clients to send to a server without keys. Every client sending one is the same client.
PLACEHOLDER_CREDENTIALS = frozenset({
    "", "empty", "none", "null", "nokey", "no-key", "dummy", "sk-dummy", "sk-no-key-required",
    "ollama", "lm-studio", "key", "token", "x", "-", "sk-",
})

# The nonce's alphabet: four zero-width characters, two bits each. Invisible where reasoning
# is shown, kept by every JSON client, and written by the proxy after the text was scanned.
_MARK_ALPHABET = "\u200b\u200c\u200d\u2060"
NONCE_BYTES = 12
_MARK_CHARS = NONCE_BYTES * 4
_MARK = re.compile(f"[{_MARK_ALPHABET}]{{{_MARK_CHARS}}}$")


def new_mark() -> str:
    """A fresh nonce as the zero-width text appended to a response's edited reasoning."""
    bits = int.from_bytes(os.urandom(NONCE_BYTES), "big")
    return "".join(_MARK_ALPHABET[(bits >> (2 * i)) & 3] for i in range(_MARK_CHARS))


def has_mark(text: str) -> bool:
    """Whether ``text`` ends with a nonce: only such a text can be one the proxy edited."""
    return _MARK.search(text) is not None


def unmarked(text: str) -> str:
    """``text`` without the nonce it ends with, if it ends with one."""
    return text[:-_MARK_CHARS] if has_mark(text) else text


def replay_key(scope: str, kind: str, tag: str, digest: bytes) -> str:
    """The store key of a text whose sha256 (as the client received it) is ``digest``."""
    head = f"{scope}\0{kind}\0{tag}\0".encode()
    return hashlib.sha256(head + digest).hexdigest()


def credential_scope(headers: Sequence[tuple[bytes, bytes]]) -> str:
    """A digest of the request's credentials ("" without any): what stored_prompts keeps
    under it is only ever used to scan, so clients without credentials may share it."""
    named = sorted(k.lower() + b":" + v for k, v in headers
                   if k.lower().decode("latin-1") in CREDENTIAL_HEADERS)
    return hashlib.sha256(b"\0".join(named)).hexdigest() if named else ""


def replay_scope(headers: Sequence[tuple[bytes, bytes]], scope_header: str | None = None
                 ) -> str | None:
    """The digest under which a request's originals are kept and found, or None: no replay.

    The credentials that name someone (not a placeholder), and the operator's
    ``scope_header`` when it names one (then a request without it, or with it twice, gets no
    replay: the gateway that sets it did not). Without either, None."""
    named = sorted(k.lower() + b":" + v for k, v in headers
                   if k.lower().decode("latin-1") in CREDENTIAL_HEADERS
                   and not _placeholder(v))
    if scope_header is not None:
        wanted = scope_header.lower().encode("latin-1")
        values = [v for k, v in headers if k.lower() == wanted]
        if len(values) != 1 or not values[0].strip():
            return None
        named.append(b"\0scope:" + values[0])
    return hashlib.sha256(b"\0".join(named)).hexdigest() if named else None


def _placeholder(value: bytes) -> bool:
    scheme, _, rest = value.strip().partition(b" ")
    token = rest.strip() if scheme.lower() == b"bearer" else value.strip()
    return token.decode("latin-1").lower() in PLACEHOLDER_CREDENTIALS


class ReplayStore(abc.ABC):
    """Where originals wait for the client's next request: bytes by key, each with a TTL."""

    @abc.abstractmethod
    async def get(self, key: str) -> bytes | None: ...

    @abc.abstractmethod
    async def put(self, key: str, value: bytes, ttl: float, scope: str = "") -> None:
        """Keep ``value`` under ``key`` unless the key holds one already (write once);
        ``scope`` is whose it is (a store may bound each scope)."""

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        return [await self.get(key) for key in keys]

    async def aclose(self) -> None:  # noqa: B027 - a store without resources has nothing to do
        pass


class MemoryReplayStore(ReplayStore):
    """An in-process LRU: at most ``max_entries`` entries and ``max_bytes`` of values; the
    least recently used go first, and expired ones are never returned. Each scope holds at
    most ``max_scope_entries`` and ``max_scope_bytes`` (default: the whole store): past them a
    put evicts that scope's own oldest entries, so one client cannot flush everyone's."""

    def __init__(
        self, *, max_entries: int, max_bytes: int, max_scope_entries: int | None = None,
        max_scope_bytes: int | None = None, clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_scope_entries = max_scope_entries or max_entries
        self.max_scope_bytes = max_scope_bytes or max_bytes
        self._clock = clock
        self._entries: OrderedDict[str, tuple[bytes, float, str]] = OrderedDict()
        self._scopes: dict[str, OrderedDict[str, int]] = {}  # keys and sizes, oldest first
        self._scope_bytes: dict[str, int] = {}
        self.size = 0  # bytes of values held

    def __len__(self) -> int:
        return len(self._entries)

    async def get(self, key: str) -> bytes | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        value, expires, scope = entry
        if expires <= self._clock():
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        self._scopes[scope].move_to_end(key)
        return value

    async def put(self, key: str, value: bytes, ttl: float, scope: str = "") -> None:
        if len(value) > min(self.max_bytes, self.max_scope_bytes) or \
                await self.get(key) is not None:
            return  # never kept, or kept already: written once
        self._entries[key] = (value, self._clock() + ttl, scope)
        own = self._scopes.setdefault(scope, OrderedDict())
        own[key] = len(value)
        self._scope_bytes[scope] = self._scope_bytes.get(scope, 0) + len(value)
        self.size += len(value)
        while len(own) > self.max_scope_entries or \
                self._scope_bytes[scope] > self.max_scope_bytes:
            self._drop(next(iter(own)))
        while len(self._entries) > self.max_entries or self.size > self.max_bytes:
            self._drop(next(iter(self._entries)))

    def _drop(self, key: str) -> None:
        value, _, scope = self._entries.pop(key)
        self.size -= len(value)
        own = self._scopes[scope]
        del own[key]
        self._scope_bytes[scope] -= len(value)
        if not own:
            del self._scopes[scope], self._scope_bytes[scope]


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

    async def put(self, key: str, value: bytes, ttl: float, scope: str = "") -> None:
        await self._redis.set(self._prefix + key, value, px=max(1, int(ttl * 1000)), nx=True)

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
                                 max_bytes=settings.replay_max_bytes,
                                 max_scope_entries=settings.replay_max_client_entries,
                                 max_scope_bytes=settings.replay_max_client_bytes)
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

    async def put(self, key: str, value: bytes, ttl: float, scope: str = "") -> None:
        with self._observed("put"):
            await self._store.put(key, value, ttl, scope)

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
    """What one response's codec changed: originals waiting to be stored. ``mark`` is the
    response's nonce, which every edited reasoning text ends with (codecs.tracks)."""

    def __init__(self, max_entry_bytes: int) -> None:
        self.max_entry_bytes = max_entry_bytes
        self.mark = new_mark()
        self._pending: list[tuple[str, str, bytes, bytes]] = []

    def add(self, kind: str, digest: bytes, value: dict[str, str], tag: str = "") -> None:
        """``digest``: the sha256 of the text the client received (its mark included)."""
        data = orjson.dumps(value)
        if len(data) > self.max_entry_bytes:
            log.info("replay: an original of %d bytes is over the limit, not kept", len(data))
            return
        self._pending.append((kind, tag, digest, data))

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def take(self) -> list[tuple[str, str, bytes, bytes]]:
        """(kind, tag, digest, original as JSON) of each text recorded since the last take."""
        pending, self._pending = self._pending, []
        return pending


class Replay:
    """The proxy's replay: its store, sealer and settings; a ``session`` per exchange."""

    def __init__(self, store: ReplayStore | None, sealer: Sealer, *, ttl: float,
                 max_entry_bytes: int, scope_header: str | None = None) -> None:
        self.store = store
        self.sealer = sealer
        self.ttl = ttl
        self.max_entry_bytes = max_entry_bytes
        self.scope_header = scope_header

    def session(self, headers: Sequence[tuple[bytes, bytes]]) -> ReplaySession:
        scope = replay_scope(headers, self.scope_header)
        return ReplaySession(self if scope is not None and self.store is not None else None,
                             scope or "")


class ReplaySession:
    """Replay for one exchange: restore what the request sends back, store what the codec
    recorded. Store failures never fail the request: it goes on without restoration. With
    ``replay`` None (off, or a request with no scope) it does nothing."""

    def __init__(self, replay: Replay | None, scope: str) -> None:
        self._replay = replay
        self.scope = scope
        self.recorder = Recorder(replay.max_entry_bytes) if replay is not None else None

    def _context(self, kind: str, tag: str, digest: bytes) -> tuple[str, bytes]:
        """An entry's store key, and the context its value is sealed under."""
        return (replay_key(self.scope, kind, tag, digest),
                f"replay\0{self.scope}\0{kind}\0{tag}\0".encode() + digest)

    async def restore(self, slots: Sequence[Slot], payload: Any, body: bytes) -> bytes:
        """The request body with originals restored (``payload`` is its parsed form, edited in
        place), or ``body`` itself when nothing was restored. Only texts that end with a
        nonce are looked up: any other was never one the proxy edited."""
        slots = [s for s in slots if has_mark(s.text)]
        if self._replay is None or self._replay.store is None or not slots:
            return body
        contexts = [self._context(s.kind, s.tag, _digest(s.text)) for s in slots]
        try:
            values = await self._replay.store.get_many([key for key, _ in contexts])
        except Exception as exc:  # the store is an optimisation of the upstream's behaviour
            log.warning("replay store unavailable on restore: %s", type(exc).__name__)
            return body
        restored = 0
        for slot, (_, context), value in zip(slots, contexts, values, strict=True):
            plain = self._replay.sealer.open(context, value) if value else None
            original = _original(plain)
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
        """Store what the codec recorded so far, sealed; called before the bytes that complete
        a recorded text reach the client, so its next request finds the original."""
        replay = self._replay
        if replay is None or replay.store is None or self.recorder is None:
            return
        entries = self.recorder.take()
        if not entries:
            return
        store, sealer = replay.store, replay.sealer
        puts = []
        for kind, tag, digest, data in entries:
            key, context = self._context(kind, tag, digest)
            puts.append(store.put(key, sealer.seal(context, data), replay.ttl, self.scope))
        try:
            await asyncio.gather(*puts)
        except Exception as exc:
            log.warning("replay store unavailable on save: %s", type(exc).__name__)


def _original(value: bytes | None) -> dict[str, str] | None:
    """A stored value, or None if absent or not what a recorder writes."""
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
