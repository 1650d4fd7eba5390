"""Replay restoration: the stores (memory; Redis against a real redis-server started here) and
the proxy around them: originals restored only for the client that received the sanitized
text, bounded in size and time, shared by replicas through Redis, never logged or exported.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import redis
from chat_stream import (
    CHAT,
    DONE,
    ROLE,
    TOOL_EVENTS,
    TOOL_FINISH,
    deltas,
    joined,
    json_chunks,
    request,
    transcript,
)
from click.testing import CliRunner
from conftest import Script, start_redis
from prometheus_client import generate_latest
from pydantic import ValidationError
from traces import PROMPT_A, TRACE_A, oneshot, pieces
from wire import KEYED, post, unmark

from guardproxy import cli
from guardproxy.codecs.tracks import Track
from guardproxy.config import Settings
from guardproxy.metrics import Metrics
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.replay import (
    MemoryReplayStore,
    Recorder,
    RedisReplayStore,
    Replay,
    Slot,
    credential_scope,
    has_mark,
    new_mark,
    open_store,
    replay_key,
    replay_scope,
)
from guardproxy.sealing import Sealer


class Clock:
    """The memory store's clock, moved by the test (no waiting on real time)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- the memory store ------------------------------------------------------------------------


async def test_memory_store_evicts_least_recently_used_by_count() -> None:
    store = MemoryReplayStore(max_entries=2, max_bytes=1 << 20, clock=Clock())
    await store.put("a", b"1", 60)
    await store.put("b", b"2", 60)
    assert await store.get("a") == b"1"  # a is now the most recently used
    await store.put("c", b"3", 60)
    assert await store.get_many(["a", "b", "c"]) == [b"1", None, b"3"]
    assert len(store) == 2


async def test_memory_store_bounded_by_bytes() -> None:
    store = MemoryReplayStore(max_entries=100, max_bytes=10, clock=Clock())
    await store.put("a", b"123456", 60)
    await store.put("b", b"abcdef", 60)
    assert (await store.get("a"), await store.get("b"), store.size) == (None, b"abcdef", 6)
    await store.put("big", b"x" * 11, 60)  # larger than the whole store: never kept
    assert (await store.get("big"), await store.get("b")) == (None, b"abcdef")
    await store.put("b", b"xy", 60)  # written once: an entry is never replaced
    assert (await store.get("b"), store.size) == (b"abcdef", 6)


async def test_memory_store_writes_once() -> None:
    """A put under a key that holds a value keeps the first value: no request can replace the
    original another one stored (poisoning its next turn). After expiry the key is free."""
    clock = Clock()
    store = MemoryReplayStore(max_entries=10, max_bytes=1 << 20, clock=clock)
    await store.put("k", b"original", 30, "a")
    await store.put("k", b"poison", 30, "a")
    assert await store.get("k") == b"original"
    clock.now += 31
    await store.put("k", b"later", 30, "a")
    assert (await store.get("k"), store.size) == (b"later", 5)


async def test_memory_store_bounds_each_scope() -> None:
    """One client writing without end evicts its own oldest originals, never another's."""
    store = MemoryReplayStore(max_entries=100, max_bytes=1000, max_scope_entries=3,
                              max_scope_bytes=50, clock=Clock())
    await store.put("victim", b"v" * 10, 60, "b")
    for i in range(200):
        await store.put(f"flood-{i}", b"f" * 10, 60, "a")
    assert await store.get("victim") == b"v" * 10
    assert [await store.get(f"flood-{i}") for i in range(196, 200)] == [None, *[b"f" * 10] * 3]
    assert (len(store), store.size) == (4, 40)
    for i in range(5):  # by bytes too: 20 bytes each, 50 a scope
        await store.put(f"big-{i}", b"g" * 20, 60, "c")
    assert [await store.get(f"big-{i}") for i in range(5)] == [None] * 3 + [b"g" * 20] * 2
    assert await store.get("victim") == b"v" * 10


