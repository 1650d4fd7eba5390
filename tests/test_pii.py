"""PII through presidio-analyzer: one case per entity, benign look-alikes (presidio's own
validation: Luhn, IBAN checksums, SSN rules, known domains), chunk splits, the prefilter, the
streaming contract, offline operation, and the proxy staying responsive while presidio works."""

from __future__ import annotations

import itertools
import json
import logging
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import openai
import orjson
import pytest
from conftest import GATE_TIMEOUT, Script
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardproxy.detectors import presidio_engine
from guardproxy.detectors.pii import ENTITIES, CustomRecognizer, PiiAnalyzer, PiiDetector
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import PolicyError, default_policy_path, load_policy
from guardproxy.sanitizer import Channel
from guardproxy.segment import SentenceStream

M = "<P>"
EMPLOYEE = CustomRecognizer(
    "employee-id", "EMPLOYEE_ID", (("emp", r"\bEMP-\d{6}\b", 0.3),), ("employee", "badge")
)


@pytest.fixture(scope="module")
def analyzer() -> PiiAnalyzer:
    return PiiAnalyzer(list(ENTITIES), 0.5, [EMPLOYEE])


def run(analyzer: PiiAnalyzer, chunks: Sequence[str], max_sentence: int = 176) -> tuple[str, int]:
    channel = Channel([PiiDetector(analyzer, 0, max_sentence=max_sentence)], [M])
    out, most_held = [], 0
    for chunk in chunks:
        out.append(channel.feed(chunk))
        most_held = max(most_held, channel.held)
    out.append(channel.flush())
    return "".join(out), most_held


# entity -> (text, redacted)
CASES: dict[str, tuple[str, str]] = {
    "EMAIL_ADDRESS": ("Write to ann.lee@example.com today.", f"Write to {M} today."),
    "PHONE_NUMBER": ("Call me at 212-555-0134 tomorrow.", f"Call me at {M} tomorrow."),
    "CREDIT_CARD": ("Pay with 4111 1111 1111 1111 please.", f"Pay with {M} please."),
    "IBAN_CODE": ("IBAN DE89 3704 0044 0532 0130 00 is hers.", f"IBAN {M} is hers."),
    "US_SSN": ("My SSN is 536-90-4399, she said.", f"My SSN is {M}, she said."),
    "IP_ADDRESS": ("The server is at 192.168.10.20 now.", f"The server is at {M} now."),
    "US_ITIN": ("ITIN 912-70-1234 was filed.", f"ITIN {M} was filed."),
    "UK_NHS": ("NHS number 943 476 5919 registered.", f"NHS number {M} registered."),
    "MAC_ADDRESS": ("MAC 00:1A:2B:3C:4D:5E was seen.", f"MAC {M} was seen."),
    "CRYPTO": ("Send BTC to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT now.", f"Send BTC to {M} now."),
    "EMPLOYEE_ID": ("Employee badge EMP-123456 was used.", f"Employee badge {M} was used."),
}


def test_every_entity_has_a_case() -> None:
    assert set(CASES) == {*ENTITIES, EMPLOYEE.entity}


@pytest.mark.parametrize("entity", CASES)
def test_each_entity_is_redacted(analyzer: PiiAnalyzer, entity: str) -> None:
    text, expected = CASES[entity]
    assert run(analyzer, [text])[0] == expected
    assert run(analyzer, list(text))[0] == expected


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_each_entity_alone(entity: str) -> None:
    alone = PiiAnalyzer([entity], 0.5)
    text, expected = CASES[entity]
    assert run(alone, [text])[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pay with 4111 1111 1111 1112 please.",  # fails Luhn
        "IBAN DE89 3704 0044 0532 0130 01 is hers.",  # wrong check digits
        "SSN 078-05-1120 is the Woolworth wallet number.",  # invalid by SSA rules
        "Order 123-45-6789 shipped.",  # invalid SSN pattern
        "Write to ann.lee@example.invalidtld today.",  # no such top-level domain
        "The @mention feature and a@b are fine.",
        "In 2024 we had 1681 branches and 12345 clients.",  # numbers without phone context
        "Version 3.14.159 was released; use 1.2.3 otherwise.",
        "The ratio 3:4:5 holds at 10:30:45 today.",
        "Ticket EMP-123456 closed.",  # the custom entity needs a context word
        "The user asks about savings accounts in 2024, rates 4.1% vs 3.9%.",
    ],
)
def test_benign_look_alikes_pass(analyzer: PiiAnalyzer, text: str) -> None:
    assert run(analyzer, [text])[0] == text


