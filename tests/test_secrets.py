"""Secrets: one case per built-in kind, benign look-alikes, chunk splits and the streaming contract.

Every credential here is fake (documentation examples or made up), built at import so no
scanner mistakes this file for a leak.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardproxy.detectors.secrets import (
    BUILTIN,
    LOOKAHEAD,
    MAX_WIDTH,
    START_DEPTH,
    SecretPattern,
    SecretsDetector,
    SecretSet,
    check_extend,
    check_head,
    entropy,
)
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import PolicyError
from guardproxy.sanitizer import Channel

M = "<S>"
ALL = SecretSet.of(BUILTIN)

B62 = "aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0zC"  # 32 characters mixing cases and digits


def token(n: int, alphabet: str = B62) -> str:
    return (alphabet * (n // len(alphabet) + 1))[:n]


def pem(kind: str, lines: int = 12, eol: str = "\n") -> str:
    body = eol.join(token(64, B62 + "+/") for _ in range(lines))
    return f"-----BEGIN {kind}-----{eol}{body}{eol}-----END {kind}-----"


AWS_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
GCP_KEY = "AIza" + token(35, B62 + "-_")
AZURE_KEY = token(86, B62 + "+/") + "=="
AZURE_SB_KEY = token(43, B62 + "+/") + "="
JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
    "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
OPENAI_KEY = "sk-proj-" + token(156, B62 + "_-")  # longer than the window: it grows
SA_KEY_ID = "0123456789abcdef0123456789abcdef01234567"

# kind -> (text, expected output with every built-in kind on)
CASES: dict[str, tuple[str, str]] = {
    "private-key": (
        f"The key is:\n{pem('RSA PRIVATE KEY')}\nDone.", f"The key is:\n{M}\nDone."
    ),
    "aws-access-key-id": (f"Use {AWS_ID} for S3.", f"Use {M} for S3."),
    "aws-secret-access-key": (
        f"aws_secret_access_key = {AWS_SECRET}\nregion = us-east-1",
        f"aws_secret_access_key = {M}\nregion = us-east-1",
    ),
    "gcp-api-key": (f"key={GCP_KEY}&q=maps", f"key={M}&q=maps"),
    "gcp-service-account-key-id": (
        f'{{"type": "service_account", "private_key_id": "{SA_KEY_ID}", "project_id": "p"}}',
        f'{{"type": "service_account", "private_key_id": "{M}", "project_id": "p"}}',
    ),
    "azure-storage-key": (
        f"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={AZURE_KEY};"
        "EndpointSuffix=core.windows.net",
        f"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={M};"
        "EndpointSuffix=core.windows.net",
    ),
    "azure-shared-access-key": (
        "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;"
        f"SharedAccessKey={AZURE_SB_KEY}",
        f"Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={M}",
    ),
    "azure-sas-signature": (
        f"https://acme.blob.core.windows.net/c/f.txt?sv=2022-11-02&sr=b&sig={token(44)}%3D&se=1",
        f"https://acme.blob.core.windows.net/c/f.txt?sv=2022-11-02&sr=b&sig={M}&se=1",
    ),
    "github-token": (f"GITHUB_TOKEN {'ghp_' + token(36)} works", f"GITHUB_TOKEN {M} works"),
    "github-fine-grained-token": (
        f"pat: {'github_pat_11' + token(20) + '_' + token(59)}.", f"pat: {M}."
    ),
    "gitlab-token": (f"CI uses {'glpat-' + token(20, B62 + '_-')} here", f"CI uses {M} here"),
    "slack-token": (
        f"bot token {'xoxb-1234567890123-1234567890123-' + token(24)} set",
        f"bot token {M} set",
    ),
    "slack-webhook": (
        f"post to https://hooks.slack.com/services/T0AB12CD3/B0EF45GH6/{token(24)} now",
        f"post to https://hooks.slack.com/services/{M} now",
    ),
    "stripe-key": (f"charge with {'sk_live_' + token(24)} today", f"charge with {M} today"),
    "anthropic-key": (
        f"ANTHROPIC_API_KEY is {'sk-ant-api03-' + token(93, B62 + '_-') + 'AA'} ok",
        f"ANTHROPIC_API_KEY is {M} ok",
    ),
    "openai-key": (f"the key {OPENAI_KEY} works", f"the key {M} works"),
    "jwt": (f"cookie session={JWT}; Path=/", f"cookie session={M}; Path=/"),
    "bearer-token": (
        f"Authorization: Bearer {token(40, B62 + '-._~')}\nAccept: */*",
        f"Authorization: Bearer {M}\nAccept: */*",
    ),
    "generic-assignment": (
        'db_password = "T7x!pQ2#vL9zR4mK" and client_secret: 3f9a8b7c6d5e4f3a2b1c0d9e',
        f'db_password = "{M}" and client_secret: {M}',
    ),
}


def run(detector_set: SecretSet, chunks: Sequence[str]) -> tuple[str, int]:
    channel = Channel([SecretsDetector(detector_set, 0)], [M])
    out, most_held = [], 0
    for chunk in chunks:
        out.append(channel.feed(chunk))
        most_held = max(most_held, channel.held)
    out.append(channel.flush())
    return "".join(out), most_held


def redact(text: str, detector_set: SecretSet = ALL) -> str:
    return run(detector_set, [text])[0]


def test_every_builtin_kind_has_a_case() -> None:
    assert set(CASES) == set(BUILTIN)


@pytest.mark.parametrize("kind", CASES)
def test_each_kind_is_redacted(kind: str) -> None:
    text, expected = CASES[kind]
    assert redact(text) == expected
    alone = redact(text, SecretSet.of([kind]))
    assert alone != text and M in alone  # the kind finds it on its own


@pytest.mark.parametrize("kind", CASES)
def test_each_kind_char_by_char(kind: str) -> None:
    text, expected = CASES[kind]
    out, most_held = run(ALL, list(text))
    assert out == expected
    assert most_held <= ALL.window <= MAX_WIDTH + LOOKAHEAD


@pytest.mark.parametrize(
    "text",
    [
        "The AKIA prefix marks AWS access key ids; ASIA marks temporary ones.",
        "Use a bearer token in the Authorization header.",
        "The bearer of bad news said the token expired.",
        "password = ********",
        "api_key = YOUR_API_KEY_HERE",
        "api_key = settings.OPENAI_API_KEY",
        "token = get_token(user)",
        "secret: remember to rotate it",
        "password: changeme",
        "The scikit-learn package (sk-learn) is installed.",
        "Stripe keys start with sk_live_ or sk_test_.",
        "A JWT starts with eyJ because base64 of '{\"' is eyJ.",
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
        "-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGl0c0FmYWtlS2V5 user@host",
        "Commit 3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a fixed the bug.",
        "UUID 123e4567-e89b-12d3-a456-426614174000 identifies the row.",
        "glpat- tokens are GitLab personal access tokens.",
        "xoxb- is the prefix of Slack bot tokens.",
    ],
)
def test_benign_look_alikes_pass(text: str) -> None:
    assert redact(text) == text


def test_private_key_block_streams_without_being_held() -> None:
    """A key block far longer than the hold-back is redacted as it arrives, holding nothing."""
    block = pem("OPENSSH PRIVATE KEY", lines=60)
    assert len(block) > 10 * 256
    channel = Channel([SecretsDetector(ALL, 0)], [M])
    # The BEGIN line is decided once a window past its start has arrived...
    out = channel.feed("Key:\n") + channel.feed(block[:ALL.window])
    assert out == f"Key:\n{M}"
    # ... then the block is redacted as it streams, nothing held.
    for line in block[ALL.window:].splitlines(keepends=True):
        assert channel.feed(line) == ""
        assert channel.held == 0
    assert channel.feed("\nThen the answer.") + channel.flush() == "\nThen the answer."


def test_service_account_json_key_and_id() -> None:
    key = pem("PRIVATE KEY", lines=4, eol="\\n")
    text = (f'{{"private_key_id": "{SA_KEY_ID}", "private_key": "{key}\\n", '
            '"client_email": "svc@acme.iam.gserviceaccount.com"}')
    assert redact(text) == (f'{{"private_key_id": "{M}", "private_key": "{M}\\n", '
                            '"client_email": "svc@acme.iam.gserviceaccount.com"}')


def test_unterminated_key_block_is_redacted_to_the_end() -> None:
    text = "Here: -----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg"
    assert redact(text) == f"Here: {M}"


def test_growth_is_capped() -> None:
    pattern = SecretPattern.build("t", r"tok_[a-z]{4}", extend="[a-z]", max_length=16)
    assert redact("tok_" + "a" * 40 + " end", SecretSet((pattern,))) == M + "a" * 28 + " end"


@pytest.mark.parametrize("kind", ["aws-access-key-id", "openai-key", "private-key", "jwt"])
def test_every_two_chunk_split(kind: str) -> None:
    text, expected = CASES[kind]
    for i in range(len(text) + 1):
        assert run(ALL, [text[:i], text[i:]])[0] == expected, i


def test_custom_pattern_from_policy(policy_file: Callable[[str], CompiledPolicy]) -> None:
    compiled = policy_file(
        """
