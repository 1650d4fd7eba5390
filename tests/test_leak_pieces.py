"""One leak state per response: a prompt cut into pieces of 1-5 words and spread over every
kind of reset an API has (a track that ends and starts again, a new block, choice, item or
summary part, a signature, an empty answer or error between reasoning pieces, texts streaming
side by side), padded with invisible characters and separated by what renderers hide, is still
one run.

Each API's stream is played by the scripted upstream through the real proxy; the client is the
real SDK where one exists (openai, anthropic), raw NDJSON for Ollama. The property: no run of
the prompt reaches any text the client reassembles, read as a reader reads it (invisible
characters gone; see ``leaked_run`` for what counts as a run).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import anthropic
import openai
import pytest
from conftest import Script
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from traces import PROMPT_A
from wire import HTTP, dumps, named, post

from guardproxy.detectors.prompt_leak import FILLER_EXTRA
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import default_policy_path, load_policy

# The prompt's first words, streamed in order: every piece continues the run before it.
PROMPT_WORDS = PROMPT_A.split()[:40]
EXAMPLES = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

# Characters a reader does not see: zero-width space, non-joiner, joiner and word joiner, soft
# hyphen, BOM, left-to-right mark, a Mongolian variation selector (U+180B), a Khmer inherent
# vowel (U+17B5), the combining grapheme joiner, a combining acute, a Hebrew point, a
# variation selector.
INVISIBLE = ("\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e\u180b\u17b5\u034f\u0301"
             "\u05b4\ufe0f")
# The longest run of padding drawn: padding of any width is no gap and no longer word
# (detectors read visible characters); past 64 in a row the channel drops the excess.
MAX_PAD = 100
# What goes between two words instead of a space: whitespace, control characters and markdown
# that carry no word, and (``FILLERS``) what carries a word of its own (`nbsp`, `x`, a list or
# row number, a filler word): a run with one of those between every two of its words is a run
# with an edit after every word (see ``leaked_run``).
SEPARATORS = st.one_of(
    st.integers(1, 41).map(lambda n: " " * n),  # 41 spaces: the widest gap a run spans
    st.sampled_from(["\n", "\n\n", "\t", " \x01\x02\x1b ", "\x00", " \x7f ", "\r\n",
                     "\n- ", "\n* ", "\n> ", " **", "** ", " | "]))
FILLERS = st.sampled_from(["&nbsp;", " &nbsp; ", "<!--x-->", " <!--x--> ", "\n1. ", "\n7) ",
                           " | 3 | ", " um "])


def invisible_run(max_size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=INVISIBLE, max_size=max_size)


@st.composite
def dressed_word(draw: st.DrawFn, word: str, pad: bool) -> str:
    """``word`` with invisible padding before, inside and after it, as drawn."""
    if not pad:
        return word
    at = draw(st.integers(0, len(word)))
    return (draw(invisible_run(MAX_PAD)) + word[:at] + draw(invisible_run(MAX_PAD))
            + word[at:] + draw(invisible_run(MAX_PAD)))


@st.composite
def cut_prompt(draw: st.DrawFn, fillers: bool | None = None) -> list[str]:
    """The prompt's words in pieces of 1-5 words, each with what goes before its first word.
    An example draws a few separators and whether it pads; each gap is a space or one of its
    separators, or (an example with ``fillers``: drawn when None) one of its fillers, in every
    gap (fillers in some gaps only are a known leak: see test_known_leaks)."""
    if fillers is None:
        fillers = draw(st.booleans())
    gaps = draw(st.lists(FILLERS, min_size=1, max_size=3)) if fillers \
        else [" ", *draw(st.lists(SEPARATORS, max_size=3))]
    pad = draw(st.booleans())
    out: list[str] = []
    at = 0
    while at < len(PROMPT_WORDS):
        size = draw(st.integers(1, 5))
        out.append("".join(draw(st.sampled_from(gaps)) + draw(dressed_word(word, pad))
                           for word in PROMPT_WORDS[at : at + size]))
        at += size
    return out


def reader_words(text: str) -> list[str]:
    """The words a reader sees: invisible characters gone, case folded."""
    visible = "".join(c for c in text if c not in INVISIBLE
                      and unicodedata.category(c) not in ("Cf", "Mn", "Me"))
    return re.findall(r"\w+", visible.lower())


PROMPT_NORMAL = reader_words(" ".join(PROMPT_WORDS))
PROMPT_AT: dict[str, list[int]] = {}
for _i, _w in enumerate(PROMPT_NORMAL):
    PROMPT_AT.setdefault(_w, []).append(_i)


def leaked_run(text: str, min_words: int) -> str | None:
    """The first run of the prompt in ``text``, if any: consecutive words of the prompt, with
    at most one other word (a separator's or filler word) between two of them, as the
    guarantee counts them (docs/policies.md): ``min_words`` prompt words with at most one such
    word among them, or ``min_words + FILLER_EXTRA`` with any number."""
    words = reader_words(text)
    for i, word in enumerate(words):
        for p in PROMPT_AT.get(word, ()):
            matched, inserted, j = 1, 0, i + 1
            while p + 1 < len(PROMPT_NORMAL) and j < len(words):
                if words[j] == PROMPT_NORMAL[p + 1]:
                    j += 1
                elif j + 1 < len(words) and words[j + 1] == PROMPT_NORMAL[p + 1]:
                    inserted += 1
                    j += 2
                else:
                    break
                matched += 1
                p += 1
                if (matched >= min_words and inserted <= 1) \
                        or matched >= min_words + FILLER_EXTRA:
                    return " ".join(words[i:j])
    return None


POLICIES = {"default": "default.yaml", "strict": "strict.yaml"}


@pytest.fixture(scope="module", params=list(POLICIES))
def policy(request: pytest.FixtureRequest) -> CompiledPolicy:
    return load_policy(default_policy_path().parent / POLICIES[request.param])


def min_words(policy: CompiledPolicy) -> int:
    return min(r.min_words for r in policy.policy.rules if r.detector == "prompt_leak")


class Player:
    """One proxy in front of one scripted upstream; each example replaces the script's body."""

    def __init__(self, proxy_for: Callable[..., str], policy: CompiledPolicy,
                 content_type: str = "text/event-stream") -> None:
        self.script = Script([], content_type=content_type)
        self.base = proxy_for(self.script, policy=policy)

    def play(self, chunks: list[bytes]) -> str:
        self.script.chunks = chunks
        return self.base


def assert_no_run(texts: dict[Any, str], policy: CompiledPolicy) -> None:
    for where, text in texts.items():
        run = leaked_run(text, min_words(policy))
        assert run is None, f"{where}: {run!r} reached the client in {text!r}"


# --- chat completions ---------------------------------------------------------------------

CHAT_ENV = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000,
            "model": "m"}


