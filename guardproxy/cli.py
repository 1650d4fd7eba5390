"""The `guardproxy` command: serve, scan, check, demo.

`serve`'s flags are the fields of ``config.Settings``, each also read from a GUARDPROXY_*
environment variable: `--admin-port` is GUARDPROXY_ADMIN_PORT (`guardproxy serve --help`).
"""

from __future__ import annotations

import asyncio
import logging
import math
import socket
import sys
import threading
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import click
import httpx
import orjson
import uvicorn
from prometheus_client import CollectorRegistry
from pydantic import ByteSize, HttpUrl, SecretStr, ValidationError

from guardproxy.audit import configure_logging
from guardproxy.channels import CHANNEL_KINDS, ChannelKind
from guardproxy.checks import load_sibling_tests, run_case
from guardproxy.config import Settings, choices, env_var, flag, shown_default
from guardproxy.extras import MissingExtra
from guardproxy.metrics import Metrics
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import PolicyError, Problem, default_policy_path, load_policy
from guardproxy.policy_set import (
    PolicySet,
    PolicySetError,
    assemble,
    load_policy_set,
    policy_files,
)
from guardproxy.reload import PolicyStore
from guardproxy.replay import check_store
from guardproxy.sanitizer import Region

if TYPE_CHECKING:
    from guardproxy.detectors.judges import SentenceJudge
    from guardproxy.proxy import Shutdown

log = logging.getLogger("guardproxy")


@click.group(context_settings={"show_default": True})
@click.version_option(package_name="guardproxy")
def main() -> None:
    """Streaming guard for LLM reasoning: redacts system-prompt leaks and safety-filter hints."""


F = TypeVar("F", bound=Callable[..., Any])


def settings_options(command: F) -> F:
    """One option per ``Settings`` field, derived from its definition: `--admin-port`, also
    read from GUARDPROXY_ADMIN_PORT, with the field's description as help. Values reach the
    command as text (the default as ``shown_default`` writes it, None when unset), and
    ``_settings`` validates them all with pydantic."""
    for name in reversed(Settings.model_fields):
        command = _option(name)(command)
    return command


def _option(name: str) -> Callable[[F], F]:
    field = Settings.model_fields[name]
    common: dict[str, Any] = dict(envvar=env_var(name), show_envvar=True, show_default=True,
                                  help=field.description)
    if field.annotation is bool:
        return click.option(f"{flag(name)}/--no-{flag(name)[2:]}", name, default=field.default,
                            **common)
    if typing.get_origin(field.annotation) is tuple:  # repeated: --routes A --routes B
        return click.option(flag(name), name, type=_Lines(), multiple=True,
                            metavar=_singular(name.upper()), **common)
    values = choices(name)
    kind = click.Choice(values) if values else click.STRING
    return click.option(flag(name), name, type=kind, default=shown_default(name),
                        metavar=None if values else _metavar(field.annotation), **common)


def _singular(name: str) -> str:
    """`ROUTES` -> `ROUTE`, `TRUSTED_PROXIES` -> `TRUSTED_PROXY`: one value of a list."""
    return name[:-3] + "Y" if name.endswith("IES") else name.removesuffix("S")


class _Lines(click.types.StringParamType):
    """Text, several of which come from one environment variable a line each (click would
    split it at whitespace, which a route line contains)."""

    def split_envvar_value(self, rv: str) -> Sequence[str]:
        return [line.strip() for line in rv.splitlines() if line.strip()]


_METAVARS = {int: "INTEGER", float: "SECONDS", ByteSize: "SIZE", HttpUrl: "URL", Path: "PATH",
             SecretStr: "KEY"}


def _metavar(annotation: Any) -> str:
    """What the help shows a value as: `X | None` and `Annotated[X, ...]` are an X."""
    while typing.get_args(annotation) and annotation not in _METAVARS:
        annotation = typing.get_args(annotation)[0]
    return _METAVARS.get(annotation, "TEXT")


def _settings(options: dict[str, Any]) -> Settings:
    """``options`` validated by ``Settings``; a bad value is a usage error naming its flag.
    pydantic's messages never repeat the value (a key, a Redis URL with a password)."""
    ctx = click.get_current_context()
    try:
        return Settings.model_validate({k: v for k, v in options.items() if v is not None})
    except ValidationError as exc:
        error = exc.errors()[0]
        [param] = [p for p in ctx.command.params if p.name == error["loc"][0]]
        message = error["msg"].removeprefix("Value error, ")
        raise click.BadParameter(message, ctx=ctx, param=param) from None


