"""An eval run against a failing model server records each failed fixture and completes."""

from __future__ import annotations

import asyncio
import json

from summariser.testing.stub_server import Reply, article_of
from summariser.cli import main
from summariser.evals.fixtures import load_fixtures
from summariser.evals.predictors import make_factory
from summariser.evals.runner import run_eval

# Fixture by the start of its text: how it fails.
FAULTS = {
    "TRIPOLI, Feb 12": Reply.error(503, "overloaded"),  # a model error after the retries
    "MANILA, Feb 6": Reply(content='{"headline": 3}'),  # an extraction error after the re-asks
    "BUCHAREST, June 20": Reply(drop=True),  # the connection drops, every time
}


def faulty(request) -> Reply:
    article = article_of(request.body)
    return next((reply for marker, reply in FAULTS.items() if article.startswith(marker)), Reply())


def test_failed_fixtures_are_recorded_and_the_run_completes(tmp_path, stub, capsys):
    stub.always(faulty)
    run = tmp_path / "run"
    code = main(["eval", "-m", "openai/stub", "--api-base", stub.api_base, "--limit", "6", "-j", "3",
                 "--out", str(run), "--cache-dir", str(tmp_path / "cache"), "--json"], standalone_mode=False)
    out = capsys.readouterr()
    assert code == 0, out.err
    results = {r["fixture"]: r for r in map(json.loads, (run / "results.jsonl").read_text().splitlines())}
    assert len(results) == 6, out.err
    errors = {f: r["error"] for f, r in results.items() if not r["ok"]}
    assert errors.keys() == {"conflict-drone-strike", "courts-supreme-court-ruling", "courts-corruption-trial"}
    assert errors["conflict-drone-strike"].startswith("ModelError: openai/stub: the model server failed")
    assert errors["courts-supreme-court-ruling"].startswith("ExtractionError: the model gave no valid summary")
    assert errors["courts-corruption-trial"].startswith("ModelError: openai/stub: the model server failed")
    assert all("\n" not in e for e in errors.values())
    report = json.loads((run / "report.json").read_text())
    assert report["models"]["openai/stub (free)"]["failures"] == 3 and report["models"]["openai/stub (free)"]["n"] == 6
    assert json.loads(out.out)["fixtures"]["conflict-drone-strike"]["openai/stub (free)"]["ok"] is False
    # Failures are not cached: a rerun with --retry-failed asks again for exactly those.
    stub.always(Reply())
    before = stub.count
    assert main(["eval", "-m", "openai/stub", "--api-base", stub.api_base, "--limit", "6", "--retry-failed",
                 "--out", str(run), "--cache-dir", str(tmp_path / "cache"), "--json"], standalone_mode=False) == 0
    capsys.readouterr()
    assert stub.count - before == 3
    assert json.loads((run / "report.json").read_text())["models"]["openai/stub (free)"]["failures"] == 0


def test_an_eval_falls_back_when_the_primary_keeps_failing(tmp_path, stub, make_stub):
    stub.always(Reply.error(500))
    second = make_stub()
    fixtures = load_fixtures(None)[:3]
    options = {"api_base": stub.api_base, "fallbacks": [{"model": "openai/stub2", "api_base": second.api_base}]}
    run = asyncio.run(run_eval(fixtures, ["openai/stub"], tmp_path / "run", factory=make_factory(options), cache=None))
    assert all(r.ok for r in run.by_model("openai/stub (free)")), [r.error for r in run.by_model("openai/stub (free)")]
    assert second.count == 3
