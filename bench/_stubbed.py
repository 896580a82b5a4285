"""Shared set-up of the benchmarks: the package's stub model server, a quiet eval run.

The stub runs in its own process, as any real model server does: in this one its
handler threads would compete with the eval for the interpreter and be counted as
our overhead.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("OPENAI_API_KEY", "sk-bench-placeholder")

from summariser.testing.stub_server import COUNT_PATH  # noqa: E402

__all__ = ["ROOT", "StubProcess", "eval_run", "warm_up"]


class StubProcess:
    """`summariser.testing.stub_server` served by a child process; the same ``api_base`` and ``count``."""

    def __init__(self, latency: float = 0.0):
        self.latency = latency
        self._process: subprocess.Popen | None = None
        self.api_base = ""

    def __enter__(self) -> StubProcess:
        command = [sys.executable, "-m", "summariser.testing.stub_server", "--latency", str(self.latency)]
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        self.api_base = (self._process.stdout.readline() if self._process.stdout else "").strip()
        if not self.api_base.startswith("http://"):
            self.__exit__()
            raise SystemExit("the stub server did not start")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None

    @property
    def count(self) -> int:
        """Chat requests the stub has received so far."""
        root = self.api_base.removesuffix("/v1")
        with urllib.request.urlopen(root + COUNT_PATH, timeout=5) as answer:
            return json.load(answer)["count"]


def eval_run(stub: StubProcess, out: Path, cache: Path | None, concurrency: int, limit: int = 24,
             extra: tuple[str, ...] = ()) -> tuple[float, int]:
    """Run `summariser eval` in this process; return (seconds, model calls the stub received)."""
    from summariser.cli import main

    args = ["eval", "-m", "openai/stub", "--api-base", stub.api_base, "--fixtures", str(ROOT / "fixtures"),
            "--limit", str(limit), "-j", str(concurrency), "--out", str(out), "--json"]
    args += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    args += extra
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


def warm_up(stub: StubProcess, tmp: Path) -> None:
    """Import litellm and fill its per-process caches, so no measured run pays for them."""
    eval_run(stub, tmp / "warm-up", None, 2, limit=2)
