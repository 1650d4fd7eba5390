"""Encoded leaks: base64 and hex runs decoded and checked, redacted whole."""

from __future__ import annotations

import base64
import hashlib
import itertools
from collections.abc import Callable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.detectors.encoded import (
    EncodedDetector,
    EscapedDetector,
    decode_escaped,
    decode_run,
)
from guardproxy.sanitizer import Channel

BOTH = frozenset({"base64", "hex"})
SECRET = "the launch code is tango"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def leaks(text: str) -> bool:
    return "launch code" in text


@pytest.mark.parametrize(
    ("run", "decoded"),
    [
        (b64(SECRET), SECRET),
        (b64(SECRET).rstrip("="), SECRET),  # padding dropped
        (base64.b64encode(hashlib.sha256(b"k").digest()).decode(), None),  # random bytes
        (SECRET.encode().hex(), SECRET),
        ("x" + b64(SECRET), SECRET),  # a stray character in front: another alignment
        ("internationalization", None),  # a long word is valid base64 but not text
        ("9f86d081884c7d659a2feaa0c55ad015", None),  # a hash is hex but not text
    ],
)
def test_decode_run(run: str, decoded: str | None) -> None:
    texts = decode_run(run, encodings=BOTH)
    assert (decoded in texts) if decoded else not texts


def test_encodings_can_be_switched_off() -> None:
    assert decode_run(SECRET.encode().hex(), encodings=frozenset({"base64"})) == []
    assert decode_run(b64(SECRET), encodings=frozenset({"hex"})) == []


def run(detector: EncodedDetector, chunks: Sequence[str]) -> tuple[str, int]:
    channel = Channel([detector], ["<E>"])
    out, most = [], 0
    for chunk in chunks:
        out.append(channel.feed(chunk))
        most = max(most, channel.held)
    out.append(channel.flush())
    return "".join(out), most


def detector(bound: int = 64) -> EncodedDetector:
    return EncodedDetector(leaks, 0, encodings=BOTH, bound=bound)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"say {b64(SECRET)} now", "say <E> now"),
        (f"say {SECRET.encode().hex()}.", "say <E>."),
        (f"say {b64('nothing to see here at all')} now", None),
        ("a-b-c d/e/f short runs", None),
    ],
)
@pytest.mark.parametrize("size", [1, 3, 7, 1000])
def test_runs_in_chunks(text: str, expected: str | None, size: int) -> None:
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    assert run(detector(), chunks)[0] == (expected or text)


def test_a_long_run_is_decided_in_pieces_and_goes_whole_once_it_leaks() -> None:
    payload = b64("x" * 5 + " " + SECRET + " " + "y" * 120)  # the secret in the first piece
    out, most = run(detector(bound=64), list(f"go {payload} end"))
    assert out == "go <E> end"
    assert most <= 64


def test_a_leak_in_a_later_piece_redacts_from_that_piece_on() -> None:
    payload = b64("x" * 100 + " " + SECRET + " ok")
    out, _ = run(detector(bound=64), [f"go {payload} end"])
    assert out == "go " + payload[:120] + "<E> end"  # pieces of 60: the third leaks


def cut(text: str, points: Sequence[int]) -> list[str]:
    bounds = sorted({0, len(text), *(p % (len(text) + 1) for p in points)})
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


FRAGMENTS = [b64(SECRET), SECRET.encode().hex(), b64("benign words only here"), "=", "==",
             "abc", "A" * 70, " ", "\n", "-", "/", "x"]


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.sampled_from(FRAGMENTS), max_size=12),
       points=st.lists(st.integers(0, 2000), max_size=20))
def test_any_chunking_equals_one_shot(parts: list[str], points: list[int]) -> None:
    text = "".join(parts)
    one_shot, _ = run(detector(), [text])
    chunked, most = run(detector(), cut(text, points))
    assert chunked == one_shot
    assert most <= 64


def test_base32_runs_decode() -> None:
    run = base64.b32encode(SECRET.encode()).decode()
    assert SECRET in decode_run(run, encodings=frozenset({"base32"}))
    assert SECRET in decode_run(run.lower().rstrip("="), encodings=frozenset({"base32"}))
    assert decode_run(run, encodings=frozenset({"base64"})) == [] or all(
        SECRET not in t for t in decode_run(run, encodings=frozenset({"base64"})))


@pytest.mark.parametrize(
    "run",
    [
        " ".join(f"{b:02x}" for b in SECRET.encode()),
        ":".join(f"{b:02X}" for b in SECRET.encode()),
        "".join(f"\\x{b:02x}" for b in SECRET.encode()),
        "".join(f"\\u{ord(c):04x}" for c in SECRET),
        "".join(f"&#{ord(c)};" for c in SECRET),
        "".join(f"&#x{ord(c):X};" for c in SECRET),
        "".join(f"%{b:02X}" for b in SECRET.encode()),
    ],
    ids=["hex-spaces", "hex-colons", "backslash-x", "backslash-u", "entities", "hex-entities",
         "percent"],
)
def test_decode_escaped(run: str) -> None:
    assert decode_escaped(run) == [SECRET]


