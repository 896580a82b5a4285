"""An API key never reaches logs, results, cache files, reports or error messages; the cache is private.

A canary key is planted in the environment; the stub server echoes it back in
its error bodies (as a careless proxy would), and every file a run wrote is searched.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import uuid
from pathlib import Path

import pytest

from summariser.testing.stub_server import Reply, article_of
from summariser import pipeline
from summariser.cli import main
from summariser.errors import ModelError

# Articles holding one of these get errors that echo the key: two of the tests' own, two fixtures.
FAILING = ("Vidal", "TRIPOLI, Feb 12", "MANILA, Feb 6")


@pytest.fixture
def canary(monkeypatch) -> str:
    key = f"sk-canary-{uuid.uuid4().hex}"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    return key


def echo_key(request) -> Reply:
    """Errors that carry the key for articles holding one of FAILING; the default answer for the others."""
    if not any(marker in article_of(request.body) for marker in FAILING):
        return Reply()
    return Reply.error(500, f"upstream said no to {request.headers.get('authorization')}")


def leaks(key: str, root: Path, *outputs: str) -> list[str]:
    """Where ``key`` (or its random part) occurs: files under ``root``, then the outputs."""
    needles = (key, key.removeprefix("sk-canary-"))
    found = [str(p) for p in root.rglob("*") if p.is_file() and any(n.encode() in p.read_bytes() for n in needles)]
    return found + [f"output {i}" for i, text in enumerate(outputs) if any(n in text for n in needles)]


def written_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def write_articles(folder: Path) -> list[str]:
    folder.mkdir()
    ok = folder / "ok.txt"
    ok.write_text("Foreign Minister Ana Ruiz met her counterpart in Geneva on Monday. Talks resumed.")
    bad = folder / "bad.txt"
    bad.write_text("Tomás Vidal rejected Chile's proposal for a joint patrol on Tuesday.")
    return [str(ok), str(bad)]


def test_summarise_run_writes_no_key_anywhere(tmp_path, stub, canary, capsys):
    stub.always(echo_key)
    paths = write_articles(tmp_path / "in")
    out = tmp_path / "out" / "results.jsonl"
    out.parent.mkdir()
    code = main(["summarise", *paths, "-m", "openai/stub", "--api-base", stub.api_base, "--strategy", "free",
                 "--out", str(out)], standalone_mode=False)
    captured = capsys.readouterr()
    assert code == 3 and "upstream said no to Bearer ***" in captured.err  # the failure is reported, redacted
    assert stub.requests[0].headers["authorization"] == f"Bearer {canary}"  # the key was really used
    assert out.exists() and len(out.read_text().splitlines()) == 1
    assert leaks(canary, tmp_path, captured.out, captured.err) == []


def test_eval_run_writes_no_key_in_results_cache_or_reports(tmp_path, stub, canary, capsys):
    stub.always(echo_key)
    run, cache = tmp_path / "run", tmp_path / "cache"
    code = main(["eval", "-m", "openai/stub", "--api-base", stub.api_base, "--limit", "6", "--out", str(run),
                 "--cache-dir", str(cache), "--json"], standalone_mode=False)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    results = [json.loads(line) for line in (run / "results.jsonl").read_text().splitlines()]
    failed = [r for r in results if not r["ok"]]
    assert len(failed) == 2 and all("***" in r["error"] for r in failed)  # the echoed key was redacted
    assert any(p.suffix == ".json" for p in written_files(cache)) and len(written_files(run)) >= 2
    assert leaks(canary, tmp_path, captured.out, captured.err) == []


def test_library_errors_and_logs_carry_no_key(tmp_path, stub, canary):
    stub.always(echo_key)
    log_file = tmp_path / "debug.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # an application that logs everything
    try:
        with pytest.raises(ModelError) as info:
            pipeline.summarise("Tomás Vidal rejected the plan on Tuesday.", model="openai/stub",
                               api_base=stub.api_base, strategy="free")
        pipeline.summarise("Ana Ruiz met her counterpart on Monday.", model="openai/stub",
                           api_base=stub.api_base, strategy="free")
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
        handler.close()
    assert "Bearer ***" in str(info.value)
    assert log_file.stat().st_size > 0  # something was logged, so the search means something
    assert leaks(canary, tmp_path, str(info.value)) == []


def test_verbose_tracebacks_carry_no_key(tmp_path, stub, canary, capsys):
    stub.always(echo_key)
    paths = write_articles(tmp_path / "in")
    main(["summarise", paths[1], "-m", "openai/stub", "--api-base", stub.api_base, "--strategy", "free", "-v"],
         standalone_mode=False)
    captured = capsys.readouterr()
    assert "Traceback" in captured.err
    assert leaks(canary, tmp_path, captured.out, captured.err) == []


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_the_cache_folder_is_private_to_the_user(tmp_path, stub):
    cache = tmp_path / "cache" / "summariser"  # a parent that does not exist yet, as ~/.cache may not
    previous = os.umask(0o022)
    try:
        code = main(["eval", "-m", "openai/stub", "--api-base", stub.api_base, "--limit", "2",
                     "--out", str(tmp_path / "run"), "--cache-dir", str(cache), "--json"], standalone_mode=False)
    finally:
        os.umask(previous)
    assert code == 0
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    entries = list(cache.rglob("*"))
    assert any(p.is_file() for p in entries)
    assert all(private(p) for p in entries), [oct(p.stat().st_mode) for p in entries if not private(p)]
