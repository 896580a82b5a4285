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
    assert all(gold[f][level]["f1"] == 1.0 for f in ("actors", "events", "stances") for level in gold[f])
    assert {"grounding_rate", "schema_valid_rate", "latency_p50_s", "failures"} <= set(gold)
    assert 0 < doc["models"]["baseline"]["events"]["classified"]["f1"] < 1
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "report.json", "report.md", "results.jsonl"]


def test_leaderboard_in_the_terminal_then_compare(cli, folder, tmp_path):
    first = cli("-m", "baseline", "-m", "gold", "--fixtures", folder, "--out", tmp_path / "a")
    assert first.exit_code == 0
    assert "Leaderboard" in first.stdout and "baseline" in first.stdout and "Against baseline" in first.stdout
    assert "report:" in first.stderr
    cli("-m", "gold", "--fixtures", folder, "--out", tmp_path / "b")
    same = cli("compare", tmp_path / "a", tmp_path / "b" / "results.jsonl")
    assert same.exit_code == 0 and "No fixture regressed" in same.stdout
    diff = cli("compare", tmp_path / "b", tmp_path / "a" / "results.jsonl", "--json")
    assert json.loads(diff.stdout)["only_in_b"] == ["baseline"]


def test_compare_lists_regressed_fixtures(cli, folder, tmp_path):
    cli("-m", "gold", "--fixtures", folder, "--out", tmp_path / "a")
    lines = [json.loads(line) for line in (tmp_path / "a" / "results.jsonl").read_text().splitlines()]
    stances = lines[0]["score"]["levels"]["stances.holder_polarity_target"]
    stances["fn"], stances["tp"] = stances["tp"], 0  # run B lost every stance of one fixture
    (tmp_path / "worse").mkdir()
    (tmp_path / "worse" / "results.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = cli("compare", tmp_path / "a", tmp_path / "worse", "--fail-on-regression")
    assert result.exit_code == 1
    assert "1 fixture(s) regressed" in result.stdout and lines[0]["fixture"] in result.stdout


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
        (["-m", "gold", "--fixtures", "{tmp}/bad"], "invalid fixtures: {tmp}/bad/x.json: file: not valid JSON"),
        (["compare", "{tmp}/nope", "{tmp}/nope2"], "no results at {tmp}/nope"),
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
    assert len(lines) == 1 and "error" in lines[0].lower() and message.format(tmp=tmp_path) in lines[0]
    assert "Traceback" not in result.output


def test_no_model_is_a_usage_error(cli):
    result = cli()
    assert result.exit_code == 2 and "--model" in result.stderr


def test_help_imports_nothing_heavy():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from summariser.cli import main\n"
        "for args in (['--help'], ['eval', '--help'], ['eval', 'run', '--help'], ['eval', 'compare', '--help']):\n"
        "    assert CliRunner().invoke(main, args).exit_code == 0\n"
        "heavy = ('datasets', 'litellm', 'instructor', 'rich.progress', 'numpy', 'scipy', 'jinja2', 'pyarrow')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_tag_runs_the_subset_with_every_tag_given(cli, tmp_path):
    out = tmp_path / "run"
    result = cli("-m", "gold", "--tag", "real", "--tag", "courts", "--out", out, "--json")
    assert result.exit_code == 0, result.output
    fixtures = json.loads(result.stdout)["run"]["fixtures"]
    assert fixtures and all(f.endswith(("2019", "2020")) for f in fixtures)  # the real ones are named by year
    unknown = cli("-m", "gold", "--tag", "no-such-tag")
    assert unknown.exit_code == 2 and "no fixture has the tag(s) no-such-tag; tags are:" in unknown.stderr


def test_invalid_fixtures_are_refused_unless_asked(cli, few, write_fixture_files, tmp_path):
    folder = write_fixture_files(few[:2])
    bad = json.loads((folder / f"{few[0].id}.json").read_text())
    bad["expected"]["events"][0]["evidence"] = "words that the article never says"
    (folder / f"{few[0].id}.json").write_text(json.dumps(bad))
    refused = cli("-m", "gold", "--fixtures", folder)
    assert refused.exit_code == 2
    assert refused.stderr.startswith(f"summariser: error: invalid fixtures: {folder / few[0].id}.json: events[0]: ")
    assert "--allow-invalid runs anyway" in refused.stderr
    allowed = cli("-m", "baseline", "--fixtures", folder, "--allow-invalid", "--out", tmp_path / "run")
    assert allowed.exit_code == 0, allowed.output


def test_failed_fixtures_are_said_with_the_first_reason_and_all_failed_is_an_error(cli, folder, tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-stub-0000")
    dead = "http://127.0.0.1:9/v1"
    result = cli("-m", "openai/x", "-m", "baseline", "--api-base", dead, "--max-retries", "0", "--fixtures", folder,
                 "--out", tmp_path / "run")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    warning = next(line for line in lines if "warning" in line)
    assert warning.startswith("summariser: warning: openai/x (free): 4 of 4 fixtures failed; first, ")
    assert "cannot reach the model server" in warning
    assert lines[-1] == "summariser: error: every fixture failed for openai/x (free)"
    assert "Leaderboard" in result.stdout  # the report is still written and shown
