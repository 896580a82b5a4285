"""`summariser --help` start-up time against a bare `python -c pass`, measured in one run.

Target (issue 15): under 100 ms, which needs --help to import neither litellm nor the command modules.
Run: uv run python bench/startup.py
"""

import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 15


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    cli = str(Path(sys.executable).parent / "summariser")
    bare, helps = [], []
    for _ in range(RUNS):  # interleaved, so machine noise hits both alike
        bare.append(timed([sys.executable, "-c", "pass"]))
        helps.append(timed([cli, "--help"]))
    check = subprocess.run(
        [sys.executable, "-c", "import sys, summariser.cli; print('litellm' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )
    b, h = statistics.median(bare), statistics.median(helps)
    print(f"python -c pass      median {b * 1000:7.1f} ms")
    print(f"summariser --help   median {h * 1000:7.1f} ms   (target < 100 ms)")
    print(f"ratio --help / bare python: {h / b:.1f}x")
    print(f"--help imports litellm: {check.stdout.strip()}")


if __name__ == "__main__":
    main()
