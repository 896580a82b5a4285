"""Stances by rules: quoted speech attributed to its speaker, and the positions that acts
state or imply (accusing opposes, asking for something supports it)."""

from __future__ import annotations

import re

from summariser.rules.lexicon import OPPOSE_WORDS, REPORTING_VERBS, SUPPORT_WORDS
from summariser.rules.mentions import Mentions
from summariser.rules.sentences import Sentence, quotes
from summariser.rules.verbs import forms
from summariser.schema import Event, Stance


def _polarity(passage: str) -> str:
    lower = f" {passage.lower()} "
    oppose = sum(lower.count(w) for w in OPPOSE_WORDS)
    support = sum(lower.count(w) for w in SUPPORT_WORDS)
    if oppose > support:
        return "oppose"
    return "support" if support else "neutral"


def _target(passage: str, holder: str, mentions: Mentions) -> str:
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


def _speaker(s: Sentence, quoted: list[tuple[int, int]], mentions: Mentions, previous: str | None) -> str | None:
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
    if re.search(r"\b(he|she)\s+(said|added|told)|(said|added)\s+(he|she)\b", outside, re.IGNORECASE):
        return mentions.last_person
    return previous if s.is_quote else None


def stances_of(s: Sentence, mentions: Mentions, previous: str | None) -> tuple[list[Stance], str | None]:
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
    r"who|while|when|and|but|saying|said)\s", re.IGNORECASE)
_LEADING = re.compile(r"^(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?", re.IGNORECASE)


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


def reported_stances(event: Event, cue_at: int) -> list[Stance]:
    """The positions an act states or implies, one per agent: towards the act's target actor,
    else the thing named right after the verb."""
    polarity = STANCE_OF_KIND.get(event.kind)
    if polarity is None or not event.agents:
        return []
    target = event.targets[0] if event.targets else object_phrase(event.evidence, cue_at)
    if not target:
        return []
    return [Stance(holder=agent, target=target, polarity=polarity, evidence=event.evidence) for agent in event.agents]


def quoted_passage(s: Sentence) -> str:
    """The first quote of four or more words in ``s``, else the whole sentence."""
    quoted = [s.text[a:b].rstrip(" ,.") for a, b in quotes(s.text) if len(s.text[a:b].split()) >= 4]
    return quoted[0] if quoted else s.text.rstrip(" ,;.")


