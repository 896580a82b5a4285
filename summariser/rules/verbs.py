"""English verb forms from lemmas: the lexicons list lemmas, the rules match every inflection.

The inflections come from `lemminflect` (its bundled inflection tables from the
Automatically Generated Inflection Database, with its spelling rules for words outside
them), so doubled consonants after a stressed syllable ("expelled", "admitted"), irregular
verbs ("withdrew", "struck") and British spellings ("cancelled") need no hand list here.
A multi-word entry inflects its first word: ``call for`` -> calls for, called for, calling for.

The forms of every verb the English lexicon names are derived once per machine and kept in
the user's cache (`summariser.caching.derived`): loading lemminflect's tables costs more
than half a second, which a command that summarises one article should not pay each time.
A verb outside the lexicon is inflected by lemminflect itself.
"""

from __future__ import annotations

from functools import cache

_TAGS = {"VB": "base", "VBP": "base", "VBZ": "s", "VBD": "past", "VBN": "past", "VBG": "ing"}
_ORDER = ("base", "s", "past", "ing")


@cache
def _tagged(verb: str) -> dict[str, str]:
    """Every form of one verb with its tag; a form that is both base and past ("hit",
    "put") is ``past``."""
    known = _table().get(verb)
    return dict(known) if known is not None else _inflect(verb)


@cache
def _table() -> dict[str, dict[str, str]]:
    from summariser.caching import derived, installed_version
    from summariser.rules import code_version

    return derived("verb-forms", f"{installed_version('lemminflect')}-{code_version()}", _build)


def _build() -> dict[str, dict[str, str]]:
    """The forms of the first word of every entry of the English lexicon's lists."""
    import tomllib  # only when the cache is built: a run that reads it back need not import it
    from importlib import resources

    lexicon = tomllib.loads((resources.files("summariser.rules") / "lexicon" / "en.toml").read_text("utf-8"))
    heads: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            heads.update(v.split()[0].lower() for v in value if isinstance(v, str) and v[:1].isalpha())

    walk(lexicon)
    return {verb: _inflect(verb) for verb in sorted(heads)}


def _inflect(verb: str) -> dict[str, str]:
    from lemminflect import getAllInflections, getAllInflectionsOOV

    table = getAllInflections(verb, upos="VERB") or getAllInflectionsOOV(verb, upos="VERB")
    out = {verb: "base"}
    for penn, words in table.items():
        for word in words:
            if word not in out or _TAGS[penn] == "past":
                out[word] = _TAGS[penn]
    return dict(sorted(out.items(), key=lambda item: _ORDER.index(item[1])))


def tagged_forms(lemma: str) -> dict[str, str]:
    """Every form of a lemma with its tag: ``base``, ``s``, ``past`` (past tense or participle)
    or ``ing``; a form that is both base and past ("hit", "put") is ``past``."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    return {form + tail: tag for form, tag in _tagged(head).items()}


def forms(lemma: str) -> tuple[str, ...]:
    """Every form of a verb lemma (multi-word: of its first word, the rest kept)."""
    return tuple(tagged_forms(lemma))
