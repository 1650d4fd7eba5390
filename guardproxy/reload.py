"""Hot reload: the active policy set, swapped atomically when its files change or on SIGHUP.

A request takes the set that is active when it arrives and keeps it, so streams in flight finish
with the policy they started with. A broken update is rejected: its errors are logged, the
failure is reported, and the last good set stays active.

Kubernetes updates a mounted ConfigMap by swapping a `..data` symlink in the mount directory,
so the watcher watches the directory that holds the policy, not the file itself.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import watchfiles

from guardproxy.policy_set import PolicySet, PolicySetError, load_policy_set

__all__ = ["PolicyStore", "ReloadResult"]

log = logging.getLogger("guardproxy.reload")

ReloadResult = Literal["success", "failure", "unchanged"]
OnReload = Callable[[ReloadResult, PolicySet], None]


class PolicyStore:
    def __init__(self, active: PolicySet, path: Path | None = None,
                 on_reload: OnReload | None = None, *, watch: bool = True) -> None:
        self.active = active
        self.path = path  # None: fixed, nothing to reload
        self._on_reload = on_reload
        self._watch = watch  # False: reload on SIGHUP only

    def reload(self) -> ReloadResult:
        """Load the files again; keep the active set if they are broken or unchanged."""
        if self.path is None:
            return "unchanged"
        try:
            candidate = load_policy_set(self.path)
        except PolicySetError as exc:
            for line in exc.lines:
                log.error("policy reload rejected, keeping the active policy: %s", line)
            return self._report("failure")
        if _digests(candidate) == _digests(self.active):
            return self._report("unchanged")
        self.active = candidate
        log.info("policy reloaded: %s", ", ".join(f"{c.name} ({c.digest})" for c in candidate.all))
        return self._report("success")

    def _report(self, result: ReloadResult) -> ReloadResult:
        if self._on_reload is not None:
            self._on_reload(result, self.active)
        return result

    async def watch(self, stop: asyncio.Event, *, debounce_ms: int = 300) -> None:
        """Reload whenever something changes where the policy lives, until ``stop`` is set."""
        if self.path is None or not self._watch:
            return
        where = self.path if self.path.is_dir() else self.path.parent
        async for _changes in watchfiles.awatch(where, stop_event=stop, debounce=debounce_ms,
                                                recursive=False):
            self.reload()

    def reload_on_sighup(self) -> bool:
        """Reload on SIGHUP; only possible on the main thread's event loop."""
        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.reload)
        except (NotImplementedError, RuntimeError, ValueError):
            return False
        return True


def _digests(policies: PolicySet) -> list[str]:
    return [c.digest for c in policies.all]
