"""`re`, with the compiled programs of the code's own patterns kept across runs.

The rules compile some 150 regular expressions on every start, many of them alternations
of hundreds of lexicon words, and Python parses and compiles each again in every process:
about a sixth of a cold rules-only summary's work. A pattern's program depends only on the
pattern, its flags and the interpreter, so this module keeps the programs in the user's
cache (`summariser.caching`), one file per interpreter, and makes each `re.Pattern` from
its stored program. The patterns are re's own objects, made by re's engine from the
program re's compiler gives (with the one addition below), so they match exactly as
``re.compile``'s; a program not stored yet is compiled by re and stored at exit. Anything
unexpected (another interpreter's internals, a damaged file, a program re's engine
refuses) falls back to ``re.compile``.

The stored program is re's own but for one thing: where re's compiler gives the engine no
way to skip ahead in a search (a pattern starting with ``\\b``, a lookaround, an
alternation of sets, or letters under IGNORECASE), the program tells it the characters a
match can start with (`first_chars`), so the engine tries a match only there; it finds the
same matches.

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
from functools import cache
from re import _compiler, _parser
from re._constants import (ASSERT, ASSERT_NOT, AT, AT_BEGINNING, AT_BEGINNING_STRING, ATOMIC_GROUP, BRANCH,
                           GROUPREF, GROUPREF_EXISTS, IN, INFO, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE,
                           POSSESSIVE_REPEAT, RANGE, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_UNICODE,
                           SRE_INFO_CHARSET, SUBPATTERN)
from re import *  # noqa: F403 (all of re but compile, as re has it)
from re import __all__ as __all__

MAX_PROGRAMS = 1000
"""Beyond this many stored programs (each rules revision adds those of the patterns it
changed), the file starts again from the programs of the run that saves it."""
PROGRAM_FORM = 5
"""Which form of program `program_of` makes (part of the file's name): programs stored by
an earlier form are not read."""

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
    compiled = re.compile(*key)  # a pattern re refuses raises here, as re raises
    try:
        program = program_of(*key)
        made = _sre.compile(key[0], *program)
    except Exception:  # noqa: BLE001 (re's internals differ here: re's pattern, not stored)
        return compiled
    _PROGRAMS[key] = _NEW[key] = program
    return made


def program_of(pattern: str, flags: int) -> tuple:
    """What re's compiler hands its engine (``_sre.compile``) for ``pattern``, as
    ``re._compiler.compile`` computes it (Python 3.11+): flags, code, groups and their names;
    the code tells where a match can start when re's does not (`first_chars`), the alternatives
    that start with one letter share it (`_grouped_branch_heads`), and an alternative under
    IGNORECASE starts with its first letter's cases (`_exact_branch_heads`)."""
    parsed = _parser.parse(pattern, flags)
    _grouped_branch_heads(parsed, flags | parsed.state.flags)
    _exact_branch_heads(parsed, flags | parsed.state.flags)
    code = [int(c) for c in _with_first_chars(_compiler._code(parsed, flags), parsed, flags | parsed.state.flags)]
    groupindex = {str(name): int(i) for name, i in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _with_first_chars(code: list[int], parsed: _parser.SubPattern, flags: int) -> list[int]:
    """``code`` with the characters a match can start with in its INFO block, where re's
    compiler put neither a literal prefix nor a set there; as it is when a match may be empty
    (the engine would skip an empty match's place), when the pattern starts at the text's
    start (the engine tries that one place alone) or when `first_chars` cannot tell.

    The INFO block only guides ``search`` (and ``finditer``, ``sub``...): with a set there,
    the engine skips each place whose character is not in it, then matches as before."""
    info_end = code[1] + 1
    has_start, least = code[2], code[3]
    if code[0] != INFO or has_start or not least:
        return code
    if code[info_end] == AT and code[info_end + 1] in (AT_BEGINNING, AT_BEGINNING_STRING):
        return code
    chars = first_chars(parsed, flags)
    if chars is None:
        return code
    charset, _ = _compiler._optimize_charset(chars)
    info = [INFO, 0, SRE_INFO_CHARSET, least, code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return [*info, *code[info_end:]]


def _each_alternation(items: _parser.SubPattern, flags: int, visit) -> None:
    """Call ``visit(alternatives, flags)`` on each alternation of the parsed pattern ``items``,
    outermost first, then go into each of its alternatives and every other part that holds
    parsed items (with the flags each scope sets)."""
    for op, av in items:
        if op is BRANCH:
            visit(av[1], flags)
            for alternative in av[1]:
                _each_alternation(alternative, flags, visit)
        elif op is SUBPATTERN:
            _, added, removed, inner = av
            _each_alternation(inner, (flags | added) & ~removed, visit)
        elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            _each_alternation(av[2], flags, visit)
        elif op is ATOMIC_GROUP:
            _each_alternation(av, flags, visit)
        elif op is ASSERT or op is ASSERT_NOT:
            _each_alternation(av[1], flags, visit)
        elif op is GROUPREF_EXISTS:
            for inner in av[1:]:
                if inner is not None:
                    _each_alternation(inner, flags, visit)


def _grouped_branch_heads(items: _parser.SubPattern, flags: int) -> None:
    """Group the alternatives of each alternation by the letter they start with, in order
    (``said|says|told|stated`` -> ``s(?:aid|ays|tated)|told``), and so on in each group: re's
    engine tries every alternative at a place, one by one, where it now tries one per letter.
    Alternatives that start with different letters (their cases under IGNORECASE) never match at
    one place, and those that start with one keep their order, so the same text matches, by the
    same alternative. Alternations with a group inside are left as they are (`_by_head`)."""
    def group(alternatives: list[_parser.SubPattern], flags: int) -> None:
        if (grouped := _by_head(alternatives, flags)) is not None:
            alternatives[:] = grouped

    _each_alternation(items, flags, group)


def _by_head(alternatives: list[_parser.SubPattern], flags: int) -> list[_parser.SubPattern] | None:
    """``alternatives`` with those that start with the same literal (the same characters under
    IGNORECASE) made one alternative, that literal then the alternation of their rests, at the
    place of the first of them; None where none is. Only within a run of such alternatives: one
    that starts otherwise or holds a group (whose marks the engine keeps per alternative) stays
    where it is, none moves across it; nor where the characters two literals of a run match
    overlap without being the same."""
    out: list[_parser.SubPattern] = []
    run: list[tuple[frozenset, _parser.SubPattern]] = []
    changed = False
    for alternative in [*alternatives, None]:
        chars = None
        if alternative is not None and alternative.data and alternative.data[0][0] is LITERAL \
                and not _has_group(alternative):
            chars = _literal(alternative.data[0][1], flags)
        if chars is not None:
            run.append((frozenset(chars), alternative))
            continue
        grouped = _grouped_run(run)
        changed |= grouped is not None
        out += grouped if grouped is not None else [a for _, a in run]
        run = []
        if alternative is not None:
            out.append(alternative)
    return out if changed else None


def _grouped_run(run: list[tuple[frozenset, _parser.SubPattern]]) -> list[_parser.SubPattern] | None:
    """The alternatives of ``run`` (each with the characters its first literal matches) grouped by
    those characters, each group at its first member's place; None when no two share them or two
    sets overlap without being the same."""
    heads = list(dict.fromkeys(key for key, _ in run))
    if len(heads) == len(run) or any(a & b for k, a in enumerate(heads) for b in heads[k + 1 :]):
        return None
    out = []
    for head in heads:
        members = [alternative for key, alternative in run if key == head]
        if len(members) == 1:
            out.append(members[0])
            continue
        rests = [_parser.SubPattern(m.state, m.data[1:]) for m in members]
        out.append(_parser.SubPattern(members[0].state, [members[0].data[0], (BRANCH, (None, rests))]))
    return out


def _has_group(items) -> bool:
    """Whether parsed ``items`` hold a capturing group or a reference to one."""
    for op, av in items:
        if op is SUBPATTERN and (av[0] is not None or _has_group(av[3])) or op is GROUPREF or op is GROUPREF_EXISTS:
            return True
        if op is BRANCH and any(_has_group(alternative) for alternative in av[1]) \
                or (op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT) and _has_group(av[2]) \
                or op is ATOMIC_GROUP and _has_group(av) or (op is ASSERT or op is ASSERT_NOT) and _has_group(av[1]):
            return True
    return False


def _exact_branch_heads(items: _parser.SubPattern, flags: int) -> None:
    """Turn each alternative's first letter under IGNORECASE into the set of the characters it
    matches, without IGNORECASE (``said|told`` -> ``(?-i:[sS\u017f])aid|(?-i:[tT])old``): re's
    engine skips an alternative whose first set fails at once, but tries each alternative
    that starts with a letter under IGNORECASE. The same characters match, so the same text."""
    def exact(alternatives: list[_parser.SubPattern], flags: int) -> None:
        for alternative in alternatives:
            if alternative.data and alternative.data[0][0] is LITERAL:
                chars = _literal(alternative.data[0][1], flags)
                if chars is not None and len(chars) > 1:
                    cased = _parser.SubPattern(alternative.state, [(IN, chars)])
                    alternative.data[0] = (SUBPATTERN, (None, 0, SRE_FLAG_IGNORECASE, cased))

    _each_alternation(items, flags, exact)


def first_chars(items: _parser.SubPattern, flags: int) -> list[tuple] | None:
    """The characters a non-empty match of the parsed pattern ``items`` can start with, as the
    items of a set of re's (``[(LITERAL, 97), (RANGE, (65, 90))...]``); None when this cannot
    tell (a ``.``, a back reference, a negated set among others, a flag other than
    IGNORECASE set inline, a pattern that may match nothing)."""
    found = _starts(items, flags)
    if found is None or found[1]:
        return None
    sets = found[0]
    if len(sets) > 1 and any(item[0] is NEGATE for chars in sets for item in chars):
        return None  # a negated set in a union: re's sets hold one NEGATE, for all their items
    return [item for chars in sets for item in chars]


def _starts(items, flags: int) -> tuple[list[list[tuple]], bool] | None:
    """The sets of characters a match of ``items`` (a sequence of parsed ops) can start with,
    and whether it can match empty; None when this cannot tell. Zero-width assertions
    (``\\b``, ``^``, lookarounds) take no character: what follows them starts the match."""
    sets: list[list[tuple]] = []
    for op, av in items:
        if op is AT or op is ASSERT or op is ASSERT_NOT:
            continue
        if op is LITERAL or op is IN:
            chars = _literal(av, flags) if op is LITERAL else _set(av, flags)
            if chars is None:
                return None
            return [*sets, chars], False
        if op is SUBPATTERN:
            _, added, removed, inner = av
            if (added | removed) & ~SRE_FLAG_IGNORECASE:
                return None
            found = _starts(inner, (flags | added) & ~removed)
        elif op is ATOMIC_GROUP:
            found = _starts(av, flags)
        elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            least, _, inner = av
            found = _starts(inner, flags)
            found = found and (found[0], found[1] or least == 0)
        elif op is BRANCH:
            alternatives = [_starts(alternative, flags) for alternative in av[1]]
            if None in alternatives:
                return None
            found = [chars for inner, _ in alternatives for chars in inner], any(empty for _, empty in alternatives)
        else:
            return None
        if found is None:
            return None
        sets += found[0]
        if not found[1]:
            return sets, False
    return sets, True


def _literal(char: int, flags: int) -> list[tuple] | None:
    """The characters a parsed literal matches: under IGNORECASE, every character whose
    lowercase is that of ``char`` or one re counts as its case (``k``: k, K and the Kelvin sign)."""
    if not flags & SRE_FLAG_IGNORECASE or not _sre.unicode_iscased(char):
        return [(LITERAL, char)]
    if flags & SRE_FLAG_LOCALE or not flags & SRE_FLAG_UNICODE:
        return None
    lower = _sre.unicode_tolower(char)
    return [(LITERAL, c) for case in (lower, *_compiler._EXTRA_CASES.get(lower, ())) for c in _lowering_to(case)]


def _set(items: list[tuple], flags: int) -> list[tuple] | None:
    """The characters a parsed set (``[...]``) matches: its own items, or under IGNORECASE
    its letters and short ranges in every case."""
    if not flags & SRE_FLAG_IGNORECASE:
        return list(items)
    chars: list[tuple] = []
    for op, av in items:
        if op is LITERAL:
            found = _literal(av, flags)
        elif op is RANGE and av[1] - av[0] < 128:
            found = [item for char in range(av[0], av[1] + 1) for item in (_literal(char, flags) or [None])]
        else:
            return None
        if found is None or None in found:
            return None
        chars += found
    return chars


def _lowering_to(lower: int) -> list[int]:
    """Every character whose lowercase (as re's engine computes it) is ``lower``."""
    return ([lower] if _sre.unicode_tolower(lower) == lower else []) + _uppers().get(lower, [])


@cache
def _uppers() -> dict[int, list[int]]:
    """Lowercase -> the other characters that lowercase to it, over all of Unicode (computed
    only when a pattern is compiled afresh)."""
    out: dict[int, list[int]] = {}
    for char in range(sys.maxunicode + 1):
        lower = _sre.unicode_tolower(char)
        if lower != char:
            out.setdefault(lower, []).append(char)
    return out


def path() -> str:
    """The file of this interpreter's programs."""
    from summariser.caching import cache_root

    interpreter = hashlib.sha256(f"{sys.version}\0{sys.implementation.cache_tag}\0{_sre.MAGIC}\0{PROGRAM_FORM}".encode())
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