async def test_memory_store_expires_entries() -> None:
    clock = Clock()
    store = MemoryReplayStore(max_entries=10, max_bytes=1 << 20, clock=clock)
    await store.put("a", b"1", 30)
    clock.now += 29.9
    assert await store.get("a") == b"1"
    clock.now += 0.1
    assert await store.get("a") is None
    assert (len(store), store.size) == (0, 0)


# --- sessions and keys -----------------------------------------------------------------------


def test_scope_is_a_digest_of_the_credentials() -> None:
    a = replay_scope([(b"Authorization", b"Bearer sk-a")])
    assert a == replay_scope([(b"authorization", b"Bearer sk-a"), (b"x-other", b"1")])
    assert a != replay_scope([(b"authorization", b"Bearer sk-b")])
    assert a != replay_scope([(b"x-api-key", b"Bearer sk-a")]) is not None
    assert a is not None and "sk-a" not in a
    assert credential_scope([(b"content-type", b"application/json")]) == ""


@pytest.mark.parametrize("headers", [
    [], [(b"content-type", b"application/json")], [(b"authorization", b"Bearer EMPTY")],
    [(b"authorization", b"Bearer ")], [(b"Authorization", b"bearer sk-no-key-required")],
    [(b"x-api-key", b"ollama")], [(b"api-key", b"none")],
], ids=["none", "other", "vllm-empty", "blank", "llamacpp", "ollama", "none-key"])
def test_no_scope_without_a_credential_that_names_someone(
    headers: list[tuple[bytes, bytes]]
) -> None:
    """Clients that send nothing, or the placeholder every key-less server's docs give, are
    all the same client: no replay for them (an operator can name a scoping header)."""
    assert replay_scope(headers) is None


def test_an_operator_scoping_header_splits_a_shared_key() -> None:
    key = (b"authorization", b"Bearer sk-shared-app")
    alice = replay_scope([key, (b"X-User-ID", b"alice")], "x-user-id")
    bob = replay_scope([key, (b"x-user-id", b"bob")], "X-User-ID")
    assert None not in (alice, bob) and alice != bob
    assert alice != replay_scope([key])  # the header's value is part of the scope
    assert replay_scope([(b"x-user-id", b"carol")], "x-user-id") is not None  # no key needed
    # The gateway sets it once: missing, empty or twice is no replay.
    for headers in ([key], [key, (b"x-user-id", b"")],
                    [key, (b"x-user-id", b"bob"), (b"x-user-id", b"alice")]):
        assert replay_scope(headers, "x-user-id") is None


def _replay(store: MemoryReplayStore, secret: bytes = b"s" * 32,
            scope_header: str | None = None) -> Replay:
    return Replay(store, Sealer(secret), ttl=60, max_entry_bytes=1024,
                  scope_header=scope_header)


async def _written(replay: Replay, headers: list[tuple[bytes, bytes]], received: str,
                   original: str, tag: str = "sig") -> None:
    session = replay.session(headers)
    assert session.recorder is not None
    session.recorder.add("anthropic.thinking", _sha(received), {"text": original}, tag)
    await session.save()


async def _read(replay: Replay, headers: list[tuple[bytes, bytes]], sent: str,
                tag: str = "sig") -> str:
    message = {"thinking": sent}
    slot = Slot("anthropic.thinking", sent, tag, lambda o: message.update(thinking=o["text"]))
    body = await replay.session(headers).restore([slot], {"m": message}, b"{}")
    assert (body == b"{}") == (message["thinking"] == sent)
    return message["thinking"]


async def test_session_restores_only_its_own_scope() -> None:
    store = MemoryReplayStore(max_entries=10, max_bytes=1 << 20)
    replay = _replay(store)
    own = [(b"x-api-key", b"sk-ant-1")]
    clean = "clean" + new_mark()
    await _written(replay, own, clean, "original")
    assert await _read(replay, own, clean) == "original"
    assert await _read(replay, [(b"x-api-key", b"sk-ant-2")], clean) == clean
    assert await _read(replay, [(b"x-api-key", b"EMPTY")], clean) == clean
    assert await _read(_replay(store, b"t" * 32), own, clean) == clean  # another store key


