"""Where each actor is named in an article, and who "he", "she" or "the company" refers to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from summariser import patterns
from summariser.rules.actors import LOCATIVE as _LOCATIVE
from summariser.rules.actors import ADDRESSED_BEFORE, VOICE_BEFORE
from summariser.rules.actors import Candidate
from summariser.rules.lexicon import ORG_WORDS, STOP, TITLES, given_name_gender, load
from summariser.rules.places import nationality
from summariser.rules.sentences import without_quotations

_PRONOUN = patterns.compile(r"^(?:[\"\u201c]?)(?:(?:on|in|last|this|by|early|late)\s+[\w-]+(?:\s+(?:morning|afternoon|evening|"
                            r"night))?,?\s+|(?:earlier|later|then|meanwhile|yesterday|today),?\s+)?"
                            rf"(he|she|it|they|the (?:{'|'.join(load()['words']['anaphoric_roles'].split())}))\b",
                            re.IGNORECASE)
"""A subject pronoun or anaphoric role opening a clause, after a short opening adverbial of time if any ("On Wednesday
he", "Later she"; Quirk et al. 1985, 8.15 on initial adverbials)."""


_SEX_OF_TITLE = {**{t: "f" for t in load()["words"]["female_titles"].split()},
                 **{t: "m" for t in load()["words"]["male_titles"].split()}}
_TITLE_BEFORE = patterns.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+)\.?[ \t]+$")
"""The capitalised word right before a name, an abbreviation's full stop allowed ("Ms. Okafor", "Sir Keir")."""
_COUNT_FIRST = patterns.compile(r"(?i:(?:tens|hundreds)\s+of\s+thousands|thousands|hundreds|dozens|scores|millions)\s+of\s")
"""A collective's alias with its count first ("Thousands of opposition supporters"): the scorer's, no mention's form."""


