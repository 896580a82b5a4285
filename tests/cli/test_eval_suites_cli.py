"""`summariser eval run SUITE.toml`: the CI suite as CI runs it, thresholds that fail the run,
and one-line errors."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.cli import main

ROOT = Path(__file__).resolve().parents[2]
CI_SUITE = ROOT / "evals" / "ci.toml"


def _eval(*args, env: dict) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "summariser.cli", "eval", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


@pytest.fixture(scope="module")
def ci_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path, dict]:
    """`summariser eval run evals/ci.toml`, as the project's CI runs it (a fresh cache, no model)."""
    tmp = tmp_path_factory.mktemp("ci")
    env = os.environ | {"SUMMARISER_CACHE_DIR": str(tmp / "cache")}
    return _eval("run", "evals/ci.toml", "--out", tmp / "run", env=env), tmp, env


def test_the_ci_suite_passes_and_its_report_records_the_suite(ci_run):
    result, tmp, _ = ci_run
    assert result.returncode == 0, result.stderr
    assert "Leaderboard" in result.stdout and "threshold:" not in result.stderr
    doc = json.loads((tmp / "run" / "report.json").read_text())
    verdicts = doc["thresholds"]
    assert verdicts and all(v["met"] for v in verdicts)
    assert f"{len(verdicts)} of {len(verdicts)} thresholds met" in result.stderr
    assert doc["run"]["suite"] == {"path": "evals/ci.toml", "sha256": hashlib.sha256(CI_SUITE.read_bytes()).hexdigest()}
    assert set(doc["models"]) == {"gold", "trivial", "baseline"}
    assert len(doc["run"]["fixtures"]) == len(list((ROOT / "fixtures").rglob("*.json")))


def test_a_threshold_raised_above_todays_figure_fails_the_run_with_one_line(ci_run):
    _, tmp, env = ci_run
    doc = json.loads((tmp / "run" / "report.json").read_text())
    today = doc["models"]["baseline"]["events"]["classified"]["f1"]
    raised = round(today + 0.01, 2)
    text = CI_SUITE.read_text().replace('path = "../fixtures"', f'path = "{ROOT / "fixtures"}"')
    text, n = _raise(text, "events.classified", raised)
    assert n == 1
    suite = tmp / "raised.toml"
    suite.write_text(text)
    result = _eval("run", suite, "--out", tmp / "run", env=env)  # the same run folder: resumed, not recomputed
    assert result.returncode == 1
    misses = [line for line in result.stderr.splitlines() if line.startswith("summariser: threshold: ")]
    assert misses == [f"summariser: threshold: baseline events.classified F1 {today:.2f} < {raised:.2f}"]
    assert "Traceback" not in result.stderr and "Leaderboard" in result.stdout
    report = json.loads((tmp / "run" / "report.json").read_text())  # written before the exit
    assert report["run"]["suite"]["path"] == str(suite)
    assert report["run"]["resumed"] == len(report["run"]["fixtures"]) * 3


def _raise(text: str, level: str, value: float) -> tuple[str, int]:
    lines = text.splitlines(keepends=True)
    n = 0
    for i, line in enumerate(lines):
        if line.startswith("baseline = {"):
            head, rest = line.split(f'"{level}" = ', 1)
            lines[i] = f'{head}"{level}" = {value}{rest[rest.index(","):]}'
            n += 1
    return "".join(lines), n


@pytest.fixture
def cli(monkeypatch, tmp_path):
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path / "cache"))

    def invoke(*args):
        return CliRunner().invoke(main, ["eval", *map(str, args)], catch_exceptions=False)

    return invoke


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["run", "{tmp}/none.toml"], 2, "cannot read suite {tmp}/none.toml: No such file or directory"),
        (["run", "{tmp}/bad.toml"], 2, "{tmp}/bad.toml: contestants[0]: unknown key 'modle'"),
        (["--model", "gold", "run", "{tmp}/bad.toml"], 2,
         "--model before 'run' would not be used: give 'run' its options after it"),
        (["run", "{tmp}/bad.toml", "--model", "gold"], 2, "No such option '--model'"),
        (["-m", "gpt4"], 2, "unknown model kind 'gpt4': give one of gold, baseline, trivial, local,"),
        (["-m", "baseline", "--temperature", "0.5"], 2,
         "--temperature cannot apply: none of baseline calls a language model"),
        (["-m", "openai/x", "--prompts", "{tmp}/nowhere"], 2, "prompts folder not found: {tmp}/nowhere"),
    ],
    ids=["missing-suite", "bad-suite", "option-before-run", "model-option-of-run", "unknown-model-kind",
         "option-nothing-takes", "missing-prompts"],
)
def test_mistakes_are_one_line(cli, tmp_path, args, code, message):
    (tmp_path / "bad.toml").write_text('[[contestants]]\nmodel = "gold"\nmodle = "x"\n')
    result = cli(*(a.format(tmp=tmp_path) for a in args))
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summariser: error: "), result.stderr
    assert message.format(tmp=tmp_path) in lines[0]


def test_a_suite_runs_with_the_run_options(cli, tmp_path, few, write_fixture_files):
    write_fixture_files(few, "fx")
    (tmp_path / "s.toml").write_text('[fixtures]\npath = "fx"\nlimit = 2\n[[contestants]]\nname = "rules"\n'
                                     'model = "baseline"\n[[contestants]]\nmodel = "gold"\n')
    result = cli("run", tmp_path / "s.toml", "--out", tmp_path / "run", "--json", "-j", "2")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert list(doc["models"]) == ["rules", "gold"] and len(doc["run"]["fixtures"]) == 2
    assert doc["thresholds"] == [] and doc["run"]["suite"]["path"] == str(tmp_path / "s.toml")
