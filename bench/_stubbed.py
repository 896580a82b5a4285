"""Shared set-up of the benchmarks: the stub model server from tests/, a quiet eval run."""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("OPENAI_API_KEY", "sk-bench-placeholder")

from stub_server import StubServer  # noqa: E402

__all__ = ["ROOT", "StubServer", "eval_run"]


def eval_run(stub: StubServer, out: Path, cache: Path | None, concurrency: int, limit: int = 24) -> tuple[float, int]:
    """Run `summariser eval` in this process; return (seconds, model calls the stub received)."""
    from summariser.cli import main

    args = ["eval", "-m", "openai/stub", "--api-base", stub.api_base, "--fixtures", str(ROOT / "fixtures"),
            "--limit", str(limit), "-j", str(concurrency), "--out", str(out), "--json"]
    args += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    calls = stub.count
    gc.collect()  # the garbage of earlier runs in this process is not this run's to collect
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(args, standalone_mode=False)
    seconds = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"eval failed ({code}): {err.getvalue().strip()[-500:]}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    errors = [row["openai/stub"]["error"] for row in report["fixtures"].values() if not row["openai/stub"]["ok"]]
    if errors:  # a run of failures is fast and would flatter the figures
        raise SystemExit(f"{len(errors)} fixtures failed, e.g. {errors[0]}")
    return seconds, stub.count - calls


def warm_up(stub: StubServer, tmp: Path) -> None:
    """Import litellm and fill its per-process caches, so no measured run pays for them."""
    eval_run(stub, tmp / "warm-up", None, 2, limit=2)
