"""What every API codec shares."""

from __future__ import annotations

__all__ = ["CodecError"]


class CodecError(ValueError):
    """The upstream sent something the codec cannot scan; its text must not reach the client.

    Messages name what was wrong with the shape, never the text itself.
    """
