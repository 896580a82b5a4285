"""The Ray engine against the local engine, on this machine and the same input: Ray's overhead as a ratio.

    uv run python bench/batch_ray.py [--articles 2000]

Rules only (`-m baseline`), so that the work is CPU and the engines are what differs:
`--engine local --workers 2` against `--engine ray --actors 2` on a local Ray started by
the command (2 CPUs here). Each is `summariser batch` in a child process, start-up
included (Ray's is part of what it costs); the tables they write are compared too.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from _archives import run_batch, write_archive


def _same_tables(a: Path, b: Path) -> bool:
    import pyarrow.parquet as pq

    from summariser.batch.tables import TABLES

    def rows(folder: Path, name: str) -> list[str]:
        data = pq.read_table(folder / name)
        if name == "articles":
            data = data.drop_columns(["latency_s"])
        return sorted(str(sorted(row.items())) for row in data.to_pylist())

    return all(rows(a, name) == rows(b, name) for name in TABLES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        archive = write_archive(folder / "archive.jsonl", args.articles)
        local = run_batch([str(archive), "--out", str(folder / "local"), "-m", "baseline", "--workers", "2"])
        on_ray = run_batch([str(archive), "--out", str(folder / "ray"), "-m", "baseline", "--engine", "ray",
                            "--actors", "2"])
        same = _same_tables(folder / "local", folder / "ray")
    print(f"local, 2 workers: {local.seconds:6.1f} s ({args.articles / local.seconds:.1f} articles/s)")
    print(f"ray, 2 actors:    {on_ray.seconds:6.1f} s ({args.articles / on_ray.seconds:.1f} articles/s)")
    print(f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})")
    print(f"ray / local time: {on_ray.seconds / local.seconds:.2f}x on one machine; identical tables: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
