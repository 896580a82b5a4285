"""Find the actors of an article without a model: named people, bodies and states, and groups.

Candidates are the names of `names.runs`, each mention noted: after "in" or "at" (a place),
as a source only ("according to Reuters"), as the subject of a verb (not when it is a
preposition's object: "the government of X asked"), as the object of an act ("agreed with X").
Candidates are merged when one is another's surname (accents aside), acronym, shorter form,
capital or spelling (a state), and kept when they look like actors (the labelling guide: an
actor does something, is a target or holds a stance): a person by full name or title; a state
or region that acts or is an act's target; a body that acts, is an act's target or is named
more than once. Names only inside quotes, only as a possessive in passing, only as a source (a
poll's author, an outlet), and private people given an age who only speak (witnesses) are left
out. States named by their government ("the Afghan government", "the government of Peru"),
collectives ("protesters", "police"; synonyms merged; nouns of people by role or circumstance, "the crowd",
"the opposition", counted "people" or a bare "thousands" only as the subject of a finite verb of acting or
the target of an act), a person's campaign or administration,
and a court, jury or prosecutors by the article's own words ("the federal court ruled", or
"the court" for the named court of that kind) are added. A state's forces acting ("Israeli troops
raided") are one organisation named by the article's words (the guide's row on troops); "the government"
doing an act in an article led by one state, and a capital acting for a state the article does not name
are that state. A capitalised word that is no English
word is a name even at a sentence start ("Greenpeace said"); a kept name that has no known
first name and reads as English words or ends in a plural noun is a body, not a person.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache

from summariser import patterns as re
from summariser.dates import WEEKDAYS
from summariser.rules.lexicon import (
    ACTION_CUES,
    CONNECTORS,
    HONORIFICS,
    ORG_WORDS,
    PLACE_WORDS,
    REPORTING,
    STOP,
    THING_WORDS,
    TITLES,
    load,
)
from summariser.rules.names import (
    ACRONYM,
    CLASSIFIER,
    EN,
    EPONYM_TITLES,
    GROUP_FIRST,
    StartsWith,
    common_shaped,
    english_words,
    Lexicon,
    kind_of,
    lexicon_of,
    not_a_name,
    opens,
    runs,
    trim,
    word_surnamed,
)
from summariser.rules.people import MONTH_NAMES, is_first_name
from summariser.rules.places import CAPITALS, CITIES, CONTINENTS, STATES, demonym, is_place, nationality, state_of
from summariser.rules.prefilter import heads, may_match, word_matches, words_pattern
from summariser.rules.sentences import Sentence, in_quotation
from summariser.rules.sentiment import analyser
from summariser.rules.topics import is_adjective, is_adverb, names_act, never_nouns, premodifies, verb_lemma_of
from summariser.rules.verbs import forms, tagged_forms

_SOURCE = re.compile(
    r"(?:\baccording to(?: (?:the|a|an))?(?: [\w.'\u2019-]+){0,6},?|\btold|\btelling|"
    r"\b(?:speaking|spoke|talking|talked) (?:to|with|on)|\binterview (?:with|on)|"
    r"\b(?:reported|quoted|interviewed|published) by|\bcontributor to|\b(?:writing|wrote) (?:for|in)|"
    r"\b(?:image|photo|picture|credit|source)s?:|"
    r"\b(?:poll|survey|study|analysis|estimate|average|ranking|count)s? (?:by|from)(?: (?:the|a|an))?(?: [a-z]+){0,2}?|"
    r"\b(?:measured|compiled|moderated|commissioned|estimated) by(?: (?:the|a|an))?(?: [\w.'\u2019-]+){0,4}?,?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SOURCE_WORDS = words_pattern(
    "according", "told", "telling", "speaking", "spoke", "talking", "talked", "interview", "reported", "quoted",
    "published", "contributor", "writing", "wrote", "image", "photo", "picture", "credit", "source", "poll", "survey",
    "study", "analysis", "estimat", "average", "ranking", "count", "measured", "compiled", "moderated", "commissioned")
"""One of these stands in every match of _SOURCE."""
LOCATIVE = re.compile(rf"\b(?:{'|'.join(load()['words']['locative_prepositions'].split())})\s+(?:the\s+)?"
                      rf"(?:(?:{'|'.join(sorted(load()['words']['compass_adjectives'].split()))})\s+)?$")
"""A preposition of place before a name, a compass adjective between allowed ("in northeastern Nigeria")."""
ADDRESSED_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?i:{'|'.join(sorted({f for v in load()['words']['addressing_verbs'] for f in forms(v)}))})"
                              r"\s+to\s+(?:the\s+)?$")
"""A verb of addressing and "to" before a name ("appealed to the ", "complained to "): the name is the one addressed,
not a place (the lexicon's addressing_verbs)."""
_IN_A_PLACE_LIST = re.compile(r"\b(?:in|at|from|near|across|outside|inside|into|towards|around|via|of)\s+(?:the\s+)?"
                              r"(?:(?:and\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s+)+(?:and\s+)?$")
"""A place named after another in an address or a list ("in El Paso, Texas,", "from Maine,
New York, and Hawaii"): where something is, not who acts."""


_LISTED_AFTER_A_PLACE = re.compile(
    r"\b(?:in|at|from|near|across|outside|inside|into|towards|around|via|through|between)\s+"
    r"((?:the\s+[a-z]+(?:,\s+(?:and\s+)?|\s+and\s+))?"
    r"(?:[A-Z][\w.'\u2019-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w.'\u2019-]*){0,3}(?:,\s+(?:and\s+)?|\s+and\s+))+)$")
_LIST_ITEM_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


_NEXT_WORD_AT = re.compile(r"\s+([a-z]+)\b")


def _believers_before(text: str, start: int, end: int) -> bool:
    """Whether a single capitalised word is the adjective of a belief before a plural of people ("Islamist militants",
    "Maoist rebels"): its plural is itself a collective of the lexicon's (`islamists`, `maoists`), so it names the set's
    members, no body."""
    nxt = _NEXT_WORD_AT.match(text, end)
    word = text[start:end]
    return " " not in word and nxt is not None and nxt.group(1) in _PLURAL_PEOPLE and _believer_word(word)


def _believer_word(word: str) -> bool:
    """Whether a capitalised word is the adjective of the set its plural names ("Islamist", "Royalist"), or of the
    set its noun in -er names ("Hardline": hardliners; Quirk et al. 1985, I.30 on agentive -er): a word of English
    that lemminflect's table may lack, no name."""
    low = word.lower()
    return low + "s" in _ROLE_GROUPS or low + "rs" in _ROLE_GROUPS or word + "s" in _PEOPLES


def _in_a_list_of_places(text: str, start: int) -> bool:
    """A name coordinated, third or later, after a preposition of place with a place of the gazetteer or one whose head names a
    place ("started at the park, Causeway Bay and Tin Hau", "marched from Union Square, Bryant Park and X"):
    coordination joins like with like, so the name is a place too, no actor."""
    m = _LISTED_AFTER_A_PLACE.search(text, max(0, start - 160), start)
    if not m:
        return False
    items = _LIST_ITEM_SPLIT.split(m.group(1))
    if len(items) < 3 or any(" " not in item and is_first_name(item) for item in items[1:]):
        return False  # two before the name at least, no given name alone among them: not "Frischmarkt, based in
        # Hamburg, and Nordkauf", "from Ohio, Ann Lee", "from Ohio, Martin and Greta Holloway"
    for item in items:
        item = item.removeprefix("the ").strip()
        if item and (is_place(item) or item.rsplit(None, 1)[-1].lower() in _SITES):
            return True
    return False


@dataclass
class Candidate:
    """One actor: every surface form found, its kind and where it was first seen."""

    name: str
    kind: str
    first: int
    forms: set[str] = field(default_factory=set)
    role: str | None = None
    mentions: int = 0
    subject: bool = False
    acts: bool = False
    """Subject of an action or speech verb, not only of "is" or "has"."""
    places: int = 0
    """Mentions after "in", "at", "from"...: a place, not an actor."""
    sourced: int = 0
    """Mentions as a source only ("according to Reuters", "told CNN", "Image: Jane Doe")."""
    quoted: int = 0
    """Mentions inside quotation marks: a name in someone's words, or on a placard, does not act."""
    passing: int = 0
    """Mentions as a possessive modifier ("Governor X's deputy", "during X's presidency")."""
    tolls: int = 0
    """Mentions as the one who gives a casualty count ("X said 14 were killed")."""
    modifies: int = 0
    """Mentions as the modifier of a common noun ("Democratic voters", "a Supreme Court ruling")."""
    affiliated: int = 0
    """Mentions as where one person belongs ("a member of the X", "a researcher at the X")."""
    timed: int = 0
    """Mentions after a preposition of time ("during the Harvest Festival Parade"): an event or a period."""
    compound: int = 0
    """Mentions as the modifier of a noun, not of a participle ("a Supreme Court ruling", "NATO guidelines"; not
    "the Church attending as an observer")."""
    starts: int = 0
    """Mentions as one word at a sentence start, where any word is capitalised."""
    titled: bool = False
    """Named after a title at least once ("President Trump"): a person even by one name."""
    determined: int = 0
    """Mentions after a determiner ("the Grim Reaper", "his Marine One helicopter"): a thing or a body, not a person."""
    aged: bool = False
    """Given an age ("Jane Doe, 46,", "a 63-year-old farmer, Jane Doe"): a private person."""
    spoke: int = 0
    """Mentions as the speaker of "said" and nothing else."""
    targeted: bool = False
    """Named right after an action verb other than "other" kinds, maybe through "with" or "against"
    ("sued X", "agreed with X", "sanctioned X"): the target of an act."""
    outlet: bool = False
    """Introduced as a news outlet ("the daily X", "newspaper X"): a source, not an actor, unless it acts or is acted on."""
    forceful: bool = False
    """Named right before an action verb of a kind, not a verb of saying ("X sued", "X has banned"): it does an act."""
    body_apposed: int = 0
    """Mentions followed by an apposition headed by a body's noun ("X, a Cambridge-based company,")."""
    stated: bool = False
    """A collective found only as the subject of a verb of saying ("rights groups said"): an actor only where it
    holds a stance (the labelling guide: a source otherwise)."""
    person_apposed: int = 0
    """Mentions followed by an apposition headed by a noun for a person ("X, a university student,")."""
    shared_surname: bool = False
    """A given name before "and" and another person's full name ("Richard and Lisa Parry"): a person by the surname they share."""
    counted: int = 0
    """Mentions after a number or a quantity ("1.7 million Hongkongers", "thousands of Catalans"): people counted."""
    itself: bool = False
    """Followed by a verb and "its", or by "said it" ("Exxon Mobil cut its forecast", "Banco Verano said it
    would close"): a body that speaks of itself as a thing, no person."""
    owns: bool = False
    """Followed by a verb and "its", or with what only a company has ("Lion Air's fleet", "shares in Crown
    Foods"): a body, even where its first word is a given name."""
    craft: int = 0
    """Mentions right after a noun for a ship ("the tanker Nordic Star") or a work ("the documentary Silent Harbour"): a
    vessel or a title, no actor."""
    addressed: bool = False
    """A title's word named after "Mr", "Ms" or "Dr" and never in lowercase ("Mr King"): a surname."""
    passive: int = 0
    """Mentions as the subject of a passive ("Rafah was shelled"): acted on, no act of its own."""
    introduced: bool = False
    """Named after a noun for its kind ("the rights group X", "the company X"): a body the article presents."""
    governs: bool = False
    """A place as the subject of a past verb with its object ("Kherson Region ordered the evacuation"): an act
    done to something, as a government does; not "Ellis Island reopened to visitors"."""


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """Lowercase ASCII slug of a name: `Zürich` -> `zurich`, `Group of 20 Trust` -> `group-of-20-trust`."""
    # NFKD leaves ASCII as it is, and the encoding drops none of it
    ascii_name = name if name.isascii() else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_name.lower()).strip("-") or "actor"




_AUX_RE = re.compile(r"^(?:(?:has|had|have|will|would|is|was|were|are|also|did|could|can|may|might|must|should|"
                     r"not|then|later|since|already|again|been)\s+)+")


_ACT_PAST = sorted(set(load()["topics"]["irregular_past"].split()) - set(load()["words"]["private_past"].split()))
_ACTED = re.compile(rf"^(?:{'|'.join(_ACT_PAST)})\s+([a-z]+|\d)")
"""An irregular past verb, not a private verb's, and the word after it."""


_REGULAR_ACT = re.compile(rf"\s+[a-z]{{2,}}ed\s+(?:(?:an?|the|its|their|\d[\d,.]*|{'|'.join(sorted(load()['words']['cardinals'].split()))})\s+[a-zA-Z\d]|[a-z]{{3,}}s\s+(?:at|on|into|against|from|of)\b)")
"""A regular past verb right after a name, with its object ("recalled 300,000 vehicles", "called a strike"): an act."""
_CLAUSE_WORDS = frozenset(load()["topics"]["object_ends"].split())
"""Prepositions and conjunctions that end a noun phrase: after a verb, no object of it."""


def _acted(after: str) -> bool:
    """Whether ``after`` opens with an irregular past verb and its object ("sold its stake", "sent observers",
    "made a 14-hour drive"): an act; not a function word or an adjective or adverb after it ("went to",
    "went unanswered", "fell sharply")."""
    m = _ACTED.match(after)
    return bool(m) and m.group(1) not in _CLAUSE_WORDS and m.group(1) not in never_nouns() \
        and not _CAUSED_CHANGE.match(after)


_MOVES = sorted({f for w in load()["event_context"]["moves"] for f in (w, w + "s")})
_CAUSED_CHANGE = re.compile(rf"^[a-z]+\s+(?:up\b|down\b|(?:[a-z'-]+\s+){{0,3}}?(?:{'|'.join(_MOVES)})\b(?!\s+of\b))")
"""A past verb whose object is a change in a quantity ("drove a surge in cases", "brought a sharp rise",
"drove up prices"; the moves of [event_context]): the subject causes it (Levin 1993, 45.6 / 27 on
causing a change of state) and is a cause, a virus or a market as often as a body, so no actor thereby."""
_DOES = re.compile(rf"^(?:[a-z]+ed\b|(?:has|have|had|will|would|could|should|may|might|must|can|did|does|do)\s+"
                   r"(?:(?:not|also|already|since|now|then)\s+)*(?!been\b|a\b|an\b|the\b|no\b|to\b)[a-z]{3,})")


_CLASSIFIER_AFTER = re.compile(rf"^\s+(?:{CLASSIFIER})\b(?!\s+of\b)")
"""A noun for the kind of body after its name ("the CCOO union said"): the verb comes after it."""


_BODY_NOUNS = sorted({w for key in ("unnamed_organisations", "unnamed_bodies", "lowercase_bodies", "government_nouns")
                      for w in load()["words"][key].split()})
_SECOND_SUBJECT = re.compile(r"^and\s+(?:the\s+)?[A-Z][\w'-]*\s*(?:(?:(?:of|for|the|on|de|du|des)\s+)*[A-Z][\w'-]*\s*){0,5}"
                             rf"|^and\s+the\s+(?:[a-z]+\s+){{0,2}}?(?:{'|'.join(_BODY_NOUNS)})\s+")
"""A second subject after "and": a name, maybe with its connectors ("X and Y banned", "Oxfam and Save the
Children warned", "X and the Institute for Fiscal Studies said") or a body by its common noun ("the Finnish
government and the union signed"); the verb after it is both subjects' (Quirk et al. 1985, 13.30)."""
_LIST_TAIL = re.compile(r"^(?:,\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)+,?\s+and\s+(?:the\s+)?"
                        r"(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*(?=\s)")
"""The rest of a list of names after its first ("Britain, France and Germany condemned"): the verb comes after it."""


_VOICING_VERBS = sorted({f for v in load()["stances"]["expressing"] for f in forms(v)}, key=lambda f: (-len(f), f))
_HAVING_VERBS = sorted({f for v in load()["stances"]["holding"] for f in forms(v)}, key=lambda f: (-len(f), f))
_POSITION_NOUNS = sorted(load()["stances"]["voiced_support"].split() + load()["stances"]["voiced_oppose"].split(),
                         key=lambda n: (-len(n), n))
_OBJECTION_NOUNS = sorted(load()["stances"]["voiced_oppose"].split(), key=lambda n: (-len(n), n))
_VOICES_A_POSITION = re.compile(
    rf"\s*(?:(?:{'|'.join(_VOICING_VERBS)})\s+(?:(?!(?:and|but|or|that|to|of|for|in)\b)[\w-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(_POSITION_NOUNS)})|(?:{'|'.join(_HAVING_VERBS)})\s+(?:(?!(?:and|but|or|that|to|of|for|in)\b)[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(_OBJECTION_NOUNS)}))(?:\s+(?:on|last|this)\s+[A-Za-z]+day)?\s+(?:for|to|with|behind|over|about|at|regarding|against)\b")
"""A verb of giving voice and a noun of a position with what it is about ("voiced support for", "expressed concern
over", maybe with its day between: "voiced concern on Monday over"), or "have" with a noun of objecting ("has no objection to", "had doubts about"), the stances lexicon's
``expressing``, ``holding`` and ``voiced_*`` lists: only a body or a person voices or holds a position, so the name
before it is the subject that takes one."""


def _verb_after(text: str, end: int, start: int, lex: Lexicon) -> tuple[bool, bool]:
    """(subject, acts) for the name at ``text[start:end]``: what `_is_subject` and `_acts` say,
    the text after the name read once for both."""
    if lex is EN and text.startswith(" ", end) and _EVENT_NOUN_IN_ING.match(text, end):
        return False, False  # "a 1998 Constitutional Court ruling", "the NATO meeting": the name modifies an event's noun
    after = _predicate(text, end, start)
    if after.startswith("back ") and _BACK_THEN.match(after):
        after = after[_BACK_THEN.match(after).end() :]  # "imposed by X back in 1972": a time, no verb "back"
    before = text[max(0, start - 60) : start]
    said = may_match(_SPEAKER_WORDS, before) and bool(
        _SPEAKER_AFTER.search(before) or text[end : end + 1] in ".,;" and _titled_speaker(before, lex))
    if not said and lex is EN and "wh" in before and _RELATIVE_OBJECT.search(before):
        return False, False  # "The senator, who represents California, thanked voters": the clause's object
    acted = lex is EN and (_acted(after) or bool(_VOICES_A_POSITION.match(after))
                           or bool(_TAKES_A_SIDE.match(text, end)))
    subject = said or lex.predicate_starts(after) or acted
    acts = said or acted or bool(_DOES.match(after)) or lex.verb_starts(_AUX_RE.sub("", after))
    return subject, acts


def _predicate(text: str, end: int, start: int) -> str:
    """The text after a name at ``text[start:end]`` from where its verb would be, lowercase: past a classifier, the
    rest of a list, an apposition, a second subject, a time phrase and an adverb in -ly."""
    # each pattern substituted below matches only where its first character is (none is tried elsewhere)
    after = text[end : end + 160]
    if after[:1].isspace():
        after = _CLASSIFIER_AFTER.sub("", after, count=1)
    if after.startswith(","):
        after = _LIST_TAIL.sub("", after, count=1)
    if text.endswith(", ", 0, start) and after.startswith(","):  # "His lawyer, Jane Doe, said": the comma
        after = after[1:]  # closes the apposition the name is; no second one opens there
    after = _apposition_off(after)
    if after.startswith("and"):
        after = _SECOND_SUBJECT.sub("", after)
    after = _apposition_off(after)
    if after.startswith("according to"):  # "won California, according to the AP": its source, no verb of the name's
        inserted = _ACCORDING_TO.match(after)
        after = after[inserted.end() :] if inserted.group(1) else ""
    if after[:1] in ("o", "l", "t", "e", "y"):
        after = _WHEN.sub("", after)
        if after[:1] == ",":
            after = _PARTICIPLE_BETWEEN.sub("", after)  # "X on Monday, citing weak demand, announced"
    if (adverb := _LY_WORD.match(after)) and is_adverb(adverb.group(1)) \
            and not after.startswith(("said", "says", "told"), adverb.end()):
        after = after[adverb.end() :]  # "Toyota and Honda will jointly develop", "the council unanimously approved"
        # (not before a verb of saying: "a source reportedly said" hedges who speaks)
    return after.lower()


_ACCORDING_TO = re.compile(r"according\s+to\b[^,.;:]*(,\s*)?")
"""A source inserted after a name ("X, according to officials, said") or ending its sentence: "according" is no verb of
the name (Quirk et al. 1985, 9.7: "according to" is a complex preposition)."""


_LY_WORD = re.compile(r"(?:(?:will|would|has|have|had|did|could|can|may|might|must|should)\s+)?([a-z]+ly)\s+(?=[a-z])")
"""An adverb in -ly between a subject and its verb, maybe after an auxiliary; lemminflect's table tells adverbs
("jointly", "swiftly") from nouns and adjectives ("rally", "family", "early")."""
_RELATIVE_OBJECT = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+){1,2}(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?$")
"""A name right after the verb of a relative clause between commas: its object, not the subject of the verb after it."""


def _acts(text: str, end: int, start: int, lex: Lexicon) -> bool:
    """Subject of an action or speech verb, not only of "is" or "has" ("Texas sued", "Peru has expelled",
    "Chad cited"; not "Texas is a state", "Peru has a coast")."""
    return _verb_after(text, end, start, lex)[1]


def _is_subject(text: str, end: int, start: int, lex: Lexicon) -> bool:
    """Named right before a verb ("the country sent", "the minister said"), also as the first of
    two subjects ("X and Y banned"), or right after "said"."""
    return _verb_after(text, end, start, lex)[0]


# What may stand between a subject and its verb: a bracket, an apposition or relative clause
# between commas ("Jane Doe, the union's president, said"), or the comma closing one that
# opened before the name ("The Senate leader, Jane Doe, said"); a participle or relative clause may
# be longer and hold commas of its own ("Protesters, carrying placards, flags and banners, marched").
_APPOSITION = re.compile(r"^\s*(?:\([^)]*\)|,\s(?:[a-z]+ing|who|which)\b[^;.\"\u201c\u201d]{0,200}?,(?=\s(?!and\b|or\b|but\b)[a-z])|"
                         r",(?:[^,;.\"\u201c\u201d]|(?<=\d)[,.](?=\d)){0,100},|,)?\s*")
def _apposition_off(after: str) -> str:
    """``after`` without the _APPOSITION at its start, which needs a space, a bracket or a comma there."""
    return _APPOSITION.sub("", after) if after[:1].isspace() or after[:1] in ("(", ",") else after


# A time between subject and verb: "X, a rights group, on Wednesday condemned", "X yesterday said".
_WHEN = re.compile(r"^(?:(?:on|last|this|early|late)\s+(?:[A-Z][a-z]+day|week|month|year|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
                   r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|earlier|later)\s*(?:,(?![ \t]*[a-z]+ing\b))?\s*")
"""(Not the comma before a participle: "hit Bavaria on Monday, closing schools" is the clause's object and its
participle clause, whose subject is the clause's, not the name's.)"""
_PARTICIPLE_BETWEEN = re.compile(r"^,\s[a-z]+ing\b[^;.\"\u201c\u201d]{0,200}?,\s*(?=(?!and\b|or\b|but\b)[a-z])")
"""A participle clause between commas after the time ("on Monday, citing weak demand, announced")."""
# Inverted attribution: "said Jane Doe", "said its director, Jane Doe", "by Jane Doe", "said union
# chief executive Jane Doe" (a title of up to four words between, no function word).
_SPEAKER_AFTER = re.compile(r"(?:\b(?:said|says|told|added|by)\s(?:[^.;,\"\u201c\u201d]{0,50},\s)?)$", re.IGNORECASE)
_SPEAKER_TITLED = re.compile(r"\b(?:said|says|added)\s((?:[\w.'\u2019-]+\s){1,4})$", re.IGNORECASE)
"""A title between the verb and the speaker: "said union chief executive Jane Doe." (the sentence ends there)."""
_SPEAKER_WORDS = words_pattern("said", "says", "told", "added", "by")
"""One of these stands in every match of _SPEAKER_AFTER."""


def _titled_speaker(before: str, lex: Lexicon) -> bool:
    """Whether ``before`` ends in "said" and a title of words that are no function words ("Dr" is
    one of the honorifics) nor -ed verbs: "said union chief executive", not "said killed four"."""
    m = _SPEAKER_TITLED.search(before)
    return bool(m) and all((w.lower() not in lex.STOP or w.lower() in lex.HONORIFICS) and not w.endswith("ed")
                           for w in m.group(1).split())


_STOP_BEFORE = re.compile(r"[a-z\d][.!?][\"\u201d]?\s+(?=\S)")
"""A sentence's end: a full stop after a lowercase word or a digit (not after an initial, "U.S.")."""


_FRONTED_SOURCE = re.compile(r"(?:^|[.!?]\s+|\n)[\"\u201c]?According\s+to\s+(?:[A-Za-z]+\.?\s+){0,2}$")
"""A source fronted at a sentence's start ("According to Ana Silva, ...")."""
_JUDGED_AFTER = re.compile(r"[^,.;:!?]{0,40},\s+(?P<subject>(?:the|this|that|these|those|its|their|his|her|[A-Z][\w-]*)\s"
                           r"[^,.;:!?]{0,60}?)\b(?:is|are|was|were|has\s+been|have\s+been|would\s+be|will\s+be)\s+(?:not\s+)?(?:\w+ly\s+)?"
                           r"(?P<judged>(?:an?\s+)?[a-z-]+)(?=\s*[.;!?]|\s*$)")
"""After the source, a clause whose copula's complement ends it ("the tariffs are illegal", "the deal was a mistake"),
no comma after it that another speaker's clause may follow ("..., the court ruled")."""


_POSTPOSED_SOURCE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|would\s+be|will\s+be)\s+(?:not\s+)?(?:\w+ly\s+)?"
                               r"(?P<judged>(?:an?\s+)?[a-z-]+),\s+according\s+to\s+(?:[A-Za-z]+\.?\s+){0,2}$")
"""A copula's complement that ends its clause, then the source that closes the sentence ("The tariffs are illegal,
according to Ana Silva."): `_judged_after` in the other order."""


def _judged_after(text: str, end: int) -> bool:
    """Whether the clause after a fronted "according to" source judges its subject (Quirk et al. 1985, 16.22 on the
    subject complement): a complement that VADER scores ("illegal", "unfair", "a mistake"), a position the source holds
    (the labelling guide: a stated position is a stance), not a fact it is the source of ("the convoy arrived at noon",
    "the bridge was closed")."""
    m = _JUDGED_AFTER.match(text, end)
    return bool(m) and analyser().compound(m.group("judged")) != 0.0 and not _of_people(m.group("subject"))


def _of_people(subject: str) -> bool:
    """Whether a clause's subject is headed by a noun of a person ("the suspect", "the two gunmen"): what a source says
    a person was like ("According to police, the suspect was dangerous") describes them, it takes no side on a thing."""
    head = subject.split()[-1].lower()
    return head in _PERSON_NOUNS or head.rstrip("s") in _PERSON_NOUNS or head.endswith("men")


def _sourced(before: str) -> bool:
    """Whether a name after ``before`` is named as a source only ("according to", "told"), in its own
    sentence ("... according to an indictment. The SEC filed": the SEC acts)."""
    if not may_match(_SOURCE_WORDS, before):
        return False
    ends = list(_STOP_BEFORE.finditer(before))
    return bool(_SOURCE.search(before[ends[-1].end():] if ends else before))


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z0-9&]{1,9})\)(?!\s*[-\u2013\u2014]\s)")


def _spelled(text: str, words: list[tuple[str, int]]) -> bool:
    """A name of several words that the acronym in brackets after it spells ("Business Unity South
    Africa (BUSA)"): a body that defines its short form, unless a law's or a place's word ends it."""
    last = words[-1][0].lower()
    if len(words) < 2 or last in THING_WORDS or last in PLACE_WORDS:
        return False
    acronym = _acronym_after(text, words[-1][1] + len(words[-1][0]))
    return acronym is not None and _initials(" ".join(w for w, _ in words)) == acronym.upper()


def _acronym_after(text: str, end: int) -> str | None:
    """The acronym in brackets after a name ("the World Health Organization (WHO)"); not a dateline's
    agency before its dash ("KYIV, Ukraine (AP) —")."""
    m = _ACRONYM_AFTER.match(text[end : end + 18])
    return m.group(1) if m else None


def _people_modified(text: str, run: list[tuple[str, int]]) -> bool:
    """Whether a two-word run opening a sentence is a common word capitalised there and a word for a people, before a
    lowercase collective noun ("Ethnic Uzbek residents", "Local Kurdish fighters"): the collective's modifiers, no
    name; not a state's adjective of two words ("South Korean troops") nor a place ("New York")."""
    (first, _), (second, at) = run
    full = f"{first} {second}"
    if first.lower() not in english_words() or first.lower() in STOP or is_first_name(first) or nationality(first) \
            or nationality(full) or state_of(full) or is_place(full):
        return False
    if not (demonym(second) or f"{second}s" in _PEOPLES or _DEMONYM_SHAPE.search(second)):
        return False
    after = _WORD_AFTER_RUN.match(text, at + len(second))
    return after is not None and after.group(1).lower() in _PLURAL_PEOPLE


_WORD_AFTER_RUN = re.compile(r"\s+([a-z][a-z-]*)\b")


def _gather(text: str, sentences: list[Sentence], lex: Lexicon) -> dict[str, Candidate]:
    found: dict[str, Candidate] = {}
    common = frozenset(re.findall(r"\b[a-z]+\b", text))  # words the article also writes in lowercase
    things: set[str] = set()  # acronyms of what is no actor (a law, a treaty, a war)
    for sentence in sentences:
        for run in runs(sentence, lex):
            # "La Commission a ...", "Die Polizei": after an article, a name is no mere sentence start
            opening = opens(text, sentence, run[0][1]) and (lex is EN or run[0][0].lower() not in lex.STOP)
            owner = False
            if opening and len(run) > 1 and " ".join(w for w, _ in run) not in CAPITALS \
                    and (run[0][0].endswith("ing") and not is_place(run[0][0])
                         and run[0][0].lower() not in lex.TITLES  # "King Charles met"
                         or _common_before_a_name(text, run, common)):
                run = run[1:]  # "Proroguing Parliament is ...", "Carmaker Corvana Motors will ...": not the name
                # (a seat of government is one name: "Downing Street said")
            if lex is EN and opening and len(run) > 1 and run[0][0].lower() in _QUESTION_OPERATORS \
                    and _QUESTION_END.search(sentence.text):
                run = run[1:]  # "Will Chile sign?", "Does Oxfam have the funds?": the question's operator, no name
            if opening and len(run) > 2 and run[0][0].lower() in _AGENTS and run[1][0] == "of":
                run = run[2:]  # "Soldiers of the Northern Defence Force detained": the body's people, then its name
            elif lex is EN and opening and len(run) > 2 and run[1][0] == "of" and run[0][0].lower() in _INHABITANTS:
                continue  # "Residents of Aleppo fled": a collective and where it lives (`_groups`), no body's name
            elif lex is EN and opening and len(run) > 2 and run[1][0] == "of" and _things_of(run[0][0]):
                run, owner = run[2:], True  # "Shares of Volta Energy fell": a plural of things and whose they are, the
                # verb theirs; a body of people may be named "Friends of the Earth", no body's name opens with "Shares"
            elif lex is EN and opening and len(run) > 2 and run[1][0] in ("of", "for") and _plural_before(text, run):
                run = run[2:]  # "Supporters of Ahmed Musa", "Lawyers for Musa", "Shares of Acme Corp": a plural
                # common noun capitalised at a sentence start, then the name it belongs to
            if lex is EN and opening and len(run) == 2 and _people_modified(text, run):
                continue  # "Ethnic Uzbek residents fled": a collective behind its modifiers (`_groups`), no name
            role = []
            if lex is EN and opening and len(run) > 2 and run[0][0].lower() in _PERSON_NOUNS \
                    and run[0][0].lower() not in lex.TITLES and not is_first_name(run[0][0]) and is_first_name(run[1][0]):
                role, run = [run[0][0]], run[1:]  # "Activist Joe Bay was detained": a noun for a person, capitalised, then the name
            if lex is EN and run[0][0] in MONTH_NAMES and _month_given(text, run):
                words, titles = run, []  # "Jan Novak said": a given name, no month
            else:
                words, titles = trim(run, lex, the=not opening)
            titles = role + titles
            if not words or not_a_name(text, words, lex):
                continue
            if lex is EN and not titles and (abbrev := _ABBREVIATED_TITLE.search(text, max(0, words[0][1] - 8), words[0][1])) \
                    and abbrev.group(1).lower() in lex.TITLES:
                titles = [abbrev.group(1)]  # "Prof. Lake", "Gen. Robert King": the full stop ends the run, not the title
            kind = kind_of([w for w, _ in words], lex, common)
            if lex is EN and kind == "place" and titles and titles[-1].lower() in EPONYM_TITLES and len(words) > 1 \
                    and words[-1][0].lower() in PLACE_WORDS \
                    and (at := run.index(words[0])) and run[at - 1][0] == titles[-1]:
                words, titles = run[at - 1 :], titles[:-1]  # "Prince Edward Island": a place named after its bearer
            if lex is EN and kind in (None, "organisation") and word_surnamed([w for w, _ in words]) \
                    and _named_as_a_person(text, words, titles, lex, kind is None):
                kind = "person"  # "Mayor Tom Hill", "Tom Hill has backed", "Rev. Samuel Church"
            elif lex is EN and kind is None and len(words) == 1 and titles and (title := titles[-1].lower().rstrip(".")) \
                    in lex.TITLES and title not in _TITLE_MODIFIERS and title not in EPONYM_TITLES \
                    and words[0][0][1:].islower() and not nationality(words[0][0]):
                kind = "person"  # "Mr Hill", "Judge Park": a surname that is also a place's word
            if kind is None:
                if not (lex is EN and (_INTRODUCED.search(text, max(0, words[0][1] - 16), words[0][1])
                                       or _spelled(text, words)
                                       or _CLASSIFIER_AFTER.match(text[words[-1][1] + len(words[-1][0]) :
                                                                       words[-1][1] + len(words[-1][0]) + 24]))):
                    if acronym := _acronym_after(text, words[-1][1] + len(words[-1][0])):
                        things.add(acronym)  # "the Ballot Interference Prevention Act (BIPA)": BIPA is a law too
                    continue
                kind = "organisation"  # "the organization Equally American": a body, whatever its words
            start, end = words[0][1], words[-1][1] + len(words[-1][0])
            full = text[start:end]
            if lex is EN and len(words) > 2 and words[-1][0].lower() in _STATE_BODY_HEADS and nationality(words[0][0]) \
                    and not state_of(words[0][0]) and words[1][0][:1].isupper():
                words = words[1:]  # "the Kenyan High Court": the body's name without its nationality, as a person's is
                start = words[0][1]
            name = text[start:end]
            if titles and len(words) == 1 and kind in ("organisation", "place") and not ACRONYM.match(name) \
                    and name.lower() not in lex.ORG_WORDS and not _modifiers_only(titles):
                kind = "person"  # "President Trump", "Judge Miller"
            if (c := found.get(name)) is None:  # a Candidate made once per name, not per mention (as setdefault would)
                c = found[name] = Candidate(name, kind, start, {name})
            # "Mr King", "Dr Field": a surname that is a title's word, after a person's honorific, where the article
            # never writes the word in lowercase (not "Mr President" beside "the president")
            c.addressed |= lex is EN and kind == "person" and len(words) == 1 and bool(titles) \
                and titles[-1].lower() in _ADDRESSES and name.lower() not in common
            if full != name:
                c.forms.add(full)
                c.role = c.role or f"{name} of {nationality(full.split()[0])}"  # the guide's "foreign ministry of Ardenia"
            if titles and len(words) == 1 and (at := run.index(words[0])) and run[at - 1][0] == titles[-1]:
                c.forms.add(text[run[at - 1][1] : end])  # "Pope Francis", "King Charles": how news names them
            if words[0][0] == "The":
                c.forms.add(text[words[1][1] : end])  # "The Greens" is also "the Greens"
            # "Patients said": a capital that may only mark a sentence start, unless seen elsewhere
            # "The Pentagon said": after a capital "The", the name is no mere sentence start
            c.starts += opening and start == run[0][1] and len(words) == 1 and not titles and not _SHAPED.search(name) \
                and not (lex is EN and _unknown_word(name)) \
                and not _apposed(text, name, end, common) \
                and not (lex is EN and not name.endswith("s") and (_SAYS_ITSELF.match(text, end)
                                                                   or _VOICES_A_POSITION.match(text, end)))
            # ("Shell said on Thursday it would sell": a singular that speaks of itself as "it" is a body's name)
            was = (c.subject, c.acts)
            _note(c, text, start, end, titles, lex)
            if owner:  # the things' owner: the verb after is not its act
                (c.subject, c.acts), c.passing = was, c.passing + 1
            c.quoted += in_quotation(text, start)
    for acronym in things:
        found.pop(acronym, None)
    return found


