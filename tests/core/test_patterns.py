"""`summariser.patterns`: the rules' patterns made from their stored programs are re's own,
program for program; a damaged store or a refused program is compiled afresh."""

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
same = all(p == re.compile(*key) and p.groupindex == re.compile(*key).groupindex for key, p in made)
print(json.dumps({"n": len(made), "stored": len(made) - len(patterns._NEW), "same": same}))
"""


def _check(cache) -> dict:
    env = os.environ | {"SUMMARISER_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, env=env, timeout=300,
                          check=True)
    return json.loads(done.stdout)


def test_the_rules_patterns_are_stored_once_then_made_from_the_store_as_re_makes_them(tmp_path):
    """Pattern equality is re's: the same pattern, flags and compiled code."""
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
    assert made == re.compile(*key) and made.match("2024-05").group("year") == "2024"
    assert patterns._NEW[key] == patterns.program_of(*key)


def test_it_is_re_but_for_compile():
    assert patterns.IGNORECASE is re.IGNORECASE and patterns.escape is re.escape and patterns.sub is re.sub
    assert patterns.compile is not re.compile and set(patterns.__all__) == set(re.__all__)
    assert patterns.compile(b"bytes") == re.compile(b"bytes")  # not stored: re's own
