"""Where summariser keeps what it computes once per machine: answers of models, derived data."""

from __future__ import annotations

import json
import marshal
import os
import sys
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# pathlib (and the urllib.parse and ipaddress it loads) only where a cache is written or a
# caller wants a Path: reading the derived tables back, every cold command's case, needs os alone.


def cache_dir() -> Path:
    """`$SUMMARISER_CACHE_DIR`, else `$XDG_CACHE_HOME/summariser`, else `~/.cache/summariser`."""
    from pathlib import Path

    return Path(cache_root())


def cache_root() -> str:
    """`cache_dir` as a string."""
    if os.environ.get("SUMMARISER_CACHE_DIR"):
        return os.environ["SUMMARISER_CACHE_DIR"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "summariser")


KEEP = 4
"""Copies of one derived file kept under different keys: two checkouts or virtual
environments of summariser on one machine (another version, another rules revision) each
keep theirs instead of rebuilding after the other ran."""


def derived(name: str, key: str, build: Callable[[], object]) -> object:
    """What ``build()`` returns (JSON data), kept in the cache under ``name`` and ``key``: built
    the first time on this machine, read back after; of the copies under other keys, only the
    `KEEP` newest stay. A cache that cannot be written is no error: the data is then built on
    every call.

    Kept as the data read back from its JSON (lists, string keys) in Python's `marshal` format,
    which reads 1.5-5 times faster than JSON: a cold rules-only summary reads some 2 MB of
    derived tables. The file is the user's own, as trusted as their bytecode (which Python
    reads with `marshal` too); a damaged one is built again."""
    try:
        with open(os.path.join(cache_root(), "derived", f"{name}-{key}.marshal"), "rb") as f:
            return marshal.loads(f.read())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = build()
    _store(name, key, data)
    return data


def _store(name: str, key: str, data: object) -> None:
    from summariser.journal import atomic_write

    path = cache_dir() / "derived" / f"{name}-{key}.marshal"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        stored = json.loads(json.dumps(data, ensure_ascii=False))  # what reading JSON gave: the same data as ever
        atomic_write(path, marshal.dumps(stored), durable=False)
        copies = sorted(path.parent.glob(f"{name}-*.marshal"), key=_mtime, reverse=True)
        for stale in copies[KEEP:]:  # what older code or data derived
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass


def installed_version(distribution: str) -> str:
    """The installed version of ``distribution`` (a key of what is derived from its data), as
    ``importlib.metadata.version`` finds it: from the first ``NAME-VERSION.dist-info`` folder
    of that name on ``sys.path``, read from the folder's name. Importing importlib.metadata
    (which loads the email package) was a tenth of a cold rules-only command's work; other
    layouts (eggs, zips) still ask it."""
    wanted = _project(distribution)
    for entry in sys.path:
        for name in _listing(entry or "."):
            if name.endswith(".dist-info"):
                project, _, version = name.removesuffix(".dist-info").partition("-")
                if version and _project(project) == wanted:
                    return version
    from importlib import metadata

    return metadata.version(distribution)


def _project(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")  # PEP 503's normalised name, for these names


@cache
def _listing(folder: str) -> tuple[str, ...]:
    try:
        return tuple(os.listdir(folder))
    except OSError:  # not a folder (a zip), or gone
        return ()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile by another process
        return 0.0