@main.command()
@settings_options
def serve(**options: Any) -> None:
    """Run the proxy in front of UPSTREAM. Sizes take units: 8MiB, 64KiB, 1GB."""
    settings = _settings(options)
    try:
        check_store(settings)
    except MissingExtra as exc:
        raise click.ClickException(str(exc)) from None
    configure_logging(settings.log_level, settings.log_format)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per upstream request is noise
    path = settings.policy or default_policy_path()
    load: Callable[[Path], PolicySet] = load_policy_set
    if settings.upstream is None:
        upstream = _start_demo_upstream()
        settings = settings.model_copy(update={"upstream": HttpUrl(upstream)})
        load = _with_demo_prompt
        log.warning("DEMO MODE: no --upstream given; serving in front of the built-in simulated "
                    "reasoning model at %s. Try: curl -N http://%s:%d/v1/chat/completions -d "
                    "'{\"model\":\"demo\",\"stream\":true,\"messages\":[]}'", upstream,
                    settings.host, settings.port)
    if not settings.trust_model_names:
        load = _refusing_model_selection(load)
    metrics = Metrics()
    store = PolicyStore(_load_set_or_exit(path, load), path, metrics.on_reload,
                        watch=settings.watch, load=load)
    run_server(settings, store, metrics)


def shown_url(url: str) -> str:
    """A URL fit for a log line: without the user and password an operator may have put in."""
    return str(httpx.URL(url).copy_with(userinfo=b""))


def run_server(settings: Settings, store: PolicyStore, metrics: Metrics | None = None) -> None:
    """Serve the proxy, and /metrics and /policies on the admin port, on one event loop;
    ``metrics`` should be the one the store reports reloads to. A port that cannot be bound
    is a one-line error (click's). With ``settings.workers`` above 1, that many processes
    share the proxy port (guardproxy.workers), each with its own metrics and policy store
    reloading the same files, and this one serves the admin port: /metrics is one view of them
    all, /policies the files as this process reloads them too (reporting nothing)."""
    from guardproxy.admin import admin_app, admin_server

    metrics = metrics or Metrics()
    proxy_socket = _listen(settings, "host", "port")
    admin_socket = _listen(settings, "admin_host", "admin_port")
    token = settings.admin_token.get_secret_value() if settings.admin_token else None
    # What /policies shows: with workers, a view of the files the workers reload, reloaded
    # here too but reporting nothing (each worker counts its own reloads).
    view = store if settings.workers == 1 else store.reporting_to(lambda _result, _set: None)

    def admin(registry: CollectorRegistry) -> uvicorn.Server:
        return admin_server(admin_app(registry, lambda: view.active, token),
                            settings.log_level, settings.head_timeout)

    log.info("policies %s; upstream %s; metrics on %s:%d/metrics",
             ", ".join(f"{c.name} ({c.digest})" for c in store.active.all),
             shown_url(str(settings.upstream)), settings.admin_host, settings.admin_port)
    if settings.workers > 1:
        from guardproxy.workers import serve_workers

        def worker(sock: socket.socket) -> None:
            own = Metrics()  # created after the fork: it writes to the shared directory
            _serve_proxy(settings, store.reporting_to(own.on_reload), own, sock)

        serve_workers(settings, proxy_socket, admin_socket, worker, admin, view)
        return
    _serve_proxy(settings, store, metrics, proxy_socket, (admin(metrics.registry), admin_socket))


def _serve_proxy(settings: Settings, store: PolicyStore, metrics: Metrics,
                 proxy_socket: socket.socket,
                 admin: tuple[uvicorn.Server, socket.socket] | None = None) -> None:
    """The proxy on ``proxy_socket`` (and ``admin``'s server on its socket, on the same event
    loop) until it stops; exits 3 if the app's startup failed."""
    from guardproxy.admin import serve_with_admin

    server = server_for(settings, store, metrics)
    serving = (serve_with_admin(server, proxy_socket, *admin) if admin is not None
               else server.serve(sockets=[proxy_socket]))
    with asyncio.Runner(loop_factory=server.config.get_loop_factory()) as runner:  # uvicorn's
        runner.run(serving)
    if not server.started:  # uvicorn has logged why (its app's startup failed)
        sys.exit(3)


def server_for(settings: Settings, store: PolicyStore | CompiledPolicy,
               metrics: Metrics) -> uvicorn.Server:
    """The uvicorn server of the proxy app, with the settings' server options (it serves
    the sockets it is given: ``_listen`` binds the proxy's)."""
    from guardproxy.limits import bounded_http
    from guardproxy.proxy import Shutdown, create_app

    grace = math.ceil(settings.graceful_shutdown)  # uvicorn takes whole seconds
    shutdown = Shutdown(grace)
    return _Server(uvicorn.Config(
        create_app(settings, store, metrics, shutdown), log_level=settings.log_level,
        timeout_graceful_shutdown=grace, timeout_keep_alive=settings.keep_alive_timeout,
        backlog=settings.listen_backlog,
        # guardproxy writes its own access log (uvicorn's would show query strings).
        log_config=None, access_log=False,
        http=bounded_http(settings.max_header_bytes, settings.max_headers,
                          settings.head_timeout),
        # The peer is who connected: uvicorn would otherwise believe X-Forwarded-For from
        # loopback (--trusted-proxies decides what is believed, in the proxy).
        proxy_headers=False,
    ), shutdown)


class _Server(uvicorn.Server):
    """uvicorn's server, telling the app when its graceful shutdown begins."""

    def __init__(self, config: uvicorn.Config, shutdown: Shutdown) -> None:
        super().__init__(config)
        self._shutdown = shutdown

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self._shutdown.begin()
        await super().shutdown(sockets)