_TIME_BEFORE = re.compile(r"\b(?i:in|on|since|by|until|till|during|from|to|of|last|next|early|late|mid|before|after|through|"
                          r"between|and|or|than|each|every|this|that)\s+$")


def _month_given(text: str, run: list[tuple[str, int]]) -> bool:
    """Whether a month name that is also a given name starts a person's name ("Jan Novak", "May Ling"):
    a surname after it, not a word of a body, place, thing or title, nor a day; no preposition or
    determiner of time before it ("in May Smith said", "since June Parliament")."""
    if len(run) != 2:
        return False
    surname, at = run[1][0], run[0][1]
    return surname.isalpha() and surname[1:].islower() and len(surname) > 2 and surname.lower() not in STOP \
        and surname.lower() not in TITLES and surname.lower() not in ORG_WORDS and surname.lower() not in PLACE_WORDS \
        and surname.lower() not in THING_WORDS and not state_of(surname) and not is_place(surname) \
        and not _TIME_BEFORE.search(text, max(0, at - 12), at)


_ABBREVIATED_TITLE = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]{1,4})\.[ \t]+$")
_ADDRESSES = frozenset(("mr", "mrs", "ms", "dr", "miss"))
"""The honorifics of a person's surname ("Mr King"), never of an office ("Mr President" aside)."""
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.-])([a-z]+|[A-Z][a-z]{1,4}\.)\s+$")
"""A lowercase word, or an abbreviated title ("Gen.", "Rev."), right before a name."""
_HONORIFIC_SURNAME = tuple(f"{h}{dot} " for h in ("Mr", "Mrs", "Ms", "Dr") for dot in ("", "."))
_SURNAME_SPEAKS = tuple(f" {v}" for v in ("said", "says", "told", "added"))
_WHO_AFTER = re.compile(r",\s+who\s")
_AS_TITLE = re.compile(rf"\s+as\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?(?:{'|'.join(sorted(load()['words']['titles'].split()))})\b")
_PASSIVE_AFTER = re.compile(r"\s+(?:is|was|were|are|has\s+been|had\s+been|will\s+be)\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en|wn|t))\b")
_SAYING = StartsWith(tuple(f"{v}{end}" for v in REPORTING for end in (" ", ",", ".")))
_PERSONAL_STARTS = StartsWith(tuple(f"{cue} " for kind, cues in ACTION_CUES.items()
                                    if kind not in ("other", "consult", "aid", "mobilize", "assault", "cooperate") for cue in cues))
"""Acts of a kind that only people and bodies do (accusing, urging, backing, signing), not a place's (hosting, sending)."""


def _named_as_a_person(text: str, words: list[tuple[str, int]], titles: list[str], lex: Lexicon, any_verb: bool) -> bool:
    """Whether a name whose surname is also a place's or a body's word (`word_surnamed`) is used as a
    person's: a person's title before it ("Mayor Tom Hill", "opposition leader Sarah Field"), a noun
    for a person in apposition, an age, "who" or "as" and a title after it ("Ruth Bridge, a nurse,",
    "elected Ann Park as mayor"), the surname again after an honorific or before a verb of saying
    ("Mr Hill", "Hill said"); or, for a name the word reads as a place ("Tom Hill", not "Samuel
    Church"), a verb of acting after it (not a passive: "Abbey Road was closed") or before it ("police
    arrested Tom Hill"), outside a place phrase: what places and buildings do not do."""
    start, end = words[0][1], words[-1][1] + len(words[-1][0])
    if titles:
        return not _modifiers_only(titles) and not any(t.lower() in EPONYM_TITLES for t in titles)
    if (word := _WORD_BEFORE.search(text, max(0, start - 24), start)) and (before := word.group(1).lower().rstrip(".")) \
            not in EPONYM_TITLES and (before in lex.TITLES or word.group(1).islower() and before in _PERSON_NOUNS):
        return True
    if (apposed := _APPOSED_HEAD.match(text, end)) and apposed.group(1) in _PERSON_NOUNS or _AGE_AFTER.match(text, end) \
            or _WHO_AFTER.match(text, end) or _AS_TITLE.match(text, end):
        return True
    surname = words[-1][0]
    if any(f"{h}{surname}" in text for h in _HONORIFIC_SURNAME) or any(f"{surname}{v}" in text for v in _SURNAME_SPEAKS):
        return True
    if not any_verb or LOCATIVE.search(text, max(0, start - 30), start) or _DETERMINER.search(text, max(0, start - 7), start) \
            or _PASSIVE_AFTER.match(text, end):
        return False  # "near Tom Hill's farm", "the Albert Bridge", "Abbey Road was closed"
    first = words[0][0]
    if is_place(first) or state_of(first):  # "Victoria Park hosted": a verb of saying or a person's act only
        return bool(_SAYS_AFTER.match(text, end)) or _PERSONAL_STARTS(_AUX_RE.sub("", text[end + 1 : end + 60].lower()))
    if (verb := _VERB_BEFORE.search(text, max(0, start - 30), start)) and verb.group(1) in _TARGETING:
        return True  # "police arrested Tom Hill"
    predicate = _AUX_RE.sub("", _predicate(text, end, start))  # "Tom Hill and Ann Park signed", "Ann Park, who ..., criticised"
    return _SAYING(predicate) or _ACTION_STARTS(predicate)  # not "Ellis Island reopened"


_STATE_BODY_HEADS = frozenset(load()["words"]["state_body_heads"].split())
_BODY_ONLY_HEADS = frozenset(load()["words"]["body_only_heads"].split())
_SOLE_LEGISLATURES = frozenset(load()["words"]["sole_legislatures"].split())
_SHAPED = re.compile(r"^[A-Z][A-Z&]{2,}$")
"""An acronym ("NASA", "AT&T"): a name even at a sentence start."""


def _unknown_word(name: str) -> bool:
    """A capitalised word that is no English word, nor a compound of English words ("Greenpeace",
    "Al-Shabaab"; not "Patients", "Already-queued", "MP"): a name even at a sentence start."""
    parts = [p for p in name.split("-") if len(p) > 3]
    return bool(parts) and all(p.isalpha() and p[1:].islower() for p in parts) \
        and any(p.lower() not in english_words() for p in parts)


_APPOSED = re.compile(r",\s+(?:an?|the|its|[A-Z][\w-]*['\u2019]s)\s+(?![^,;.]*\b(?:said|says|told|added|reported)\b)[^,;.]{0,80},")
"""A noun phrase in apposition after a word ("Confindustria, Italy's business lobby, said"): the word
names someone; not a parenthetical attribution ("Authorities, the ministry's report said, had")."""


def _apposed(text: str, name: str, end: int, common: frozenset[str]) -> bool:
    """A sentence's first word that an apposition follows, unless the word is one the article also writes
    in lowercase or an English adverb or adjective (lemminflect's never-nouns: "Overall, the country's biggest bank, Barclays, said")."""
    return bool(_APPOSED.match(text, end)) and name.lower() not in common and name.lower() not in never_nouns()


def _things_of(first: str) -> bool:
    """Whether a capitalised word opening a sentence is a plural of the things a market measures ("Shares", "Prices":
    the lexicon's `measured_things`), no people and no part of a body ("Elements of the Rapid Support Forces")."""
    return first.lower() in _MEASURED_THINGS


_MEASURED_THINGS = frozenset(load()["words"]["measured_things"].split())


def _plural_before(text: str, run: list[tuple[str, int]]) -> bool:
    """A plural common noun before "of"/"for" and a name: a person's full name ("Supporters of Ahmed Musa"), or
    one whose last word the article also writes without that noun and preposition ("Lawyers for Musa" beside
    "Ahmed Musa"); not a body's own name whose words stand nowhere else, however often it is repeated
    ("Lawyers for Due Process", "Friends of the Earth", "Students for Fair Admissions")."""
    first, prep = run[0][0], run[1][0]
    if not first.endswith("s") or first.lower() in ORG_WORDS or is_first_name(first) \
            or first[:-1].lower() not in english_words() and first[:-2].lower() not in english_words():
        return False
    rest = [w for w, _ in run[2:] if w != "the"]
    if len(rest) >= 2 and is_first_name(rest[0]) and rest[-1].lower() not in english_words():
        return True  # a given name and a surname that is no English word
    own = (f"{first} {prep} ", f"{first} {prep} the ")
    for k in {0, len(rest) - 1}:  # its first or last word: "Brightwater" of "Brightwater Foods", "Musa"
        word, before = rest[k], " ".join(rest[:k]) + (" " if k else "")
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (text[at - 1 : at].isalnum() or text[end : end + 1].isalnum()) and at not in (p for _, p in run) \
                    and not any(text.endswith(o + before, 0, at) for o in own):
                return True
            at = text.find(word, at + 1)
    return False


def _common_before_a_name(text: str, run: list[tuple[str, int]], common: frozenset[str]) -> bool:
    """A common noun capitalised at a sentence start before a name that the article also writes
    without it: "Carmaker Corvana Motors" when "Corvana" stands alone elsewhere."""
    first, (second, at) = run[0][0], run[1]
    if first.lower() in STOP:  # "The Kremlin said" is a name; "The Department said" the head noun of one named before
        return second.lower() in ORG_WORDS
    if first.lower() not in common or is_first_name(first):
        return False
    if text.find(second) == at and text.find(second, at + 1) == -1:  # written only here
        return False
    return any(m.start() != at for m in re.finditer(rf"(?<![\w-]){re.escape(second)}(?![\w-])", text))


_WORDS = load()["words"]
_NAME_PARTICLES = frozenset(_WORDS["name_particles"].split())
_PERSON_NOUNS = frozenset(_WORDS["person_nouns"].split())
_APPOSITION_OPENS = re.compile(r",\s+(?:an?|the|his|her)\s+(?:(?:former|senior|veteran|top|chief)\s+)?$")
_PERSON_NOUN_AFTER = re.compile(r"\s+([a-z]+)(?=\s*[,;.)]|\s+(?:and|who|with|in|at|for)\b)")
"""After a body's name opening an apposition, the noun for a person it modifies ("X, a former Goldman Sachs banker,")."""
_DETERMINER = re.compile(r"(?<![\w-])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+$")
_MODIFIED = re.compile(r"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?([a-z]+)\s+$")
"""A determiner and a common noun or two right before a name: "the opposition Christian Democrats"."""


def _common_head_before(text: str, start: int) -> bool:
    """A name after "the" and a common noun that is no noun for a person ("the opposition Christian
    Democrats", "the carmaker Corvana Motors"; not "the actor Jane Doe", "the late Jane Doe"): the noun
    classifies a body the name names, as a title would a person (Quirk et al. 1985, 17.68 on close
    apposition, where a person's name follows a noun for a person)."""
    m = _MODIFIED.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    return word not in _PERSON_NOUNS and word.rstrip("s") not in _PERSON_NOUNS and word not in never_nouns() \
        and word not in STOP and not word.endswith(("ed", "ing", "ly"))


_INTRODUCED = re.compile(rf"\b(?:{CLASSIFIER}),?\s+$")
"""A noun for a body's kind before its name, or in apposition before it ("the rights group X", "the mining company, X,")."""


_TITLE_MODIFIERS = frozenset(load()["words"]["title_modifiers"].split())


def _modifiers_only(titles: list[str]) -> bool:
    """Title words that only qualify a title ("State House", "Foreign Office"): no title of a person."""
    return all(t.lower() in _TITLE_MODIFIERS for t in titles)


def _note(c: Candidate, text: str, start: int, end: int, titles: list[str], lex: Lexicon) -> None:
    """Count one mention of ``c`` at ``text[start:end]``: where it stands, and what it does."""
    c.mentions += 1
    if lex is EN and text.startswith(". ", end) and text[end + 2 : end + 3].islower() \
            and text[start:end].rsplit(None, 1)[-1].lower() in lex.ORG_WORDS:
        end += 1  # "Boreal Mining Ltd. acquired", "Vestra Holdings Kft. bought": the legal form's full stop, no sentence end
    before = text[max(0, start - 40) : start]
    # every pattern below that ends in a lowercase word and spaces ("... by the ", "in ") needs one
    word_before = before[-1:].isspace() and "a" <= before.rstrip()[-1:] <= "z"
    # _AGENT_BY and _ACT_BY end in "by " or "by the ", _SETTLEMENT_OF in "of ", _ACT_AGAINST in its preposition or
    # "the": the last word tells first
    last_word = before.rstrip().rsplit(None, 1)[-1] if word_before else ""
    locative = word_before and bool(LOCATIVE.search(text[max(0, start - 30) : start])) or (
        c.kind in ("state", "place") and text[end : end + 1] in ",.;)" and "," in text[max(0, start - 3) : start]
        and bool(_IN_A_PLACE_LIST.search(text[max(0, start - 200) : start]))) or (
        lex is EN and text[start - 2 : start] in (", ", "d ") and _in_a_list_of_places(text, start))
    if c.kind == "state" and text.endswith((" at ", " against "), 0, start):
        # "launched missiles at Ukraine": a state is aimed at, the target of the act before it, not a place
        clause = re.split(r"[.;:!?\"\u201c\u201d]", text[max(0, start - 80) : start])[-1]
        if any(w in _AIMED or w in _TARGETING for w in _LOWER_WORD.findall(clause)):
            locative, c.targeted = False, True
    people = lex is EN and c.kind == "organisation" and last_word in ("of", "from", "at", "for", "the") \
        and bool(VOICE_BEFORE.search(text, max(0, start - 40), start)) and not in_quotation(text, start) \
        and not (_EXPERTS_BEFORE.search(text, max(0, start - 40), start) and not _a_business(text, c))
    locative &= not people  # "officials at the ministry", "a spokesman for the ministry": its people, no place
    locative &= not (lex is EN and ADDRESSED_BEFORE.search(text, max(0, start - 40), start))  # "appealed to the UN"
    if lex is EN and word_before and _RESPONSE_FROM.search(text, max(0, start - 40), start) and not in_quotation(text, start):
        locative = False  # "drew criticism from the Green Party": who gives the response, the noun's subject, no place
        c.subject = c.acts = True
    c.places += locative
    c.affiliated += lex is EN and c.kind == "organisation" and word_before and last_word in ("of", "at", "the") \
        and bool((member := _MEMBER_OF.search(before))) and member.group(1) in _PERSON_NOUNS \
        and member.group(1) not in _SPEAKS_FOR
    career = lex is EN and word_before and (bool(_CAREER_BEFORE.search(before)) or bool(
        _JOINED_BEFORE.search(before)) and bool(_CAREER_AFTER.match(text, end)))
    # "X, a former Goldman Sachs banker, said": a body that modifies a noun for a person in an apposition is where
    # that person worked, background (the person's noun, not the body, is what the verb after it follows)
    career |= lex is EN and c.kind in ("organisation", "person") and word_before and bool(_APPOSITION_OPENS.search(before)) \
        and bool((held := _PERSON_NOUN_AFTER.match(text, end)) and held.group(1) in _PERSON_NOUNS)
    c.passing += career  # "worked for the World Bank", "joined Goldman Sachs in 2005": a career, background
    c.affiliated += career and c.kind == "organisation"
    c.timed += word_before and last_word in _DURING and bool(_DURING_BEFORE.search(before))
    subject = False
    background = lex is EN and " when " in before and bool(_YEAR_WHEN.search(before))
    c.passing += background  # "by 2010, when X regained the post": a clause that dates a past state, background
    background |= career  # "who worked at X and the World Bank, was appointed": no subject of the verb after it
    made = lex is EN and c.kind in ("person", "organisation") and word_before and (
        _made_by(text, start) or c.kind == "person" and bool(_HONOURED.search(text, max(0, start - 60), start))
        or last_word == "by" and bool(_IN_A_YEAR.match(text, end)) and bool(
            (by := _AGENT_BY.search(text, max(0, start - 60), start)) and _makes(by.group(1))))
    # ("The company was founded by Henrik Dahl in 1952": who made or began a thing, dated, background)
    made |= lex is EN and c.kind == "person" and "ince " in before and bool(_SINCE_BEFORE.search(before)) \
        and bool(_DATED_CLAUSE.match(text, end))  # "Since X came to power in 2000, ...": a clause that dates, background
    made |= lex is EN and c.kind == "person" and ("ed " in before or "ing " in before) and bool(
        _CITED_BEFORE.search(before)) and not _AS_SAYING.match(text, end)
    # ("The minister quoted Winston Churchill as he spoke", "citing Martin Luther King": words borrowed, no act; not
    # "the newspaper quoted X as saying", where X speaks)
    c.passing += made  # "The plant, which was built by Siemens in the 1980s,": who made a thing, background
    # (or whom it honours: "The airport, named after former President X, was closed")
    background |= made
    if not locative and not background and not _object(text, start, agent=False):  # "in Lyon, police said": a place
        subject, acts = _verb_after(text, end, start, lex)
        if subject and not acts and lex is EN and _STATUS.match(_predicate(text, end, start)):
            subject = False  # "X is state-owned", "X is based in Nairobi": what the body is, told as background
        # "The European Union, Ardenia's largest trading partner, offered": a noun phrase in apposition, then a verb
        subject = subject or lex is EN and acts and text.startswith(",", end) and bool(
            (apposed := _APPOSED.match(text, end)) and _DOES.match(text[apposed.end() : apposed.end() + 40].lstrip()))
        c.subject |= subject
        c.acts |= acts
        if lex is EN and word_before and "by " in before and (by := _AGENT_BY.search(text, max(0, start - 80), start)) and (
                by.group(1) in _TARGETING or c.kind == "organisation" and by.group(1) in _OTHER_ACTS):
            c.subject = c.acts = True  # "the strike was condemned by Canada", "approved by the Commission": the doer of an act
        elif lex is EN and c.kind == "organisation" and word_before and "by " in before and (
                by := _AGENT_BY.search(text, max(0, start - 80), start)) and by.group().split(None, 1)[0] in ("was", "were", "been") \
                and by.group(1) not in _STATIVE_PARTICIPLES and by.group(1) not in _INACTIVE \
                and by.group(1) not in _TOLD_BY and not in_quotation(text, start):
            c.subject = c.acts = True  # "the resolution was adopted by the Security Council": a past passive's doer, an
            # event's agent whatever its verb (Quirk et al. 1985, 3.63 on the agent of a dynamic passive); not what
            # owns, runs or backs a thing ("is owned by", "was funded by": a state, `compound_participles`)
    if not subject and people and any(_verb_after(text, end, start, lex)):
        c.subject = c.acts = True  # "Investigators from the Safety Board arrived", "members of the council voted",
        # "a spokesman for the ministry said"
    if lex is EN and not subject and c.kind in ("organisation", "state") and (voice := _VOICE_AFTER.match(text, end)) \
            and not in_quotation(text, start) and _verb_after(text, voice.end(), start, lex)[0]:
        c.subject = c.acts = True  # "A NATO spokesman said", "an EU spokeswoman denied": the body speaks by its voice
    if lex is EN and not subject and c.kind == "organisation" and last_word in ("of", "the") and not titles \
            and (doer := _DOER_OF.search(text, max(0, start - 40), start)) and doer.group(1).lower() in _AGENTIVE_OF:
        c.subject = c.acts = True  # "the vote of the Electoral College", "the decision of the court": a body's act
    if lex is EN and not subject and last_word.endswith("of") and _SETTLEMENT_OF.search(text, max(0, start - 24), start):
        c.places += 1  # "a visit to the town of X": a place; not "the city of Lyon appealed"
    if lex is EN and last_word.endswith(("by", "the")) \
            and (act := _ACT_BY.search(text, max(0, start - 60), start)) and act.group(1).lower() in _ACT_NOUNS:
        c.subject = c.acts = True  # "a lawsuit filed by Texas", "a rally organized by X": the act's doer
    if lex is EN and not titles and last_word.endswith(("against", "on", "targeting", "of", "the")) \
            and _ACT_AGAINST.search(text, max(0, start - 40), start) \
            and text[start:end].rsplit(None, 1)[-1].lower() not in _SITES and not _believers_before(text, start, end):
        c.targeted = True  # "sanctions on Iran", "a lawsuit against Google": the act's target
    if lex is EN and text.find("ccording", max(0, start - 60), start) >= 0 \
            and (_FRONTED_SOURCE.search(text, max(0, start - 40), start) and _judged_after(text, end)
                 or (post := _POSTPOSED_SOURCE.search(text, max(0, start - 120), start)) and text.startswith(".", end)
                 and analyser().compound(post.group("judged")) != 0.0):  # both need "according to" just before
        c.stated = c.subject = True  # "According to Ana Silva, the tariffs are illegal": her position, she holds it
    else:
        c.sourced += _sourced(text[max(0, start - 80) : start]) or lex is EN and bool(_UNVERIFIED.match(text, end))
    if lex is EN and not titles and word_before and (verb := _VERB_OR_ADDRESS_BEFORE.search(text, max(0, start - 30), start)):
        head = text[start:end].rsplit(None, 1)[-1].lower()
        # "sued Brandt Lowe and Kessler Bank": the second of two names after an act is its target too
        c.targeted |= verb.group(1) == "and" and c.kind != "place" and bool(
            (first := _OBJECT_CONJUNCT_BEFORE.search(text, max(0, start - 80), start))
            and first.group(1) in _TARGETING and not _attributive(text, end, lex) and not _unasserted(text, first.start(1)))
        # "agreed to buy Orbis Holdings": a body bought is the acquisition's target (the guide's `agree`)
        c.targeted |= not verb.group(2) and verb.group(1).lower() in _BUYING and c.kind == "organisation" \
            and not _attributive(text, end, lex) and not _unasserted(text, verb.start(1))
        addressed = {"upon": "on"}.get(verb.group(2), verb.group(2))  # "appealed to the United Nations": the one asked
        c.targeted |= (verb.group(1).lower() in (_ADDRESSING[addressed] if addressed in _ADDRESSING else _TARGETING)) \
            and not _attributive(text, end, lex) and not (
            verb.group(2) == "against" and verb.group(1).lower() in _AGAINST_A_MATTER and head not in lex.ORG_WORDS) \
            and head not in _SITES and not _unasserted(text, verb.start(1))
    c.outlet |= lex is EN and bool(_OUTLET.search(text, max(0, start - 24), start)
                                   or (noun := _WORD_AFTER.match(text, end)) and noun.group(1) in _OUTLET_HEADS)
    # ("the Ardenne Herald newspaper reported": the noun after the name says it is an outlet)
    c.outlet |= lex is EN and len(words := c.name.split()) > 1 and (words[-1] in _MASTHEADS or words[0] in _MASTHEAD_OPENERS) \
        and not is_first_name(words[0])  # "the Marovian Gazette said", "the Daily Clarion said": a newspaper's title,
    # an outlet (not "Ann Herald said": a person's name)
    c.craft += lex is EN and (word_before and bool(_CRAFT_BEFORE.search(text, max(0, start - 16), start))
                              or bool(_WORK_BEFORE.search(text, max(0, start - 50), start)))
    c.itself |= lex is EN and not titles and bool((its := _ITS_AFTER.match(text, end)) and its.group(1) not in _JUDGING
                                                  or (says := _SAYS_ITSELF.match(text, end)) and not _EXPLETIVE_IT.match(text, says.end() - 3))
    c.owns |= lex is EN and not titles and bool((its := _ITS_AFTER.match(text, end)) and its.group(1) not in _JUDGING
                                                or _BELONGING_AFTER.match(text, end)
                                                or _BELONGING_BEFORE.search(text, max(0, start - 40), start)
                                                or (says := _SAYS_ITSELF.match(text, end))
                                                and _ITS_BELONGING.match(text, says.end()))
    if lex is EN and not c.subject and c.kind == "organisation" and not locative and (_REGULAR_ACT.match(text, end) or text.startswith(
            " and ", end) and not text.endswith(", ", 0, start) and _REGULAR_ACT.match(" " + _predicate(text, end, start))) \
            and (text[start:end].rsplit(None, 1)[-1].lower().rstrip(".") in lex.ORG_WORDS
                 or (" of " in text[start:end] or " for " in text[start:end])
                 and re.split(r" (?:of|for) ", text[start:end], 1)[0].rsplit(None, 1)[-1].lower() in lex.ORG_WORDS
                 or " " not in text[start:end] and _unknown_word(text[start:end])) \
            and not _object(text, start, agent=False) and not _CAUSED_CHANGE.match(text[end + 1 : end + 80]):
        c.subject = c.acts = True  # "Toyota Motor Corp recalled 300,000 vehicles": a body by its name's head does an act
        # (the head before "of" or "for" too: "the Ministry of Foreign Affairs summoned the ambassador", "the Coalition
        # for Clean Rivers organised the march")
        # (or by one word that is no English word: "Hezbollah fired rockets at")
    c.governs |= lex is EN and c.kind == "place" and subject and bool(
        _REGULAR_ACT.match(text, end) or _acted(_predicate(text, end, start)))
    passive = lex is EN and (done := _PASSIVE_AFTER.match(text, end))
    # acted on as a place is ("was shelled", "was flooded"), not as a body is ("was sued", "was fined")
    c.passive += bool(passive) and done.group(1) not in _BODY_TARGETING
    c.forceful |= lex is EN and _ACTION_STARTS(_AUX_RE.sub("", _apposition_off(text[end : end + 160])[:60].lower())) \
        and not passive  # "Rafah was shelled": acted on, no act of its own
    c.aged |= bool(_AGE_AFTER.match(text, end) or text.find("-year-old", max(0, start - 50), start) >= 0
                   and _AGE_BEFORE.search(text, max(0, start - 50), start))
    c.spoke += bool(word_before and _SPOKE_BEFORE.search(text, max(0, start - 12), start)
                    or _SAYS_AFTER.match(" " + _AGE_AFTER.sub("", text[end : end + 40], count=1).lstrip(",")))
    if text.startswith(("'s ", "\u2019s "), end):
        if _POSSESSED_ACT.match(text, end) and not in_quotation(text, start):
            c.subject = c.acts = True  # "Theresa May's proposed Brexit deal", "Hamas's attack": the act's doer
        elif lex is EN and c.kind != "person" and (voice := _POSSESSED_VOICE.match(text, end)) \
                and not _own_body(voice.group()[2:].lower().split(), lex) \
                and not in_quotation(text, start) and text.startswith(" ", voice.end()) \
                and not text[voice.end() + 1 : voice.end() + 2].isupper() \
                and (_ACTION_STARTS(_AUX_RE.sub("", text[voice.end() + 1 : voice.end() + 60].lower()))
                     or _SAYS_ITSELF.match(text, voice.end())):
            c.subject = c.acts = True  # "Boeing's chief executive apologised": an unnamed official acts for the body
            # (not "Ukraine's army said it had retaken": the state's force, an actor of its own, the guide's row on troops;
            # nor "Norway's opposition rejected": a collective of its own, the guide's row on the opposition)
        else:
            c.passing += 1
    elif lex is EN and c.kind == "person" and _of_a_thing(text, start):
        c.passing += 1  # "the brother of President X": in passing, unless X acts elsewhere (who made a thing or whom
        # a thing honours, "designed by the engineer X", "named after the poet X", counts above, as background)
    if lex is EN and c.kind == "person" and titles and (
            former := _FORMER_BEFORE.search(text, max(0, start - 80), start)) \
            and (former.group(2) == "under" or former.group(1) not in _PASSIVE_AUX):
        c.passing += 1  # "the martial law imposed by former President X", "under the late King X": an era, background
    c.tolls += lex is EN and c.kind in ("person", "organisation") and _gives_a_toll(text, start, end)
    modifies = lex is EN and _modifies(text, end, lex)
    c.modifies += modifies
    c.compound += lex is EN and text.startswith(" ", end) and (
        bool(_EVENT_NOUN_IN_ING.match(text, end)) or modifies and not _PARTICIPLE_AFTER.match(text, end)
        and not _its_people(text, end))
    c.titled |= bool(titles) and titles[0].lower() not in ("the", "of") and not _modifiers_only(titles)
    c.determined += not titles and word_before and (bool(_DETERMINER.search(text, max(0, start - 7), start))
                                                    or lex is EN and _common_head_before(text, start))
    if lex is EN and not titles and c.kind == "person" and word_before and before.endswith("based ") \
            and _BASED_BEFORE.search(before):
        c.introduced = True  # "the London-based Mardale Capital sued": where a body has its seat, said of no person's name
    if not titles and _INTRODUCED.search(text[max(0, start - 16) : start]):  # not "union X general secretary Y"
        following = _WORD_AFTER.match(text[end : end + 20])
        c.introduced |= not (following and following.group(1) in lex.TITLES)
    if lex is EN and text.startswith(" ", end) and _CLASSIFIER_AFTER.match(text[end : end + 24]):
        c.body_apposed += 1  # "the Teamsters union", "the Likud party": the noun after the name says it is a body
        if c.kind == "person" and not titles:
            c.kind = "organisation"  # "the United Auto Workers union": no person's name, so the acronym may name it
    if lex is EN and text.startswith(",", end) and (apposed := _APPOSED_HEAD.match(text, end)):
        head = apposed.group(1).lower()
        c.body_apposed += head in ORG_WORDS or head in _CLASSIFIERS or head in _BUSINESS
        c.outlet |= head in _OUTLET_APPOSITIONS  # "the Ardenne Herald, a pro-government daily, reported": a source
        # a kind of business is a body's noun, though WordNet also lists it for people ("lender", "retailer")
        c.person_apposed += (head in _PERSON_NOUNS or head in lex.TITLES) and head not in _BUSINESS \
            or head not in ORG_WORDS and head not in _CLASSIFIERS and head not in _BUSINESS \
            and bool(_ROLE_IN_A_BODY.match(apposed.group()))  # "Kessler, the firm's founder,": a role in a body
    if lex is EN and word_before and ("named" in before or "called" in before) \
            and (named := _NAMED.search(text, max(0, start - 40), start)):
        c.person_apposed += named.group(1) in _PERSON_NOUNS  # "a university student named Wong"
    c.shared_surname |= lex is EN and bool(_AND_FULL_NAME.match(text, end)) and is_first_name(text[start:end])
    c.body_apposed += lex is EN and ("such as" in before or "including" in before or "like" in before) \
        and bool(_EXEMPLIFIED.search(before))
    c.counted += lex is EN and bool(_COUNTED.search(before, len(before) - 30 if len(before) > 30 else 0))
    if acronym := _acronym_after(text, end):
        c.forms.add(acronym)
    if titles and c.role is None and titles[0].lower() not in lex.HONORIFICS:
        c.role = " ".join(titles)
    elif lex is EN and c.role is None and c.kind == "person" and word_before and last_word in TITLES \
            and (role := _LOWER_TITLE.search(before)):
        words = role.group(1).split()  # "opposition leader Dara Mielec", "union president Carlos Diaz": the
        keep = len(words) - 1  # title in lowercase, with the modifiers right before it, read from the title leftwards
        while keep > 0 and words[keep - 1].isalpha() and words[keep - 1].lower() not in STOP \
                and words[keep - 1].lower() not in _SAYING_WORDS and not words[keep - 1].endswith("ed") \
                and not lex.verb_starts(words[keep - 1].lower() + " "):
            keep -= 1  # not "signed by president", "reporters that commander"
        c.role = " ".join(words[keep:])


_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_LOWER_TITLE = re.compile(r"(?<![\w'\u2019-])((?:[A-Za-z]+\s+){0,2}[a-z]+)\s+$")
_SAYING_WORDS = frozenset(v for v in REPORTING if " " not in v)
_EXPLETIVE_IT = re.compile(r"it\s+(?:is|was|(?:will|would|could|might|may)\s+be|(?:has|had)\s+been)\s+(?![a-z]+(?:ing|ed)\b)")
"""A dummy "it" before a copula and a complement that is no verb ("said it was a difficult day", "said it
would be unfair": Quirk et al. 1985, 18.23-18.26 on anticipatory "it"), no body speaking of itself ("said it was
cutting jobs", "said it would sell")."""
_UNVERIFIED = re.compile(r"\s+(?:could|can|was|were|has|had|have)\s+not\s+(?:been\s+able\s+to\s+)?"
                         r"(?:immediately\s+|independently\s+)?(?:verify|confirm)\b")
