"""OpenAI chat completions (`/v1/chat/completions`), streaming and not.

Every server that speaks this API puts reasoning somewhere slightly different: `reasoning_content`
(DeepSeek, SGLang, llama.cpp, vLLM <= 0.11), `reasoning` (vLLM >= 0.16, Ollama's /v1,
OpenRouter), both carrying the same text (vLLM 0.11.1-0.15), or inline `<think>` in `content`
(no reasoning parser, K2 Think). OpenRouter also repeats the reasoning in `reasoning_details`
entries (readable `text` or `summary`, or opaque encrypted `data`). Each choice gets one track
per reasoning field and per readable `reasoning_details` entry, and an inline text (reasoning
and answer) for `content`.

Released text is written back into the event that carried it; consecutive reasoning tokens
of one upstream read are scanned together and their text goes out in the last of them (the
others carry an empty delta, and all leave in one write). A track is flushed when its
reasoning ends (the answer or a tool call starts, `</think>` arrives), when the choice finishes
(into the finishing delta), and at the end of the stream (into a synthesised chunk). Events that
carry no text, or whose text comes out unchanged, are forwarded byte-identical.

Tool calls (`tool_calls[].function`, legacy `function_call`) are the model's text too: their
arguments stream on a `tools` track per call (codecs.arguments: each JSON string scanned, the
JSON kept valid), flushed when the choice finishes; their names, and every other string of a
chunk that is not in the reviewed metadata of ``CHUNK`` (`refusal`, `audio`, annotations,
`content` as a list of parts, a `message` beside the `delta`, `stop_reason`, extra keys on a
usage chunk...), are scanned by codecs.walk. A chunk with an `error` is one text, choices and
all, scanned after what the stream held is released.

Legacy completions (openai_completions.py) have the same choices with the text in the choice
itself: ``ChoiceShape`` says where a choice keeps its text, and what else it may carry.

Replay: when a choice's reasoning came out changed, its original is recorded; an assistant
message sent back with that sanitized `reasoning_content`/`reasoning` (or entry) gets it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from guardproxy.channels import ChannelFactory, InlineThink
from guardproxy.codecs.arguments import Arguments
from guardproxy.codecs.base import (
    CodecError,
    SSECodec,
    append_text,
    json_object,
    scanned_error,
)
from guardproxy.codecs.json_out import dumps, dumps_str
from guardproxy.codecs.tracks import Texts, Track
from guardproxy.codecs.walk import (
    META,
    OWN,
    TOOLS,
    Clean,
    Spec,
    metadata,
    scan,
    unique_keys,
    walk,
)
from guardproxy.replay import Recorder, Slot
from guardproxy.sse import SSEEvent, encode_event, reencode

__all__ = [
    "CHAT_DELTA",
    "CHAT_MESSAGE",
    "COMPLETION",
    "ChatCompletions",
    "ChatStream",
    "ChoiceShape",
    "content_texts",
    "inject_into_messages",
    "openai_error_body",
    "openai_error_event",
    "sanitize_chat_completion",
]

REASONING_FIELDS = ("reasoning_content", "reasoning")
# What a synthesised chunk copies from the stream's chunks; per-chunk extras such as
# `obfuscation` or `timings` describe the chunk they came in, not the new one.
ENVELOPE_KEYS = ("id", "object", "created", "model", "system_fingerprint", "service_tier")
DETAILS = "reasoning_details"
# The readable keys of a `reasoning_details` entry; any other (encrypted `data`) is opaque.
DETAIL_TEXT_KEYS = ("text", "summary")
DETAIL_TEMPLATE = ("type", "format", "index", "id")  # what a synthesised entry copies
REPLAY_REASONING = "chat.reasoning"  # replay kind of both reasoning fields (mirrors share it)


# The reviewed metadata of chat and completions bodies (codecs.walk): what passes unscanned.
_COUNTS: dict[str, Spec] = {key: META for key in (
    "prompt_tokens", "completion_tokens", "total_tokens", "cached_tokens", "reasoning_tokens",
    "audio_tokens", "accepted_prediction_tokens", "rejected_prediction_tokens", "text_tokens",
    "image_tokens")}
USAGE: dict[str, Spec] = {**_COUNTS, "prompt_tokens_details": _COUNTS,
                          "completion_tokens_details": _COUNTS}
TIMINGS: dict[str, Spec] = {key: META for key in (  # llama.cpp
    "prompt_n", "prompt_ms", "prompt_per_token_ms", "prompt_per_second", "predicted_n",
    "predicted_ms", "predicted_per_token_ms", "predicted_per_second", "cache_n")}
ENVELOPE: dict[str, Spec] = {
    "id": META, "object": META, "created": META, "model": META, "system_fingerprint": META,
    "service_tier": META, "obfuscation": META, "usage": USAGE, "timings": TIMINGS,
}
FUNCTION: dict[str, Spec] = {"name": TOOLS, "arguments": OWN}
TOOL_CALL: dict[str, Spec] = {"index": META, "id": META, "type": META, "function": FUNCTION}
DETAIL: dict[str, Spec] = {
    "type": META, "text": OWN, "summary": OWN, "data": META, "format": META, "index": META,
    "id": META, "signature": META,
}
MESSAGE: dict[str, Spec] = {
    "role": META, "content": OWN, "reasoning_content": OWN, "reasoning": OWN,
    "reasoning_details": (DETAIL,), "tool_calls": (TOOL_CALL,), "function_call": FUNCTION,
}
_CHOICE: dict[str, Spec] = {"index": META, "finish_reason": META, "native_finish_reason": META}


@dataclass(frozen=True, slots=True)
class ChoiceShape:
    """Where a choice keeps its text: ``holder`` is its key in the choice (None: the choice
    itself), ``text`` the key of the answer text in the holder; ``spec`` is the map of a
    whole event or body of this shape (codecs.walk)."""

    holder: str | None
    text: str
    spec: Spec
    texts: tuple[str, ...]  # the holder's streamed text fields

    def synthesised(self, index: int, fields: dict[str, Any]) -> dict[str, Any]:
        """A choice that carries ``fields`` at the end of a stream."""
        if self.holder is None:
            return {"index": index, **fields, "logprobs": None, "finish_reason": None}
        return {"index": index, self.holder: fields, "finish_reason": None}


_TEXTS = ("content", "reasoning_content", "reasoning")
CHAT_DELTA = ChoiceShape("delta", "content",
                         {**ENVELOPE, "choices": ({**_CHOICE, "delta": MESSAGE},)}, _TEXTS)
CHAT_MESSAGE = ChoiceShape("message", "content",
                           {**ENVELOPE, "choices": ({**_CHOICE, "message": MESSAGE},)}, _TEXTS)
COMPLETION = ChoiceShape(None, "text", {**ENVELOPE, "choices": ({**_CHOICE, "text": OWN},)},
                         ("text",))


class _Choice:
    """The tracks of one choice, and how its text maps onto `delta`/`message` fields."""

    def __init__(self, texts: Texts, text_key: str) -> None:
        self._texts = texts
        self._text_key = text_key
        self._fields: dict[str, Track] = {}  # reasoning field ("reasoning" for a mirror)
        self._mirrored = False  # both reasoning fields carry the same text
        self._details: dict[str, tuple[Track, dict[str, Any]]] = {}  # "index:key" -> template
        self._calls: dict[object, Arguments] = {}  # a tool call's index ("legacy": function_call)
        self._inline = texts.inline()
        self.finished = False

    def sanitize(
        self, message: dict[str, Any], *, final: bool, deferred: str | None = None
    ) -> bool:
        """Rewrite ``message`` (a delta or a whole message) in place; True if it changed.
        ``deferred`` names a reasoning field whose text waits for the upcoming event's."""
        if deferred is not None:
            self._field(deferred).defer(message[deferred])
            message[deferred] = ""
            return True
        before = self._snapshot(message)
        # The reasoning fields as they came, for a `reasoning_details` entry repeating them.
        fields = tuple(message.get(f) for f in REASONING_FIELDS) if DETAILS in message else ()
        self._reasoning_fields(message)
        self._reasoning_details(message, fields)
        content = message.get(self._text_key)
        if isinstance(content, str) and content:
            on_answer = partial(self._end_reasoning, message)
            message[self._text_key] = self._inline.feed(content, on_answer)
        changed = self._tool_calls(message)
        if final:
            self._finish(message)
        return changed or self._snapshot(message) != before

    def pending(self) -> dict[str, Any]:
        """Everything still held, as a delta; the choice counts as finished afterwards."""
        delta: dict[str, Any] = {}
        self._finish(delta)
        return delta

    def _reasoning_fields(self, message: dict[str, Any]) -> None:
        content, reasoning = message.get("reasoning_content"), message.get("reasoning")
        if isinstance(reasoning, str) and content == reasoning:  # a mirror: one text, two fields
            message["reasoning_content"] = message["reasoning"] = \
                self._field("reasoning").feed(reasoning)
            self._mirrored = True
            return
        for field, text in (("reasoning_content", content), ("reasoning", reasoning)):
            if isinstance(text, str) and text:
                message[field] = self._field(field).feed(text)

    def _reasoning_details(self, message: dict[str, Any], fields: tuple[Any, ...]) -> None:
        """Readable entries are reasoning too: left alone, they would leak what the reasoning
        fields redact. OpenRouter sends the same text in both (``fields``: the reasoning
        fields' texts as they came): such an entry's track is a copy."""
        entries = message.get(DETAILS)
        if not isinstance(entries, list):
            return
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            for key in DETAIL_TEXT_KEYS:
                text = entry.get(key)
                if not isinstance(text, str):
                    continue
                name = f"{entry.get('index', 0)}:{key}"
                if text:
                    track = self._details[name][0] if name in self._details \
                        else self._texts.reasoning(copy=text in fields)
                    self._details[name] = (track, metadata(entry, DETAIL_TEMPLATE))
                    entry[key] = track.feed(text)
                if entry.get("signature") and name in self._details:
                    # A signature closes its block (Anthropic's, through OpenRouter): the
                    # block's text ends here, before it.
                    entry[key] += self._details[name][0].flush()

    def _tool_calls(self, message: dict[str, Any]) -> bool:
        """Each call's arguments through its own tracks (reasoning ends first); True if any
        came out changed."""
        calls, legacy = message.get("tool_calls"), message.get("function_call")
        if not calls and not legacy:
            return False
        self._end_reasoning(message)
        changed = False
        for position, call in enumerate(calls if isinstance(calls, list) else []):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict):
                index = call.get("index", position)
                changed |= self._arguments(function, index if isinstance(index, int)
                                           else position)
        if isinstance(legacy, dict):
            changed |= self._arguments(legacy, "legacy")
        return changed

    def _arguments(self, function: dict[str, Any], call: object) -> bool:
        text = function.get("arguments")
        if not isinstance(text, str) or not text:
            return False
        arguments = self._calls.get(call)
        if arguments is None:
            arguments = self._calls[call] = Arguments(self._texts.tool())
        function["arguments"] = released = arguments.feed(text)
        return released != text

    def _field(self, field: str) -> Track:
        track = self._fields.get(field)
        if track is None:
            track = self._fields[field] = self._texts.reasoning()
        return track

    def _end_reasoning(self, message: dict[str, Any]) -> None:
        """The answer started: release what the reasoning fields still hold, before it."""
        for field, track in self._fields.items():
            text = track.flush()
            if not text:
                continue
            mirrored = field == "reasoning" and self._mirrored
            for target in REASONING_FIELDS if mirrored else (field,):
                message[target] = (message.get(target) or "") + text
        for name, (track, template) in self._details.items():
            text = track.flush()
            if text:
                _append_detail(message, template, name.rsplit(":", 1)[1], text)

    def _finish(self, message: dict[str, Any]) -> None:
        self._end_reasoning(message)
        text = self._inline.flush(partial(self._end_reasoning, message))
        if text:
            message[self._text_key] = (message.get(self._text_key) or "") + text
        for call, arguments in self._calls.items():
            if tail := arguments.flush():
                _append_arguments(message, call, tail)
        for track in self._fields.values():
            self._texts.record(REPLAY_REASONING, track)
        for name, (track, _) in self._details.items():
            index, key = name.rsplit(":", 1)
            self._texts.record(f"chat.{DETAILS}.{key}", track, tag=index)
        self.finished = True

    def _snapshot(self, message: dict[str, Any]) -> tuple[object, ...]:
        """Every text the codec may rewrite (entries are edited in place)."""
        entries = message.get(DETAILS)
        details = (
            tuple(
                tuple(e.get(k) for k in DETAIL_TEXT_KEYS) if isinstance(e, dict) else None
                for e in entries
            )
            if isinstance(entries, list)
            else entries
        )
        return (message.get(self._text_key), message.get("reasoning"),
                message.get("reasoning_content"), details)


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


