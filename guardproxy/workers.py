"""`serve --workers N`: N proxy processes sharing one listening socket, one /metrics view.

The parent binds the proxy port, forks the workers (each a whole single-process server:
its own event loop, upstream client, replay store handle and policy watcher, so every worker
reloads the same policy files on its own and SIGHUP, forwarded to all, reloads them all), then
serves the admin port alone: /metrics, and /policies from a view of the policy files that it
reloads like a worker does (it serves no traffic with it and reports no reloads: the workers'
own reloads are what the metrics count). Metrics go through prometheus-client's multiprocess
mode: each worker writes its samples to files in PROMETHEUS_MULTIPROC_DIR (a fresh temporary
directory, or the operator's, emptied at start), and the parent's /metrics merges them, so a
scrape sees one instance, whichever worker served what.

A worker that dies takes the pod with it: the parent stops the others (they drain) and exits
non-zero, and Kubernetes restarts the pod. Restarting one worker in place would hide a crash
loop behind a healthy-looking process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import uvicorn
from prometheus_client import CollectorRegistry, multiprocess, values

from guardproxy.config import Settings
from guardproxy.reload import PolicyStore

__all__ = ["serve_workers"]

log = logging.getLogger("guardproxy")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
FORWARDED = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
# A worker's exit codes after a clean stop: uvicorn drains, then re-raises the stop signal.
STOPPED = {0, -signal.SIGTERM, -signal.SIGINT}


def serve_workers(settings: Settings, proxy_socket: socket.socket, admin_socket: socket.socket,
                  worker: Callable[[socket.socket], None],
                  admin: Callable[[CollectorRegistry], uvicorn.Server],
                  view: PolicyStore) -> None:
    """Fork ``settings.workers`` processes running ``worker(proxy_socket)``, then serve the
    admin port here with ``admin(registry)``, the workers' merged metrics, and keep ``view``
    (the store the admin port shows) reloaded, on an event loop of their own (one thread:
    started after the forks, which must not copy a running thread). Returns when every worker
    has exited; exits non-zero if one failed."""
    with _multiproc_dir() as folder:
        registry = CollectorRegistry()
        # prometheus-client's multiprocess API is untyped.
        multiprocess.MultiProcessCollector(  # type: ignore[no-untyped-call]
            registry, path=str(folder))
        server = admin(registry)
        pids = [_fork(worker, proxy_socket, admin_socket) for _ in range(settings.workers)]
        proxy_socket.close()  # the workers hold it
        loop = asyncio.new_event_loop()

        def forward(number: int, _frame: object) -> None:
            _signal_all(pids, number)
            if number == signal.SIGHUP:  # the view reloads with the workers
                loop.call_soon_threadsafe(lambda: loop.create_task(view.reload_async()))

        for sig in FORWARDED:
            signal.signal(sig, forward)
        threading.Thread(target=loop.run_until_complete, args=(
            _serve_admin(server, admin_socket, view),), daemon=True, name="admin").start()
        log.info("%d workers: %s", len(pids), ", ".join(map(str, pids)))
        failed = _wait(pids)
        server.should_exit = True
    if failed:
        sys.exit(1)


async def _serve_admin(server: uvicorn.Server, admin_socket: socket.socket,
                       view: PolicyStore) -> None:
    stop = asyncio.Event()
    watcher = asyncio.create_task(view.watch(stop))
    try:
        await server.serve(sockets=[admin_socket])
    finally:
        stop.set()
        await watcher


@contextlib.contextmanager
def _multiproc_dir() -> Iterator[Path]:
    """The operator's PROMETHEUS_MULTIPROC_DIR emptied (samples of an earlier run would be
    merged in), or a fresh temporary one; set in the environment the workers inherit."""
    given = os.environ.get(MULTIPROC_ENV)
    folder = Path(given) if given else Path(tempfile.mkdtemp(prefix="guardproxy-metrics-"))
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.db"):
        stale.unlink()
    os.environ[MULTIPROC_ENV] = str(folder)
    try:
        yield folder
    finally:
        if not given:
            shutil.rmtree(folder, ignore_errors=True)


def _fork(worker: Callable[[socket.socket], None], proxy_socket: socket.socket,
          admin_socket: socket.socket) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        admin_socket.close()  # the parent's: /metrics is served there only
        for sig in FORWARDED:  # uvicorn and the policy store install their own
            signal.signal(sig, signal.SIG_DFL)
        # Metrics created from now on write to the shared directory (the parent imported
        # prometheus-client before the directory was chosen).
        values.ValueClass = values.MultiProcessValue()  # type: ignore[no-untyped-call]
        worker(proxy_socket)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        log.exception("worker %d failed", os.getpid())
        code = 1
    finally:
        logging.shutdown()
        os._exit(code)


def _signal_all(pids: list[int], number: int) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, number)


def _wait(pids: list[int]) -> bool:
    """Wait for every worker; when one fails, stop the others. True if any failed."""
    live, failed = set(pids), False
    while live:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        if pid not in live:
            continue
        live.discard(pid)
        multiprocess.mark_process_dead(pid)  # type: ignore[no-untyped-call]
        code = os.waitstatus_to_exitcode(status)
        if code not in STOPPED and not failed:
            failed = True
            log.error("worker %d exited with status %d; stopping the others", pid, code)
            _signal_all(sorted(live), signal.SIGTERM)
    return failed
