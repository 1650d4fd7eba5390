"""Hot reload: the active policy set, swapped atomically when its files change or on SIGHUP.

A request takes the set that is active when it arrives and keeps it, so streams in flight finish
with the policy they started with. A failed reload, whatever went wrong, is logged (file, line
and rule, never policy text), counted as a failure, and the last good set stays active; the
watcher carries on.

Only the policy's own files start a reload: the policy files (in a folder, every YAML file in
it, test files included, new ones too), the protected files they name, and the `..data`
symlink Kubernetes swaps when a mounted ConfigMap changes. Anything else written beside them
(a log file, an editor's swap file) does not: the watcher watches whole directories, because a
ConfigMap update replaces a link, not the file.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import Callable
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
CONFIGMAP_LINK = "..data"
# Seconds before watching again when the watch itself failed or its directories are gone.
RETRY_S = 1.0


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

    def reload(self) -> ReloadResult:
        """Load the files again; keep the active set if they are broken or unchanged."""
        if self.path is None:
            return "unchanged"
        try:
            candidate = self._load(self.path)
        except PolicySetError as exc:
            self._sources = (*self.active.sources, *exc.sources)
            for line in exc.lines:
                log.error("policy reload rejected, keeping the active policy: %s", line)
            return self._report("failure")
        except Exception as exc:  # a bug, not the file: still never the end of reloading
            # Its message could quote the policy: the kind of error only.
            log.error("policy reload failed, keeping the active policy: %s: %s",
                      self.path, type(exc).__name__)
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
        while not stop.is_set():
            if not (where := self._directories()):  # the folder is gone, for now
                await _sleep_unless(stop, RETRY_S)
                continue
            try:
                async for _changes in watchfiles.awatch(
                    *where, stop_event=stop, debounce=debounce_ms, recursive=False,
                    watch_filter=lambda _change, path: self.is_source(path),
                ):
                    self.reload()
                    if self._directories() != where:
                        break  # a protected file in another directory: watch that one too
            except Exception as exc:
                log.error("watching the policy files failed (%s); trying again",
                          type(exc).__name__)
                await _sleep_unless(stop, RETRY_S)

    def reload_on_sighup(self) -> bool:
        """Reload on SIGHUP; only possible on the main thread's event loop."""
        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.reload)
        except (NotImplementedError, RuntimeError, ValueError):
            return False
        return True


def _digests(policies: PolicySet) -> list[str]:
    return [c.digest for c in policies.all]


def _key(path: Path) -> tuple[str, str]:
    """A file by its directory's real path and its own name: the name itself may be a link
    (a ConfigMap's files are), the directories above it may be too."""
    return os.path.realpath(path.parent), path.name


async def _sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