def _append_arguments(message: dict[str, Any], call: object, tail: str) -> None:
    """Add a call's held tail to the message's entry for it, or to a new one."""
    if call == "legacy":
        function = message.setdefault("function_call", {})
        function["arguments"] = (function.get("arguments") or "") + tail
        return
    calls = message.get("tool_calls")
    if not isinstance(calls, list):
        calls = message["tool_calls"] = []
    for position, entry in enumerate(calls):
        function = entry.get("function") if isinstance(entry, dict) else None
        if isinstance(function, dict) and entry.get("index", position) == call:
            function["arguments"] = (function.get("arguments") or "") + tail
            return
    calls.append({"index": call, "function": {"arguments": tail}})


class ChatStream:
    """One streamed chat completion: ``feed(event) -> bytes`` and ``close() -> bytes``."""

    def __init__(
        self, new_channel: ChannelFactory, think: InlineThink, recorder: Recorder | None = None,
        shape: ChoiceShape = CHAT_DELTA,
    ) -> None:
        self._texts = Texts(new_channel, think, recorder)
        self._channels = new_channel
        self._shape = shape
        self._clean = Clean()
        self._choices: dict[int, _Choice] = {}
        self._last: dict[str, Any] = {}  # the last chunk with choices
        # The upcoming event, parsed, and its ``_plain_reasoning``: worked out once, for the
        # event before it, and used again when it is fed itself.
        self._upcoming: tuple[SSEEvent, dict[str, Any], tuple[int, str] | None] | None = None

    @property
    def max_held(self) -> int:
        return self._texts.max_held

    def feed(self, event: SSEEvent, upcoming: SSEEvent | None = None) -> bytes:
        if event.data is None:
            return event.raw  # comments, keep-alives, unknown fields
        if event.is_done:
            return self.close() + event.raw
        chunk, plain = self._parse(event, upcoming is not None)
        # The usual token event is the last one again with another token: nothing to walk.
        text = _single_text(chunk, self._shape)
        members = [Clean.member(*text)] if text is not None else []
        clean = bool(members) and self._clean.seen(event.data, members)
        if not clean:
            unique_keys(event.data, chunk)
        if chunk.get("error"):
            # Release what was scanned, then the error: one text, its choices too.
            before = self.close()
            error = scanned_error(chunk, self._channels)
            return before + (event.raw if error is None
                             else reencode(event, dumps_str(error)))
        choices = chunk.get("choices")
        changed = False
        if isinstance(choices, list) and choices:
            self._last = chunk
            # A reasoning token the upcoming event of the same read continues waits for it:
            # one scan for both (the most common case: one token per event, several a read).
            deferred = plain if plain is not None and plain == self._peek(upcoming) else None
            for choice in choices:
                changed |= self._choice(choice, deferred)
        if not clean:
            walked = walk(chunk, self._shape.spec, self._channels)
            if walked is None and members:
                self._clean.add(event.data, members)
            changed |= bool(walked)
        if not changed:
            return event.raw
        return reencode(event, dumps_str(chunk))

    def _parse(
        self, event: SSEEvent, plain: bool
    ) -> tuple[dict[str, Any], tuple[int, str] | None]:
        """The event's chunk, and its ``_plain_reasoning`` when ``plain`` asks for it."""
        if self._upcoming is not None and self._upcoming[0] is event:
            return self._upcoming[1], self._upcoming[2]
        assert event.data is not None
        chunk = json_object(event.data, "an event", checked=False)  # checked in ``feed``
        return chunk, _plain_reasoning(chunk) if plain else None

    def _peek(self, upcoming: SSEEvent | None) -> tuple[int, str] | None:
        """``_plain_reasoning`` of the upcoming event; None for one that is not JSON (its own
        feed reports that)."""
        if upcoming is None or upcoming.data is None or upcoming.is_done:
            return None
        try:
            chunk = json_object(upcoming.data, "an event", checked=False)
        except CodecError:
            return None
        self._upcoming = (upcoming, chunk, _plain_reasoning(chunk))
        return self._upcoming[2]

    def close(self) -> bytes:
        """Release everything still held (stream end, `[DONE]` or an upstream error)."""
        out = []
        for index, state in sorted(self._choices.items()):
            if state.finished:
                continue
            fields = state.pending()
            if fields:
                envelope = {k: self._last[k] for k in ENVELOPE_KEYS if k in self._last}
                chunk = {**envelope, "choices": [self._shape.synthesised(index, fields)]}
                out.append(encode_event(dumps_str(chunk)))
        return b"".join(out)

    def _choice(self, choice: object, deferred: tuple[int, str] | None = None) -> bool:
        if not isinstance(choice, dict):
            raise CodecError("upstream sent a choice that is not an object")
        holder = _holder(choice, self._shape)
        index = choice.get("index", 0)
        if not isinstance(index, int):
            raise CodecError("upstream sent a choice with a non-integer index")
        state = self._choices.get(index)
        if state is None:
            state = self._choices[index] = _Choice(self._texts, self._shape.text)
        field = deferred[1] if deferred is not None and deferred[0] == index else None
        changed = state.sanitize(holder, final=choice.get("finish_reason") is not None,
                                 deferred=field)
        if changed and self._shape.holder is not None:
            choice[self._shape.holder] = holder
        return changed


