"""An archive's articles, one at a time: a folder of files, JSONL, Parquet, or a hub dataset.

Nothing reads the whole input into memory: folders are walked one directory at a
time, JSONL line by line, Parquet a record batch at a time, hub datasets streamed.
Each record becomes an `Item` through `item_of`, the one place that decides what
a row means, so that every engine (and Ray's own readers) sees the same articles.
Files of a folder are read later, by whoever summarises them (`reading.read_article`),
so that HTML extraction runs in the workers, not in the reader.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from summariser.errors import InputError
from summariser.reading import HTML_SUFFIXES

TEXT_SUFFIXES = (".txt", *HTML_SUFFIXES)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
COLUMNS = ("id", "text", "published", "title", "url")
"""The columns an archive may have; ``id`` and ``text`` are required."""


@dataclass(frozen=True)
class Item:
    """One article of an archive, before it is summarised."""

    id: str
    text: str | None = None
    """The article text; None for a file of a folder, read when it is summarised."""
    path: str | None = None
    """The file to read, for a folder's articles."""
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    """The file (or hub dataset) it came from."""


def item_of(record: dict[str, Any], where: str, source: str) -> Item:
    """The `Item` a JSONL, Parquet or hub record stands for.

    Args:
        record: the record's columns.
        where: how an error names the record (``FILE:LINE``).
        source: the input it came from, recorded with the article.

    Raises:
        InputError: the record has no ``id`` (nothing could say which article failed).
    """
    ident = record.get("id")
    if ident is None or str(ident).strip() == "":
        raise InputError(f"{where}: the record has no 'id'")
    text = record.get("text")
    return Item(
        id=str(ident).strip(), text="" if text is None else str(text), published=_text_date(record.get("published")),
        title=_optional(record.get("title")), url=_optional(record.get("url")), source=source,
    )


def file_item(name: str, path: str) -> Item:
    """The `Item` of a folder's file: its id is its path under the folder."""
    return Item(id=name, path=path, source=path)


def line_item(line: str, where: str, source: str) -> Item:
    """The `Item` of one JSONL line."""
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if not isinstance(record, dict):
        raise InputError(f"{where}: not a JSON object")
    return item_of(record, where, source)


def _optional(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _text_date(value: Any) -> str | None:
    """Arrow readers give dates and timestamps as objects: back to ISO text, as JSON has them."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return _optional(value)


class Archive:
    """The articles of INPUT, streamed.

    Args:
        source: a folder of .txt/.html files (or of .parquet files), a .jsonl or
            .parquet file, or a hub dataset name (``owner/name``).
        split: the split of a hub dataset (default ``train``).

    Raises:
        InputError: the input does not exist or is of no kind above.
    """

    def __init__(self, source: str, split: str | None = None):
        self.source, self.split = source, split
        path = Path(source)
        if path.is_dir():
            self.kind = "parquet" if _parquet_files(path) and not _has_text_files(path) else "folder"
        elif path.is_file() and path.suffix.lower() in JSONL_SUFFIXES:
            self.kind = "jsonl"
        elif path.is_file() and path.suffix.lower() == ".parquet":
            self.kind = "parquet"
        elif path.exists():
            raise InputError(f"{source}: not a folder, a .jsonl or a .parquet file")
        elif _looks_like_hub_name(source):
            self.kind = "hub"
        else:
            raise InputError(f"no such input: {source}")

    def __iter__(self) -> Iterator[Item]:
        return {"folder": self._folder, "jsonl": self._jsonl, "parquet": self._parquet, "hub": self._hub}[self.kind]()

    def count(self) -> int | None:
        """How many articles there are, when that is cheap to know (for the ETA)."""
        if self.kind == "folder":
            return sum(1 for _ in _text_files(Path(self.source)))
        if self.kind == "jsonl":
            return _count_lines(Path(self.source))
        if self.kind == "parquet":
            return _parquet_dataset(self.source).count_rows()
        return None

    def _folder(self) -> Iterator[Item]:
        root = Path(self.source)
        for path in _text_files(root):
            yield file_item(path.relative_to(root).as_posix(), str(path))

    def _jsonl(self) -> Iterator[Item]:
        with open(self.source, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                yield line_item(line, f"{self.source}:{number}", self.source)

    def _parquet(self) -> Iterator[Item]:
        dataset = _parquet_dataset(self.source)
        columns = _columns(dataset.schema.names, self.source)
        row = 0
        for batch in dataset.to_batches(columns=columns, batch_size=256):
            for record in batch.to_pylist():
                yield item_of(record, f"{self.source}[{row}]", self.source)
                row += 1

    def _hub(self) -> Iterator[Item]:
        for row, record in enumerate(hub_stream(self.source, self.split)):
            yield item_of(record, f"{self.source}[{row}]", self.source)


def _columns(names: list[str], source: str) -> list[str]:
    missing = [c for c in ("id", "text") if c not in names]
    if missing:
        raise InputError(f"{source}: no column {' or '.join(repr(c) for c in missing)} (it has {', '.join(names)})")
    return [c for c in COLUMNS if c in names]


def _parquet_dataset(source: str):
    import pyarrow.dataset as ds

    try:
        return ds.dataset(source, format="parquet")
    except Exception as exc:  # noqa: BLE001 - arrow raises several types for an unreadable file
        raise InputError(f"cannot read {source} as Parquet: {exc}") from None


def hub_stream(name: str, split: str | None):  # -> datasets.IterableDataset
    """A dataset on the hub (or a local dataset folder), streamed by `datasets`."""
    import datasets

    datasets.disable_progress_bars()
    datasets.utils.logging.set_verbosity_error()
    try:
        stream = datasets.load_dataset(name, split=split or "train", streaming=True)
    except Exception as exc:  # noqa: BLE001 - network, auth and format errors all mean "cannot load"
        raise InputError(f"cannot load '{name}' from the hub: {type(exc).__name__}: {exc}") from None
    if stream.features:  # known before the first row for most datasets
        _columns(list(stream.features), name)
    return stream


def _looks_like_hub_name(name: str) -> bool:
    parts = name.split("/")
    return len(parts) == 2 and all(parts) and not name.startswith((".", "~"))


def _text_files(root: Path) -> Iterator[Path]:
    """Article files under ``root``, in a stable order, one directory in memory at a time."""
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(TEXT_SUFFIXES) and not name.startswith("."):
                yield Path(folder) / name


def _has_text_files(root: Path) -> bool:
    return next(_text_files(root), None) is not None


def _parquet_files(root: Path) -> bool:
    return any(root.rglob("*.parquet"))


def _count_lines(path: Path) -> int:
    count, last = 0, b"\n"
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            count, last = count + block.count(b"\n"), block[-1:]
    return count + (last != b"\n")  # a last line without its newline
