"""Batch throughput against a 200 ms model at concurrency 64: how close to the ideal 64 / 0.2 s.

    uv run python bench/batch_stub.py [--articles 2000] [--latency 0.2] [--concurrency 64]

The stub server runs in its own process, as a real model server does. Each setting is
`summariser batch -m openai/stub --strategy free` (one model call per article) in a
child process; the rate is read at the server, requests per second between the first
and the last, so start-up is not counted. Settings: one process, and the per-call CPU
spread over 2 worker processes (each with its own event loop). Also printed: the CPU
each article costs the client and the server. Target: >= 80% of the ideal.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time
from pathlib import Path

from _archives import run_batch, write_archive
from _stubbed import StubProcess

TARGET = 0.80


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Rate:
    """Requests per second at the stub, from its first request of this run to its last."""

    def __init__(self, stub: StubProcess, expected: int):
        self.stub, self.expected = stub, expected
        self.start_count = stub.count
        self.points: list[tuple[float, int]] = []
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while True:
            count = self.stub.count - self.start_count
            self.points.append((time.perf_counter(), count))
            if count >= self.expected:
                return
            time.sleep(0.05)

    def result(self) -> float:
        self._thread.join(30)
        first = next(t for t, c in self.points if c > 0)
        last, count = self.points[-1]
        return count / (last - first) if last > first else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    ideal = args.concurrency / args.latency
    best = 0.0
    with tempfile.TemporaryDirectory() as tmp, StubProcess(latency=args.latency) as stub:
        archive = write_archive(Path(tmp) / "archive.jsonl", args.articles)
        for workers in (1, 2):
            rate, server_cpu = Rate(stub, args.articles), _cpu_seconds(stub._process.pid)
            run = run_batch([str(archive), "--out", str(Path(tmp) / f"w{workers}"), "-m", "openai/stub",
                             "--api-base", stub.api_base, "--strategy", "free", "-j", str(args.concurrency),
                             "--workers", str(workers)])
            server_cpu = _cpu_seconds(stub._process.pid) - server_cpu
            got = rate.result()
            best = max(best, got)
            print(f"--workers {workers}: {got:6.1f} requests/s = {got / ideal:.0%} of the ideal {ideal:.0f}/s; "
                  f"CPU per article: client {run.cpu_s / args.articles * 1000:.1f} ms, "
                  f"server {server_cpu / args.articles * 1000:.1f} ms ({run.seconds:.1f} s in all)")
    print(f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})")
    print(f"best: {best / ideal:.0%} of the ideal (target >= {TARGET:.0%}): {'ok' if best / ideal >= TARGET else 'MISSED'}")
    return 0 if best / ideal >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
