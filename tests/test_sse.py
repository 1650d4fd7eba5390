"""SSE framing: exact chunk splits, byte-identical pass-through, and chunking invariance."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.sse import DONE, SSEDecoder, SSEError, SSEEvent, encode_event, reencode

# (data, event, id, retry, comments, terminated): what a client sees of an event.
Fields = tuple[str | None, str | None, str | None, int | None, tuple[str, ...], bool]


def fields(event: SSEEvent) -> Fields:
    return (event.data, event.event, event.id, event.retry, tuple(event.comments),
            event.terminated)


def ev(
    data: str | None = None,
    *,
    event: str | None = None,
    id: str | None = None,
    retry: int | None = None,
    comments: Sequence[str] = (),
    terminated: bool = True,
) -> Fields:
    return (data, event, id, retry, tuple(comments), terminated)


def decode(chunks: Iterable[bytes], max_event_bytes: int = 1 << 20) -> list[SSEEvent]:
    """Every event, the flush tail last when there is one."""
    decoder = SSEDecoder(max_event_bytes)
    events = [e for chunk in chunks for e in decoder.feed(chunk)]
    tail = decoder.close()
    return events + ([tail] if tail is not None else [])


def cut(data: bytes, positions: Iterable[int]) -> list[bytes]:
    bounds = [0, *sorted(set(positions)), len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


def wire(event: SSEEvent) -> bytes:
    """The upstream's bytes of an event: its raw bytes, after the LF it owes the previous
    event's CRLF when a read boundary cut that LF off."""
    return b"\n" + event.raw if event.rest_of_crlf else event.raw


def attach_stray_lf(events: list[SSEEvent]) -> list[tuple[bytes, Fields]]:
    """(raw, fields) per event, with the LF of a CRLF that a read boundary cut off an event's
    blank line given back to that event: one-shot decoding never separates them. An LF that
    was all the last read held leaves an empty tail, which is dropped."""
    out: list[tuple[bytes, Fields]] = []
    for e in events:
        if e.rest_of_crlf:
            before, before_fields = out[-1]
            assert before.endswith(b"\r")
            out[-1] = (before + b"\n", before_fields)
            if not e.raw:
                assert fields(e) == ev(terminated=False)  # only a flush tail can be this
                continue
        out.append((e.raw, fields(e)))
    return out


def assert_chunking_invariant(stream: bytes, chunks: list[bytes]) -> None:
    assert b"".join(chunks) == stream
    whole = decode([stream])
    split = decode(chunks)
    assert b"".join(map(wire, split)) == stream
    assert attach_stray_lf(split) == [(e.raw, fields(e)) for e in whole]


@dataclass
class Case:
    chunks: list[bytes]
    expected: list[Fields]
    raws: list[bytes] | None = None  # the exact raw bytes of each event, where pinned


