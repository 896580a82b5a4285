"""Archives written from the repo's fixtures, and the tables of a run read back (used by tests/batch)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from summariser.batch.tables import TABLES

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
