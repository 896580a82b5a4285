"""The no-model heuristics, in one home: sentences, the lexicons, actors, and the rules' summary.

Everything here is grounded by construction (every evidence is a slice of the text)
and imports neither a model backend nor the eval harness.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache


@cache
def code_version() -> str:
    """Hash of the rules' code and data files: answers and data built on the rules are stale once it changes."""
    digest = hashlib.sha256()
    # this folder, as importlib.resources.files finds it, without importing importlib.resources or pathlib
    for path in sorted(_files(os.path.dirname(os.path.abspath(__file__)))):
        with open(path, "rb") as f:
            digest.update(os.path.basename(path).encode() + f.read())
    return digest.hexdigest()[:16]


def _files(folder: str):
    for entry in os.scandir(folder):
        if entry.is_dir():
            yield from _files(entry.path)
        elif entry.name.endswith((".py", ".toml", ".json")):
            yield entry.path
