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
from summariser.rules.lexicon import ACTION_CUES, OPPOSE_WORDS, REPORTING_VERBS, SUPPORT_WORDS
from summariser.rules.verbs import forms
from summariser.rules.sentences import Sentence, quotes, split_sentences, title_line
from summariser.schema import Actor, ArticleSummary, Event, Stance, Usage

_CLAUSE = re.compile(
    r";\s+|,\s+(?=(?:while|but|after|saying|and)\s)|\s+(?=and\s+(?:warned|said|urged|called|accused|denied|"
    r"rejected|threatened|demanded|asked|criticised|barred|suspended)\b)"
)
_KIND_OF = {cue: kind for kind, cues in ACTION_CUES.items() for cue in cues}
_PHRASE_STARTS = {c.split()[0]: max(len(x.split()) for x in _KIND_OF if x.split()[0] == c.split()[0])
                  for c in _KIND_OF if " " in c}
_WORD = re.compile(r"\w[\w'-]*")
_NEGATED = re.compile(r"\b(?:not|never|no|n't|neither|nor|without)\s+(?:\w+\s+){0,2}$", re.I)
_ADJECTIVAL = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.I)  # "a banned group": not an act
# After the object, what a clause goes on with is another event, an attribution or background.
_TAIL = re.compile(
    r",\s+(?=(?:with|without|as|after|before|following|since|until|including|leaving|prompting|citing|claiming|"
    r"calling|the same|in a statement)\b)"
    r"|(?:,\s+|\s+)(?=(?:which|who|whom|whose|where|while|saying|adding|according to|because|although|though|"
    r"despite|amid|so that|in order to|in a bid|to gain)\b)"
    r"|,\s+(?=[^,]{0,40}\b(?:said|says|told|reported|added|wrote)\b)|\s+[\u2014\u2013]\s+|\s+-\s+|:\s+[\"\u201c]",
    re.I,
)
_PRONOUN = re.compile(r"^(?:[\"\u201c]?)(he|she|it|they|the (?:minister|president|company|group|union|agency))\b", re.I)


@dataclass
class _Mentions:
    """Where each actor is named, and who was named last (for pronouns)."""

    actors: list[tuple[Candidate, str]]  # (candidate, id)
    last_person: str | None = None
    last_body: str | None = None

    def __post_init__(self) -> None:
        # one pattern for every surface form, longest first; groups match in any case
        self._ids = {f: actor_id for c, actor_id in self.actors for f in c.forms if c.kind != "group"}
        self._group_ids = {f.lower(): actor_id for c, actor_id in self.actors for f in c.forms if c.kind == "group"}
        self._names = self._compile(self._ids, 0)
        self._groups = self._compile(self._group_ids, re.IGNORECASE)

    @staticmethod
    def _compile(forms: dict[str, str], flags: int) -> re.Pattern | None:
        if not forms:
            return None
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)

    @property
    def people(self) -> set[str]:
        return {actor_id for c, actor_id in self.actors if c.kind == "person"}

    def within(self, text: str, every: bool = False) -> list[tuple[int, str]]:
        """(offset, actor id) of the actors named in ``text``, in order: the first mention of
        each (or ``every`` mention), leaving out places ("across the country", "in Lyon")."""
        hits: list[tuple[int, str]] = []
        seen: set[str] = set()
        found = [(m.start(), self._ids[m.group()]) for m in self._names.finditer(text)] if self._names else []
        if self._groups:
            found += [(m.start(), self._group_ids[m.group().lower()]) for m in self._groups.finditer(text)]
        for at, actor_id in sorted(found):
            if _LOCATIVE.search(text[max(0, at - 24) : at]) or (not every and actor_id in seen):
                continue
            seen.add(actor_id)
            hits.append((at, actor_id))
        return hits

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
    """(offset, kind) of the event verb of ``clause``: the first with a specific kind, else the
    first of kind `other` ("collapsed when shells slammed into": the shelling is the act)."""
    found = list(_cues(clause))
    specific = [c for c in found if c[1] != "other"]
    return (specific or found or [None])[0]


def _cues(clause: str):
    """(offset, kind) of every event verb of ``clause`` in order, negated and adjectival ones left out."""
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(clause)]
    for i, (at, word) in enumerate(words):
        longest = _PHRASE_STARTS.get(word, 1)
        for n in range(min(longest, len(words) - i), 0, -1):  # the longest phrase first: "walk out" before "walk"
            kind = _KIND_OF.get(word if n == 1 else " ".join(w for _, w in words[i : i + n]))
            if kind is None:
                continue
            before = clause[:at]
            if not (_NEGATED.search(before) or (word.endswith("ed") and _ADJECTIVAL.search(before))):
                yield at, kind
            break