def _single_text(chunk: dict[str, Any], shape: ChoiceShape) -> tuple[str, str | int] | None:
    """(field, text) when a chunk has one choice and it carries one text, as token events do."""
    choices = chunk.get("choices")
    if type(choices) is not list or len(choices) != 1:
        return None
    choice = choices[0]
    holder = choice.get(shape.holder) if type(choice) is dict and shape.holder else choice
    if type(holder) is not dict:
        return None
    found: tuple[str, str | int] | None = None
    for field in shape.texts:
        text = holder.get(field)
        if text and type(text) is str:
            if found is not None:
                return None
            found = (field, text)
    return found


def _plain_reasoning(chunk: dict[str, Any]) -> tuple[int, str] | None:
    """(choice index, field) when a chunk is one choice's reasoning token and nothing else
    that the codec reads: no answer text, tool call, reasoning details or finish."""
    choices = chunk.get("choices")
    if not isinstance(choices, list) or len(choices) != 1 or not isinstance(choices[0], dict):
        return None
    choice = choices[0]
    delta, index = choice.get("delta"), choice.get("index", 0)
    if not isinstance(delta, dict) or not isinstance(index, int) or choice.get("finish_reason"):
        return None
    fields = [f for f in REASONING_FIELDS if delta.get(f) is not None]
    if len(fields) != 1 or not isinstance(delta[fields[0]], str) or not delta[fields[0]]:
        return None
    if delta.get("content") or delta.get("tool_calls") or delta.get(DETAILS):
        return None
    return index, fields[0]