async def test_no_credential_neither_stores_nor_restores() -> None:
    store = MemoryReplayStore(max_entries=10, max_bytes=1 << 20)
    replay = _replay(store)
    for headers in ([], [(b"authorization", b"Bearer EMPTY")]):
        session = replay.session(headers)
        assert session.recorder is None  # nothing recorded, so nothing stored
        clean = "clean" + new_mark()
        assert await _read(replay, headers, clean) == clean
    assert len(store) == 0


async def test_a_text_without_a_nonce_is_never_looked_up() -> None:
    """The generic text a redaction leaves (`[redacted:...]`) is no key on its own: even an
    entry stored under it (by anything) is never restored for it."""
    store = MemoryReplayStore(max_entries=10, max_bytes=1 << 20)
    replay = _replay(store)
    own = [(b"x-api-key", b"sk-ant-1")]
    await _written(replay, own, "[redacted:system-prompt]", "original")
    assert len(store) == 1
    assert await _read(replay, own, "[redacted:system-prompt]") == "[redacted:system-prompt]"


async def test_originals_are_sealed_in_the_store() -> None:
    store = MemoryReplayStore(max_entries=10, max_bytes=1 << 20)
    replay = _replay(store)
    await _written(replay, [(b"x-api-key", b"sk-1")], "x" + new_mark(), "enigmatic original")
    [(value, _, _)] = store._entries.values()
    assert b"enigmatic" not in value and b"text" not in value


def test_nonces_differ_and_are_recognised() -> None:
    marks = {new_mark() for _ in range(100)}
    assert len(marks) == 100
    assert all(has_mark("text" + m) and not has_mark(m[1:]) for m in marks)
    assert unmark("text" + marks.pop()) == "text"


def test_an_edited_track_always_ends_with_its_nonce(default_policy: CompiledPolicy) -> None:
    """A track flushed, then fed again (reasoning that resumes): the text the client holds
    ends with the nonce after each part, and its digest is what the codec records."""
    mark = new_mark()
    track = Track(default_policy.channels([PROMPT_A], lambda *a: None), "reasoning", 1 << 20,
                  mark)
    first = track.feed(TRACE_A.text) + track.flush()
    assert first.endswith(mark) and unmark(first) != TRACE_A.text
    second = track.feed(" Then the weather.") + track.flush()
    assert second.endswith(" Then the weather." + mark)
    edit = track.take_edit()
    assert edit is not None
    assert edit == (_sha(first + second), TRACE_A.text + " Then the weather.")
    clean = Track(default_policy.channels([PROMPT_A], lambda *a: None), "reasoning", 1 << 20,
                  mark)
    assert clean.feed("Plain words.") + clean.flush() == "Plain words."  # unedited: no nonce
    assert clean.take_edit() is None


def test_recorder_drops_originals_over_the_entry_limit() -> None:
    recorder = Recorder(max_entry_bytes=100)
    recorder.add("chat.reasoning", _sha("a"), {"text": "x" * 100})
    recorder.add("chat.reasoning", _sha("b"), {"text": "short"})
    assert [v for *_, v in recorder.take()] == [b'{"text":"short"}']
    assert recorder.take() == []


def _sha(text: str) -> bytes:
    import hashlib

    return hashlib.sha256(text.encode()).digest()


async def test_redis_store_put_get_and_ttl(redis_url: str) -> None:
    store = RedisReplayStore(redis_url, prefix="test:store:")
    try:
        await store.put("k1", b"one", 120)
        await store.put("k2", b"two", 0.5)
        assert await store.get("k1") == b"one"
        assert await store.get_many(["k1", "missing", "k2"]) == [b"one", None, b"two"]
    finally:
        await store.aclose()
    direct = redis.Redis.from_url(redis_url)
    try:
        assert 0 < direct.pttl("test:store:k1") <= 120_000  # Redis expires it, not guardproxy
        assert 0 < direct.pttl("test:store:k2") <= 500
    finally:
        direct.close()