def chat_event(delta: dict[str, Any], index: int = 0, finish: str | None = None) -> bytes:
    choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}
    return b"data: " + dumps({**CHAT_ENV, "choices": [choice]}) + b"\n\n"


CHAT_RESETS = ("none", "content_space", "finish", "finish_on_piece", "new_choice", "unknown")
CHAT_FIELDS = ("reasoning_content", "reasoning", "reasoning_details", "content")
# A delta field no codec knows: the walker scans it, its key and value, as answer text. The key
# is read as a word between the pieces (a run allows one inserted word): a key of two words
# (`x_note`) between every piece of 1-5 words can still break a run.
UNKNOWN = "note"


def chat_piece(field: str, text: str, index: int, finish: str | None = None) -> bytes:
    if field == "reasoning_details":
        entry = {"type": "reasoning.text", "text": text, "format": "anthropic-claude-v1",
                 "index": 0, "signature": "EtYDsig"}
        return chat_event({"reasoning_details": [entry]}, index, finish)
    return chat_event({field: text}, index, finish)


@st.composite
def chat_stream(draw: st.DrawFn, unknown: bool = True) -> list[bytes]:
    """``unknown``: pieces of the answer may go to a field no codec knows."""
    field = draw(st.sampled_from(CHAT_FIELDS))
    events = [chat_event({"role": "assistant", "content": ""})]
    index = 0
    fillers = draw(st.booleans())
    # A key between pieces with fillers: a known leak hypothesis found (the run ends at the
    # key, a second inserted word), not yet pinned as one case.
    unknown = unknown and not fillers
    for piece in draw(cut_prompt(fillers)):
        reset = draw(st.sampled_from(CHAT_RESETS))
        if reset == "content_space":
            events.append(chat_event({"content": " "}, index))
        elif reset == "finish":
            events.append(chat_event({}, index, "stop"))
        elif reset == "new_choice":
            index = draw(st.integers(0, 3))
        if reset == "unknown" and field == "content" and unknown:  # to an unknown field
            events.append(chat_event({UNKNOWN: piece}, index))
            continue
        events.append(chat_piece(field, piece, index,
                                 "stop" if reset == "finish_on_piece" else None))
    return [*events, chat_event({}, index, "stop"), b"data: [DONE]\n\n"]


