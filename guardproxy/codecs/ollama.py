"""Ollama's native API: `/api/chat` and `/api/generate`, streamed (NDJSON, the default) or not.

Each line is a JSON object. `/api/chat` keeps its text in `message` (`thinking`, `content`,
`tool_calls`), `/api/generate` in the line itself (`thinking`, `response`); `thinking` is absent
when empty. The thinking is a reasoning track, the answer an inline text (models without a
thinking parser write `<think>` into it). Thinking is flushed when the answer or a tool call
starts and into the `done` line; a stream that ends without one gets a synthesised line. An
`{"error": ...}` line (HTTP status stays 200) releases what was scanned, then goes out with its
`error` and any key the map does not know scanned as one text, its reviewed metadata (`model`,
`created_at`, ...) passing as on any line: read as words, the metadata would break a run of the
answer cut around an empty error (a line that merely carries `"error": null` is an ordinary
line). Tool calls
(`message.tool_calls`, arguments as objects) are scanned as `tools`, and every other string not
in the reviewed metadata (``CHAT``/``GENERATE`` specs) as answer text (codecs.walk). Lines the
codec leaves alone go out byte-identical; a line that is not a JSON object ends the stream
(fail closed).

`/api/generate`'s last line carries `context`, the token ids of the prompt and the answer as
generated: text the proxy cannot scan (and with it any server-side system prompt), so it is
withheld. Clients that continue with `context` start over instead; `/api/chat` is unaffected.

Replay: `/api/chat` assistant messages sent back with a sanitized `thinking` get the original.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from guardproxy.channels import ChannelFactory, InlineThink
from guardproxy.codecs.base import CodecError, append_text, json_object, scanned_error
from guardproxy.codecs.json_out import dumps
from guardproxy.codecs.ndjson import NDJSONResponseStream, line_end
from guardproxy.codecs.openai_chat import content_texts, inject_into_messages
from guardproxy.codecs.tracks import Texts
from guardproxy.codecs.walk import EMPTY, META, OWN, TOOLS, Spec, scan
from guardproxy.replay import Recorder, Slot

__all__ = ["CHAT", "GENERATE", "OllamaChat", "OllamaGenerate", "OllamaShape", "OllamaStream"]

REPLAY_KIND = "ollama.thinking"
# What a synthesised line copies from the last line.
ENVELOPE_KEYS = ("model", "created_at")
# The reviewed metadata of a line (codecs.walk): what passes unscanned.
ENVELOPE: dict[str, Spec] = {key: META for key in (
    "model", "created_at", "done", "done_reason", "total_duration", "load_duration",
    "prompt_eval_count", "prompt_eval_duration", "eval_count", "eval_duration")}
TOOL_CALL: dict[str, Spec] = {"id": META, "type": META, "function": TOOLS}
ERROR_LINE: dict[str, Spec] = {**ENVELOPE, "error": EMPTY}  # the error's text: all of it


@dataclass(frozen=True, slots=True)
class OllamaShape:
    """Where a line keeps its text: ``holder`` (None: the line itself) and the answer key."""

    holder: str | None
    text: str
    spec: Spec  # the map of a line (codecs.walk)
    withheld: tuple[str, ...] = ()  # keys never forwarded (unscannable)

    def blank(self) -> dict[str, Any]:
        """The text fields of a line that carries nothing yet."""
        return {"role": "assistant", self.text: ""} if self.holder else {self.text: ""}


CHAT = OllamaShape("message", "content", {**ENVELOPE, "message": {
    "role": META, "content": OWN, "thinking": OWN, "tool_calls": (TOOL_CALL,)}})
GENERATE = OllamaShape(None, "response", {**ENVELOPE, "response": OWN, "thinking": OWN},
                       withheld=("context",))


class OllamaStream:
    """One response, line by line: ``feed(line) -> bytes`` and ``close() -> bytes``."""

    def __init__(
        self, new_channel: ChannelFactory, think: InlineThink, recorder: Recorder | None,
        shape: OllamaShape,
    ) -> None:
        self._shape = shape
        self._channels = new_channel
        self._texts = Texts(new_channel, think, recorder)
        self._thinking = self._texts.reasoning(replayed=shape.holder is not None)
        self._answer = self._texts.inline()
        self._last: dict[str, Any] = {}

    @property
    def max_held(self) -> int:
        return self._texts.max_held

    def feed(self, line: bytes) -> bytes:
        if not line.strip():
            return line
        obj = json_object(line, "a line")
        if obj.get("error") is not None:
            # Release what was scanned, then the error, scanned as one text.
            before = self.close()
            error = scanned_error(obj, self._channels, ERROR_LINE)
            return before + (line if error is None
                             else dumps(error) + (line_end(line) or b"\n"))
        self._last = obj
        holder = self._holder(obj)
        changed = self._sanitize(holder, final=obj.get("done") is True)
        for key in self._shape.withheld:
            changed |= obj.pop(key, None) is not None
        changed |= scan(obj, self._shape.spec, self._channels)
        if not changed:
            return line
        return dumps(obj) + (line_end(line) or b"\n")

    def close(self) -> bytes:
        """Release what is still held, in a line of its own."""
        fields: dict[str, Any] = {}
        self._finish(fields)
        if not fields:
            return b""
        text = {**self._shape.blank(), **fields}
        envelope = {k: self._last[k] for k in ENVELOPE_KEYS if k in self._last}
        line = {**envelope, **({self._shape.holder: text} if self._shape.holder else text),
                "done": False}
        return dumps(line) + b"\n"

    def _holder(self, obj: dict[str, Any]) -> dict[str, Any]:
        if self._shape.holder is None:
            return obj
        holder = obj.setdefault(self._shape.holder, {})
        if not isinstance(holder, dict):
            raise CodecError("upstream sent a line whose message is not an object")
        return holder

    def _sanitize(self, holder: dict[str, Any], *, final: bool) -> bool:
        key = self._shape.text
        before = (holder.get("thinking"), holder.get(key))
        thinking = holder.get("thinking")
        if isinstance(thinking, str) and thinking:
            holder["thinking"] = self._thinking.feed(thinking)
        content = holder.get(key)
        if isinstance(content, str) and content:
            holder[key] = self._answer.feed(content, partial(self._end_thinking, holder))
        if holder.get("tool_calls"):
            self._end_thinking(holder)
        if final:
            self._finish(holder)
        return (holder.get("thinking"), holder.get(key)) != before

    def _end_thinking(self, holder: dict[str, Any]) -> None:
        """The answer started: release the thinking still held, before it."""
        text = self._thinking.flush()
        if text:
            holder["thinking"] = (holder.get("thinking") or "") + text

    def _finish(self, holder: dict[str, Any]) -> None:
        self._end_thinking(holder)
        text = self._answer.flush(partial(self._end_thinking, holder))
        if text:
            holder[self._shape.text] = (holder.get(self._shape.text) or "") + text
        self._texts.record(REPLAY_KIND, self._thinking)


class _Ollama:
    """What `/api/chat` and `/api/generate` share: NDJSON, Ollama's errors, whole responses."""

    route = "ollama"
    stream_media_type = "application/x-ndjson"
    shape = CHAT

    def __init__(self, *, max_line_bytes: int = 1 << 20) -> None:
        self._max_line_bytes = max_line_bytes

    def whole(
        self, body: bytes, channels: ChannelFactory, think: InlineThink,
        recorder: Recorder | None = None,
    ) -> bytes:
        """`stream: false`: one object, the stream's lines folded into one."""
        out = OllamaStream(channels, think, recorder, self.shape).feed(body)
        return out if out is body else out.rstrip(b"\n")

    def stream(
        self, channels: ChannelFactory, think: InlineThink, recorder: Recorder | None = None
    ) -> NDJSONResponseStream:
        return NDJSONResponseStream(OllamaStream(channels, think, recorder, self.shape),
                                    self._max_line_bytes)

    def error_body(self, status: int, message: str, kind: str) -> dict[str, Any]:
        return {"error": message}

    def error_event(self, status: int, message: str, kind: str) -> bytes:
        return dumps({"error": message}) + b"\n"


