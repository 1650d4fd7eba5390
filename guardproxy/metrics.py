"""Prometheus metrics, on an explicit registry: every metric guardproxy exports is defined here.

Label values come only from fixed vocabularies (route names, status codes, policy and rule ids
from the operator's policy, channel kinds, the action and mode vocabularies below): never from
request or response text, so label sets stay bounded and no metric can leak what it counts.

What other modules call:

* ``detected(policy, rule, channel, action, mode)`` once per detected region and rule with a
  span in it (a merged region counts each of its rules); ``action`` goes through
  ``action_label`` (``rule_action`` reads it from a compiled policy's rule).
* ``blocked(route, policy, rule)`` once per response a rule blocks.
* ``policy_loaded(*compiled)`` at startup and after every successful reload: replaces the
  active-policy info (``guardproxy_policy_info{name,hash} 1`` per active policy).
* ``reload(result)`` per reload attempt (``success``, ``failure``, ``unchanged``): counts it
  and sets ``guardproxy_policy_last_reload_successful``; ``on_reload(result, policies)`` is the
  same with the signature of ``PolicyStore``'s ``on_reload`` hook, and also updates the policy
  info after a success.
* ``replay_store_failed(operation)`` per failed Redis replay store operation (``get``,
  ``put``): ``open_store``'s ``on_error`` hook.

The admin port (admin.py) serves the registry on ``/metrics``.

Per response, ``UpstreamClock``, ``ChannelTally`` and ``HoldBackClock`` collect timings and
counts with a few ``perf_counter`` calls and attribute reads per upstream read, and report them
once at the end: nothing is done per token.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator
from typing import TYPE_CHECKING, Any, Literal, cast, get_args

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from guardproxy.sanitizer import Action, Mode

if TYPE_CHECKING:
    from guardproxy.policy_compile import ChannelFactory, CompiledPolicy
    from guardproxy.policy_set import PolicySet
    from guardproxy.reload import ReloadResult
    from guardproxy.rules import ChannelKind
    from guardproxy.sanitizer import Channel

__all__ = [
    "ACTIONS",
    "OUTCOMES",
    "ActionLabel",
    "ChannelTally",
    "HoldBackClock",
    "Metrics",
    "Outcome",
    "UpstreamClock",
    "action_label",
    "rule_action",
]

# A rule's action as a label. "other" stands for a value outside the vocabulary, so a new
# action can never make an unbounded label.
ActionLabel = Action | Literal["other"]
ACTIONS: tuple[ActionLabel, ...] = (*get_args(Action), "other")
RELOAD_RESULTS = ("success", "failure", "unchanged")
UPSTREAM_ERRORS = ("connect", "timeout", "read")
REPLAY_OPERATIONS = ("get", "put")
# How a streamed response ended. `completed` and `blocked` (a rule stopped it) are the ends the
# proxy meant; every other is abnormal, and logged once with the request id.
Outcome = Literal["completed", "blocked", "client_disconnect", "upstream_disconnect",
                  "upstream_timeout", "scan_failure", "shutdown_deadline", "server_error"]
OUTCOMES: tuple[Outcome, ...] = get_args(Outcome)

# Seconds. Added latency is CPU time per upstream read: tens of microseconds normally, more
# when presidio scans a sentence; upstream times span a model's whole generation.
LATENCY_BUCKETS = (0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                   0.1, 0.25, 1.0)
HOLD_BACK_BUCKETS = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
TTFB_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
DURATION_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0)


def action_label(action: object) -> ActionLabel:
    """A rule's action as a label: ``redact`` when the rule names none (the only action before
    actions became configurable), ``other`` for anything outside ``ACTIONS``."""
    if action is None:
        return "redact"
    return action if action in ACTIONS else "other"


def rule_action(policy: CompiledPolicy, index: int) -> ActionLabel:
    """The action label of rule ``index`` (a region's ``rule``) of ``policy``."""
    return action_label(getattr(policy.policy.rules[index], "action", None))


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None, *, define: bool = True
                 ) -> None:
        """``define=False``: only serve ``registry`` (the merged view of `--workers`)."""
        self.registry = registry if registry is not None else CollectorRegistry()
        if define:
            self._define_traffic()
            self._define_scanning()
            self._define_policy()

    def _define_traffic(self) -> None:
        r = self.registry
        self.requests = Counter(
            "guardproxy_requests", "Requests answered, by route and status.",
            ["route", "status"], registry=r,
        )
        self.upstream_ttfb = Histogram(
            "guardproxy_upstream_ttfb_seconds",
            "Seconds from sending a request upstream to the first byte of its response body.",
            ["route"], buckets=TTFB_BUCKETS, registry=r,
        )
        self.upstream_duration = Histogram(
            "guardproxy_upstream_duration_seconds",
            "Seconds from sending a request upstream to the end of its response body.",
            ["route"], buckets=DURATION_BUCKETS, registry=r,
        )
        self.upstream_errors = Counter(
            "guardproxy_upstream_errors", "Upstream failures, by kind (connect, timeout, read).",
            ["kind"], registry=r,
        )
        for kind in UPSTREAM_ERRORS:
            self.upstream_errors.labels(kind)  # every kind exported from the start, at 0
        self.replay_store_errors = Counter(
            "guardproxy_replay_store_errors",
            "Failed operations of the Redis replay store, by operation (get, put): each request "
            "concerned went on without restoring or keeping originals.", ["operation"],
            registry=r,
        )
        for operation in REPLAY_OPERATIONS:
            self.replay_store_errors.labels(operation)
        # multiprocess_mode: how `--workers` processes add up (ignored with one process).
        self.active_streams = Gauge(
            "guardproxy_active_streams", "Sanitized streams in flight.", registry=r,
            multiprocess_mode="livesum",
        )
        self.streams_ended = Counter(
            "guardproxy_streams_ended", "Streamed responses ended, by route and outcome.",
            ["route", "outcome"], registry=r,
        )

    def _define_scanning(self) -> None:
        r = self.registry
        self.added_latency = Histogram(
            "guardproxy_added_latency_seconds",
            "Seconds the proxy spends on one upstream read of a sanitized response, from "
            "receiving it to handing its output on (scanning included; a whole response is "
            "one read).", ["route"], buckets=LATENCY_BUCKETS, registry=r,
        )
        self.hold_back_seconds = Histogram(
            "guardproxy_hold_back_seconds",
            "Per sanitized stream with text: the longest time its characters waited in the "
            "sanitizer, from the upstream read that brought them to the read that released "
            "them (at read granularity; across the channels of a response, characters are "
            "taken to leave in arrival order).", ["route"], buckets=HOLD_BACK_BUCKETS,
            registry=r,
        )
        self.hold_back = Histogram(
            "guardproxy_hold_back_chars", "Largest hold-back of a response, in characters.",
            buckets=(0, 8, 16, 32, 64, 128, 192, 256, 512), registry=r,
        )
        self.characters = Counter(
            "guardproxy_characters_scanned",
            "Characters of model text scanned, by policy and channel kind.",
            ["policy", "channel"], registry=r,
        )
        self.detections = Counter(
            "guardproxy_detections",
            "Regions detected, by policy, rule, channel kind, action and mode (shadow: what "
            "the rule would have done).", ["policy", "rule", "channel", "action", "mode"],
            registry=r,
        )
        self.redactions = Counter(
            "guardproxy_redactions",
            "Regions enforced on what clients receive (detections in mode enforce), by "
            "policy, rule and channel kind.", ["policy", "rule", "channel"], registry=r,
        )
        self.blocked_responses = Counter(
            "guardproxy_blocked_responses", "Responses a rule blocked, by route, policy, rule.",
            ["route", "policy", "rule"], registry=r,
        )
        self.fail_closed = Counter(
            "guardproxy_fail_closed", "Responses cut off because their text could not be scanned.",
            ["route", "reason"], registry=r,
        )
        self.fail_open = Counter(
            "guardproxy_fail_open",
            "Channels passed through unscanned after a detector error (policies with "
            "on_error: fail_open), by policy and channel kind.", ["policy", "channel"], registry=r,
        )
        self.canary_leaks = Counter(
            "guardproxy_canary_leaks",
            "Responses in which the request's canary token appeared (a certain system-prompt "
            "leak), counted per region or block, by policy.", ["policy"], registry=r,
        )

        self.leak_budget_spent = Counter(
            "guardproxy_leak_budget_spent",
            "Responses sent to a caller who had already been sent the policy's leak_budget "
            "share of the prompt (its prompt windows redacted), by policy.", ["policy"],
            registry=r,
        )
        self.leak_budget_windows = Counter(
            "guardproxy_leak_budget_windows",
            "Prompt windows (three words) recorded as sent to a caller for the first time, by "
            "policy.", ["policy"], registry=r,
        )

    def _define_policy(self) -> None:
        r = self.registry
        self.policy_reloads = Counter(
            "guardproxy_policy_reloads", "Policy reloads, by result (success, failure, unchanged).",
            ["result"], registry=r,
        )
        for result in RELOAD_RESULTS:
            self.policy_reloads.labels(result)
        self.reload_ok = Gauge(
            "guardproxy_policy_last_reload_successful",
            "1 unless the last reload failed (then the last good policy is still active, not "
            "what the files say).", registry=r, multiprocess_mode="livemin",
        )
        self.reload_ok.set(1)
        self.policy_info = Gauge(
            "guardproxy_policy_info", "The active policies: 1 per policy name and file hash "
            "(with --workers, a replaced one may stay exported at 0).",
            ["name", "hash"], registry=r, multiprocess_mode="livemax",
        )
        self._policy_lock = threading.Lock()
        self._active_policies: set[tuple[str, str]] = set()

    def detected(self, policy: str, rule: str, channel: str, action: ActionLabel,
                 mode: Mode) -> None:
        self.detections.labels(policy, rule, channel, action_label(action), mode).inc()
        if mode == "enforce":
            self.redactions.labels(policy, rule, channel).inc()

    def replay_store_failed(self, operation: str) -> None:
        """``open_store``'s ``on_error`` hook."""
        self.replay_store_errors.labels(operation).inc()

    def blocked(self, route: str, policy: str, rule: str) -> None:
        self.blocked_responses.labels(route, policy, rule).inc()

    def policy_loaded(self, *compiled: CompiledPolicy) -> None:
        """Make ``compiled`` the active policies (the previous ones are no longer exported)."""
        active = {(policy.name, policy.digest) for policy in compiled}
        with self._policy_lock:  # two reloads never interleave
            # New ones first, then the stale ones go: a scrape never sees no policy at all.
            for labels in active:
                self.policy_info.labels(*labels).set(1)
            for labels in self._active_policies - active:
                # 0 first: with --workers the sample file keeps what `remove` cannot erase.
                self.policy_info.labels(*labels).set(0)
                self.policy_info.remove(*labels)
            self._active_policies = active

    def reload(self, result: ReloadResult) -> None:
        self.policy_reloads.labels(result).inc()
        self.reload_ok.set(0 if result == "failure" else 1)

    def on_reload(self, result: ReloadResult, policies: PolicySet) -> None:
        """``PolicyStore``'s ``on_reload`` hook: count the result, export the active set."""
        self.reload(result)
        if result == "success":
            self.policy_loaded(*policies.all)


