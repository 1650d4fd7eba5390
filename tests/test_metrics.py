"""Prometheus metrics: served on the admin port, read back with prometheus-client's own text
parser after scripted requests through a real proxy; bounded label sets; the dashboard and the
alert rules use only metrics the proxy exports."""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from conftest import Gate, Script, free_socket
from leaky import (
    ANSWER,
    CHAT,
    REASONING,
    SYSTEM_PROMPT,
    admin_port,
    chat_request,
    completion,
    leaking_stream,
    post_chat,
    sse,
)
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from guardproxy.metrics import (
    ACTIONS,
    OUTCOMES,
    RELOAD_RESULTS,
    REPLAY_OPERATIONS,
    UPSTREAM_ERRORS,
    ChannelTally,
    HoldBackClock,
    Metrics,
    action_label,
)
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_set import load_policy_set
from guardproxy.reload import PolicyStore

ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = ROOT / "deploy" / "grafana" / "guardproxy-dashboard.json"
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yaml"
ROUTE = {"route": "chat_completions"}


class Scrape:
    """One scrape of /metrics, parsed by prometheus-client's text parser."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.families = {f.name: f for f in text_string_to_metric_families(text)}
        self.samples: list[Sample] = [s for f in self.families.values() for s in f.samples]

    def value(self, sample: str, /, **labels: str) -> float | None:
        found = [s.value for s in self.samples if s.name == sample and s.labels == labels]
        return found[0] if found else None


@pytest.fixture
def admin() -> Iterator[tuple[Metrics, Callable[[], Scrape]]]:
    """A fresh registry served on a free admin port, and ``scrape()`` to read it over HTTP."""
    metrics = Metrics()
    with admin_port(metrics) as url:
        yield metrics, lambda: Scrape(httpx.get(url, timeout=5).text)


@pytest.mark.parametrize("path", ["/", "/metrics/", "/healthz", "/v1/chat/completions",
                                  "/metricsx", "/metrics/../x"])
def test_the_admin_port_answers_404_off_metrics(path: str) -> None:
    with admin_port(Metrics()) as url:
        base = url.removesuffix("/metrics")
        assert httpx.get(url, timeout=5).status_code == 200
        response = httpx.get(base + path, timeout=5)
    assert response.status_code == 404
    assert "guardproxy_" not in response.text


def test_a_leaking_stream_is_counted_on_the_admin_port(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy,
    admin: tuple[Metrics, Callable[[], Scrape]],
) -> None:
    metrics, scrape = admin
    chunks = leaking_stream()
    # Paced, so that text is held from one upstream read to a later one.
    base = proxy_for(Script(chunks, delay=0.002), metrics=metrics)
    reply = post_chat(base, chat_request())
    assert reply.status_code == 200 and b"[redacted:system-prompt]" in reply.content
    m = scrape()

    assert m.value("guardproxy_requests_total", route="chat_completions", status="200") == 1
    leak = {"policy": "default", "channel": "reasoning", "action": "redact", "mode": "enforce"}
    # The quote and the code are each in a sentence retelling the prompt: each region shows
    # the paraphrase rule's marker (its span starts first), and every rule with a span in it
    # is counted: the prompt-leak rule's quote and code, the narration rule's retelling.
    assert m.value("guardproxy_detections_total", **leak, rule="system-prompt-paraphrase") == 2
    assert m.value("guardproxy_detections_total", **leak, rule="system-prompt") == 2
    assert m.value("guardproxy_detections_total", **leak, rule="safety-hints") == 2
    for rule in ("system-prompt-paraphrase", "system-prompt"):
        assert m.value("guardproxy_redactions_total", policy="default", channel="reasoning",
                       rule=rule) == 2
    assert m.value("guardproxy_characters_scanned_total", policy="default",
                   channel="reasoning") == len(REASONING)
    assert m.value("guardproxy_characters_scanned_total", policy="default",
                   channel="content") == len(ANSWER)
    # One added-latency observation per upstream read; a read carries whatever has arrived,
    # one of the script's chunks or several.
    reads = m.value("guardproxy_added_latency_seconds_count", **ROUTE)
    assert reads is not None and reads >= 1
    assert m.value("guardproxy_upstream_ttfb_seconds_count", **ROUTE) == 1
    assert m.value("guardproxy_upstream_duration_seconds_count", **ROUTE) == 1
    # Words are held while they may start a leak: one stream, a hold-back time above zero.
    assert m.value("guardproxy_hold_back_seconds_count", **ROUTE) == 1
    assert (m.value("guardproxy_hold_back_seconds_sum", **ROUTE) or 0) > 0
    assert m.value("guardproxy_active_streams") == 0
    assert m.value("guardproxy_policy_info", name="default", hash=default_policy.digest) == 1
    for result in RELOAD_RESULTS:
        assert m.value("guardproxy_policy_reloads_total", result=result) == 0
    assert m.value("guardproxy_policy_last_reload_successful") == 1
    for kind in UPSTREAM_ERRORS:
        assert m.value("guardproxy_upstream_errors_total", kind=kind) == 0


def test_a_whole_response_is_counted_once(
    proxy_for: Callable[..., str], admin: tuple[Metrics, Callable[[], Scrape]],
) -> None:
    metrics, scrape = admin
    base = proxy_for(Script([completion()], content_type="application/json"), metrics=metrics)
    reply = post_chat(base, chat_request(stream=False))
    assert "[redacted:system-prompt]" in reply.json()["choices"][0]["message"]["reasoning"]
    m = scrape()
    assert m.value("guardproxy_added_latency_seconds_count", **ROUTE) == 1
    assert m.value("guardproxy_characters_scanned_total", policy="default",
                   channel="reasoning") == len(REASONING)
    assert m.value("guardproxy_detections_total", policy="default",
                   rule="system-prompt-paraphrase", channel="reasoning", action="redact",
                   mode="enforce") == 2
    assert m.value("guardproxy_upstream_ttfb_seconds_count", **ROUTE) == 1
    assert m.value("guardproxy_hold_back_seconds_count", **ROUTE) is None  # streams only


def test_shadow_detections_are_not_redactions(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy],
    default_policy_text: str, admin: tuple[Metrics, Callable[[], Scrape]],
) -> None:
    metrics, scrape = admin
    assert "\nmode:" not in default_policy_text
    shadow = policy_file(default_policy_text.replace("\nname: default\n",
                                                     "\nname: default\nmode: shadow\n"))
    base = proxy_for(Script(leaking_stream()), policy=shadow, metrics=metrics)
    reply = post_chat(base, chat_request())
    assert b"[redacted" not in reply.content  # shadow mode changes nothing
    m = scrape()
    assert m.value("guardproxy_detections_total", policy="default",
                   rule="system-prompt-paraphrase", channel="reasoning", action="redact",
                   mode="shadow") == 2
    assert not [s for s in m.samples if s.name == "guardproxy_redactions_total"]


def test_upstream_failures_are_counted_by_kind(
    proxy_for: Callable[..., str], admin: tuple[Metrics, Callable[[], Scrape]],
) -> None:
    metrics, scrape = admin
    dead = free_socket()  # bound, never listening: connections are refused
    try:
        refused = proxy_for(f"http://127.0.0.1:{dead.getsockname()[1]}", metrics=metrics)
        assert post_chat(refused, chat_request()).status_code == 502
    finally:
        dead.close()
    gate = Gate()
    slow = proxy_for(Script([*leaking_stream()[:5], gate]), metrics=metrics, read_timeout=0.2)
    try:
        assert b"upstream_error" in post_chat(slow, chat_request()).content
    finally:
        gate.open()
    dropped = proxy_for(Script(leaking_stream()[:5], abort=True), metrics=metrics)
    assert b"upstream_error" in post_chat(dropped, chat_request()).content
    m = scrape()
    assert [m.value("guardproxy_upstream_errors_total", kind=k) for k in UPSTREAM_ERRORS] == [
        1, 1, 1]  # connect, timeout, read
    assert m.value("guardproxy_requests_total", route="chat_completions", status="502") == 1


def test_fail_closed_events_are_counted(
    proxy_for: Callable[..., str], admin: tuple[Metrics, Callable[[], Scrape]],
) -> None:
    metrics, scrape = admin
    chunks = leaking_stream()
    base = proxy_for(Script([*chunks[:4], b"data: {broken\n\n", *chunks[4:]]), metrics=metrics)
    assert b"guardproxy_error" in post_chat(base, chat_request()).content
    m = scrape()
    assert m.value("guardproxy_fail_closed_total", route="chat_completions", reason="codec") == 1
    assert m.value("guardproxy_active_streams") == 0


def test_reloads_are_counted_and_the_active_policy_exported(
    tmp_path: Path, default_policy_text: str, admin: tuple[Metrics, Callable[[], Scrape]],
) -> None:
    metrics, scrape = admin
    path = tmp_path / "policy.yaml"
    path.write_text(default_policy_text)
    store = PolicyStore(load_policy_set(path), path, metrics.on_reload, watch=False)
    metrics.policy_loaded(*store.active.all)
    first = store.active.fallback.digest

    path.write_text("version: 1\nname: broken\nrules: []\n")
    assert store.reload() == "failure"
    m = scrape()
    assert m.value("guardproxy_policy_reloads_total", result="failure") == 1
    assert m.value("guardproxy_policy_last_reload_successful") == 0
    assert m.value("guardproxy_policy_info", name="default", hash=first) == 1  # kept

    path.write_text(default_policy_text.replace("name: default", "name: renamed"))
    assert store.reload() == "success"
    assert store.reload() == "unchanged"
    m = scrape()
    assert m.value("guardproxy_policy_reloads_total", result="success") == 1
    assert m.value("guardproxy_policy_reloads_total", result="unchanged") == 1
    assert m.value("guardproxy_policy_last_reload_successful") == 1
    info = [s.labels for s in m.samples if s.name == "guardproxy_policy_info"]
    assert info == [{"name": "renamed", "hash": store.active.fallback.digest}]


# --- label sets are bounded, and never carry request or response text ---

NUMBER = re.compile(r"\d+(?:\.\d+)?(?:e[+-]?\d+)?|\+Inf")
# Every label and the values it may take; None: a number (status codes, bucket bounds).
VOCABULARY: dict[str, set[str] | None] = {
    "route": {"chat_completions", "passthrough", "refused"},
    "status": None,
    "le": None,
    "policy": {"default"},
    "name": {"default"},
    "rule": {"system-prompt", "system-prompt-paraphrase", "safety-hints", "secrets", "pii"},
    "channel": {"reasoning", "content"},
    "action": set(ACTIONS),
    "mode": {"enforce", "shadow"},
    "kind": set(UPSTREAM_ERRORS),
    "reason": {"codec", "framing", "detector", "internal", "content-encoding", "content-type",
               "response_too_large"},
    "result": set(RELOAD_RESULTS),
    "operation": set(REPLAY_OPERATIONS),
    "outcome": set(OUTCOMES),
}


def _label_sets(scrape: Scrape) -> dict[str, set[tuple[tuple[str, str], ...]]]:
    sets: dict[str, set[tuple[tuple[str, str], ...]]] = {}
    for sample in scrape.samples:
        sets.setdefault(sample.name, set()).add(tuple(sorted(sample.labels.items())))
    return sets


def _varied_traffic(base: str, rounds: int) -> list[str]:
    """Requests whose paths, models, headers and bodies all carry fresh random text."""
    tokens = []
    with httpx.Client(base_url=base, timeout=10) as client:
        for _ in range(rounds):
            token = f"tok{secrets.token_hex(6)}"
            tokens.append(token)
            body = chat_request(model=token, system=f"{SYSTEM_PROMPT} Ticket {token}.",
                                user=f"Tell me about {token}")
            client.post(CHAT, json=body, headers={"x-request-id": token, "x-tenant": token})
            client.post(CHAT, json={**body, "stream": False})
            client.post(f"/v1//chat/completions/?q={token}", json=body)
            client.get(f"/v1/models/{token}?q={token}")
            client.post(f"/{token}", content=token.encode() * 10)
    return tokens


def test_label_sets_stay_bounded_and_carry_no_request_text(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy,
    admin: tuple[Metrics, Callable[[], Scrape]],
) -> None:
    metrics, scrape = admin
    base = proxy_for(Script(leaking_stream()), metrics=metrics, tenant_header="x-tenant")
    tokens = _varied_traffic(base, 6)
    first = _label_sets(scrape())
    tokens += _varied_traffic(base, 6)
    m = scrape()
    later = _label_sets(m)
    assert later == first  # twice the traffic, with all-new text: not one new label set
    answered = [s.value for s in m.samples if s.name == "guardproxy_requests_total"]
    assert sum(answered) == 5 * len(tokens)  # every request went through the proxy
    assert max(len(sets) for sets in later.values()) <= 64
    vocabulary = {**VOCABULARY, "hash": {default_policy.digest}}
    for sample in m.samples:
        for label, value in sample.labels.items():
            allowed = vocabulary.get(label, set())
            assert (NUMBER.fullmatch(value) if allowed is None
                    else value in allowed), (sample.name, label, value)
    assert not [t for t in tokens if t in m.text]


# --- the dashboard and the alerts use only exported metrics ---

PROMQL_WORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "and", "or",
                "unless", "offset", "bool", "inf", "nan"}


def promql_metrics(expr: str) -> set[str]:
    """The metric names an expression selects: what is left once label matchers, ranges,
    strings, grouping clauses, functions, keywords, numbers and variables are taken out."""
    rest = re.sub(r'"(?:[^"\\]|\\.)*"', "", expr)
    rest = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", rest)
    rest = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", rest)
    rest = re.sub(r"\$\w+", " ", rest)
    names = set()
    for match in re.finditer(r"(?<![\w.])([A-Za-z_:][\w:]*)(\s*\()?", rest):
        if match.group(2) is None and match.group(1).lower() not in PROMQL_WORDS:
            names.add(match.group(1))
    return names


def _balanced(expr: str) -> bool:
    pairs, stack = {")": "(", "]": "[", "}": "{"}, []
    for char in re.sub(r'"(?:[^"\\]|\\.)*"', "", expr):
        if char in "([{":
            stack.append(char)
        elif char in pairs and (not stack or stack.pop() != pairs[char]):
            return False
    return not stack


def dashboard_exprs() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]


def alert_rules() -> list[dict[str, Any]]:
    doc = yaml.safe_load(ALERTS.read_text())
    return [r for group in doc["spec"]["groups"] for r in group["rules"]]


# How a sample name maps to its family: (suffix, the family types that export it).
SUFFIXES = [("_total", {"counter"}), ("_bucket", {"histogram"}), ("_count", {"histogram"}),
            ("_sum", {"histogram"}), ("", {"gauge", "counter", "histogram", "info"})]
PROMETHEUS_OWN = {"up"}  # the scrape's own series, not guardproxy's


def exported(name: str, scrape: Scrape) -> bool:
    """Whether ``name`` is a series of the exposition (a family of the matching type)."""
    for suffix, types in SUFFIXES:
        family = scrape.families.get(name.removesuffix(suffix) if suffix else name)
        if name.endswith(suffix) and family is not None and family.type in types:
            return bool(suffix) or family.type == "gauge"
    return False


def test_promql_metric_extraction() -> None:
    expr = ('histogram_quantile(0.99, sum by (le) (rate(a_bucket{job=~"$job"}[5m]))) > 0.05 '
            "and on (x) sum without (y) (b_total offset 5m) / ignoring(z) c or vector(0)")
    assert promql_metrics(expr) == {"a_bucket", "b_total", "c"}
    assert _balanced(expr) and not _balanced("sum(rate(x[5m])")


def test_every_metric_of_the_dashboard_and_alerts_is_exported(
    proxy_for: Callable[..., str], admin: tuple[Metrics, Callable[[], Scrape]],
) -> None:
    metrics, scrape = admin
    post_chat(proxy_for(Script(leaking_stream()), metrics=metrics), chat_request())
    m = scrape()
    exprs = dashboard_exprs() + [r["expr"] for r in alert_rules()]
    used = set().union(*(promql_metrics(e) for e in exprs)) - PROMETHEUS_OWN
    assert len(used) >= 12  # the extraction found the metrics, not nothing
    assert sorted(n for n in used if not exported(n, m)) == []
    assert [e for e in exprs if not _balanced(e)] == []


def test_the_dashboard_charts_what_got_through_and_the_replay_stores_health() -> None:
    used = set().union(*(promql_metrics(e) for e in dashboard_exprs()))
    assert {"guardproxy_canary_leaks_total", "guardproxy_fail_open_total",
            "guardproxy_replay_store_errors_total", "guardproxy_policy_info"} <= used


def test_the_dashboard_is_an_importable_grafana_dashboard() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    assert isinstance(dashboard["schemaVersion"], int) and dashboard["schemaVersion"] >= 36
    assert dashboard["uid"] and dashboard["title"] and "id" not in dashboard
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    panels = dashboard["panels"]
    assert len({p["id"] for p in panels}) == len(panels)
    for panel in panels:
        grid = panel["gridPos"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24 and grid["h"] > 0
        if panel["type"] == "row":
            continue
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
        assert panel["targets"] and len({t["refId"] for t in panel["targets"]}) == len(
            panel["targets"])
        for target in panel["targets"]:
            used = set(re.findall(r"\$(\w+)", target["expr"])) - {"__rate_interval"}
            assert used <= set(variables), (panel["title"], used)


def test_the_alerts_are_a_prometheus_rule_with_the_four_alerts() -> None:
    doc = yaml.safe_load(ALERTS.read_text())
    assert doc["apiVersion"] == "monitoring.coreos.com/v1" and doc["kind"] == "PrometheusRule"
    rules = {r["alert"]: r for r in alert_rules()}
    required = {
        "GuardproxyLeakSpike": "guardproxy_detections_total",
        "GuardproxyFailClosed": "guardproxy_fail_closed_total",
        "GuardproxyPolicyReloadFailed": "guardproxy_policy_last_reload_successful",
        "GuardproxyAddedLatencyHigh": "guardproxy_added_latency_seconds_bucket",
    }
    for name, metric in required.items():
        assert metric in promql_metrics(rules[name]["expr"]), name
    for rule in rules.values():
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert rule["annotations"]["summary"] and re.fullmatch(r"\d+m", rule["for"])


# --- the pieces, without servers ---


def test_action_labels_come_from_a_fixed_vocabulary() -> None:
    assert action_label(None) == "redact"
    assert [action_label(a) for a in ("mask", "drop", "block", "audit")] == [
        "mask", "drop", "block", "audit"]
    assert action_label("ignore previous instructions") == "other"
    assert action_label(3) == "other"


def test_hold_back_clock_times_the_longest_wait() -> None:
    clock = HoldBackClock()
    clock.read(1.0, received=10, held=4)  # characters 6..10 wait from t=1
    clock.read(2.0, received=15, held=9)  # nothing released; 11..15 wait from t=2
    clock.read(3.5, received=15, held=5)  # 6..10 released: waited 2.5 s
    clock.read(4.0, received=20, held=0)  # everything released: 11..15 waited 2 s
    assert clock.longest == 2.5
    clock.read(5.0, received=21, held=0)  # released at once: no wait
    assert clock.longest == 2.5


def test_channel_tally_counts_by_kind_and_lets_flushed_channels_go(
    default_policy: CompiledPolicy,
) -> None:
    tally = ChannelTally(default_policy.channels([SYSTEM_PROMPT]))
    reasoning, content = tally("reasoning"), tally("content")
    reasoning.feed(REASONING[:50])
    content.feed("abc")
    assert tally.progress() == (53, reasoning.held + content.held)
    assert reasoning.held > 0  # a word that may start a leak waits
    reasoning.feed(REASONING[50:])
    reasoning.flush()
    received, held = tally.progress()
    assert (received, held) == (len(REASONING) + 3, content.held)
    assert len(tally._live) == 1  # the flushed channel was folded in
    assert tally.by_kind() == {"reasoning": len(REASONING), "content": 3}


def test_requests_to_sanitized_routes_are_counted_by_route_and_status(
    proxy_for: Callable[..., str], admin: tuple[Metrics, Callable[[], Scrape]],
) -> None:
    metrics, scrape = admin
    script = Script([sse({"error": {"message": "overloaded"}})], status=503,
                    content_type="application/json")
    base = proxy_for(script, metrics=metrics)
    assert post_chat(base, chat_request()).status_code == 503
    assert httpx.get(f"{base}/v1/models", timeout=5).status_code == 503
    assert httpx.get(f"{base}/healthz", timeout=5).status_code == 200
    m = scrape()
    assert m.value("guardproxy_requests_total", route="chat_completions", status="503") == 1
    assert m.value("guardproxy_requests_total", route="passthrough", status="503") == 1
    assert m.value("guardproxy_upstream_duration_seconds_count", route="passthrough") == 1
    assert CHAT not in m.text
