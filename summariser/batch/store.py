"""The Parquet dataset of a batch run: parts committed whole, a manifest that resumes.

Layout of OUT::

    articles/part-000001.parquet   actors/part-000001.parquet   ...  (one folder per table)
    _manifest.jsonl                one line per committed part: the article ids in it
    _run.json                      the model and options the tables were made with

A flush writes every table's rows of the articles finished since the last one
to hidden temporary files, fsyncs them, renames them into place, and only then
appends the part's line to the manifest (fsynced too). The manifest line is the
commit: on start, part files the manifest does not list (a run killed between
the renames and its line) and temporary files are deleted, so a row is never
there twice and an article is either wholly in the tables or not at all.

``--retry-failed`` takes failed articles out of the done set. Their only rows
are in `articles`; the part files holding them are rewritten without them, and
that rewrite is itself journaled (a ``forget`` line before it, ``forgotten`` after),
so a run killed half way through it finishes it on the next start.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from summariser.batch.tables import TABLES, Outcome, Rows, table
from summariser.errors import InputError

MANIFEST = "_manifest.jsonl"
RUN = "_run.json"
FLUSH_ARTICLES = 1000
FLUSH_SECONDS = 60.0


@dataclass
class Counts:
    """What a run did so far."""

    done: int = 0  # finished in this run, succeeded or not
    failed: int = 0
    duplicates: int = 0  # ids met again after their article was done


@dataclass
class Store:
    """The tables under ``out``, opened for appending.

    Args:
        out: the output folder (created if missing).
        flush_articles: commit a part once this many articles are buffered...
        flush_seconds: ...or once the oldest buffered one has waited this long.
    """

    out: Path
    flush_articles: int = FLUSH_ARTICLES
    flush_seconds: float = FLUSH_SECONDS
    done: dict[str, int] = field(default_factory=dict)
    """Every committed article: the number of its part, negative when it failed."""
    counts: Counts = field(default_factory=Counts)

    def __post_init__(self) -> None:
        self._buffer: list[Outcome] = []
        self._buffered: set[str] = set()
        self._oldest = 0.0
        try:
            for name in TABLES:
                (self.out / name).mkdir(parents=True, exist_ok=True)
            self._part = self._recover()
            self._manifest = open(self.out / MANIFEST, "ab")  # noqa: SIM115 - open for the whole run
        except OSError as exc:
            raise InputError(f"cannot write {exc.filename or self.out}: {exc.strerror or exc}") from None

    # -- the run's identity -------------------------------------------------
    def check_run(self, settings: dict) -> None:
        """Refuse to append to tables made with other settings (another model, say)."""
        path = self.out / RUN
        if path.exists():
            before = json.loads(path.read_text(encoding="utf-8"))
            if before != settings:
                changed = sorted(k for k in before.keys() | settings.keys() if before.get(k) != settings.get(k))
                raise InputError(f"{self.out} holds tables made with another {', '.join(changed)}: "
                                 "give another --out, or the same settings to resume")
            return
        from summariser.journal import atomic_write

        atomic_write(path, json.dumps(settings, indent=2, sort_keys=True) + "\n")

    # -- what is done ---------------------------------------------------------
    def has(self, article_id: str) -> bool:
        """Whether the article is committed or waiting in the buffer."""
        return article_id in self.done or article_id in self._buffered

    def failed_ids(self) -> list[str]:
        return [i for i, part in self.done.items() if part < 0]

    # -- writing --------------------------------------------------------------
    def add(self, outcome: Outcome) -> None:
        """Buffer one finished article; commit a part when the buffer is full or old."""
        if self.has(outcome.article_id):  # the same id twice in the input: the first one stands
            self.counts.duplicates += 1
            return
        if not self._buffer:
            self._oldest = time.monotonic()
        self._buffer.append(outcome)
        self._buffered.add(outcome.article_id)
        self.counts.done += 1
        self.counts.failed += not outcome.ok
        if len(self._buffer) >= self.flush_articles or time.monotonic() - self._oldest >= self.flush_seconds:
            self.flush()

    def flush(self) -> None:
        """Commit the buffered articles as one part (nothing to do when none are buffered)."""
        if not self._buffer:
            return
        self._part += 1
        rows: Rows = {name: [] for name in TABLES}
        for outcome in self._buffer:
            for name in TABLES:
                rows[name] += outcome.rows[name]
        files = [self._write_tmp(name, table(name, rows[name])) for name in TABLES]
        for tmp, final in files:
            os.replace(tmp, final)
            _fsync_dir(final.parent)
        ok = [o.article_id for o in self._buffer if o.ok]
        failed = [o.article_id for o in self._buffer if not o.ok]
        self._append({"op": "part", "part": self._part, "ok": ok, "failed": failed})
        self.done.update({i: self._part for i in ok} | {i: -self._part for i in failed})
        self._buffer.clear()
        self._buffered.clear()

    def close(self) -> None:
        """Commit what is buffered and close the manifest."""
        try:
            self.flush()
        finally:
            self._manifest.close()

    def forget_failed(self) -> int:
        """Take the failed articles out of the tables and the done set, so they run again."""
        failed = self.failed_ids()
        if failed:
            parts = sorted({-self.done[i] for i in failed})
            self._append({"op": "forget", "ids": failed, "parts": parts})
            self._drop_rows(failed, parts)
        return len(failed)

    # -- internals ------------------------------------------------------------
    def _path(self, name: str, part: int) -> Path:
        return self.out / name / f"part-{part:06d}.parquet"

    def _write_tmp(self, name: str, data: pa.Table) -> tuple[Path, Path]:
        final = self._path(name, self._part)
        tmp = final.with_name(f".{final.name}.tmp")
        with open(tmp, "wb") as stream:
            pq.write_table(data, stream, compression="zstd")
            stream.flush()
            os.fsync(stream.fileno())
        return tmp, final

    def _append(self, entry: dict) -> None:
        self._manifest.write(json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n")
        self._manifest.flush()
        os.fsync(self._manifest.fileno())

    def _drop_rows(self, ids: list[str], parts: list[int]) -> None:
        """Rewrite the `articles` parts without ``ids`` (failed articles have rows nowhere else)."""
        gone = pa.array(ids, pa.string())
        for part in parts:
            path = self._path("articles", part)
            if not path.exists():
                continue
            data = pq.read_table(path)
            kept = data.filter(pc.invert(pc.is_in(data["article_id"], value_set=gone)))
            tmp = path.with_name(f".{path.name}.tmp")
            with open(tmp, "wb") as stream:
                pq.write_table(kept, stream, compression="zstd")
                os.fsync(stream.fileno())
            os.replace(tmp, path)
        _fsync_dir(self.out / "articles")
        for i in ids:
            self.done.pop(i, None)
        self._append({"op": "forgotten"})

    def _recover(self) -> int:
        """Read the manifest, undo what a killed run left half done; the last committed part."""
        entries, last_part, pending = _read_manifest(self.out / MANIFEST), 0, None
        for entry in entries:
            if entry.get("op") == "part":
                last_part = entry["part"]
                self.done.update({i: last_part for i in entry["ok"]} | {i: -last_part for i in entry["failed"]})
            elif entry.get("op") == "forget":
                pending = entry
            elif entry.get("op") == "forgotten":
                pending = None
        _remove_uncommitted(self.out, last_part)
        if pending is not None:  # killed while dropping failed rows: finish it
            self._manifest = open(self.out / MANIFEST, "ab")  # noqa: SIM115 - closed by close()
            self._drop_rows(pending["ids"], pending["parts"])
            self._manifest.close()
        return last_part


def _read_manifest(path: Path) -> list[dict]:
    """The committed entries; a line cut short by a kill is cut off the file too."""
    if not path.exists():
        return []
    data = path.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) != len(data):
        with open(path, "r+b") as stream:
            stream.truncate(len(whole))
    return [json.loads(line) for line in whole.decode("utf-8").splitlines() if line.strip()]


def _remove_uncommitted(out: Path, last_part: int) -> None:
    for name in TABLES:
        for path in (out / name).iterdir():
            hidden_tmp = path.name.startswith(".") and path.name.endswith(".tmp")
            if hidden_tmp or (path.name.startswith("part-") and _part_number(path) > last_part):
                path.unlink()


def _part_number(path: Path) -> int:
    try:
        return int(path.name.removeprefix("part-").split(".")[0])
    except ValueError:
        return 0


def _fsync_dir(folder: Path) -> None:
    """Make the renames into ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
