"""The protected texts of the requests that created stored objects, for retrieval routes.

An API that stores responses (Responses, chat completions with `store: true`) lets a client
fetch one back later, or continue from it (`previous_response_id`): the object was generated
under a system prompt that the fetch or the next turn does not carry. So when a sanitized
request creates one, its protected texts are kept under the object's id, with the replay
store's TTL, and a retrieval (or a turn continuing from it) is scanned with them again.

A digest of the prompt would keep nothing readable, but detectors are built from the texts
themselves: from a digest the proxy could only refuse. So the texts are kept encrypted
(AES-256-GCM) under a key that exists nowhere in the store: an HMAC, under the proxy's
``store_key``, of the client's credential scope (replay.replay_scope) and the object id. The
store holds neither the texts nor what decrypts them; only the same credentials, through a
proxy holding the same key, open an entry. Another client's request finds nothing, and the
proxy refuses what it cannot protect.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from guardproxy.replay import ReplayStore, replay_key

__all__ = ["StoredPrompts"]

log = logging.getLogger("guardproxy.stored_prompts")

KIND = "stored-prompt"
NONCE_BYTES = 12


class StoredPrompts:
    """Protected texts by (credential scope, object id), encrypted, in a ``ReplayStore``."""

    def __init__(self, store: ReplayStore, secret: bytes, ttl: float) -> None:
        self._store = store
        self._secret = secret
        self._ttl = ttl

    def _cipher(self, scope: str, object_id: str) -> AESGCM:
        material = f"{KIND}\0{scope}\0{object_id}".encode()
        return AESGCM(hmac.new(self._secret, material, hashlib.sha256).digest())

    async def keep(self, scope: str, object_id: str, texts: list[str]) -> None:
        """Keep ``texts`` for the object; a store failure is logged (a later retrieval of the
        object is then refused, never served unprotected)."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._cipher(scope, object_id).encrypt(nonce, orjson.dumps(texts),
                                                        object_id.encode())
        try:
            await self._store.put(replay_key(scope, KIND, object_id, b""), nonce + sealed,
                                  self._ttl)
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
        if value is None or len(value) <= NONCE_BYTES:
            return None
        try:
            plain = self._cipher(scope, object_id).decrypt(
                value[:NONCE_BYTES], value[NONCE_BYTES:], object_id.encode())
        except InvalidTag:
            return None
        texts = orjson.loads(plain)
        return texts if isinstance(texts, list) and all(isinstance(t, str) for t in texts) \
            else None