version: 1
name: t
rules:
  - id: secrets
    detector: secrets
    channels: [reasoning]
    builtin: [aws-access-key-id]
    patterns:
      - name: acme-token
        regex: "acme_(?P<secret>[a-z0-9]{24})"
        extend: "[a-z0-9]"
        min_entropy: 3.0
"""
    )
    channel = compiled.channels([])("reasoning")
    text = f"acme_{token(30).lower()} and acme_{'a' * 24} and {AWS_ID} and {GCP_KEY}"
    out = channel.feed(text) + channel.flush()
    mark = "[redacted:secrets]"
    # acme_aaa... has too little entropy; the GCP key's kind is not picked.
    assert out == f"acme_{mark} and acme_{'a' * 24} and {mark} and {GCP_KEY}"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("builtin", "[aws-key]", "unknown secret kinds ['aws-key']"),
        ("patterns", '[{name: x, regex: "x\\\\w+"}]', "may match more than 160 characters"),
        ("patterns", '[{name: x, regex: "a|"}]', "matches the empty string"),
        ("patterns", '[{name: x, regex: "(unclosed"}]', "missing ), unterminated subpattern"),
        ("patterns", '[{name: x, regex: "x{4}", extend: "[a-z]+"}]', "exactly one character"),
        ("patterns", '[{name: x, regex: "x{4}", flavour: 1}]', "unknown key"),
    ],
)
def test_invalid_options_are_rejected(
    policy_file: Callable[[str], CompiledPolicy], field: str, value: str, message: str
) -> None:
    with pytest.raises(PolicyError) as exc:
        policy_file(f"version: 1\nname: t\nrules:\n  - id: s\n    detector: secrets\n"
                    f"    {field}: {value}\n")
    assert message in str(exc.value)


def test_width_and_class_checks() -> None:
    assert check_head(r"ab[0-9]{10,20}") == r"ab[0-9]{10,20}"
    assert check_extend(r"[A-Za-z0-9_-]") == r"[A-Za-z0-9_-]"
    with pytest.raises(ValueError, match="160"):
        check_head("a" * 161)
    assert entropy("aaaa") == 0.0
    assert entropy("abcd") == 2.0


# Hold-back only from where a head may start: its literal starts, derived from the patterns
# (the literal openings below, cut to START_DEPTH characters).
@pytest.mark.parametrize(
    ("kinds", "openings"),
    [
        (["stripe-key"], {"sk_live_", "sk_test_", "rk_live_", "rk_test_"}),
        (["aws-access-key-id"], {"AKIA", "ASIA", "ABIA", "ACCA", "A3T"}),
        (["aws-secret-access-key"], {"aws", "AWS", "Aws"}),
        (["bearer-token"], {"Bearer", "bearer", "BEARER"}),
        (["github-token"], {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}),
        (["openai-key", "anthropic-key"], {"sk-"}),  # sk-ant- starts with sk-
        (["private-key"], {"-----BEGIN "}),
        (["jwt"], {"eyJ"}),
        (["generic-assignment"], {":", "="}),  # `=>` and `:=` start with them
    ],
)
def test_builtin_starts(kinds: list[str], openings: set[str]) -> None:
    assert SecretSet.of(kinds).whole_starts == {o[:START_DEPTH] for o in openings}


@pytest.mark.parametrize(
    ("head", "starts"),
    [
        (r"tok_[a-z]{4}", {"tok"}),
        (r"\btok_[a-z]{4}", {"tok"}),  # zero width: skipped
        (r"(?<![a-z])q(?=r)r[a-z]{4}", {"qr"}),
        (r"(?:ab|c)[0-9]{4}", {"ab", "c"}),
        (r"(ab|cd)e[0-9]{4}", {"abe", "cde"}),  # a capturing group too
        (r"x[0-9]{4}", {"x"}),  # ten digits: too many to branch, `x` is kept
        (r"[a-c]d[0-9]{4}", {"ad", "bd", "cd"}),
        (r"(?:ab|\w)[0-9]{4}", None),  # one alternative starts with anything
        (r"\w{4}_tok", None),
        (r"(?i)tok_[a-z]{4}", None),  # case-insensitive: not literal
        (r"(?i:t)ok_[a-z]{4}", None),
        (r"[^a]{4}", None),
    ],
)
def test_custom_starts(head: str, starts: set[str] | None) -> None:
    pattern = SecretPattern.build("t", head)
    secrets = SecretSet((pattern,))
    if starts is None:
        assert secrets.starts is None
    else:
        assert secrets.whole_starts == starts
    # With any unbounded pattern among them a set's heads may start anywhere.
    assert (SecretSet((*ALL.patterns, pattern)).starts is None) == (starts is None)


def holds(detector_set: SecretSet, chunks: Sequence[str]) -> list[int]:
    """hold_point after each chunk."""
    detector = SecretsDetector(detector_set, 0)
    points = []
    for chunk in chunks:
        detector.feed(chunk)
        points.append(detector.hold_point)
    return points


PROSE = [
    "The user wants to know why the sky is blue. Rayleigh scattering explains it well.",
    "Let me check the numbers before I commit to it, then write the final answer out.",
    "Risk and task and skill and desk, none of them is a key.",  # `sk`, not `sk-` or `sk_`
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_is_not_held(text: str) -> None:
    # Cut after each space: no chunk ends inside a start, so nothing is held.
    chunks = [w + " " for w in text.split(" ")]
    assert holds(ALL, chunks) == list(itertools.accumulate(map(len, chunks)))
    # Cut like a tokenizer (" word"): at most the first letters of a start are held.
    chunks = re.findall(r" ?[^ ]+", text)
    ends = itertools.accumulate(map(len, chunks))
    for chunk, end, point in zip(chunks, ends, holds(ALL, chunks), strict=True):
        assert end - point < START_DEPTH, chunk


@pytest.mark.parametrize(
    ("chunks", "expected"),
    [
        (["The answer is ", "s"], [14, 14]),
        (["The answer is s", "ky today"], [14, 23]),  # `sky` starts nothing: released
        (["Use ", "sk"], [4, 4]),
        (["Use ", "sk", "-proj"], [4, 4, 4]),  # a whole start: held until decided
        (["id ", "AKI"], [3, 3]),
        (["id A", "K", "I"], [3, 3, 3]),
        (["Auth ", "Be", "arer"], [5, 5, 5]),
        (["Auth Bea", "r with me"], [5, 5]),  # `Bea` is a whole start
        (["x -", "-", "-BEGIN"], [2, 2, 2]),
        (["x -", "- y"], [2, 6]),
        (["a =", " b"], [2, 2]),
        (["plain text", " and more."], [10, 20]),
        (["plain prose"], [10]),  # `e` may begin `eyJ`
    ],
)
def test_held_from_a_start(chunks: list[str], expected: list[int]) -> None:
    assert holds(ALL, chunks) == expected


def test_channel_releases_up_to_a_start() -> None:
    channel = Channel([SecretsDetector(ALL, 0)], [M])
    assert channel.feed("The key is s") == "The key is "
    assert channel.feed("k_live_") == ""
    assert channel.feed(token(24)) + channel.feed(" today") + channel.flush() == f"{M} today"


def test_unbounded_start_holds_the_window() -> None:
    pattern = SecretPattern.build("t", r"\w{4}_tok[0-9]{8}")
    secrets = SecretSet((*ALL.patterns, pattern))
    text = " ".join(PROSE)
    received = 0
    for chunk, point in zip(text, holds(secrets, list(text)), strict=True):
        received += len(chunk)
        assert received - point == min(received, secrets.window - 1)
    assert redact("x abcd_tok12345678 y", SecretSet((pattern,))) == f"x {M} y"


@pytest.mark.parametrize(
    "kind", ["bearer-token", "stripe-key", "generic-assignment", "github-token", "slack-token"]
)
def test_every_two_chunk_split_of_short_starts(kind: str) -> None:
    text, expected = CASES[kind]
    for i in range(len(text) + 1):
        assert run(ALL, [text[:i], text[i:]])[0] == expected, i


# Streaming contract: secrets, key blocks and benign text cut anywhere give the one-shot output,
# and no secret gets through.
VALUES = [AWS_ID, AWS_SECRET, GCP_KEY, AZURE_KEY, JWT, OPENAI_KEY, SA_KEY_ID]
FRAGMENTS = [
    *(case[0] for case in CASES.values()),
    "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", token(64, B62 + "+/"),
    "password =", "Bearer", "AKIA", "eyJ", "sk-", "ghp_", "\n", " ", "ok.", "The user asks.",
    "s", "sk", "AK", "Bea", "--", "gh", "=", ":", "sk_live_",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join) | st.text(max_size=300)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, points=st.lists(st.integers(min_value=0, max_value=5000), max_size=40))
def test_any_chunking_equals_one_shot(text: str, points: list[int]) -> None:
    bounds = sorted({0, len(text), *(p % (len(text) + 1) for p in points)})
    chunks = [text[a:b] for a, b in itertools.pairwise(bounds)]
    one_shot, _ = run(ALL, [text])
    chunked, most_held = run(ALL, chunks)
    assert chunked == one_shot
    assert most_held <= ALL.window
    for value in VALUES:
        assert value not in chunked


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, points=st.lists(st.integers(min_value=0, max_value=5000), max_size=40))
def test_no_span_starts_before_a_hold_point(text: str, points: list[int]) -> None:
    """The sanitizer's contract: hold_point is the least offset a span reported later starts
    at (a growing secret is reported again with the start it was first reported with)."""
    bounds = sorted({0, len(text), *(p % (len(text) + 1) for p in points)})
    detector = SecretsDetector(ALL, 0)
    hold, starts = 0, set()
    for a, b in itertools.pairwise(bounds):
        for span in detector.feed(text[a:b]):
            assert span.start >= hold or span.start in starts
            starts.add(span.start)
        assert hold <= detector.hold_point <= b
        hold = detector.hold_point
    for span in detector.flush():
        assert span.start >= hold or span.start in starts
    assert detector.hold_point == len(text)