"""The reporter's own formula ("Reuters could not independently verify the report"): an outlet as a source."""
_CRAFT_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_WORDS['craft_nouns'].split()))})\s+$")
_WORK_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?<!\b[Ii]n\s)(?i:the|an?|his|her|their|its|[A-Z][\w-]*['\u2019]s)\s+(?:[\w-]+\s+)?"
                          rf"(?:{'|'.join(sorted(_WORDS['work_nouns'].split()))})\s+(?:(?:A|An|The)\s+)?$")
"""A determiner or a possessor, maybe a modifier, and a noun for a work before its title ("her memoir A Promised Land",
"the 2019 documentary Silent Harbour"): a book's, a film's or a song's title, no actor (the labelling guide); not
after "in", where the name is who speaks in the work ("In the documentary Smith criticises the government")."""
_ITS_AFTER = re.compile(r"\s+(?:(?:has|had|will|would|also|is|was)\s+)?([a-z]+)\s+its\s")
_BELONGINGS = "|".join(sorted(_WORDS["body_belongings"].split()))
_BELONGING_AFTER = re.compile(rf"['\u2019]s\s+(?:[a-z]+\s+)?(?:{_BELONGINGS})\b")
_BELONGING_BEFORE = re.compile(rf"\b(?:{_BELONGINGS})\s+(?:in|of)\s+(?:the\s+)?$")
_ITS_BELONGING = re.compile(rf"[a-z]+\s+(?:[a-z]+\s+){{0,3}}?its\s+(?:[a-z]+\s+)?(?:{_BELONGINGS})\b")
"""After "X said it", its clause with what only a company has ("said it had grounded its fleet")."""
"""What only a company has, after its name's possessive or before "in"/"of" and its name ("Lion Air's fleet",
"the chief executive of Atlas Shipping", "shares in Crown Foods"): the name is a body's."""
_JUDGING = frozenset(f for key in ("support", "oppose", "figurative_oppose") for v in load()["stances"][key]
                     if " " not in v for f in forms(v))
"""The verbs of judging another's act or position ("criticised its decision", "praised its response"): their "its"
is another body's, so no sign that the subject is a body."""
"""A name as the subject of a verb whose object is "its" something ("Deutsche Bahn cut its forecast")."""
_APPOSED_HEAD = re.compile(r",\s+(?:an?|the|its|their|[A-Z][\w-]*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,4}?([a-z]+)(?=\s*[,;.]|\s+(?:that|which|who|whose|with|in|of|for|from|at|and)\b)")
"""An apposition after a name, with its head noun: "X, a Cambridge-based company,", "X, a student at the university"."""
_CLASSIFIERS = frozenset(CLASSIFIER.split("|"))
_ROLE_IN_A_BODY = re.compile(rf",\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(_WORDS['unnamed_organisations'].split()))})"
                             r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}[a-z]+$")
"""An apposition naming something of a body ("the firm's founder", "the union's new leader"): one of its people,
where the thing is no body itself (not "the bank's parent company")."""
_AND_FULL_NAME = re.compile(r"\s+and\s+[A-Z][a-z]+\s+[A-Z][\w'\u2019-]+")
_KIND_PLURALS = sorted(w[:-1] + "ies" if w.endswith("y") else w + "s" for w in _CLASSIFIERS | set(ORG_WORDS))
_EXEMPLIFIED = re.compile(rf"\b(?:{'|'.join(_KIND_PLURALS)}),?\s+(?:such\s+as|including|like)\s+$")
"""A plural noun for bodies and "such as" or "including" before a name ("companies such as X"): the name is one such body."""
_NAMED = re.compile(r"\b([a-z]+)\s+(?:named|called)\s+$")
"""A common noun and "named" before a name ("a university student named Wong"): the noun says what the name is."""
_COUNTED = re.compile(rf"(?:\b\d[\d,.]*|\b(?i:{'|'.join(sorted(_WORDS['cardinals'].split()))})"
                      rf"(?:\s+of)?)\s+(?:the\s+)?$")
_OUTLET_HEADS = frozenset(load()["words"]["outlet_heads"].split())
_OUTLET_APPOSITIONS = frozenset(load()["words"]["outlet_appositions"].split())
_MASTHEADS = frozenset(load()["words"]["outlet_mastheads"].split())
_MASTHEAD_OPENERS = frozenset(load()["words"]["outlet_masthead_openers"].split())
_OUTLET = re.compile(rf"\b(?:{'|'.join(load()['words']['outlet_nouns'].split())}|news\s+agency),?\s+$")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _event_nouns(*kinds: str) -> str:
    """The lexicon's event nouns of ``kinds`` as a regex alternation, longest first."""
    nouns = (n for kind, of_kind in load()["event_nouns"].items() if kind in kinds for n in of_kind)
    return "|".join(sorted(nouns, key=len, reverse=True))


_ACT_NOUNS = frozenset(n for kind, nouns in load()["event_nouns"].items() if kind not in ("none", "aid", "other") for n in nouns)
"""The nouns of an event of a kind ("lawsuit", "sanctions", "rally"), not of "other", "aid" or none."""
_AIMED = frozenset(_WORDS["aimed_at"].split()) | _ACT_NOUNS
"""What is aimed at a state after "at" or "against": a throw verb ("fired rockets at"), an act of a kind ("sanctions against")."""
_ALL_EVENT_NOUNS = frozenset(n for nouns in load()["event_nouns"].values() for n in nouns)
_BASED_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:[Tt]he|[Aa]n?)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?-based\s+$")
"""A name right after "the X-based" ("the London-based", "a Geneva-based"), with no noun between: a body's seat."""
_MEMBER_OF = re.compile(r"(?:(?<![\w'\u2019-])(?:[Aa]n?|[Oo]ne|[Aa]nother|former))\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:of|at)\s+(?:the\s+)?$")
"""One person of a body ("a member of the National Assembly", "a researcher at the University of X"): the body
says where the person belongs, no act of its own."""
_SPEAKS_FOR = frozenset(("official", "officer", "representative", "delegate", "envoy", "agent", "spokesman",
                         "spokeswoman", "spokesperson", "emissary"))
"""One who speaks or acts for the body ("an official of the ministry said"): the body acts through them."""
_BACK_THEN = re.compile(r"back\s+(?:in|then|when|during)\b\s*(?:the\s+)?(?:\d{4}s?|[a-z]+)?\s*")
""""back in 1972", "back then": an adverbial of past time after a name, not the verb "back" (support)."""
_FORMER_BEFORE = re.compile(r"(?<![\w'\u2019-])([a-z]+)\s+(?:[a-z]+(?:ed|en|wn|t)\s+)?(by|under)\s+(?:the\s+)?(?:late|former|ousted|deposed|exiled)\s+"
                            r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}$")
"""A former or late holder of a title after "under" or the "by" of a participle that no auxiliary makes a
passive ("the law imposed by former President X", "under the late King X"): the era of a former ruler."""
_PASSIVE_AUX = frozenset("is are was were be been being has have had".split())
_YEAR_WHEN = re.compile(r"\b(?:in|by|since|until|till|before|after)\s+(?:[A-Z][a-z]+\s+)?\d{4}s?,?\s+when\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}$")
"""A "when" clause after a year ("by 2010, when", "in March 1998, when"): it dates what it tells, as background."""
_AGENTIVE_OF = frozenset(_WORDS["agentive_of"].split())
_DOER_OF = re.compile(r"(?<![\w'\u2019-])([a-z]+)\s+of\s+(?:the\s+)?$")
"""An event noun and "of" right before a body's name: the subjective genitive, the body's act."""
_CAREER_BEFORE = re.compile(r"\b(?:worked|working|works|studied|studying|studies|graduated|trained|taught|teaches|"
                            r"lectured|interned)\s+(?:(?:as\s+an?\s+[a-z]+|[a-z]+ly)\s+)?(?:for|at|from|with)\s+(?:the\s+)?"
                            r"(?:(?:[A-Z][\w.&'\u2019-]*,?\s+){1,6}(?:and|or)\s+(?:the\s+)?)?$")
"""A place of work or study, the second of a pair too ("worked at Goldman Sachs and the World Bank")."""
_JOINED_BEFORE = re.compile(r"\b(?:joined|joining|joins|left|leaving)\s+(?:the\s+)?$")
_CAREER_AFTER = re.compile(r"\s+(?:in\s+\d{4}|as\s+an?\s|(?:\d+\s+|two\s+|three\s+)?years?\s+(?:ago|later|earlier))")
"""Where one worked or studied ("worked for the World Bank", "studied at X", "joined X in 2005", "left X as a
partner"): a career told as background, no act of the body named."""
_STATUS = re.compile(r"(?:is|are|was|were|has\s+been|had\s+been)\s+(?:(?:also|now|still|largely|mostly|majority|"
                     r"wholly|partly|fully|jointly|privately|publicly)\s+)?(?:[a-z]+-)?(?:owned|based|controlled|run|"
                     r"funded|listed|headquartered|registered|located|incorporated|founded|established)\b")
"""A copula and a participle that tells what a body is, where it sits or who owns it ("is majority state-owned",
"is based in", "is listed on"): the body's status, background, not an act."""
_CITED_BEFORE = re.compile(r"\b(?:quoted|quoting|cited|citing|invoked|invoking|echoed|echoing|paraphrased|paraphrasing)\s+"
                           r"(?:the\s+)?(?:late\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}$")
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|having\s+said|writing|stating)\b")
"""A person quoted or cited by another ("quoted Winston Churchill"): words borrowed, unless "as saying" follows."""
_IN_A_YEAR = re.compile(r"\s+in\s+\d{4}\b")
_SINCE_BEFORE = re.compile(r"(?:^|[.;,:]\s+|\n)[Ss]ince\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}$")
_DATED_CLAUSE = re.compile(r"\s+[a-z]+(?:ed|ame|ook|on|ent|ew|ose)\b[^,.;]{0,60}?\bin\s+\d{4}\s*,")
"""A clause of "since" whose verb is dated by a year ("Since X came to power in 2000,"): it dates the main clause."""
_DURING = frozenset(("during", "throughout", "amid", "the"))
_DURING_BEFORE = re.compile(r"\b(?:during|throughout|amid)\s+(?:the\s+)?$")
"""A preposition of time that takes an event or a period ("during the Harvest Festival", "amid the Lunar New
Year"): what follows is a time, no actor."""
_VOICE_AFTER = re.compile(rf"\s(?:{'|'.join(sorted(set(load()['stances']['spokespersons']) | set(_WORDS['agents_of'].split())))})(?=[\s,])")
"""A spokesperson's noun or a noun for a body's people right after its name ("a NATO spokesman", "NATO officials"):
the body's unnamed voice or hands."""
def _its_people(text: str, end: int) -> bool:
    """A noun for people right after a name ("Workers Union officials", "NATO leaders"): the body's people, who
    act for it, not a thing the name modifies."""
    m = _NOUN_AFTER.match(text, end)
    word = m.group(1) if m else ""
    return word in _AGENTS or word in _PERSON_NOUNS or word.endswith("s") and word[:-1] in _PERSON_NOUNS \
        or word.endswith("men") and word[:-3] + "man" in _PERSON_NOUNS


_PARTICIPLE_AFTER = re.compile(r"\s[a-z]{3,}ing\b")
_EVENT_NOUN_IN_ING = re.compile(rf"\s(?:{'|'.join(sorted(n for n in _ALL_EVENT_NOUNS if n.endswith('ing')))})s?\b(?![-'\u2019])")
"""An event's noun in -ing right after a name ("ruling", "meeting", "bombing"): a noun compound the name modifies,
no verb of it (news writes a name's act with a finite verb: "the court ruled", "the court is ruling")."""
_OF_A_THING = re.compile(r"(?<![\w'\u2019-])([a-z]+)\s+of\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,3}$")
"""A lowercase noun, "of" and maybe a title before a name: the name completes that noun ("the brother of
President X", "the era of X", "the activities of lobbyist X"), named in passing unless the noun is an act's."""


def _of_a_thing(text: str, start: int) -> bool:
    """A person named as the complement of a noun that is no act, no body's people, no quantity:
    "the brother of President X", "during the era of X" (not "the arrest of X", "soldiers of X", "the government of X")."""
    m = _OF_A_THING.search(text, max(0, start - 60), start)
    return bool(m) and m.group(1) not in _ALL_EVENT_NOUNS and m.group(1) not in _AGENTS \
        and m.group(1) not in _QUANTIFIERS and m.group(1) not in _APPOSITIVES and m.group(1) not in _VOICES


_QUANTIFIERS = frozenset(_WORDS["partitive_quantifiers"].split())
_VOICES = frozenset(_WORDS["government_nouns"].split()) | frozenset(load()["stances"]["state_voices"])
"""What speaks or acts for the one it is "of" ("the government of X banned", "the statement of X condemned"): X acts."""
_APPOSITIVES = frozenset(_WORDS["appositive_of"].split())
_NUMBER = rf"(?:\d[\d,]*|(?i:{'|'.join(_WORDS['cardinals'].split())}))"
_TOLL = re.compile(rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,5}}?(?:{'|'.join(_WORDS['casualty_words'].split())})\b"
                   rf"|\b(?:{'|'.join(_WORDS['toll_verbs'].split())})\s+"
                   rf"(?:at\s+least\s+|(?:{'|'.join(_WORDS['approximators'].split())})\s+)?{_NUMBER}\b")
"""A casualty count: "14 civilians had been killed", "312 dead", "the attack had killed twelve"."""
_REPORTED = rf"(?:{'|'.join(_WORDS['toll_reporting'].split())})"
_REPORT_AFTER = re.compile(rf"\W{{0,3}}(?:[^.;:!?\"\u201c\u201d]{{0,80}}?,\s)?{_REPORTED}\b")
_REPORT_BEFORE = re.compile(rf"\b{_REPORTED}\W{{0,3}}$")


_MADE_BY = re.compile(r",\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:first|originally|later|also)\s+)?"
                      r"([a-z]+)\s+(?:in\s+\d{4}\s+)?by\s+(?:(?:the|an?)\s+)?"
                      r"(?:[a-z]+\s+){0,2}$")


def _made_by(text: str, start: int) -> bool:
    """A name as the agent of a past participle that opens a non-restrictive clause, where the participle is no
    verb of an act or a position ("The bridge, designed by the engineer X", "The festival, founded by X"): who
    made or began a thing, background (Quirk et al. 1985, 17.30 on reduced non-restrictive relatives, and the full
    one: "The plant, which was built by X"), not an act
    of the story ("The plan, backed by X", "the convoy, attacked by X" are acts)."""
    m = _MADE_BY.search(text, max(0, start - 60), start)
    if not m:
        return False
    return _makes(m.group(1))


def _makes(verb: str) -> bool:
    """A past participle that is no verb of an act or a position ("designed", "founded", "built")."""
    return verb.endswith(("ed", "en", "wn", "lt", "tten")) and verb not in _TARGETING and verb not in _OTHER_ACTS \
        and verb not in _JUDGING and verb not in _ACT_NOUNS


def _gives_a_toll(text: str, start: int, end: int) -> bool:
    """A person named as the one who gives a casualty count in their sentence ("X, director of the
    hospital, said 14 civilians had been killed"; "'We have confirmed 312 dead,' X told reporters")."""
    if not (_REPORT_AFTER.match(text, end, end + 100) or _REPORT_BEFORE.search(text, max(0, start - 12), start)):
        return False
    if (own := _OWN_ACT_TOLD.match(text, end)) and (verb := _OWN_VERB.match(text, own.end())) and verb.group(1) in _TARGETING:
        return False  # "The Kenya Defence Forces said they had killed 20 militants": its own act told, no toll given
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return bool(_TOLL.search(text, left + 1, right))


_OWN_VERB = re.compile(r"(?:(?:had|has|have|would|also|then)\s+)*([a-z]+)\b")
"""After a speaker's "it" or "they", its verb past an auxiliary ("had killed", "shot down")."""
_SETTLEMENT_OF = re.compile(rf"\b(?:{'|'.join(sorted(_WORDS['settlement_nouns'].split()))})\s+of\s+$")
_HONOURED = re.compile(r"\b(?:re)?named\s+(?:after|for)\s+(?:(?:the|a|an|late|former)\s+)*(?:[a-z]+\s+|[A-Z][a-z]+\s+){0,3}$")
"""Whom a thing is named after ("named after the poet "): a person in passing (not "in memory of" a victim,
who may be an attack's target)."""
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3},")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+(?:[a-z]+,?\s+){0,3}$")
_SPOKE_BEFORE = re.compile(r"\b(?:said|says|added|asked)\s+$")


_VERB_BEFORE = re.compile(r"(?<![\w'\u2019-])([a-z]+)\s+(?:(with|against)\s+)?(?:the\s+)?$")
_OBJECT_CONJUNCT_BEFORE = re.compile(r"(?<![\w'\u2019-])([a-z]+)\s+(?:the\s+)?[A-Z][\w.&'\u2019-]*\s+"
                                     r"(?:(?:[A-Z][\w.&'\u2019-]*|of)\s+){0,4}and\s+(?:the\s+)?$")
"""A verb, a name and "and" before a second name ("sued Brandt Lowe and ", "sued the Bank of Velmora and "): the
verb's first object, maybe with "of" inside, and the coordinator (Quirk et al. 1985, 13.30 on coordinated noun
phrases)."""
_BUYING = frozenset(f for v in load()["event_context"]["acquiring"] for f in forms(v))
"""The verbs of buying and selling ([event_context] acquiring): a body named right after them is the one bought or sold,
the target of the acquisition (the labelling guide: an acquisition is `agree`)."""
_NEGATOR_BEFORE = re.compile(r"(?:\b(?:" + "|".join(sorted(w for w in _WORDS["act_negators"].split() if w.isalpha()))
                             + r")|n['\u2019]t)\s+(?:[\w'\u2019-]+\s+){0,4}$", re.IGNORECASE)
"""A negator in the last words before a verb ("did not accuse", "has no plans to sell", "never sued")."""
_CONDITION_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_WORDS["act_conditions"].split())) + r")\b", re.IGNORECASE)
_POSSIBLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_WORDS["act_possibility_modals"].split()))
                              + r")\s+(?:[a-z]+\s+){0,2}$")
_NOUN_DETERMINERS = frozenset(_WORDS["act_noun_determiners"].split())
_CONTENT_VERBS = frozenset(f for v in (*load()["stances"]["denials"], *load()["stances"]["asking_verbs"], *(
    set(load()["stances"]["to_verbs"]) & set(load()["events"]["reject"])), *load()["events"]["accuse"])
                           if " " not in v for f in forms(v))
"""The verbs whose object or complement tells an act they only deny, refuse, allege or ask for ("denied accusing the
army", "refused to sell Orbis", "accused X of trying to buy Y", "urged X to sue Y"): lexicon stances denials,
asking_verbs, the refusing to_verbs and the accusing cues. The act told there is no event of its own (the guide's
row on an act named only inside the object of a demand or an accusation)."""


def _own_body(words: list[str], lex: Lexicon) -> bool:
    """Whether the words of a possessed voice ("Ukraine's army", "Norway's opposition leader", "Chile's army chief")
    name a body or a collective of their own, which the official serves, not the possessor: the last word an
    institution, a body's noun (the lexicon's org words: party, union) or a collective noun (opposition), or a word
    before it an institution or a collective noun (the guide: unnamed officials speak for the body they serve)."""
    return bool(words) and (words[-1] in lex.INSTITUTIONS or words[-1] in lex.ORG_WORDS
                            or any(w in lex.INSTITUTIONS or w in _COLLECTIVES for w in words))


_SENTENCE_STOPS = tuple(f"{stop}{quote} " for stop in ".?!" for quote in ("", '"', "\u201d"))
"""What ends a sentence before the next one, beside a line break: a stop, maybe a closing quote, and a space."""
_CLAUSE_OPENER = re.compile(r"\b(?:" + "|".join(sorted(_WORDS["act_clause_openers"].split())) + r")\b", re.IGNORECASE)
"""A subordinator of time or reason (lexicon act_clause_openers): the act after it is told in an adverbial clause of
its own, presupposed as done."""
_PHRASE_JOINED = re.compile(r"\b(?:and|but)\s+$")
_RELATIVE_BEFORE = re.compile(r"(?<=[a-z])\s+(?:who|which)\s+(?:\w+ly\s+)?[a-z]+\b")
"""A restrictive relative clause on a lowercase noun ("the minister who accused ..."), no comma before it."""
_CONTENT_OPENER = re.compile(r"\b(?:to|having)\s+$|\b(?:that|whether|if)\b"
                             r"|[A-Z][\w-]*\s+(?:(?:had|has|have|was|were|is|are|would|will|could|been)\s+)*$")
"""What makes a past verb after a relative clause's verb part of that clause: a that- or whether-clause, an infinitive,
or a name right before it and its auxiliaries, the subject of a content clause ("who denied Velmora attacked Tarnia")."""
_NONFINITE_BEFORE = re.compile(r"\b(?:to|having|being)\s+(?:\w+ly\s+)?$")
"""A coordinator right before a verb: the verb opens a second verb phrase (Quirk et al. 1985, 13.46-13.48)."""


def _unasserted(text: str, at: int) -> bool:
    """Whether the verb at ``at`` tells an act not done or not told as done: negated ("did not accuse the police"),
    made a condition or asked about in its clause ("if", "whether") or a question, only possible ("could sell"), quoted,
    or the content of a denial, a refusal, an accusation or a request earlier in its clause (`_CONTENT_VERBS`, a verb:
    not "told a press conference"). A past verb right after "and" or "but" heads a verb phrase of its own, told as
    done whatever the phrase before it denies or asks ("Ardenia denied the charges and attacked Tarnia"; Quirk et al.
    1985, 13.46-13.48 on coordinated predicates); a verb governed by a refusal or a request is no past ("refused to
    sue Kessler Bank", "urged Ardenia to attack Tarnia"). Nor does the clause reach back past a subordinator of time or
    reason (`_CLAUSE_OPENER`: "unclear whether talks would resume after Ardenia attacked Tarnia"). A condition in a clause of its own leaves the act told ("If the talks fail, Ardenia
    will attack Tarnia": a conditional threat, an event with its target). A name after such a verb is no target of an
    act (the guide: negated actions, hypotheticals and conditions are no events)."""
    # the sentence starts after a stop and a space, or a stop, a closing quote and a space ('refused to respond." ')
    start = max(text.rfind("\n", 0, at), *((i + len(stop) - 2 if (i := text.rfind(stop, 0, at)) >= 0 else -1)
                                             for stop in _SENTENCE_STOPS)) + 1
    end = min((i for i in (text.find(c, at) for c in ".?!\n") if i >= 0), default=len(text))
    if in_quotation(text, at) or text.startswith("?", end):
        return True
    before = text[start:at]
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    if opener := [*_CLAUSE_OPENER.finditer(clause)]:
        clause = clause[opener[-1].end() :]  # "whether talks would resume after Ardenia attacked": a clause of its own
    verb = _LOWER_WORD.match(text, at)
    if verb and (verb.group().endswith("ed") or verb.group() in _PAST_FORMS) and _PHRASE_JOINED.search(clause):
        clause = ""  # "denied the charges and attacked Tarnia": a past verb after "and" heads a verb phrase of its own
    elif verb and (verb.group().endswith("ed") or verb.group() in _PAST_FORMS) \
            and (rel := _RELATIVE_BEFORE.search(clause)) and not _CONTENT_OPENER.search(clause, rel.end()) \
            and not _NONFINITE_BEFORE.search(clause):
        clause = clause[: rel.start()]  # "The minister who accused Velmora of lying sued Kessler Bank": the relative
        # clause on the subject ends where the main verb stands, which it does not govern (Quirk et al. 1985, 17.9)
    words = _LOWER_WORD.findall(clause.lower())
    return bool(_CONDITION_BEFORE.search(clause) or _NEGATOR_BEFORE.search(clause) or _POSSIBLE_BEFORE.search(clause)
                or any(w in _CONTENT_VERBS and (i == 0 or words[i - 1] not in _NOUN_DETERMINERS) for i, w in enumerate(words)))


_RESPONSE_FROM = re.compile(rf"\b(?i:{'|'.join(sorted((load()['stances']['received_support'] + ' ' + load()['stances']['received_oppose']).split()))})"
                            r"\s+from\s+(?:the\s+)?$")
"""A noun of a response given and "from" before a name ("drew criticism from the Green Party", the lexicon's
received_support and received_oppose): who gives it, no place it comes from (Quirk et al. 1985, 17.51)."""
_VERB_OR_ADDRESS_BEFORE = re.compile(r"(?<![\w'\u2019-])([a-z]+)\s+(?:(against|on|to|upon|with)\s+)?(?:the\s+)?$")
"""`_VERB_BEFORE`, or a verb and "to", "on" or "upon" ("appealed to the", "called on"): see `_ADDRESSING`."""
_TARGETING = frozenset(cue for kind, cues in ACTION_CUES.items() if kind != "other" for cue in cues if " " not in cue)
"""One-word forms of the action verbs of a kind (agree, accuse, sanction...): their object is a target."""
_ADDRESSING = {"on": frozenset(cue.split()[0] for cue in ACTION_CUES["request"] if cue.endswith((" on", " upon"))),
               "to": frozenset(f for v in _WORDS["addressing_verbs"] for f, tag in tagged_forms(v).items()
                               if tag == "past")}
"""The verbs of asking whose cue ends in "on" or "upon" ("called on"), and the verbs of addressing whose "to" names the
one addressed (the lexicon's addressing_verbs, their past forms: "appealed to"; not the noun of "an appeal to the
court"): after them and that preposition, a name is the one
asked or addressed, the act's target ("appealed to the United Nations for help"); after another verb, "to" leads to a
place ("withdrew to Syria")."""
_STATIVE_PARTICIPLES = frozenset(_WORDS["compound_participles"].split()) | frozenset(_WORDS["made_participles"].split())
"""Participles of a passive that tell what a thing is, not an act done ("owned by", "run by", "founded by")."""
_TOLD_BY = frozenset(_WORDS["toll_reporting"].split())
"""Participles of telling a figure or a fact ("was confirmed by the ministry", "was reported by"): its source, no act."""
_OTHER_ACTS = frozenset(cue for cue in ACTION_CUES["other"] if " " not in cue)
"""One-word forms of the action verbs of no other kind (approved, announced, elected...): a body that does one is its agent."""
_BODY_TARGETING = frozenset(cue for kind, cues in ACTION_CUES.items() if kind not in ("other", "assault", "mobilize", "aid")
                            for cue in cues if " " not in cue)
"""One-word forms of the acts done to a body or a person, not to a place (suing, fining, sanctioning, urging)."""
_AGAINST_A_MATTER = frozenset(cue for kind in ("protest", "accuse") for cue in ACTION_CUES[kind] if " " not in cue)
"""What one protests or complains against may be a matter ("protested against Brexit"), no actor,
unless its name ends in a body's noun ("protested against Corvana Motors")."""
_SITES = PLACE_WORDS | frozenset(_WORDS["facility_words"].split())
"""Heads of place and facility names ("attacked the Zaporizhzhia Nuclear Power Plant"): a site hit, no actor."""


_NOUN_AFTER = re.compile(r"\s([a-z]{3,})\b(?!['\u2019-])")


def _attributive(text: str, end: int, lex: Lexicon) -> bool:
    """A name before a common noun that it qualifies ("LGBT rights", "Kurdish groups"): topics'
    `premodifies`, which also takes a plural noun here ("rights"), and no word that may start a predicate
    ("asked the court to let X intervene")."""
    m = _NOUN_AFTER.match(text, end)
    if not m:
        return False
    word = m.group(1)
    return (premodifies(word) or word.endswith("s") and premodifies(word[:-1])) and not lex.predicate_starts(word + " ")


def _modifies(text: str, end: int, lex: Lexicon) -> bool:
    """A name right before a lowercase word that is no function word, verb or adverb: the modifier of a
    noun phrase ("Democratic voters", "the Democratic presidential nomination"), not its head."""
    m = _NOUN_AFTER.match(text, end)
    if not m:
        return False
    word = m.group(1)
    return word not in lex.STOP and not word.endswith(("ed", "ly")) and not lex.predicate_starts(word + " ")


@cache
def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in CONNECTORS and w[0].isupper())


@cache
def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


@cache
def _surname(name: str) -> str:
    """A name's last word, folded: what a person is called by alone."""
    return _fold(name.split()[-1])


@cache
def _is_acronym(name: str) -> bool:
    return bool(ACRONYM.match(name))


