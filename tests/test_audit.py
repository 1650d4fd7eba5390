"""The audit and access logs, their formats, and the promise behind them: no protected text
ever shows up in a log record, the metrics or an error message, whatever happens to the
response (a clean leak, a stream cut short, an event that cannot be scanned, a dead upstream).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import logging
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import httpx
import openai
import pytest
from conftest import GATE_TIMEOUT, Script, free_socket
from fixed_spans import FixedSpans
from hypothesis import given, settings
from hypothesis import strategies as st
from leaky import (
    CHAT,
    KEPT,
    QUOTED,
    REASONING,
    RETOLD,
    SECRET,
    SYSTEM_PROMPT,
    admin_port,
    chat_request,
    completion,
    leaked_runs,
    leaking_stream,
    post_chat,
)
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from guardproxy.audit import (
    AccessLog,
    AuditLog,
    JsonFormatter,
    TextFormatter,
    request_id,
    with_request_id,
)
from guardproxy.metrics import Metrics
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.sanitizer import REGION_TEXT_LIMIT, Channel, Region, Span

KEY = "audit-key-for-tests-0123456789"
AUDIT_FIELDS = {"event", "request_id", "route", "policy", "policy_hash", "rule", "channel",
                "action", "mode", "start", "end", "length", "match_hmac", "rules"}
ACCESS_FIELDS = {"event", "request_id", "method", "route", "path", "status", "bytes_sent",
                 "duration_s", "upstream_ttfb_s", "policy", "detections"}


def fields(record: logging.LogRecord) -> dict[str, Any]:
    found = getattr(record, "fields", None)
    assert isinstance(found, dict)
    return found


def records_of(caplog: pytest.LogCaptureFixture, logger: str) -> list[dict[str, Any]]:
    return [fields(r) for r in caplog.records if r.name == logger]


def wait_for_access(caplog: pytest.LogCaptureFixture, count: int = 1) -> list[dict[str, Any]]:
    """The access records, once ``count`` are there: the server writes one just after the
    client has read the end of the response. (A guard against hanging, not a time limit.)"""
    deadline = time.monotonic() + GATE_TIMEOUT
    while len(found := records_of(caplog, "guardproxy.access")) < count:
        assert time.monotonic() < deadline, "no access record"
        time.sleep(0.005)
    return found


def expected_hmac(text: str, key: str = KEY) -> str:
    return hmac.new(key.encode(), text.encode(), hashlib.sha256).hexdigest()


# --- the audit log ---


def test_one_audit_record_per_detection_with_a_keyed_hash_and_no_text(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    base = proxy_for(Script(leaking_stream()), audit_key=KEY)
    post_chat(base, chat_request(), headers={"x-request-id": "req-7.a"})
    wait_for_access(caplog)
    audit = records_of(caplog, "guardproxy.audit")
    assert [(r["rule"], REASONING[r["start"] : r["end"]]) for r in audit] == [
        ("system-prompt-paraphrase", RETOLD), ("system-prompt-paraphrase", KEPT),
        ("safety-hints", "My instructions say I must not reveal it."),
    ]
    for record in audit:
        assert set(record) == AUDIT_FIELDS
        matched = REASONING[record["start"] : record["end"]]
        assert record["match_hmac"] == expected_hmac(matched)
        assert record["length"] == len(matched)
        assert (record["request_id"], record["route"], record["policy"]) == (
            "req-7.a", "chat_completions", "default")
        assert record["policy_hash"] == default_policy.digest
        assert (record["channel"], record["action"], record["mode"]) == (
            "reasoning", "redact", "enforce")
        assert not leaked_runs(json.dumps(record))
        # Every rule in the region, the marker's first, each hashed over its own match.
        assert record["rules"][0]["rule"] == record["rule"]
        for part in record["rules"]:
            assert record["start"] <= part["start"] < part["end"] <= record["end"]
            assert part["match_hmac"] == expected_hmac(REASONING[part["start"] : part["end"]])
    # The quote inside the retold sentence and the code inside the kept one are the prompt-leak
    # rule's own matches: recorded under it, though the client sees the paraphrase's marker.
    assert [[(p["rule"], REASONING[p["start"] : p["end"]]) for p in r["rules"]]
            for r in audit] == [
        [("system-prompt-paraphrase", RETOLD), ("safety-hints", RETOLD),
         ("system-prompt", QUOTED)],
        [("system-prompt-paraphrase", KEPT), ("system-prompt", SECRET)],
        [("safety-hints", "My instructions say I must not reveal it.")],
    ]


def test_the_same_leak_hashes_alike_under_one_key_only() -> None:
    region = Region(0, 19, 0, text=SECRET)
    one, same, other = AuditLog(KEY.encode()), AuditLog(KEY.encode()), AuditLog()
    assert one.digest(region.text) == same.digest(SECRET) == expected_hmac(SECRET)
    assert other.digest(SECRET) != one.digest(SECRET)  # no key: a random one per process
    assert SECRET not in repr(region)




def cut(text: str, points: Sequence[int]) -> list[str]:
    bounds = sorted({0, len(text), *(p % (len(text) + 1) for p in points)})
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


@settings(max_examples=200, deadline=None)
@given(
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20), st.integers(0, 1)),
                   max_size=6),
    points=st.lists(st.integers(0, 200), max_size=12),
)
def test_each_region_reports_its_own_text_for_any_chunking(
    spans: list[tuple[int, int, int]], points: list[int],
) -> None:
    text = "".join(chr(ord("a") + i % 26) for i in range(80))
    regions: list[Region] = []
    claimed = [Span(s, min(s + n, len(text)), r) for s, n, r in spans]
    channel = Channel([FixedSpans(claimed)], ["<0>", "<1>"], regions.append)
    for piece in cut(text, points):
        channel.feed(piece)
    channel.flush()
    assert [r.text for r in regions] == [text[r.start : r.end] for r in regions]
    # Each claimed span lies in one region's part for its rule, whose text is its own.
    for region in regions:
        for rule, (a, b) in region.parts.items():
            assert region.part_text(rule) == text[a:b]
    assert all(any(s.rule in r.parts and r.parts[s.rule][0] <= s.start
                   and s.end <= r.parts[s.rule][1] for r in regions)
               for s in claimed if s.end > s.start)
    assert sum(r.end - r.start for r in regions) >= len({i for s in claimed
                                                          for i in range(s.start, s.end)})


@settings(max_examples=30, deadline=None)
@given(points=st.lists(st.integers(0, len(REASONING)), max_size=20))
def test_policy_regions_carry_the_matched_text(
    default_policy: CompiledPolicy, points: list[int],
) -> None:
    regions: list[Region] = []
    channel = default_policy.channels([SYSTEM_PROMPT], lambda k, r, g: regions.append(g))(
        "reasoning")
    for piece in cut(REASONING, points):
        channel.feed(piece)
    channel.flush()
    assert [r.text for r in regions] == [RETOLD, KEPT, REASONING[regions[2].start :
                                                                 regions[2].end]]


def test_region_text_is_capped() -> None:
    regions: list[Region] = []
    long = "x" * (REGION_TEXT_LIMIT + 500)
    channel = Channel([FixedSpans([Span(10, len(long), 0)], bound=len(long))], ["<m>"],
                      regions.append)
    for piece in cut(long, range(0, len(long), 97)):
        channel.feed(piece)
    assert channel.flush() == ""
    [region] = regions
    assert region.text == long[10 : 10 + REGION_TEXT_LIMIT]


# --- the access log ---


def test_one_access_record_per_request_without_query_or_body(
    proxy_for: Callable[..., str], caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    base = proxy_for(Script(leaking_stream()))
    chat = httpx.post(f"{base}{CHAT}?api_key=QUERYSECRET", json=chat_request(), timeout=10,
                      headers={"x-request-id": "req-1"})
    models = httpx.get(f"{base}/v1/models?page=QUERYSECRET", timeout=10,
                       headers={"x-request-id": "not an id: spaces"})
    probe = httpx.get(f"{base}/healthz", timeout=10)
    chat_log, models_log, probe_log = wait_for_access(caplog, 3)
    for record in (chat_log, models_log, probe_log):
        assert set(record) == ACCESS_FIELDS
        assert record["duration_s"] >= 0
    assert chat_log | {"duration_s": 0, "upstream_ttfb_s": 0} == {
        "event": "access", "request_id": "req-1", "method": "POST", "route": "chat_completions",
        "path": CHAT, "status": 200, "bytes_sent": len(chat.content), "duration_s": 0,
        "upstream_ttfb_s": 0, "policy": "default", "detections": 3,
    }
    assert chat_log["upstream_ttfb_s"] >= 0
    assert re.fullmatch(r"[0-9a-f]{32}", models_log["request_id"])  # a fresh id instead
    assert (models_log["route"], models_log["path"], models_log["bytes_sent"]) == (
        "passthrough", "/v1/models", len(models.content))
    assert (probe_log["route"], probe_log["status"], probe_log["upstream_ttfb_s"]) == (
        "healthz", probe.status_code, None)
    # (httpx's own request lines show URLs: `serve` keeps them off, at warning level.)
    ours = [r for r in caplog.records if r.name.startswith("guardproxy")]
    assert len(ours) >= 3 and not [r for r in ours if "QUERYSECRET" in repr(vars(r))]


def test_request_ids_are_kept_only_when_they_look_like_ids() -> None:
    assert request_id([(b"X-Request-ID", b"abc-1.2:3_x")]) == "abc-1.2:3_x"
    for bad in (b"", b"a b", b"x" * 129, b"{\"json\": 1}", "é".encode()):
        assert re.fullmatch(r"[0-9a-f]{32}", request_id([(b"x-request-id", bad)]))



# --- the request id, echoed ---

ID = re.compile(r"[0-9a-f]{32}")  # a fresh one
BLOCK_POLICY = """\
version: 1
name: blocking
rules:
  - id: system-prompt
    detector: prompt_leak
    channels: [reasoning, content]
    action: block
