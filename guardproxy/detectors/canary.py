"""Canary tokens: a random marker added to the system prompt sent upstream, once per request.

The model never has a reason to repeat it, so its appearance in the output (spelled out,
disguised or encoded too: ``CanaryRule`` runs the letter and encoded detectors on it) proves
that the system prompt leaked. The token is recognizable in logs of the model server and unlike
anything else: ``GPC-`` and 16 base32 characters, 80 random bits.
"""

from __future__ import annotations

import base64
import secrets

import regex

__all__ = ["CANARY", "canary_line", "new_canary"]

CANARY = regex.compile(r"\bGPC-[A-Z2-7]{16}\b")


def new_canary() -> str:
    return "GPC-" + base64.b32encode(secrets.token_bytes(10)).decode("ascii")


def canary_line(token: str) -> str:
    """The text appended to the system prompt: a plain, confidential-looking reference."""
    return f"Internal reference (confidential): {token}"