def _inside(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` with words left out, keeping its head or its first word:
    "Oversight Committee" in "House Oversight and Reform Committee", "Port Authority" in
    "Port Authority of New York"."""
    rest = iter(long)
    return all(word in rest for word in short) and (short[-1] == long[-1] or short[0] == long[0])


def _reordered(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long``'s words in another order, maybe fewer, with the body's noun among them:
    "Labor Department" for "Department of Labor", "Health Ministry" for "Ministry of Health of Brazil"."""
    words = {w.lower() for w in short if w.lower() not in CONNECTORS}
    return words <= {w.lower() for w in long} and any(w in ORG_WORDS for w in words)


def _without_middle(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` without some of its middle names or initials: "Robert Kennedy"
    for "Robert F. Kennedy", "Hillary Clinton" for "Hillary Rodham Clinton"."""
    words, full = _fold(short).split(), _fold(long).split()
    if len(words) < 2 or len(full) <= len(words) or words[0] != full[0] or words[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(w in rest for w in words[1:-1])


_HONORIFIC_FORM = re.compile(rf"^(?i:{'|'.join(sorted(HONORIFICS))})\.?\s")


def _family_first(short: Candidate, other: Candidate) -> bool:
    """Whether ``short`` is an honorific and the first word of ``other``'s name of two or three words,
    named after it: the family name of a name written family name first ("Mr Xi" for "Xi Jinping", "Mr
    Anwar" for "Anwar Ibrahim"), as English news styles those names; an honorific before a given name
    alone is no English usage."""
    words = other.name.split()
    return " " not in short.name and 2 <= len(words) <= 3 and _fold(words[0]) == _fold(short.name) \
        and short.first > other.first and any(_HONORIFIC_FORM.match(f) for f in short.forms)


def _first_name_body(short: Candidate, other: Candidate) -> bool:
    """Whether ``short``, one word that speaks of itself as "it" ("Meta said it would appeal"), is the first word
    of ``other``, a name of two words taken for a person's ("Meta Platforms"): a body by its first word, which a
    person never is in news (not by a given name alone), though the word is also a given name."""
    return short.itself and short.kind in ("organisation", "place") and other.kind == "person" and not other.titled \
        and not other.person_apposed and len(other.name.split()) == 2 \
        and short.name not in CAPITALS and state_of(short.name) is None  # no capital or state ("Victoria")


def _names(short: Candidate, other: Candidate) -> bool:
    """Whether ``short`` is another form of ``other``: a listed form, a surname (accents aside,
    particles kept: "de Blasio", "Erdogan"), an acronym, a capital or spelling of a state, or a
    shorter form of a body."""
    if short.name in other.forms:
        return True
    if short.aged and other.kind != "person":
        return False  # "Adani, 62, agreed": a person given an age, no short form of the Adani Group
    if (short.kind == "organisation" and not is_first_name(short.name) or _first_name_body(short, other)) \
            and " " not in short.name and other.kind in ("person", "organisation") \
            and other.name.startswith(short.name + " ") \
            and not _is_acronym(short.name) and (short.subject or short.starts < short.mentions) \
            and short.modifies < short.mentions:
        return True  # a body by its first word ("Halden" for "Halden Biologics"), as a person by the surname
    if other.kind == "person":  # a state by the surname only after the person is named, never as a place ("Judge Sean Jordan ... Jordan said")
        return (short.kind != "state" or short.first > other.first and not short.places) and (
            _fold(short.name) == _surname(other.name) or other.name.endswith(" " + short.name)
            or short.kind == "person" and (_without_middle(short.name, other.name)
                                           or _family_first(short, other)))
    if _is_acronym(short.name) and (_initials(other.name) == short.name
                                    or len(short.name) > 2 and _initials(other.name).endswith(short.name)):
        return True
    if other.kind == "state":  # "U.S." and "Washington" name the United States; the state's own name owns them
        state = state_of(other.name)
        return short.kind in ("state", "place") and state_of(short.name) == state is not None and (
            short.kind == "state" or short.acts or short.targeted and not short.places) and (
            other.name == state or state_of(short.name) != short.name)
    if other.kind != "organisation" or short.kind not in ("organisation", "place"):
        return False
    words, long = short.name.split(), other.name.split()
    return ((_inside(words, long) or _reordered(words, long)) and short.kind == "organisation" if len(words) > 1
            else words[0].lower() in ORG_WORDS and words[0] in (long[0], long[-1])
            or words[0] == long[0] and long[-1].lower() in ORG_WORDS and (short.modifies < short.mentions
                                                                          or _is_acronym(short.name)))
    # "Corvana" for "Corvana Motors"; not "Democratic" of "Democratic voters" for the Democratic National Committee


@cache
def _name_keys(name: str) -> frozenset[str]:
    """The words of a name, lowercased and folded, and the folded name: every way `_names` compares
    two names but by a listed form, an acronym or a state's other name needs one key they share."""
    folded = _fold(name)
    return frozenset([*(w.lower() for w in name.split()), *map(_fold, name.split()), *folded.split(), folded])


def _owner(short: Candidate, others: list[Candidate]) -> Candidate | None:
    """The longer candidate that ``short`` names, the most mentioned first."""
    keys, acronym = _name_keys(short.name), _is_acronym(short.name)
    owners = (o for o in others if o is not short
              and (len(o.name) > len(short.name) or o.kind == "state" != short.kind)  # "Beijing" -> China
              # a cheap test first: _names needs a shared word, a listed form, an acronym or a state
              and (acronym or o.kind == "state" or short.name in o.forms or not keys.isdisjoint(_name_keys(o.name)))
              and _names(short, o))
    return min(owners, key=lambda o: (-o.mentions, o.first), default=None)  # the first of a tie, as a sort gives


_KNOWN_AS = re.compile(r"([A-Z][\w.'\u2019-]*),\s+(?:(?:also|better|widely|popularly|commonly)\s+)?known\s+as\s+"
                       r"[\"\u201c]?((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)")
"""A name, then "known as" and another ("Mohamed Hamdan Dagalo, known as Hemedti"): the second names the first."""


def _known_as(text: str, found: dict[str, Candidate]) -> None:
    """A name given after "known as" is another form of the name before it: one actor."""
    if " known as " not in text:
        return
    for m in _KNOWN_AS.finditer(text):
        alias = found.get(m.group(2))
        owner = next((c for c in found.values() if c is not alias and m.start(1) in
                      range(c.first, c.first + len(c.name)) and c.name.endswith(m.group(1))), None) \
            or next((c for c in found.values() if c is not alias and any(
                text.endswith(f, 0, m.end(1)) for f in c.forms)), None)
        if alias is not None and owner is not None:
            _absorb(owner, alias)
            del found[alias.name]


def _merge(found: dict[str, Candidate]) -> list[Candidate]:
    merged = list(found.values())
    for short in sorted(merged, key=lambda c: len(c.name)):
        owner = _owner(short, merged)
        if owner is not None:
            if _first_name_body(short, owner) and owner.name.startswith(short.name + " "):
                owner.kind = "organisation"
            _absorb(owner, short)
            merged.remove(short)
    return merged


def _absorb(owner: Candidate, short: Candidate) -> None:
    """``owner`` takes ``short``'s forms and counts: one actor named two ways."""
    owner.forms |= short.forms
    owner.mentions += short.mentions
    owner.subject |= short.subject
    owner.acts |= short.acts
    owner.places += short.places
    owner.sourced += short.sourced
    owner.quoted += short.quoted
    owner.passing += short.passing
    owner.modifies += short.modifies
    owner.compound += short.compound
    owner.timed += short.timed
    owner.affiliated += short.affiliated
    owner.starts += short.starts
    owner.introduced |= short.introduced
    owner.outlet |= short.outlet
    owner.forceful |= short.forceful
    owner.governs |= short.governs
    owner.itself |= short.itself
    owner.craft += short.craft
    owner.targeted |= short.targeted
    owner.aged |= short.aged
    owner.spoke += short.spoke
    owner.determined += short.determined
    owner.passive += short.passive
    owner.addressed |= short.addressed


def _party_member(word: str) -> bool:
    """Whether a capitalised word is the singular of a party's members ("Tory", "Democrat", "Republican"), which
    narrows a collective as a nationality does ("Tory backbenchers", "Democrat senators")."""
    return f"{word}s" in _PARTY_MEMBERS or word.endswith("y") and f"{word[:-1]}ies" in _PARTY_MEMBERS


def _modified_people(name: str) -> bool:
    """Whether a capitalised name is a people's or a faith's plural behind modifiers that are words, nationalities or
    faiths ("Evangelical Christians", "Young Iranians", "Syrian Kurds", "Shia Muslims"): a collective, as its plural
    alone is ("Kurds", `_PEOPLES`, or a demonym), no body's or person's name ("Jews for Justice" goes on past it)."""
    words = name.split()
    return len(words) >= 2 and (words[-1] in _PEOPLES or demonym(words[-1]) and words[-1].endswith("s")) and all(
        w[:1].isupper() and all(part.isalpha() and (part.lower() in english_words() or nationality(part)
                                                     or f"{part}s" in _PEOPLES) for part in w.split("-"))
        for w in words[:-1])  # ("Ultra-Orthodox Jews": a compound of words)


def _keep(c: Candidate, lex: Lexicon) -> bool:
    if lex is EN and c.name in _PEOPLES:
        return False  # "Kurds", "Christians": a people or a faith, a collective `_groups` finds where it acts
    if c.shared_surname and c.kind in ("organisation", "place") and " " not in c.name:
        c.kind = "person"  # "Martin and Greta Holloway drove": a given name, whatever else it may name
    if c.places >= c.mentions and not c.subject or c.sourced >= c.mentions:
        return False
    if c.starts >= c.mentions and c.kind not in ("state", "place") and not (
            c.subject and c.acts and c.name.lower() in _SOLE_LEGISLATURES):  # "Parliament voted": a name, not a capital
        return False
    if c.kind == "place" and c.name in CAPITALS and (c.acts or c.targeted) and not c.places:
        c.kind = "state"  # "Beijing opposed the sanctions", its state not named: the state acting by its capital
        return True
    if c.kind == "place" and c.acts and c.body_apposed > c.person_apposed and c.body_apposed >= c.places:
        c.kind = "organisation"  # "Toyota, Japan's largest carmaker, announced": the apposition says it is a body, no city
        return True
    if c.kind == "place" and c.name.rsplit(None, 1)[-1].lower() in _DIVISION_HEADS and not (c.forceful or c.governs):
        return False  # "Ellis Island reopened to visitors": a division's name that does nothing to anyone, a place
    if c.kind == "place":  # a region acting is an organisation; a city, or a capital its state did not own, a place
        c.kind = "organisation"
        # (a city too when it does an act of a kind and is never a place: "Chicago sued", "Rio Tinto agreed";
        # a region or city only acted on, "Rafah was shelled", no actor)
        # ("Rio Tinto has said the mine will meet the standards": a city's name of two words or more that speaks, and
        # is never a place; one word may be a body's short name, "Halden said" for Halden Biologics)
        return c.acts and c.passive < c.mentions and (c.name not in CITIES or (c.forceful or c.spoke and " " in c.name) and not c.places) \
            and c.name not in CAPITALS and c.name not in CONTINENTS
    if c.name.lower() in lex.TITLES and not c.addressed:
        return False  # "the President": a role noun, not a name
    if lex is EN and c.kind == "organisation" and " " not in c.name and (
            nationality(c.name) and not state_of(c.name) or f"{c.name}s" in _PEOPLES) \
            and c.modifies >= c.mentions - c.body_apposed:
        return False  # "A French company bought": a nationality that modifies a body's noun, no body's name; so does a
        # faith or a people's singular ("condemned by Catholic bishops")
    if c.craft >= c.mentions:
        return False  # "the tanker Nordic Star was seized": a ship, a thing, no actor
    if c.outlet and not c.targeted and not c.forceful:
        return False  # "daily newspaper X revealed": a news outlet, a source (the labelling guide); not "X sued"
    if c.quoted >= c.mentions or c.passing >= c.mentions and not (c.acts or c.subject or c.targeted):
        return False  # named only in someone's words, or only as a possessive in passing
    if c.kind == "person" and c.determined >= c.mentions and not c.titled:
        c.kind = "organisation"  # "the World Population Review", "his Marine One helicopter": no person's name
    if c.kind == "person" and not c.titled and c.body_apposed > c.person_apposed:
        c.kind = "organisation"  # "Halden Biologics, a vaccine company, said": the apposition names its kind
    if c.kind == "organisation" and " " not in c.name and not _is_acronym(c.name) and c.person_apposed > c.body_apposed:
        c.kind = "person"  # "Wong, a university student, said"
    if c.kind == "organisation" and " " not in c.name and c.name.endswith("s") and not _is_acronym(c.name) \
            and c.counted:
        c.kind = "group"  # "1.7 million Hongkongers marched", "thousands of Catalans": people counted, a collective
    if c.kind == "person" and c.itself and not c.titled and not c.person_apposed and (
            not is_first_name(c.name.split()[0]) or c.name.rsplit(None, 1)[-1].lower() in _BODY_ONLY_HEADS):
        c.kind = "organisation"  # "Exxon Mobil said it would sell its stake": a body; not "John Doe said it was"
        # ("Arden Trust said it would sell its stake": a given name, but a body's word after it)
    if c.kind == "person" and c.owns and not c.titled and not c.person_apposed and " " in c.name:
        c.kind = "organisation"  # "Lion Air grounded its fleet", "shares in Royal Mail": a given name, but a body's things
    if c.introduced and c.kind == "person":
        c.kind = "organisation"  # "the company Halden Biologics": a body, whatever its name's shape
    if c.kind in ("person", "organisation") and c.tolls >= c.mentions and not c.targeted:
        return False  # named only as the one who gives a casualty count: no actor of it (the labelling guide;
        # a body too: "the health ministry said 14 people were killed" cites it as the source of a fact)
    if c.kind == "person" and c.aged and c.spoke >= c.mentions:
        return False  # a private person given an age who only speaks: a witness, not an actor
    if lex is EN and c.kind == "organisation" and c.name.endswith("s") and c.name[1:].islower() \
            and c.name[:-1].lower() in _PERSON_NOUNS and not c.body_apposed:
        c.kind = "group"  # "Senators", "Conservatives": people of a kind, capitalised, an informal collective
    if lex is EN and c.kind in ("person", "organisation") and _modified_people(c.name):
        c.kind = "group"  # "Evangelical Christians", "Young Iranians": a people or a faith behind its modifiers
    if c.kind == "person":  # "de Blasio" alone is an alias of the full name, or Spanish "de Piura"
        keep = (len(c.name.split()) >= 2 or c.titled or c.person_apposed > 0 or c.shared_surname) and c.name[:1].isupper()
        words = c.name.split()
        if keep and not c.titled and not is_first_name(words[0]) and (
                lex is EN and (common_shaped(words) or len(words) == 2 and _ADJECTIVE_SHAPED.search(words[0])
                               and words[0].lower() in english_words())
                or any(w in _NAME_PARTICLES for w in words[1:-1])
                and not any(is_first_name(w) for w in words[: next(i for i, w in enumerate(words) if w in _NAME_PARTICLES)])):
            # "Amnesty International", "Northstar Metals", "Organización Panamericana de la Salud": kept as a
            # name, no person's (a person's name has a known first name before its particles: "Bill de
            # Blasio", "Luiz Inácio Lula da Silva")
            c.kind = "organisation"
        return keep
    if c.kind == "state":  # a state named only as a place or a modifier ("U.S. citizenship") is background
        return c.acts or c.targeted
    # (a name seen twice counts, but not where it only ever modifies a noun, names a place or time or stands in
    # someone's words, or only as where one person belongs: "a Supreme Court ruling", "during the Harvest Festival
    # Parade", "a member of the National Assembly, Jane Doe, said")
    return c.subject or c.itself or c.introduced or c.targeted or len(c.name.split()) > 1 and c.mentions > 1 \
        and c.compound + c.timed + c.quoted + c.affiliated < c.mentions


_ADJECTIVE_SHAPED = re.compile(rf"^[A-Z][a-z]+(?:{'|'.join(sorted(_WORDS['adjective_suffixes'].split()))})$")
"""A capitalised adjective by its suffix ("Islamic", "Socialist"): the first word of a body's name, not a given name."""


_SAYS_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+|[a-z]+\s+)?[A-Z][\w'-]*\s+)?"
                         r"(?:(?:have|has|had|also)\s+)?(?:said|say|says|told|tell|added|described|reported|recalled)\b")
"""A collective that only speaks ("residents of Kolti said") is witnesses, not an actor."""


_MODIFIERS = re.compile(r"(?<![\w'\u2019.-])((?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*)(?:\s+([a-z][a-z-]*))?\s+$")
_WEEKDAYS = frozenset(WEEKDAYS)
_OF_PLACE = re.compile(r"\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\w\u00c0-\u024f-]*(?:\s+[A-Z][\w\u00c0-\u024f-]*)*")


def _group_phrase(text: str, start: int, end: int, lex: Lexicon) -> str:
    """A collective with what narrows it down in the text: a proper modifier before it, maybe
    with a common one ("Guyanese gold miners", "Montana residents"), or a place after it
    ("residents of Kolti"); the scorer and the mentions see both it and the bare noun."""
    line = text.rfind("\n", 0, start) + 1  # no modifier over a line's end (a headline's)
    m = _MODIFIERS.search(text, max(line, start - 40), start)
    if m and " " in m.group(1):  # "Hong Kong protesters", "Sri Lankan fishermen": the whole proper modifier, from its
        words = m.group(1).split()  # first word that is no function word or weekday ("On Monday Hong Kong ...")
        keep = next((i for i in range(len(words)) if all(w.lower() not in lex.STOP and w.lower() not in _WEEKDAYS
                                                          and w not in MONTH_NAMES for w in words[i:])), len(words))
        if keep == len(words):
            m = None
        elif keep:
            m = _MODIFIERS.search(text, m.start() + len(" ".join(words[:keep])) + 1, start)
    if m and m.group(1).lower() not in lex.STOP and m.group(1).split()[0].lower() not in _QUESTION_OPERATORS and not (
            m.group(2) and (m.group(2) in lex.STOP or m.group(2).endswith(("ed", "ly")) or _verb_on(m.group(2), m.group(1).split()[-1], lex)
                            or lex.verb_starts(m.group(2) + " ") and not (
                                _base_noun(m.group(2)) and _adjective_before(m.group(1).split(), len(m.group(1).split()) - 1, lex)))):
        # ("Foreign aid workers": a noun that is also a verb after an adjective modifies the collective)
        start = m.start()
        if lex is EN and (wider := _common_modified(text, start, start, lex)):
            start -= len(wider)  # "ethnic Armenian residents": a common modifier before the proper one is the phrase's too
    place = _OF_PLACE.match(text, end)
    return text[start : place.end() if place else end]


def _group_phrases(text: str, start: int, end: int, lex: Lexicon) -> set[str]:
    """`_group_phrase`, and where a place follows the collective, the phrase without it too ("Catholic bishops in the
    Philippines": also "Catholic bishops"), as `_groups` adds it: the name the article gives the set wherever it
    names it again."""
    phrase = _group_phrase(text, start, end, lex)
    cut = len(phrase) - (_end(text, end) - end)
    return {phrase, phrase[:cut]} if 0 < cut < len(phrase) else {phrase}


_PEOPLE_QUANTITIES = frozenset(_WORDS["people_quantities"].split())
"""Quantities and collective partitives before "of" and a collective (Quirk et al. 1985, 5.9: "a convoy of truckers", "a
delegation of farmers"): the collective itself is the subject of the verb after."""
_LOWER_MODIFIERS = re.compile(r"(?<![\w'\u2019.-])((?:[a-z][a-z-]+(?:(?<=s)['\u2019])?\s+){1,2})$")
_PARTITIVE_NOT_MODIFIERS = frozenset(load()["words"]["partitive_quantifiers"].split()) | {"other", "more", "fewer", "few"}
"""Quantities that are no modifier of a collective ("many workers"): the premodifier test's (the functions below read
`_NOT_MODIFIERS`, the words that modify no title or collective, defined further down)."""


def _adverb_shaped(word: str) -> bool:
    """Whether a word in -ly before a collective is an adverb ("angrily", "reportedly") or unknown, not an adjective in
    -ly that modifies it ("elderly residents", "unruly fans", "likely voters")."""
    return is_adverb(word) or word.lower() not in english_words()


def _common_modified(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """A collective with the common modifiers right before it ("opposition supporters", "junior doctors",
    "dock workers"): how the article names that set of people, beside the bare noun; not a function word,
    a quantity, an adverb or a verb ("many workers", "angrily", "said residents")."""
    m = _LOWER_MODIFIERS.search(text, max(text.rfind("\n", 0, start) + 1, start - 40), start)
    if m is None:
        return None
    words = m.group(1).split()
    toks = _TOKEN.findall(text, max(0, m.start(1) - 30), m.start(1)) or ["."]
    prev, adjective = toks[-1], _adjective_before(toks, len(toks) - 1, lex)
    outer = toks[-2] if len(toks) > 1 else "."
    while words and (words[0] in lex.STOP or words[0] in _NOT_MODIFIERS or words[0].endswith("ly") and _adverb_shaped(words[0])
                     or lex.verb_starts(words[0] + " ") and not _noun_first(words[0], prev, lex)
                     and not (adjective and _base_noun(words[0])) and not _participle_first(words[0], prev, outer)
                     or _verb_on(words[0], prev, lex) or words[0].endswith(("ed", "ing"))
                     and not _participle_first(words[0], prev, outer)):
        outer, prev, words, adjective = prev, words[0], words[1:], False  # "said local residents", "thousands of angry
        # farmers": the modifiers start after
    if not words or any(w in lex.STOP or w in _NOT_MODIFIERS or lex.verb_starts(w + " ") and not (
            _noun_first(w, prev, lex) or adjective and _base_noun(w) or _participle_first(w, prev, outer) if k == 0
            else _base_noun(w) and _adjective_before(words, k - 1, lex)) for k, w in enumerate(words)):
        return None  # ("aid workers", "foreign aid workers": a noun that is also a verb modifies the collective)
    return text[start - len(m.group(1)) + m.group(1).index(words[0]) : end]


_OBJECT = re.compile(r"\b(of|by|for|with|against|to|from|on|in|at|among|between|into|about|over|under|such as|like|unlike)"
                     r"\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:{name}(?:,?\s+{name}){{0,4}}\s+(?:and|or)\s+)?(?:{name}\s+){{0,3}}$"
                     .format(name=r"(?:(?:[A-Z]\.)+|[A-Z][\w'\u2019-]*)"))
_QUANTITY_OF = re.compile(rf"\b(?i:{'|'.join(load()['words']['partitive_quantifiers'].split())}|\d[\d,]*)"
                          r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,3}$")
"""A noun that is a preposition's object ("a commissioner of the New York police") is no subject,
unless a quantity heads it ("hundreds of workers", "some of the residents")."""


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:[a-z]+ly|also|not|later|then|already|since)\s+)?"
                      r"[a-z]+(?:ed|en|wn|t)\s+$")
_ACT_BY = re.compile(r"\b([a-z]+)\s+(?:(?:(?:(?:that|which)\s+)?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?"
                     r"[a-z]+(?:ed|en|wn)\s+)?by\s+(?:the\s+)?$")
"""An event noun, its participle and "by" ("a lawsuit filed by ", "the rally organized by the ", "the strike was
called by the "): the name after is its doer."""
_POSSESSED_ACT = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:"
                            + _event_nouns("assault", "sanction", "threaten", "mobilize", "retreat", "agree")
                            + r")\b(?!['\u2019-])")
"""A possessive before an event noun, maybe behind two modifiers ("May's proposed Brexit deal", "Russia's invasion")."""
_ACT_AGAINST = re.compile(r"\b(?:" + _event_nouns("assault", "sanction", "coerce", "accuse", "threaten")
                          + r")\s+(?:against|on|targeting|of)\s+(?:the\s+)?$")
"""An act of force, a sanction, a charge or a threat and its target's preposition ("sanctions on ", "a lawsuit against the ")."""
_AGENT_BY = re.compile(r"\b(?:is|are|was|were|been|being|and)\s+(?:(?:[a-z]+ly|also|not|later|then|already|since)\s+)?"
                       r"([a-z]+(?:ed|en|wn))\s+(?:(?:for|on|in|until|from|after|over)\s+(?:(?:an?|the|\d+|[a-z]+)\s+){0,2}"
                       r"(?:[a-z]+|\d{4})\s+)?by\s+(?:the\s+)?(?:(?!(?:of|for|and|or|in|on|at|to|with|from)\s)[a-z][\w-]*\s+){0,2}$")
"""A passive's "by" right before a name, maybe after an adverbial of time ("was banned for four years by the",
"was fined in 2019 by"), or a second passive participle after "and" ("was welcomed by X and criticised by the"),
or before the name's premodifiers ("by the opposition Labour Party", "by the right-wing Freedom Party"; Quirk et al.
1985, 17.99): the name is the doer (of an act of a kind, when the participle is one)."""


_AGENTS = frozenset(_WORDS["agents_of"].split())
_VOICES_OF = _AGENTS | _SPEAKS_FOR | {f for w in load()["stances"]["spokespersons"]
                                                   for f in (w, w.replace("man", "men").replace("person", "people"))}
VOICE_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?i:{'|'.join(sorted(_VOICES_OF))})\s+(?:of|from|at|for)\s+(?:the\s+)?$")
"""Who acts or speaks for a body named next, after "of", "from", "at" or "for": "officials at the ministry",
"a spokesman for the company", "investigators from the board" (its people, not a place)."""
_EXPERTS_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?i:{'|'.join(sorted(_WORDS['experts'].split()))})\s+(?:of|from|at|for)\s+(?:the\s+)?$")
"""Experts of a body named next ("economists at Harvard University", "analysts at the bank"): its voice only when it is
a business (`_a_business`; the lexicon's experts)."""
_APPOSITIVE_OF = re.compile(rf"\b(?:[Tt]he\s+(?:{'|'.join(_WORDS['appositive_of'].split())})"
                            rf"|(?i:{'|'.join(_WORDS['agents_of'].split())}))\s+of\s+(?:the\s+)?$")
"""Before the name: the "of" of apposition ("the state of Texas") or of the people who act for a body
("soldiers of the National Army"); the name is the subject of the verb after it."""


def _object(text: str, at: int, agent: bool = True) -> bool:
    """Whether the noun at ``at`` is a preposition's object (with ``agent`` false, not "by X"
    after a finite passive, its doer; "a rally organised by X" stays an object, background)."""
    window = text[max(0, at - 60) : at]
    window = window[window.rfind("\n") + 1 :]  # a headline without a full stop ends at its line: no preposition reaches over
    m = _OBJECT.search(window)
    if m and m.group(1) == "of" and _APPOSITIVE_OF.search(window):
        return False  # "the state of Texas sued": Texas is the subject
    if m and not agent and m.group(1) == "by" and (_PASSIVE.search(window, 0, m.start()) or _AGENT_BY.search(window)):
        return False  # "the ban was condemned by X", "was banned for four years by X": the doer
    return bool(m) and not _QUANTITY_OF.search(window)


_NAME_BEFORE = re.compile(r"(?<![\w'\u2019.-])((?:[A-Z][\w.&-]*\s+){1,5}?)(?:['\u2019]s\s+)?(?:[a-z]+\s+)?$")


_OF_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Za-z]+)\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[a-z-]+\s+){0,2}$")


def _of_object(text: str, at: int) -> bool:
    """Whether the collective at ``at`` is the object of an of-phrase after a noun that is no quantity ("the families
    of the missing miners blocked": the families did it; not "hundreds of miners", "some of the miners")."""
    m = _OF_BEFORE.search(text, max(0, at - 60), at)
    return m is not None and m.group(1).lower() not in _QUANTITIES and m.group(1).lower() not in _NOT_MODIFIERS \
        and m.group(1).lower() not in _PEOPLE_QUANTITIES


def _members(text: str, at: int, named: frozenset[str] | set[str]) -> bool:
    """A collective after the name of an actor ("Hamas fighters", "the Ravel Front's fighters"): its members."""
    m = _NAME_BEFORE.search(text, max(0, at - 60), at)
    if not m or text[m.end(1) : at].strip() in _ASKING_HEADS and _asked_to(text, at):
        return False  # "Police warned motorists to": the word between is the verb, whose addressee the collective is
    words = m.group(1).split()
    if words[-1].endswith(".") and words[-1].count(".") == 1 and len(words[-1]) > 2 and text[at : at + 1].isupper():
        return False  # "a report by Amnesty International. Opposition lawmakers called": the name ended a sentence
    return any(slug(" ".join(words[i:])) in named or words[i].lower() not in STOP and any(
        n.startswith(f"{slug(' '.join(words[i:]))}-") and n.rsplit("-", 1)[1] in ORG_WORDS for n in named)
        for i in range(len(words)))  # also "Labour MPs" of the Labour Party


def _end(text: str, end: int) -> int:
    """Where a collective's phrase ends, with a place after it ("residents of Kolti"): its verb comes next."""
    place = _OF_PLACE.match(text, end)
    return place.end() if place else end


_ROLE_GROUPS = frozenset(_WORDS["role_groups"].split() + _WORDS["acting_people"].split()
                         + _WORDS["more_acting_people"].split())
_COLLECTIVES = frozenset(_WORDS["collective_nouns"].split())
_COUNTED_GROUPS = frozenset(_WORDS["counted_groups"].split())
_INHABITANTS = frozenset(_WORDS["inhabitants"].split())
_QUESTION_OPERATORS = frozenset(_WORDS["question_operators"].split())
_QUESTION_END = re.compile(r"\?[\"'\u201d\u2019)]*\s*$")
"""A sentence that ends as a question does, maybe inside a quote."""
_POLITICAL = {w.lower(): w for w in _WORDS["political_groups"].split() + _WORDS["modified_groups"].split()}
_MODIFIED_ONLY = frozenset(_WORDS["modified_groups"].split())
_BODY_GROUPS = {w.lower(): w for w in _WORDS["body_groups"].split()}
_PEOPLES = frozenset(_WORDS["peoples"].split())
"""Capitalised plurals of peoples and faiths ("Kurds", "Christians"): collectives, as demonyms are."""
_NAMED_ONE_BY_ONE = {**_POLITICAL, **_BODY_GROUPS}
"""Politicians and bodies in the plural, by their lowercase form -> how the lexicon spells them ("MPs", "Democrats")."""
_PARTY_MEMBERS = frozenset(w for w in _POLITICAL.values() if w[0].isupper())
_BY_FIRST: dict[str, list[str]] = {}
for _w in sorted(_ROLE_GROUPS | _COLLECTIVES | _COUNTED_GROUPS | set(_NAMED_ONE_BY_ONE.values())):
    _BY_FIRST.setdefault(_w[0].lower(), []).append(_w[1:])
_ROLE = re.compile(r"\b((?i:opposition)\s+)?(" + "|".join(f"[{first.upper()}{first}](?:{'|'.join(rests)})"
                                                           for first, rests in _BY_FIRST.items()) + r")\b(?![\w-])")
"""A noun of people by role or circumstance, a noun of a set of people, or "people", maybe after "opposition"
(the words grouped by their first letter: the engine tries one group at a position, not every word)."""
_ROLE_FIRST = heads(["opposition", *(first + rest for first, rests in _BY_FIRST.items() for rest in rests)])
"""The words a match of `_ROLE` starts with, for `word_matches`."""
_TOKEN = re.compile(r"\d[\d,.]*\d|\d|\w+(?:\.\w+)+\.?|[\w'\u2019-]+|[^\w\s]")
_EDGE = frozenset(".!?;:,(\u2014\u2013\"\u201c\u201d")
_OPENERS = frozenset("and but as while when after before because since until where though although that then once so "
                     "said says say".split())
"""Words after which a clause, and so its subject, starts: coordinators, subordinators (Quirk et al. 1985, 14.12),
and the say verbs of a reported clause ("police said protesters threw stones")."""
_ARTICLES = frozenset("the a an these those".split())
_QUANTITIES = frozenset(_WORDS["cardinals"].split()) | _QUANTIFIERS | frozenset("tens group groups crowd crowds few".split())
_APPROXIMATE = frozenset("more fewer than over about around some nearly almost at least up to an estimated roughly "
                         "several only a".split())
_INACTIVE = frozenset(f for v in load()["words"]["inactive_verbs"] for f in forms(v)) \
    | frozenset(_WORDS["casualty_words"].split()) | frozenset(_WORDS["private_past"].split())
"""What a collective that only speaks, thinks, feels or suffers does: no act."""
_PAST_FORMS = frozenset(load()["topics"]["irregular_past"].split() + _WORDS["acting_irregular_past"].split())
_ACTING_ING = frozenset(f for kind, cues in ACTION_CUES.items() if kind != "other" for cue in cues
                        for f in (cue.split()[0],) if f.endswith("ing"))
"""The -ing forms of the action verbs of a kind ("protesting", "marching", "demanding"): a progressive act."""
_PAST_NOUNS = frozenset(load()["topics"]["past_also_nouns"].split())
_PAST_NOUN_OBJECTS = frozenset("the a an their its his her fire up off out alight ablaze".split())
_AUXILIARIES = frozenset("has have had is are was were will would could can may might should must shall did do does".split())
_MODALS = frozenset("will would could can may might should must shall did do does".split())
_ADVERBS = frozenset("also already since now long then later again just still reportedly allegedly overnight "
                     "yesterday today earlier first finally once even".split())
_PREPOSITIONS = frozenset("of from in at across on near outside inside around throughout along with without "
                          "for under behind opposite beside among".split())
_GOVERNING = frozenset(_WORDS["governing_prepositions"].split())
"""Prepositions beyond `_PREPOSITIONS` that govern a noun phrase (Quirk et al. 1985, 9.7): no verb follows them
("to" may mark an infinitive)."""
_NOT_VERB_BEFORE = _ARTICLES | _PREPOSITIONS | frozenset("its their his her our my your".split())


def _verb_like(word: str) -> bool:
    """A past form: -ed ("gathered", "fled", "agreed"; not "need", "seed") or an irregular past ("took", "went")."""
    return word in _PAST_FORMS or len(word) >= 4 and word.endswith("ed") and word.isalpha() and word.islower() \
        and (not word.endswith("eed") or len(word) >= 6 and word[:-1] in english_words())  # "agreed", not "proceed"


_PEOPLE_S = re.compile(r"^(?i:women|men|children|" + "|".join(sorted(set(_WORDS["groups"].split()) | _ROLE_GROUPS))
                       + r")(?:['\u2019]s|(?<=s)['\u2019])$")
"""A possessive of a plural noun of people ("women's", "Farmers'"): before a collective, who its members are."""


def _verb_on(word: str, before: str, lex: Lexicon) -> bool:
    """Whether a lowercase base form before a collective is a verb that takes it as its object, not a noun that modifies
    it: after "to" or a modal ("to help farmers", "would aid farmers"); a verb by its base form (lemminflect). Not
    after a plural of people or an institution, which may modify a noun as well as be a verb's subject ("Army rescue
    workers pulled two survivors", "Volunteers help residents")."""
    b = before.lower()
    return word.islower() and word in verb_lemma_of().get(word, ()) and (
        b == "to" or b in _MODALS)


def _noun_first(word: str, before: str, lex: Lexicon) -> bool:
    """Whether a base form that is also a verb of the lexicon's cues ("aid", "rescue", "protest", "strike") opens a noun
    phrase and modifies the collective after it as a noun ("aid workers", "Rescue workers", "said aid workers",
    "kidnapped aid workers"; Quirk et al. 1985, 17.104 on nouns as premodifiers): where a noun phrase starts, after a
    clause's edge, a determiner, a quantity, a preposition other than "to" (which may mark an infinitive) or a past
    verb; not an -ed or -ing form, not a word that is never a noun."""
    b = before.lower()
    return _base_noun(word) and not _verb_on(word, before, lex) and (before in _EDGE or b in _ARTICLES or b in _QUANTITIES or b[:1].isdigit() or b in _GOVERNING
             or b in _PREPOSITIONS or b.isalpha() and _verb_like(b) and b not in _AUXILIARIES)


def _participle_first(word: str, before: str, outer: str) -> bool:
    """Whether an -ed or -ing form opens the collective's noun phrase as its adjective ("the armed groups", "of displaced
    families", "the army and armed groups", "urged displaced families"): after an article, a preposition other than "to",
    a verb of asking (`_asked_participle`), or "and" after a collective or an institution (a list of nouns); not after a
    noun, its subject ("the war displaced families"), nor after "and" that may join two verbs ("destroyed homes and
    displaced families")."""
    b, o = before.lower(), outer.lower()
    return word.islower() and word.endswith(("ed", "ing")) and (
        b in _ARTICLES or b in _PREPOSITIONS or _asked_participle(word, b)
        or b == "and" and (o in _PLURAL_PEOPLE or o in EN.INSTITUTIONS))


def _asked_participle(word: str, before: str) -> bool:
    """Whether a participle before a collective is its adjective after the verb of asking or ordering that takes the
    collective as its object ("urged displaced families", "ordered remaining residents") or after "to", which an -ed or
    -ing form cannot follow as an infinitive ("appealed to striking nurses"): the set of people asked."""
    return word.islower() and word.endswith(("ed", "ing")) and (before == "to" or before in _ASKING_HEADS)


def _base_noun(word: str) -> bool:
    """Whether a word may be a noun in its base form: no -ed or -ing form, no past, not a word that is never a noun."""
    w = word.lower()
    return not w.endswith(("ed", "ing")) and not _verb_like(w) and w not in never_nouns()


def _adjective_before(toks: list[str], i: int, lex: Lexicon) -> bool:
    """Whether ``toks[i]`` is a modifier of the collective that is no verb form ("Foreign", "international"): a noun
    that is also a verb after it is a second modifier ("Foreign aid workers"), not a verb."""
    w = toks[i].lower()
    return w.isalpha() and not (_verb_like(w) or w.endswith("ing") or lex.verb_starts(w + " ")) and w not in _PLURAL_PEOPLE \
        and w not in lex.INSTITUTIONS and _modifier(toks, i, lex)


def _modifier(toks: list[str], i: int, lex: Lexicon) -> bool:
    """Whether ``toks[i]``, before a collective, modifies it ("taxi drivers", "Angry commuters", "Kenyan
    doctors"): a word, no function word; a verb form only right after a clause's or a phrase's edge ("Masked
    gunmen", "the striking workers"), as "police arrested students" has a verb, not a modifier, there."""
    w = toks[i]
    if _PEOPLE_S.match(w) or w.endswith(("s'", "s\u2019")) and w[:-1].isalpha() and w[:-1].lower() not in lex.STOP:
        return True  # "Women's groups", "farmers' unions": a possessive of people, the members; "Victims' families"
    if not w[:1].isalpha() or w.lower() in lex.STOP or w.lower() in _QUANTITIES or "'" in w or "\u2019" in w \
            or w.lower() in _QUESTION_OPERATORS:
        return False  # ("Will rights groups challenge ...?": the question's operator, no modifier)
    before = toks[i - 1].lower() if i else "."
    edge = before in _EDGE or before in _OPENERS or before in _ARTICLES or before[:1].isdigit() \
        or before in _QUANTITIES or before in _PREPOSITIONS or before in _GOVERNING
    # (after a preposition, a participle or an -ing form is an adjective, no verb: "fired on unarmed villagers")
    if w[:1].isupper():
        # a nationality or a state ("Kenyan doctors"), or an English word, maybe a compound of them ("Kurdish
        # shopkeepers", "Angry commuters", "Anti-government protesters"); not a name ("Hamas fighters")
        # a people or a faith named by its singular ("Shia pilgrims", "Sikh farmers"), as a nationality is
        # an adjective in -less of a word ("Landless peasants", "Stateless refugees"; Quirk et al. 1985, I.34) too
        return bool(nationality(w) or state_of(w)) or demonym(w) or _believer_word(w) or _party_member(w) \
            or w.endswith("less") and w[:-4].lower() in english_words() and w[1:].islower() \
            or (w.lower() in english_words() if "-" not in w else
                                                       not _unknown_word(w) and before in _EDGE - {","}) \
            or len(w) == 3 and w[1:].islower() and before in _EDGE - {","}  # "Aid agencies": the words list has 4+ letters
    if _verb_on(w, before, lex):
        return False  # "to help farmers", "Volunteers help residents": a verb and its object
    verbal = _verb_like(w) or w.endswith("ing") or w in never_nouns() or lex.verb_starts(w + " ")
    edge |= verbal and (_noun_first(w, before, lex) or i >= 1 and _base_noun(w) and _adjective_before(toks, i - 1, lex))
    # ("aid workers", "Foreign aid workers", "kidnapped aid workers": a noun that is also a verb modifies the collective)
    edge |= _asked_participle(w, before)  # "urged displaced families", "appealed to striking nurses"
    edge |= w.endswith("ing") and (before in _FORCE_ACTS or before in _JUDGING_PEOPLE) and _verb_like(before)
    # (after a past verb of force or praise, an -ing form before the collective is its adjective: "detained striking
    # miners"; not after one of support, whose object may be a gerund: "backed hiring teachers")
    edge |= (before in _FORCE_ACTS or before in _JUDGING_PEOPLE) and _verb_like(before) and is_adjective(w) \
        and not lex.verb_starts(w + " ")  # so is an adjective that is no verb: "arrested foreign journalists"
    if verbal and not edge and before.endswith("ly") and before.isalpha() and i >= 1:
        # "Heavily armed police", "the newly elected deputies": a participle after its adverb of degree or manner is
        # an adjective phrase (Quirk et al. 1985, 7.33 and 7.48), where the adverb opens the phrase at an edge
        outer = toks[i - 2].lower() if i >= 2 else "."
        edge = outer in _EDGE or outer in _OPENERS or outer in _ARTICLES or outer[:1].isdigit() or outer in _QUANTITIES
    return not verbal or edge