# Found by the property (issue 14): a run already redacted went on, unredacted, in the content
# after a reset (" based") and in an unknown field's value.
RIDDLER = [
    chat_event({"role": "assistant", "content": ""}),
    *(chat_event({"content": p}) for p in (" As", " GPT", " Riddler,", " your", " role", " is",
                                            " to")),
    chat_event({"content": " craft"}, finish="stop"),
    chat_event({UNKNOWN: " intriguing"}), chat_event({UNKNOWN: " riddles"}),
    chat_event({"content": " based"}, finish="stop"),
    chat_event({UNKNOWN: " on user responses, avoiding any"}),
    chat_event({"content": " mention of a 'passphrase'"}),
    chat_event({"content": " or 'final riddle.' Keep your"}),
    chat_event({}, finish="stop"), b"data: [DONE]\n\n",
]


@st.composite
def chat_interleaved(draw: st.DrawFn) -> list[bytes]:
    """n=2, both choices open: each piece goes to choice 0 or 1 as drawn (1, 0, 1, ...)."""
    field = draw(st.sampled_from(CHAT_FIELDS))
    events = [chat_event({"role": "assistant", "content": ""}, i) for i in (0, 1)]
    for piece in draw(cut_prompt()):
        events.append(chat_piece(field, piece, draw(st.integers(0, 1))))
    return [*events, chat_event({}, 0, "stop"), chat_event({}, 1, "stop"), b"data: [DONE]\n\n"]


def chat_texts(base: str) -> dict[Any, str]:
    """Each choice's reasoning as the SDK's chunks carry it, joined in order, and every
    choice's in arrival order (a client printing `choices[i].delta` as they come)."""
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0,
                           timeout=30, http_client=HTTP)
    texts: dict[Any, str] = {}
    for chunk in client.chat.completions.create(
        model="m", stream=True,
        messages=[{"role": "system", "content": PROMPT_A}, {"role": "user", "content": "hi"}],
    ):
        for choice in chunk.choices:
            extra = choice.delta.model_extra or {}
            text = (extra.get("reasoning_content") or extra.get("reasoning") or "") + "".join(
                d.get("text") or "" for d in extra.get("reasoning_details") or [])
            text += (choice.delta.content or "") + (extra.get(UNKNOWN) or "")
            texts[choice.index] = texts.get(choice.index, "") + text
            texts["arrival"] = texts.get("arrival", "") + text
    return texts