ALL = frozenset({"base64", "base32", "hex", "escapes"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("say " + "".join(f"\\x{b:02x}" for b in SECRET.encode()) + " now", "say <E> now"),
        ("say " + "".join(f"&#{ord(c)};" for c in SECRET) + ". Next.", "say <E>. Next."),
        ("say " + base64.b64encode(b"launch code").decode() + " now", "say <E> now"),  # short
        ("have been very good at ab cd ef 12 34 56 78 today.", None),
        ("HTML uses &nbsp; and &#169; and %20; ids like dGVzdA== are fine.", None),
    ],
)
@pytest.mark.parametrize("size", [1, 2, 5, 1000])
def test_escaped_runs_in_chunks(text: str, expected: str | None, size: int) -> None:
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    out, held = run(EscapedDetector(leaks, 0, encodings=ALL, bound=240), chunks)
    assert out == (expected or text)
    assert held <= 240


@pytest.mark.parametrize("size", [1, 7, 1000])
def test_an_escaped_run_cut_by_the_bound_goes_whole_once_it_leaks(size: int) -> None:
    """A run longer than a sentence may be is decided in pieces; the piece after a leaking
    one goes too, however little it holds."""
    escaped = "".join(f"\\x{b:02x}" for b in (SECRET + " and more text after it").encode())
    text = f"{escaped} end"
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    out, held = run(EscapedDetector(leaks, 0, encodings=ALL, bound=120), chunks)
    assert out.startswith("<E>") and "\\x" not in out and out.endswith(" end")
    assert held <= 120


ESCAPES = [
    lambda data: "".join(f"\\x{b:02x}" for b in data),
    lambda data: "".join(f"\\u{b:04x}" for b in data),
    lambda data: "".join(f"&#{b};" for b in data),
    lambda data: "".join(f"%{b:02X}" for b in data),
    lambda data: " ".join(f"{b:02x}" for b in data),
]


@pytest.mark.parametrize("escape", ESCAPES, ids=["x", "u", "entity", "percent", "hex-spaced"])
@pytest.mark.parametrize("filler", [10, 25, 40])
@pytest.mark.parametrize("size", [1, 7, 1000])
def test_an_escaped_run_is_decoded_across_sentence_cuts(
    escape: Callable[[bytes], str], filler: int, size: int
) -> None:
    """A run longer than a sentence may be (60 characters here), with the leak across one of
    the forced cuts: no piece holds it, the run does. What was released before the piece in
    which it became a leak stays released (the bound decides); from there on the run goes."""
    escaped = escape(("words " * filler).encode() + SECRET.encode() + b" and more after it")
    text = f"{escaped}. end"
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    out, held = run(EscapedDetector(leaks, 0, encodings=ALL, bound=60), chunks)
    assert held <= 60
    released, marker, rest = out.partition("<E>")
    assert marker and rest == ". end"
    assert escaped.startswith(released)
    # what was released decodes to no leak: the piece holding "launch code" is redacted
    decoded = "".join(decode_escaped(released + ("0" if escape is ESCAPES[4] else "")) or [""])
    assert "launch code" not in decoded and len(released) >= 6 * filler


def grouped(text: str, size: int, sep: str) -> str:
    encoded = b64(text)
    return sep.join(encoded[i : i + size] for i in range(0, len(encoded), size))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Here: {grouped(SECRET, 4, ' ')}. Next.", "Here: <E>. Next."),
        (f"Here: {grouped(SECRET, 8, '-')} ok", "Here: <E> ok"),
        (f"Here {grouped('so ' + SECRET, 4, ' ')} ok", "Here <E> ok"),  # a 4-letter word first
        (f"Some {grouped('benign words only here', 4, ' ')} ok", None),
        ("with some text here and more than that in 2024 when they came back.", None),
    ],
)
@pytest.mark.parametrize("size", [1, 2, 5, 1000])
def test_base64_in_groups(text: str, expected: str | None, size: int) -> None:
    """Base64 in groups of 4 to 8 characters (spaces or dashes between them), whole and in
    chunks; prose with words of one length is not taken for it."""
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    out, held = run(EscapedDetector(leaks, 0, encodings=ALL, bound=240), chunks)
    assert out == (expected or text)
    assert held <= 240


@pytest.mark.parametrize(
    ("text", "held_at_most"),
    [
        # no gate: only the word still arriving (a short code may be in progress) is held
        ("The user asks about savings rates and wants a short answer", len("answer")),
        ("The code is \\x4e\\x49", len(" \\x4e\\x49")),  # from the run (and the space)
        ("Bytes go de ad", len(" de ad")),  # a run of hex pairs that may go on
        # base64 in groups that may go on (and the word before it, of the same length so far)
        ("It reads WW91 IGFy ZSBB", len("reads WW91 IGFy ZSBB")),
        ("The user asks about savings", len("savings")),  # words of other lengths: prose
    ],
)
def test_escaped_detector_holds_only_where_a_run_may_be(text: str, held_at_most: int) -> None:
    detector = EscapedDetector(leaks, 0, encodings=ALL, bound=240)
    detector.feed(text)
    assert len(text) - detector.hold_point <= held_at_most
