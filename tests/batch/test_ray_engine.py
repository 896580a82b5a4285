"""The Ray engine writes the same tables as the local engine, and resumes what either left.

A real local Ray (2 CPUs, no dashboard, loopback only) is started once for the module;
the model is the project's stub server, which the actors reach over loopback.
"""

from __future__ import annotations

import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from summariser.cli import main

# read when ray is imported: no usage report, and no `uv run` per worker (see summariser/batch/ray_engine.py)
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
ray = pytest.importorskip("ray", reason="the ray extra: uv sync --extra ray (scripts/test installs it)")

pytestmark = pytest.mark.timeout(400)  # a hang guard: Ray's start-up is slow on 2 shared cores


@pytest.fixture(scope="module", autouse=True)
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1",
             logging_level="ERROR")
    yield
    ray.shutdown()


def batch(source, out, *extra) -> int:
    return main(["batch", str(source), "--out", str(out), *extra], standalone_mode=False)


def test_both_engines_write_identical_tables_against_the_stub(tmp_path, stub, jsonl, tables, monkeypatch, capsys):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-stub-placeholder-0000")
    archive = jsonl(8, ({"id": "empty", "text": ""},))
    model = ["-m", "openai/stub", "--api-base", stub.api_base, "--strategy", "free", "-j", "4"]
    assert batch(archive, tmp_path / "local", *model) == 1  # the empty article failed, recorded
    assert batch(archive, tmp_path / "ray", *model, "--engine", "ray", "--actors", "2") == 1
    err = capsys.readouterr().err
    assert err.count("9 article(s) done, 1 failed") == 2, err
    local, on_ray = tables(tmp_path / "local"), tables(tmp_path / "ray")
    assert local == on_ray
    assert len(local["articles"]) == 9 and local["events"]
    assert stub.count == 16  # 8 articles twice, one call each: nothing asked twice


def test_ray_resumes_a_local_run_and_reads_folders(tmp_path, texts, tables, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    for i, text, _ in texts[:2]:
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    assert batch(folder, tmp_path / "out", "-m", "baseline") == 0
    for i, text, _ in texts[2:5]:
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    assert batch(folder, tmp_path / "out", "-m", "baseline", "--engine", "ray") == 0
    assert "2 article(s) already in" in capsys.readouterr().err
    assert batch(folder, tmp_path / "whole", "-m", "baseline") == 0
    assert tables(tmp_path / "out") == tables(tmp_path / "whole")


def test_parquet_is_read_by_ray_as_by_the_local_engine(tmp_path, texts, tables):
    import datetime

    rows = [{"id": i, "text": t, "published": datetime.date.fromisoformat(p) if p else None, "title": f"T {i}"}
            for i, t, p in texts[:4]]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "archive.parquet")
    assert batch(tmp_path / "archive.parquet", tmp_path / "local", "-m", "baseline") == 0
    assert batch(tmp_path / "archive.parquet", tmp_path / "ray", "-m", "baseline", "--engine", "ray") == 0
    assert tables(tmp_path / "local") == tables(tmp_path / "ray")
    assert {r["title"] for r in tables(tmp_path / "ray")["articles"]} == {f"T {i}" for i, _, _ in texts[:4]}
