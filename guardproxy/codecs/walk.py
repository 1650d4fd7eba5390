"""Default-deny over a response's JSON: every string, keys included, at any depth, goes somewhere.

Every JSON value an upstream sends (a stream's event or line, a whole body, an error body or
event, a stored object fetched back) is parsed here (``load``: duplicate keys fail closed) and
walked here (``scan``) after the codec has done its own texts. The walk follows a per-API field
map (a ``Spec``) and hands each string to one of:

* the codec (``OWN``): a text the codec streams on a track of its own (reasoning, answer, a
  tool call's arguments); a string here is left as the codec wrote it;
* nobody (``META``): reviewed protocol metadata (ids, enums such as `type`, `role`, `status`,
  `finish_reason`, model names, signatures, encrypted content, timestamps); a scalar passes,
  unless it is a string with whitespace in it (metadata is one token: words are text), and
  anything nested below it is scanned as answer text;
* nobody, and not the client either (``ECHO``): the request's own input echoed back (a
  Responses `instructions`, with whatever the proxy added to it), withheld as null: the client
  has it, and scanning a prompt against itself would only redact all of it;
* the `tools` channel (``TOOLS``): every string below, keys included (a tool's name, its input
  as an object);
* the `content` channel: everything else - keys the map does not know and everything below
  them, a known key holding a shape it should not (`content` as a list of parts), event types
  the codec does not know. Numbers, booleans and null pass.

Log-probabilities (``LOGPROB_KEYS``) repeat every token's text and no channel scans them: they
are emptied wherever they appear, found on parsed keys (whatever escape spelled them).

The strings of one value that go to one kind are scanned as ONE text, in document order (a leak
cut across many short strings or keys is still a run), by a channel fed and flushed at once (no
hold-back across events) that joins the response's leak state of its kind: it starts from the
end of the kind's text, and its text is read by the kind's next channels and by those open
beside it (channels.ChannelFactory), so a run split between a field the codec does not know
and a track of the same kind is one run. The output is cut back into the strings at
the separators; a redaction that swallowed separators (a leak across several strings) goes to
the first of the strings it covers, and the others are emptied. Every piece written back is
scanned output, so however the pieces are placed nothing unscanned gets out.

Cost: the token events of a stream repeat one shape. ``Clean`` remembers the shapes a codec
walked and found nothing to scan in, so an event that differs from one only in its text skips
the walk and the duplicate-key check (the chat codec's usual event pays a find and a set
lookup). ``metadata`` is what a synthesised event may copy from an upstream one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any, TypeAlias

import orjson

from guardproxy.channels import ChannelFactory, ChannelKind
from guardproxy.codecs.logprobs import LOGPROB_KEYS

__all__ = [
    "ECHO",
    "EMPTY",
    "META",
    "OWN",
    "SEP",
    "TOOLS",
    "ByType",
    "Clean",
    "CodecError",
    "DuplicateKeys",
    "Spec",
    "load",
    "metadata",
    "scan",
    "unique_keys",
    "walk",
]


class CodecError(ValueError):
    """The upstream sent something the codec cannot scan; its text must not reach the client.

    Messages name what was wrong with the shape, never the text itself.
    """


class Field(Enum):
    META = "meta"
    OWN = "own"
    TOOLS = "tools"
    ECHO = "echo"


META, OWN, TOOLS, ECHO = Field.META, Field.OWN, Field.TOOLS, Field.ECHO


class ByType:
    """The map of an object chosen by its `type` (``default`` for any other)."""

    __slots__ = ("default", "types")

    def __init__(self, types: Mapping[str, Mapping[str, Spec]],
                 default: Mapping[str, Spec] | None = None) -> None:
        self.types = types
        self.default: Mapping[str, Spec] = default if default is not None else {"type": META}

    def of(self, value: dict[str, Any]) -> Mapping[str, Spec]:
        kind = value.get("type")
        return self.types.get(kind, self.default) if isinstance(kind, str) else self.default


# A field: a leaf, the map of an object, a one-element tuple (each element of a list), or a map
# chosen by type.
Spec: TypeAlias = Field | Mapping[str, "Spec"] | tuple["Spec"] | ByType
EMPTY: Mapping[str, Spec] = {}  # nothing known: every string is scanned
SEP = "\x1f"  # between the strings of one text: a word boundary no text carries


class DuplicateKeys(CodecError):
    """A JSON object names a key twice: parsers disagree on which value counts."""


# A quote, maybe whitespace, a colon: the end of every key (and of a few texts inside strings).
_KEY_END = re.compile(r'"[ \t\r\n]*:')
_QUOTE_SPACE = ('" ', '"\t', '"\n', '"\r')


def load(data: str | bytes) -> Any:
    """JSON from upstream, strictly: orjson's value, refused (``DuplicateKeys``) when an
    object names a key twice."""
    value = orjson.loads(data)
    unique_keys(data, value)
    return value


def unique_keys(data: str | bytes, value: Any) -> None:
    """Raise ``DuplicateKeys`` if an object of ``data`` (valid JSON, parsed as ``value``
    before anything edited it) names a key twice: orjson keeps the last, other parsers the
    first. Cheap: the key ends in ``data`` are counted against those in orjson's own writing
    of ``value``. Without `\\u` escapes the texts inside strings are spelled alike in both (a
    quote is always `\\"`), so the counts differ only by the keys orjson dropped; anything
    else is parsed again, slowly, to be sure."""
    text = data if isinstance(data, str) else data.decode("utf-8", "replace")
    out = orjson.dumps(value).decode()
    if "\\u" not in text:
        if not any(q in text for q in _QUOTE_SPACE):
            if text.count('":') == out.count('":'):
                return
        elif len(_KEY_END.findall(text)) == len(_KEY_END.findall(out)):
            return
    try:
        json.loads(text, object_pairs_hook=_unique)
    except RecursionError:
        raise CodecError("upstream sent JSON too deeply nested") from None


class Clean:
    """Events already walked that had nothing to scan, kept as the text around a few values.

    An event that differs from one of them only in those values (the next token of the same
    field, its sequence number, as almost every streamed event does) has the same keys and the
    same strings everywhere else: it needs no walk and no duplicate-key check of its own. Each
    value is a whole JSON member (``member``: `"key":value` as orjson writes it, a string or an
    integer), so the text before it leaves a parser in the same place in both events, and the
    member leaves it in the same place again: same text around, same structure. ``context``
    is what else decides how the codec reads the event (its SSE name). An event whose members
    are spelled otherwise is simply walked. A few shapes are kept per stream, the latest first;
    checking one costs a few comparisons of the text, no copy of it."""

    __slots__ = ("_seen",)
    SIZE = 8

    def __init__(self) -> None:
        self._seen: list[tuple[str, tuple[str, ...]]] = []  # (context, texts around members)

    @staticmethod
    def member(name: str, value: str | int) -> str:
        return f'"{name}":{orjson.dumps(value).decode()}'

    def seen(self, data: str, members: list[str], context: str = "") -> bool:
        if len(members) == 1:  # the usual event: one text (tried first, without loops)
            member = members[0]
            for known, around in self._seen:
                if len(around) == 2 and known == context:
                    head, tail = around
                    if len(head) + len(member) + len(tail) == len(data) \
                            and data.startswith(member, len(head)) \
                            and data.startswith(head) and data.endswith(tail):
                        return True
            return False
        size = len(data) - sum(map(len, members))
        for known, around in self._seen:
            if known != context or len(around) != len(members) + 1 \
                    or sum(map(len, around)) != size:
                continue
            at = 0
            for text, member in zip(around, [*members, ""], strict=True):
                if not data.startswith(text, at) or not data.startswith(member, at + len(text)):
                    break
                at += len(text) + len(member)
            else:
                return True
        return False

    def add(self, data: str, members: list[str], context: str = "") -> None:
        around: list[str] = []
        at = 0
        for member in members:
            found = data.find(member, at)
            if found < 0:
                return
            around.append(data[at:found])
            at = found + len(member)
        around.append(data[at:])
        self._seen.insert(0, (context, tuple(around)))
        del self._seen[self.SIZE :]


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise DuplicateKeys("upstream sent a JSON object with a duplicate key")
    return out


Slot = tuple[Any, Any, str, bool]  # (container, key or index, its text, the text is a key)


class _Found:
    __slots__ = ("changed", "content", "tools")

    def __init__(self) -> None:
        self.content: list[Slot] = []
        self.tools: list[Slot] = []
        self.changed = False  # log-probabilities were emptied


def scan(value: Any, spec: Spec, channels: ChannelFactory, *, shared: bool = True) -> bool:
    """Walk ``value`` by ``spec``, scanning what the map does not leave to the codec or let
    pass, in place; True if anything changed. ``shared``: its texts join the response's leak
    state (not for SSE framing, which no client reads as text)."""
    return bool(walk(value, spec, channels, shared=shared))


def walk(value: Any, spec: Spec, channels: ChannelFactory, *,
         shared: bool = True) -> bool | None:
    """``scan``, telling apart "nothing to scan" (None) from "scanned, unchanged" (False)."""
    found = _Found()
    if isinstance(value, dict | list):
        _walk(value, spec, None, found)
    elif isinstance(value, str) and spec is not META and spec is not OWN:
        raise ValueError("a JSON string on its own has no place to write back to")
    if not (found.changed or found.content or found.tools):
        return None
    changed = found.changed
    for kind, slots in (("content", found.content), ("tools", found.tools)):
        if slots:
            changed |= _scan_slots(slots, kind, channels, shared)  # type: ignore[arg-type]
    return changed


def _walk(value: dict[str, Any] | list[Any], spec: Spec, kind: str | None,
          found: _Found) -> None:
    """``kind`` None: the map decides; otherwise every string here is that kind's."""
    if isinstance(value, list):
        each: Spec | None = spec[0] if kind is None and isinstance(spec, tuple) else None
        if each is None and kind is None:
            kind = "tools" if spec is TOOLS else "content"
        for i, item in enumerate(value):
            _item(value, i, item, each, kind, found)
        return
    fields: Mapping[str, Spec] | None = None
    if kind is None:
        if isinstance(spec, ByType):
            fields = spec.of(value)
        elif isinstance(spec, Mapping):
            fields = spec
        else:
            kind = "tools" if spec is TOOLS else "content"
    for key, item in value.items():
        if key in LOGPROB_KEYS:
            if item:
                value[key] = [] if isinstance(item, list) else None
                found.changed = True
            continue
        if fields is not None and key in fields:
            sub = fields[key]
            if sub is ECHO:
                if item is not None:
                    value[key] = None
                    found.changed = True
                continue
            _item(value, key, item, sub, None, found)
            continue
        slot_kind = kind or "content"
        (found.tools if slot_kind == "tools" else found.content).append((value, key, key, True))
        _item(value, key, item, None, slot_kind, found)


