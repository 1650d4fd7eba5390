"""Runtime settings of `guardproxy serve`: the one definition of every setting.

Each field is also a `serve` flag and a GUARDPROXY_* environment variable, derived from it
(``flag`` and ``env_var``: `admin_port` is `--admin-port` and `GUARDPROXY_ADMIN_PORT`), with
the field's description as its help and its default shown (``shown_default``). The README's
Configuration table is ``settings_table()``, and a test keeps the two equal, so flags, variables,
defaults and documentation cannot drift apart. Sizes take units (`8MiB`, `64KiB`, `1GB`).
"""

from __future__ import annotations

import ipaddress
import re
import typing
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ByteSize,
    ConfigDict,
    Field,
    HttpUrl,
    SecretStr,
    field_validator,
    model_validator,
)

from guardproxy.audit import LogFormat
from guardproxy.routes import parse_route

__all__ = ["LogLevel", "Settings", "env_var", "flag", "settings_table", "shown_default"]

LogLevel = Literal["debug", "info", "warning", "error"]
ENV_PREFIX = "GUARDPROXY_"


def _exists(path: Path) -> Path:
    if not path.exists():
        raise ValueError("no such file or directory")
    return path


def _long_enough(key: SecretStr) -> SecretStr:
    if len(key.get_secret_value()) < 16:
        raise ValueError("must be at least 16 characters")  # never its length or value
    return key


Key = Annotated[SecretStr, AfterValidator(_long_enough)]