"""


def _json_script(body: bytes, status: int = 200, **options: Any) -> Callable[[], Script]:
    return lambda: Script([body], status=status, content_type="application/json", **options)


# Each kind of response, errors included: its status, the upstream's script (None: a dead
# upstream), the request, the proxy's settings and policy.
ECHO_CASES: dict[str, dict[str, Any]] = {
    "stream": {"status": 200, "script": lambda: Script(leaking_stream())},
    "whole": {"status": 200, "script": _json_script(completion()),
              "body": chat_request(stream=False)},
    "passthrough": {"status": 200, "script": _json_script(b'{"data":[]}'), "method": "GET",
                    "path": "/v1/models"},
    "probe": {"status": 200, "script": lambda: Script([]), "method": "GET", "path": "/healthz"},
    "upstream-error": {"status": 429, "script": _json_script(
        b'{"error":{"message":"no"}}', 429, headers=[("x-request-id", "upstream-own-id")])},
    "too-large": {"status": 413, "script": lambda: Script([]),
                  "settings": {"max_request_bytes": 1024}, "body": chat_request(user="x" * 2048)},
    "not-json": {"status": 400, "script": lambda: Script([]), "body": b"[1, 2"},
    "unreachable": {"status": 502, "script": lambda: None},
    "fail-closed": {"status": 200,
                    "script": lambda: Script([*leaking_stream()[:5], b"data: {oops\n\n"])},
    "blocked": {"status": 403, "script": _json_script(completion()),
                "body": chat_request(stream=False), "policy": BLOCK_POLICY},
}


def _send(base: str, case: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
    body = case.get("body", chat_request())
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    method = case.get("method", "POST")
    return httpx.request(method, base + case.get("path", CHAT), timeout=10, headers=headers,
                         content=content if method == "POST" else None)


@pytest.mark.parametrize("sent", ["req-42.a:b_c", "not an id", "x" * 129, ""],
                         ids=["an-id", "spaces", "too-long", "empty"])
@pytest.mark.parametrize("case", list(ECHO_CASES))
def test_every_response_carries_the_request_id_it_was_logged_under(
    proxy_for: Callable[..., str], dead_upstream: str, policy_file: Callable[[str], Any],
    caplog: pytest.LogCaptureFixture, case: str, sent: str,
) -> None:
    """The client's id when it looks like one, else a fresh one: the same in the response,
    the access record, the audit records and the request the upstream got."""
    caplog.set_level(logging.INFO)
    spec = ECHO_CASES[case]
    script = spec["script"]()
    policy = policy_file(spec["policy"]) if "policy" in spec else None
    base = proxy_for(script or dead_upstream, policy=policy, **spec.get("settings", {}))
    reply = _send(base, spec, {"x-request-id": sent})
    (access,) = wait_for_access(caplog)
    echoed = reply.headers.get_list("x-request-id")
    assert echoed == [access["request_id"]]
    assert echoed == [sent] if sent == "req-42.a:b_c" else ID.fullmatch(echoed[0])
    assert access["status"] == reply.status_code == spec["status"]
    assert {r["request_id"] for r in records_of(caplog, "guardproxy.audit")} <= set(echoed)
    if script is not None and script.requests:
        assert script.requests[0].header_values("x-request-id") == echoed
    if case in ("stream", "whole"):
        assert records_of(caplog, "guardproxy.audit")  # there were audit records to compare


def test_fresh_ids_differ_per_request(proxy_for: Callable[..., str]) -> None:
    base = proxy_for(Script([b"{}"], content_type="application/json"))
    ids = {httpx.get(f"{base}/v1/models", timeout=10).headers["x-request-id"] for _ in range(3)}
    assert len(ids) == 3 and all(ID.fullmatch(i) for i in ids)


def test_the_openai_sdk_reads_the_request_id(proxy_for: Callable[..., str]) -> None:
    """What applications see: `_request_id` of a result, `request_id` of an error, the raw
    response's headers, streamed or not."""
    script = Script([completion()], content_type="application/json")
    base = proxy_for(script)
    client = openai.OpenAI(base_url=f"{base}/v1", api_key="sk-test", max_retries=0, timeout=10,
                           default_headers={"x-request-id": "app-7"})
    result = client.chat.completions.create(**chat_request(stream=False))
    assert result._request_id == "app-7"
    raw = client.chat.completions.with_raw_response.create(**chat_request(stream=False))
    assert raw.headers["x-request-id"] == "app-7"
    script.chunks, script.content_type = leaking_stream(), "text/event-stream"
    with client.chat.completions.with_streaming_response.create(**chat_request()) as response:
        assert response.headers["x-request-id"] == "app-7"
        assert b"[redacted:system-prompt]" in response.read()
    script.chunks, script.status = [b'{"error":{"message":"slow down"}}'], 429
    script.content_type = "application/json"
    with pytest.raises(openai.RateLimitError) as raised:
        client.chat.completions.create(**chat_request(stream=False),
                                       extra_headers={"x-request-id": "bad id"})
    assert raised.value.request_id is not None and ID.fullmatch(raised.value.request_id)