CASES = {
    "lf": Case([b"data: a\n\n"], [ev("a")]),
    "crlf": Case([b"data: a\r\n\r\n"], [ev("a")], [b"data: a\r\n\r\n"]),
    "bare cr": Case([b"data: a\r\rdata: b\r\r"], [ev("a"), ev("b")],
                    [b"data: a\r\r", b"data: b\r\r"]),
    "crlf split across reads": Case([b"data: x\r", b"\n\r\n"], [ev("x")],
                                    [b"data: x\r\n\r\n"]),
    "crlf split before the blank line's lf": Case(
        [b"data: x\r\n\r", b"\ndata: y\n\n"], [ev("x"), ev("y")],
        [b"data: x\r\n\r\n", b"data: y\n\n"]),
    "crlf split after the stream showed a bare cr": Case(
        [b": hi\r\rdata: x\r\n\r", b"\ndata: y\n\n"], [ev(comments=["hi"]), ev("x"), ev("y")],
        [b": hi\r\r", b"data: x\r\n\r", b"data: y\n\n"]),
    "lf after a split crlf, then a blank lf": Case(
        [b"data: a\r\rdata: b\r", b"\n", b"\n"], [ev("a"), ev("b")],
        [b"data: a\r\r", b"data: b\r\n\n"]),
    "mixed endings in one event": Case([b"data: a\rdata: b\r\ndata: c\n\r\n"], [ev("a\nb\nc")]),
    "utf-8 split across reads": Case(
        [b"data: caf\xc3", b"\xa9 \xe2\x82", b"\xac \xf0\x9f", b"\x98\x80\n\n"],
        [ev("café € 😀")]),
    "keep-alive comment": Case([b": keep-alive\n\ndata: {}\n\n"],
                               [ev(comments=["keep-alive"]), ev("{}")],
                               [b": keep-alive\n\n", b"data: {}\n\n"]),
    "openrouter keep-alive": Case([b": OPENROUTER PROCESSING\n\n"],
                                  [ev(comments=["OPENROUTER PROCESSING"])],
                                  [b": OPENROUTER PROCESSING\n\n"]),
    "comment inside an event": Case([b"data: a\n:note\ndata: b\n\n"],
                                    [ev("a\nb", comments=["note"])]),
    "empty comment": Case([b":\n\n"], [ev(comments=[""])]),
    "multi-line data": Case([b"data: a\ndata: b\ndata:\n\n"], [ev("a\nb\n")]),
    "id retry event": Case([b"event: ping\nid: 7\nretry: 3000\ndata: {}\n\n"],
                           [ev("{}", event="ping", id="7", retry=3000)]),
    "last field value wins": Case([b"event: a\nevent: b\nid: 1\nid: 2\n\n"],
                                  [ev(event="b", id="2")]),
    "llama.cpp error field": Case(
        [b'error: {"code":500,"message":"boom"}\n\ndata: [DONE]\n\n'],
        [ev(), ev(DONE)], [b'error: {"code":500,"message":"boom"}\n\n', b"data: [DONE]\n\n"]),
    "done without a space": Case([b"data:[DONE]\n\n"], [ev(DONE)]),
    "only one space is stripped": Case([b"data:  x \n\n"], [ev(" x ")]),
    "colon in the value": Case([b'data: {"a":"b: c"}\n\n'], [ev('{"a":"b: c"}')]),
    "field without a colon": Case([b"data\n\n"], [ev("")]),
    "field names are case sensitive": Case([b"Data: x\n\n"], [ev()]),
    "several events in one read": Case([b"data: 1\n\ndata: 2\n\n: ka\n\ndata: 3\n\n"],
                                       [ev("1"), ev("2"), ev(comments=["ka"]), ev("3")]),
    "json split across reads": Case(
        [b'data: {"choices":[{"de', b'lta":{"content":"hi"}}]}', b"\n", b"\n"],
        [ev('{"choices":[{"delta":{"content":"hi"}}]}')]),
    "lone blank lines": Case([b"\n\r\n\r"], [ev(), ev(), ev()], [b"\n", b"\r\n", b"\r"]),
    "invalid retry is ignored": Case([b"retry: 1a\n\nretry: -1\n\nretry: \xc2\xb2\n\n"],
                                     [ev(), ev(), ev()]),
    "id with nul is ignored": Case([b"id: a\x00b\n\n"], [ev()]),
    "empty id is kept": Case([b"id:\n\n"], [ev(id="")]),
    "unterminated tail": Case([b"data: a\n\ndata: {\"x\""],
                              [ev("a"), ev('{"x"', terminated=False)],
                              [b"data: a\n\n", b'data: {"x"']),
    "tail with complete lines but no blank line": Case(
        [b"data: a\ndata: b\r"], [ev("a\nb", terminated=False)]),
    "byte order mark at the start": Case([b"\xef\xbb\xbfdata: a\n\n"], [ev("a")],
                                         [b"\xef\xbb\xbfdata: a\n\n"]),
    "byte order mark later is a field name": Case(
        [b"data: a\n\n\xef\xbb\xbfdata: b\n\n"], [ev("a"), ev()]),
    "byte order mark split across reads": Case([b"\xef", b"\xbb\xbfdata: a\n\n"], [ev("a")]),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_decodes_exact_chunks(case: Case) -> None:
    events = decode(case.chunks)
    assert [fields(e) for e in events] == case.expected
    assert b"".join(map(wire, events)) == b"".join(case.chunks)
    if case.raws is not None:
        assert [e.raw for e in events] == case.raws


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_every_single_cut_and_byte_by_byte(case: Case) -> None:
    stream = b"".join(case.chunks)
    for at in range(len(stream) + 1):
        assert_chunking_invariant(stream, cut(stream, [at]))
    assert_chunking_invariant(stream, [stream[i : i + 1] for i in range(len(stream))])


def test_bare_cr_event_is_dispatched_without_waiting_for_the_next_read() -> None:
    decoder = SSEDecoder()
    assert [e.data for e in decoder.feed(b"data: a\r\r")] == ["a"]
    assert [e.data for e in decoder.feed(b"data: [DONE]\r\r")] == [DONE]
    assert decoder.close() is None


def test_bare_cr_stream_learnt_across_reads() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []  # CR or CRLF? not known yet
    assert [e.raw for e in decoder.feed(b"\r")] == [b"data: a\r\r"]


def test_crlf_stream_holds_a_final_cr_for_its_lf() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r\n\r") == []
    assert [e.raw for e in decoder.feed(b"\n")] == [b"data: a\r\n\r\n"]


def test_a_cr_held_at_the_end_of_the_stream_ends_its_event() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r\ndata: b\r\n\r") == []
    tail = decoder.close()
    assert tail is not None
    assert (tail.data, tail.terminated, tail.raw) == ("a\nb", True, b"data: a\r\ndata: b\r\n\r")
    assert decoder.close() is None


@pytest.mark.parametrize("before", [b"", b": bare cr stream\r\r"])
def test_lf_completing_a_split_crlf_is_not_a_blank_line(before: bytes) -> None:
    decoder = SSEDecoder()
    assert len(decoder.feed(before)) == (1 if before else 0)
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"\n") == []  # the rest of the CRLF, not the end of the event
    assert decoder.feed(b"") == []
    [event] = decoder.feed(b"\n")
    assert (event.data, event.raw) == ("a", b"data: a\r\n\n")


