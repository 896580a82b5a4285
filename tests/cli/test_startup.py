"""What a cold command imports: only what it uses. Behaviour, never timings: each check looks at
`sys.modules` in a fresh interpreter after the command ran."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("litellm", "instructor", "scipy", "datasets", "openai", "numpy", "jinja2", "xllamacpp")


def _after(argv: list[str], probe: str, env: dict | None = None,
           setup: str = "") -> tuple[object, subprocess.CompletedProcess]:
    """Run the `summariser` entry point with ``argv`` in a new interpreter; the value of the
    expression ``probe`` (JSON) once it ended. ``setup`` defines what ``probe`` calls."""
    code = (  # the entry point ends the process itself: the probe runs as an exit handler
        "import atexit, json, sys\n"
        f"sys.argv = ['summariser', *{argv!r}]\n"
        f"{setup}"
        f"atexit.register(lambda: print(json.dumps({probe}), file=sys.stderr))\n"
        "from summariser.entry import run\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    return json.loads(done.stderr.strip().splitlines()[-1]), done


def _imported_after(argv: list[str], env: dict | None = None,
                    modules: tuple[str, ...] = HEAVY) -> tuple[list[str], subprocess.CompletedProcess]:
    """Run the `summariser` entry point with ``argv`` in a new interpreter; which of ``modules`` it loaded."""
    return _after(argv, f"[m for m in {modules!r} if m in sys.modules]", env)  # type: ignore[return-value]


@pytest.mark.parametrize("worker", ["0", "1"])
@pytest.mark.parametrize("argv", [["--help"], ["eval", "--help"], ["summarise", "--help"], ["--version"]])
def test_help_imports_nothing_heavy(argv, worker, tmp_path):
    env = os.environ | {"SUMMARISER_WORKER": worker, "XDG_RUNTIME_DIR": str(tmp_path)}
    heavy, done = _imported_after(argv, env)
    assert done.stdout and heavy == []
    assert not (tmp_path / f"summariser-{os.getuid()}").exists()  # help never starts a worker


def test_rules_only_summary_imports_no_model_library(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Lena Korvash said on Monday that Ardenia would reopen the crossings.")
    heavy, done = _imported_after(["summarise", str(article), "--model", "baseline"])
    assert json.loads(done.stdout)["usage"]["model"] == "baseline"
    assert not {"litellm", "instructor", "openai", "scipy", "datasets", "xllamacpp"} & set(heavy)


def test_rules_read_their_word_tables_from_the_cache_once_built(tmp_path):
    """The first run on a machine builds the verb forms and word classes from lemminflect's tables
    and parses the lexicons' TOML; every later run reads them back: neither lemminflect nor
    tomllib is imported again."""
    article = tmp_path / "a.txt"
    article.write_text("Lena Korvash said on Monday that Ardenia would reopen the crossings. Officials denied it.")
    env = os.environ | {"SUMMARISER_CACHE_DIR": str(tmp_path / "cache")}
    argv = ["summarise", str(article), "--model", "baseline"]
    first, _ = _imported_after(argv, env, modules=("lemminflect", "tomllib"))
    again, done = _imported_after(argv, env, modules=("lemminflect", "tomllib"))
    assert first == ["lemminflect", "tomllib"] and done.returncode == 0
    assert again == []  # nor the TOML parser: the lexicons too are read back parsed


@pytest.mark.parametrize("argv", [["--model", "baseline"], ["--model", "local", "--strategy", "rules"]])
def test_a_summary_without_model_calls_runs_without_an_event_loop_or_templates(argv, tmp_path):
    """Nothing to await and no prompt to render: neither asyncio nor jinja2 is imported."""
    article = tmp_path / "a.txt"
    article.write_text("Lena Korvash said on Monday that Ardenia would reopen the crossings.")
    modules = ("asyncio", "jinja2", "litellm", "instructor", "rich")
    loaded, done = _imported_after(["summarise", str(article), *argv], modules=modules)
    assert done.returncode == 0 and json.loads(done.stdout)["headline"]
    assert loaded == []


def test_eval_of_local_fixtures_does_not_import_datasets(tmp_path, few, write_fixture_files):
    folder = write_fixture_files(few)
    heavy, done = _imported_after(["eval", "-m", "gold", "--fixtures", str(folder), "--out", str(tmp_path / "run"),
                                   "--json"])
    assert json.loads(done.stdout)["models"]["gold"]["n"] == len(few)
    assert "datasets" not in heavy and "litellm" not in heavy


def test_a_free_run_does_not_load_the_other_strategies():
    code = (
        "import sys\n"
        "from summariser.strategies import REGISTRY\n"
        "names, free = tuple(REGISTRY), REGISTRY['free']\n"
        "print(names, free.name, free.extractive_headline, REGISTRY['free'] is free,\n"
        "      'summariser.rules.summary' in sys.modules, 'summariser.strategies.decomposed' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["('free',", "'grounded',", "'decomposed',", "'rules')", "free", "False", "True", "False", "False"]


def test_the_embedded_models_default_strategy_loads_no_model_library(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Lena Korvash said on Monday that Ardenia would reopen the crossings.")
    env = {k: v for k, v in os.environ.items() if k != "SUMMARISER_MODEL"}  # the embedded model, its default
    heavy, done = _imported_after(["summarise", str(article), "--strategy", "rules"], env)
    assert done.returncode == 0 and json.loads(done.stdout)["headline"]
    assert not {"litellm", "instructor", "openai", "xllamacpp"} & set(heavy)


def test_help_imports_no_command_module():
    """The group's --help lists the commands from a table; `X --help` imports X alone."""
    modules = ("summariser.cli.batch", "summariser.cli.eval", "summariser.cli.fixtures", "summariser.cli.label",
               "summariser.cli.summarise", "summariser.cli.worker_command")
    for argv, expected in ((["--help"], []), (["eval", "--help"], ["summariser.cli.eval"])):
        loaded, done = _imported_after(argv, modules=modules)
        assert done.stdout and loaded == expected