def evidence_span(clause: str, cue_at: int) -> tuple[int, int]:
    """[start, end) in ``clause`` of the shortest span that shows its event, as the labelling
    guide defines it: from the subject when it stands right before the verb (a leading
    adverbial or an apposition between them is left out), through the verb to the end of
    its object, without what follows (another clause, an attribution, a dash)."""
    start = clause.rfind(", ", 0, cue_at)
    start = 0 if start < 0 else start + 2
    tail = _TAIL.search(clause, cue_at + 1)
    end = tail.start() if tail else len(clause)
    end = len(clause[:end].rstrip(" ,;:.\"\u201d"))
    if len(clause[start:end].split()) < 3:  # too short to show the event: the whole clause
        return 0, len(clause.rstrip(" ,;:."))
    return start, end


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
    whole = text[span[0] : span[1]]
    cue = _cue(whole)
    if cue is None:
        return None
    a, b = evidence_span(whole, cue[0])
    clause = whole[a:b]
    agents = _subject(whole, cue[0], mentions)
    targets = [i for at, i in mentions.within(clause) if at > cue[0] - a and i not in agents][:3]
    if not agents:
        pronoun = mentions.pronoun(whole)
        agents = [pronoun] if pronoun else list(inherited)
        targets = [t for t in targets if t not in agents]
    return Event(id=f"e{n}", description=clause, kind=cue[1], agents=agents, targets=targets, evidence=clause)


def _subject(clause: str, cue_at: int, mentions: _Mentions) -> list[str]:
    """The actors named as the verb's subject: in the stretch right before it, going back one
    comma-separated segment at a time over an apposition ("X, the mayor of Y, said")."""
    end = cue_at
    while end > 0:
        start = clause.rfind(", ", 0, end - 1)
        start = 0 if start < 0 else start + 2
        found = [i for _, i in mentions.within(clause[start:cue_at])]
        if found:
            return list(dict.fromkeys(found))[:3]
        end = start - 2 if start > 0 else 0
    return []


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


_SAYS = re.compile(r"\b(?:" + "|".join(sorted({f for v in REPORTING_VERBS for f in forms(v)}, key=len, reverse=True))
                   + r"|according to)\b")


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


# The position an act takes: praising or endorsing supports, accusing, rejecting, banning or
# protesting opposes, asking for something supports it, signing or agreeing supports it.
STANCE_OF_KIND = {"support": "support", "accuse": "oppose", "reject": "oppose", "sanction": "oppose",
                  "protest": "oppose", "threaten": "oppose", "request": "support", "agree": "support"}
_OBJECT_END = re.compile(
    r"[,;:.\"\u201c\u201d(]|\s(?:for|to|in|at|on|with|by|from|over|after|before|during|because|since|as|that|which|"
    r"who|while|when|and|but|saying|said)\s", re.I)
_LEADING = re.compile(r"^(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?", re.I)


def object_phrase(evidence: str, cue_at: int) -> str | None:
    """The noun phrase right after an event verb: what is supported, opposed or asked for
    ("condemned the fuel price rise" -> "the fuel price rise"), at most six words."""
    rest = evidence[cue_at:].split(maxsplit=1)
    if len(rest) < 2:
        return None
    tail = rest[1]
    for particle in ("for ", "on ", "to ", "against ", "out "):  # "called for", "called on", "voted against"
        if tail.lower().startswith(particle):
            tail = tail[len(particle):]
    cut = _OBJECT_END.search(f" {tail} ")
    words = (tail[: max(cut.start() - 1, 0)] if cut else tail).split()[:6]
    phrase = " ".join(words).strip(" ,.;:'\"")
    return phrase if len(_LEADING.sub("", phrase).split()) >= 1 and len(phrase.split()) >= 2 else None


def _reported_stances(event: Event, cue_at: int) -> list[Stance]:
    """The positions an act states or implies, one per agent: towards the act's target actor,
    else the thing named right after the verb."""
    polarity = STANCE_OF_KIND.get(event.kind)
    if polarity is None or not event.agents:
        return []
    target = event.targets[0] if event.targets else object_phrase(event.evidence, cue_at)
    if not target:
        return []
    return [Stance(holder=agent, target=target, polarity=polarity, evidence=event.evidence) for agent in event.agents]


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
                cue = _cue(event.evidence)
                stances += _reported_stances(event, cue[0]) if cue else []
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