def _opens_clause(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the collective at ``at`` heads the subject of its clause: before it only its modifiers, a
    quantity ("Hundreds of", "tens of thousands of", "more than 5,000"), an article, and then the edge of a
    clause (a sentence's start, a punctuation mark, a conjunction). Not an object ("killed 40 villagers",
    "arrested students") nor members of a name ("Hamas fighters": a capitalised word that names no state)."""
    lo = max(0, at - 100)
    toks = _TOKEN.findall(text, lo, at)
    i, mods = len(toks), 0
    while i and mods < 3 and _modifier(toks, i - 1, lex):
        i, mods = i - 1, mods + 1
    if i and toks[i - 1][:1].isupper() and toks[i - 1].lower() not in lex.STOP and toks[i - 1].isalpha() \
            and (i == 1 or toks[i - 2] not in _EDGE):
        return False  # "Hamas fighters", "Tesla workers": the members of a body
    if i >= 2 and toks[i - 1] == "of" and toks[i - 2].lower() in _QUANTITIES:
        i -= 1  # "Hundreds of", "tens of thousands of", "a group of"
    elif i >= 2 and toks[i - 1] == "of" and toks[i - 2].lower() in _PEOPLE_QUANTITIES:
        i -= 2  # "A convoy of truckers", "a delegation of farmers": a collective partitive
    while i and (toks[i - 1].lower() in _QUANTITIES or toks[i - 1][:1].isdigit()
                 or toks[i - 1] == "of" and i >= 2 and toks[i - 2].lower() in _QUANTITIES):
        i -= 1
    while i and toks[i - 1].lower() in _APPROXIMATE | _ARTICLES:
        i -= 1
    if not i:
        return lo == 0
    return toks[i - 1] in _EDGE or toks[i - 1].lower() in _OPENERS


def _acts_next(text: str, end: int) -> bool:
    """Whether a finite verb of acting follows the collective ending at ``end``, past its postmodifiers (a
    prepositional phrase, "residents of the flooded town"; a relative clause or apposition between commas;
    an adverb of time): a past form ("gathered", "fled", "took to the streets"), "have" and a participle, or
    a progressive ("were marching"); not a verb of saying, thinking or suffering ("said", "feared", "were
    killed"), not a reduced passive ("displaced by the floods"), not a modal or a negation ("will discuss",
    "did not")."""
    if listed := _LISTED_PEOPLE.match(text, end):
        end = listed.end()  # "Students, teachers and parents rallied": the verb after the list is the first one's too
    after = text[end : end + 220]
    if (phrase := _PHRASE_BEFORE_COMMA.match(after)) and (inserted := _INSERTED.match(after[phrase.end() :])):
        after = after[: phrase.end()] + after[phrase.end() + inserted.end() :]  # "Residents of the town, who had fled,"
    toks = _TOKEN.findall(_SLOGAN.sub("", _INSERTED.sub("", after, count=1), count=1))[:18]
    in_phrase = False
    plural = text[max(0, end - 6) : end].lower().endswith(("s", "people", "police", "men", "children"))
    for k, w in enumerate(toks):
        low = w.lower()
        if w in _EDGE:
            return False
        if in_phrase and plural and low in ("was", "is", "has"):
            continue  # "groups claiming the election was stolen gathered": a singular verb is not a plural's, but its clause's
        if low in ("has", "have", "had") and k + 1 < len(toks) and toks[k + 1].lower() == "long":
            return False  # "Tourists have long flocked to the island": a habit over time, a state of affairs, no act
        if low in _AUXILIARIES:  # "have occupied"; not "were killed", "were sleeping", "will discuss", "did not"
            rest = [t.lower() for t in toks[k + 1 : k + 5] if t.lower() not in _ADVERBS and not t.endswith("ly")]
            if rest[:1] == ["been"] and low in ("has", "have", "had") or low in _BE_FINITE:
                return _acts_in_progress(toks, k)
            return low in ("has", "have", "had") and bool(rest) and _verb_like(rest[0]) and rest[0] not in _INACTIVE
        if (not k or toks[k - 1].lower() in _ADVERBS) and low in _PAST_NOUNS and k + 1 < len(toks) \
                and toks[k + 1].lower() in _PAST_NOUN_OBJECTS:
            return True  # "fishermen set fire to", "protesters (also) set up tents"
        if not k and low in ("who", "that") and k + 1 < len(toks) and toks[k + 1].islower() \
                and _verb_like(toks[k + 1].lower()) and toks[k + 1].lower() not in _INACTIVE \
                and not (k + 2 < len(toks) and toks[k + 2].lower() == "by"):
            return True  # "Farmers who gathered outside parliament threw eggs": they gathered, an act of their own
        if w.islower() and _verb_like(w) and (not k or toks[k - 1].lower() not in _NOT_VERB_BEFORE):
            if in_phrase and low in _SUFFERED:
                continue  # "relatives of people killed in the conflict marched": a reduced relative in the phrase
            finite = next((j for j in range(k + 1, len(toks)) if toks[j].lower() in _BE_FINITE
                           or toks[j] in _EDGE or toks[j].lower() in _OPENERS or toks[j].lower() in ("who", "which")), None)
            if finite is not None and toks[finite].lower() in _BE_FINITE:
                return _acts_in_progress(toks, finite)  # "Shopkeepers arrested last week were released": a reduced relative
            return low not in _INACTIVE and low not in _CARE and (k + 1 >= len(toks) or toks[k + 1].lower() != "by")
        if not in_phrase:
            if low in _PREPOSITIONS or not k and (low.endswith("ing") and w.islower() or low in ("and", "or") and any(
                    t.lower() in _PLURAL_PEOPLE for t in toks[1:4]) or _adjective_phrase(toks)):
                in_phrase = True  # "residents of the town", "Ethiopians living in Washington": a postmodifier;
                # "Politicians and activists condemned": a second collective, the verb's subject with it
            elif low not in _ADVERBS and not low.endswith("ly"):
                return False
    return False


_ADJECTIVE_PREPOSITIONS = frozenset(_WORDS["adjective_prepositions"].split())


def _adjective_phrase(toks: list[str]) -> bool:
    """Whether the words after a collective open an adjective phrase that postmodifies it, an adjective and its
    preposition ("Peasants angry over land reforms burned", "tribesmen loyal to the governor seized"; Quirk et al. 1985,
    17.56): its verb comes after the phrase."""
    return len(toks) > 1 and toks[0].islower() and never_nouns().get(toks[0]) == "a" \
        and toks[1].lower() in _ADJECTIVE_PREPOSITIONS


_BE_FINITE = frozenset(("is", "are", "was", "were"))
_CARE = frozenset(f for v in _WORDS["care_verbs"] for f in forms(v))
"""Forms of the verbs of medical care ("treated", "examined"): a first response, part of the event it follows."""
_SINGULAR_GROUPS = re.compile(r"\b(" + "|".join(sorted(_WORDS["singular_groups"].split())) + r")\b(?![\w'\u2019-])")
_DETERMINED = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?[\w-]+['\u2019]s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he))"
                         r"\s+(?:[A-Za-z-]+\s+){0,2}$")
"""Before a singular collective: its determiner or a possessive, maybe with modifiers ("The international ", "the
victim's ", "His ")."""


def _singular_groups(text: str, found: dict[str, Candidate], lex: Lexicon) -> None:
    """A singular noun of a set of people (`singular_groups`) after its determiner or a possessive, at the start of
    its clause, as the subject of a verb of acting ("The international community condemned the coup", "The family of
    the teenager filed a lawsuit"); not of saying ("his family said he had been in good health": a witness)."""
    for m in _SINGULAR_GROUPS.finditer(text):
        noun, at, end = m.group(1), m.start(), m.end()
        det = _DETERMINED.search(text, max(0, at - 60), at)
        if det is None or in_quotation(text, at) or any(
                w.lower() in lex.STOP for w in text[det.start() : at].split()[1:] if not w.endswith(("'s", "\u2019s"))):
            continue
        toks = _TOKEN.findall(text, max(0, det.start() - 20), det.start())
        if toks and toks[-1] not in _EDGE and toks[-1].lower() not in _OPENERS:
            continue  # "met the family", "praised the community": an object
        if not _acts_next(text, _end(text, end)):
            continue  # "his family said he had been in good health": a witness
        c = found.get(noun)
        if c is None:
            c = found[noun] = Candidate(noun, "group", at, {noun}, subject=True, acts=True)
        c.mentions += 1
        c.forms.add(text[det.start() : end].removeprefix("The ").removeprefix("the "))


_COMPOUND = re.compile(r"\b([A-Za-z][a-z]{3,})(" + "|".join(sorted(_WORDS["compound_heads"].split())) + r")\b(?![\w'\u2019-])")
"""A closed compound of a noun of people ("steelworkers"): `english_words` decides its first part."""
_PLURAL_PEOPLE = frozenset(_WORDS["groups"].split()) | _ROLE_GROUPS | frozenset(
    w.lower() for w in _WORDS["political_groups"].split() + _WORDS["body_groups"].split()) \
    | frozenset(_WORDS["institutions"].split())
"""The plural nouns of collectives of every list, and the institutions named like them ("police"): a second one after
"and" shares the verb ("Protesters and police clashed")."""

_PEOPLE_WORD = "|".join(sorted(_PLURAL_PEOPLE, key=lambda w: (-len(w), w)))
_LISTED_PEOPLE = re.compile(rf"(?:,\s+(?:[a-z-]+\s+)?(?:{_PEOPLE_WORD}))*,?\s+(?:and|or)\s+(?:[a-z-]+\s+)?(?:{_PEOPLE_WORD})"
                            r"\b(?![\w'\u2019-])(?=,?\s)", re.IGNORECASE)
"""After a collective, the rest of a list of them ("[Students], teachers and parents"): its members share the verb."""


def _acts_in_progress(toks: list[str], k: int) -> bool:
    """Whether the finite "be" or "have been" at ``toks[k]`` makes a progressive of an act of a kind ("were marching",
    "have been protesting"); not a passive ("were released", "were killed") nor another progressive ("were sleeping")."""
    rest = [t.lower() for t in toks[k + 1 : k + 5] if t.lower() not in _ADVERBS and not t.endswith("ly")]
    rest = rest[1:] if rest[:1] == ["been"] else rest
    return bool(rest) and rest[0] in _ACTING_ING


_SLOGAN = re.compile(r"(?<=\w)\s+[\"\u201c][^\"\u201c\u201d.!?]{1,80}[\"\u201d](?=\s+[a-z])")
"""A short quotation inside a collective's postmodifier ("Protesters chanting \"Down with the junta\" marched"): a
slogan or a title between a word and the lowercase word after it, no clause of the sentence."""
_PHRASE_BEFORE_COMMA = re.compile(r"\s+(?:of|in|from|at|across|near|around|outside)\s+[^,;.:\"\u201c\u201d]{1,60}?(?=,)")
"""A prepositional phrase after a collective up to a comma ("Residents of the besieged town,"): an insertion may follow."""
_INSERTED = re.compile(r"^\s*(?:\([^)]*\)|,\s(?:[a-z]+ing|who|which)\b[^;.\"\u201c\u201d]{0,200}?,(?=\s[a-z])|"
                       r",(?:[^,;.\"\u201c\u201d]|(?<=\d)[,.](?=\d)){0,100},)")
"""A bracket, a participle or relative clause or an apposition between commas after a collective ("Protesters,
who had camped outside parliament, clashed"): its verb comes after it. Unlike _APPOSITION, never a lone comma."""
_SUFFERED = frozenset(_WORDS["casualty_words"].split()) | frozenset(_WORDS["toll_verbs"].split())


def _only_speaks(text: str, end: int) -> bool:
    """Whether the first verb after the collective ending at ``end`` says, thinks or feels, maybe after "have", a modal
    and an adverb ("Farmers have long complained", "residents feared", "workers will receive"): witnesses, not actors
    (the labelling guide)."""
    toks = _TOKEN.findall(text[end : end + 60])[:4]
    words = [t.lower() for t in toks if t.lower() not in _ADVERBS and not t.endswith("ly") and t.lower() not in ("has", "have", "had")
             and t.lower() not in _MODALS and t.lower() != "not"]  # "workers will (not) receive": a modal does not act
    return bool(words) and words[0] in _INACTIVE and words[0] not in _SUFFERED and words[0] not in _WARNED


_WARNED = frozenset(forms("warn"))
"""A warning may be a threat (the labelling guide's `threaten`): "rebels warned they would attack" is an act."""


def _acting(text: str, at: int, end: int, lex: Lexicon) -> bool:
    """A collective as the subject of a finite verb of acting, outside quotes ("Hundreds of students gathered",
    "Villagers in the province blocked", "Parents have occupied"), or of a relative clause of acting after it, wherever
    it stands (`_who_acts`), or counted as drawn to an event (`_DRAWN`): it does something (the labelling guide's
    crowd that marches, protests or flees), not only speaks ("residents said") or suffers ("killed 40 villagers")."""
    return not in_quotation(text, at) and (_opens_clause(text, at, lex) and _acts_next(text, end)
                                           and not _object_conjunct(text, at, lex) and not _running_total(text, at, end)
                                           or _who_acts(text, end) or _drawn(text, at, end, lex))


_RUNNING_TOTAL = re.compile(r"\s+(?:(?:now|already|so\s+far)\s+)?(?:have|has)\s+(?:(?:now|already|so\s+far)\s+)?"
                            r"(?:been\s+)?(?P<verb>[a-z]+\b[^.;:!?\"\u201c\u201d]{0,80}?)\b(?:since|so\s+far|to\s+date)\b")
"""A present perfect that runs up to now ("have fled the region since March", "have crossed into Chad so far"; Quirk
et al. 1985, 4.20 on the perfect of a state leading up to the present): after a count, a running total."""


def _running_total(text: str, at: int, end: int) -> bool:
    """People in general counted, or a bare count ("Thousands of people have fled the region since March", "Thousands
    have left so far"), whose verb is a present perfect up to now: the figure an article gives of a conflict's or a
    disaster's toll, which the labelling guide makes no event, so the people counted are no actor; a crowd by its role
    ("Hundreds of shopkeepers have closed their shops since Monday") still acts, and so does one counted as protesting
    (`_PROTESTING`: "Thousands of people have marched since Friday")."""
    counted = text[at:end].lower() in _COUNTED_GROUPS and bool(_COUNTED_BEFORE.search(text, max(0, at - 60), at)
                                                              or _ROUND_COUNT_BEFORE.search(text, max(0, at - 40), at))
    total = _RUNNING_TOTAL.match(text, _end(text, end))
    return (counted or bool(_BARE_COUNT.fullmatch(text, at, end))) and total is not None and not any(
        total["verb"].startswith(cue) and not total["verb"][len(cue):len(cue) + 1].isalpha() for cue in _PROTESTING)


_PROTESTING = frozenset(ACTION_CUES["protest"])
"""The verbs of the lexicon's protest kind ("have protested", "have marched", "have gone on strike"): a crowd counted
as protesting since a day is no toll but the labelling guide's "unnamed crowd that marches, protests", an agent."""


def _drawn(text: str, at: int, end: int, lex: Lexicon) -> bool:
    """A collective counted as drawn to an event (`_DRAWN`): the event the subject before the verb ("the rally drew
    thousands of supporters") or after "to" ("drew thousands of farmers to the capital"); not an institution ("drew
    hundreds of police"), nor people drawn in pictures or attracted by a scheme."""
    drawn = _DRAWN.search(text, max(0, at - 80), at)
    if drawn is None or text[at:end].lower() in lex.INSTITUTIONS:
        return False
    return text.startswith(" to ", end) or any(w in _ALL_EVENT_NOUNS for w in _LOWER_WORD.findall(
        text, max(0, drawn.start() - 40), drawn.start()))


_DRAWN = re.compile(r"\b(?:drew|draws|attracted|attracts)\s+(?:(?:crowds|tens|hundreds|thousands|"
                    r"dozens|scores|millions|more\s+than|at\s+least|some|about|nearly|over|up\s+to|an\s+estimated|"
                    r"\d[\d,.]*(?:\s+million)?)\s+(?:of\s+)?)+(?:[a-z-]+\s+){0,2}$")
"""A count of people drawn or attracted ("drew tens of thousands of supporters to a rally", "attracted some 5,000
protesters"; WordNet 3.0 draw.v.12 / attract.v.01 "direct toward itself"): the people it draws attend, the labelling
guide's crowd that attends."""


_WHO_ACTS = re.compile(r",\s+(?:who|(?:many|some|most|several)\s+of\s+whom)\s+(?:(?:had|have)\s+)?"
                       r"(?:(?:[a-z]+ly|also|then|later|earlier|first)\s+)?([a-z]+)\b(?!\s+by\b)")
"""A non-restrictive relative clause after a collective, whatever its place in the sentence, whose verb is its act
("The rally drew thousands of farmers, who drove their tractors into the city", "Police dispersed the students, many
of whom had occupied the campus"): the relative pronoun is the verb's subject (Quirk et al. 1985, 17.22)."""


def _who_acts(text: str, end: int) -> bool:
    """Whether a relative clause of acting follows the collective ending at ``end`` (`_WHO_ACTS`): a past verb of
    doing, not of saying, thinking, suffering or a passive ("who said", "who died", "who were detained")."""
    m = _WHO_ACTS.match(text, _end(text, end))
    return m is not None and _verb_like(m.group(1)) and m.group(1) not in _INACTIVE and m.group(1) not in _SUFFERED


def _verb_object(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the collective at ``at``, behind its modifiers, follows a verb as its object: a past form or a base form
    after a modal ("critics say will hurt farmers", "the raid killed villagers"), not a subject of the verb after it."""
    toks = _TOKEN.findall(text, max(0, at - 60), at)
    i = len(toks)
    while i and len(toks) - i < 3 and toks[i - 1].lower() not in _AUXILIARIES and _modifier(toks, i - 1, lex):
        i -= 1
    if not i or not toks[i - 1].islower():
        return False
    # a past verb right before, or a modal before the first "modifier", which is then a base verb ("will hurt")
    return _verb_like(toks[i - 1]) or toks[i - 1] in _MODALS and i < len(toks) or i >= 2 and _verb_on(toks[i - 1], toks[i - 2], lex)


_CONJUNCT_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Za-z]+)\s+and\s+(?:the\s+)?(?:\d[\d,]*\s+|[a-z][a-z-]+\s+)?$")


def _object_conjunct(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the collective at ``at`` is the second of two joined by "and" whose first is no clause's subject ("Prices
    for students and pensioners will rise", "has 800 students and 60 teachers"): an object as the first is, so the verb
    after is not its act ("Students and teachers marched" stays a subject)."""
    m = _CONJUNCT_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and m.group(1).lower() in _PLURAL_PEOPLE and not _opens_clause(text, m.start(1), lex)


_SYNONYMS = {noun: i for i, synset in enumerate(_WORDS["group_synonyms"]) for noun in synset.split()}
"""Collective nouns of one meaning -> the number of their set."""


_NAME_BEFORE_WORD = re.compile(r"(?<![.!?:;\"\u201c\n]\s)(?<![.!?:;\"\u201c\n])(?<=[a-z])[ \t]+[A-Z][a-z][\w'\u2019-]*[ \t]+$")
"""A capitalised word right before, itself after a lowercase letter and a space (no sentence start): the group
noun ends a name ("the Union of Machinists and Aerospace Workers"), not "Protesters" opening a sentence."""
_NAME_GOES_ON = re.compile(r"['\u2019]?\s+(?:[A-Z]|(?:of|for)\s+[A-Z])")


def _own_act_told(text: str, end: int) -> bool:
    """`_OWN_ACT_TOLD` after ``end``, and an act of a kind after its pronoun ("said they had arrested 12 men"; not "said
    it had no plans", "said they had no information")."""
    return bool((own := _OWN_ACT_TOLD.match(text, end)) and _ACTION_STARTS(_AUX_RE.sub("", text[own.end() : own.end() + 60].lower())))


_OWN_ACT_TOLD = re.compile(r"\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|confirmed)"
                           r"(?:\s+(?:on|last|late|early|in)\s+(?:an?\s+)?[A-Za-z]+){0,2},?\s+(?:that\s+)?(?:it|its|they|their)\s")
"""After an institution named as a collective ("police", "the army"), a telling of what it itself did, will do or
holds ("Police said they had arrested 12 men", "the army said on Sunday it had killed"): a body announcing its own
act (the labelling guide: an unnamed spokesperson stands for the body), not the source of a fact about others
("police said the victim had been stabbed"). `_SAYS_ITSELF` with the plural pronoun of "police"."""


def _groups(text: str, taken: set[str], lex: Lexicon, named: frozenset[str] | set[str] = frozenset(),
            bodies: int = 0) -> list[Candidate]:
    """Collective actors ("protesters", "police", "Protesters" at a sentence start): named three times
    and once before a verb, or twice and once as the subject of a verb, or once as the subject of an
    action verb ("Hundreds of workers walked out") when not in a quote, not "the ..." (a body named
    before) and not a preposition's object ("a chief of the police"), or as the subject of a finite verb of acting
    by `_acting` ("Teachers across the state walked off the job"). A mention before "said" or a verb of thinking or
    feeling is a witness ("residents said", "farmers complained"), one after an actor's name its members ("Hamas
    fighters"): neither acts. A collective that the article names first of all with "the", before any body
    (``bodies``: where the first one is named), refers back to no one: it acts as itself ("The rebels warned").
    Then the collectives of `_role_groups`."""
    hits: dict[str, list[tuple[int, int]]] = {}
    phrases: dict[str, set[str]] = {}
    for m in word_matches(lex.GROUP, GROUP_FIRST, text) if lex is EN else lex.GROUP.finditer(text):
        if m.group(1)[0].isupper() and (_NAME_GOES_ON.match(text, m.end()) or _NAME_BEFORE_WORD.search(text, max(0, m.start() - 40), m.start())) \
                and not (lex is EN and m.group(1).lower() in _INHABITANTS and text.startswith(" of ", m.end())):
            continue  # "the Allied Workers Union", "Doctors Without Borders", "... and Aerospace Workers": a word of a name
        noun = m.group(1).lower()
        if lex is EN and _OPPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "opposition lawmakers": a collective of its own (_role_groups)
        # "protesters" and then "demonstrators": one collective, named by the word it had first
        noun = next((n for n in hits if _SYNONYMS.get(n, n) == _SYNONYMS.get(noun, noun)), noun)
        hits.setdefault(noun, []).append((m.start(), m.end()))  # "Protesters marched": also at a sentence start
        phrase = _group_phrase(text, m.start(), m.end(), lex)
        phrases.setdefault(noun, set()).update((phrase, m.group(1).lower()))
        if lex is EN and (cut := phrase.find(m.group(1))) > 0 and cut + len(m.group(1)) < len(phrase):
            phrases[noun].add(phrase[: cut + len(m.group(1))])  # "Pro-democracy activists in Bangkok": "Pro-democracy activists"
        if lex is EN and (modified := _common_modified(text, m.start(), m.end(), lex)):
            phrases[noun].add(modified)
    out = []
    # the article's first collective of people (police and the army, institutions, are none a crowd refers back to)
    first = min((at for noun, spans in hits.items() if noun not in lex.INSTITUTIONS for at, _ in spans), default=-1)
    first = first if first < bodies else -1
    for noun, spans in hits.items():
        starts = [at for at, _ in spans]
        ends = [(at, _end(text, end)) for at, end in spans]
        said = [bool(_SAYS_AFTER.match(text, end)) or lex is EN and _only_speaks(text, end) for _, end in spans]
        # each mention before a verb: (subject, acts), none when it only speaks or names the members of an actor
        verbs = [(False, False) if says or _members(text, at, named) or lex is EN and _object_conjunct(text, at, lex)
                 else _verb_after(text, end, at, lex) for (at, end), says in zip(ends, said)]
        # "Rescuers pulled two survivors": a past verb with an object after a collective is its act, whatever
        # the verb ("protesters arrested by police" is a reduced passive, no act)
        verbs = [(s or a and bool(_PAST_ACT.match(text, end)), a) for (at, end), (s, a) in zip(ends, verbs)]
        subject = any(s and not text.endswith("by ", 0, at) for at, (s, _) in zip(starts, verbs))
        does = any(a for _, a in verbs)
        # "the protesters" refers back to a body named before; "the army", "the police" is how an institution is named
        determined = ("by ",) if noun in lex.INSTITUTIONS else ("by ", "the ", "The ")
        # "The rebels warned": a collective the article names first of all with "the", before any body, refers back
        # to no one, and is the one it means (not "Greenpeace activists ... the activists", "the union ... the workers")
        opens = lambda at: at == first and not text.endswith("by ", 0, at)
        acts = subject and any(a and not in_quotation(text, at) and (not text.endswith(determined, 0, at) or opens(at))
                               and not _object(text, at) and not (lex is EN and (_verb_object(text, at, lex)
                                                                                 or _of_object(text, at)))
                               for at, (_, a) in zip(starts, verbs))
        targeted = lex is EN and any(_targeted_group(text, at) or _passive_target(text, at, end) for at, end in spans)
        if lex is EN and noun in lex.INSTITUTIONS and not targeted:
            # "accused the police of", "sued the army": "the" is how an institution is named, no modifier that makes it
            # one named before; after an action verb of a kind told as done, it is the act's target (not "denied
            # accusing the army", "urged the government to sue the police")
            targeted = any((verb := _VERB_BEFORE.search(text, max(0, at - 30), at)) and verb.group(1) in _TARGETING
                           and not in_quotation(text, at) and not _unasserted(text, verb.start(1)) for at in starts)
        if lex is EN and not acts and noun in lex.INSTITUTIONS and any(
                _own_act_told(text, end) and not in_quotation(text, at) and not text.endswith("by ", 0, at)
                for at, end in spans):
            acts = subject = True  # "The army said it had killed 14 insurgents": its own act, as a body's spokesperson tells it
        if lex is EN and not acts and any((_acting(text, at, end, lex) and (not text.endswith(determined, 0, at) or opens(at))
                                           or _passive_agent(text, at, lex)) and not _members(text, at, named)
                                          for at, end in spans):
            acts = subject = True  # "Hundreds of students gathered", "the plan was criticised by activists"
        if noun not in taken and (len(starts) >= 3 and does or (subject and len(starts) >= 2) or acts or targeted):
            kind = "organisation" if noun in lex.INSTITUTIONS else "group"
            out.append(Candidate(noun, kind, starts[0], {noun} | phrases[noun], mentions=len(starts), subject=subject))
    if lex is EN:
        out += _role_groups(text, taken | {slug(c.name) for c in out}, lex, named, out, bodies)
        for c in out:
            _name_by_fullest(c, text, lex)
        out = [c for c in out if slug(c.name) not in taken]  # "Senate Democrats": the name already found, no second actor
    return out


_WORDS_STANCES = load()["stances"]
_STANCE_LEMMAS = sorted({v.split()[0] for key in ("support", "oppose") for v in load()["stances"][key] if " " not in v})
_STANCE_PHRASES = sorted({v for key in ("support", "oppose") for v in load()["stances"][key] if " " in v
                          and all(w.isalpha() for w in v.split())})
"""The phrasal verbs of taking a side ("vote against", "call for", "vow to", "campaign against"): in every form of their
verb, a collective's stated position as the single verbs are."""
_OBJECT_NEXT = r"(?=\s+(?:(?:the|their|its|his|her|our|this|these|those|a|an)\b|[A-Z]))"
"""What must follow a phrasal verb whose particle may stand alone as an adverb ("stood by the decision", not "stood
by as bulldozers razed the market": Quirk et al. 1985, 16.2-16.4, a prepositional verb takes an object, an adverb
particle need not)."""
_STATING_VERBS = sorted({"said in a statement", "said in a joint statement", "said in an open letter",
                         "said in a letter"} | {f for v in ("argue", "insist", "claim", "contend", "maintain")
                                                            for f in forms(v) if not f.endswith("ing")}
                        | {f for v in _STANCE_LEMMAS for f in forms(v) if not f.endswith("ing")}
                        | {f + _OBJECT_NEXT if f.endswith(" by") else f
                           for v in _STANCE_PHRASES for f in forms(v) if not f.split()[0].endswith("ing")},
                        key=lambda f: (-len(f), f))
_TAKES_A_SIDE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:" + "|".join(sorted(
    {f for v in _STANCE_LEMMAS for f, tag in tagged_forms(v).items() if tag != "ing"}
    | {f for v in _STANCE_PHRASES for f in forms(v) if not f.split()[0].endswith("ing")}, key=lambda f: (-len(f), f)))
    + r")" + _OBJECT_NEXT)
"""A name right before a finite verb of taking a side, or its phrasal verb, and its object ("Velmora opposes the dam",
"The Harbour Party strongly backs Ruiz", "Kessler Bank takes issue with the ruling"): the name is the subject that
holds a position, not the modifier of a noun ("opposes" is no plural noun where an object follows it; Quirk et al.
1985, 10.2, the verb of a clause follows its subject)."""
_STANCE_ING = sorted({f for v in _STANCE_LEMMAS for f in forms(v) if f.endswith("ing")}, key=lambda f: (-len(f), f))
_DISPOSED = (r"(?:are|were|remain|remained|have\s+been|had\s+been)\s+(?:(?:also|still|"
             + "|".join(sorted(_WORDS_STANCES["degree_adverbs"].split())) + r")\s+)?(?:(?:opposed|"
             + "|".join(sorted(_WORDS_STANCES["disposed_oppose_to"].split() + _WORDS_STANCES["disposed_support_to"].split()))
             + r")\s+to|(?:" + "|".join(sorted(_WORDS_STANCES["disposed_oppose_of"].split()
                                             + _WORDS_STANCES["disposed_support_of"].split()))
             + r")\s+(?:of|about)|in\s+favou?r\s+of)(?=\s+(?:the|this|these|those|its|their|a|an|any|[A-Z]))")
"""A copula, maybe an adverb of degree (the lexicon's degree_adverbs; not a hedge: "are likely"), with an adjective of
opposition or support and its complement, or "in favour of" ("Rural voters are deeply opposed to the plan",
"Shopkeepers are in favour of the bypass"; Quirk et al. 1985, 16.69 and 9.2): the position the stance layer reads from
the same words (the lexicon's disposed_* lists). Not "against", which may be a place ("were against the barriers")."""
_STATES_AFTER = re.compile(
    r"(?:\s+(?:of|in|at|from|across|near|around|outside|on)\s+[^,;:.!?\"\u201c\u201d]{1,50}?)?"
    r"(?:,\s+(?:who|many\s+of\s+whom|some\s+of\s+whom)\s[^;.\"\u201c\u201d]{1,150}?,)?"
    r"(?:,\s+(?:who|many\s+of\s+whom|most\s+of\s+whom)\s+|\s+(?:(?:who|that)\s+)?)"
    r"(?:(?:have|has|had|also|long|now|still|strongly|largely|widely|overwhelmingly|mostly)\s+)*"
    r"(?:" + "|".join(_STATING_VERBS) + r"|(?:are|were|have\s+been|had\s+been)\s+(?:" + "|".join(_STANCE_ING) + r")"
    r"|" + _DISPOSED + r")"
    r"\b(?!\s+(?:by|in\s+the\s+(?:town|village|area|city))\b)")
"""After a collective, maybe behind a phrase of place or a relative clause between commas, or as its own restrictive
relative clause ("doctors who oppose the reform"), a verb of saying or of taking a side in a finite or progressive
form ("Residents say", "Critics of the plan argue", "Many voters oppose", "residents are fighting the plan"), or a
copula and an adjective of taking a side (`_DISPOSED`: "Rural voters are deeply opposed to the plan")."""
_STATING_GROUPS = frozenset(load()["stances"]["stating_groups"].split())
_STATING_BY_FIRST: dict[str, list[str]] = {}
for _w in sorted(set(_WORDS["groups"].split()) | _ROLE_GROUPS | _STATING_GROUPS | _PEOPLES
                 | set(_WORDS["stating_collectives"].split())  # "Displaced families said the state must rebuild"
                 | {w for w in _WORDS["body_groups"].split() + _WORDS["political_groups"].split() if w.islower()}
                 | {w for w in _WORDS["political_groups"].split() if w[0].isupper() and w[1:].islower()}):
    _STATING_BY_FIRST.setdefault(_w[0], []).append(_w[1:])
_STATING_NOUN = re.compile(r"\b(" + "|".join(f"[{first.upper()}{first}](?:{'|'.join(rests)})"
                                              for first, rests in sorted(_STATING_BY_FIRST.items())) + r")\b(?![\w-])")
_STATING_FIRST = heads(first + rest for first, rests in _STATING_BY_FIRST.items() for rest in rests)
"""The words a match of `_STATING_NOUN` starts with, for `word_matches`."""
_SAID_A_POSITION = re.compile(
    r"(?:\s+(?:of|in|at|from|across|near|around|outside|on)\s+[^,;:.!?\"\u201c\u201d]{1,50}?)?"
    r"(?:,\s+(?:who|many\s+of\s+whom|some\s+of\s+whom)\s[^;.\"\u201c\u201d]{1,150}?,)?"
    r"(?:,\s+(?:who|many\s+of\s+whom|most\s+of\s+whom)\s+|\s+)(?:(?:have|has|had|also)\s+)?"
    r"(?:said|say|says|warned|warn|warns|told\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}))\b")
"""After a collective, "said", "say", "told reporters" or "told" a named outlet ("told AFP", "told the BBC"): a
witness's telling ("Villagers say the soldiers burned their homes"), unless what it tells states a position or the
collective is named by the side it takes ("critics say")."""
_ASKING_LEMMAS = frozenset(("request", "seek", "propose", "pledge", "promise"))
"""Verbs of the stance lists that ask for or promise something rather than judge it (WordNet 3.0 request.v.02,
seek.v.04 "try to get or reach", propose.v.01, promise.v.01, pledge.v.01): what they ask for or promise may be a
meeting or a debate, no side (the labelling guide), so they do not make a collective's telling a position."""
_POSITION_CUE = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bof\s)"
    r"\b(?:must|should|ought\s+to|(?:need|needs|have|has)\s+to\s+be|" + "|".join(sorted(
        {f for key in ("support", "oppose") for v in load()["stances"][key] if " " not in v and v not in _ASKING_LEMMAS
         for f in forms(v)} | {f for v in _STANCE_PHRASES if v.split()[0] not in _ASKING_LEMMAS for f in forms(v)}
        | set(load()["stances"]["unlawful"]) | set(load()["stances"]["judging_oppose_nouns"].split())
        | set(load()["stances"]["judging_support_nouns"].split()), key=lambda w: (-len(w), w))) + r")\b",
    re.IGNORECASE)
"""What makes reported speech a position rather than an account (the labelling guide: a stance when a position is
stated, none from quotes that only report facts): a modal of obligation (Quirk et al. 1985, 4.53), a verb of taking a
side (not a noun of the same form after a determiner: "since the protests began"), or a word of judging from the
lexicon's [stances] lists ("said the rules were unsafe and must be withdrawn", "said the vote was illegal", "said they
rejected the offer")."""
_SIDE_TAKEN_BY = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:(?:[a-z]+ly|also|widely|strongly|long)\s+)?(?:" + "|".join(sorted(
        {f for v in _STANCE_LEMMAS for f, tag in tagged_forms(v).items() if tag == "past"}, key=lambda f: (-len(f), f)))
    + r")\s+by\s+(?:(?:more\s+than|at\s+least|about|some|nearly|over|many|most|several)\s+)?"
    r"(?:(?:\d[\d,]*|tens|hundreds|thousands|millions|dozens|scores)\s+(?:of\s+)?)*(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE)
"""A passive of a verb of taking a side and its "by", maybe with a count before the collective ("is opposed by
thousands of residents", "was rejected by many voters"): the collective that follows holds the position."""
_SIDE_NOUNS = frozenset(n for key in ("agents_support", "agents_oppose") for n in load()["stances"][key].split()
                        if n.endswith("s"))
"""Plural nouns of people who take a side ("supporters", "critics"): with their of-phrase ("supporters of the former
president said"), whatever they say, they say it as that side."""
_EFFECT_OF_A_THING = re.compile(r"\b(?:the|a|an|this|these|its|their)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+"
                                r"(?:has|have|will|would|could)\s+(?:[a-z]+ly\s+|also\s+|already\s+)?([a-z]+)\b")
"""A thing named as a subject, then a present perfect or a modal and its verb ("the plant has poisoned", "the tax would
ruin"): what a thing has done or will do, which judges it when the verb has a strong tone."""


_HAZARD_NOUNS = frozenset(load()["event_context"]["hazards"])


def _judged_effect(text: str, start: int, end: int) -> bool:
    """Whether the telling between ``start`` and ``end`` says what a thing (no people) has done or will do, by a verb of
    strong tone in VADER's lexicon ("the chemical plant has poisoned their wells", "the cuts would hurt growth"):
    a judgement of that thing, a position, not an account of what people did."""
    m = _EFFECT_OF_A_THING.search(text, start, end)
    if m is None or m.group(1) in _PLURAL_PEOPLE or m.group(1) in _HAZARD_NOUNS or m.group(2) in ("been", "be", "not", "never"):
        return False  # "the soldiers have", "the storm has destroyed": people's acts and hazards are told, not judged
    from summariser.rules.sentiment import analyser  # loaded only when a collective tells something
    lemma = next(iter(verb_lemma_of().get(m.group(2), ())), m.group(2))
    return abs(analyser().lexicon.get(lemma, 0.0)) >= 1.0


_CALLED_THING = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+"
                           r"(?:is|are|was|were|(?:will|would)\s+be)\s+(?!(?:not|never|no|hardly)\b)(?:(?:a|an)\s+)?"
                           r"(?:(?:[a-z]+ly|very|so|too|also)\s+)?"
                           r"([a-z-]+)(?:\s+([a-z-]+))?")
"""A thing named as a subject, a copula and its complement, maybe behind an article and an adverb of degree ("the levy
was deeply unfair", "the quota is a good compromise"; Quirk et al. 1985, 16.21 on the subject complement): what the
thing is called, which judges it when a word of the complement has a strong tone."""
_NOT_JUDGED = _HAZARD_NOUNS | frozenset(load()["stances"]["circumstance_nouns"].split()) \
    | frozenset(load()["event_context"]["periods"]) | frozenset(load()["event_nouns"]["assault"]) \
    | frozenset(load()["event_nouns"]["protest"])
"""Things whose telling is an account, not a judgement: hazards, the circumstances one is in, periods of time, attacks
and protests witnessed ("the storm was terrible", "the mood was tense", "the night was long", "the attack was horrific",
"the protest was peaceful":
the labelling guide's witness, who holds no stance)."""
_CALLED_ADJECTIVES = frozenset(load()["stances"]["judging_oppose_adjectives"].split()) \
    | frozenset(load()["stances"]["judging_support_adjectives"].split())


def _judged_thing(text: str, start: int, end: int) -> bool:
    """Whether the telling between ``start`` and ``end`` calls an act or a measure (`names_act`; no hazard or
    circumstance) good or bad (`_CALLED_THING`) by a word of strong tone in VADER's lexicon or one of the lexicon's judging adjectives ("said the
    tax was deeply unfair", "said the deal was a good compromise"): a judgement of that thing, a position. A
    participle in -ed tells what was done to it ("the road was badly damaged"), no judgement, unless a judging
    adjective ("unfounded")."""
    m = _CALLED_THING.search(text, start, end)
    if m is None or m.group(1) in _NOT_JUDGED or not names_act(m.group(1)):
        return False  # "the harvest was good", "the water was clean": things told of, no act or measure judged
    from summariser.rules.sentiment import analyser  # loaded only when a collective tells something
    words = [w for w in (m.group(2), m.group(3)) if w and (not w.endswith("ed") or w in _CALLED_ADJECTIVES)]
    return any(w in _CALLED_ADJECTIVES or abs(analyser().lexicon.get(w, 0.0)) >= 1.5 for w in words)


