"""English verb forms from lemmas: the lexicons list lemmas, the rules match every inflection.

The inflections come from `lemminflect` (its bundled inflection tables from the
Automatically Generated Inflection Database, with its spelling rules for words outside
them), so doubled consonants after a stressed syllable ("expelled", "admitted"), irregular
verbs ("withdrew", "struck") and British spellings ("cancelled") need no hand list here.
A multi-word entry inflects its first word: ``call for`` -> calls for, called for, calling for.
"""

from __future__ import annotations

from functools import cache

from lemminflect import getAllInflections, getAllInflectionsOOV

_TAGS = {"VB": "base", "VBP": "base", "VBZ": "s", "VBD": "past", "VBN": "past", "VBG": "ing"}
_ORDER = ("base", "s", "past", "ing")


@cache
def _tagged(verb: str) -> dict[str, str]:
    """Every form of one verb with its tag; a form that is both base and past ("hit",
    "put") is ``past``."""
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
