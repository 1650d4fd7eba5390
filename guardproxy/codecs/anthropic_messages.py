"""Anthropic Messages (`/v1/messages`), streaming and not.

A message is a list of content blocks. `thinking` blocks are reasoning (one track each),
`text` blocks the answer (inline `<think>` split out, for servers that emulate the API), tool
blocks (`tool_use`, `server_tool_use`, `mcp_tool_use`) tool calls: their `input_json_delta`
JSON streams on a `tools` track (codecs.arguments), a whole `input` object and the tool's name
are scanned as `tools`. Signatures and `redacted_thinking` pass; citations, server tool results,
`stop_sequence`, and every event type or field not in the reviewed metadata (``EVENTS``) are
scanned as answer text (codecs.walk); an `error` event is one text. An event whose data has no
`type` is typed by its `event:` name, as older SDKs type it. The SDK dispatches on the `event:`
name, so every event keeps its own; the JSON of real traffic is padded with whitespace, so
events are parsed, and re-encoded only when their text changed.

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

from guardproxy.channels import ChannelFactory, InlineThink
from guardproxy.codecs.arguments import Arguments
from guardproxy.codecs.base import (
    CodecError,
    SSECodec,
    append_text,
    json_object,
    scanned_error,
    type_of,
    typed_event,
)
from guardproxy.codecs.json_out import dumps, dumps_str
from guardproxy.codecs.openai_chat import content_texts
from guardproxy.codecs.tracks import InlineText, Texts, Track
from guardproxy.codecs.walk import META, OWN, TOOLS, ByType, Clean, Spec, scan, unique_keys, walk
from guardproxy.replay import Recorder, Slot
from guardproxy.sse import SSEEvent, reencode

__all__ = ["AnthropicMessages", "MessagesStream", "anthropic_error_body"]

REPLAY_KIND = "anthropic.thinking"
# Block kind -> (its text key in a block, the type of the delta that carries more of it, the
# text key in that delta). A tool block's input arrives as JSON text in its deltas.
BLOCKS = {
    "thinking": ("thinking", "thinking_delta", "thinking"),
    "text": ("text", "text_delta", "text"),
    "tool_use": ("input", "input_json_delta", "partial_json"),
}
TEXT_BLOCKS = ("thinking", "text")  # whose text a whole block carries as a string
TOOL_BLOCKS = frozenset({"tool_use", "server_tool_use", "mcp_tool_use"})
DELTA_BLOCKS = {delta: block for block, (_, delta, _) in BLOCKS.items()}

# The reviewed metadata of Messages events (codecs.walk): what passes unscanned. A tool
# block's `input` (an object) and name are `tools`; `citations`, `stop_sequence`, server tool
# results and every type not listed are scanned as answer text.
USAGE: dict[str, Spec] = {key: META for key in (
    "input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens",
    "service_tier")}
USAGE.update(
    server_tool_use={"web_search_requests": META, "web_fetch_requests": META},
    cache_creation={"ephemeral_5m_input_tokens": META, "ephemeral_1h_input_tokens": META})
_TOOL_BLOCK: dict[str, Spec] = {"type": META, "id": META, "name": TOOLS, "input": TOOLS,
                                "server_name": META}
BLOCK = ByType({
    "text": {"type": META, "text": OWN},
    "thinking": {"type": META, "thinking": OWN, "signature": META},
    "redacted_thinking": {"type": META, "data": META},
    **{kind: _TOOL_BLOCK for kind in TOOL_BLOCKS},
}, {"type": META, "tool_use_id": META})
DELTA = ByType({
    "text_delta": {"type": META, "text": OWN},
    "thinking_delta": {"type": META, "thinking": OWN},
    "signature_delta": {"type": META, "signature": META},
    "input_json_delta": {"type": META, "partial_json": OWN},
})
MESSAGE: dict[str, Spec] = {
    "id": META, "type": META, "role": META, "model": META, "stop_reason": META,
    "content": (BLOCK,), "usage": USAGE,
}
_TYPE: dict[str, Spec] = {"type": META}
EVENTS: dict[str, Spec] = {
    "message_start": {**_TYPE, "message": MESSAGE},
    "content_block_start": {**_TYPE, "index": META, "content_block": BLOCK},
    "content_block_delta": {**_TYPE, "index": META, "delta": DELTA},
    "content_block_stop": {**_TYPE, "index": META},
    "message_delta": {**_TYPE, "delta": {"stop_reason": META}, "usage": USAGE},
    "message_stop": _TYPE,
    "ping": _TYPE,
}


def _nothing() -> None:
    """Inside one block there is no other reasoning to end first."""


class _Block:
    """The track of one thinking block, the inline text of one text block, or the arguments
    of one tool block."""

    def __init__(self, kind: str, texts: Texts) -> None:
        self.kind = kind
        self.key, self.delta_type, self.delta_key = BLOCKS[kind]
        self._texts = texts
        self._track: Track | Arguments | None = \
            texts.reasoning() if kind == "thinking" else \
            Arguments(texts.tool()) if kind == "tool_use" else None
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
        if isinstance(self._track, Track):
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


# What a handler returns: bytes to send before the event, and whether the event changed.
Handled = tuple[bytes, bool]


class MessagesStream:
    """One streamed message: ``feed(event) -> bytes`` and ``close() -> bytes``."""

    def __init__(
        self, new_channel: ChannelFactory, think: InlineThink, recorder: Recorder | None = None
    ) -> None:
        self._texts = Texts(new_channel, think, recorder)
        self._channels = new_channel
        self._clean = Clean()
        self._blocks: dict[int, _Block] = {}  # blocks started and not stopped
        self._handlers: dict[str, Callable[[dict[str, Any]], Handled]] = {
            "message_start": self._message_start,
            "content_block_start": self._block_start,
            "content_block_delta": self._block_delta,
            "content_block_stop": self._block_stop,
            "message_delta": self._end_all,
            "message_stop": self._end_all,
        }

    @property
    def max_held(self) -> int:
        return self._texts.max_held

    def feed(self, event: SSEEvent, upcoming: SSEEvent | None = None) -> bytes:
        if event.data is None:
            return event.raw
        data = json_object(event.data, "an event", checked=False)  # checked below
        # Typed by its `event:` name when its data says nothing (older SDKs do the same).
        kind = type_of(data) or (event.event or "")
        members = _members(data, kind)
        clean = bool(members) and self._clean.seen(event.data, members, kind)
        if not clean:
            unique_keys(event.data, data)
        if kind == "error":
            before = self.close()  # release what was scanned, then the error, as one text
            error = scanned_error(data, self._channels)
            return before + (event.raw if error is None
                             else reencode(event, dumps_str(error)))
        handler = self._handlers.get(kind)
        before, changed = handler(data) if handler is not None else (b"", False)
        if not clean:
            walked = walk(data, EVENTS.get(kind, _TYPE), self._channels)
            if walked is None and members:
                self._clean.add(event.data, members, kind)
            changed |= bool(walked)
        return before + (reencode(event, dumps_str(data)) if changed else event.raw)

    def close(self) -> bytes:
        return b"".join(self._tail(index) for index in list(self._blocks))

    def _message_start(self, data: dict[str, Any]) -> Handled:
        message = data.get("message")
        content = message.get("content") if isinstance(message, dict) else None
        return b"", isinstance(content, list) and sanitize_blocks(content, self._texts)

    def _block_start(self, data: dict[str, Any]) -> Handled:
        before = self.close()  # blocks come one after another: the others have ended
        index, block = _index(data), data.get("content_block")
        kind = type_of(block)
        if kind in TOOL_BLOCKS:
            self._blocks[index] = _Block("tool_use", self._texts)  # its input streams as JSON
            return before, False
        if kind not in TEXT_BLOCKS:
            return before, False
        assert isinstance(block, dict)
        state = self._blocks[index] = _Block(kind, self._texts)
        text = block.get(state.key)
        if not isinstance(text, str) or not text:
            return before, False
        block[state.key] = state.feed(text)  # blocks start empty; servers that differ
        return before, True

    def _block_delta(self, data: dict[str, Any]) -> Handled:
        index, delta = _index(data), data.get("delta")
        kind = type_of(delta)
        state = self._blocks.get(index)
        if kind == "signature_delta" and state is not None and state.kind == "thinking":
            assert isinstance(delta, dict)
            state.signature = str(delta.get("signature") or "")
            return self._tail(index, keep=True), False  # the thinking has ended
        if kind not in DELTA_BLOCKS:
            return b"", False
        assert isinstance(delta, dict)
        before = b""
        if state is None or state.kind != DELTA_BLOCKS[kind]:  # a block that never started
            before = self._tail(index) if state is not None else b""
            state = self._blocks[index] = _Block(DELTA_BLOCKS[kind], self._texts)
        text = delta.get(state.delta_key)
        if not isinstance(text, str):
            raise CodecError(f"upstream sent a {kind} without its text")
        released = state.feed(text)
        delta[state.delta_key] = released
        return before, released != text

    def _block_stop(self, data: dict[str, Any]) -> Handled:
        index = _index(data)
        return (self._tail(index) if index in self._blocks else b""), False

    def _end_all(self, data: dict[str, Any]) -> Handled:
        return self.close(), False

    def _tail(self, index: int, *, keep: bool = False) -> bytes:
        """What block ``index`` still holds, as a synthesised delta; ``keep``: the block goes
        on (its signature follows), otherwise it is finished."""
        state = self._blocks[index] if keep else self._blocks.pop(index)
        text = state.flush() if keep else state.finish()
        if not text:
            return b""
        delta = {"type": state.delta_type, state.delta_key: text}
        return typed_event({"type": "content_block_delta", "index": index, "delta": delta})


def _members(data: dict[str, Any], kind: str) -> list[str]:
    """What changes from one text delta to the next (``Clean``): its text."""
    delta = data.get("delta") if kind == "content_block_delta" else None
    block = DELTA_BLOCKS.get(type_of(delta))
    if block is None:
        return []
    assert isinstance(delta, dict)
    key = BLOCKS[block][2]
    text = delta.get(key)
    return [Clean.member(key, text)] if isinstance(text, str) else []


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
        changed = isinstance(content, list) and \
            sanitize_blocks(content, Texts(channels, think, recorder))
        changed |= scan(message, MESSAGE, channels)  # all else, `error` bodies included
        return dumps(message) if changed else body

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