TEXT = (
    "Sure. Her e-mail is ann.lee@example.com and her card 4111 1111 1111 1111.\n"
    "Her IBAN DE89 3704 0044 0532 0130 00 and phone 212-555-0134. Fine."
)
EXPECTED = f"Sure. Her e-mail is {M} and her card {M}.\nHer IBAN {M} and phone {M}. Fine."


def test_every_two_chunk_split(analyzer: PiiAnalyzer) -> None:
    for i in range(len(TEXT) + 1):
        assert run(analyzer, [TEXT[:i], TEXT[i:]])[0] == EXPECTED, i


def test_entity_across_a_length_cut(analyzer: PiiAnalyzer) -> None:
    """A sentence too long to hold is cut at a space; the IBAN written in groups spans the cut
    and is still found, because the cut sentence's tail is analysed again with the next."""
    iban = "DE89 3704 0044 0532 0130 00"
    filler = "and then some more words without any stop " * 3
    text = f"{filler[:100]}{iban} is the account to use"
    first = SentenceStream(112).feed(text)[0].text
    assert text.index(iban) < len(first) < text.index(iban) + len(iban)  # the cut is inside
    out, most_held = run(analyzer, [text], max_sentence=112)
    assert out == f"{filler[:100]}{M} is the account to use"
    assert run(analyzer, list(text), max_sentence=112)[0] == out
    assert most_held <= 112 + 64


def test_presidio_runs_only_on_candidate_sentences(
    analyzer: PiiAnalyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysed: list[str] = []
    original = PiiAnalyzer.analyze

    def counting(self: PiiAnalyzer, text: str) -> list[tuple[int, int]]:
        analysed.append(text)
        return original(self, text)

    monkeypatch.setattr(PiiAnalyzer, "analyze", counting)
    text = "The user wants a riddle. Rates are 4.1% vs 3.9%. Ask ann@example.com about it. Ok."
    out, _ = run(analyzer, list(text))
    assert out == f"The user wants a riddle. Rates are 4.1% vs 3.9%. Ask {M} about it. Ok."
    assert analysed == [" Ask ann@example.com about it."]


FRAGMENTS = [
    *(case[0] for case in CASES.values()),
    "4111 1111 1111 1112", "192.168.1", "2001:db8::1", "+1 (212) 555-0134", "DE89 3704",
    "call", "phone", "ssn", "iban", "card", "@", "the", "12", "2024", ". ", "\n", " ", "-", ":",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join) | st.text(max_size=200)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_prefilter_never_hides_an_entity(analyzer: PiiAnalyzer, text: str) -> None:
    assert analyzer.candidate(text) or analyzer.analyze(text) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, points=st.lists(st.integers(min_value=0, max_value=2000), max_size=30))
def test_any_chunking_equals_one_shot(analyzer: PiiAnalyzer, text: str, points: list[int]) -> None:
    bounds = sorted({0, len(text), *(p % (len(text) + 1) for p in points)})
    chunks = [text[a:b] for a, b in itertools.pairwise(bounds)]
    one_shot, _ = run(analyzer, [text], max_sentence=112)
    chunked, most_held = run(analyzer, chunks, max_sentence=112)
    assert chunked == one_shot
    assert most_held <= 112 + 64


