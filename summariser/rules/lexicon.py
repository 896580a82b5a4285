"""The word lists the rules read, loaded from one data file per language (``lexicon/<lang>.toml``).

Each file says where its words come from. Entries are general language (a reporting
verb, a title, an organisation suffix), never phrases of an article we test on.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def load(language: str = "en") -> dict:
    """The lexicon of ``language`` as parsed TOML."""
    return tomllib.loads((resources.files("summariser.rules") / "lexicon" / f"{language}.toml").read_text("utf-8"))


def _words(section: str, key: str) -> frozenset[str]:
    value = load()[section][key]
    return frozenset(value.split() if isinstance(value, str) else value)


STOP = _words("words", "stop")
CONNECTORS = _words("words", "connectors")
TITLES = _words("words", "titles")
HONORIFICS = _words("words", "honorifics")
ORG_WORDS = _words("words", "org_words")
GROUPS = tuple(load()["words"]["groups"].split())
COUNTRIES = _words("places", "countries") | _words("places", "multiword_countries")
ACTION_CUES: dict[str, tuple[str, ...]] = {kind: tuple(cues) for kind, cues in load()["events"].items()}
REPORTING = tuple(load()["words"]["reporting"])
SUPPORT_WORDS = tuple(load()["words"]["support"])
OPPOSE_WORDS = tuple(load()["words"]["oppose"])
