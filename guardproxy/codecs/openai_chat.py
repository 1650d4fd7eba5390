"""OpenAI chat completions (`/v1/chat/completions`), streaming and not.

Every server that speaks this API puts reasoning somewhere slightly different: `reasoning_content`
(DeepSeek, SGLang, llama.cpp, vLLM <= 0.11), `reasoning` (vLLM >= 0.16, Ollama's /v1,
OpenRouter), both carrying the same text (vLLM 0.11.1-0.15), or inline `<think>` in `content`
(no reasoning parser, K2 Think). OpenRouter also repeats the reasoning in `reasoning_details`
entries (readable `text` or `summary`, or opaque encrypted `data`). Each choice gets one channel
per reasoning field and per readable `reasoning_details` entry, one for inline reasoning and one
for the answer.

Released text is written back into the event that carried it. A channel is flushed when its
reasoning ends (the answer or a tool call starts, `</think>` arrives), when the choice finishes
(into the finishing delta), and at the end of the stream (into a synthesised chunk). Events that
carry no text, or whose text comes out unchanged, are forwarded byte-identical.
"""

from __future__ import annotations

from typing import Any

import orjson

from guardproxy.codecs.base import CodecError, SSEResponseStream
from guardproxy.policy import ChannelFactory, ChannelKind, InlineThink
from guardproxy.sanitizer import Channel
from guardproxy.sse import SSEEvent, encode_event, reencode
from guardproxy.think import CLOSE, Part, ThinkSplitter

__all__ = ["ChatCompletions", "ChatStream", "openai_error_body", "sanitize_chat_completion"]

REASONING_FIELDS = ("reasoning_content", "reasoning")
# What a synthesised chunk copies from the stream's chunks; per-chunk extras such as
# `obfuscation` or `timings` describe the chunk they came in, not the new one.
ENVELOPE_KEYS = ("id", "object", "created", "model", "system_fingerprint", "service_tier")
DETAILS = "reasoning_details"
# The readable keys of a `reasoning_details` entry; any other (encrypted `data`) is opaque.
DETAIL_TEXT_KEYS = ("text", "summary")


