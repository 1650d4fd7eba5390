"""Hostile input against `guardproxy serve`: what one attacking client costs the process in
memory, and how long it makes another client wait.

Each case starts a fresh `guardproxy serve` subprocess (in front of its built-in demo model),
warms it with one ordinary request, then runs the attack while a prober asks `/healthz` in a
loop, one request at a time, and records the longest wait. The figures:

* peak RSS growth: the process's peak resident memory (VmHWM) after the case minus before it;
* longest /healthz: the slowest probe answered while the attack ran (probes start with it);
* probe errors: probes that failed (a keep-alive connection the proxy closed while it was
  stalled: its idle timer fires before the waiting request is read), each counted as a wait
  up to its failure and retried on a new connection;
* outcome: what the attacker got (the status, or `closed` when the proxy hung up first).

Cases: ``header`` sends one endless header value of ``--header-mib`` MiB, 256 KiB a write, as
fast as the proxy takes it; ``name`` the same as a header name; ``prompt`` a chat request whose
system prompt is ``--prompt-kib`` KiB of prose; ``prompt-max`` one at the default limit on
protected texts (256 KiB) of code-like tokens (every one a secret token).

``--baseline PATH`` runs every case against another source tree too (a checkout of main, say:
``git worktree add /tmp/main-src main``), and the table shows both side by side; the source
tree a server runs is its working directory and first entry on PYTHONPATH.

    python benchmarks/hostile.py [--baseline /tmp/main-src] [--cases header prompt]
        [--header-mib 64] [--prompt-kib 2048] [--json PATH]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT = 30.0
ATTACK_TIMEOUT = 300.0  # a guard against a hung case, never a figure
WRITE = 256 * 1024


@dataclass
class Figures:
    case: str
    source: str
    rss_growth_mb: float
    longest_healthz_s: float
    probes: int
    probe_errors: int
    attack_s: float
    outcome: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def server(source: Path) -> Iterator[tuple[str, int]]:
    """`guardproxy serve` from ``source``: its base URL and pid."""
    port, admin = free_port(), free_port()
    env = {**os.environ, "PYTHONPATH": str(source)}
    command = [sys.executable, "-m", "guardproxy", "serve", "--port", str(port),
               "--admin-port", str(admin), "--no-watch", "--log-level", "error"]
    process = subprocess.Popen(command, cwd=source, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=1, trust_env=False).is_success:
                    break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"guardproxy from {source} did not start") from None
                time.sleep(0.1)
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM (Linux only)")


def chat(base: str, system: str, timeout: float = ATTACK_TIMEOUT) -> str:
    body = {"model": "demo", "stream": True,
            "messages": [{"role": "system", "content": system},
                         {"role": "user", "content": "Hello"}]}
    with httpx.stream("POST", base + "/v1/chat/completions", json=body, timeout=timeout,
                      trust_env=False) as reply:
        for _ in reply.iter_raw():
            pass
        return str(reply.status_code)


def endless_head(start: bytes, filler: bytes, size: int) -> Callable[[str], str]:
    def attack(base: str) -> str:
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=ATTACK_TIMEOUT) as sock:
            try:
                sock.sendall(start)
                for _ in range(size // WRITE):
                    sock.sendall(filler * WRITE)
                sock.sendall(b"\r\n\r\n")
            except OSError:
                pass  # hung up on: read what it said first, if anything
            try:
                answer = sock.recv(64)
            except OSError:
                return "closed"
        return answer.split(b" ")[1].decode() if answer.startswith(b"HTTP/") else "closed"

    return attack


def prose(size: int) -> str:
    corpus = "\n".join(p.read_text() for p in sorted((REPO / "corpus" / "system-prompts")
                                                     .glob("*.txt")))
    return (corpus * (size // len(corpus) + 1))[:size]


def code_tokens(size: int) -> str:
    rng = random.Random(size)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    tokens = (f"{''.join(rng.choices(alphabet, k=10))}-{rng.randint(100, 999)}"
              for _ in range(size // 15 + 1))
    return " ".join(tokens)[:size]


def cases(args: argparse.Namespace) -> dict[str, Callable[[str], str]]:
    size = args.header_mib * 1024 * 1024
    prompt = prose(args.prompt_kib * 1024)
    at_limit = code_tokens(256 * 1024)
    return {
        "header": endless_head(b"GET /v1/models HTTP/1.1\r\nhost: x\r\nx-big: ", b"v", size),
        "name": endless_head(b"GET /v1/models HTTP/1.1\r\nhost: x\r\nx-", b"n", size),
        "prompt": lambda base: chat(base, prompt),
        "prompt-max": lambda base: chat(base, at_limit),
    }


def run_case(name: str, attack: Callable[[str], str], source: Path, label: str) -> Figures:
    with server(source) as (base, pid):
        chat(base, "You are a helpful assistant.", timeout=30)  # warm: imports, pools
        before = peak_rss(pid)
        outcome: list[str] = []
        done = threading.Event()

        def attacker() -> None:
            try:
                outcome.append(attack(base))
            except httpx.HTTPError as exc:
                outcome.append(type(exc).__name__)
            finally:
                done.set()

        longest, probes, errors = 0.0, 0, 0
        began = time.perf_counter()
        thread = threading.Thread(target=attacker, daemon=True)
        thread.start()
        with httpx.Client(base_url=base, timeout=ATTACK_TIMEOUT, trust_env=False) as prober:
            while probes == 0 or not done.is_set():  # one probe at least
                sent = time.perf_counter()
                try:
                    prober.get("/healthz")
                except httpx.TransportError:
                    errors += 1
                longest = max(longest, time.perf_counter() - sent)
                probes += 1
                time.sleep(0.01)
        attack_s = time.perf_counter() - began
        thread.join()
        grown = peak_rss(pid) - before
    return Figures(name, label, round(grown / 2**20, 1), round(longest, 3), probes, errors,
                   round(attack_s, 2), outcome[0] if outcome else "?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, help="another source tree to compare with")
    parser.add_argument("--cases", nargs="+", default=["header", "name", "prompt", "prompt-max"])
    parser.add_argument("--header-mib", type=int, default=64)
    parser.add_argument("--prompt-kib", type=int, default=2048)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sources = [(args.baseline, "baseline")] if args.baseline else []
    sources.append((REPO, "this tree"))
    attacks = cases(args)
    results: list[Figures] = []
    for name in args.cases:
        for source, label in sources:
            figures = run_case(name, attacks[name], source.resolve(), label)
            print(f"  {name} on {label}: {figures}", file=sys.stderr)
            results.append(figures)
    print("| case | source | peak RSS growth (MB) | longest /healthz (s) | probes (errors) "
          "| attack (s) | attacker got |")
    print("|---|---|---:|---:|---:|---:|---|")
    for f in results:
        print(f"| {f.case} | {f.source} | {f.rss_growth_mb} | {f.longest_healthz_s} | "
              f"{f.probes} ({f.probe_errors}) | {f.attack_s} | {f.outcome} |")
    if args.json:
        args.json.write_text(json.dumps([asdict(f) for f in results], indent=2))


if __name__ == "__main__":
    main()
