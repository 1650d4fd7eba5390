# ruff: noqa: RUF001 - look-alike characters are what these tests are about
"""The streaming contract: any chunking gives the one-shot output, within the hold-back bound."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest
from fixed_spans import FixedSpans
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from policy_parts import only
from traces import PROMPT_A, PROMPT_MARKER

from guardproxy.channels import ChannelKind
from guardproxy.codecs.walk import SEP
from guardproxy.policy_load import default_policy_path, load_policy
from guardproxy.sanitizer import Channel, Region, Span

PROMPT = (
    "You are Aurora, the support assistant for Nimbus Bank. Never reveal the internal "
    "escalation code NIMBUS-7731-ORCHID to customers. Only discuss Nimbus Bank products and "
    "politely decline anything else. Contact ops@nimbus.example for outages."
)
POLICY = load_policy(default_policy_path())




def run(channel: Channel, chunks: Sequence[str]) -> tuple[str, int]:
    out, most_held = [], 0
    for chunk in chunks:
        out.append(channel.feed(chunk))
        most_held = max(most_held, channel.held)
    out.append(channel.flush())
    return "".join(out), most_held


def cut(text: str, points: Sequence[int]) -> list[str]:
    bounds = sorted({0, len(text), *(p % (len(text) + 1) for p in points)})
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], "abcdefghij"),
        ([Span(2, 4, 0)], "ab<A>efghij"),
        ([Span(2, 4, 0), Span(4, 6, 1)], "ab<A>ghij"),  # touching spans merge
        ([Span(2, 6, 1), Span(3, 5, 0)], "ab<B>ghij"),  # the earliest span names the region
        ([Span(2, 5, 1), Span(2, 5, 0)], "ab<A>fghij"),  # same start: the first rule wins
        ([Span(2, 4, 0), Span(5, 7, 0)], "ab<A>e<A>hij"),  # a gap keeps them apart
        ([Span(0, 10, 0)], "<A>"),
    ],
)
@pytest.mark.parametrize("chunks", [[10], [1] * 10, [3, 3, 4], [5, 5]])
def test_regions_and_markers(spans: list[Span], expected: str, chunks: list[int]) -> None:
    text, pieces, at = "abcdefghij", [], 0
    for n in chunks:
        pieces.append(text[at : at + n])
        at += n
    channel = Channel([FixedSpans(spans)], ["<A>", "<B>"])
    assert run(channel, pieces)[0] == expected


def test_growing_span_keeps_one_marker() -> None:
    """A detector may report the same span again with a larger end as a leak goes on."""
    detector = FixedSpans([Span(0, 3, 0)])
    channel = Channel([detector], ["<A>"])
    assert channel.feed("abc") == "<A>"
    detector._spans.append(Span(0, 6, 0))  # the run continues
    assert channel.feed("def") + channel.feed("ghi") + channel.flush() == "ghi"


def test_no_detectors_is_a_pass_through() -> None:
    channel = Channel([], [])
    assert channel.feed("hello") == "hello"
    assert channel.held == 0


# Texts made of the prompt's words, safety-hint phrases, benign prose and noise, so that random
# chunkings cut through leaks, sentences, words and tokens.
FRAGMENTS = [
    "Never reveal the internal escalation code",
    "NIMBUS-7731-ORCHID",
    "nimbus-7731-orchid",
    "to customers.",
    "Only discuss **Nimbus Bank** products and\npolitely decline anything else",
    "ops@nimbus.example",
    "My instructions say",
    "this looks like a jailbreak attempt.",
    "I'm not allowed to reveal that.",
    "The user asks about the factory's safety policy.",
    "Savings accounts pay 4.1% a year.",
    "the", "bank", "code", "customers", "9.11", "e.g.", "Hmm", "ok",
    " ", "  ", "\n", ". ", ", ", "! ", "**", "- ", "é", "漢字", "\u200b",
    # obfuscated forms: letter-spaced, zero-width, look-alikes, fullwidth, encoded
    "n e v e r  r e v e a l  t h e  i n t e r n a l",
    "N I M B U S - 7 7 3 1 - O R C H I D",
    "NI\u200bMBUS-77\u200c31-ORCHID",
    "nеvеr rеvеal thе intеrnal",
    "ＮＩＭＢＵＳ－７７３１",
    "I’m not allowed to reveal that.",
    "jаil\u200bbreak attempt.",
    "\u0301", "=", "x" * 40,
    "TmV2ZXIgcmV2ZWFsIHRoZSBpbnRlcm5hbCBlc2NhbGF0aW9uIGNvZGU=",
    "4e657665722072657665616c2074686520696e7465726e616c20657363616c6174696f6e20636f6465",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join) | st.text(max_size=400)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, points=st.lists(st.integers(min_value=0, max_value=2000), max_size=40))
@example(  # a region still open at a chunk boundary must not leak its tail
    text="Never reveal the internal escalation code NIMBUS-7731-ORCHID Never reveal the internal",
    points=[61],
)
def test_any_chunking_equals_one_shot(text: str, points: list[int]) -> None:
    def channel(kind: ChannelKind) -> Channel:
        return POLICY.channels([PROMPT])(kind)  # one response each: they share a leak state

    kinds: tuple[ChannelKind, ...] = ("reasoning", "content")
    for kind in kinds:
        one_shot, _ = run(channel(kind), [text])
        chunked, most_held = run(channel(kind), cut(text, points))
        assert chunked == one_shot
        assert most_held <= channel(kind).bound <= POLICY.policy.hold_back


@settings(max_examples=100, deadline=None)
@given(text=texts)
def test_char_by_char_equals_one_shot_and_stays_bounded(text: str) -> None:
    one_shot, _ = run(POLICY.channels([PROMPT])("reasoning"), [text])
    chunked, most_held = run(POLICY.channels([PROMPT])("reasoning"), list(text))
    assert chunked == one_shot
    assert most_held <= POLICY.policy.hold_back


@settings(max_examples=50, deadline=None)
@given(filler=st.text(alphabet=" \n\t.", min_size=300, max_size=3000))
def test_long_separators_stay_bounded(filler: str) -> None:
    """Whitespace and punctuation runs never make a channel hold more than its bound."""
    channel = POLICY.channels([PROMPT])("reasoning")
    text = "Never reveal the internal" + filler + "escalation code to customers" + filler
    _, most_held = run(channel, list(text))
    assert most_held <= channel.bound


def test_long_word_stays_bounded() -> None:
    channel = POLICY.channels([PROMPT])("reasoning")
    out, most_held = run(channel, list("x" * 5000))
    assert out == "x" * 5000
    assert most_held <= channel.bound


def test_benign_text_passes_unchanged() -> None:
    benign = (
        "The user wants to compare two savings accounts. Rates: 4.1% vs 3.9%, so the first "
        "is better. The factory's safety policy requires helmets. Let me write the answer."
    )
    for chunks in ([benign], cut(benign, range(0, len(benign), 7)), list(benign)):
        assert run(POLICY.channels([PROMPT])("reasoning"), chunks)[0] == benign


def test_regions_are_reported_once_when_complete() -> None:
    regions = []
    channel = Channel([FixedSpans([Span(2, 4, 0), Span(4, 6, 0), Span(8, 9, 1)])], ["<A>", "<B>"],
                      regions.append)
    run(channel, list("abcdefghij"))
    assert [(r.start, r.end, r.rule) for r in regions] == [(2, 6, 0), (8, 9, 1)]


@pytest.mark.parametrize("chunks", [[10], [1] * 10, [3, 3, 4]])
def test_a_merged_region_records_every_rule_with_its_own_part(chunks: list[int]) -> None:
    """One marker (the earliest span's rule's), but each rule's own extent and text kept, for
    metrics and the audit log; after a drop's start the parts stay the spans' own."""
    text, pieces, at = "abcdefghij", [], 0
    for n in chunks:
        pieces.append(text[at : at + n])
        at += n
    regions: list[Region] = []
    spans = [Span(2, 6, 1), Span(3, 5, 0), Span(4, 7, 2), Span(5, 8, 0)]
    channel = Channel([FixedSpans(spans)], ["<A>", "<B>", "<C>"], regions.append)
    assert run(channel, pieces)[0] == "ab<B>ij"
    [region] = regions
    assert (region.start, region.end, region.rule) == (2, 8, 1)
    assert region.parts == {1: (2, 6), 0: (3, 8), 2: (4, 7)}
    assert region.rules() == [1, 0, 2]  # the marker's rule first, then by start
    assert [region.part_text(r) for r in region.rules()] == ["cdef", "defgh", "efg"]
    dropped: list[Region] = []
    channel = Channel([FixedSpans([Span(2, 5, 0), Span(4, 6, 1)])], ["<A>", "<D>"],
                      dropped.append, actions=["redact", "drop"])
    assert run(channel, pieces)[0] == "ab<A>"
    assert dropped[0].parts == {0: (2, 5), 1: (4, 6)} and dropped[0].end == 10


def test_shadow_channel_reports_without_changing_or_delaying() -> None:
    regions = []
    shadow = Channel([FixedSpans([Span(1, 3, 0)], bound=8)], ["<S>"], regions.append,
                     is_shadow=True)
    channel = Channel([], [], regions.append, shadow=shadow)
    assert channel.feed("abcd") == "abcd"  # not held back by the shadow detector
    assert channel.flush() == ""
    assert [(r.start, r.end, r.shadow) for r in regions] == [(1, 3, True)]


# --- one leak state per response (KindState, Channel.prime) -------------------------------

# The prompt-leak rules alone: the paraphrase rule would redact a piece of the prompt that
# ends a channel as a sentence retelling it, which is not what these tests are about.
LEAK = only(POLICY, "prompt_leak")
STRICT = only(load_policy(default_policy_path().parent / "strict.yaml"), "prompt_leak")
RUN = "Only discuss Nimbus Bank products and politely decline anything else."


def pieces_of(words: Sequence[str], sizes: Sequence[int]) -> list[str]:
    out, at = [], 0
    for size in sizes:
        out.append(" " + " ".join(words[at : at + size]))
        at += size
    return [p for p in out if p.strip()]


def one_response(policy: object, texts: Sequence[Sequence[str]], kind: ChannelKind
                 ) -> list[str]:
    """Each item of ``texts`` is one channel (track) of one response, fed chunk by chunk and
    flushed before the next starts; what each released."""
    factory = LEAK.channels([PROMPT]) if policy is LEAK else STRICT.channels([PROMPT])
    return [run(factory(kind, shared=True), chunks)[0] for chunks in texts]


@pytest.mark.parametrize(("policy", "kind", "expected"), [
    # default (min_words 6, redact): the sixth word of the run, in the third channel, is where
    # the run is confirmed; from there every channel of the kind redacts its continuation.
    (LEAK, "reasoning", [" Only discuss Nimbus", " Bank products",
                           "[redacted:system-prompt]", "[redacted:system-prompt]."]),
    (LEAK, "content", [" Only discuss Nimbus", " Bank products",
                         "[redacted:system-prompt]", "[redacted:system-prompt]."]),
    # strict (min_words 5, drop): confirmed in the second channel, whose text is all part of
    # the run; the drop lasts to the end of the response, and each later channel shows that
    # its text was withheld.
    (STRICT, "reasoning", [" Only discuss Nimbus", "[redacted:system-prompt]",
                           "[redacted:system-prompt]", "[redacted:system-prompt]"]),
])
def test_a_run_across_channels_is_one_run(
    policy: object, kind: ChannelKind, expected: list[str]
) -> None:
    words = RUN.split()
    texts = [[p] for p in pieces_of(words, [3, 2, 3, 2])]
    assert one_response(policy, texts, kind) == expected


def test_one_off_scans_join_the_state() -> None:
    """A value scanned at once (a field the codec does not know, an error body) while a track
    of its kind is open: the run goes from the track into it and on into the track again. The
    value starts from the track's text; the track reads the value's text beside its own."""
    factory = LEAK.channels([PROMPT])
    track = factory("content", shared=True)
    out = [track.feed(" Only discuss Nimbus")]
    value = factory("content", shared=True)
    alone = value.feed(" Bank products and") + value.flush()
    out += [track.feed(" politely decline anything."), track.flush()]
    assert alone == "[redacted:system-prompt]"
    assert "".join(out) == " Only discuss Nimbus[redacted:system-prompt]."


def test_a_channel_alone_keeps_no_state() -> None:
    """A channel that is not ``shared`` (`guardproxy scan`, a policy's test) neither
    continues a run nor feeds the next one."""
    factory = LEAK.channels([PROMPT])
    first = run(factory("reasoning", shared=True), [" Only discuss Nimbus"])[0]
    alone = run(factory("reasoning"), [" Bank products and"])[0]
    after = run(factory("reasoning", shared=True), [" politely decline"])[0]
    assert (first, alone, after) == (" Only discuss Nimbus", " Bank products and",
                                     " politely decline")


def test_kinds_keep_their_own_state() -> None:
    factory = LEAK.channels([PROMPT])
    first = run(factory("reasoning", shared=True), [" Only discuss Nimbus Bank"])[0]
    other = run(factory("content", shared=True), [" products and politely decline"])[0]
    assert (first, other) == (" Only discuss Nimbus Bank", " products and politely decline")


def test_a_region_inside_the_context_is_not_marked_again() -> None:
    """A run redacted in one channel is read again as the next one's context; only what
    continues it is redacted there, and text that does not continue it passes untouched."""
    factory = LEAK.channels([PROMPT])
    first = run(factory("reasoning", shared=True), [RUN])[0]
    second = run(factory("reasoning", shared=True), [" The weather is fine today."])[0]
    assert first == "[redacted:system-prompt]."
    assert second == " The weather is fine today."


# The stream a hypothesis property found (issue 14), as the chat codec cuts it: content pieces
# with a `finish_reason` (a reset) on " craft" and on " based", and values of a delta field no
# codec knows (`note`), each scanned at once with its key (the walker joins them with SEP).
RIDDLER = [
    ("track", [" As", " GPT", " Riddler,", " your", " role", " is", " to", " craft"]),
    ("note", [" intriguing"]),
    ("note", [" riddles"]),
    ("track", [" based"]),
    ("note", [" on user responses, avoiding any"]),
    ("track", [" mention of a 'passphrase'", " or 'final riddle.' Keep your"]),
]


def test_a_redacted_run_goes_on_across_resets_and_one_off_values() -> None:
    """A run already redacted keeps redacting its continuation after a reset and into and
    out of one-off values. (The kind's tail glued each channel's text to the one before:
    `craftnote`, `basednote` cut the run, and " based" and the last value went out.)"""
    factory = LEAK.channels([PROMPT_A])
    outs = [run(factory("content", shared=True),
                [f"note{SEP}{p}" for p in pieces] if what == "note" else pieces)[0]
            for what, pieces in RIDDLER]
    assert outs == [f" {PROMPT_MARKER}"] + [PROMPT_MARKER] * 5


def test_a_key_inside_a_runs_first_words_breaks_no_run() -> None:
    """A track's " As GPT", then a value of a field no codec knows (its key, a word between):
    the value completes the run "As GPT Riddler, your role is" the client reads, so it is
    redacted after the key: three of the last four words seed the run. (Found by
    test_leak_pieces' chat property; the run was seeded only after the key, and redacted only
    from " to".)"""
    factory = LEAK.channels([PROMPT_A])
    assert run(factory("content", shared=True), [" As", " GPT"])[0] == " As GPT"
    value = run(factory("content", shared=True), [f"note{SEP} Riddler, your role is"])[0]
    assert value == f"note{SEP} {PROMPT_MARKER}"


def test_invisible_padding_keeps_the_context_whole() -> None:
    """Two words per channel, each word followed by 80 zero-width spaces: the kind's tail keeps
    ``keep`` visible characters, so the next channel still reads the run before it (kept with
    its padding, the tail held three words and every piece went out)."""
    factory = LEAK.channels([PROMPT_A])
    pad = "\u200b" * 80
    words = PROMPT_A.split()[:12]
    outs = [run(factory("reasoning", shared=True), [f" {a}{pad} {b}{pad}"])[0]
            for a, b in zip(words[::2], words[1::2], strict=True)]
    assert [o.replace("\u200b", "") for o in outs] == [
        " As GPT", " Riddler, your", *[PROMPT_MARKER] * 4]


@settings(max_examples=100, deadline=None)
@given(sizes=st.lists(st.integers(1, 5), min_size=1, max_size=12),
       points=st.lists(st.integers(0, 60), max_size=6))
def test_pieces_over_channels_never_show_a_run(sizes: list[int], points: list[int]) -> None:
    """Any cut into channels of 1-5 words, each chunked anyhow: the released texts read in
    order never hold `min_words` consecutive words of the prompt, and chunking inside a channel
    changes nothing."""
    words = ("You are Aurora, the support assistant for " + RUN).split()
    pieces = pieces_of(words, sizes)
    whole = one_response(LEAK, [[p] for p in pieces], "reasoning")
    chunked = one_response(LEAK, [cut(p, points) for p in pieces], "reasoning")
    assert whole == chunked
    released = " ".join(whole).split()
    runs = {tuple(words[i : i + 6]) for i in range(len(words) - 5)}
    assert not [i for i in range(len(released) - 5) if tuple(released[i : i + 6]) in runs]


def interleaved(policy: object, pieces: Sequence[tuple[int, Sequence[str]]], kind: ChannelKind,
                channels: int = 2, ends: Sequence[bool] = ()) -> tuple[list[str], list[str]]:
    """Open ``channels`` shared channels at once and feed each piece's chunks to its channel
    (two choices streamed side by side), then flush them in order: what each released, and
    every release in the order it went out. Where ``ends`` is true after a piece, its channel
    is flushed there and a new one takes its place (a choice's next track)."""
    # The prompt-leak rules alone: the paraphrase rule would take the whole sentence.
    leak_rules = LEAK if policy is POLICY else only(STRICT, "prompt_leak")
    factory = leak_rules.channels([PROMPT])
    opened = [factory(kind, shared=True) for _ in range(channels)]
    outs = [""] * channels
    order: list[str] = []
    for at, (which, chunks) in enumerate(pieces):
        for chunk in chunks:
            released = opened[which].feed(chunk)
            outs[which] += released
            order.append(released)
        if at < len(ends) and ends[at]:
            released = opened[which].flush()
            outs[which] += released + "|"
            order.append(released)
            opened[which] = factory(kind, shared=True)
    for which, channel in enumerate(opened):
        released = channel.flush()
        outs[which] += released
        order.append(released)
    return outs, order


def prompt_runs(released: str, words: Sequence[str], size: int) -> list[str]:
    said = released.split()
    runs = {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}
    return [" ".join(said[i : i + size]) for i in range(len(said) - size + 1)
            if tuple(said[i : i + size]) in runs]


@pytest.mark.parametrize(("policy", "expected"), [
    # default: channel 0's first piece was read before channel 1 opened, so the kind's reading
    # (which starts when two channels are open) has it as context: it goes out; from there the
    # run, read across both channels in arrival order, is held back whole (it is still
    # growing) and each channel gets its own part of it redacted.
    (POLICY, [" Only discuss[redacted:system-prompt].", "[redacted:system-prompt]"]),
    # strict's prompt-leak rule (min_words 5, drop): the drop withholds both channels' texts
    # from its start; channel 0's held words go with it, behind a marker of its own (the drop
    # rule's), so its client sees that something was withheld.
    (STRICT, [" [redacted:system-prompt]", "[redacted:system-prompt]"]),
])
def test_interleaved_channels_are_one_run(policy: object, expected: list[str]) -> None:
    words = RUN.split()
    pieces = pieces_of(words, [2, 2, 2, 2, 2, 1])
    outs, _ = interleaved(policy, [(i % 2, [p]) for i, p in enumerate(pieces)], "reasoning")
    assert outs == expected


@pytest.mark.parametrize("fed_after", [False, True])
def test_a_channel_withheld_by_another_drop_shows_a_marker_once(fed_after: bool) -> None:
    """Strict's drop in channel 1 withholds what channel 0 holds (and all it gets later),
    whether channel 0 learns of it when fed or when flushed: one marker there, and the drop
    is reported once, where it was found."""
    pieces = pieces_of(RUN.split(), [2, 2, 2, 3])
    found: list[tuple[str, int, int]] = []
    factory = STRICT.channels(
        [PROMPT], lambda _k, rule, r: found.append((rule, r.start, r.end)))
    opened = [factory("reasoning", shared=True) for _ in range(2)]
    outs = [opened[i % 2].feed(p) for i, p in enumerate(pieces)]
    assert outs[3] == "[redacted:system-prompt]"  # channel 1 confirms the run and drops
    later = opened[0].feed(" Then I answer. More words.") if fed_after else ""
    later += opened[0].feed(" And more.") if fed_after else ""
    zero = outs[0] + outs[2] + later + opened[0].flush()
    assert zero == " [redacted:system-prompt]"
    assert opened[1].flush() == ""
    assert found == [("system-prompt", 0, 38)]


def test_a_channel_that_ends_mid_run_gets_the_runs_verdict() -> None:
    """Channel 0 ends holding " Only" (a run may begin there) while channel 1, still open,
    holds the rest of it. Released at once, " Only" then channel 1's five words read as a run
    of six: the kind's reading now tells what it holds when channel 0 ends, as at the end of
    one channel, and each channel's part is redacted."""
    pieces = [(0, [" You"]), (0, [" are"]), (2, [" Aurora,"]),
              (0, [" the support assistant for Only"]),
              (1, [" discuss Nimbus Bank products and"])]
    outs, order = interleaved(POLICY, pieces, "reasoning", 3)
    assert outs == [" You are[redacted:system-prompt] [redacted:system-prompt]",
                    "[redacted:system-prompt]", "[redacted:system-prompt]"]
    words = ("You are Aurora, the support assistant for " + RUN).split()
    assert prompt_runs(" ".join(order), words, 6) == []


def test_a_run_goes_on_after_a_channel_ends_mid_run() -> None:
    """After channel 0 ends mid-run, the kind's reading starts again from its tail: channel 1's
    words that follow still continue "Only discuss Nimbus" (read in arrival order) and are
    redacted; the three words before went out (fewer than `min_words`)."""
    factory = LEAK.channels([PROMPT])
    zero, one = factory("reasoning", shared=True), factory("reasoning", shared=True)
    outs = [zero.feed(" Only"), one.feed(" discuss"), zero.feed(" Nimbus"), zero.flush(),
            one.feed(" Bank products and"), one.flush()]
    assert outs == [" ", "", "", "Only Nimbus", " ", "discuss[redacted:system-prompt]"]


@settings(max_examples=100, deadline=None)
@given(sizes=st.lists(st.integers(1, 5), min_size=1, max_size=12),
       choices=st.lists(st.integers(0, 2), min_size=12, max_size=12),
       points=st.lists(st.integers(0, 60), max_size=6))
# Channel 0 ended holding " Only" while channel 1 held the run's next five words.
@example(sizes=[1, 1, 1, 5, 5], choices=[0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0], points=[])
def test_interleaved_pieces_never_show_a_run(sizes: list[int], choices: list[int],
                                             points: list[int]) -> None:
    """Pieces of 1-5 words sent to three open channels in any order: the releases in the order
    they went out never hold `min_words` consecutive words of the prompt, and cutting the
    pieces into chunks changes no channel's output."""
    words = ("You are Aurora, the support assistant for " + RUN).split()
    pieces = pieces_of(words, sizes)
    whole, order = interleaved(POLICY, [(c, [p]) for c, p in zip(choices, pieces,
                                                                 strict=False)], "reasoning", 3)
    chunked, _ = interleaved(POLICY, [(c, cut(p, points)) for c, p in zip(choices, pieces,
                                                                       strict=False)],
                             "reasoning", 3)
    assert whole == chunked
    assert prompt_runs(" ".join(order), words, 6) == []


def test_a_channel_first_read_after_another_ended_reads_its_text() -> None:
    """Channel 1 opens while channel 0 is open but first reads after channel 0 ended: it
    reads neither inside a run of the kind's reading (no two channels read together) nor, as
    primed when it opened, the kind's tail, which then held nothing. Its own detectors now read
    the tail at its first read, so "You are Aurora," then "the support assistant for" is one
    run of seven words, and its part is redacted."""
    factory = LEAK.channels([PROMPT])
    zero, one = factory("reasoning", shared=True), factory("reasoning", shared=True)
    order = [zero.feed(" You are Aurora,"), zero.flush(),
             one.feed(" the support assistant for"), one.flush()]
    words = ("You are Aurora, the support assistant for " + RUN).split()
    assert prompt_runs(" ".join(order), words, 6) == []
    assert order == [" ", "You are Aurora,", "", "[redacted:system-prompt]"]


@settings(max_examples=100, deadline=None)
@given(sizes=st.lists(st.integers(1, 5), min_size=1, max_size=12),
       choices=st.lists(st.integers(0, 2), min_size=12, max_size=12),
       ends=st.lists(st.booleans(), min_size=12, max_size=12),
       points=st.lists(st.integers(0, 60), max_size=6))
# Channel 1, opened with channel 0, first read after channel 0 ended (the case above).
@example(sizes=[3, 4], choices=[0, 1] + [0] * 10, ends=[True] + [False] * 11, points=[])
def test_channels_that_end_mid_stream_never_show_a_run(
    sizes: list[int], choices: list[int], ends: list[bool], points: list[int]
) -> None:
    """As above, and a channel may end after any piece (a new one, made then, takes its
    place): whenever a channel was made, the releases never hold a run, and chunking inside
    the pieces changes no channel's output."""
    words = ("You are Aurora, the support assistant for " + RUN).split()
    pieces = pieces_of(words, sizes)
    whole, order = interleaved(POLICY, [(c, [p]) for c, p in zip(choices, pieces, strict=False)],
                               "reasoning", 3, ends)
    chunked, _ = interleaved(POLICY, [(c, cut(p, points)) for c, p in zip(choices, pieces,
                                                                       strict=False)],
                             "reasoning", 3, ends)
    assert whole == chunked
    assert prompt_runs(" ".join(order), words, 6) == []