def test_a_rules_only_summary_loads_no_pydantic(tmp_path):
    """The rules build their summary as plain records (`summariser.records`) and the command
    writes their JSON: neither pydantic nor the contract's models are imported."""
    article = tmp_path / "a.txt"
    article.write_text("Lena Korvash said on Monday that Ardenia would reopen the crossings.")
    modules = ("pydantic", "pydantic_core", "summariser.schema", "summariser.grounding", "summariser.prompting")
    loaded, done = _imported_after(["summarise", str(article), "--model", "baseline"], modules=modules)
    assert json.loads(done.stdout)["usage"]["model"] == "baseline"
    assert loaded == []


def test_a_rules_only_summary_reads_no_package_metadata(tmp_path):
    """The derived tables' keys (their sources' versions, the rules' files) are read without
    importlib.metadata or importlib.resources (email, zipfile, tempfile...), and the tables with
    os alone: once the cache is built, none of them is imported, nor pathlib, nor lemminflect (its
    tables are read once into the cache; importing it brings numpy)."""
    # long enough to tell its language without py3langid (which imports pathlib)
    article = Path(__file__).resolve().parents[2] / "examples" / "article.txt"
    env = os.environ | {"SUMMARISER_CACHE_DIR": str(tmp_path / "cache")}
    argv = ["summarise", str(article), "--model", "baseline"]
    modules = ("importlib.metadata", "importlib.resources", "pathlib", "lemminflect", "numpy")
    _imported_after(argv, env, modules=modules)  # builds the cache
    loaded, done = _imported_after(argv, env, modules=modules)
    assert json.loads(done.stdout)["usage"]["model"] == "baseline"
    assert loaded == []


@pytest.mark.parametrize("argv", [["--model", "baseline"], []])
def test_a_summary_without_model_calls_tokenizes_no_source(argv, tmp_path):
    """Nothing on the way reads source text (a model's field docstrings, a factory's signature):
    tokenize's patterns, compiled on first use, are never compiled."""
    article = tmp_path / "a.txt"
    article.write_text("Lena Korvash said on Monday that Ardenia would reopen the crossings.")
    env = {k: v for k, v in os.environ.items() if k != "SUMMARISER_MODEL"}
    misses, done = _after(["summarise", str(article), *argv], "tokenize._compile.cache_info().misses", env,
                          setup="import tokenize\n")
    assert json.loads(done.stdout)["headline"]
    assert misses == 0


def test_the_rules_strategy_builds_no_model_question(tmp_path):
    """The embedded model's default strategy (the rules) drafts through the decomposed strategy's
    code, never asking the model: the question's schema (an event's kind) is never built."""
    article = tmp_path / "a.txt"
    article.write_text("Lena Korvash said on Monday that Ardenia would reopen the crossings.")
    env = {k: v for k, v in os.environ.items() if k != "SUMMARISER_MODEL"}
    built, done = _after(["summarise", str(article), "--strategy", "rules"],
                         "sys.modules['summariser.strategies.decomposed']._EventKind.__pydantic_complete__", env)
    assert json.loads(done.stdout)["headline"]
    assert built is False
