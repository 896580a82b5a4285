"""`summariser summarise` end to end.

Error cases run the real CLI in a subprocess: each must print exactly one line
on stderr, exit non-zero and never show a traceback. Multi-article behaviour
(partial failure, --out resume, interrupts) runs in-process with click's
CliRunner and a fake `summariser.pipeline.asummarise_as_built`.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from summariser.cli import main
from summariser.cli.summarise import FORMATS
from summariser.options import MODES, STRATEGIES
from summariser.errors import ExtractionError, ModelError
from summariser.schema import ArticleSummary

ROOT = Path(__file__).parents[2]
EXAMPLE_TXT = ROOT / "examples" / "article.txt"
EXAMPLE_HTML = ROOT / "examples" / "article.html"


# -- subprocess helpers ---------------------------------------------------------


def cli_env(**extra: str) -> dict[str, str]:
    """The environment without API keys or a default model; downloads go nowhere."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and k != "SUMMARISER_MODEL"}
    dead = "http://127.0.0.1:9"  # any accidental download fails fast instead of leaving the machine
    env.update(HTTP_PROXY=dead, HTTPS_PROXY=dead, ALL_PROXY=dead, NO_PROXY="127.0.0.1,localhost")
    env.update(LITELLM_LOCAL_MODEL_COST_MAP="True", **extra)
    return env


def run_cli(*args: str | Path, stdin: bytes = b"", env: dict | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "summariser.cli", "summarise", *map(str, args)]
    return subprocess.run(command, input=stdin, capture_output=True, env=env or cli_env(), cwd=ROOT, timeout=300)


def one_error_line(result: subprocess.CompletedProcess | Result, code: int | None = None) -> str:
    """The single stderr line of a failed run, after checking the contract."""
    stderr = result.stderr if isinstance(result.stderr, str) else result.stderr.decode()
    returncode = getattr(result, "returncode", getattr(result, "exit_code", None))
    assert "Traceback" not in stderr
    assert len(stderr.splitlines()) == 1, stderr
    assert stderr.startswith("summariser: error: "), stderr
    assert returncode != 0
    if code is not None:
        assert returncode == code, stderr
    return stderr.strip()


# -- input and usage errors (subprocess) ------------------------------------------

INPUT_CASES = {
    "empty": (b"", "is empty"),
    "whitespace": (b"  \n\t \r\n", "is empty"),
    "binary": (b"\x7fELF\x02\x01\x01\x00\x00\x00", "is not UTF-8 text (binary or another encoding)"),
    "latin-1": ("Gen\u00e8ve talks".encode("latin-1"), "is not UTF-8 text (binary or another encoding)"),
}


@pytest.mark.parametrize("case", INPUT_CASES)
def test_unusable_file(tmp_path: Path, case: str) -> None:
    data, expected = INPUT_CASES[case]
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert one_error_line(run_cli(path), code=2) == f"summariser: error: {path} {expected}"


def test_missing_file(tmp_path: Path) -> None:
    assert one_error_line(run_cli(tmp_path / "nope.txt"), 2) == f"summariser: error: no such file: {tmp_path}/nope.txt"


def test_directory(tmp_path: Path) -> None:
    assert "is a directory" in one_error_line(run_cli(tmp_path), 2)


def test_empty_stdin() -> None:
    assert one_error_line(run_cli("-", stdin=b"\n"), 2) == "summariser: error: stdin is empty"


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><script>track()</script></head><body></body></html>")
    assert "no article text" in one_error_line(run_cli(path), 2)


def test_too_large() -> None:
    assert "input limit" in one_error_line(run_cli(EXAMPLE_TXT, "--max-bytes", "100"), 2)


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--published", "14/03/2024", EXAMPLE_TXT], "'14/03/2024' is not an ISO date"),
        (["--published", "2024-02-30", EXAMPLE_TXT], "is not an ISO date"),
        (["--format", "xml", EXAMPLE_TXT], "Invalid value for '--format'"),
        (["--mode", "telepathy", EXAMPLE_TXT], "Invalid value for '--mode'"),
        (["--temperature", "9", EXAMPLE_TXT], "Invalid value for '--temperature'"),
        (["--no-such-flag", EXAMPLE_TXT], "No such option"),
        ([], "Missing argument 'PATH...'"),
    ],
    ids=["published", "published-day", "format", "mode", "temperature", "flag", "no-path"],
)
def test_usage_error(args: list, expected: str) -> None:
    line = one_error_line(run_cli(*args), code=2)
    assert expected in line and "summariser summarise --help" in line


