"""Eval with a warm response cache: no model calls, and a fraction of the cold run's time.

    uv run python bench/eval_warm_cache.py [--fixtures 24] [--latency 0.2] [--concurrency 4]

Runs the eval twice into fresh run folders sharing one cache folder: cold, then
warm. Targets: zero model calls when warm, and warm time at most 5% of cold.
Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from _stubbed import StubProcess, eval_run, warm_up

MAX_SHARE = 0.05


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=int, default=24)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, StubProcess(latency=args.latency) as stub:
        tmp_path = Path(tmp)
        warm_up(stub, tmp_path)
        cache = tmp_path / "cache"
        cold, cold_calls = eval_run(stub, tmp_path / "cold", cache, args.concurrency, args.fixtures)
        warm, warm_calls = eval_run(stub, tmp_path / "warm", cache, args.concurrency, args.fixtures)
        share = warm / cold
        print(f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; concurrency {args.concurrency})")
        print(f"cold: {cold:6.2f} s, {cold_calls} model calls")
        print(f"warm: {warm:6.2f} s, {warm_calls} model calls")
        print(f"warm calls: {warm_calls} (target 0): {'ok' if warm_calls == 0 else 'MISSED'}")
        print(f"warm / cold time: {share:.1%} (target <= {MAX_SHARE:.0%}): {'ok' if share <= MAX_SHARE else 'MISSED'}")
        return 0 if warm_calls == 0 and share <= MAX_SHARE else 1


if __name__ == "__main__":
    raise SystemExit(main())
