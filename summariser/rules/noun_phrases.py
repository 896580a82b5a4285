"""Noun phrases of German, French and Spanish, read from each language's lexicon.

A phrase is a determiner, its core (the noun and the adjectives around it) and the noun's
complements joined by a preposition ("le projet de réforme des retraites", "den Ausschluss
aus allen Gesprächen", "los criaderos de agua estancada"). The core stops at a function word,
a verb form of the lexicon or punctuation. The head is where the languages differ: French and
Spanish put it first (after the adjectives that stand before a noun), German writes it with a
capital after lowercase adjectives.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from summariser import patterns as re
from summariser.rules.language import lemmas
from summariser.rules.lexicon import load

_TOKEN = re.compile(r"\b(?:[LlDdJjMmNnSsTtCc]|[Qq]u)['\u2019](?=\w)|[^\W\d_][\w'\u2019-]*|\d[\d.,]*|[^\w\s]")
_MAX_CORE = 4
_MAX_COMPLEMENTS = 2


def _norm(token: str) -> str:
    return token.lower().replace("\u2019", "'").rstrip("'")


@dataclass(frozen=True)
class NounPhrases:
    """How noun phrases are written in one language other than English."""

    lang: str
    determiners: frozenset[str]
    complements: frozenset[str]
    prenominal: frozenset[str]
    stop: frozenset[str]
    verbs: frozenset[str]
    not_issues: frozenset[str]
    nominal: re.Pattern
    event_nouns: frozenset[str]
    infinitive: tuple[str, ...]

    def tokens(self, text: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]

    def _word(self, token: str) -> bool:
        low = _norm(token)
        return token[:1].isalpha() and low not in self.stop and low not in self.verbs and "'" not in token[1:2]

    def _core(self, toks: list, i: int) -> int | None:
        """The index after the core that starts at ``i``, or None when no noun starts there."""
        j = i
        if self.lang == "de":  # lowercase adjectives, then the capitalised noun
            while j < len(toks) and j - i < _MAX_CORE and self._word(toks[j][2]) and toks[j][2][:1].islower():
                j += 1
            return j + 1 if j < len(toks) and self._word(toks[j][2]) and toks[j][2][:1].isupper() else None
        head = None  # the noun, after the adjectives that stand before it; one adjective may follow it
        while j < len(toks) and j - i < _MAX_CORE and self._word(toks[j][2]) and (head is None or j <= head + 1):
            if head is None and _norm(toks[j][2]) not in self.prenominal:
                head = j
            j += 1
        return j if head is not None else None

    def at(self, toks: list, i: int) -> int | None:
        """The index after the phrase whose determiner is ``toks[i]``, or None."""
        if _norm(toks[i][2]) not in self.determiners:
            return None
        j = self._core(toks, i + 1)
        if j is None:
            return None
        for _ in range(_MAX_COMPLEMENTS):
            if j >= len(toks) or _norm(toks[j][2]) not in self.complements:
                break
            start = j + 1 + (j + 1 < len(toks) and _norm(toks[j + 1][2]) in self.determiners)
            if start < len(toks) and _norm(toks[start][2]).endswith(self.infinitive):  # "de sauver": a verb
                break
            end = self._core(toks, start) if start < len(toks) else None
            if end is None:
                break
            j = end
        return j

    def phrases(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, phrase) of the noun phrases of ``text``, determiner included."""
        toks, out, i = self.tokens(text), [], 0
        while i < len(toks):
            j = self.at(toks, i)
            if j is None:
                i += 1
                continue
            start, end = toks[i][0], toks[j - 1][1]
            out.append((start, end, text[start:end]))
            i = j
        return out

    def after(self, tail: str, reach: int = 4) -> str | None:
        """The noun phrase that starts within the first ``reach`` words of ``tail`` (what follows
        a verb: "exclu mercredi tout retrait du texte" -> "tout retrait du texte")."""
        toks = self.tokens(tail)
        for i in range(min(reach, len(toks))):
            if not toks[i][2][:1].isalpha():
                return None
            if (j := self.at(toks, i)) is not None:
                return tail[toks[i][0] : toks[j - 1][1]]
        return None

    def head(self, phrase: str) -> str:
        """The head noun of a phrase, folded: lowercase, a Romance plural made singular."""
        toks = self.tokens(phrase)
        start = 1 if toks and _norm(toks[0][2]) in self.determiners else 0
        end = self._core(toks, start) if start < len(toks) else None
        if end is None:
            return ""
        core = [_norm(t[2]) for t in toks[start:end]]
        if self.lang == "de":
            return core[-1]
        return self.fold(next((w for w in core if w not in self.prenominal), core[-1]))

    def fold(self, word: str) -> str:
        return fold(word, self.lang)

    def words(self, phrase: str) -> list[str]:
        """The folded words of a phrase that are not function words (what it may be referred to by)."""
        return [self.fold(_norm(t)) for _, _, t in self.tokens(phrase) if self._word(t)]


def fold(word: str, lang: str) -> str:
    """A word as a key: lowercase; in French and Spanish without accents and made singular
    ("regiones" -> "region", "hôpitaux" -> "hopitau")."""
    word = word.lower()
    if lang == "de":
        return word
    if not word.isascii():  # no ASCII letter decomposes or combines
        word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    if lang == "es" and len(word) > 4 and word.endswith("es") and word[-3] in "lrndj":
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) else word


@cache
def noun_phrases(lang: str) -> NounPhrases:
    """The noun phrase grammar of ``lang`` (German, French or Spanish), built once."""
    lexicon = load(lang)
    words = lexicon["words"]
    known = lemmas(lang)
    verb_lemmas = {w for section in ("events", "stances") for es in lexicon.get(section, {}).values()
                   for e in es for w in e.split()} | set(words["reporting_verbs"])
    verbs = {f for f, lemma in known.lemma_of.items() if lemma in verb_lemmas} | set(words["auxiliaries"].split())
    nouns = {w for c in ("titles", "org_words", "groups", "institutions") for w in words[c].split()}
    event_nouns = frozenset(n for ns in lexicon.get("nominal", {}).values() for n in ns)
    return NounPhrases(
        lang, frozenset(words["determiners"].split()), frozenset(words["complement_prepositions"].split()),
        frozenset(words["prenominal_adjectives"].split()),
        frozenset(words["stop"].split()) | frozenset(words["determiners"].split()) | frozenset(words["negations"].split()),
        frozenset(verbs - event_nouns), frozenset(fold(w, lang) for w in nouns),
        re.compile(rf"(?:{'|'.join(words['nominal_suffixes'].split())})$"), event_nouns,
        tuple(words["infinitive_endings"].split()) or ("\x00",),
    )


def head_part(complement: str) -> str:
    """A noun phrase complement up to its first prepositional postmodifier ("a travesty of justice": "a travesty"),
    any other complement whole ("meant to intimidate voters")."""
    words = complement.lstrip(" \"'\u201c").split(None, 1)
    return _POSTMODIFIER.split(complement, 1)[0] if words and words[0].lower() in ("a", "an", "the") else complement


_POSTMODIFIER = re.compile(r"\s+(?:of|for|to|on|against|in|by|from|with)\s", re.IGNORECASE)
