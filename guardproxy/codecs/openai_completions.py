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
from guardproxy.chat_templates import prompt_system_texts
from guardproxy.codecs.base import SSECodec
from guardproxy.codecs.openai_chat import (
    COMPLETION,
    ChatStream,
    openai_error_body,
    openai_error_event,
    sanitize_chat_completion,
)
from guardproxy.replay import Recorder, Slot

__all__ = ["Completions"]


class Completions(SSECodec):
    """The `/v1/completions` codec."""

    route = "completions"

    def protected_texts(self, request: Any) -> list[str]:
        """The system sections of a prompt written in a chat template (one or a list)."""
        return prompt_system_texts(request.get("prompt") if isinstance(request, dict) else None)

    def inject_system(self, request: dict[str, Any], text: str) -> dict[str, Any]:
        """There is no system prompt to append to, and writing into a raw prompt would change
        what the model is asked: the request is returned as it is."""
        return dict(request)

    def replay_slots(self, request: Any) -> list[Slot]:
        return []

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
