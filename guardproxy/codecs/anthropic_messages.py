"""Anthropic Messages (`/v1/messages`), streaming and not.

A message is a list of content blocks. `thinking` blocks are reasoning (one track each),
`text` blocks the answer (inline `<think>` split out, for servers that emulate the API);
`redacted_thinking`, `tool_use`, server tool blocks and every other block pass untouched, as do
`signature_delta`, `input_json_delta`, `citations_delta`, `ping` and event types this codec does
not know. The SDK dispatches on the `event:` name, so every event keeps its own; the JSON of
real traffic is padded with whitespace, so events are parsed, and re-encoded only when their
text changed.

A block's track is flushed when its thinking ends (`signature_delta`), when the block stops,
when another block starts, and at `message_delta`, `message_stop`, `error` or the end of the
stream: released text goes out in a synthesised `content_block_delta` just before.

Replay: Anthropic verifies a thinking block sent back against its signature. When a block's
thinking came out changed, the original is recorded under the signature and the sanitized text;
a later request carrying that block gets the original thinking (and signature) back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from guardproxy.codecs.base import (
    CodecError,
    SSECodec,
    append_text,
    json_object,
    type_of,
    typed_event,
)
from guardproxy.codecs.openai_chat import content_texts
from guardproxy.codecs.tracks import InlineText, Texts, Track
from guardproxy.policy_compile import ChannelFactory
from guardproxy.policy_schema import InlineThink
from guardproxy.replay import Recorder, Slot
from guardproxy.sse import SSEEvent, reencode

__all__ = ["AnthropicMessages", "MessagesStream", "anthropic_error_body"]

REPLAY_KIND = "anthropic.thinking"
# Block type -> (its text key, the type of the delta that carries more of it).
TEXT_BLOCKS = {"thinking": ("thinking", "thinking_delta"), "text": ("text", "text_delta")}
DELTA_BLOCKS = {delta: block for block, (_, delta) in TEXT_BLOCKS.items()}


def _nothing() -> None:
    """Inside one block there is no other reasoning to end first."""


class _Block:
    """The track of one thinking block, or the inline text of one text block."""

    def __init__(self, kind: str, texts: Texts) -> None:
        self.kind = kind
        self.key, self.delta_type = TEXT_BLOCKS[kind]
        self._texts = texts
        self._track: Track | None = texts.reasoning() if kind == "thinking" else None
        self._inline: InlineText | None = texts.inline() if kind == "text" else None
        self.signature = ""

    def feed(self, text: str) -> str:
        if self._track is not None:
            return self._track.feed(text)
        assert self._inline is not None
        return self._inline.feed(text, _nothing)

    def flush(self) -> str:
        if self._track is not None:
            return self._track.flush()
        assert self._inline is not None
        return self._inline.flush(_nothing)

    def finish(self) -> str:
        """The block is complete: the rest of its text, and its original kept for replay."""
        tail = self.flush()
        if self._track is not None:
            self._texts.record(REPLAY_KIND, self._track, self.signature,
                               signature=self.signature)
        return tail


def sanitize_blocks(blocks: list[Any], texts: Texts) -> bool:
    """Whole content blocks (a response, or a `message_start`) edited in place."""
    changed = False
    for block in blocks:
        kind = type_of(block)
        if kind not in TEXT_BLOCKS:
            continue
        assert isinstance(block, dict)
        state = _Block(kind, texts)
        text = block.get(state.key)
        if not isinstance(text, str):
            raise CodecError(f"upstream sent a {kind} block without its text")
        state.signature = block.get("signature") or ""
        released = state.feed(text) + state.finish()
        if released != text:
            block[state.key] = released
            changed = True
    return changed


class MessagesStream:
    """One streamed message: ``feed(event) -> bytes`` and ``close() -> bytes``."""

    def __init__(
        self, new_channel: ChannelFactory, think: InlineThink, recorder: Recorder | None = None
    ) -> None:
        self._texts = Texts(new_channel, think, recorder)
        self._blocks: dict[int, _Block] = {}  # blocks started and not stopped
        self._handlers: dict[str, Callable[[SSEEvent, dict[str, Any]], bytes]] = {
            "message_start": self._message_start,
            "content_block_start": self._block_start,
            "content_block_delta": self._block_delta,
            "content_block_stop": self._block_stop,
            "message_delta": self._end_all,
            "message_stop": self._end_all,
            "error": self._end_all,
        }

    @property
    def max_held(self) -> int:
        return self._texts.max_held

    def feed(self, event: SSEEvent, upcoming: SSEEvent | None = None) -> bytes:
        if event.data is None:
            return event.raw
        data = json_object(event.data, "an event")
        handler = self._handlers.get(type_of(data))
        return handler(event, data) if handler is not None else event.raw  # ping, new types

    def close(self) -> bytes:
        return b"".join(self._tail(index) for index in list(self._blocks))

    def _message_start(self, event: SSEEvent, data: dict[str, Any]) -> bytes:
        message = data.get("message")
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, list) and sanitize_blocks(content, self._texts):
            return reencode(event, orjson.dumps(data).decode())
        return event.raw

    def _block_start(self, event: SSEEvent, data: dict[str, Any]) -> bytes:
        before = self.close()  # blocks come one after another: the others have ended
        index, block = _index(data), data.get("content_block")
        kind = type_of(block)
        if kind not in TEXT_BLOCKS:
            return before + event.raw
        assert isinstance(block, dict)
        state = self._blocks[index] = _Block(kind, self._texts)
        text = block.get(state.key)
        if not isinstance(text, str) or not text:
            return before + event.raw
        block[state.key] = state.feed(text)  # blocks start empty; servers that differ
        return before + reencode(event, orjson.dumps(data).decode())

    def _block_delta(self, event: SSEEvent, data: dict[str, Any]) -> bytes:
        index, delta = _index(data), data.get("delta")
        kind = type_of(delta)
        state = self._blocks.get(index)
        if kind == "signature_delta" and state is not None and state.kind == "thinking":
            assert isinstance(delta, dict)
            state.signature = str(delta.get("signature") or "")
            return self._tail(index, keep=True) + event.raw  # the thinking has ended
        if kind not in DELTA_BLOCKS:
            return event.raw
        assert isinstance(delta, dict)
        before = b""
        if state is None or state.kind != DELTA_BLOCKS[kind]:  # a block that never started
            before = self._tail(index) if state is not None else b""
            state = self._blocks[index] = _Block(DELTA_BLOCKS[kind], self._texts)
        text = delta.get(state.key)
        if not isinstance(text, str):
            raise CodecError(f"upstream sent a {kind} without its text")
        released = state.feed(text)
        if released == text:
            return before + event.raw
        delta[state.key] = released
        return before + reencode(event, orjson.dumps(data).decode())

    def _block_stop(self, event: SSEEvent, data: dict[str, Any]) -> bytes:
        index = _index(data)
        return (self._tail(index) if index in self._blocks else b"") + event.raw

    def _end_all(self, event: SSEEvent, data: dict[str, Any]) -> bytes:
        return self.close() + event.raw

    def _tail(self, index: int, *, keep: bool = False) -> bytes:
        """What block ``index`` still holds, as a synthesised delta; ``keep``: the block goes
        on (its signature follows), otherwise it is finished."""
        state = self._blocks[index] if keep else self._blocks.pop(index)
        text = state.flush() if keep else state.finish()
        if not text:
            return b""
        delta = {"type": state.delta_type, state.key: text}
        return typed_event({"type": "content_block_delta", "index": index, "delta": delta})


def _index(data: dict[str, Any]) -> int:
    index = data.get("index")
    if not isinstance(index, int):
        raise CodecError("upstream sent a content block event without an integer index")
    return index


def anthropic_error_body(status: int, message: str, kind: str) -> dict[str, Any]:
    """Anthropic's error object (the SDK picks the exception class by HTTP status)."""
    return {"type": "error", "error": {"type": kind, "message": message}}