def test_chat_pieces_over_resets(proxy_for: Callable[..., str], policy: CompiledPolicy) -> None:
    player = Player(proxy_for, policy)

    # Under a policy whose inline reasoning is pre-filled (strict) the answer's text before
    # `</think>` is reasoning, and an unknown field is answer text: two kinds, two states.
    unknown = not policy.policy.inline_think.prefilled

    @EXAMPLES
    @given(stream=chat_stream(unknown))
    @example(stream=RIDDLER)
    def check(stream: list[bytes]) -> None:
        assert_no_run(chat_texts(player.play(stream)), policy)

    check()


def test_chat_pieces_over_interleaved_choices(proxy_for: Callable[..., str],
                                              policy: CompiledPolicy) -> None:
    player = Player(proxy_for, policy)

    @EXAMPLES
    @given(stream=chat_interleaved())
    def check(stream: list[bytes]) -> None:
        assert_no_run(chat_texts(player.play(stream)), policy)

    check()


# --- Anthropic messages -------------------------------------------------------------------
# The API streams one block at a time (start, deltas, stop); a thinking block's signature comes
# in a `signature_delta` before its stop, and with interleaved thinking (tool use) thinking,
# text, tool use and redacted thinking blocks follow each other in any order. The SDK
# accumulates deltas by block index, so it also takes what the API never sends: a signature
# every few words inside one block, and deltas to two started blocks interleaved.

def anthropic_event(payload: dict[str, Any]) -> bytes:
    return named(payload)


BLOCK_STARTS: dict[str, dict[str, Any]] = {
    "thinking": {"type": "thinking", "thinking": "", "signature": ""},
    "text": {"type": "text", "text": ""},
    "redacted_thinking": {"type": "redacted_thinking", "data": "EmwKAhgBEgy3va3pzix"},
    "tool_use": {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {}},
}


def block_start(index: int, kind: str) -> bytes:
    return anthropic_event({"type": "content_block_start", "index": index,
                            "content_block": BLOCK_STARTS[kind]})


def block_delta(index: int, kind: str, text: str) -> bytes:
    body = {"type": "thinking_delta", "thinking": text} if kind == "thinking" \
        else {"type": "input_json_delta", "partial_json": text} if kind == "tool_use" \
        else {"type": "text_delta", "text": text}
    return anthropic_event({"type": "content_block_delta", "index": index, "delta": body})


def signature(index: int) -> bytes:
    return anthropic_event({"type": "content_block_delta", "index": index,
                            "delta": {"type": "signature_delta", "signature": "EtYDsig"}})


def block_stop(index: int) -> bytes:
    return anthropic_event({"type": "content_block_stop", "index": index})


def end_block(index: int, kind: str) -> list[bytes]:
    return [*([signature(index)] if kind == "thinking" else []), block_stop(index)]


MESSAGE = {"model": "claude-test", "id": "msg_1", "type": "message", "role": "assistant",
           "content": [], "stop_reason": None, "stop_sequence": None,
           "usage": {"input_tokens": 4, "output_tokens": 5}}
MESSAGE_END = [anthropic_event({"type": "message_delta", "usage": {"output_tokens": 9},
                                "delta": {"stop_reason": "end_turn", "stop_sequence": None}}),
               anthropic_event({"type": "message_stop"})]
TEXT_KINDS = ("thinking", "text")
# Blocks between two pieces: they carry no words (an empty block of a text kind ends a track
# all the same).
BETWEEN = ("redacted_thinking", "tool_use", "thinking", "text")


