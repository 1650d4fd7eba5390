"""The `guardproxy` command: serve, scan, check, demo.

Every `serve` flag can also come from a GUARDPROXY_* environment variable: `--admin-port` is
GUARDPROXY_ADMIN_PORT (the names are shown by `guardproxy serve --help`).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import click
import httpx
import orjson
import uvicorn

from guardproxy.audit import LogFormat, configure_logging
from guardproxy.checks import load_sibling_tests, run_case
from guardproxy.config import Settings
from guardproxy.metrics import Metrics
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import PolicyError, default_policy_path, load_policy
from guardproxy.policy_set import (
    PolicySet,
    PolicySetError,
    assemble,
    load_policy_set,
    policy_files,
)
from guardproxy.reload import PolicyStore
from guardproxy.rules import ChannelKind
from guardproxy.sanitizer import Region

log = logging.getLogger("guardproxy")


@click.group(context_settings={"show_default": True})
@click.version_option(package_name="guardproxy")
def main() -> None:
    """Streaming guard for LLM reasoning: redacts system-prompt leaks and safety-filter hints."""


def _check_audit_key(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and len(value) < 16:
        raise click.BadParameter("must be at least 16 characters")  # never echo the key
    return value


def _check_replay_store(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if value in ("memory", "off") or value.startswith(("redis://", "rediss://", "unix://")):
        return value
    # Never echo it: a Redis URL may hold a password.
    raise click.BadParameter("must be memory, off, or a redis://, rediss:// or unix:// URL")


@main.command()
@click.option("--upstream", envvar="GUARDPROXY_UPSTREAM", show_envvar=True,
              help="Model server base URL. Omit to use the built-in demo model.")
@click.option("--policy", type=click.Path(exists=True, path_type=Path),
              envvar="GUARDPROXY_POLICY", show_envvar=True,
              help="Policy file, or a directory of policies selected per request. "
                   "Reloaded on change and on SIGHUP. Default: the packaged default policy.")
@click.option("--host", default="127.0.0.1", envvar="GUARDPROXY_HOST", show_envvar=True)
@click.option("--port", default=8080, type=int, envvar="GUARDPROXY_PORT", show_envvar=True)
@click.option("--admin-port", default=9090, type=int, envvar="GUARDPROXY_ADMIN_PORT",
              show_envvar=True, help="Port of /metrics.")
@click.option("--tenant-header", envvar="GUARDPROXY_TENANT_HEADER", show_envvar=True,
              help="Header a trusted gateway sets to select policies by tenant. Off by default: "
                   "clients can never pick a policy.")
@click.option("--watch/--no-watch", default=True, envvar="GUARDPROXY_WATCH", show_envvar=True,
              help="Reload the policy when its files change (SIGHUP always reloads).")
@click.option("--log-level", default="info", envvar="GUARDPROXY_LOG_LEVEL", show_envvar=True,
              type=click.Choice(["debug", "info", "warning", "error"]),
              help="Also of the audit and access logs (info records: warning turns them off).")
@click.option("--log-format", default="text", envvar="GUARDPROXY_LOG_FORMAT", show_envvar=True,
              type=click.Choice(["text", "json"]), help="json: one JSON object per line.")
@click.option("--audit-key", envvar="GUARDPROXY_AUDIT_KEY", show_envvar=True,
              callback=_check_audit_key,
              help="Key (16+ characters) of the audit log's HMAC of matched text, so hashes "
                   "correlate across replicas and restarts. Default: random per process.")
@click.option("--replay-store", default="memory", envvar="GUARDPROXY_REPLAY_STORE",
              show_envvar=True, callback=_check_replay_store,
              help="Where originals of edited reasoning wait for the client to send them back "
                   "(restored upstream, never shown): memory (this replica), a redis:// URL "
                   "(shared by replicas), or off.")
@click.option("--replay-ttl", default=3600.0, type=click.FloatRange(min=0, min_open=True),
              envvar="GUARDPROXY_REPLAY_TTL", show_envvar=True,
              help="Seconds an original is kept.")
@click.option("--replay-max-bytes", default=64 * 1024 * 1024, type=click.IntRange(min=1024),
              envvar="GUARDPROXY_REPLAY_MAX_BYTES", show_envvar=True,
              help="Most bytes of originals the memory store keeps (least recently used go).")
def serve(upstream: str | None, policy: Path | None, host: str, port: int, admin_port: int,
          tenant_header: str | None, watch: bool, log_level: str, log_format: LogFormat,
          audit_key: str | None, replay_store: str, replay_ttl: float,
          replay_max_bytes: int) -> None:
    """Run the proxy in front of UPSTREAM."""
    configure_logging(log_level, log_format)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per upstream request is noise
    path = policy or default_policy_path()
    load = load_policy_set
    if upstream is None:
        upstream = _start_demo_upstream(host)
        load = _with_demo_prompt
        log.warning("DEMO MODE: no --upstream given; serving in front of the built-in simulated "
                    "reasoning model at %s. Try: curl -N http://%s:%d/v1/chat/completions -d "
                    "'{\"model\":\"demo\",\"stream\":true,\"messages\":[]}'", upstream, host, port)
    settings = Settings.model_validate(
        {"upstream": upstream, "policy": policy, "host": host, "port": port,
         "admin_port": admin_port, "tenant_header": tenant_header, "audit_key": audit_key,
         "replay_store": replay_store, "replay_ttl": replay_ttl,
         "replay_max_bytes": replay_max_bytes}
    )
    metrics = Metrics()
    store = PolicyStore(_load_set_or_exit(path, load), path, metrics.on_reload, watch=watch,
                        load=load)
    run_server(settings, store, log_level, metrics)


def shown_url(url: str) -> str:
    """A URL fit for a log line: without the user and password an operator may have put in."""
    return str(httpx.URL(url).copy_with(userinfo=b""))


def run_server(settings: Settings, store: PolicyStore, log_level: str = "info",
               metrics: Metrics | None = None) -> None:
    """Serve the proxy, and /metrics on the admin port; ``metrics`` should be the one the
    store reports reloads to."""
    from guardproxy.limits import bounded_http
    from guardproxy.proxy import create_app

    metrics = metrics or Metrics()
    metrics.serve(settings.host, settings.admin_port)
    log.info("policies %s; upstream %s; metrics on %s:%d/metrics",
             ", ".join(f"{c.name} ({c.digest})" for c in store.active.all),
             shown_url(str(settings.upstream)), settings.host, settings.admin_port)
    uvicorn.run(
        create_app(settings, store, metrics), host=settings.host, port=settings.port,
        log_level=log_level, timeout_graceful_shutdown=int(settings.graceful_shutdown),
        # guardproxy writes its own access log (uvicorn's would show query strings).
        log_config=None, access_log=False,
        http=bounded_http(settings.max_header_bytes, settings.max_headers),
    )


def _with_demo_prompt(path: Path) -> PolicySet:
    """The policies at ``path``, protecting the system prompt the demo model adds server-side
    (as a chat template would)."""
    from guardproxy.demo import DEMO_SYSTEM_PROMPT

    return load_policy_set(path).protecting([DEMO_SYSTEM_PROMPT])


def _start_demo_upstream(host: str) -> str:
    """Serve the demo model on a free loopback port in a background thread."""
    from guardproxy.demo import create_demo_upstream

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_demo_upstream(), log_level="warning",
                                           log_config=None))
    threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True,
                     name="demo-upstream").start()
    return f"http://127.0.0.1:{port}"


@main.command()
@click.option("--policy", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--system-prompt", "system_prompt", type=click.File("r"),
              help="File holding the system prompt to protect.")
@click.option("--channel", default="reasoning", type=click.Choice(["reasoning", "content"]))
@click.option("--json", "as_json", is_flag=True, help="Print the spans found as JSON.")
@click.argument("source", type=click.File("r"), default="-")
def scan(policy: Path | None, system_prompt: TextIO | None, channel: ChannelKind,
         as_json: bool, source: TextIO) -> None:
    """Sanitize a text offline (SOURCE, or - for standard input) and print it."""
    compiled = _load_or_exit(policy or default_policy_path())
    text = source.read()
    regions: list[tuple[str, Region]] = []
    factory = compiled.channels([system_prompt.read()] if system_prompt else [],
                                lambda kind, rule, region: regions.append((rule, region)))
    sanitizer = factory(channel)
    output = sanitizer.feed(text) + sanitizer.flush()
    if not as_json:
        click.echo(output, nl=not output.endswith("\n"))
        return
    spans = [{"rule": rule, "start": r.start, "end": r.end} for rule, r in regions]
    click.echo(orjson.dumps({"policy": compiled.name, "output": output, "spans": spans},
                            option=orjson.OPT_INDENT_2).decode())


@main.command()
@click.option("--set", "as_set", is_flag=True, hidden=True,
              help="Accepted for older scripts: a folder is always checked as a policy set.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def check(paths: tuple[Path, ...], as_set: bool) -> None:
    """Validate policy files and run their test cases (a `tests:` section, or a sibling
    NAME.tests.yaml); a folder is also checked as the policy set `serve --policy` makes of it.
    Exit status 0 only if everything passes."""
    failed = 0
    for path in paths:
        loaded: list[CompiledPolicy] = []
        files = policy_files(path)
        for file in files:
            compiled, failures = _check_file(file)
            failed += failures
            loaded += [compiled] if compiled is not None else []
        if path.is_dir() and len(loaded) == len(files):
            try:
                assemble(path, loaded)
            except PolicySetError as exc:
                failed += 1
                for line in exc.lines:
                    click.echo(line, err=True)
    sys.exit(1 if failed else 0)


def _check_file(file: Path) -> tuple[CompiledPolicy | None, int]:
    """Validate one policy and run its cases: the policy (None if invalid), and the number
    of failures."""
    try:
        compiled = load_policy(file)
        cases = [*compiled.policy.tests, *load_sibling_tests(compiled, file)]
    except PolicyError as exc:
        for line in exc.lines:
            click.echo(line, err=True)
        return None, 1
    results = [run_case(compiled, case) for case in cases]
    for result in results:
        if not result.ok:
            click.echo(f"{file}: test {result.name!r} FAILED", err=True)
            for failure in result.failures:
                click.echo(f"    {failure}", err=True)
    bad = sum(not r.ok for r in results)
    click.echo(f"{file}: {'FAILED' if bad else 'ok'} ({compiled.name}, "
               f"{len(compiled.policy.rules)} rules, {len(results) - bad}/{len(results)} tests "
               "passed)")
    return compiled, bad


@main.command()
@click.option("--policy", type=click.Path(dir_okay=False, path_type=Path))
def demo(policy: Path | None) -> None:
    """Show a leaking reasoning trace before and after guardproxy."""
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    from guardproxy.demo import DEMO_SYSTEM_PROMPT, demo_trace

    compiled = _load_or_exit(policy or default_policy_path())
    trace = demo_trace(DEMO_SYSTEM_PROMPT)
    channel = compiled.channels([DEMO_SYSTEM_PROMPT])("reasoning")
    after = "".join(channel.feed(word + " ") for word in trace.split(" ")) + channel.flush()
    console = Console()
    console.print(Panel(DEMO_SYSTEM_PROMPT, title="system prompt", border_style="blue"))
    console.print(Panel(trace, title="reasoning from the model", border_style="red"))
    highlighted = Text(after.rstrip())
    highlighted.highlight_regex(r"\[redacted:[^\]]+\]", "bold black on yellow")
    console.print(Panel(highlighted, title=f"reasoning through guardproxy ({compiled.name})",
                        border_style="green"))


def _load_or_exit(path: Path) -> CompiledPolicy:
    try:
        return load_policy(path)
    except PolicyError as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)


def _load_set_or_exit(path: Path, load: Callable[[Path], PolicySet]) -> PolicySet:
    try:
        return load(path)
    except PolicySetError as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)
