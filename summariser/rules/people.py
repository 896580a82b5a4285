"""Which words are given names, so that a name's shape tells a person from a body or a place.

The names are derived from these sources once per machine and kept in the user's cache
(`summariser.caching.derived`), so that summarising does not parse the dictionary each time
(the dictionary's licence, the GNU FDL, is why the derived list is not shipped with us):
- ``gender-guesser``: Jörg Michael's dictionary of some 48,000 first names from every
  European country and many others (we read only the names, not the genders);
- the lexicon's own titles, organisation words and stop words, which are never first names
  here ("General", "Justice" and "Grant" are titles or words before they are names).
"""

from __future__ import annotations

from functools import cache

from summariser.caching import derived, installed_version
from summariser.rules import code_version
from summariser.rules.lexicon import CONNECTORS, ORG_WORDS, STOP, TITLES, load


def build() -> list[str]:
    """The given names of gender-guesser's dictionary, sorted."""
    from importlib import resources

    import gender_guesser

    text = (resources.files(gender_guesser) / "data" / "nam_dict.txt").read_text("utf-8")
    lines = (line for line in text.splitlines() if line[:1] != "#" and line[3:].strip())
    names = (line[3:].split()[0].replace("+", "-") for line in lines)  # "M  Jean+Pierre   ..." -> Jean-Pierre
    excluded = TITLES | ORG_WORDS | STOP | CONNECTORS
    return sorted({n for n in names if n and " " not in n and n.lower() not in excluded})


FIRST_NAMES = frozenset(derived("first-names", f"{installed_version('gender-guesser')}-{code_version()}", build))


MONTH_NAMES = frozenset(w.title() for w in load()["words"]["month_given_names"].split())
"""Given names that are also month names ("Jan", "May"), which the stop words keep out of `FIRST_NAMES`."""


def is_first_name(word: str) -> bool:
    """A known given name ("Corey", "Krzysztof", "Jan") or an initial ("J.", "F")."""
    return word in FIRST_NAMES or word in MONTH_NAMES or (len(word.rstrip(".")) == 1 and word[:1].isupper())


def _build_genders() -> dict[str, str]:
    """The given names gender-guesser's dictionary gives one sex only ("m" or "f"; mostly or always), lowercase."""
    from importlib import resources

    import gender_guesser

    text = (resources.files(gender_guesser) / "data" / "nam_dict.txt").read_text("utf-8")
    seen: dict[str, set[str]] = {}
    for line in text.splitlines():
        code, rest = line[:2].strip(), line[3:].split()
        if line[:1] != "#" and rest and code in ("M", "1M", "?M", "F", "1F", "?F"):
            seen.setdefault(rest[0].replace("+", "-").lower(), set()).add(code[-1].lower())
    return {name: sexes.pop() for name, sexes in sorted(seen.items()) if len(sexes) == 1}


def gender_of(first_name: str) -> str | None:
    """"m" or "f" for a given name the dictionary gives one sex only, else None (unknown or both: "Andrea")."""
    return _genders().get(first_name.lower())


@cache
def _genders() -> dict[str, str]:
    return derived("first-name-genders", f"{installed_version('gender-guesser')}-{code_version()}", _build_genders)