def test_lf_after_a_cr_that_was_not_last_in_its_read_is_a_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\rx") == []
    [event] = decoder.feed(b"\n\n")
    assert (event.data, event.raw) == ("a", b"data: a\rx\n\n")


def test_events_come_out_as_soon_as_their_blank_line_arrives() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: 1\n") == []
    assert [e.data for e in decoder.feed(b"\ndata: 2")] == ["1"]
    assert [e.data for e in decoder.feed(b"\n\n")] == ["2"]


def test_flush_with_nothing_pending_is_none() -> None:
    decoder = SSEDecoder()
    assert decoder.close() is None
    decoder.feed(b"data: a\n\n")
    assert decoder.close() is None


def test_flush_returns_a_comment_tail() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b": keep-al") == []
    tail = decoder.close()
    assert tail is not None
    assert (tail.raw, tail.comments, tail.data, tail.terminated) == (
        b": keep-al", ("keep-al",), None, False)


@pytest.mark.parametrize(
    ("chunks", "limit"),
    [
        ([b"data: " + b"x" * 20 + b"\n\n"], 16),  # a whole event in one read
        ([b"data: " + b"x" * 20], 16),  # an incomplete line
        ([b"data: xxxxx\n", b"data: xxxxx\n", b"data: x"], 16),  # lines across reads
        ([b"data: a\n\n", b": " + b"k" * 30 + b"\n\n"], 16),  # a later event
    ],
)
def test_event_over_max_event_bytes_raises(chunks: list[bytes], limit: int) -> None:
    decoder = SSEDecoder(limit)
    with pytest.raises(SSEError, match="larger than 16 bytes"):
        for chunk in chunks:
            decoder.feed(chunk)


def test_max_event_bytes_is_per_event_and_inclusive() -> None:
    event = b"data: 0123456789\n\n"
    decoder = SSEDecoder(len(event))
    assert len(decoder.feed(event * 50)) == 50
    with pytest.raises(SSEError):
        SSEDecoder(len(event) - 1).feed(event)


