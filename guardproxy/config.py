"""Runtime settings of `guardproxy serve`; the CLI maps flags and GUARDPROXY_* onto them."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, SecretStr, field_validator

from guardproxy.routes import parse_route

__all__ = ["Settings"]


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    upstream: HttpUrl | None = None  # None: serve in front of the built-in demo model
    policy: Path | None = None  # None: the packaged default policy
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    admin_port: int = Field(default=9090, ge=0, le=65535)
    max_request_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    max_response_bytes: int = Field(default=32 * 1024 * 1024, ge=1024)
    max_event_bytes: int = Field(default=1024 * 1024, ge=1024)
    # A request's head: its target and header fields together, and how many fields (431 past
    # either; see limits.py: the HTTP parser would otherwise buffer any size).
    max_header_bytes: int = Field(default=64 * 1024, ge=1024)
    max_headers: int = Field(default=256, ge=16)
    # Most choices (`n`) a sanitized request may ask for: each is its own set of channels.
    max_choices: int = Field(default=8, ge=1)
    connect_timeout: float = Field(default=10.0, gt=0)
    read_timeout: float = Field(default=300.0, gt=0)  # between two reads of a stream
    # A header set by a trusted gateway in front (e.g. X-Tenant) that selects policies by
    # tenant; None (the default) ignores every client header for policy selection.
    tenant_header: str | None = None
    graceful_shutdown: float = Field(default=60.0, ge=0)  # lets streams in flight finish
    # Key of the audit log's HMAC of matched text; None: a random key per process. A SecretStr
    # so that no repr of the settings can show it (the CLI checks its length, without echoing).
    audit_key: SecretStr | None = None
    # Originals of reasoning guardproxy edited, restored when a client sends the conversation
    # back (DeepSeek needs `reasoning_content`, Anthropic a thinking block matching its
    # signature): `memory` (this replica), a `redis://` URL (shared by replicas) or `off`.
    replay_store: str = Field(default="memory", pattern=r"^(memory|off|(rediss?|unix)://.+)$")
    replay_ttl: float = Field(default=3600.0, gt=0)  # seconds an original is kept
    replay_max_entries: int = Field(default=10_000, ge=1)  # memory store
    replay_max_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)  # memory store, all values
    replay_max_entry_bytes: int = Field(default=512 * 1024, ge=1024)  # longer ones are not kept
    routes: tuple[str, ...] = Field(
        default=(),
        description="extra routes, each `METHODS PATTERN ACTION` (`GET /v1/foo forward`, "
        "`POST /v2/chat chat_completions`), matched before the shipped route table; a "
        "request no route allows is refused, never forwarded (see README, Routes)",
    )
    store_key: SecretStr | None = Field(
        default=None,
        description="key (16+ characters) that encrypts the protected texts kept for "
        "retrieval routes and `previous_response_id`; None: a random key per process (set "
        "one shared key for replicas sharing a redis replay store)",
        min_length=16,
    )

    @field_validator("routes")
    @classmethod
    def _valid_routes(cls, routes: tuple[str, ...]) -> tuple[str, ...]:
        for index, line in enumerate(routes):
            try:
                parse_route(line)
            except ValueError as exc:  # a RouteError names the line and the problem
                raise ValueError(f"routes[{index}]: {exc}") from None
        return routes