def _holder(choice: dict[str, Any], shape: ChoiceShape) -> dict[str, Any]:
    """The dict of a streamed choice that holds its text."""
    if shape.holder is None:
        if not isinstance(choice.get(shape.text, ""), str | None):
            raise CodecError("upstream sent a choice whose text is not a string")
        return choice
    holder = choice.get(shape.holder)
    if holder is None and not any(key in choice for key in ("message", "text")):
        holder = {}  # a choice with no text, e.g. content-filter results; it may still finish
    if not isinstance(holder, dict):
        raise CodecError("upstream sent a choice whose text is not in a delta object")
    return holder


def sanitize_chat_completion(
    body: bytes, new_channel: ChannelFactory, think: InlineThink,
    recorder: Recorder | None = None, shape: ChoiceShape = CHAT_MESSAGE,
) -> bytes:
    """A whole (non-streamed) completion: the same tracks, fed once and flushed."""
    completion = json_object(body, "a response")
    choices = completion.get("choices")
    texts = Texts(new_channel, think, recorder)
    changed = False
    for choice in choices if isinstance(choices, list) else []:
        holder = choice.get(shape.holder) if shape.holder and isinstance(choice, dict) \
            else choice
        if not isinstance(holder, dict):
            raise CodecError("upstream sent a choice without a message object")
        changed |= _Choice(texts, shape.text).sanitize(holder, final=True)
    changed |= scan(completion, shape.spec, new_channel)  # all else, `error` bodies included
    return dumps(completion) if changed else body