@pytest.mark.parametrize(
    ("stream", "limit"),
    [
        (b"data: 0123456789\n\n", 18),
        (b"data: 0123456789\n\n", 17),
        (b"data: a\r\n\r\ndata: b\r\n\r\n", 10),
        (b"data: a\r\n\r\ndata: b\r\n\r\n", 9),
        (b"data: a\r\rdata: b\r\n\r\ndata: c\n\n", 10),  # a cut CRLF moves an LF along
        (b"data: a\r\rdata: b\r\n\r\ndata: c\n\n", 9),
        (b"data: a\r\ndata: b\r\n\r\n", 17),
        (b"data: a\r\ndata: b\r\n\r\n", 16),
        (b"data: a\r\rdata: bb\r\r", 10),
    ],
)
def test_whether_an_event_is_too_large_does_not_depend_on_chunking(
    stream: bytes, limit: int
) -> None:
    def raises(chunks: list[bytes]) -> bool:
        try:
            decode(chunks, max_event_bytes=limit)
        except SSEError:
            return True
        return False

    expected = raises([stream])
    assert all(raises(cut(stream, [at])) == expected for at in range(len(stream) + 1))
    assert raises([stream[i : i + 1] for i in range(len(stream))]) == expected


@pytest.mark.parametrize(
    "chunks",
    [
        [b"data: \xff\n\n"],
        [b"data: \xc3\n\n"],  # a lead byte with no continuation
        [b": \xed\xa0\x80\n\n"],  # an encoded surrogate
        [b"data: ok\n\ndata: \xe2\x82"],  # a character cut short by the end of the stream
    ],
)
def test_invalid_utf8_raises(chunks: list[bytes]) -> None:
    with pytest.raises(SSEError, match="UTF-8"):
        decode(chunks)


def test_is_done() -> None:
    done, other = decode([b"data:[DONE]\n\ndata: [DONE] \n\n"])
    assert done.is_done
    assert not other.is_done


# -- encode_event / reencode ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"data": "x"}, b"data: x\n\n"),
        ({"data": "a\nb"}, b"data: a\ndata: b\n\n"),
        ({"data": "a\r\nb\rc"}, b"data: a\ndata: b\ndata: c\n\n"),
        ({"data": ""}, b"data: \n\n"),
        ({"data": None, "comments": ["keep-alive"]}, b": keep-alive\n\n"),
        ({"data": None}, b"\n"),
        (
            {"data": "{}", "event": "e", "id": "1", "retry": 5, "comments": ["", "c"]},
            b":\n: c\nevent: e\nid: 1\nretry: 5\ndata: {}\n\n",
        ),
    ],
)
def test_encode_event_bytes(kwargs: dict[str, object], expected: bytes) -> None:
    assert encode_event(**kwargs) == expected  # type: ignore[arg-type]


def test_cr_in_data_cannot_smuggle_a_second_event() -> None:
    [event] = decode([encode_event('{"a":1}\r\rdata: [DONE]\r')])
    assert event.data == '{"a":1}\n\ndata: [DONE]\n'


