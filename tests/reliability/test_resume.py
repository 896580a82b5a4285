"""Nothing lost: a run killed with SIGKILL half way resumes without redoing finished work.

The killed run is a forked child process (it inherits the imported litellm, which
takes seconds to import); the model is the stub server in this process, which
answers the first HALF requests and then hangs, so the kill lands at a known point.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

import summariser.backends.llm  # noqa: F401 - imported before forking, so the child need not import litellm again
from summariser.testing.stub_server import Reply, article_of
from summariser.cli import main
from summariser.evals.fixtures import load_fixtures

pytestmark = pytest.mark.timeout(180)  # a hang guard, not a speed requirement

N, HALF = 8, 4
VOLATILE_MODEL_KEYS = ("latency_p50_s", "latency_p95_s", "queue_p50_s", "queue_p95_s", "latency_n", "cached")


def answer_then_hang(stub, answered: int):
    count = itertools.count()
    stub.always(lambda request: Reply() if next(count) < answered else Reply(delay=60))


def run_killed(args: list[str], finished) -> None:
    """Run the CLI with ``args`` in a child process; SIGKILL it once ``finished()`` holds.

    A run that never gets half way is ended by the module's pytest timeout.
    """
    child = multiprocessing.get_context("fork").Process(target=_child, args=(args,))
    child.start()
    try:
        while not finished():
            assert child.is_alive(), "the run ended before it could be killed"
            time.sleep(0.01)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join(5)
    assert child.exitcode == -signal.SIGKILL


def _child(args: list[str]) -> None:
    os._exit(main(args, standalone_mode=False) or 0)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def stable(report: dict) -> dict:
    """A report without what legitimately differs between runs: timings, cache and resume counts."""
    models = {m: {k: v for k, v in s.items() if k not in VOLATILE_MODEL_KEYS} for m, s in report["models"].items()}
    return {"models": models, "fixtures": report["fixtures"], "comparisons": report["comparisons"]}


def eval_args(stub, run: Path, cache: Path) -> list[str]:
    return ["eval", "-m", "openai/stub", "--api-base", stub.api_base, "--limit", str(N), "-j", "2",
            "--out", str(run), "--cache-dir", str(cache), "--json"]


def test_a_killed_eval_run_resumes_without_recomputing(tmp_path, stub, capsys):
    fixtures = {f.id: f for f in load_fixtures(None)[:N]}
    run, args = tmp_path / "run", eval_args(stub, tmp_path / "run", tmp_path / "cache")
    answer_then_hang(stub, HALF)
    run_killed(args, lambda: len(lines(run / "results.jsonl")) == HALF and stub.count == HALF + 2)
    finished = {json.loads(line)["fixture"] for line in lines(run / "results.jsonl")}
    assert len(finished) == HALF and not (run / "report.json").exists()
    with open(run / "results.jsonl", "a", encoding="utf-8") as f:
        f.write('{"model": "openai/stub", "fixture": "cut-off mid-wri')  # as if killed while writing

    stub.reset()
    stub.always(Reply())
    assert main(args, standalone_mode=False) == 0
    capsys.readouterr()
    asked = {next(i for i, f in fixtures.items() if f.text.strip() in article_of(r.body)) for r in stub.requests}
    assert asked == fixtures.keys() - finished  # every unfinished fixture once, no finished one again
    assert stub.count == N - HALF
    resumed = json.loads((run / "report.json").read_text())
    assert resumed["run"]["resumed"] == HALF and resumed["run"]["model_calls"] == N - HALF

    reference = tmp_path / "reference"
    assert main(eval_args(stub, reference, tmp_path / "cache2"), standalone_mode=False) == 0
    capsys.readouterr()
    assert stable(resumed) == stable(json.loads((reference / "report.json").read_text()))


def test_a_killed_multi_file_summarise_run_resumes_without_recomputing(tmp_path, stub, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for fixture in load_fixtures(None)[:N]:
        paths.append(folder / f"{fixture.id}.txt")
        paths[-1].write_text(fixture.text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["summarise", *map(str, paths), "-m", "openai/stub", "--api-base", stub.api_base, "--strategy", "free"]
    answer_then_hang(stub, HALF)
    done = Path(f"{out}.done")
    run_killed([*args, "--out", str(out)], lambda: len(lines(done)) == HALF and stub.count == HALF + 1)
    assert len(lines(out)) == HALF
    with open(out, "a", encoding="utf-8") as f:
        f.write('{"headline": "cut off mid-wri')  # as if killed while writing

    stub.reset()
    stub.always(Reply())
    assert main([*args, "--out", str(out)], standalone_mode=False) == 0
    assert "skipping 4 article(s)" in capsys.readouterr().err
    asked = [article_of(r.body) for r in stub.requests]
    assert [p.read_text().strip() for p in paths[HALF:]] == [a.strip() for a in asked]  # the rest, once each

    reference = tmp_path / "reference.jsonl"
    assert main([*args, "--out", str(reference)], standalone_mode=False) == 0
    capsys.readouterr()

    def summaries(path: Path) -> list[dict]:
        return [{k: v for k, v in json.loads(line).items() if k != "usage"} for line in lines(path)]

    assert summaries(out) == summaries(reference) and len(summaries(out)) == N
    assert lines(Path(f"{out}.done")) == [str(p) for p in paths]


@pytest.fixture(autouse=True)
def _no_leftover_children():
    yield
    for child in multiprocessing.active_children():
        child.kill()
