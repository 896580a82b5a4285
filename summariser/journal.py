"""Files that survive a crash: append-only results that resume, and atomic writes.

* `ResultsFile`: `summarise --out FILE` (FILE plus the sidecar FILE.done);
* `ResultsLog`: one JSON line per result, each safe once written (the eval runner);
* `atomic_write` and `make_private`: whole files replaced at once, private folders.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from summariser.errors import InputError

if TYPE_CHECKING:  # asyncio only where a log syncs: `summarise` and the derived caches need none of it
    import asyncio


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: str | bytes, private: bool = False, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    The file is readable by its owner only (0600) when ``private``, else as the
    umask allows. ``durable`` waits for the disk (fsync) before the rename, so
    that a crash of the machine cannot leave an empty file either: worth it for
    what costs a model call, not for what is derived again on the next run.
    """
    import tempfile  # here: reading the derived caches, the usual case, writes nothing

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600 if private else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") if isinstance(data, bytes) else os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def make_private(folder: Path) -> None:
    """Create ``folder`` with mode 0700, or tighten it to 0700 if it exists looser and is ours.

    ``mkdir(mode=...)`` leaves an existing folder as it is: one made by an
    older version, or by hand, could let other users read the cached answers.
    A folder owned by someone else is left alone (that is theirs to decide).
    """
    folder.mkdir(mode=0o700, exist_ok=True)
    info = folder.stat()
    if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) != 0o700:
        folder.chmod(0o700)


class ResultsLog:
    """Appends one JSON line per record, in the file before the next one starts.

    A line cut short by a kill is ended, not extended; readers skip it.
    """

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._file = open(path, "a+b")  # noqa: SIM115 - kept open for the whole run
        self._file.seek(0, os.SEEK_END)
        if self._file.tell():
            self._file.seek(-1, os.SEEK_END)
            if self._file.read(1) != b"\n":  # a line cut short by a kill: end it, don't extend it
                self._file.write(b"\n")
        self._written = self._synced = 0  # lines appended, lines known to be on disk
        self._sync_lock: asyncio.Lock | None = None

    def write(self, record: dict) -> None:
        """Append ``record``: once this returns, killing the process cannot lose it."""
        self._file.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        self._file.flush()
        self._written += 1

    async def sync(self) -> None:
        """Make what was written so far survive a crash of the machine too.

        fsync waits for the disk, so it runs off the event loop; and one fsync covers
        every line written before it starts, so results finishing together share one.
        """
        import asyncio

        wanted = self._written
        self._sync_lock = self._sync_lock or asyncio.Lock()
        async with self._sync_lock:
            if self._synced >= wanted:  # a sync that started after our line was written covered it
                return
            upto = self._written
            await asyncio.to_thread(os.fsync, self._file.fileno())
            self._synced = upto

    def close(self) -> None:
        self._file.close()


def read_lines(path: Path) -> list[dict]:
    """The records of a `ResultsLog` file, in order; a line that does not parse (the one
    being written when a run was killed) is skipped."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            out.append(record)
    return out


class ResultsFile:
    """An output file that survives crashes and resumes: FILE plus the sidecar FILE.done.

    Line N of FILE.done is the input path of entry N of FILE (absolute, so a rerun
    from elsewhere matches). Each summary is written and flushed before its input
    is recorded: a run that dies loses at most the article in flight, and a rerun
    skips what FILE.done lists. Entries are written as the caller rendered them.
    """

    def __init__(self, out: str, fmt: str):
        self.out, self.fmt, self.done_path = out, fmt, out + ".done"
        try:
            self.done = set(self._repair())
            self._out = open(out, "a", encoding="utf-8")
            self._done = open(self.done_path, "a", encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {exc.filename or out}: {exc.strerror or exc}") from None

    def has(self, path: str) -> bool:
        return _key(path) in self.done

    def write(self, path: str, entry: str) -> None:
        """Append ``entry`` (the rendered summary of input ``path``), then record ``path`` as done."""
        self._out.write(entry)
        self._out.flush()
        self._done.write(_key(path) + "\n")
        self._done.flush()

    def close(self) -> None:
        self._out.close()
        self._done.close()

    def _repair(self) -> list[str]:
        """Undo what a run that died mid-write left: a cut-off line, an unrecorded entry."""
        if not os.path.exists(self.out):
            done = []  # FILE was deleted: FILE.done is stale
        else:
            done, _ = _complete_lines(self.done_path)
        if self.fmt == "json" and os.path.exists(self.done_path) and os.path.exists(self.out):
            lines, cut = _complete_lines(self.out)
            if len(lines) == len(done) + 1:  # died between the summary and its record
                lines, cut = lines[:-1], True
            if cut:
                _rewrite(self.out, lines)
        if os.path.exists(self.done_path):
            _rewrite(self.done_path, done)
        return done


def _key(path: str) -> str:
    # Absolute, so a rerun from another directory still matches; stdin never matches.
    return path if path == "-" else os.path.abspath(path)


def _complete_lines(path: str) -> tuple[list[str], bool]:
    """The newline-terminated lines of `path`, and whether a cut-off last line was dropped."""
    if not os.path.exists(path):
        return [], False
    with open(path, encoding="utf-8", errors="replace") as stream:
        parts = stream.read().split("\n")
    return parts[:-1], parts[-1] != ""


def _rewrite(path: str, lines: list[str]) -> None:
    with open(path, "w", encoding="utf-8") as stream:
        stream.writelines(line + "\n" for line in lines)