def _listen(settings: Settings, host: str, port: str) -> socket.socket:
    """A listening socket, bound as uvicorn binds one (SO_REUSEADDR: a restart need not wait
    for the last run's connections to time out)."""
    address = getattr(settings, host)
    sock = socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((address, getattr(settings, port)))
    except OSError as exc:
        sock.close()
        raise _cannot_listen(settings, host, port, exc) from None
    return sock


def _cannot_listen(settings: Settings, host: str, port: str,
                   exc: OSError) -> click.ClickException:
    why = exc.strerror or str(exc)  # e.g. "Address already in use"
    return click.ClickException(f"cannot listen on {getattr(settings, host)}:"
                                f"{getattr(settings, port)} ({flag(port)}): {why}")


def _refusing_model_selection(load: Callable[[Path], PolicySet]) -> Callable[[Path], PolicySet]:
    """``load``, refusing a set that selects policies by model: a client writes the `model`
    field, and a server with one model (llama-server) ignores it, so any client could pick the
    policy. Refused at startup, and a reload that adds one keeps the last good set."""

    def checked(path: Path) -> PolicySet:
        policies = load(path)
        errors = [PolicyError(str(c.sources[0]) if c.sources else c.name, [Problem(
            None, "select.models: the request's `model` is the client's to write; select by "
            "model only where the upstream serves the model asked for (--trust-model-names)")])
            for c in policies.selective if c.policy.select and c.policy.select.models]
        if errors:
            raise PolicySetError(errors, policies.sources)
        return policies

    return checked


def _with_demo_prompt(path: Path) -> PolicySet:
    """The policies at ``path``, protecting the system prompt the demo model adds server-side
    (as a chat template would)."""
    from guardproxy.demo import DEMO_SYSTEM_PROMPT

    return load_policy_set(path).protecting([DEMO_SYSTEM_PROMPT])


def _start_demo_upstream() -> str:
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
@click.option("--channel", default="reasoning", type=click.Choice(CHANNEL_KINDS))
@click.option("--json", "as_json", is_flag=True, help="Print the spans found as JSON.")
@click.option("--explain", is_flag=True,
              help="Also say why each span was found: for a learned rule, the model's score "
              "and the nearest policy example or protected sentence (by number, never its "
              "text).")
@click.argument("source", type=click.File("r"), default="-")
def scan(policy: Path | None, system_prompt: TextIO | None, channel: ChannelKind,
         as_json: bool, explain: bool, source: TextIO) -> None:
    """Sanitize a text offline (SOURCE, or - for standard input) and print it."""
    compiled = _load_or_exit(policy or default_policy_path())
    text = source.read()
    prompts = [system_prompt.read()] if system_prompt else []
    regions: list[tuple[str, Region]] = []
    factory = compiled.channels(prompts,
                                lambda kind, rule, region: regions.append((rule, region)))
    sanitizer = factory(channel)
    output = sanitizer.feed(text) + sanitizer.flush()
    spans: list[dict[str, object]] = [
        {"rule": rule, "rules": [compiled.rule_id(i) for i in r.rules()], "start": r.start,
         "end": r.end} for rule, r in regions]
    if explain:
        judges = compiled.judges(prompts)
        for span, (_, region) in zip(spans, regions, strict=True):
            span.update(_why(compiled, judges, text[region.start:region.end], region.rule))
    if as_json:
        click.echo(orjson.dumps({"policy": compiled.name, "output": output, "spans": spans},
                                option=orjson.OPT_INDENT_2).decode())
        return
    click.echo(output, nl=not output.endswith("\n"))
    if explain:
        click.echo(f"-- {len(spans)} spans found (offsets in the input)")
        for n, span in enumerate(spans, 1):
            click.echo(f"[{n}] {span['rule']} {span['start']}-{span['end']}: {span['why']}")


def _why(compiled: CompiledPolicy, judges: list[SentenceJudge | None], text: str,
         rule: int) -> dict[str, object]:
    """Why a rule found a span, for `scan --explain`: a learned rule's score and what decided
    it (an example by its list and index, a protected sentence by number only)."""
    judge = judges[rule]
    detector = compiled.policy.rules[rule].detector
    if judge is None:
        return {"why": detector}
    verdict = judge(text.strip())
    found: dict[str, object] = {"score": round(verdict.score, 3)}
    if verdict.nearest:
        found |= {"nearest": verdict.nearest, "similarity": round(verdict.similarity, 3)}
    if not verdict.flagged:
        why = f"phrases or patterns (model score {verdict.score:.3f})"
    elif verdict.nearest.startswith(("catch", "allow")):
        why = (f"nearest example {verdict.nearest} (cosine {verdict.similarity:.3f}; model "
               f"score {verdict.score:.3f})")
    elif verdict.nearest:
        why = f"score {verdict.score:.3f} >= {verdict.threshold}, nearest {verdict.nearest}"
    else:
        why = f"model score {verdict.score:.3f} >= {verdict.threshold}"
    return {**found, "why": why}


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
