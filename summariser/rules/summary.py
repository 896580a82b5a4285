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

from typing import TYPE_CHECKING

from summariser.evidence import clip_headline
from summariser.rules.actors import Candidate, find_actors, slug
from summariser.rules.events import (casualties, clauses, counted_coercion, counted_toll, cue, doing_events,
                                     drop_restatements, event_of, frame_speaker, inner_act, nominal_event, one_act,
                                     one_time)
from summariser.rules.language import detect
from summariser.rules.mentions import Mentions
from summariser.rules.sentences import Sentence, split_sentences, title_line
from summariser.rules.stances import (
    MATTER,
    act_stances,
    aimed,
    matter,
    object_phrase,
    once,
    reported_stances,
    stances_of,
)
from summariser.rules.topics import Topics
from summariser.records import Actor, ArticleSummary, Event, Stance, Usage

if TYPE_CHECKING:
    from summariser import schema


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


def headline_and_summary(sentences: list[Sentence], text: str = "") -> tuple[str, str]:
    """The article's own headline line when it has one, else the first narrative sentence
    (clipped to the contract's 120 characters); the summary is the first three."""
    lead = [s.text for s in sentences if not s.is_quote][:3] or [s.text for s in sentences[:1]]
    headline = title_line(text) or (lead[0] if lead else "")
    return clip_headline(headline), " ".join(lead)


def last_object(evidences: list[str], lang: str) -> str | None:
    """The noun phrase after the verb of the last event that has one (`object_phrase`): sought
    from the last event back, as only the last one is wanted."""
    for evidence in reversed(evidences):
        if (verb := cue(evidence, lang)) and (found := object_phrase(evidence, verb[0], lang)):
            return found
    return None


def recognised_actors(text: str, language: str | None = None) -> list[Actor]:
    """Every actor the rules recognise in ``text``, those `rules_summary` leaves out as taking part in no event or
    stance (`_unused`) too."""
    return [a for _, a in actors_of(find_actors(text, split_sentences(text), language or detect(text)))]


def _unused(candidate: Candidate, actor: Actor) -> bool:
    """Whether an actor that takes part in no event and holds or is the target of no stance is left out (the labelling
    guide labels an actor that does something in an event, is its target, or holds a stance): a collective found only
    saying something ("rights groups said"), or a body or a state named once or twice and never as the one who says
    something ("talks at the European Union's headquarters", "a ship bound for Greece"), which is mostly named in
    passing. A person stays, and so do a body that speaks (what it says may be a position the rules do not read) and
    one the article names again and again: their acts are the ones the rules more often miss."""
    return candidate.stated or actor.kind in ("organisation", "state") and candidate.mentions <= 2 and not candidate.spoke


def rules_summary(text: str, published: str | None = None, language: str | None = None) -> schema.ArticleSummary:
    """Summarise ``text`` by rules alone (``published`` is unused: no dates are resolved), in
    ``language`` (ISO 639-1), detected when not given."""
    return rules_record(text, published, language).validated()


