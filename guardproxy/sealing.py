"""Entries sealed at rest: AES-256-GCM under a key derived from one secret and each entry's
context, so that a store (Redis, shared by replicas) never holds anything readable.

The key of an entry is an HMAC-SHA256, under the proxy's ``store_key``, of its context (what
the entry is for and whose it is); the context is also the cipher's associated data. A store
holds neither the plaintext nor what decrypts it, and an entry moved under another context
does not open. Used by stored_prompts (protected texts by object id) and replay (originals of
edited reasoning).
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = ["Sealer"]

NONCE_BYTES = 12


class Sealer:
    """Seals and opens values under keys derived from ``secret`` and each value's context."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _cipher(self, context: bytes) -> AESGCM:
        return AESGCM(hmac.new(self._secret, context, hashlib.sha256).digest())

    def seal(self, context: bytes, plain: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._cipher(context).encrypt(nonce, plain, context)

    def open(self, context: bytes, sealed: bytes) -> bytes | None:
        """The plaintext, or None when ``sealed`` was not sealed under this context and secret
        (another client's, tampered with, or written by something else)."""
        if len(sealed) <= NONCE_BYTES:
            return None
        try:
            return self._cipher(context).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:],
                                                 context)
        except InvalidTag:
            return None
