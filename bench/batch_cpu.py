"""The client's CPU per article of `summariser batch --strategy free` against the 200 ms stub.

    uv run python bench/batch_cpu.py [--articles 400] [--profile out.prof]

Runs the batch in this process (after a warm-up batch, so imports and litellm's
per-process caches are not counted) and prints the process CPU time (user + system,
every thread: litellm builds each request in a worker thread) per article. CPU, not
wall: on a shared machine the wall time says more about the neighbours than about
the code. Still, CPU per call grows when the cores are contended: compare settings
in runs interleaved with each other, and take the lowest of a few.
`--profile` writes a cProfile of the measured batch (main thread only).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import tempfile
import time
from pathlib import Path

from _archives import write_archive
from _stubbed import StubProcess


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--model", default="openai/stub")
    parser.add_argument("--profile", type=Path, default=None)
    args = parser.parse_args()
    from summariser.cli import main as cli

    with tempfile.TemporaryDirectory() as tmp, StubProcess(latency=0.2) as stub:
        def batch(archive: Path, out: str) -> None:
            with contextlib.redirect_stderr(io.StringIO()):
                code = cli(["batch", str(archive), "--out", str(Path(tmp) / out), "-m", args.model,
                            "--api-base", stub.api_base, "--strategy", "free", "-j", str(args.concurrency),
                            "--workers", "1"], standalone_mode=False)
            if code:
                raise SystemExit(f"batch failed ({code})")

        batch(write_archive(Path(tmp) / "warm.jsonl", 50), "warm")
        archive = write_archive(Path(tmp) / "archive.jsonl", args.articles)
        profile = cProfile.Profile() if args.profile else None
        cpu, wall = time.process_time(), time.perf_counter()
        if profile:
            profile.enable()
        batch(archive, "run")
        if profile:
            profile.disable()
            profile.dump_stats(args.profile)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"{args.articles} articles: client CPU {cpu / args.articles * 1000:.2f} ms per article "
          f"({wall:.1f} s wall, load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
