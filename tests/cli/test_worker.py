"""The warm worker changes nothing a user sees: the same output, reports and exit codes as a cold
command, byte for byte but for the figures that are the run's own (latencies, timestamps, the
run folder's name). It is private to the user and used only when asked for."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from summariser import worker

CLI = str(Path(sys.executable).parent / "summariser")
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "article.txt"
RUN_SPECIFIC = {"latency_s", "queue_s", "elapsed_s", "finished_at", "out"}
"""Keys whose values are the run's own: how long it took, when, and where its folder is."""


def _env(runtime: Path, on: bool) -> dict:
    return os.environ | {"XDG_RUNTIME_DIR": str(runtime), "SUMMARISER_WORKER": "1" if on else "0",
                         "SUMMARISER_CACHE_DIR": str(runtime / "cache")}


def _run(args: list, env: dict, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *map(str, args)], env=env, cwd=cwd, input=stdin, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """A worker of this code, in a runtime folder of the test's own; stopped afterwards."""
    runtime = tmp_path_factory.mktemp("runtime")
    env = _env(runtime, on=True)
    started = _run(["worker", "start"], env, runtime)
    assert started.returncode == 0, started.stderr
    yield runtime
    stopped = _run(["worker", "stop"], env, runtime)
    assert "worker stopped" in stopped.stdout
    assert _run(["worker", "status"], env, runtime).returncode == 1


def _pid_served(env: dict, runtime: Path) -> int:
    out = _run(["worker", "status"], env, runtime)
    assert out.returncode == 0, out.stdout
    return int(out.stdout.split("pid ")[1].split(",")[0])


def _without_run_specific(value):
    if isinstance(value, dict):
        return {k: _without_run_specific(v) for k, v in value.items() if k not in RUN_SPECIFIC}
    if isinstance(value, list):
        return [_without_run_specific(v) for v in value]
    return value


def test_the_worker_is_private_to_the_user(warm):
    path = Path(_run(["worker", "status"], _env(warm, True), warm).stdout.split("socket ")[1].strip())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_ISSOCK(path.stat().st_mode)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700 and path.parent.stat().st_uid == os.getuid()


def test_summaries_are_the_same_with_and_without_the_worker(warm, tmp_path):
    args = ["summarise", EXAMPLE, "--model", "baseline"]
    cold, hot = _run(args, _env(warm, False), tmp_path), _run(args, _env(warm, True), tmp_path)
    assert hot.returncode == cold.returncode == 0, hot.stderr
    assert _without_run_specific(json.loads(hot.stdout)) == _without_run_specific(json.loads(cold.stdout))
    assert hot.stderr == cold.stderr == ""
    for fmt in ("markdown", "pretty"):  # the same bytes but for the seconds it took
        hot, cold = (_run([*args, "--format", fmt], _env(warm, on), tmp_path).stdout for on in (True, False))
        assert _without_seconds(hot) == _without_seconds(cold)


def _without_seconds(text: str) -> str:
    import re

    return re.sub(r"\d+\.\d+ s\b", "N s", text)


def test_the_command_runs_in_the_worker_with_its_own_stdin_and_folder(warm, tmp_path):
    (tmp_path / "a.txt").write_text(EXAMPLE.read_text())
    text = "Lena Korvash said on Monday that Ardenia would reopen the crossings."
    piped = _run(["summarise", "-", "--model", "baseline", "--format", "json"], _env(warm, True), tmp_path, text)
    assert piped.returncode == 0 and json.loads(piped.stdout)["input"] == "-"
    relative = _run(["summarise", "a.txt", "--model", "baseline"], _env(warm, True), tmp_path)
    assert relative.returncode == 0 and json.loads(relative.stdout)["input"] == "a.txt"


def test_errors_and_exit_codes_are_the_same(warm, tmp_path):
    for args in (["summarise", "missing.txt"], ["eval"], ["summarise", EXAMPLE, "--temperature", "9"]):
        cold, hot = _run(args, _env(warm, False), tmp_path), _run(args, _env(warm, True), tmp_path)
        assert (hot.returncode, hot.stdout, hot.stderr) == (cold.returncode, cold.stdout, cold.stderr)
        assert hot.returncode != 0


def test_eval_reports_are_the_same_with_and_without_the_worker(warm, tmp_path, few, write_fixture_files):
    folder = write_fixture_files(few)
    outputs = {}
    for name, on in (("cold", False), ("hot", True)):
        (tmp_path / name).mkdir()
        # gold and trivial take no measurable time, so even the latency columns are equal
        result = _run(["eval", "-m", "gold", "-m", "trivial", "--fixtures", folder, "--out", "run"],
                      _env(warm, on), tmp_path / name)
        assert result.returncode == 0, result.stderr
        outputs[name] = result
    assert outputs["hot"].stdout == outputs["cold"].stdout  # the leaderboard
    cold, hot = tmp_path / "cold" / "run", tmp_path / "hot" / "run"
    report = {p.parent.name: _without_run_specific(json.loads((p / "report.json").read_text())) for p in (cold, hot)}
    assert report["hot"] == report["cold"]
    assert (hot / "report.md").read_text() == (cold / "report.md").read_text()
    html = [(p / "report.html").read_text() for p in (cold, hot)]
    assert _without_generated(html[1]) == _without_generated(html[0])


def _without_generated(html: str) -> str:
    import re

    return re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", "TIME", html)  # when the report was made


def test_one_worker_serves_many_commands(warm, tmp_path):
    env = _env(warm, True)
    before = _pid_served(env, warm)
    assert _run(["summarise", EXAMPLE, "--model", "baseline"], env, tmp_path).returncode == 0
    assert _pid_served(env, warm) == before


def test_without_the_setting_no_worker_is_started(tmp_path):
    env = _env(tmp_path, on=False)
    assert _run(["summarise", EXAMPLE, "--model", "baseline"], env, tmp_path).returncode == 0
    assert not (tmp_path / f"summariser-{os.getuid()}").exists()


@pytest.mark.parametrize(("argv", "goes"), [
    (["summarise", "a.txt"], True),
    (["eval", "-m", "gold"], True),
    (["--help"], False),
    (["eval", "--help"], False),
    (["--version"], False),
    (["worker", "stop"], False),
    (["label", "a.txt"], False),
    ([], False),
])
def test_which_commands_go_through_the_worker(monkeypatch, argv, goes):
    monkeypatch.setenv("SUMMARISER_WORKER", "1")
    assert worker.wanted(argv) is goes
    monkeypatch.setenv("SUMMARISER_WORKER", "0")
    assert worker.wanted(argv) is False


def test_a_folder_others_could_enter_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    private = worker.folder()
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    private.chmod(0o755)
    with pytest.raises(PermissionError):
        worker.folder()
    assert worker.through_worker(["summarise", "x"]) is None  # so the command runs cold


def test_other_code_is_another_worker(monkeypatch, tmp_path):
    (tmp_path / "pkg").mkdir()
    module = tmp_path / "pkg" / "m.py"
    module.write_text("A = 1\n")
    monkeypatch.setattr(worker, "PACKAGE", tmp_path / "pkg")
    first = worker.revision()
    module.write_text("A = 22\n")
    assert worker.revision() != first