_CLAUSE_STOP = re.compile(r"[.;!?]|$")


def _clause_end(text: str, at: int) -> int:
    """Where the sentence that goes on at ``at`` ends (its next full stop, semicolon or mark), at most 200 characters on."""
    m = _CLAUSE_STOP.search(text, at, min(len(text), at + 200))
    return m.start() if m else min(len(text), at + 200)


_HELD_BEFORE = re.compile(
    r"(?:\b[Aa]ccording\s+to|\b(?i:" + _event_nouns("protest", "request", "accuse", "threaten") + r")\s+(?:by|from))"
    r"\s+(?:(?:more\s+than|at\s+least|about|some|nearly|over|many|most|several|hundreds|thousands|dozens|tens|scores|"
    r"\d[\d,]*)\s+(?:of\s+)?)*(?:the\s+)?(?:(?!(?:of|for|and|or|in|on|at|to|with|from|by)\s)[A-Za-z][\w'\u2019-]*\s+){0,2}$")
"""Before a collective, where it holds what the sentence says without being its subject: "according to" (the source of
what is told, the labelling guide's holder when it states a position) or a noun of a protest, a demand, an accusation
or a threat and its agent's "by" or "from" ("a protest by students", "demands from unions", "criticism from rights
groups"), maybe behind a count and modifiers."""
_WHO_STATES = re.compile(r",\s+(?:who|many\s+of\s+whom|most\s+of\s+whom)\s+(?:(?:have|has|had|also|long)\s+)*[a-z]+")
"""A non-restrictive relative clause after a collective ("Palestinians, who say"): the collective is the subject of its
verb wherever it stands (Quirk et al. 1985, 17.22)."""
_QUOTE_CLOSED = re.compile(r"[,?!][\"\u201d]\s+(?:the\s+)?$")


_PARTITIVE_THE = re.compile(r"\b(?i:one|some|many|most|several|two|three|a\s+few|a\s+group)\s+of\s+the\s+(?:[\w-]+\s+){0,2}$")
"""A member or a part of a collective ("one of the villagers", "some of the protesters"): the collective itself, not
one named before (the labelling guide's unnamed collective, one `group` actor)."""
_QUOTE_THEN_SPEAKER = re.compile(r"[,?!][\"\u201d]\s+(?:(?:said|says|added|told\s+[A-Za-z]+)\s+)?(?:(?:one|some|many|several|"
                                 r"most|two|three|a\s+few)\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""A closing quote, maybe an inverted verb of saying, a partitive and modifiers before a collective ("...,' said one of
the villagers", "...,\" the angry farmers")."""
_SAID_NEXT = re.compile(r"\s+(?:said|says|added|told)\b")


def _quoted_position(text: str, at: int, end: int) -> bool:
    """Whether the collective at ``at`` speaks the quote that closes right before it ("'We reject this plan,' said one of
    the villagers", "'...,' the protesters said") and the quote states a position (`_POSITION_CUE` or a judged effect):
    the collective holds it, as the labelling guide's crowd that states a position does."""
    m = _QUOTE_THEN_SPEAKER.search(text, max(0, at - 60), at)
    if m is None or not (re.search(r"\b(?:said|says|added|told)\s", m.group()) or _SAID_NEXT.match(text, _end(text, end))):
        return False
    opening = max(text.rfind('"', max(0, m.start() - 400), m.start()), text.rfind("\u201c", max(0, m.start() - 400), m.start()))
    return opening >= 0 and bool(_POSITION_CUE.search(text, opening, m.start()) or _judged_effect(text, opening, m.start())
                                 or _judged_thing(text, opening, m.start()))


def _stating_groups(text: str, taken: set[str], lex: Lexicon, named: frozenset[str] | set[str]) -> list[Candidate]:
    """Collectives of people ("residents", "workers", "critics") found only as the subject of a verb of saying or of
    taking a side ("Residents say the plant poisons their water", "Many voters oppose the merger", "'...,' the
    miners said") or as the agent of its passive ("is opposed by thousands of residents"): `stated` actors, kept
    only where the stance layer finds them holding a position (the labelling guide: a crowd that states a position
    holds it; witnesses who only tell what they saw hold none). Not inside a quote, not members of a named actor,
    not a casualty toll, not "the ..." (those of a body named before) unless right after a closing quote."""
    found: dict[str, Candidate] = {}
    demonyms = [(d.group(), d.start(), d.end()) for d in _DEMONYMS.finditer(text)
                if d.group() not in _PEOPLES and demonym(d.group())]
    for word, at, end in sorted([(m.group(1), m.start(), m.end()) for m in word_matches(_STATING_NOUN, _STATING_FIRST, text)] + demonyms,
                                key=lambda w: w[1]):
        noun = word.lower()
        if word in _PEOPLES or word in _PARTY_MEMBERS or (word, at, end) in demonyms:
            noun = word  # "Many Kurds oppose", "Palestinians, who say", "Many Democrats oppose": named as written
        elif noun.capitalize() in _PEOPLES or noun in _BODY_GROUPS and _NAMED_BEFORE.search(text, max(0, at - 30), at):
            continue  # "kurds" is no word; "the two parties": bodies named one by one
        elif noun in _BODY_GROUPS:
            noun = (_narrowed(text, at, end, lex) or noun).lower()  # "rights groups": the set the article means
            if slug(noun) in taken or any(n.endswith(f"-{slug(noun)}") or n == slug(noun) for n in taken | set(named)):
                continue  # "groups" where "human rights groups" is an actor: them
        if opposition := _OPPOSITION_BEFORE.search(text, max(0, at - 12), at):
            noun, at = f"opposition {noun}", opposition.start()  # "Opposition lawmakers said": a collective of its own
        if slug(noun) in taken or slug(noun) in named or in_quotation(text, at):
            continue
        if word[0].isupper() and _NAME_GOES_ON.match(text, end):
            continue
        quoted = _quoted_position(text, at, end)  # "'We reject it,' said one of the villagers"
        partitive = _PARTITIVE_THE.search(text, max(0, at - 20), at)  # "One of the strikers said"
        if text.endswith(("the ", "The "), 0, at) and not _QUOTE_CLOSED.search(text, max(0, at - 8), at) \
                and not quoted and not partitive:
            continue
        relative = _WHO_STATES.match(text, end) is not None  # "..., Palestinians, who say": its clause's subject
        agent = _SIDE_TAKEN_BY.search(text, max(0, at - 120), at) is not None \
            or _HELD_BEFORE.search(text, max(0, at - 80), at) is not None  # "is opposed by thousands of residents"
        agent |= quoted
        if not (agent or _STATES_AFTER.match(text, end) or (said := _SAID_A_POSITION.match(text, end))
                and (noun in _SIDE_NOUNS and text.startswith(" of ", end) or noun in _STATING_GROUPS
                     or _POSITION_CUE.search(text, said.end(), _clause_end(text, said.end()))
                     or _judged_effect(text, said.end(), _clause_end(text, said.end()))
                     or _judged_thing(text, said.end(), _clause_end(text, said.end())))) \
                or not (agent or relative or _opens_clause(text, partitive.start() if partitive else at, lex)) or _members(text, at, named) \
                or _gives_a_toll(text, at, end) or _object_conjunct(text, at, lex):
            continue
        c = found.get(noun)
        if c is None:
            c = found[noun] = Candidate(noun, "group", at, {noun}, subject=True, acts=True, stated=True)
        c.mentions += 1
        c.forms.update(_group_phrases(text, at, end, lex))
        if modified := _common_modified(text, at, end, lex):
            c.forms.add(modified)
    return list(found.values())


_NOT_PREMODIFIERS = _PREPOSITIONS | _QUANTITIES | _APPROXIMATE | _ARTICLES | _PARTITIVE_NOT_MODIFIERS \
    | frozenset("toward towards against by to into than".split())


def _premodified(form: str, head: str, text: str, lex: Lexicon) -> bool:
    """Whether ``form`` is the collective's head behind its pre-modifiers only ("Anti-government protesters",
    "human rights groups", "Gdansk residents"): no function word, quantity, number, adverb, auxiliary or verb of
    the lexicon before it ("thousand supporters", "police toward protesters", "will hurt farmers"), and where the
    article writes it, the start of a noun phrase: after a clause's edge, a determiner, a quantity, a preposition or
    a past verb ("arrested anti-government protesters")."""
    words = form.split()
    if any(_verb_like(w.lower()) for w in words[1:-1]):
        return False  # "The layoffs brought workers": a verb and its object
    at = text.find(form)
    toks = _TOKEN.findall(text, max(0, at - 30), at) if at > 0 else []
    before = toks[-1:]
    if len(words) < 2 or words[-1].lower() != head or not all(
            w.isalpha() or "-" in w and w.replace("-", "").isalpha() for w in words[:-1]) or any(
            w.lower() in lex.STOP or w.lower() in _NOT_PREMODIFIERS or w.lower() in _AUXILIARIES or w.lower() in _OPENERS
            or w.endswith("ly") and _adverb_shaped(w) or _verb_on(w, words[k - 1] if k else (before or ["."])[0], lex)
            or lex.verb_starts(w.lower() + " ") and not (_noun_first(w, (before or ["."])[0], lex) if k == 0
                                                         else _base_noun(w) and _adjective_before(words, k - 1, lex))
            for k, w in enumerate(words[:-1])):
        return False  # ("aid workers", "Foreign aid workers": a noun that is also a verb modifies the collective)
    if not before:
        return at == 0
    w = before[0].lower()
    if w.isalpha() and (w.endswith("ing") or _verb_like(w)) and len(toks) >= 2 and not _verb_like(words[0].lower()):
        b = toks[-2].lower()  # "arrested striking dock workers": "dock workers" after the participle that opens the phrase
        if toks[-2] in _EDGE or b in _ARTICLES or b in _QUANTITIES or b in _PREPOSITIONS or b.isalpha() and _verb_like(b):
            return True
    if _verb_like(words[0].lower()):  # "Armed militias", "the displaced families"; not "firms that kept workers"
        return before[0] in _EDGE or _asked_participle(words[0], w) or w in _ARTICLES or w in _QUANTITIES or w[:1].isdigit() or w in _PREPOSITIONS
    return before[0] in _EDGE or w in _OPENERS or w in _NOT_VERB_BEFORE or w in _NOT_PREMODIFIERS or w[:1].isdigit() \
        or w in ("and", "or", "by", "between") or w.isalpha() and _verb_like(w) or before[0][:1].isupper()


_NAME_RUN = re.compile(r"[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+(?:[A-Z][\w'\u2019-]*|al-\w+|de|da|bin))*(?<!['\u2019]s)")
"""A run of capitalised words (a title and a name) right after, maybe with particles ("President Evo Morales")."""
_POSSESSIVE_AT = re.compile(r"\w?['\u2019]s?\b")
"""A possessive's mark at the end of a name run (the run stops before "'s", or takes the apostrophe of "Khan'")."""
_OF_COMMON = re.compile(r"\s+of\s+((?:the|their|its)\s+)?((?:[a-z0-9][\w'\u2019-]*\s+){0,2}[a-z][\w'\u2019-]*)")
"""An of-phrase of common words after a collective ("families of the missing miners", "relatives of detainees")."""
_WORD_OR_MARK = re.compile(r"[\w'\u2019-]+|[^\w\s]")
_NONSPACE = re.compile(r"\S+")


def _fuller_forms(c: Candidate, head: str, text: str, lex: Lexicon) -> None:
    """Add to a collective the fuller forms the article gives its head noun: with its participle or adjective first
    ("striking nurses", "unarmed villagers", after a clause's edge, an article, a quantity or a preposition, as
    `_modifier` reads them), and with an of-phrase of common words that says whose they are ("families of the missing
    miners", "relatives of the detained journalists", up to its last noun: not a verb after it). Aliases: the name
    stays the one `_name_by_fullest` picks; the labelling guide names a crowd by the article's fullest words."""
    low = text.lower()
    at = low.find(head)
    while at >= 0:
        end = at + len(head)
        if (at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "'-")) and not (end < len(low) and (
                low[end].isalnum() or low[end] in "'-\u2019")):
            toks = _WORD_OR_MARK.findall(text, max(0, at - 50), at)
            i = len(toks)
            while i and len(toks) - i < 3 and _modifier(toks, i - 1, lex) and toks[i - 1][:1].islower():
                i -= 1
            before = toks[i - 1].lower() if i else "."
            if i < len(toks) and any(_verb_like(t.lower()) or t.endswith("ing") for t in toks[i:]) and (
                    before in _ARTICLES or before in _QUANTITIES or before in _PREPOSITIONS or before[:1].isdigit()
                    or _asked_participle(toks[i], before) or toks[i].endswith("ing") and before in _FORCE_ACTS
                    or before in ".!?\"\u201c" or before == "," and _acts_next(text, end)):  # "On Monday, striking nurses
                # marched", not "..., embracing relatives": a participle's clause
                c.forms.add(text[text.rindex(toks[i], max(0, at - 50), at) : end])  # "striking nurses"
            if (of := _OF_COMMON.match(text, end)) and not in_quotation(text, at):
                words = of.group(2).split()
                while words and (words[-1] in lex.STOP or words[-1] in _AUXILIARIES or _verb_like(words[-1])
                                 or words[-1].endswith(("ing", "ly"))
                                 or lex.verb_starts(words[-1] + " ") and not words[-1].endswith("s")):
                    words.pop()  # "relatives of the victims gathered": the verb is no word of the phrase
                stop = of.start(2) + [w.end() for w in _NONSPACE.finditer(of.group(2))][len(words) - 1] if words else end
                whole = bool(words) and len(words) == len(of.group(2).split())
                name = _NAME_RUN.match(text, stop) if whole else None
                if name is not None and _POSSESSIVE_AT.match(text, name.end() - 1):
                    words = []  # "Supporters of former Prime Minister X's party": the name owns a further noun, no cut
                elif name is not None:
                    stop = name.end()  # "Supporters of former President Evo Morales": the name the common words open
                elif words and len(words) == len(of.group(2).split()) and text[stop : stop + 2].strip()[:1].isupper():
                    words = []  # a name that is no run of capitalised words: no phrase cut inside it
                if words and not any(w in lex.STOP for w in words):  # the article's own slice, its spacing kept
                    c.forms.add(text[at:stop])
        at = low.find(head, end)


def _only_possessed(form: str, text: str) -> bool:
    """Whether every use of ``form`` in ``text`` is a plural possessive before a noun ("farmers' union")."""
    at, found = text.find(form), False
    while at >= 0:
        end = at + len(form)
        if not text.startswith(("' ", "\u2019 "), end):
            return False
        found, at = True, text.find(form, end)
    return found


def _name_by_fullest(c: Candidate, text: str, lex: Lexicon) -> None:
    """Name a collective by the fullest form the article uses with its pre-modifiers ("Anti-government protesters
    gathered ... the protesters": "Anti-government protesters"; the labelling guide's `name`), the bare noun and the
    shorter forms staying its aliases; the first such form where two are as long."""
    head = c.name.split()[-1].lower()
    # a form met only as a plural possessive ("France's largest farmers' union") names the body it modifies, not them
    c.forms -= {f for f in c.forms if f != c.name and " " in f and _only_possessed(f, text)}
    # drop the forms that end in the head behind words that are no modifiers ("boats ferried residents", "thousand nurses")
    c.forms -= {f for f in c.forms if f != c.name and " " in f and f.split()[-1].lower() == head
                and f.lower().removeprefix("the ") != head and "'" not in f and "\u2019" not in f
                and not _premodified(f, head, text, lex)}  # "the victim's family" stays
    full = [f for f in c.forms if _premodified(f, head, text, lex) and len(f.split()) > len(c.name.split())]
    if full:
        c.forms.add(c.name)
        c.name = max(full, key=lambda f: (len(f.split()), -text.find(f), f))
        words = c.name.split()
        c.forms.update(" ".join(words[i:]) for i in range(1, len(words) - 1)  # "angry dock workers": "dock workers";
                       if not (words[i - 1][:1].isupper() and words[i][:1].isupper()))  # not "Kong protesters"
    if c.kind == "group" and head not in _BODY_GROUPS and head not in _COUNTED_GROUPS:
        _fuller_forms(c, head, text, lex)  # ("rights groups", "armed groups": two sets, named apart)
    if c.kind == "group":
        _counted_forms(c, text)


_ROUND_COUNT_BEFORE = re.compile(r"(?<![\w-])(?:(?:[Tt]ens|[Hh]undreds)\s+of\s+thousands|[Tt]housands|[Hh]undreds|[Dd]ozens|"
                             r"[Ss]cores|[Mm]illions)\s+of\s+$")
"""A count of people in the plural of a round number and "of" before a collective ("Thousands of", "tens of thousands
of"; Quirk et al. 1985, 5.9 on partitives): how the article first names the crowd."""


def _counted_forms(c: Candidate, text: str) -> None:
    """Add to a collective each of its forms with the count before it, as the article writes it ("Thousands of
    opposition supporters marched": also "Thousands of opposition supporters"): an alias the scorer and the mentions
    may meet, the name staying the collective's words."""
    for form in sorted(c.forms):
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum() \
                    and (count := _ROUND_COUNT_BEFORE.search(text, max(0, at - 40), at)):
                c.forms.add(text[count.start() : end])
            at = text.find(form, end)


def _role_groups(text: str, taken: set[str], lex: Lexicon, named: frozenset[str] | set[str],
                 groups: list[Candidate], bodies: int = 0) -> list[Candidate]:
    """Collectives named by a noun of people by role or circumstance ("shopkeepers", "parents"), of a set of
    people ("the crowd", "the opposition", "opposition parties") or, counted, "people" ("tens of thousands of
    people"): an actor only where a mention is the subject of a finite verb of acting (`_acting`), not members
    of a named actor; the background people such nouns name far more often ("families", "owners") are none."""
    found: dict[str, Candidate] = {}
    # the article's first collective, where it comes before any body (``bodies``): named with "the", it refers back to
    # no one ("The minister resigned. The opposition lawmakers ... welcomed the decision"), as in `_groups`
    roles = word_matches(_ROLE, _ROLE_FIRST, text)  # searched once: the whole article, read twice below
    first = min([c.first for c in groups if c.kind == "group"] + [m.start() for m in roles], default=-1)
    first = first if first < bodies else -1
    for m in roles:
        noun, at, end = m.group(2).lower(), m.start(), m.end()
        if m.group(2)[0].isupper() and _NAME_GOES_ON.match(text, end):
            continue  # "the Opposition Alliance", "Families First": a word of a name
        if noun in _NAMED_ONE_BY_ONE:
            if _OF_A_NAME.match(text, end) or _NAMED_BEFORE.search(text, max(0, at - 30), at) \
                    or noun in _QUANTITIES and text.startswith(" of ", end):
                continue  # "the governments of France and Germany", "the two governments", "successive governments":
                # bodies named one by one, or one body over time; "groups of young men": a quantity
            noun = _NAMED_ONE_BY_ONE[noun] if m.group(2)[0].isupper() else noun  # "Democrats", "MPs"
            if noun in _MODIFIED_ONLY and not m.group(1) and not _made_a_set(text, at, lex):
                continue  # "Taliban leaders", "Leaders": those of a body
        if m.group(1):
            noun = f"opposition {noun}"
        elif noun == "opposition":
            nxt = _NEXT_WORD.match(text, end)
            if nxt and nxt.group(1).endswith("s") and nxt.group(1) not in _AUXILIARIES | _INACTIVE:
                noun, end = f"opposition {nxt.group(1)}", nxt.end()  # "opposition parties", "opposition MPs"
            elif nxt and not (_verb_like(nxt.group(1)) or nxt.group(1) in _AUXILIARIES | _PREPOSITIONS | _OPENERS):
                continue  # "opposition leader", "the opposition party": a modifier
        elif noun in _COUNTED_GROUPS and not _COUNTED_BEFORE.search(text, max(0, at - 60), at) \
                and not _set_of_people(text, at, lex) and not _PROTESTS_NEXT.match(text, end):
            continue  # "people" uncounted and unmodified: people in general, unless they protest (a crowd)
        # the target of an act ("police arrested 40 shopkeepers"), but not people counted as a toll or an arrest's
        # ("arrested 74 people": the crowd of the article, more often than not)
        acting = _acting(text, at, end, lex) or _passive_agent(text, at, lex) \
            or noun not in _COUNTED_GROUPS and (_targeted_group(text, at) or _passive_target(text, at, end)) \
            or noun in _COUNTED_GROUPS and _set_of_people(text, at, lex) and _asked_to(text, at) \
            and not in_quotation(text, at)  # "urged young people to get vaccinated": a set of people asked
        if not (acting or _states(text, at, end, noun, lex)) or _members(text, at, named) \
                or noun not in _COLLECTIVES and text.endswith(("the ", "The "), 0, at) and at != first:
            continue  # "the workers": those of a body named before, as for `groups`; "the crowd" is how one is named
        if noun in _BODY_GROUPS:  # "rights groups" and "armed groups" are two sets: named with what narrows them
            noun = _narrowed(text, at, end, lex) or noun
            if noun in found:
                found[noun].mentions += 1
                found[noun].stated &= not acting
                continue
            found[noun] = Candidate(noun, "group", at, {noun} | ({modified} if (modified := _common_modified(
                text, at, end, lex)) else set()), subject=True, acts=True, mentions=1, stated=not acting)
            continue
        # "the crowd" of an article that has its protesters: them (the lexicon's crowds), not a second collective
        c = found.get(noun) or (next((g for g in groups if g.name in _CROWDS), None) if noun in _CROWD_NOUNS else None)
        if c is None:
            c = found[noun] = Candidate(noun, "group", at, {noun}, subject=True, acts=True, stated=not acting)
        c.mentions += 1
        c.stated &= not acting
        c.forms.update(_group_phrases(text, at - 4 if text.endswith(("the ", "The "), 0, at) else at, end, lex))
        if modified := _common_modified(text, at, end, lex):
            c.forms.add(modified)
    _singular_groups(text, found, lex)
    for m in _COMPOUND.finditer(text):  # "Thousands of steelworkers marched", "Firefighters rescued 20 people"
        word, at = m.group(), m.start()
        if m.group(1).lower() not in english_words() or in_quotation(text, at) or _members(text, at, named) \
                or text.endswith(("the ", "The "), 0, at) or not (_acting(text, at, m.end(), lex) or _passive_agent(
                    text, at, lex) or _targeted_group(text, at)):
            continue
        _count_group(found, word.lower(), at, _group_phrases(text, at, m.end(), lex))
    for m in _DEMONYMS.finditer(text):  # "Ukrainians fled", "Thousands of Venezuelans crossed the border"
        word, at = m.group(), m.start()
        if not (demonym(word) or word in _PEOPLES) or _NAME_GOES_ON.match(text, m.end()) \
                or text.endswith(("the ", "The "), 0, at) and word not in _PEOPLES \
                or not (_acting(text, at, m.end(), lex) or _passive_agent(text, at, lex)
                        or _asked_to(text, at) and not in_quotation(text, at)) or _members(text, at, named):
            continue  # "the Americans": the state's people named before, or its government; "urged Britons to stay home"
        _count_group(found, word, at, _group_phrases(text, at, m.end(), lex))
    for m in word_matches(_BARE_COUNT, _BARE_COUNT_FIRST, text):  # "Thousands took to the streets", "tens of thousands marched"
        if in_quotation(text, m.start()):
            continue
        if (by := _PASSIVE_BY.search(text, max(0, m.start() - 80), m.start())) and not by.group(2) \
                and by.group(1) not in _INACTIVE and by.group(1) not in _SUFFERED:
            pass  # "Vigils were attended by thousands": the crowd that attends (the labelling guide)
        elif not _opens_clause(text, m.start(), lex) or not _acts_next(text, m.end()) \
                or _running_total(text, m.start(), m.end()):  # "Thousands have fled since March": a toll's figure
            continue
        if (before := _TOKEN.findall(text, max(0, m.start() - 40), m.start())) and _modifier(before, len(before) - 1, lex):
            continue  # "Exam scores rose", "Campaign millions flowed": a plural noun with its modifier, no bare count
        noun = m.group(1).lower()  # the article's word for the crowd (the labelling guide), or its protesters
        c = found.get(noun) or next((g for g in groups if g.name in _CROWDS), None)
        if c is None:
            c = found[noun] = Candidate(noun, "group", m.start(), {noun}, subject=True, acts=True)
        c.mentions += 1
        c.forms.add(m.group())
    return [c for n, c in found.items() if slug(n) not in taken]


def _count_group(found: dict[str, Candidate], noun: str, at: int, phrases: set[str]) -> None:
    """One more mention of the collective ``noun`` at ``at``, as ``phrases``: a new acting collective the first time."""
    c = found.get(noun)
    if c is None:
        c = found[noun] = Candidate(noun, "group", at, {noun}, subject=True, acts=True)
    c.mentions += 1
    c.forms.update(phrases)


_BARE_COUNT = re.compile(r"\b(?:(?:[Tt]ens|[Hh]undreds)\s+of\s+)?([Tt]housands|[Hh]undreds|[Mm]illions|[Dd]ozens|[Ss]cores)\b"
                         r"(?!\s+(?:of|more|upon)\b|[\w-])")
"""A number of people with no noun, the head of its noun phrase (Quirk et al. 1985, 5.44 on quantifiers used as
pronouns): "Thousands fled", "tens of thousands marched"; not "thousands of people" nor "thousands more"."""
_BARE_COUNT_FIRST = heads(["tens", "hundreds", "thousands", "millions", "dozens", "scores"])
"""The words a match of `_BARE_COUNT` starts with, for `word_matches` (written twice: tests/rules/test_speed34r.py
fails where the pattern has a word these lack)."""


_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_NAMED_BEFORE = re.compile(rf"(?:\b(?:[Tt]he|[Bb]oth)\s+(?:(?:{'|'.join(sorted(_WORDS['cardinals'].split()))}|\d+)\s+)?"
                           r"(?:[a-z]+\s+)?|\b(?i:successive|previous|past|former|future|earlier|later)\s+)$")
"""Before a plural: a determiner of members named before ("the two governments", "both parties", "the rival parties") or
an adjective of succession in time ("successive governments", "previous governments": one body at several times)."""
_DEMONYMS = re.compile(r"\b[A-Z][a-z]+s\b(?![\w'\u2019-])")
"""A capitalised plural, maybe a nationality's or a region's people ("Ukrainians", "Europeans"): `demonym` decides,
or the lexicon's peoples and faiths ("Kurds", "Christians": `_PEOPLES`)."""
_PASSIVE_BY = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:(?:[a-z]+ly|also|later|then|already|since)\s+)?"
                        r"([a-z]+(?:ed|en|wn|t))\s+by\s+(?:the\s+)?((?:[\w'-]+\s+){0,2})$")
"""A finite passive's participle and "by", maybe with up to two modifiers after it: a collective next is its agent."""


def _states(text: str, at: int, end: int, noun: str, lex: Lexicon) -> bool:
    """Politicians or bodies in the plural as the subject of a verb of saying ("Opposition MPs said the budget was a
    betrayal", "'...,' rights groups said"): unlike residents who say what they saw, they state a position (the
    labelling guide's opposition lawmakers); not when what they say is a toll."""
    if noun.split()[-1].lower() not in _NAMED_ONE_BY_ONE or in_quotation(text, at):
        return False
    return bool(_SAYS_AFTER.match(text, _end(text, end))) and _opens_clause(text, at, lex) \
        and not _gives_a_toll(text, at, end)


def _made_a_set(text: str, at: int, lex: Lexicon) -> bool:
    """A modifier right before the noun that makes it a set of its own ("world leaders", "European leaders",
    "Religious leaders"), not a name's ("Taliban leaders") nor none ("Leaders")."""
    toks = _TOKEN.findall(text, max(0, at - 30), at)
    if not toks or not _modifier(toks, len(toks) - 1, lex):
        return False
    w = toks[-1]
    if w.islower() or demonym(w):
        return True
    # a capitalised English word at a sentence's start ("World leaders"), unless the article writes it capitalised
    # inside a sentence too, as a name ("Taliban leaders met ... the Taliban said")
    return (len(toks) == 1 or toks[-2] in _EDGE) and not any(
        text[i - 2 : i] not in (". ", '" ', "\u201c ") and text[i - 1] == " " for i in _occurrences(text, w + " ") if i > 1)


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text`` (a plain search: the word comes from the text)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _narrowed(text: str, at: int, end: int, lex: Lexicon) -> str | None:
    """A plural body with the modifiers before it ("Human rights groups", "aid agencies", "Western governments"):
    the set of bodies the article means, which the bare noun ("groups") does not name."""
    phrase = _group_phrase(text, at, end, lex)
    core = phrase[: len(phrase) - len(text[end : _end(text, end)])]
    modified = _common_modified(text, at, end, lex) or ""
    best = max(core, modified, key=len)
    return best if len(best) > end - at else None


def _passive_agent(text: str, at: int, lex: Lexicon) -> bool:
    """A collective as the agent of a finite passive of an act of a kind or of a position, maybe behind its modifiers,
    outside quotes ("the reform was criticised by opposition lawmakers", "the plan was welcomed by local councillors"):
    it did the act; not one of care or routine ("his heart was restarted by doctors": part of the attack's event)."""
    m = _PASSIVE_BY.search(text, max(0, at - 120), at)
    if m is None and (m := _PASSIVE_BY_AND.search(text, max(0, at - 160), at)):
        # "the plan was condemned by the opposition and rights groups": the second agent of the passive
        return (m.group(1) in _TARGETING or m.group(1) in _JUDGING) and not in_quotation(text, at)
    return m is not None and (m.group(1) in _TARGETING or m.group(1) in _JUDGING) and not in_quotation(text, at) \
        and not any(w.lower() in lex.STOP or w.lower() in _QUANTITIES for w in m.group(2).split())


_PASSIVE_BY_AND = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:(?:[a-z]+ly|also|later|then|already|since)\s+)?"
                             r"([a-z]+(?:ed|en|wn|t))\s+by\s+[^,;.:!?\"\u201c\u201d]{1,80}?\s+and\s+(?:the\s+)?"
                             r"(?:\d[\d,]*\s+|[a-z][a-z-]+\s+){0,2}$")
"""A finite passive's participle, "by", a first agent and "and": a collective next is a second agent."""


def _set_of_people(text: str, at: int, lex: Lexicon) -> bool:
    """"people" narrowed by a modifier right before it ("young people", "Local people", "indigenous people"): a set of
    people who can act together; not a quantity, a determiner or a verb ("many people", "said people")."""
    toks = _TOKEN.findall(text, max(0, at - 30), at)
    if not toks:
        return False
    w = toks[-1].lower()
    return w.isalpha() and w not in lex.STOP and w not in _NOT_MODIFIERS and w not in _QUANTITIES \
        and not (w.endswith("ly") and never_nouns().get(w) == "v") and _modifier(toks, len(toks) - 1, lex)  # "elderly"


_PROTESTS_NEXT = re.compile(r"(?:\s+(?:in|across|from|throughout|outside|around)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
                            r"(?:\s+(?:have|had))?\s+(?:" + "|".join(sorted(
                                {c for c in ACTION_CUES["protest"] if c.split()[0].endswith(("ed", "took", "went"))},
                                key=lambda c: (-len(c), c))) + r")\b")
"""After "people", maybe behind a phrase of place, a past act of protest ("People across the country took to the
streets", "People in Lenz marched"): the crowd the labelling guide makes a group, counted or not."""
_CROWDS = frozenset(_WORDS["crowds"].split())
_CROWD_NOUNS = frozenset(("crowd", "crowds"))
_OPPOSITION_BEFORE = re.compile(r"\b(?i:opposition)\s+$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?i:" + "|".join(sorted(set(_WORDS["cardinals"].split()) | {"tens", "group", "crowd"}))
                             + r"))\S*\s+(?:of\s+)?(?:[a-z]+\s+)?$")
"""A number before a noun, maybe through "of" and a modifier ("200 people", "thousands of local people", "a group
of people"); not a vague quantity ("many people", "some people": people in general)."""


_REQUEST_HEADS = frozenset(cue.split()[0] for cue in ACTION_CUES["request"] if cue.split()[0].endswith("ed")) | {"pled"}
_ASKING_HEADS = _REQUEST_HEADS \
    | frozenset(f for v in _WORDS["directing_verbs"] for f, tag in tagged_forms(v).items() if tag == "past")
_TO_INFINITIVE = re.compile(r"[\w'\u2019-]*\s+(?:not\s+)?to\s+(?!(?:the|a|an|their|its|his|her|this|that|these)\b)[a-z]+\b")
"""A request's addressee and its infinitive ("urged residents to stay indoors", "called on young voters to register",
"appealed to pilgrims not to travel"; Quirk et al. 1985, 16.64 on object + to-infinitive after verbs of asking): the
collective is the target of the request, the labelling guide's call or appeal to X."""
_FOR_A_THING = re.compile(r"[\w'\u2019-]*\s+for\s+(?!example\b|instance\b|its\b|the\s+(?:first|last|second)\b|(?:[\w-]+\s+)?(?:"
                          + "|".join(sorted(_WORDS_STANCES["time_nouns"].split())) + r")\b)")
"""After the one asked, "for" and the thing asked for ("asked wealthy donors for help", "appealed to residents for calm";
Quirk et al. 1985, 16.55 on the prepositional object of "ask"); not a time ("for weeks") nor a thing's own quality
("appealed to rural voters for its simplicity": appeal as attract)."""

_WORD_AT = re.compile(r"[\w'\u2019-]+")
"""The word at a position."""


def _asked_to(text: str, at: int) -> bool:
    """Whether the collective at ``at`` is asked or ordered to do something: after a past verb of asking (the request
    cues') or of ordering (the lexicon's directing_verbs), maybe through "on" or "to" and two modifiers, and before
    "to" and a verb (`_TO_INFINITIVE`); or after a verb of asking and before "for" and the thing asked (`_FOR_A_THING`)."""
    infinitive = _TO_INFINITIVE.match(text, at)
    word = _WORD_AT.match(text, at)
    if not infinitive and word is not None and (listed := _LISTED_PEOPLE.match(text, word.end())):
        infinitive = _TO_INFINITIVE.match(text, listed.end())  # "asked parents and local residents to stay calm"
    if not (infinitive or _FOR_A_THING.match(text, at)) or word is not None and word.group().lower() in _BODY_GROUPS \
            and not _common_modified(text, at, word.end(), EN):  # (not "urged all parties", "urged the parties")
        return False  # "urged all parties to exercise restraint": the sides, no collective of people ("armed groups" is)
    heads = _ASKING_HEADS if infinitive else _REQUEST_HEADS  # "told residents for the first time": no thing asked for
    toks = _TOKEN.findall(text, max(0, at - 80), at)[-8:]
    k, steps = len(toks) - 1, 0
    while k >= 0 and steps < 4:  # the verb, behind at most three modifiers or a count
        w = toks[k]
        if w in heads or w in ("on", "upon", "to") and k and toks[k - 1] in heads:
            return True
        if w == "and" and k >= 2 and (toks[k - 1].lower() in _PLURAL_PEOPLE or toks[k - 1].lower() in EN.INSTITUTIONS):
            k -= 2  # "urged the army and armed groups to": the list's first item and its article, then the verb
            k -= toks[k] == "the" if k >= 0 else 0
            steps += 1
            continue
        if not (w[:1].isalnum() and w.lower() not in _AUXILIARIES and w.lower() not in _OPENERS
                and w.lower() not in _PREPOSITIONS and w.lower() != "the"):
            return False  # "urged the crowd to": one named before, as for `_groups`
        k, steps = k - 1, steps + 1
    return False