def openai_error_body(status: int, message: str, kind: str) -> dict[str, Any]:
    """The error object of OpenAI-compatible APIs (the SDK raises on a truthy `error`)."""
    return {"error": {"message": message, "type": kind, "param": None, "code": status}}


def openai_error_event(status: int, message: str, kind: str) -> bytes:
    # vLLM's shape: an error object, then `[DONE]` so clients stop cleanly.
    payload = dumps_str(openai_error_body(status, message, kind))
    return encode_event(payload) + encode_event("[DONE]")


class ChatCompletions(SSECodec):
    """The `/v1/chat/completions` codec."""

    route = "chat_completions"

    def protected_texts(self, request: Any) -> list[str]:
        """The system and developer messages (text parts of multi-part contents too)."""
        texts: list[str] = []
        for message in _messages(request):
            if message.get("role") in ("system", "developer"):
                texts.extend(content_texts(message.get("content")))
        return texts

    def inject_system(self, request: dict[str, Any], text: str) -> dict[str, Any]:
        """Appended to the first system/developer message, or as a new first system message.
        (With none, a chat template may have used a default prompt that this one replaces.)"""
        return inject_into_messages(request, text)

    def replay_slots(self, request: Any) -> list[Slot]:
        """Assistant messages' reasoning fields and readable `reasoning_details` entries."""
        slots: list[Slot] = []
        for message in _messages(request):
            if message.get("role") == "assistant":
                slots.extend(chat_replay_slots(message))
        return slots

    def whole(
        self, body: bytes, channels: ChannelFactory, think: InlineThink,
        recorder: Recorder | None = None,
    ) -> bytes:
        return sanitize_chat_completion(body, channels, think, recorder)

    def events(
        self, channels: ChannelFactory, think: InlineThink, recorder: Recorder | None
    ) -> ChatStream:
        return ChatStream(channels, think, recorder)

    def error_body(self, status: int, message: str, kind: str) -> dict[str, Any]:
        return openai_error_body(status, message, kind)

    def error_event(self, status: int, message: str, kind: str) -> bytes:
        return openai_error_event(status, message, kind)


