"""The language of an article, and the lexicon's verbs in every inflected form (German, French, Spanish).

English keeps its own rules (``verbs.py`` inflects its lemmas); for the other languages the
lexicon lists lemmas and ``lexicon/forms/<lang>.json`` lists the forms of each, taken from
simplemma's dictionary by ``build_forms``. Loading a whole simplemma dictionary costs 0.4 to
2.4 s of CPU per language, so the rules read only the forms of the lexicon's own lemmas
(a few kilobytes), loaded once per language and only for text in that language.

Detection counts each lexicon's function words ("the of and", "der die und", ...): news text
of a paragraph or more is decided by them at no cost; py3langid settles the rest.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from functools import cache

from summariser import patterns as re
from summariser.rules.lexicon import load

LANGUAGES = ("en", "de", "fr", "es")
"""The languages with a lexicon; any other is read with the English rules."""
FINITE, INFINITIVE, NOUN = 0, 1, 2
"""What an event cue is: a finite verb, an infinitive (its lemma's own form), a noun."""
_WORD = re.compile(r"\w[\w'\u2019-]*")
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = re.compile(r"[a-z]+")
"""`_LETTERS` of a lowercase ASCII text: the same words, found without Unicode's tables."""
_ELIDED = re.compile(r"^(?:[ldjmnstc]|qu)['\u2019]")
"""A French elided clitic stuck to its verb ("n'exclut", "s'oppose", "l'a")."""


def detect(text: str) -> str:
    """The language of ``text`` among ``LANGUAGES``, "en" when it is none of them."""
    low = text[:4000].lower()
    words = (_ASCII_LETTERS if low.isascii() else _LETTERS).findall(low)
    seen = Counter(words)  # each word counted once, then looked up once per language
    counts = sorted(((_count(seen, _function_words(lang)), lang) for lang in LANGUAGES), reverse=True)
    (best, lang), (second, _) = counts[0], counts[1]
    if best >= 8 and best >= 2 * second:
        return lang
    return _langid(text[:4000])


def _count(seen: Counter[str], function_words: frozenset[str] | set[str]) -> int:
    """How many of the words counted in ``seen`` are function words."""
    return sum(n for w, n in seen.items() if w in function_words)


def _langid(text: str) -> str:
    import py3langid  # its model loads in about half a second: only for text the counts leave open

    lang, _ = py3langid.classify(text)
    return lang if lang in LANGUAGES else "en"


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(load(lang)["words"].get("function_words", "").split())


@dataclass(frozen=True)
class Lemmas:
    """Every form of a language's lexicon verbs, mapped to its lemma, and its event verbs by kind."""

    lang: str
    lemma_of: dict[str, str]
    kind_of: dict[tuple[str, ...], str]
    nominal: dict[str, str]
    """Noun lemma -> the kind of act it names."""
    """Lemma sequence (one lemma, or a phrase) -> PLOVER kind."""
    longest: dict[str, int]
    """First lemma of a phrase -> its most words."""
    reporting: frozenset[str]
    particles: frozenset[str]
    negations: frozenset[str]
    auxiliaries: frozenset[str]
    participle_endings: tuple[str, ...]
    coordinators: frozenset[str]
    person_pronouns: frozenset[str]
    _purpose: re.Pattern
    stance_of: dict[tuple[str, ...], str]
    """Lemma sequence of a stance verb -> "support" or "oppose"."""
    negations_after: frozenset[str]
    negation_reach: int
    """How many words after a verb its negation may stand."""

    def lemma(self, word: str) -> str:
        low = word.lower()
        if low not in self.lemma_of and (bare := _ELIDED.sub("", low)) != low:  # "n'exclut", "s'oppose"
            return self.lemma_of.get(bare, bare)
        return self.lemma_of.get(low, low)

    def cues(self, clause: str):
        """(offset, kind, infinitive) of every event verb of ``clause``, by lemma, negated and
        adjectival ones left out, finite verbs before infinitives; a
        German separable verb is found by its particle at the end of the clause ("schloss ... aus")."""
        words = [(m.start(), m.group()) for m in _WORD.finditer(clause)]
        lemmas = [self.lemma(w) for _, w in words]
        later = []
        for i, (at, word) in enumerate(words):
            kind = self._kind_at(lemmas, i) or self._separable(clause, words, lemmas, i)
            nominal = self.nominal.get(lemmas[i]) if not kind else None
            before = [w.lower() for _, w in words[max(0, i - 3) : i]]
            if not (kind or nominal) or any(self.lemma(w) in self.negations for w in before[-2:]) or _negated(word):
                continue
            if nominal:
                later.append((at, nominal, NOUN))
            elif not self._adjectival(word, before):
                if word.lower() == lemmas[i]:
                    later.append((at, kind, INFINITIVE))
                else:
                    yield at, kind, FINITE
        yield from sorted(later, key=lambda c: c[2])

    def cue(self, clause: str) -> tuple[int, str] | None:
        """The clause's event verb: the first of a specific kind, else a noun of a specific kind
        after a verb ("anunció el despliegue"), else the first verb; an infinitive of purpose
        comes last ("anunció una campaña para retirar": the announcement is the act)."""
        every = list(self.cues(clause))
        verbs = [c for c in every if c[2] != NOUN]
        found = [c for c in verbs if not (c[2] and self._purpose.search(clause[max(0, c[0] - 24) : c[0]]))]
        nouns = [c for c in every if c[2] == NOUN] if verbs else []  # "anunció el despliegue": a noun names the act
        specific = [c for c in found if c[1] != "other"] + nouns
        best = (specific or found or verbs or [None])[0]
        return best[:2] if best else None

    def pronoun(self, clause: str, last_person: str | None) -> str | None:
        """``last_person`` when ``clause`` starts with a pronoun for one person ("Elle a exhorté")."""
        first = _WORD.match(clause.lstrip("\"\u201e\u00ab "))
        return last_person if first and first.group().lower() in self.person_pronouns else None

    def _adjectival(self, word: str, before: list[str]) -> bool:
        """A past participle with no auxiliary before it: "Réunie mardi", "una carta dirigida a"."""
        return word.lower().endswith(self.participle_endings) and not self.auxiliaries.intersection(before)

    def coordinated(self, text: str) -> list[int]:
        """Offsets of the conjunctions that join a second finite verb: "rechazó ... y aseguró"."""
        words = list(_WORD.finditer(text))
        out = []
        for a, b in zip(words, words[1:]):
            form = b.group().lower()
            lemma = self.lemma_of.get(form)
            if a.group().lower() in self.coordinators and lemma and lemma != form and form not in self.auxiliaries:
                out.append(a.start())
        return out

    def _kind_at(self, lemmas: list[str], i: int, table: dict | None = None) -> str | None:
        table = self.kind_of if table is None else table
        for n in range(min(self.longest.get(lemmas[i], 1), len(lemmas) - i), 0, -1):
            kind = table.get(tuple(lemmas[i : i + n]))
            if kind:
                return kind
        return None

    def _separable(self, clause: str, words: list, lemmas: list[str], i: int, table: dict | None = None) -> str | None:
        if not self.particles:
            return None
        stop = re.search(r"[,;:.!?\u201c\u201e\"]", clause[words[i][0] :])
        end = words[i][0] + stop.start() if stop else len(clause)
        last = max((j for j in range(i + 1, len(words)) if words[j][0] < end), default=None)
        if last is None or words[last][1].lower() not in self.particles:
            return None
        return (self.kind_of if table is None else table).get((words[last][1].lower() + lemmas[i],))

    def stances(self, clause: str):
        """(start, end, polarity) of the stance verbs of ``clause`` by lemma ("a rejeté",
        "lehnte ... ab"), participles with no auxiliary before them left out ("la loi rejetée");
        a negation just before the verb or just after it ("n'exclut pas", "unterstützt nicht")
        turns the polarity round."""
        words = [(m.start(), m.group()) for m in _WORD.finditer(clause)]
        lemmas = [self.lemma(w) for _, w in words]
        for i, (at, word) in enumerate(words):
            polarity = self._kind_at(lemmas, i, self.stance_of) or self._separable(clause, words, lemmas, i, self.stance_of)
            if not polarity or (self.lang == "de" and i and word[:1].isupper()):  # a German noun: "das Verbot"
                continue
            before = [w.lower() for _, w in words[max(0, i - 3) : i]]
            if self.participle_endings and self._adjectival(word, before):
                continue
            stop = re.search(r"[,;:.!?]", clause[at:])  # German "nicht" ends the middle field: up to the comma
            after = [w.lower() for a, w in words[i + 1 : i + 1 + self.negation_reach] if not stop or a < at + stop.start()]
            if _negated(word) or any(self.lemma(w) in self.negations for w in before[-2:]) or self.negations_after.intersection(after):
                polarity = "oppose" if polarity == "support" else "support"
            yield at, at + len(word), polarity

    def reporting_at(self, text: str) -> list[int]:
        """Offsets of the reporting verbs in ``text`` (with a separable particle: its verb)."""
        return [m.start() for m in _WORD.finditer(text) if self.lemma(m.group()) in self.reporting]


def _negated(word: str) -> bool:
    """A verb with the French negation stuck to it: "n'exclut (pas)"."""
    return bool(_ELIDED.match(word.lower())) and word[:1].lower() == "n"


def _alternation(words: str) -> str:
    return "|".join(re.escape(w) for w in sorted(words.split(), key=len, reverse=True))


@cache
def clause_pattern(lang: str) -> re.Pattern:
    """Where a sentence of ``lang`` splits into clauses: a semicolon, or a comma before a
    coordinating conjunction ("und", "et", "y")."""
    return re.compile(rf";\s+|,\s+(?=(?:{_alternation(load(lang)['words']['coordinators'])})\s)", re.IGNORECASE)


@cache
def tail_pattern(lang: str) -> re.Pattern:
    """Where an event's evidence ends in ``lang``: a comma before a relative pronoun or a
    subordinator, a dash, or a colon before a quote."""
    words = load(lang)["words"]
    return re.compile(rf",\s+(?=(?:{_alternation(words['clause_words'])})\b)"
                      rf"|(?:,\s+|\s+)(?=(?:{_alternation(words['tail_words'])})\b)"
                      r"|\s+[\u2014\u2013]\s+|\s+-\s+|:\s+[\"\u201c\u201e\u00ab]", re.IGNORECASE)


def _forms_file(lang: str):
    from pathlib import Path

    return Path(_forms_path(lang))


def _forms_path(lang: str) -> str:
    # a string, not a Path: a cold command reads every language's forms, and need not import pathlib
    return os.path.join(os.path.dirname(__file__), "lexicon", "forms", f"{lang}.json")


@cache
def lemmas(lang: str) -> Lemmas:
    """The verbs of ``lang``'s lexicon in every form (loaded once, on first use)."""
    lexicon = load(lang)
    words = lexicon["words"]
    with open(_forms_path(lang), encoding="utf-8") as f:
        forms: dict[str, list[str]] = json.loads(f.read())
    lemma_of = {form: lemma for lemma, fs in forms.items() for form in fs}
    lemma_of.update({lemma: lemma for lemma in forms})
    kind_of = {tuple(entry.split()): kind for kind, entries in lexicon["events"].items() for entry in entries}
    stance_of = {tuple(entry.split()): polarity for polarity, entries in lexicon.get("stances", {}).items()
                 for entry in entries}
    longest: dict[str, int] = {}
    for phrase in [*kind_of, *stance_of]:
        longest[phrase[0]] = max(longest.get(phrase[0], 1), len(phrase))
    nominal = {noun: kind for kind, nouns in lexicon.get("nominal", {}).items() for noun in nouns}
    return Lemmas(lang, lemma_of, kind_of, nominal, longest, frozenset(words["reporting_verbs"]),
                  frozenset(words["separable_particles"].split()), frozenset(words["negations"].split()),
                  frozenset(words["auxiliaries"].split()), tuple(words["participle_endings"].split()),
                  frozenset(words["coordinators"].split()), frozenset(words["person_pronouns"].split()),
                  re.compile(rf"\b(?:{_alternation(words['tail_words'])})\s+(?:\w+\s+)?$", re.IGNORECASE),
                  stance_of, frozenset(words.get("negations_after", "").split()),
                  int(words.get("negation_reach", 2)))


def _wanted(lang: str) -> set[str]:
    """The lemmas whose forms the rules need: event and reporting verbs, each word of a phrase,
    and the bare verb of a separable one ("ausschließen" -> "schließen")."""
    words = load(lang)["words"]
    entries = [e for section in ("events", "nominal", "stances") for es in load(lang).get(section, {}).values() for e in es]
    entries += list(words["reporting_verbs"])
    wanted = {w for e in entries for w in e.split()}
    particles = words.get("separable_particles", "").split()
    wanted |= {e[len(p) :] for e in list(wanted) for p in particles if e.startswith(p) and len(e) > len(p) + 3}
    return wanted


def build_forms(lang: str) -> dict[str, list[str]]:
    """Every form simplemma's dictionary gives for each wanted lemma of ``lang`` (run when the
    lexicon changes: ``python -m summariser.rules.language de fr es``)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    wanted = _wanted(lang)
    out: dict[str, set[str]] = {lemma: set() for lemma in wanted}
    for form, lemma in DefaultDictionaryFactory().get_dictionary(lang).items():
        lemma = lemma.lower()  # German nouns: "Angriffe" -> "Angriff"
        if lemma in out and form.lower() != lemma:
            out[lemma].add(form.lower())
    base = {w for s in ("events", "nominal", "stances") for e in load(lang).get(s, {}).values() for x in e for w in x.split()}
    base |= set(load(lang)["words"]["reporting_verbs"])
    return {lemma: sorted(fs) for lemma, fs in sorted(out.items()) if fs or lemma in base}


if __name__ == "__main__":
    import sys
    from pathlib import Path

    for code in sys.argv[1:]:
        path = Path(__file__).parent / "lexicon" / "forms" / f"{code}.json"
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(build_forms(code), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(path)