def _store(spec: str) -> str:
    if spec in ("memory", "off") or re.fullmatch(r"(rediss?|unix)://.+", spec):
        return spec
    raise ValueError("must be memory, off, or a redis://, rediss:// or unix:// URL")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    upstream: HttpUrl | None = Field(default=None, description=(
        "Base URL of the model server; every request goes there and nowhere else. "
        "Unset: the built-in demo model."))
    policy: Annotated[Path, AfterValidator(_exists)] | None = Field(default=None, description=(
        "Policy file, or a folder of policies (one policy set, selected per request); reloaded on "
        "change and on SIGHUP. Unset: the packaged default policy."))
    watch: bool = Field(default=True, description=(
        "Reload the policy when its files change (SIGHUP always reloads)."))
    host: str = Field(default="127.0.0.1", description="Listen address of the proxy port.")
    port: int = Field(default=8080, ge=0, le=65535, description=(
        "Proxy port: /healthz, /readyz, and the routes (see Routes)."))
    # The admin port says what the filters catch: never on the proxy's address by default.
    admin_host: str = Field(default="127.0.0.1", description=(
        "Listen address of the admin port (the pod IP, or 0.0.0.0 behind a NetworkPolicy, "
        "for a Prometheus elsewhere)."))
    admin_port: int = Field(default=9090, ge=0, le=65535, description=(
        "Admin port: Prometheus /metrics and /policies (404 on any other path)."))
    admin_token: Key | None = Field(default=None, description=(
        "Bearer token (16+ characters) the admin port requires (401 without it). Unset: no "
        "token (keep the port on loopback or behind a NetworkPolicy)."))
    workers: int = Field(default=1, ge=1, le=64, description=(
        "Proxy processes sharing the port (at most one CPU each); /metrics on the admin port "
        "is one view of them all, and every one reloads the policy."))
    tenant_header: str | None = Field(default=None, description=(
        "Header a trusted gateway in front sets (e.g. X-Tenant) to select policies by tenant "
        "(a request with it twice is a 400). Unset: every client header is ignored for policy "
        "selection."))
    trust_model_names: bool = Field(default=False, description=(
        "Select policies by the request's `model` (`select.models`), and inline reasoning "
        "formats (`inline_think.format: auto`): only where the upstream "
        "serves the model named (a server with one model, llama-server say, ignores the "
        "field, so a client could pick the lenient policy). Off: a policy set with "
        "`select.models` is refused at load (startup and reload), no request is "
        "selected by model, and `auto` splits `<think>` tags only."))
    trusted_proxies: tuple[str, ...] = Field(default=(), description=(
        "Addresses or networks (CIDR) of proxies in front whose X-Forwarded-*, Forwarded and "
        "X-Real-IP headers are forwarded; from any other peer they are removed. Repeat the "
        "flag for several; the variable takes one per line."))
    log_level: LogLevel = Field(default="info", description=(
        "Also of the audit and access logs (they log at info: warning turns them off)."))
    log_format: LogFormat = Field(default="text", description=(
        "json: one JSON object per line."))
    # A SecretStr so that no repr of the settings can show it; its errors never echo it.
    audit_key: Key | None = Field(default=None, description=(
        "Key (16+ characters) of the audit log's HMAC of matched text, so hashes correlate "
        "across replicas and restarts. Unset: a random key per process."))
    max_request_bytes: ByteSize = Field(default=ByteSize(8 << 20), ge=1024, description=(
        "Largest request body (413 past it)."))
    max_response_bytes: ByteSize = Field(default=ByteSize(32 << 20), ge=1024, description=(
        "Largest non-streamed response body, scanned whole (fails closed past it)."))
    max_event_bytes: ByteSize = Field(default=ByteSize(1 << 20), ge=1024, description=(
        "Largest event (or NDJSON line) of a stream (fails closed past it)."))
    # The HTTP parser would otherwise buffer a head of any size (see limits.py).
    max_header_bytes: ByteSize = Field(default=ByteSize(64 << 10), ge=1024, description=(
        "Largest request head as sent, request line and header fields, counted as it arrives "
        "(431 past it; 414 while the request line is unfinished)."))
    max_headers: int = Field(default=256, ge=16, description=(
        "Most header fields of a request (431 past it)."))
    max_protected_chars: int = Field(default=256 << 10, ge=1024, description=(
        "Most characters of protected text (system and developer prompts, with those a "
        "Responses turn inherits) a request may carry (413 past it): indexing them costs time "
        "and memory in proportion."))
    max_choices: int = Field(default=8, ge=1, description=(
        "Most choices (`n`) a sanitized request may ask for, each scanned apart (400 past it)."))
    connect_timeout: float = Field(default=10.0, gt=0, description=(
        "Seconds to connect to the upstream."))
    read_timeout: float = Field(default=300.0, gt=0, description=(
        "Seconds the upstream may stay silent: before its first byte, or between two reads "
        "of a stream."))
    upstream_max_connections: int = Field(default=512, ge=1, description=(
        "Most connections open to the upstream at once; a request past them waits for one "
        "(within --connect-timeout, then 504)."))
    # A client that sends slowly holds memory, a connection and (relayed) an upstream one.
    head_timeout: float = Field(default=10.0, gt=0, description=(
        "Seconds a client may take to send a request's head, from its first byte (or from "
        "connecting, or from the previous response on a kept-alive connection): past it the "
        "connection is answered 408 and closed."))
    body_idle_timeout: float = Field(default=30.0, gt=0, description=(
        "Seconds a request body may stay silent between two reads (408 past it)."))
    body_timeout: float = Field(default=120.0, gt=0, description=(
        "Seconds a whole request body may take to arrive (408 past it)."))
    graceful_shutdown: float = Field(default=60.0, ge=0, description=(
        "Seconds streams in flight may take to finish after SIGTERM (new connections are "
        "refused meanwhile)."))
    keep_alive_timeout: int = Field(default=75, ge=1, description=(
        "Seconds an idle client connection is kept open. Longer than the idle timeout of every "
        "balancer and client pool in front (nginx and cloud balancers keep 60 s): a server "
        "that closes first can close a connection a client is reusing at that moment, and "
        "the client gets a reset instead of a response."))
    listen_backlog: int = Field(default=2048, ge=1, description=(
        "Connections the kernel queues before guardproxy accepts them (capped by "
        "net.core.somaxconn)."))
    max_concurrency: int | None = Field(default=None, ge=1, description=(
        "Most requests in flight at once, streams included (until their last byte) and the "
        "probes not; one more is answered 503 with Retry-After in its API's error format. "
        "Idle keep-alive connections do not count. Unset: no limit."))
    # Originals of reasoning guardproxy edited, restored when a client sends the conversation
    # back (DeepSeek needs `reasoning_content`, Anthropic a thinking block matching its
    # signature). Errors never echo it: a Redis URL may hold a password.
    replay_store: Annotated[str, AfterValidator(_store)] = Field(default="memory", description=(
        "Where originals of edited reasoning wait for the client to send them back (restored "
        "upstream, never shown): memory (this replica), a redis://, rediss:// or unix:// URL "
        "(shared by replicas; needs guardproxy[redis]), or off."))
    replay_ttl: float = Field(default=3600.0, gt=0, description="Seconds an original is kept.")
    replay_timeout: float = Field(default=2.0, gt=0, description=(
        "Seconds a Redis replay store may take to connect or answer; past it the request goes "
        "on without restoration (counted in guardproxy_replay_store_errors_total)."))
    # Apart from the URL, so that a URL without credentials can sit in a ConfigMap and the
    # password in a Secret.
    replay_password: SecretStr | None = Field(default=None, description=(
        "Password of the Redis replay store (instead of one in its URL)."))
    replay_ca_file: Annotated[Path, AfterValidator(_exists)] | None = Field(
        default=None, description=(
            "CA certificates (PEM) that verify a rediss:// replay store's server certificate. "
            "Unset: the system's."))
    replay_max_entries: int = Field(default=10_000, ge=1, description=(
        "Most originals the memory store keeps (least recently used go first)."))
    replay_max_bytes: ByteSize = Field(default=ByteSize(64 << 20), ge=1024, description=(
        "Most bytes of originals the memory store keeps (least recently used go first)."))
    replay_max_entry_bytes: ByteSize = Field(default=ByteSize(512 << 10), ge=1024, description=(
        "Longest original kept; a longer one is not restored."))
    replay_max_client_entries: int = Field(default=256, ge=1, description=(
        "Most originals the memory store keeps per client (its oldest go first): one client "
        "never evicts the others'."))
    replay_max_client_bytes: ByteSize = Field(default=ByteSize(4 << 20), ge=1024, description=(
        "Most bytes of originals the memory store keeps per client (its oldest go first)."))
    replay_scope_header: str | None = Field(default=None, description=(
        "Header a trusted gateway sets to name the end user (e.g. X-User-ID): originals are "
        "kept per credential and its value, and a request without it gets no replay. Unset: "
        "per credential, and no replay for requests without one or with a placeholder "
        "(`Bearer EMPTY`)."))
    routes: tuple[str, ...] = Field(default=(), description=(
        "Extra routes, each `METHODS PATTERN ACTION` (`GET /v1/foo forward`, `POST /v2/chat "
        "chat_completions`), matched before the shipped route table; a request no route allows "
        "is refused, never forwarded (see Routes). Repeat the flag for several; the variable "
        "takes one per line."))
    store_key: Key | None = Field(default=None, description=(
        "Key (16+ characters) that encrypts (AES-GCM) what the replay store keeps: originals "
        "of edited reasoning, and the protected texts kept for retrieval routes and "
        "`previous_response_id`. Unset: a random key per process (set one key, from a Secret, "
        "shared by replicas sharing a Redis replay store)."))

    @property
    def trusted_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        return tuple(ipaddress.ip_network(n, strict=False) for n in self.trusted_proxies)

    @field_validator("trusted_proxies")
    @classmethod
    def _valid_networks(cls, networks: tuple[str, ...]) -> tuple[str, ...]:
        for index, network in enumerate(networks):
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ValueError(f"trusted_proxies[{index}]: not an address or network") \
                    from None
        return networks

    @model_validator(mode="after")
    def _ca_file_needs_tls(self) -> Settings:
        if self.replay_ca_file is not None and not self.replay_store.startswith("rediss://"):
            raise ValueError("replay_ca_file: only a rediss:// replay store uses it")
        return self

    @field_validator("routes")
    @classmethod
    def _valid_routes(cls, routes: tuple[str, ...]) -> tuple[str, ...]:
        for index, line in enumerate(routes):
            try:
                parse_route(line)
            except ValueError as exc:  # a RouteError names the line and the problem
                raise ValueError(f"routes[{index}]: {exc}") from None
        return routes