# --- the proxy -------------------------------------------------------------------------------


def deepseek_turn() -> list[bytes]:
    """Reasoning, then a tool call: the turn DeepSeek wants back with its reasoning."""
    return [ROLE, *deltas("reasoning_content", pieces(TRACE_A.text)), *TOOL_EVENTS,
            TOOL_FINISH, DONE]


def history(received: str) -> dict[str, Any]:
    call = {"id": "call_1", "type": "function",
            "function": {"name": "weather", "arguments": '{"city":"Paris"}'}}
    return {**request(), "messages": [
        *request()["messages"],
        {"role": "assistant", "content": None, "reasoning_content": received,
         "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "call_1", "content": "Sunny"}]}


def replayed(script: Script, index: int) -> str:
    return str(json.loads(script.requests[index].body)["messages"][2]["reasoning_content"])


def first_turn(base: str, headers: dict[str, str] | None = None) -> str:
    reply = post(base, CHAT, request(), headers)
    return joined(transcript(json_chunks(reply.raw))[0], "reasoning_content")


def test_two_replicas_share_originals_through_redis(
    upstream_for: Callable[[Script], str], proxy_for: Callable[..., str],
    default_policy: CompiledPolicy, redis_url: str,
) -> None:
    """Replica A streams the turn; the client's next request lands on replica B, which finds
    the original in Redis."""
    script = Script(deepseek_turn())
    upstream = upstream_for(script)
    replica_a = proxy_for(upstream, replay_store=redis_url, store_key="k" * 32)
    replica_b = proxy_for(upstream, replay_store=redis_url, store_key="k" * 32)
    auth = {"authorization": "Bearer sk-tenant-1"}
    received = first_turn(replica_a, auth)
    assert unmark(received) == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    post(replica_b, CHAT, history(received), auth)
    assert replayed(script, 1) == TRACE_A.text
    post(replica_b, CHAT, history(received), {"authorization": "Bearer sk-tenant-2"})
    assert replayed(script, 2) == received  # another client's original is never restored
    # Redis holds the original sealed: neither its words nor its JSON shape.
    direct = redis.Redis.from_url(redis_url)
    try:
        values = [direct.get(k) for k in direct.keys("guardproxy:replay:*")]
    finally:
        direct.close()
    assert values and all(b"enigmatic" not in v and b'"text"' not in v for v in values)


def test_replay_off_and_entry_limit(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """With `off`, or for a reasoning over the entry limit, the client's text goes up as is."""
    script = Script(deepseek_turn())
    off = proxy_for(script, replay_store="off")
    received = first_turn(off)
    post(off, CHAT, history(received))
    assert replayed(script, 1) == received

    long_text = TRACE_A.text + " And then" + " some more careful thought," * 60
    assert len(long_text.encode()) > 1024
    long_script = Script([ROLE, *deltas("reasoning_content", pieces(long_text)), *TOOL_EVENTS,
                          TOOL_FINISH, DONE])
    small = proxy_for(long_script, replay_max_entry_bytes=1024)
    received = first_turn(small, KEYED)
    assert received == oneshot(default_policy, [PROMPT_A], long_text, "reasoning")  # no nonce
    post(small, CHAT, history(received), KEYED)
    assert replayed(long_script, 1) == received


def test_store_down_request_goes_on(
    proxy_for: Callable[..., str], caplog: pytest.LogCaptureFixture
) -> None:
    """An unreachable Redis costs the restoration, never the request; each failure is counted
    (guardproxy_replay_store_errors_total, which an alert watches)."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    script = Script(deepseek_turn())
    metrics = Metrics()
    base = proxy_for(script, replay_store=f"redis://127.0.0.1:{port}/0", metrics=metrics,
                     replay_timeout=0.5)
    with caplog.at_level(logging.WARNING, logger="guardproxy.replay"):
        received = first_turn(base, KEYED)
        reply = post(base, CHAT, history(received), KEYED)
    assert reply.status == 200
    assert replayed(script, 1) == received
    assert "replay store unavailable on save" in caplog.text
    assert "replay store unavailable on restore" in caplog.text
    errors = metrics.registry.get_sample_value
    # One failed put per turn that recorded an original, one failed get for the restore.
    assert errors("guardproxy_replay_store_errors_total", {"operation": "put"}) == \
        caplog.text.count("unavailable on save") == 2
    assert errors("guardproxy_replay_store_errors_total", {"operation": "get"}) == 1


def test_the_redis_password_comes_apart_from_the_url(
    tmp_path: Path, upstream_for: Callable[[Script], str], proxy_for: Callable[..., str]
) -> None:
    """A URL without credentials (fit for a ConfigMap) and --replay-password (from a Secret):
    the replicas share originals; without the password every operation fails and is counted."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing: .ci/run installs it")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    process, port = start_redis(binary, tmp_path, "--requirepass", "s3cret-for-tests")
    try:
        url = f"redis://127.0.0.1:{port}/0"
        script = Script(deepseek_turn())
        upstream = upstream_for(script)
        replica_a = proxy_for(upstream, replay_store=url, replay_password="s3cret-for-tests",
                              store_key="k" * 32)
        replica_b = proxy_for(upstream, replay_store=url, replay_password="s3cret-for-tests",
                              store_key="k" * 32)
        received = first_turn(replica_a, KEYED)
        post(replica_b, CHAT, history(received), KEYED)
        assert replayed(script, 1) == TRACE_A.text
        metrics = Metrics()
        no_password = proxy_for(upstream, replay_store=url, metrics=metrics, store_key="k" * 32)
        post(no_password, CHAT, history(received), KEYED)
        assert replayed(script, 2) == received
        assert metrics.registry.get_sample_value("guardproxy_replay_store_errors_total",
                                                 {"operation": "get"}) == 1
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_ca_file_is_for_a_tls_store_only(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    with pytest.raises(ValidationError, match="only a rediss:// replay store uses it"):
        Settings(replay_store="redis://cache:6379/0", replay_ca_file=ca)
    settings = Settings(replay_store="rediss://cache:6380/0", replay_ca_file=ca)
    assert settings.replay_ca_file == ca


def test_original_never_logged_nor_exported(
    proxy_for: Callable[..., str], caplog: pytest.LogCaptureFixture
) -> None:
    metrics = Metrics()
    script = Script(deepseek_turn())
    base = proxy_for(script, metrics=metrics)
    with caplog.at_level(logging.DEBUG):
        received = first_turn(base, KEYED)
        post(base, CHAT, history(received), KEYED)
    assert replayed(script, 1) == TRACE_A.text  # restored, so the original did pass through
    assert "replay: restored 1 of 1" in caplog.text
    exported = generate_latest(metrics.registry).decode()
    for seen in (caplog.text, exported):
        for word in ("enigmatic", "Subtly", "jailbreak", "reveal the code"):
            assert word not in seen


@pytest.mark.parametrize("auth", [{}, {"authorization": "Bearer EMPTY"}],
                         ids=["no-credential", "placeholder"])
def test_clients_without_a_credential_never_read_each_others_originals(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, auth: dict[str, str]
) -> None:
    """The review's attack: two clients of a key-less vLLM. Whatever one sends back, the
    other's original never goes upstream for it: nothing is kept for them at all."""
    script = Script(deepseek_turn())
    base = proxy_for(script)
    received = first_turn(base, auth)
    assert received == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    post(base, CHAT, history(received), auth)
    assert replayed(script, 1) == received


def test_a_shared_key_is_split_by_the_operators_scoping_header(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """One app key for everyone, a gateway naming the user: Bob, even holding Alice's text
    (nonce included) never gets her original restored; Alice does."""
    script = Script(deepseek_turn())
    base = proxy_for(script, replay_scope_header="X-User-ID")
    alice = {"authorization": "Bearer sk-app", "x-user-id": "alice"}
    bob = {"authorization": "Bearer sk-app", "x-user-id": "bob"}
    received = first_turn(base, alice)
    post(base, CHAT, history(received), bob)
    assert replayed(script, 1) == received
    post(base, CHAT, history(received), {"authorization": "Bearer sk-app"})
    assert replayed(script, 2) == received  # no header: no replay
    post(base, CHAT, history(received), alice)
    assert replayed(script, 3) == TRACE_A.text


def test_generic_sanitized_text_does_not_collide_across_conversations(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """Two conversations of one client whose reasoning sanitizes to the same text: each
    received text carries its own response's nonce, so each restores its own original, and
    the sanitized text alone (what anyone can guess) restores nothing."""
    script = Script(deepseek_turn())
    base = proxy_for(script)
    first, second = first_turn(base, KEYED), first_turn(base, KEYED)
    assert unmark(first) == unmark(second) and first != second
    post(base, CHAT, history(unmark(first)), KEYED)
    assert replayed(script, 2) == unmark(first)
    post(base, CHAT, history(second), KEYED)
    assert replayed(script, 3) == TRACE_A.text


def test_key_depends_on_every_part() -> None:
    digest = _sha("text")
    keys = {replay_key(s, k, t, d) for s, k, t, d in [
        ("", "chat.reasoning", "", digest), ("s", "chat.reasoning", "", digest),
        ("", "anthropic.thinking", "", digest), ("", "chat.reasoning", "sig", digest),
        ("", "chat.reasoning", "", _sha("other"))]}
    assert len(keys) == 5


# --- settings and the command line -----------------------------------------------------------


@pytest.mark.parametrize("value", ["memory", "off", "redis://127.0.0.1:6379/0",
                                   "rediss://:pw@cache:6380", "unix:///run/redis.sock"])
def test_settings_accept_store_specs(value: str) -> None:
    assert Settings(replay_store=value).replay_store == value


@pytest.mark.parametrize("value", ["", "redis", "http://cache", "Memory"])
def test_settings_reject_other_store_specs(value: str) -> None:
    with pytest.raises(ValidationError):
        Settings(replay_store=value)


def test_cli_flags_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """`serve` maps --replay-* and GUARDPROXY_REPLAY_* onto the settings (its server is not
    started); a bad store is refused without echoing it (a URL may hold a password)."""
    started: list[Settings] = []
    monkeypatch.setattr(cli, "run_server", lambda settings, *a, **k: started.append(settings))
    env = {"GUARDPROXY_REPLAY_STORE": "redis://:hunter2@cache:6379/1",
           "GUARDPROXY_REPLAY_TTL": "90"}
    args = ["serve", "--upstream", "http://127.0.0.1:9", "--replay-max-bytes", "4096"]
    result = CliRunner().invoke(cli.main, args, env=env)
    assert result.exit_code == 0, result.output
    settings = started[-1]
    assert (settings.replay_store, settings.replay_ttl, settings.replay_max_bytes) == \
        ("redis://:hunter2@cache:6379/1", 90.0, 4096)
    result = CliRunner().invoke(cli.main, [*args, "--replay-store", "mem://:hunter2@x"])
    assert result.exit_code == 2
    assert "--replay-store" in result.output and "hunter2" not in result.output


def test_a_redis_store_without_the_redis_extra_is_one_line_naming_it(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pip install guardproxy` has no redis client: serve refuses a Redis store at startup,
    saying what to install and never the URL (the import made to fail as if not installed)."""
    monkeypatch.setitem(sys.modules, "redis", None)
    monkeypatch.setattr(cli, "configure_logging", lambda *a: None)
    monkeypatch.setattr(cli, "run_server", lambda *a, **k: pytest.fail("refused too late"))
    args = ["serve", "--upstream", "http://127.0.0.1:9", "--replay-store",
            "redis://:hunter2@cache:6379/0"]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "Error: a Redis replay store (--replay-store) needs the redis extra, which is not "
        "installed: pip install 'guardproxy[redis]'"]
    assert isinstance(open_store(Settings()), MemoryReplayStore)  # needs nothing more
