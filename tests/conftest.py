"""Shared fixtures. Each section names who uses it; add yours below, keep the others'."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from summariser.batch.tables import TABLES
from summariser.evals.fixtures import Fixture
from summariser.testing.stub_server import Reply, StubServer

# -- the OpenAI-compatible stub server (summariser/testing/stub_server.py; used by tests/reliability) --


@pytest.fixture
def stub() -> Iterator[StubServer]:
    """A started stub server on loopback; script it with ``enqueue``/``always``."""
    with StubServer() as server:
        yield server


@pytest.fixture
def make_stub() -> Iterator[Callable[..., StubServer]]:
    """Start more stub servers (a fallback's, say); all are stopped after the test."""
    servers: list[StubServer] = []

    def make(default: Reply | None = None, latency: float = 0.0) -> StubServer:
        servers.append(StubServer(default, latency).start())
        return servers[-1]

    yield make
    for server in servers:
        server.stop()


# -- the repo's fixtures, and a fake model that counts its calls (used by tests/evals, rules, cli) --

REPO_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="session")
def fixtures() -> list[Fixture]:
    """The repo's fixtures, loaded once through the real loader."""
    from summariser.evals.fixtures import load_fixtures

    return load_fixtures(REPO_FIXTURES)


@pytest.fixture
def few(fixtures) -> list[Fixture]:
    return fixtures[:4]


@pytest.fixture
def write_fixture_files(tmp_path):
    """Write fixtures as one-object JSON files into a folder; returns the folder."""

    def write(items: list[Fixture], folder: str = "fx") -> Path:
        out = tmp_path / folder
        out.mkdir()
        for f in items:
            data = f.model_dump(mode="json", exclude_none=True)
            (out / f"{f.id}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        return out

    return write


# -- archives written from the repo's fixtures, and a batch run's tables read back (used by tests/batch) --

# what legitimately differs between two runs of the same articles: the time they took
VOLATILE = {"articles": ("latency_s", "queue_s")}


@pytest.fixture(scope="session")
def texts(fixtures) -> list[tuple[str, str, str | None]]:
    """(id, text, published) of the repo's fixtures."""
    return [(f.id, f.text, f.published) for f in fixtures]


@pytest.fixture
def jsonl(tmp_path, texts):
    """Write the first ``n`` fixtures (plus ``extra`` records) as a JSONL archive."""

    def write(n: int, extra: tuple[dict, ...] = (), name: str = "archive.jsonl") -> Path:
        path = tmp_path / name
        records = [{"id": i, "text": t, "published": p, "url": f"https://news.example/{i}"} for i, t, p in texts[:n]]
        with open(path, "w", encoding="utf-8") as out:
            for record in [*records, *extra]:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return path

    return write


@pytest.fixture
def tables():
    """Read every table of a run as sorted rows."""
    return read_tables


def read_tables(out: Path) -> dict[str, list[dict]]:
    """Every table of a run as sorted rows, without the columns that vary between runs."""
    result = {}
    for name in TABLES:
        data = pq.read_table(out / name).drop_columns(list(VOLATILE.get(name, ())))
        result[name] = sorted(data.to_pylist(), key=lambda row: json.dumps(row, sort_keys=True, default=str))
    return result
