"""The rules' lexicons are general language, never phrases taken from the articles we test on.

Every entry of two or more words is held against every fixture text. One that occurs
there is fitting unless it is on the reviewed allow-list below: general collocations
of the language (a reporting frame, a phrasal verb, a modal), each reviewed as such.
Gazetteers of proper names ([places], from ISO 3166 and GeoNames) are not cue phrases
and are exempt.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = sorted((ROOT / "summariser" / "rules" / "lexicon").glob("*.toml"))
GAZETTEERS = {"places", "meta"}

# Reviewed: each is a general phrase of its language, not an article's wording.
ALLOWED = {
    "according to", "right to", "we need", "must be", "will not", "held talks", "talks with", "called on",
    "called for", "calls for", "walked out", "tear gas",
    # phrasal verbs and a fixed collocation of English, listed as lemmas
    "back down", "work with", "call on", "call for", "rule out", "shut down", "declare a state of emergency",
    # prepositional verbs of English (Quirk et al. 16.5), as lemmas: a verb and the preposition it governs
    "vote for", "vote against", "push for", "campaign for", "ask for", "appeal for", "side with", "appeal against",
    "comply with", "appeal to",
}


def _entries(lexicon: dict) -> list[tuple[str, str]]:
    out = []

    def walk(where: str, value) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if not (where == "" and key in GAZETTEERS):
                    walk(f"{where}.{key}" if where else key, inner)
        elif isinstance(value, list):
            out.extend((where, str(v).strip()) for v in value)
        elif isinstance(value, str):
            out.extend((where, v) for v in value.split("\n") if v.strip())

    walk("", lexicon)
    return out


def _fixture_texts() -> dict[str, str]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))["text"].casefold()
            for p in (ROOT / "fixtures").rglob("*.json")}


WORD_CLASSES = {"stop", "connectors", "titles", "honorifics", "org_words", "place_words", "place_heads", "thing_words",
                "groups"}  # one-word lists


def fitted(lexicon: dict, texts: dict[str, str]) -> list[str]:
    """Entries of two or more words that occur in a fixture text and are not allowed."""
    out = []
    for where, entry in _entries(lexicon):
        if where.split(".")[-1] in WORD_CLASSES or len(entry.split()) < 2 or entry.casefold() in ALLOWED:
            continue
        hits = [name for name, text in texts.items() if entry.casefold() in text]
        if hits:
            out.append(f"{where}: '{entry}' occurs in {', '.join(hits[:3])}")
    return out


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.stem)
def test_no_multiword_entry_is_copied_from_a_fixture(path):
    assert fitted(tomllib.loads(path.read_text(encoding="utf-8")), _fixture_texts()) == []


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.stem)
def test_every_lexicon_says_where_its_words_come_from(path):
    head = path.read_text(encoding="utf-8").split("[", 1)[0]
    assert "Where the words come from" in head


def test_the_guard_catches_a_phrase_copied_from_a_fixture():
    texts = _fixture_texts()
    name, text = next(iter(texts.items()))
    planted = " ".join(text.split()[3:7])
    found = fitted({"words": {"support": [planted, "called for"]}}, texts)
    assert len(found) == 1 and f"'{planted}'" in found[0] and name in found[0]
