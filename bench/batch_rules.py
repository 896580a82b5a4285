"""Rules only (`-m baseline`) over a generated archive: speed per core, --workers 2 against 1, flat memory.

    uv run python bench/batch_rules.py [--articles 10000] [--small 1000]

Prints articles/s with 1 worker (one core) and with 2, the speed-up (target >= 1.8x on
2 cores), and the peak RSS of the one process at --small and at --articles articles
(the 1-worker run; target: within 10% of each other). Each run is `summariser batch` in its own child
process, start-up included; exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from _archives import run_batch, write_archive

SPEED_UP, MEMORY = 1.8, 0.10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = write_archive(folder / "big.jsonl", args.articles)
        small = write_archive(folder / "small.jsonl", args.small)
        runs = {}
        for workers in (1, 2):
            runs[workers] = run_batch([str(big), "--out", str(folder / f"w{workers}"), "-m", "baseline",
                                       "--workers", str(workers)])
            rate = args.articles / runs[workers].seconds
            print(f"--workers {workers}: {runs[workers].seconds:6.1f} s for {args.articles} articles, {rate:6.1f}/s")
        # one process each: the 1-worker run above is the large one
        small_run = run_batch([str(small), "--out", str(folder / "small"), "-m", "baseline"])
        memory = {args.small: small_run.peak_rss_mb, args.articles: runs[1].peak_rss_mb}
    per_core = args.articles / runs[1].seconds
    speed_up = runs[1].seconds / runs[2].seconds
    growth = memory[args.articles] / memory[args.small] - 1
    print(f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})")
    print(f"rules: {per_core:.1f} articles/s per core ({runs[1].cpu_s / args.articles * 1000:.1f} ms CPU each)")
    print(f"--workers 2 over 1: {speed_up:.2f}x (target >= {SPEED_UP}x): {'ok' if speed_up >= SPEED_UP else 'MISSED'}")
    print(f"peak RSS: {memory[args.small]:.0f} MB at {args.small} articles, {memory[args.articles]:.0f} MB at "
          f"{args.articles}: {growth:+.1%} (target within {MEMORY:.0%}): {'ok' if abs(growth) <= MEMORY else 'MISSED'}")
    return 0 if speed_up >= SPEED_UP and abs(growth) <= MEMORY else 1


if __name__ == "__main__":
    raise SystemExit(main())
