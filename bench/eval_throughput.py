"""Eval throughput against a model with a fixed 200 ms latency: concurrency 8 against 1.

    uv run python bench/eval_throughput.py [--fixtures 24] [--latency 0.2] [--repeat 5]

Prints the wall time of each run and the speed-up; the target is 6x or more.
Exit code 1 when the target is missed. The stub runs in its own process, as a
real model server does. Also prints the speed-up without the eval's start ramp
(``--ramp 0``), for comparison only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

from _stubbed import StubProcess, eval_run, warm_up

TARGET = 6.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=int, default=24)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=5, help="runs per setting; the median counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, StubProcess(latency=args.latency) as stub:
        tmp_path = Path(tmp)
        warm_up(stub, tmp_path)
        settings = ((1, 1, ()), (8, 8, ()), ("8, --ramp 0", 8, ("--ramp", "0")))
        runs: dict = {setting: [] for setting, _, _ in settings}
        for i in range(args.repeat):  # interleaved, so that a slow spell of the machine hits every setting
            for setting, concurrency, extra in settings:
                out = tmp_path / f"c{concurrency}-{len(extra)}-{i}"
                seconds, calls = eval_run(stub, out, None, concurrency, args.fixtures, extra)
                runs[setting].append(seconds)
                print(f"concurrency {setting}: {seconds:6.2f} s for {args.fixtures} fixtures, {calls} model calls")
        times = {setting: statistics.median(seconds) for setting, seconds in runs.items()}
        print(f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}: CPU time per fixture caps the speed-up)")
        floor = args.fixtures * args.latency
        print(f"model latency alone at concurrency 1: {floor:.2f} s; "
              f"our overhead: {(times[1] - floor) / args.fixtures * 1000:.0f} ms per fixture")
        print(f"(without the start ramp: {times[1] / times['8, --ramp 0']:.2f}x)")
        ratio = times[1] / times[8]
        print(f"speed-up, concurrency 8 over 1: {ratio:.2f}x (target >= {TARGET:g}x): {'ok' if ratio >= TARGET else 'MISSED'}")
        return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
