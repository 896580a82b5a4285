"""`summariser label` as a user runs it: mistakes are one line before anything starts; a model's
proposals or failure; the server's address on stdout. The page itself: tests/labelling."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from summariser.testing.stub_server import Reply

ARTICLE = "Dockers in Valmont walked off the job on Monday.\n\nTransport Minister Eli Brandt urged talks.\n"


def env() -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and k != "SUMMARISER_MODEL"}
    dead = "http://127.0.0.1:9"  # any accidental download fails fast instead of leaving the machine
    return clean | {"HTTP_PROXY": dead, "HTTPS_PROXY": dead, "NO_PROXY": "127.0.0.1,localhost",
                    "LITELLM_LOCAL_MODEL_COST_MAP": "True"}


def label(*args: str | Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "summariser.cli", "label", *map(str, args), "--no-browser"]
    return subprocess.run(command, capture_output=True, text=True, env=env(), timeout=120)


def one_error_line(result: subprocess.CompletedProcess, code: int = 2) -> str:
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.returncode == code, result.stderr
    assert result.stderr.startswith("summariser: error: ")
    return result.stderr.strip().removeprefix("summariser: error: ")


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "Port Strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_missing_article_fails_before_anything_is_made(tmp_path, article):
    out, gone = tmp_path / "mine", tmp_path / "gone.txt"
    assert one_error_line(label(article, gone, "--out", out)) == f"no such file: {gone}"
    assert not out.exists()


def test_two_articles_that_would_share_a_fixture_id_are_refused(tmp_path, article):
    other = tmp_path / "b" / "port-strike.txt"
    other.parent.mkdir()
    other.write_text(ARTICLE + "More.\n", encoding="utf-8")
    message = one_error_line(label(article, other, "--out", tmp_path / "mine"))
    assert message == f"{article} and {other} would both be fixture 'port-strike': rename one"


@pytest.mark.parametrize(("args", "expected"), [
    (["-"], "label reads article files, not stdin: save the article to a file first"),
    (["--published", "May 6"], "Invalid value for '--published': 'May 6' is not an ISO date such as 2024-03-14"),
    (["--language", "English"], "Invalid value for '--language': 'English' is not a language code"),
    (["--origin", "mine"], "Invalid value for '--origin'"),
    (["--strategy", "free"], "'baseline' (rules alone) takes no strategy, mode, fallback or prompts"),
])
def test_usage_mistakes_are_one_line(tmp_path, article, args, expected):
    assert one_error_line(label(article, "--out", tmp_path / "mine", *args)).startswith(expected)


def test_an_out_that_is_a_file_is_refused(tmp_path, article):
    (tmp_path / "mine").write_text("not a folder")
    assert "is a file" in one_error_line(label(article, "--out", tmp_path / "mine"))


def test_work_on_another_text_is_refused_and_kept(tmp_path, article):
    work = tmp_path / "mine" / ".label" / "port-strike.json"
    work.parent.mkdir(parents=True)
    work.write_text(json.dumps({"id": "port-strike", "input": "x.txt", "text": "Another text.\n"}))
    message = one_error_line(label(article, "--out", tmp_path / "mine"))
    assert message == f"{work} holds work on another text of 'port-strike' than {article}; " \
                      "move it away or choose another --out"
    assert json.loads(work.read_text())["text"] == "Another text.\n"


def test_a_port_in_use_is_one_line(tmp_path, article):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        message = one_error_line(label(article, "--out", tmp_path / "mine", "--port", str(port)))
    assert message.startswith(f"cannot listen on 127.0.0.1:{port}: ")


def _serve(*args: str | Path) -> tuple[str, subprocess.Popen]:
    command = [sys.executable, "-m", "summariser.cli", "label", *map(str, args), "--no-browser"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    return process.stdout.readline(), process


def test_a_model_proposes_through_any_server_and_an_article_it_fails_is_left_to_label_by_hand(
        tmp_path, article, stub):
    other = tmp_path / "second.txt"
    other.write_text(ARTICLE.replace("Valmont", "Dorsk"), encoding="utf-8")
    stub.enqueue(Reply.error(400, "model not found"))  # the first article's one request; then valid answers
    line, process = _serve(article, other, "--out", tmp_path / "mine", "--model", "openai/stub",
                           "--api-base", stub.api_base, "--max-retries", "0")
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert re.fullmatch(r"Labelling 2 articles at http://127\.0\.0\.1:\d+/  \(Ctrl-C to stop; every change is kept "
                        rf"in {re.escape(str(tmp_path / 'mine' / '.label'))}\)\n", line)
    lines = stderr.splitlines()
    assert lines[0] == f"summariser: proposing 1 of 2: {article} (openai/stub)"
    assert lines[1].startswith(f"summariser: warning: {article}: no proposals: ")
    assert lines[2] == f"summariser: proposing 2 of 2: {other} (openai/stub)"
    assert process.returncode == 0 and "Traceback" not in stderr
    assert not (tmp_path / "mine" / ".label" / "port-strike.json").exists()  # tried again on the next run
    work = json.loads((tmp_path / "mine" / ".label" / "second.json").read_text())
    assert work["proposed_by"] == "openai/stub" and work["actors"]


def test_help_is_fast_and_loads_no_server_or_model_code():
    code = (
        "import sys\nfrom summariser.cli import main\n"
        "try:\n    main(['label', '--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = {'litellm', 'instructor', 'summariser.pipeline', 'summariser.labelling.server', 'http.server'}\n"
        "print(sorted(heavy & set(sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "--no-browser" in result.stdout and "--out DIR" in result.stdout
    assert result.stderr.strip() == "[]"
