"""On-disk cache of model answers: one JSON file per key, so a rerun makes no model calls.

The key is the sha256 of everything that changes the answer (model, api base,
prompt version, schema hash, options, text, publication date). Files hold the
summary, its usage and its scores only: never options, so never an API key.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from summariser.schema import ArticleSummary


def default_cache_dir() -> Path:
    """`$SUMMARISER_CACHE_DIR`, else `$XDG_CACHE_HOME/summariser`, else `~/.cache/summariser`."""
    if os.environ.get("SUMMARISER_CACHE_DIR"):
        return Path(os.environ["SUMMARISER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "summariser"


def cache_key(fingerprint: dict, text: str, published: str | None) -> str:
    """sha256 of the fingerprint, text and publication date, as canonical JSON."""
    payload = json.dumps(fingerprint | {"text": text, "published": published}, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: str, private: bool = False, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    The file is readable by its owner only (0600) when ``private``, else as the
    umask allows. ``durable`` waits for the disk (fsync) before the rename, so
    that a crash of the machine cannot leave an empty file either: worth it for
    what costs a model call, not for what is derived again on the next run.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600 if private else 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as f:
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


@dataclass
class CachedAnswer:
    """A cached summary, and its scores by what they were scored against (labels, scorer code)."""

    summary: ArticleSummary
    scores: dict[str, dict] = field(default_factory=dict)


class ResponseCache:
    """Summaries by key under ``root/responses/``; the folders are private (0700), the files too (0600)."""

    def __init__(self, root: Path | str | None = None):
        self.root = Path(root) if root is not None else default_cache_dir()
        self.hits = 0
        self.misses = 0
        self._private: set[Path] = set()  # folders made private by this instance: checked once each
        if self.root.is_dir():
            self._make_private(self.root)

    def _make_private(self, folder: Path) -> None:
        if folder not in self._private:
            make_private(folder)
            self._private.add(folder)

    def _path(self, key: str) -> Path:
        return self.root / "responses" / key[:2] / f"{key}.json"

    def get(self, key: str) -> CachedAnswer | None:
        """The cached answer, or None when absent or unreadable (a damaged file is a miss)."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            answer = CachedAnswer(ArticleSummary.model_validate(data["summary"]), data.get("scores") or {})
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return answer

    def put(self, key: str, model: str, summary: ArticleSummary, scores: dict[str, dict] | None = None) -> None:
        """Store ``summary`` (and its ``scores``, see `CachedAnswer`) under ``key``, atomically."""
        path = self._path(key)
        self.root.parent.mkdir(parents=True, exist_ok=True)  # ~/.cache, say: not ours to make private
        for folder in (self.root, self.root / "responses", path.parent):
            self._make_private(folder)
        record = {"key": key, "model": model, "summary": summary.model_dump(mode="json"), "scores": scores or {}}
        atomic_write(path, json.dumps(record, ensure_ascii=False), private=True)