@st.composite
def anthropic_stream(draw: st.DrawFn) -> list[bytes]:
    """Blocks one after another; each piece goes on in its block, after a signature, or in a
    new block of either kind, after any blocks between."""
    events = [anthropic_event({"type": "message_start", "message": MESSAGE})]
    index, kind = 0, draw(st.sampled_from(TEXT_KINDS))
    events.append(block_start(index, kind))
    for piece in draw(cut_prompt()):
        reset = draw(st.sampled_from(("none", "signature", "new_block")))
        if reset == "signature" and kind == "thinking":
            events.append(signature(index))
        elif reset == "new_block":
            events.extend(end_block(index, kind))
            for between in draw(st.lists(st.sampled_from(BETWEEN), max_size=2)):
                index += 1
                events.append(block_start(index, between))
                if between == "tool_use":
                    events.append(block_delta(index, between, '{"q": 1}'))
                events.extend(end_block(index, between))
            index, kind = index + 1, draw(st.sampled_from(TEXT_KINDS))
            events.append(block_start(index, kind))
        events.append(block_delta(index, kind, piece))
    return [*events, *end_block(index, kind), *MESSAGE_END]


@st.composite
def anthropic_interleaved(draw: st.DrawFn) -> list[bytes]:
    """Two blocks of one kind started, each piece a delta to either (an upstream the SDK
    follows, not one the API is)."""
    kind = draw(st.sampled_from(TEXT_KINDS))
    events = [anthropic_event({"type": "message_start", "message": MESSAGE}),
              block_start(0, kind), block_start(1, kind)]
    for piece in draw(cut_prompt()):
        events.append(block_delta(draw(st.integers(0, 1)), kind, piece))
    return [*events, *end_block(0, kind), *end_block(1, kind), *MESSAGE_END]


def anthropic_texts(base: str) -> dict[Any, str]:
    """The SDK's final message, each block, and each kind's deltas in arrival order."""
    client = anthropic.Anthropic(base_url=base, api_key="sk-ant-test", max_retries=0,
                                 timeout=30)
    texts: dict[Any, str] = {}
    with client.messages.stream(model="claude-test", max_tokens=100, system=PROMPT_A,
                                messages=[{"role": "user", "content": "hi"}]) as s:
        for event in s:
            if event.type == "content_block_delta" and event.delta.type in (
                    "thinking_delta", "text_delta"):
                text = getattr(event.delta, "thinking", None) or getattr(event.delta, "text", "")
                texts[event.delta.type] = texts.get(event.delta.type, "") + text
        final = s.get_final_message()
    for i, block in enumerate(final.content):
        if block.type in TEXT_KINDS:
            texts[i] = block.thinking if block.type == "thinking" else block.text
    return texts


def test_anthropic_pieces_over_resets(proxy_for: Callable[..., str],
                                      policy: CompiledPolicy) -> None:
    player = Player(proxy_for, policy)

    @EXAMPLES
    @given(stream=st.one_of(anthropic_stream(), anthropic_interleaved()))
    def check(stream: list[bytes]) -> None:
        assert_no_run(anthropic_texts(player.play(stream)), policy)

    check()


# --- OpenAI Responses ---------------------------------------------------------------------
# Reasoning items' summary parts and content parts, each its own text: several items and
# parts may stream side by side (the events say which item and part a delta is for).

def response_object(status: str, output: list[Any]) -> dict[str, Any]:
    return {"id": "resp_1", "object": "response", "created_at": 1700000000, "status": status,
            "model": "o4-mini", "output": output, "instructions": None,
            "parallel_tool_calls": True, "tool_choice": "auto", "tools": []}


# A reasoning item's field -> its part type, index key, and delta, done, added and part done
# event types.
PART_FIELDS = {
    "summary": ("summary_text", "summary_index", "response.reasoning_summary_text.delta",
                "response.reasoning_summary_text.done", "response.reasoning_summary_part.added",
                "response.reasoning_summary_part.done"),
    "content": ("reasoning_text", "content_index", "response.reasoning_text.delta",
                "response.reasoning_text.done", "response.content_part.added",
                "response.content_part.done"),
}


