"""On-disk cache of model answers: one JSON file per key, so a rerun makes no model calls.

The key is the sha256 of everything that changes the answer (model, api base,
prompt version, schema hash, options, text, publication date). Files hold the
summary and its usage only: never options, so never an API key.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
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


def atomic_write(path: Path, data: str, private: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    The file is readable by its owner only when ``private``, else as the umask allows.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if not private:
            os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class ResponseCache:
    """Summaries by key under ``root/responses/``; the folders are private (mode 0700)."""

    def __init__(self, root: Path | str | None = None):
        self.root = Path(root) if root is not None else default_cache_dir()
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / "responses" / key[:2] / f"{key}.json"

    def get(self, key: str) -> ArticleSummary | None:
        """The cached summary, or None when absent or unreadable (a damaged file is a miss)."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            summary = ArticleSummary.model_validate(data["summary"])
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return summary

    def put(self, key: str, model: str, summary: ArticleSummary) -> None:
        """Store ``summary`` under ``key``, atomically."""
        path = self._path(key)
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        for folder in (self.root / "responses", path.parent):
            folder.mkdir(mode=0o700, exist_ok=True)
        record = {"key": key, "model": model, "summary": summary.model_dump(mode="json")}
        atomic_write(path, json.dumps(record, ensure_ascii=False), private=True)