def flag(name: str) -> str:
    """The `serve` option of field ``name``: `admin_port` -> `--admin-port`."""
    return "--" + name.replace("_", "-")


def env_var(name: str) -> str:
    """The environment variable of field ``name``: `admin_port` -> `GUARDPROXY_ADMIN_PORT`."""
    return ENV_PREFIX + name.upper()


def shown_default(name: str) -> str | None:
    """Field ``name``'s default as help and docs show it (sizes in units); None when unset."""
    field = Settings.model_fields[name]
    default = field.default
    if default is None or default == ():
        return None
    if isinstance(default, bool):
        return "on" if default else "off"
    if field.annotation is ByteSize:
        return _size(int(default))
    if isinstance(default, float) and default.is_integer():
        return str(int(default))
    return str(default)


def _size(n: int) -> str:
    for unit, shift in (("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if n >= 1 << shift and n % (1 << shift) == 0:
            return f"{n >> shift}{unit}"
    return str(n)


def choices(name: str) -> tuple[str, ...] | None:
    """The values of a field that takes one of a fixed few (a Literal), else None."""
    annotation = Settings.model_fields[name].annotation
    if typing.get_origin(annotation) is Literal:
        return tuple(str(a) for a in typing.get_args(annotation))
    return None


def settings_table() -> str:
    """The README's Configuration table: one row per field."""
    rows = ["| flag | variable | default | meaning |", "|---|---|---|---|"]
    for name, field in Settings.model_fields.items():
        option = flag(name)
        if field.annotation is bool:
            option += f"/--no-{option[2:]}"
        default = shown_default(name)
        meaning = str(field.description)
        if values := choices(name):
            meaning = f"{' / '.join(values)}. {meaning}"
        rows.append(f"| `{option}` | `{env_var(name)}` | "
                    f"{f'`{default}`' if default else 'unset'} | {meaning} |")
    return "\n".join(rows) + "\n"