def test_a_crash_is_answered_with_the_request_id(
    serve: Callable[..., str], caplog: pytest.LogCaptureFixture,
) -> None:
    """An exception in the app before it answered: a 500 in the OpenAI error format, with the
    id, and nothing of the exception's message (which could quote anything)."""
    caplog.set_level(logging.INFO)

    async def crash(request: Request) -> Response:
        raise RuntimeError(SECRET)

    app = Starlette(routes=[Route("/v1/x", crash)], middleware=[Middleware(AccessLog)])
    reply = httpx.get(serve(app) + "/v1/x", timeout=10, headers={"x-request-id": "r-500"})
    assert (reply.status_code, reply.headers["x-request-id"]) == (500, "r-500")
    assert reply.json()["error"]["type"] == "guardproxy_error"
    assert SECRET not in reply.text
    (access,) = wait_for_access(caplog)
    assert (access["request_id"], access["status"]) == ("r-500", 500)


def test_one_request_id_header_replaces_any_other() -> None:
    headers = [(b"content-type", b"a"), (b"X-Request-ID", b"theirs"), (b"x-request-id", b"2")]
    assert with_request_id(headers, "ours") == [(b"content-type", b"a"),
                                                (b"x-request-id", b"ours")]

# --- formats ---


def _record(**extra: Any) -> logging.LogRecord:
    record = logging.LogRecord("guardproxy.audit", logging.INFO, __file__, 1, "detection %s",
                               ("x",), None)
    record.__dict__.update(extra)
    return record


