"""Runtime settings of `guardproxy serve`; the CLI maps flags and GUARDPROXY_* onto them."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

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
    connect_timeout: float = Field(default=10.0, gt=0)
    read_timeout: float = Field(default=300.0, gt=0)  # between two reads of a stream
    # A header set by a trusted gateway in front (e.g. X-Tenant) that selects policies by
    # tenant; None (the default) ignores every client header for policy selection.
    tenant_header: str | None = None
    graceful_shutdown: float = Field(default=60.0, ge=0)  # lets streams in flight finish
