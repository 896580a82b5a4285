"""Several servers of one model: every article done when one dies, a bound on each respected."""

from __future__ import annotations

import threading
import time

import duckdb
import pytest

from summariser.cli import main
from summariser.testing.stub_server import Reply

N = 12


@pytest.fixture
def archive(tmp_path, fixtures):
    import json

    path = tmp_path / "archive.jsonl"
    path.write_text("".join(json.dumps({"id": f.id, "text": f.text}) + "\n" for f in fixtures[:N]), encoding="utf-8")
    return path


@pytest.fixture
def waits(monkeypatch) -> list[float]:
    """Waits asked for, recorded instead of slept."""
    from summariser.backends import retries

    asked: list[float] = []

    async def pause(seconds: float) -> None:
        asked.append(round(seconds, 3))

    monkeypatch.setattr(retries, "pause", pause)
    return asked


def batch(archive, out, *servers, extra=()) -> int:
    bases = [arg for stub in servers for arg in ("--api-base", stub.api_base)]
    args = ["batch", str(archive), "--out", str(out), "-m", "openai/stub", "--strategy", "free", *bases, *extra]
    return main(args, standalone_mode=False)


def outcomes(out) -> dict[str, str | None]:
    return dict(duckdb.sql(f"SELECT article_id, error FROM '{out}/articles/*.parquet'").fetchall())


def test_when_one_server_dies_mid_run_every_article_is_still_done(tmp_path, archive, make_stub, capsys):
    alive, dying = make_stub(), make_stub()
    received = iter(range(10**6))
    answers: list[int] = []  # what the dying server answered, those that came in while it was stopping included

    def answer_then_die(request):
        if next(received) == 3:  # the fourth request: stop the server from another thread, leave this one unanswered
            threading.Thread(target=dying.stop).start()
            return Reply(drop=True)
        answers.append(1)
        return Reply()

    dying.always(answer_then_die)
    assert batch(archive, tmp_path / "out", alive, dying, extra=("-j", "4", "--timeout", "1")) == 0, capsys.readouterr().err
    assert outcomes(tmp_path / "out") == {f: None for f in outcomes(tmp_path / "out")} and len(outcomes(tmp_path / "out")) == N
    # it died mid-run, and the live server took every article the dying one did not answer
    assert dying.count >= 4 and alive.count >= N - len(answers)


def test_no_server_ever_has_more_requests_in_flight_than_its_bound(tmp_path, archive, make_stub, capsys):
    lock = threading.Lock()
    in_flight: dict[str, int] = {}
    peak: dict[str, int] = {}

    def slow(name):
        def answer(request):
            with lock:
                in_flight[name] = in_flight.get(name, 0) + 1
                peak[name] = max(peak.get(name, 0), in_flight[name])
            time.sleep(0.05)  # long enough for the other articles' requests to arrive meanwhile
            with lock:
                in_flight[name] -= 1
            return Reply()
        return answer

    first, second = make_stub(), make_stub()
    first.always(slow("first"))
    second.always(slow("second"))
    code = batch(archive, tmp_path / "out", first, second, extra=("-j", "8", "--per-endpoint", "2"))
    assert code == 0, capsys.readouterr().err
    assert peak == {"first": 2, "second": 2}  # the bound held, and was reached on both
    assert first.count + second.count == N


def test_when_every_server_fails_the_article_fails_in_one_line(tmp_path, archive, make_stub, waits, capsys):
    broken = [make_stub(Reply.error(503)), make_stub(Reply.error(503))]
    assert batch(archive, tmp_path / "out", *broken, extra=("-j", "2", "--max-retries", "0")) == 1
    errors = set(outcomes(tmp_path / "out").values())
    assert errors == {"openai/stub: the model server failed at any of 2 servers: stub error"}
    assert all(stub.count == N * 2 for stub in broken)  # each request: once on each server, then 2 retries
    assert waits  # the retries after both were set aside waited (recorded here, not slept)