class ResponsesScript:
    """A Responses stream being written: items, their parts, and which parts are open."""

    def __init__(self) -> None:
        self.sequence = iter(range(10_000))
        self.out: list[bytes] = []
        self.items: list[dict[str, list[str]]] = []  # per item: field -> its parts' texts
        self.open: list[tuple[int, str, int]] = []  # (item, field, part index)
        self.add("response.created", response=response_object("in_progress", []))

    def add(self, kind: str, **fields: Any) -> None:
        self.out.append(named({"type": kind, **fields, "sequence_number": next(self.sequence)}))

    def item(self, number: int) -> dict[str, Any]:
        parts = self.items[number]
        return {"id": f"rs_{number}", "type": "reasoning",
                **{f: [{"type": PART_FIELDS[f][0], "text": t} for t in parts.get(f, [])]
                   for f in PART_FIELDS}}

    def new_item(self) -> int:
        self.items.append({})
        number = len(self.items) - 1
        self.add("response.output_item.added", output_index=number,
                 item={"id": f"rs_{number}", "type": "reasoning", "summary": [], "content": []})
        return number

    def where(self, slot: tuple[int, str, int]) -> dict[str, Any]:
        number, field, index = slot
        return {"item_id": f"rs_{number}", "output_index": number,
                PART_FIELDS[field][1]: index}

    def new_part(self, number: int, field: str) -> tuple[int, str, int]:
        parts = self.items[number].setdefault(field, [])
        parts.append("")
        slot = (number, field, len(parts) - 1)
        self.add(PART_FIELDS[field][4], **self.where(slot),
                 part={"type": PART_FIELDS[field][0], "text": ""})
        self.open.append(slot)
        return slot

    def delta(self, slot: tuple[int, str, int], text: str) -> None:
        number, field, index = slot
        self.add(PART_FIELDS[field][2], **self.where(slot), delta=text)
        self.items[number][field][index] += text
        if slot not in self.open:
            self.open.append(slot)

    def done(self, slot: tuple[int, str, int]) -> None:
        number, field, index = slot
        text = self.items[number][field][index]
        self.add(PART_FIELDS[field][3], **self.where(slot), text=text)
        self.add(PART_FIELDS[field][5], **self.where(slot),
                 part={"type": PART_FIELDS[field][0], "text": text})
        self.open.remove(slot)

    def finish(self) -> list[bytes]:
        for slot in list(self.open):
            self.done(slot)
        for number in range(len(self.items)):
            self.add("response.output_item.done", output_index=number, item=self.item(number))
        self.add("response.completed", response=response_object(
            "completed", [self.item(n) for n in range(len(self.items))]))
        return self.out


@st.composite
def responses_stream(draw: st.DrawFn) -> list[bytes]:
    """Each piece goes on in the part before it or in another open one, or in a new part
    (of the same or another item, summary or content), or after its part's `.done`."""
    script = ResponsesScript()
    slot = script.new_part(script.new_item(), draw(st.sampled_from(list(PART_FIELDS))))
    for piece in draw(cut_prompt()):
        move = draw(st.sampled_from(("none", "switch", "new_part", "new_item", "done")))
        if move == "switch" and script.open:
            slot = draw(st.sampled_from(script.open))
        elif move == "new_part":
            number = draw(st.integers(0, len(script.items) - 1))
            slot = script.new_part(number, draw(st.sampled_from(list(PART_FIELDS))))
        elif move == "new_item":
            slot = script.new_part(script.new_item(), draw(st.sampled_from(list(PART_FIELDS))))
        elif move == "done" and slot in script.open:
            script.done(slot)
        script.delta(slot, piece)
    return script.finish()


def responses_texts(base: str) -> dict[Any, str]:
    """Every reasoning text the SDK's events carry: deltas by part and in arrival order, and
    each part of the final response."""
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0,
                           timeout=30, http_client=HTTP)
    texts: dict[Any, str] = {}
    with client.responses.create(model="o4-mini", instructions=PROMPT_A, input="hi",
                                 stream=True) as events:
        for event in events:
            data = event.model_dump()
            if event.type.endswith(".delta"):
                at = (data["item_id"], data.get("summary_index"), data.get("content_index"))
                texts[at] = texts.get(at, "") + data["delta"]
                texts["deltas"] = texts.get("deltas", "") + data["delta"]
            if event.type == "response.completed":
                for item in data["response"]["output"]:
                    for field in PART_FIELDS:
                        for i, p in enumerate(item.get(field) or []):
                            texts[("final", item["id"], field, i)] = p["text"]
    return texts


