"""Eval with a warm response cache: no model calls, and a fraction of the cold run's time.

    uv run python bench/eval_warm_cache.py [--fixtures 24] [--latency 0.2] [--concurrency 4] [--repeat 3]

Runs the eval twice into fresh run folders sharing one cache folder: cold, then
warm; and that pair ``--repeat`` times over, each with a fresh cache. Targets:
zero model calls when warm, and the median warm/cold share at most 5%.
Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

from _stubbed import StubProcess, eval_run, warm_up

MAX_SHARE = 0.05


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=int, default=24)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3, help="cold/warm pairs; the median share counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, StubProcess(latency=args.latency) as stub:
        tmp_path = Path(tmp)
        warm_up(stub, tmp_path)
        shares, warm_calls = [], 0
        for i in range(args.repeat):
            cache = tmp_path / f"cache-{i}"
            cold, cold_calls = eval_run(stub, tmp_path / f"cold-{i}", cache, args.concurrency, args.fixtures)
            warm, calls = eval_run(stub, tmp_path / f"warm-{i}", cache, args.concurrency, args.fixtures)
            warm_calls += calls
            shares.append(warm / cold)
            print(f"cold: {cold:6.2f} s, {cold_calls} model calls; warm: {warm:6.2f} s, {calls} model calls: "
                  f"{warm / cold:.1%}")
        share = statistics.median(shares)
        print(f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; concurrency {args.concurrency})")
        print(f"warm calls: {warm_calls} (target 0): {'ok' if warm_calls == 0 else 'MISSED'}")
        print(f"warm / cold time, median of {args.repeat}: {share:.1%} (target <= {MAX_SHARE:.0%}): "
              f"{'ok' if share <= MAX_SHARE else 'MISSED'}")
        return 0 if warm_calls == 0 and share <= MAX_SHARE else 1


if __name__ == "__main__":
    raise SystemExit(main())
