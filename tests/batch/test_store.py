"""The store commits whole parts and recovers from a kill at any point of a commit."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from summariser.batch.inputs import Item
from summariser.batch.store import MANIFEST, Store
from summariser.batch.tables import TABLES, Made, outcome
from summariser.errors import InputError
from summariser.pipeline import summarise

MADE = Made("baseline", "rules", None, "test")
TEXT = "Ardenia and Velmora signed a water-sharing accord in Geneva on Monday, officials said."


def done(article_id: str, ok: bool = True):
    summary = summarise(TEXT, model="baseline") if ok else None
    return outcome(Item(article_id, TEXT), None, MADE, summary, None if ok else "the model failed")


def article_ids(out) -> list[str]:
    return sorted(pq.read_table(out / "articles")["article_id"].to_pylist())


def test_a_part_is_committed_every_n_articles_and_on_close(tmp_path):
    store = Store(tmp_path, flush_articles=2)
    for i in "abc":
        store.add(done(i))
    assert len(list((tmp_path / "articles").glob("part-*.parquet"))) == 1  # a and b; c is buffered
    store.close()
    assert article_ids(tmp_path) == ["a", "b", "c"]
    assert all(len(list((tmp_path / name).glob("part-*.parquet"))) == 2 for name in TABLES)
    events = pq.read_table(tmp_path / "events").to_pylist()
    assert events and {e["article_id"] for e in events} == {"a", "b", "c"}
    assert all(TEXT[e["evidence_start"]:e["evidence_end"]] == e["evidence"] for e in events)


def test_a_reopened_store_knows_what_is_done_and_skips_repeats(tmp_path):
    store = Store(tmp_path)
    store.add(done("a"))
    store.add(done("b", ok=False))
    store.add(done("a"))  # the same id again in the same run
    store.close()
    again = Store(tmp_path)
    assert again.has("a") and again.has("b") and again.failed_ids() == ["b"]
    again.add(done("a"))
    again.close()
    assert store.counts.duplicates == 1 and again.counts.duplicates == 1
    assert article_ids(tmp_path) == ["a", "b"]


def test_parts_the_manifest_does_not_list_and_temporary_files_are_removed(tmp_path):
    store = Store(tmp_path)
    store.add(done("a"))
    store.close()
    # as if killed after renaming part 2 into place but before its manifest line, and mid-write of part 3
    for name in TABLES:
        part = tmp_path / name / "part-000001.parquet"
        (tmp_path / name / "part-000002.parquet").write_bytes(part.read_bytes())
        (tmp_path / name / ".part-000003.parquet.tmp").write_bytes(b"PAR1 cut")
    with open(tmp_path / MANIFEST, "ab") as manifest:
        manifest.write(b'{"op": "part", "part": 2, "ok": ["a"')  # a line cut by the kill
    store = Store(tmp_path)
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["part-000001.parquet"]
    store.add(done("b"))
    store.close()
    assert article_ids(tmp_path) == ["a", "b"]
    assert [json.loads(line)["part"] for line in (tmp_path / MANIFEST).read_text().splitlines()] == [1, 2]


def test_forgetting_failures_removes_their_rows_and_finishes_after_a_kill(tmp_path):
    store = Store(tmp_path)
    for i, ok in (("a", True), ("b", False), ("c", False)):
        store.add(done(i, ok))
    store.close()
    # as if killed just after the forget line was written: the next start finishes the job
    with open(tmp_path / MANIFEST, "ab") as manifest:
        manifest.write(json.dumps({"op": "forget", "ids": ["b", "c"], "parts": [1]}).encode() + b"\n")
    store = Store(tmp_path)
    assert article_ids(tmp_path) == ["a"] and not store.has("b")
    assert store.forget_failed() == 0
    store.add(done("b"))
    store.close()
    assert article_ids(tmp_path) == ["a", "b"]


def test_a_rerun_with_other_settings_is_refused(tmp_path):
    Store(tmp_path).check_run({"model": "baseline"})
    Store(tmp_path).check_run({"model": "baseline"})
    with pytest.raises(InputError, match="made with another model: give another --out"):
        Store(tmp_path).check_run({"model": "openai/gpt-4o-mini"})