def test_json_lines_put_structured_fields_at_the_top_level() -> None:
    line = JsonFormatter().format(_record(fields={"rule": "r", "start": 3}))
    parsed = json.loads(line)
    assert "\n" not in line
    assert {k: parsed[k] for k in ("level", "logger", "message", "rule", "start")} == {
        "level": "info", "logger": "guardproxy.audit", "message": "detection x", "rule": "r",
        "start": 3}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", parsed["time"])


def test_text_lines_end_with_the_fields_as_json() -> None:
    line = TextFormatter().format(_record(fields={"rule": "r"}))
    assert line.endswith(' INFO guardproxy.audit detection x {"rule":"r"}')


def test_serve_writes_json_logs_with_keyed_hashes_and_metrics_on_the_admin_port(
    upstream_for: Callable[[Script], str],
) -> None:
    """`guardproxy serve --log-format json --audit-key K` as deployed, in its own process."""
    upstream = upstream_for(Script(leaking_stream()))
    port, admin = _free_port(), _free_port()
    env = {**os.environ, "GUARDPROXY_AUDIT_KEY": KEY, "GUARDPROXY_LOG_FORMAT": "json"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "guardproxy", "serve", "--upstream", upstream, "--port",
         str(port), "--admin-port", str(admin), "--no-watch"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        base = _wait_until_serving(f"http://127.0.0.1:{port}", proc)
        reply = post_chat(base, chat_request())
        assert b"[redacted:system-prompt]" in reply.content
        metrics = httpx.get(f"http://127.0.0.1:{admin}/metrics", timeout=5).text
        assert 'guardproxy_policy_info{hash="' in metrics
        assert "guardproxy_detections_total{" in metrics
    finally:
        proc.terminate()
        stderr = proc.communicate(timeout=15)[1].decode()
    lines = [json.loads(line) for line in stderr.splitlines() if line.strip()]
    audit = [line for line in lines if line["logger"] == "guardproxy.audit"]
    assert [line["match_hmac"] for line in audit[:2]] == [expected_hmac(RETOLD),
                                                          expected_hmac(KEPT)]
    assert [line["status"] for line in lines if line["logger"] == "guardproxy.access"] == [
        200, 200]  # the readiness probe, then the chat request
    assert leaked_runs(stderr) == [] and KEY not in stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_serving(base: str, proc: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + 3 * GATE_TIMEOUT  # a guard against hanging only
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return base
        except httpx.TransportError:
            time.sleep(0.05)
    pytest.fail("guardproxy serve did not start")


def test_a_short_audit_key_is_refused_without_echoing_it() -> None:
    short = "tiny-key-12"
    result = subprocess.run([sys.executable, "-m", "guardproxy", "serve", "--audit-key", short],
                            capture_output=True, timeout=30)
    assert result.returncode == 2
    assert b"at least 16 characters" in result.stderr and short.encode() not in result.stderr


# --- nothing protected leaks through observability ---

def _bad_event() -> bytes:
    """An event the codec cannot parse, made of protected text."""
    return f"data: {{{QUOTED} {SECRET}\n\n".encode()


CHUNKS = leaking_stream()
CASES: dict[str, dict[str, Any]] = {
    "stream": {"script": Script(CHUNKS)},
    "whole": {"status": 200, "script": Script([completion()], content_type="application/json"),
              "stream": False},
    "fail-closed": {"status": 200, "script": Script([*CHUNKS[:30], _bad_event(), *CHUNKS[30:]])},
    "upstream-drop": {"script": Script(CHUNKS[:45], abort=True)},
    # Upstream errors are relayed as they are (the client's own request): not checked here.
    "upstream-error-status": {"script": Script(
        [json.dumps({"error": {"message": f"cannot follow: {SYSTEM_PROMPT}"}}).encode()],
        status=400, content_type="application/json"), "relayed": True},
    "unreachable": {"status": 502, "script": None},
}


@pytest.fixture
def dead_upstream() -> Iterator[str]:
    sock = free_socket()  # bound, never listening: connections are refused
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


def _error_messages(reply: httpx.Response) -> list[str]:
    """What the proxy said about errors: error events of a stream, or an error body."""
    if reply.headers.get("content-type", "").startswith("text/event-stream"):
        return [line for line in reply.text.splitlines() if '"error"' in line]
    return [reply.text] if reply.status_code >= 400 else []


@pytest.mark.parametrize("case", list(CASES))
def test_no_protected_text_in_logs_metrics_or_error_messages(
    proxy_for: Callable[..., str], dead_upstream: str, caplog: pytest.LogCaptureFixture,
    case: str,
) -> None:
    spec = CASES[case]
    caplog.set_level(logging.DEBUG)  # every logger, every level, every thread
    metrics = Metrics()
    base = proxy_for(spec["script"] or dead_upstream, metrics=metrics)
    with admin_port(metrics) as admin:
        reply = post_chat(base, chat_request(stream=spec.get("stream", True)))
        wait_for_access(caplog)
        exposition = httpx.get(admin, timeout=5).text
    assert leaked_runs(REASONING) and leaked_runs(SYSTEM_PROMPT)  # the check can fail

    logs = [JsonFormatter().format(r) + TextFormatter().format(r) + repr(vars(r))
            for r in caplog.records]
    assert [r for r in logs if leaked_runs(r)] == []
    assert "guardproxy_requests_total" in exposition and leaked_runs(exposition) == []
    if not spec.get("relayed"):
        assert [m for m in _error_messages(reply) if leaked_runs(m)] == []
        # What clients read holds no leak the policy catches (runs of six words and more).
        assert leaked_runs(reply.text, n=6) == []
    if case in ("stream", "whole"):
        assert records_of(caplog, "guardproxy.audit")  # detections were logged, safely
