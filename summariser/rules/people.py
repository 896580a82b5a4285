"""Which words are given names, so that a name's shape tells a person from a body or a place.

Data, bundled with the packages:
- ``gender-guesser``: Jörg Michael's dictionary of some 48,000 first names from every
  European country and many others (we read only the names, not the genders);
- the lexicon's own titles, organisation words and stop words, which are never first names
  here ("General", "Justice" and "Grant" are titles or words before they are names).
"""

from __future__ import annotations

from importlib import resources

import gender_guesser

from summariser.rules.lexicon import CONNECTORS, ORG_WORDS, STOP, TITLES


def _first_names() -> frozenset[str]:
    text = (resources.files(gender_guesser) / "data" / "nam_dict.txt").read_text("utf-8")
    lines = (line for line in text.splitlines() if line[:1] != "#" and line[3:].strip())
    names = (line[3:].split()[0].replace("+", "-") for line in lines)  # "M  Jean+Pierre   ..." -> Jean-Pierre
    excluded = TITLES | ORG_WORDS | STOP | CONNECTORS
    return frozenset(n for n in names if n and " " not in n and n.lower() not in excluded)


FIRST_NAMES = _first_names()


def is_first_name(word: str) -> bool:
    """A known given name ("Corey", "Krzysztof") or an initial ("J.", "F")."""
    return word in FIRST_NAMES or (len(word.rstrip(".")) == 1 and word[:1].isupper())