def _targeted_group(text: str, at: int) -> bool:
    """A collective right after an action verb of a kind, maybe through its particle, outside quotes
    ("police arrested protesters", "fired on demonstrators", "opened fire on protesters"): the act's target; or the
    addressee of a request (`_asked_to`)."""
    if in_quotation(text, at):
        return False
    if _asked_to(text, at):
        return True
    toks = _TOKEN.findall(text, max(0, at - 40), at)
    i = len(toks)
    while i and len(toks) - i < 3 and _modifier(toks, i - 1, EN):
        i -= 1  # "arrested anti-government protesters", "fired on striking dock workers": the verb is before the modifiers
    modified = adjectives = i < len(toks)
    if modified:
        at = text.rindex(toks[i], max(0, at - 40), at)
    if i and toks[i - 1] == "the":  # "police dispersed the protesters": the verb is before the article, and one of force
        at, modified = text.rindex("the", max(0, at - 44), at), True  # (not "urged the crowd", "pressed the rebels")
    if (co := _AND_BEFORE.search(text, max(0, at - 30), at)) and co.group(2).lower() in _PLURAL_PEOPLE \
            and _targeted_group(text, co.start(2)):
        return True  # "arrested protesters and journalists": the second collective is a target as well
    if _BETWEEN.search(text, max(0, at - 80), at):
        return True  # "clashes between police and protesters", "fighting between rebels and the army": both sides
    if (act := _ACT_ON.search(text, max(0, at - 50), at)) and not (
            (act.group(2) or act.group(3)) and act.group(1) in _KILLINGS):
        return True  # "an attack on civilians", "the arrest of dozens of students"; not "the killing of (30) villagers", its
        # victims, nor "an attack on 30 villagers" (a toll)
    if counted := _COUNT_BEFORE.search(text, max(0, at - 40), at) or _SET_BEFORE.search(text, max(0, at - 40), at):
        at = counted.start()  # "arrested 40 protesters", "detained dozens of students", "fired on a crowd of": the verb
    verb = _VERB_ON.search(text, max(0, at - 30), at)
    if verb is None:
        return False
    if verb.group(1) in ("at", "on", "against") and (aimed := _AIMED_AT.search(text, max(0, at - 60), at)) \
            and aimed.group(1) in _CUE_HEADS:
        return True  # "fired rubber bullets at protesters", "used tear gas on demonstrators"
    two = _TWO_WORDS_BEFORE.search(text, max(0, at - 40), at)
    if not counted and (vp := _VERB_PARTICLE.search(text, max(0, at - 30), at)) and vp.group(1) in _PHRASAL:
        return True  # "police fired on demonstrators", "troops cracked down on students": a prepositional verb of a kind
    if not counted and _USED_AGAINST.search(text, max(0, at - 60), at):
        return True  # "used live ammunition against protesters", "used force against students"
    if counted and verb.group(1) in _SUFFERED:
        return False  # "killed at least 40 villagers": a toll, whoever or whatever killed them (the labelling guide)
    past = verb.group(1).endswith("ed") or verb.group(1) in _ACT_PAST  # not "aid workers": a noun's modifier
    # behind its modifiers, the target of an act of force ("arrested anti-government protesters"), not of a meeting ("met
    # local politicians": those met in passing)
    acts = (_FORCE_ACTS | _JUDGING_PEOPLE if adjectives else _FORCE_ACTS) if modified else _TARGETING
    return past and (verb.group(1) in acts or verb.group(1) in _EVACUATED) \
        or bool(two) and " ".join(two.group(1).split()) in _PHRASAL


_FORCE_ACTS = frozenset(cue for kind in ("assault", "coerce", "sanction") for cue in ACTION_CUES[kind] if " " not in cue)
"""One-word forms of the acts of force, coercion and sanction: what they are done to are people."""
_JUDGING_PEOPLE = frozenset(f for v in _WORDS["judging_verbs"] for f, tag in tagged_forms(v).items()
                            if tag == "past")
"""Past forms of the verbs of praising, thanking and pardoning (the lexicon's judging_verbs: "praised health workers",
"pardoned political prisoners"): done to people as acts of force are, so that a collective behind its modifiers after
them is their target (unlike one met or visited, named in passing, or one admitted or welcomed). Not those of accusing:
measured, they made actors of collectives an accusation names in passing."""
_PASSIVE_AFTER_GROUP = re.compile(r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)"
                                  r"(?:(?:also|later|then|reportedly|allegedly|briefly|temporarily)\s+)?([a-z]+)\b")


def _passive_target(text: str, at: int, end: int) -> bool:
    """A collective as the subject of a finite passive of force, coercion or sanction, outside quotes ("Shopkeepers were
    detained by police", "Fans were banned from the stadium"): the act's target; not of a toll ("were killed"). Or of a
    passive of asking or ordering and its to-infinitive ("Residents were urged to stay indoors", "Tourists were ordered
    to leave"), told as done (not "if residents were asked to leave"): the one asked, the target of the request, as in
    the active (`_asked_to`)."""
    m = _PASSIVE_AFTER_GROUP.match(text, _end(text, end))
    return m is not None and (m.group(1) in _FORCE_ACTS or m.group(1) in _RELEASED
                              or m.group(1) in _ASKING_HEADS and bool(_TO_INFINITIVE.match(text, m.end()))
                              and not _unasserted(text, m.start(1))) \
        and m.group(1) not in _SUFFERED and not in_quotation(text, at)


_RELEASED = frozenset(f for v in _WORDS["releasing"] for f in forms(v))
"""Releasing people from custody (WordNet 3.0 release.v.01, free.v.06, pardon.v.02): those released are the targets of the
labelling guide's `concede` ("Thousands of detainees were freed under the amnesty")."""


_EVACUATED = frozenset(forms("evacuate"))
"""Evacuating people: part of a deployment in a crisis (the labelling guide's `mobilize`), those evacuated its target."""
_SET_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:an?|the)\s+(?:[a-z]+\s+)?(?:crowd|group|handful)\s+of\s+$")
"""A set noun and "of" before a collective ("a crowd of ", "a small group of "): the verb before it governs the collective."""
_AND_BEFORE = re.compile(r"(?<![\w'\u2019-])(([a-z]+))\s+and\s+(?:the\s+)?$")
_BETWEEN = re.compile(rf"\b(?i:{'|'.join(sorted(_ACT_NOUNS | set(_WORDS['two_sided'].split()), key=lambda n: (-len(n), n)))})"
                      r"\s+between\s+(?:the\s+)?"
                      r"(?:(?:[\w'-]+\s+){1,3}and\s+(?:the\s+)?)?$")
"""An act of two sides and "between", maybe the first side and "and" ("clashes between ", "talks between the union and
the "): the collective next is one side of it (the labelling guide: an actor is whoever does it or is its target)."""
_ACT_ON = re.compile(r"\b(" + _event_nouns("assault", "coerce", "sanction", "threaten")
                     + r")\s+(?:on|against|targeting|(of))\s+(?:the\s+)?(\S+\s+(?:of\s+)?)?$")
"""An act of force, a sanction or a threat and its target's preposition, maybe a count after it ("an attack on ", "the
arrest of dozens of ", "a crackdown against "): the collective next is its target."""
_KILLINGS = frozenset(n for n in load()["event_nouns"]["assault"])
"""Acts of force whose counted objects are a toll ("the killing of 30 villagers"), not a targeted collective."""


_CARDINAL = "|".join(sorted(_WORDS["cardinals"].split(), key=lambda w: (-len(w), w)))
_COUNT_BEFORE = re.compile(r"(?<![\w,.-])(?:(?:at\s+least|more\s+than|about|some|nearly|several|dozens\s+of|hundreds\s+of|"
                           r"thousands\s+of|scores\s+of)\s+)?(?:\d[\d,]*|dozens|hundreds|thousands|scores|several|"
                           rf"(?:{_CARDINAL})(?:-[a-z]+)?(?:\s+(?:{_CARDINAL}))?)\s+(?:of\s+)?$")
"""A count before a collective, in figures or in words ("40 ", "at least 200 ", "dozens of ", "three ", "two dozen "):
the verb before it governs the collective."""
_VERB_PARTICLE = re.compile(r"(?<![\w'\u2019-])([a-z]+\s+(?:on|upon|at|against|with))\s+(?:the\s+)?$")
"""A verb and its preposition right before a collective ("fired on ", "worked with the "): a prepositional verb, an act
of a kind where the lexicon's two-word cues have it."""
_USED_AGAINST = re.compile(r"\b(?:used|uses|using|deployed)\s+(?:[a-z-]+\s+){1,3}against\s+(?:the\s+)?$")
"""A use of something against people ("used live ammunition against ", "deployed tear gas against "): what it is used
against is its target (WordNet 3.0 use.v.01 with the adversative "against", Quirk et al. 1985, 9.59)."""
_TWO_WORDS_BEFORE = re.compile(r"(?<![\w'\u2019-])([a-z]+\s+[a-z]+)\s+(?:on|upon|at|against|with)\s+(?:the\s+)?$")
_PAST_ACT = re.compile(r"\s+(?:[a-z]{3,}ed|" + "|".join(sorted(_PAST_FORMS - _INACTIVE)) + r")\s+"
                       r"(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|their|its|his|her"
                       r"|(?!(?:was|is|has|this|thus|as|us|its|less|unless|across|towards|afterwards|besides)\b)[a-z]{3,}s)\b(?!\s+by\b)")
"""A past verb and the start of its object after a subject, maybe a bare plural ("chanted slogans", "threw stones"), no
passive's "by" after it."""


_GOVERNMENT = re.compile(
    r"\b((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)(?:['\u2019]s)?"
    rf"\s+(?:(?:{'|'.join(sorted(_WORDS['government_types'].split() + ['local', 'provincial', 'regional', 'state']))})\s+)?(?:[Gg]overnment|(?:(?:armed|security)\s+)?(?:{'|'.join(_WORDS['state_forces'].split())})"
    rf"|(?:{'|'.join(_WORDS['state_officials'].split())}))\b(?![\w-])"
)


_OFFICES = (rf"(?:{'|'.join(sorted(_WORDS['state_ministers']))})\s+minist(?:ers?|ry)"
            rf"|{'|'.join(sorted(_WORDS['state_offices']))}")
_OFFICE_OF = re.compile(rf"\b(?i:{_OFFICES})\s+of\s+(?:the\s+)?([A-Z][\w-]+)(?:\s+and\s+([A-Z][\w-]+))?\b")
_OFFICE_HELD = re.compile(rf"\b([A-Z][\w-]+)['\u2019]s\s+(?i:{_OFFICES})\b")


def _offices_held(text: str, candidates: list[Candidate]) -> None:
    """A one-word name that holds a state's office ("the foreign ministers of Ardenia and Velmora",
    "Ardenia's prime minister") is a state, where no gazetteer lists it and nothing in its name
    makes it a body."""
    holders = {n for m in _OFFICE_OF.finditer(text) for n in m.groups() if n} | {
        m.group(1) for m in _OFFICE_HELD.finditer(text)}
    for c in candidates:
        if c.kind == "organisation" and c.name in holders:
            c.kind = "state"