_SPACE = re.compile(r"\s")


def metadata(value: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    """The ``keys`` of ``value`` that pass as metadata (scalars, one-token strings): what a
    synthesised event may copy from an upstream one before it was walked."""
    return {k: v for k in keys if k in value and _is_metadata(v := value[k])}


def _is_metadata(value: Any) -> bool:
    if isinstance(value, str):
        return _SPACE.search(value) is None
    return not isinstance(value, dict | list)


def _item(holder: Any, key: Any, item: Any, spec: Spec | None, kind: str | None,
          found: _Found) -> None:
    if isinstance(item, str):
        if kind is None:
            if spec is OWN or (spec is META and _SPACE.search(item) is None):
                return
            kind = "tools" if spec is TOOLS else "content"
        (found.tools if kind == "tools" else found.content).append((holder, key, item, False))
    elif isinstance(item, dict | list):
        if kind is None and not isinstance(spec, Mapping | tuple | ByType):
            kind = "tools" if spec is TOOLS else "content"  # metadata never nests
        _walk(item, spec if spec is not None else EMPTY, kind, found)


def _scan_slots(slots: list[Slot], kind: ChannelKind, channels: ChannelFactory,
                shared: bool) -> bool:
    texts = [slot[2] for slot in slots]
    text = SEP.join(texts)
    channel = channels(kind, shared=shared)
    out = channel.feed(text) + channel.flush()
    if out == text:
        return False
    pieces = _aligned(out.split(SEP), texts)
    renames: dict[int, tuple[dict[str, Any], dict[str, str]]] = {}
    for (holder, key, original, is_key), piece in zip(slots, pieces, strict=True):
        if piece == original:
            continue
        if is_key:
            renames.setdefault(id(holder), (holder, {}))[1][key] = piece
        else:
            holder[key] = piece
    for holder, names in renames.values():
        items = list(holder.items())
        holder.clear()
        holder.update((names.get(k, k), v) for k, v in items)
    return True


def _aligned(pieces: list[str], texts: list[str]) -> list[str]:
    """The output pieces, one per original string. A piece that does not equal its string
    came out of a redaction; when redactions swallowed separators there are fewer pieces than
    strings, and such a piece stands for as many strings as need one (it goes to the first, the
    others get ""), up to the next piece that equals its string."""
    lost = len(texts) - len(pieces)
    if not lost:
        return pieces
    out: list[str] = []
    i = 0
    for j, piece in enumerate(pieces):
        covers = 1
        if piece != texts[i] and lost:
            after = pieces[j + 1] if j + 1 < len(pieces) else None
            extra = next((t for t in range(lost + 1) if after is not None
                          and texts[i + 1 + t] == after), lost)
            covers += extra
            lost -= extra
        out.append(piece)
        out.extend("" for _ in range(covers - 1))
        i += covers
    return out
