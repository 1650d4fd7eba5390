"""Prometheus metrics, on an explicit registry.

Label values come only from fixed vocabularies (route names, status codes, policy and rule ids
from the operator's policy, channel kinds): never from request or response text.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

__all__ = ["Metrics"]


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "guardproxy_requests", "Requests answered, by route and status.",
            ["route", "status"], registry=r,
        )
        self.redactions = Counter(
            "guardproxy_redactions", "Regions redacted, by policy, rule and channel kind.",
            ["policy", "rule", "channel"], registry=r,
        )
        self.fail_closed = Counter(
            "guardproxy_fail_closed", "Responses cut off because their text could not be scanned.",
            ["route", "reason"], registry=r,
        )
        self.upstream_errors = Counter(
            "guardproxy_upstream_errors", "Upstream failures, by kind.", ["kind"], registry=r,
        )
        self.active_streams = Gauge(
            "guardproxy_active_streams", "Sanitized streams in flight.", registry=r,
        )
        self.hold_back = Histogram(
            "guardproxy_hold_back_chars", "Largest hold-back of a response, in characters.",
            buckets=(0, 8, 16, 32, 64, 128, 192, 256, 512), registry=r,
        )
