"""Legacy OpenAI completions (`/v1/completions`), streaming and not.

The same choices as chat completions with the text in the choice itself (`choices[i].text`),
so the chat codec's choice handling serves both (``COMPLETION`` shape). Reasoning models behind
this route write their chain of thought inline (`<think>...</think>` in `text`); it is split
out as in chat `content`. The request has a prompt and no system message: what a chat template
marks as the system section of the prompt is protected (chat_templates.py), and there is no
reasoning to replay.
"""

from __future__ import annotations

from typing import Any

from guardproxy.channels import ChannelFactory, InlineThink
from guardproxy.codecs.base import RawPromptCodec
from guardproxy.codecs.openai_chat import (
    COMPLETION,
    ChatStream,
    openai_error_body,
    openai_error_event,
    sanitize_chat_completion,
)
from guardproxy.replay import Recorder

__all__ = ["Completions"]


class Completions(RawPromptCodec):
    """The `/v1/completions` codec."""

    route = "completions"

    def whole(
        self, body: bytes, channels: ChannelFactory, think: InlineThink,
        recorder: Recorder | None = None,
    ) -> bytes:
        return sanitize_chat_completion(body, channels, think, recorder, COMPLETION)

    def events(
        self, channels: ChannelFactory, think: InlineThink, recorder: Recorder | None
    ) -> ChatStream:
        return ChatStream(channels, think, recorder, COMPLETION)

    def error_body(self, status: int, message: str, kind: str) -> dict[str, Any]:
        return openai_error_body(status, message, kind)

    def error_event(self, status: int, message: str, kind: str) -> bytes:
        return openai_error_event(status, message, kind)