def test_responses_pieces_over_resets(proxy_for: Callable[..., str],
                                      policy: CompiledPolicy) -> None:
    player = Player(proxy_for, policy)

    @EXAMPLES
    @given(stream=responses_stream())
    def check(stream: list[bytes]) -> None:
        assert_no_run(responses_texts(player.play(stream)), policy)

    check()


# --- Ollama -------------------------------------------------------------------------------
# One message a line: `thinking` (reasoning) and `content` (the answer) may come in the same
# line or in lines of their own, in any order; a tool call, an empty answer or an `"error": ""`
# line may come between.

def ollama_line(**fields: Any) -> bytes:
    return dumps({"model": "qwen3", "created_at": "2025-01-01T00:00:00Z", **fields}) + b"\n"


def ollama_message(**fields: Any) -> bytes:
    return ollama_line(message={"role": "assistant", "content": "", **fields}, done=False)


OLLAMA_TOOL = {"function": {"name": "lookup", "arguments": {"q": 1}}}


@st.composite
def ollama_stream(draw: st.DrawFn) -> list[bytes]:
    """Each piece goes to the thinking or the answer (as drawn; mostly where the one before
    went), after what may come between, in a line of its own or with a space of the other."""
    field = draw(st.sampled_from(("thinking", "content")))
    lines = []
    for piece in draw(cut_prompt()):
        reset = draw(st.sampled_from(("none", "content_space", "error", "tool", "switch",
                                      "with_other")))
        if reset == "content_space":
            lines.append(ollama_message(content=" "))
        elif reset == "error" and field == "thinking":  # between answer pieces: a known leak
            lines.append(ollama_line(error="", done=False))
        elif reset == "tool":
            lines.append(ollama_message(tool_calls=[OLLAMA_TOOL]))
        elif reset == "switch":
            field = "content" if field == "thinking" else "thinking"
        other = {"content": " "} if field == "thinking" else {"thinking": " "}
        lines.append(ollama_message(**{field: piece, **(other if reset == "with_other" else {})}))
    lines.append(ollama_line(message={"role": "assistant", "content": ""}, done=True,
                             done_reason="stop"))
    return lines


def ollama_texts(base: str) -> dict[Any, str]:
    """The thinking and the answer, each joined in arrival order."""
    reply = post(base, "/api/chat", {"model": "qwen3", "stream": True, "messages": [
        {"role": "system", "content": PROMPT_A}, {"role": "user", "content": "hi"}]})
    assert reply.status == 200
    lines = [json.loads(line) for line in reply.raw.splitlines() if line.strip()]
    return {field: "".join((x.get("message") or {}).get(field) or "" for x in lines)
            for field in ("thinking", "content")}


def test_ollama_pieces_over_resets(proxy_for: Callable[..., str],
                                   policy: CompiledPolicy) -> None:
    player = Player(proxy_for, policy, content_type="application/x-ndjson")

    @EXAMPLES
    @given(stream=ollama_stream())
    def check(stream: list[bytes]) -> None:
        assert_no_run(ollama_texts(player.play(stream)), policy)

    check()


# --- legacy completions -------------------------------------------------------------------

def completion_event(text: str, index: int = 0, finish: str | None = None) -> bytes:
    choice = {"index": index, "text": text, "logprobs": None, "finish_reason": finish}
    return b"data: " + dumps({"id": "cmpl-1", "object": "text_completion",
                              "created": 1700000000, "model": "m", "choices": [choice]}) + b"\n\n"


