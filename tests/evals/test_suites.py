"""Eval suites as files: validation in one line, contestants with their own options and prompts,
thresholds, and what the report records of the suite."""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path

import pytest

from summariser.errors import InputError
from summariser.evals import reports, suites
from summariser.evals.runner import RESULTS, run_eval

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "evals").glob("*.toml"))


def _write(folder: Path, text: str, name: str = "suite.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- validation: every mistake is one line naming the file and the key ---------------------

GOLD = '[[contestants]]\nmodel = "gold"\n'
BAD_SUITES = {
    "unknown-top-key": ('contestant = "x"\n' + GOLD, "unknown key 'contestant' (known: description, fixtures,"),
    "unknown-contestant-key": ('[[contestants]]\nmodel = "openai/x"\nmodle = "y"\n',
                               "contestants[0]: unknown key 'modle' (known: model, name, api_base,"),
    "unknown-fixtures-key": (GOLD + '[fixtures]\npaths = "x"\n', "fixtures: unknown key 'paths'"),
    "no-contestants": ('description = "x"\n', "'contestants' is missing"),
    "empty-contestants": ("contestants = []\n", "contestants: list should have at least 1 item"),
    "no-model": ('[[contestants]]\nname = "x"\n', "contestants[0]: 'model' is missing"),
    "unknown-model-kind": ('[[contestants]]\nmodel = "gpt-4o"\n', "contestants[0] (gpt-4o): unknown model kind "
                           "'gpt-4o': give one of gold, baseline, trivial, local, local:PATH.gguf, or a litellm "
                           "provider/model string such as openai/gpt-4o-mini"),
    "wrong-type": ('[[contestants]]\nmodel = "openai/x"\nseed = "7"\n',
                   "contestants[0].seed: input should be a valid integer"),
    "bad-strategy": ('[[contestants]]\nmodel = "openai/x"\nstrategy = "fast"\n',
                     "contestants[0] (openai/x): unknown strategy 'fast': choose one of free, grounded, decomposed"),
    "bad-temperature": ('[[contestants]]\nname = "hot"\nmodel = "openai/x"\ntemperature = 3\n',
                        "contestants[0] (hot): temperature 3.0 is outside 0..2"),
    "api-base-for-local": ('[[contestants]]\nmodel = "local"\napi_base = "http://127.0.0.1:8080/v1"\n',
                           "contestants[0] (local): --api-base does not apply to 'local'"),
    "options-for-a-reference": ('[[contestants]]\nmodel = "gold"\ntemperature = 0.5\n',
                                "contestants[0] (gold): 'gold' calls no language model: temperature cannot apply"),
    "missing-fixtures": (GOLD + '[fixtures]\npath = "nowhere"\n', "fixtures not found: {dir}/nowhere"),
    "missing-prompts": ('[[contestants]]\nmodel = "openai/x"\nprompts = "nowhere"\n',
                        "contestants[0] (openai/x): prompts folder not found: {dir}/nowhere"),
    "typo-in-prompts": ('[[contestants]]\nmodel = "openai/x"\nprompts = "variant"\n',
                        "contestants[0] (openai/x): prompts: {dir}/variant/sytem.jinja replaces no prompt"),
    "same-name-twice": (GOLD + GOLD, "contestants[1]: a second contestant named 'gold': give each its own name"),
    "same-model-and-strategy-twice": ('[[contestants]]\nmodel = "openai/x"\n[[contestants]]\nmodel = "openai/x"\n'
                                      'temperature = 0.5\n', "a second contestant named 'openai/x (free)'"),
    "threshold-unknown-level": (GOLD + '[thresholds]\ngold = { "events.found" = 0.5 }\n',
                                "thresholds of 'gold': unknown level 'events.found' (levels: actors.identified,"),
    "threshold-unknown-contestant": (GOLD + '[thresholds]\nbasline = { "events.classified" = 0.5 }\n',
                                     "thresholds: no contestant is named 'basline' (contestants: gold)"),
    "threshold-out-of-range": ('[[contestants]]\nmodel = "gold"\nthresholds = { "events.classified" = 50 }\n',
                               "thresholds of 'gold': events.classified = 50.0 is not an F1 between 0 and 1"),
    "not-toml": ("[[contestants]\n", "not valid TOML: "),
}


@pytest.mark.parametrize(("text", "message"), BAD_SUITES.values(), ids=BAD_SUITES)
def test_a_bad_suite_is_one_line_naming_the_file_and_the_key(tmp_path, text, message):
    (tmp_path / "variant").mkdir()
    (tmp_path / "variant" / "sytem.jinja").write_text("x")
    path = _write(tmp_path, text)
    with pytest.raises(InputError) as raised:
        suites.load(path)
    line = str(raised.value)
    assert line.startswith(f"{path}: "), line
    assert message.format(dir=tmp_path) in line
    assert "\n" not in line


def test_a_missing_suite_file_is_one_line(tmp_path):
    with pytest.raises(InputError, match=f"cannot read suite {tmp_path}/none.toml: No such file"):
        suites.load(tmp_path / "none.toml")


def test_contestant_keys_are_the_pipeline_options_and_a_name():
    from summariser.cli.options import PIPELINE_OPTIONS

    assert set(suites.Contestant.model_fields) == {*PIPELINE_OPTIONS, "model", "name", "thresholds"}


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_the_shipped_suites_are_valid(path):
    suite = suites.load(path)
    assert suite.predictors and Path(suite.source) == ROOT / "fixtures"


def test_the_shipped_suites_are_the_ones_the_readme_names():
    assert [p.name for p in SHIPPED] == ["ci.toml", "default.toml", "prompt-variants.toml", "real.toml"]
    assert list(suites.load(ROOT / "evals" / "default.toml").predictors) == [
        "gold", "trivial", "baseline", "local (decomposed)"]
    assert suites.load(ROOT / "evals" / "real.toml").tags == ("real",)
    ci = suites.load(ROOT / "evals" / "ci.toml")
    assert set(ci.predictors) == {"gold", "trivial", "baseline"} and ci.thresholds["baseline"]


def test_paths_are_relative_to_the_suite_file_and_names_default_to_model_and_strategy(tmp_path, few,
                                                                                     write_fixture_files):
    write_fixture_files(few, "fx")
    (tmp_path / "variant").mkdir()
    (tmp_path / "variant" / "user.jinja").write_text("Article: {{ text }} {{ published }} {{ part }} {{ parts }} "
                                                     "{{ fence }}")
    path = _write(tmp_path, '[fixtures]\npath = "fx"\ntags = ["en"]\nlimit = 2\n'
                            '[[contestants]]\nmodel = "openai/x"\nprompts = "variant"\n'
                            '[[contestants]]\nmodel = "openai/x"\nstrategy = "grounded"\n')
    suite = suites.load(path)
    assert (suite.source, suite.tags, suite.limit) == (str(tmp_path / "fx"), ("en",), 2)
    assert list(suite.predictors) == ["openai/x (free)", "openai/x (grounded)"]
    assert suite.predictors["openai/x (free)"].config["prompts_changed"] == ["user.jinja"]
    assert suite.record() == {"path": str(path), "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


def test_the_quick_path_is_a_suite_of_one_contestant_per_model():
    suite = suites.from_models(["gold", "baseline", "openai/x", "gold"], {"strategy": "grounded"})
    assert list(suite.predictors) == ["gold", "baseline", "openai/x (grounded)"]
    assert suite.record() is None and suite.thresholds == {}


@pytest.mark.parametrize(
    ("models", "options", "message"),
    [
        (["gpt4"], {}, "unknown model kind 'gpt4'"),
        (["gold", "baseline"], {"temperature": 0.5, "fallbacks": ("openai/y",)},
         "--temperature, --fallback cannot apply: none of gold, baseline calls a language model"),
    ],
)
def test_the_quick_path_refuses_what_it_cannot_use(models, options, message):
    with pytest.raises(InputError, match=message):
        suites.from_models(models, options)


# -- thresholds -------------------------------------------------------------------------------


def _verdict(f1, least):
    return {"contestant": "baseline", "level": "events.classified", "least": least, "f1": f1,
            "met": f1 is not None and f1 >= least}


@pytest.mark.parametrize(
    ("f1", "least", "line"),
    [
        (0.2912, 0.30, "baseline events.classified F1 0.29 < 0.30"),
        (0.2996, 0.30, "baseline events.classified F1 0.2996 < 0.30"),  # never "0.30 < 0.30"
        (0.5293, 0.5294, "baseline events.classified F1 0.5293 < 0.5294"),
        (None, 0.1, "baseline events.classified F1 undefined (nothing labelled, nothing predicted) < 0.10"),
    ],
)
def test_a_miss_is_one_line_with_the_figure_and_the_threshold(f1, least, line):
    assert not _verdict(f1, least)["met"]
    assert suites.miss_line(_verdict(f1, least)) == line


def test_thresholds_are_judged_against_the_report(tmp_path, few, write_fixture_files):
    write_fixture_files(few, "fx")
    path = _write(tmp_path, '[fixtures]\npath = "fx"\n'
                            '[[contestants]]\nmodel = "gold"\nthresholds = { "events.classified" = 1.0 }\n'
                            '[[contestants]]\nmodel = "trivial"\n'
                            '[thresholds]\ntrivial = { "actors.identified" = 0.99, "stances.holder_polarity" = 0 }\n')
    suite = suites.load(path)
    from summariser.evals.fixtures import load_fixtures

    run = asyncio.run(run_eval(load_fixtures(suite.source), list(suite.predictors), tmp_path / "run",
                               factory=suite.predictors.__getitem__, cache=None))
    verdicts = suites.verdicts(suite, reports.document(run, suite.record()))
    assert [(v["contestant"], v["level"], v["met"]) for v in verdicts] == [
        ("gold", "events.classified", True),
        ("trivial", "actors.identified", False),
        ("trivial", "stances.holder_polarity", True),
    ]


# -- contestants against real servers: the stub, in this process --------------------------------


@pytest.fixture
def api_key(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-stub-0000")


def _run_suite(path: Path, out: Path, cache=None):
    from summariser.evals.fixtures import load_fixtures

    suite = suites.load(path)
    run = asyncio.run(run_eval(load_fixtures(suite.source)[: suite.limit], list(suite.predictors), out,
                               factory=suite.predictors.__getitem__, cache=cache, ramp=0))
    return suite, run


def test_each_contestant_reaches_its_own_server_with_its_own_options(tmp_path, make_stub, api_key, few,
                                                                   write_fixture_files):
    write_fixture_files(few[:2], "fx")
    a, b = make_stub(), make_stub()
    path = _write(tmp_path, f'[fixtures]\npath = "fx"\n'
                            f'[[contestants]]\nname = "A"\nmodel = "openai/stub"\napi_base = "{a.api_base}"\n'
                            f'strategy = "free"\ntemperature = 0.3\nseed = 11\nmax_tokens = 700\n'
                            f'[[contestants]]\nname = "B"\nmodel = "openai/stub"\napi_base = "{b.api_base}"\n'
                            f'strategy = "free"\nmode = "tools"\ntemperature = 0.9\nmax_retries = 0\n')
    _, run = _run_suite(path, tmp_path / "run")
    assert run.models == ["A", "B"] and all(r.ok for r in run.results.values())
    assert a.count == 2 and b.count == 2
    assert {(r.body["temperature"], r.body["seed"], r.body["max_tokens"], "tools" in r.body) for r in a.requests} == {
        (0.3, 11, 700, False)}
    assert {(r.body["temperature"], "tools" in r.body) for r in b.requests} == {(0.9, True)}
    assert run.results[("A", few[0].id)].config.get("mode") is None
    assert run.results[("B", few[0].id)].config["mode"] == "tools"


def test_two_prompt_variants_of_one_model_are_two_contestants_with_their_own_cache(tmp_path, stub, api_key, few,
                                                                                  write_fixture_files):
    from summariser import prompting
    from summariser.evals.cache import ResponseCache

    write_fixture_files(few[:2], "fx")
    (tmp_path / "terse").mkdir()
    system = prompting.DEFAULT.source("system.jinja").replace("You turn", "TERSE VARIANT. You turn")
    (tmp_path / "terse" / "system.jinja").write_text(system, encoding="utf-8")
    path = _write(tmp_path, f'[fixtures]\npath = "fx"\n'
                            f'[[contestants]]\nname = "default"\nmodel = "openai/stub"\napi_base = "{stub.api_base}"\n'
                            f'[[contestants]]\nname = "terse"\nmodel = "openai/stub"\napi_base = "{stub.api_base}"\n'
                            f'prompts = "terse"\n')
    cache = ResponseCache(tmp_path / "cache")
    suite, run = _run_suite(path, tmp_path / "run", cache)
    default, terse = suite.predictors["default"], suite.predictors["terse"]
    assert default.config["prompt_version"] == prompting.prompt_version() != terse.config["prompt_version"]
    assert (default.config["prompts_changed"], terse.config["prompts_changed"]) == ([], ["system.jinja"])
    assert all(default.key(f) != terse.key(f) for f in run.fixtures)
    systems = [r.body["messages"][0]["content"] for r in stub.requests]
    assert sum("TERSE VARIANT" in s for s in systems) == 2 and len(systems) == 4

    doc = reports.document(run, suite.record())
    assert doc["run"]["suite"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc["models"]["terse"]["config"]["prompts_changed"] == ["system.jinja"]
    paths = reports.write_reports(run, doc)
    assert f"{terse.config['prompt_version']} (changed: system.jinja)" in paths["md"].read_text()
    assert f"{terse.config['prompt_version']} (changed: system.jinja)" in paths["html"].read_text()
    assert suite.sha256[:16] in paths["md"].read_text() and suite.sha256[:16] in paths["html"].read_text()

    _, again = _run_suite(path, tmp_path / "again", cache)  # a fresh run folder: only the cache can answer
    assert (again.calls, again.cache_hits, stub.count) == (0, 4, 4)
    lines = [json.loads(line) for line in (tmp_path / "again" / RESULTS).read_text().splitlines()]
    assert {line["model"] for line in lines} == {"default", "terse"}