def inject_into_messages(
    request: dict[str, Any], text: str, roles: tuple[str, ...] = ("system", "developer")
) -> dict[str, Any]:
    """``text`` appended to the first message of one of ``roles``, or as a new system message
    first; the request itself is not edited."""
    raw = request.get("messages")
    messages = list(raw) if isinstance(raw, list) else []
    for i, message in enumerate(messages):
        if isinstance(message, dict) and message.get("role") in roles:
            messages[i] = {**message, "content": append_text(message.get("content"), text)}
            return {**request, "messages": messages}
    return {**request, "messages": [{"role": "system", "content": text}, *messages]}


def chat_replay_slots(message: dict[str, Any]) -> list[Slot]:
    """The reasoning an assistant message sends back, as recorded by ``_Choice``."""
    slots = [
        Slot(REPLAY_REASONING, text, "", _setter(message, field))
        for field in REASONING_FIELDS
        if isinstance(text := message.get(field), str) and text
    ]
    entries = message.get(DETAILS)
    for entry in entries if isinstance(entries, list) else []:
        for key in DETAIL_TEXT_KEYS if isinstance(entry, dict) else ():
            if isinstance(text := entry.get(key), str) and text:
                tag = str(entry.get("index", 0))
                slots.append(Slot(f"chat.{DETAILS}.{key}", text, tag, _setter(entry, key)))
    return slots


def _setter(target: dict[str, Any], key: str) -> Callable[[dict[str, str]], None]:
    def restore(original: dict[str, str]) -> None:
        target[key] = original["text"]

    return restore


def _messages(request: Any) -> list[dict[str, Any]]:
    messages = request.get("messages") if isinstance(request, dict) else None
    return [m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else []


def content_texts(content: Any) -> list[str]:
    """The texts of a message content: a string, or the `text` of each part."""
    if isinstance(content, str):
        return [content]
    if isinstance(content, list):
        return [p["text"] for p in content
                if isinstance(p, dict) and isinstance(p.get("text"), str)]
    return []