def rules_record(text: str, published: str | None = None, language: str | None = None) -> ArticleSummary:
    """`rules_summary` as the plain record the rules build (`summariser.records`): the same
    JSON, without loading pydantic."""
    lang = language or detect(text)
    sentences = split_sentences(text)
    actors = actors_of(find_actors(text, sentences, lang))
    mentions = Mentions([(c, a.id) for c, a in actors], text=text)
    forces = {a.id for _, a in actors if a.kind == "organisation"}  # the bodies whose force on a crowd arrests it
    events: list[Event] = []
    stances: list[Stance] = []
    topics = Topics(text, lang)
    speaker: str | None = None
    evidences: list[str] = []  # of the verb events, for the object of the last that has one
    paragraph = -1
    for s in sentences:
        if s.paragraph != paragraph:  # a paragraph that opens with a quote continues its speaker
            speaker = speaker if s.is_quote else None
            paragraph = s.paragraph
        said, speaker = stances_of(s, mentions, speaker, topics, lang)
        stances += said
        agents: list[str] = []
        holders: list[str] = []
        before = len(events)
        spans = clauses(s, lang) if lang == "en" or not s.is_quote else []
        bare: list[tuple[int, int]] = []  # the clauses no verb event came from
        nominals: list[Event] = []
        for span in spans:
            if not said and lang == "en" and not s.is_quote:  # what a speaker's words say already gave this sentence its stance
                acts, holders = act_stances(s.text, (span[0] - s.start, span[1] - s.start), mentions, topics, holders)
                stances += acts
            found = event_of(text, span, mentions, len(events) + 1, agents, lang, quote=s.is_quote)
            if found is not None and lang == "en" and events \
                    and (doers := counted_coercion(found, events[-1], text, span[0], forces)):
                if events[-1].kind == found.kind and one_time(found, events[-1], text, span[0]):
                    continue  # "Police fired tear gas at the crowd. 80 were arrested": one crackdown, one act (the guide)
                found = found.model_copy(update={"agents": doers})  # "Police opened fire ... 80 were arrested": theirs
            if found is None:
                bare.append(span)
                agents = (frame_speaker(text, span, mentions) or agents) if lang == "en" else agents
            elif casualties(found, events[before:], text[span[0] : span[1]]) \
                    or lang == "en" and events and counted_toll(found, events[-1], text, span[0]):
                continue
            elif lang == "en" and len(events) > before and (joined := one_act(found, events[-1], text, span)):
                events[-1] = joined  # two verbs, one act ("fired tear gas and arrested 74")
            else:
                events.append(found)
                evidences.append(found.evidence)
                agents = found.agents
                if lang == "en" and not s.is_quote:
                    named = nominal_event(text, span, mentions, 0, phrase_only=True)
                    clause = text[span[0] : span[1]]
                    if named and (clause.find(named.evidence) + len(named.evidence) <= clause.find(found.evidence)
                                  or clause.find(named.evidence) >= clause.find(found.evidence) + len(found.evidence)):
                        nominals.append(named)
                    elif named and (inner := inner_act(events[-1], named)):
                        events[-1], nominals = inner[0], nominals + inner[1:]
                if lang != "en" and (verb := cue(found.evidence, lang)):
                    stances += reported_stances(found, verb[0], lang, mentions, topics)
        if lang == "en" and not s.is_quote:  # a clause where no verb reports an act: a noun phrase may name one
            named = next((e for span in bare if (e := nominal_event(text, span, mentions, len(events) + 1))), None)
            events += [named] if named else []
            events += nominals
            doing_events(text, s.text, s.start, bare, mentions, events, before)
        mentions.note(s.text)
    if lang == "en" and topics.about_a_hazard():  # what is said of a disaster, with nothing named to take a side on
        stances = [s for s in stances if s.target != MATTER]
    if any(s.target == MATTER for s in stances):  # what the article is about, only where a stance needs it; the last
        # event's object only where the article's matter is none (both read the whole article)
        about = matter(stances, topics, {a.id for _, a in actors}, "") \
            or last_object(evidences, lang) or "the matter quoted"
        stances = [s.model_copy(update={"target": about}) if s.target == MATTER else s for s in stances]
    names = {a.id: {n.lower() for n in (a.name, *a.aliases)} for _, a in actors}
    stances = once(aimed(stances, names), topics)
    headline, summary = headline_and_summary(sentences, text)
    used = {s.holder for s in stances} | {s.target for s in stances} | {i for e in events for i in (*e.agents, *e.targets)}
    return ArticleSummary(
        headline=headline,
        summary=summary,
        actors=[a for c, a in actors if a.id in used or not _unused(c, a)],
        events=drop_restatements(events),
        stances=stances,
        usage=Usage(model="baseline", cost_usd=0.0),
    )
