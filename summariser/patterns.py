"""`re`, with the compiled programs of the code's own patterns kept across runs.

The rules compile some 150 regular expressions on every start, many of them alternations
of hundreds of lexicon words, and Python parses and compiles each again in every process:
about a sixth of a cold rules-only summary's work. A pattern's program depends only on the
pattern, its flags and the interpreter, so this module keeps the programs in the user's
cache (`summariser.caching`), one file per interpreter, and makes each `re.Pattern` from
its stored program. The patterns are re's own objects, made by re's engine from the
program re's compiler gives, so they match exactly as ``re.compile``'s; a program not
stored yet is compiled by re and stored at exit. Anything unexpected (another
interpreter's internals, a damaged file, a program re's engine refuses) falls back to
``re.compile``.

Modules whose patterns are fixed by the code and the lexicons use it in place of ``re``
(``from summariser import patterns as re``): it exports all of re, and only `compile`
differs. A pattern built from an article's text (a mention of its actors) keeps ``re``:
storing it would only grow the file.
"""

from __future__ import annotations

import _sre
import atexit
import hashlib
import marshal
import os
import re
import sys
from re import *  # noqa: F403 (all of re but compile, as re has it)
from re import __all__ as __all__

MAX_PROGRAMS = 1000
"""Beyond this many stored programs (each rules revision adds those of the patterns it
changed), the file starts again from the programs of the run that saves it."""

_PROGRAMS: dict[tuple[str, int], tuple] = {}
_NEW: dict[tuple[str, int], tuple] = {}
_MADE: dict[tuple[str, int], re.Pattern] = {}
_loaded = False


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern:  # noqa: A001 (re's own name)
    """``re.compile(pattern, flags)``, its program read from the user's cache when stored there."""
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    made = _MADE.get(key)
    if made is None:
        made = _MADE[key] = _make(key)
    return made


def _make(key: tuple[str, int]) -> re.Pattern:
    if not _loaded:
        _load()
    program = _PROGRAMS.get(key)
    if program is not None:
        try:
            return _sre.compile(key[0], *program)
        except Exception:  # noqa: BLE001 (refused by re's engine: compiled afresh below)
            pass
    compiled = re.compile(*key)
    try:
        _PROGRAMS[key] = _NEW[key] = program_of(*key)
    except Exception:  # noqa: BLE001 (re's internals differ here: the pattern is compiled, not stored)
        pass
    return compiled


def program_of(pattern: str, flags: int) -> tuple:
    """What re's compiler hands its engine (``_sre.compile``) for ``pattern``, as
    ``re._compiler.compile`` computes it (Python 3.11+): flags, code, groups and their names."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]
    groupindex = {str(name): int(i) for name, i in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def path() -> str:
    """The file of this interpreter's programs."""
    from summariser.caching import cache_root

    interpreter = hashlib.sha256(f"{sys.version}\0{sys.implementation.cache_tag}\0{_sre.MAGIC}".encode())
    return os.path.join(cache_root(), "derived", f"regex-programs-{interpreter.hexdigest()[:16]}.marshal")


def _load() -> None:
    global _loaded
    _loaded = True
    atexit.register(save)
    try:
        with open(path(), "rb") as f:
            stored = marshal.loads(f.read())  # the user's own cache, as trusted as their bytecode
    except (OSError, ValueError, EOFError, TypeError):
        return
    if isinstance(stored, dict):
        _PROGRAMS.update(stored)


def save() -> None:
    """Store the programs compiled in this run with those stored before, if there are new ones
    (at exit). A cache that cannot be written is no error: they are compiled again next time."""
    if not _NEW:
        return
    programs = _PROGRAMS if len(_PROGRAMS) <= MAX_PROGRAMS else dict(_NEW)
    target = path()
    tmp = f"{target}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(marshal.dumps(programs))
        os.replace(tmp, target)  # readers see the old file or the new one, never half
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
    _NEW.clear()