_DEFINITE_NOUN = patterns.compile(r"[Tt]he(?:\s+[a-z][\w-]*)+")
"""A definite common noun phrase ("the company", "The state carrier"): a body referred back to, not named."""
_CAPITAL_BEFORE = patterns.compile(r"(?<![\w'\u2019.-])([A-Z][\w'\u2019-]*)[ \t]+$")
"""A capitalised word right before, spaces between (no full stop: "Ms. Hill", "U.S. Hill" are not names' words)."""
OBLIQUE = patterns.compile(r"\b(?:of|by|to|with|for|against|from|on|about|and|than|at|after|before|over)\s+"
                           r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$")
"""A name after a preposition, possibly behind its title ("the son of President X"): not the subject."""
POSSESSIVE = patterns.compile(r"(?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*['\u2019]s\b")
"""A name as a possessive modifier ("Biden's win"), matched at the name: not the subject."""

_NOT_POSSESSIVE = "(?!['\u2019]s\\b)"
"""A role noun names its actor only when not a possessive ("the president's lawsuit" is a thing)."""
_TITLE_MODIFIERS = frozenset(load()["words"]["title_modifiers"].split())
"""Title words that qualify a title rather than name one ("Secretary of State" ends in "State")."""


_LESSER = frozenset(load()["words"]["lesser_titles"].split())
"""Ranks below the office they qualify: a vice president is not "the president"."""


_GOVERNMENT_NOUNS = load()["words"]["government_nouns"].split()
"""What prose calls a state's government ("the government", "the regime"; WordNet 3.0 government.n.01)."""


_KINDS = "|".join(sorted(set(load()["words"]["body_classifiers"].split()) | set(ORG_WORDS) - set(_GOVERNMENT_NOUNS)
                        - {"forces", "force", "army", "navy", "police", "guard", "service", "services", "inc", "ltd", "plc", "corp"},
                        key=lambda w: (-len(w), w)))
_APPOSED = patterns.compile(rf",\s+(?:the|a|an|its|their|(?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){{0,3}}?({_KINDS})\b(?=\s*[,;.)]|\s+(?:that|which|of|in|for|with|at)\b)",
                           re.IGNORECASE)
"""An apposition naming a body's kind right after its name: ", the services union,", ", Spain's largest union."."""
_CLASSIFIED = patterns.compile(rf"\b[Tt]he\s+(?:[\w'\u2019-]+\s+){{0,3}}?({_KINDS})\s+$")
"""A body's kind as the classifier before its name: "the rights group ", "the Italian energy company "."""


def _head_noun(words: list[str]) -> str | None:
    """The noun a body's name is headed by, which prose names it by again: "National Electoral
    Commission" gives "commission", "Court of Appeal" gives "court" (the head comes before "of",
    Quirk et al. 17.38). A union of states named by a place ("European Union") is not "the union":
    news uses that for a trade union."""
    before_of = words[: words.index("of")] if "of" in words else words
    if len(words) < 2 or not before_of or before_of[-1].lower() not in ORG_WORDS:
        return None
    head = before_of[-1].lower()
    if head in ("union", "unions") and len(before_of) >= 2 and (nationality(before_of[-2]) or before_of[-2].endswith(("an", "ic"))):
        return None
    return head


def _role_nouns(role: str) -> list[str]:
    """How prose names a person again by their title: "Foreign Minister" gives "foreign minister"
    and "minister"; "Philippine President" gives "president"; a past role ("Ex-Prime Minister",
    "former") gives none."""
    words = role.lower().split()
    if words[0].startswith(("ex-", "former")) or words[-1] not in TITLES or words[-1] in _TITLE_MODIFIERS:
        return []
    nouns = [words[-1]]
    if len(words) >= 2 and not nationality(words[-2].title()) and words[-2].isalpha():
        nouns.append(" ".join(words[-2:]))
        if words[-2] in _LESSER:
            nouns.remove(words[-1])  # a vice president is not "the president"
    return nouns


@dataclass
class Mentions:
    """Where each actor is named, and who was named last (for pronouns)."""

    actors: list[tuple[Candidate, str]]  # (candidate, id)
    last_person: str | None = None
    last_body: str | None = None
    last_organised: str | None = None
    """The body named last that is no crowd counted by its members ("thousands of people"): whom "the group" or "the
    company" refers back to (a counted crowd is people, no body that speaks or acts as one)."""
    text: str = ""
    """The article, where a body is introduced by its kind ("Verdi, the services union")."""
    subjects: list[str] = field(default_factory=list)
    """The people noted as a sentence's subject, in order: who else "he" or "she" may be."""

    def __post_init__(self) -> None:
        self._kinds = {actor_id: c.kind for c, actor_id in self.actors}
        self.people = frozenset(actor_id for c, actor_id in self.actors if c.kind == "person")
        """The ids of the actors that are people."""
        self.crowds = frozenset(actor_id for c, actor_id in self.actors if c.kind == "group"
                                 and any(_COUNT_FIRST.match(f) or f[:1].isdigit() for f in c.forms))
        """Collectives the article counts ("Thousands of people fled"): a number of people, no organised body."""
        # one pattern for every surface form, longest first; groups match in any case
        states = sorted(((c.mentions, actor_id) for c, actor_id in self.actors if c.kind == "state"), reverse=True)
        self.government = states[0][1] if states and (len(states) == 1 or states[0][0] > states[1][0]) else None
        """The state "the government" stands for: the one the article names most (the labelling guide)."""
        self._roles: set[str] = set()
        self._ids = {f: actor_id for c, actor_id in self.actors for f in c.forms if c.kind != "group"}
        self._words_of = {actor_id: {w for f in c.forms for w in f.split()} for c, actor_id in self.actors}
        self._surnames: set[str] = set()
        """Surnames alone that only the short forms give ("Hill" of "Tom Hill")."""
        for form, actor_id in self._short_forms().items():
            if form not in self._ids and " " not in form and self._kinds[actor_id] == "person":
                self._surnames.add(form)
            self._ids.setdefault(form, actor_id)
        self._group_ids = {f.lower(): actor_id for c, actor_id in self.actors for f in c.forms
                           if c.kind == "group" and not _COUNT_FIRST.match(f)}  # the bare collective is its mention
        self._names = self._compile(self._ids, 0, self._roles)
        self._groups = self._compile(self._group_ids, re.IGNORECASE)
        owners: dict[str, list[str]] = {}
        for c, actor_id in self.actors:
            for f in c.forms:
                if c.kind == "organisation" and _DEFINITE_NOUN.fullmatch(f):
                    owners.setdefault(f, []).append(actor_id)
        self._shared = {f: ids for f, ids in owners.items() if len(ids) > 1}
        """Definite nouns that refer back to several bodies ("the company" for two companies): whom each mention
        means is the one named last before it (`_referred`)."""
        self._named: dict[str, tuple[int, int]] = {}
        """Where each actor was last named by a name of its own: (sentence noted, offset)."""
        self._sentences = 0
        if self.text and self._names and (described := {f: i for f, i in self._described().items() if f not in self._ids}):
            self._ids.update(described)
            self._names = self._compile(self._ids, 0, self._roles)

    def _described(self) -> dict[str, str]:
        """"The union" for the one body the article introduces as a union: in apposition after its
        name ("Verdi, the services union,") or as the classifier before it ("the rights group Haki
        Watch"; Quirk et al. 17.65-17.72 on apposition). A kind two bodies are introduced as names neither."""
        bodies = {actor_id for c, actor_id in self.actors if c.kind == "organisation"}
        by_kind: dict[str, set[str]] = {}
        for m in self._names.finditer(self.text):
            actor_id = self._ids[m.group()]
            if actor_id not in bodies or m.group() in self._roles:
                continue
            kinds = [k.group(1).lower() for k in (_APPOSED.match(self.text, m.end()),
                                                   _CLASSIFIED.search(self.text, max(0, m.start() - 60), m.start())) if k]
            for kind in kinds:
                by_kind.setdefault(kind, set()).add(actor_id)
        return {f"{article} {kind}": next(iter(ids)) for kind, ids in by_kind.items() if len(ids) == 1
                for article in ("the", "The")}

    def _short_forms(self) -> dict[str, str]:
        """How news prose refers back to an actor named in full, where only one actor fits: a
        person by surname ("Ebrard said"), a body by its head noun ("the commission said")."""
        by_form: dict[str, set[str]] = {}
        for c, actor_id in self.actors:
            words = c.name.split()
            if c.kind == "person" and len(words) >= 2 and len(words[-1]) >= 3 and words[-1][:1].isupper():
                by_form.setdefault(words[-1], set()).add(actor_id)
            if c.kind == "person" and c.role:  # "the foreign minister said", not "the president's lawsuit"
                for role in _role_nouns(c.role):
                    for form in (f"the {role}", f"The {role}", f"the {role.title()}", f"The {role.title()}"):
                        by_form.setdefault(form, set()).add(actor_id)
                        self._roles.add(form)
            if c.kind == "organisation" and (head := _head_noun(words)):
                for article in ("the", "The"):
                    by_form.setdefault(f"{article} {head}", set()).add(actor_id)
        return {form: next(iter(ids)) for form, ids in by_form.items() if len(ids) == 1}

    @staticmethod
    def _compile(forms: dict[str, str], flags: int, roles: frozenset[str] | set[str] = frozenset()) -> re.Pattern | None:
        if not forms:
            return None
        alternatives = [re.escape(f) + (_NOT_POSSESSIVE if f in roles else "")
                        for f in sorted(forms, key=len, reverse=True)]
        if not all(f[:1].isascii() and f[:1].isalnum() for f in forms):
            return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", flags)
        # The same pattern with the forms grouped by their first letter, in order, and the look-behind after that
        # letter: the engine tries one group where it tried every form, and scans for the first letters in C.
        by_first: dict[str, list[str]] = {}
        for alternative in alternatives:
            first = alternative[0].lower() if flags & re.IGNORECASE else alternative[0]
            by_first.setdefault(first, []).append(alternative[1:])
        groups = "|".join(rf"{first}(?<![\w-]{first})(?:{'|'.join(rests)})" for first, rests in by_first.items())
        return re.compile(rf"(?:{groups})(?![\w-])", flags)

    def within(self, text: str, every: bool = False) -> list[tuple[int, str]]:
        """(offset, actor id) of the actors named in ``text``, in order: the first mention of
        each (or ``every`` mention), leaving out places ("across the country", "in Lyon")."""
        hits: list[tuple[int, str]] = []
        seen: set[str] = set()
        found = [(m.start(), self._ids[m.group()]) for m in self._names.finditer(text)
                 if not (m.group() in self._surnames and self._in_a_name(text, m.start(), self._ids[m.group()]))] \
            if self._names else []
        if self._groups:
            found += [(m.start(), self._group_ids[m.group().lower()]) for m in self._groups.finditer(text)]
        if self._shared and self._names:
            found = self._referred(text, sorted(found))
        for at, actor_id in sorted(found):
            before = text[max(0, at - 30) : at]  # _LOCATIVE ends in a lowercase preposition and spaces
            if before[-1:].isspace() and "a" <= before.rstrip()[-1:] <= "z" and _LOCATIVE.search(before) \
                    and not VOICE_BEFORE.search(text, max(0, at - 40), at) \
                    and not ADDRESSED_BEFORE.search(text, max(0, at - 40), at) \
                    or (not every and actor_id in seen):  # not "officials from the ministry": its people
                continue
            seen.add(actor_id)
            hits.append((at, actor_id))
        return hits

    def _referred(self, text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """``found`` with each definite noun that several bodies were referred back by ("the company" for two companies
        of one article) given to the one of them named last before it: in this text, else in the sentences noted
        before (Quirk et al. 1985, 5.28: the anaphoric "the" points back, never forward)."""
        named = dict(self._named)
        out = []
        for at, actor_id in found:
            form = next((f for f in self._shared if text.startswith(f, at)), None)
            if form is not None and (owners := [i for i in self._shared[form] if i in named]):
                actor_id = max(owners, key=lambda i: named[i])
            elif form is None:
                named[actor_id] = (self._sentences + 1, at)  # the sentence read now, after those noted
            out.append((at, actor_id))
        return out

    def end(self, text: str, at: int) -> int:
        """Where the mention of an actor that starts at ``at`` of ``text`` ends (``at`` when none starts there)."""
        for pattern in (self._names, self._groups):
            if pattern is not None and (m := pattern.match(text, at)):
                return m.end()
        return at

    def _in_a_name(self, text: str, at: int, actor_id: str) -> bool:
        """Whether a surname at ``at`` ends another name ("Capitol Hill" for Tom Hill's "Hill"): a capitalised
        word right before it that is no title, honorific or stop word ("Mayor Hill", "Mr Hill", "Then Hill"),
        nor a word of the person's own name ("López Obrador")."""
        m = _CAPITAL_BEFORE.search(text, max(0, at - 30), at)
        return bool(m) and m.group(1).lower() not in TITLES and m.group(1).lower() not in STOP \
            and m.group(1) not in self._words_of[actor_id]

    def blank(self, text: str) -> str:
        """``text`` with every actor's name blanked out."""
        for pattern in (self._names, self._groups):
            if pattern is not None:
                text = pattern.sub(lambda m: " " * len(m.group()), text)
        return text

    def note(self, text: str) -> None:
        """Remember who a sentence is about, for the pronouns of the next: the first person named
        outside its quotes as a subject (not after "of", "by", "to"..., nor as a possessive "X's"),
        and the body named last. A sentence naming people only as objects leaves "he" as it was."""
        outside = without_quotations(text)
        hits = self.within(text, every=True) if self._shared else []
        self._sentences += 1
        for at, actor_id in hits:
            if not any(text.startswith(f, at) for f in self._shared):
                self._named[actor_id] = (self._sentences, at)
        subjects, bodies, oblique = [], [], []
        for at, actor_id in self.within(outside):
            if OBLIQUE.search(outside[max(0, at - 40) : at]) or POSSESSIVE.match(outside, at):
                if self._kinds[actor_id] != "person":
                    self.last_body = actor_id
                    oblique.append(actor_id)
            elif self._kinds[actor_id] != "person":
                bodies.append(actor_id)
            else:
                subjects.append(actor_id)
        if subjects:
            self.last_person = subjects[0]
            self.subjects.append(subjects[0])
        if bodies:  # "it" is the body the sentence is about, its subject, not one named after "by" (centering)
            self.last_body = bodies[0]
        organised = [i for i in bodies if i not in self.crowds] or [i for i in oblique if i not in self.crowds][-1:]
        if organised:
            self.last_organised = organised[0]

    def refer(self, pronoun: str) -> str | None:
        """Who "he", "she" or "they" most likely is: the person, or the body, named last; for "he" or "she",
        the person named last as a subject whom the article does not show to be of the other sex."""
        word = pronoun.lower()
        return self._person(word) if word in ("he", "she") else self.last_body

    def pronoun(self, clause: str) -> str | None:
        m = _PRONOUN.match(clause)
        if not m:
            return None
        word = m.group(1).lower()
        if word in ("he", "she"):
            return self._person(word)
        return self.last_organised if word.startswith("the ") else self.last_body

    def _person(self, pronoun: str) -> str | None:
        """The person "he" or "she" stands for: the subject named last, unless the article shows them to be of the
        other sex; then the subject named before them who is not (Quirk et al. 1985, 6.10: the personal pronouns
        agree with their antecedent in gender). As before when nobody fits."""
        last = self.last_person
        sex = "m" if pronoun == "he" else "f"
        if last is None or self.sexes.get(last, sex) == sex:
            return last
        return next((p for p in reversed(self.subjects) if self.sexes.get(p, sex) == sex), last)

    @cached_property
    def sexes(self) -> dict[str, str]:
        """"f" or "m" for the people whose sex the article shows: a title of one sex before a mention of them ("Ms
        Okafor", "Congresswoman Ruth Okafor") or as their role; failing that, a given name that is one sex's in 95
        of 100 of its bearers (lexicon/given_names.json). Nobody when the signs disagree."""
        signs: dict[str, set[str]] = {}
        for c, actor_id in self.actors:
            if c.kind == "person":  # the role's head, and a form that keeps its title before the name ("Ms Varga")
                role = [w.rstrip(".") for w in (c.role or "").lower().split()]
                words = role[-1:] + [f.split()[0].rstrip(".").lower() for f in c.forms
                                     if " " in f and f.split()[1].lower() not in TITLES]
                # (not a title that only modifies an office: "Lord Mayor", "Lord Chancellor" name no man)
                signs.setdefault(actor_id, set()).update(_SEX_OF_TITLE[w] for w in words if w in _SEX_OF_TITLE)
        if self.text and self._names:
            for m in self._names.finditer(self.text):
                actor_id = self._ids[m.group()]
                if actor_id in self.people and (title := _TITLE_BEFORE.search(self.text, max(0, m.start() - 20),
                                                                               m.start())):
                    if sex := _SEX_OF_TITLE.get(title.group(1).lower()):
                        signs.setdefault(actor_id, set()).add(sex)
        out = {}
        for c, actor_id in self.actors:
            if c.kind != "person":
                continue
            found = signs.get(actor_id, set())
            if not found and len(words := c.name.split()) > 1:
                found = {sex} if (sex := given_name_gender(words[0])) else set()
            if len(found) == 1:
                out[actor_id] = found.pop()
        return out


