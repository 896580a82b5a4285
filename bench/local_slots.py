"""The embedded server with 2 parallel slots against 1: articles per minute, in one run.

    uv run python bench/local_slots.py [N_ARTICLES]

Each setting runs in its own process (the slot count is fixed when the server
starts) over the same fixtures, with the default (decomposed) strategy; the
settings alternate twice so machine noise hits both.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import asyncio, json, sys, time
from pathlib import Path
from summariser import asummarise
paths = sorted(Path(sys.argv[1]).rglob("*.json"))[: int(sys.argv[2])]
fixtures = [json.loads(p.read_text()) for p in paths]
async def main():
    await asummarise("Warm-up. The minister said talks would resume on Monday.", model="local")
    start = time.perf_counter()
    await asyncio.gather(*(asummarise(f["text"], model="local", published=f.get("published")) for f in fixtures))
    print(time.perf_counter() - start)
asyncio.run(main())
"""


def run(slots: int, n: int) -> float:
    env = os.environ | {"SUMMARISER_LOCAL_SLOTS": str(slots)}
    out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT / "fixtures"), str(n)],
                         env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    times: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(2):
        for slots in (1, 2):
            times[slots].append(run(slots, n))
    for slots, runs in times.items():
        best = min(runs)
        print(f"{slots} slot(s): {best:6.1f} s for {n} articles = {n / best * 60:5.1f} articles/min  (runs: {', '.join(f'{r:.1f}' for r in runs)})")
    print(f"throughput ratio 2 slots / 1 slot: {min(times[1]) / min(times[2]):.2f}x  ({os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
