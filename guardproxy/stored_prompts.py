"""The protected texts of the requests that created stored objects, for retrieval routes.

An API that stores responses (Responses, chat completions with `store: true`) lets a client
fetch one back later, or continue from it (`previous_response_id`): the object was generated
under a system prompt that the fetch or the next turn does not carry. So when a sanitized
request creates one, its protected texts are kept under the object's id, with the replay
store's TTL, and a retrieval (or a turn continuing from it) is scanned with them again.

A digest of the prompt would keep nothing readable, but detectors are built from the texts
themselves: from a digest the proxy could only refuse. So the texts are kept sealed
(sealing.Sealer: AES-256-GCM) under a key that exists nowhere in the store: an HMAC, under the
proxy's ``store_key``, of the client's credential scope (replay.credential_scope) and the
object id. The
store holds neither the texts nor what decrypts them; only the same credentials, through a
proxy holding the same key, open an entry. Another client's request finds nothing, and the
proxy refuses what it cannot protect.
"""

from __future__ import annotations

import logging

import orjson

from guardproxy.replay import ReplayStore, replay_key
from guardproxy.sealing import Sealer

__all__ = ["StoredPrompts"]

log = logging.getLogger("guardproxy.stored_prompts")

KIND = "stored-prompt"


class StoredPrompts:
    """Protected texts by (credential scope, object id), encrypted, in a ``ReplayStore``."""

    def __init__(self, store: ReplayStore, sealer: Sealer, ttl: float) -> None:
        self._store = store
        self._sealer = sealer
        self._ttl = ttl

    async def keep(self, scope: str, object_id: str, texts: list[str]) -> None:
        """Keep ``texts`` for the object; a store failure is logged (a later retrieval of the
        object is then refused, never served unprotected)."""
        sealed = self._sealer.seal(_context(scope, object_id), orjson.dumps(texts))
        try:
            await self._store.put(replay_key(scope, KIND, object_id, b""), sealed, self._ttl,
                                  scope)
        except Exception as exc:
            log.warning("stored prompts: store unavailable on keep: %s", type(exc).__name__)

    async def find(self, scope: str, object_id: str) -> list[str] | None:
        """The texts kept for the object under this scope; None when there are none (never
        kept, expired, another client's, or unreadable)."""
        try:
            value = await self._store.get(replay_key(scope, KIND, object_id, b""))
        except Exception as exc:
            log.warning("stored prompts: store unavailable on find: %s", type(exc).__name__)
            return None
        plain = self._sealer.open(_context(scope, object_id), value) if value else None
        if plain is None:
            return None
        texts = orjson.loads(plain)
        return texts if isinstance(texts, list) and all(isinstance(t, str) for t in texts) \
            else None


def _context(scope: str, object_id: str) -> bytes:
    return f"{KIND}\0{scope}\0{object_id}".encode()