class AnthropicMessages(SSECodec):
    """The `/v1/messages` codec."""

    route = "anthropic_messages"

    def protected_texts(self, request: Any) -> list[str]:
        """The `system` prompt: a string or a list of text blocks."""
        return content_texts(request.get("system")) if isinstance(request, dict) else []

    def inject_system(self, request: dict[str, Any], text: str) -> dict[str, Any]:
        """Appended to `system` (a new text block after the others, so a prompt cache on
        them still holds)."""
        return {**request, "system": append_text(request.get("system"), text)}

    def replay_slots(self, request: Any) -> list[Slot]:
        """The thinking blocks of assistant messages, each with its signature."""
        messages = request.get("messages") if isinstance(request, dict) else None
        slots: list[Slot] = []
        for message in messages if isinstance(messages, list) else []:
            if not isinstance(message, dict) or message.get("role") != "assistant":
                continue
            content = message.get("content")
            for block in content if isinstance(content, list) else []:
                if _is_thinking(block):
                    slots.append(Slot(REPLAY_KIND, block["thinking"],
                                      block.get("signature") or "", _restorer(block)))
        return slots

    def whole(
        self, body: bytes, channels: ChannelFactory, think: InlineThink,
        recorder: Recorder | None = None,
    ) -> bytes:
        message = json_object(body, "a response")
        content = message.get("content")
        if not isinstance(content, list):
            return body
        changed = sanitize_blocks(content, Texts(channels, think, recorder))
        return orjson.dumps(message) if changed else body

    def events(
        self, channels: ChannelFactory, think: InlineThink, recorder: Recorder | None
    ) -> MessagesStream:
        return MessagesStream(channels, think, recorder)

    def error_body(self, status: int, message: str, kind: str) -> dict[str, Any]:
        return anthropic_error_body(status, message, kind)

    def error_event(self, status: int, message: str, kind: str) -> bytes:
        # The SDK raises on an `error` event; the stream then ends, as Anthropic's does.
        return typed_event(anthropic_error_body(status, message, kind))


def _is_thinking(block: Any) -> bool:
    return (type_of(block) == "thinking" and isinstance(block.get("thinking"), str)
            and bool(block["thinking"]))


def _restorer(block: dict[str, Any]) -> Callable[[dict[str, str]], None]:
    def restore(original: dict[str, str]) -> None:
        block["thinking"] = original["text"]
        if original.get("signature"):
            block["signature"] = original["signature"]

    return restore
