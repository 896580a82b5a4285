"""A summary made by rules alone, with no language model (the `baseline` model).

* headline and summary: the lead sentences;
* actors: `names.find_actors` (capitalised names, acronyms, countries, groups);
* events: clauses with an action or reporting verb, the clause itself as
  verbatim evidence, kind from the verb, agents the actors named before the
  verb (or the last actor named, for "He said"), targets those named after it;
* stances: quoted speech attributed to an actor, and reported support or
  opposition, polarity from cue words.

Every evidence is a slice of the text, so the result is grounded by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summariser.grounding import clip_headline
from summariser.rules.actors import LOCATIVE as _LOCATIVE
from summariser.rules.actors import Candidate, find_actors, slug
from summariser.rules.lexicon import ACTION_CUES, OPPOSE_WORDS, SUPPORT_WORDS
from summariser.rules.sentences import Sentence, quotes, split_sentences, title_line
from summariser.schema import Actor, ArticleSummary, Event, Stance, Usage

_CLAUSE = re.compile(
    r";\s+|,\s+(?=(?:while|but|after|saying|and)\s)|\s+(?=and\s+(?:warned|said|urged|called|accused|denied|"
    r"rejected|threatened|demanded|asked|criticised|barred|suspended)\b)"
)
_CUES = sorted(((cue, kind) for kind, cues in ACTION_CUES.items() for cue in cues), key=lambda x: -len(x[0]))
_PRONOUN = re.compile(r"^(?:[\"\u201c]?)(he|she|it|they|the (?:minister|president|company|group|union|agency))\b", re.I)


@dataclass
class _Mentions:
    """Where each actor is named, and who was named last (for pronouns)."""

    actors: list[tuple[Candidate, str]]  # (candidate, id)
    last_person: str | None = None
    last_body: str | None = None

    @property
    def people(self) -> set[str]:
        return {actor_id for c, actor_id in self.actors if c.kind == "person"}

    def _patterns(self, c: Candidate) -> list[re.Pattern]:
        flags = re.IGNORECASE if c.kind == "group" else 0
        return [re.compile(rf"(?<![\w-]){re.escape(f)}(?![\w-])", flags) for f in c.forms]

    def within(self, text: str, every: bool = False) -> list[tuple[int, str]]:
        """(offset, actor id) of the actors named in ``text``, in order: the first mention of
        each (or ``every`` mention), leaving out places ("across the country", "in Lyon")."""
        hits = []
        for c, actor_id in self.actors:
            found = (m.start() for p in self._patterns(c) for m in p.finditer(text))
            starts = sorted(at for at in found if not _LOCATIVE.search(text[:at]))
            hits += [(at, actor_id) for at in (starts if every else starts[:1])]
        return sorted(hits)

    def note(self, text: str) -> None:
        kinds = {actor_id: c.kind for c, actor_id in self.actors}
        for _, actor_id in self.within(text):
            if kinds[actor_id] == "person":
                self.last_person = actor_id
            else:
                self.last_body = actor_id

    def pronoun(self, clause: str) -> str | None:
        m = _PRONOUN.match(clause)
        if not m:
            return None
        return self.last_person if m.group(1).lower() in ("he", "she") else self.last_body


def _cue(clause: str) -> tuple[int, str] | None:
    """(offset, kind) of the first action cue in ``clause``; reporting verbs give `other`."""
    lower = f"{clause.lower()} "
    best: tuple[int, str] | None = None
    for cue, kind in _CUES:
        at = re.search(rf"\b{re.escape(cue)}", lower)
        if at and (best is None or at.start() < best[0] or (at.start() == best[0] and best[1] == "other")):
            best = (at.start(), kind)
    return best


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    """(start, end) offsets in the article of the sentence's clauses, end punctuation trimmed."""
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(s.text)), len(s.text)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = s.text[a:b]
        stripped = piece.rstrip(" ,;.")
        if len(stripped.split()) >= 4:
            out.append((s.start + a, s.start + a + len(stripped)))
    return out


def _event(text: str, span: tuple[int, int], mentions: _Mentions, n: int, inherited: list[str]) -> Event | None:
    """An event for a clause with a verb cue; a clause without a subject ("and warned that...")
    inherits the agents of the clause before it."""
    clause = text[span[0] : span[1]]
    cue = _cue(clause)
    if cue is None:
        return None
    named = mentions.within(clause)
    agents = [i for at, i in named if at < cue[0]][:3]
    targets = [i for at, i in named if at > cue[0] and i not in agents][:3]
    if not agents:
        pronoun = mentions.pronoun(clause)
        agents = [pronoun] if pronoun else list(inherited)
        targets = [t for t in targets if t not in agents]
    return Event(id=f"e{n}", description=clause, kind=cue[1], agents=agents, targets=targets, evidence=clause)


def _polarity(passage: str) -> str:
    lower = f" {passage.lower()} "
    oppose = sum(lower.count(w) for w in OPPOSE_WORDS)
    support = sum(lower.count(w) for w in SUPPORT_WORDS)
    if oppose > support:
        return "oppose"
    return "support" if support else "neutral"


def _target(passage: str, holder: str, mentions: _Mentions) -> str:
    others = [i for _, i in mentions.within(passage) if i != holder]
    if others:
        return others[0]
    return topic(passage)


