"""Stances by rules: quoted speech attributed to its speaker, and the positions that acts
state or imply (accusing opposes, asking for something supports it)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache

from summariser import patterns as re
from summariser.dates import MONTH_NAMES, WEEKDAYS, calendar_words
from summariser.rules.events import cue, relative_on_subject
from summariser.rules.language import lemmas
from summariser.rules.lexicon import (
    ACTION_CUES,
    HONORIFICS,
    ISSUE_VERBS,
    OPPOSE_WORDS,
    ORG_WORDS,
    REPORTING_VERBS,
    STANCE_VERBS,
    STOP,
    SUPPORT_WORDS,
    TITLES,
    load,
)
from summariser.rules.mentions import OBLIQUE, POSSESSIVE, Mentions
from summariser.rules.noun_phrases import head_part, noun_phrases
from summariser.rules.people import gender_of
from summariser.rules.places import nationality, state_of
from summariser.rules.prefilter import alternation, any_words, folds, may_match, may_match_lowered, words_pattern
from summariser.rules.sentences import Sentence, lowered_words, quotation_spans, quotes, without_quotations
from summariser.rules.topics import (
    REFERRING,
    Topics,
    ends_phrase,
    first_phrase,
    head_of,
    is_adjective,
    is_adverb,
    names_act,
    noun_prefix,
    phrases,
    premodifies,
    verb_lemma_of,
)
from summariser.rules.verbs import forms, tagged_forms
from summariser.records import Event, Stance


def _polarity(passage: str, lang: str = "en") -> str:
    lower = f" {passage.lower()} "
    words = load(lang)["words"]
    support = oppose = 0
    if lang == "en" and " right " in lower:
        for m in _RIGHT_ONE.finditer(lower):  # "a step in the right direction", "not the right decision"
            negated = _NOT_BEFORE.search(lower, 0, m.start()) or _DENIED_COPULA.search(lower, 0, m.start())
            support += not negated
            oppose += bool(negated)
    if lang == "en":  # a negated verb of taking a side turns it: "we will not accept this", "I cannot wait for it"
        for m in _NEGATED.finditer(lower):
            verb = m.group(1)  # the clause's own verb, so it outweighs a cue word elsewhere
            support += 2 * (verb in _NEGATED_SUPPORT)
            oppose += 2 * (verb in _NEGATED_OPPOSE and not lower.startswith(" that ", m.end()))
        lower = _NEGATED.sub(" not ", lower)  # the negated verb goes, its negation stays for the words after it
    if lang == "en":  # a cue word right after a negation is turned round ("does not have the right to")
        for polarity in ("support", "oppose"):
            for m in _CUES[polarity].finditer(lower):
                if not _as_noun(lower, m.start()) and not _COMPARED.match(lower, m.end()):
                    negated = _NOT_BEFORE.search(lower, 0, m.start()) and not _PARTICLE.match(lower, m.end())
                    if polarity == "support" and m.group().endswith(" be") and _ENDED_PARTICIPLE.match(lower, m.end()):
                        negated = not negated  # "must be withdrawn", "should be scrapped": a demand that a thing end
                    if (polarity == "support") != bool(negated):
                        support += 1
                    else:
                        oppose += 1
    else:
        oppose += sum(lower.count(w) for w in words["oppose"])
        support += sum(lower.count(w) for w in words["support"])
    if oppose > support:
        return "oppose"
    return "support" if support else "neutral"


_ENDED_PARTICIPLE = re.compile(r"\s+(?:\w+ly\s+)?(?:" + "|".join(sorted(
    {f for v in (*load()["stances"]["ending"], *load()["stances"]["banning"]) for f, tag in tagged_forms(v).items()
     if tag == "past" and f[-1] in "dn"}, key=lambda f: (-len(f), f))) + r")\b")
"""After "must be", "should be": a past participle of a verb of ending or banning ("must be withdrawn", "should be
scrapped"): what must be done is that the thing end, so the demand opposes it (the labelling guide's call to stop)."""
_RIGHT_ONE = re.compile(r"\b(?:the|a)\s+right\s+(?!(?:to|of|wing|now|away|here|there|after|before|hand|side|"
                        r"lane|bank|arm|leg|eye)\b)[a-z]+")
""""right" before a noun after a determiner ("the right decision", "a step in the right direction"): WordNet 3.0
correct.a.01 ("free from error"), right.a.04 ("in conformance with justice") and right.a.05 ("correct in opinion or
judgment"), whose antonym "wrong" is a cue of opposing; not the noun ("the right to protest", "the far right") nor the
side (right.a.01: "the right hand")."""
_DENIED_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|remains?)\s+(?:not|never|no\s+longer)\b"
                            r"(?:(?!\b(?:but|and|yet|although|though)\b)[^,;:.!?])*$")
"""A negated copula earlier in the clause: it denies the whole complement after it ("was not a step in the right
direction"; Quirk et al. 1985, 10.64, the scope of clause negation runs to the end of the clause)."""
_COMPARED = re.compile(r"(?<=against)\s+(?:a\s+|an\s+|some\s+|about\s+)?[$\u20ac\u00a3]?\d")
""""against" before a number compares ("3.4 million votes against 3.1 million"), it opposes nothing."""


def _as_noun(lower: str, at: int) -> bool:
    """Whether the cue word at ``at`` is a stance verb's form used as a noun, after a determiner or a
    preposition ("a stab in the back", "with the support of"): it names the act, it does not take a side."""
    word = _WORD.match(lower, at)
    return bool(word) and word.group() in _STANCE_OF and bool(_NOUN_USE.search(lower, 0, at))


def _polarity_of(passage: str, own: str | Callable[[], str] | None = None) -> str:
    """Support or oppose from the lexicon's cue words, else from the sentiment of the words
    (VADER's valence lexicon, with its negation and intensifier rules), else neutral. ``own``:
    the passage with the words that only name its matter blanked (`_own_words`), which the
    sentiment reads instead (a function that makes it, called only when the cue words say nothing)."""
    contrast = _CONTRAST.split(passage)
    whole = len(passage)
    if len(contrast) > 1 and len(contrast[-1].split()) >= 3:  # "we support trade, but not at any cost"
        passage = contrast[-1]
    polarity = _polarity(passage)
    if polarity != "neutral":
        return polarity
    if own is not None:
        passage = (own() if callable(own) else own)[whole - len(passage):]
    main = _SUBORDINATE.sub(" ", _APPOSITION_INSIDE.sub(" ", passage))  # the tone of the main clauses, not of the
    # reasons and conditions, nor of a noun phrase in apposition ("The hard part, sharing the water, has not ...")
    valence = _valence(main if len(main.split()) >= 3 else passage)
    return "support" if valence >= _VALENCE else "oppose" if valence <= -_VALENCE else "neutral"


def _judged(passage: str, own: str | Callable[[], str] | None = None, mentions: Mentions | None = None) -> str:
    """The position reported speech states: by its cue words, else by the tone of what it calls
    something ("the tariffs were a terrible mistake"): the complement of a copula, not a passive
    ("homes were destroyed", "the money was meant to") nor a clause that only tells what happened
    ("40 people had died"), nor the state a person is in ("the mayor remained alive", "190 were dead"):
    the state of someone, not a judgement of a matter; a noun phrase still judges them ("they were criminals"). A
    noun phrase of a thing as the first copula's subject names what is judged: its words are no cue ("the agreement
    was far from perfect": "agreement" does not agree)."""
    first = next(_complements(passage), None)
    if first is not None and (said := _CLAUSE_OPEN.split(passage[: first.start()])[-1].split()) \
            and said[-1].lower() in _HAZARDS:
        return "neutral"  # "the storm was the worst in a decade": a hazard judged, no one's act to take sides on
    if first is not None and (said := _CLAUSE_OPEN.split(passage[: first.start()])[-1].split()) \
            and set(w.lower() for w in said[:3]) & _CIRCUMSTANCES:
        return "neutral"  # "the weather during the visit had been terrible": circumstances described, no side taken
    if _WRONGED.search(passage):
        return "oppose"  # "said the law was an assault on religious freedom": the good wronged does not make it kind
    if (lacking := _LACKING.search(passage)) and mentions is not None and \
            _thing_subject(passage, lacking.start(), mentions):
        return "oppose"  # "said the sanctions had no legal basis": a thing denied any ground is opposed
    if may_match(_BREAKING_WORDS, passage) and (broke := _BREAKING.search(passage)):
        # "said Denmark had violated the fishing agreement": breaking a law or a pact judges who broke it, whatever the
        # words of what was broken ("agreement"); denied, it defends them
        return "support" if _NOT_BEFORE.search(passage, 0, broke.start()) else "oppose"
    if first is not None and (blamed := _BLAMED.match(first.group(1))):
        # "said the government was responsible for the crisis": blame for a harm opposes who bears it; responsibility
        # for a task ("for the programme") takes no side
        if not blamed.group(1) and blamed.group(2).split(None, 1)[0].lower().endswith("ing"):
            return "neutral"  # "responsible for investigating the attacks": a task, whatever harm its object names
        return "oppose" if blamed.group(1) or _valence(_PLURAL_S.sub("", blamed.group(2))) <= -_VALENCE else "neutral"
    if first is not None and (called := _called_progress_or_need(first.group(1))):
        return called
    subject = _thing_subject(passage, first.start(), mentions) if first is not None and mentions is not None else None
    if first is None and mentions is not None and (effect := _effect(passage)) and \
            _thing_subject(passage, effect[0], mentions):
        return effect[1]  # "the trade agreement would ruin farms": what the thing named as the subject will do judges
        # it; the subject's own words ("agreement") take no side
    polarity = _polarity(passage[first.start() :] if subject else passage)
    if polarity != "neutral":
        return polarity
    judged = [m.span(1) for m in _complements(passage)
              if m.group(1).split()[0].lower() not in _PARTICIPLES
              and (_calls_someone(m.group(1)) or not _of_someone(passage[: m.start()], mentions))]
    if judged and len(judged) == 1 and (noun := _judging_noun(
            _COMPLEMENT_CLAUSE_END.split(passage[judged[0][0] : judged[0][1]], 1)[0])):
        return noun  # "said the law was a milestone", "said the inquiry was a joke": the noun judges
    if judged:
        own = passage if own is None else own() if callable(own) else own
        polarity = _polarity_of(" ".join(passage[a:b] for a, b in judged), " ".join(own[a:b] for a, b in judged))
        if polarity == "neutral" and len(judged) == 1:
            complement = _COMPLEMENT_CLAUSE_END.split(passage[judged[0][0] : judged[0][1]], 1)[0]
            polarity = _by_form(complement)  # "the fees were unjustified"
            if polarity == "neutral" and complement.split()[0].lower() in ("a", "an"):
                polarity = _polarity_of(head_part(complement))  # "a travesty of justice": its head judges
    if polarity == "neutral":
        effect = _effect(passage)  # what a thing named as the subject will do ("the cuts would hurt growth")
        return effect[1] if effect and mentions is not None and _thing_subject(passage, effect[0], mentions) else "neutral"
    return polarity


_BLAMED = re.compile(r"(?:(?:fully|partly|partially|directly|solely|largely|ultimately|mainly|also)\s+)?"
                     r"(?:(to\s+blame)|responsible)\s+for\s+([^,;:.]{3,80})", re.IGNORECASE)
"""A copula's complement that blames ("to blame for", "responsible for" a harm; Quirk et al. 1985, 16.69)."""
_BLAMING_COPULA = re.compile(r"\s+(?:is|are|was|were|be|been)\s+(?=" + _BLAMED.pattern + ")", re.IGNORECASE)
_PLURAL_S = re.compile(r"(?<=[a-rt-z]{3})s\b")
"""A plural's -s, off for VADER, whose lexicon holds singulars ("deaths": "death")."""


def _blamed(passage: str, mentions: Mentions) -> str | None:
    """Whom reported speech blames ("said the rebels were to blame for the attack"): the subject of the blaming copula,
    an actor named there or a body's or people's noun phrase; None otherwise."""
    if not (first := _BLAMING_COPULA.search(passage)):
        return None
    subject = _AUXILIARY_END.sub("", _CLAUSE_OPEN.split(passage[: first.start()])[-1].strip())
    if named := mentions.within(subject):
        return named[0][1]
    words = subject.split()
    if 2 <= len(words) <= 4 and words[0].lower() in _DETERMINERS and _doer(subject):
        return subject[:1].lower() + subject[1:]
    return None


def _called_progress_or_need(complement: str) -> str | None:
    """The side a copula's complement takes when it calls its subject a step forward or back (`_STEP`) or what someone
    needs (`_NEEDED`), else None."""
    if step := _STEP.match(complement):
        # "the decision was a step backwards for the climate", "a major step forward": progress or its loss
        forward = step.group("dir").lower().startswith("forward") or "right" in step.group("dir").lower()
        return "support" if forward != bool(step.group("neg")) else "oppose"
    if needed := _NEEDED.match(complement):
        # "the new metro line is exactly what this city needs": what is needed is wanted; "the last thing we need": not
        return "oppose" if bool(needed.group("neg")) != bool(needed.group("last")) else "support"
    return None


_STEP = re.compile(r"(?P<neg>not\s+|never\s+)?(?:a|an)\s+(?:[a-z-]+\s+){0,2}?step\s+(?P<dir>forwards?|backwards?|back|in\s+the\s+(?:right|wrong)\s+direction)\b(?!\s+from\b)",
                   re.IGNORECASE)
"""A step forward or backward as the complement ("was a step backwards for the climate", "a big step forward"; WordNet
3.0 step.n.01 "any maneuver made as part of progress toward a goal", with forward.r.01 and backward.r.01): support
for progress, opposition to going back; "step back" as a noun the same; "a step in the right (wrong) direction" as
forward (back)."""
_NEEDED = re.compile(r"(?P<neg>not\s+|never\s+)?(?:(?:exactly\s+|just\s+|precisely\s+)what|(?P<last>the\s+last\s+thing)|(?<=not\s)what)\s+"
                     r"(?:\w+\s+){1,3}?(?:needs|need|needed|wants|want|wanted|deserves|deserve|deserved)\b", re.IGNORECASE)
"""A nominal relative clause of needing or wanting as the complement ("is exactly what this city needs", "is the last
thing farmers need"; Quirk et al. 1985, 15.8, nominal relative clauses, and 18.27, the pseudo-cleft): the thing is
wanted, or, after "the last thing" (Merriam-Webster: "the last thing": something not wanted at all), not."""
_LACKING = re.compile(r"\b(?:(?:has|have|had)\s+(?:absolutely\s+)?no|(?:lacks?|lacked)(?:\s+any)?)\s+(?:[a-z]+\s+)?"
                      r"(?:" + "|".join(sorted(load()["stances"]["ground_nouns"].split())) + r")\b(?!\s+for\b)",
                      re.IGNORECASE)
"""A thing said to have no ground ("the sanctions had no legal basis", "the claim lacks any credibility"; the lexicon's
ground_nouns), as the existential `_NO_ROOM` says it of what follows "for": its subject is opposed."""
_BREAKING_FORMS = sorted(w for w in load()["stances"]["unlawful"] if w.endswith(("ed", "es")))
_BREAKING_WORDS = words_pattern(*_BREAKING_FORMS)
_BREAKING = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )\b(?:" + "|".join(_BREAKING_FORMS) + r")\b",
                       re.IGNORECASE)
"""The verbs of breaking a law among the lexicon's ``unlawful`` words ("violated", "breaches"), active only (in "the
ceasefire was violated by rebels" the breaker is the by-agent and the pact no target of blame)."""
_COMPLEMENT_CLAUSE_END = re.compile(r"\s+(?:and|but|or)\s+(?=that\b|it\b|they\b|he\b|she\b|we\b|would\b|will\b)|"
                                    r"\s+(?:because|since|after|before|while|when|as|if)\s", re.IGNORECASE)
"""Where a copula's complement ends and another clause begins ("was unjustified and that it would appeal")."""


def _complements(passage: str):
    """The copula complements of ``passage`` (`_COMPLEMENT`) that are no passive: not a verb's -ed participle nor an
    -en form ("were destroyed", "was taken"), while an -ed adjective that is no verb's form stays ("was unjustified",
    "were misguided"; lemminflect's table of verb forms)."""
    pos = 0
    while m := _COMPLEMENT.search(passage, pos):
        words = m.group(1).split()
        word = (words[1] if len(words) > 1 and words[0].lower().endswith("ly") else words[0]).lower().strip("\"'\u201c")
        if (word.endswith("en") or word.endswith("ed") and word in verb_lemma_of()) and word not in _JUDGING_ADJECTIVES:
            pos = m.start(1)
            continue
        yield m
        pos = m.end()


def _effect(passage: str) -> tuple[int, str] | None:
    """A clause of reported speech that tells what a thing will do or is doing and so judges it ("the cuts would hurt
    growth", "the taxes will ruin them", "the reforms are working", "the plan has failed"; Quirk et al. 1985, 4.52,
    the modals of prediction): where its auxiliary is, and the side: after a modal, a verb of strong tone in VADER's
    lexicon (hurt, ruin, destroy; help, boost, benefit), a negation turning it round; after any auxiliary, a verb of
    success or failure (the lexicon's ``succeeding`` and ``failing``). A passive ("would be destroyed") is none."""
    for m in _EFFECT.finditer(passage):
        verb = m.group("verb").lower()
        lemma = next(iter(verb_lemma_of().get(verb, ())), verb)
        if lemma in _SUCCEEDING or lemma in _FAILING:
            polarity = "support" if lemma in _SUCCEEDING else "oppose"
        elif (m.group("modal") and verb == lemma or m.group("perfect") and verb != lemma and verb.endswith(("ed", "en")))\
                and abs(valence := _sentiment().lexicon.get(lemma, -_STRONG if lemma in _HARMING else 0.0)) >= _STRONG:
            # "would hurt growth"; "has poisoned the wells", "have boosted exports": what it has done (Quirk et al. 1985,
            # 4.22, the present perfect of a result that still holds)
            polarity = "support" if valence > 0 else "oppose"
        else:
            continue
        if m.group("neg"):
            polarity = "oppose" if polarity == "support" else "support"
        return m.start(), polarity
    for m in _INTO_HARM.finditer(passage):  # "the rise would push millions into poverty": a harm it would bring about
        if _sentiment().lexicon.get(m.group("harm").lower(), 0.0) <= -_STRONG:
            return m.start(), "support" if m.group("neg") else "oppose"
    if short := _NOT_ENOUGH.search(passage):  # "the concessions did not go far enough": too little of what was asked
        return short.start(), "oppose"
    if ahead := _GOES_AHEAD.search(passage):  # "vowed that the project would go ahead": the speaker backs it
        return ahead.start(), "oppose" if ahead.group(1) else "support"
    for m in _PRESENT_EFFECT.finditer(passage):  # "the law violates the constitution", "the plan protects farmers"
        if _NOUN_BEFORE.search(passage, max(0, m.start() - 12), m.start()):
            continue  # "the levy's fans", "the fans": a plural noun after its determiner, no verb
        verb = m.group(1).lower()
        lemma = next(iter(verb_lemma_of().get(verb, ())), verb)
        if lemma != verb and abs(valence := _sentiment().lexicon.get(lemma, 0.0)) >= _STRONG:
            return m.start(), "support" if valence > 0 else "oppose"
    return None


_WARNING_FORMS = sorted({f for v in load()["stances"]["warning"] for f in forms(v)}, key=lambda f: (-len(f), f))
_WARNED = re.compile(r"\b(?:" + "|".join(_WARNING_FORMS) + r")\s*$", re.IGNORECASE)
"""A verb of warning ending the reporting clause ("the IMF warned", "the minister cautioned")."""
_UNFOLDING = frozenset(load()["stances"]["unfolding"])
_WARNED_EFFECT = re.compile(r"\b(?:will|would|could|might|may|can)\s+(?:(?:\w+ly|also|further|only|even|soon)\s+)?"
                            r"(?!be\b|have\b|not\b|never\b)(?P<verb>[a-z]+)\s+(?!(?:by|to|on|in|at|for|from|into|with|"
                            r"as|if|and|or|but|before|after|until|unless|when|next|this|last|soon|later|\w+ly)\b)(?=[\w$\u20ac\u00a3])")
"""A modal and a verb with its object right after ("would fuel inflation", "could put lives at risk"; Quirk et al. 1985,
4.52, the modals of prediction): what the subject will do to something, not where or when it happens."""


def _warned_of(passage: str, mentions: Mentions, topics: Topics) -> str | None:
    """The thing a warning says will do harm ("warned that the plan to cut interest rates would fuel inflation": the
    plan): the subject, a whole noun phrase of a thing (`_thing_subject`), of a predicted verb with an object that does
    something to someone or something; None for an actor, a person, a hazard, a passive, or a verb that only tells a
    thing takes its course ("the talks would take weeks")."""
    m = _WARNED_EFFECT.search(passage)
    if m is None:
        return None
    lemmas_ = verb_lemma_of().get(m.group("verb").lower())
    if not lemmas_ or set(lemmas_) & _UNFOLDING:
        return None
    return _thing_subject(passage, m.start(), mentions, topics)


_NOT_ENOUGH = re.compile(r"\b(?:(?:do|does|did|would|will|could)\s+not|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|"
                         r"wouldn['\u2019]t|won['\u2019]t)\s+go\s+(?:nearly\s+|anywhere\s+near\s+)?far\s+enough",
                         re.IGNORECASE)
"""An act judged too little ("did not go far enough"; Merriam-Webster's "go far enough": to do enough): what does so
is opposed as it stands ("fell short" is left out: news says it as often of earnings and forecasts)."""
_GOES_AHEAD = re.compile(r"\b(?:will|would|must|should|shall)\s+(not\s+|never\s+)?(?:still\s+)?(?:go\s+ahead|proceed)"
                         r"(?=\s*(?:[,.;]|$|\s(?:as\s+planned|despite|regardless|on\s+schedule)\b))", re.IGNORECASE)
"""A thing said to go ahead or proceed, as planned or despite something (WordNet 3.0 proceed.v.01 / go_ahead.v.01
"continue talking or doing"; Quirk et al. 1985, 4.52 on the modals of volition and necessity): its speaker backs it,
or, denied, opposes it."""
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|these|those|some|many)|['\u2019]s?)\s+$",
                          re.IGNORECASE)
_PRESENT_EFFECT = re.compile(r"(?<=[a-z]\s)([a-z]{3,}s)\b(?=\s+(?:the|a|an|its|their|our|his|her|[a-z]+['\u2019]s|"
                             r"[A-Z]|\w+s\b))")
"""A verb in the simple present with an object after it ("the law violates the constitution"; Quirk et al. 1985,
4.6, the present of general truth): what a thing does as a lasting property, which judges it."""


_EFFECT = re.compile(r"\b(?:(?P<modal>will|would|could|might|may|can|shall)|is|are|was|were|(?P<perfect>has|have)|had)\s+"
                     r"(?P<neg>not\s+|never\s+)?(?:(?:\w+ly|also|only|further|even|still|soon|already)\s+)?"
                     r"(?P<verb>[a-z]+)\b(?!\s+by\b)", re.IGNORECASE)
_INTO_HARM = re.compile(r"\b(?:will|would|could|might|may|can|shall)\s+(?P<neg>not\s+|never\s+)?(?:\w+ly\s+)?"
                        r"(?:" + "|".join(sorted(load()["stances"]["pushing_into"].split())) + r")\s+"
                        r"[^,;:.\"\u201c\u201d\s][^,;:.\"\u201c\u201d]{0,40}?\s(?:deeper\s+)?into\s+(?P<harm>[a-z]+)\b", re.IGNORECASE)
"""A modal, a causative verb of moving (the lexicon's pushing_into) and its object, then "into" a state ("would push millions into poverty", "could plunge the country
into chaos"; Quirk et al. 1985, 16.46, the resultative complement): the state's tone in VADER's lexicon is the effect's."""
_HAZARDS = frozenset(load()["event_context"]["hazards"])
_CIRCUMSTANCES = frozenset(load()["stances"]["circumstance_nouns"].split())
"""Natural hazards, accidents and diseases (the lexicon's [event_context] hazards): what they will do is a forecast,
no one's act to take sides on."""
_HARMING = frozenset(load()["stances"]["harming"])
"""Verbs of harm that VADER's lexicon lacks (the lexicon's ``harming``): as strong as its "hurt" in an effect."""
_SUCCEEDING = frozenset(load()["stances"]["succeeding"])
_FAILING = frozenset(load()["stances"]["failing"])
_STRONG = 1.0
"""The VADER valence (of -4 to 4) beyond which a predicted act judges what does it: "hurt" (-2.4), "help" (1.7)."""


def _calls_someone(complement: str) -> bool:
    """Whether a copula's complement is a noun phrase (Quirk et al. 16.21): a determiner first ("a hero"), or
    a plural noun after at most two adjectives ("criminals", "dangerous criminals"), not an adjective or a
    prepositional phrase of state ("alive", "still missing", "in hospital")."""
    words = complement.lower().split()[:3]
    if words[0] in _DETERMINERS:
        return True
    n = 0
    while n < 2 and n < len(words) - 1 and is_adjective(words[n]):
        n += 1
    head = words[n].strip("\"'\u201c\u201d\u2019")
    return head.isalpha() and head.endswith("s") and not head.endswith("ss") and ends_phrase(head)


def _of_someone(before: str, mentions: Mentions | None) -> bool:
    """Whether the subject a copula follows (``before`` ends at the copula) is a person or people:
    a personal pronoun, a number, a noun for people, a person's name; or no subject at all, the
    copula an infinitive ("told residents to be ready")."""
    words = before.split()
    if not words:
        return False
    subject = _CLAUSE_OPEN.split(before)[-1].split()
    cut = next((n for n, w in enumerate(subject) if n and w.lower() in _POSTMODIFYING), None)
    if cut is not None and subject[0].lower() in _DETERMINERS:
        words = subject[:cut]  # "the strike by Tube drivers": the strike, its head before its prepositional phrase
    last = words[-1].lower().strip(",;:\"\u201c\u201d")
    if last in _PERSONAL or last.isdigit() or last in _HUMAN or (last.endswith("s") and last[:-1] in _HUMAN):
        return True
    if mentions is None:
        return False
    tail = before.rstrip()[-60:]
    named = mentions.within(tail, every=True)  # a name right before the copula: blanked, its last letter goes
    return bool(named) and named[-1][1] in mentions.people and mentions.blank(tail)[-1:] == " "


_POSTMODIFYING = frozenset("of by for from in on with over against".split())
"""The prepositions that open a noun phrase's postmodifier (Quirk et al. 1985, 17.37): its head stands before them."""
_PERSONAL = frozenset("i we you he she they who to".split())
"""Personal pronouns and the relative "who" as a subject (Quirk et al. 6.3), and "to" before an infinitive copula."""
_HUMAN = frozenset(load()["topics"]["not_issues"].split()) | frozenset(load()["words"]["person_nouns"].split())
"""The general nouns for people, social roles and units (the lexicon's [topics] not_issues, Biber et al. 1999, 4.2),
and WordNet's nouns for people (the lexicon's person_nouns: "firefighters", "hostages")."""
_PARTICIPLES = frozenset(load()["topics"]["irregular_past"].split())
"""Irregular past forms, the past participles of a passive after a copula ("was meant", "were held")."""


def _own_words(passage: str, target: str | None, mentions: Mentions) -> str:
    """``passage`` with the words that name its matter rather than judge it blanked, so that the
    sentiment reads only the speaker's own words: the actors' names, the target's words, the
    verbs and nouns that name what happened ("condemned the attack", "the end of the war"), and
    the nouns of its noun phrases, whose adjectives alone judge ("a terrible crisis": terrible)."""
    out = _PREPOSITION_LIKE.sub(lambda m: " " * len(m.group()), mentions.blank(passage))
    words = set() if target is None or target == MATTER else {w.lower() for w in _WORD.findall(target)}
    blank, before = [], None
    for m in _WORD.finditer(out):
        word = m.group().lower()
        if word in words or word in _HAPPENING:
            blank.append(m.span())
            # the noun that modifies an event's noun says which event ("terrorist attacks"); an adjective
            # or an adverb judges it ("brutal attacks", "brutally attacked")
            if (word in _HAPPENING and before and out[before.end() : m.start()] == " "
                    and (w := before.group().lower()) not in _DETERMINERS and not w.endswith("ly")
                    and not is_adjective(w)):
                blank.append(before.span())
        before = m
    for a, b in blank:
        out = out[:a] + " " * (b - a) + out[b:]
    pieces, pos = [], 0
    for a, b, _ in phrases(out):  # a noun names a thing ("the crisis", "a gift"); its adjective judges it
        if _CALLED.search(out, 0, a):
            continue  # what the speaker calls something judges it ("this closure is a disaster")
        for m in _WORD.finditer(out, a, b):
            if m.group().lower() not in _DETERMINERS and not is_adjective(m.group()):
                pieces += [out[pos : m.start()], " " * (m.end() - m.start())]
                pos = m.end()
    return "".join(pieces) + out[pos:]

_PREPOSITION_LIKE = re.compile(r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bwould )(?<!\bdo )(?<!\bdid )(?<!n't )"
                               r"(?<!\bnot )(?<!\bto )\blike\b", re.IGNORECASE)
""""like" as a preposition or a conjunction ("companies like ours", "I feel like"), not the verb of liking after its
subject or an auxiliary (Quirk et al. 9.4): VADER reads every "like" as liking."""
_CALLED = re.compile(r"(?<!\bthere )\b(?:is|are|was|were|be|been|remains?|remained|becomes?|became|seems?|seemed)\s+"
                     r"(?:\w+ly\s+|not\s+|also\s+)?$", re.IGNORECASE)
"""A copula right before a noun phrase, not after an existential "there" (Quirk et al. 16.21, subject complement)."""
_DETERMINERS = frozenset("the a an this these those its his her their our my your no any every such".split())


_COMPLEMENT = re.compile(r"\b(?:is|are|was|were|be|been|remains?|remained|amounts?\s+to|amounted\s+to|constitutes?|"
                         r"constituted)\s+(?!being\b|getting\b|\d|[$\u20ac\u00a3])"
                         r"(?!(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:" + "|".join(sorted(load()["words"]["proportion_nouns"].split()))
                         + r")\s+of\b)([^,;:.]{3,80})", re.IGNORECASE)
"""The subject complement of a copula (Quirk et al. 16.21), where speech calls something good or bad; "amount to" and
"constitute" link a subject to what it is judged to be as a copula does ("the blockade amounted to collective
punishment", "the strikes constitute a war crime"; WordNet 3.0 amount.v.01 "be tantamount or equivalent to",
constitute.v.01 "form or compose"), not to a sum ("amounted to $3 billion")."""

_JUDGING = frozenset(("support", "accuse", "reject"))
_CONTRAST = re.compile(r"\bbut\b|\bhowever\b|\byet\b(?=,)", re.IGNORECASE)
"""After a contrast, the words that carry the position (Quirk et al. 13.41, contrastive coordination)."""
_NEGATED = re.compile(r"\b(?:cannot|can't|can not|will not|won't|would not|wouldn't|do not|don't|does not|doesn't|"
                      r"did not|didn't|shall not|must not|never|not)\s+(?:(?!only\b)\w+ly\s+)?(\w+)\b(?!\s+(?:down|off|up|out)\b)")
"""A negated verb in its base form (Quirk et al. 10.54, clause negation) with the verb it denies; "not only" is
no negation, and a phrasal verb ("never back down") is another verb."""
_NEGATED_OPPOSE = frozenset(load()["stances"]["negated_oppose"])
"""Verbs of permitting, accepting, backing, yielding and wanting, which a negation turns into refusing their object."""
_NEGATED_SUPPORT = frozenset(load()["stances"]["negated_support"])
"""Verbs of refusing, or of waiting, which a negation turns to taking their object's side."""
_PARTICLE = re.compile(r"\w*\s*(?:down|off|out|up|away)\b")
"""A particle after a verb makes a phrasal verb of it ("never back down"), which a negation before it does not
turn round as it turns the verb (as `_NEGATED` leaves it; Quirk et al. 16.2)."""
_NOT_BEFORE = re.compile(r"\b(?:not|no|never|n't|cannot)\s+(?:\w+\s+){0,2}$")
"""A negation within three words before a word: its scope (Quirk et al. 10.64)."""
_SUBORDINATE = re.compile(r"\b(?:because|while|when|whenever|if|unless|although|though|since|after|before|until|"
                          r"whereas)\b[^,;:.!?]*", re.IGNORECASE)
"""An adverbial clause (Quirk et al. 15.2): a condition, reason or time beside the position, not the position."""
_APPOSITION_INSIDE = re.compile(r",\s+(?:[a-z]+ing|the|a|an)\s[^,;:.!?\"\u201c\u201d]{2,60},(?=\s)")
"""A noun phrase in apposition between commas (Quirk et al. 17.65): it names, it states no position."""
_CUES = {polarity: re.compile(r"(?<!\w)(?:" + alternation(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")")
         for polarity, words in (("support", SUPPORT_WORDS), ("oppose", OPPOSE_WORDS))}
"""The lexicon's cue words of each polarity, each from the start of a word ("agree", not "disagree")."""
_HAPPENING = frozenset(
    f for kind, found in ACTION_CUES.items() if kind not in _JUDGING for f in found if " " not in f) | frozenset(
    noun for kind, nouns in load()["event_nouns"].items() if kind not in _JUDGING for noun in nouns)
"""The forms of the event verbs and nouns that name what happened (an attack, an arrest, a ban), not a
judgement of it: every kind but praising, accusing and rejecting."""
_VALENCE = 0.3  # VADER's compound score beyond which a passage takes a side (chosen on the dev fixtures)


@cache
def _sentiment():
    from summariser.rules.sentiment import analyser  # VADER, its lexicons read from the cache

    return analyser()


def _valence(text: str) -> float:
    """VADER's compound score of ``text``, "far from" before an adjective or a determiner read as the negation it is
    ("far from perfect", "far from a solution"; Quirk et al. 1985, 10.65, approximate negators), which VADER's own
    negation list leaves out."""
    if "far from" in text:
        text = _FAR_FROM.sub("not ", text)
    return _sentiment().compound(text)


_FAR_FROM = re.compile(r"\bfar\s+from\s+(?=(?:a|an|the|being|\w+(?:ful|ive|ous|ble|al|ect|ent|ant|ing|ed|ic)\b))",
                       re.IGNORECASE)


def topic(passage: str) -> str:
    """A short phrase for what a passage is about: its first words."""
    words = re.findall(r"[\w'\u2019-]+", passage)[:6]
    return " ".join(words) if len(words) >= 2 else "the matter quoted"


_SAYS = re.compile(r"\b(?:" + alternation(sorted({f for v in REPORTING_VERBS + tuple(load()["stances"]["asserting"])
                                                   + tuple(load()["stances"]["manner_of_speaking"]) for f in forms(v)},
                                                 key=lambda f: (-len(f), f)))
                   + r"|[Aa]ccording to)\b")
_REPORTING_LEMMAS = frozenset(REPORTING_VERBS)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
_WHO_BEFORE = re.compile(r",\s+(?:who|many\s+of\s+whom|most\s+of\s+whom)\s+(?:(?:have|has|had|also|long)\s+)*$")
"""A non-restrictive relative pronoun right before the verb of saying: the collective before it speaks."""
_BEFORE = re.compile(r"\b(he|she|they)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)?$", re.IGNORECASE)
_AFTER = re.compile(r"^\s*(he|she|they)\b(?=\s*(?:[,.;]|$))", re.IGNORECASE)  # "..., said he.", not "said they would"
_BOUNDARY = re.compile(r"[;:\"\u201c\u201d]|,\s+(?:but|and|while|as)\s")


def speaker(text: str, mentions: Mentions, lang: str = "en") -> tuple[str | None, int]:
    """Who speaks in ``text`` (a sentence), and where the reporting verb ends (-1 if none): the
    subject of a reporting verb outside the quotes ("X said", "X, the mayor, told reporters"),
    the name after an inverted one ("..., said Foreign Minister Y", "said its director, Y"),
    "according to Y", a pronoun ("she said") for the person the sentence or the one before is
    about, "a spokesman said" for the body named last, or the subject before a colon
    introducing a quote ("Y: \u201c...\u201d")."""
    outside = without_quotations(text)
    if lang != "en":
        return _speaker_in(outside, mentions, lang)
    for verb in _SAYS.finditer(outside):
        if _NOT_SAYING.search(outside, max(0, verb.start() - 30), verb.start()):
            continue  # "refused to say whether", "did not say when": nothing said
        after = outside[verb.end() : verb.end() + 60]
        if _DETERMINED.search(outside, max(0, verb.start() - 20), verb.start()):
            continue  # "in their comments", "a state", "the written reasoning": a noun or an adjective, no verb
        if verb.group().lower() in _REPORTING_LEMMAS and _THAT_BEFORE.search(outside, max(0, verb.start() - 10), verb.start()) \
                and (nxt := _NEXT_WORD.match(after)) and nxt.group(1).islower() and nxt.group(1) not in STOP:
            continue  # "said that state television favoured X": a that-clause opens with its subject, so a bare form
            # before a noun there is that subject's modifier, no verb of saying (Quirk et al. 1985, 15.3)
        if verb.group().lower() in _CHARGE_NOUNS and _NOUN_OBJECT_BEFORE.search(outside, max(0, verb.start() - 30), verb.start()):
            continue  # "rejecting claims that", "amid reports that": the noun, the object of a verb or a preposition
        if verb.group().lower() == "according to":
            named = mentions.within(after)
            if named and named[0][0] < 25:
                fronted = not outside[: verb.start()].strip(" \"\u201c") and (comma := after.find(",", named[0][0])) >= 0
                return named[0][1], verb.end() + comma + 1 if fronted else verb.end()  # "According to X, the tariffs
                # are illegal": the words after the source's comma are what it holds
            continue
        if (first := mentions.within(after)) and first[0][0] <= 1 and _OBJECT_COMPLEMENT.match(mentions.blank(after).lstrip()):
            continue  # "declared Karl Brandt the winner": a complex-transitive verb's object and its complement, no speech
        stretch_start = max(0, verb.start() - 120)
        cut = list(_BOUNDARY.finditer(outside, stretch_start, verb.start()))
        if cut:
            stretch_start = cut[-1].end()
        if (cut or stretch_start == 0) and (lead := _LEADING_CLAUSE.match(outside, stretch_start, verb.start())):
            stretch_start = lead.end()  # "After X rejected it, Y said": Y, the main clause's subject
        stretch = outside[stretch_start : verb.start()]
        if (rel := _WHO_BEFORE.search(stretch)) and (named := mentions.within(stretch[: rel.start()], every=True)) \
                and named[-1][0] + 30 >= rel.start() and any(i == named[-1][1] and c.kind == "group" for c, i in mentions.actors) \
                and not _SAYS.search(outside, verb.end()):  # (not "X, who say ..., must be heard, the mayor said")
            return named[-1][1], verb.end()  # "land farmed by Palestinians, who say": a collective's relative clause
        if _COORDINATED.search(outside, 0, verb.start()) and (who := _first_subject(outside[: verb.start()], mentions)):
            return who, verb.end()  # "X accused Y of ..., and said": coordinated predicates share X, their subject
        if (inserted := _INSERTED_SUBJECT.search(stretch)) and not mentions.within(inserted.group()) \
                and not _SPOKESPERSON.search(inserted.group()) and not _TITLE_SUBJECT.search(inserted.group()) \
                and not _ANAPHOR_SUBJECT.search(stretch) and _state_voice(inserted.group(), mentions) is None:
            continue  # "fighters which, the statement said, European nations refused": the statement speaks, no actor
        if (who := _subject_of(stretch, mentions) or _state_voice(stretch, mentions)) is not None:
            return who, verb.end()
        if m := _BEFORE.search(stretch):
            # "Jane Doe accused them, when, she said, ...": the person this sentence is about first
            who = _subject_of(outside[: stretch_start + m.start()], mentions, people_only=True) \
                if m.group(1).lower() in ("he", "she") else None
            if who := who or mentions.refer(m.group(1)):
                return who, verb.end()
        if (spoke := _SPOKESPERSON.search(stretch)) and mentions.last_body and _speaks_for(spoke.group(), mentions):
            return mentions.last_body, verb.end()  # "a spokesman said": for the body named last
        if _TITLE_SUBJECT.search(stretch) and mentions.last_person:
            return mentions.last_person, verb.end()  # "the foreign minister said": the person named last
        if (anaphor := _ANAPHOR_SUBJECT.search(stretch)) and (who := _anaphor(anaphor, mentions)):
            return who, verb.end()  # "the group said", "it said", "the country said", "the 54-year-old said"
        reach = _ROLE_THEN_NAME.match(after)  # "said its director, Jane Doe"
        blank = mentions.blank(after)
        named = [(at, i) for at, i in mentions.within(after) if at < 45 and "," not in after[reach.end() if reach else 0 : at]
                 and not _CLAUSE_SUBJECT.match(blank, at)]  # "said Mexico would ...": Mexico is the subject of what is said
        if named:  # "said Verdi board member Sabine Kraus": the person speaks, not the body
            people = [i for _, i in named if i in mentions.people]
            return (people[0] if people else named[0][1]), verb.end()
        if (m := _AFTER.match(after)) and (who := mentions.refer(m.group(1))):
            return who, verb.end()
    colon = re.search(r":\s*[\"\u201c]", text)
    if colon:
        named = mentions.within(outside[: colon.start()])
        if named:
            return named[0][1], colon.end()
    if may_match(_SPOKE_WORDS, text) and (spoke := _SPOKE_COMMA.search(text)) and (
            who := _subject_of(outside[: spoke.start()], mentions)):
        return who, spoke.end()  # "Senator X spoke on Fox News, \u201c...\u201d": the subject speaks the quote
    return None, -1


_SPOKE_FORMS = sorted({f for v in load()["stances"]["speaking"] for f in forms(v)}, key=lambda f: (-len(f), f))
_SPOKE_WORDS = words_pattern(*_SPOKE_FORMS)
_SPOKE_COMMA = re.compile(r"\b(?:" + "|".join(_SPOKE_FORMS) + r")\b[^,;:.\"\u201c\u201d]{0,60},\s*[\"\u201c]")
"""A verb of speaking, its adverbials ("on Fox News", "at a rally on Monday") and a comma before a quote: the quote is
what the verb's subject said (Quirk et al. 1985, 14.29, a reporting clause before direct speech)."""


_OBJECT_COMPLEMENT = re.compile(r"(?:the|a|an)\s+[a-z]+(?:\s+of\s|\s*[,;.])")
"""A noun phrase right after a reporting verb's object ("declared X the winner of the vote,"): the object's
complement (Quirk et al. 1985, 16.43 on complex-transitive verbs), not the subject of a reported clause."""
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|his|her|our|my|your|this|these|those|of|for|with|in|on|at|by|"
                         r"\w+['\u2019]s)\s+$", re.IGNORECASE)
"""A determiner, a possessive or a preposition right before a word: what follows is a noun phrase (Quirk et al.
5.10), so a reporting verb's form there is a noun or an adjective ("their comments", "the stated aim")."""
_CLAUSE_SUBJECT = re.compile(r"\s*(?:['\u2019]s?\s|(?:would|will|had|has|have|is|was|were|are|could|should|may|might|"
                             r"must|did|does|do|can|cannot|the|a|an)\b|(?!said\b|told\b)[a-z]+ed\b)")
"""What follows a name that is the subject of the reported clause or the object of a complex-transitive verb
("declared X the winner", Quirk et al. 16.43), not a speaker after an inverted reporting
verb ("said Mexico would act", "said Nepal's resources were", "said Norway worked"; Quirk et al. 14.29: the
inverted subject ends its clause or takes an apposition, never a verb of its own)."""
_NO_PERSON = frozenset(load()["stances"]["body_titles"]) | frozenset(load()["stances"]["spokespersons"])
"""The lexicon's title words that name a body ("the union said") or only modify a title, and spokespersons."""
_TITLE_SUBJECT = re.compile(r"^\s*(?:\w+,\s+)?[Tt]he\s+(?:[a-z]+\s+){0,2}(?i:" + "|".join(sorted(TITLES - _NO_PERSON))
                            + r")\s+(?:also\s+|later\s+|then\s+)?$")
"""A definite title as the whole subject ("The foreign minister said"): the person it names was named before
(Quirk et al. 5.28, anaphoric "the")."""
_SPOKESPERSON = re.compile(r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?:" + "|".join(load()["stances"]["spokespersons"])
                           + r")\s+$", re.IGNORECASE)


def _speaks_for(spokesperson: str, mentions: Mentions) -> bool:
    """Whether an unnamed spokesperson ("a spokesman", "a government spokesman") speaks for the body named last: one that
    is no crowd, or a crowd the spokesperson's own word names ("a rebel spokesman" for the rebels). A crowd has no
    spokesperson of its own: "Protesters marched ... A government spokesman said" is the government's voice (the
    labelling guide: an unnamed spokesperson stands for a body)."""
    crowd = next((c for c, i in mentions.actors if i == mentions.last_body), None)
    if crowd is None or crowd.kind != "group":
        return True
    words = spokesperson.lower().split()
    if len(words) != 3:
        return False
    # whole words, in the singular, the plural or the possessive ("a rebel spokesman", "a miners' spokesman"), never a
    # word that only begins like the crowd's ("a militia spokesman" for militants, "a Protestant spokesman" for protesters)
    word = re.sub(r"(?:['\u2019]s?)$", "", words[1])
    return any(w in (word, word + "s", word + "es") for f in (crowd.name, *crowd.forms) for w in f.lower().split())


_ANAPHOR_SUBJECT = re.compile(
    r"(?:^|[,;]\s+)\s*(?:[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?P<body>" + "|".join(sorted(
        set(load()["words"]["body_classifiers"].split()) | set(load()["words"]["anaphoric_roles"].split())
        - {"minister", "president"})) + r")|[Tt]he\s+(?P<state>country|nation)|[Tt]he\s+(?P<age>\d+-year-old))"
    r"\s+(?:(?:also|later|then|\w+ly|has|had|have)\s+)?$")
"""A definite noun phrase that refers back as the whole subject (Quirk et al. 1985, 6.16 and 5.28): a body's kind
("the group", the lexicon's body_classifiers and anaphoric_roles), the state ("the country"), a person by their age
("the 54-year-old"); not "it", which as often refers to a thing or to whoever was last the subject."""


_INSERTED_SUBJECT = re.compile(r",\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+"
                               r"(?:(?:also|later|then|has|had|have)\s+)?$")
"""A noun phrase of its own right before a reporting verb, after a comma ("..., the statement said,", "..., the report
added"): the reporting clause is inserted with its own subject (Quirk et al. 1985, 15.53, comment clauses), so no
subject named earlier in the sentence speaks."""


def _anaphor(m: re.Match, mentions: Mentions) -> str | None:
    """Whom an anaphoric subject (`_ANAPHOR_SUBJECT`) refers to: the organisation named last, the state the article
    names most, or the person named last."""
    if m.group("body"):  # a kind of organisation refers to one, not to a crowd ("600 workers"); "the group" to either,
        # but not to people counted ("Thousands of people fled. The group accused": a number of people, no body)
        kind = next((c.kind for c, i in mentions.actors if i == mentions.last_organised), None)
        return mentions.last_organised if kind == "organisation" or m.group("body") == "group" and kind == "group" else None
    if m.group("state"):
        return mentions.government
    return mentions.last_person


_SPEAKER_PRONOUNS = _PERSONAL | {"it"}
_SAYINGS = frozenset(load()["event_nouns"]["none"])
"""Nouns of what is said ("statement", "report", "tweet"): "'...,' the statement said" voices whoever issued it."""
_SPEAKER_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _own_speaker(text: str) -> bool:
    """Whether a sentence that opens with a quote has a reporting clause of its own whose subject is a noun phrase, not a
    pronoun ("'...,' the dockers' union said", "'...,' said one fisherman"): the quote is that speaker's, and where the
    rules know no actor by it, the speaker of the sentence before does not say it (Quirk et al. 1985, 14.29; a
    pronoun, "he said", a noun of what is said, "the statement said", or "the" and one noun, "the official said", a
    definite description, may refer back to that speaker)."""
    outside = without_quotations(text)
    verb = _SAYS.search(outside)
    if verb is None:
        return False
    before = _SPEAKER_WORD.findall(outside[: verb.start()])
    after = _SPEAKER_WORD.findall(re.split(r"[,;:.!?]", outside[verb.end() :], maxsplit=1)[0])
    if before:
        return before[-1].lower() not in _SPEAKER_PRONOUNS and before[-1].lower() not in _SAYINGS \
            and not (len(before) >= 2 and before[-2].lower() == "the")
    if len(after) == 2 and after[0].lower() == "the":
        return False  # "said the official": a definite description, maybe of the last speaker
    return bool(after) and after[0].lower() not in _SPEAKER_PRONOUNS and after[-1].lower() not in _SAYINGS


_ROLE_THEN_NAME = re.compile(r"^\s*(?:its|their|his|her|the)\s+[a-z][\w' -]{1,40}?,\s*")


_COORDINATED = re.compile(r"\band\s+(?:also\s+|later\s+|then\s+|\w+ly\s+)?$", re.IGNORECASE)
"""A verb right after "and": the second of coordinated predicates, with no subject of its own (Quirk et al. 13.46)."""


_LEADING_CLAUSE = re.compile(r"\s*(?:after|when|whenever|although|though|while|whilst|as|because|if|since|once|"
                             r"before|until|unless)\b[^,;]*,\s*", re.IGNORECASE)
"""A leading adverbial clause up to its comma (Quirk et al. 15.2): its subject is not the main clause's."""


_PERSONAL_SUBJECT = re.compile(r"\s*(?:He|She|They)\s")
"""A personal pronoun opening a clause as its subject (not "it", which may be a dummy: "It is clear ...")."""


def _first_subject(clause: str, mentions: Mentions) -> str | None:
    """The actor named first in ``clause`` (from its last semicolon, past a leading adverbial clause) as a subject:
    not after a preposition, not a possessive."""
    start = clause.rfind(";") + 1
    if lead := _LEADING_CLAUSE.match(clause, start):
        start = lead.end()  # "After X rejected it, Y withdrew it and said": Y, the main clause's subject
    if _PERSONAL_SUBJECT.match(clause, start) and (pronoun := mentions.pronoun(clause[start:].lstrip())) is not None:
        return pronoun  # "He thanked the court and promised ...": whom "he" names, not the court
    for at, actor_id in mentions.within(clause[start:], every=True):
        at += start
        if not OBLIQUE.search(clause[max(0, at - 40) : at]) and not POSSESSIVE.match(clause, at) \
                and not _PREPOSED.search(clause[max(0, at - 40) : at]):
            return actor_id
    return None


_APPOSED = re.compile(r"\s*[Tt]he\s+(?:" + "|".join(sorted(load()["words"]["appositive_of"].split())) + r")\s+of\s+")
"""The "of" of apposition opening the subject, right before a name ("The city of Harlow said"; the lexicon's
appositive_of, Quirk et al. 1985, 17.46): the name is the head, no preposition's object; not after another noun's "of"
("the mayor of the city of Harlow": the mayor)."""


def _subject_of(stretch: str, mentions: Mentions, people_only: bool = False) -> str | None:
    """The actor a stretch before a verb is about: the first named as a subject (not after a
    preposition, nor as a possessive "Biden's win"), or a person named right after the body
    they speak for ("Verdi board member Sabine Kraus"); failing that, the first person named ("First Minister of
    Scotland Nicola Sturgeon said": a title's "of"), never a body named only after a preposition ("the use of
    force by police and said": the police do not speak)."""
    named = mentions.within(stretch, every=True)
    if not named:
        return None
    subjects = [(at, i) for at, i in named if (not OBLIQUE.search(stretch[max(0, at - 40) : at])
                                               or _FOR_BODY.search(stretch, max(0, at - 60), at)
                                               or _APPOSED.fullmatch(stretch, 0, at))
                and not POSSESSIVE.match(stretch, at)]
    if people_only:
        subjects = [(at, i) for at, i in subjects if i in mentions.people]
        return subjects[0][1] if subjects else None
    if subjects:
        at, first = subjects[0]
        if first not in mentions.people:
            near = [i for a, i in named if at < a <= at + 60 and i in mentions.people]
            return near[0] if near else first
        return first
    people = [i for _, i in named if i in mentions.people]  # "First Minister of Scotland Nicola Sturgeon said"
    return people[0] if people else None


def _speaker_in(outside: str, mentions: Mentions, lang: str) -> tuple[str | None, int]:
    """The speaker in German, French or Spanish: the actor nearest a reporting verb (by lemma),
    else the person named last ("sagte er", "a-t-il déclaré", "dijo": a pronoun or no subject)."""
    verbs = lemmas(lang).reporting_at(outside)
    if not verbs:
        return None, -1
    named = [(min(abs(v - at) for v in verbs), actor_id) for at, actor_id in mentions.within(outside, every=True)]
    near = [x for x in named if x[0] <= 80]
    people = [x for x in near if x[1] in mentions.people]
    if near:
        return min(people or near)[1], -1
    return mentions.last_person, -1


_STATEMENT_ISSUED = re.compile(r"\b(?:issued|released|published|put\s+out|posted)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?"
                               r"statement\b", re.IGNORECASE)
"""A body or a person issuing a statement (WordNet 3.0 statement.n.01 "a message that is stated or declared"): the quote
that follows in a sentence of its own is its words."""
_POLITE = re.compile(r"\s*(?:thank\s+you|thanks)(?:\s+(?:all|everyone|everybody|very\s+much|so\s+much|again))*(?:\s+for\s+"
                     r"(?:coming|being\s+here|having\s+(?:me|us)|listening|joining\s+us|inviting\s+(?:me|us)|the\s+invitation|"
                     r"your\s+(?:time|patience|attention|questions|hospitality|invitation))(?:\s+(?:today|tonight|here))?)?"
                     r"\s*[,.!]*\s*", re.IGNORECASE)
"""A quote of thanks for a courtesy only ("Thank you all for coming", "Thanks for having me"): politeness (the task's
precision rule; the labelling guide: thanks towards who is thanked, and here no one is named)."""


def stances_of(s: Sentence, mentions: Mentions, previous: str | None, topics: Topics, lang: str = "en") -> tuple[list[Stance], str | None]:
    """The position a sentence reports its speaker taking: in its quotes, else in the reported
    speech after the reporting verb. A sentence that is only a quote continues the speaker of
    the one before. Returns the stances and who speaks next."""
    if lang == "en" and (named := _named_as(s.text, mentions, topics, s.start)):
        # "X called the plan "a disaster"": X judges the plan; a stance verb beside it states its own position ("blamed
        # the FSU for the ambush and called it ...")
        acts = act_stances(s.text, (0, len(s.text)), mentions, topics, [])[0] if not s.is_quote else []
        return [named, *(a for a in acts if a.holder == named.holder and a.target != named.target)], named.holder
    quoted = quotes(s.text, shortest=2 if lang == "en" else 4)
    holder, verb_end = speaker(s.text, mentions, lang)
    if holder is None and quoted and s.is_quote and verb_end < 0 and not (lang == "en" and _own_speaker(s.text)):
        holder = previous
    if holder is None and lang == "en" and not quoted and "tatement" in s.text and (
            issued := _STATEMENT_ISSUED.search(s.text)) and not _NEGATION.search(s.text, 0, issued.start()):
        # "Oxfam issued a statement on Tuesday." then a sentence that is only a quote: the statement's words, its issuer's
        issuers = _holders(s.text, issued.start(), mentions)
        return [], issuers[0] if len(issuers) == 1 else previous
    if holder is None:
        return [], previous
    if quoted and lang == "en" and 0 <= verb_end <= quoted[0][0] and _said_between(s.text, verb_end, holder, mentions):
        quoted = []  # "The closures, X said, were "a disaster"": the quote is words of the reported clause around it
    if quoted:
        passage = " ".join(s.text[a:b] for a, b in quoted)
        if lang == "en" and all(_OWN_FEELING.fullmatch(s.text[a:b]) for a, b in quoted):
            return [], holder  # "I feel sad and very tired": the speaker's own state, about no one and nothing
        if lang == "en" and all(_POLITE.fullmatch(s.text[a:b]) for a, b in quoted):
            return [], holder  # "Thank you all for coming": thanks as politeness, a position on no one and nothing
        if lang == "en" and len(quoted) == 1 and _circumstantial(passage):
            return [], holder  # "The situation is very difficult": the circumstances described, no side taken
        longest = max(quoted, key=lambda q: q[1] - q[0])
        evidence = s.text[longest[0] : longest[1]].rstrip(" ,.")
        if len(evidence.split()) < 4:
            evidence = s.text.rstrip(" ,;.")
    elif verb_end >= 0:
        if lang == "en" and s.text.rstrip().endswith("?") and _QUESTION_OPENER.match(s.text):
            return [], holder  # "Did Senator Ruiz say the tariffs were unfair?": what is asked, not said
        passage = s.text[verb_end:]
        if lang == "en" and (other := _SECOND_SPEAKER.search(passage)):
            passage = passage[: other.start()]  # "X said A, while Y said B": X's words end where Y's clause opens
        if lang == "en" and s.text[max(0, verb_end - 5) : verb_end].lower().endswith(("told", "tells", "tell")) and (
                whom := _TOLD_WHOM.match(passage)):
            passage = passage[whom.end() :]  # "told reporters the law was unconstitutional": whom one tells goes
        elif lang == "en" and s.text[max(0, verb_end - 5) : verb_end].lower().endswith(("told", "tells", "tell")) and (
                whom := _WHOM_TOLD.match(passage)) and _SAID_ADVERBIAL.match(passage, whom.end()):
            passage = passage[whom.end() :]  # "told reporters in Oslo the deal was good": whom, then where, go
        if lang == "en" and (adverbial := _SAID_ADVERBIAL.match(passage)):
            passage = passage[adverbial.end() :]  # "said on Tuesday the deal was a good result": when it was said goes
        if (before := _said_after(s.text, verb_end, holder, mentions)) is not None:
            passage = before  # "The curfew is unnecessary, said Mayor X": the reported clause stands before
        evidence = passage.strip(" ,;.")
        if before is None and (around := _said_between(s.text, verb_end, holder, mentions)) is not None:
            passage = _QUOTE_MARKS.sub("", around)  # "The curfew, Mayor X said, is unnecessary": the reporting clause
            # stands inside; a quote in it is its words ("were "a disaster"")
            evidence = s.text.strip(" ,;.")  # verbatim: the whole sentence
        if len(evidence.split()) < 3:
            return [], holder
    else:
        return [], holder
    polarity, target = _verb_position(passage, holder, mentions, topics, bool(quoted)) if lang == "en" else next(
        ((p, o) for at, end, p in lemmas(lang).stances(passage)
         if (o := _object_of(passage, at, end, [holder], mentions, topics, lang))), (None, None))
    contrasted = _contrasted(passage, holder, mentions, topics, bool(quoted)) if lang == "en" and not quoted else []
    if polarity is None and contrasted:
        polarity, target = contrasted.pop(0)
    also = [Stance(holder=holder, target=t, polarity=p, evidence=evidence) for p, t in contrasted if t != target]
    if lang == "en" and verb_end >= 0 and (acts := _before_saying(s, verb_end, holder, mentions, topics)):
        # "X condemned the use of force and said ...": the stance verb before the reporting verb states the position
        said = [Stance(holder=holder, target=target, polarity=polarity, evidence=evidence)] if polarity else []
        return acts + said + also, holder
    if polarity is None and lang == "en" and (beside := _SOLIDARITY.search(passage)):
        # "we stand with the people of X", "we are with you": solidarity supports whom it stands with
        named = [i for at, i in mentions.within(passage[beside.end() : beside.end() + 50]) if at <= 25 and i != holder]
        if not named and (whom := _WITH_HIM.match(passage, beside.end())):
            named = _last_other_person(mentions, s.start, holder, whom.group(1).lower())
        polarity = "support"
        target = _thing_named(named[0], mentions, topics) if named else (
            _framed(s.text, quoted, holder, mentions, topics) or _target(passage, holder, mentions, topics))
    if polarity is None:
        # reported speech states its position in words; a quote's tone alone may show it
        targets: list[str] = []  # the target is found once, and only when the tone is read

        def about() -> str:  # what the words around a quote say, else what the words themselves name
            return _framed(s.text, quoted, holder, mentions, topics) or _target(passage, holder, mentions, topics)

        def own() -> str:
            if not targets:
                targets.append(about())
            return _own_words(passage, targets[0], mentions)
        if lang == "en" and not quoted and (ready := _READY_TO.search(passage)) and \
                not _CONTRAST.search(passage, 0, ready.start()):
            return also, holder  # "said the government was ready to offer help if the plant stayed open": an offer of
            # an act that is no stance verb's (those gave their position above), no side taken
        if lang == "en" and not quoted and may_match(_LIKELIHOOD_WORDS, passage) and _FORECAST.match(passage) and \
                ((judged := _copula_subject(passage, mentions, topics)) is None or _doer(judged)):
            return [], holder  # "said the bank would probably cut rates next month": a forecast of what someone will do,
            # no side taken ("the tax would probably destroy jobs" still judges the tax by its harm)
        polarity = (_polarity_of(passage, own) if quoted else _judged(passage, own, mentions)) if lang == "en" \
            else _polarity(passage, lang)
        if lang == "en" and quoted and (first := next(_complements(passage), None)) and (
                called := _called_progress_or_need(first.group(1))):
            polarity = called  # “This law is a big step back for women”: the complement's idiom, not its words'
            # tone
        if lang == "en" and quoted and len(quoted) == 1 and (first := next(_complements(passage), None)) and (
                day := _DAY_JUDGED.match(first.group(1))):
            polarity = "oppose" if day.group("adj").lower() in _DARK_DAY else "support"  # "a dark day for press freedom"
        if polarity == "neutral" and lang == "en" and quoted and (first := next(_complements(passage), None)) and (
                noun := _judging_noun(_COMPLEMENT_CLAUSE_END.split(first.group(1), 1)[0])):
            polarity = noun  # “This reform is a historic achievement”: the quote's own complement judges
        if polarity == "neutral" and lang == "en" and quoted and len(quoted) == 1 and \
                (called := _copula_subject(passage, mentions, topics)) and not _GENERIC.match(called) and \
                next(_complements(passage), None):
            polarity = _judged(passage, own, mentions)  # “The reform is long overdue”: the quote calls a thing
            # it names good or bad, read as reported speech's complement is
        if polarity == "neutral" and lang == "en" and quoted and 0 <= verb_end < quoted[0][0] and (
                called := _quoted_complement(s.text[verb_end : quoted[0][0]], s.text[quoted[0][0] : quoted[0][1]],
                                             mentions, topics)) and (
                (judged := _complement_polarity(s.text[quoted[0][0] : quoted[0][1]])) != "neutral"):
            # "said the offer was \u201can insult to every nurse\u201d": the quote is what the speaker calls the offer,
            # judged as an object complement is (its head's tone), not as words that name things
            return [Stance(holder=holder, target=called, polarity=judged, evidence=evidence), *also], holder
        if polarity == "neutral" and lang == "en" and not quoted and verb_end >= 0 and \
                _WARNED.search(s.text, max(0, verb_end - 12), verb_end) and \
                (warned := _warned_of(passage, mentions, topics)):
            # "warned that the plan would fuel inflation": what a thing is warned to do is a harm, and the thing opposed
            return [Stance(holder=holder, target=warned, polarity="oppose", evidence=evidence), *also], holder
        if polarity == "neutral" or lang == "en" and (timed := _OF_TIME.match(passage)) and not (
                quoted and timed.group("it") and not timed.group("when") and _JUDGING_IT.search(passage)) and not (
                quoted and _SAID_OF.search(without_quotations(s.text))) and not (
                not quoted and verb_end >= 0 and (back := _REFERS_BACK.match(passage)) and not back.group("person")
                and _act_referred(s.text, verb_end, mentions, s.start, topics) is not None):
            # "approved a curfew. X said it was unlawful": "it" is the act named before, no time
            return [], holder  # "It was a terrifying night": a time judged, no thing taken sides on
        target = targets[0] if targets else about()
        if lang == "en" and (not quoted or target == MATTER) and (judged := _copula_subject(passage, mentions, topics)):
            target = judged  # "said the new curfew was unlawful", "\u201cThe scheme has failed\u201d": what is judged
            if (at := passage.find(judged)) > 0 and (first := _FIRST_CONJUNCT.search(passage, 0, at)) and \
                    not mentions.within(first.group(1)) and not _doer(first.group(1)):
                also.append(Stance(holder=holder, target=_matter_of(first.group(1), topics), polarity=polarity,
                                   evidence=evidence))  # "said the tax and the levy were unfair": each is judged
        elif lang == "en" and quoted and 0 <= verb_end < quoted[0][0] and (
                judged := _quoted_complement(s.text[verb_end : quoted[0][0]], s.text[quoted[0][0] : quoted[0][1]],
                                             mentions, topics)) and not _bare(judged):
            target = judged  # "said the arms deal was \u201ca terrible mistake\u201d": the quote calls the deal
    if lang == "en" and target == MATTER and quoted and 0 <= verb_end < quoted[0][0] and \
            not _OWN_SUBJECT_AFTER_SAYING.match(s.text, verb_end) and \
            (judged := _copula_subject(_QUOTE_MARKS.sub("", s.text[verb_end:]), mentions, topics)) and \
            judged != MATTER and not _bare(judged) and not _GENERIC.match(judged):
        target = judged  # 'said the tariffs would “hurt American families”': the reported clause's subject, outside
        # the quote, is what the quoted words judge
    if lang == "en" and not quoted and polarity == "oppose" and (blamed := _blamed(passage, mentions)):
        target = blamed  # "said the rebels were to blame for the attack": the rebels, not the attack
    elif lang == "en" and not quoted and polarity == "oppose" and (first := _BLAMING_COPULA.search(passage)) and \
            _impersonal(_CLAUSE_OPEN.split(passage[: first.start()])[-1]):
        return also, holder  # "said bad weather was to blame for the delays": a cause with no one behind it
    if lang == "en" and target == MATTER and len(quoted) == 1 and (aux := _FIRST_AUXILIARY.search(passage, 0, 80)) and (
            judged := _thing_subject(passage, aux.start(), mentions, topics)) and judged != MATTER and \
            passage[: aux.start()].strip().lower() == judged.lower() and \
            any(topics.is_act(w) or names_act(w) for w in _WORD.findall(judged.lower())[1:]):
        target = judged  # '"The tax rise will hit the poorest hardest"': the act or measure the quote opens with, not
        # the article's main matter
    if lang == "en" and target == MATTER and len(quoted) == 1 and (judged := _judged_doer(passage, mentions)):
        target = judged  # '"The president has lied to the nation," X said': the body or office the quote judges
    if target == MATTER and quoted and verb_end >= 0 and _OWN_SUBJECT_AFTER_SAYING.match(s.text, verb_end) and (
            disposed := _disposed(_QUOTE_MARKS.sub("", s.text[verb_end:]), topics)):
        polarity, target = disposed[1], disposed[2]  # 'said he was "deeply sceptical" of the levy': the adjective's own
        # complement, outside the quote, names what the quoted words judge
    if lang == "en" and (wronged := _WRONGED.search(passage)) and (target == MATTER or _in_victim(target, wronged)):
        # "“This is a betrayal of workers,” X said": the one wronged is no target; what "this" refers to is,
        # the decision told before first ("announced it would close its plant": the closing), else the act named
        polarity = "oppose"  # "an attack on religious freedom": the good wronged does not make the words kind
        if decided := _decision_before(mentions.text, s.start):
            target = decided
        else:
            target = MATTER if (thing := _act_referred(s.text, max(verb_end, 0), mentions, s.start, topics)) is None \
                else _INDEFINITE.sub("the ", _matter_of(thing, topics))
            if target == MATTER and (act := _act_before(mentions.text, s.start)):
                target = act  # "The governor dissolved the regional assembly. X said it was an attack on democracy"
    if lang == "en" and target == MATTER and (referred := _referred(s.text, 0, len(s.text), mentions, s.start, topics)):
        target = referred  # "The cabinet approved a curfew. X said the move was reckless": the curfew, not the article's
        # matter
    if target == MATTER and not quoted:
        # reported speech that names nothing it takes a side on ("said the weather had been terrible"): a target borrowed
        # from the rest of the article would guess; one whose subject refers back ("said it was a mistake") judges what
        # it refers to, where the text names it (a quote's tone keeps its borrowed matter)
        # (the article's matter, as before, stands for what the text names)
        # ("said they were criminals": the people it refers to, as before)
        back = _REFERS_BACK.match(passage)
        if back and not back.group("person"):
            if (thing := _act_referred(s.text, verb_end, mentions, s.start, topics)) is None and (
                    thing := _antecedent_thing(s.text, verb_end, mentions, s.start, topics)) is None:
                return also, holder  # an act or measure named before first ("approved a law extending the term of
                # governors. X said it was unlawful": the law, not the term), else the nearest thing
            # "Asked about the closures, X said they were a disaster": the closures, in the article's fullest words;
            # known by now, a thing first named with "a" is "the" thing (Quirk et al. 1985, 5.26), as `_plain` makes
            # a demonstrative: "approved a curfew. X said it was a mistake": the curfew
            target = _INDEFINITE.sub("the ", _matter_of(thing, topics))
        elif not back and not _people_judged(passage, mentions):
            return also, holder
    return [Stance(holder=holder, target=target, polarity=polarity, evidence=evidence), *also], holder


_READY_TO = re.compile(r"\b(?:is|are|was|were|be|been|remains?|remained|stands?|stood)\s+(?:(?:\w+ly|still|also|now)\s+)*"
                       r"(?:" + "|".join(sorted(load()["stances"]["ready_adjectives"].split())) + r")\s+to\s+[a-z]",
                       re.IGNORECASE)
"""A copula with an adjective of readiness and its to-infinitive ("was ready to offer help"; Quirk et al. 1985, 16.75):
an offer or a readiness to act, no judgement of the subject."""
_WRONGED = re.compile(r"(?:\b(?:is|are|was|were|be|been|remains?|remained|constitutes?|constituted)|['\u2019]s)\s+"
                      r"(?:(?:(?!(?:" + "|".join(sorted(load()["stances"]["approximate_negators"].split()))
                      + r")\b)\w+ly|also)\s+)?"
                      r"(?:a|an|the|another|such\s+an?)\s+(?:[a-z-]+\s+){0,2}?(?:"
                      + "|".join(sorted(load()["stances"]["wronging_nouns"].split())) + r")(?:\s+in\s+the\s+(?:face|teeth))?"
                      r"\s+(?:of|to|on|upon|against|for)\s+(?P<victim>[^,;:.!?\"\u201c\u201d]{2,80})", re.IGNORECASE)
"""A noun of wronging as a copula's complement, what its subject is called, and the noun's own complement, the one
wronged ("this is a betrayal of workers who built this company", "was an insult to every nurse"; the lexicon's
``wronging_nouns``; Quirk et al. 1985, 16.21), not a noun that names an act ("no justification for the attack on the
convoy")."""


def _in_victim(target: str, wronged: re.Match) -> bool:
    """Whether ``target`` is taken from the complement of a noun of wronging (`_WRONGED`): its words are the victim's."""
    victim = set(_WORD.findall(wronged.group("victim").lower()))
    words = [w for w in _WORD.findall(target.lower()) if w not in _DETERMINERS and w not in _TRAILING]
    return bool(words) and 2 * sum(w in victim for w in words) >= len(words)


_FIRST_CONJUNCT = re.compile(r"(?:^|[,;:]\s*|\bthat\s+)\s*((?:the|this|its|their|our)\s+(?:[a-z-]+\s+){0,2}[a-z-]{3,})\s+and\s+$",
                             re.IGNORECASE)
"""The first of two coordinated subjects, right before "and" and the second ("the tax and the levy were unfair";
Quirk et al. 1985, 13.55): a determiner and at most three lowercase words, opening the clause."""


def _circumstantial(passage: str) -> bool:
    """Whether the first copula of ``passage`` calls circumstances something ("the situation is very difficult", "the
    weather was terrible"): its subject names the lexicon's circumstance nouns, no act or policy."""
    first = next(_complements(passage), None)
    return first is not None and bool(
        (said := _CLAUSE_OPEN.split(passage[: first.start()])[-1].split()) and {w.lower() for w in said[:3]} & _CIRCUMSTANCES)


def _doer(phrase: str) -> bool:
    """Whether a noun phrase names a body or people ("the central bank", "the workers"), not a thing."""
    head = head_of(phrase)
    return head in _ORG_HEADS or head.rstrip("s") in _ORG_HEADS or head in _HUMAN or head.rstrip("s") in _HUMAN \
        or head in _COLLECTIVE_NOUNS or f"{head}s" in _COLLECTIVE_NOUNS


_COLLECTIVE_NOUNS = frozenset(load()["words"]["groups"].split())
"""The lexicon's informal collectives ("protesters", "rebels", "residents")."""


_LIKELIHOOD = sorted(load()["stances"]["likelihood_adverbs"].split())
_LIKELIHOOD_WORDS = words_pattern(*_LIKELIHOOD)
_FORECAST = re.compile(r"(?:(?!\s(?:and|but)\s)[^,;:.\"\u201c\u201d]){0,60}?\b(?:(?:will|would|could|may|might)\s+(?:most\s+|very\s+)?(?:"
                       + "|".join(_LIKELIHOOD) + r")|(?:is|are|was|were)\s+(?:very\s+|most\s+|highly\s+)?(?:likely|unlikely)\s+to|"
                       r"(?:" + "|".join(_LIKELIHOOD) + r")\s+(?:will|would|could))\b", re.IGNORECASE)
"""Reported speech whose first clause says how likely a thing is to happen ("the bank would probably cut rates",
"inflation was likely to fall", "the talks will probably resume"): a forecast (`_LIKELIHOOD`)."""


_FIRST_AUXILIARY = re.compile(r"\s(?:will|would|could|can|may|might|must|should|shall|is|are|was|were|has|have|had)\b")
"""The first auxiliary or copula of a quote: its subject stands before it."""
_DOER_SUBJECT = re.compile(r"\s*(?P<np>(?:[Tt]he|[Oo]ur|[Tt]his|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+))\s+"
                           r"(?:has\s+|have\s+|had\s+)?(?:not\s+|never\s+|\w+ly\s+)?"
                           r"(?P<verb>[a-z]+ed|lied|done|made|failed|let|kept|taken|shown|given)\b")
"""A quote that opens with an office or a body as the subject of a verb in the past ("The president has lied",
"the police acted with restraint"): what the office or body did is what the quote judges; not a passive ("The mayor
was attacked"), whose subject had something done to it."""


def _judged_doer(passage: str, mentions: Mentions) -> str | None:
    """The office or body a quote judges by what it says it did: an actor named there, else the article's own words
    for it ("the president"), where its head is a title or a body's noun; None otherwise."""
    if not (m := _DOER_SUBJECT.match(passage)):
        return None
    head = m.group("head").lower()
    if head not in TITLES and head not in _ORG_HEADS and head.rstrip("s") not in _ORG_HEADS:
        return None
    named = [i for at, i in mentions.within(m.group("np"))]
    return named[0] if named else m.group("np")[:1].lower() + m.group("np")[1:]


_INDEFINITE = re.compile(r"^an?\s")
_GENERIC = re.compile(r"(?:any|every|each|no)\s", re.IGNORECASE)
"""A subject of any or every thing of a kind ("any attempt to spy on our troops is an attack"; Quirk et al. 1985, 5.52,
generic reference): a rule stated about a class, no thing the article names judged."""


def _people_judged(passage: str, mentions: Mentions) -> bool:
    """Whether reported speech opens with people or an actor as its subject ("said the gang members were criminals",
    "said Karl Brandt was a liar"): calling people names judges them, a matter of the article or not."""
    if any(at <= 5 for at, _ in mentions.within(passage[:60])):
        return True
    words = _WORD.findall(passage[:60].lower())
    subject = [w for w in words[:4] if w not in _DETERMINERS]
    head = next((w for w in subject if w in _HUMAN or w.rstrip("s") in _HUMAN), None)
    return head is not None


_REFERS_BACK = re.compile(r"\s*(?:that\s+)?(?:(?P<person>he|she|they)|it|this|these|those)\s+(?:(?:would|will|could|might|has|had|have)\s+)?"
                         r"(?:is|was|were|are|be|been|remains?|remained)\b", re.IGNORECASE)
"""Reported speech whose subject refers back to a thing it judges ("said it was a mistake"; not "said it had applied",
where "it" is the speaker's body): what it refers to is its target."""
_PERIOD_WORDS = "|".join(sorted({f"{w}s" for w in load()["event_context"]["periods"]} | set(load()["event_context"]["periods"])))
_JUDGING_IT = re.compile(r"\b(?:" + "|".join(sorted(load()["stances"]["judging_complements"].split())) + r")\b",
                         re.IGNORECASE)
"""A word that judges what "it" or "this" refers to ("This is a scandal", "It is unacceptable"), where a short quote of
fact or feeling ("It is true", "It was frightening") takes no side (the labelling guide's "not stances")."""
_OF_TIME = re.compile(
    r"\s*(?:(?P<it>it|this|that)|(?:the|last|this|that)\s+(?:[a-z]+\s+)?(?:" + _PERIOD_WORDS + r"))\s+(?:has\s+been|had\s+been|"
    r"was|is|were|are|will\s+be)\s+(?:(?:an?|the|one\s+of\s+the)\s+)?(?:(?P<when>(?:[a-z-]+\s+){0,3}?(?:" + _PERIOD_WORDS
    + r"))|[a-z-]+(?:\s+and\s+[a-z-]+)?)\s*[.,!]?\s*$", re.IGNORECASE)
"""A clause that only judges a time ("It was a terrifying night", "the night was quiet", "last week was hard": the
lexicon's periods as the subject, or as the complement's head after "it"): a feeling about a time, no position. After
"it", "this" or "that" with a complement of one word and no period ("it was unclear"), only in reported speech: a quote
that calls "this" a scandal judges what it refers to."""
_OWN_FEELING = re.compile(
    r"\s*(?:i|we)(?:['\u2019]m|['\u2019]re|\s+(?:am|are|was|were|feel|felt|feels|remain|(?:have|had|['\u2019]ve)\s+been))\s+"
    r"(?:(?:so|very|really|too|just|quite|still|\w+ly)\s+)*[a-z-]+"
    r"(?:\s*,?\s+(?:but|and)\s+(?:(?:so|very|really|too|just|quite|still|\w+ly)\s+)*[a-z-]+)*"
    r"(?:\s+to\s+be\s+\w+(?:\s+\w+)?|\s+to\s+(?!be\b)(?-i:[a-z]+))?[\s.,!]*",
    re.IGNORECASE)
"""A quote that only tells the speaker's own state: the first person, a copula or a verb of feeling and adjectives with
no complement that names a cause ("I feel sad and very tired", "we are exhausted but happy to be home"; Quirk et al.
1985, 16.21 and 4.29), or with a bare infinitive of what it felt or did ("I was lucky to survive"; none that names
what it is about, "happy to support it"): a feeling about nothing in particular, no position (the labelling guide)."""


def _quoted_complement(frame: str, quote: str, mentions: Mentions, topics: Topics) -> str | None:
    """The subject of a copula whose complement is the quote that follows (``frame`` runs from the reporting verb to
    the quote: "said the arms deal was \u201ca terrible mistake\u201d"; Quirk et al. 1985, 16.21): the thing the quote
    calls good or bad, when it is a whole noun phrase of a thing."""
    m = _COPULA_BEFORE_QUOTE.search(frame)
    if not m or _passive_quote(quote):
        return None
    return _thing_subject(frame, m.start(), mentions, topics)


def _bare(phrase: str) -> bool:
    """A determiner and a head alone ("the approval"): it refers back to a matter the article names fuller."""
    words = phrase.split()
    return len(words) <= 2 and words[0].lower() in _DETERMINERS


def _passive_quote(quote: str) -> bool:
    """Whether a quoted complement opens with a verb's participle ("had been \u201ceffectively disarmed\u201d"): a
    passive that tells what happened to the subject, not what the speaker calls it (as `_complements`)."""
    words = quote.split()
    word = (words[1] if len(words) > 1 and words[0].lower().endswith("ly") else words[0] if words else "").lower()
    return word in _PARTICIPLES or word.endswith("en") or word.endswith("ed") and word in verb_lemma_of()


_COPULA_BEFORE_QUOTE = re.compile(r"\b(?:is|are|was|were|be|been|remains?|remained)\s+(?:not\s+|also\s+|\w+ly\s+)?"
                                  r"(?:nothing\s+(?:less|short)\s+of\s+|simply\s+|just\s+)?[\"\u201c\u2018']?\s*$",
                                  re.IGNORECASE)


_TOLD_WHOM = re.compile(r"\s+(?:(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z]+\s+)?[a-z]+|"
                        r"(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})(?:\s+on\s+[A-Z][a-z]+day)?"
                        r"(?:\s+that)?(?=\s+(?:the|this|these|those|its|his|her|their|it|he|she|they|we)\b)")
"""The indirect object of "tell" before the reported clause ("told reporters the law was", "told a news conference that
it would"; Quirk et al. 1985, 16.31): whom one tells, no part of what is said."""
_SAID_ADVERBIAL = re.compile(
    r"(?:\s*,)?\s+(?:(?:(?:late|early)\s+)?on\s+(?:" + calendar_words(WEEKDAYS, capitalised=True) + r")|"
    r"(?:last|this|earlier\s+this|late\s+last)\s+(?:week|weekend|month|year|" + calendar_words(WEEKDAYS, capitalised=True)
    + r")|yesterday|today|tonight|"
    r"(?:in|at|on|during|after|via)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?:(?:\s+(?:in|at|on|during|after|via)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)){0,2}?"
    r"(?:\s*,)?(?=\s+(?:that\s+)?(?:the|this|these|those|its|his|her|their|it|they|he|she|we)\s)")
"""A time or a place of saying between the reporting verb and the reported clause ("said on Tuesday the deal was",
"said in a statement the sanctions were"; Quirk et al. 1985, 8.25, adjuncts of time and space, and 16.31): when and
where it was said, no part of what is said."""
_WHOM_TOLD = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:in|at|on|during|after|via)\b)[a-z]+\s+)?"
                        r"(?!(?:in|at|on|during|after|via)\b)[a-z]+(?=[\s,])")
"""The indirect object of "tell" as `_TOLD_WHOM` reads it, before an adjunct of time or place ("told reporters in
Oslo the deal was good")."""
_SECOND_SPEAKER = re.compile(r"(?:,\s*(?:while|whereas|but|and)|;)\s+(?=(?:[A-Z][\w.'-]*\s+){1,4}(?:" + alternation(
    sorted({f for v in REPORTING_VERBS for f in forms(v)}, key=lambda f: (-len(f), f))) + r")\b)")
"""A clause of another named speaker coordinated after the reported speech ("X said the budget would be a disaster,
while Senator Y said it was a good start"; Quirk et al. 1985, 13.41 and 14.29): the first speaker's words end there."""


def _said_after(text: str, verb_end: int, holder: str, mentions: Mentions) -> str | None:
    """The reported clause before an inverted or final reporting clause with no quotes ("The curfew is unnecessary,
    said Mayor X.", "The plan will fail, the minister said."; Quirk et al. 1985, 14.29 and 15.53, a reporting clause
    in final position): the text before the comma, when what follows the verb only names the speaker, and the clause
    before is a clause of its own (a copula or an auxiliary in it), not a fronted adverbial ("On Monday, X said"); the
    speaker named or a pronoun between the comma and the verb, or named right after the verb; not a participle of
    saying (", saying ...": what follows is said)."""
    outside = without_quotations(text)
    verb = next((m for m in _SAYS.finditer(outside, max(0, verb_end - 20)) if m.end() == verb_end), None)
    if verb is None or verb.group().endswith("ing"):
        return None
    comma = outside.rfind(",", 0, verb.start())
    between = outside[comma + 1 : verb.start()]
    if comma < 0 or len(between.split()) > 6 or ";" in between:
        return None
    tail = outside[verb_end:].strip(" .,")
    if len(tail.split()) > 10 or _FINITE.search(tail) or _FINITE.search(between):
        return None
    if not (any(i == holder for _, i in mentions.within(between)) or _PRONOUN_SUBJECT.fullmatch(between.strip())
            or any(i == holder and at <= 30 for at, i in mentions.within(tail))):
        return None
    clause = text[:comma]
    return clause if len(clause.split()) >= 3 and _FINITE.search(clause) else None


def _said_between(text: str, verb_end: int, holder: str, mentions: Mentions) -> str | None:
    """The reported clause around a medial reporting clause set off by commas ("The curfew, Mayor X said, is
    unnecessary"; Quirk et al. 1985, 14.29, the reporting clause in medial position): the subject before the first
    comma, a noun phrase of at most eight words with no verb of its own, and the predicate after the second; the
    speaker named between the commas."""
    after = _MEDIAL_END.match(text, verb_end)
    if after is None:
        return None
    outside = without_quotations(text)
    comma = outside.rfind(",", 0, verb_end)
    if comma < 0 or outside.rfind(",", 0, comma) >= 0:
        return None
    subject = text[:comma]
    if not (1 < len(subject.split()) <= 8) or _FINITE.search(subject) or subject.split()[0].lower() not in _DETERMINERS \
            or not any(i == holder for _, i in mentions.within(outside[comma:verb_end])):
        return None
    return f"{subject} {text[after.end():]}"


_MEDIAL_END = re.compile(r"(?:\s+(?:on|in|at|last|this)\s+[\w-]+)?\s*,\s+(?=(?:is|are|was|were|will|would|could|has|had|have)\b)",
                         re.IGNORECASE)
"""The end of a medial reporting clause: an adverbial of time or place at most, a comma, and the operator of the reported
clause's predicate."""
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|it|we)(?:\s+\w+ly)?", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|will|would|could|should|must|may|might|can|has|have|had|"
                     r"that|whether)\b", re.IGNORECASE)
"""The operators and the copula of a finite clause (Quirk et al. 1985, 3.22), and the conjunctions that open one."""


def _contrasted(passage: str, holder: str, mentions: Mentions, topics: Topics, quoted: bool) -> list[tuple[str, str]]:
    """The positions of each of the contrasted clauses of reported speech ("said he welcomed the deal but that ...",
    "said the group remained committed to the talks but accused the government"; Quirk et al. 1985, 13.41): each
    clause of a contrastive coordination states its own position, in the order said."""
    parts = _CONTRAST.split(passage)
    out: list[tuple[str, str]] = []
    for part in parts if len(parts) > 1 else []:
        if len(part.split()) >= 3 and (found := _verb_position(part, holder, mentions, topics, quoted))[0] \
                and found[1] not in {t for _, t in out}:
            out.append(found)
    return out


_SOLIDARITY = re.compile(r"(?:^|[.!?;:]\s+|\b(?:i|we)\s+(?:will\s+|shall\s+|must\s+|do\s+|also\s+|always\s+)*|"
                         r"^(?:[A-Z][\w.'-]*\s+){1,4})(?:stand|stands|are|am|remain|remains)\s+(?:(?!\w+ing\b)[\w-]+\s+){0,3}?(?:with|by|behind)"
                         r"(?=\s+(?:(?:you|him|her|them|it|us|all|every|the|our|their)\b|[A-Z]))")
"""A declaration of solidarity (Quirk et al. 1985, 9.10 and 9.44, "with" and "behind" of support): "we stand with
the people of X", "we are with you", "X stands shoulder to shoulder with Y"; by the speaker (the first person) or
by the subject that opens the quote, not an act the quote reports of another ("she said they stood with him")."""


_WITH_HIM = re.compile(r"\s+(him\b|her(?=\s*(?:[,.;:!?\"\u201d\u2019]|$)|\s+(?:and|in|at|on|during|through|today|now|"
                       r"always|all|every)\b))", re.IGNORECASE)
"""A third-person object pronoun after "with" or "behind" ("I am with him"), not a possessive ("with her family")."""


def _last_other_person(mentions: Mentions, before: int, holder: str, pronoun: str) -> list[str]:
    """Whom "him" or "her" in a speaker's words most likely is: the person named last before the sentence (in quotes
    too, as the one spoken of: "We are with Mayor X." ... "I am with him"), other than the speaker (a pronoun of the
    third person is never the speaker; Quirk et al. 1985, 6.11 and 19.42 on anaphoric reference to the nearest
    antecedent); none when the article has not named one in the 600 characters before. The pronoun agrees in gender
    with its antecedent (Quirk et al. 1985, 6.11): a person whose given name is only a woman's is no "him", only a
    man's no "her" (gender-guesser's dictionary, `people.gender_of`); an unknown or shared name may be either."""
    other = "f" if pronoun == "him" else "m"
    names = {actor_id: c.name for c, actor_id in mentions.actors if actor_id in mentions.people}
    people = [i for _, i in mentions.within(mentions.text[max(0, before - 600) : before], every=True)
              if i in names and i != holder and gender_of(names[i].split()[0] if names[i].split() else "") != other]
    return people[-1:]


def _before_saying(s: Sentence, verb_end: int, holder: str, mentions: Mentions, topics: Topics) -> list[Stance]:
    """The positions the speaker's own stance verbs state before the reporting verb, in predicates coordinated
    with it ("X condemned Y and said ...", "X, which welcomed Y, said"; Quirk et al. 1985, 13.46)."""
    outside = without_quotations(s.text[:verb_end])
    says = [m for m in _SAYS.finditer(outside) if m.end() == verb_end]
    if not says or not (_COORDINATED.search(outside, 0, says[-1].start())
                        or says[-1].group().endswith("ing") and _COMMA_BEFORE.search(outside, 0, says[-1].start())):
        return []  # "X condemned Y and said", "X welcomed Y, saying": the verbs share X
    acts, _ = act_stances(s.text, (0, says[-1].start()), mentions, topics, [holder])
    return [a for a in acts if a.holder == holder]


_COMMA_BEFORE = re.compile(r",\s*(?:\w+ly\s+)?$")
"""A comma before a participle clause of saying ("welcomed the ruling, saying"): a supplementive clause whose
subject is the main clause's (Quirk et al. 1985, 15.58)."""


def _framed(text: str, quoted: list[tuple[int, int]], holder: str, mentions: Mentions, topics: Topics) -> str | None:
    """What the words around a quote say it is about: the object of a stance verb outside the
    quotes ("X welcomed the ruling, saying “...”"), or None."""
    if not quoted:
        return None
    frame = without_quotations(text)
    if (of := _SAID_OF.search(frame)) and (phrase := _object_from(of.group(2))) and not _CLAUSE_START.match(phrase):
        tail = of.group(2)
        named = [i for at, i in mentions.within(tail) if at <= 5 and i != holder and not _modifies(tail, mentions.blank(tail), at)]
        if of.group("name") and (named or head_of(phrase).lower().strip("'\u2019") in _ORG_HEADS):
            return _verb_position(frame, holder, mentions, topics)[1]  # "said Mia Lund of the pensioners' union": her body
        return _thing_named(named[0], mentions, topics) if named else _matter_of(phrase, topics)  # "said of the ruling"
    return _verb_position(frame, holder, mentions, topics)[1]


_SAID_OF = re.compile(r"\b(?:said|says|say|saying|wrote|writes|added|told\s+\w+)(?P<name>(?:\s+[A-Z][\w.'\u2019-]*){1,5}"
                      r"(?=\s+of\s+[a-z]))?\s+of\s+(.{3,80})")
"""A reporting verb with "of" and what the quote is about ("said of the ruling"; Merriam-Webster, say: "say of": to
express an opinion about), also after an inverted name ("said Housing Minister Clara Jensen of the rent freeze"; Quirk
et al. 1985, 18.51, subject-verb inversion after a quote), whose "of" then opens a lowercase phrase."""


def _named_as(text: str, mentions: Mentions, topics: Topics, start: int = -1) -> Stance | None:
    """The judgement a verb of naming passes on its object through its object complement, quoted
    or after "as" ("X called the plan \u201ca disaster\u201d", "X described the talks as frank"; Quirk
    et al. 16.43): its subject holds the position the complement's words take on the object. Not in
    a passive ("was described as") unless its by-phrase names the holder (`_named_by`), nor "called for" (a request), nor
    where the complement takes no side. A pronoun object ("called it a disgrace") is the thing named last before it."""
    if not may_match(_NAMING_WORDS, text):  # most sentences: no verb of naming at all
        return None
    outside = without_quotations(text)
    for verb in _NAMING.finditer(outside):
        end = verb.end()
        if passive := _PASSIVE.search(outside, 0, verb.start()):
            if found := _named_by(text, outside, passive.start(), end, mentions, topics):
                return found  # "the plan was described as a disgrace by X": the by-phrase names
            continue
        quote = next(((a, b) for a, b in quotation_spans(text) if a >= end), None)
        as_ = _AS.search(outside, end, end + 80)
        if as_ and (quote is None or as_.start() < quote[0]):
            obj_end = as_.start()
            cut = _COMPLEMENT_END.search(outside, as_.end())  # the quotes in it are blanked: it runs through them
            complement = text[as_.end() : cut.start() if cut else len(text)]
        elif quote and quote[0] - end <= 80:
            obj_end, complement = quote[0], text[quote[0] + 1 : quote[1] - 1]
        elif bare := _NAMING_COMPLEMENT.match(outside, end):  # "called the quota a disgrace", no quotes
            obj_end = bare.start("complement")
            cut = _COMPLEMENT_END.search(outside, obj_end)
            complement = text[obj_end : cut.start() if cut else len(text)]
        elif (adjective := _ADJECTIVE_COMPLEMENT.match(outside, end)) and _judging_adjective(adjective.group("adj")):
            obj_end, complement = adjective.start("complement"), adjective.group("complement")  # "called the crackdown brutal"
        else:
            continue
        obj = _trim(text[end:obj_end].strip())  # "called the notion a \u201cwaste\u201d": "a" opens the complement
        contact = None if obj else _CONTACT_OBJECT.search(outside, max(0, verb.start() - 80), verb.start())
        if contact:  # ", a step X called \u201cuseful\u201d": the noun phrase the clause hangs on is its object
            obj = contact.group("np")
        words = obj.split()
        if not words or len(words) > 8 or _CLAUSE_END.search(obj) or not any(
                w.lower() not in _DETERMINERS for w in words):
            continue
        holder = _namer(outside, verb.start(), mentions)
        if contact:  # the name between the noun phrase and the verb is who names it, not the sentence's subject
            holder = next((i for _, i in mentions.within(outside[contact.end("np") : verb.start()])), None)
        if holder is None or not contact and _told_of_another(outside, verb.start(), holder, mentions):
            continue
        polarity = _complement_polarity(complement)
        if polarity == "neutral":  # the complement only judges: any tone takes a side (its head's, before an of-phrase)
            valence = _valence(head_part(complement))
            polarity = "support" if valence >= 0.1 else "oppose" if valence <= -0.1 else "neutral"
        if polarity == "neutral":
            continue
        named = _named_object(f" {obj}", mentions, [holder])
        if named:
            target = _thing_named(named[0], mentions, topics)
        elif contact:  # the noun phrase sums up the act told before it ("suspended the fees, a step X called"): that act
            if (phrase := _act_before_apposition(text[: contact.start()])) is None:
                continue
            target = phrase
        else:  # a pronoun or a noun that only refers back ("called it", "the notion"): what it refers to
            phrase = _object_from(obj) or (obj if obj[:1].isupper() else None)
            if phrase is not None and topics.head(phrase) in REFERRING and _bare(phrase):
                # "called the decision a mistake": which decision, the sentence does not say; the thing named last before
                # it, as for a pronoun (Quirk et al. 1985, 19.42: a definite noun phrase refers back); "the decision to
                # close the library" says which
                if start < 0 or (phrase := _antecedent_thing(text, verb.start(), mentions, start, topics, True)) is None:
                    continue
            if phrase is None and (not _REFERRING_OBJECT.fullmatch(obj) or start < 0
                                   or (phrase := _antecedent_thing(text, verb.start(), mentions, start, topics)) is None):
                continue
            target = _matter_of(phrase, topics)
        if target != holder:
            return Stance(holder=holder, target=target, polarity=polarity, evidence=text.strip(" ,;."))
    return None


_VERB_PHRASE_BEFORE = re.compile(r"\b(?:(?:would|will|to|did|could)\s+(?:not\s+)?(?P<base>[a-z]+)|(?P<past>[a-z]{3,}ed))\s+"
                                 r"(?P<object>[^,;:\"\u201c\u201d]{3,120})$")


def _act_before_apposition(before: str) -> str | None:
    """The act of the clause that an apposition sums up, as its -ing form with its object (", a step X called": "would
    suspend filling the reservoir for 60 days" -> "suspending filling the reservoir"); None where no verb ends it."""
    if not (m := _VERB_PHRASE_BEFORE.search(before)):
        return None
    verb = m.group("base") or next(iter(verb_lemma_of().get(m.group("past"), [])), None)
    obj = _clip(m.group("object"))
    return gerund(f"{verb} {obj}") if verb and obj else None


_CONTACT_OBJECT = re.compile(r",\s+(?P<np>(?:a|an|the|this|that)\s+(?:[a-z-]+\s+){0,2}?[a-z]+)\s+"
                             r"(?:[A-Z][\w'\u2019.-]*\s+){1,4}$")
"""A noun phrase in apposition, then a name right before a verb of naming, with no relative word between (", a step
Reyt called", ", a move the mayor called" has "the mayor", no name): a relative clause without "that" (Quirk et al.
1985, 17.14) whose object the noun phrase is."""


_OWN_SUBJECT_AFTER_SAYING = re.compile(r"\s*(?:that\s+)?(?:he|she|they|it|we|i)\b", re.IGNORECASE)


def _told_of_another(outside: str, at: int, holder: str, mentions: Mentions) -> bool:
    """Whether the verb at ``at`` stands in speech the holder reports of someone else ("X said critics had described the
    plan as a disaster"): a reporting verb before it, then a subject of its own that is no pronoun and not the holder."""
    said = None
    for said in _SAYS.finditer(outside, max(0, at - 120), at):
        pass
    if said is None:
        return False
    between = outside[said.end() : at]
    if (that := between.lower().rfind(" that ")) >= 0:
        between = between[that:]  # "said on Monday that she": the subject after the conjunction
    if _OWN_SUBJECT_AFTER_SAYING.match(between):
        return False
    if not _WORD.search(between):
        return False
    return not any(i == holder for _, i in mentions.within(between))


def _named_by(text: str, outside: str, aux: int, end: int, mentions: Mentions, topics: Topics) -> Stance | None:
    """The judgement of a passive verb of naming with its agent ("The tax was described as \u201ca cynical ploy\u201d by
    Senator X", "the plan was branded a disgrace by the union"; Quirk et al. 1985, 3.63 and 16.43): the by-phrase's
    actor holds it, towards the passive's subject, a whole noun phrase of a thing."""
    by = _BY_AGENT.search(outside, end, end + 120)
    if by is None or not (named := mentions.within(outside[by.end() : by.end() + 60])) or named[0][0] > 12:
        return None
    complement = _AS_OPEN.sub("", text[end : outside.rfind("by", by.start(), by.end())]).strip(" \"'\u201c\u201d,")
    if not complement or len(complement.split()) > 12:
        return None
    subject = _thing_subject(outside, aux, mentions, topics)
    polarity = _complement_polarity(complement)
    if polarity == "neutral":
        valence = _valence(head_part(complement))
        polarity = "support" if valence >= 0.1 else "oppose" if valence <= -0.1 else "neutral"
    if subject is None or polarity == "neutral":
        return None
    return Stance(holder=named[0][1], target=subject, polarity=polarity, evidence=text.strip(" ,;."))


_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b(?!\s+(?:to|is|was|would|will|has|had)\b)", re.IGNORECASE)
"""A pronoun as a stance verb's object ("condemned it", "welcomed them as"), not the subject of a clause after it."""
_BY_AFTER = re.compile(r"(?:\s+as\s+[^,;:.]{1,60}?)?\s+by\s+")
_BY_AGENT = re.compile(r"[\"\u201d']?\s+by\s+", re.IGNORECASE)
_AS_OPEN = re.compile(r"^\s*as\s+", re.IGNORECASE)


_REFERRING_OBJECT = re.compile(r"(?:it|this|that|these|those|them)", re.IGNORECASE)
"""A pronoun as the whole object of a verb of naming ("called it a disgrace"; Quirk et al. 1985, 6.16, anaphoric)."""
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s+(?=[\"\u201c]?[A-Z])")


def _antecedent_thing(sentence: str, at: int, mentions: Mentions, start: int, topics: Topics,
                      acts_only: bool = False) -> str | None:
    """The thing a pronoun or a referring noun phrase at the start of a sentence's object refers back to ("The parliament
    passed the forestry law. Greenpeace called it a licence to destroy"; Quirk et al. 1985, 6.16 and 19.42 on anaphora
    to the nearest noun phrase): the nearest noun phrase before the verb at ``at`` in its own sentence, else the last of
    the sentence before, outside quotes, that names a thing, with a determiner, no actor and no people in it, its head
    no body, no time and no other referring noun; None where neither names one."""
    before = mentions.text[max(0, start - 400) : start].rstrip()
    ends = list(_SENTENCE_END.finditer(before))
    if ends and ends[-1].end() >= len(before) - 1:
        before = ""
    for stretch in (without_quotations(sentence[:at]), without_quotations(before[ends[-1].end() if ends else 0 :])):
        if (found := _last_thing(stretch, mentions, topics, acts_only)) is not None:
            return found
    return None


_REFERRING_HEADS = sorted((REFERRING - _CIRCUMSTANCES) | {f"{w}s" for w in REFERRING - _CIRCUMSTANCES})
_REFERRING_PHRASE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:(?!(?:is|are|was|were|has|had|will|would)\b)[a-z-]+\s+)?"
                               r"(?:" + "|".join(_REFERRING_HEADS) + r")\b(?![-\u2019']|\s+(?:to\s+[a-z]|of|on|against|for|by)\b)",
                               re.IGNORECASE)
"""A noun phrase that only refers back to an act ("the move", "this decision", "the new measures"; Quirk et al. 1985,
19.42, anaphoric noun phrases with general nouns), without a complement that says which ("the decision to close")."""


_ASIDE_CLAUSE = re.compile(r",\s+(?:who|whom|whose|which|where|when)\b[^,;:]*(?:,|$)")
"""A non-restrictive relative clause (Quirk et al. 1985, 17.3): background about a noun, not the act a later noun refers to."""


def _last_act_object(text: str, start: int, mentions: Mentions) -> str | None:
    """The object of the act the sentence before ``start`` reports, outside quotes ("Beijing announced new export
    controls on Wednesday": new export controls), when it names a thing, no actor and no one."""
    before = text[max(0, start - 400) : start].rstrip()
    ends = list(_SENTENCE_END.finditer(before))
    last = without_quotations(before[ends[-1].end() if ends else 0 :])
    if not last.strip() or not (verb := cue(last, "en")) or not (found := object_phrase(last, verb[0])):
        return None
    if mentions.within(found) or (head := head_of(found)) in _HUMAN or head.rstrip("s") in _HUMAN or head in _ORG_HEADS:
        return None  # "sacked its manager", "expelled the ambassador": the act's object is someone, no thing
    if last[verb[0] : verb[0] + 24].split(None, 1)[0].lower() in _ENDS_OR_UNDOES:
        return None  # "lifted the curfew. X said the decision was reckless": the decision ended the curfew, no curfew
    word = last[verb[0] : verb[0] + 24].split(None, 1)[0].lower()
    if verb[1] in _ACTS_AGAINST and word not in _LIGHT_FORMS:
        # "banned public gatherings. X said the measures were needed": the measure is the ban, not the gatherings it
        # stops (only a light verb's object names the measure: "imposed a curfew", "announced new rules"); named by
        # the verb's own form as a noun where the article uses it so ("the ban on gatherings"), else by its gerund
        lemmas = verb_lemma_of().get(word, ())
        for lemma in lemmas:
            if named := re.search(rf"\b[Tt]he\s+{lemma}\s+(on|of|against)\s", text):
                return f"the {lemma} {named.group(1)} {_LEADING.sub('', found)}"
        ing = next((f for lemma in lemmas for f, tag in tagged_forms(lemma).items() if tag == "ing"), None)
        return f"{ing} {_LEADING.sub('', found)}" if ing else None  # else the act as a gerund ("banning ...")
    return found


_ACTS_AGAINST = frozenset(("sanction", "coerce", "assault", "reject", "accuse", "threaten", "protest"))
"""The kinds of act whose object is what the act is against (Quirk et al. 1985, 10.6: the affected object), not the
measure the act is."""
_LIGHT_FORMS = frozenset(f for v in load()["light_verbs"]["lemmas"] for f in forms(v))


_ENDS_OR_UNDOES = frozenset(f for v in (*load()["stances"]["ending"], *load()["stances"]["undoing"]) for f in forms(v))


def _act_referred(sentence: str, at: int, mentions: Mentions, start: int, topics: Topics) -> str | None:
    """The act or measure a pronoun after the verb at ``at`` refers back to: one named before it (`_antecedent_thing`),
    else the object of the act the sentence before reports ("Brazil imposed a new tariff. X said it was unfair")."""
    return _antecedent_thing(sentence, at, mentions, start, topics, True) or _last_act_object(mentions.text, start, mentions)


_BY_SPEECH = frozenset(f for v in load()["stances"]["deciding_by_speech"] for f in forms(v))
_DECIDING_FORMS = sorted({f for v in load()["stances"]["deciding"] for f in forms(v)} | _BY_SPEECH, key=lambda f: (-len(f), f))
_DECIDED = re.compile(r"\b(?P<verb>" + "|".join(_DECIDING_FORMS) + r")\s+(?:(?:on|last|this)\s+[A-Z]?\w+\s+)?(?:that\s+)?"
                      r"(?:(?:(?P<own>it|they|he|she|we)|(?:the|its|their)\s+(?:[a-z]+\s+)?[a-z]+|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+"
                      r"(?:would|will|was\s+to|were\s+to|planned\s+to|plans\s+to|intends\s+to|intended\s+to)\s+|to\s+)"
                      r"(?:\w+ly\s+)?(?P<act>[a-z]+\s+[^,;:.!?\"\u201c\u201d]{2,80})")
"""A decision announced or taken, with the act decided ("announced on Monday it would close its plant", "voted to
sell the stadium"; the lexicon's ``deciding``), or said with the speaker's own pronoun (``own``: "said it would close";
``deciding_by_speech``)."""
_RECONSIDERING = sorted({f for v in load()["stances"]["blocking"] for f in forms(v)}, key=lambda f: (-len(f), f))
_RECONSIDER = re.compile(r"\s+(?:(?!to\b)[^,;:.!?]{1,60}?\s+)?to\s+(?:\w+ly\s+)?(?:" + "|".join(_RECONSIDERING) + r")\b"
                         r"(?P<obj>\s+(?:it|(?:its|their|his|her|the|this|that|these|those)\s+(?:[a-z-]+\s+)?(?:"
                         + "|".join(_REFERRING_HEADS) + r"|plans?|stance|position))\b)?(?=\s*(?:[,;:.!?]|$)|\s+(?:and|but|"
                         r"before|after|or|in|on|at)\b)", re.IGNORECASE)
"""A request to reconsider or block, with no object or one that refers back ("urged the company to reconsider", "asked
the board to rethink its decision", "to overturn it"; the lexicon's ``blocking``, reconsider.v.01 among them): it asks
that a decision named before be changed."""


def _decision_before(text: str, start: int) -> str | None:
    """The act of the last decision (`_DECIDED`) told in the two sentences before ``start`` of ``text``, as a gerund
    ("announced it would close its plant in Easton" -> "closing its plant in Easton"), or None."""
    before = text[max(0, start - 400) : start]
    ends = list(_SENTENCE_END.finditer(before))
    last = None
    for m in _DECIDED.finditer(without_quotations(before[ends[-2].end() if len(ends) > 1 else 0 :])):
        if m["verb"].lower() not in _BY_SPEECH or m["own"]:  # "said the storm would reach": a forecast, no decision
            last = m
    if last is None or not (act := _clip(last.group("act"), _PREDICATE_END)) or _CLAUSE_START.match(act) or \
            len(act.split()) < 2:
        return None
    return gerund(act)


def _act_before(text: str, start: int) -> str | None:
    """The act the sentence before ``start`` of ``text`` reports, as a gerund with its object ("The governor dissolved
    the regional assembly" -> "dissolving the regional assembly"): what "this" or "it" judges where the act's object is
    someone or a body, which is no target of its own; None where it has no object."""
    before = text[max(0, start - 400) : start].rstrip()
    ends = list(_SENTENCE_END.finditer(before))
    last = without_quotations(before[ends[-1].end() if ends else 0 :])
    if not last.strip() or not (verb := cue(last, "en")) or not (found := object_phrase(last, verb[0])):
        return None
    word = last[verb[0] :].split(None, 1)[0].lower()
    if _infinitive_next(last[verb[0] + len(word) :].lstrip()):
        return found  # "voted to close the library": the infinitive's act, a gerund already ("closing the library")
    lemma = next(iter(verb_lemma_of().get(word, ())), None)
    between = last[verb[0] + len(word) : max(verb[0] + len(word), last.find(found, verb[0]))].split()
    particle = f"{between[0]} " if len(between) == 1 and between[0].isalpha() and between[0].islower() else ""
    return gerund(f"{lemma} {particle}{found}") if lemma and not _CLAUSE_START.match(found) else None  # "agreeing to
    # the deal": a prepositional verb keeps its preposition


def _referred(text: str, lo: int, hi: int, mentions: Mentions, start: int, topics: Topics) -> str | None:
    """What the first referring noun phrase of ``text[lo:hi]`` refers back to ("The cabinet approved a curfew. X said
    the move was reckless": the curfew): the nearest act or measure named before it, in its own sentence or the one
    before (`_antecedent_thing`); None where there is no such phrase or no act to refer to."""
    if not (m := _REFERRING_PHRASE.search(text, lo, hi)):
        return None
    own = _ASIDE_CLAUSE.sub(lambda aside: " " * len(aside.group()), text[: m.start()])  # "X, who was envoy to the
    # mission, criticised the decision": the relative clause's nouns are no act the decision can be
    if (thing := _antecedent_thing(own, m.start(), mentions, start, topics, acts_only=True)) is None and (
            thing := _last_act_object(mentions.text, start, mentions)) is None:
        return None
    resolved = _matter_of(thing, topics)
    return None if resolved == MATTER else _INDEFINITE.sub("the ", resolved)


def _last_thing(stretch: str, mentions: Mentions, topics: Topics, acts_only: bool = False) -> str | None:
    blank = mentions.blank(stretch)
    sentence = stretch
    for a, b, phrase in reversed(phrases(stretch)):
        words = phrase.split()
        if words[0].lower() not in _DETERMINERS - {"his", "her", "their", "our", "my", "your"} or len(words) > 7 \
                or blank[a:b] != sentence[a:b]:
            continue  # a possessor or an actor in it: someone's, or someone
        head = topics.head(phrase)
        if head in _HUMAN or head.rstrip("s") in _HUMAN or head in _ORG_HEADS or head in REFERRING \
                or head.rstrip("s") in _PERIODS or len(head) < 3:
            continue  # people, a body, a time ("the week"), or another referring noun
        if acts_only and not (topics.is_act(head) or names_act(head)):
            continue  # "attacked the town. X condemned it": "it" is the attack, not the town
        if post := _ANTECEDENT_POSTMODIFIER.match(stretch, b):  # "a ban on street vendors": the head's own complement
            phrase += post.group().rstrip()
        return phrase[:1].lower() + phrase[1:] if words[0][:1].isupper() else phrase
    return None


_ANTECEDENT_POSTMODIFIER = re.compile(
    r"\s+(?:(?:on|against|for|over|of|to)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?!(?:on|in|at|by|from|last|this|after|before|and|but)\b)[a-z][\w'-]*\s*){1,3}"
    r"|[a-z]{3,}ing\s+(?:(?:the|a|an)\s+)?(?:(?!(?:on|in|at|by|from|last|this|after|before|and|but)\b)[a-z][\w'-]*\s*){1,5})"
    r"(?=[,.;:!?]|$|\s(?:on|in|at|by|from|last|this|after|before|and|but)\b)")
"""A prepositional postmodifier of the antecedent's head ("a ban on street vendors"; Quirk et al. 1985, 17.37), or an
-ing clause ("a law extending the term of governors"; 17.27, non-finite postmodifiers), up to three (five) lowercase
words, ending where an adverbial or a conjunction opens."""


_ORG_HEADS = frozenset(ORG_WORDS) | frozenset(load()["words"]["government_nouns"].split())
_PERIODS = frozenset(load()["event_context"]["periods"])


_NAMING_COMPLEMENT = re.compile(r"\s+(?:it|them|(?:the|this|that|these|those|its|his|her|their|our|[A-Z][\w'.-]*)"
                                r"(?:\s+(?!an?\b)[\w'-]+){0,5}?)\s+(?P<complement>an?\s+\w)")
"""An object (a determiner or a name first, up to six words) and an indefinite noun phrase after it, the object
complement of a verb of naming with no quotes ("called the plan a disaster"; Quirk et al. 1985, 16.43)."""


_ADJECTIVE_COMPLEMENT = re.compile(
    r"\s+(?:it|them|(?:the|this|that|these|those|its|his|her|their|our|[A-Z][\w'.-]*)(?:\s+[\w'-]+){0,5}?)"
    r"\s+(?P<complement>(?P<adj>[a-z][a-z-]{2,})(?:(?:,\s+|\s+and\s+|,\s+and\s+)[a-z][a-z-]{2,})?)"
    r"(?=\s*(?:[,;:.!?]|$)|\s+(?:and|but|because|after|as|while|since|saying|adding|amid)\s)")
"""An object (a determiner or a name first, up to six words) and an adjective, or two coordinated, that end the clause:
the object complement of a verb of naming with no quotes and no "as" ("called the crackdown brutal", "branded the
tax cuts reckless and unfair"; Quirk et al. 1985, 16.43, an adjective phrase as object complement)."""


def _judging_adjective(word: str) -> bool:
    """Whether ``word`` can be an adjective that judges: an adjective that is never a noun (lemminflect's table), or a
    word of VADER's valence lexicon that is no verb form; a verb's -ed or -ing form is a participle, not an adjective
    complement ("called the meeting adjourned" is no judgement)."""
    if word.endswith(("ing", "ly")) or word in _DETERMINERS:
        return False
    return is_adjective(word) or (word not in verb_lemma_of() and word in _sentiment().lexicon)


_NEGATIVE_PREFIX = re.compile(r"^(?:un|in|im|il|ir|dis|non-?)(?=[a-z]{4,})")
_PRIVATIVE = re.compile(r"[a-z]{3,}less$")


_DARK_DAY = frozenset(load()["stances"]["dark_day_adjectives"].split())
_DAY_JUDGED = re.compile(r"\s*[\"'\u201c]?(?:a|an|one\s+of\s+the)\s+(?:truly\s+|very\s+|really\s+)?(?P<adj>" + "|".join(sorted(
    _DARK_DAY | set(load()["stances"]["bright_day_adjectives"].split()))) + r")(?:est)?\s+(?:" + "|".join(sorted(
    load()["stances"]["day_nouns"].split())) + r")\b(?!\s+(?:ago|earlier|later|before|after)\b)", re.IGNORECASE)
"""A time judged as the complement of a quote's copula ("a dark day for press freedom", "a historic day"): the
adjective is the position on what the subject refers to (the lexicon's ``dark_day_adjectives``, ``bright_day_adjectives``)."""
_JUDGING_NOUNS = {**{n: "oppose" for n in load()["stances"]["judging_oppose_nouns"].split()},
                  **{n: "support" for n in load()["stances"]["judging_support_nouns"].split()}}


def _judging_noun(complement: str) -> str | None:
    """The side of a complement whose head is one of the lexicon's judging nouns ("a complete sham", "a historic
    achievement for the country"), after an indefinite article; else None."""
    if not complement.lstrip(" \"'\u201c").lower().startswith(("a ", "an ")):
        return None
    words = _WORD.findall(head_part(_JUDGING_CUT.split(complement, 1)[0]).lower())
    # a past participle after the noun opens its postmodifier ("a surrender dressed as diplomacy", "a sham designed to
    # ..."; Quirk et al. 1985, 17.19), not one after an adverb that premodifies ("a carefully staged stunt")
    cut = next((n for n in range(2, len(words)) if words[n].endswith("ed") and words[n] in verb_lemma_of()
                and not words[n - 1].endswith("ly")), len(words))
    noun = words[:cut][-1:]
    return _JUDGING_NOUNS.get(noun[0]) if noun else None


_JUDGING_CUT = re.compile(r"\s+(?:and|but|or|because|as|which|who|that|when|while)\s+|[,;:.!?]", re.IGNORECASE)

_WRONGING_HEAD = re.compile(r"\s*[\"'\u201c]?(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(
    load()["stances"]["wronging_nouns"].split())) + r")\s+(?:in\s+the\s+(?:face|teeth)\s+)?(?:of|to|on|upon|against|for)\b",
                            re.IGNORECASE)
"""An object complement headed by a noun of wronging with its own complement ("a slap in the face for workers", "an
insult to every driver"; the lexicon's ``wronging_nouns``): what it is called is a wrong."""


def _complement_polarity(complement: str) -> str:
    """The side an object complement takes: by its cue words, else by the tone of its head alone ("a travesty of
    justice": the head judges, the prepositional phrase names what; Quirk et al. 1985, 17.37); else, for an
    adjective of one word, by its form: a negative prefix on an adjective ("unfair", "illegitimate", "unjustified")
    or the privative suffix -less ("pointless", "reckless"; Quirk et al. 1985, App. I.21 and I.39) opposes."""
    head = head_part(complement)
    if noun := _judging_noun(complement):
        return noun  # "a sham", "a historic achievement": nouns VADER leaves out or misreads
    if _WRONGING_HEAD.match(complement):
        return "oppose"  # "described the rise as a slap in the face for workers": a wrong done, whatever it is done to
    if "step" in complement and (step := _called_progress_or_need(complement)):
        return step  # "called the release a step forward": the idiom, not its words' tone (WordNet 3.0 step.n.01)
    polarity = _polarity(complement) if head != complement else "neutral"  # a cue word anywhere ("a threat to peace")
    if polarity == "neutral":
        polarity = _polarity_of(head)
    return _by_form(complement) if polarity == "neutral" else polarity


def _by_form(complement: str) -> str:
    """"oppose" for a complement of one adjective with a negative prefix ("unfair", "illegitimate", "unjustified") or
    the privative suffix -less ("pointless"; Quirk et al. 1985, App. I.21 and I.39), else "neutral". The prefix denies
    its stem: only a stem that praises (a positive valence in VADER's lexicon: "fair", "justified") or an adjective
    that is no verb's participle ("legitimate") makes a judgement; a participle of state ("unarmed", "unmarked",
    "unopposed") describes, and a denied fault ("undamaged") is none."""
    words = _COORDINATION.split(complement.strip(" \"'\u201c\u201d.,;").lower())
    first = _DEGREE.sub("", words[0]).split(None, 2) if words else []
    if first and first[0] in _JUDGING_ADJECTIVES and (len(first) == 1 or first[1] in ("to", "for", "given", "because")):
        return _JUDGING_ADJECTIVES[first[0]]  # "necessary to curb inflation": the adjective and what it is called for
    if len(words) > 3:
        return "neutral"
    for word in words:  # "unnecessary and heavy-handed": coordinated adjectives, one of them enough
        word = _DEGREE.sub("", word)  # "completely unjustified": the amplifier only grades the adjective
        if word in _UNLAWFUL_WORDS:
            return "oppose"  # "the law was unconstitutional": what a verdict of law calls it, in speech too
        if (judged := _JUDGING_ADJECTIVES.get(_DEGREE.sub("", word))) is not None:
            return judged  # "the rise was necessary", "the move was premature": whether the act was called for
        if word.isalpha():
            stem = _NEGATIVE_PREFIX.sub("", word)
            if stem != word and _praising_stem(stem) or _PRIVATIVE.search(word):
                return "oppose"
    return "neutral"


_UNLAWFUL_WORDS = frozenset(load()["stances"]["unlawful"])
_JUDGING_ADJECTIVES = {**{w: "support" for w in load()["stances"]["judging_support_adjectives"].split()},
                       **{w: "oppose" for w in load()["stances"]["judging_oppose_adjectives"].split()}}
_DEGREE = re.compile(r"^(?:(?:" + "|".join(sorted(load()["stances"]["degree_adverbs"].split())) + r")\s+)+")
"""Adverbs of degree before a judging adjective ("fully justified", "long overdue", "deeply flawed")."""
_COORDINATION = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _praising_stem(stem: str) -> bool:
    valence = _sentiment().lexicon.get(stem)
    return valence > 0 if valence is not None else is_adjective(stem) and not (stem.endswith("ed") and stem in verb_lemma_of())




def _namer(outside: str, at: int, mentions: Mentions) -> str | None:
    """Who is the subject of the verb at ``at``: an actor named before it in its clause, or a pronoun
    for the person or body the text is about."""
    start = max(0, at - 120)
    if cut := list(_BOUNDARY.finditer(outside, start, at)):
        start = cut[-1].end()
    stretch = outside[start:at]
    if (who := _subject_of(stretch, mentions) or _state_voice(stretch, mentions)) is not None:
        return who
    if m := _BEFORE.search(stretch):
        return mentions.refer(m.group(1))
    if _SPOKESPERSON.search(stretch) and mentions.last_body:
        return mentions.last_body  # "a spokesman called it": for the body named last, as for "a spokesman said"
    if _TITLE_SUBJECT.search(stretch) and mentions.last_person:
        return mentions.last_person  # "the president called the notion ...": the person named last, as for "said"
    return None


_NAMING_FORMS = sorted({f for v in load()["stances"]["naming"] for f in forms(v)}, key=lambda form: (-len(form), form))
_NAMING = re.compile(r"\b(?:" + alternation(_NAMING_FORMS, ignorecase=True) + r")\b(?:\s+to\b)?(?!\s+(?:for|on|upon|off|up|out|in|back)\b)",
                     re.IGNORECASE)
"""A verb of naming or characterising (the lexicon's ``naming``, Levin 1993, 29.2-29.3), not a phrasal verb
("called for", "called off")."""
_NAMING_WORDS = words_pattern(*_NAMING_FORMS)
"""One of these stands in every match of _NAMING."""
_COMPLEMENT_END = re.compile(r"[,;:.!?]|\s(?:and|but|given|because|after|before|while|which|who)\s")
_AS = re.compile(r"\s+as\s(?!\s*(?:well|soon|long|much|many|if|though|a result)\b)", re.IGNORECASE)  # one space: a quote may follow


_HOPING_FORMS = sorted({f for v in load()["stances"]["hoping"] for f in forms(v)}, key=lambda f: (-len(f), f))
_DOUBTING_FORMS = sorted({f for v in load()["stances"]["doubting"] for f in forms(v)}, key=lambda f: (-len(f), f))
_HOPING_ADJECTIVES = sorted(load()["stances"]["hoping_adjectives"].split())
_DOUBTING_ADJECTIVES = sorted(load()["stances"]["doubting_adjectives"].split())
_HOPE_WORDS = words_pattern(*_HOPING_FORMS, *_DOUBTING_FORMS, *_HOPING_ADJECTIVES, *_DOUBTING_ADJECTIVES)
_HOPED = re.compile(
    r"\b(?:(?P<hope>" + "|".join(_HOPING_FORMS) + r")|(?P<doubt>" + "|".join(_DOUBTING_FORMS) + r")|"
    r"(?:is|are|was|were|am|remains?|remained|['\u2019]m|['\u2019]re)\s+(?:(?:very|still|also|quite|not|\w+ly)\s+)?"
    r"(?:(?P<sure>" + "|".join(_HOPING_ADJECTIVES) + r")|(?P<doubtful>" + "|".join(_DOUBTING_ADJECTIVES) + r")))"
    r"\s+(?:that\s+|whether\s+)?(?P<np>(?:the|this|these|its|their|our)\s+(?:[\w'\u2019-]+\s+){0,5}?(?P<head>[a-z-]+))"
    r"\s+(?:will|would|can|could|shall|might|may)\s+(?P<neg>(?:not|never)\s+)?(?:(?:\w+ly|still|also|soon|finally|be\s+able\s+to)\s+)*"
    r"(?P<verb>[a-z]+)\b", re.IGNORECASE)
_HOPED_MATTERS = frozenset(load()["stances"]["hoped_matters"].split()) | frozenset(
    load()["stances"]["accord_nouns"].split()) | frozenset(load()["stances"]["legislative_texts"].split())
_UNDOING_OR_FAILING = frozenset(f for v in (*load()["stances"]["ending"], *load()["stances"]["halting"],
                                            *load()["stances"]["failing"], *load()["stances"]["breaking_down"])
                                for f in forms(v)) | frozenset(
    f for v in load()["stances"]["deferring"] for f in forms(v))
_PARTICIPLE_AFTER = re.compile(r"\s+(?:\w+ly\s+)?([a-z]+ed|[a-z]+en)\b")
"""The participle after a modal's "be" ("would be scrapped", "would be quickly postponed"): a passive, whose verb says
what befalls the matter."""
_SLIGHT_HOPE = re.compile(r"\b(?:" + "|".join(sorted(load()["stances"]["slight_quantifiers"].split()))
                          + r"|not\s+much)\s+(?:real\s+)?$", re.IGNORECASE)
"""A hope said to be slight or none ("held out little hope that", "there was no hope that"): a doubt, which says how
likely the matter is, not which side one takes on it."""


def _hoped(clause: str, mentions: Mentions, topics: Topics) -> tuple[int, str, str] | None:
    """A hope or a confidence that a matter will come about supports it, a doubt that it will opposes it ("she hoped the
    ceasefire would hold", "was confident that the reform would attract investment", "doubted that the plan would
    work"); its end or failure hoped for turns it round ("hoped the strike would end"); where, the side and the matter.
    Only a matter taken sides on (an act or a measure noun, an accord, a text), not the weather or someone's deeds."""
    if not (m := _HOPED.search(clause)) or m.group("head").lower() not in _HOPED_MATTERS and not names_act(
            m.group("head").lower()) and not _feared_harm(clause, m) or m.group("head").lower() in _HAZARDS or \
            mentions.within(m.group("np")) or _NEGATION.search(clause, 0, m.start("np")):
        return None
    if m.group("hope") and m.group("hope").lower().startswith("hope") and _SLIGHT_HOPE.search(
            clause, max(0, m.start() - 20), m.start()):
        return None  # "little hope that the ceasefire would hold"
    polarity = "support" if m.group("hope") or m.group("sure") else "oppose"
    ends = m.group("verb").lower() in _UNDOING_OR_FAILING and not _OBJECT_START.match(clause, m.end())
    if m.group("verb").lower() == "be" and (done := _PARTICIPLE_AFTER.match(clause, m.end())):
        ends = done.group(1).lower() in _UNDOING_OR_FAILING  # "would be scrapped", "would be postponed"
    if bool(m.group("neg")) != ends:  # an object after the verb makes it the matter's own act ("end the war")
        polarity = "oppose" if polarity == "support" else "support"  # "hoped the strike would end", "would not fail"
    return m.start(), polarity, _matter_of(m.group("np"), topics)


_FEARING = frozenset(load()["stances"]["fearing"].split())


def _feared_harm(clause: str, m: re.Match) -> bool:
    """Whether a hope-or-doubt match is a fear that a thing will harm something ("feared the new smelter would poison the
    river"; WordNet 3.0 fear.v.02 "be uneasy or apprehensive about"): a verb of fear or worry, not of doubt (which says
    how likely, not what one wants), a verb of clearly bad tone (VADER) with an object, the thing no person or body."""
    word = (m.group("doubt") or m.group("doubtful") or "").lower()
    head = m.group("head").lower()
    return word in _FEARING and _valence(m.group("verb")) <= -0.4 and \
        _OBJECT_START.match(clause, m.end()) is not None and head not in _HUMAN and head.rstrip("s") not in _HUMAN \
        and head not in _ORG_HEADS and not m.group("neg")


_THANKS_TO = re.compile(r"(?:^|[.!?;:]\s+|\b(?:i|we)\s+(?:\w+\s+)?(?:say|said|give|offer)\s+)\s*(?:a\s+(?:big\s+|huge\s+)?)?"
                        r"(?:thank\s+you|thanks)(?:\s+(?:so|very)\s+much)?\s+to\s+(?=the\s|our\s|all\s|every\s|[A-Z])",
                        re.IGNORECASE)
"""Thanks addressed to someone by "to" ("Thank you to the firefighters", "we say thanks to our volunteers"): a support
for who is thanked (the labelling guide: thanks or praise); not "thanks to the rain" (because of), which opens no
sentence of its own."""
_THANKING = frozenset(forms("thank"))
_FOR_COURTESY = re.compile(r"\s+for\s+(?:(?:his|her|their|its|the|your|a|an)\s+(?:warm\s+|kind\s+|generous\s+)?"
                           r"(?:" + "|".join(sorted(load()["stances"]["courtesy_nouns"].split())) + r")|"
                           r"coming(?!\s+to\s+(?:the|their|our|his|her|its)\s+(?:aid|rescue|help|defen[cs]e)\b)|attending|"
                           r"hosting\s+(?:the|him|her|them|us|me))\b", re.IGNORECASE)
"""Thanks for a courtesy (hospitality, an invitation, coming, hosting): politeness, not the support thanks for an act
or a stand would state (the task's precision rule; the labelling guide's thanks are for what someone did)."""
_AND_MORE = re.compile(r"\s+and\s+(?!for\s)(?P<det>(?:his|her|their|its|the|your)\s+)?(?P<more>[a-z][\w'-]*)")
"""A second thing thanked for, joined to the courtesy ("for their time and courage"): thanks for more than politeness."""


def _past_predicate(more: re.Match) -> bool:
    """The word after "and" is a past verb with no determiner ("for his hospitality and flew home"): a second predicate of
    the thanking subject, not a second thing thanked for (lemminflect's verb table: an inflected form not ending in -s)."""
    word = more.group("more")
    return not more.group("det") and not word.endswith("s") and word not in verb_lemma_of().get(word, (word,))


_BLOCKING_FORMS = frozenset(forms("block"))
_WAYS = frozenset(load()["stances"]["blocked_ways"].split())
_UNBUILT = re.compile(r"^\S+\s+(?:\S+\s+)?(?:" + "|".join(sorted(load()["stances"]["unbuilt_modifiers"].split())) + r")\s")
"""A way not yet built ("the planned motorway", "a proposed new bridge"): blocking it opposes the plan."""
_WELCOMING = frozenset(forms("welcome"))
_GREETED = re.compile(r"\s+[^,;:.]{1,60}?\s+(?:to|at|in|into)\s+(?:(?:the|his|her|its|their|our)\s+(?:[a-z]+\s+)?)?"
                      r"(?:[A-Z]|stand|home|office|residence|palace|capital|country|city|summit|conference|event|airport)")
"""Whom one welcomes to or at a place ("welcomed the Japanese prime minister to the White House", "welcomed visitors to
its stand"): a greeting upon arrival (WordNet 3.0 welcome.v.02 "bid welcome to; greet upon arrival"), not the approval
of welcome.v.01 ("accept gladly")."""
_ING_AFTER_THING = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+(?:[a-z-]+\s+){0,3}[a-z]{3,}\s+$")
_THING_BEFORE = re.compile(r"\b([a-z]{3,})\s+$")
"""A lowercase noun right before an -ing stance verb, in a noun phrase opened by a determiner, no comma between ("the
resolution condemning the coup"): a participle clause postmodifying that noun."""
_COUNTED = re.compile(r"^.*\b(?:thousands|hundreds|dozens|scores|millions|tens|groups?|crowds?)\s+of\s+", re.IGNORECASE)
_AGREEING = frozenset(f for v in load()["stances"]["agreeing"] for f in forms(v))
_AGREED_ON = re.compile(r"\s*((?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}?)\s+(?:on|to|over)\s")
"""After "agreed with" and whom, what they agreed on or to do: an agreement made between them (the lexicon's
``agreeing``)."""


def _agreed_on(tail: str, targets: list[str]) -> bool:
    """Whether the object of "agreed with" (``tail`` after it) is someone with what they agreed on or to do after it
    ("agreed with Iraq to reopen the border", "with the union on a pay deal"): an agreement made, not a position."""
    if not (m := _AGREED_ON.match(tail)):
        return False
    last = m.group(1).split()[-1].lower().strip("'\u2019")
    return bool(targets) or last in _HUMAN or last in _ORG_HEADS or _plural_person(last) or m.group(1)[:1].isupper()


def _verb_position(passage: str, holder: str, mentions: Mentions, topics: Topics,
                   quoted: bool = False) -> tuple[str | None, str | None]:
    """The position a stance verb in reported words states ("said they would fight the plan"):
    its polarity (turned round by a negation) and its object, or (None, None). In a quote, only a
    verb the speaker is the subject of ("we support", "I urge", "calls on" at its start), not another's
    act the speaker tells of ("terrorists seek to divide us", "the regulator has asked")."""
    contrast = _CONTRAST.split(passage)
    part = contrast[-1] if len(contrast) > 1 and len(contrast[-1].split()) >= 3 else passage
    if len(contrast) > 1 and _VERB_IT.fullmatch(contrast[-1]) and (verbs := _positions(contrast[-1])) and (
            thing := _copula_subject(contrast[0], mentions, topics)) and thing != MATTER:
        # "said the plan was not perfect but welcomed it": the verb after "but" states the position on the thing
        # judged before it (the labelling guide: judge the whole statement)
        at, _, polarity = verbs[0]
        return ("oppose" if polarity == "support" else "support") if _NEGATION.search(contrast[-1][:at]) else polarity, thing
    if "ime" in passage and (time := _TIME_TO.search(passage)) and (phrase := _clip(time.group(1), _PREDICATE_END, 8)) \
            and not _CLAUSE_START.match(phrase):
        return "support", gerund(phrase)  # "it's time to give the public a say": what it is time for is asked for
    if not quoted and " to " in passage and (judged := _extraposed(passage)):
        return judged  # "said it was wrong to cut funding for schools": the act judged is the infinitive's
    if may_match(_DISPOSED_WORDS, passage) and (disposed := _disposed(passage, topics)):
        return disposed[1], disposed[2]  # "the group remained committed to the talks, but ...": the first position
    if "hank" in passage and (thanks := _THANKS_TO.search(passage)) and (
            whom := _object_from(passage[thanks.end() :])) and not _CLAUSE_START.match(whom):
        named = [i for at, i in mentions.within(passage[thanks.end() : thanks.end() + len(whom) + 2]) if at <= 4]
        return "support", _thing_named(named[0], mentions, topics) if named else _matter_of(whom, topics)
        # "Thank you to the firefighters": who is thanked is supported (the labelling guide: thanks or praise)
    if may_match(_HOPE_WORDS, passage) and (hoped := _hoped(passage, mentions, topics)):
        return hoped[1], hoped[2]  # "said she hoped the ceasefire would hold": the ceasefire is supported
    if may_match(_FEELING_PREPOSITIONS, passage) and (felt := _feeling_about(passage, holder, mentions, topics)):
        return felt  # "said it was deeply concerned about the arrests": the feeling's cause is opposed
    if may_match(_ENDING_WORDS, part) and (ended := _ended(part, topics)):
        return "oppose", ended  # "the shelling must stop", "they should scrap the tax": what must end is opposed
    if " be " in part and (done := _must_be_done(part, topics)):
        return done  # "parliament must be recalled": the recall is asked for
    if may_match(_OBLIGING_WORDS, part) and (asked := _must_do(part, topics)):
        return "support", asked  # "the government must open negotiations now": the act asked for
    if "here" in part and (room := _NO_ROOM.search(part)) and (phrase := _clip(room.group(1), _PREDICATE_END)) \
            and not _CLAUSE_START.match(phrase):
        return "oppose", _matter_of(phrase, topics)  # "said there was no justification for the strike": opposed
    if " unless " in part and (cond := _WOULD_UNLESS.search(part)) and \
            (thing := _clip(cond.group("ended") or cond.group("undone"), _PREDICATE_END)) and not _CLAUSE_START.match(thing):
        return "oppose", _matter_of(thing, topics)  # "said they would strike unless the wage cut was withdrawn"
    if may_match(_KEPT_WORDS, part) and (kept := _kept_or_refused(part, topics)):
        return kept  # "we cannot accept this agreement": refused; "would not abandon its plan": kept to
    if (" will " in part or " would " in part or "'ll " in part or "\u2019ll " in part or " shall " in part) and (
            ending := _WILL_END.search(part)) and (phrase := _object_from(part[ending.end() :]) or
                                                  _demonstrative_object(part[ending.end() :].lstrip())):
        return "oppose", _matter_of(phrase, topics)  # "we will do everything in our power to stop these job losses"
    for at, end, polarity in _positions(part):
        if quoted and not _OWN_SUBJECT.search(part, 0, at):
            continue
        if _NOUN_INFINITIVE_BEFORE.search(part, max(0, at - 30), at):
            continue  # "the decision to expel the diplomats was a mistake": the act a noun names, no position taken
        verb = part[at:end].lower()
        if verb in _FIGURATIVE:
            continue  # "said the army had attacked the town": an act told, not the speaker's position
        if _RELATIVE_OBJECT.search(part, max(0, at - 60), at):
            continue  # "said ... the dam, which farmers blame for the drought": the relative clause's subject's position
        asked = _asked(part, end, verb) or _asked_that(part, end, verb)
        if asked and _asked_not(part, end):
            polarity = "oppose" if polarity == "support" else "support"
        if asked and (stopped := _stopped(asked, part[end:])):  # "urged them to halt the demolition": opposed
            polarity, asked = ("oppose" if polarity == "support" else "support"), stopped
        if not asked and verb in _ASKING and _OBJECT_INFINITIVE.match(part, end):
            continue  # whom one urges to act is not what one supports
        if not asked and verb.endswith(" on") and verb in _ASKING or verb in _REQUESTING and _NO_SIDE.match(part[end:].lstrip()):
            continue  # "called on the minister": a visit; "asked for a meeting", "appealed for aid": no side
        after = _named_object(part[end:], mentions, [holder])
        if not asked and verb.split()[0] in _BLAMING and (on := _blamed_on(part, end)) is not None:
            after = _named_object(part[on:], mentions, [holder]) or after  # "blamed prices on Fennick Bank": the bank
        target = asked or (_thing_named(after[0], mentions, topics) if after else _thing(part, end, topics, part[at:end].lower()))
        if verb.split()[0] in _AGREEING and _agreed_on(part[end:], after):
            continue  # "said it had agreed with Iraq to reopen the border": an agreement made, no side taken
        if target:
            if _NEGATION.search(part[:at]):
                polarity = "oppose" if polarity == "support" else "support"
            return polarity, target
    return None, None


_REFUSED_FORMS = sorted({f for v in load()["stances"]["refused_if_negated"] for f in forms(v)})
_VERB_IT = re.compile(r"\s*(?:(?:he|she|they|it|we|i)\s+)?(?:(?:would|will|still|also|did|does|do|not|never|n't|\w+ly)\s+)*"
                      r"[a-z]+\s+(?:it|them)\s*[.,;!]?\s*", re.IGNORECASE)
"""A clause after "but" of only a verb and a pronoun object ("but welcomed it", "but she would still support it"): its
object is what the clause before judged."""
_KEPT_FORMS = sorted({f for v in load()["stances"]["ending"] for f in forms(v)})
_KEPT_WORDS = words_pattern("not", "never", "n't", "n\u2019t", "cannot")
_KEPT = re.compile(r"(?:^\s*|[,;:]\s*|\b(?:that|and|but)\s+)(?P<subject>i|we|he|she|they|it|(?:the|our|this|its|his|her|their)\s+[a-z]+)\s+"
                   r"(?:will|would|shall|could|can|do|does|must)\s*(?:not|never)\s+|"
                   r"(?:^\s*|[,;:]\s*|\b(?:that|and|but)\s+)(?P<subject2>i|we|he|she|they|it|(?:the|our|this|its|his|her|their)\s+[a-z]+)\s+"
                   r"(?:cannot|can['\u2019]t|won['\u2019]t|wouldn['\u2019]t|don['\u2019]t|doesn['\u2019]t)\s+",
                   re.IGNORECASE)
_KEPT_VERB = re.compile(r"(?:(?:ever|\w+ly)\s+)?(?:be\s+able\s+to\s+)?(?:(?P<refused>" + "|".join(_REFUSED_FORMS) + r")|(?P<kept>"
                        + "|".join(_KEPT_FORMS) + r"))\b(?=\s+(?:the|this|these|its|their|our|his|her|any|such)\s)",
                        re.IGNORECASE)
"""A negated verb of accepting or of ending with a thing as its object, the speaker or a body as its subject ("we cannot
accept this agreement", "the government would not abandon its plan"; Quirk et al. 1985, 10.54, clause negation):
the object refused, or kept to; a modal or present "do", not a past ("did not stop the fighting": a fact told)."""


_OWN_BODY = re.compile(r"(?:our|its|his|her|their)\s", re.IGNORECASE)
_OWN_LANDS = frozenset(("country", "nation", "state"))
_THIRD_OWN = re.compile(r"(?:his|her|their)\s", re.IGNORECASE)
"""A third person's possessive before the subject noun: the speaker's own only for a body, a land or a party ("her
country", "his party"), not "her critics" or "their neighbours"."""
_DEMONSTRATIVE_OBJECT = re.compile(r"(?:[Tt]his\s+(?![a-z]+s\b)|[Tt]hese\s+)(?:[a-z-]+\s+){0,2}?([a-z-]{3,})(?=\s*(?:[,;:.!?\"\u201d]|$))")
"""A demonstrative determiner and its noun ending the clause ("we cannot accept this agreement", "rejected these new
measures"; Quirk et al. 1985, 6.40): a thing, not a clause ("said this was wrong", "this means war") nor a time."""


def _demonstrative_object(tail: str) -> str | None:
    """A demonstrative noun phrase of a thing, not of a time or one that only refers back."""
    m = _DEMONSTRATIVE_OBJECT.match(tail)
    return m.group() if m and m.group(1).rstrip("s") not in _PERIODS and m.group(1) not in _TIME_NOUNS and \
        m.group(1).rstrip("s") not in REFERRING else None


_UNDOING_FORMS = sorted({f for v in load()["stances"]["undoing"] for f in forms(v)})
_HALTING_FORMS = sorted({f for v in load()["stances"]["halting"] for f in forms(v)})
_WILL_END = re.compile(r"\b(?:we|i|he|she)(?:\s+(?:will|would|shall)|['\u2019]ll)\s+(?:[^,;:.!?\"\u201c\u201d]{0,60}?\s)?(?:(?:"
                       + "|".join(_UNDOING_FORMS) + r")|(?<=\sto\s)(?:" + "|".join(_HALTING_FORMS)
                       + r"))(?=\s+(?:the|this|these|that|those|any|such)\s)", re.IGNORECASE)
"""The speaker's own resolve to end or undo a thing ("we will do everything in our power to stop these job losses",
"I will scrap the tax"; a first- or third-person subject that reports the speaker, a modal of volition, Quirk et al.
1985, 4.58): the thing is opposed. The lexicon's ``undoing`` verbs, and its ``halting`` ones only in a to-infinitive
of purpose ("to stop these job losses", not "we will stop the fighting", one's own): one ends one's own strike or
lifts one's own sanctions, but scraps or repeals what another did; "they" may be the speaker's own side."""


def _kept_or_refused(part: str, topics: Topics) -> tuple[str, str] | None:
    for m in _KEPT.finditer(part):
        subject = (m.group("subject") or m.group("subject2")).split()[-1].lower()
        if " " in (m.group("subject") or m.group("subject2")) and subject in _HUMAN and not (
                _OWN_BODY.match(m.group("subject") or m.group("subject2")) and (subject in _ORG_HEADS or subject in _OWN_LANDS)):
            continue  # "the rebels would never accept": another's position told, not the speaker's; "her country would
            # not recognise", "our party will never accept": the speaker's own body
        if _THIRD_OWN.match(m.group("subject") or m.group("subject2")) and subject not in _ORG_HEADS and \
                subject not in _OWN_LANDS:
            continue  # "her critics would not accept": only the speaker's own body, land or party speaks for her
        if (verb := _KEPT_VERB.match(part, m.end())) and (
                phrase := _object_from(part[verb.end() :]) or _demonstrative_object(part[verb.end() :].lstrip())):
            return ("oppose" if verb.group("refused") else "support"), _matter_of(phrase, topics)
    return None


_NO_ROOM = re.compile(r"\bthere\s+(?:is|was|are|were|can\s+be|could\s+be|has\s+been|had\s+been|will\s+be)\s+"
                      r"(?:absolutely\s+)?no\s+(?:justification|excuse|place|room|basis)\s+for\s+(.{3,80})", re.IGNORECASE)
"""An existential clause that denies something any ground ("there is no justification for the strike", "there is no
place for violence in politics"; Quirk et al. 1985, 18.44, existential sentences; WordNet 3.0 justification.n.01,
excuse.n.01, basis.n.01, and place and room as "opportunity"): what it is denied is opposed."""


def _feeling_about(passage: str, holder: str, mentions: Mentions, topics: Topics) -> tuple[str, str] | None:
    """The speaker's own feeling about a thing ("it was deeply concerned about the arrests", "we are disappointed with
    the ruling", "I am pleased with the outcome"; Quirk et al. 1985, 16.69, an adjective of emotion with its
    prepositional complement): the side of the adjective's tone (VADER's valence, or the noun of a feeling voiced,
    "concern", for its participle), turned round by a negation, towards the complement: the adjective a participle of a
    verb of feeling (Levin 1993, 31.1 amuse verbs: "concerned", "disappointed", "pleased"). The subject is a pronoun, the
    speaker's own voice, never a third party ("residents were worried about the floods")."""
    m = _FEELING_ABOUT.search(passage)
    if m is None:
        return None
    adj = m.group("adj").lower()
    if (not adj.endswith("ed") or adj not in verb_lemma_of()) and adj not in _FEELING_ADJECTIVES:
        return None  # only the participle of a verb of feeling ("concerned", "pleased") or an adjective of emotion
        # ("angry"), not "lucky with the weather"
    valence = _sentiment().lexicon.get(adj, 0.0)
    side = "support" if valence >= 1.0 else "oppose" if valence <= -1.0 else None
    if side is None:
        lemma = next(iter(verb_lemma_of().get(adj, ())), None)
        side = _VOICED_OF.get(lemma) if lemma else None
    if side is None or not (thing := _clip(m.group("thing"))):
        return None
    if m.group("thing").startswith(thing):
        thing = _with_infinitive(thing, m.group("thing"))  # "pleased with the decision to lift the sanctions": which
    if m.group("neg"):
        side = "oppose" if side == "support" else "support"
    named = _named_object(f" {thing}", mentions, [holder])
    return side, _thing_named(named[0], mentions, topics) if named else _matter_of(thing, topics)


_FEELING_ADJECTIVES = frozenset(load()["stances"]["feeling_adjectives"])
_FEELING_PREPOSITIONS = words_pattern("about", "by", "over", "at", "with")
_FEELING_ABOUT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that)\s+|^\s*)(?:i|we|it|they|he|she)\s+(?:is|are|was|were|am|['\u2019]m|['\u2019]re|remains?|"
    r"remained|(?:has|have|had)\s+been)\s+(?P<neg>not\s+)?(?:(?:very|so|deeply|extremely|gravely|seriously|greatly|"
    r"particularly|also|still|\w+ly)\s+)*(?P<adj>[a-z]+)\s+(?:about|by|over|at|with)\s+"
    r"(?P<thing>(?:the|this|these|those|its|their|his|her|our|a|an|any|[A-Z])[^,;:.]{2,80})", re.IGNORECASE)


def _disposed(clause: str, topics: Topics) -> tuple[int, str, str] | None:
    """A copula with an adjective of commitment or opposition and its to-complement ("the party remains committed
    to the talks", "residents are opposed to the plan"; Quirk et al. 1985, 16.69, adjective complementation): where
    the copula is, the position, and what it is towards; not negated ("is not opposed to")."""
    m = _DISPOSED.search(clause)
    if not m or m.group("neg") or not (phrase := _clip(m.group("thing"))):
        return None
    if m.group("prep") and (_NO_HOLDER_SUBJECT.search(clause, max(0, m.start() - 30), m.start())
                            and not _SAID_IT.search(clause, max(0, m.start() - 30), m.start())
                            or _LAW.match(phrase) or _NORM_OF.match(phrase)):
        return None  # "it is against the law", "the vote was against": a thing's, not a position
    adj = (m.group("adj") or m.group("judging") or m.group("prep")).lower()
    if (m.group("adj") or m.group("prep")) and head_of(phrase) in _INFINITIVE_NOUNS:
        phrase = _with_infinitive(phrase, m.group("thing"))  # "opposed to the plan to close rural clinics"
    return m.start(), "oppose" if adj in _DISPOSED_AGAINST else "support", _matter_of(phrase, topics)


_JUDGING_OF = {**{a: "oppose" for a in load()["stances"]["disposed_oppose_of"].split()},
               **{a: "support" for a in load()["stances"]["disposed_support_of"].split()}}
_JUDGING_TO = {**{a: "oppose" for a in load()["stances"]["disposed_oppose_to"].split()},
               **{a: "support" for a in load()["stances"]["disposed_support_to"].split()}}
"""Adjectives of judging with the preposition that takes what they judge ("critical of", "hostile to"; the lexicon's
``disposed_*`` lists), by the side they take."""
_DISPOSED_AGAINST = frozenset(("opposed", "against")) | frozenset(
    a for a, side in (_JUDGING_OF | _JUDGING_TO).items() if side == "oppose")
_DISPOSED_WORDS = words_pattern("committed", "dedicated", "devoted", "opposed", "against", "favour", "favor",
                                *_JUDGING_OF, *_JUDGING_TO)
_DISPOSED = re.compile(r"\b(?:is|are|was|were|be|been|remains?|remained|stays?|stayed)\s+(?P<neg>not\s+|never\s+)?"
                       r"(?:\w+ly\s+|still\s+|also\s+)?(?:(?P<adj>committed|dedicated|devoted|opposed|"
                       + "|".join(sorted(_JUDGING_TO)) + r")\s+to|(?P<judging>" + "|".join(sorted(_JUDGING_OF))
                       + r")\s+(?:of|about)|(?P<prep>against|in\s+favou?r\s+of))\s+"
                       r"(?P<thing>(?:the|this|these|those|its|their|his|her|our|a|an|any|[A-Z])[^,;:.]{2,80})", re.IGNORECASE)
"""A copula with an adjective of commitment or opposition and its to-complement, or with "against" or "in favour of"
as its complement ("residents are against the plan", "she was in favour of a referendum"; Quirk et al. 1985, 16.69
and 9.2, prepositional phrases as subject complements)."""
_SAID_IT = re.compile(r"\b(?:" + alternation(sorted({f for v in REPORTING_VERBS for f in forms(v)})) + r")\s+(?:that\s+)?"
                      r"it\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""A reporting verb before "it" ("the union said it was against the plan"): the "it" is the speaking body, which can
hold a position, not a thing."""
_NO_HOLDER_SUBJECT = re.compile(r"\b(?:" + "|".join(load()["stances"]["thing_subjects"].split()) + r")\s+(?:\w+ly\s+)?$",
                                re.IGNORECASE)
"""A subject that takes no position: a pronoun for a thing ("it is against the law") or a noun for a result."""
_LAW = re.compile(r"(?:the\s+|international\s+|federal\s+|state\s+)*(?:" + "|".join(load()["stances"]["legal_codes"].split())
                  + r")\b", re.IGNORECASE)
"""A code of law or rules (the lexicon's ``legal_codes``)."""
_NORM_OF = re.compile(r"(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:[a-z]\w*\s+)?(?:(?:" + "|".join(sorted(load()["stances"]["norm_heads"].split()))
                      + r")\s+of\b|letter\s+of\s+(?:the|its|their|this)\s+(?:[a-z]\w*\s+)?(?:" + "|".join(sorted(
                          {*load()["stances"]["legislative_texts"].split(), *load()["stances"]["accord_nouns"].split(),
                           *load()["stances"]["legal_codes"].split()})) + r")\b)")
"""A standard or someone's good that a thing goes against ("against the interests of farmers", "against the spirit of
the accord"; the lexicon's ``norm_heads``): no matter one takes sides on."""


def _ended(passage: str, topics: Topics) -> str | None:
    """What a speaker says must end: the object of a verb of ending or undoing after a modal of obligation ("the
    government must reverse the increase"), or, with no object, the modal's subject ("the shelling of schools must
    stop"); in the article's words. None when the verb is negated ("must not end") or names nothing."""
    for m in _MUST_END.finditer(passage):
        rest = passage[m.end() :]
        if _OBJECT_START.match(rest):
            if phrase := _clip(rest):
                return _matter_of(phrase, topics)
            continue
        if _CLAUSE_OVER.match(rest) and (subject := _subject_np(passage, m.start())):
            return _matter_of(subject, topics)
    return None


_OBLIGING_WORDS = words_pattern("must", "should")
_MUST_DO = re.compile(r"\b(?:must|should)\s+(?:now\s+|immediately\s+|urgently\s+|also\s+)?(?P<verb>[a-z]{3,})\s+"
                      r"(?P<obj>(?:(?:the|a|an|its|their|his|her|our|this|these|those|new|fresh|more)\s|[A-Z]|[a-z]{3,}s\b)"
                      r"[^,;:.!?\"\u201c\u201d]{2,80})")
"""A modal of obligation, not negated, before a verb in its base form and its object ("the government must open
negotiations now"; Quirk et al. 1985, 4.53): the speaker asks for the act (the guide: "X must ..." is a demand)."""


def _must_do(passage: str, topics: Topics) -> str | None:
    """What a speaker says must be done, as an act with its object ("opening negotiations"), or None: the verb a base
    form of a verb that is no stance verb, no verb of ending (`_ended` reads those) and no verb of being or having."""
    for m in _MUST_DO.finditer(passage):
        verb = m.group("verb").lower()
        if verb in _STANCE_OF or verb in _ENDING_LEMMAS or verb in _BANNING_LEMMAS or verb in _NOT_DEMANDS \
                or verb not in verb_lemma_of().get(verb, ()):
            continue
        obj = _NOW_AFTER.sub("", m.group("obj"))
        thing = _clip(obj, _PREDICATE_END) or (obj.split()[0] if obj.split()[0].endswith("s") and len(obj.split()) == 1
                                               else None)  # "open negotiations": the verb makes the phrase
        if thing and not _CLAUSE_START.match(thing):
            return gerund(f"{verb} {thing}")
    return None


_NOW_AFTER = re.compile(r"\s+(?:now|immediately|urgently|soon|again|at\s+once)\b.*$", re.IGNORECASE)
_NOT_DEMANDS = frozenset(("be", "have", "do", "get", "make", "take", "give", "remain", "stay", "keep", "know",
                          "understand", "learn", "face", "accept", "bear", "pay"))
"""Verbs whose obligation names no act asked for ("must have", "must face the consequences", "should know")."""


def _must_be_done(passage: str, topics: Topics) -> tuple[str, str] | None:
    """What a speaker says must be done to a thing, a modal of obligation before a passive ("Parliament must be
    recalled", "the tax should be scrapped"; Quirk et al. 1985, 4.53 and 3.63): a verb of ending or banning opposes the
    thing, a stance verb takes its own side on it, any other regular verb supports the act done to it ("recalling
    Parliament"). The subject is a name or a noun phrase of a matter (an act, or a matter the article comes back to)
    that opens its clause, not a pronoun nor a mere task ("the bodies must be identified"); None otherwise."""
    for m in _MUST_BE.finditer(passage):
        clause = _SUBJECT_OPEN.split(passage[: m.start()])[-1].strip()
        words = clause.split()
        first = words[0].lower() if words else ""
        if not 1 <= len(words) <= 6 or first in _PERSONAL or first in _DETERMINERS and len(words) == 1:
            continue  # "it must be recalled", "this must be done": a pronoun, no thing named
        if not (first in _DETERMINERS or words[0][:1].isupper() and first not in _NO_SUBJECT_OPEN) \
                or noun_prefix(words) != words:
            continue  # "In Lindholm the civilians must be spared": a fronted adverbial, not the subject's start
        opens = passage.rfind(clause, 0, m.start())
        initial = _SENTENCE_START.search(passage, 0, opens) is not None  # a capital there says nothing of a name
        named = words[0].lower() not in _DETERMINERS and all(w[:1].isupper() for w in words) and not initial
        if not named and not (topics.is_act(head := topics.head(clause)) or topics.recurs(head)):
            continue  # "the bodies must be identified": a task, no matter taken sides on
        participle = m.group("verb").lower()
        thing = clause[:1].lower() + clause[1:] if not named else clause  # "The tax": "the tax"
        if (side := _STANCE_OF.get(participle)) is not None:
            return side, _matter_of(thing, topics)
        lemma = _participle_lemma(participle)
        if lemma is None:
            continue
        if lemma in _ENDING_LEMMAS or lemma in _BANNING_LEMMAS:
            return "oppose", _matter_of(thing, topics)
        if particle := _PARTICLE_AFTER.match(passage, m.end()):
            if particle.group(2):
                continue  # "must be called off by the union": an agent, no call
            lemma = f"{lemma} {particle.group(1).lower()}"  # "the strike must be called off": calling it off
        return "support", f"{gerund(lemma)} {thing}"
    return None


def _participle_lemma(participle: str) -> str | None:
    """The verb a regular past participle is of ("recalled" recall, "spared" spare, "banned" ban, "carried" carry), by
    lemminflect's lemma table: the spelling rules of -ed (Quirk et al. 1985, 3.5) alone take "spared" for "spar"."""
    if participle in _IRREGULAR_ENDED:
        return _IRREGULAR_ENDED[participle]  # "withdrawn", "forbidden"
    if not participle.endswith("ed") or len(participle) < 5:
        return None
    found = verb_lemma_of().get(participle)
    return found[0] if found else None


_IRREGULAR_ENDED = {f: v for v in (*load()["stances"]["ending"], *load()["stances"]["banning"])
                    for f, tag in tagged_forms(v).items() if tag == "past" and not f.endswith("ed") and f.endswith("n")}
"""The irregular past participles of the verbs of ending and banning ("withdrawn", "forbidden"): their lemma."""
_MUST_BE = re.compile(r"\b(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:now\s+|also\s+|\w+ly\s+)?be\s+"
                      r"(?:\w+ly\s+)?(?P<verb>[a-z]+ed|" + "|".join(sorted(_IRREGULAR_ENDED)) + r")\b(?!\s+(?:by|with|to|that|as)\b)",
                      re.IGNORECASE)
"""A modal of obligation, not negated, before a passive of a regular verb (no agent: "must be judged by" is no call)."""
_PARTICLE_AFTER = re.compile(r"\s+(down|off|out|up|away)\b(\s+(?:by|with|to|that|as)\b)?", re.IGNORECASE)
"""The adverb particle of a phrasal verb after the participle ("called off", "carried out", "shut down"; Quirk et al.
1985, 16.2; the particles of _PARTICLE): it is part of the act, whose meaning the verb alone may turn round ("calling
the strike")."""
_SUBJECT_OPEN = re.compile(r"[,;:\u2013\u2014\"\u201c\u201d(]|\b(?:that|and|but|so|because|while|if|when|now)\s", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?\"\u201c\u2026]\s*)$")
_NO_SUBJECT_OPEN = STOP - _DETERMINERS - HONORIFICS - frozenset(
    f"{load()['words']['partitive_quantifiers']} {load()['words']['cardinals']}".split())
"""Capitalised words that open no subject noun phrase: the lexicon's stop words (prepositions, conjunctions, pronouns,
days) less the determiners, honorifics and quantifiers that do ("Mr Ruiz", "Some roads", "Two ministers")."""
_ENDING_LEMMAS = frozenset(load()["stances"]["ending"])
_BANNING_LEMMAS = frozenset(load()["stances"]["banning"])


_PLURAL_HEAD = re.compile(r"[a-z]{3,}[^s]s")
"""A lowercase plural noun (not "-ss"): the head of a subject that stands right before its modal."""


def _subject_np(passage: str, at: int) -> str | None:
    """The subject of the modal at ``at`` when it is a whole noun phrase of things opened by a determiner, from the
    start of its clause ("Whoever is responsible, the shelling of markets and schools must stop"): not a person or
    people ("the workers must stop"), not a clause."""
    clause = re.split(r"[,;:.!?\"\u201c\u201d]", passage[:at])[-1].strip()
    head = _HEAD_PART.match(clause)
    words = head.group().split() if head else []
    if len(words) < 2 or len(clause.split()) > 8 or words[0].lower() not in _DETERMINERS or noun_prefix(words) != words \
            and not (noun_prefix(words) == words[:-1] and _PLURAL_HEAD.fullmatch(words[-1]) and head.end() == len(clause)):
        return None  # "the attacks must stop": a plural right before the modal is the subject's head, no verb
    if words[-1].lower() in _HUMAN or words[-1].lower().rstrip("s") in _HUMAN \
            or not _PREPOSITIONAL_TAIL.fullmatch(clause[head.end() :]):
        return None
    return clause


_ENDING = sorted({f for v in load()["stances"]["ending"] for f in forms(v)}, key=lambda f: (-len(f), f))
_ENDING_WORDS = words_pattern(*_ENDING)
_MUST_END = re.compile(r"\b(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:\w+ly\s+|also\s+|now\s+)?"
                       r"(?:" + "|".join(load()["stances"]["ending"]) + r")\b", re.IGNORECASE)
"""A modal of obligation (Quirk et al. 1985, 4.53) before a verb of ending or undoing, not negated."""
_OBJECT_START = re.compile(r"\s+(?:the|this|these|that|those|its|their|his|her|all|any|every|such|our|[A-Z])", )
_CLAUSE_OVER = re.compile(r"\s*(?:[.,;:!?\"\u201c\u201d]|$|\s(?:now|immediately|at\s+once|today|and|before|while|so)\b)")


_TIME_TO = re.compile(r"\b(?:it\s+is|it['\u2019]s|it\s+was)\s+(?:now\s+|high\s+|about\s+)?(?:the\s+)?time\s+(?:now\s+)?"
                      r"(?:for\s+[^;:.!?]{1,60}?\s+)?to\s+(?!be\b)(\w.*)", re.IGNORECASE)
"""'It is time (for X) to do': what the speaker says should now be done (a deontic "it is time", Quirk et al.
1985, 14.25 and 16.75, the to-infinitive after "time"); not "this is not the time to"."""


_EXTRAPOSED = re.compile(r"\bit\s+(?:is|was|['\u2019]s|(?:would|will|could|might)\s+(?P<neg1>not\s+)?be)\s+"
                         r"(?P<neg>not\s+|never\s+)?(?:(?:very|so|too|deeply|\w+ly)\s+)?"
                         r"(?P<judge>(?:a|an)\s+(?:[a-z-]+\s+)?[a-z-]+|(?![a-z-]+(?:ed|en)\s)[a-z-]+)\s+(?:for\s+[^;:.!?]{1,40}?\s+)?to\s+"
                         r"(?!be\b)(?P<act>[a-z]\w*\b.*)", re.IGNORECASE)
"""An extraposed to-infinitive after "it is" and a judging adjective or noun ("it was wrong to cut funding", "it would be
a mistake to lift the sanctions"; Quirk et al. 1985, 18.33 and 16.75): the act the infinitive names is what is judged."""
_EASE = frozenset(load()["stances"]["ease_adjectives"].split()) | frozenset(
    load()["stances"]["disposition_adjectives"].split())
_PERCEIVING = frozenset(f for v in load()["stances"]["perceiving"] for f in forms(v))


def _extraposed(passage: str) -> tuple[str, str] | None:
    """The side an extraposed judgement takes on the act of its to-infinitive (`_EXTRAPOSED`), by the judging word's
    tone (`_complement_polarity`), turned round by a negation; and that act as a gerund ("cutting funding for schools").
    None for an adjective of ease or likelihood ("difficult to say"), a verb of perceiving or knowing ("sad to see"),
    or a judging word that takes no side."""
    m = _EXTRAPOSED.search(passage)
    if m is None or m.group("judge").split()[-1].lower() in _EASE or m.group("judge").lower() in ("time", "the"):
        return None
    if m.group("act").split()[0].lower() in _PERCEIVING:
        return None
    polarity = _complement_polarity(m.group("judge"))
    if polarity == "neutral" or not (phrase := _clip(m.group("act"), _PREDICATE_END, 8)) or _CLAUSE_START.match(phrase):
        return None
    if m.group("neg") or m.group("neg1"):
        polarity = "oppose" if polarity == "support" else "support"
    return polarity, gerund(phrase)


_OWN_SUBJECT = re.compile(r"(?:^|[.!?;:\u2026]\s*|\b(?:i|we|you|let's|let\s+us)\s+|\b(?:our|my)\s+(?:[\w-]+\s+){1,2}"
                          r"|\b(?:must|should|ought\s+to)\s+(?!(?:not\s+|never\s+)?have\b))(?:(?:will|would|shall|should|can|could|"
                          r"must|may|might|do|does|did|have|has|had|are|am|not|n't|also|fully|strongly|firmly|still|"
                          r"always|never|now|all|to|want|continue|\w+ly|" + "|".join(sorted(load()["stances"]["willing_adjectives"].split()))
                          + r")\s+)*$", re.IGNORECASE)
"""The first person before a verb, or nothing (a quote's first word, an imperative), past its auxiliaries and
adverbs: the speaker is its subject (Quirk et al. 6.4); or a subject the speaker owns ("our party will support",
"my government"); or a deontic modal ("everyone should oppose", "the council must reject"): whoever says so demands
it (Quirk et al. 4.53-4.54), not a past obligation or a guess ("must have known")."""


_APPOSITION = re.compile(r"^\s*(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?[\w\s'\u2019-]{2,40}?,\s+")


_POSSESSOR = re.compile(r"\S*\s*['\u2019]s?\s")


_NOT_APPOSITION = re.compile(r",|\b(?:which|who|whom|whose|that|where|when|and|but|as|has|had|have|is|was|were|said)\b|"
                             r"^\s*[a-z]+ing\b")
"""What a name after a comma is not in apposition to the object in: a clause ("who ...", "..., accusing
the president"), another comma."""


_TITLED = re.compile(r"\s*(?:(?:the|former|acting|interim|deputy|then)\s+)*(?:[A-Z][a-z]+\s+){0,2}(?i:"
                     + "|".join(sorted(TITLES, key=lambda t: (-len(t), t))) + r")\s+")
"""A title, with at most two capitalised words of its office before it, right before a name ("accused Health Minister
Rui Lopes", "criticised former President X"; the labelling guide: the title is not the name): the name is the object."""


def _named_object(tail: str, mentions: Mentions, holders: list[str]) -> list[str]:
    """The actors a verb takes as object at the start of ``tail``: named right after it, or named
    in an apposition to the role noun it takes ("accused her rival, former minister Ana Ruiz,")."""
    after = [i for off, i in mentions.within(tail[:60]) if (off <= 6 or _TITLED.fullmatch(tail, 0, off)) and i not in holders
             and not _POSSESSOR.match(mentions.blank(tail[:80]), off)]  # "the House's decision": the decision
    if after or not (m := _APPOSITION.match(tail)):
        return after
    named = mentions.within(tail[m.end() : m.end() + 60])
    return [i for off, i in named if i not in holders and len(tail[m.end() : m.end() + off].split()) <= 4
            and not _NOT_APPOSITION.search(tail[m.end() : m.end() + off])
            and not _SAID_NEXT.match(tail, mentions.end(tail, m.end() + off))][:1]


_SAID_NEXT = re.compile(r"\s+(?:(?:also|later|then|again)\s+)?" + _SAYS.pattern)
"""A reporting verb right after a name: ", union leader X said" is who speaks, not an apposition to the object
("blamed the factory for the collapse, union leader X said")."""


def _thing_named(actor_id: str, mentions: Mentions, topics: Topics) -> str:
    """A target named like an actor, as what it is: an acronym that abbreviates a law the
    article names ("BIPA") stands for the law, not for a body."""
    name = next((c.name for c, i in mentions.actors if i == actor_id), None)
    law = topics.acronyms.get(name or "")
    return f"the {law}" if law else actor_id


def _target(passage: str, holder: str, mentions: Mentions, topics: Topics) -> str:
    """What a passage supports or opposes: the recurring matter it names, else another actor it
    names, else the matter the article's acts are about (`MATTER`, filled in once the whole
    article is read). What the passage calls something ("this is a big win for Iran") is its judgement, not its matter."""
    named, refers = topics.in_passage(_uncalled(passage), REFERRING)
    if named and topics.is_act(topics.head(named)):  # most labelled targets are matters, not actors (five in six on the dev fixtures)
        return named
    if refers:  # "this decision": what the article is about
        return MATTER
    blank = mentions.blank(passage)
    others = [i for at, i in mentions.within(passage, every=True)
              if i != holder and not (topics.lang == "en" and _modifies(passage, blank, at))]
    return _thing_named(others[0], mentions, topics) if others else MATTER


def _uncalled(passage: str) -> str:
    """``passage`` with the noun phrase a copula's complement opens with blanked ("this is a big win for Iran": "a big
    win"): what the subject is called judges it, it names no matter (Quirk et al. 1985, 16.21)."""
    if not may_match(_COPULA_WORDS, passage):
        return passage
    called = {phrase for m in _COMPLEMENT.finditer(passage)
              if (phrase := first_phrase(m.group(1))) and m.group(1).startswith(phrase)}
    for phrase in sorted(called):  # and where the speaker says it again ("a big win for Iran - a big win for ISIS")
        passage = passage.replace(phrase, " " * len(phrase))
    return passage


_COPULA_WORDS = words_pattern("is", "are", "was", "were", "be", "been", "remain", "remains", "remained")


def _copula_subject(passage: str, mentions: Mentions, topics: Topics) -> str | None:
    """What reported speech judges when it calls a thing good or bad ("said the new curfew was unlawful"): the
    subject of the first copula whose complement judges (`_COMPLEMENT`, Quirk et al. 1985, 16.21), when it is a
    whole noun phrase of a thing opened by a determiner or a possessor, in the article's fullest words; None for a
    person, an actor, a pronoun or a clause ("the minister was", "it was", "what happened was")."""
    m = next(_complements(passage), None)
    if not m or m.group(1).split()[0].lower() in _PARTICIPLES:
        effect = _effect(passage)
        if effect is None and (lacking := _LACKING.search(passage)):
            return _thing_subject(passage, lacking.start(), mentions, topics)  # "the sanctions had no legal basis"
        if effect is None and may_match(_BREAKING_WORDS, passage) and (broke := _BREAKING.search(passage)):
            return _thing_subject(passage, broke.start(), mentions, topics)  # "said the new law breaches the charter"
        return _thing_subject(passage, effect[0], mentions, topics) if effect else None
    return _thing_subject(passage, m.start(), mentions, topics)


def _thing_subject(passage: str, at: int, mentions: Mentions, topics: Topics | None = None) -> str | None:
    """The subject of the verb at ``at`` when it is a whole noun phrase of a thing opened by a determiner or a
    possessor, in the article's fullest words; None for a person, an actor, a pronoun or a clause. Without
    ``topics``, the phrase as it is, its head not checked for a matter."""
    subject = _CLAUSE_OPEN.split(passage[:at])[-1].strip()
    subject = _AUXILIARY_END.sub("", subject)  # "the bill would be", "the campaign has been": the subject before its auxiliary
    words = subject.split()
    if not words or len(words) > 8:
        return None
    named, blank = mentions.within(subject), mentions.blank(subject)
    post = _POSTMODIFIER.search(subject)  # "the strike by Tube drivers": a name in the head's own complement
    if any(not _POSSESSOR.match(blank, at) and not (post and at > post.start()) for at, _ in named):
        return None  # an actor is the subject, or is named in it other than as its possessor
    if words[0].lower() not in _DETERMINERS and not (named and named[0][0] == 0):
        return None  # a pronoun, a clause, a bare noun: no thing named ("it was", "what happened was")
    phrase = first_phrase(subject)
    if phrase != subject and (_WHOLE_SUBJECT.fullmatch(subject) or _LOWER_SUBJECT.fullmatch(subject)) \
            and not any(w.lower() in STOP for w in words[1:]):
        phrase = subject  # "the new sanctions were", "the new screening programme was": a noun the phrase parser reads
        # as a verb, before the verb
    if phrase and phrase != subject and post and post.start() == len(phrase) and len(words) <= 7:
        phrase = subject  # "the strike by Tube drivers was": the head and its prepositional postmodifier
    elif phrase is None and post and len(words) <= 7 and _LOWER_SUBJECT.fullmatch(subject[: post.start()]) and \
            (rest := subject[post.end() :]) and first_phrase(rest) == rest:
        phrase = subject  # "the sentencing of the journalists was": a head in -ing the phrase parser reads as a verb,
        # and its postmodifier (Quirk et al. 1985, 17.54, the -ing nominalisation with "of")
    if phrase and phrase != subject and head_of(phrase) in _INFINITIVE_NOUNS and _TO_VERB_AFTER.match(subject, len(phrase)):
        phrase = subject  # "the decision to close the library was": the noun and the to-infinitive that says which
    if phrase and phrase != subject and subject.startswith(phrase) and len(phrase.split()) >= 2 and \
            _REDUCED_RELATIVE.fullmatch(subject, len(phrase)) and \
            (participle := subject[len(phrase) :].split()[0].lower()) in verb_lemma_of() and \
            participle not in verb_lemma_of()[participle] and not any(at < len(phrase) for at, _ in named):
        phrase = subject = phrase  # "the reforms undertaken by the government were": the head; the participle
        # clause after it (a reduced relative clause, Quirk et al. 1985, 17.30) only says which
    if phrase != subject or (head := head_of(phrase)) in _HUMAN or len(head) < 3 or head in _HAZARDS:
        return None  # people, or a hazard ("the storm would destroy crops": a forecast)
    if words[0].lower() in _DETERMINERS:
        phrase = phrase[:1].lower() + phrase[1:]  # "The plan was criticised": "the plan"
    if topics is None:
        return phrase
    if not (topics.is_act(head) or head in REFERRING or topics._issue(head) or phrase.split()[-1].islower()):
        return None
    return _matter_of(phrase, topics)


_REDUCED_RELATIVE = re.compile(r"\s+[a-z]+(?:ed|en|wn)\b(?:\s+(?:by|in|on|at|last|this|earlier|since|for|from|under)\b.*)?")
"""A past participle right after a noun phrase, with its by-phrase or adverbial ("the reforms undertaken by the
government", "the cuts announced last year"): a reduced relative clause postmodifying the noun (Quirk et al. 1985,
17.30)."""
_NOUN_INFINITIVE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(load()["stances"]["infinitive_nouns"].split()))
                                     + r")\s+to\s+$", re.IGNORECASE)
"""A noun of deciding or planning and its "to" right before a verb ("the decision to expel"; Quirk et al. 1985, 17.26):
the verb names the act the noun is about, its subject is no speaker."""
_TO_VERB_AFTER = re.compile(r"\s+to\s+[a-z]+(?:\s+[\w'-]+){0,4}$")
"""An appositive to-infinitive with its object ending a subject ("the decision to close the library"; Quirk et al.
1985, 17.26)."""
_POSTMODIFIER = re.compile(r"(?<=[a-z])\s+(?:of|by|for|from|over|against|on|to)\s")
"""A preposition after a lowercase head noun: the noun phrase's postmodifier opens (Quirk et al. 1985, 17.37)."""
_WHOLE_SUBJECT = re.compile(r"\S+(?:\s+[a-z][a-z-]*){1,4}s")
_LOWER_SUBJECT = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)"
                            r"(?:\s+(?![a-z]+ly\b)[a-z][a-z-]*){1,3}")
"""A determiner and at most three lowercase words, none an adverb: a whole subject noun phrase when it stands right
before its verb (Quirk et al. 1985, 17.2), whatever the phrase parser makes of an -ing modifier ("the screening
programme")."""
_AUXILIARY_END = re.compile(r"\s+(?:(?:will|would|could|might|may|can|shall|should|must)(?:\s+(?:not|never))?(?:\s+have)?|"
                            r"has|have|had)(?:\s+(?:not|never|also|already|still|\w+ly))?$", re.IGNORECASE)
"""The auxiliaries before a copula (Quirk et al. 1985, 3.30, the verb phrase's operator and modal): not the subject's."""
"""A determiner or a possessor and at most four lowercase words, the last a plural: the whole subject before a verb."""
_CLAUSE_OPEN = re.compile(r"[,;:\"\u201c\u201d]|\b(?:that|and|but|because|while|if|when)\s", re.IGNORECASE)
"""Where the clause whose subject is sought opens: punctuation, "that" or a conjunction."""


def _modifies(passage: str, blank: str, at: int) -> bool:
    """Whether the name at ``at`` only modifies the noun after it: a possessive ("Britain's trains")
    or a noun premodifier ("the Supreme Court ruling"; Quirk et al. 17.108): the thing it names
    is what is judged, not the actor."""
    after = _NEXT.match(passage, _name_end(passage, blank, at))
    return bool(after) and (after.group(1) is not None or (after.group(2) is not None and premodifies(after.group(2))))


_NEXT = re.compile(r"(['\u2019]s?\b)?\s*([a-z][\w-]*)?")


MATTER = "\x00matter"
"""A target to fill in once the article is read: what its acts of support and opposition are about."""


def once(stances: list[Stance], topics: Topics) -> list[Stance]:
    """The stances without those that repeat an earlier one: the same holder on the same matter (by
    its head noun) says one position, however often it is quoted; the first stated stands, as a
    later one read the other way is mostly a quote's tone misread (a qualifier, a concession)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for s in stances:
        key = (s.holder, topics.head(s.target) if " " in s.target else s.target)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def aimed(stances: list[Stance], names: dict[str, set[str]]) -> list[Stance]:
    """The stances without those no position can have: one whose target is only a time ("next week": `only_time`),
    or is either of two left open (`_UNSPECIFIC`), and one whose target is its own holder, by id or by a name the holder goes by (``names``, lowercased, by actor
    id), written as a name, with a capital ("the governing Unity Party", not "the federal grant" of Senator Paul Grant):
    a position is taken towards another actor or a thing (the labelling guide, "Stances")."""
    def own(s: Stance) -> bool:  # "the governing Unity Party": the name, past its determiner and modifiers
        target = s.target.lower()
        return s.target == s.holder or any((target == n or target.endswith(f" {n}") and len(target.split()) <= len(
            n.split()) + 2) and _as_name(s.target[len(s.target) - len(n):]) for n in names.get(s.holder, ()))
    return [s for s in stances if not only_time(s.target) and not own(s) and not _UNSPECIFIC.fullmatch(s.target)]


def _as_name(words: str) -> bool:
    """Whether ``words`` are written as a name, with a capital in them ("Grant", "al-Shabaab"), not as the common noun
    a name may share ("grant", "marsh"): a proper noun is capitalised (Quirk et al. 1985, 5.60)."""
    return words != words.lower()


_UNSPECIFIC = re.compile(rf"(?:{'|'.join(sorted(load()['stances']['unspecific_determiners'].split()))})(?:\s+[\w'-]+)?",
                         re.IGNORECASE)
"""A target under a determiner that leaves open which of two it is, with no modifier that narrows it ("did not endorse
either candidate"): no position towards a thing or an actor (used with ``fullmatch``)."""


def matter(stances: list[Stance], topics: Topics, ids: set[str], fallback: str) -> str:
    """What the article's positions are about: the matter its acts most often take a side on (by
    head noun, in the article's fullest words), else its most recurring matter, else ``fallback``."""
    votes = Counter(topics.head(s.target) for s in stances if s.target not in ids and s.target != MATTER)
    return topics.main(votes) or fallback


_SAID_VERB = "".join(rf"(?<!\b{w}\s)" for w in ("the", "with", "of", "for", "to", "by", "on", "in", "from", "under")) + "said"
"""The verb "said", not the adjective "said" after a determiner or a preposition ("with said license", "under the said
law"; Merriam-Webster, said adj.: aforementioned)."""
_OBJECT_END = re.compile(
    r"[,;:.\"\u201c\u201d(]|\s(?:for|to|in|at|on|with|by|from|over|after|before|during|because|since|as|that|which|"
    r"who|while|when|and|but|saying|" + _SAID_VERB + r")\s|\sof\s+\w+ing\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:that|whether|if|it|he|she|they|we|i|you|\d|several|some|many|or|and|but|so|not|"
                           r"do so|them|this|those|these|be|been|being|is|are|was|were|does|do|did|of|into|has|have|"
                           r"had|can|cannot|will|would|could|should|may|might|must|what|how|why|where|who|which|whom)"
                           r"\b(?!-)", re.IGNORECASE)
_LEADING = re.compile(r"^(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?", re.IGNORECASE)
_VERBAL_NOUN = re.compile(r"(?:the|this|that)\s+[a-z]{3,}ing", re.IGNORECASE)
"""A definite verbal noun alone ("the lifting"): its of-phrase is its object, what the act is done to (Quirk et al.
1985, 17.54), without which it names no act."""
_ADVERBIAL_START = re.compile(r"(?:until|till|unless|because|while|whilst|whenever|although|though|once)\b", re.IGNORECASE)
"""A subordinator that opens an adverbial clause of time, condition, reason or concession (Quirk et al. 1985, 14.12):
what follows a verb there is when or why it happens, not its object."""


def object_phrase(evidence: str, cue_at: int, lang: str = "en") -> str | None:
    """The noun phrase right after an event verb: what is supported, opposed or asked for
    ("condemned the fuel price rise" -> "the fuel price rise"), at most six words."""
    rest = evidence[cue_at:].split(maxsplit=1)
    if len(rest) < 2:
        return None
    if lang != "en":
        return _object_phrase(rest[1], lang)
    found = _object_from(rest[1])
    if found and _infinitive_next(rest[1]) and found.split()[0] == rest[1].split()[1]:
        return gerund(found)  # "voted to close the library": the act is the infinitive's, "closing the library"
    return found


_TO_VERB_OPEN = re.compile(r"to\s+([a-z]+)\s+(?:(?:the|a|an|its|their|his|her|our|this|these|those|all)\b|[A-Z])")
"""A to-infinitive and the start of its object after an event verb ("voted to close the library", "agreed to sell
its plant"; Quirk et al. 1985, 16.38), not "to" as a preposition ("returned to power", "appealed to the court")."""


def _infinitive_next(tail: str) -> bool:
    """Whether ``tail`` (what follows a verb) opens with a to-infinitive that has an object (`_TO_VERB_OPEN`)."""
    return bool((to := _TO_VERB_OPEN.match(tail)) and to.group(1) in verb_lemma_of().get(to.group(1), ()))


_PLURAL_NEXT = re.compile(r"\s+([a-z]{2,}[^\Ws]s)(?=\s*(?:[,.;:!?\"\u201d)]|$)|\s+(?:of|on|for|in|at|from|by|with|over|against|"
                          r"and|but|after|before|until|because|which|that|who|since|amid|despite)\b)")
"""A lowercase plural right after what the phrase parser took for a whole noun phrase, before punctuation or a
preposition or conjunction: the phrase's head ("the new border rules", "the new water rules"), not a verb, which would
take an object."""
_BOTH = re.compile(r"^(?:both|either)\s+(?=(?:the|a|an|its|their|his|her|this|these)\s)", re.IGNORECASE)


_STANCE_BASES = frozenset(v.split()[0] for v in (*load()["stances"]["support"], *load()["stances"]["oppose"]))
"""The first words of the lexicon's stance verbs, as base forms: after "to", an infinitive, not a noun phrase."""


def _object_from(tail: str, depth: int = 0) -> str | None:
    """The noun phrase that ``tail`` (what follows a verb) starts with, at most six words."""
    tail = _BOTH.sub("", tail.lstrip(), 1)  # "opposed both the tax rise and the cuts": the conjuncts, not "both"
    if tail.split(None, 1)[:1] and tail.split(None, 1)[0].lower() in _SPATIAL:
        return None  # "marched through the capital": where, not what
    own = _OWN_COMPLEMENT if depth else _BARE_COMPLEMENTS  # a complement's complement: no time phrase
    for particle in ("for ", "on ", "to ", "against ", "out "):  # "called for", "called on", "voted against"
        if tail.lower().startswith(particle):
            tail, own = tail[len(particle):], _OWN_COMPLEMENT  # "sanctions on smugglers after the vote": the time is the verb's
            if particle == "to " and len(words := tail.split(None, 1)) == 2 and words[0].lower() in _STANCE_BASES:
                return _object_from(words[1], depth)  # "refused to back the plan": the plan, not the backing
    if tail.split(None, 1)[:1] and tail.split(None, 1)[0].lower() in _PREPOSITIONS and not _NUMBER_NEXT.match(tail):
        return None  # "asked about the closures", "met with the union": a prepositional phrase, no object; "backed
        # about 40 candidates": an approximator before a number
    if called := _WHAT_CALLED.match(tail):  # "condemned what it called the \u201cdisproportionate\u201d use of force"
        tail = _QUOTE_MARKS.sub("", tail[called.end() :])
    if _CLAUSE_START.match(tail) or _ADVERBIAL_START.match(tail):  # "denied that ...", "said it would ...": a clause,
        return None  # not a thing; "protesting until the election is rerun": when, not what
    if (owner := _OWNER.match(tail)) and (owned := first_phrase("the " + tail[owner.end() : 160])):
        phrase = tail[: owner.end()] + owned[4:]  # "the House of Commons's decision"
        if head_of(phrase) in _ASK_NOUNS and (m := _FOR_AFTER.match(tail, len(phrase))) and \
                (rest := first_phrase(m.group(1)) or _bare_phrase(m.group(1), "for")) and len(phrase.split()) + len(rest.split()) <= 8:
            return f"{phrase} for {rest}"  # "the union's demand for a four-day week": the call and what it asks
        return _with_infinitive(phrase, tail)
    if phrase := first_phrase(tail[:160]):  # a determiner's noun phrase, up to the verb that follows it
        if (plural := _PLURAL_NEXT.match(tail, len(phrase))) and len(phrase.split()) <= 4:
            phrase = tail[: plural.end(1)]  # "the new border rules.": a plural ending the phrase is its head, no verb
        end = len(phrase)
        if phrase.split()[0].lower() in _QUANTIFIERS and _RESTRICTED.match(tail, end) and (whole := _clip(tail)):
            return whole  # "any bill that cut school funding": the restrictive clause says which
        if (longer := _with_infinitive(phrase, tail)) != phrase:
            return longer  # "the decision to close the base"
        # an act named as a noun keeps what it is on or against ("a ban on the niqab")
        if ((m := _ACT_COMPLEMENT.match(tail, end))
                and (m.group(1) in ("into", "on", "against", "over", "to") or names_act(head_of(phrase)))
                and (m.group(1) != "for" or head_of(phrase).endswith("ing") or head_of(phrase) in _ASK_NOUNS)):
            # "blamed the army for ...": a reason; "the union's demand for a four-day week": what the call asks
            rest = first_phrase(m.group(2)) or _bare_phrase(m.group(2), m.group(1))  # "the ban on public gatherings"
            named = _NAME_START.match(m.group(2))
            if m.group(1) == "to" and (named or rest and _recipient(rest)):
                rest = named = None  # "the plan to the council": whom it is put to, not what it affects
            if rest and len(phrase.split()) + len(rest.split()) <= 7:
                phrase = f"{phrase} {m.group(1)} {rest}"
            elif named:
                phrase = f"{phrase} {m.group(1)} {named.group()}"
        return phrase if len(phrase.split()) >= 2 else None
    cut = _OBJECT_END.search(f" {tail} ")
    words = noun_prefix((tail[: max(cut.start() - 1, 0)] if cut else tail).split()[:6])
    phrase = _trim(" ".join(words).strip(" ,.;:'\""))
    if (len(phrase.split()) == 1 and cut and (m := _ACT_COMPLEMENT.match(tail, cut.start() - 1))
            and (m.group(1) == "for" if phrase.endswith("ing") else m.group(1) in ("into", "on", "against", "over", "to"))
            and (rest := first_phrase(m.group(2)) or _NAME_START.match(m.group(2)) and _NAME_START.match(m.group(2)).group()
                 or _bare_phrase(m.group(2), m.group(1)))
            and not (m.group(1) == "to" and (rest[:1].isupper() or _recipient(rest)))):
        # a bare noun keeps what it is on or against ("funding for the wall"); "firing on the town" is a verb's
        return f"{phrase} {m.group(1)} {rest}"
    if _VERBAL_NOUN.fullmatch(phrase) and tail.startswith(phrase) and (m := _ACT_COMPLEMENT.match(tail, len(phrase))) \
            and m.group(1) == "of" and (rest := first_phrase(m.group(2)) or _bare_phrase(m.group(2), "of")) \
            and len(rest.split()) <= 5:
        return f"{phrase} of {rest}"  # "the lifting of sanctions": what the act is done to
    if (len(phrase.split()) == 1 and phrase.islower() and not phrase.endswith("ing") and depth < 2 and tail.startswith(phrase)
            and (m := _BARE_COMPLEMENT.match(tail, len(phrase))) and m.group(1).lower() in own
            and not _CLAUSE_START.match(m.group(2))
            and (rest := _object_from(m.group(2), depth + 1) or (named.group() if (named := _NAME_START.match(m.group(2))) else None))
            and len(rest.split()) <= 5 - depth * 2 and not _DIGIT.search(rest)
            and rest.split()[0].lower() not in _NO_SUBJECT_OPEN):  # "on Sunday mornings": a time, no complement
        # one bare noun names too little: it keeps the prepositional phrase that says which ("condemned racism after
        # attacks on a school"; Quirk et al. 1985, 17.37)
        return f"{phrase} {m.group(1)} {rest}"
    return phrase if len(_LEADING.sub("", phrase).split()) >= 1 and len(phrase.split()) >= 2 else None


_BODIES = frozenset(f"{load()['words']['unnamed_organisations']} {load()['words']['unnamed_bodies']} "
                    f"{load()['words']['government_nouns']} {load()['words']['institutions']} {load()['words']['state_body_heads']}".split())


def _recipient(phrase: str) -> bool:
    """Whether a noun phrase after "to" names whom something goes to (a person, or a body with its determiner: the
    lexicon's person nouns and its nouns of unnamed bodies), not what an act affects ("the cuts to rural bus services",
    "the changes to the tax system")."""
    head = head_of(phrase)
    return head in _HUMAN or head in _BODIES and phrase.split()[0].lower() in _DETERMINERS  # "the council"


def _bare_phrase(text: str, preposition: str) -> str | None:
    """The noun phrase without a determiner that ``text`` starts with ("public gatherings", "rural bus services"), at
    most four words, up to a verb or a function word; None where it starts with a function word, a verb form, a
    number or a capital (a name is taken as a name); after "to", a verb form may open an infinitive ("the move to
    ban X"), so none."""
    words = text.split()
    first = words[0].rstrip(",;:.!?") if words else ""
    if not first.replace("-", "").isalpha() or not first.islower() or first in STOP or preposition == "to" and first in verb_lemma_of():
        return None
    cut = _OBJECT_END.search(f" {text} ")
    kept = noun_prefix((text[: max(cut.start() - 1, 0)] if cut else text).split()[:4])
    phrase = _trim(" ".join(kept).strip(" ,.;:'\""))
    return phrase or None


def _with_infinitive(phrase: str, tail: str) -> str:
    """``phrase`` (which ``tail`` starts with) with the to-infinitive that completes its head ("the decision to close
    the naval base", "plans to extend the school day"; Quirk et al. 1985, 17.26, the appositive to-infinitive of nouns
    of deciding and planning, the lexicon's ``infinitive_nouns``), at most eight words in all; else ``phrase``."""
    if head_of(phrase) not in _INFINITIVE_NOUNS or not (m := _TO_INFINITIVE_AFTER.match(tail, len(phrase))):
        return phrase
    act = _clip(m.group(1), _PREDICATE_END, most=8 - len(phrase.split()) - 1)
    if not act and (verb := m.group(1).split(None, 1)[0].strip(",;:.")) in verb_lemma_of().get(verb, ()):
        act = verb  # "Trump's refusal to debate virtually": the verb alone, its adverb left
    if not act or _CLAUSE_START.match(act):
        return phrase
    return f"{phrase} to {act}"


_INFINITIVE_NOUNS = frozenset(load()["stances"]["infinitive_nouns"].split())
_TO_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|be\b|this\b|its\b|their\b|[A-Z\d])([a-z]+\b.*)")


_WHAT_CALLED = re.compile(r"what\s+(?:it|he|she|they|we|the\s+\w+|[A-Z][\w-]*)\s+(?:" + "|".join(
    f for v in load()["stances"]["naming"] for f in forms(v)) + r")\s+(?:as\s+)?", re.IGNORECASE)
"""A free relative clause of naming as a verb's object ("condemned what it called an attack", Quirk et al. 1985,
15.8): the verb is about what the clause names, its object complement."""
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")


_FOR_AFTER = re.compile(r"\s+for\s+(.{1,80})")
_SPATIAL = frozenset(load()["stances"]["spatial_prepositions"].split())
_PREPOSITIONS = frozenset(load()["stances"]["object_prepositions"].split())
"""Prepositions that open no noun phrase: what follows a verb from one of them is no object."""
_NUMBER_NEXT = re.compile(r"\S+\s+\d")
_ACT_COMPLEMENT = re.compile(r"\s+(into|on|for|against|from|over|of|to)\s+(.{0,80})")
"""A noun's own prepositional complement (Quirk et al. 1985, 17.37): "the ban on X", "the cuts to X" (what the act
affects; "to" followed by a noun phrase, never an infinitive)."""
_DIGIT = re.compile(r"\d")
_BARE_COMPLEMENT = re.compile(r"\s+(after|against|into|of|on|over)\s+(.{0,80})")
_OWN_COMPLEMENT = frozenset(("against", "into", "of", "on", "over"))
_BARE_COMPLEMENTS = _OWN_COMPLEMENT | {"after"}
"""The prepositions of a deverbal noun's own complement ("attacks against a school", "bans on drones"; Quirk et al.
1985, 17.54), kept inside a complement; a place or a time there ("in the fjords") is no part of what is meant."""
_NAME_START = re.compile(
    rf"(?!(?:{calendar_words(WEEKDAYS, MONTH_NAMES, capitalised=True)})\b)"
    r"(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3}")

_OWNER = re.compile(r"(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*){0,4}['\u2019]s?\s+(?=[a-z])")
"""A named possessor: "the House of Commons's ", "Lithuania's "."""

_TRAILING = frozenset("of with from to for on in at by into about than as the a an our their his her its my your "
                      "and or but".split())


_TRAILING_TIME = re.compile(rf"\s+(?:(?:on|late\s+on|early\s+on)\s+(?:{calendar_words(WEEKDAYS, capitalised=True)})"
                            r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|"
                            r"(?:last|next|this|earlier\s+this)\s+(?:week|weekend|month|morning|night))$")
"""A time adjunct of the clause after a noun phrase ("a rally against the fuel tax on Tuesday"; Quirk et al. 1985,
8.51): when the act happened, no word of what it is about."""

_TIME_ONLY = re.compile(
    r"(?:(?:on|in|at|by|until|till|from|since|during|over|for|within)\s+)?(?:the\s+)?(?:(?:late|early|earlier|later)\s+"
    r"(?:on\s+|in\s+)?)?(?:(?:next|last|this|coming|following|previous|past|same)\s+)?(?:(?:\d+|a\s+few|few|several|two|"
    r"three)\s+)?(?:(?-i:" + calendar_words(WEEKDAYS, MONTH_NAMES, capitalised=True) + ")|"
    + "|".join(sorted(load()["stances"]["time_nouns"].split()))
    + r")s?(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
"""A phrase that is only a time ("next week", "on Friday", "the coming months"; Quirk et al. 1985, 8.51-8.55, adjuncts
of time position and duration): when something happens, never what one takes a side on. The names of days and months
are capitalised ("the march" is a march)."""


def only_time(phrase: str) -> bool:
    """Whether ``phrase`` names only a time (`_TIME_ONLY`), so no target."""
    return bool(_TIME_ONLY.fullmatch(phrase.strip(" ,;:.")))


_UNDONE = sorted({f for v in (*load()["stances"]["ending"], *load()["stances"]["blocking"]) for f in forms(v)
                  if f.endswith(("ed", "wn", "en"))}, key=lambda f: (-len(f), f))
_TO_BE_UNDONE = re.compile(r"\s+(?:that\s+)?((?:the|a|an|this|its|their|his|her)\s(?:(?!\s(?:to\s+be|be|and)\s)"
                           r"[^,;:.\"\u201c\u201d]){2,60}?)\s+"
                           r"(?:to\s+be|be|should\s+be|must\s+be)\s+(?:\w+ly\s+)?(?:" + "|".join(_UNDONE) + r")\b",
                           re.IGNORECASE)
"""A request's object and the passive of a verb of ending or blocking after it ("called for the closures to be
scrapped", "demanded that the tax be withdrawn": the mandative subjunctive, Quirk et al. 1985, 16.32): the object
is opposed."""


_JOINED_AGENT = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+)?")
_OWN_VERB = re.compile(r"\s+(?:also\s+|later\s+)?(?:said|says|say|will|would|has|have|had|is|was|were|are|can|could|"
                       r"[a-z]+ed)\b")


def _joined_agents(agent: str, holders: list[str], mentions: Mentions) -> list[str]:
    """The actors coordinated by "and" with the first of a by-phrase ("condemned by the union and the commission";
    Quirk et al. 1985, 13.50): each holds the position too (the guide: one stance per member)."""
    found = mentions.within(agent)
    if not holders or not found or found[0][1] != holders[0]:
        return []
    out: list[str] = []
    end = mentions.end(agent, found[0][0])
    for off, i in found[1:]:
        if not (joined := _JOINED_AGENT.match(agent, end)) or joined.end() != off:
            break
        end = mentions.end(agent, off)
        if _OWN_VERB.match(agent, end):
            break  # "criticised by the union and Germany said ...": a new clause with its own subject
        out.append(i)
    return out


_REFUSING = frozenset(f for v in load()["stances"]["refusing"] for f in forms(v))
_NO_COMMENT = re.compile(r"\s+to\s+(?:(?:publicly|immediately|officially|further)\s+)?(?:"
                         + "|".join(sorted(load()["stances"]["communicating"])) + r"|be\s+named|be\s+identified|"
                         r"give\s+(?:any\s+|further\s+)?(?:details|a\s+reason|reasons|figures))\b", re.IGNORECASE)
"""A verb of communicating as the infinitive of refusing ("declined to comment", "refused to give details"; Levin
1993, 37, verbs of communication): a refusal to speak, which states no position."""
_NOT_SAYING = re.compile(r"(?:\b(?:declined|declines|decline|refused|refuses|refuse|not|never|unwilling|reluctant)|"
                         r"n['\u2019]t)\s+(?:to\s+)?$", re.IGNORECASE)
"""A reporting verb refused or negated ("declined to say", "did not say"): no one speaks."""


def _trim(phrase: str) -> str:
    """``phrase`` without the words it cannot end on ("the president of" -> "the president") nor a time adjunct after
    it ("the fuel tax on Tuesday" -> "the fuel tax")."""
    phrase = _TRAILING_TIME.sub("", phrase)
    words = phrase.split()
    complement = len(words) >= 3 and words[0].lower() in _OBJECT_COMPLEMENT_VERBS and words[-1].isalpha() \
        and words[-1].islower() and (words[-1].endswith("ed") or is_adjective(words[-1]))
    while words and not complement and (words[-1].lower().strip("'\"\u201c\u201d") in _TRAILING or not ends_phrase(words[-1])):
        words.pop()
    return " ".join(words)  # ("keep the crossings closed": the object's complement stays)


_OBJECT_COMPLEMENT_VERBS = frozenset(f for v in load()["words"]["object_complement_verbs"].split() for f in forms(v))


_FIGURATIVE = frozenset(f for v in load()["stances"]["figurative_oppose"] for f in forms(v)) | frozenset(
    f"{f} out at" for v in load()["stances"]["lashing_out"] for f in forms(v))
"""The verbs of criticising that also name a blow or an assault ("slammed the decision", "attacked the plan", "hit out
at the ministry"; the lexicon's ``figurative_oppose`` and ``lashing_out`` with "out at"): a position only where what
they hit is a matter or an actor (`_figurative_object`)."""
_PHYSICAL = frozenset(f for v in load()["stances"]["assaulting"] for f in forms(v))
"""Those of them that strike people and places as often as words ("attacked the convoy", "blasted the rebels"): a
position only towards a matter, never an actor."""
_STANCE_OF = {**{form: "oppose" for form in _FIGURATIVE},
              **{form: polarity for polarity, found in STANCE_VERBS.items() for form in found}}


def _longest_by_first_word(phrases) -> dict[str, int]:
    """First word -> the most words of a phrase starting with it (one pass: there are hundreds)."""
    longest: dict[str, int] = {}
    for phrase in phrases:
        words = phrase.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


_STANCE_STARTS = _longest_by_first_word(_STANCE_OF)
_WORD = re.compile(r"\w[\w'-]*")
_NOUN_USE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|my|your|this|that|these|those|both|all|any|some|no|such|many|several|"
    r"of|for|with|in|on|[a-z]+'s|\d+)\s+$", re.IGNORECASE)
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)
""""that" before a past-tense verb ("a report that blamed the army") is a relative pronoun, not a determiner (Quirk et
al. 1985, 17.9): the verb is the relative clause's."""
_PUNCTUATION = re.compile(r"[,;:.!?()\u2013\u2014]")
_BARE = frozenset(lemma for polarity in ("support", "oppose") for lemma in load()["stances"][polarity])
_MODIFIED = re.compile(
    r"(?<![\w'-])(?!(?:i|we|you|they|to|will|would|can|could|may|might|must|shall|should|do|did|does|not|n't|and|"
    r"or|who|that|which|also|still|now|often|then|never|always)\s)[a-z][a-z-]*(?<!s)(?<!ly)(?<!men)\s+$")
"""A bare stance word after a modifier that is no plural subject ("gas demand", "weak demand",
"wage support"): a noun, not a verb (Quirk et al. 17.104, nouns as premodifiers); a plural of "-man" is a subject
as a plural in -s is ("Local fishermen oppose the quota", "young women support": Quirk et al. 1985, 5.83)."""
_NEGATION = re.compile(r"\b(?:not(?!\s+only\b)|never|n't|no longer)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
"""A negation before a verb; the correlative "not only ... but" adds, it does not deny (Quirk et al. 1985, 13.44)."""
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_INFINITIVE = re.compile(r"^\s*(?:(?:[^,;:.]|(?<=[A-Z])\.){0,60}?\s)??to\s+(?!the\b|a\b)(\w+\b.*)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:\"\u201c\u201d]")
_AT_STAKE = re.compile(r"\s(?:over|about|against)\s+(.*)", re.IGNORECASE)
_NESTED = re.compile(r"\s(?:after|before|during|since|following|amid)\s", re.IGNORECASE)
"""A preposition of time between a verb and an "over"/"against" phrase: that phrase modifies the noun of the time
adverbial before it ("condemned racism after attacks against a school": the attacks are against the school), not the
verb (Quirk et al. 1985, 17.37, the postmodifier attached to the nearest noun); "sued in court over" keeps it."""
_TO_VERB = frozenset(f for lemma in load()["stances"]["to_verbs"] for f in forms(lemma))
"""Verbs whose to-infinitive names what they ask for, aim at or refuse (the lexicon's ``to_verbs``)."""
_RELATIVE = re.compile(r"\b(?:who|which|that)\b", re.IGNORECASE)


def _verbs(clause: str):
    """(start, end, polarity) of the stance verbs of ``clause``, the longest phrase first, left out
    where they are nouns or adjectives ("their support", "the banned group") or quoted."""
    outside = without_quotations(clause)
    words = lowered_words(outside)
    i = 0  # the first word not inside a phrase found already
    for start in [j for j, (_, _, w) in enumerate(words) if w in _STANCE_STARTS]:  # most words start no stance phrase
        if start < i:
            continue
        i = start
        at, _, word = words[i]
        longest = _STANCE_STARTS[word]
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = word if n == 1 else " ".join(w for _, _, w in words[i : i + n])
            polarity = _STANCE_OF.get(phrase)
            if polarity is None or (n > 1 and _PUNCTUATION.search(outside, at, words[i + n - 1][0])):
                continue  # "votes, for": a phrase does not run across punctuation
            if n == 1 and _AWAY_PARTICLE.match(outside, words[i][1]):
                break  # "refused to back down", "backed off": a phrasal verb of retreating, another verb
            if n == 1 and word in _ENDING_OWN and (own := _OWN_OBJECT.match(outside, words[i][1])) \
                    and not _someone(outside[own.end() : own.end() + 60]):
                break  # "suspended his campaign": an actor ends its own doing, no side taken
            if (not _NOUN_USE.search(clause[:at]) or word.endswith("ed") and _THAT_BEFORE.search(clause, 0, at)) \
                    and not (phrase in _BARE and _MODIFIED.search(clause[:at])):
                yield at, words[i + n - 1][1], polarity
            i += n - 1
            break
        i += 1


_ENDING_OWN = frozenset(f for v in load()["event_context"]["ending_own"] for f in forms(v))
_OWN_OBJECT = re.compile(r"\s+(?:his|her|their|its)\s", re.IGNORECASE)
_PERSON_WORDS = TITLES | frozenset(load()["words"]["person_nouns"].split())


def _someone(object_words: str) -> bool:
    """Whether the object after a possessive names a person ("its deputy leader Mark Dale", "her chief of staff"): a
    title, a noun of a person or a name among its first words; suspending one's own member opposes them."""
    for w in re.findall(r"[\w'-]+", object_words)[:4]:
        if w.lower() in STOP:
            return False  # the object ends ("his campaign on Sunday")
        if w.lower() in _PERSON_WORDS or w[:1].isupper():
            return True
    return False
"""A verb of ending ([event_context] ending_own) with the subject's own doing as its object ("suspended his campaign",
"was suspending its participation in the talks"): the actor stops what it did, it takes no position against it."""


_AWAY_PARTICLE = re.compile(r"\s+(?:down|off|away)(?![\w-])", re.IGNORECASE)
"""A particle of moving away after a verb (Quirk et al. 1985, 16.2-16.3: "back down", "back off", "back away") makes
a phrasal verb whose meaning is not the verb's, also before "on" ("backed down on its demand"); not a compound
("off-peak")."""


def _positions(clause: str) -> list[tuple[int, int, str]]:
    """The stance verbs of ``clause`` that state its positions: a verb of aiming or refusing with
    a stance verb as its own infinitive ("sought to overturn the result", "refused to back the
    plan") gives way to that verb, whose side it keeps or (refusing, "not") turns round."""
    out: list[tuple[int, int, str]] = []
    for at, end, polarity in _verbs(clause):
        if out and _CALL_GAP.fullmatch(clause, out[-1][1], at) and clause[at:end].split()[0].lower() in _CALL_NOUNS:
            continue  # "rejected calls for early elections": the call is the object, a noun (see _CALLED_FOR)
        if out and (gap := _own_infinitive(clause[out[-1][0] : out[-1][1]].lower(), clause[out[-1][1] : at])):
            outer = out.pop()
            if (outer[2] == "oppose") != bool(gap.group(1)):
                polarity = "oppose" if polarity == "support" else "support"
        out.append((at, end, polarity))
    return out


def _own_infinitive(verb: str, gap: str) -> re.Match | None:
    """Whether ``gap`` joins a verb of aiming or refusing straight to its infinitive ("vowed to",
    "refused not to"), no object between; its group 1 is a "not"."""
    if verb.split()[0] not in _TO_VERB:
        return None
    return (_BARE_INFINITIVE if verb.endswith(" to") else _TO_INFINITIVE).fullmatch(gap)


_TO_INFINITIVE = re.compile(r"\s+(not\s+)?to\s+(?:\w+ly\s+)?", re.IGNORECASE)
_BARE_INFINITIVE = re.compile(r"\s+(not\s+)?(?:\w+ly\s+)?", re.IGNORECASE)  # after "vow to"


def _figurative_object(verb: str, targets: list[str], thing: str | None, mentions: Mentions, topics: Topics) -> bool:
    """Whether a verb of criticising that also names a blow (`_FIGURATIVE`) criticises: its object is a matter, an
    act or a measure ("slammed the decision", "attacked the pension reform": WordNet's senses of criticising, attack.v.02
    and slam.v.03, take a statement or a plan), or, for the verbs that do not also strike places (`_PHYSICAL`), an actor
    ("slammed the government"); not a thing hit ("attacked the convoy", "slammed into a wall")."""
    if targets:
        return verb.split()[0] not in _PHYSICAL
    if thing is None:
        return False
    if thing == MATTER:
        return True  # "the decision": the article's matter
    head = topics.head(thing)
    return topics.is_act(head) or head in REFERRING or topics.recurs(head) or (
        verb.split()[0] not in _PHYSICAL and (head in ORG_WORDS or head in _GOVERNMENTS))  # "hit out at the ministry"


_GOVERNMENTS = frozenset(load()["words"]["government_nouns"].split())
_AS_JUDGED = re.compile(r"(?:\s+[\w'-]+){1,7}?\s+as\s+(?!(?:well|soon|long|much|many|if|though|part|it|they|he|she|we|"
                        r"the|a\s+result)\b)(?:an?\s+|[\"\u201c])?[a-z]", re.IGNORECASE)
"""An object and an "as" phrase that characterises it ("slammed the tariffs as reckless", "blasted the cuts as an attack
on the poor"; Quirk et al. 1985, 16.48, a complex-transitive verb with "as"): the blow is in words."""


_FIRST_VERB = re.compile(r"\s(?!(?:and|or|the|a|an|of|for)\b)[a-z][a-z'-]*\b")


def _subjects_before_verb(before: str, first: str, holders: list[str], mentions: Mentions) -> list[str]:
    """Of ``holders``, those named before the first predicate's verb (the coordinated subjects), with ``first``, the
    clause's first subject: a name after that verb is its object, no subject of a predicate coordinated later."""
    named = mentions.within(before, every=True)
    start = next((off for off, i in named if i == first), None)
    if start is None:
        return [first]
    verb = _FIRST_VERB.search(before, mentions.end(before, start))
    limit = verb.start() if verb else len(before)
    kept = [i for off, i in named if off < limit and i in holders]
    return list(dict.fromkeys([first, *kept]))


def _holders(clause: str, at: int, mentions: Mentions) -> list[str]:
    """The actors named as the subject before ``at``: the nearest comma-separated segment that
    names one, and the names coordinated with it ("A, B and C sued": all three)."""
    if rel := _RELATIVE_SUBJECT.search(clause, max(0, at - 30), at):  # "militias which support X": the antecedent
        named = [(off, i) for off, i in mentions.within(clause[max(0, rel.start() - 80) : rel.start()])
                 if not POSSESSIVE.match(clause, max(0, rel.start() - 80) + off)]
        return [named[-1][1]] if named else []
    if (rel := relative_on_subject(clause, at)) is not None:
        at = rel  # "The minister who accused Velmora of lying sued X": no name in the relative clause holds the position
    segments, end = [], at
    while end > 0:
        start = clause.rfind(", ", 0, end - 1)
        start = 0 if start < 0 else start + 2
        segments.append(clause[start:end])
        end = start - 2 if start > 0 else 0
    found: list[str] = []
    if (segments and _GOVERNMENT.search(segments[0]) and (where := _FRONTED_PLACE.search(clause[: at - len(segments[0])]))
            and (state := state_of(where.group(1)))):
        # "In Spain, the government approved ...": that state's government, whatever "the government" names elsewhere
        return [i for c, i in mentions.actors if c.kind == "state" and c.name == state][:1]
    if segments and not mentions.within(segments[0]) and (state := _state_voice(segments[0], mentions)):
        return [state]  # "The Turkish statement called for ...": the state speaks through it
    for n, segment in enumerate(segments):  # a possessive modifies the subject, it is not one ("Italy's main lobby")
        named = [i for at, i in mentions.within(segment)
                 if not _possessive(segment, mentions, at) and (not _PREPOSED.search(segment[max(0, at - 40) : at])
                     or n == 0 and (_HEADED.search(segment, max(0, at - 60), at) or _FOR_BODY.search(segment, max(0, at - 60), at)
                                    or _APPOSED.fullmatch(segment, 0, at))
                     and _RIGHT_BEFORE.fullmatch(segment, _name_end(segment, mentions.blank(segment), at)))]
        if named and _RELATIVE.match(segment.strip()):  # "..., who had moved to Utah," is not the subject
            continue
        if found and not (named and _only_names(segment, mentions)):
            break
        found += [i for i in named if i not in found]
    return found[:6]


def _unnamed_subject(clause: str, at: int, mentions: Mentions) -> bool:
    """Whether the verb at ``at`` opens a coordinated or subordinate clause with a subject of its own that names no
    actor ("..., but the committee rejected it", "and critics condemned it", "while other states backed it"; Quirk et
    al. 1985, 13.5 and 14.12: a clause after a conjunction has its own subject, unless it is ellipted as in "and
    then condemned it"): no holder of the clauses before holds that verb's position. A body's agents ("and its
    lawyers appealed") act for the one named before, who keeps it (the labelling guide's unnamed speaker)."""
    start = max(0, at - 80)
    m = _CONJOINED_SUBJECT.search(clause, start, at)
    return bool(m) and (not m.group("bare") or _plural_person(m.group("bare"))) and not mentions.within(m.group("np")) and not _AGENTS_AFTER.match(" " + m.group("np").split(None, 1)[-1])


_CONJOINED_SUBJECT = re.compile(
    r"(?:^|[\s,;])(?:and|but|while|whereas|although|though|because|after|when|since|yet|as|until|before|whilst)\s+"
    r"(?P<np>(?:(?:the|a|an|his|her|its|their|our|this|these|those|some|many|several|other|most|both|all)\s+"
    r"(?:(?!(?:and|but|or|who|which|that)\b)[\w'\u2019-]+\s+){1,4}|(?P<bare>[a-z]+s)\s+))(?:(?:\w+ly|also|then|later|now|still|has|have|had|would|will|could|did|do|does)\s+)*$", re.IGNORECASE)
"""A conjunction and the noun phrase after it, a determiner first or a bare plural noun for people ("and critics"),
right before the verb (adverbs and auxiliaries between)."""


def _plural_person(word: str) -> bool:
    """Whether ``word`` is the plural of a noun for people ("critics", "witnesses", "authorities"; ``_HUMAN``)."""
    word = word.lower()
    return word[:-1] in _HUMAN or word.endswith("es") and word[:-2] in _HUMAN or word.endswith("ies") and word[:-3] + "y" in _HUMAN


def _possessive(segment: str, mentions: Mentions, at: int) -> bool:
    """Whether the name at ``at`` is a possessive modifier ("Biden's win"), not a name that holds a possessive
    inside it ("Germany's Federal Cartel Office", one actor's name), nor the name whose spokesperson, lawyers or
    officials act ("the ministry's spokesman said", "Horvat's lawyers appealed": the genitive of "lawyers for
    Horvat", who act for her)."""
    m = POSSESSIVE.match(segment, at)
    return bool(m) and m.end() >= _name_end(segment, mentions.blank(segment), at) and not _AGENTS_AFTER.match(segment, m.end())


_AGENTS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:" + "|".join(load()["stances"]["agents"]) + r")\b(?!\s+(?:for|of|from)\b)")


_RIGHT_BEFORE = re.compile(r"\s*(?:(?:\w+ly|also|then|later|now|still|has|have|had|would|will|on\s+[A-Z]\w+day|"
                           r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\s+)*")
"""What may stand between a subject and its finite verb: adverbs, auxiliaries and a time adverbial ("X on Wednesday
blocked"). A name right before the verb is its subject (Quirk et al. 1985, 10.2), also after a quantifier's "of" ("a
number of senators condemned", the head of a partitive, 5.25) or a subordinator ("after the ministry rejected"), not
after another noun's preposition ("critics of the ministry rejected": the critics)."""
_FOR_BODY = re.compile(r"(?:^|\s)(?:(?:a|an|the|two|three|several|some)\s+)?(?:[a-z]+\s+)?(?:" + "|".join(load()["stances"]["agents"])
                       + r")\s+(?:for|of|from|at)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$", re.IGNORECASE)
"""An unnamed spokesperson, official or lawyer for a body ("a spokesman for the ministry", "lawyers for the party"):
the labelling guide's unnamed speaker for a body, who holds the body's position."""
_HEADED = re.compile(r"(?:\b(?:after|before|since|until)|(?:^|\s)(?:a\s+(?:" + "|".join(load()["stances"]["partitive_nouns"])
                     + r")|" + "|".join(load()["stances"]["quantifiers"]) + r")\s+of)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$",
                     re.IGNORECASE)
"""A subordinator or a quantifier's "of" right before a name: the name heads the subject (Quirk et al. 1985, 5.25
and 14.12)."""


_BANNING = frozenset(f for lemma in load()["stances"]["banning"] for f in forms(lemma))
_IN_STATE = re.compile(r"\s+in\s+((?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})")


_PREPOSED = re.compile(r"\b(?:of|by|to|with|for|against|from|on|about|than|at|after|before|over|in|into|under)\s+"
                       r"(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+){0,3}[\w.-]+['\u2019]s\s+)?(?:[A-Z][\w.-]*\s+){0,3}$")
"""A name as the object of a preposition ("the son of", "before the ECJ"): not the subject."""
_RELATIVE_SUBJECT = re.compile(r"\b(?:who|which|that)\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|have\s+)?$", re.IGNORECASE)


def _state_voice(subject: str, mentions: Mentions) -> str | None:
    """The state actor a subject speaks for when it is a nationality adjective before its government or its
    statement ("the Turkish government", "the Philippine authorities", "the Chinese statement"; the labelling
    guide: a country's government acting as one is the state)."""
    if _GOVERNMENT.search(subject):
        return mentions.government  # "the government said": the state the article names most
    if not (m := _VOICE.search(subject)) or not (state := nationality(m.group(1))):
        return None
    return next((i for c, i in mentions.actors if c.kind == "state" and c.name == state), None)


_FRONTED_PLACE = re.compile(r"(?:^|[.;:]\s+)\s*[Ii]n\s+(?:neighbou?ring\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}),\s*$")
"""A fronted place adverbial ("In Spain, the government approved ..."): the government is that place's."""
_VOICE = re.compile(r"(?:^|[,;]\s*)\s*[Tt]he\s+([A-Z][a-z]+)\s+(?:" + "|".join(load()["stances"]["state_voices"]) + r")\s+"
                    r"(?:(?:has|have|had|also|then|later|\w+ly)\s+)*$")


_GOVERNMENT = re.compile(r"(?:^|[,;]\s*)\s*[Tt]he\s+(?:(?:central|federal|national)\s+)?(?:"
                         + "|".join(load()["words"]["government_nouns"].split()) + r")\s+(?:(?:has|have|had|also|then|later|\w+ly)\s+)*$")
""""The government" as the whole subject (WordNet 3.0 government.n.01): the state acting as one."""


def _only_names(segment: str, mentions: Mentions) -> bool:
    """Whether a segment is nothing but names joined by "and"/"or" ("and Petr Svoboda")."""
    rest = mentions.blank(segment)
    return len([w for w in rest.split() if w.lower() not in ("and", "or", "the")]) == 0


_CALL_NOUNS = sorted({n for n in load()["stances"]["nominal_support_for"] if n not in ("support", "backing")}
                    | {"plan", "plans", "proposal", "proposals"} | set(load()["stances"]["pressing_nouns"].split()),
                    key=lambda n: (-len(n), n))
"""Nouns of asking and proposing that take "for" of what is asked (the lexicon's ``nominal_support_for``, less the
nouns of backing, with "plan" and "proposal" of its ``infinitive_nouns``: "calls for early elections", "plans for a
new line")."""
_ASK_NOUNS = frozenset(n for n in _CALL_NOUNS if n[:4] not in ("plan", "prop"))
"""Of those, the nouns of asking alone: their "for" phrase is what is asked ("a plan for factories" may be for whom)."""
_CALL_MODIFIERS = "|".join(sorted(_DETERMINERS | set(load()["stances"]["nominal_modifiers"].split())))
_CALLED_FOR = re.compile(r"\s*(?:(?:" + "|".join(sorted(load()["stances"]["nominal_modifiers"].split())) + r")\s+)?(?:" + "|".join(_CALL_NOUNS) + r")"
                         r"(?:\s+(?:by|from)(?:\s+(?!for\b|to\b)[\w'\u2019.-]+){1,4}?)?\s+(?:for\s+(.+)|to\s+(?!the\b|a\b|an\b|be\b)([a-z]+\b.+))",
                         re.IGNORECASE)
"""A stance verb's object that is an unowned call or proposal for a thing or an act, who makes it in a by- or
from-phrase between ("rejected calls for early elections", "backed proposals for a cap", "rejected demands by unions for
a pay rise", "dismissed calls to scrap the tax"): the position is towards the thing asked, the verb's side kept (rejecting a call for X
opposes X; Quirk et al. 1985, 17.51, the noun's "for" complement is what its verb asks). A call with a determiner or a
possessor ("their demand for a pay rise") is a matter of its own, the whole phrase the target."""
_BARE_CALL = re.compile(r"\s*(?:(?:" + _CALL_MODIFIERS + r")\s+){0,2}(?:" + "|".join(sorted(_ASK_NOUNS, key=lambda n: (-len(n), n)))
                        + r")(?=\s*(?:[,;:.!?]|$|\s(?:and|but|on|in|at|after|by|from|last|this|which|that)\b))", re.IGNORECASE)
"""A call with nothing said of what it asks ("rejected the calls", "dismissed the demands on Monday"): no matter to
take a side on (a plan or a proposal is a matter of its own: "welcomed the plan")."""
_CALL_GAP = re.compile(r"\s+(?:(?:" + "|".join(sorted(load()["stances"]["nominal_modifiers"].split())) + r")\s+)?")
"""What may stand between a stance verb and a call noun that is its object ("rejected renewed calls for")."""


_CALL_INFINITIVE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|be\b)[a-z]+\b")


def _called_for(rest: str, topics: Topics) -> str | None:
    """What the call or proposal that ``rest`` starts with asks for ("calls for early elections" -> "early elections";
    "demands for the minister to resign" -> "the minister to resign"); None where ``rest`` starts with none."""
    if not (m := _CALLED_FOR.match(rest)):
        return None
    if m.group(2):  # "calls to scrap the tax": the act asked for
        act = _clip(m.group(2), _PREDICATE_END)
        return gerund(act) if act and not _CLAUSE_START.match(act) else None
    asked = m.group(1)
    phrase = _object_from(asked)
    if phrase and asked.startswith(phrase) and (act := _CALL_INFINITIVE.match(asked, len(phrase))):
        phrase += act.group()  # "calls for the minister to resign": the act asked of him, not the minister
    return _matter_of(phrase, topics) if phrase and not _CLAUSE_START.match(phrase) else None


def _thing(clause: str, end: int, topics: Topics, verb: str) -> str | None:
    """The thing a stance verb is about: an infinitive after "urged X to", "refused to"; the
    matter "over" which one sues or protests; else the noun phrase right after the verb."""
    rest = clause[end:]
    if (asked := _called_for(rest, topics)) or _BARE_CALL.match(rest):
        return asked  # "rejected calls for early elections": early elections are opposed; "rejected the calls": nothing
    # quotation marks inside the infinitive quote its words, they do not end it ('to allow "unimpeded access" to')
    if verb.split()[0] in _TO_VERB and (m := _INFINITIVE.match(_INNER_QUOTES.sub(r"\1", rest))):
        phrase = _clip(m.group(1), _PREDICATE_END)
        if phrase and not _CLAUSE_START.match(phrase):
            return gerund(phrase)
    if verb.split()[0] in ISSUE_VERBS or verb in ISSUE_VERBS:
        own = _CLAUSE_END.split(rest, 1)[0]  # "over" in the verb's own clause, not in a quote after it
        if (m := _AT_STAKE.search(own)) and not _NESTED.search(own, 0, m.start()) and (phrase := _clip(m.group(1))):
            return _matter_of(phrase, topics)
    phrase = _unplaced(_object_from(clause[end:]))
    if phrase and only_time(phrase):
        phrase = None  # "would hold more protests next week": when, not what
    if phrase is None and verb in _REQUESTING and (bare := _BARE_FOR.match(clause, end)) \
            and bare.group(1).lower() not in STOP and (rest := first_phrase(bare.group(2))):
        phrase = f"{bare.group(1)} for {rest}"  # "demanding compensation for their damaged homes": what is asked, and for whom
    if phrase and verb.split()[0] in _BLAMING and (on := _blamed_on(clause, end)) is not None \
            and (blamed := _unplaced(_object_from(clause[on:]))) and not only_time(blamed):
        phrase = blamed  # "blamed rising prices on the central bank": the one blamed is after "on"
    if phrase and verb.split()[0] in _BLAMING and _impersonal(phrase):
        return None  # "cut jobs, blaming falling demand": a cause with no one behind it, no side taken
    if phrase and verb.split()[0] in _ACCUSING and (charge := _CHARGED_WITH.search(phrase)
                                                    or next(iter(reversed(list(_BARE_CHARGE.finditer(phrase)))), None)) \
            and len(phrase[: charge.start()].split()) >= 2:
        phrase = phrase[: charge.start()]  # "accuse the government of stealing the election", "accused the mayor of
        # corruption": the accused (the last bare "of" noun is the charge: "the head of security of abuse")
    return _matter_of(phrase, topics) if phrase else None


_BLAMING = frozenset(forms("blame"))
_BLAMED_ON = re.compile(rf"(?:\s+on\s+(?:{calendar_words(WEEKDAYS, capitalised=True)}))?\s+on\s+"
                        rf"(?!(?:{calendar_words(WEEKDAYS, capitalised=True)})\b)")
"""The "on" of "blame X on Y" (Merriam-Webster, blame v. 2: "to place responsibility for (something) on"), maybe after
the day of the blaming ("blamed the violence on Monday on police"): Y is the one blamed, X the wrong."""


def _blamed_on(clause: str, end: int) -> int | None:
    """Where the one blamed starts in "blamed X on Y" after a verb of blaming ending at ``end`` of ``clause``, or None
    where no "on" follows the verb's object."""
    if not (phrase := _object_from(clause[end:])) or (at := clause.find(phrase, end)) < 0:
        return None
    return on.end() if (on := _BLAMED_ON.match(clause, at + len(phrase))) else None
_IMPERSONAL = frozenset(load()["stances"]["impersonal_causes"].split()) | _HAZARDS


def _impersonal(phrase: str) -> bool:
    """Whether ``phrase`` names an impersonal cause (the lexicon's ``impersonal_causes`` and hazards: "falling demand",
    "rising energy costs", "the storm"), with no one's possessive before it ("the government's energy tax" is a
    policy someone made)."""
    return head_of(phrase).lower() in _IMPERSONAL and not _POSSESSIVE_IN.search(phrase)


_POSSESSIVE_IN = re.compile(r"\w['\u2019]s?\s|\b(?:its|their|his|her|our)\s", re.IGNORECASE)
_BARE_FOR = re.compile(r"\s+([a-z]{4,})\s+for\s+(.{3,80})")
"""A bare noun after a verb of asking, and its "for" phrase ("demanded compensation for the victims", "are seeking
justice for their sons"; Quirk et al. 1985, 17.37, a noun's prepositional complement): what is asked, for whom."""
_ACCUSING = frozenset(f for v in load()["stances"]["accusing"] for f in forms(v))
_CHARGED_WITH = re.compile(r"\s+(?:of|for)\s+(?:[a-z]+ing\b|the\s|a\s|an\s|its\s|their\s|his\s|her\s)")
"""After the object of a verb of accusing, the charge ("of stealing the election", "for the crisis"): not the object."""
_BARE_CHARGE = re.compile(r"\s+(?:of|for)\s+(?=[a-z])")
"""A charge named by a bare noun ("of corruption", "for fraud"), after the object of a verb of accusing."""


_ASIDE = re.compile(r"\s*,\s+(?:on|in|at|after|before|during|last|this|earlier|later|again|also|yesterday|today|the\s+day|"
                    r"the\s+week|the\s+month|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^,;:.\"\u201c\u201d]{0,40},"
                    r"(?=\s+(?:the|a|an|its|their|his|her|this|these|[A-Z]))", re.IGNORECASE)
"""A time adverbial set off by commas between a verb and its object ("rejected, the day before the rally, a
lawsuit"; Quirk et al. 1985, 8.22 and 15.54, a parenthetical adverbial): the object comes after it."""


def _antecedent(clause: str, at: int, end: int) -> tuple[str, int] | None:
    """What a stance verb with no object after it takes in a relative clause ("a plan for the march, which the police
    rejected,"): the relative pronoun stands for its antecedent, the noun phrase right before it (Quirk et al. 1985,
    17.10), from its last determiner or possessor back at most six words, and where the relative clause opens; None
    outside such a clause. A noun phrase that is the complement of a noun before it belongs to that noun's phrase,
    whose head the pronoun stands for ("a ruling on the strike, which the union condemned": the ruling, not the strike;
    "a lawsuit against the union": the lawsuit, not the union; Quirk et al. 1985, 17.37)."""
    if not _OBJECT_GONE.match(clause, end) or not (rel := _RELATIVE_OBJECT.search(clause, max(0, at - 60), at)):
        return None
    words = clause[: rel.start()].split()[-6:]
    opens = [n for n, w in enumerate(words) if w.lower() in _DETERMINERS or _GENITIVE.search(w)]
    if not opens:
        return None
    start = opens[-1]
    for earlier in reversed(opens[:-1]):  # "a plan for | yesterday's march": the plan's own complement
        if not (3 <= start - earlier <= 4 and words[start - 1].lower() in _NOUN_OWN_PREPOSITIONS
                and not any(w.lower() in STOP for w in words[earlier + 1 : start - 1])):
            break
        start = earlier
    if (phrase := _trim(" ".join(words[start:]))).count(" ") < 1 or not ends_phrase(phrase.split()[-1]):
        return None
    return phrase, rel.start()


def _relative_holders(clause: str, rel: int, at: int, mentions: Mentions) -> list[str]:
    """Who holds the position of a relative clause whose pronoun is the object ("which the police rejected"): the
    actors its subject names; for "they", "he" or "she", the actor named last before the clause, the nearest
    antecedent (Quirk et al. 1985, 19.42); none for a subject that names no actor."""
    subject = clause[rel:at]
    if named := [i for _, i in mentions.within(subject)]:
        return named
    pronoun = _SUBJECT_PRONOUN.search(subject)
    if not pronoun:
        return []
    before = [i for _, i in mentions.within(clause[:rel], every=True)
              if (i in mentions.people) == (pronoun.group(1).lower() in ("he", "she"))]
    return before[-1:]


_SUBJECT_PRONOUN = re.compile(r"\b(they|he|she)\b", re.IGNORECASE)


_OBJECT_GONE = re.compile(r"\s*(?:[,.;:!?)\u2013\u2014]|$|\s(?:and|but|in|on|at|last|this|after|before|for|over)\s)")
"""The verb's clause ends, or an adverbial or a reason follows, with no object: the object is the relative pronoun."""
_REASON_AFTER = re.compile(r"\s+(?:for|over)\s")
"""A reason right after a verb of judging ("blame for", "criticised over"; Quirk et al. 1985, 16.68 on prepositional
complements): in a relative clause whose pronoun is the object, what comes after is no object."""
_RELATIVE_OBJECT = re.compile(r",\s+(?:which|that)\s+(?!(?:is|was|were|are|has|had|have|would|will)\b)(?:[\w'.-]+\s+){1,4}?"
                              r"(?:(?:had|has|have|also|then|later|quickly|swiftly|promptly|\w+ly)\s+)*$", re.IGNORECASE)
"""", which" or ", that" and then the relative clause's own subject before the verb: the pronoun is the object."""
_GENITIVE = re.compile(r"\w['\u2019]s?$")
_NOUN_OWN_PREPOSITIONS = frozenset(("against", "for", "from", "into", "of", "on", "over"))
"""The prepositions that open a noun's own complement (those of _ACT_COMPLEMENT)."""


def _next_infinitives(rest: str, first: str) -> list[str]:
    """The acts of the infinitives coordinated with the first one a verb of aiming or asking takes ("seeks to retake
    the city and reimpose its laws": both are sought; Quirk et al. 1985, 13.61, coordinated predicates sharing "to"):
    each that opens with a verb in its base form and its object, as a gerund; up to where the first infinitive's clause
    ends. A past or -s form there is the main verb's own conjunct ("refused to sign the deal and left the room"), no
    infinitive."""
    words = first.split()
    if not words or not (m := _INFINITIVE.match(_INNER_QUOTES.sub(r"\1", rest))):
        return []
    tail = _CONJUNCTS_END.split(m.group(1), 1)[0]
    out: list[str] = []
    for joined in _NEXT_INFINITIVE.finditer(tail):
        if (verb := joined.group(1).lower()) in verb_lemma_of().get(verb, ()) and (phrase := _clip(tail[joined.start(1) :], _PREDICATE_END)) \
                and len(phrase.split()) >= 2 and not _CLAUSE_START.match(phrase):
            out.append(gerund(phrase))
    return out[:2]


_NEXT_INFINITIVE = re.compile(r"\s(?:and|or)\s+(?:to\s+)?(?:then\s+|also\s+)?([a-z]+)\s+(?=(?:the|a|an|its|their|his|her|our|"
                              r"this|these|those|all|any|[A-Z])\b)")
"""A second infinitive after "and" or "or", its verb and then its object (a determiner or a name)."""


_INNER_QUOTES = re.compile(r"(?<=\w\s)[\"\u201c]([^\"\u201c\u201d.;:]{2,80}?)[\"\u201d](?=\s+[a-z]|\s*$)")
"""A quotation inside a phrase, opened after a word and closed before a lowercase word goes on (or the end): its
marks go, its words stay; not a quote that closes a sentence or a clause."""
_OBJECT_INFINITIVE = re.compile(r"\s+(?!to\b)(?:[^;:.]|(?<=[A-Z])\.){1,90}?\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b", re.IGNORECASE)
"""An object and its to-infinitive after a verb of asking ("urged the crowd to consider", Quirk et al. 1985, 16.63)."""
_ASKING = frozenset(f for lemma in load()["stances"]["asking_verbs"] for f in forms(lemma))
"""The forms of the verbs of asking (the lexicon's ``asking_verbs``)."""


def _asked(clause: str, end: int, verb: str) -> str | None:
    """What a verb of asking asks for when it names whom it asks ("urged Kenya to open the
    border" -> "opening the border"), or None."""
    if (verb not in _TO_VERB and verb.split()[0] not in _TO_VERB) or not (
            m := _INFINITIVE.match(_INNER_QUOTES.sub(r"\1", clause[end:]))):  # 'to allow "unimpeded access" to'
        return None  # "called on X to ...": the phrasal verb as a whole is one of asking
    phrase = _clip(m.group(1), _PREDICATE_END)
    return gerund(phrase) if phrase and len(phrase.split()) >= 2 and not _CLAUSE_START.match(phrase) else None


_TO_LEAVE_OFFICE = re.compile(r"\s+(?P<whom>(?:(?!\b(?:to|not|never)\b)[^,;:.]|(?<=[A-Z])\.){1,60}?)\s+to\s+(?:"
                              + "|".join(sorted({f for v in load()["stances"]["leaving_office"] for f in forms(v)},
                                                key=lambda f: (-len(f), f)))
                              + r")\b(?!\s+(?:the|a|an|his|her|their|its|[a-z]+ing|[a-z]+sel(?:f|ves))\b)", re.IGNORECASE)
"""Whom a verb of asking asks to leave office, and the infinitive ("called on President X to resign", "urged X to step
down"): not "not to resign", nor a transitive "to resign the seat", "to quit smoking", "to resign themselves to"."""
_DENIED_ING = re.compile(r"\b(?:" + "|".join(sorted({f for v in load()["stances"]["denials"] for f in forms(v)}))
                         + r")\s+(?:ever\s+|\w+ly\s+)*$", re.IGNORECASE)
"""A verb of denying right before a gerund ("denied calling on X to resign"; the lexicon's denials): the act is denied."""
_MAY_BEFORE = re.compile(r"\b(?:may|might|could|would)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""A modal of possibility right before a verb ("may call on"; Quirk et al. 1985, 4.55): an act that might be done."""


_THAT_ASKED = re.compile(r"\s+that\s+(?:(?:the|its|their|his|her|our|all|both)\s+(?:[A-Z][\w'.-]*\s+)*[a-z]+|"
                         r"(?:[A-Z][\w'.-]*\s+)*[A-Z][\w'.-]*)\s+"
                         r"(?!(?:is|are|was|were|has|have|had|will|would|should|must|could|can|may|might|not|be)\b)"
                         r"([a-z]+\b[^,;:.]*)")
"""A that-clause after a verb of demanding, its verb in the mandative subjunctive ("demanded that the council reopen
the harbour", Quirk et al. 1985, 16.32): its subject (a determiner, names, one noun) and then its base-form verb."""
_DEMANDING = frozenset(f for v in load()["stances"]["demanding"] for f in forms(v))
"""The forms of the mandative verbs of demanding (the lexicon's ``demanding``)."""


def _asked_that(clause: str, end: int, verb: str) -> str | None:
    """What a that-clause after a verb of demanding asks be done ("demanded that the council reopen the old harbour"
    -> "reopening the old harbour"), or None: only a verb in its base form (no -s, -ed), the mandative subjunctive."""
    if verb.split()[0] not in _DEMANDING or not (m := _THAT_ASKED.match(clause, end)):
        return None
    first = m.group(1).split()[0]
    if first.endswith(("s", "ed", "ing", "ly")) or first in _DETERMINERS:
        return None
    phrase = _clip(m.group(1), _PREDICATE_END)
    return gerund(phrase) if phrase and len(phrase.split()) >= 2 and not _CLAUSE_START.match(phrase) else None


def _asked_not(clause: str, end: int) -> bool:
    """Whether what a verb of asking asks for is negated ("urged the council not to close the library"; Quirk et
    al. 1985, 14.11, a negated to-infinitive): it asks that the act not be done, and so opposes it."""
    m = _INFINITIVE.match(clause[end:])
    return bool(m) and bool(_NOT_TO.search(clause, end, end + m.start(1)))


def _stopped(asked: str, clause: str) -> str | None:
    """What a request asks to be stopped, withdrawn or undone ("stopping the demolition of the old harbour" ->
    "the demolition of the old harbour"): the object of a verb of ending (the lexicon's ``ending``), which the
    request opposes (the labelling guide), or None."""
    verb, _, rest = asked.partition(" ")
    if verb.lower() not in _ENDING_GERUNDS or not rest:
        return None
    at = clause.find(rest)
    return (_clip(clause[at:], _PREDICATE_END, most=9) if at >= 0 else None) or rest


_NO_SIDE = re.compile(r"^(?:(?:a|an|the|some|more|any|" + "|".join(load()["stances"]["no_side_modifiers"].split())
                      + r")\s+)*(?:" + "|".join(load()["stances"]["no_side_requests"])
                      + r")\b|^(?:(?:a|an|the|some|more|any)\s+)*(?:(?:more\s+than|about|nearly|some|up\s+to)\s+)?"
                      r"(?:(?:[$\u20ac\u00a3]\s?\d|\d[\d.,]*\s+(?:(?:million|billion)\s+)?(?:"
                      + "|".join(load()["stances"]["currencies"].split()) + r")\b)|(?:[a-z]+\s+)?(?:"
                      + "|".join(sorted(load()["stances"]["money_requests"].split())) + r")\b)"
                      # money is relief aid only when the request says so ("$400 million in emergency funding", "to help
                      # flood victims"); "more funding for public schools", "$500 million in back pay" take a side
                      r"(?=[^,;.]{0,60}?\b(?:" + "|".join(sorted({*load()["stances"]["no_side_requests"],
                                                                 *load()["stances"]["relief_cues"].split()}))
                      + r")\b)",
                      re.IGNORECASE)
"""A request for a meeting or for relief aid ("called for an urgent meeting", "asked for international help"):
it takes no side (the labelling guide)."""
_REQUESTING = frozenset(f for v in ("call for", "ask for", "appeal for", "plead for", "press for", "request", "seek",
                                    "demand") for f in forms(v))
"""The verbs of asking for a thing (the lexicon's ``support`` verbs of 58.1 with "for")."""


_HALT_ASKED = re.compile(r"\s+(?:an?|the)\s+(?:[a-z]+\s+(?:and\s+)?){0,3}?(?:end\s+to|(?:"
                         + "|".join(sorted(set(load()["stances"]["ending_nouns"]) - {"end"}))
                         + r")\s+(?:to|of))\s+", re.IGNORECASE)
"""A noun of ending and what it ends after a verb of asking for ("an immediate and unconditional end to the fighting",
"the repeal of the tax"); "the end of" a time ("the end of the year") is no ending asked."""
_UNDONE_IF_NEGATED = frozenset(f for lemma in load()["stances"]["undone_if_negated"] for f in forms(lemma))
_NOT_DONE = re.compile(r"(?:\b(?:did|does|do|has|have|had)(?:\s+(?:not|never)|n['\u2019]t)|(?<!\bwill\s)(?<!\bwould\s)"
                     r"(?<!\bcould\s)(?<!\bcan\s)(?<!\bshall\s)\bnever)\s+(?!only\b)(?:\w+ly\s+)?(?:\w+\s+)?$", re.IGNORECASE)
"""A negation of a past act, a present fact or a habit ("did not", "does not", "has never"), not of an intention ("will
not", "would never"); "did not only condemn ... but" is no negation (Quirk et al. 1985, 13.44, correlative "not only
... but")."""
_RULED_OUT = re.compile(r"\brul(?:e|es|ed|ing)\s+out\s+$", re.IGNORECASE)
"""A verb of excluding right before a stance verb's -ing form ("ruled out supporting the bill"; WordNet 3.0
rule_out.v.01 "make impossible, especially beforehand"): it negates the stance verb."""
_AIM_NEGATED = re.compile(r"\b(?:not|never|n't)\s+(?:\w+ly\s+)?(?:" + "|".join(sorted(
    (f for f in _TO_VERB - _REFUSING if " " not in f), key=lambda f: (-len(f), f))) + r")\s+to\s+(?:\w+ly\s+)?$",
    re.IGNORECASE)
"""A negated verb of asking, aiming or promising right before the stance verb's infinitive ("did not threaten to sue",
"never vowed to block"; the lexicon's ``to_verbs`` but refusing): nothing is aimed at, so no side is stated, neither
the act's nor its opposite (Quirk et al. 1985, 10.64: the negation's scope takes in the infinitive)."""
_NOT_TO = re.compile(r"\b(?:not|never)\s+to\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _matter_of(phrase: str, topics: Topics) -> str:
    """A matter in the article's fullest words; one that only refers back to a matter ("the
    decision", "Lithuania's move") stands for the article's matter."""
    if re.search(r"\w['\u2019]s?\s", phrase) or _OWN_INFINITIVE.search(phrase):
        return phrase  # "the House's decision" says whose, "the decision to close the base" which: the article's words
    if topics.head(phrase) in REFERRING:
        # "action on climate change", "the measures against smuggling": the noun's own complement says which; so does
        # a noun before the head ("the ceasefire proposal"; Quirk et al. 1985, 17.104, nouns as premodifiers)
        words = _LEADING.sub("", phrase).split()
        return phrase if _SAYS_WHICH.search(phrase) or any(_CLASSIFIER.fullmatch(w) and w not in STOP and not
                                                          is_adjective(w) for w in words[:-1]) else MATTER
    return topics.resolve(phrase)


_CLASSIFIER = re.compile(r"[a-z]{4,}(?<!ed)(?<!ing)(?<!ly)(?<!al)(?<!ive)(?<!ous)(?<!ic)(?<!ful)(?<!est)")
"""A lowercase word with none of the adjective's or the participle's endings: a noun that may classify the head."""
_SAYS_WHICH = re.compile(r"^(?:\S+\s+){0,3}?\S+\s+(?:on|against|over|into|to|for|of)\s+[\w'-]+")
"""A noun phrase whose head has its own prepositional complement (Quirk et al. 1985, 17.37)."""


_OWN_INFINITIVE = re.compile(r"^\S+(?:\s+[\w-]+){0,3}\s+to\s+[a-z]+\s")
"""A noun phrase with the to-infinitive of its head (`_with_infinitive`)."""


def gerund(phrase: str) -> str:
    """An infinitive phrase as the action it names ("hand over the files" -> "handing over the
    files"), by the spelling rules of -ing (Quirk et al. 3.8): a silent e dropped, -ie to -y, a
    final consonant after one stressed short vowel doubled. An adverb before the verb stays before
    its -ing form ("immediately free them" -> "immediately freeing them")."""
    verb, _, rest = phrase.partition(" ")
    if rest and is_adverb(verb):
        return f"{verb} {gerund(rest)}"
    low = verb.lower()
    if not low.isalpha() or low.endswith("ing") or verb[:1].isupper():
        return phrase
    if low.endswith("ie"):
        low = low[:-2] + "y"
    elif low.endswith("e") and not low.endswith(("ee", "ye", "oe")) and len(low) > 2:
        low = low[:-1]
    elif re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", low) and len(re.findall(r"[aeiou]+", low)) == 1:
        low += low[-1]
    return f"{low}ing {rest}".strip()



_DAY_FOR = re.compile(r"(?<=on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+for\b")
"""A weekday between "call" and "for" ("called on Monday for an inquiry"): the time adverbial, not "call on"."""
_ENDING_GERUNDS = frozenset(gerund(f"{v} x").split()[0] for v in (*load()["stances"]["ending"], *load()["stances"]["blocking"]))
"""The -ing forms of the verbs of ending ("halting", "stopping") and of blocking ("blocking", "vetoing")."""

_PREDICATE_END = re.compile(
    r"[,;:.\"\u201c\u201d(]|\s(?:and|but|which|who|because|after|before|while|when|saying|" + _SAID_VERB + r"|until|unless|if|"
    r"whether|what|how|why|where)\s",
    re.IGNORECASE)


def _clip(tail: str, end: re.Pattern = _OBJECT_END, most: int = 6) -> str | None:
    """``tail`` up to where its phrase ends (``end``), at most ``most`` words."""
    padded = f" {tail} "
    cut = end.search(padded)
    while cut and (before := padded[: cut.start()].split()) and (after := padded[cut.end() :].split()) and len(after) > 1 \
            and (cut.group().strip().lower() in ("and", "or") and not before[-1].endswith(",")
                 and (is_adjective(before[-1]) or is_adjective(after[0]) or _participle_modifier(before, after))
                 and after[0].lower() not in _DETERMINERS
                 or cut.group().strip() == "," and after[0].islower() and is_adjective(after[0])
                 and after[1].lower() in ("and", "or") and len(before) >= 2 and before[-2].lower() not in _DETERMINERS):
        # "safe and unconditional passage", "safe, immediate and free access": coordinated adjectives of one noun
        most += cut.group().strip() == ","  # a listed adjective takes no word of the noun's own
        cut = end.search(padded, cut.end())
    if cut and (restrictive := _RESTRICTED.match(padded, cut.start())) and padded.split()[0].lower() in _QUANTIFIERS:
        cut = end.search(padded, restrictive.end())  # "any bill that cut school funding": the clause says which bills
        most += 2
    words = (tail[: max(cut.start() - 1, 0)] if cut else tail).split()[:most]
    phrase = _trim(" ".join(words).strip(" ,.;:'\"\u201c\u201d"))
    # one lowercase word is too little to name a matter, and would read as an actor's id
    return phrase if len(phrase.split()) >= 2 or (phrase[:1].isupper() and len(phrase) > 2) else None


_QUANTIFIERS = frozenset(("any", "every", "all", "no"))
_RESTRICTED = re.compile(r"\s(?:that|which|who)\s+(?:would\s+|will\s+|could\s+)?[a-z]+(?:ed|s)?\b(?=\s)")
"""A restrictive relative clause, no comma before it, after a quantified noun ("any bill that cut school funding";
Quirk et al. 1985, 17.13): it says which of the things the position is towards, so it stays with the noun."""


def _participle_modifier(before: list[str], after: list[str]) -> bool:
    """Whether "and" joins two modifiers of one noun, the second a past participle ("safe and unimpeded access",
    Quirk et al. 17.98): the participle before a lowercase noun, the word before "and" no head right after a
    determiner ("the war and restored order" ends the phrase at "war")."""
    return (len(before) >= 2 and before[-2].lower() not in _DETERMINERS and before[-1].isalpha() and before[-1].islower()
            and after[0].islower() and after[0].endswith("ed") and after[1].isalpha() and after[1].islower()
            and after[1] not in _TRAILING and after[1] not in _DETERMINERS)


_RESTRAINT = re.compile(r"\b(?:restraint|calm|refrain\w*|(?:de-?)?escalat\w*|violence)\b", re.IGNORECASE)
"""What a call for restraint asks (the labelling guide's "calling for calm on both sides"; WordNet 3.0 restraint.n.01
and refrain.v.01, with the calm and the escalation a call for restraint names)."""
_EVERY_SIDE = re.compile(r"\s+(?:on\s+)?(?:both|all|each|every)\b", re.IGNORECASE)
"""A request made of both or all sides (the labelling guide's neutral position, "calling for calm on both sides")."""
_ASKED_TO = re.compile(r"\b(?:" + "|".join(forms("ask")) + r")\s+[^,;:.]{2,60}?\s+to\s+(?:\w+ly\s+)?$", re.IGNORECASE)
""""ask", its object and "to" before a stance verb: what is asked for (Quirk et al. 16.63, object and
to-infinitive); "ask" alone is no stance verb ("asked about", "asked questions")."""
_ASKING_SOMEONE = sorted({f for v in load()["stances"]["asking_someone"] for f in forms(v)}, key=lambda f: (-len(f), f))
_ASK_SOMEONE = re.compile(r"(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
                          r"\b(?:" + "|".join(_ASKING_SOMEONE) + r")\s+(?!for\b|about\b|not\b|ahead\b|on\b)([^,;:.]{2,60}?)\s+to\s+"
                          r"(?!the\b|a\b|an\b|be\b)(\w.*)", re.IGNORECASE)
""""ask", "press", "petition", "implore", "beg", "lobby", "appeal to" or "plead with", whom it asks and a
to-infinitive (Quirk et al. 1985, 16.63): a request of someone to act. The verb after a determiner is the noun ("issued
a press release to announce the closure", "held a press briefing to launch"): no request."""
_ASK_WORDS = words_pattern(*{f.split()[0] for f in _ASKING_SOMEONE})
_BARE_REFUSAL = re.compile(r"\b(?:" + "|".join(f for v in ("refuse", "decline") for f in forms(v))
                           + r")\s*[.,;!?]*\s*$", re.IGNORECASE)
"""A verb of refusing that ends its clause, its object left out because the clause before names it ("but he
declined"; Quirk et al. 1985, 12.31, ellipsis of the complement)."""
_POSSESSED_BEFORE = re.compile(r"(?:\w['\u2019]s?|\b(?i:their|its|his|her|our))\s+(?:[a-z-]+\s+)?$")
"""A possessive before a stance word in -s ("the union's demands", "their key demands"): the word is a plural noun."""
_LISTING_AFTER = re.compile(r"\s+(?:(?:have|has)\s+)?(?:include|includes|included|are|were|range\s+from|ranged\s+from)\b(?=\s)",
                            re.IGNORECASE)
"""A verb after such a noun that lists what it holds ("demands include", "demands are"; Quirk et al. 1985, 10.8)."""
_TO_BEFORE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_URGED_BEFORE = re.compile(r"\b(?:" + alternation(sorted(_ASKING)) + r")\s+[^,;:.]{1,60}?\s+to\s+(?:\w+ly\s+)?$",
                           re.IGNORECASE)
"""A verb of asking, whom it asks and "to" right before a stance verb ("urged Ortega to veto"; Quirk et al. 1985, 16.63):
the stance verb's subject is the one asked, who takes no position by being asked."""
_DENIALS = frozenset(f for lemma in load()["stances"]["denials"] for f in forms(lemma))
_DENYING = frozenset(forms("deny"))
_DENIED_CONTENT = re.compile(r"\s+(?:\w+ly\s+)?that\s", re.IGNORECASE)
"""A content clause after "deny" (Quirk et al. 1985, 16.33): the denial answers a claim, it opposes no one named in it."""
_DOCUMENT = re.compile(r"\s+(?:the|its|their|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?report\b(?!\s+that\b)", re.IGNORECASE)
"""One report as what is rejected or dismissed, no content clause after it ("rejected the report by the commission",
"dismissed the UN report as biased"): a document whose findings are opposed (WordNet 3.0 report.n.01 "a written
document describing the findings of some individual or group"), not a charge answered ("denied the report", "dismissed
reports that she was ill")."""
_CHARGE = re.compile(
    r"\s+(?:the|any|all|these|those|such|his|her|their|its|an?)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(load()["stances"]["charge_nouns"].split(), key=lambda w: (-len(w), w))) + r")\b",
    re.IGNORECASE)
"""What one denies when one answers a charge (the lexicon's ``charge_nouns``)."""


_FINAL_FRAME = re.compile(r",\s+(?!(?:which|who|whom|whose|that|and|but|as|while|when|where|because|although|though|if)\b)"
                          r"(?:[\w'\u2019.-]+\s+){1,5}?(?:said|says|told\s+[\w-]+|added)"
                          r"(?:\s+(?:on|in|last|this)\s+[\w-]+(?:\s+[\w-]+)?)?$")
"""A reporting clause that ends a clause, after a comma ("..., officials said", "..., the agency said on Monday";
Quirk et al. 1985, 15.53, the reporting clause in final position): the attribution, which the guide leaves out of
the evidence; not a relative or adverbial clause (", which the ministry said")."""


def act_stances(sentence: str, span: tuple[int, int], mentions: Mentions, topics: Topics,
                inherited: list[str]) -> tuple[list[Stance], list[str]]:
    """The positions the verbs of one clause (``sentence[span[0]:span[1]]``) state or imply: its
    subject (every coordinated name, back into the clauses before) supports or opposes its
    object; in a passive ("was condemned by X") the by-phrase holds the position; a negation
    turns it round. Returns the stances and the clause's holders."""
    clause = sentence[span[0] : span[1]]
    if _asked_directly(sentence, span):
        return [], list(inherited)  # "Did Senator Ruiz refuse to sign the bill?": a position asked about, not stated
    if _CLAIMED.search(sentence, max(0, span[0] - 120), span[0] + _THAT_OPEN.match(clause).end()):
        return [], list(inherited)  # "rejected claims that the budget was illegal": the claim's content is no one's
        # position here; the main clause's subject goes on to a predicate coordinated after it
    out: list[Stance] = []
    holders_seen: list[str] = []
    evidence = clause.strip(" ,;.")
    if (frame := _FINAL_FRAME.search(evidence)) and len(evidence[: frame.start()].split()) >= 3:
        evidence = evidence[: frame.start()]  # "Residents were opposed to the plan, officials said": the attribution goes
    low, folded = clause.lower(), folds(clause)  # for the many word gates below
    gated = may_match_lowered(_ACT_STANCE_WORDS, low, folded)  # every word of every gate below: without one, none passes
    for at, end, polarity in _positions(clause):
        verb = clause[at:end].lower()
        if _DENIED_THAT.search(clause, max(0, at - 60), at):
            continue  # "denied that she opposed the reform": the position denied is not held
        others: list[str] = []
        if verb.endswith("s") and _POSSESSED_BEFORE.search(clause, max(0, at - 40), at) \
                and (listing := _LISTING_AFTER.match(clause, end)):
            # "the protesters' demands include X and Y", "their demands are X": a noun, whose own verb lists what it is for
            end = listing.end()
        if _conditional(sentence, span[0] + at) or _CLAIMED.search(sentence, max(0, span[0] + at - 120), span[0] + at):
            continue  # "if the union rejected the deal", "asked whether she backed the plan": no position stated
        if out and _TO_BEFORE.search(clause[:at]):
            continue  # "sued X to block Y", "urged X to reject Y": the purpose or the request of the verb before
        if _TO_BEFORE.search(clause[:at]) and _URGED_BEFORE.search(clause, max(0, at - 90), at) \
                and not _ASKED_TO.search(clause[:at]):
            continue  # "the watchdog urged Ortega to veto the bill": the act asked is the asker's position, not Ortega's
        if _NO_COMMENT.match(clause, end) and verb.split()[0] in _REFUSING:
            continue  # "declined to comment on the decision", "refused to give details": no position stated
        if (ask := _ASKED_TO.search(clause[:at])) and (asked := _clip(clause[at:], _PREDICATE_END)):
            # "asking the government to revoke the treaty": one supports what one asks for, whatever its verb
            holders = _holders(sentence, span[0] + ask.start(), mentions) or list(inherited)
            polarity, thing = "support", gerund(asked)
            if stopped := _stopped(thing, clause[at:]):  # "asked the court to block the merger": the merger is opposed
                polarity, thing = "oppose", _matter_of(stopped, topics)
            out += [Stance(holder=h, target=thing, polarity=polarity, evidence=evidence) for h in holders]
            holders_seen = holders or holders_seen
            continue
        if verb in _UNDONE_IF_NEGATED and _NOT_DONE.search(clause, max(0, at - 40), at):
            continue  # "did not ban the rally", "has never condemned the attack": no act done, no position stated
        if _AIM_NEGATED.search(clause, max(0, at - 60), at):
            continue  # "did not threaten to sue X", "never vowed to block the bill": no act aimed at, no side taken
        if bool(_NEGATION.search(clause[:at])) != bool(_RULED_OUT.search(clause, max(0, at - 20), at)):
            polarity = "oppose" if polarity == "support" else "support"  # "did not support", "ruled out supporting";
            # "did not rule out supporting": the two negatives cancel, a tentative position as it leans (the guide)
        if _PASSIVE.search(clause[:at]) and not verb.split()[0].endswith("ing"):  # "is demanding": progressive, active
            by = _BY_AFTER.match(clause[end:])  # "were suspended" says not who took the position; "was hailed as a
            # breakthrough by X": an "as" phrase may stand before the agent
            agent = clause[end + by.end() : end + by.end() + 80] if by else ""
            holders = (_subject_of(agent, mentions) or next((i for _, i in mentions.within(agent)), None)) if by else None
            holders = [holders] if holders else []  # "by Green Party leader Anna Berg": the person, as for a subject
            holders += _joined_agents(agent, holders, mentions)  # "by the union and the commission": each of them
            if not by and verb in _BANNING and (where := _IN_STATE.match(clause, end)):
                # "the party is banned in Turkey": a ban holds where the state that imposed it rules
                states = {i for c, i in mentions.actors if c.kind == "state"}
                holders = [i for at_, i in mentions.within(where.group(1)) if at_ == 0 and i in states]
            targets = [i for _, i in mentions.within(clause[:at])][-1:]
            passive = _PASSIVE.search(clause[:at])
            thing = None if targets else _thing_subject(clause, passive.start(), mentions, topics) or MATTER  # "The plan was criticised"
        else:
            holders = [] if _unnamed_subject(sentence, span[0] + at, mentions) else \
                _holders(sentence, span[0] + at, mentions) or ([p] if (p := mentions.pronoun(clause)) else
                                                                _fronted(sentence, span[0] + at, mentions) or list(inherited))
            if holders and _COORDINATED.search(sentence, max(0, span[0] + at - 30), span[0] + at) and \
                    (first := _first_subject(sentence[: span[0] + at], mentions)) is not None:
                holders = _subjects_before_verb(sentence[: span[0] + at], first, holders, mentions)
                # "X thanked voters and criticised ...": the first predicate's subject, not its object; "A, B and C met
                # and condemned ...": all three
            asked = _asked(clause, end, verb) or _asked_that(clause, end, verb)  # "urged Kenya to open the border"
            if (verb in _TO_VERB or verb.split()[0] in _TO_VERB) and (leave := _TO_LEAVE_OFFICE.match(clause, end)) and (
                    whom := [i for w, i in mentions.within(leave.group("whom")) if not _possessive(leave.group("whom"), mentions, w)]) and not _NOT_SAYING.search(
                    clause, max(0, at - 30), at) and not _NEGATION.search(clause, max(0, at - 30), at) and \
                    not _conditional(sentence, span[0] + at) and not _MAY_BEFORE.search(clause, max(0, at - 30), at) and \
                    not _DENIED_ING.search(clause, max(0, at - 30), at):
                # "called on President X to resign": asking someone to leave office opposes them (the guide: a call to
                # stop or withdraw something opposes it)
                out += [Stance(holder=h, target=w, polarity="oppose", evidence=evidence) for h in holders for w in whom[-1:]
                        if h != w]
                holders_seen = holders or holders_seen
                continue
            if (verb in _TO_VERB or verb.split()[0] in _TO_VERB) and (again := _RECONSIDER.match(clause, end)) and (
                    (begin := mentions.text.find(sentence)) >= 0) and (
                    decided := _decision_before(mentions.text, begin + span[0] + at)):
                # "announced it would close its plant. X urged the company to reconsider": asking that a decision be
                # changed opposes it (the guide's call to withdraw), named as it was told
                out += [Stance(holder=h, target=decided, polarity="oppose", evidence=evidence) for h in holders]
                holders_seen = holders or holders_seen
                continue
            if asked and _asked_not(clause, end):  # "urged Kenya not to close the border": the closing is opposed
                polarity = "oppose" if polarity == "support" else "support"
            if asked and _EVERY_SIDE.match(clause, end) and _RESTRAINT.search(asked):
                # "urged both sides to show restraint": restraint asked of every side takes no side in the matter
                # between them (the labelling guide); a thing asked of both ("to allow aid access") is supported
                polarity, asked = "neutral", MATTER
            if asked and polarity != "neutral" and (stopped := _stopped(asked, clause[end:])):
                # "called on the council to halt the demolition": asking that an act end opposes the act
                polarity, asked = ("oppose" if polarity == "support" else "support"), stopped
            if not asked and verb in _ASKING and _OBJECT_INFINITIVE.match(clause, end):
                continue  # "urged the crowd to consider ...": whom one asks is not what one supports
            if not asked and verb.endswith(" on") and verb in _ASKING:  # "cast doubt on the data": no call
                if not (day := _DAY_FOR.match(clause, end)):
                    continue  # "called on the minister at home": a visit, no request
                end, verb = day.end(), verb[: -len(" on")] + " for"  # "called on Monday for an inquiry": "called for"
            if verb in _REQUESTING and _NO_SIDE.match(clause[end:].lstrip()):
                continue  # "called for an urgent meeting", "appealed for aid": no side taken
            if not asked and (aside := _ASIDE.match(clause, end)):
                end = aside.end()  # "rejected, the day before the rally, a lawsuit": the object after the aside
            targets = [] if asked else _named_object(clause[end:], mentions, holders)[:1]
            if not asked and verb.split()[0] in _BLAMING and (on := _blamed_on(clause, end)) is not None:
                targets = _named_object(clause[on:], mentions, holders)[:1] or targets  # "blamed prices on Fennick Bank"
            thing = asked or (None if targets else _thing(clause, end, topics, verb))
            if thing and not asked and _REASON_AFTER.match(clause, end) and _RELATIVE_OBJECT.search(clause, max(0, at - 60), at):
                thing = None  # "the dam, which farmers blame for the drought": the pronoun is the object, "for" the reason
            if thing and verb in _REQUESTING and (undone := _TO_BE_UNDONE.match(clause, end)):
                polarity, thing = "oppose" if polarity == "support" else "support", _matter_of(_trim(undone.group(1)), topics)
                # "called for the closures to be scrapped": asking that a thing be undone opposes it
            if thing and verb in _REQUESTING and (halt := _HALT_ASKED.match(clause, end)) and (
                    ended := _clip(clause[halt.end() :], _PREDICATE_END, most=9)) and not _CLAUSE_START.match(ended):
                polarity, thing = "oppose" if polarity == "support" else "support", _matter_of(ended, topics)
                # "called for an end to the fighting", "demanded the repeal of the tax": the thing to end is opposed
            if verb in _REQUESTING and not targets and thing != MATTER and not _NEGATION.search(clause[:at]) and \
                    _RESTRAINT.match(_LEADING.sub("", thing) if thing else clause[end:].lstrip()):
                # "called for calm after the clashes": calm asked of all takes no side in the matter (the guide)
                polarity, thing = "neutral", MATTER
            if thing is None and not targets and polarity != "neutral" and _PRONOUN_OBJECT.match(clause, end) and (
                    (start := mentions.text.find(sentence)) >= 0):
                # "passed the media law. X condemned it": what "it" refers to, an act or a measure named before
                thing = _antecedent_thing(sentence, span[0] + at, mentions, start, topics, acts_only=True)
                if thing is None and (refs := list(_REFERRING_PHRASE.finditer(sentence, 0, span[0] + at))):
                    # "parents welcomed the move, while unions criticised it": "it" is the move, what it names
                    thing = _referred(sentence, refs[-1].start(), refs[-1].end(), mentions, start, topics) \
                        or refs[-1].group()
            if thing == MATTER and not asked and polarity != "neutral" and (start := mentions.text.find(sentence)) >= 0 and (
                    referred := _referred(sentence, span[0] + end, span[0] + len(clause), mentions, start, topics)):
                thing = referred  # "cleared the merger. X welcomed the decision": the merger, not the article's matter
            others = _conjoined(clause, end, topics) if thing and not asked and polarity != "neutral" else []
            if thing and polarity != "neutral" and thing not in others and verb.split()[0] in _TO_VERB:
                others += [t for t in _next_infinitives(clause[end:], thing) if t != thing]
        if thing and not targets and polarity == "support" and verb.split()[0] in _TO_VERB and (
                protest := _PROTESTED.match(thing if not thing.endswith("ing") else clause[end:].lstrip())) and \
                protest.start() == 0 and (against := _clip(protest.group("thing"), _PREDICATE_END)) and \
                not _CLAUSE_START.match(against):
            polarity, thing = "oppose", _matter_of(against, topics)  # "threatened to strike over the pay freeze": the
            # protest threatened or vowed is against the freeze
        elif thing and not targets and polarity == "support" and verb.split()[0] in _TO_VERB and (
                left := _LEFT_OVER.match(clause, end)) and (against := _clip(left.group("thing"), _PREDICATE_END)) and \
                not _CLAUSE_START.match(against):
            polarity, thing = "oppose", _matter_of(against, topics)  # "threatened to quit over the cuts": leaving office
            # over a thing, threatened or vowed, protests against it, as a strike over it does
        elif thing and not targets and polarity == "support" and verb.split()[0] in _TO_VERB and \
                _LEFT_OVER.match(clause, end) is None and _LEAVING.match(clause, end):
            continue  # "threatened to quit over the weekend", "vowed to step down": leaving office over no thing, no
            # side taken on one (the act is the event's)
        if out and out[-1].polarity == "oppose" and verb.split()[0].endswith("ing") and \
                (noun_phrase := _ING_AFTER_THING.search(clause, max(0, at - 40), at)) and \
                (before := _THING_BEFORE.search(clause, max(0, at - 40), at).group(1).lower()) not in _HUMAN and \
                not _plural_person(before) and not mentions.within(noun_phrase.group()):
            continue  # "voted against the resolution condemning the coup": the participle's subject is the resolution
            # (a reduced relative clause, Quirk et al. 1985, 17.30), which the clause's subject opposes: no position of
            # its own on the coup
        if verb.split()[0] in _BLAMING and (first := _BLAMING_COPULA.search(clause, max(0, at - 30))) and first.end() <= at and \
                _impersonal(_SAYS.split(_CLAUSE_OPEN.split(clause[: first.start()])[-1])[-1]):
            continue  # "said bad weather was to blame for the delays": a cause with no one behind it, no side taken
        if verb.split()[0] in _BLOCKING_FORMS and thing and not targets and head_of(thing).lower() in _WAYS and \
                not _UNBUILT.search(thing):
            continue  # "protesters blocked the main highway": passage stopped, no side taken on the highway
        if verb.split()[0] in _THANKING and (courtesy := _FOR_COURTESY.search(clause, end)) and \
                not _CLAUSE_END.search(clause, end, courtesy.start()) and not (
                    (more := _AND_MORE.match(clause, courtesy.end())) and not _past_predicate(more)):
            continue  # "thanked Prime Minister X for his hospitality", "for the invitation": politeness, no position
        if verb.split()[0] in _WELCOMING and _GREETED.match(clause, end) and (targets or thing and (
                (guest := head_of(_COUNTED.sub("", thing)).lower()) in _HUMAN or _plural_person(guest))):
            continue  # "welcomed Prime Minister X to the White House", "welcomed visitors to its stand": a greeting
        if verb.split()[0] in _AGREEING and _agreed_on(clause[end:], targets):
            continue  # "agreed with Iraq to reopen the border", "with the union on a pay deal": an agreement made
        target = _thing_named(targets[0], mentions, topics) if targets else thing
        if verb in _STANDING_BY and not targets and not _held_to(thing, topics):
            continue  # "stood by the door": a place; "stood by his decision", "stands by its remarks": a position
        if verb in _FIGURATIVE and (not (_figurative_object(verb, targets, thing, mentions, topics)
                                         or thing is not None and _AS_JUDGED.match(clause, end))
                                    or _SAYS.search(clause, 0, at)):
            continue  # "slammed into a wall", "attacked the convoy": a blow; "said militants attacked": an act told
        if target is None and (named := _light_noun(clause, at, end)):
            target = named  # "imposed bans on niqabs": the act named as a noun keeps what it is on
        if target is None and (antecedent := _antecedent(clause, at, end)):
            # "a plan for the march, which the police rejected": the police reject the march
            holders = _relative_holders(clause, antecedent[1], at, mentions)
            target = _matter_of(antecedent[0], topics)
        if verb in _DENYING and _DENIED_CONTENT.match(clause, end):
            continue  # "denied that police had used excessive force": what is denied happened, no side against the doer
        if verb in _DENIALS and _CHARGE.match(clause[end:]) and not (verb not in _DENYING and _DOCUMENT.match(clause, end)):
            continue  # "denied the accusations": a defence against a charge, no position on a matter
        for holder in holders if target else []:
            if holder != target:
                out += [Stance(holder=holder, target=t, polarity=polarity, evidence=evidence) for t in [target, *others]]
        holders_seen = holders or holders_seen
    if not out and (refusal := _BARE_REFUSAL.search(clause)) and (ask := _ASK_SOMEONE.search(sentence, 0, span[0])) \
            and (asked := _clip(ask.group(2), _PREDICATE_END)) and not _CLAUSE_START.match(asked):
        # "X asked Y to delay the ruling, but Y declined": the refusal opposes what was asked
        holders = _holders(sentence, span[0] + refusal.start(), mentions) or (
            [p] if (p := mentions.pronoun(clause)) else [])
        out += [Stance(holder=h, target=gerund(asked), polarity="oppose", evidence=evidence) for h in holders]
        holders_seen = holders or holders_seen
    if not out and gated and may_match_lowered(_DISPOSED_WORDS, low, folded) and (disposed := _disposed(clause, topics)) \
            and not _conditional(sentence, span[0] + disposed[0]):
        at, polarity, thing = disposed  # "the MPR remained committed to the ceasefire": the MPR supports it
        holders = _holders(sentence, span[0] + at, mentions) or (
            [p] if (p := mentions.pronoun(clause)) else list(inherited))
        out += [Stance(holder=h, target=thing, polarity=polarity, evidence=evidence) for h in holders if h != thing]
        holders_seen = holders or holders_seen
    if not out and gated and may_match_lowered(_HOPE_WORDS, low, folded) and (hoped := _hoped(clause, mentions, topics)) \
            and not _conditional(sentence, span[0] + hoped[0]) and not _SAYS.search(clause, 0, hoped[0]) \
            and not sentence.rstrip(" \"\u201d").endswith("?"):
        at, polarity, thing = hoped  # "Norway expressed hope that the truce would hold": Norway supports the truce
        holders = [] if _unnamed_subject(sentence, span[0] + at, mentions) else \
            _holders(sentence, span[0] + at, mentions) or ([p] if (p := mentions.pronoun(clause)) else list(inherited))
        out += [Stance(holder=h, target=thing, polarity=polarity, evidence=evidence) for h in holders]
        holders_seen = holders or holders_seen
    if not out and gated and may_match_lowered(_ASK_WORDS, low, folded) and (ask := _ASK_SOMEONE.search(clause)) and not _NEGATION.search(clause, 0, ask.start()) \
            and (asked := _clip(ask.group(2), _PREDICATE_END)) and len(asked.split()) >= 2 and not _CLAUSE_START.match(asked) \
            and not _RESTRAINT.match(asked, len(asked.split()[0]) + 1):  # "appealed to residents to stay calm": no side
        # "asked the judge to delay his ruling": one supports what one asks for; "asking it to annul the result" opposes it
        polarity, thing = "support", gerund(asked)
        if stopped := _stopped(thing, ask.group(2)):
            polarity, thing = "oppose", _matter_of(stopped, topics)
        if polarity == "oppose" and _RECONSIDER.match(clause, ask.end(1)) and (
                (begin := mentions.text.find(sentence)) >= 0) and (
                decided := _decision_before(mentions.text, begin + span[0] + ask.start())):
            thing = decided  # "decided to close the library. X asked the council to rethink the plan": the closing
        # its own subject, named: not the speaker of a clause that reports another's request ("she said the group
        # would ask"), nor a holder carried over from the clause before
        holders = [] if _SAYS.search(clause, 0, ask.start()) else [
            i for i in _holders(sentence, span[0] + ask.start(), mentions)[:1]
            if any(j == i and _OPENS_CLAUSE.search(sentence, 0, span[0] + at) for at, j in mentions.within(clause[: ask.start()]))]
        asked_of = {i for _, i in mentions.within(ask.group(1))}
        out += [Stance(holder=h, target=thing, polarity=polarity, evidence=evidence) for h in holders if h not in asked_of]
        holders_seen = holders or holders_seen
    if not out and gated and may_match_lowered(_PROTEST_WORDS, low, folded) and (protest := _PROTESTED.search(clause)) \
            and (thing := _unplaced(_clip(protest.group("thing"), _PREDICATE_END))) and not _CLAUSE_START.match(thing):
        # "the protests began in response to a proposed law", "workers marched against the closure": the crowd opposes it
        holders = _holders(sentence, span[0] + protest.start(), mentions)[-1:] if protest.group("verb") else (
            # "nurses staged a strike against the freeze": the subject of the light verb whose object the protest is
            _holders(sentence, span[0] + light.start(), mentions)[-1:] if (light := _LIGHT_BEFORE.search(clause, 0, protest.start()))
            and not _PASSIVE.search(clause, 0, light.start()) else [])
        holders = holders or [i for c, i in mentions.actors if c.kind == "group" and c.name.split()[-1].lower() in _CROWDS]
        out += [Stance(holder=h, target=_matter_of(thing, topics), polarity="oppose", evidence=evidence)
                for h in holders[:2]]
        holders_seen = holders or holders_seen
    if gated and may_match_lowered(_ANGRY_WORDS, low, folded):
        seen = {(o.holder, o.target) for o in out}  # "protesters angry at a rise in fuel prices marched": the cause
        out += [p for p in _angry_crowd(clause, mentions, topics, may_match_lowered(_PROTEST_WORDS, low, folded))
                if (p.holder, p.target) not in seen]
    if gated and (may_match_lowered(_PROTEST_WORDS, low, folded) or may_match_lowered(_DEMAND_WORDS, low, folded)):
        seen = {(o.holder, o.target) for o in out}  # "walked out in protest at the bill", "rallied ... to demand a recount"
        out += [p for p in _protest_purpose(sentence, span, mentions, topics) if (p.holder, p.target) not in seen]
    if (" if " in sentence or " unless " in sentence) and (cond := _UNLESS_ENDED.search(
            sentence, span[0], min(len(sentence), span[1] + 120))) and cond.start() < span[1] \
            and (thing := _clip(cond.group("thing") or cond.group("ended") or cond.group("undone"), _PREDICATE_END)) \
            and not _CLAUSE_START.match(thing):
        # "threatened to strike if the reform is passed", "vowed to fight on unless the tax is withdrawn": the act
        # threatened is the lever, what would set it off is what the subject opposes (Quirk et al. 1985, 15.33-15.34)
        holders = _holders(sentence, cond.start(), mentions) or list(inherited)
        target = _matter_of(thing, topics)
        seen = {(o.holder, o.target) for o in out}
        out += [Stance(holder=h, target=target, polarity="oppose", evidence=evidence) for h in holders
                if h != target and (h, target) not in seen]
        holders_seen = holders or holders_seen
    acted = bool(out)  # the stance verbs' positions; a nominal challenge or a ruling adds its own holder's
    if gated and may_match_lowered(_CHALLENGE_WORDS, low, folded) and (suit := _CHALLENGE_BY.search(clause)):
        # "a lawsuit filed by Texas", "in response to a petition by X": X challenges what the suit is against
        named = mentions.within(suit.group(2))
        holders = [named[0][1]] if named and named[0][0] <= len(suit.group(2)) - len(suit.group(2).lstrip()) + 40 \
            and not _PREPOSED.search(suit.group(2)[: named[0][0]]) else []
        against = _AGAINST.match(clause, suit.end())
        thing = (_clip(against.group(1)) if against else None) or MATTER
        out += [Stance(holder=h, target=_matter_of(thing, topics) if thing != MATTER else MATTER, polarity="oppose",
                       evidence=evidence) for h in holders if h not in {o.holder for o in out}]
    if gated and may_match_lowered(_NOMINAL_WORDS, low, folded):  # "the union's call for higher pay": the union's own position
        seen = {(o.holder, o.target) for o in out}
        out += [n for n in _nominal_positions(sentence, span, mentions, topics) if (n.holder, n.target) not in seen]
    if not acted and gated and may_match_lowered(_HELD_WORDS, low, folded) and (held := _HELD.search(clause)) \
            and not _PASSIVE.search(clause, 0, held.start()):
        # "voted to hold two officers, X and Y, in contempt", "held the army responsible for the attack": X, Y opposed
        holders = [] if _unnamed_subject(sentence, span[0] + held.start(), mentions) else \
            _holders(sentence, span[0] + held.start(), mentions) or ([p] if (p := mentions.pronoun(clause)) else list(inherited))
        named = list(dict.fromkeys(i for _, i in mentions.within(held.group("obj"), every=True)))
        targets = [_thing_named(i, mentions, topics) for i in named] or (
            [_matter_of(t, topics)] if (t := _object_from(held.group("obj"))) and not _CLAUSE_START.match(t) else [])
        out += [Stance(holder=h, target=t, polarity="oppose", evidence=evidence) for h in holders for t in targets
                if h != t and h not in named]
        holders_seen = holders or holders_seen
    if not acted and gated and may_match_lowered(_BROKEN_WORDS, low, folded) and (broken := _BROKEN_OFF.search(clause)) \
            and not _PASSIVE.search(clause, 0, broken.start()) and not _NEGATION.search(clause, 0, broken.start()):
        # "Norway cut diplomatic ties with Sweden", "recalled its ambassador from Sweden": Sweden is opposed
        holders = [] if _unnamed_subject(sentence, span[0] + broken.start(), mentions) else \
            _holders(sentence, span[0] + broken.start(), mentions) or ([p] if (p := mentions.pronoun(clause)) else [])
        named = [i for at, i in mentions.within(clause[broken.end() : broken.end() + 60]) if at <= 4][:1]
        out += [Stance(holder=h, target=_thing_named(t, mentions, topics), polarity="oppose", evidence=evidence)
                for h in holders for t in named if h != t]
        holders_seen = holders or holders_seen
    if not acted and gated and may_match_lowered(_INTO_LAW_WORDS, low, folded) and (signed := _INTO_LAW.search(clause)) \
            and not _PASSIVE.search(clause, 0, signed.start()) and not _NEGATION.search(clause, 0, signed.start()):
        # "the governor signed the bill into law": the governor supports the bill
        holders = [] if _unnamed_subject(sentence, span[0] + signed.start(), mentions) else \
            _holders(sentence, span[0] + signed.start(), mentions) or ([p] if (p := mentions.pronoun(clause)) else [])
        thing = _object_from(signed.group("obj"))
        if thing and not _CLAUSE_START.match(thing):
            out += [Stance(holder=h, target=_matter_of(thing, topics), polarity="support", evidence=evidence) for h in holders]
            holders_seen = holders or holders_seen
    if not acted and not out and gated and may_match_lowered(_ADHERING_WORDS, low, folded) and \
            (adhered := _ADHERED.search(clause)) and not _PASSIVE.search(clause, 0, adhered.start()) and \
            not _NEGATION.search(clause, 0, adhered.start()) and not _conditional(sentence, span[0] + adhered.start()) and \
            not _IF_AFTER.search(clause, adhered.end()) and not sentence.rstrip(" \"\u201d").endswith("?") and \
            (adhered.group("obj").split()[-1].lower() not in ("campaign", "campaigns") or _FOR_OR_AGAINST.match(
                clause, adhered.end("obj")) or _CAMPAIGN_AIM.match(clause, adhered.end("obj"))) and (thing := _clip(clause[adhered.start("obj") :])):
        if when := _TIME_IN_THING.search(thing):
            thing = thing[: when.start()]  # "joined the alliance last April": the time is no part of the accord
        # "Chile and Peru signed up to the pact to phase out coal", "Finland joined the alliance": the accord is supported
        holders = [] if _unnamed_subject(sentence, span[0] + adhered.start(), mentions) else \
            _holders(sentence, span[0] + adhered.start(), mentions) or ([p] if (p := mentions.pronoun(clause)) else [])
        if (purpose := _TO_INFINITIVE_AFTER.match(clause, adhered.start("obj") + len(thing))) and \
                (act := _clip(purpose.group(1), _PREDICATE_END, most=7 - len(thing.split()))) and not _CLAUSE_START.match(act):
            thing = f"{thing} to {act}"  # "the pact to phase out coal power": an accord's purpose says which
        named = {i for _, i in mentions.within(thing)}
        if not adhered.group("joined") and not adhered.group("up") and (len(holders) > 1 or _INDEFINITE.match(thing) or _WITH_PARTY.match(
                clause, adhered.start("obj") + len(thing))):
            holders = []  # "Kenya and Ethiopia signed a trade agreement", "signed a deal with Peru": an agreement made
            # between its parties (an event), no side taken on an accord that stands
        out += [Stance(holder=h, target=_matter_of(thing, topics), polarity="support", evidence=evidence)
                for h in holders if h not in named]
        holders_seen = holders or holders_seen
    if not acted and gated and may_match_lowered(_VOTED_WORDS, low, folded) and (voted := _VOTED.search(clause)) \
            and not _PASSIVE.search(clause, 0, voted.start()) and not _NEGATION.search(clause, 0, voted.start()):
        # "Lawmakers passed the bill 210-98" supports it, "Parliament voted down the pension bill" opposes it
        holders = [] if _unnamed_subject(sentence, span[0] + voted.start(), mentions) else \
            _holders(sentence, span[0] + voted.start(), mentions) or ([p] if (p := mentions.pronoun(clause)) else [])
        polarity = "support" if voted.group("verb").lower().split()[0] in _LEGISLATING_SUPPORT else "oppose"
        thing = _matter_of(voted.group("obj"), topics)
        out += [Stance(holder=h, target=thing, polarity=polarity, evidence=evidence) for h in holders]
        holders_seen = holders or holders_seen
    if not acted and not out and gated and may_match_lowered(_VOTED_WORDS, low, folded) and (
            tally := _VOTED_SIDE.search(clause)) and not _PASSIVE.search(clause, 0, tally.start()) and \
            not _NEGATION.search(clause, 0, tally.start()) and (thing := _clip(tally.group("thing"))) and \
            not _CLAUSE_START.match(thing):
        # "Parliament voted 210-98 in favour of the bill", "voted unanimously for the resolution": a tally or a manner
        # between the verb and its side
        holders = [] if _unnamed_subject(sentence, span[0] + tally.start(), mentions) else \
            _holders(sentence, span[0] + tally.start(), mentions) or ([p] if (p := mentions.pronoun(clause)) else [])
        polarity = "oppose" if tally.group("side").lower() == "against" else "support"
        named = [i for at_, i in mentions.within(tally.group("thing")[:60]) if at_ <= 4][:1]
        target = _thing_named(named[0], mentions, topics) if named else _matter_of(thing, topics)
        out += [Stance(holder=h, target=target, polarity=polarity, evidence=evidence) for h in holders if h != target
                and h not in named]
        holders_seen = holders or holders_seen
    if not acted and not out and gated and may_match_lowered(_VOTED_WORDS, low, folded) and (voted := _VOTED_BY.search(clause)):
        # "the bill was passed by lawmakers": the by-phrase voted, as for any passive
        agent = voted.group("agent")
        named = [i for at_, i in mentions.within(agent) if at_ <= 4][:1]
        holders = [h] if (h := _subject_of(agent, mentions) or (named[0] if named else None)) else []
        polarity = "support" if voted.group("verb").lower().split()[0] in _LEGISLATING_SUPPORT else "oppose"
        out += [Stance(holder=h, target=_matter_of(voted.group("obj")[:1].lower() + voted.group("obj")[1:], topics),
                       polarity=polarity, evidence=evidence) for h in holders]
        holders_seen = holders or holders_seen
    if gated and may_match_lowered(_OVERRIDE_WORDS, low, folded) and (overridden := _OVERRIDDEN.search(clause)) \
            and not _PASSIVE.search(clause, 0, overridden.start()) and not _NEGATION.search(clause, 0, overridden.start()) \
            and (thing := _clip(overridden.group("thing"))) and not _CLAUSE_START.match(thing):
        # "Congress overrode the president's veto of the spending bill": the bill is supported
        holders = [] if _unnamed_subject(sentence, span[0] + overridden.start(), mentions) else \
            _holders(sentence, span[0] + overridden.start(), mentions)
        seen = {(o.holder, o.target) for o in out}
        target = _matter_of(thing, topics)
        out += [Stance(holder=h, target=target, polarity="support", evidence=evidence) for h in holders
                if (h, target) not in seen]
        holders_seen = holders or holders_seen
    if not acted and gated and may_match_lowered(_VOICED_WORDS, low, folded):  # "Norway expressed concern over the quota"
        seen = {(o.holder, o.target) for o in out}
        out += [v for v in _voiced(sentence, span, mentions, topics) if (v.holder, v.target) not in seen]
    if not acted and may_match_lowered(_RECEIVED_WORDS, low, folded):  # "the plan drew criticism from the union"
        seen = {(o.holder, o.target) for o in out}
        out += [r for r in _received(sentence, span, mentions, topics) if (r.holder, r.target) not in seen]
    if may_match_lowered(_AGENT_WORDS, low, folded):  # "a vocal critic of the dam", "a supporter of"; "Opponents of
        # the dam vowed to fight the project": the subject's own noun states its side, whatever its verb does
        seen = {(o.holder, o.target) for o in out}
        out += [a for a in _agent_positions(sentence, span, mentions, topics) if (a.holder, a.target) not in seen]
    if not acted and (judged := _judgement(clause)):
        at, polarity, thing = judged  # "the judge ruled the draft unconstitutional": the judge opposes the draft
        holders = [h for h in _holders(sentence, span[0] + at, mentions) if h not in {i for _, i in mentions.within(thing)}]
        holders = [h for h in holders if h in mentions.people] or holders  # "U.S. District Judge X": the judge rules
        out += [Stance(holder=h, target=_matter_of(thing, topics), polarity=polarity, evidence=evidence) for h in holders]
        holders_seen = holders or holders_seen
    if out and any(_NATIONALS.fullmatch(o.target) for o in out):
        out = [o.model_copy(update={"target": state}) if (state := _state_of_nationals(o.target, mentions)) and
               state != o.holder else o for o in out]
    return out, holders_seen


_NATIONALS = re.compile(r"(?:(?:the|some|several|dozens\s+of|\w+)\s+)?(?P<nat>[A-Z][a-z]+)\s+(?P<noun>[a-z]+s)")
"""People named by a nationality ("four Russian diplomats", "Belarusian officials"; Quirk et al. 1985, 7.26)."""


def _state_of_nationals(target: str, mentions: Mentions) -> str | None:
    """The state actor whose officials, diplomats or troops a target names ("expelled four Russian diplomats": Russia),
    where the article has that state as an actor; None otherwise."""
    if not (m := _NATIONALS.fullmatch(target)) or (noun := m.group("noun")) not in _COLLECTIVE_NOUNS and \
            noun not in _HUMAN and noun[:-1] not in _HUMAN or not (state := nationality(m.group("nat"))):
        return None
    return next((i for c, i in mentions.actors if c.kind == "state" and c.name == state), None)


_CHARGE_NOUNS = frozenset(load()["stances"]["charge_nouns"].split())
_NOUN_OBJECT_BEFORE = re.compile(r"\b(?:[a-z]{3,}(?:ing|ed)|amid|amidst|despite|following|over|about|after|before|denied|"
                                 r"rejected|dismissed)\s+$")
"""A verb form in -ing or -ed, or a preposition, right before a word that is both a reporting verb and a noun of
claiming ("dismissed claims that", "amid reports that"): the word is the noun, its object (Quirk et al. 1985, 17.26)."""
_CLAIMED = re.compile(r"\b(?:" + "|".join(sorted(set(load()["stances"]["charge_nouns"].split()) - {"wrongdoing", "involvement",
                                                                                            "responsibility", "blame"}))
                     + r")\s+that\s+(?:(?-i:[A-Z\d])|(?:the|a|an|this|these|those|its|his|her|their|our|he|she|it|they|we|i|you|"
                       r"some|many)\s)(?:(?!\s(?:and|but)\s)[^,;:.!?()\"\u201c\u201d])*$", re.IGNORECASE)
"""A noun of claiming or accusing with its content clause ("claims that the budget was illegal", "allegations that the
army had fired"; Quirk et al. 1985, 17.26, appositive that-clauses): the clause is the claim's, whoever makes it; it
opens with its subject (not "a report that blamed X", a relative clause) and ends before "and" or "but"."""
_DENIED_THAT = re.compile(r"\b(?:" + "|".join(sorted({f for v in load()["stances"]["denials"] for f in forms(v)}))
                          + r")\s+(?:that\s+)?(?:he|she|they|it|we|i)\s+(?:had\s+|has\s+|have\s+|ever\s+|\w+ly\s+)*$",
                          re.IGNORECASE)
"""A verb of denying with a content clause of the speaker's own ("denied that she opposed the reform"; Quirk et al.
1985, 16.33): the stance the clause states is denied, not held."""
_THAT_OPEN = re.compile(r"\s*(?:that\s+)?", re.IGNORECASE)


_FRONTED = re.compile(r"\s*[A-Z][a-z]+ing\b[^,;:\"\u201c\u201d]{2,100},\s+")


def _fronted(sentence: str, at: int, mentions: Mentions) -> list[str]:
    """The holder of a stance verb in a participle clause that opens the sentence ("Criticising the ruling, Senator X
    said ..."; Quirk et al. 1985, 15.58, the implied subject of a supplementive clause is the main clause's): the actor
    named first right after its comma, as the main clause's subject."""
    if sentence[:at].strip() or not (m := _FRONTED.match(sentence, at)):
        return []
    return [i for pos, i in mentions.within(sentence[m.end() : m.end() + 60]) if pos <= 12][:1]


_ENACTED = sorted({f for v in load()["stances"]["enacting"] for f, tag in tagged_forms(v).items() if tag == "past"},
                  key=lambda f: (-len(f), f))
_ENDED_FORMS = sorted({f for v in load()["stances"]["ending"] for f, tag in tagged_forms(v).items() if tag == "past"},
                      key=lambda f: (-len(f), f))
_THREATS = sorted({f for v in load()["stances"]["conditional_threats"] for f in forms(v)}, key=lambda f: (-len(f), f))
_ENDING_FINITE = sorted({f for v in load()["stances"]["ending"] for f, tag in tagged_forms(v).items() if tag != "ing"},
                         key=lambda f: (-len(f), f))
_UNLESS = (r"unless\s+(?:(?P<ended>(?:the|a|an|this|these|its|their)\s+[^,;:.\"\u201c\u201d]{2,60}?)\s+(?:is|are|was|were)\s+"
           r"(?:\w+ly\s+)?(?:" + "|".join(_ENDED_FORMS) + r")\b|(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:\w+ly\s+)?(?:"
           + "|".join(_ENDING_FINITE) + r")\s+(?P<undone>(?:the|this|these|its|their|his|her)\s+[^,;:.\"\u201c\u201d]{2,60}))")
"""The condition of a threat that a thing end: passive ("unless the reform is withdrawn") or active with the doer
("unless the government withdrew the reform"; the lexicon's ``ending`` verbs), the thing ended in ``ended`` or
``undone``; the active's object is a definite thing named before, not an idiom's indefinite ("lifted a finger")."""
_UNLESS_ENDED = re.compile(
    r"\b(?:" + "|".join(_THREATS) + r")\s+(?:to|(?:that\s+)?(?:they|it|he|she|we)\s+(?:would|will))\s+"
    r"[^,;:.\"\u201c\u201d]{1,80}?\s+(?:"
    r"if\s+(?P<thing>(?:the|a|an|this|these|its|their|any)\s+[^,;:.\"\u201c\u201d]{2,60}?)\s+(?:(?:goes|go|went)\s+ahead|"
    r"(?:is|are|was|were)\s+(?:" + "|".join(_ENACTED) + r"))\b|" + _UNLESS + ")", re.IGNORECASE)
"""A threat or vow of an act with its condition ("threatened to block the ports if the toll increase goes ahead",
"vowed to strike unless the reform is withdrawn"): what going ahead would set it off, or what must end to stop it."""
_WOULD_UNLESS = re.compile(r"\b(?:would|will)\s+[^,;:.\"\u201c\u201d]{1,80}?\s+" + _UNLESS, re.IGNORECASE)
"""An act one says one will do unless a thing ends ("said they would hold more protests unless the price rise was
reversed"; Quirk et al. 1985, 15.34, "unless" as an exclusive condition): whatever the act, only the thing's ending
stops it, so the thing is opposed, as in a threat (a condition "if X goes ahead" is a threat only with a threat verb)."""
_STANDING_BY = frozenset(forms("stand by"))
_UTTERANCES = frozenset(load()["stances"]["charge_nouns"].split()) | frozenset(load()["stances"]["utterance_nouns"].split())


def _held_to(thing: str | None, topics: Topics) -> bool:
    """Whether what one "stands by" is an act, a decision or words one keeps to ("stood by his decision", "stands by its
    remarks"; WordNet 3.0 stand_by.v.02 "be loyal to"), not a place one stands at ("stood by the door")."""
    if not thing or thing == MATTER:
        return False
    if thing[:1].isupper():
        return True  # "stood by President X": a name
    head = head_of(thing).lower()
    return names_act(head) or topics.is_act(head) or head in _UTTERANCES


_QUESTION_OPENER = re.compile(r"[\"'\u201c]?(?:" + "|".join(sorted(
    load()["words"]["question_operators"].split() + load()["words"]["question_words"].split()))
    + r")\b", re.IGNORECASE)
"""The operator or wh-word that opens a direct question (Quirk et al. 1985, 11.5 and 11.14)."""


def _asked_directly(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the clause at ``span`` is a direct question, not in a quote: the sentence ends in its own question mark,
    and the clause is the last or the sentence opens with an operator or a wh-word ("Did X refuse to sign the bill?",
    "Will X back the plan?")."""
    whole = sentence.rstrip()
    return whole.endswith("?") and (not sentence[span[1] :].strip(" ?") or bool(_QUESTION_OPENER.match(whole)))


_CONDITION = re.compile(r"\b(?:if|unless|whether)\s+[^,;:.!?()\"\u201c\u201d\u2013\u2014]*$", re.IGNORECASE)


def _conditional(sentence: str, at: int) -> bool:
    """Whether the verb at ``at`` stands in a conditional or an interrogative clause ("If the union rejected the deal,
    ...", "asked whether the minister was in favour of the tax"; Quirk et al. 1985, 15.33 and 15.3, open conditions and
    dependent yes-no questions): a position it might take, or one asked about, not one it states."""
    return bool(_CONDITION.search(sentence, max(0, at - 160), at))


_NOMINAL_OF = {**{n: ("support", "for") for n in load()["stances"]["nominal_support_for"]},
               **{n: ("oppose", "to") for n in load()["stances"]["nominal_oppose_to"]},
               **{n: ("oppose", "of") for n in load()["stances"]["nominal_oppose_of"]},
               **{n: ("oppose", "against") for n in load()["stances"]["nominal_oppose_against"]}}
_NOMINAL_WORDS = words_pattern(*_NOMINAL_OF)
_NOMINAL = re.compile(r"(?:(?P<owned>['\u2019]s?)|\b(?P<pronoun>its|their|his|her|our))\s+(?:(?:"
                      + "|".join(load()["stances"]["nominal_modifiers"].split()) + r")\s+)?(?P<noun>"
                      + "|".join(sorted(_NOMINAL_OF, key=len, reverse=True)) + r")\s+(?P<prep>for|to|of|against)\s+(?P<thing>.+)",
                      re.IGNORECASE)
"""A position named as a possession: the genitive or the possessive determiner, the noun, its preposition."""
_INFINITIVE_AFTER = re.compile(r"\s+to\s+[a-z]")
"""A to-infinitive after the noun phrase ("a call for the strike to end"): that noun phrase is its subject."""


_ENDED_BEFORE = re.compile(r"\b(?:" + "|".join(_ENDING) + r")\s+(?:\w+ly\s+)?(?:its|their|his|her|our|the)?\s*(?:[\w.-]+['\u2019]s?\s+)?$",
                           re.IGNORECASE)
_ENDED_AFTER = re.compile(r"\s*(?:(?:has|had|have|was|were|is|are|would|will|had\s+been|has\s+been|have\s+been)\s+)?(?:\w+ly\s+)?"
                          r"(?:" + "|".join(_ENDING) + r")\b", re.IGNORECASE)
"""A verb of ending (the lexicon's ``ending``) whose object or subject is a position named as a noun ("withdrew its
support for the plan", "its opposition to the plan had ended"; Levin 1993, 55.1): the position is given up, and the
other side taken (the labelling guide: a position that reversed)."""


def _nominal_positions(sentence: str, span: tuple[int, int], mentions: Mentions, topics: Topics) -> list[Stance]:
    """The positions a clause names as someone's ("the union's call for higher pay", "its opposition to the
    plan"): the possessor holds it (Quirk et al. 17.51), a named actor right before "'s", or for "its"/"their"
    the clause's subject; towards the thing after the noun's preposition; a call for calm or for restraint
    takes no side."""
    clause = sentence[span[0] : span[1]]
    out: list[Stance] = []
    for m in _NOMINAL.finditer(clause):
        polarity, prep = _NOMINAL_OF[m.group("noun").lower()]
        if m.group("prep").lower() != prep:
            continue
        own = _clip(_INNER_QUOTES.sub(r"\1", m.group("thing")), _PREDICATE_END, most=10)  # its own clause
        thing = _object_from(own) if own else None  # the noun phrase, up to a verb after it
        if not thing or _CLAUSE_START.match(thing) or _NO_SIDE.match(thing) or _RESTRAINT.search(thing):
            continue
        if (i := own.find(thing)) >= 0 and _INFINITIVE_AFTER.match(own, i + len(thing)):
            continue  # "its call for the strike to end": the thing is the infinitive's subject, the call is for the act
        if m.group("owned"):
            blank = mentions.blank(clause)
            named = [i for at, i in mentions.within(clause[: m.start()], every=True)
                     if _name_end(clause, blank, at) == m.start()][-1:]  # the name the genitive ends
        else:
            named = _holders(sentence, span[0] + m.start(), mentions)[:1]
        if _ENDED_BEFORE.search(clause, max(0, m.start() - 40), m.start()) or (
                (i := m.group("thing").find(thing)) >= 0 and _ENDED_AFTER.match(m.group("thing"), i + len(thing))):
            polarity = "oppose" if polarity == "support" else "support"  # "withdrew its support for", "its opposition ended"
        target = _matter_of(thing, topics)
        out += [Stance(holder=h, target=target, polarity=polarity, evidence=clause.strip(" ,;.")) for h in named
                if h not in {i for _, i in mentions.within(thing)}]
    return out


_HELD_WORDS = words_pattern(*load()["stances"]["held_to_blame"].split(), *load()["stances"]["held_in"].split())
_HELD = re.compile(r"\b(?:" + "|".join(forms("hold")) + r")\s+(?P<obj>(?!(?:that|it|to|on|in|talks|a\s+meeting)\b)"
                   r"[^;:.()\"\u201c\u201d]{2,120}?),?\s+(?:(?:" + "|".join(sorted(load()["stances"]["held_to_blame"].split()))
                   + r")\b|in\s+(?:" + "|".join(sorted(load()["stances"]["held_in"].split())) + r")\b)", re.IGNORECASE)
""""hold", its object and an object complement that blames or punishes it (the lexicon's ``held_to_blame`` and
``held_in``; Quirk et al. 1985, 16.43)."""
_BROKEN_WORDS = words_pattern(*load()["stances"]["relations_nouns"].split(), *load()["stances"]["envoys"].split())
_BROKEN_OFF = re.compile(
    r"\b(?:(?:" + "|".join(sorted({f for v in load()["stances"]["severing"] for f in forms(v)}, key=lambda f: (-len(f), f)))
    + r")(?:\s+off)?\s+(?:(?!(?:and|or|but|with|to)\b)[a-z]+\s+){0,3}?(?:" + "|".join(load()["stances"]["relations_nouns"].split())
    + r")\s+with|(?:" + "|".join(sorted({f for v in load()["stances"]["recalling"] for f in forms(v)}))
    + r")\s+(?:its|their|his|her|the)\s+(?:[a-z]+\s+)?(?:" + "|".join(load()["stances"]["envoys"].split())
    + r")\s+(?:from|to|in))\b", re.IGNORECASE)
"""Breaking off relations with someone, or recalling one's envoy from them (the lexicon's ``severing`` with
``relations_nouns``, ``recalling`` with ``envoys``): the one named right after is opposed."""
_INTO_LAW_WORDS = words_pattern(*(f for v in load()["stances"]["signing"] for f in forms(v)))
_INTO_LAW = re.compile(r"\b(?:" + "|".join(sorted({f for v in load()["stances"]["signing"] for f in forms(v)}, key=lambda f: (-len(f), f)))
                       + r")\s+(?P<obj>(?:the|a|an|this|its|their|his|her|[A-Z])[^,;:.]{1,80}?)\s+into\s+law\b", re.IGNORECASE)
"""Signing a bill into law (the lexicon's ``signing``): its object is supported."""
_ADHERING_FORMS = sorted({f for v in (*load()["stances"]["signing"], *load()["stances"]["joining"]) for f in forms(v)},
                         key=lambda f: (-len(f), f))
_ADHERING_WORDS = words_pattern(*_ADHERING_FORMS)
_ADHERED = re.compile(r"\b(?:(?P<joined>" + "|".join(f for f in _ADHERING_FORMS if not f.startswith("sign")) + r")|"
                      r"(?:" + "|".join(f for f in _ADHERING_FORMS if f.startswith("sign")) + r")(?P<up>\s+(?:up\s+to|on\s+to|onto))?)\s+"
                      r"(?P<obj>(?:the|a|an|its|their|this|that|[A-Z])(?:\s+[\w'\u2019-]+){0,4}?\s+(?:"
                      + "|".join(sorted(load()["stances"]["accord_nouns"].split())) + r"))\b", re.IGNORECASE)
_FOR_OR_AGAINST = re.compile(r"\s+(?:for|against)\s", re.IGNORECASE)
_CAMPAIGN_AIM = re.compile(r"\s+to\s+[a-z]")
"""A campaign's aim as an infinitive ("joined the campaign to stop the dam"): it takes a side, as "for" or "against"
does."""
"""A campaign joined takes a side only with its "for" or "against" ("joined the campaign against the dam"), not "joined
the relief campaign"."""
_TIME_IN_THING = re.compile(r"\s+(?:(?:late\s+|early\s+)?(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|month|year|"
                            r"spring|summer|autumn|fall|winter|night|" + calendar_words(WEEKDAYS, MONTH_NAMES, capitalised=True)
                            + r")|(?:on|in)\s+(?:" + calendar_words(WEEKDAYS, MONTH_NAMES, capitalised=True)
                            + r"|\d{4})|yesterday|today)\b")
"""A time adverbial after the accord joined ("joined the alliance last April", "signed the treaty in 2019"): it ends
the accord's phrase."""
_IF_AFTER = re.compile(r"\s(?:only\s+)?(?:if|unless|provided)\s", re.IGNORECASE)
"""A condition after a clause ("would join the alliance only if its parliament approved"): no position stated yet."""
_WITH_PARTY = re.compile(r"\s+(?:with|between)\b")
"""Signing or joining an accord or an alliance (the lexicon's ``signing``, ``joining`` and ``accord_nouns``; the
labelling guide: signing and joining support): its object is supported."""
_VOTED_SIDE = re.compile(r"\bvot(?:ed|es|e|ing)\s+(?:(?:\d[\d,]*\s*(?:-|\u2013|to)\s*\d[\d,]*|"
                         + "|".join(sorted(load()["stances"]["vote_margins"].split())) + r")\s+)+"
                         r"(?P<side>in\s+favou?r\s+of|for|against)\s+(?!the\s+\w+\s+time\b)(?P<thing>(?:the|a|an|its|their|his|her|this|[A-Z])"
                         r"[^,;:.]{1,80})", re.IGNORECASE)
"""A vote with its tally or manner between the verb and its side ("voted 210-98 in favour of the bill", "voted
unanimously for the resolution", "voted 12 to 3 against"; the labelling guide: voting for supports, against opposes)."""
_LEGISLATING_SUPPORT = frozenset(f for v in load()["stances"]["legislating_support"] for f in forms(v))
_LEGISLATING = sorted(_LEGISLATING_SUPPORT | {f for v in load()["stances"]["legislating_oppose"] for f in forms(v)}
                      | {f"{f} down" for f in forms("vote")}, key=lambda f: (-len(f), f))
_VOTED_WORDS = words_pattern(*(f.split()[0] for f in _LEGISLATING))
_VOTED = re.compile(r"\b(?P<verb>" + "|".join(_LEGISLATING) + r")\s+(?P<obj>(?:the|a|an|its|their|his|her|this|that)\s+"
                    r"(?:(?!(?:of|on|for|in|to|by|at|with|from|and|or|but)\b)[\w$.,-]+\s+){0,4}(?:" + "|".join(sorted(load()["stances"]["legislative_texts"].split()))
                    + r"))\b(?!\s+(?:of|from)\b)", re.IGNORECASE)
"""A legislature passing, adopting, defeating or voting down a text (the lexicon's ``legislating_support``,
``legislating_oppose``, ``legislative_texts``): its object, a determiner and at most four words before the text's
noun ("passed the bill", "voted down the pension bill", "adopted a $40 billion budget")."""
_VOTED_BY = re.compile(r"\b(?P<obj>(?:the|a|an|its|their|his|her|this|that)\s+(?:(?!(?:of|on|for|in|to|by|at|with|from|and|or|"
                       r"but)\b)[\w$.,-]+\s+){0,4}(?:" + "|".join(sorted(load()["stances"]["legislative_texts"].split()))
                       + r"))\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>"
                       + "|".join(f for f in _LEGISLATING if f.endswith("ed") or f.endswith("ed down")) + r")"
                       r"\s+by\s+(?P<agent>[^,;:.]{1,80})", re.IGNORECASE)
"""The passive of _VOTED with its by-phrase ("the bill was passed by lawmakers", "the motion was voted down by the
party"): the agent voted on the text."""
_OVERRIDE_FORMS = sorted({f for v in load()["stances"]["overriding"] for f in forms(v)}, key=lambda f: (-len(f), f))
_OVERRIDE_WORDS = words_pattern(*_OVERRIDE_FORMS)
_OVERRIDDEN = re.compile(r"\b(?:" + "|".join(_OVERRIDE_FORMS) + r")\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                         r"(?:[\w.'-]+\s+){0,3}?(?:[\w.-]+['\u2019]s?\s+)?vetoe?s?\s+of\s+(?P<thing>[^;:]{3,80})", re.IGNORECASE)
"""Overriding a veto of a text (the lexicon's ``overriding``): what follows "veto of" is supported."""
_VOICED_OF = {**{n: "support" for n in load()["stances"]["voiced_support"].split()},
              **{n: "oppose" for n in load()["stances"]["voiced_oppose"].split()}}
_EXPRESSING = sorted({f for v in load()["stances"]["expressing"] for f in forms(v)}, key=lambda f: (-len(f), f))
_VOICED_WORDS = words_pattern(*_VOICED_OF)
_HOLDING = frozenset(f for v in load()["stances"]["holding"] for f in forms(v))
_VOICED = re.compile(r"\b(?P<verb>" + "|".join(sorted(set(_EXPRESSING) | _HOLDING, key=lambda f: (-len(f), f))) + r")\s+(?:(?!(?:and|but|or|that|to|of|for|in)\b)[\w-]+\s+){0,3}?"
                     r"(?P<noun>" + "|".join(sorted(_VOICED_OF, key=lambda n: (-len(n), n))) + r")\s+"
                     r"(?P<prep>for|to|with|behind|of|in|over|about|at|regarding|against)\s+(?P<thing>.+)", re.IGNORECASE)
"""A verb of giving voice (the lexicon's ``expressing``), at most three determiners or modifiers, a noun of a position
or a feeling (``voiced_support``, ``voiced_oppose``) and the preposition that takes what it is about ("expressed deep
concern over the quota", "voiced its opposition to", "threw their support behind"; Quirk et al. 1985, 2.28, eventive
objects, and 16.51, prepositional complements of nouns)."""
_OBJECTIONS = frozenset(("objection", "objections"))
_NO_BEFORE = re.compile(r"\b(?:no|little)\s", re.IGNORECASE)
_VOICED_PREPOSITIONS = {"support": frozenset("for to with behind of in".split()),
                        "oppose": frozenset("over about at with regarding to against of".split())}
"""The prepositions after which a position's noun takes what it is for or against: not "concern for" someone, which
worries on their behalf."""


def _voiced(sentence: str, span: tuple[int, int], mentions: Mentions, topics: Topics) -> list[Stance]:
    """The positions a clause voices as a noun after a verb of expressing ("Norway expressed concern over the quota":
    Norway opposes the quota; "voiced support for Kenya": supports Kenya): the verb's subject holds it, towards an
    actor named first after the preposition, else the noun phrase there."""
    clause = sentence[span[0] : span[1]]
    out: list[Stance] = []
    for m in _VOICED.finditer(clause):
        polarity = _VOICED_OF[m.group("noun").lower()]
        if m.group("prep").lower() not in _VOICED_PREPOSITIONS[polarity] or _NEGATION.search(clause, 0, m.start()):
            continue
        if _NO_BEFORE.search(clause, m.start(), m.start("noun")) and m.group("noun").lower() in _OBJECTIONS and \
                m.group("verb").lower() in _HOLDING and m.group("prep").lower() == "to":
            polarity = "support"  # "had no objection to the plan": a tentative position, as it leans (the guide)
        elif m.group("verb").lower() in _HOLDING and polarity == "support" or _NO_BEFORE.search(clause, m.start(), m.start("noun")):
            continue  # "has the backing of X": X's support; "voiced no concern": none held
        if _unnamed_subject(sentence, span[0] + m.start(), mentions):
            continue
        holders = _holders(sentence, span[0] + m.start(), mentions) or (
            [p] if (p := mentions.pronoun(clause)) else [])
        named = [i for at, i in mentions.within(m.group("thing")[:60]) if at <= 4]
        if named:
            target = _thing_named(named[0], mentions, topics)
        else:
            own = _clip(_INNER_QUOTES.sub(r"\1", m.group("thing")), _PREDICATE_END, most=10)
            thing = _object_from(own) if own else None
            if not thing or _CLAUSE_START.match(thing) or _NO_SIDE.match(thing):
                continue
            target = _matter_of(thing, topics)
        out += [Stance(holder=h, target=target, polarity=polarity, evidence=clause.strip(" ,;.")) for h in holders
                if h != target and h not in named]
    return out


_RECEIVED_OF = {**{n: "support" for n in load()["stances"]["received_support"].split()},
                **{n: "oppose" for n in load()["stances"]["received_oppose"].split()}}
_RECEIVED_WORDS = words_pattern(*_RECEIVED_OF)
_RECEIVED = re.compile(
    r"\b(?P<verb>" + "|".join(sorted({f for v in load()["stances"]["receiving"] for f in forms(v)}, key=lambda f: (-len(f), f)))
    + r")\s+(?:with\s+)?(?:(?!(?:and|but|or|that|to|of|for|in|from|by)\b)[\w-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(_RECEIVED_OF, key=lambda n: (-len(n), n))) + r")\s+(?:from|of|by|among)\s+(?P<who>[^;:.()\"\u201c\u201d]{2,100})",
    re.IGNORECASE)
"""A verb of drawing a response (the lexicon's ``receiving``), at most three modifiers, a noun of the response
(``received_support``, ``received_oppose``) and who gives it ("drew sharp criticism from the union", "won the backing
of the farmers' party"; Quirk et al. 1985, 17.51, the of- or from-phrase as the noun's subject)."""
_FAILED_TO = re.compile(r"\b(?:failed|fails|fail|struggled)\s+to\s+$")
_WHO_END = re.compile(r"[,;]|\s(?:who|which|that|after|over|for|because|when|while|as|and\s+(?:was|is|has|had))\s", re.IGNORECASE)
_SUBJECT_AUX = re.compile(r"(?:\s+(?:has|have|had|was|were|is|are|also|already|quickly|swiftly|since|been|not|never))+\s*$",
                          re.IGNORECASE)


def _received(sentence: str, span: tuple[int, int], mentions: Mentions, topics: Topics) -> list[Stance]:
    """The positions others take towards a clause's subject that it draws as a response ("The plan drew criticism from
    the union": the union opposes the plan; "the bill won the backing of the party": the party supports it): who
    gives the response holds it, named in the phrase after the noun; the target is the subject, an actor or the noun
    phrase that opens the clause; not negated ("failed to win the backing of"), not a pronoun's."""
    clause = sentence[span[0] : span[1]]
    out: list[Stance] = []
    for m in _RECEIVED.finditer(clause):
        if _NEGATION.search(clause, 0, m.start()) or _FAILED_TO.search(clause, 0, m.start()):
            continue
        who = _WHO_END.split(m.group("who"), 1)[0]
        holders = [i for at, i in mentions.within(who)]
        before = _SUBJECT_AUX.sub("", clause[: m.start()])
        if said := list(_SAYS.finditer(before)):  # "X said the fishermen had won the support of Y": not X
            before = before[said[-1].end() :]
        subject = _CLAUSE_OPEN.split(before)[-1].strip()
        named = [i for at, i in mentions.within(subject) if at == 0 or subject[:at].lower().strip() in _DETERMINERS]
        if m.group("verb").lower().endswith("ing") and (comma := _COMMA_BEFORE.search(clause, 0, m.start())):
            # "The government raised fuel prices, drawing criticism from the union": a participle clause's response is
            # to the main clause's act (Quirk et al. 1985, 15.58, the supplementive clause of result)
            target = _act_before(clause, comma.start())
        elif named:
            target = _thing_named(named[0], mentions, topics)
        else:
            target = _thing_subject(before, len(before), mentions, topics)
        if not target:
            continue
        polarity = _RECEIVED_OF[m.group("noun").lower()]
        out += [Stance(holder=h, target=target, polarity=polarity, evidence=clause.strip(" ,;.")) for h in holders
                if h != target]
    return out


_AGENT_OF = {**{n: "support" for n in load()["stances"]["agents_support"].split()},
             **{n: "oppose" for n in load()["stances"]["agents_oppose"].split()}}
_AGENT_WORDS = words_pattern(*_AGENT_OF)
_AGENT_NOUN = (r"(?:(?:a|an|the|one\s+of\s+the|among\s+the)\s+)?(?P<mods>(?:(?!(?:of|and|or|to|for|who|which)\b)[\w-]+\s+){0,2}?)"
               r"(?P<noun>" + "|".join(sorted(_AGENT_OF, key=lambda n: (-len(n), n))) + r")\s+of\s+(?P<thing>[^;:()]{2,120})")
_AGENT_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|remains?|remained|becomes?|became)\s+(?:(?:long|also|still|now)\s+)?"
                           + _AGENT_NOUN, re.IGNORECASE)
_AGENT_APPOSITION = re.compile(r"(?P<name>(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w.'-]*),\s+" + _AGENT_NOUN)
"""A noun of a person who holds a position (the lexicon's ``agents_support`` and ``agents_oppose``) and its of-phrase,
as a copula's complement ("has long been a critic of the dam") or in apposition to a name ("Paul Grant, a staunch
supporter of the freeze,")."""
_AGENT_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|while|as|though|although)\s+)(?:(?:many|some|most|the)\s+)?"
                            r"(?P<mods>(?:(?!(?:of|and|or|to|for|who|which)\b)[\w-]+\s+){0,2}?)(?P<noun>"
                            + "|".join(sorted((n for n in _AGENT_OF if n.endswith("s")), key=lambda n: (-len(n), n)))
                            + r")\s+of\s+(?P<thing>[^;:()]{2,120})", re.IGNORECASE)
"""A plural noun of people who hold a position and its of-phrase as the subject of its clause ("Critics of the plan say",
"Supporters of the former president gathered"): the collective, an actor where it states or acts, holds that side."""
_BYGONE = frozenset(("former", "ex", "one-time", "onetime", "erstwhile", "past"))


def _agent_positions(sentence: str, span: tuple[int, int], mentions: Mentions, topics: Topics) -> list[Stance]:
    """The positions a clause states by calling its subject, or a name in apposition, a supporter or a critic of
    something: the subject or the name holds it towards an actor named first after "of", else the noun phrase there; not
    negated, nor a position given up ("a former critic of")."""
    clause = sentence[span[0] : span[1]]
    out: list[Stance] = []
    for pattern in (_AGENT_COPULA, _AGENT_APPOSITION, _AGENT_SUBJECT):
        for m in pattern.finditer(clause):
            if set(m.group("mods").lower().split()) & _BYGONE or _NEGATION.search(clause, 0, m.start("noun")) \
                    or _conditional(sentence, span[0] + m.start()):
                continue
            if pattern is _AGENT_APPOSITION:
                holders = [i for _, i in mentions.within(m.group("name"))][-1:]  # the name the apposition is of
            elif pattern is _AGENT_SUBJECT:
                # "Critics of the plan say ...": the collective the noun names holds the side it names
                holders = [i for at, i in mentions.within(clause[m.start("noun") : m.end("noun")]) if at == 0][:1]
            else:
                holders = [] if _unnamed_subject(sentence, span[0] + m.start(), mentions) else \
                    _holders(sentence, span[0] + m.start(), mentions) or ([p] if (p := mentions.pronoun(clause)) else [])
            named = [i for at, i in mentions.within(m.group("thing")[:60]) if at <= 4]
            if named:
                target = _thing_named(named[0], mentions, topics)
            else:
                own = _clip(_INNER_QUOTES.sub(r"\1", m.group("thing")), _PREDICATE_END)
                thing = _object_from(own) if own else None
                if not thing or _CLAUSE_START.match(thing):
                    continue
                target = _matter_of(thing, topics)
            polarity = _AGENT_OF[m.group("noun").lower()]
            out += [Stance(holder=h, target=target, polarity=polarity, evidence=clause.strip(" ,;.")) for h in holders
                    if h != target and h not in named]
    return out


_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|after|when|as|while)\s+)(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'-]*\s+){0,4}"
                          r"(?:(?:for|of)\s+(?:her|his|their|its|the)\s+)?$")
"""A name that opens its clause, past a determiner, a title or an agent's "for" ("Lawyers for her party"): the
clause's subject, not an object ("handed the mission a list": the mission is no subject)."""


_PROTEST_NOUNS = load()["event_nouns"]["protest"]
_PROTEST_VERBS = sorted({f for v in load()["events"]["protest"] if " " not in v for f in forms(v)}, key=lambda f: (-len(f), f))
_PETITIONS = load()["stances"]["petition_nouns"].split()
_PROTEST_WORDS = words_pattern(*_PROTEST_NOUNS, *_PROTEST_VERBS, *_PETITIONS, *(
    f for v in load()["events"]["protest"] if " " in v for f, tag in tagged_forms(v).items() if tag in ("past", "ing")))
"""The protest words, with the past and -ing forms of the phrasal protest verbs ("walked out over the plan")."""
_TIME_NOUNS = tuple(sorted(load()["stances"]["time_nouns"].split() + load()["stances"]["time_adjectives"].split()))
"""Nouns of time after "over" ("marched over the weekend"): when, not what a protest is about."""
_PROTESTED = re.compile(r"(?:\b(?P<noun>" + "|".join(_PROTEST_NOUNS) + r")|(?<!\ba )(?<!\bthe )\b(?P<verb>"
                        + "|".join(_PROTEST_VERBS) + r"))\b(?:\s+(?!against\b|over\b|in\s)[^,;:.]{1,40}?)??"
                        r"\s+(?:against|over(?!\s+(?:the\s+)?(?:" + "|".join(_TIME_NOUNS) + r")\b)|in\s+response\s+to|"
                        r"in\s+opposition\s+to|in\s+protest\s+(?:at|against))\s+"
                        r"(?P<thing>(?:the|a|an|its|their|his|her|this|these|plans?|[A-Z])[^;:.]{2,80})", re.IGNORECASE)
"""A protest, named by its noun or its verb (the lexicon's protest events), and what it is against or over ("protests
over the fuel tax", "marched against the closure", "began in response to a proposed law"): the protest's matter."""
_LEFT_OVER = re.compile(r"\s+(?:to\s+)?(?:" + "|".join(sorted({f for v in load()["stances"]["leaving_office"] for f in forms(v)},
                                                           key=lambda f: (-len(f), f)))
                        + r")\s+(?:over|in\s+protest\s+(?:at|against))\s+(?!(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+|a\s+|this\s+)?)?(?:"
                        + "|".join(_TIME_NOUNS) + r")\b)"
                        r"(?P<thing>(?:the|a|an|its|their|his|her|this|these)\s[^;:.]{2,80})", re.IGNORECASE)
"""A threat or vow to leave office over a thing ("threatened to quit over the cuts"; not "over the weekend" or "over the
course of the year", a time)."""
_LEAVING = re.compile(r"\s+(?:to\s+)?(?:" + "|".join(sorted({f for v in load()["stances"]["leaving_office"] for f in forms(v)},
                                                          key=lambda f: (-len(f), f))) + r")\b(?!\s+(?:the|a|an|his|her|their|its|[a-z]+ing)\b)",
                      re.IGNORECASE)
"""An infinitive of leaving office, intransitive ("to quit", "to step down"; not "to quit smoking")."""
_PROTEST_PAST = sorted({f for v in load()["events"]["protest"] for f, tag in tagged_forms(v).items() if tag in ("past", "ing")},
                      key=lambda f: (-len(f), f))
"""The past and -ing forms of the protest verbs ("rallied", "marching", "went on strike"): a verb, never the noun
"protests" or "a march"."""
_PROTEST_PURPOSE = re.compile(
    r"\b(?:in\s+(?:a\s+|an\s+)?(?:" + "|".join(_PROTEST_NOUNS) + r")\s+(?:at|against|over)"
    r"|(?<=\s)(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(_PETITIONS) + r")\s+(?:against|opposing)"
    r"|(?:to\s+protest|protesting)(?:\s+(?:at|against|over)|(?=\s+(?:the|a|an|plans?)\s))"
    r"|\b(?:" + "|".join(_PROTEST_PAST) + r")\b[^,;:.\"\u201c\u201d]{0,80}?\s+(?:against|over(?!\s+(?:the\s+)?(?:"
    + "|".join(_TIME_NOUNS) + r")\b)|(?P<backing>in\s+(?:support\s+of|solidarity\s+with)))"
    r"|(?P<demand>\bto\s+(?:demand|call\s+for|press\s+for)|,\s+(?:demanding|calling\s+for|pressing\s+for)))"
    r"\s+(?P<thing>[^;:.]{2,80})", re.IGNORECASE)
"""What a protest is against or for, said in its clause's adjunct (Quirk et al. 1985, 8.94 and 15.48, reason and
purpose): "in protest at X", "in a strike over X", "to protest against X", a protest verb's "against X" or "over X"
past other adjuncts ("rallied in the capital on Sunday against X", "went on strike over X"), "to demand X",
", calling for X", a protest verb's "in support of X" or "in solidarity with X" (not a ruling's "in favour of")."""
_DEMAND_WORDS = words_pattern("demand", "demanding", "call", "calling", "pressing", "press")
_BETWEEN_SUBJECT = re.compile(r"\b(?:after|before|following|during|as|when|while|because|since|until|which|who|whom|that|"
                              r"where|if)\b|[,;]\s+\w+ing\b", re.IGNORECASE)
"""A word that opens another clause or phrase between a name and a protest's adjunct ("suspended six members after a
sit-in in protest at X"; Quirk et al. 1985, 14.12): the adjunct is no longer that name's clause's."""


def _protest_purpose(sentence: str, span: tuple[int, int], mentions: Mentions, topics: Topics) -> list[Stance]:
    """The position a protest, strike or walkout states by its purpose or its reason, held by the subject of the
    clause whose adjunct it is (the last actor named before it, with no other clause opening between): protesting
    against X opposes X; a demand supports what it asks, or opposes what it asks to stop (the labelling guide).
    "Opposition lawmakers walked out in protest at the bill" (oppose the bill), "Hundreds of students gathered to
    demand lower fees" (support lower fees)."""
    clause = sentence[span[0] : span[1]]
    out: list[Stance] = []
    for m in _PROTEST_PURPOSE.finditer(clause):
        thing = _unplaced(_clip(m.group("thing"), _PREDICATE_END))
        if not thing or _CLAUSE_START.match(thing) or len(thing.split()) < 2 and not thing[:1].isupper():
            continue  # "to demand justice": a one-word target is a name or none (the labelling guide)
        polarity = "support" if m.group("demand") or m.group("backing") else "oppose"
        if m.group("demand") and (stopped := _stopped(thing, m.group("thing"))):
            polarity, thing = "oppose", stopped  # "demanding the withdrawal of the troops"
        before = clause[: m.start()]
        named = [(at, i) for at, i in mentions.within(before) if not _possessive(before, mentions, at)]
        if not named and (fronted := _fronted(sentence, span[0], mentions)):
            named = [(0, fronted[0])]  # "Chanting slogans against the curfew, protesters filled the square"
            before = ""
        if not named:
            continue
        at, holder = named[-1]
        if _BETWEEN_SUBJECT.search(before, _name_end(before, mentions.blank(before), at)):
            continue
        inside = mentions.within(thing)
        target = inside[0][1] if len(inside) == 1 and inside[0][0] == 0 else _matter_of(thing, topics)
        blank, holders, k = mentions.blank(before), [holder], len(named) - 1
        while k and _COORDINATED_NAMES.fullmatch(before, _name_end(before, blank, named[k - 1][0]), named[k][0]):
            k -= 1  # "Rail workers and bus drivers walked out in protest at X": each conjunct holds it
            holders.insert(0, named[k][1])
        out += [Stance(holder=h, target=target, polarity=polarity, evidence=clause.strip(" ,;."))
                for h in dict.fromkeys(holders) if h != target]
    return out


_ANGRY_ADJECTIVES = sorted(load()["stances"]["angry_adjectives"].split())
_ANGRY_WORDS = words_pattern(*_ANGRY_ADJECTIVES)
_ANGRY_AT = re.compile(r"(?:,\s*)?\s+(?:\w+ly\s+)?(?:" + "|".join(_ANGRY_ADJECTIVES) + r")\s+(?:at|over|about|with|against)\s+"
                       r"(?P<thing>(?:the|a|an|its|their|his|her|this|these|[A-Z])[^;:.\"\u201c\u201d]{2,80})", re.IGNORECASE)
"""An adjective of anger postmodifying the name before it, with its cause ("protesters angry at a rise in fuel
prices"; Quirk et al. 1985, 17.56 and 16.69)."""


def _angry_crowd(clause: str, mentions: Mentions, topics: Topics, protesting: bool) -> list[Stance]:
    """The position of a crowd its anger shows: a collective named right before an adjective of anger (`_ANGRY_AT`),
    a crowd of the lexicon's ``crowds`` or one whose clause tells a protest, opposes the cause of its anger (the
    labelling guide: an unnamed crowd that protests holds the position the protest shows); not a crowd angry at
    someone who takes no part in a protest ("fans angry at the referee spilled onto the pitch")."""
    out: list[Stance] = []
    groups = {i for c, i in mentions.actors if c.kind == "group"}
    crowds = {i for c, i in mentions.actors if c.kind == "group" and c.name.split()[-1].lower() in _CROWDS}
    blank = mentions.blank(clause)
    for m in _ANGRY_AT.finditer(clause):
        named = [(at, i) for at, i in mentions.within(clause[: m.start()]) if _name_end(clause, blank, at) == m.start()]
        if not named or named[-1][1] not in groups or not (protesting or named[-1][1] in crowds):
            continue
        thing = _unplaced(_clip(m.group("thing"), _PREDICATE_END))
        if not thing or _CLAUSE_START.match(thing):
            continue
        inside = mentions.within(thing)
        target = inside[0][1] if len(inside) == 1 and inside[0][0] == 0 else _matter_of(thing, topics)
        if target != named[-1][1]:
            out.append(Stance(holder=named[-1][1], target=target, polarity="oppose", evidence=clause.strip(" ,;.")))
    return out


_SPATIAL_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(load()["stances"]["spatial_prepositions"].split())) + r")\s")
"""A phrase of place or path after a protest's matter ("slogans against the curfew outside the palace"): where it was."""
def _unplaced(thing: str | None) -> str | None:
    """A protest's matter without the phrase of place or path after it ("against the reform outside parliament",
    "in protest at the tax through the city centre": where it was, not what it is about)."""
    if thing and (place := _SPATIAL_AFTER.search(thing)):
        return thing[: place.start()]
    return thing


_COORDINATED_NAMES = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.IGNORECASE)
"""Between two names coordinated as one subject ("A and B", "A, B and the C"; Quirk et al. 1985, 13.55)."""


_CROWDS = frozenset(load()["words"]["crowds"].split())
"""The article's crowd, when a protest names no one: the groups named as protesters (the lexicon's crowds)."""


def _conjoined(clause: str, end: int, topics: Topics) -> list[str]:
    """The noun phrases coordinated with a stance verb's object ("demanded a pay rise, the hiring of nurses and a cap
    on night shifts": each is demanded; Quirk et al. 1985, 13.55, coordinated noun phrases share their verb): the
    conjuncts after the first that are whole noun phrases opened by a determiner, up to where the verb's clause ends."""
    tail = _CONJUNCTS_END.split(clause[end:], 1)[0]
    parts = _CONJUNCTION.split(tail)
    out: list[str] = []
    for part in parts[1:]:
        part = part.strip()
        head = _HEAD_PART.match(part)
        words = head.group().split() if head else []
        if len(words) < 2 or words[0].lower() not in _DETERMINERS or noun_prefix(words) != words \
                or words[-1].endswith("ed") or not _PREPOSITIONAL_TAIL.fullmatch(part[head.end() :]) or len(part.split()) > 8:
            break  # "and the government refused": a clause, no noun phrase; a conjunct with no determiner
        if reason := _REASON_FOR.search(part):
            part = part[: reason.start()]  # "praised the firefighters and the police for their work": why, not whom
        out.append(_matter_of(_trim(part), topics))
    return out


_REASON_FOR = re.compile(r"\s+for\s+(?:(?:their|its|his|her|our)\s|[a-z]+ing\b)")
"""A "for" phrase with a possessive or an -ing form after the last conjunct: the reason for praise or blame ("for their
work", "for blocking the resolution"; Quirk et al. 1985, 9.44, cause), not part of the noun phrase."""


_CONJUNCTS_END = re.compile(r"[;:.!?()\u2013\u2014\"\u201c\u201d]|\s(?:which|who|while|because|after|before|when|until|"
                            r"unless|if|but|as)\s", re.IGNORECASE)
_HEAD_PART = re.compile(r"[^\s,]+(?:\s+(?!(?:of|on|for|in|to|from|over|against|with|at|about|into)\b)[^\s,]+){1,4}")
_CONJUNCTION = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?:and\s+)?", re.IGNORECASE)
_PREPOSITIONAL_TAIL = re.compile(r"(?:\s+(?:of|on|for|in|to|from|over|against|with|at|about|into)\s+"
                                 r"(?!(?:\w+\s+)*?(?:is|are|was|were|has|have|had|will|would|said)\b)(?:[^,]|,(?=\d))*)?\s*")
"""A noun phrase's prepositional postmodifier with no finite verb in it (Quirk et al. 1985, 17.37)."""


_CHALLENGE_NOUNS = load()["stances"]["challenge_nouns"]
_CHALLENGE_WORDS = words_pattern(*_CHALLENGE_NOUNS)
_CHALLENGE_BY = re.compile(r"\b(" + "|".join(_CHALLENGE_NOUNS) + r")\s+(?:(?:filed|brought|lodged|launched)\s+)?by\s+"
                           r"((?:the\s+)?[^,;:.()]{2,80}?)(?=\s+(?:which|that|against|over|to|in|on|at|and|but)\b|[,;:.()]|$)",
                           re.IGNORECASE)
"""A noun of challenging with its agent in a by-phrase ("a lawsuit filed by Texas"; Quirk et al. 1985, 17.51)."""
_AGAINST = re.compile(r"\s+(?:(?:which|that)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:overturn|block|challenge|annul|stop)\s+|"
                      r"(?:against|over|challenging|contesting)\s+)(.{2,80})", re.IGNORECASE)
"""What such a challenge is against: its against- or over-phrase, or what its relative clause sets out to undo."""


def _judgement(clause: str) -> tuple[int, str, str] | None:
    """A verb of declaring (Levin 1993, 29.4) whose object it calls lawful or unlawful ("ruled the draft
    unconstitutional", "found that the order was unlawful"; Quirk et al. 1985, 16.43 and 16.31): where the verb
    is, the position (calling a thing unlawful opposes it) and the thing, a noun phrase; None without one."""
    if not may_match(_LEGALITY_WORDS, clause) or not (m := _JUDGED.search(clause)) \
            or _NEGATION.search(clause, 0, m.start()):
        return None  # "did not find it had breached the law": no position taken
    thing = _trim(m.group("thing").strip())
    if not 2 <= len(thing.split()) <= 7 or _CLAUSE_START.match(thing.split(maxsplit=1)[1]):
        return None  # "found the man guilty" names no thing; a clause is no noun phrase
    polarity = "oppose" if m.group("verdict").lower() in _UNLAWFUL else "support"
    if m.group("negated"):
        polarity = "support" if polarity == "oppose" else "oppose"
    return m.start(), polarity, thing


_UNLAWFUL = frozenset(load()["stances"]["unlawful"])
_LAWFUL = frozenset(load()["stances"]["lawful"])
_ACT_STANCE_WORDS = any_words(_DISPOSED_WORDS, _ASK_WORDS, _PROTEST_WORDS, _ANGRY_WORDS, _DEMAND_WORDS, _CHALLENGE_WORDS, _NOMINAL_WORDS,
                              _HELD_WORDS, _BROKEN_WORDS, _INTO_LAW_WORDS, _ADHERING_WORDS, _HOPE_WORDS, _VOTED_WORDS, _OVERRIDE_WORDS, _VOICED_WORDS)
"""The words of all of act_stances' word gates."""
_LEGALITY_WORDS = words_pattern(*_UNLAWFUL, *_LAWFUL)
_JUDGED = re.compile(
    r"\b(?:" + "|".join(sorted({f for v in load()["stances"]["declaring"] for f in forms(v)}, key=lambda f: (-len(f), f)))
    + r")\s+(?:that\s+)?(?P<thing>(?:the|a|an|this|its|his|her|their|[A-Z][\w-]*['\u2019]s)\s[^,;:.\"\u201c\u201d()]{2,80}?)\s+"
    r"(?:(?:is|was|were|are|had\s+been|has\s+been|to\s+be|be|as)\s+)?(?P<negated>not\s+)?(?:\w+ly\s+)?"
    r"(?P<verdict>" + "|".join(sorted(_UNLAWFUL | _LAWFUL, key=lambda w: (-len(w), w))) + r")\b", re.IGNORECASE)
"""A verb of declaring, its object (a noun phrase) and what it calls it: lawful or not."""


def _light_noun(clause: str, at: int, end: int) -> str | None:
    """The act a light verb's noun object names with its complement ("imposed bans on niqabs" -> "bans on
    niqabs", "filed suit against the regulator"; Quirk et al. 1985, 2.28 and 17.54, eventive objects and the
    complements of deverbal nouns), when the noun is the light verb's object and what follows is too short a phrase
    to stand alone."""
    if not _LIGHT_BEFORE.search(clause, max(0, at - 60), at) or not (m := _NOUN_COMPLEMENT.match(clause, end)):
        return None
    phrase = _clip(m.group(2))
    rest = phrase or (m.group(2).split() or [""])[0].strip(",.;:")
    return f"{clause[at:end]} {m.group(1)} {rest}" if rest.isalpha() or phrase else None


_LIGHT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted({f for v in load()["light_verbs"]["lemmas"] for f in forms(v)},
                                                       key=lambda f: (-len(f), f)))
                           + r")\s+(?:(?:a|an|the|new|further|fresh|more|its|their|his|her)\s+)?(?:[\w-]+\s+)?$",
                           re.IGNORECASE)
"""A light verb before its noun object, at most a determiner and one modifier between ("imposed new bans",
"filed a lawsuit"): the lexicon's [light_verbs] (Quirk et al. 1985, 2.28)."""
_NOUN_COMPLEMENT = re.compile(r"\s+(on|against|to|for|over)\s+(.{1,80})", re.IGNORECASE)


def _object_phrase(tail: str, lang: str) -> str | None:
    """The noun phrase at the start of ``tail``: leading prepositions and articles skipped
    ("al Gobierno central de ..." -> "Gobierno central"), up to the next function word,
    at most six words."""
    words = load(lang)["words"]
    articles, stop = set(words["articles"].split()), set(words["stop"].split())
    tokens = re.findall(r"[^\s,;:.!?\"\u201c\u201d\u201e\u00ab\u00bb()]+|[,;:.!?\"\u201c\u201d\u201e\u00ab\u00bb()]", tail)
    start = 0
    while start < len(tokens) and tokens[start].lower() in stop and start < 3:
        start += 1
    phrase = []
    for token in tokens[start : start + 6]:
        if token.lower() in stop - articles or not re.match(r"\w", token):
            break
        phrase.append(token)
    text = " ".join(phrase)
    return text if phrase and (len(phrase) >= 2 or phrase[0][:1].isupper()) else None


# The position an act takes when no stance verb says it: praising or endorsing supports,
# accusing, rejecting, banning or protesting opposes, asking for or signing something supports it.
STANCE_OF_KIND = {"support": "support", "accuse": "oppose", "reject": "oppose", "sanction": "oppose",
                  "protest": "oppose", "threaten": "oppose", "request": "support", "agree": "support"}


def reported_stances(event: Event, cue_at: int, lang: str, mentions: Mentions, topics: Topics) -> list[Stance]:
    """The positions an act states or implies in German, French or Spanish, one per agent: the
    stance verbs of its clause by lemma, a negation turning them round ("n'exclut pas"), else
    the kind of the act; towards the actor named right after the verb, else the thing it takes
    as object, in the article's fullest words."""
    if not event.agents:
        return []
    clause = event.evidence
    found = [(at, end, polarity) for at, end, polarity in lemmas(lang).stances(clause)]
    if not found and (polarity := STANCE_OF_KIND.get(event.kind)):
        word = re.match(r"\S+", clause[cue_at:])
        found = [(cue_at, cue_at + (word.end() if word else 0), polarity)]
    for at, end, polarity in found:
        target = _object_of(clause, at, end, event.agents, mentions, topics, lang)
        if target:
            inside = {i for _, i in mentions.within(target)}  # named in the object, not a holder
            return [Stance(holder=agent, target=target, polarity=polarity, evidence=clause)
                    for agent in event.agents if agent != target and agent not in inside]
    return []


def _object_of(clause: str, at: int, end: int, agents: list[str], mentions: Mentions, topics: Topics,
               lang: str) -> str | None:
    """What a stance verb at ``clause[at:end]`` is about: an actor named right after it ("acusó al
    Gobierno"), else the noun phrase after it, else (a verb at the clause's end, "hatte ... eine
    Beteiligung abgelehnt") the noun phrase before it that follows its subject."""
    after = [i for off, i in mentions.within(clause[end : end + 40]) if off <= 8 and i not in agents]
    if after:
        return after[0]
    grammar = noun_phrases(lang)
    phrase = grammar.after(clause[end:])
    if phrase is None and len(clause[end:].split()) <= 1:  # the verb ends its clause: its object came first
        subject_end = _named_end(clause[:at], mentions)
        before = [p for s, _, p in grammar.phrases(clause[:at]) if s >= subject_end]
        phrase = before[0] if before else None
    if phrase is None or any(i == agents[0] for _, i in mentions.within(phrase)):
        return None
    return topics.resolve(phrase)


def _named_end(text: str, mentions: Mentions) -> int:
    """Where the first actor named in ``text`` (the subject) ends, 0 when none is."""
    hits = mentions.within(text)
    if not hits:
        return 0
    return _name_end(text, mentions.blank(text), hits[0][0])


def _name_end(text: str, blank: str, at: int) -> int:
    """Where the name at ``at`` ends, ``blank`` being ``text`` with the names blanked."""
    end = at
    while end < len(text) and (blank[end] != text[end] or blank[end : end + 2] != text[end : end + 2]):
        end += 1  # a blanked name, its inner spaces included
    return end


def quoted_passage(s: Sentence) -> str:
    """The first quote of four or more words in ``s``, else the whole sentence."""
    quoted = [s.text[a:b].rstrip(" ,.") for a, b in quotes(s.text) if len(s.text[a:b].split()) >= 4]
    return quoted[0] if quoted else s.text.rstrip(" ,;.")


