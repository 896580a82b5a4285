"""Shared fixtures. Each section names who uses it; add yours below, keep the others'."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

import json
from pathlib import Path

import pyarrow.parquet as pq

from summariser.batch.tables import TABLES
from summariser.evals.fixtures import Fixture
from summariser.evals.predictors import Predictor, make_factory
from summariser.schema import ArticleSummary, Usage
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


class CountingModel:
    """A fake language model: answers with the labels, counts calls, fails or stops on demand."""

    def __init__(self, name: str = "fake/model", fail_on: set[str] = frozenset(), interrupt_after: int | None = None,
                 fingerprint: dict | None = None, delay: float = 0.0):
        self.name, self.fail_on, self.interrupt_after = name, set(fail_on), interrupt_after
        self.fingerprint = fingerprint or {"model": name, "prompt_version": "test"}
        self.delay = delay
        self.calls: list[str] = []
        self.in_flight = self.max_in_flight = 0

    async def predict(self, fixture: Fixture) -> ArticleSummary:
        import asyncio

        from summariser.errors import ExtractionError

        if self.interrupt_after is not None and len(self.calls) >= self.interrupt_after:
            raise KeyboardInterrupt
        self.calls.append(fixture.id)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
        finally:
            self.in_flight -= 1
        if fixture.id in self.fail_on:
            raise ExtractionError(f"no valid summary for {fixture.id}")
        usage = Usage(model=self.name, prompt_tokens=100, completion_tokens=50, latency_s=0.5, calls=1, cost_usd=0.001)
        return fixture.expected.model_copy(update={"usage": usage})

    def factory(self):
        default = make_factory()

        def make(name: str) -> Predictor:
            if name == self.name:
                return Predictor(self.name, self.predict, dict(self.fingerprint), cached=True)
            return default(name)

        return make


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
VOLATILE = {"articles": ("latency_s",)}


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
