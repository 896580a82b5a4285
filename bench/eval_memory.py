"""Peak memory of an eval run of all fixtures with the embedded model (no cache).

    uv run python bench/eval_memory.py [--limit N]

Runs `summariser eval --model local --no-cache` in a child process and reads the
child's peak resident set size; prints it against the GGUF file's size and the
memory of a bare `python -c pass` measured the same way, in the same run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, wall seconds) of a child: wait4 gives its own ru_maxrss (KB on Linux)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{cmd[:3]} failed with status {status}")
    return usage.ru_maxrss / 1024, time.perf_counter() - start


def main() -> None:
    from summariser.backends.local import embedded_gguf

    extra = sys.argv[1:]
    cli = str(Path(sys.executable).parent / "summariser")
    with tempfile.TemporaryDirectory() as out:
        bare, _ = peak_rss_mb([sys.executable, "-c", "pass"])
        peak, seconds = peak_rss_mb([cli, "eval", "--model", "local", "--no-cache", "--out", out, *extra])
    gguf = embedded_gguf().stat().st_size / 1e6
    print(f"python -c pass peak RSS:              {bare:8.1f} MB")
    print(f"eval --model local (all fixtures):    {peak:8.1f} MB in {seconds:.0f} s {' '.join(extra)}")
    print(f"embedded GGUF file:                   {gguf:8.1f} MB")
    print(f"ratio eval peak / GGUF size: {peak / gguf:.1f}x")


if __name__ == "__main__":
    main()