class _Choice:
    """The channels of one choice, and how its text maps onto `delta`/`message` fields."""

    def __init__(self, new_channel: ChannelFactory, think: InlineThink) -> None:
        self._new_channel = new_channel
        self._channels: dict[str, Channel] = {}
        self._splitter = ThinkSplitter(prefilled=think.prefilled) if think.enabled else None
        self._mirrored = False  # both reasoning fields carry the same text
        self._details: dict[str, dict[str, Any]] = {}  # channel key -> its entry, without text
        self.finished = False
        self.max_held = 0

    def sanitize(self, message: dict[str, Any], *, final: bool) -> bool:
        """Rewrite ``message`` (a delta or a whole message) in place; True if it changed."""
        before = _text_fields(message)
        self._reasoning_fields(message)
        self._reasoning_details(message)
        content = message.get("content")
        if isinstance(content, str) and content:
            message["content"] = self._content(message, content)
        if message.get("tool_calls"):
            self._end_reasoning(message)
        if final:
            self._finish(message)
        return _text_fields(message) != before

    def pending(self) -> dict[str, Any]:
        """Everything still held, as a delta; the choice counts as finished afterwards."""
        delta: dict[str, Any] = {}
        self._finish(delta)
        return delta

    def _reasoning_fields(self, message: dict[str, Any]) -> None:
        texts = {f: message[f] for f in REASONING_FIELDS if isinstance(message.get(f), str)}
        if len(texts) == 2 and len(set(texts.values())) == 1:  # a mirror: one text, two fields
            released = self._feed("reasoning", "reasoning", texts["reasoning"])
            message.update(dict.fromkeys(texts, released))
            self._mirrored = True
            return
        for field, text in texts.items():
            if text:
                message[field] = self._feed(field, "reasoning", text)

    def _reasoning_details(self, message: dict[str, Any]) -> None:
        """Readable entries are reasoning too: left alone, they would leak what the reasoning
        fields redact (OpenRouter sends the same text in both)."""
        entries = message.get(DETAILS)
        if not isinstance(entries, list):
            return
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            for key in DETAIL_TEXT_KEYS:
                text = entry.get(key)
                if isinstance(text, str) and text:
                    channel = f"{DETAILS}:{entry.get('index', 0)}:{key}"
                    self._details[channel] = {k: v for k, v in entry.items() if k != key}
                    entry[key] = self._feed(channel, "reasoning", text)

    def _content(self, message: dict[str, Any], content: str) -> str:
        if self._splitter is None:
            self._end_reasoning(message)
            return self._feed("answer", "content", content)
        out: list[str] = []
        for part, text in self._splitter.feed(content):
            out.append(self._part(message, part, text))
        return "".join(out)

    def _part(self, message: dict[str, Any], part: Part, text: str) -> str:
        if part is Part.REASONING:
            return self._feed("think", "reasoning", text)
        if part is Part.TAG:
            return self._flush("think") + text if text == CLOSE else text
        self._end_reasoning(message)
        return self._feed("answer", "content", text)

    def _end_reasoning(self, message: dict[str, Any]) -> None:
        """The answer started: release what the reasoning fields still hold, before it."""
        for field in REASONING_FIELDS:
            text = self._flush(field)
            if not text:
                continue
            mirrored = field == "reasoning" and self._mirrored
            for target in REASONING_FIELDS if mirrored else (field,):
                message[target] = (message.get(target) or "") + text
        for channel, template in self._details.items():
            text = self._flush(channel)
            if text:
                _append_detail(message, template, channel.rsplit(":", 1)[1], text)

    def _finish(self, message: dict[str, Any]) -> None:
        self._end_reasoning(message)
        tail = []
        if self._splitter is not None:
            tail = [self._part(message, part, text) for part, text in self._splitter.flush()]
        tail.append(self._flush("think"))
        tail.append(self._flush("answer"))
        text = "".join(tail)
        if text:
            message["content"] = (message.get("content") or "") + text
        self.finished = True

    def _feed(self, key: str, kind: ChannelKind, text: str) -> str:
        channel = self._channels.get(key)
        if channel is None:
            channel = self._channels[key] = self._new_channel(kind)
        released = channel.feed(text)
        self.max_held = max(self.max_held, channel.held)
        return released

    def _flush(self, key: str) -> str:
        """End a channel; text for the same key later starts a fresh one."""
        channel = self._channels.pop(key, None)
        return channel.flush() if channel is not None else ""


def _append_detail(message: dict[str, Any], template: dict[str, Any], key: str, text: str) -> None:
    """Add released text to the message's entry of the same index, or to a new entry."""
    entries = message.get(DETAILS)
    if not isinstance(entries, list):
        entries = message[DETAILS] = []
    for entry in reversed(entries):
        same = isinstance(entry, dict) and entry.get("index") == template.get("index")
        if same and isinstance(entry.get(key), str):
            entry[key] += text
            return
    entries.append({**template, key: text})


def _text_fields(message: dict[str, Any]) -> tuple[object, ...]:
    """A snapshot of every text the codec may rewrite (entries are edited in place)."""
    entries = message.get(DETAILS)
    details = (
        tuple(
            tuple(e.get(k) for k in DETAIL_TEXT_KEYS) if isinstance(e, dict) else None
            for e in entries
        )
        if isinstance(entries, list)
        else entries
    )
    return (message.get("content"), message.get("reasoning"), message.get("reasoning_content"),
            details)


