"""Archives are read one article at a time, the same way whatever their format."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from summariser.batch.inputs import Archive
from summariser.errors import InputError


def test_a_folder_yields_its_text_and_html_files_in_order_with_their_paths_as_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.html").write_text("<html><body><p>Two.</p></body></html>")
    (tmp_path / "one.txt").write_text("One.")
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text("skipped")
    archive = Archive(str(tmp_path))
    items = list(archive)
    assert archive.kind == "folder" and archive.count() == 2
    assert [i.id for i in items] == ["one.txt", "b/two.html"]
    assert items[0].path == str(tmp_path / "one.txt") and items[0].text is None


def test_jsonl_and_parquet_give_the_same_items(tmp_path):
    records = [{"id": 7, "text": "Seven.", "published": "2024-05-02", "title": "T", "url": "https://x.example/7"},
               {"id": "b", "text": "Bee.", "published": None, "title": None, "url": None}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n\n")
    pq.write_table(pa.Table.from_pylist([r | {"id": str(r["id"])} for r in records]), tmp_path / "a.parquet")
    from_jsonl = list(Archive(str(tmp_path / "a.jsonl")))
    from_parquet = list(Archive(str(tmp_path / "a.parquet")))
    assert [i.id for i in from_jsonl] == ["7", "b"]
    strip = lambda items: [(i.id, i.text, i.published, i.title, i.url) for i in items]  # noqa: E731
    assert strip(from_jsonl) == strip(from_parquet)
    assert Archive(str(tmp_path / "a.jsonl")).count() == 3  # blank lines count: the ETA is an estimate


def test_parquet_dates_come_back_as_iso_text(tmp_path):
    import datetime

    table = pa.table({"id": ["a"], "text": ["A."], "published": pa.array([datetime.date(2024, 5, 2)], pa.date32())})
    pq.write_table(table, tmp_path / "d.parquet")
    assert next(iter(Archive(str(tmp_path / "d.parquet")))).published == "2024-05-02"


@pytest.mark.parametrize(("content", "message"), [
    ('{"text": "no id"}\n', "a.jsonl:1: the record has no 'id'"),
    ('{"id": "x", "text": "fine"}\nnot json\n', "a.jsonl:2: not a JSON object"),
    ("[1, 2]\n", "a.jsonl:1: not a JSON object"),
])
def test_a_bad_jsonl_record_is_named_by_its_line(tmp_path, content, message):
    (tmp_path / "a.jsonl").write_text(content)
    with pytest.raises(InputError, match=message.replace("'", ".")):
        list(Archive(str(tmp_path / "a.jsonl")))


def test_parquet_without_a_text_column_is_refused_before_any_article(tmp_path):
    pq.write_table(pa.table({"id": ["a"], "body": ["A."]}), tmp_path / "p.parquet")
    with pytest.raises(InputError, match="no column 'text' \\(it has id, body\\)"):
        list(Archive(str(tmp_path / "p.parquet")))


def test_inputs_of_no_known_kind_are_refused(tmp_path):
    (tmp_path / "a.csv").write_text("id,text\n")
    with pytest.raises(InputError, match="not a folder, a .jsonl or a .parquet file"):
        Archive(str(tmp_path / "a.csv"))
    with pytest.raises(InputError, match="no such input"):
        Archive(str(tmp_path / "missing.jsonl"))


def test_a_dataset_is_streamed_through_datasets(tmp_path):
    # A local dataset folder takes the same path as a hub name (the hub is not reachable here).
    folder = tmp_path / "ds"
    folder.mkdir()
    rows = [{"id": f"n{i}", "text": f"Article {i}.", "published": "2024-05-02"} for i in range(3)]
    (folder / "train.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    from summariser.batch.inputs import hub_stream, item_of

    items = [item_of(r, "ds", "ds") for r in hub_stream(str(folder), "train")]
    assert [(i.id, i.text, i.published) for i in items] == [(r["id"], r["text"], r["published"]) for r in rows]


def test_a_hub_name_that_cannot_be_loaded_is_one_line():
    archive = Archive("nobody-here/no-such-dataset-xyz")
    assert archive.kind == "hub"
    with pytest.raises(InputError, match="cannot load 'nobody-here/no-such-dataset-xyz'"):
        list(archive)
