"""Secrets: one case per built-in kind, benign look-alikes, chunk splits and the streaming contract.

Every credential here is fake (documentation examples or made up), built at import so no
scanner mistakes this file for a leak.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardproxy.detectors.secrets import (
    BUILTIN,
    LOOKAHEAD,
    MAX_WIDTH,
    SecretPattern,
    SecretsDetector,
    SecretSet,
    check_extend,
    check_head,
    entropy,
)
from guardproxy.policy import CompiledPolicy, PolicyError
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


# Streaming contract: secrets, key blocks and benign text cut anywhere give the one-shot output,
# and no secret gets through.
VALUES = [AWS_ID, AWS_SECRET, GCP_KEY, AZURE_KEY, JWT, OPENAI_KEY, SA_KEY_ID]
FRAGMENTS = [
    *(case[0] for case in CASES.values()),
    "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", token(64, B62 + "+/"),
    "password =", "Bearer", "AKIA", "eyJ", "sk-", "ghp_", "\n", " ", "ok.", "The user asks.",
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