class ChatStream:
    """One streamed chat completion: ``feed(event) -> bytes`` and ``close() -> bytes``."""

    def __init__(self, new_channel: ChannelFactory, think: InlineThink) -> None:
        self._new_channel = new_channel
        self._think = think
        self._choices: dict[int, _Choice] = {}
        self._last: dict[str, Any] = {}  # the last chunk with choices

    @property
    def max_held(self) -> int:
        return max((c.max_held for c in self._choices.values()), default=0)

    def feed(self, event: SSEEvent) -> bytes:
        if event.data is None:
            return event.raw  # comments, keep-alives, unknown fields
        if event.is_done:
            return self.close() + event.raw
        try:
            chunk = orjson.loads(event.data)
        except orjson.JSONDecodeError:
            raise CodecError("upstream sent an event that is not JSON") from None
        if not isinstance(chunk, dict):
            raise CodecError("upstream sent an event that is not a JSON object")
        if chunk.get("error"):
            return self.close() + event.raw  # release what was scanned, then the error
        choices = chunk.get("choices")
        if not isinstance(choices, list) or not choices:
            return event.raw  # usage-only and other text-free chunks
        self._last = chunk
        changed = False
        for choice in choices:
            changed |= self._choice_delta(choice)
        if not changed:
            return event.raw
        return reencode(event, orjson.dumps(chunk).decode())

    def close(self) -> bytes:
        """Release everything still held (stream end, `[DONE]` or an upstream error)."""
        out = []
        for index, state in sorted(self._choices.items()):
            if state.finished:
                continue
            delta = state.pending()
            if delta:
                choice = {"index": index, "delta": delta, "finish_reason": None}
                envelope = {k: self._last[k] for k in ENVELOPE_KEYS if k in self._last}
                chunk = {**envelope, "choices": [choice]}
                out.append(encode_event(orjson.dumps(chunk).decode()))
        return b"".join(out)

    def _choice_delta(self, choice: object) -> bool:
        if not isinstance(choice, dict):
            raise CodecError("upstream sent a choice that is not an object")
        delta = choice.get("delta")
        if delta is None and not any(key in choice for key in ("message", "text")):
            delta = {}  # a choice with no text, e.g. content-filter results; it may still finish
        if not isinstance(delta, dict):
            raise CodecError("upstream sent a choice whose text is not in a delta object")
        index = choice.get("index", 0)
        if not isinstance(index, int):
            raise CodecError("upstream sent a choice with a non-integer index")
        state = self._choices.get(index)
        if state is None:
            state = self._choices[index] = _Choice(self._new_channel, self._think)
        changed = state.sanitize(delta, final=choice.get("finish_reason") is not None)
        if changed:
            choice["delta"] = delta
        return changed


def sanitize_chat_completion(body: bytes, new_channel: ChannelFactory, think: InlineThink) -> bytes:
    """A whole (non-streamed) chat completion: the same channels, fed once and flushed."""
    try:
        completion = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise CodecError("upstream sent a response that is not JSON") from None
    choices = completion.get("choices") if isinstance(completion, dict) else None
    if not isinstance(choices, list):
        return body
    changed = False
    for choice in choices:
        message = choice.get("message") if isinstance(choice, dict) else None
        if not isinstance(message, dict):
            raise CodecError("upstream sent a choice without a message object")
        changed |= _Choice(new_channel, think).sanitize(message, final=True)
    return orjson.dumps(completion) if changed else body


def openai_error_body(status: int, message: str, kind: str) -> dict[str, Any]:
    """The error object of OpenAI-compatible APIs (the SDK raises on a truthy `error`)."""
    return {"error": {"message": message, "type": kind, "param": None, "code": status}}


class ChatCompletions:
    """The `/v1/chat/completions` codec."""

    route = "chat_completions"

    def __init__(self, *, max_event_bytes: int = 1 << 20) -> None:
        self._max_event_bytes = max_event_bytes

    def protected_texts(self, request: Any) -> list[str]:
        """The system and developer messages (text parts of multi-part contents too)."""
        messages = request.get("messages") if isinstance(request, dict) else None
        if not isinstance(messages, list):
            return []
        texts: list[str] = []
        for message in messages:
            if isinstance(message, dict) and message.get("role") in ("system", "developer"):
                texts.extend(_message_texts(message.get("content")))
        return texts

    def whole(self, body: bytes, channels: ChannelFactory, think: InlineThink) -> bytes:
        return sanitize_chat_completion(body, channels, think)

    def stream(self, channels: ChannelFactory, think: InlineThink) -> SSEResponseStream:
        return SSEResponseStream(ChatStream(channels, think), self._max_event_bytes)

    def error_body(self, status: int, message: str, kind: str) -> dict[str, Any]:
        return openai_error_body(status, message, kind)

    def error_event(self, message: str, kind: str) -> bytes:
        # vLLM's shape: an error object, then `[DONE]` so clients stop cleanly.
        payload = orjson.dumps(openai_error_body(502, message, kind)).decode()
        return encode_event(payload) + encode_event("[DONE]")


def _message_texts(content: Any) -> list[str]:
    if isinstance(content, str):
        return [content]
    if isinstance(content, list):
        return [p["text"] for p in content
                if isinstance(p, dict) and isinstance(p.get("text"), str)]
    return []