def test_offline_no_network_no_model(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A fresh analyzer validates an e-mail (tldextract's suffix list) with the network cut."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> Any:
        attempts.append(args)
        raise OSError("network is unavailable in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    presidio_engine.offline_tldextract()  # a fresh extractor: its suffix list not loaded yet
    with caplog.at_level(logging.WARNING):
        fresh = PiiAnalyzer(["EMAIL_ADDRESS"], 0.5)
        assert fresh.find("Mail ann@example.co.uk now.") == [(5, 22)]
    assert attempts == []
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    engine = fresh._engine
    assert isinstance(engine.nlp_engine, presidio_engine.TokenizingEngine)


def test_policies_without_pii_do_not_import_presidio() -> None:
    code = (
        "import sys\n"
        "from guardproxy.policy_load import default_policy_path, load_policy\n"
        "policy = load_policy(default_policy_path())\n"
        "assert not policy.blocking\n"
        "assert 'presidio_analyzer' not in sys.modules and 'spacy' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


POLICY = """
version: 1
name: private
rules:
  - id: pii
    detector: pii
    channels: [reasoning, content]
    entities: [EMAIL_ADDRESS, CREDIT_CARD, PHONE_NUMBER]
    score_threshold: 0.5
    recognizers:
      - name: employee-id
        entity: EMPLOYEE_ID
        patterns:
          - regex: "\\\\bEMP-\\\\d{6}\\\\b"
            score: 0.3
        context: [employee, badge]
  - id: secrets
    detector: secrets
    channels: [reasoning, content]
"""


def test_policy_options(policy_file: Callable[[str], CompiledPolicy]) -> None:
    compiled = policy_file(POLICY)
    assert compiled.blocking
    channel = compiled.channels([])("reasoning")
    text = "Badge EMP-123456, mail ann@example.com, key AKIAIOSFODNN7EXAMPLE, IP 10.0.0.1. "
    out = channel.feed(text) + channel.flush()
    assert out == ("Badge [redacted:pii], mail [redacted:pii], key [redacted:secrets], "
                   "IP 10.0.0.1. ")  # IP_ADDRESS is not among the rule's entities


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("entities: [PASSPORT_NUMBER]", "entities[0]: Input should be 'EMAIL_ADDRESS'"),
        ("score_threshold: 1.5", "score_threshold: Input should be less than or equal to 1"),
        ("recognizers: [{name: x, entity: lower, patterns: [{regex: a}]}]",
         "recognizers[0].entity: String should match pattern"),
        ("recognizers: [{name: x, entity: X, patterns: [{regex: '(a'}]}]",
         "recognizers[0].patterns[0].regex: missing )"),
        ("recognizers: [{name: x, entity: X, patterns: [{regex: 'a?'}]}]",
         "matches the empty string"),
        ("recognizers: [{name: x, entity: X, patterns: []}]",
         "recognizers[0].patterns: List should have at least 1 item"),
        ("recognizers: [{name: x, entity: X, patterns: [{regex: a}], words: [y]}]",
         "recognizers[0].words: unknown key"),
    ],
)
def test_invalid_options_are_rejected(
    policy_file: Callable[[str], CompiledPolicy], rule: str, message: str
) -> None:
    with pytest.raises(PolicyError) as exc:
        policy_file(f"version: 1\nname: t\nrules:\n  - id: p\n    detector: pii\n    {rule}\n")
    assert message in str(exc.value)


def test_without_the_pii_extra_the_rule_names_it_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pip install guardproxy` has no presidio: a pii rule is refused at load, at its line,
    saying what to install (the import made to fail as if presidio were not installed)."""
    monkeypatch.setitem(sys.modules, "presidio_analyzer", None)
    path = tmp_path / "private.yaml"
    # Its tests name the rule: no second error about them.
    path.write_text(POLICY + "tests:\n  - name: t\n    reasoning: x\n"
                    "    redacted: [{rule: secrets, text: x}]\n")
    with pytest.raises(PolicyError) as exc:
        load_policy(path)
    assert exc.value.lines == [
        f"{path}:5:5: rules[0] (pii): detector: pii needs the pii extra, which is not "
        "installed: pip install 'guardproxy[pii]'"]


def test_without_the_pii_extra_policies_without_pii_rules_load(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "presidio_analyzer", None)
    assert load_policy(default_policy_path()).name == "default"


# --- through the proxy -------------------------------------------------------------------


def sse(delta: dict[str, Any], finish: str | None = None) -> bytes:
    chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


REASONING = (
    "The user gave ann.lee@example.com and card 4111 1111 1111 1111. "
    "Their key is AKIAIOSFODNN7EXAMPLE and the phone 212-555-0134. Now the answer."
)
REDACTED = (
    "The user gave [redacted:pii] and card [redacted:pii]. "
    "Their key is [redacted:secrets] and the phone [redacted:pii]. Now the answer."
)


def chat_stream() -> Script:
    words = [w + " " for w in REASONING.split(" ")]
    return Script([
        sse({"role": "assistant", "content": ""}),
        *(sse({"reasoning_content": w}) for w in words),
        sse({"content": "Done."}), sse({}, finish="stop"), b"data: [DONE]\n\n",
    ])


def stream_reasoning(base: str) -> tuple[str, str]:
    client = openai.OpenAI(base_url=base + "/v1", api_key="EMPTY", max_retries=0,
                           timeout=GATE_TIMEOUT * 2)
    reasoning, content = [], []
    stream = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    for c in stream:
        for choice in c.choices:
            reasoning.append((choice.delta.model_extra or {}).get("reasoning_content") or "")
            content.append(choice.delta.content or "")
    return "".join(reasoning), "".join(content)


@pytest.fixture
def gated_presidio(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, ...]]:
    """presidio stops at its first sentence until the test lets it go on."""
    entered, release = threading.Event(), threading.Event()
    original = PiiAnalyzer.analyze

    def gated(self: PiiAnalyzer, text: str) -> list[tuple[int, int]]:
        entered.set()
        release.wait(GATE_TIMEOUT)
        return original(self, text)

    monkeypatch.setattr(PiiAnalyzer, "analyze", gated)
    yield entered, release
    release.set()


def test_proxy_redacts_a_stream(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy],
) -> None:
    """Streams are scanned inline, a read at a time (a worker thread per read would cost more
    than relaying it, and presidio holds the GIL anyway)."""
    base = proxy_for(chat_stream(), policy=policy_file(POLICY))
    assert stream_reasoning(base) == (REDACTED + " ", "Done.")


def whole_completion() -> Script:
    message = {"role": "assistant", "reasoning_content": REASONING, "content": "Done."}
    body = {"id": "c", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}
    return Script([orjson.dumps(body)], content_type="application/json")


def test_proxy_stays_responsive_while_presidio_works_on_a_whole_response(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy],
    gated_presidio: tuple[threading.Event, threading.Event],
) -> None:
    """/healthz is answered while presidio is busy with a whole (non-streamed) response: a body
    may hold any number of sentences, so it is scanned in a worker thread, not on the event
    loop (which would hang the health check until the gate gave up)."""
    entered, release = gated_presidio
    base = proxy_for(whole_completion(), policy=policy_file(POLICY))
    result: dict[str, httpx.Response] = {}
    request = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    client = threading.Thread(target=lambda: result.update(reply=httpx.post(
        base + "/v1/chat/completions", json=request, timeout=GATE_TIMEOUT * 2,
        trust_env=False)))
    client.start()
    assert entered.wait(GATE_TIMEOUT), "presidio was never called"
    health = httpx.get(base + "/healthz", timeout=GATE_TIMEOUT, trust_env=False)
    answered_while_busy = not release.is_set()
    release.set()
    client.join(GATE_TIMEOUT * 2)
    assert health.status_code == 200 and answered_while_busy
    message = result["reply"].json()["choices"][0]["message"]
    assert (message["reasoning_content"], message["content"]) == (REDACTED, "Done.")