class UpstreamClock:
    """Times one upstream exchange from the moment its request is sent."""

    __slots__ = ("_duration", "_start", "_ttfb", "done_at", "ttfb")

    def __init__(self, metrics: Metrics, route: str) -> None:
        self._ttfb = metrics.upstream_ttfb.labels(route)
        self._duration = metrics.upstream_duration.labels(route)
        self._start = time.perf_counter()
        self.ttfb: float | None = None  # seconds to the first body byte
        self.done_at: float | None = None

    def first_byte(self) -> None:
        if self.ttfb is None:
            self.ttfb = time.perf_counter() - self._start
            self._ttfb.observe(self.ttfb)

    def done(self) -> None:
        """The body ended (or was abandoned); an empty body's first byte is its end."""
        if self.done_at is None:
            self.first_byte()
            self.done_at = time.perf_counter()
            self._duration.observe(self.done_at - self._start)

    async def timed(self, chunks: AsyncIterable[bytes]) -> AsyncIterator[bytes]:
        """``chunks``, noting the first byte and the end (for bodies read in one go)."""
        try:
            async for chunk in chunks:
                self.first_byte()
                yield chunk
        finally:
            self.done()


class ChannelTally:
    """A response's channel factory that also counts what its channels process.

    It hands the codec the channels the policy's factory makes and reads their own totals
    (``received``, ``held``) when asked, once per upstream read: no work per token. A flushed
    channel is folded into the totals and let go, so memory stays bounded however many
    channels a response opens. Anything else asked of it is the wrapped factory's.
    """

    def __init__(self, factory: ChannelFactory) -> None:
        self._factory = factory
        self._live: list[tuple[ChannelKind, Channel]] = []
        self._flushed: dict[str, int] = {}  # characters of flushed channels, by kind
        self._flushed_total = 0

    def __call__(self, kind: ChannelKind, *, shared: bool = False,
                 copy: bool = False) -> Channel:
        channel = self._factory(kind, shared=shared, copy=copy)
        self._live.append((kind, channel))
        return channel

    def __getattr__(self, name: str) -> Any:
        if name == "_factory":  # not set yet (copy, pickle): no delegation loop
            raise AttributeError(name)
        return getattr(self._factory, name)

    def progress(self) -> tuple[int, int]:
        """(characters received, characters received but not released yet), in total."""
        received = self._flushed_total
        held = 0
        flushed = False
        for _, channel in self._live:
            received += channel.received
            held += channel.held
            flushed = flushed or channel.flushed
        if flushed:
            self._fold()
        return received, held

    def by_kind(self) -> dict[str, int]:
        """Characters received, by channel kind."""
        self._fold()
        totals = dict(self._flushed)
        for kind, channel in self._live:
            totals[kind] = totals.get(kind, 0) + channel.received
        return totals

    def _fold(self) -> None:
        live = []
        for kind, channel in self._live:
            if channel.flushed:
                self._flushed[kind] = self._flushed.get(kind, 0) + channel.received
                self._flushed_total += channel.received
            else:
                live.append((kind, channel))
        self._live = live

    @property
    def factory(self) -> ChannelFactory:
        """This tally, typed as what codecs take (it is one in every way they use)."""
        return cast("ChannelFactory", self)


class HoldBackClock:
    """The longest time characters of one response waited before release.

    ``read(now, received, held)`` after every upstream read: reads that left characters held
    are queued by how many characters had arrived by then; each is timed when the released
    count passes it. The queue holds at most one entry per held character, so it is bounded
    by the channels' hold-back bounds.
    """

    __slots__ = ("_waiting", "longest")

    def __init__(self) -> None:
        self._waiting: deque[tuple[int, float]] = deque()  # (received by then, read time)
        self.longest = 0.0

    def read(self, now: float, received: int, held: int) -> None:
        released = received - held
        waiting = self._waiting
        while waiting and waiting[0][0] <= released:
            self.longest = max(self.longest, now - waiting.popleft()[1])
        if held and (not waiting or waiting[-1][0] < received):
            waiting.append((received, now))
