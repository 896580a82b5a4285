"""`summariser.patterns`: the rules' patterns made from their stored programs are re's own,
program for program but for the characters a match starts with, and find what re's find; a
damaged store or a refused program is compiled afresh."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from summariser import patterns

CHECK = """
import json, re
from summariser import patterns
import summariser.rules.summary  # every rules module, their patterns compiled
made = list(patterns._MADE.items())
same = all(p == patterns._sre.compile(key[0], *patterns.program_of(*key)) and p.groupindex == re.compile(*key).groupindex
           for key, p in made)
print(json.dumps({"n": len(made), "stored": len(made) - len(patterns._NEW), "same": same}))
"""


def _check(cache) -> dict:
    env = os.environ | {"SUMMARISER_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, env=env, timeout=300,
                          check=True)
    return json.loads(done.stdout)


def test_the_rules_patterns_are_stored_once_then_made_from_the_store_as_re_makes_them(tmp_path):
    """Pattern equality is re's: the same pattern, flags and compiled code (`program_of`'s)."""
    first, again = _check(tmp_path), _check(tmp_path)
    assert first["n"] > 100 and first["stored"] == 0 and first["same"]
    assert again == {"n": first["n"], "stored": first["n"], "same": True}


def test_a_damaged_store_is_compiled_afresh_and_replaced(tmp_path):
    first = _check(tmp_path)
    store = next((tmp_path / "derived").glob("regex-programs-*.marshal"))
    store.write_bytes(b"\x00half a file")
    assert _check(tmp_path) == first  # compiled again, and stored again
    assert _check(tmp_path)["stored"] == first["n"]


def test_a_program_the_engine_refuses_is_compiled_afresh(monkeypatch):
    key = (r"(?P<year>\d{4})-(\d\d)", 0)
    monkeypatch.setattr(patterns, "_loaded", True)
    monkeypatch.setitem(patterns._PROGRAMS, key, (32, [1, 2, 3], 1, {"year": 1}, (None, "year")))
    monkeypatch.setattr(patterns, "_MADE", {})
    monkeypatch.setattr(patterns, "_NEW", {})
    made = patterns.compile(*key)
    assert patterns._NEW[key] == patterns.program_of(*key)
    assert made == patterns._sre.compile(key[0], *patterns._NEW[key]) and made.match("2024-05").group("year") == "2024"


def test_it_is_re_but_for_compile():
    assert patterns.IGNORECASE is re.IGNORECASE and patterns.escape is re.escape and patterns.sub is re.sub
    assert patterns.compile is not re.compile and set(patterns.__all__) == set(re.__all__)
    assert patterns.compile(b"bytes") == re.compile(b"bytes")  # not stored: re's own


def _starts(pattern: str, flags: int = 0) -> set[str] | None:
    chars = patterns.first_chars(re._parser.parse(pattern, flags), flags | re.UNICODE)
    if chars is None:
        return None
    assert all(op is re._constants.LITERAL for op, _ in chars)
    return {chr(c) for _, c in chars}


def test_first_chars_of_a_match():
    assert _starts(r"\b(?:[Tt]he|an?)\s") == {"T", "t", "a"}
    assert _starts(r"(?<!\w)(?:x|y)?z") == {"x", "y", "z"}
    assert _starts(r"(?=[A-Z])(?:foo)+|bar") == {"f", "b"}
    assert _starts(r"\bsaid\b", re.IGNORECASE) == {"s", "S", "\u017f"}  # the long s is an s to re
    assert _starts(r"(?i:k)") == {"k", "K", "\u212a"}  # and the Kelvin sign a k
    assert _starts(r"[a-b]", re.IGNORECASE) == {"a", "b", "A", "B"}
    assert _starts(r"\b.x") is None and _starts(r"(?a:x)") is None and _starts(r"x?") is None


def test_a_pattern_with_first_chars_or_exact_branch_heads_finds_what_re_finds():
    texts = ["The Kelvin \u212a and the long \u017f said: an ape, SAID another.", "", "x", "\u0130stanbul said"]
    for pattern, flags in [(r"\b(?:[Tt]he|an?)\s+(\w+)", 0), (r"\bsaid\b|k", re.IGNORECASE), (r"(?<!\w)[^\W\d]+", 0),
                           (r";\s+|^(?:The|An)\s", 0), (r"(?:^|,\s*)(\w+)", re.MULTILINE),
                           (r",?\s(?=(?:with|without|an|another)\s)", re.IGNORECASE), (r"(?i:said|kelvin)|The", 0)]:
        made = patterns._sre.compile(pattern, *patterns.program_of(pattern, flags))
        for text in texts:
            assert [(m.span(), m.groups()) for m in made.finditer(text)] == \
                [(m.span(), m.groups()) for m in re.finditer(pattern, text, flags)]


def test_every_rules_pattern_finds_on_real_text_what_re_finds():
    """The start characters a stored program adds may only skip places where re finds no
    match: every pattern of the rules, over a third of the fixtures' texts, gives re's matches."""
    from pathlib import Path

    import summariser.rules.summary  # noqa: F401 (every rules module, their patterns made)

    files = sorted((Path(__file__).parents[2] / "fixtures").glob("*/*.json"))[::3]
    texts = [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files]
    assert len(texts) > 15 and len(patterns._MADE) > 100
    for (pattern, flags), made in patterns._MADE.items():
        plain = re.compile(pattern, flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in made.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], pattern