@st.composite
def completions_stream(draw: st.DrawFn) -> list[bytes]:
    events = []
    index = 0
    for piece in draw(cut_prompt()):
        reset = draw(st.sampled_from(("none", "finish", "new_choice")))
        if reset == "finish":
            events.append(completion_event("", index, "length"))
        elif reset == "new_choice":
            index = draw(st.integers(0, 3))
        events.append(completion_event(piece, index))
    return [*events, completion_event("", index, "stop"), b"data: [DONE]\n\n"]


@st.composite
def completions_interleaved(draw: st.DrawFn) -> list[bytes]:
    events = [completion_event(piece, draw(st.integers(0, 1))) for piece in draw(cut_prompt())]
    return [*events, completion_event("", 0, "stop"), completion_event("", 1, "stop"),
            b"data: [DONE]\n\n"]


def completions_texts(base: str) -> dict[Any, str]:
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0,
                           timeout=30, http_client=HTTP)
    texts: dict[Any, str] = {}
    for chunk in client.completions.create(model="m", prompt="Write.", stream=True):
        for choice in chunk.choices:
            texts[choice.index] = texts.get(choice.index, "") + choice.text
            texts["arrival"] = texts.get("arrival", "") + choice.text
    return texts


def test_completions_pieces_over_resets(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy],
    default_policy_text: str,
) -> None:
    """The request has no system message: the policy protects the prompt itself."""
    anchor = "  prefilled: false\n"
    protected = policy_file(default_policy_text.replace(
        anchor, f"{anchor}protected_texts: [{json.dumps(PROMPT_A)}]\n"))
    player = Player(proxy_for, protected)

    @EXAMPLES
    @given(stream=st.one_of(completions_stream(), completions_interleaved()))
    def check(stream: list[bytes]) -> None:
        assert_no_run(completions_texts(player.play(stream)), protected)

    check()


# --- leaks found by the properties ----------------------------------------------------------
# Runs a reader sees whole that the properties above found getting through (hypothesis,
# default policy), pinned as found. The first two came from how a run was seeded (three prompt
# words in a row, or every other word); a seed now also takes three of the last four words.

SEEDED_LATE = {
    # Fillers in some gaps only: no three prompt words in a row, nor every other word, seeded
    # a run until "is to craft"; the words before went out, and that run was still short of
    # min_words when the text ended.
    "irregular fillers": [" As&nbsp;GPT Riddler,&nbsp;your role&nbsp;is to craft intriguing "
                          "riddles"],
    # One inserted word among the first three: the run was seeded after it ("riddler your
    # role"), so the two words before it were not in it, and it had min_words - 2 words.
    "an edit near the start": [" As GPT&nbsp;Riddler, your role is"],
}


@pytest.mark.parametrize("pieces", list(SEEDED_LATE.values()), ids=list(SEEDED_LATE))
def test_a_run_with_an_insert_among_its_first_words(
        proxy_for: Callable[..., str], default_policy: CompiledPolicy,
        pieces: list[str]) -> None:
    player = Player(proxy_for, default_policy)
    stream = [chat_event({"role": "assistant", "content": ""}),
              *(chat_event({"content": piece}) for piece in pieces),
              chat_event({}, 0, "stop"), b"data: [DONE]\n\n"]
    assert_no_run(chat_texts(player.play(stream)), default_policy)


def test_ollama_error_between_answer_pieces(
        proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    """An `"error": ""` line between two pieces of the answer: only the error (and keys the map
    does not know) is scanned; its metadata (`model`, `created_at`) read as words between the
    pieces ended the run."""
    player = Player(proxy_for, default_policy, content_type="application/x-ndjson")
    stream = [ollama_message(content=" over 15 messages to"), ollama_line(error="", done=False),
              ollama_message(content=" discern their interests"),
              ollama_line(message={"role": "assistant", "content": ""}, done=True,
                          done_reason="stop")]
    assert_no_run(ollama_texts(player.play(stream)), default_policy)