def _governments(text: str, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """States named by their government ("the Afghan government", "China's government") join the
    candidates: a government is the state acting, so one named twice, or as a subject, is kept."""
    states = {state_of(c.name): c for c in candidates if c.kind == "state"}
    for c in candidates:  # "Tehran summoned ... Iranian officials denied": the capital, where the state is not named
        if c.kind == "place" and c.name in CAPITALS and not c.places:  # "protests in Khartoum ... the Sudanese army": a place
            states.setdefault(CAPITALS[c.name], c)
    added: list[Candidate] = []
    forces: dict[str, Candidate] = {}
    names = {c.name for c in candidates}
    for m in _GOVERNMENT.finditer(text):
        start, word = m.start(), m.group(1)
        state = nationality(word) or state_of(word)
        if state is None and lex is EN and text[start : m.end()].endswith(("government", "Government")) and is_place(word) \
                and not in_quotation(text, start):
            # "Catalonia's regional government called a referendum": a region's government acting, an organisation
            # named after the region (the labelling guide's sub-national governments), its government an alias
            if _verb_after(text, m.end(), start, lex)[1] and not _SAYS_AFTER.match(text, m.end()) \
                    and not _NEGATED.match(text, m.end()):
                c = next((c for c in candidates + added if c.name == word), None)
                if c is None:
                    c = Candidate(word, "organisation", start, {word})
                    added.append(c)
                c.kind, c.acts, c.subject = "organisation", True, True
                c.forms.add(text[start : m.end()])
                c.mentions += 1
            continue
        if state is None and " " in word:  # "The Chinese government": the last word names it
            start, word = m.start() + word.index(" ") + 1, word.split(" ", 1)[1]
            state = nationality(word) or state_of(word)
        phrase = text[start : m.end()]
        made_up = state is None and lex is EN and phrase.endswith(("government", "Government")) and " " not in word \
            and bool(_DEMONYM_SHAPE.search(word)) and word.lower() not in english_words() and not is_place(word) \
            and word not in names
        if made_up:
            state = word  # "the Velmoran government": a nationality no gazetteer knows, the state it governs
        if state is None:
            continue
        if lex is EN and phrase.split()[-1].lower() in _STATE_FORCES and not in_quotation(text, start):
            # "Israeli troops raided", "Russia's forces shelled": the guide's row on a state's troops, one organisation
            # for that armed force named by the article's words; the state acts only where the article says it did
            # (in a quote, as before, the state's form: someone's words about it)
            c = forces.get(state)
            if c is None:
                c = forces[state] = Candidate(phrase, "organisation", start, {phrase})
                added.append(c)
            c.forms.add(phrase)
            c.forms.add(phrase.rsplit(None, 1)[-1])  # "troops": how the article may name it next
            c.mentions += 1
            subject, _ = _verb_after(text, m.end(), start, lex)
            c.subject |= subject
            c.acts |= subject
            continue
        if state not in states:
            named = None if made_up else re.search(rf"(?<![\w-]){re.escape(state)}(?![\w-])", text)
            name = state if named else phrase
            states[state] = Candidate(name, "state", named.start() if named else m.start(), {name})
            added.append(states[state])
        c = states[state]
        c.forms.add(phrase)
        c.mentions += 1
        if in_quotation(text, start):
            continue  # "the British government are breaking the law," she said: her words, not its act
        subject, acts = _verb_after(text, m.end(), start, lex)
        c.subject |= subject
        # a government that acts, or that the article names with its state again, is the state at work, not
        # as a possessive ("at the UK Government's briefing"); its forces only when they act ("Israeli troops raided")
        if phrase.endswith(("government", "Government")):
            c.acts |= acts or c.mentions > 1 and not text.startswith(("'s", "\u2019s"), m.end())
        else:
            c.acts |= subject
    for m in _STATE_ACT.finditer(text):  # "Israeli airstrikes killed 30", "US sanctions on Iran": the state did it
        state = nationality(m.group(1)) or state_of(m.group(1))
        if state in states and not in_quotation(text, m.start()):
            states[state].acts = True
    return candidates + added


_STATE_FORCES = frozenset(_WORDS["state_forces"].split())
_DEMONYM_SHAPE = re.compile(r"^[A-Z][a-z]{2,}(?:an|ese|ish)$")
"""A capitalised word shaped as a nationality adjective (Quirk et al. 1985, App. I.45: -an, -ese, -ish)."""
_STATE_ACT = re.compile(r"\b([A-Z][\w.]*)(?:['\u2019]s)?\s+(?:[a-z]+\s+)?("
                        + _event_nouns("assault", "sanction", "coerce", "threaten", "mobilize", "retreat") + r")\b(?![\w-])")
"""A state's nationality or name before an act of force, a sanction or a withdrawal ("Russian airstrikes",
"Israel's blockade", "US sanctions"): the state did the act."""


_GOVERNMENT_OF = re.compile(r"\b[Tt]he\s+(?:(?:" + "|".join(sorted(set(_WORDS["government_types"].split())
                                                                  | {"regional", "provincial", "state", "local"})) + r")\s+)?"
                            r"government\s+of\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+(?:and\s+|y\s+|of\s+)?[A-Z][\w'\u2019-]*)*)")


def _governments_of(text: str, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"The government of X" acting or named twice: X acting, a state ("the government of Peru") or,
    for a region or territory, a body named X ("the regional government of Castile and Leon asked")."""
    added: list[Candidate] = []
    for m in _GOVERNMENT_OF.finditer(text):
        run = [(w.group(), w.start()) for w in re.finditer(r"\S+", m.group(1))]
        words, titles = trim(run, lex)  # "the government of Prime Minister Boris Johnson": his government
        if not words:
            continue
        name = m.group(1)[words[0][1] : words[-1][1] + len(words[-1][0])]
        state = state_of(name)
        c = next((c for c in candidates + added if (state and c.kind == "state" and state_of(c.name) == state)
                  or c.name == name or c.kind == "person" and name in c.forms), None)
        if c is not None and c.kind == "person" or c is None and (
                titles or kind_of([w for w, _ in words], lex, frozenset()) == "person"):
            continue  # a person's government is no body named after them
        if c is None:
            c = Candidate(name, "state" if state else "organisation", m.start(), {name})
            added.append(c)
        c.forms.add(m.group())
        c.mentions += 1
        acts = _acts(text, m.end(), m.start(), lex)
        c.acts |= acts
        c.subject |= acts
    return candidates + added


_ACTION_STARTS = StartsWith(tuple(f"{cue} " for kind, cues in ACTION_CUES.items() if kind != "other" for cue in cues))
"""Whether a text starts with an action verb of a kind (deployed, banned, urged...), not a mere "said"."""
_THE_GOVERNMENT = re.compile(rf"(?:\b[Tt]he\s+|(?<=[a-z]['\u2019]s\s))(?:(?:{'|'.join(sorted(_WORDS['government_types'].split()))})\s+)?(?:{'|'.join(_WORDS['government_nouns'].split())})\b(?![\w-]|['\u2019]s|\s+of\b)")
"""The state's governing body without its state: "the government", "the regime", or a leader's ("President Maria
Castro's government", whose form here is "government")."""


def _the_government(text: str, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"The government" or "the regime" (WordNet 3.0 government.n.01) doing an act of a kind ("the
    government deployed troops", not "the government said") is the state the article names most, when one state is named more than any other: the
    government is the state acting (the labelling guide's `state`)."""
    states = sorted((c for c in candidates if c.kind == "state"), key=lambda c: -c.mentions)
    if not states:
        return candidates + _unnamed_government(text, candidates, lex)
    if len(states) > 1 and states[1].mentions >= states[0].mentions:
        return candidates
    state = states[0]
    for m in _THE_GOVERNMENT.finditer(text):
        if in_quotation(text, m.start()):
            continue
        after = _AUX_RE.sub("", text[m.end() + 1 : m.end() + 60].lower())
        acts = _ACTION_STARTS(after)
        verb = _VERB_ON.search(text, max(0, m.start() - 30), m.start())
        if acts or verb and (verb.group(1) in _TARGETING or " ".join(verb.group().split()) in _PHRASAL):
            # "urged the government to", "called on the government": the state is the act's target
            state.forms.add(m.group())
            state.mentions += 1
            state.acts |= acts
            state.subject |= acts
            state.targeted = True
        elif _SAYS_AFTER.match(text, m.end()):
            state.forms.add(m.group())  # "The government said the measure was needed": the state's alias, no act
            state.mentions += 1
    return candidates


def _unnamed_government(text: str, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"The government" of an article that names no state, no capital and no region that could govern:
    an actor named by the article's own words (`government`, the labelling guide's row on an unnamed
    government) when it acts or says what it does itself ("the government said it would not back down")."""
    if any(c.kind == "place" and (c.name in CAPITALS or c.name not in CITIES) for c in candidates) or any(
            c.kind == "organisation" and any(f.endswith(("government", "Government")) for f in c.forms) for c in candidates):
        return []  # "Hong Kong ... the government": the region's or the capital's state's, not a body of its own
    c = None
    for m in _THE_GOVERNMENT.finditer(text):
        if in_quotation(text, m.start()):
            continue
        end = m.end()
        if _acts(text, end, m.start(), lex) and not _SAYS_AFTER.match(text, end) or _SAYS_ITSELF.match(text, end):
            c = c or Candidate(m.group().split()[-1], "state", m.start(), subject=True, acts=True)
            c.forms.add(m.group())
            c.mentions += 1
    return [c] if c else []


_VERB_ON = re.compile(r"(?<![\w'\u2019-])([a-z]+)(?:\s+(?:on|upon|with|against))?\s+$")
"""The verb before a noun, maybe through the particle of a prepositional verb ("called on", "sided with")."""
_CUE_HEADS = frozenset(cue.split()[0] for kind, cues in ACTION_CUES.items() if kind != "other" for cue in cues)
"""The first words of the action cues of a kind ("fired" of "fired tear gas", "arrested")."""
_AIMED_AT = re.compile(r"(?<![\w'\u2019-])([a-z]+ed)\s+(?:[a-z-]+\s+){1,3}(?:at|on|against)\s+(?:the\s+)?$")
"""An act's past form, its short object and "at" or "on" before a collective ("fired tear gas at ", "used water
cannon on "): the collective is what the act is aimed at."""
_PHRASAL = frozenset(cue for kind, cues in ACTION_CUES.items() if kind != "other" for cue in cues if cue.count(" ") == 1)
"""Two-word action verbs of a kind ("called on", "worked with"): their object is a target too."""


_GOVERNMENTS = frozenset(_WORDS["government_nouns"].split()) | {"administration"}
_TEAM = re.compile(rf"\b([A-Z][\w'\u2019-]+) (?:{'|'.join(_WORDS['person_bodies'].split())})\b")
_TEAM_OF = re.compile(rf"\b[Tt]he ((?:{'|'.join(_WORDS['person_bodies'].split())})) of (?:[A-Z][\w.'\u2019-]*\s+){{0,4}}?"
                      r"([A-Z][\w'\u2019-]+)\b(?![\w'\u2019-]|\s+[A-Z])")
"""A person's campaign, team or party by "of" ("the party of Prime Minister Jan Novak")."""
_OWNED = re.compile(r"['\u2019]s$")


def _teams(text: str, actors: list[Candidate], lex: Lexicon, people: list[Candidate] = ()) -> list[Candidate]:
    """A person's campaign, administration, team or party as a body of its own ("the Biden campaign
    criticized", "the Trump administration has tried"), when it acts or is named twice; by a possessive
    or "of" ("Jan Novak's party voted", "the party of Jan Novak"), a body named by its noun, as an unnamed
    court is, whose person may be named only in passing (`people`: every person found)."""
    surnames = {c.name.split()[-1]: c for c in (*people, *actors) if c.kind == "person" and " " in c.name}
    found: dict[str, Candidate] = {}
    owned = [(m, _OWNED.sub("", m.group(1)), m.group().rsplit(None, 1)[-1]) for m in _TEAM.finditer(text)] \
        + [(m, m.group(2), m.group(1)) for m in _TEAM_OF.finditer(text)]
    for m, surname, noun in owned:
        if surname not in surnames:
            continue
        name = m.group()
        if surname != m.group(1) or m.re is _TEAM_OF:  # "Jan Novak's party", "the party of Jan Novak"
            if noun in _GOVERNMENTS:
                continue  # "Maria Castro's government": the state's, for the government rules
            given = surnames[surname].name[: -len(surname)]
            start = m.start() - len(given) if m.re is _TEAM and text.endswith(given, 0, m.start()) else m.start()
            c = found.setdefault(noun, Candidate(noun, "organisation", start, set()))
            c.forms.add(text[start : m.end()] if m.re is _TEAM else m.group()[4:])
            c.mentions += 1
            c.subject |= _acts(text, m.end(), m.start(), lex)  # it acts: not "Novak's party is the largest"
            continue
        # "the Trump administration", "the Modi government": a state's government named by its leader, the state acting
        kind = "state" if m.group().rsplit(None, 1)[-1] in _GOVERNMENTS else "organisation"
        c = found.setdefault(name, Candidate(name, kind, m.start(), {name}))
        if kind == "state":  # "the administration" after it: that government, a body's noun no more points at
            noun = m.group().rsplit(None, 1)[-1]
            c.forms.update(f for f in (f"the {noun}", f"The {noun}") if re.search(rf"\b{f}\b(?!\s+of\b)", text))
        c.mentions += 1
        c.subject |= _is_subject(text, m.end(), m.start(), lex)
    return [c for c in found.values() if c.subject or c.mentions > 1]


_TITLE_NOUNS = frozenset(_WORDS["titles"].split()) - frozenset(load()["stances"]["spokespersons"])
"""Titles a body's noun may qualify in an apposition ("Mr Smith, the union leader"), not a spokesperson's, who speaks
for the body (the labelling guide)."""
_UNNAMED = re.compile(rf"\b(?:[Tt]he|[Aa]n?) ((?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ch) )?(?:(?!said\b|its\b|their\b|his\b|her\b|same\b|new\b|other\b)[a-z]+ )?"
                      rf"(?:{'|'.join(_WORDS['unnamed_bodies'].split())}))\b"
                      rf"|\b((?:(?:{'|'.join(_WORDS['jurisdictions'].split())}) )?"
                      rf"(?:{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in _WORDS['unnamed_prosecutors'].split())}))\b"
                      rf"|\b(?:[Tt]he|[Aa]n?|[A-Z][\w-]+['\u2019]s) ((?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ch|ine) )?(?:[a-z]+(?:-[a-z]+)?(?<=s)['\u2019] |[a-z]+(?:-[a-z]+)? ){{0,2}}"
                      rf"(?:{'|'.join(sorted(_WORDS['unnamed_organisations'].split() + ['government']))}))(?![\w-]|\s+of\b)")
"""A court, jury or prosecutors by the article's words ("the federal court", "State prosecutors"), or
another body by its common noun behind up to two modifiers ("the company", "the city council", "the
national electricity regulator"); not a possessive ("the company's chief") nor a noun "of" something
("the council of elders", a name's head)."""
_BUSINESS = frozenset(_WORDS["business_nouns"].split())
_DIVISION_HEADS = frozenset(_WORDS["division_heads"].split())
_SUBNATIONAL = frozenset(_WORDS["subnational_levels"].split())
_ACCUSED_OF = re.compile(rf"\b(?:{'|'.join(sorted(c for c in ACTION_CUES['accuse'] if ' ' not in c))})\s+the\s+"
                         rf"((?:[a-z]+(?:-[a-z]+)?\s+){{0,2}}(?:{'|'.join(sorted(_WORDS['unnamed_organisations'].split()))}))\s+of\b")
"""A verb of accusing, "the", a body's noun and "of" ("accused the electoral commission of rigging"): the body is the
act's target (the "of" is the charge's, not a name's "of" as in "the council of elders")."""
_BY_ITS_MEMBERS = re.compile(r"^(?:[a-z]+\s+)?[a-z]+(?:-[a-z]+)?s['\u2019]\s")
"""A body's noun after its members' plural possessive ("the nurses' union", "the farmers' association"; Quirk et al.
1985, 5.115 on the descriptive genitive): the body of the people it names."""
_PROTEST_SAID = re.compile(rf"\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|confirmed)(?:\s+(?:on|last|late|early|in)\s+"
                           rf"(?:an?\s+)?[A-Za-z]+){{0,2}},?\s+(?:that\s+)?(?:the|its|their)\s+(?:[a-z-]+\s+)?"
                           rf"(?:{_event_nouns('protest')})\b(?!\s+(?:of|by|against)\b)")
"""A body that says what becomes of a strike, walkout or protest ("the nurses' union said the strike would continue"):
where the body is its members' (`_BY_ITS_MEMBERS`), their own act, which it announces (the labelling guide's row on a
spokesperson: an actor where what is said announces the body's own act), no fact about others."""
_UNION_OF_STATES = re.compile(rf"\b(?:{'|'.join(sorted(_WORDS['unions_of_states'].split()))})\s+Union\b")
"""A union of states ("European Union", "African Union", "Soviet Union"; the lexicon's unions_of_states), not a trade
union named by a nationality ("Canadian Union of Public Employees"): news calls a trade union "the union"."""
_INDEFINITE = frozenset(("A", "a", "An", "an"))
_GOVERNING_MODIFIERS = frozenset(_WORDS["governing_modifiers"].split())
_LEVELS = frozenset(("national", "federal"))
"""The level of a state's body before its other words ("the national electoral commission"): off its name, as a
nationality is, the fuller form an alias."""
_LOWER_BODIES = frozenset(_WORDS["lowercase_bodies"].split())
_BUSINESS_HEADS = frozenset(_WORDS["business_heads"].split())
_REGULATOR_HEADS = frozenset(_WORDS["regulator_heads"].split())
_NOT_MODIFIERS = frozenset(("said", "same", "new", "other", "whole", "entire", "own", "only", "very", "such", "former",
                            "latter", "next", "last", "first", "second", "third", "main", "big", "small", "one"))
"""Words before a body's noun that say which one, not what body it is ("the same company", "the
whole party", "the first court"); WordNet 3.0 has them as adjectives of identity, order or size."""
_NEGATED = re.compile(r"\s+(?:(?:has|have|had|is|was|were|did|does|do|will|would|could)\s+)?(?:not|never)\b|\s+\w+n['\u2019]t\b")
"""A verb negated right after its subject ("the union has not commented", "the company didn't"): nothing done."""
_DECLARES = re.compile(r"\s+(?:(?:has|had|also|then|later)\s+)?(?:"
                       + "|".join(sorted({f for v in load()["stances"]["declaring"] for f, tag in tagged_forms(v).items() if tag == "past"}))
                       + r")\s+(?:that\s+)?(?:the|a|an|his|her|their|its|him|them|[A-Z])")
"""A body and a past verb of declaring (the lexicon's stances.declaring, Levin 1993 29.4: "the court found the
governor guilty", "the court ruled that ..."): it rules, an act, though "found" is a private verb elsewhere."""
_QUOTE_BEFORE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{1,400})[,.!?][\"\u201d]\s+$")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


def _says_of_itself(text: str, at: int) -> bool:
    """Whether a quote ends right before a body's noun at ``at`` and speaks in the first person plural
    ("'We will fight this decision,' the union said"): the body's words about its own acts or position,
    not a fact it is the source of ("'The convoy arrived at nine,' the ministry said")."""
    m = _QUOTE_BEFORE.search(text, max(0, at - 420), at)
    return bool(m) and bool(_WE.search(m.group(1)))


_POSSESSED_VOICE = re.compile(rf"['\u2019]s\s+(?:[a-z]+\s+){{0,2}}(?:{'|'.join(sorted(load()['words']['titles'].split() + load()['stances']['spokespersons']))})(?=[\s,])")
"""A body's unnamed official or spokesperson ("the company's chief executive", "the union's spokeswoman"),
who speaks for the body (the labelling guide's unnamed speaker for a body)."""
_BODY_VOICES = re.compile(rf"(?<![\w'\u2019-])((?i:{'|'.join(sorted(_WORDS['unnamed_organisations'].split()))}))"
                          rf"\s+(?:{'|'.join(sorted(load()['stances']['agents']))})\b")
"""A body's noun before its unnamed people ("ministry officials", "company spokesman"): they speak for it."""
_BODY_VOICE_FIRST = heads(_WORDS["unnamed_organisations"].split())
"""The words a match of `_BODY_VOICES` starts with, for `word_matches`."""
_THEY_SAY = re.compile(r"\s+(?:(?:have|has|had|also)\s+)?(?:said|say|says|announced|confirmed)"
                       r"(?:\s+(?:on|last|late|early|in)\s+(?:an?\s+)?[A-Za-z]+){0,2},?\s+(?:that\s+)?(?:it|its|they|their)\s")
"""What a body's people say about the body ("said they would review", "said it would appeal")."""
_VOICED_BY = re.compile(rf"\b(?:{'|'.join(sorted(load()['stances']['agents']))})\s+(?:for|from|at|of|with)\s+$", re.IGNORECASE)
"""Who speaks for a body before its noun ("a spokesman for the company", "officials at the agency"): the body
speaks through them (the labelling guide's unnamed speaker for a body)."""
_ADVERB = re.compile(r"\s+([a-z]+ly)(?=\s)")
_SAYS_ITSELF = re.compile(r"\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|confirmed|told\s+[a-z]+)"
                          r"(?:\s+(?:on|last|late|early|in)\s+(?:an?\s+)?[A-Za-z]+){0,2},?\s+(?:that\s+)?(?:it|its)\s")
"""A body that says what it itself did, will do or holds ("the company said it would cut", "the
government said it would not back down"): it announces its own act or takes a position, as a body's
spokesperson does (the labelling guide), not the source of a fact about others."""


def _could_be(c: Candidate, head: str) -> bool:
    """Whether the body ``c`` may be what "the <head>" names again: a name that says no kind of body
    ("Verdi", "Morvel Foods", "ABS-CBN"), or one headed by that noun or a noun of that kind ("Acme
    Corp" for "the company", "the Energy Agency" for "the regulator")."""
    words = c.name.split()
    if len(words) == 1 and nationality(c.name):
        return False  # "a French company": the nationality of a body, not one
    if c.kind == "person" and (is_first_name(words[0]) or len(words) < 2) or c.kind not in ("organisation", "person") \
            or c.starts >= c.mentions:
        return False
    last = words[-1].lower().rstrip(".")
    return last not in ORG_WORDS or last in (head, head + "s") or head in _BUSINESS and last in _BUSINESS_HEADS \
        or head == "regulator" and last in _REGULATOR_HEADS


_KIND_WORDS = "|".join(sorted(set(_WORDS["body_classifiers"].split()) | _BUSINESS | set(ORG_WORDS), key=lambda w: (-len(w), w)))
_KIND_APPOSED = re.compile(rf",\s+(?:one\s+of\s+(?:the|its|[A-Z][\w.-]*['\u2019]s|the\s+\w+['\u2019]s)\s+(?:[\w'\u2019-]+\s+){{0,3}}?"
                           rf"(?P<many>{_KIND_WORDS})s|(?:the|a|an|its|[A-Z][\w.-]*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){{0,3}}?"
                           rf"(?P<one>{_KIND_WORDS}))\b"
                           rf"(?=\s*[,;.)]|\s+(?:that|which|of|in|for|with|at|based)\b)", re.IGNORECASE)
"""An apposition naming a body's kind right after its name (", Asia's fourth-largest carmaker,", ", one of the
country's largest retailers,"; Quirk et al. 17.65)."""
_KIND_BEFORE = re.compile(rf"\b[Tt]he\s+(?:[\w'\u2019-]+\s+){{0,3}}?({_KIND_WORDS})\s+$")
"""A body's kind as the classifier before its name ("the rights group ", "the Danish shipping company ")."""
_KIND_AFTER = re.compile(rf"\s+({_KIND_WORDS})\b(?![\w'\u2019-])", re.IGNORECASE)
"""A body's kind as the head noun after its name ("the IG Stahl union", "the Verdi trade union"; Quirk et al. 17.66,
the name as a modifier of its class noun)."""
_COMPANY_HEADS = frozenset(_WORDS["company_heads"].split())
_FINANCIAL_HEADS = frozenset(_WORDS["financial_heads"].split())
_BUSINESS_SYNONYMS = {noun: set(synset.split()) for synset in _WORDS["business_synonyms"] for noun in synset.split()}


def _kinds_of(text: str, c: Candidate) -> set[str]:
    """The nouns of kind the article gives the body ``c``: its name's head ("Fennick Bank": bank), an apposition
    after a mention (", Asia's largest carmaker,") or a classifier before one ("the shipping company X")."""
    heads = [c.name.split()[-1], *(re.split(r" (?:of|for) ", c.name, 1)[0].split()[-1:] if " of " in c.name
                                   or " for " in c.name else [])]  # "University of Kassandra": university
    kinds = {w.rstrip(".").lower() for w in heads if w.rstrip(".").lower() in ORG_WORDS or
             w.rstrip(".").lower() in _BUSINESS_HEADS}
    for form in c.forms:
        at = text.find(form)
        while at >= 0:
            if m := _KIND_APPOSED.match(text, at + len(form)):
                kinds.add((m.group("one") or m.group("many")).lower())
            if m := _KIND_BEFORE.search(text, max(0, at - 60), at):
                kinds.add(m.group(1).lower())
            if form == c.name and (m := _KIND_AFTER.match(text, at + len(form))):
                kinds.add(m.group(1).lower())  # (after the whole name: "Vantor" is followed by its own "Energy")
            at = text.find(form, at + len(form))
    return kinds


def _a_business(text: str, c: Candidate) -> bool:
    """Whether the article gives the body ``c`` a kind of business ("Fennick Bank", "X, a brokerage firm,") or no kind
    at all (`_kinds_of`): one whose experts speak for it, unlike a university's or an institute's."""
    kinds = _kinds_of(text, c)
    return not kinds or bool(kinds & (_COMPANY_HEADS | _BUSINESS_HEADS | _FINANCIAL_HEADS))


def _fit(text: str, c: Candidate, head: str, at: int) -> int:
    """How well the body ``c``, named before ``at``, fits "the <head>" that refers back to it (Quirk et al. 1985,
    5.28 on the anaphoric "the": the noun names the referent's kind): 2 where the article gives it that kind ("the
    bank" for Fennick Bank, "the carmaker" for "X, a carmaker"), 1 where it gives none or, for "the company" or "the
    firm", a kind of company (a carmaker, "Acme Corp"), 0 where its kind is another ("the company" for a bank)."""
    if all(text.rfind(f, 0, at) < 0 for f in c.forms):
        return 0
    kinds = _kinds_of(text, c)
    if kinds & ({head, head + "s"} | _BUSINESS_SYNONYMS.get(head, set())):
        return 2
    return 1 if not kinds or head in _COMPANY_HEADS and kinds <= _COMPANY_HEADS | (_BUSINESS_HEADS - _FINANCIAL_HEADS) else 0


_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself)\b")


def _firm_named_as_a_person(text: str, candidates: list[Candidate], at: int) -> Candidate | None:
    """The one name before "the company" (or another business noun at ``at``) that has a person's shape but is a
    given name and an English common noun ("Halvard Steel", a first name and an industry, as company names are
    made), named once, with no title, no person's apposition and no "he" or "she" between: the company it refers
    back to. Not "Tom Hill" where "he" or "his" follows, nor one of two such names."""
    could = [c for c in candidates if c.kind == "person" and c.first < at and c.mentions == 1 and not c.titled
             and not c.person_apposed and len(words := c.name.split()) == 2 and words[1][1:].islower()
             and words[1].lower() in english_words() and not _PERSONAL_PRONOUN.search(text, c.first, at)]
    return could[0] if len(could) == 1 else None


def _unnamed_bodies(text: str, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A court, jury, prosecutors, authorities or another body by the article's own words ("the federal
    court ruled", "State prosecutors said", "the union called a strike"): another mention of the named
    body of that kind before it ("the court" for the Bucharest Court of Appeal, "the company" for the
    company named last), else a body of its own when it acts or says what it does itself."""
    owned: dict[str, str] = {}  # the state that owns each body first named with a possessive
    bodies = sorted((c for c in candidates if c.kind == "organisation"), key=lambda c: c.first)
    found: dict[str, Candidate] = {}
    for m in _UNNAMED.finditer(text):
        name = m.group(1) or m.group(2) or m.group(3)
        at = m.start(1) if m.group(1) else m.start(2) if m.group(2) else m.start(3)
        if not m.group(2) and name[0].isupper() and not nationality(name.split()[0]):
            at += name.index(" ") + 1  # "the Harbour court": a word of a name the names' rules read, not a nationality
            name = name.split(" ", 1)[1]
        if m.group(3):
            words = name.split()
            while len(words) > 1 and (words[0] in lex.STOP or words[0] in _NOT_MODIFIERS
                                      or words[0].endswith(("ly", "est")) or words[0].isdigit()):
                words = words[1:]  # "the same company", "the largest union": the body's noun and what names it
            if in_quotation(text, m.start()):
                continue
            if (det := m.group().split(None, 1)[0]).endswith(("'s", "\u2019s")) and (not (
                    state_of(det[:-2]) or det[:-2] in CAPITALS or words[-1] == "party" and _GOVERNING_MODIFIERS.intersection(words)) or (nxt := _WORD_AFTER_RUN.match(text, m.end(3)))
                    and nxt.group(1) not in lex.STOP and not _verb_like(nxt.group(1))
                    and not lex.verb_starts(nxt.group(1) + " ")):
                continue  # "Nigeria's electoral commission": a state's body; not "Google's parent company" nor a
                # noun's modifier ("Italy's largest trade union confederation")
            at += len(name) - len(" ".join(words))
            name = " ".join(words)
            if len(words) > 1 and words[-1] in _LOWER_BODIES:
                continue  # "the foreign ministry": a state's body by its function, `_lowercase_bodies`' to judge
            if words[-1] == "government" and (len(words) < 2 or words[-2] not in _SUBNATIONAL):
                continue  # "the government", "the federal government": the state's (`_the_government`)
            if lex is EN and text.endswith(", ", 0, m.start()) and (nxt := _WORD_AFTER_RUN.match(text, m.end(3))) \
                    and nxt.group(1) in _TITLE_NOUNS:
                continue  # "said Mr Smith, the union leader": the body's noun qualifies the named person's title
        head = name.split()[-1].lower()
        end = at + len(name)
        verb_at = place.end() if (place := _OF_PLACE.match(text, end)) else end  # "a court in Lagos sentenced"
        if (adverb := _ADVERB.match(text, verb_at)) and never_nouns().get(adverb.group(1)) == "v":
            verb_at = adverb.end()  # "the council unanimously approved"
        says = bool(_SAYS_AFTER.match(text, verb_at))
        own = bool(_DECLARES.match(text, verb_at)) or says and _says_of_itself(text, m.start())
        does = not says and _acts(text, verb_at, m.start(), lex)
        acts = does or own
        targeted = False
        if m.group(3) and text.startswith(("'s ", "\u2019s "), end):  # "the company's chief executive said it would"
            voice = _POSSESSED_VOICE.match(text, end)
            if not voice or text.startswith(",", voice.end()) or not _SAYS_ITSELF.match(text, voice.end()):
                continue  # "the company's shares", "the company's chief executive, Lina Hart, said": no act of the body
            verb_at, own = voice.end(), True
        if m.group(3):  # "a commission engaged to study": an indefinite body acts only by an act of a kind
            indefinite = m.group().split(None, 1)[0] in _INDEFINITE
            acts = does and not indefinite \
                or indefinite and _ACTION_STARTS(_AUX_RE.sub("", text[verb_at + 1 : verb_at + 60].lower())) \
                or bool(_SAYS_ITSELF.match(text, verb_at)) or own \
                or not indefinite and bool(_BY_ITS_MEMBERS.search(name)) and bool(_PROTEST_SAID.match(text, end))
            acts = acts and not _object(text, m.start(), agent=False) \
                and not _NEGATED.match(text, verb_at)  # "shares in the company fell", "the union has not commented"
            if _VOICED_BY.search(text, max(0, m.start() - 40), m.start()):  # "a spokesman for the company said it would"
                acts = bool(_SAYS_ITSELF.match(text, verb_at))
            elif said := _SAID_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                # "he said the union was the best thing": the reported clause's subject, no speaker; it acts only
                # by an act of a kind ("said the company had banned ..."); an inverted speaker ("'We will fight
                # on,' said the union.") acts when its quote speaks of itself
                acts = _ACTION_STARTS(_AUX_RE.sub("", text[verb_at + 1 : verb_at + 60].lower())) and not says \
                    if not text.startswith((".", ",", ";"), end) else _says_of_itself(text, said.start())
            verb = _VERB_BEFORE.search(text, max(0, m.start() - 30), m.start())
            targeted = bool(verb) and verb.group(1) in _TARGETING  # "asked the agency to explain": the act's target
        named = [c for c in bodies if c.first < at and head in c.name.lower().split()]
        if not named and not m.group(2) and (m.group().split(None, 1)[0] in _INDEFINITE
                                             or m.group(3) and m.group().split(None, 1)[0].endswith(("'s", "\u2019s"))):  # "A Romanian court on Thursday convicted ...
            later = [c for c in bodies if c.first > at and head in c.name.lower().split()]  # ... the Bucharest Court of Appeal"
            named = [min(later, key=lambda c: c.first)] if later else []  # a lede's indefinite body, named further on
        if m.group(3) and head == "union":  # "the union" is a trade union, not the European Union (news usage)
            named = [c for c in named if not _UNION_OF_STATES.search(c.name)]
        modifiers = [w.rstrip("s") for w in name.lower().split()[:-1]]
        named = [c for c in named if all(w in c.name.lower() for w in modifiers)] or named
        if m.group(3) and not named and " " not in name and head in _BUSINESS and not any(_could_be(c, head) for c in candidates) \
                and (firm := _firm_named_as_a_person(text, candidates, at)):
            firm.kind = "organisation"  # "Halvard Steel cut 300 jobs, the company said": no other body it could be
        if m.group(3) and not named and " " not in name and (could := [c for c in candidates if _could_be(c, head)]):
            best = max((_fit(text, c, head, at), c.places < c.mentions, max(text.rfind(f, 0, at) for f in c.forms),
                        c.first <= at, -c.first, c.name, c) for c in could)  # a body, not a name met only as a place
            if best[0] == 0:
                continue  # "the company" after a union and a bank only: no body named before is of its kind
            last = best[2:]
            if head not in _BUSINESS or last[0] < 0:
                continue  # "Verdi ... the union said": a body the article names that may be it, no new one
            if not ((targeted or _object(text, m.start())) and not _STOP_BEFORE.search(text, last[0], at)):
                named = [last[-1]]  # "Morvel Foods ... the company said": the one named last before it
                named[0].kind = "organisation"  # "Acciaierie Padane ... the company": no person, whatever its name's shape
            # (not the object of a clause that names it: "the Halvorsen Group sued the company" is another company,
            # as a name never refers back to its own clause's subject; Chomsky 1981, binding principle C)
        if named:
            c = max(reversed(named), key=lambda c: c.mentions)  # "the appeals court": of those, the one named most
            form = m.group() if not m.group(3) else f"{m.group().split(None, 1)[0]} {name}"
            c.forms.add(form if form in text else name)  # "the court", "the appeals court"
            c.mentions += 1
            c.acts |= acts
            c.subject |= acts
            continue
        if head == "authorities" and " " not in name or any(c.name.lower() == name.lower() and c.starts < c.mentions
                                                            for c in bodies):
            continue  # (not one capitalised only at a sentence start: "Prosecutors charged", the common noun)
        if head in _LOWER_BODIES and any(b.group(2).split()[-1] == head for b in _LOWER_BODY.finditer(text, 0, m.start())):
            continue  # "Velmora's foreign ministry rejected the note. The ministry said": that ministry, no new one
        full = name
        if name.count(" ") >= 2 and name.split(" ", 1)[0] in _LEVELS:
            name = name.split(" ", 1)[1]  # "the national electoral commission": its level off, as a nationality is
        elif m.group(3) and " " in name and name[0].isupper() and nationality(name.split(" ", 1)[0]) and not state_of(name.split(" ", 1)[0]):
            name = name.split(" ", 1)[1]  # "the Indonesian parliament": the body's noun without its nationality, as a
            # person's name is without it (the labelling guide's `name`; "foreign ministry" of Ardenia)
        key = name.lower()
        if (det := m.group().split(None, 1)[0]).endswith(("'s", "\u2019s")) and \
                owned.setdefault(key, det[:-2]) != det[:-2]:  # "Nigeria's electoral commission ... Ghana's": two
            key = f"{det[:-2]} {key}"
        c = found.setdefault(key, Candidate(name, "organisation", at, {name, full}))
        if det.endswith(("'s", "\u2019s")) and f"{det} {full}" in text:
            c.forms.add(f"{det} {full}")  # its owner's form, which tells it from another state's body of that name
        if full.count(" ") >= 2 and (tail := full.split(" ", full.count(" ") - 1)[-1]) in text:
            c.forms.add(tail)  # "the independent electoral commission": also "electoral commission", its shorter form
        c.mentions += 1
        c.acts |= acts
        c.targeted |= targeted
    for m in _ACCUSED_OF.finditer(text):  # "accused the electoral commission of fraud": the body is the accused
        words = m.group(1).split()
        while len(words) > 1 and (words[0] in lex.STOP or words[0] in _NOT_MODIFIERS):
            words = words[1:]
        name, head = " ".join(words), words[-1]
        if in_quotation(text, m.start()):
            continue
        named = [c for c in bodies if head in c.name.lower().split() and c.first < m.start(1)]
        if named:
            named[-1].targeted = True
            continue
        if len(words) == 1 and any(_could_be(c, head) for c in candidates):
            continue  # "Verdi ... accused the union of": a body the article names that may be it
        c = found.setdefault(name.lower(), Candidate(name, "organisation", m.end(1) - len(name), {name}))
        c.mentions += 1
        c.targeted = True
    for m in word_matches(_BODY_VOICES, _BODY_VOICE_FIRST, text):  # "Ministry officials said they would review the contract"
        if in_quotation(text, m.start()) or not _THEY_SAY.match(text, m.end()):
            continue
        head = m.group(1).lower()
        if named := [c for c in bodies if head in c.name.lower().split() and c.starts < c.mentions]:
            named[0].acts = named[0].subject = True  # "the Health Ministry ... ministry officials said they would"
        elif not any(_could_be(c, head) for c in candidates):
            c = found.setdefault(head, Candidate(head, "organisation", m.start(), {m.group(1)}))
            c.mentions += 1
            c.acts = True
    kept = [c for c in found.values() if c.acts or c.targeted]
    for c in kept:  # "the national oil company ... a private oil company": "oil company" names the second, no alias of the first
        c.forms -= {o.name for o in kept if o is not c and o.name != c.name}
    return kept


_AGENT_NOUNS = _WORDS["unnamed_agents"].split()
_AGENT = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:(?!said\b|same\b|other\b|second\b)[a-z]+(?:-[a-z]+)*\s+)?"
                    rf"({'|'.join(_AGENT_NOUNS)})(?![\w-]|['\u2019](?!s\b))")
_WHO = re.compile(r",?\s+who\s+")
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told)\s+$")
"""A reported clause opens there ("said the suspect was seen"): the noun is its subject, no speaker."""
_DONE_TO = re.compile(r"(?:,?\s+who)?\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:being\s+)?(?:[a-z]+ly\s+)?"
                      rf"(?:[a-z]+(?:ed|en|wn|t)|{'|'.join(load()['topics']['irregular_past'].split())})\b(?!\s+(?:to|that)\b)")
"""The subject of a passive ("the suspect was arrested", "the attacker, who was being held"): the
target of an act, an actor too; not "was said to", "is believed that"."""
_BY_AGENT = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\b[^.;:,\"\u201c]{0,60}?\bby\s+$")
_NAMED_AS = re.compile(r",\s+")
_IDENTIFIED = re.compile(r"\b(?:identified|identifies|identify|identity|named|names|name)\b")
"""Words that give an unnamed person's name ("identified the suspect as Jane Doe", "The suspect's
identity is Jane Doe", "police named the attacker as Jane Doe")."""
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"\u201c])|\n")


def _named_person(text: str, start: int, end: int, people: list[tuple[str, Candidate]]) -> Candidate | None:
    """The named person a role noun at ``text[start:end]`` turns out to be: after a word that gives
    a name, in its sentence ("identified the suspect as 21-year-old Jane Doe", "The suspect's
    identity is restricted to 'Jane D'"), or apposed to it ("the gunman, Jane Doe,", "Jane Doe, the gunman")."""
    stop = _SENTENCE_END.search(text, end, end + 200)
    window = text[end : stop.start() if stop else end + 200]
    cue = _IDENTIFIED.search(window)
    if cue or _IDENTIFIED.search(text, max(0, start - 40), start):
        at = cue.end() if cue else 0
        found = [(window.find(f.rstrip("."), at), c) for f, c in people]  # "as Stefan W.": the window ends before its stop
        found = [(i, c) for i, c in found if i >= 0]
        if found:
            return min(found, key=lambda x: x[0])[1]
    if _NAMED_AS.match(text, end):
        return next((c for f, c in people if text.startswith(f, _NAMED_AS.match(text, end).end())), None)
    return next((c for f, c in people if text.endswith(f + ", ", 0, start)), None)


_THE_BEFORE = re.compile(r"(?<![\w'\u2019-])[Tt]he\s+((?:[a-z]+\s+){0,2})$")


def _role_aliases(text: str, actors: list[Candidate], lex: Lexicon) -> None:
    """"The minister", "the opposition leader" after "Health Minister Anna Berg", "Opposition leader Dara
    Mielec": the one named person whose title ends in that noun, the words before it in the title too
    (the guide's aliases: "the prime minister"); not where two named people hold a title of that noun, nor
    before the person is named."""
    holders: dict[str, list[Candidate]] = {}
    for c in actors:
        if c.kind == "person" and c.role:
            words = c.role.lower().replace(".", "").split()
            if words and words[-1] in lex.TITLES and words[-1] not in _TITLE_MODIFIERS:
                holders.setdefault(words[-1], []).append(c)
    for head, people in holders.items():
        if len(people) > 1:
            continue
        person, at = people[0], text.find(head, people[0].first)
        while at >= 0:
            end = at + len(head)
            if not text[end : end + 1].isalnum() and not text.startswith(" of ", end) \
                    and (the := _THE_BEFORE.search(text, max(0, at - 40), at)) and not in_quotation(text, the.start()) \
                    and set(the.group(1).split()) <= set(person.role.lower().split()):
                person.forms.add(text[the.start() : end])
            at = text.find(head, end)


def _unnamed_agents(text: str, actors: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """One unnamed person by the act they did ("a gunman opened fire", "was stabbed by an
    attacker"): a person actor named by the noun, when a mention of it acts outside quotes or is
    the subject of a passive ("the attacker, who was being held"), each later one of these nouns ("the suspect") the same person. Once the
    article names them ("The attacker, identified as Jane Doe"), the nouns are that person's aliases."""
    people = [(f, c) for c in actors if c.kind == "person" for f in sorted(c.forms, key=len, reverse=True)]
    first, noun, forms, person, acted = -1, "", set(), None, False
    for m in _AGENT.finditer(text):
        start, end = m.start(), m.end()
        if in_quotation(text, start):
            continue
        person = person or _named_person(text, start, end, people)
        who = _WHO.match(text, end)
        acted |= not _SAYS_AFTER.match(text, end) and (
            not _object(text, start) and not _SAID_BEFORE.search(text, max(0, start - 12), start)
            and (_acts(text, end, start, lex) or bool(who) and _acts(text, who.end() - 1, start, lex))
            or bool(_BY_AGENT.search(text, max(0, start - 90), start)) or bool(_DONE_TO.match(text, end)))
        if first < 0:
            first, noun = start, m.group(1)
        forms.update(f for f in (m.group(), f"the {m.group(1)}", f"The {m.group(1)}") if f in text)
    if person is not None:
        person.forms |= forms  # "the suspect", once named: that person
    if person is not None or first < 0 or not acted or slug(noun) in {slug(c.name) for c in actors}:
        return []
    return [Candidate(noun, "person", first, forms | {noun}, mentions=len(forms), subject=True, acts=True)]


_LOWER_BODY = re.compile(rf"\b(?<!['\u2019])(?:[Tt]he\s+)?(?:([A-Z][\w-]+)(?:['\u2019]s)?\s+)?((?:(?!the\b)[a-z]+\s+){{1,2}}"
                         rf"(?:{'|'.join(sorted(_WORDS['lowercase_bodies'].split()))}))\b(?![\w-]|['\u2019]s|\s+of\b)")
_LOWER_HEAD = re.compile(rf"\b(?:{'|'.join(sorted(_WORDS['lowercase_bodies'].split()))})\b")
"""A state body written in lowercase, maybe behind its state's nationality or name ("the Belarusian
foreign ministry", "Germany's economy ministry", "the energy regulator"); "the" opens the body, never
stands inside it ("On Monday the foreign ministry": Monday is no owner); the "s" of a possessive is no word of it ("the
country's interior ministry")."""


_AND_BODY = re.compile(rf"^\s*,?\s*and\s+(?:the\s+)?(?:[\w-]+['\u2019]s\s+)?(?:[a-z-]+\s+){{0,2}}?"
                       rf"(?:{'|'.join(sorted(_WORDS['lowercase_bodies'].split()))})\b(?![\w-])")
"""A second body coordinated with the first ("the finance ministry and the interior ministry froze"):
the verb after it is both bodies' (Quirk et al. 1985, 13.30 on coordinated subjects)."""


_INACTIVE_AFTER = re.compile(r"\s+(?:(?:has|have|had|also)\s+)?(?:" + "|".join(sorted(_INACTIVE, key=lambda f: (-len(f), f)))
                             + r")\b")
"""A verb of saying, thinking or having right after a body ("the ministry estimated", "the ministry expects")."""


def _lowercase_bodies(text: str, actors: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A body written in lowercase that does an act of a kind, not a mere "said" ("the Belarusian foreign
    ministry on Wednesday rejected the accusations", "the finance ministry froze the accounts"): an
    organisation of its own (the labelling guide: a ministry is an actor where the article names it acting),
    named by the article's words with the nationality, and without the state's name ("economy ministry");
    one the article also names by a capitalised name ("the Foreign Ministry") is that body."""
    found: dict[str, Candidate] = {}
    owners: dict[str, str] = {}  # the state or place that owns each body first named with its owner
    named = {c.name.lower(): c for c in actors if c.kind == "organisation"}
    for head in _LOWER_HEAD.finditer(text):
        # the match that ends at this head: one that ends at an earlier head in the window ("the finance
        # ministry said that the interior ministry froze") is not this body
        m = next((m for m in _LOWER_BODY.finditer(text, max(0, head.start() - 60), head.end() + 1)
                  if m.end() == head.end()), None)
        if m is None or in_quotation(text, m.start()):
            continue
        owner, body = m.group(1), " ".join(m.group(2).split())
        if any(w in lex.STOP or w.endswith(("ed", "ing", "ly")) for w in body.split()[:-1]):
            continue  # "the new ministry", "its planned council": no part of a body's name
        if owner and not (nationality(owner) or state_of(owner) or lex is EN and is_place(owner)):
            continue  # (a territory's body too: "the Gaza health ministry", named without the territory as without a state)
        after = _WHEN.sub("", _APPOSITION.sub("", text[m.end() : m.end() + 140])).lower()
        after = _AND_BODY.sub("", after, count=1).lstrip()[:80]  # "the finance ministry and the interior ministry froze"
        if not _ACTION_STARTS(_AUX_RE.sub("", after)) and not _SAYS_ITSELF.match(" " + after) and not (
                _REGULAR_ACT.match(text, m.end()) and not _INACTIVE_AFTER.match(text, m.end())
                and not _object(text, m.start(), agent=False)):
            continue  # nor "the information ministry said it would study the ruling": its own act or position
            # (an act of no kind counts too: "the energy regulator approved the tariff"; not "said", "estimated")
        if (c := named.get(body)) is not None:
            c.forms.add(text[m.start(2) : m.end()])
            c.acts = c.subject = True
            continue
        full = body
        if body.count(" ") >= 2 and body.split(" ", 1)[0] in _LEVELS:
            body = body.split(" ", 1)[1]  # "the national electricity regulator": "electricity regulator", its level off
        # named without its state, as a person without the nationality (the guide's "foreign ministry"), the state in
        # its role and the article's words with it an alias ("French electricity regulator"); two states' bodies of one
        # name are two ("Kenya's health ministry ... Uganda's health ministry")
        key = body if not owner or owners.setdefault(body, owner) == owner else f"{owner} {body}"
        c = found.setdefault(key, Candidate(body, "organisation", m.start(), {body, full}, subject=True, acts=True))
        if owner:
            c.forms.add(text[m.start(1) : m.end()])  # "Gaza health ministry", "Kenya's health ministry": the article's words
            c.role = c.role or (f"{body} of {nationality(owner)}" if nationality(owner) else None)
        c.mentions += 1
    if not any(f.lower().endswith("military") for c in actors for f in c.forms):
        for m in _THE_MILITARY.finditer(text):  # "The military took control of state television and detained ..."
            after = _AUX_RE.sub("", text[m.end() + 1 : m.end() + 60].lower())
            verb = after.split(None, 1)[0] if after.strip() else ""
            if in_quotation(text, m.start()) or _DONE_TO.match(text, m.end()) or _NEGATED.match(text, m.end()) \
                    or not (_ACTION_STARTS(after) or _own_act_told(text, m.end())
                                                     or _verb_like(verb) and verb not in _INACTIVE and verb not in _SUFFERED):
                continue  # ("took control", a past of acting right after it)
            c = found.setdefault("military", Candidate("military", "organisation", m.start(1), {"military"},
                                                       subject=True, acts=True))
            c.forms.add(m.group())
            c.mentions += 1
    taken = {slug(f) for c in actors for f in c.forms}
    return [c for c in found.values() if slug(c.name) not in taken]


_THE_MILITARY = re.compile(r"\b[Tt]he\s+(military)(?=\s+[a-z]+)(?!\s+(?:and|or|of|in|at|for)\b)")
""""The military" as a noun, the subject of the verb after it (WordNet 3.0 military.n.01 "the military forces of a
nation"): a state's armed force acting, an organisation as "the army" is (the labelling guide); as an adjective
("the military junta") its noun follows and no act of a kind starts there."""


_OPPOSITION = re.compile(r"\b(?:[Tt]he|[A-Z][\w-]+['\u2019]s)\s+(?:main\s+|political\s+)?(opposition)(?![\w-]|['\u2019]s|\s+[A-Z])")
"""The opposition, maybe its state's ("Kenya's opposition"; the labelling guide's `opposition` collective)."""


def _opposition(text: str, actors: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"The opposition" that acts or says what it does itself ("the opposition boycotted the vote"): one
    `group` actor named by the article's words, the labelling guide's row on an opposition no party is named
    as; not "the opposition Harbour Party" (that party) nor a mention in passing."""
    if any(slug(c.name) == "opposition" for c in actors):
        return []
    c = None
    for m in _OPPOSITION.finditer(text):
        end = m.end()
        owner = m.group().split(None, 1)[0]
        if in_quotation(text, m.start()) or _object(text, m.start()) \
                or owner.endswith(("'s", "\u2019s")) and not (state_of(owner[:-2]) or owner[:-2] in CAPITALS):
            continue  # (nor "Ruiz's opposition delayed the bill": a person's opposing, no collective; only a state the
            # gazetteer knows has one, as a name of a person or a party may stand where a state's does)
        says = bool(_SAYS_AFTER.match(text, end))
        verb = _VERB_BEFORE.search(text, max(0, m.start() - 30), m.start())  # "accused the opposition of": its target
        if not says and _acts(text, end, m.start(), lex) and not _NEGATED.match(text, end) or _SAYS_ITSELF.match(text, end) \
                or verb and verb.group(1) in _TARGETING:
            c = c or Candidate("opposition", "group", m.start(1), {"opposition"}, subject=True, acts=True)
            c.forms.add(text[m.start() : end])
            c.mentions += 1
    return [c] if c else []


def _state_by_name(text: str, actors: list[Candidate]) -> None:
    """A state acting by its capital or seat alone ("Tehran warned", "the Kremlin said") is named after the
    state, as the labelling guide names it (`Beijing` an alias of China), where the article writes the state's
    name or the start of its adjective ("Iranian officials"); else the capital keeps its name, which occurs."""
    seen: dict[str, Candidate] = {}
    for c in list(actors):  # "the White House said ... Washington imposed": two seats of one state, one actor
        state = CAPITALS.get(c.name) if c.kind == "state" else None
        if state is not None and (owner := seen.setdefault(state, c)) is not c:
            _absorb(owner, c)
            owner.first = min(owner.first, c.first)
            actors.remove(c)
    for c in actors:
        state = CAPITALS.get(c.name) if c.kind == "state" else None
        if state is None:
            continue
        names = [state, *sorted(n for n, s in STATES.items() if s == state and n != state)]
        name = next((n for n in names if re.search(rf"(?<![\w.]){re.escape(n)}(?![A-Z])", text)), None)
        if name is not None:
            c.forms.add(c.name)
            c.name = name


def find_actors(text: str, sentences: list[Sentence], lang: str = "en") -> list[Candidate]:
    """The article's likely actors, in order of first mention, each with its surface forms."""
    lex = lexicon_of(lang)
    found = _gather(text, sentences, lex)
    if lex is EN:
        _known_as(text, found)
    candidates = _governments(text, _merge(found), lex)
    if lex is EN:
        _offices_held(text, candidates)
        candidates = _the_government(text, _governments_of(text, candidates, lex), lex)
    unnamed = _unnamed_bodies(text, candidates, lex) if lex is EN else []
    actors = [c for c in candidates if _keep(c, lex)]
    kept = {slug(c.name) for c in actors}
    actors += [c for c in unnamed if slug(c.name) not in kept]  # "Prosecutors argued": one actor, kept as its name
    if lex is EN:
        _state_by_name(text, actors)
        _role_aliases(text, actors, lex)
        actors += _teams(text, actors, lex, candidates)
        actors += _unnamed_agents(text, actors, lex)
        actors += _lowercase_bodies(text, actors, lex)
        actors += _opposition(text, actors, lex)
    actors += _groups(text, {slug(c.name) for c in actors}, lex, {slug(f) for c in actors for f in c.forms},
                      min((c.first for c in actors if c.kind not in ("person", "state")), default=len(text)) if lex is EN else 0)
    if lex is EN:
        taken = {slug(c.name) for c in actors}
        stating = _stating_groups(text, taken, lex, {slug(f) for c in actors for f in c.forms})
        for c in stating:
            _name_by_fullest(c, text, lex)  # "Rebel lawmakers said ...": named by its fullest words, as acting ones are
        by_slug = {slug(c.name): c for c in actors if c.kind == "group"}
        for c in stating:
            if (same := by_slug.get(slug(c.name))) is not None:
                same.forms |= c.forms  # "Evangelical Christians" found as a name: the bare plural is its alias too
        actors += [c for c in stating if slug(c.name) not in taken]
    if lex is EN:
        for c in actors:
            if c.name in _PARTY_MEMBERS and not c.determined or c.kind == "organisation" and (
                    m := _COMPOUND.fullmatch(c.name)) and m.group(1).lower() in english_words():
                c.kind = "group"  # "Senior Tories have rejected": members of a party ("the Tories": the party); "Farmworkers"
        actors = _collectives_of_leaders(text, actors)
        actors = _collectives_of_spokespersons(text, actors)
    return sorted(actors, key=lambda c: c.first)


_SPOKESPERSON_OF = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+([a-z]+)\s+(?:{'|'.join(sorted(load()['stances']['spokespersons']))})\b"
                              r"(?![ \t]+[A-Z]|,[ \t]+[A-Z][a-z]+[ \t]+[A-Z])")
"""An unnamed spokesperson of a collective ("a rebel spokesman", "the student spokeswoman"), no name after it."""


def _collectives_of_spokespersons(text: str, actors: list[Candidate]) -> list[Candidate]:
    """The collective an unnamed spokesperson speaks for ("A rebel spokesman rejected the truce"): the rebels, one
    actor with the collective the article names too (the labelling guide: an unnamed spokesperson stands for the
    body); where the article writes no "rebels", one actor named by the spokesperson's words, as the guide names
    unnamed officials; an actor only where it acts or holds a position (`stated`). A named spokesperson ("rebel
    spokesman Ilir Dako") is the actor."""
    by_name = {c.name.lower(): c for c in actors if c.kind == "group"}
    for m in _SPOKESPERSON_OF.finditer(text):
        plural = f"{m.group(1)}s"
        if plural not in _ACTING_GROUPS or in_quotation(text, m.start()):
            continue
        name = plural if re.search(rf"\b{plural}\b", text, re.IGNORECASE) else m.group().split(None, 1)[1]
        c = by_name.get(plural) or by_name.get(name.lower()) or next(
            (g for g in actors if g.kind == "group" and any((lead := _LEADERS_OF.match(f)) and lead.group(1).lower()
                                                            == m.group(1) for f in g.forms)), None)  # "Rebel leaders"
        if c is None:  # named by the article's words: "rebels" where it writes them, else "rebel spokesman"
            c = by_name[name.lower()] = Candidate(name, "group", m.start(), set(), stated=True)
            actors.append(c)
        c.forms.add(m.group())
        c.mentions += 1
    return actors


_LEADERS_OF = re.compile(rf"(?i:([a-z]+)\s+(?:{'|'.join(sorted(_MODIFIED_ONLY))}))\b")
"""A word before the lexicon's leaders ("Rebel leaders", "union leaders"): whose leaders they are."""
_ACTING_GROUPS = frozenset(_WORDS["groups"].split())


def _collectives_of_leaders(text: str, actors: list[Candidate]) -> list[Candidate]:
    """A collective named by its leaders ("Rebel leaders rejected the truce", "Student leaders called a boycott"): the
    leaders speak and act for the rebels or the students, whom the article means (the labelling guide's rows on
    unnamed people who act or speak for a body, and on a collective named by the article's words): the collective,
    named by its plural noun where the article writes it (else by the leaders' words, as the guide names unnamed
    officials by theirs), the leaders' words its alias; one actor with the collective the article names too.
    Leaders of a kind of body ("Union leaders", "Party leaders") are those of the one body of that kind the article
    names ("the Dockers' Union"), its alias; with none or several, a collective of their own as before. Leaders of
    two ("Union leaders ... Rebel leaders") are two actors."""
    out = [c for c in actors if not (c.kind == "group" and c.name.split()[-1].lower() in _MODIFIED_ONLY)]
    for c in actors:
        if c in out:
            continue
        by_word: dict[str, set[str]] = {}
        for form in sorted(c.forms, key=lambda f: (text.find(f), f)):
            if m := _LEADERS_OF.match(form):
                by_word.setdefault(m.group(1).lower(), set()).add(form)
        kept = False
        for word, forms in by_word.items():
            plural = f"{word}s"
            bodies = [o for o in out if o.kind == "organisation" and word in ORG_WORDS and not _UNION_OF_STATES.search(o.name)
                      and (o.name.split(" of ")[0].split()[-1].lower() == word or f"the {word}" in o.forms)]
            headed = [o for o in out if o.kind == "group" and o.name.lower().split()[-1] == plural]
            # the collective named by that plural alone, else the one collective it heads ("Marenian rebels")
            same = bodies[0] if len(bodies) == 1 else next(
                (o for o in headed if o.name.lower() == plural), headed[0] if len(headed) == 1 else None) \
                if plural in _ACTING_GROUPS else None
            first = min(text.find(f) for f in forms)
            if same is not None:  # "Rebel leaders rejected ... the rebels seized": one actor, the rebels
                same.forms |= forms
                same.first = min(same.first, first)
                same.mentions += 1
                same.acts |= c.acts
                same.subject |= c.subject
                same.stated &= c.stated
                continue
            written = plural in _ACTING_GROUPS and bool(re.search(rf"\b{plural}\b", text, re.IGNORECASE))
            name = plural if written else max(forms, key=lambda f: (-len(f.split()), -text.find(f)))
            if not kept and name == c.name:  # the collective of its own, as found, less the other leaders' words
                kept = True
                c.forms -= {f for other, of_other in by_word.items() if other != word for f in of_other}
                out.append(c)
                continue
            out.append(Candidate(name, "group", first, forms | ({name} if name in text else set()),
                                 mentions=1, subject=c.subject, acts=c.acts, stated=c.stated))
        if not by_word:
            out.append(c)  # "Leaders met on Monday": as found
    return out
