"""Hot reload: the active policy set, swapped atomically when its files change or on SIGHUP.

A request takes the set that is active when it arrives and keeps it, so streams in flight finish
with the policy they started with. The watcher and SIGHUP compile the new set in a worker thread
(``reload_async``): a `pii` policy takes seconds to compile, which on the event loop would freeze
every stream in flight; the swap itself happens on the loop, and reloads never overlap. A
failed reload, whatever went wrong, is logged (file, line and rule, never policy text), counted
as a failure, and the last good set stays active; the watcher carries on.

Only the policy's own files start a reload: the policy files (in a folder, every YAML file in
it, test files included, new ones too), the protected files they name, and the `..data`
symlink Kubernetes swaps when a mounted ConfigMap changes. Anything else written beside them
(a log file, an editor's swap file) does not: the watcher watches whole directories, because a
ConfigMap update replaces a link, not the file.

A change made before the watcher starts (between `serve` loading the files and a `--workers`
process starting its watcher, say) is not an event it will ever see: the store notes what the
files looked like when they were loaded, and the watcher reloads once at its start if they look
different now.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Literal

import watchfiles

from guardproxy.policy_set import (
    PolicySet,
    PolicySetError,
    in_policy_folder,
    is_tests_file,
    load_policy_set,
    sibling_tests_path,
)

__all__ = ["PolicyStore", "ReloadResult"]

log = logging.getLogger("guardproxy.reload")

ReloadResult = Literal["success", "failure", "unchanged"]
OnReload = Callable[[ReloadResult, PolicySet], None]
Load = Callable[[Path], PolicySet]
# What a file looked like: (modification time in ns, size), or None where it is missing.
Stamp = tuple[int, int] | None
CONFIGMAP_LINK = "..data"
# Seconds before watching again when the watch itself failed or its directories are gone.
RETRY_S = 1.0
# Seconds a compile thread may hold the GIL while the event loop waits for it.
SWITCH_S = 0.0005


class PolicyStore:
    def __init__(self, active: PolicySet, path: Path | None = None,
                 on_reload: OnReload | None = None, *, watch: bool = True,
                 load: Load = load_policy_set) -> None:
        self.active = active
        self.path = path  # None: fixed, nothing to reload
        self._on_reload = on_reload
        self._watch = watch  # False: reload on SIGHUP only
        self._load = load
        self._sources = active.sources  # the files the last load read, or tried to
        self._stamps = self._stamp()  # the files as the active set was loaded from them
        self._reloading = asyncio.Lock()

    def reporting_to(self, on_reload: OnReload) -> PolicyStore:
        """A store of the same files and active set that reports reloads to ``on_reload``
        (each `--workers` process has its own, and its own metrics)."""
        store = PolicyStore(self.active, self.path, on_reload, watch=self._watch, load=self._load)
        store._stamps = self._stamps  # as loaded by this store, not as found now
        return store

    def _stamp(self) -> dict[Path, Stamp]:
        files = self._watched_files()
        if self.path is not None and self.path.is_dir():  # a file added to the folder, too
            files += [p for p in self.path.iterdir() if in_policy_folder(p)]
        return {path: _stamp_of(path) for path in files}

    def reload(self) -> ReloadResult:
        """Load the files again; keep the active set if they are broken or unchanged."""
        if self.path is None:
            return "unchanged"
        return self._adopt(self._try_load(self.path), self.path)

    async def reload_async(self) -> ReloadResult:
        """``reload`` with the loading and compiling in a worker thread, so the event loop keeps
        serving streams meanwhile; one at a time (a second waits for the first)."""
        if self.path is None:
            return "unchanged"
        async with self._reloading, _gil_handed_back_often():
            loaded = await asyncio.to_thread(self._try_load, self.path)
            return self._adopt(loaded, self.path)

    def _try_load(self, path: Path) -> PolicySet | Exception:
        """The set at ``path``, or what loading it raised (for ``_adopt`` to report)."""
        self._stamps = self._stamp()  # before reading: a write meanwhile is a later change
        try:
            return self._load(path)
        except Exception as exc:
            return exc

    def _adopt(self, candidate: PolicySet | Exception, path: Path) -> ReloadResult:
        """Make ``candidate`` the active set, unless it is an error or unchanged."""
        try:
            if isinstance(candidate, Exception):
                raise candidate
        except PolicySetError as exc:
            self._sources = (*self.active.sources, *exc.sources)
            for line in exc.lines:
                log.error("policy reload rejected, keeping the active policy: %s", line)
            return self._report("failure")
        except Exception as exc:  # a bug, not the file: still never the end of reloading
            # Its message could quote the policy: the kind of error only.
            log.error("policy reload failed, keeping the active policy: %s: %s",
                      path, type(exc).__name__)
            return self._report("failure")
        self._sources = candidate.sources
        if _digests(candidate) == _digests(self.active):
            return self._report("unchanged")
        self.active = candidate
        log.info("policy reloaded: %s", ", ".join(f"{c.name} ({c.digest})" for c in candidate.all))
        return self._report("success")

    def _report(self, result: ReloadResult) -> ReloadResult:
        if self._on_reload is not None:
            try:
                self._on_reload(result, self.active)
            except Exception:
                log.exception("reporting a policy reload failed")
        return result

    def is_source(self, path: str | Path) -> bool:
        """Whether a change at ``path`` is a change of the policy (see the module's doc)."""
        path = Path(path)
        if path.name == CONFIGMAP_LINK:
            return True
        folder = self.path is not None and self.path.is_dir()
        if (folder and in_policy_folder(path)
                and os.path.realpath(path.parent) == os.path.realpath(self.path or ".")):
            return True
        return _key(path) in {_key(p) for p in self._watched_files()}

    def _watched_files(self) -> list[Path]:
        files = list(self._sources)
        if self.path is not None and not self.path.is_dir():
            files.append(self.path)
            if not is_tests_file(self.path):
                files.append(sibling_tests_path(self.path))
        return files

    def _directories(self) -> list[Path]:
        """The directories to watch: the policy folder, and those holding its files."""
        if self.path is None:
            return []
        dirs = [self.path if self.path.is_dir() else self.path.parent]
        dirs += [p.parent for p in self._watched_files()]
        return [d for d in dict.fromkeys(Path(os.path.abspath(d)) for d in dirs) if d.is_dir()]

    async def watch(self, stop: asyncio.Event, *, debounce_ms: int = 300) -> None:
        """Reload whenever a policy file changes, until ``stop`` is set."""
        if self.path is None or not self._watch:
            return
        if self._stamp() != self._stamps:  # changed before there was a watcher to see it
            await self.reload_async()
        while not stop.is_set():
            if not (where := self._directories()):  # the folder is gone, for now
                await _sleep_unless(stop, RETRY_S)
                continue
            try:
                async for _changes in watchfiles.awatch(
                    *where, stop_event=stop, debounce=debounce_ms, recursive=False,
                    watch_filter=lambda _change, path: self.is_source(path),
                ):
                    await self.reload_async()
                    if self._directories() != where:
                        break  # a protected file in another directory: watch that one too
            except Exception as exc:
                log.error("watching the policy files failed (%s); trying again",
                          type(exc).__name__)
                await _sleep_unless(stop, RETRY_S)

    def reload_on_sighup(self) -> bool:
        """Reload on SIGHUP (off the event loop); only possible on the main thread's loop."""
        loop = asyncio.get_running_loop()
        tasks: set[asyncio.Task[ReloadResult]] = set()  # held, so none is collected mid-way

        def reload() -> None:
            task = loop.create_task(self.reload_async())
            tasks.add(task)
            task.add_done_callback(tasks.discard)

        try:
            loop.add_signal_handler(signal.SIGHUP, reload)
        except (NotImplementedError, RuntimeError, ValueError):
            return False
        return True


def _stamp_of(path: Path) -> Stamp:
    try:
        stat = path.stat()  # through links: a ConfigMap swap changes what they point at
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


@contextlib.asynccontextmanager
async def _gil_handed_back_often() -> AsyncIterator[None]:
    """While a compile thread runs, make it hand the GIL back to the event loop every
    ``SWITCH_S`` instead of Python's 5 ms: the loop takes the GIL back after every socket
    call, so at 5 ms a turn each event of a stream would wait tens of milliseconds."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, SWITCH_S))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _digests(policies: PolicySet) -> list[str]:
    return [c.digest for c in policies.all]


def _key(path: Path) -> tuple[str, str]:
    """A file by its directory's real path and its own name: the name itself may be a link
    (a ConfigMap's files are), the directories above it may be too."""
    return os.path.realpath(path.parent), path.name


async def _sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
