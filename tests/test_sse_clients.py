"""What real SSE clients see through guardproxy's framing: the same events as from the
upstream's own bytes, whatever the line ends, the read boundaries and which events guardproxy
re-encodes (LF line ends) or passes raw (the upstream's).

The clients are the decoders of openai-python (``openai._streaming.SSEDecoder``),
anthropic-sdk-python (``anthropic._streaming.SSEDecoder``) and httpx-sse (``EventSource``
over an ``httpx.Response``), each fed the upstream's reads and then guardproxy's output for
each read. The framing is the real ``SSEResponseStream`` with pass-through channels; the
event stream re-encodes the events a test picks.

Streams carry no byte order mark: guardproxy follows the spec and drops it where it opens the
stream, and a re-encoded first event does not write it again; these decoders keep it as part of
the first field's name.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sse_clients import CLIENTS, Seen, through_guardproxy

EOLS = ["\n", "\r\n", "\r"]
NAMES = ["data", "data", "data", "event", "id", "retry", "", "foo", "Data"]
VALUE = st.text(st.sampled_from("ab {}:\"0123é€\u2028"), max_size=6)
RETRY = st.text(st.sampled_from("0129x"), min_size=1, max_size=3)


@st.composite
def lines(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(NAMES))
    value = draw(RETRY if name == "retry" else VALUE)
    if name != "" and draw(st.booleans()) and not value:
        return name  # a field without a colon
    # Not a second space before a retry: int() takes " 5", the spec (and guardproxy's
    # re-encoding) ignores it.
    space = draw(st.sampled_from(["", " "] if name == "retry" else ["", " ", "  "]))
    return f"{name}:{space}{value}"


@st.composite
def streams(draw: st.DrawFn) -> bytes:
    """Events of a few lines each, every line end drawn apart, maybe an unterminated tail."""
    out: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        for line in draw(st.lists(lines(), max_size=4)):
            out.append(line + draw(st.sampled_from(EOLS)))
        out.append(draw(st.sampled_from(EOLS)))
    if draw(st.booleans()):
        out.append(draw(lines()))
    return "".join(out).encode()


def reads_of(data: st.DataObject, stream: bytes) -> list[bytes]:
    cuts = sorted(set(data.draw(st.lists(st.integers(1, max(1, len(stream) - 1)),
                                         max_size=8))))
    bounds = [0, *[c for c in cuts if c < len(stream)], len(stream)]
    return [stream[a:b] for a, b in itertools.pairwise(bounds)]


@pytest.mark.parametrize("client", CLIENTS)
@settings(deadline=None, max_examples=400)
@given(data=st.data(), stream=streams())
def test_clients_see_the_upstreams_events(client: str, data: st.DataObject,
                                          stream: bytes) -> None:
    reads = reads_of(data, stream)
    pick = data.draw(st.lists(st.booleans(), max_size=12))
    sees = CLIENTS[client]
    seen, views = sees(through_guardproxy(reads, pick)), [sees(reads), sees([stream])]
    if client == "anthropic":
        # anthropic-sdk-python's chunker reads a blank line too many where a read cuts a CRLF
        # right after a CR-ended line (pinned below; guardproxy reads one CRLF there, as the
        # spec does), and after a re-encoded event it may be another count of them. Its
        # decoder yields an empty event for each (the stream had an id); its Stream skips
        # events without a name, so to its users they are no event at all. The comparison
        # leaves out these blank ones only, and keeps every event that has a name or data.
        seen, views = without_blanks(seen), [without_blanks(view) for view in views]
    # The upstream's bytes in its reads, or in one read.
    assert seen in views


def without_blanks(seen: Seen) -> Seen:
    """The events that have a name or data."""
    return [event for event in seen if event[0] is not None or event[1]]


def test_a_blank_dispatch_of_the_anthropic_decoder_is_no_event_to_its_stream() -> None:
    """The case hypothesis found: a read cut after CR-ended blank lines that follow a
    re-encoded event. The decoder yields one empty event more than from the upstream's bytes;
    the SDK's Stream acts on neither."""
    reads = [b"data:  0\nid:0\n\ndata:  0\r\n\r\r\r", b"\n"]
    sees = CLIENTS["anthropic"]
    through = sees(through_guardproxy(reads, [False, True]))
    assert len(through) == len(sees([b"".join(reads)])) + 1
    assert [e for e in through if e[1]] == [(None, " 0", "0", None)] * 2


def test_anthropic_chunker_reads_a_cut_crlf_after_a_cr_as_two_blank_lines() -> None:
    """Why the property also accepts the one-read view (a difference of the SDK's, not of
    guardproxy's): cut between CR and LF, `data: 0\r\r\n` is one event to the spec and to
    guardproxy, two (one empty, the id kept) to anthropic-sdk-python."""
    reads = [b"id: 1\rdata: 0\r\r", b"\n"]
    sees = CLIENTS["anthropic"]
    assert sees(reads) == [(None, "0", "1", None), (None, "", "1", None)]
    assert sees([b"".join(reads)]) == [(None, "0", "1", None)]
    assert sees(through_guardproxy(reads, [True])) == [(None, "0", "1", None)]


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("pick", [[False, False], [True, False], [False, True], [True, True]])
def test_crlf_cut_at_an_events_end_in_a_bare_cr_stream(client: str, pick: list[bool]) -> None:
    """The issue's case: a bare-CR stream, a CRLF cut by a read boundary right at the end of an
    event, that event re-encoded and the next passed raw. The LF must not become a blank line
    of its own (openai-python then dispatches an empty event, the stream having had an id)."""
    reads = [b"id: 1\rdata: {}\r\r", b"data: {\"a\":1}\r\n\r", b"\ndata: {\"b\":2}\r\r"]
    sees = CLIENTS[client]
    got = sees(through_guardproxy(reads, [False, *pick]))
    assert got == sees(reads)
    assert [d for _, d, _, _ in got] == ["{}", '{"a":1}', '{"b":2}']


def test_an_untouched_stream_goes_out_byte_for_byte() -> None:
    reads = [b": hi\r\rdata: x\r\n\r", b"\ndata: y\r\n\r", b"\n"]
    assert b"".join(through_guardproxy(reads, [])) == b"".join(reads)