@pytest.mark.parametrize(
    "kwargs",
    [
        {"event": "a\nb"},
        {"id": "1\r2"},
        {"comments": ["ok", "x\r\ndata: y"]},
        {"retry": -1},
    ],
)
def test_encode_event_rejects_what_it_cannot_frame(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        encode_event("x", **kwargs)  # type: ignore[arg-type]


def test_reencode_keeps_fields_and_comments() -> None:
    stream = b": c1\r\nevent: delta\r\nid: 9\r\nretry: 10\r\nfoo: bar\r\ndata: old\r\n\r\n"
    [original] = decode([stream])
    out = reencode(original, "new\nlines")
    [again] = decode([out])
    assert fields(again) == ev("new\nlines", event="delta", id="9", retry=10, comments=["c1"])
    assert again.raw == out


# -- hypothesis -------------------------------------------------------------------------------

ENDINGS = st.sampled_from([b"\n", b"\r\n", b"\r"])
VALUE = st.text(st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=12)
UNKNOWN = st.sampled_from(["error", "foo", "x-data", "Data", "dat"])


@dataclass
class Line:
    name: str  # "" for a comment
    value: str  # the text after the colon, a leading space included
    colon: bool = True

    def encode(self) -> bytes:
        return (self.name + (":" + self.value if self.colon else "")).encode()


@st.composite
def lines(draw: st.DrawFn) -> Line:
    name = draw(st.sampled_from(["data", "event", "id", "retry", "", "unknown"]))
    if name == "unknown":
        name = draw(UNKNOWN)
    if name == "retry":
        value = draw(st.one_of(st.integers(0, 10**6).map(str), VALUE))
    elif name == "id":
        value = draw(st.one_of(VALUE, st.just("a\0b")))
    else:
        value = draw(VALUE)
    value = draw(st.sampled_from(["", " "])) + value
    colon = name == "" or bool(value) or draw(st.booleans())  # a bare name needs no colon
    return Line(name, value, colon)


@dataclass
class Stream:
    events: list[list[Line]]
    tail: list[Line]
    data: bytes


def expected_fields(block: list[Line], terminated: bool) -> Fields:
    """The WHATWG interpretation of one event's lines, written independently of the decoder."""
    data: list[str] = []
    out = {"event": None, "id": None, "retry": None}
    comments: list[str] = []
    for line in block:
        value = line.value[1:] if line.value.startswith(" ") else line.value
        if line.name == "":
            comments.append(value)
        elif line.name == "data":
            data.append(value)
        elif line.name == "event":
            out["event"] = value
        elif line.name == "id" and "\0" not in value:
            out["id"] = value
        elif line.name == "retry" and re.fullmatch(r"[0-9]+", value):
            out["retry"] = int(value)
    retry = int(out["retry"]) if out["retry"] is not None else None
    return ("\n".join(data) if data else None, out["event"], out["id"], retry,
            tuple(comments), terminated)


@st.composite
def streams(draw: st.DrawFn) -> Stream:
    events = draw(st.lists(st.lists(lines(), max_size=4), max_size=5))
    tail = draw(st.lists(lines(), max_size=3))
    flat: list[bytes] = []
    for block in events:
        flat.extend(line.encode() for line in block)
        flat.append(b"")  # the blank line that ends the event
    flat.extend(line.encode() for line in tail)
    out = bytearray()
    for i, text in enumerate(flat):
        ending = draw(ENDINGS)
        if out.endswith(b"\r") and not text and ending == b"\n":
            ending = b"\r\n"  # a blank line's lone LF right after a CR would join it as CRLF
        last_tail_line = i == len(flat) - 1 and tail
        if last_tail_line and draw(st.booleans()):
            ending = b""  # the stream may stop mid-line
        out += text + ending
    return Stream(events, tail, bytes(out))


@settings(deadline=None, max_examples=300)
@given(streams())
def test_one_shot_decoding_matches_the_spec_model(stream: Stream) -> None:
    events = decode([stream.data])
    expected = [expected_fields(block, True) for block in stream.events]
    if stream.tail:
        expected.append(expected_fields(stream.tail, False))
    assert [fields(e) for e in events] == expected
    assert b"".join(e.raw for e in events) == stream.data


@settings(deadline=None, max_examples=300)
@given(st.data(), streams())
def test_random_cuts_give_the_one_shot_events(data: st.DataObject, stream: Stream) -> None:
    size = len(stream.data)
    positions = data.draw(st.lists(st.integers(0, size), max_size=max(1, size // 2)))
    assert_chunking_invariant(stream.data, cut(stream.data, positions))


@settings(deadline=None)
@given(
    data=st.one_of(st.none(), st.text()),
    event=st.one_of(st.none(), VALUE),
    id=st.one_of(st.none(), st.text(st.characters(codec="utf-8", exclude_characters="\r\n\0"))),
    retry=st.one_of(st.none(), st.integers(min_value=0, max_value=2**40)),
    comments=st.lists(VALUE, max_size=3),
)
def test_encode_event_round_trips_through_the_decoder(
    data: str | None, event: str | None, id: str | None, retry: int | None, comments: list[str]
) -> None:
    encoded = encode_event(data, event=event, id=id, retry=retry, comments=comments)
    [decoded] = decode([encoded])
    expected_data = None if data is None else re.sub(r"\r\n|\r", "\n", data)
    assert fields(decoded) == ev(expected_data, event=event, id=id, retry=retry,
                                 comments=comments)
    assert decoded.raw == encoded


@settings(deadline=None)
@given(streams(), st.text())
def test_reencode_round_trips_every_event(stream: Stream, new: str) -> None:
    for original in decode([stream.data]):
        [again] = decode([reencode(original, new)])
        assert fields(again) == (re.sub(r"\r\n|\r", "\n", new), *fields(original)[1:5], True)
