"""`summariser eval` and `summariser eval compare`: outputs, files, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from summariser.cli import main


@pytest.fixture
def cli(monkeypatch, tmp_path):
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path / "cache"))
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, ["eval", *map(str, args)], catch_exceptions=False)

    return invoke


@pytest.fixture
def folder(few, write_fixture_files):
    return write_fixture_files(few)


def test_json_report_and_run_files(cli, folder, tmp_path):
    out = tmp_path / "run"
    result = cli("--model", "gold", "--model", "baseline", "--fixtures", folder, "--out", out, "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    gold = doc["models"]["gold"]
    assert all(gold[f]["f1"] == 1.0 for f in ("actors", "events", "stances"))
    assert {"grounding_rate", "schema_valid_rate", "latency_p50_s", "failures"} <= set(gold)
    assert 0 < doc["models"]["baseline"]["events"]["f1"] < 1
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "report.json", "report.md", "results.jsonl"]


def test_leaderboard_in_the_terminal_then_compare(cli, folder, tmp_path):
    first = cli("-m", "baseline", "-m", "gold", "--fixtures", folder, "--out", tmp_path / "a")
    assert first.exit_code == 0
    assert "Leaderboard" in first.stdout and "baseline" in first.stdout and "Against baseline" in first.stdout
    assert "report:" in first.stderr
    cli("-m", "gold", "--fixtures", folder, "--out", tmp_path / "b")
    same = cli("compare", tmp_path / "a", tmp_path / "b" / "report.json")
    assert same.exit_code == 0 and "No fixture regressed" in same.stdout
    diff = cli("compare", tmp_path / "b", tmp_path / "a" / "results.jsonl", "--json")
    assert json.loads(diff.stdout)["only_in_b"] == ["baseline"]


def test_compare_lists_regressed_fixtures(cli, folder, tmp_path):
    cli("-m", "gold", "--fixtures", folder, "--out", tmp_path / "a")
    report = json.loads((tmp_path / "a" / "report.json").read_text())
    fixture = next(iter(report["fixtures"]))
    report["fixtures"][fixture]["gold"]["stances"] = 0.25
    (tmp_path / "worse.json").write_text(json.dumps(report))
    result = cli("compare", tmp_path / "a", tmp_path / "worse.json", "--fail-on-regression")
    assert result.exit_code == 1
    assert "1 fixture(s) regressed" in result.stdout and fixture in result.stdout


def test_default_out_folder_is_a_timestamp_under_runs(cli, folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli("-m", "gold", "--fixtures", folder).exit_code == 0
    (run,) = (tmp_path / "runs").iterdir()
    assert run.name.endswith("Z") and (run / "report.html").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-m", "gold", "--fixtures", "{tmp}/missing"], "fixtures not found"),
        (["-m", "gold", "--fixtures", "{tmp}/empty"], "no .json or .jsonl fixture files"),
        (["-m", "gold", "--fixtures", "{tmp}/bad"], "invalid fixture file"),
        (["compare", "{tmp}/nope", "{tmp}/nope2"], "no run found"),
    ],
    ids=["missing", "empty", "invalid", "unknown-run"],
)
def test_bad_input_is_one_line_and_a_nonzero_exit(cli, tmp_path, args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.json").write_text("{")
    result = cli(*(a.format(tmp=tmp_path) for a in args))
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "error" in lines[0].lower() and message in lines[0]
    assert "Traceback" not in result.output


def test_no_model_is_a_usage_error(cli):
    result = cli()
    assert result.exit_code == 2 and "--model" in result.stderr


def test_help_imports_nothing_heavy():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from summariser.cli import main\n"
        "for args in (['--help'], ['eval', '--help'], ['eval', 'compare', '--help']):\n"
        "    assert CliRunner().invoke(main, args).exit_code == 0\n"
        "heavy = ('datasets', 'litellm', 'instructor', 'rich.progress', 'numpy', 'scipy', 'jinja2', 'pyarrow')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
