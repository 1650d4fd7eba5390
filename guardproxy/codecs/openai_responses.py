"""OpenAI Responses (`/v1/responses`), streaming and not.

A response is a list of output items; the texts are parts of them: a reasoning item's `summary`
parts (`summary_text`, OpenAI) and `content` parts (`reasoning_text`, gpt-oss on vLLM), a
message item's `output_text` and `refusal` parts. Each part is one track, fed by its deltas.

The same text then comes back whole, several times: in `*.done`, in `*_part.done`, in
`response.output_item.done` and in `response.completed` (and any other `response.*` event that
carries the response). Every copy is replaced by what the client received through the deltas,
so the client never sees the original in an aggregate and the copies agree; a part that had no
deltas is sanitized once, the first time it appears, and every later copy gets that result.

Tool calls are texts of the same kind, on `tools` tracks: a `function_call`'s or `mcp_call`'s
`arguments` (JSON, each string scanned: codecs.arguments), a `custom_tool_call`'s `input` and a
`code_interpreter_call`'s `code`, with their deltas, `.done` events and item copies made to
agree the same way; their names are scanned as `tools` too.

Flushes: a part ends at its `*.done`, its part's or item's `.done`, or the end of the response;
reasoning ends when answer text or a tool call starts. Held text goes out in a synthesised
delta just before the event that ended it, with that event's `sequence_number` (renumbering
every later event would cost the byte-identical forwarding of all of them). Every other string
of every event, of any type, known or not, is scanned as answer text unless it is in the
reviewed metadata of ``EVENT`` (codecs.walk): `encrypted_content`, ids, statuses pass;
annotations, MCP and code-interpreter outputs are scanned; the `instructions` a response echoes
(the client's own, with any canary the proxy added) are withheld as null. An `error` event is
one text.

Replay: reasoning parts whose text came out changed are recorded; a reasoning item sent back in
`input` with the sanitized texts gets the originals (vLLM rebuilds gpt-oss's analysis channel
from them).
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
from guardproxy.codecs.openai_chat import USAGE, content_texts, openai_error_body
from guardproxy.codecs.tracks import InlineText, Texts, Track
from guardproxy.codecs.walk import (
    ECHO,
    META,
    OWN,
    TOOLS,
    ByType,
    Clean,
    Spec,
    metadata,
    scan,
    unique_keys,
    walk,
)
from guardproxy.replay import Recorder, Slot
from guardproxy.sse import SSEEvent, reencode

__all__ = ["Responses", "ResponsesStream"]

Loc = tuple[str, str, int]  # (item, "summary" or "content", part index)

REASONING, ANSWER, REFUSAL = "reasoning", "answer", "refusal"
ARGUMENTS, TOOL_TEXT = "arguments", "tool_text"  # a tool call's JSON arguments, its free text
# Part type -> (what its text is, the key of its text).
PART_TYPES = {
    "summary_text": (REASONING, "text"),
    "reasoning_text": (REASONING, "text"),
    "output_text": (ANSWER, "text"),
    "refusal": (REFUSAL, "refusal"),
}
# Text events -> (field of the item, key of the part index, what the text is, its text key).
DELTAS: dict[str, tuple[str, str | None, str, str]] = {
    "response.reasoning_summary_text.delta": ("summary", "summary_index", REASONING, "delta"),
    "response.reasoning_text.delta": ("content", "content_index", REASONING, "delta"),
    "response.output_text.delta": ("content", "content_index", ANSWER, "delta"),
    "response.refusal.delta": ("content", "content_index", REFUSAL, "delta"),
    "response.function_call_arguments.delta": ("arguments", None, ARGUMENTS, "delta"),
    "response.mcp_call_arguments.delta": ("arguments", None, ARGUMENTS, "delta"),
    "response.custom_tool_call_input.delta": ("input", None, TOOL_TEXT, "delta"),
    "response.code_interpreter_call_code.delta": ("code", None, TOOL_TEXT, "delta"),
}
DONES: dict[str, tuple[str, str | None, str, str]] = {
    "response.reasoning_summary_text.done": ("summary", "summary_index", REASONING, "text"),
    "response.reasoning_text.done": ("content", "content_index", REASONING, "text"),
    "response.output_text.done": ("content", "content_index", ANSWER, "text"),
    "response.refusal.done": ("content", "content_index", REFUSAL, "refusal"),
    "response.function_call_arguments.done": ("arguments", None, ARGUMENTS, "arguments"),
    "response.mcp_call_arguments.done": ("arguments", None, ARGUMENTS, "arguments"),
    "response.custom_tool_call_input.done": ("input", None, TOOL_TEXT, "input"),
    "response.code_interpreter_call_code.done": ("code", None, TOOL_TEXT, "code"),
}
# Item type -> its tool-call text: (the key, what the text is).
ITEM_TEXTS = {
    "function_call": ("arguments", ARGUMENTS),
    "mcp_call": ("arguments", ARGUMENTS),
    "custom_tool_call": ("input", TOOL_TEXT),
    "code_interpreter_call": ("code", TOOL_TEXT),
}
PART_EVENTS = {
    "response.reasoning_summary_part.added": ("summary", "summary_index"),
    "response.reasoning_summary_part.done": ("summary", "summary_index"),
    "response.content_part.added": ("content", "content_index"),
    "response.content_part.done": ("content", "content_index"),
}
ITEM_EVENTS = frozenset({"response.output_item.added", "response.output_item.done"})
TERMINAL = frozenset({"response.completed", "response.incomplete", "response.failed"})
RESPONSE_EVENTS = TERMINAL | {"response.created", "response.in_progress", "response.queued"}
ITEM_FIELDS = {"reasoning": ("summary", "content"), "message": ("content",)}
REPLAY_KINDS = {"summary": "responses.summary", "content": "responses.reasoning_text"}

# The reviewed metadata of Responses events (codecs.walk): what passes unscanned. Texts the
# codec streams are OWN in the item and part types it settles, and nowhere else.
_IDS: dict[str, Spec] = {"type": META, "id": META, "status": META}
PART = ByType({
    "output_text": {"type": META, "text": OWN},
    "summary_text": {"type": META, "text": OWN},
    "reasoning_text": {"type": META, "text": OWN},
    "refusal": {"type": META, "refusal": OWN},
})
ITEM = ByType({
    "message": {**_IDS, "role": META, "content": (PART,)},
    "reasoning": {**_IDS, "summary": (PART,), "content": (PART,), "encrypted_content": META},
    "function_call": {**_IDS, "call_id": META, "name": TOOLS, "arguments": OWN},
    "custom_tool_call": {**_IDS, "call_id": META, "name": TOOLS, "input": OWN},
    "mcp_call": {**_IDS, "server_label": META, "approval_request_id": META, "name": TOOLS,
                 "arguments": OWN},
    "code_interpreter_call": {**_IDS, "container_id": META, "code": OWN},
}, _IDS)
RESPONSE: dict[str, Spec] = {
    **_IDS, "object": META, "created_at": META, "completed_at": META, "model": META,
    "instructions": ECHO, "output": (ITEM,), "output_text": OWN, "usage": {
        **USAGE, "input_tokens": META, "output_tokens": META,
        "input_tokens_details": USAGE, "output_tokens_details": USAGE},
    "incomplete_details": {"reason": META}, "previous_response_id": META,
    "parallel_tool_calls": META, "store": META, "background": META, "temperature": META,
    "top_p": META, "max_output_tokens": META, "max_tool_calls": META, "service_tier": META,
    "truncation": META, "tool_choice": META, "prompt_cache_key": META, "top_logprobs": META,
    "reasoning": {"effort": META, "summary": META},
    "text": {"format": {"type": META}, "verbosity": META},
}
_EVENT: dict[str, Spec] = {
    "type": META, "sequence_number": META, "item_id": META, "output_index": META,
    "content_index": META, "summary_index": META, "obfuscation": META,
}
EVENT = ByType({
    **{kind: {**_EVENT, key: OWN} for kind, (*_, key) in DELTAS.items()},
    **{kind: {**_EVENT, key: OWN} for kind, (*_, key) in DONES.items()},
    **{kind: {**_EVENT, "part": PART} for kind in PART_EVENTS},
    **{kind: {**_EVENT, "item": ITEM} for kind in ITEM_EVENTS},
    **{kind: {**_EVENT, "response": RESPONSE} for kind in RESPONSE_EVENTS},
}, _EVENT)


class _Part:
    """One text part: its track (reasoning, refusal) or inline text (answer), and everything
    released for it so far, which is what every aggregate copy of it becomes."""

    def __init__(self, kind: str, texts: Texts) -> None:
        self.kind = kind
        self.track: Track | Arguments | None = \
            texts.reasoning() if kind == REASONING else texts.answer() if kind == REFUSAL \
            else texts.tool() if kind == TOOL_TEXT \
            else Arguments(texts.tool()) if kind == ARGUMENTS else None
        self._inline: InlineText | None = texts.inline() if kind == ANSWER else None
        self.sent: list[str] = []
        self.template: dict[str, Any] | None = None  # a delta's fields, for synthesised ones

    @property
    def text(self) -> str:
        return "".join(self.sent)

    def feed(self, text: str, on_answer: Callable[[], None]) -> str:
        out = self.track.feed(text) if self.track is not None \
            else self._inline_text().feed(text, on_answer)
        if out:
            self.sent.append(out)
        return out

    def flush(self, on_answer: Callable[[], None]) -> str:
        """Called for every open reasoning part on each answer delta: mostly nothing to do."""
        out = self.track.flush() if self.track is not None \
            else self._inline_text().flush(on_answer)
        if out:
            self.sent.append(out)
        return out

    def _inline_text(self) -> InlineText:
        assert self._inline is not None
        return self._inline


class ResponsesStream:
    """One streamed response: ``feed(event) -> bytes`` and ``close() -> bytes``."""

    def __init__(
        self, new_channel: ChannelFactory, think: InlineThink, recorder: Recorder | None = None
    ) -> None:
        self._texts = Texts(new_channel, think, recorder)
        self._channels = new_channel
        self._clean = Clean()
        self._parts: dict[Loc, _Part] = {}
        self._sequence: Any = None  # the last event's sequence_number
        self._pending: list[bytes] = []  # synthesised deltas that go before the current event

    @property
    def max_held(self) -> int:
        return self._texts.max_held

    def feed(self, event: SSEEvent, upcoming: SSEEvent | None = None) -> bytes:
        if event.data is None:
            return event.raw
        data = json_object(event.data, "an event", checked=False)  # checked below
        kind = type_of(data)
        members = _members(data, kind)
        clean = bool(members) and self._clean.seen(event.data, members, kind)
        if not clean:
            unique_keys(event.data, data)
        self._sequence = data.get("sequence_number", self._sequence)
        changed = False
        if kind == "error":
            self._end(self._parts)
            error = scanned_error(data, self._channels)
            before, self._pending = b"".join(self._pending), []
            return before + (event.raw if error is None
                             else reencode(event, dumps_str(error)))
        if kind in DELTAS:
            changed = self._delta(data, *DELTAS[kind])
        elif kind in DONES:
            changed = self._done(data, *DONES[kind])
        elif kind in PART_EVENTS:
            changed = self._part_event(data, *PART_EVENTS[kind])
        elif kind in ITEM_EVENTS:
            changed = self._item_event(data, kind == "response.output_item.done")
        elif kind in RESPONSE_EVENTS:
            changed = self._response_event(data, kind in TERMINAL)
        if not clean:
            walked = walk(data, EVENT, self._channels)
            if walked is None and members:
                self._clean.add(event.data, members, kind)
            changed |= bool(walked)
        before, self._pending = b"".join(self._pending), []
        return before + (reencode(event, dumps_str(data)) if changed else event.raw)

    def close(self) -> bytes:
        self._end(self._parts)
        self._record(self._parts)
        out, self._pending = b"".join(self._pending), []
        return out

    def settle_response(self, response: dict[str, Any]) -> bool:
        """Every text of a response object made what the client received; True if changed."""
        output = response.get("output")
        changed = False
        for position, item in enumerate(output if isinstance(output, list) else []):
            if isinstance(item, dict):
                changed |= self._settle_item(item, _item_key(item.get("id"), position))
        if isinstance(response.get("output_text"), str):  # a convenience copy some servers add
            joined = "".join(self._answers(output if isinstance(output, list) else []))
            changed |= joined != response["output_text"]
            response["output_text"] = joined
        return changed

    def _delta(self, data: dict[str, Any], field: str, index_key: str | None, kind: str,
               key: str) -> bool:
        text = data.get(key)
        if not isinstance(text, str):
            raise CodecError("upstream sent a text delta without its text")
        loc = self._loc(data, field, index_key)
        part = self._parts.get(loc)
        if part is None:
            part = self._parts[loc] = _Part(kind, self._texts)
        if part.template is None:
            keep = ("type", "item_id", "output_index", index_key)
            part.template = metadata(data, [k for k in keep if k is not None])
            if kind == ANSWER:
                part.template["logprobs"] = []  # required by the SDK's model of this event
        released = part.feed(text, self._end_reasoning) if kind == REASONING \
            else self._answer(part, text)
        data[key] = released
        return released != text

    def _answer(self, part: _Part, text: str) -> str:
        self._end_reasoning()  # reasoning is never reordered after the answer
        return part.feed(text, self._end_reasoning)

    def _done(self, data: dict[str, Any], field: str, index_key: str | None, kind: str,
              key: str) -> bool:
        return self._settle_text(self._loc(data, field, index_key), kind, data, key)

    def _part_event(self, data: dict[str, Any], field: str, index_key: str) -> bool:
        part = data.get("part")
        spec = PART_TYPES.get(type_of(part))
        if spec is None:
            return False
        assert isinstance(part, dict)
        return self._settle_text(self._loc(data, field, index_key), spec[0], part, spec[1])

    def _item_event(self, data: dict[str, Any], done: bool) -> bool:
        item = data.get("item")
        if not isinstance(item, dict):
            return False
        key = _item_key(item.get("id"), data.get("output_index"))
        changed = self._settle_item(item, key)
        if done:
            self._record({loc: p for loc, p in self._parts.items() if loc[0] == key})
        return changed

    def _response_event(self, data: dict[str, Any], terminal: bool) -> bool:
        if terminal:
            self._end(self._parts)
        response = data.get("response")
        changed = isinstance(response, dict) and self.settle_response(response)
        if terminal:
            self._record(self._parts)
        return changed

    def _settle_item(self, item: dict[str, Any], key: str) -> bool:
        changed = False
        if (tool := ITEM_TEXTS.get(type_of(item))) is not None:
            changed |= self._settle_text((key, tool[0], 0), tool[1], item, tool[0])
        for field in ITEM_FIELDS.get(type_of(item), ()):
            parts = item.get(field)
            for index, part in enumerate(parts if isinstance(parts, list) else []):
                spec = PART_TYPES.get(type_of(part))
                if spec is not None:
                    assert isinstance(part, dict)
                    changed |= self._settle_text((key, field, index), spec[0], part, spec[1])
        return changed

    def _settle_text(self, loc: Loc, kind: str, holder: dict[str, Any], key: str) -> bool:
        """Make ``holder[key]``, a whole copy of the text at ``loc``, what the client received
        of it: the part ends here (its held tail goes out just before)."""
        text = holder.get(key)
        if not isinstance(text, str):
            return False
        part = self._parts.get(loc)
        if part is None:
            if not text:
                return False
            part = self._parts[loc] = _Part(kind, self._texts)
            part.feed(text, self._end_reasoning)
        self._end({loc: part})
        holder[key] = part.text
        return part.text != text

    def _end_reasoning(self) -> None:
        self._end({loc: p for loc, p in self._parts.items() if p.kind == REASONING})

    def _end(self, parts: dict[Loc, _Part]) -> None:
        """Flush ``parts``; what they held goes out in deltas before the current event."""
        for part in parts.values():
            tail = part.flush(self._end_reasoning)
            if tail and part.template is not None:
                self._pending.append(self._synthesised(part.template, tail))

    def _synthesised(self, template: dict[str, Any], text: str) -> bytes:
        event = {**template, "delta": text}
        if self._sequence is not None:
            event["sequence_number"] = self._sequence
        return typed_event(event)

    def _record(self, parts: dict[Loc, _Part]) -> None:
        for (_, field, _), part in parts.items():
            if isinstance(part.track, Track) and part.kind == REASONING:
                self._texts.record(REPLAY_KINDS[field], part.track)

    def _loc(self, data: dict[str, Any], field: str, index_key: str | None) -> Loc:
        index = data.get(index_key, 0) if index_key is not None else 0
        if not isinstance(index, int):
            raise CodecError("upstream sent a text event without an integer part index")
        return (_item_key(data.get("item_id"), data.get("output_index")), field, index)

    def _answers(self, output: list[Any]) -> list[str]:
        return [p["text"] for item in output if isinstance(item, dict)
                and item.get("type") == "message" and isinstance(item.get("content"), list)
                for p in item["content"] if isinstance(p, dict)
                and p.get("type") == "output_text" and isinstance(p.get("text"), str)]


def _members(data: dict[str, Any], kind: str) -> list[str]:
    """What changes from one text delta to the next (``Clean``): its text and number, in
    the order the upstream wrote them."""
    if kind not in DELTAS or not isinstance(data.get("delta"), str):
        return []
    return [Clean.member(k, v) for k, v in data.items()
            if k == "delta" or (k == "sequence_number" and type(v) is int)]


def _item_key(item_id: Any, position: Any) -> str:
    """An item by its id, or by its place in the output when a server gives none."""
    return item_id if isinstance(item_id, str) and item_id else f"#{position}"


class Responses(SSECodec):
    """The `/v1/responses` codec."""

    route = "responses"

    def protected_texts(self, request: Any) -> list[str]:
        """`instructions`, and the system and developer messages of `input`."""
        if not isinstance(request, dict):
            return []
        texts = _instructions(request.get("instructions"))
        items = request.get("input")
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and item.get("role") in ("system", "developer"):
                texts.extend(content_texts(item.get("content")))
        return texts

    def inject_system(self, request: dict[str, Any], text: str) -> dict[str, Any]:
        """Appended to `instructions` (note that responses echo `instructions` back)."""
        developer = {"type": "message", "role": "developer", "content": text}
        return {**request, "instructions": append_text(request.get("instructions"), text,
                                                       developer)}

    def replay_slots(self, request: Any) -> list[Slot]:
        """The summary and reasoning-text parts of reasoning items sent back in `input`."""
        items = request.get("input") if isinstance(request, dict) else None
        slots: list[Slot] = []
        for item in items if isinstance(items, list) else []:
            if type_of(item) != "reasoning":
                continue
            for field, kind in REPLAY_KINDS.items():
                parts = item.get(field)
                for part in parts if isinstance(parts, list) else []:
                    if isinstance(part, dict) and isinstance(part.get("text"), str) \
                            and part["text"]:
                        slots.append(Slot(kind, part["text"], "", _restorer(part)))
        return slots

    def whole(
        self, body: bytes, channels: ChannelFactory, think: InlineThink,
        recorder: Recorder | None = None,
    ) -> bytes:
        response = json_object(body, "a response")
        stream = ResponsesStream(channels, think, recorder)
        changed = stream.settle_response(response)
        stream.close()
        changed |= scan(response, RESPONSE, channels)  # all else, `error` bodies included
        return dumps(response) if changed else body

    def events(
        self, channels: ChannelFactory, think: InlineThink, recorder: Recorder | None
    ) -> ResponsesStream:
        return ResponsesStream(channels, think, recorder)

    def error_body(self, status: int, message: str, kind: str) -> dict[str, Any]:
        return openai_error_body(status, message, kind)

    def error_event(self, status: int, message: str, kind: str) -> bytes:
        # The Responses error event; the proxy does not know the stream's position, and
        # clients read `sequence_number` only to resume a stream, which an error ends.
        return typed_event({"type": "error", "code": kind, "message": message, "param": None,
                            "sequence_number": 0})


def _instructions(value: Any) -> list[str]:
    """`instructions` is a string; a response may echo it as a list of message items."""
    if isinstance(value, list):
        return [t for item in value if isinstance(item, dict)
                for t in content_texts(item.get("content"))]
    return content_texts(value)


def _restorer(part: dict[str, Any]) -> Callable[[dict[str, str]], None]:
    def restore(original: dict[str, str]) -> None:
        part["text"] = original["text"]

    return restore