class OllamaChat(_Ollama):
    """The `/api/chat` codec."""

    route = "ollama_chat"
    shape = CHAT

    def protected_texts(self, request: Any) -> list[str]:
        messages = request.get("messages") if isinstance(request, dict) else None
        return [t for m in messages if isinstance(m, dict)
                and m.get("role") in ("system", "developer")
                for t in content_texts(m.get("content"))] if isinstance(messages, list) else []

    def inject_system(self, request: dict[str, Any], text: str) -> dict[str, Any]:
        """Appended to the first system message, or as a new one first (which replaces the
        Modelfile's SYSTEM prompt for this request, as any system message does)."""
        return inject_into_messages(request, text, roles=("system",))

    def replay_slots(self, request: Any) -> list[Slot]:
        messages = request.get("messages") if isinstance(request, dict) else None
        return [Slot(REPLAY_KIND, m["thinking"], "", _restorer(m))
                for m in messages if isinstance(m, dict) and m.get("role") == "assistant"
                and isinstance(m.get("thinking"), str) and m["thinking"]] \
            if isinstance(messages, list) else []


class OllamaGenerate(_Ollama):
    """The `/api/generate` codec (no message history: nothing to replay)."""

    route = "ollama_generate"
    shape = GENERATE

    def protected_texts(self, request: Any) -> list[str]:
        system = request.get("system") if isinstance(request, dict) else None
        return [system] if isinstance(system, str) else []

    def inject_system(self, request: dict[str, Any], text: str) -> dict[str, Any]:
        """Appended to `system` (set without one, it replaces the Modelfile's SYSTEM prompt)."""
        return {**request, "system": append_text(request.get("system"), text)}

    def replay_slots(self, request: Any) -> list[Slot]:
        return []


def _restorer(message: dict[str, Any]) -> Callable[[dict[str, str]], None]:
    def restore(original: dict[str, str]) -> None:
        message["thinking"] = original["text"]

    return restore