def topic(passage: str) -> str:
    """A short phrase for what a passage is about: its first words."""
    words = re.findall(r"[\w'\u2019-]+", passage)[:6]
    return " ".join(words) if len(words) >= 2 else "the matter quoted"


_SAYS = re.compile(r"\b(?:said|says|told|added|stated|insisted|argued|warned)\b")


def _speaker(s: Sentence, quoted: list[tuple[int, int]], mentions: _Mentions, previous: str | None) -> str | None:
    """Who says the quotes: the actor named next to a reporting verb outside them, or "he said"."""
    outside = s.text
    for a, b in quoted:
        outside = outside[:a] + " " * (b - a) + outside[b:]
    verbs = [m.start() for m in _SAYS.finditer(outside)]
    if not verbs:
        return previous if s.is_quote else None
    named = mentions.within(outside, every=True)
    near = [(min(abs(v - at) for v in verbs), actor_id) for at, actor_id in named]
    near = [x for x in near if x[0] <= 80]
    people = [x for x in near if x[1] in mentions.people]
    if near:
        return min(people or near)[1]
    if re.search(r"\b(he|she)\s+(said|added|told)|(said|added)\s+(he|she)\b", outside, re.I):
        return mentions.last_person
    return previous if s.is_quote else None


def _stances(s: Sentence, mentions: _Mentions, previous: str | None) -> tuple[list[Stance], str | None]:
    quoted = [q for q in quotes(s.text) if len(s.text[q[0] : q[1]].split()) >= 4]
    holder = _speaker(s, quoted, mentions, previous) if quoted else None
    out = []
    for a, b in quoted if holder else []:
        passage = s.text[a:b].rstrip(" ,.")
        polarity = _polarity(passage)
        if polarity != "neutral":  # no cue, no position we can tell
            target = _target(passage, holder, mentions)
            out.append(Stance(holder=holder, target=target, polarity=polarity, evidence=passage))
    return out, holder or previous


def _reported_stance(event: Event) -> Stance | None:
    polarity = {"support": "support", "accuse": "oppose", "reject": "oppose"}.get(event.kind)
    if polarity is None or not event.agents:
        return None
    target = event.targets[0] if event.targets else _target(event.evidence, event.agents[0], _Mentions([]))
    return Stance(holder=event.agents[0], target=target, polarity=polarity, evidence=event.evidence)


def actors_of(candidates: list[Candidate]) -> list[tuple[Candidate, Actor]]:
    """Each candidate as an actor: a unique slug id, its other forms as aliases."""
    out, used = [], set()
    for c in candidates:
        base = actor_id = slug(c.name)
        n = 2
        while actor_id in used:
            actor_id, n = f"{base}-{n}", n + 1
        used.add(actor_id)
        aliases = sorted(c.forms - {c.name})
        out.append((c, Actor(id=actor_id, name=c.name, kind=c.kind, role=c.role, aliases=aliases)))
    return out


def clause_with_cue(s: Sentence) -> str:
    """The first clause of ``s`` with an action or reporting verb, else the whole sentence."""
    clauses = [s.text[a - s.start : b - s.start] for a, b in _clauses(s)]
    return next((c for c in clauses if _cue(c)), s.text.rstrip(" ,;."))


def quoted_passage(s: Sentence) -> str:
    """The first quote of four or more words in ``s``, else the whole sentence."""
    quoted = [s.text[a:b].rstrip(" ,.") for a, b in quotes(s.text) if len(s.text[a:b].split()) >= 4]
    return quoted[0] if quoted else s.text.rstrip(" ,;.")


def headline_and_summary(sentences: list[Sentence], text: str = "") -> tuple[str, str]:
    """The article's own headline line when it has one, else the first narrative sentence
    (clipped to the contract's 120 characters); the summary is the first three."""
    lead = [s.text for s in sentences if not s.is_quote][:3] or [s.text for s in sentences[:1]]
    headline = title_line(text) or (lead[0] if lead else "")
    return clip_headline(headline), " ".join(lead)


def rules_summary(text: str, published: str | None = None) -> ArticleSummary:
    """Summarise ``text`` by rules alone (``published`` is unused: no dates are resolved)."""
    sentences = split_sentences(text)
    actors = actors_of(find_actors(text, sentences))
    mentions = _Mentions([(c, a.id) for c, a in actors])
    events: list[Event] = []
    stances: list[Stance] = []
    speaker: str | None = None
    paragraph = -1
    for s in sentences:
        if s.paragraph != paragraph:
            speaker, paragraph = None, s.paragraph
        found, speaker = _stances(s, mentions, speaker)
        stances += found
        agents: list[str] = []
        for span in [] if s.is_quote else _clauses(s):
            event = _event(text, span, mentions, len(events) + 1, agents)
            if event is not None:
                events.append(event)
                agents = event.agents
                reported = _reported_stance(event)
                stances += [reported] if reported else []
        mentions.note(s.text)
    headline, summary = headline_and_summary(sentences, text)
    return ArticleSummary(
        headline=headline,
        summary=summary,
        actors=[a for _, a in actors],
        events=events,
        stances=stances,
        usage=Usage(model="baseline", cost_usd=0.0),
    )
