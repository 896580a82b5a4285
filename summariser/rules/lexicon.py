"""The word lists the rules read, loaded from one data file per language (``lexicon/<lang>.toml``).

Each file says where its words come from. Entries are general language (a reporting
verb, a title, an organisation suffix), never phrases of an article we test on.
"""

from __future__ import annotations

from functools import cache

from summariser.rules.verbs import forms


@cache
def load(language: str = "en") -> dict:
    """The lexicon of ``language`` as parsed TOML.

    Read from the user's cache, where every language's lexicon is kept parsed (as JSON,
    under the rules' version): parsing the TOML files again on each run costs ten times
    more, and telling an article's language reads the function words of all of them.
    """
    lexicons = _parsed()
    return lexicons[language] if language in lexicons else _parse(language)


@cache
def _parsed() -> dict[str, dict]:
    from summariser.caching import derived
    from summariser.rules import code_version

    return derived("lexicons", code_version(), _parse_all)  # type: ignore[return-value]


def _parse_all() -> dict[str, dict]:
    from importlib import resources

    folder = resources.files("summariser.rules") / "lexicon"
    names = sorted(item.name for item in folder.iterdir() if item.name.endswith(".toml"))
    return {name.removesuffix(".toml"): _parse(name.removesuffix(".toml")) for name in names}


def _parse(language: str) -> dict:
    import tomllib  # only when the cache is built: a run that reads it back need not import it
    from importlib import resources

    return tomllib.loads((resources.files("summariser.rules") / "lexicon" / f"{language}.toml").read_text("utf-8"))


@cache
def _given_names() -> dict[str, str]:
    """Kept in the user's cache under the rules' version, as the lexicons are: read back with no file lookup."""
    from summariser.caching import derived
    from summariser.rules import code_version

    return derived("given_names", code_version(), _read_given_names)  # type: ignore[return-value]


def _read_given_names() -> dict[str, str]:
    import json
    from importlib import resources

    data = json.loads((resources.files("summariser.rules") / "lexicon" / "given_names.json").read_text("utf-8"))
    return {name: "f" for name in data["female"].split()} | {name: "m" for name in data["male"].split()}


def given_name_gender(name: str) -> str | None:
    """"f" or "m" when ``name`` is a given name that 95 in 100 of its bearers of one sex have (``given_names.json``,
    built by scripts/lexicon_given_names.py), else None. Read only when first asked."""
    return _given_names().get(name.lower())


def _words(section: str, key: str) -> frozenset[str]:
    value = load()[section][key]
    return frozenset(value.split() if isinstance(value, str) else value)


STOP = _words("words", "stop")
CONNECTORS = _words("words", "connectors")
TITLES = _words("words", "titles")
HONORIFICS = _words("words", "honorifics")
ORG_WORDS = _words("words", "org_words")
PLACE_WORDS = _words("words", "place_words")
"""Heads of place names (not actors, not matters at stake)."""
PLACE_HEADS = _words("words", "place_heads")
THING_WORDS = _words("words", "thing_words")
GROUPS = tuple(load()["words"]["groups"].split())
INSTITUTIONS = tuple(load()["words"]["institutions"].split())
COUNTRIES = _words("places", "countries") | _words("places", "multiword_countries")
EVENT_LEMMAS: dict[str, tuple[str, ...]] = {kind: tuple(cues) for kind, cues in load()["events"].items()}
ACTION_CUES: dict[str, tuple[str, ...]] = {
    kind: tuple(dict.fromkeys(f for lemma in lemmas for f in forms(lemma))) for kind, lemmas in EVENT_LEMMAS.items()
}
"""Every inflected form of the event verbs, by PLOVER kind."""
REPORTING = tuple(load()["words"]["reporting"])
REPORTING_VERBS = tuple(load()["words"]["reporting_verbs"])
"""The lemmas of the verbs that attribute speech (Quirk et al. 14.29-14.31), inflected by the rules."""
SUPPORT_WORDS = tuple(load()["words"]["support"])
OPPOSE_WORDS = tuple(load()["words"]["oppose"])
STANCE_VERBS: dict[str, tuple[str, ...]] = {
    polarity: tuple(dict.fromkeys(f for lemma in load()["stances"][polarity] for f in forms(lemma)))
    for polarity in ("support", "oppose")
}
"""Every inflected form of the verbs that take a position towards their object, by polarity."""
ISSUE_VERBS = frozenset(f for lemma in load()["stances"]["issue"] for f in forms(lemma))
"""Forms of the verbs whose object is a party and whose "over ..." phrase is the thing at stake."""