def test_unwritable_out(tmp_path: Path) -> None:
    assert "cannot write" in one_error_line(run_cli(EXAMPLE_TXT, "--out", tmp_path), 2)


def test_closed_pipe_is_not_an_error() -> None:
    """`summariser ... | head`: once the reader has gone, stop quietly."""
    command = [sys.executable, "-m", "summariser.cli", "schema"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env())
    process.stdout.close()  # the only reader is gone before the first write
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1 and stderr == ""


def test_help_is_fast_and_loads_no_model_code() -> None:
    code = (
        "import sys\nfrom summariser.cli import main\n"
        "try:\n    main(['summarise', '--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = {'litellm', 'instructor', 'rich', 'trafilatura', 'summariser.pipeline'}\n"
        "print(sorted(heavy & set(sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "--published DATE" in result.stdout
    assert result.stderr.strip() == "[]"


def test_choices_match_the_modules_that_own_them() -> None:
    from summariser import rendering
    from summariser.backends import llm
    from summariser.strategies import REGISTRY

    assert FORMATS == rendering.FORMATS
    assert set(MODES) == set(llm.MODES)
    assert STRATEGIES == tuple(REGISTRY)


# -- model-side errors (subprocess, real pipeline) ----------------------------------


def test_unreachable_server() -> None:
    env = cli_env(OPENAI_API_KEY="sk-test")
    result = run_cli(EXAMPLE_TXT, "--model", "openai/x", "--api-base", "http://127.0.0.1:9", "--max-retries", "0", env=env)
    assert "openai/x" in one_error_line(result, code=3)


def test_unknown_model() -> None:
    assert "unknown model" in one_error_line(run_cli(EXAMPLE_TXT, "--model", "nosuchprovider/x"), code=3)


def test_missing_api_key() -> None:
    assert "openai/gpt-4o-mini" in one_error_line(run_cli(EXAMPLE_TXT, "--model", "openai/gpt-4o-mini"), code=3)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A port that accepts connections (the kernel's backlog) but never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield f"http://127.0.0.1:{server.getsockname()[1]}/v1"


def test_timeout(silent_server: str) -> None:
    env = cli_env(OPENAI_API_KEY="sk-test")
    args = ("--model", "openai/x", "--api-base", silent_server, "--timeout", "1", "--max-retries", "0")
    line = one_error_line(run_cli(EXAMPLE_TXT, *args, env=env), code=3)
    assert "in time" in line


def test_summary_from_a_stub_server_end_to_end(stub) -> None:
    env = cli_env(OPENAI_API_KEY="sk-test")
    result = run_cli(EXAMPLE_HTML, "--model", "openai/stub", "--api-base", stub.api_base, "--strategy", "free", env=env)
    assert result.returncode == 0, result.stderr.decode()
    summary = ArticleSummary.model_validate_json(result.stdout.decode().strip())
    assert summary.headline
    assert "2024-03-14" in json.dumps(stub.requests[0].body)  # the page's date reached the prompt
    assert stub.others == []  # no image, iframe or script of the page was fetched


def test_a_prompt_variant_reaches_the_model_end_to_end(stub, tmp_path: Path) -> None:
    from summariser import prompting

    variant = tmp_path / "variant"
    variant.mkdir()
    system = prompting.DEFAULT.source("system.jinja").replace("You turn", "VARIANT MARKER. You turn")
    (variant / "system.jinja").write_text(system, encoding="utf-8")
    args = ("--model", "openai/stub", "--api-base", stub.api_base, "--strategy", "free")
    env = cli_env(OPENAI_API_KEY="sk-test")
    assert run_cli(EXAMPLE_TXT, *args, "--prompts", variant, env=env).returncode == 0
    assert run_cli(EXAMPLE_TXT, *args, env=env).returncode == 0
    first, second = (r.body["messages"][0]["content"] for r in stub.requests)
    assert first.startswith("VARIANT MARKER. You turn") and first.replace("VARIANT MARKER. ", "") == second


# -- in-process runs with a fake pipeline ------------------------------------------


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Replace the pipeline; the article text scripts what the fake does."""
    import summariser.pipeline

    seen: list[dict] = []

    async def asummarise(text: str, model: str | None = None, published: str | None = None, **options):
        seen.append({"text": text, "model": model, "published": published, **options})
        if "MODEL-DOWN" in text:
            raise ModelError("openai/x: cannot reach the model server")
        if "NO-ANSWER" in text:
            raise ExtractionError("the model gave no valid summary")
        if "CTRL-C" in text:
            raise KeyboardInterrupt
        if "BUG" in text:
            raise RuntimeError("boom\nsecond line")
        first = text.strip().splitlines()[0]
        return ArticleSummary(headline=first[:120], summary=f"About: {first}")

    monkeypatch.setattr(summariser.pipeline, "asummarise_as_built", asummarise)
    return seen


def invoke(*args: str | Path, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["summarise", *map(str, args)], input=stdin)


def articles(tmp_path: Path, *texts: str) -> list[Path]:
    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"a{i}.txt")
        paths[-1].write_text(text + "\n")
    return paths


def headlines(stdout: str) -> list[str]:
    return [ArticleSummary.model_validate_json(line).headline for line in stdout.splitlines()]


def test_default_call_leaves_choices_to_the_pipeline(calls: list[dict]) -> None:
    result = invoke(EXAMPLE_TXT)
    assert result.exit_code == 0 and result.stderr == ""
    assert calls == [{"text": EXAMPLE_TXT.read_text(), "model": None, "published": None}]
    assert headlines(result.stdout) == [EXAMPLE_TXT.read_text().splitlines()[0]]


def test_every_option_reaches_the_pipeline(calls: list[dict]) -> None:
    invoke(
        EXAMPLE_TXT, "--model", "openai/m", "--api-base", "http://127.0.0.1:1/v1", "--mode", "json",
        "--strategy", "grounded", "--published", "20240314", "--max-retries", "0", "--temperature", "0.5",
        "--seed", "7", "--max-tokens", "900", "--timeout", "2.5",
    )
    assert calls[0] | {"text": None} == {
        "text": None, "model": "openai/m", "published": "2024-03-14", "api_base": "http://127.0.0.1:1/v1",
        "mode": "json", "strategy": "grounded", "max_retries": 0, "temperature": 0.5, "seed": 7,
        "max_tokens": 900, "timeout": 2.5,
    }


def test_html_date_is_used_unless_published_is_given(calls: list[dict]) -> None:
    invoke(EXAMPLE_HTML)
    invoke(EXAMPLE_HTML, "--published", "2024-03-15")
    assert [c["published"] for c in calls] == ["2024-03-14", "2024-03-15"]
    assert calls[0]["text"] == EXAMPLE_TXT.read_text().strip()


def test_stdin(calls: list[dict]) -> None:
    result = invoke("-", stdin="Piped article.\n")
    assert result.exit_code == 0 and headlines(result.stdout) == ["Piped article."]


@pytest.mark.parametrize("fmt, marker", [("markdown", "## Actors"), ("pretty", "Actors")])
def test_human_formats(calls: list[dict], fmt: str, marker: str) -> None:
    result = invoke(EXAMPLE_TXT, "--format", fmt)
    assert result.exit_code == 0 and marker in result.stdout and "Ardenia and Velmora" in result.stdout


def test_a_failing_article_does_not_stop_the_others(tmp_path: Path, calls: list[dict]) -> None:
    paths = articles(tmp_path, "First.", "MODEL-DOWN", "Third.")
    result = invoke(*paths)
    assert headlines(result.stdout) == ["First.", "Third."]
    assert one_error_line(result, code=3) == f"summariser: error: {paths[1]}: openai/x: cannot reach the model server"


def test_unreadable_inputs_among_several(tmp_path: Path, calls: list[dict]) -> None:
    ok, missing = articles(tmp_path, "Fine.")[0], tmp_path / "missing.txt"
    result = invoke(missing, ok)
    assert headlines(result.stdout) == ["Fine."] and len(calls) == 1
    assert one_error_line(result, code=2) == f"summariser: error: no such file: {missing}"


def test_mixed_failures_exit_1(tmp_path: Path, calls: list[dict]) -> None:
    result = invoke(tmp_path / "missing.txt", *articles(tmp_path, "NO-ANSWER", "Fine."))
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 2
    assert headlines(result.stdout) == ["Fine."]


def test_bug_in_the_pipeline_is_one_line(tmp_path: Path, calls: list[dict]) -> None:
    result = invoke(*articles(tmp_path, "BUG"))
    assert one_error_line(result, code=1) == "summariser: error: internal error: RuntimeError: boom"


def test_verbose_shows_the_traceback(tmp_path: Path, calls: list[dict]) -> None:
    result = invoke(*articles(tmp_path, "BUG"), "--verbose")
    assert result.exit_code == 1 and "Traceback" in result.stderr and "RuntimeError: boom" in result.stderr
    assert result.stderr.splitlines()[-1] == "summariser: error: internal error: RuntimeError: boom"


def test_logging_is_restored_after_a_run(calls: list[dict]) -> None:
    before = logging.root.manager.disable
    invoke(EXAMPLE_TXT)
    assert logging.root.manager.disable == before


# -- --out: written as each finishes, resumed on rerun -----------------------------


def test_out_writes_results_and_their_inputs(tmp_path: Path, calls: list[dict]) -> None:
    paths, out = articles(tmp_path, "One.", "MODEL-DOWN", "Three."), tmp_path / "out.jsonl"
    result = invoke(*paths, "--out", out)
    assert result.exit_code == 3 and result.stdout == ""
    assert headlines(out.read_text()) == ["One.", "Three."]
    assert (tmp_path / "out.jsonl.done").read_text().splitlines() == [str(paths[0]), str(paths[2])]


def test_rerun_skips_finished_articles(tmp_path: Path, calls: list[dict]) -> None:
    paths, out = articles(tmp_path, "One.", "Two."), tmp_path / "out.jsonl"
    invoke(*paths, "--out", out)
    calls.clear()
    (tmp_path / "more").mkdir()
    (new,) = articles(tmp_path / "more", "Three.")  # a new file joins the batch
    result = invoke(*paths, new, "--out", out)
    assert [c["text"] for c in calls] == ["Three.\n"]
    assert result.stderr == f"summariser: skipping 2 article(s) listed in {out}.done\n"
    assert headlines(out.read_text()) == ["One.", "Two.", "Three."]


def test_interrupted_run_resumes_where_it_stopped(tmp_path: Path, calls: list[dict]) -> None:
    paths, out = articles(tmp_path, "One.", "CTRL-C", "Three."), tmp_path / "out.jsonl"
    result = invoke(*paths, "--out", out)
    assert one_error_line(result, code=130) == (
        "summariser: error: interrupted after 1 of 3 articles; rerun with the same --out to resume"
    )
    assert headlines(out.read_text()) == ["One."]
    paths[1].write_text("Two.\n")
    calls.clear()
    assert invoke(*paths, "--out", out).exit_code == 0
    assert [c["text"] for c in calls] == ["Two.\n", "Three.\n"]
    assert headlines(out.read_text()) == ["One.", "Two.", "Three."]
    assert (tmp_path / "out.jsonl.done").read_text().splitlines() == [str(p) for p in paths]


# -- defects found when tried as a new user would ------------------------------------


def test_api_base_with_the_embedded_model_is_an_error_not_ignored(tmp_path: Path) -> None:
    result = run_cli(EXAMPLE_TXT, "--api-base", "http://127.0.0.1:8080/v1")
    assert one_error_line(result, code=2) == (
        "summariser: error: --api-base does not apply to 'local', which runs in this process; "
        "give the server's model too, e.g. --model openai/any --api-base URL"
    )


def test_the_rules_model_refuses_options_that_need_a_model() -> None:
    result = invoke(EXAMPLE_TXT, "--model", "baseline", "--strategy", "free")
    assert result.exit_code == 2
    assert "takes no strategy, mode, fallback or prompts" in result.stderr


def test_each_line_of_a_multi_file_out_names_its_input(calls: list[dict], tmp_path: Path) -> None:
    paths = articles(tmp_path, "First article.", "Second article.")
    out = tmp_path / "out.jsonl"
    assert invoke(*paths, "--out", out).exit_code == 0
    lines = [ArticleSummary.model_validate_json(line) for line in out.read_text().splitlines()]
    assert [line.input for line in lines] == [str(p) for p in paths]


def test_uv_compiles_bytecode_once_at_install_not_on_every_run() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "compile-bytecode" not in config["tool"]["uv"]  # uv run would compile (and say so) every time
    assert "--compile-bytecode" in (ROOT / "scripts" / "test").read_text()
    assert "uv sync --frozen --compile-bytecode" in (ROOT / "README.md").read_text()


def test_a_summary_without_a_model_is_instant_and_offline() -> None:
    result = run_cli(EXAMPLE_TXT, "--model", "baseline")
    assert result.returncode == 0, result.stderr
    summary = ArticleSummary.model_validate_json(result.stdout)
    assert summary.usage.model == "baseline" and summary.usage.calls == 0
    assert summary.headline == EXAMPLE_TXT.read_text().splitlines()[0]  # the article's own headline line
