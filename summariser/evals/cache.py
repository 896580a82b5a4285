"""On-disk cache of model answers: one JSON file per key, so a rerun makes no model calls.

The key is the sha256 of everything that changes the answer (model, api base,
prompt version, schema hash, options, text, publication date). Files hold the
summary, its usage and its scores only: never options, so never an API key.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from summariser.caching import cache_dir
from summariser.journal import atomic_write, make_private
from summariser.schema import ArticleSummary


def default_cache_dir() -> Path:
    """`$SUMMARISER_CACHE_DIR`, else `$XDG_CACHE_HOME/summariser`, else `~/.cache/summariser`."""
    return cache_dir()


def cache_key(fingerprint: dict, text: str, published: str | None) -> str:
    """sha256 of the fingerprint, text and publication date, as canonical JSON."""
    payload = json.dumps(fingerprint | {"text": text, "published": published}, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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
