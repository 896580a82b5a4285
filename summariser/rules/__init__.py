"""The no-model heuristics, in one home: sentences, the lexicons, actors, and the rules' summary.

Everything here is grounded by construction (every evidence is a slice of the text)
and imports neither a model backend nor the eval harness.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path


@cache
def code_version() -> str:
    """Hash of the rules' code and data files: answers and data built on the rules are stale once it changes."""
    digest = hashlib.sha256()
    root = Path(__file__).parent  # importlib.resources.files gives this Path; importing it costs a cold run ~5%
    for item in sorted(_files(root), key=lambda p: str(p)):
        digest.update(item.name.encode() + item.read_bytes())
    return digest.hexdigest()[:16]


def _files(folder):
    for item in folder.iterdir():
        if item.is_dir():
            yield from _files(item)
        elif item.name.endswith((".py", ".toml", ".json")):
            yield item
