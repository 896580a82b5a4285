"""Shared set-up of the batch benchmarks: a generated archive, and `summariser batch` in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# as scripts/test does: no usage report, and no `uv run` per Ray worker
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")


def write_archive(path: Path, n: int) -> Path:
    """``n`` articles as JSONL: the repo's fixtures in turn, each copy with its own id and closing line."""
    from summariser.evals.fixtures import load_fixtures

    fixtures = load_fixtures(ROOT / "fixtures")
    with open(path, "w", encoding="utf-8") as out:
        for k in range(n):
            f = fixtures[k % len(fixtures)]
            text = f"{f.text}\n\n(Archive copy {k} of {f.id}.)"
            out.write(json.dumps({"id": f"{f.id}-{k}", "text": text, "published": f.published}) + "\n")
    return path


@dataclass
class Run:
    seconds: float
    cpu_s: float  # user + system CPU of the command and the processes it waited for
    peak_rss_mb: float  # of the command's own process


def run_batch(args: list[str]) -> Run:
    """Run `summariser batch ARGS` in a child process; raise when it fails."""
    command = [sys.executable, "-m", "summariser", "batch", *args]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    err = child.stderr.read().decode() if child.stderr else ""
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"batch failed ({child.returncode}): {err.strip()[-800:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
