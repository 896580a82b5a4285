"""Events by rules: one per clause that reports an act, its evidence the guide's shortest span,
its kind from the lemma of its finite verb (or of the event noun a light verb takes: "filed a
lawsuit" accuses), its agents the subject (the by-phrase of a passive) and its targets the
actors after the verb (the subject of a passive).

A cue word counts as the clause's verb only where English grammar makes it one: not after an
article or a preposition ("the attack", "at the rally"), an -ing form only after a form of
"be", a base form only after a modal, "to" or a pronoun. Negated ("did not attack"),
hypothetical ("could demand", "if they strike"), and quoted acts (except threats and demands,
which making is the act) are left out, and so are restatements of an act already found. An
aside about the subject (", which had backed ...,", ", backed by ...,") gives no act of the
clause; a kind follows the substance of the act: the deaths a natural hazard causes are no
assault, a blockade of roads is a protest, labelling a proposal rejects it, holding a person in
custody coerces, petitioning a court accuses, what a sending verb moves decides between aid and
mobilize, and travelling for talks consults. A noun phrase that names an act beside the clause's
verb ("In response to a lawsuit by X, the judge ruled") is an act of its own.
"""

from __future__ import annotations

from functools import cache

from summariser import patterns as re
from summariser.dates import MONTH_NAMES, WEEKDAYS, calendar_words
from summariser.rules.language import clause_pattern, lemmas, tail_pattern
from summariser.rules.lexicon import EVENT_LEMMAS, STOP, load
from summariser.rules.mentions import Mentions
from summariser.rules.noun_phrases import head_part
from summariser.rules.prefilter import alternation, folds, may_match, may_match_lowered, words_pattern
from summariser.rules.sentences import Sentence, in_quotation, lowered_words, quotation_spans
from summariser.rules.verbs import tagged_forms
from summariser.records import Event

_FORMS: dict[str, tuple[str, str]] = {}
"""Every form of an event verb: (kind, tag), the tag one of base, s, past, ing."""
for _kind, _lemmas in EVENT_LEMMAS.items():
    for _lemma in _lemmas:
        for _form, _tag in tagged_forms(_lemma).items():
            _FORMS.setdefault(_form, (_kind, _tag))
_RELEASE_LIGHT = {f: t for lemma in load()["light_verbs"]["release_lemmas"] for f, t in tagged_forms(lemma).items()}
_LIGHT = {f: t for lemma in load()["light_verbs"]["lemmas"] for f, t in tagged_forms(lemma).items()} | _RELEASE_LIGHT
_SUBJECT_LIGHT = {f: t for lemma in load()["light_verbs"]["subject_lemmas"] for f, t in tagged_forms(lemma).items()}
_NOUN_KIND = {noun: kind for kind, nouns in load()["event_nouns"].items() for noun in nouns}
_CATENATIVE = {f: t for lemma in load()["light_verbs"]["catenative"] for f, t in tagged_forms(lemma).items()}
_PHRASE_STARTS: dict[str, int] = {}
for _form in (*_FORMS, *_LIGHT, *_SUBJECT_LIGHT):
    _head = _form.split()[0]
    _PHRASE_STARTS[_head] = max(_PHRASE_STARTS.get(_head, 1), len(_form.split()))
_PAST_FORMS = sorted({f for f, (_, t) in _FORMS.items() if t == "past" and " " not in f}, key=lambda f: (-len(f), f))
_RELATIVE_PAST = sorted({f for f, (_, t) in _FORMS.items() if t == "past" and " " not in f}
                        | {f for f, t in _LIGHT.items() if t == "past" and " " not in f}, key=lambda f: (-len(f), f))
# The past forms that open a coordinated predicate of its own ("thanked voters and called for calm"): an event verb's,
# one word or a phrase ("called for", "opened fire"), and a light verb's ("and issued a warning"), whose object tells
# its act; one_act joins the predicates again where they are one act (the guide's "two actions of one actor").
_COORDINATED_PAST = sorted({f for f, (_, t) in _FORMS.items() if t == "past"}, key=lambda f: (-len(f), f))

# Function words of English (any grammar) that decide whether a cue word is a finite verb.
_DETERMINERS = frozenset("a an the this these those its their his her our my your whose any every each another "
                         "such no some other many several all more further two three four five six seven eight nine "
                         "ten dozens hundreds thousands".split())
_PREPOSITIONS = frozenset("of in at for on after before during since with against over from by amid following "
                          "about into upon under without despite toward towards via per through across near around "
                          "behind beyond inside outside between among along throughout within onto".split())
_RELATIVES = frozenset("that which who".split())
# The quantities among them that stand as a noun phrase of their own ("thousands marched", "many
# fled"): a past form after one, with no noun after it, is the verb (Quirk et al. 5.8 on
# determiners as pronouns, 6.63 on numerals as heads).
_QUANTIFIERS = frozenset("many several some all two three four five six seven eight nine ten dozens hundreds "
                         "thousands".split())
_BE = frozenset("is are was were be been being am 's".split())
_BASE_BEFORE = frozenset("to will would must did do does shall they we i you".split())
_FINITE_AUX = frozenset("is are was were has have had".split())
_HYPOTHETICAL_MODALS = frozenset("could might may should can must cannot".split())
_ADVERBS = frozenset("also then later again already still just now once jointly first formally finally "
                     "reportedly eventually allegedly subsequently quickly immediately initially previously "
                     "officially repeatedly swiftly publicly both".split())

_LY_NOUNS = frozenset(load()["event_context"]["ly_nouns"])
_WORD = re.compile(r"\w[\w'-]*")
# Negated: right after "not" and the like, or anywhere in the object of a negated verb ("has not
# pursued charges against those") up to a coordinated or relative clause or a participle
# ("have not identified the gunman who killed six", "the man arrested over the bombing").
_NEGATED = re.compile(r"\b(?:not|never|no|n't|neither|nor|without|yet to|failed to|hardly\s+any)\s+(?:\w+\s+){0,2}$"
                      r"|\b(?:has|have|had|did|does|do)\s*(?:not|n't|never)\s+\w+ed\b"
                      r"(?:\s+(?!and\b|but\b|while\b|who\b|which\b|that\b|whom\b|whose\b)[\w'-]+(?<!ed))*\s+$"
                      r"|\bnone\s+of\s+(?:\w+\s+){1,4}$|\b(?:nobody|no-one)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# A negative subject of a passive or a light verb ("no arrests have been made", "no charges were filed";
# Quirk et al. 10.58 on "no" as a determiner negating the clause, with "few" and "hardly any" as negative
# without "a": "few officials have been jailed"), sought in the last words before the verb.
_NO_SUBJECT = re.compile(r"(?:^|[^\w\s]\s*|\b(?:and|but|that|say|says|said)\s+)(?:no|few|hardly\s+any)\s+(?:[\w'-]+\s+){1,3}?(?:has|have|had|was|were|is|are)\s+"
                         r"(?:yet\s+|so\s+far\s+|since\s+)?(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
# A comparative clause whose verb's object is what it compares ("lower than X had demanded").
_COMPARATIVE = re.compile(r"\b(?:as|than)\s+(?:[\w'-]+\s+){1,4}$", re.IGNORECASE)
# A relative clause whose object is its antecedent ("the revision that Sonatrach had demanded",
# "killings that rights groups blamed on the rebels"): a noun, "that" or "which", the clause's
# subject and its verb with no object after it (Quirk et al. 17.12-17.14 on the relative pronoun as
# object); it tells of the noun, not an act of the clause. Not "that" after a verb, which opens a
# that-clause ("said that police arrested 40").
_THAT_CLAUSE_HEADS = sorted(
    {f for v in (*load()["words"]["reporting_verbs"], *load()["words"]["that_verbs"]) for f in tagged_forms(v)}
    | set(load()["words"]["content_nouns"]), key=lambda w: (-len(w), w))
"""What "that" after opens a that-clause, not a relative one: a reporting or thinking verb in any
form, or a noun the clause completes ("reports that the minister resigned")."""
# (the look-ahead for "that" or "which" first: the long one after it is tried only at the word before one)
_OBJECT_RELATIVE = re.compile(rf"\b(?=[\w'-]+\s+(?:that|which)\s)(?!(?:{'|'.join(_THAT_CLAUSE_HEADS)})\b)"
                              r"[\w'-]+\s+(?:that|which)\s+(?:[\w'-]+\s+){1,4}?(?:(?:had|has|have|were|was)\s+)?$",
                              re.IGNORECASE)
# Kinds whose verbs English also uses without an object ("as they marched", "as troops withdrew").
_INTRANSITIVE_KINDS = frozenset(["protest", "retreat", "mobilize", "assault"])
# A hostile act announced for the future is a threat (PLOVER's THREATEN: the act's harm is
# what makes announcing it one) when it is made to depend on a condition ("would call strikes
# unless pay rose", "if they refuse, we will strike") or is said in the speaker's own words
# (a quotation); a plain future is only reported as planned ("teachers will march on Saturday").
_HOSTILE_KINDS = frozenset(["assault", "coerce", "sanction", "protest"])
_FUTURE = frozenset("will would shall 'll".split())
_THREAT_CONDITION = re.compile(r"\b(?:if|unless)\s", re.IGNORECASE)
_ADJUNCT_STARTS = _PREPOSITIONS - {"for", "on", "against", "with", "to", "into", "about", "of"}  # not one that brings an object
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b[^,;]*$|^\s*(?:if|unless)\s"
                        r"|\b(?:will|would)\s[^;]*\b(?:once|until|when)\s[^,;]*$", re.IGNORECASE)
# An act in the future that someone believes, fears or expects ([event_context] expecting): "residents fear
# the army will bomb the town".
_EXPECTED_ACT = re.compile(
    rf"\b(?:{alternation(sorted({f for v in load()['event_context']['expecting'] for f in tagged_forms(v)}))})"
    r"\s+(?:that\s+)?[^,;.]{1,80}?\b(?:will|would)\s+(?:\w+ly\s+)?(?:be\s+)?$", re.IGNORECASE)
_EXCLUDING_WORDS = words_pattern("no", "never", "n't", "neither", "without", "yet to", "failed to", "if", "unless",
                                 "whether", "will", "would", "few", "hardly")
"""One of these stands in every match of _NEGATED and of _CONDITION."""
# "called the plan 'a disgrace'", "characterised the attack as": naming an act or a person so is an accusation.
_LABELLING = re.compile(
    r"\b(?:call(?:s|ed)\s+(?!for\b|on\b|off\b)[^\"\u201c\u201d,.;]{2,60}?\s[\"\u201c]"
    r"|characteri[sz](?:es|ed)\s+[^,.;]{2,60}?\sas\s|term(?:s|ed)\s+(?:him|her|them|it)\s)",
    re.IGNORECASE,
)
_LABELLING_WORDS = words_pattern("call", "characteri", "term", "describ", "label")
"""One of these stands in every match of _LABELLING and of _NAMING_BARE."""
# A verb of naming with a known thing as its object and an object complement that judges it, with no
# quotes ("called the crackdown brutal", "called the vote a farce", "described the attack as cowardly";
# Quirk et al. 16.43 on complex-transitive complementation; the guide's "called the stabbing
# 'barbaric'" row): the object opens with a definite determiner, a possessive or a pronoun (an
# indefinite one is made, not judged: "called an election", "called a strike"); "describe" only with
# "as". The complement's words must take a side (_judging): "called the emergency meeting" names none.
_NAMING_BARE = re.compile(
    r"\b(?<!was )(?<!were )(?<!been )(?:(?P<call>call(?:s|ed)|label(?:s|ed|led))|describ(?:es|ed))\s+(?!(?:for|on|upon|off|up|out|in|back)\b)"
    r"(?P<object>(?:it|them|him|her)|(?:the|this|that|these|those|its|his|her|their|our)\s+[\w'-]+"
    r"(?:\s+(?!(?:as|and|but)\b)[\w'-]+){0,4}?)"
    r"\s+(?P<complement>(?:as\s+)?(?:(?:an?|so|too|very|deeply|totally|utterly|completely|absolutely|highly|extremely|"
    r"both|entirely|wholly)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:and|but|while|because|after|saying|adding|in\s+a|on\s+\w+day|for|to)\b)", re.I)
_UNLAWFUL = frozenset(load()["stances"]["unlawful"]) | frozenset(load()["stances"]["judging_oppose_nouns"].split())
_PRAISING = frozenset(load()["stances"]["judging_support_nouns"].split())


def _judging(complement: str) -> float:
    """The side ``complement`` takes: the valence of its words in VADER's lexicon, or -1 for a word
    of the lexicon's unlawful or judging nouns VADER scores wrong ("called the decree unconstitutional",
    "called the deal a surrender"), +1 for its praising nouns ("a milestone"); 0 where it takes none."""
    from summariser.rules.sentiment import analyser  # VADER, its lexicons read from the cache

    words = complement.lower().split()
    if any(w in _UNLAWFUL for w in words):
        return -1.0
    if any(w in _PRAISING for w in words):
        return 1.0
    return analyser().polarity_scores(complement)["compound"]


def _labellings(clause: str) -> dict[int, str]:
    """The offsets of the verbs that label their object in ``clause``, each with the kind it
    takes: praise supports; else labelling an idea or a proposal rejects it, an act or a person is
    accused (the guide's "called the result 'a victory'" row)."""
    found: dict[int, str] = {}
    for m in _LABELLING.finditer(clause):
        quote = clause.find("\u201c", m.end() - 1) if clause[m.end() - 1] == "\u201c" else clause.find('"', m.end() - 1)
        end = min((i for i in (clause.find('"', quote + 1), clause.find("\u201d", quote + 1)) if i > 0), default=len(clause))
        # judged by its head ("a dark day for press freedom": the day, not the freedom; Quirk et al. 17.37)
        praise = m.group().lower().startswith("call") and _judging(head_part(clause[quote + 1 : end])) >= 0.3
        found[m.start()] = "support" if praise else "label"
    for m in _NAMING_BARE.finditer(clause):
        if m.start() in found or (m.group("call") is None and not m.group("complement").lower().startswith("as ")):
            continue
        valence = _judging(m.group("complement"))
        if valence <= -0.3 or valence >= 0.3 and m.group("call") is not None:  # "described the situation as calm":
            found[m.start()] = "support" if valence > 0 else "label"  # a description, no praise
    return found

_CONTEXT = load()["event_context"]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# Labelling an idea or a proposal ("called the notion 'a waste of time'") rejects it; labelling
# an act or a person accuses (the guide's decisions on real reporting; [event_context] proposals).
_PROPOSAL = re.compile(rf"(?:it|this|that|(?:the|his|her|their|its)\s+(?:\w+\s+)?"
                       rf"(?:{_alternation(_CONTEXT['proposals'])}))\b", re.IGNORECASE)
# Natural hazards: what they kill or destroy is no assault ([event_context] hazards).
_HAZARD = re.compile(rf"\b(?:{_alternation(_CONTEXT['hazards'])})\b", re.IGNORECASE)
# The hazards whose noun also names an act, as the head of the clause's own subject only: "a fire at a factory killed
# 12", "fires have killed 30", not "opened fire on protesters", "an exchange of fire killed two", "the heavy fire
# killed four" ([event_context] accidental_hazards). A toll's "the fire" may be a shelling's fire told before ("Troops
# shelled the village. The fire killed four"), so only an accidental source ("the gas explosion") takes "the" there;
# what a fire destroys is a hazard's damage with "the" too ("the fire destroyed 200 homes").
def _accident(determiners: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|[,;])\s*(?:(?:{determiners})\s+)?(?:(?:{_alternation(_CONTEXT['accidental_hazards'])})|"
                      rf"(?:the\s+)?(?:{_alternation(_CONTEXT['accidental_sources'])})\s+"
                      rf"(?:{_alternation(_CONTEXT['explosions'])}))\b(?!\s+of\b)[^,;]{{0,60}}$", re.IGNORECASE)


_ACCIDENT = _accident(r"an?")
_ACCIDENT_DAMAGE = _accident(r"an?|the")


def _hazard_subject(clause: str, at: int) -> bool:
    """Whether a natural hazard, or an accident heading the clause's subject, stands before the verb at ``at``."""
    return bool(_HAZARD.search(clause, max(0, at - 60), at) or _ACCIDENT.search(clause[:at]))


_POSITIONS = frozenset(f for lemma in _CONTEXT["positions"] for f in tagged_forms(lemma))
_DESTROY = frozenset(f for lemma in _CONTEXT["destruction"] for f in tagged_forms(lemma))
# The judiciary anywhere in a clause ([event_context] judiciary).
_COURT = re.compile(rf"\b(?:{_alternation(_CONTEXT['judiciary'])})\b", re.IGNORECASE)
# Who goes on strike: "nurses struck over pay" ([event_context] labour).
_LABOUR = re.compile(rf"\b(?:{_alternation(_CONTEXT['labour'])})\b[^.;,]{{0,40}}$", re.IGNORECASE)
# What a labour strike is over, with no object struck: "voted to strike over pay", "will strike for better wages".
_STRIKE_OVER = re.compile(r"\s+(?:again\s+|next\s+\w+\s+|on\s+\w+day\s+)?(?:over|in\s+protest|"
                          r"for\s+(?:better|higher|fairer|more)\b)\b", re.IGNORECASE)
# What a blockade closes: "blocked roads" is a protest ([event_context] blockade_objects).
_BLOCKADE = re.compile(rf"block(?:s|ed|ing)?\s+(?:\w+\s+){{0,3}}?(?:{_alternation(_CONTEXT['blockade_objects'])}"
                       r"|rail lines?|the port)\b", re.IGNORECASE)

def _sending(things):
    """A verb of sending with one of `things` as its object, up to four words after it ([event_context] senders)."""
    senders = _alternation(sorted({f for v in _CONTEXT["senders"] for f in tagged_forms(v)}))
    # "of" only after a quantity in the plural or a number ("30 tonnes of relief supplies", "dozens of doctors")
    # or a load ("a planeload of food"): a partitive, whose noun is what is sent (Quirk et al. 5.7-5.9)
    return re.compile(rf"\b(?:{senders})\s+(?:(?:(?!(?:to|for|of|by|with|on|in)\b)[\w'-]+|(?:(?<=s\s)|(?<=\d\s)|(?<=ad\s))of)\s+){{0,4}}?"
                      rf"(?:{_alternation(things)})\b", re.I)


def _acting_on(verbs, things):
    """One of ``verbs`` in an active form (not after "was" and the like: a state; not in -s, which
    may be a noun: "power cuts") with one of ``things`` as the head of its object, up to three
    words after it (over "off", "all"): a preposition, a conjunction or the clause's end after it,
    not another noun ("curb fuel smuggling")."""
    forms = _alternation(sorted({f for v in verbs for f, t in tagged_forms(v).items() if t != "s"}))
    return re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?:{forms})\s+(?:off\s+)?(?:(?!(?:to|for|of|by|with|on|in|from)\b)"
                      rf"[\w'%-]+\s+){{0,3}}?(?:{_alternation(things)})(?=\s*$|\s*[,.;:]|\s+(?:to|from|for|through|by|"
                      rf"of|and|on|in|at|via|with|after|until|since|amid|over|as)\b)", re.I)


def _supply_passive(verbs):
    """One of [event_context] supplied as the head of a subject and, up to 60 characters on, one
    of ``verbs`` in a passive (its offset the group ``at``)."""
    participles = _alternation(sorted({f for v in verbs for f, t in tagged_forms(v).items() if t == "past"}))
    return re.compile(rf"\b(?:{_alternation(_CONTEXT['supplied'])})\b[^,;.]{{0,60}}?\s(?:was|were|have\s+been|has\s+been)"
                      rf"\s+(?:\w+ly\s+)?(?P<at>{participles})\b", re.I)


def _arriving(carriers: list[str]):
    """One of ``carriers`` as the head of a subject and, up to 80 characters on, a verb of arriving
    in the past (its offset the group ``at``)."""
    return re.compile(rf"\b(?:{_alternation(carriers)})\b[^,;.]{{0,80}}?\s(?P<at>arrived|landed|reached)\b", re.I)


def _forms(verbs, tags=("base", "past", "ing")):
    """The forms of ``verbs`` with one of ``tags`` (not the -s form, which may be a noun: "fires")."""
    return _alternation(sorted({f for v in verbs for f, t in tagged_forms(v).items() if t in tags}))


# Firing or using a weapon ("fired rockets at the base", "used tear gas and water cannon against
# protesters", "hurled stones at police"): an attack, or for the means of riot control a use of
# force that coerces ([event_context] projectiles, crowd_control, firing, using, throwing). The
# means is the head of the verb's object, up to four words on (none a preposition), with no noun
# after it ("fired the first round of layoffs" is no shot).
_OBJECT_GAP = r"\s+(?:(?!(?:to|for|of|by|with|on|in|from|at|into|that)\b)[\w'-]+\s+){0,4}?"
_MEANS_END = (r"(?=\s*$|\s*[,.;:)]|\s+(?:[\w-]+ly\s+)?(?:at|on|into|toward|towards|against|across|in|near|over|inside|"
              r"during|from|and|or|as|to|when|while|after|before|yesterday|today|overnight|early|late)\b)")
_CROWD_CONTROL = (rf"(?:{_alternation([w for w in _CONTEXT['crowd_control'] if w.endswith(tuple(_CONTEXT['crowd_control_heads']))])}"
                  rf"|(?:{_alternation(_CONTEXT['crowd_control'])})[\s-]+(?:gas\s+)?"
                  rf"(?:{_alternation(_CONTEXT['crowd_control_heads'])}))")  # "teargas" alone, "tear gas", "water cannon"
_USE_OF_FORCE = re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?:{_forms(_CONTEXT['firing'] + _CONTEXT['using'])})"
                           rf"{_OBJECT_GAP}{_CROWD_CONTROL}{_MEANS_END}", re.I)
_FIRING = re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?:{_forms(_CONTEXT['firing'])}){_OBJECT_GAP}"
                     rf"(?:{_alternation(_CONTEXT['projectiles'])}){_MEANS_END}", re.I)
_THROWING = re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?:{_forms(_CONTEXT['throwing'])})\s+(?:[\w'-]+\s+){{1,4}}?at\s",
                       re.I)
_PEOPLE = frozenset(load()["words"]["person_nouns"].split()) | frozenset(
    w for k in ("group_nouns", "groups", "institutions", "state_forces") for w in load()["words"][k].split())
_OBJECT_PRONOUNS = frozenset(_CONTEXT["object_pronouns"])
_HURLED_WORDS = frozenset(_CONTEXT["hurled_words"])  # "hurled insults at the referee": words, no missile


def _aimed_at_someone(clause: str, at: int) -> bool:
    """Whether the "at" phrase from ``at`` aims at a person, a group or a force: a pronoun ("at him"),
    or a noun for people or a group of them in its first two words after a determiner ("at police", "at
    riot officers", "at the patrol", "at the president's car"); not a place or a building ("threw a reception at the embassy", "the
    first pitch at the stadium"), where the throw verb means giving or playing, no attack."""
    words = [w.lower() for w in _WORD.findall(clause, at, at + 60)[:3]]
    if words and words[0] in _OBJECT_PRONOUNS and (len(words) == 1 or words[0] != "her" or words[1] in STOP):
        return True
    heads = [w.split("'")[0] for w in words if w not in _DETERMINERS][:2]
    return any(w in _PEOPLE or w.endswith("s") and w[:-1] in _PEOPLE for w in heads)


_SHOT_TARGETS = (frozenset(_CONTEXT["shot_targets"]) | frozenset(load()["words"]["place_words"].split())
                 | frozenset(load()["words"]["facility_words"].split()))
_ARMED = frozenset(_CONTEXT["armed"]) | frozenset(
    w for k in ("institutions", "state_forces") for w in load()["words"][k].split())
_SHOT_CRITICS = frozenset(_CONTEXT["shot_critics"])
_POSSESSIVES = frozenset(("his", "her", "its", "their", "our", "my", "your"))
_SHOT = re.compile(r"\bshots?\s*$", re.I)
_SHOT_AT = re.compile(r"\s+(?:[\w-]+ly\s+)?(?:at|on|into|toward|towards|against|in)\s+", re.I)


def _literal_shot(clause: str, m) -> bool:
    """Whether a firing whose means is "shot" or "shots" has a literal target: a person, a group, a
    force, a place, a facility or a vehicle after "at", "on", "into" ("fired shots at the patrol",
    "fired shots into the air"); "fired the first shot in the budget battle", "fired a parting shot at
    his critics" (people known by what they say) and "fired shots at goal" are figures of speech and sport."""
    if not _SHOT.search(m.group()):
        return True
    after = _SHOT_AT.match(clause, m.end())
    if not after:  # "Gunmen fired several shots": an armed clause
        return any(w.lower() in _ARMED for w in _WORD.findall(clause))
    words = [w.lower() for w in _WORD.findall(clause, after.end(), after.end() + 60)[:3]]
    heads = [w for w in words if w not in _DETERMINERS and w not in _POSSESSIVES][:2]
    if heads and heads[0] in _SHOT_CRITICS:
        return False  # "fired a parting shot at his critics": a remark
    if _aimed_at_someone(clause, after.end()):
        return True
    return any(w in _SHOT_TARGETS for w in heads)


_FIRED = re.compile(rf"\b(?:{_alternation(_CONTEXT['projectiles'])})\b[^,;.]{{0,40}}?\s(?:was|were|have\s+been|has\s+been|"
                    rf"had\s+been)\s+(?:\w+ly\s+)?(?P<at>{_forms(_CONTEXT['firing'] + _CONTEXT['throwing'], ('past',))})\b",
                    re.I)


# Taking a place by force ("captured the town", "seized control of the airport", "the base was
# overrun"): an attack ([event_context] capturing, territory); the place is the head of the object, up
# to three words on, or of the subject of a passive (its verb the group ``at``).
_TERRITORY = _alternation(_CONTEXT["territory"])
_CAPTURING = _forms(_CONTEXT["capturing"], ("base", "past", "s"))
_CAPTURE = re.compile(
    rf"\b(?<!was )(?<!were )(?<!been )(?:(?:{_CAPTURING})\s+(?:(?:full\s+|effective\s+)?control\s+(?:of|over)\s+)?"
    rf"|(?:{_forms(_CONTEXT['controlling'], ('base', 'past', 's'))})\s+(?:full\s+|effective\s+)?control\s+(?:of|over)\s+)"
    r"(?:(?:the|a|an|its|their|his|her|this|that|two|three|several|key|strategic|rebel-held|government-held)\s+)?"
    rf"(?:(?!(?:of|for|by|with|from|to|in)\b)[\w'-]+\s+){{0,3}}?(?:{_TERRITORY})(?=\s*$|\s*[,.;:]|\s+(?:of|from|to|in|on|at|"
    r"near|outside|inside|after|before|during|and|as|by|for|with|amid|overnight|late|early|yesterday|today|last|this|"
    r"following|without|until|since|along|across|around)\b)", re.I)
_CAPTURED = re.compile(rf"\b(?:{_TERRITORY})\b[^,;.]{{0,50}}?\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                       rf"(?:\w+ly\s+)?(?P<at>{_forms(_CONTEXT['capturing'], ('past',))})\b", re.I)
# A crowd gathering to protest ([event_context] gathering, gathered_for; [words] crowds), or holding up signs of protest
# as it gathers ([event_context] protest_holding, protest_signs).
_GATHERING = _forms(_CONTEXT["gathering"], ("base", "past", "s"))
_PURPOSE_OF_PROTEST = _alternation(sorted(
    {f for k in ("protest", "request", "accuse") for v in EVENT_LEMMAS[k] if " " not in v
     for f, t in tagged_forms(v).items() if t in ("base", "ing")}
    | {f for v in load()["stances"]["oppose"] if " " not in v for f, t in tagged_forms(v).items() if t in ("base", "ing")}
    | {f for v in _CONTEXT["gathered_for"] for f, t in tagged_forms(v).items() if t == "ing"}))
_GATHERED = re.compile(
    rf"\b(?:{alternation(sorted(load()['words']['crowds'].split()))})\s+(?:[\w'-]+\s+){{0,6}}?(?:{_GATHERING})\b"
    rf"|\b(?:{_GATHERING})\s+[^,;.]{{0,80}}?(?:\s+to\s+(?:\w+ly\s+)?(?:{_PURPOSE_OF_PROTEST})\b"
    rf"|,\s+(?:{_PURPOSE_OF_PROTEST})\b"
    rf"|,?\s(?:{_forms(_CONTEXT['protest_holding'], ('ing',))})\s+(?:[\w'-]+\s+){{0,3}}?(?:{_alternation(_CONTEXT['protest_signs'])})\b"
    rf"|\s(?:for|in)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+)?(?:{_alternation([n for n, k in _NOUN_KIND.items() if k == 'protest'])})\b)",
    re.I)


_MUNITIONS = _alternation(_CONTEXT["munitions"] + _CONTEXT["projectiles"])


def _verb_then_noun(verbs: str, nouns: str, stops: str, not_after=("was", "were", "been"), end: str = r"\b"):
    """A verb of [event_context] ``verbs`` (its base, past or -s form; not right after one of ``not_after``: a
    passive, or the verb's homonymous noun) with one of ``nouns`` (a regex alternation) as the head of its object, up
    to three words after it, none of them one of ``stops`` (a regex alternation of prepositions that would open an
    adjunct instead); ``end`` is what must follow the noun."""
    behind = "".join(f"(?<!{w} )" for w in not_after)
    return re.compile(rf"\b{behind}(?:{_forms(_CONTEXT[verbs], ('base', 'past', 's'))})\s+"
                      rf"(?:(?!(?:{stops})\b)[\w'-]+\s+){{0,3}}?(?:{nouns}){end}", re.I)


# Acts whose words are not side by side: "held two officials in contempt", "would drop his bid",
# "troops would be leaving"; a claim of responsibility is part of the attack, not an act.
_ENDING_PROTEST = re.compile(
    rf"\b(?:call(?:s|ed|ing)?\s+off|(?:{_forms(_CONTEXT['ending_protest'], ('base', 'past', 'ing', 's'))}))"
    rf"\s+(?:the|a|an|its|their|(?:{calendar_words(WEEKDAYS)}|yesterday|today|tomorrow)(?:'s|\u2019s))\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{_alternation([n for n, k in _NOUN_KIND.items() if k == 'protest'])})\b(?!\s+(?:by|permits?)\b)", re.I)
# Who strike or protest: a labour collective, a collective of [words] groups, or prisoners on hunger strike
# ([event_context] labour, protest_holders).
_PROTEST_HOLDERS = sorted({*_CONTEXT["labour"], *_CONTEXT["protest_holders"], *load()["words"]["groups"].split()})
_PROTEST_HOLDER = re.compile(rf"\b(?:{_alternation(_PROTEST_HOLDERS)})\b", re.I)


def _own_protest(clause: str, at: int) -> bool:
    """Whether the subject before ``at`` names those who strike or protest ("the union called off the strike"), not
    authorities ending someone's protest ("police ended a riot", "the government ended a strike by teachers")."""
    subject = re.split(r"[,;]", clause[:at])[-1]
    return bool(_PROTEST_HOLDER.search(subject))


# An object counted or owned ("40,000 cars", "nearly 2 million vehicles", "two batches of its pills", "its staff", "12
# percent of its workforce"): a quantity or a possessive first, then up to four words before the head; and the end
# of a head, a punctuation mark or a word that opens no noun after it ("staff canteen budget": the budget).
_COUNTED_GOODS = (r"(?:(?!(?:the|a|an|this|that|these|those|his|her|my|our|your)\b)[a-z]+\s+){0,2}?"  # "more than", "nearly"
                  rf"(?:\d[\d,.]*|{_alternation(load()['words']['cardinals'].split())}|its|their|all)\s+"
                  r"(?:(?!(?:as|to|for|by|with|on|in|from|at|that|how|when)\b)[\w'%,.-]+\s+){0,4}?")
_GOODS_HEAD_END = (r"\b(?!['\u2019])(?=\s*$|\s*[,.;:)]|\s+(?:to|from|for|through|by|of|and|on|in|at|via|with|after|"
                    r"until|since|amid|over|as|across|worldwide|globally|nationwide|last|this|earlier|because|due)\b)")


_GAPPED = [
    # "clashes left three people dead", "shelling left at least 12 civilians wounded": harm done, told by its toll as
    # the object's state (WordNet 3.0 leave.v.02 "leave or cause to be left in a certain state"; the guide's tolls
    # are part of their attack, one event); a hazard's toll is no assault (_all_cues); before "troops left", whose "left" withdraws
    (re.compile(r"\b(?:leave|leaves|left|leaving)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+"
                rf"|up\s+to\s+)?(?:\d[\d,.]*|{_alternation(load()['words']['cardinals'].split())})\s+(?:[\w'-]+\s+){{0,3}}?"
                rf"(?:{_alternation([w for w in load()['words']['casualty_words'].split() if w not in ('killed', 'died')])})\b",
                re.I), "assault"),
    (re.compile(r"\b(?:hold|holds|held|holding)\s+(?:[^.;:]{1,160}?\s)?in contempt\b", re.I), "sanction"),
    (_CAPTURE, "assault"), (_CAPTURED, "assault"), (_GATHERED, "protest"),
    # "summoned the French ambassador": an official complaint ([event_context] summoning, envoys)
    (_verb_then_noun("summoning", rf"{_alternation(_CONTEXT['envoys'])}|charg[eé] d'affaires", "as|to|for|of|by|with|on|in|from|at"),
     "accuse"),
    # "the ambassador was summoned by the foreign ministry": the same complaint in the passive, its "by" agent the doer
    (re.compile(rf"\b(?:{_alternation(_CONTEXT['envoys'])})\b(?:\s+(?:of|from|to|in)\s+(?:the\s+)?[\w'-]+(?:\s+[A-Z][\w'-]*){{0,2}})?"
                rf"\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                rf"(?:\w+ly\s+)?(?P<at>(?:{_forms(_CONTEXT['summoning'], ('past',))}))\b", re.I), "accuse"),
    # "lodged a formal protest with Japan": an official complaint, no demonstration ([event_context] lodging)
    (re.compile(rf"\b(?:{_forms(_CONTEXT['lodging'], ('base', 'past', 's'))})\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){{0,2}}?"
                r"protests?\b", re.I), "accuse"),
    # "exchanged 90 prisoners of war", "swapped hostages": releases ([event_context] exchanging, captives); not the
    # noun ("in exchange", "an exchange", "the swap")
    (_verb_then_noun("exchanging", _alternation(_CONTEXT["captives"]), "to|for|of|by|with|on|in|from|at",
                     not_after=("in", "an", "the")), "concede"),
    # "sacked the finance minister", "dismissed the army chief": an office decided ([event_context] dismissing, offices)
    (_verb_then_noun("dismissing", _alternation(_CONTEXT["offices"]), "as|to|for|of|by|with|on|in|from|at|that",
                     end=r"(?=\s*$|\s*[,.;:]|\s+(?:of|on|in|at|and|after|over|for|as|amid|following|[A-Z])\b)"), "other"),
    # "the party chose a new leader", "picked a former general as its candidate": an office filled by choice, an
    # election's result ([event_context] choosing, offices)
    (_verb_then_noun("choosing", _alternation(_CONTEXT["offices"]), "as|to|for|of|by|with|on|in|from|at|that|up",
                     end=r"(?=\s*$|\s*[,.;:]|\s+(?:of|on|in|at|and|after|over|for|amid|following|to\s+(?:lead|head|run|replace|succeed))\b)"), "other"),
    (re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?:{_forms(_CONTEXT['choosing'], ('base', 'past', 's'))})\s+"
                r"(?:(?!(?:as|to|for|of|by|with|on|in|from|at|that|up)\b)[\w'-]+\s+){1,4}?as\s+(?:(?:its|their|his|her|the|a|an)\s+)?"
                rf"(?:[\w'-]+\s+){{0,2}}?(?:{_alternation(_CONTEXT['offices'])})\b", re.I), "other"),
    # "was taken into custody": custody taken (the guide's "taking custody" is coerce)
    (re.compile(r"\b(?:take|takes|took|taken|taking)\s+(?:[\w'-]+\s+){0,3}?into\s+(?:[\w'-]+\s+)?(?:custody|detention)\b",
                re.I), "coerce"),
    # "broke up the demonstration", "to break up a rally": a crowd dispersed by force (coerce, as "dispersed")
    (re.compile(r"\b(?:break|breaks|broke|broken|breaking)\s+up\s+(?:(?:the|a|an|their|its|two|several)\s+)?(?:[\w'-]+\s+)?"
                rf"(?:{_alternation([n for n, k in _NOUN_KIND.items() if k == 'protest'] + ['crowd', 'crowds', 'gathering', 'gatherings', 'sit-in'])})\b",
                re.I), "coerce"),
    # "have been on strike since January": a strike held (the [events] protest idiom "go on strike")
    (re.compile(r"\b(?:is|are|was|were|been|remain|remained|remains|stay|stayed|go|goes|went|gone|going)\s+on\s+(?:an?\s+)?"
                r"(?:[\w'-]+\s+){0,2}?strike\b(?!\s+(?:pay|fund|ballot|vote|notice|action)\b)", re.I), "protest"),
    # "a car bomb exploded near a police station", "a device went off": a bombing ([event_context] explosives, exploding)
    (re.compile(rf"\b(?:{_alternation(_CONTEXT['explosives'])})\b[^,;.]{{0,40}}?\s(?P<at>(?:{_forms(_CONTEXT['exploding'], ('past',))})|"
                r"went\s+off|blew\s+up)\b", re.I), "assault"),
    # "claimed the election was stolen through fraud", "insisted he had been wrongfully jailed": a claim whose content
    # is a wrong someone did accuses, like "alleged" ([event_context] claiming, wrongs); not "claimed responsibility",
    # nor a wrong denied ("insisted he had committed no crime")
    (re.compile(rf"\b(?:{_forms([v for v in _CONTEXT['claiming'] if v != 'allege'], ('base', 'past', 's'))})"
                r"(?!\s+(?:[a-z]+ed|rose|fell|grew|were|are|have|had)\b)\s+(?:that\s+)?"  # not the noun: "insurance claims rose"
                r"(?!responsibility\b|credit\b|victory\b)(?:(?!\b(?:no|not|never|without)\b|n't)[^;:\"\u201c\u201d]){0,120}?"
                rf"\b(?:{_alternation(_CONTEXT['wrongs'])})\b", re.I), "accuse"),
    # "a bomber blew himself up outside the mosque", "detonated herself at a checkpoint": a suicide bombing, the
    # reflexive object of WordNet 3.0 explode.v.01's verbs (blow up, detonate) naming the bomber as the device
    (re.compile(rf"\b(?:(?:blew|blown|blowing|blows|blow)\s+(?:himself|herself|themselves)\s+up"
                rf"|(?:{_forms(_CONTEXT['exploding'], ('base', 'past', 's', 'ing'))})\s+(?:himself|herself|themselves))\b", re.I),
     "assault"),
    # "beat protesters with sticks", "was beaten to death": hitting people ([event_context] beating); the object a
    # pronoun or a collective of [words] groups, or "to death", "up" after the verb (a contest's rival is no victim)
    (re.compile(rf"\b(?:{_forms(_CONTEXT['beating'], ('base', 'past', 's'))}|beaten)\s+(?:(?:up|to\s+death)\b"
                rf"|(?:him|her|them|us|me)\b(?!\s+(?:to\s+(?!death)|in\s+the|by\s+\d|at\s+the|\d))"
                rf"|(?:(?:the|a|an|several|dozens\s+of|hundreds\s+of)\s+)?(?:[\w'-]+\s+)?"
                rf"(?:{alternation(sorted(set(load()['words']['groups'].split()) - {'voters', 'supporters'}))}|detainees|prisoners|journalists)\b)",
                re.I), "assault"),
    (re.compile(rf"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?P<at>beaten|{_forms(_CONTEXT['beating'], ('past',))})\s+"
                r"(?:up\b|with\b|and\b|while\b|in\s+(?:custody|detention|prison|jail|police)|by\s+(?:an?\s+|the\s+)?(?-i:[a-z]))",
                re.I), "assault"),  # "was beaten by police", "were beaten with batons"; not "beaten 2-1 by Chelsea"
    # "an airstrike hit a school", "missiles struck the port": munitions that land are an attack; "launched drones
    # at Kyiv" ([event_context] munitions, projectiles, hitting, launching)
    (re.compile(rf"\b(?:{_alternation(_CONTEXT['munitions'] + _CONTEXT['projectiles'])})\s+(?:[\w'-]+\s+){{0,3}}?(?:also\s+)?"
                rf"(?P<at>{_forms(_CONTEXT['hitting'], ('past',))})\s+(?!(?:a\s+)?(?:record|high|low|peak|snag|nerve|headlines?|"
                r"shelves|back)\b)", re.I), "assault"),
    (re.compile(rf"\b(?<!was )(?<!were )(?:{_forms(_CONTEXT['launching'], ('base', 'past', 's'))})\s+(?:[\w'-]+\s+){{0,4}}?"
                rf"(?:{_MUNITIONS})(?:\s+(?:and|or)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_MUNITIONS}))?\s+(?:overnight\s+)?"
                r"(?:at|toward|towards|against)\s", re.I), "assault"),
    # "blasted the deal as a surrender", "savaged the minister for the delays": harsh words ([event_context] savaging)
    (re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?:{_forms(_CONTEXT['savaging'], ('past', 's'))})\s+"
                r"(?:the|a|an|his|her|their|its|this|that|these|those|him|them|it|[A-Z])[^,.;:]{0,60}?\s(?:as|for)\s+\w", re.I),
     "accuse"),
    # "the storm hit the coast", "an earthquake struck": a disaster ([event_context] hazards, striking_hazard)
    # (an indefinite subject, a new hazard: "the quake hit at 11:47 p.m." retells one already told)
    (re.compile(r"(?:\b(?:an?|another)\s+(?:[\w.'-]+\s+){0,3}?|^(?!(?:the|this|that|its)\b)(?:[\w'-]+\s+){0,2}?)"
                rf"(?:{_alternation(_CONTEXT['hazards'])})\b(?!\s+of\s+(?!magnitude\b))(?:[^,;.]|(?<=\d)\.(?=\d)){{0,40}}?\s(?P<at>(?:{_forms(_CONTEXT['striking_hazard'], ('past',))})"
                r"(?:\s+into)?|made\s+landfall)\b", re.I), "other"),
    # "cut interest rates by 25 basis points", "slashed fuel subsidies": a policy decision ([event_context] policy_rates)
    (re.compile(rf"\b(?<!was )(?<!were )(?<!to )(?<!will )(?<!would )(?:{_forms(_CONTEXT['changing_rates'], ('past',))})\s+(?:(?:its|their|the|his|her)\s+)?"
                rf"(?:[\w'-]+\s+){{0,2}}?(?:{_alternation(_CONTEXT['policy_rates'])})\b(?!\s+(?:of\s+)?(?:increase|rise|cut|hike))",
                re.I), "other"),
    # "kept interest rates unchanged", "held its key rate at 4.5 percent": a rate decision that changes nothing, news
    # of a day like a cut: a past decision, the rate's modifiers no preposition ("held talks on taxes"), the level told
    # as a figure, and no period after ("kept the rate stable over the decade": a state of affairs) ([event_context]
    # keeping_rates, policy_rates, kept_rates_as)
    (re.compile(rf"\b(?<!was )(?<!were )(?:{_forms(_CONTEXT['keeping_rates'], ('past',))})\s+(?:(?:its|their|the)\s+)?"
                rf"(?:(?!(?:about|at|for|in|of|on|over)\b)[\w'-]+\s+){{0,2}}?(?:{_alternation(_CONTEXT['policy_rates'])})\s+"
                rf"(?:{_alternation(_CONTEXT['kept_rates_as'])}|on\s+hold|at\s+\d)\b"
                r"(?![^.;]{0,30}\b(?:over\s+the|since|throughout|for\s+(?:a\s+|the\s+past\s+)?(?:decades?|years|months))\b)",
                re.I), "other"),
    # "the court allowed the dam to proceed", "a judge cleared the merger": a ruling ([event_context] permitting,
    # judiciary); in the present only with a definite or named object ("the court allows the dam to proceed", a
    # lead's present; an object pronoun, "allows him to run", is definite too): "the court allows appeals only on
    # points of law" tells what it does as a rule (a bare plural or mass object in the simple present: generic, Quirk
    # et al. 1985 4.6), no ruling
    (re.compile(rf"\b(?i:{_alternation(_CONTEXT['judiciary'])})\s+(?:(?:of|in)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+)?"
                rf"(?i:(?:on\s+\w+day|\w+ly)\s+)?(?P<at>(?i:{_forms(_CONTEXT['permitting'], ('past',))})\b"
                rf"|(?i:{_alternation(sorted(f for v in _CONTEXT['permitting'] for f, t in tagged_forms(v).items() if t == 's'))})"
                rf"(?=\s+(?:(?i:{_alternation(['a', 'an', 'his', 'its', 'that', 'the', 'their', 'these', 'this', 'those', *_CONTEXT['object_pronouns']])})\b|[A-Z])))"), "other"),
    # "dissolved parliament": a body ended ([event_context] dissolving, legislatures)
    (re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?:{_forms(_CONTEXT['dissolving'], ('base', 'past', 's'))})\s+"
                rf"(?:(?:the|its|his|her|their)\s+)?(?:[\w'-]+\s+)?(?:{_alternation(_CONTEXT['legislatures'])})\b", re.I), "other"),
    # "spoke by phone", "held a phone call with": a conversation at a distance consults
    (re.compile(r"\b(?:spoke|speak|speaks|talked|talk|talks)\s+(?:[\w'-]+\s+){0,3}?(?:by|on\s+the|over\s+the)\s+"
                r"(?:tele)?phone\b|\b(?:(?:tele)?phone|video)\s+(?:call|calls|conversation|conversations)\s+with\b", re.I),
     "consult"),
    (re.compile(rf"\bdrop(?:s|ped|ping)?\s+(?:\w+\s+){{0,2}}(?:{_alternation(_CONTEXT['droppable'])})\b", re.I),
     "concede"),
    # not "to" right after the noun, an infinitive asked for or wanted with the forces as its object ("wants
    # foreign forces to leave"; Quirk et al. 16.63); "troops began to leave" is their own act
    (re.compile(r"\b(?:troops|forces|soldiers)\s+(?:\w+\s+){0,3}?(?<!troops to )(?<!forces to )(?<!soldiers to )"
                r"(?:leave|leaving|left|pull|pulling|pulled)\b(?![^.,;:]{0,60}?\b(?:dead|wounded|injured|hurt)\b)",
                re.I), "retreat"),  # not "fighting between troops and rebels left 9 dead": a toll (the first pattern)
    (re.compile(r"\border(?:s|ed)?\s+(?:\w+\s+){1,5}?to\s+leave\s+the\s+country\b", re.I), "sanction"),  # expulsion
    # "flew to Beijing for talks", "arrived in Kyiv on an unannounced visit": a visit consults
    (re.compile(rf"\b(?:{_alternation(sorted({f for v in _CONTEXT['travel'] for f in tagged_forms(v)}))})\s+"
                r"(?:to|in|into|for|on)\s[^.,;:]{0,50}?\b(?:for|on)\s+(?:[\w'-]+\s+){0,3}?"
                rf"(?:{_alternation([n for n, k in _NOUN_KIND.items() if k == 'consult'])})\b", re.I), "consult"),
    # "had a phone conversation with", "has held talks with": having talks with someone consults
    (re.compile(r"\b(?:have|has|had|having)\s+(?:(?:a|an|two|three|several|more)\s+)?"
                r"(?:(?!(?:no|the|not|never)\b|[\w'-]+ed\b)[\w'-]+\s+){0,2}?"
                rf"(?:{_alternation([n for n, k in _NOUN_KIND.items() if k == 'consult'])})\s+with\b", re.I), "consult"),
    # "sent an 82-member rescue team", "deployed medical teams": sending relief aids; "sent
    # troops" mobilizes ([event_context] senders, relief, forces)
    (_sending(_CONTEXT['relief']), "aid"),
    (_sending(_CONTEXT['forces']), "mobilize"),
    # "placed air defence units on high alert": raising a force's alert mobilizes (PLOVER MOBILIZE)
    (re.compile(r"\b(?:put|puts|putting|place|places|placed|placing)\s+(?:[\w'-]+\s+){1,8}?on\s+(?:high\s+|full\s+|"
                r"maximum\s+|heightened\s+|combat\s+)?alert\b", re.I), "mobilize"),
    # "cut gas deliveries to Italy", "halted all aid", "restored exports": a supplier reduces or
    # restores a relation ([event_context] supplied, supply_cut, supply_restore)
    (_acting_on(_CONTEXT["supply_cut"], _CONTEXT["supplied"]), "sanction"),
    (_acting_on(_CONTEXT["supply_restore"], _CONTEXT["supplied"]), "concede"),
    (_supply_passive(_CONTEXT["supply_cut"]), "sanction"),  # "gas deliveries to Italy were cut by 40%"
    (_supply_passive(_CONTEXT["supply_restore"]), "concede"),  # "deliveries were fully restored on March 1"
    # "bought a 20% stake in", "purchased the rival firm": an acquisition ([event_context] acquiring, acquired)
    (_acting_on(_CONTEXT["acquiring"], _CONTEXT["acquired"]), "agree"),
    # "suspended his campaign", "ended her presidential bid": candidates ending their own campaign, the guide's
    # `other` like withdrawing from the race, not a sanction ([event_context] ending_own, contests, bids)
    (re.compile(rf"\b(?:{_forms(_CONTEXT['ending_own'], ('base', 'past', 'ing', 's'))})\s+(?:his|her|their|its)\s+"
                rf"(?:[\w'-]+\s+){{0,2}}?(?:{_alternation(_CONTEXT['contests'] + _CONTEXT['bids'])})\b", re.I), "other"),
    # "withdrew from the presidential race", "dropped out of the contest": a campaign ended ([event_context] contests)
    (re.compile(r"\b(?:withdr(?:ew|aw|awn|aws|awing)|(?:pull|bow)(?:s|ed|ing)?\s+out|dropp(?:ed|ing)\s+out|drops\s+out)"
                r"\s+(?:of|from)\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+|their\s+)?(?:[\w'-]+\s+){0,2}?"
                rf"(?:{_alternation(_CONTEXT['contests'])})\b", re.I), "other"),
    # "declared a public health emergency", "declared the 'early warning' level of its gas emergency
    # plan": an emergency put in force mobilizes; not one ended or lifted ([event_context] emergencies)
    (re.compile(r"\bdeclar(?:e|es|ed|ing)\s+(?:(?!(?:that|if|whether|an?\s+end|the\s+end|over)\b)[^,.;:]){0,60}?\b"
                rf"(?:{_alternation(_CONTEXT['emergencies'])})\b", re.I), "mobilize"),
    # "imposed a state of emergency", "extended the state of emergency": put or kept in force ([event_context]
    # enforcing, emergencies)
    (re.compile(rf"\b(?:{_forms(_CONTEXT['enforcing'], ('base', 'past', 'ing', 's'))})\s+(?:a|an|the|its|their)\s+"
                rf"(?:[\w'-]+\s+){{0,2}}?(?:state\s+of\s+)?(?:{_alternation(_CONTEXT['emergencies'])})\b", re.I), "mobilize"),
    # "prices jumped 38% in a single day", "inflation rose to 6.4 percent in August": a figure's move told
    # as news, not a trend over a period ("fell 3% over the year", "since 2019") ([event_context] moves)
    (re.compile(rf"\b(?<!was )(?<!were )(?:{_alternation(sorted({f for v in _CONTEXT['moves'] for f, t in tagged_forms(v).items() if t == 'past'}))})"
                r"\s+(?:by\s+|to\s+|as\s+much\s+as\s+|nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+)*"
                r"[$\u20ac\u00a3]?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|cents?|billion|million)"
                r"(?!(?:[^.;]|\.(?=\d)){0,40}\b(?:over\s+the|since|during\s+the|in\s+the\s+(?:past|last|first|second|third|fourth)|"
                r"for\s+the\s+(?:year|quarter|month)|a\s+year\s+earlier|year-on-year|annual|"
                # a whole year's figure ("shrank by 0.3 percent last year", "grew 2% in 2023"): a total over a period
                r"(?:last|the\s+previous|the\s+whole)\s+year|in\s+(?:the\s+)?(?:\d{4}|year|full\s+year)|"
                # a period up to a date ("in the year to March", "in the nine months ending June 30"): a total over it
                r"in\s+the\s+(?:[\w-]+\s+){0,2}(?:year|quarter|half|months|weeks)\s+(?:to|ending|ended|through)\b)\b)", re.I), "other"),
    # "the union called off the strike", "prisoners ended their hunger strike": dissent eased by those who hold it, a
    # concession (CAMEO 082); the subject must be of those who strike or protest (_own_protest) ([event_context]
    # ending_protest)
    (_ENDING_PROTEST, "concede"),
    # "called off the next round of talks", "walked out of the negotiations": reducing relations, the
    # guide's sanction whatever the verb; resuming them consults (the consult nouns of [event_nouns])
    (re.compile(r"\b(?:call(?:s|ed|ing)?\s+off|walk(?:s|ed|ing)?\s+out\s+of|pull(?:s|ed|ing)?\s+out\s+of|"
                r"br(?:eak|eaks|oke|oken|eaking)\s+off)\s+(?:(?:the|a|an|this|that|these|its|their|all|further|"
                r"planned|scheduled|next|latest|first|second|third|fourth|fifth|new|peace|[\w'-]+\s+round\s+of)\s+)*"
                rf"(?:{_alternation([n for n, k in _NOUN_KIND.items() if k == 'consult'])})\b", re.I), "sanction"),
    # "was placed under police surveillance", "put him under house arrest": watching or confining a
    # person coerces ([event_context] surveillance)
    (re.compile(r"\b(?:plac(?:e|es|ed|ing)|put(?:s|ting)?)\s+(?:[\w'-]+\s+){0,3}?under\s+(?:[\w'-]+\s+){0,2}?"
                rf"(?:{_alternation(_CONTEXT['surveillance'])})\b", re.I), "coerce"),
    # "fined the bank $2 million", "was fined": a penalty, the guide's sanction ("a fine, a ban or an order to
    # stop operating"); only the past form, as "fine" and "fines" are an adjective and a noun too
    (re.compile(r"\bfined\b", re.I), "sanction"),
    # "set up a joint monitoring mechanism", "launched a joint operation with": making or starting something
    # done together cooperates (PLOVER COOPERATE; Levin 1993, 26.4 create verbs and 55.1 begin verbs);
    # not a joint statement, which only says something together
    (re.compile(r"\b(?:set(?:s|ting)?\s+up|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|form(?:s|ed|ing)?|"
                r"launch(?:es|ed|ing)?|start(?:s|ed|ing)?|conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out)\s+"
                r"(?:a|an|the|their|its|two|three|several)\s+(?:[\w'-]+\s+)?joint\s+(?!statement|declaration|"
                r"communiqu|press|news|letter|appeal)", re.I), "cooperate"),
    # "a 120-member rescue team landed at the airport", "the first aid convoy reached the valley", "troops
    # arrived in the city": relief that arrives is aid given, forces that arrive are mobilized (the verbs
    # of arriving, Levin 1993, 51.1; [event_context] relief and forces, and the groups that carry relief)
    (_arriving(_CONTEXT["relief"] + _CONTEXT["carriers"]), "aid"),
    (_arriving(_CONTEXT["forces"]), "mobilize"),
    # "recalled its ambassador from Caracas": the envoy heads the verb's object (no "as" or preposition
    # before it: "recalled her time as ambassador" remembers)
    (re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?:{_forms(_CONTEXT['recalling'])})\s+"
                r"(?:(?!(?:as|to|for|of|by|with|on|in|from|at)\b)[\w'-]+\s+){0,2}?"
                rf"(?:{_alternation(_CONTEXT['envoys'])})\b", re.I), "sanction"),
    # "recalled 40,000 cars over faulty brakes", "would recall two batches of its pills": a maker's recall, its
    # goods the head of the verb's object, counted or its own ([event_context] recalled_goods; "recalled the
    # cars of the 1970s" remembers)
    (re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?<!the )(?:{_forms(_CONTEXT['recalling'])})\s+{_COUNTED_GOODS}"
                rf"(?:{_alternation(_CONTEXT['recalled_goods'])}){_GOODS_HEAD_END}", re.I), "other"),
    # "cut 2,000 jobs", "laid off 300 workers", "shed 12 percent of its workforce": an employer's job cuts
    # ([event_context] job_cutting, laying_off, jobs; "cut workers' pay" cuts the pay); not a total over a period
    # ("cut 2,000 jobs over the past decade": the guide's state of affairs)
    (re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?<!the )(?:{_forms(_CONTEXT['job_cutting'])}|"
                rf"(?:{_forms(_CONTEXT['laying_off'])})\s+off)\s+"
                rf"{_COUNTED_GOODS}(?:{_alternation(_CONTEXT['jobs'])}){_GOODS_HEAD_END}"
                r"(?![^.;]{0,30}\b(?:since|over\s+the\s+(?:past|last)|(?:in|during)\s+(?:the\s+)?(?:past|last|recent)\s+"
                r"(?:\w+\s+)?(?:years|months|decades?))\b)", re.I), "other"),
    (_USE_OF_FORCE, "coerce"), (_FIRING, "assault"), (_THROWING, "assault"), (_FIRED, "assault"),
    (re.compile(r"\bclaim(?:s|ed|ing)?\s+responsibility\b", re.I), "none"),
    # "tabled a bill", "tables an amendment": proposing is `other` (the guide's decisions on events); a
    # verb form with a determiner after it, never the noun ("at the table")
    (re.compile(r"\btabl(?:ed|es|ing)\s+(?:a|an|the|its|their|his|her|two|three|several|new)\s", re.I), "other"),
    # "reported a net loss of", "reports record quarterly profits", "posted a 20 percent rise in quarterly profit": a
    # release of results, news of a day (the guide's decisions on events; [event_context] posting, results)
    (re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?:{_forms(_CONTEXT['posting'], ('past', 's'))})\s+"  # not the base: "record sales" is no verb
                r"(?:(?:a|an|its|their|his|her)\s+)?(?:(?!(?:to|for|of|by|with|on|that)\b)"
                rf"[\w'%-]+\s+){{0,7}}?(?:{_alternation(_CONTEXT['results'])})\b", re.I), "other"),
    # "raised concerns", "raised both hope and anger": a matter voiced or a feeling, no act ([event_context] raised)
    (re.compile(r"\brais(?:e|es|ed|ing)\s+(?:(?!(?:to|for|of|by|with|on|in|from)\b)[\w'-]+\s+){0,3}?"
                rf"(?:{_alternation(_CONTEXT['raised'])})\b", re.I), "skip"),
    # "was held in isolation", "held him under house arrest": keeping a person confined coerces
    # ([event_context] custody; the guide's "taking custody" is coerce)
    (re.compile(r"\b(?:hold|holds|held|holding)\s+(?:[\w'-]+\s+){0,3}?(?:in|under|into)\s+(?:[\w'-]+\s+){0,2}?"
                rf"(?:{_alternation(_CONTEXT['custody'])})(?=\s*$|[,.;:]|\s+(?:for|since|until|at|in|on|after|pending|"
                r"without|and|while|awaiting|as|over|before|by)\b)", re.I), "coerce"),
    # "took to the streets to celebrate the victory", "marched through the city celebrating": a crowd
    # out to celebrate ([event_context] celebrating) holds no protest
    (re.compile(r"\b(?:(?:take|takes|took|taken|taking)\s+to\s+the\s+streets?|(?:march|rall(?:y|ie)|parad(?:e))(?:s|d|ed|ing)?)"
                r"\s+(?:[\w'-]+,?\s+){0,5}?(?:to\s+|in\s+)?(?:"
                rf"{_forms(_CONTEXT['celebrating'], ('base', 'ing'))}|celebrations?)\b", re.I), "skip"),
    # "was found dead in his flat": a death told by its finding (the guide's `other` for a death), the verb's time
    (re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?P<at>found)\s+dead\b", re.I), "other"),
    # "took office as president", "assumed office", "took the oath of office": an office taken (WordNet 3.0 take_office.v.01 "assume an office, duty, or
    # title"; the guide's `other`, like being sworn in)
    (re.compile(r"\b(?<!to )(?:(?:take|takes|took|taken|taking|assume|assumes|assumed|assuming)\s+office"
                r"|(?:take|takes|took|taken|taking)\s+the\s+oath\s+of\s+office)\b", re.I), "other"),
    # "named Ute Klein as his finance minister", "was named head of the central bank": an office given (WordNet 3.0
    # appoint.v.02 / name.v.03 "charge with a function": "She was named Head of the Committee"; the guide's
    # `other`, like appointing), the office one of [event_context] offices
    (re.compile(r"\b(?<!was )(?<!were )(?<!been )nam(?:ed|es|ing)\s+(?-i:[A-Z][\w.'-]*\s+){1,4}(?:as\s+)?"
                rf"(?:(?:the|its|his|her|their|a|an)\s+)?(?:(?!(?:in|by|on|at|after|for|of)\b)[\w'-]+\s+){{0,3}}?"
                rf"(?:{_alternation(_CONTEXT['offices'])})\b", re.I), "other"),
    (re.compile(r"\b(?:was|were|been)\s+(?P<at>named)\s+(?:as\s+)?(?:(?:the|its|his|her|their|a|an)\s+)?"
                rf"(?:(?!(?:in|by|on|at|after|for|of)\b)[\w'-]+\s+){{0,3}}?(?:{_alternation(_CONTEXT['offices'])})\b", re.I),
     "other"),
    # "farmers dumped manure outside the ministry in protest at the rules", "closed their shops in protest over the
    # killing": an act done as a protest (its adjunct of purpose says so) is one, whatever its
    # verb; the past verb right before the phrase, over its object, not one of a clause before it
    (re.compile(r"\b(?<!was )(?<!were )(?<!been )(?<!\bthe )(?<!\ba )(?:[a-z]+ed|" + alternation(sorted(set(load()["topics"]["irregular_past"].split())))
                + r")\s+(?:(?!(?:who|which|that|and|but|as|after|when|while|where|were|was|had|have|has|to)\b)(?![a-z]+ed\b)[\w'-]+\s+){0,8}?"
                r"in\s+protest\s+(?:at|against|over|of|after)\b", re.I), "protest"),
    # "the Senate confirmed Ana Ruiz as ambassador", "confirmed the appointment of": a vote on an office, no report
    # ([event_context] confirming, appointing_nouns, offices); "confirmed that ..." stays a reporting frame
    (re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?:{_forms(_CONTEXT['confirming'], ('base', 'past', 's'))})\s+"
                r"(?:(?-i:[A-Z][\w.'-]*\s+){1,4}|(?:the|his|her|their|its|a)\s+(?:(?!(?:that|to|for|by|with|on|in)\b)[\w'-]+\s+){1,4}?)"
                rf"as\s+(?:(?:the|its|his|her|their|a|an)\s+)?(?:(?!(?:in|by|on|at|after|for|of)\b)[\w'-]+\s+){{0,3}}?"
                rf"(?:{_alternation(_CONTEXT['offices'])})\b"
                rf"|\b(?:{_forms(_CONTEXT['confirming'], ('base', 'past', 's'))})\s+(?:the|his|her|their|its)\s+"
                rf"(?:[\w'-]+\s+)?(?:{_alternation(_CONTEXT['appointing_nouns'])})\s+of\b", re.I), "other"),
    # "chanted slogans against the government", "shouted anti-war slogans": a crowd's protest ([event_context]
    # sloganeering, slogans)
    (_verb_then_noun("sloganeering", _alternation(_CONTEXT["slogans"]), "to|for|of|by|with|on|in|from|at|that|as"), "protest"),
    # "walked off the job", "walk off their jobs": a strike ([event_context] quitting_work)
    (re.compile(rf"\b(?:walk|walks|walked|walking)\s+off\s+(?:the|their|his|her|its)\s+(?:{_alternation(_CONTEXT['quitting_work'])})\b",
                re.I), "protest"),
    # "dumped tonnes of milk outside the agriculture ministry": a load tipped at a seat of government
    # ([event_context] dumping, protest_sites)
    (re.compile(rf"\b(?<!was )(?<!were )(?<!been )(?<!\bthe )(?<!\ba )(?:{_forms(_CONTEXT['dumping'], ('base', 'past', 's'))})\s+"
                r"(?:(?!(?:who|which|that|and|but|to|was|were|had|has|have|into|from|by)\b)[\w'-]+\s+){1,6}?"
                r"(?:outside|in\s+front\s+of|at\s+the\s+(?:gates?|doors?|entrance|steps)\s+of|on\s+the\s+steps\s+of)\s+"
                rf"(?:(?:the|a|an|its|their)\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{_alternation(_CONTEXT['protest_sites'])})\b", re.I),
     "protest"),
    # "a plane crashed", "a ferry carrying 200 passengers sank", "two trains collided": a transport accident, told by
    # its vehicle as a new subject (as for a hazard: "the plane crashed" retells one), with no doer ([event_context]
    # conveyances, mishaps); the vehicle the head of the subject, its postmodifier a participle or a preposition
    # ("jet fuel sank": the fuel), the verb with no object ("sank the deal": another sense); not in a relative clause,
    # nor one that nearly or never happened
    (re.compile(r"(?:\b(?:an?|another)\s+(?:(?!of\b)[\w.'-]+\s+){0,3}?|^(?!(?:the|this|that|its)\b)(?:(?!of\b)[\w'-]+\s+){0,2}?)"
                rf"(?:{_alternation(_CONTEXT['conveyances'])})\b(?:\s+(?:[a-z]+ing|[a-z]+ed|{_alternation(sorted(_PREPOSITIONS))})\b"
                r"(?:(?!\b(?:that|which|who|whose|nearly|almost|not|never|no|was|were|been|would|could|might)\b)[^,;.]){0,40}?)?"
                rf"\s(?:\w+ly\s+)?(?P<at>{_forms(_CONTEXT['mishaps'], ('past',))})\b"
                r"(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those|\d))", re.I), "other"),
]
_CONSULT_NOUNS = tuple(n for n, k in _NOUN_KIND.items() if k == "consult")
_GAPPED_WORDS: list[tuple[str, ...]] = [
    ("leav", "left"),
    ("contempt",), ("captur", "recaptur", "seiz", "retak", "retook", "overr", "conquer", "control"),
    ("captur", "recaptur", "seiz", "retak", "retook", "overr", "conquer"),
    ("gather", "assembl", "congregat", "crowd", "flock", "mass", "converg"), ("summon",), ("summon",), ("protest",),
    ("exchang", "swap"), ("dismiss", "sack", "fire", "fired", "firing", "oust", "remov"), ("cho", "select", "pick"), ("cho", "select", "pick"), ("custody", "detention"), ("break", "broke"), ("strike",), ("explod", "detonat", "went", "blew"), ("claim", "contend", "insist", "assert"), ("blew", "blow", "explod", "detonat"), ("beat", "club", "cane", "flog", "whip", "lash", "batter", "bludgeon"),
    ("beat", "club", "cane", "flog", "whip", "lash", "batter", "bludgeon"), ("hit", "struck", "strik", "pound", "target"), ("launch",), ("savag", "blast", "pillor", "crucif"), ("hit", "struck", "strik", "batter", "lash", "pound", "slam", "landfall"),
    ("cut", "lower", "slash", "reduc", "hike", "rais", "increas"), ("kept", "left", "held"),
    ("allow", "permit", "clear"), ("dissolv",), ("phone",), ("drop",), ("leav", "left", "pull"), ("leave",), _CONSULT_NOUNS, _CONSULT_NOUNS,
    ("send", "sent", "dispatch", "deploy"), ("send", "sent", "dispatch", "deploy"), ("alert",),
    ("cut", "halt", "reduc", "slash", "curb", "sever"), ("restor", "resum"), ("cut", "halt", "reduc", "slash",
    "curb", "sever"), ("restor", "resum"), ("bought", "buy", "purchas", "sell", "sold"),
    ("end", "termin", "suspend", "quit", "abandon"), ("withdr", "out"), ("declar",), ("impos", "extend", "renew", "introduc"), ("rose", "risen", "fell", "fallen", "jump", "climb", "soar", "surg", "plung",
    "plummet", "slump", "tumbl", "drop", "dip", "increas", "decreas", "declin", "grew", "grown", "shrank", "shrunk",
    "slid", "rebound", "spik"), ("off", "end", "suspend", "halt", "abandon", "cancel", "postpon"), ("off", "out"), ("under",), ("fined",), ("joint",), ("arriv", "landed", "reached"),
    ("arriv", "landed", "reached"), ("recall",), ("recall",), ("axe", "axi", "cut", "elimin", "laid", "lay", "shed", "slash"),
    ("fir", "use", "using", "employ", "deploy"), ("fir",),
    ("threw", "throw", "hurl", "lob", "flung", "fling"), ("fired", "thrown", "hurled", "lobbed", "flung"), ("responsibility",),
    ("tabl",), ("report", "post", "record"),
    ("rais",), ("hold", "held"), ("celebrat", "fet", "rejoic", "exult"), ("dead",), ("office",), ("nam",), ("nam",),
    ("protest",), ("confirm",), ("chant", "shout", "yell", "scream", "rais"), ("walk",),
    ("dump", "pour", "unload", "offload"), ("crash", "sank", "sunk", "collid", "plung"),
]
"""Per pattern of _GAPPED, the starts of words (in lowercase) one of which stands in every match of
it: a clause with none of them is not searched (a cheap test before a costly search)."""
_GAPPED_TAGS = {f: t for v in (*_CONTEXT["capturing"], *_CONTEXT["gathering"], *_CONTEXT["beating"]) for f, t in tagged_forms(v).items()} \
    | {"named": "past", "found": "past"}  # "was named head of", "was found dead": passives
"""The tags of the forms of the verbs of _GAPPED that no event lemma has (for a passive: "was captured")."""
if len(_GAPPED_WORDS) != len(_GAPPED):
    raise ValueError("_GAPPED_WORDS needs one entry per pattern of _GAPPED")
# grouped by first letter (the words are letters only): the engine tries one group per word start, not every word
_GAPPED_ANY_WORD = re.compile(r"\b(?:" + alternation(sorted({re.escape(w) for ws in _GAPPED_WORDS for w in ws})) + ")")
_GAPPED_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _word in sorted({w for ws in _GAPPED_WORDS for w in ws}):
    _GAPPED_BY_FIRST[_word[0]] = (*_GAPPED_BY_FIRST.get(_word[0], ()), _word)
_GAPPED_OF_WORD: dict[str, tuple[int, ...]] = {}
"""Per word of _GAPPED_WORDS, the indices of the patterns of _GAPPED that need it, in order."""
for _k, _needed in enumerate(_GAPPED_WORDS):
    for _word in sorted(set(_needed)):
        _GAPPED_OF_WORD[_word] = (*_GAPPED_OF_WORD.get(_word, ()), _k)


def _gapped_words(low: str) -> set[str]:
    """The words of _GAPPED_WORDS that start a word of ``low``: one search of them all, then, where
    one starts, every one that starts there (the words are letters only: none starts inside another's match)."""
    return {w for m in _GAPPED_ANY_WORD.finditer(low) for w in _GAPPED_BY_FIRST[low[m.start()]]
            if low.startswith(w, m.start())}


_AND_PAST = r"(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?(?:warned|said|" + alternation(_COORDINATED_PAST) + r")\b"
# A phrasal past after "and" ("took to the streets", "found guilty", "sworn in"): it stays in the clause where the
# conjunct before it tells no act of its own (its subject is the clause's), or ends in a passive verb. A one-word past
# still opens a clause there (after an act of doing, "left the party and joined the opposition"; "were beaten and
# detained by soldiers", whose second verb tells the act).
_CUT_AT_PHRASE = re.compile(r"(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?(?:"
                            + alternation([f for f in _COORDINATED_PAST if " " in f]) + r")\b")
# A passive verb right before "and" ("was convicted and found guilty", "was elected and sworn in"): the participle
# after "and" shares the auxiliary, one predicate (Quirk et al. 13.38 on coordinated predications with an ellipted
# auxiliary), no clause of its own.
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|not\s+)?[\w-]+\s*$", re.IGNORECASE)
_CLAUSE = re.compile(  # the cuts at spaces share one "\s+" and look ahead from it: one try per space, not three
    r";\s+|:\s+(?=[\w'-]+\s)|,\s+(?=(?:while|but|after|saying|and(?!\s+to\s)|when|then)\s)"
    # a continuative relative clause that ends the sentence (", which ordered the evacuation of ...";
    # Quirk et al. 17.22): an act of its own, told of its antecedent
    r"|(?=,\s+(?:which|who)\s+(?:\w+ly\s+)?(?:had\s+|has\s+|have\s+|was\s+(?:\w+ly\s+)?|were\s+(?:\w+ly\s+)?)?(?:" + alternation(_RELATIVE_PAST) + r")\s[^,;]*$)"
    r"|^(?:Although|Though|While|When|After|Before|Since|Because|Once)\s[^,;]{3,80},\s+"
    r"|\s+(?=and\s+(?:would|will)\s"
    r"|" + _AND_PAST + r"|(?:after|before|since|when|because|until|whereas|whilst|(?<!such )(?<!so )(?<!well )(?<!same )as(?!\s+an?\s))"
    r"(?:,\s+[^,;]{2,30},)?\s+"  # over a parenthesis ("when, for a time, the state outlawed")
    r"(?:he|she|they|it|we|the|a|an|his|her|its|their|our|thousands|hundreds|dozens|police|[A-Z][\w'-]*|"
    + alternation(sorted(set(load()["words"]["groups"].split()))) + r")\b"  # "as lawmakers passed": a collective subject
    r"(?:[^,;]{0,60}?|[^,;]{0,40}?,[^,;]{1,60}?,\s+)"  # over an apposition ("after X, mayor of Y, was")
    r"\b(?:was|were|had|has|have|\w+ed)\b)"
)
# After the object, what a clause goes on with is another event, an attribution or background.
_TAIL = re.compile(
    r",\s+(?=(?:with|without|as|after|before|following|since|until|including|leaving|prompting|citing|claiming|"
    r"calling|the same|in a statement|reportedly|in what|(?!killing|wounding|injuring)\w+ing(?=\s))\b)"
    r"|(?:,\s+|\s+)(?=(?:where|while|saying|adding|according to|because|although|though|"
    r"despite|amid|so that|so he|so she|so they|in order to|in a bid|to gain|until)\b)"
    r"|,\s+(?=(?:which|who|whom|whose|that would|that will|that had)\b)"
    r"|,\s+(?=(?:a|an)\s)|,\s+(?=[^,]{0,40}\b(?:said|says|told|reported|added|wrote)\b)"
    # a noun phrase in apposition to the clause that ranks its act ("..., the latest in a series of walkouts",
    # ", the third day of clashes"): it sums up or ranks the act, background the evidence leaves out
    r"|,\s+(?=(?:the|its|their|his|her)\s+(?:latest|first|second|third|fourth|fifth|last|biggest|largest|worst|"
    r"deadliest|heaviest|highest|lowest|most|fiercest|bloodiest|\d+(?:st|nd|rd|th))\s)"
    r"|\s+[\u2014\u2013]\s+|\s+-\s+|:\s+[\"\u201c]"
    r"|\s+(?=(?:after|before|whilst|when)\s+(?:he|she|they|it|we|the|a|an|his|her|their|[A-Z][\w'-]*)\b[^;]{0,80}?"
    r"\b(?:was|were|had|has|have)\b)",
    re.IGNORECASE,
)
_LEADING = re.compile(r"(?:and|but|or|then|so|after|before|since|when|because|until|whereas|although|though|"
                      r"once|which|who|as(?!\s+(?:many|much|few|little|well|part|a\s+result|of|for|soon|long|far|recently|"
                      r"early|late|such|if|though)\b))\s+", re.IGNORECASE)
_BY = re.compile(r"\bby\s+", re.IGNORECASE)
# The attribution frame before a reported act ("Officials said that ...", "X told reporters"),
# which the evidence leaves out.
_FRAME = re.compile(r"\b(?:said|says|reported|stated|added|wrote|noted|confirmed"
                    r"|told\s+(?:reporters|journalists|the\s+\w+))(?:\s+on\s+\w+)?(?:\s+that)?\s+", re.IGNORECASE)


def cue(clause: str, lang: str = "en") -> tuple[int, str] | None:
    """(offset, kind) of the event verb of ``clause``: the first with a specific kind, else the
    first of kind `other` ("collapsed when shells slammed into": the shelling is the act)."""
    if lang != "en":
        return lemmas(lang).cue(clause)
    found = [(at, kind) for at, kind, _ in _main(clause, list(_cues(clause)))]
    specific = [c for c in found if c[1] != "other"]
    return (specific or found or [None])[0]


# A relative clause or a participle with its "by" phrase set off by commas ("X, which had backed
# the sit-in, called on ...", "Germany, backed by the Netherlands, blocked ..."): an aside about
# the subject, not the clause's own act.
_ASIDE = re.compile(r",\s+(?:which|who|whose|whom)\s[^,;]*,|,\s+\w+ed\s+by\s[^,;]*,", re.IGNORECASE)


def _main(clause: str, found: list):
    """The cues outside the clause's asides, when any is."""
    asides = [m.span() for m in _ASIDE.finditer(clause)]
    main = [c for c in found if not any(a <= c[0] < b for a, b in asides)]
    if not main and asides and _DEFINITE_ACT_SUBJECT.match(clause):
        return []  # "The strike, called by the union, is the second this year": an aside on an act known already
    return main or found


# A definite noun of an act as the clause's subject, with an aside after it (Quirk et al. 5.26-5.32: the
# definite article points back to what was told): the act told already, the aside its background.
_DEFINITE_ACT_SUBJECT = re.compile(
    r"\W*(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:"
    + alternation(sorted(n for n, k in _NOUN_KIND.items() if k not in ("none",))) + r")\s*,\s", re.IGNORECASE)


def _cues(clause: str):
    """(offset, kind, passive) of every act the clause's verbs report, in order; the verb of a
    relative clause ("a gunman who killed three", "the panel that advised") only when no other
    verb of the clause reports an act of a specific kind, and only one of a specific kind itself:
    it tells about its noun when the main clause has an act of its own ("Police arrested a
    gunman who killed three"), else it is the act reported ("Police are hunting a gunman who
    killed three", "released a report that blamed the rebels")."""
    found, relative = [], False
    for at, kind, passive, opens in _all_cues(clause):
        # a verb coordinated with a relative clause's verb is in it too ("that blamed X and called it")
        relative = opens and not _CONTINUATIVE.match(clause) or (relative and clause[max(0, at - 4) : at].lower() == "and ")
        found.append((at, kind, passive, relative))
    main = [c[:3] for c in found if not c[3]]
    if any(c[1] != "other" for c in main):
        return main
    return [c[:3] for c in found if not c[3] or (c[1] != "other" or not main) and _NEW_REFERENT.search(clause, 0, c[0])
            and not (_DESCRIBED.search(clause, 0, c[0]) and not _OWN_TIME.search(clause, c[0]))]


# A main clause that describes with "be" or "have" as its verb ("The camp is home to half a million people who fled the
# fighting", "The town has 300 families who lost their homes"; Quirk et al. 10.7 on the copula): its relative clause
# tells who they are, no act of the story (unlike "Police are hunting a gunman who killed three"), unless it has a time
# of its own ("a former guard who stabbed two officers on Friday": the guide's background told with a time).
_DESCRIBED = re.compile(r"\b(?:is|are|was|were|has|have)\s+(?!(?:been|being|not|also|now)\b)(?![a-z]+(?:ed|en|ing)\b)"
                        r"[^,;:]*\b(?:who|that|which)\s+[^,;:]*$", re.IGNORECASE)


# A clause that is a continuative relative clause of its own (cut off by _CLAUSE with its comma): its
# verb is its act.
_CONTINUATIVE = re.compile(r",\s+(?:which|who)\s", re.IGNORECASE)


# A relative clause on an indefinite noun phrase ("a gunman who killed three") tells something
# new, which may be the news; one on a definite noun phrase ("the officials who ordered the
# change") identifies its referent by what the reader knows already (Quirk et al. 17.9, 5.26).
_NEW_REFERENT = re.compile(r"\b(?:[Aa]n?|[Oo]ne|\d[\d,]*)\s+(?:[\w'-]+\s+){0,3}?(?:who|which|that)\s+(?:\w+ly\s+)?"
                           r"(?:[\w'-]+\s+and\s+(?:\w+ly\s+)?)?(?:[\w'-]+\s+){0,6}?$")


def _all_cues(clause: str):
    """(offset, kind, passive, relative) of every act the clause's verbs report, in order."""
    words = [(at, word) for at, _, word in lowered_words(clause)]
    labelled = _labellings(clause) if may_match(_LABELLING_WORDS, clause) else {}
    gapped: dict[int, str] = {}
    unfolded = clause.isascii()  # re.I folds a few non-ASCII letters to ASCII ones: a clause with any is searched
    present = _gapped_words(clause.lower())
    # the patterns one of whose words the clause holds, in _GAPPED's order (every one for a clause re.I may fold)
    searched = range(len(_GAPPED)) if not unfolded else sorted({k for w in present for k in _GAPPED_OF_WORD[w]})
    for pattern, kind in (_GAPPED[k] for k in searched):
        for m in pattern.finditer(clause):
            if pattern is _THROWING and (not _aimed_at_someone(clause, m.end())
                                         or any(w.lower() in _HURLED_WORDS for w in _WORD.findall(m.group()))):
                continue  # "threw a reception at the embassy": no missile
            if pattern is _FIRING and not _literal_shot(clause, m):
                gapped.setdefault(m.end() - len(m.group().split()[-1]), "skip")  # the noun "shot", no verb
                continue  # "fired the first shot in the budget battle": no attack
            if pattern is _ENDING_PROTEST and not _own_protest(clause, m.start()):
                continue  # "police ended a riot": no concession of the rioters'
            gapped.setdefault(m.start("at") if "at" in pattern.groupindex else m.start(), kind)
    # only the words that start a cue phrase or where a gapped or labelling pattern matched: at any other the loop's
    # body does nothing (no form, no gapped or labelled offset)
    told = False  # an act found before in the clause
    starts = [i for i, (at, word) in enumerate(words) if word in _PHRASE_STARTS or at in gapped or at in labelled] \
        if gapped or labelled else [i for i, (_, word) in enumerate(words) if word in _PHRASE_STARTS]
    if not starts:
        return  # no word to read: what the clause wishes, plans or claims below is not sought
    wished = _WISHED.search(clause) if may_match(_VOLITION_WORDS, clause) else None
    wished_from = wished.end() if wished else len(clause)  # "wants the army to leave and the port shut": wished for
    planned = bool(_UNDER_MEASURE.match(clause))  # "Under the plan, the government would ban ...": its content
    claimed = _CLAIMED.search(clause) if may_match(_CLAIMING_WORDS, clause) else None
    claimed_from = claimed.end() if claimed else len(clause)  # "claimed Biden won the election": its content
    for i in starts:
        at, word = words[i]
        if at >= wished_from and not _BREAK.search(clause, wished_from, at):
            continue
        if at >= claimed_from and not _BREAK.search(clause, claimed_from, at):
            continue
        if planned and _WILL_BEFORE.search(clause, max(0, at - 30), at):
            continue
        if at in gapped:
            if gapped[at] == "none":
                return
            if gapped[at] == "skip":
                continue
            if _previous(words, i) == "to" and not _verbal(words, i, "base"):
                continue  # "want the government to sack the minister": asked for, as for any verb after "to"
            if _previous(words, i) == "to" and i >= 2 and _FORMS.get(words[i - 2][1], ("", ""))[0] == "reject":
                continue  # "refused to confirm the nomination" (a verb of [events] reject): the act refused is not done
            if not _excluded(clause[:at]):  # "was held in contempt": a passive, its subject the target
                tag = _FORMS[word][1] if word in _FORMS else _GAPPED_TAGS.get(word)
                if tag == "past" and 1 <= i <= 2 and _generic_subject(clause, words, i):
                    continue  # "People held in contempt are referred to ...": a class, no act
                if gapped[at] == "other" and _perfect_over_period(clause, words, i):
                    continue  # "has raised interest rates six times since last year": a total over a period
                if _MEASURE_CONSEQUENCE.match(clause[:at]):
                    continue  # "the deal would raise prices": what a measure would do
                if gapped[at] not in _HOSTILE_KINDS and _WILL_BEFORE.search(clause, max(0, at - 30), at) \
                        and _condition_of(clause, at, _IF_AFTER, at):
                    continue  # "would cut 2,000 jobs if sales fell": a condition, as for any verb (below)
                hazard = gapped[at] == "assault" and _hazard_subject(clause, at)
                yield at, "other" if hazard else gapped[at], tag == "past" and _previous(words, i) in _BE, False
                continue
        if at in labelled and _verbal(words, i, "past"):
            labelled_thing = words[i + 1][0] if i + 1 < len(words) else at
            yield at, labelled[at] if labelled[at] != "label" else "reject" if _PROPOSAL.match(clause, labelled_thing) \
                else "accuse", False, False
            continue
        form = _longest(words, i) if word in _PHRASE_STARTS else None  # every form's first word is a key
        if form is None:
            continue
        kind, tag = _FORMS.get(form, (None, _LIGHT.get(form) or _SUBJECT_LIGHT.get(form)))
        if tag == "ing" and kind == "request" and not told and _LETTER_BEFORE.search(clause, max(0, at - 120), at):
            yield _LETTER_BEFORE.search(clause, max(0, at - 120), at).start(), kind, False, False
            told = True  # "wrote to the council asking for ...": a letter that asks is one request (the guide's row)
            continue
        if tag == "ing" and kind in _SPEECH_ACT_KINDS and not told and _said_then(clause, at) \
                and (kind != "accuse" or _ACCUSED.match(clause, words[i + 1][0] if i + 1 < len(words) else len(clause))):
            yield at, kind, False, False  # "..., the ministry said, urging residents to stay at home": a demand made
            told = True
            continue
        if not _verbal(words, i, tag) or _excluded(clause[:at]) and not _conditional_threat(clause, words, i, kind):
            continue
        if " " not in form and _PARTICLE.match(clause, words[i + 1][0] if i + 1 < len(words) else len(clause)):
            continue  # "the station signed off", "the rocket lifted off on Monday": another verb than the cue's
        if form in _SHOOT_FORMS and i + 1 < len(words) and words[i + 1][1] == "up" \
                and not any(w in _ARMED for _, w in words):
            continue  # "prices shot up 20%", "shot up the agenda": a rise (WordNet 3.0 shoot_up.v.01), no gunfire
        if form in _PRESS_FORMS and not ((m := _OBJECT_TO.match(clause, at + len(form)))
                                         and (m.group("name") or (m.group("noun") or "").lower() in _PEOPLE)):
            continue  # "pressed ahead with the plan", "pressed the button": urging only with an object and "to"
        if form.endswith(" for") and (span := _DURATION.match(clause, words[i + len(form.split()) - 1][0])) \
                and not clause.startswith((" for ", " of "), span.end()):
            continue  # "campaigned for years against the dam": a span of time, not what is asked for (unless "for" or
            # "of" follows: "called for weeks of talks" asks for the talks)
        if form in _PLEAD_FORMS and ([w for _, w in words[i + 1 : i + 3]] == ["not", "guilty"]
                                     or [w for _, w in words[i + 1 : i + 2]] in (["innocent"], ["no"])):
            continue  # "pleaded not guilty", "pleaded innocent", "pleaded no contest": a plea in court, no request
        if form in _ATTEMPT and i + 1 < len(words) and words[i + 1][1] == "to":
            continue  # "sought to determine whether", "seeks to address": trying, not asking; the verb after tells the act
        if form in _POSITIONS:
            continue  # "supported the plan": a stance, no act
        if kind == "reject" and _NO_COMMENT.match(clause, words[i + 1][0] if i + 1 < len(words) else len(clause)):
            continue  # "declined to comment": no position refused, only words
        if i + len(form.split()) < len(words) and words[i + len(form.split())][1] in ("no", "neither"):
            continue  # "received no such protection": a negative object negates the act
        after = words[i + len(form.split())][1] if i + len(form.split()) < len(words) else None
        if tag == "past" and kind not in _INTRANSITIVE_KINDS and (after is None or after in _ADJUNCT_STARTS) \
                and _COMPARATIVE.search(clause, 0, at):
            continue  # "as the president had requested", "than Sonatrach had demanded": the object is the antecedent
        if tag == "past" and kind not in _INTRANSITIVE_KINDS and (after is None or after in _PREPOSITIONS) \
                and _OBJECT_RELATIVE.search(clause, 0, at):
            continue  # "a price revision that Sonatrach had demanded", "the cap that they sought in May": background
        if tag == "past" and kind not in _INTRANSITIVE_KINDS \
                and (after is None or after in _PREPOSITIONS or _adverb(after)) and _auxiliary(words, i) not in _BE \
                and _auxiliary(words, i) not in _FINITE_AUX and _reduced_relative(clause, at):
            continue  # "under the extension agreed on Wednesday": a participle on a preposition's object
        if tag == "past" and _auxiliary(words, i) not in _BE and _auxiliary(words, i) not in _FINITE_AUX \
                and _OPENING_OF.fullmatch(clause, 0, at) and _verb_later(clause, at + len(form)):
            continue  # "Relatives of miners killed in the blast blocked the road": a participle on the noun of the
            # subject's "of" phrase (a reduced relative, Quirk et al. 17.30), before the clause's own verb
        if tag == "past" and 2 <= i <= 3 and words[0][1] in _DEFINITE_OPENERS and _act_noun(words[i - 1][1]) \
                and form not in _SUBJECT_LIGHT and kind not in _INTRANSITIVE_KINDS \
                and (after is None or after in _PREPOSITIONS or _adverb(after)) and _later_finite(words, i):
            continue  # "The sanctions imposed on the firm in March also apply to ...": a participle on a definite
            # subject that names an act (told already), whose clause has a finite verb of its own
        if tag == "past" and _auxiliary(words, i) not in _BE and _auxiliary(words, i) not in _FINITE_AUX \
                and (i + 1 == len(words) or words[i + 1][1] in _PREPOSITIONS) \
                and _INFINITIVE_OBJECT.search(clause, max(0, at - 60), at):
            continue  # "promised to rebuild the market destroyed in the fighting": the object's background (a participle
            # with no object of its own; "Police sent to guard the embassy opened fire" is the clause's verb)
        if tag == "past" and 1 <= i <= 2 and _auxiliary(words, i) not in _BE and _auxiliary(words, i) not in _FINITE_AUX \
                and _generic_subject(clause, words, i):
            continue  # "Judges appointed by the president serve for life": a class of people, no act of a time
        # a verb light both ways with a kind of its own ("open"): its subject's kind when that names an act ("talks
        # opened"), else its object's ("opened an investigation"), else its own ("opened the bridge")
        # the subject's head, over a noun of its postmodifier ("talks on the deal began": talks, no deal)
        subject_head = (_subject_noun(words, i) or "") if form in _SUBJECT_LIGHT else ""
        own_kind = form in _SUBJECT_LIGHT and form in _FORMS and subject_head not in _NOUN_KIND
        if form in _SUBJECT_LIGHT:
            kind = _NOUN_KIND.get(subject_head, kind if form in _LIGHT else None)
        if form in _LIGHT and (kind is None or form not in _SUBJECT_LIGHT or own_kind):
            # "signed the budget into law": enacting, whose kind is what the law does ("signed a ban into
            # law" sanctions), else `other` (the guide: a rule that requires is `other`), no agreement
            enacted = kind == "agree" and _INTO_LAW.match(clause, at)
            j = i + len(form.split())
            j += 2 if enacted and [w for _, w in words[j : j + 2]] == ["into", "law"] else 0  # "signed into law a bill"
            kind = _object_kind(clause, words, j, "other" if enacted else kind)
            if form in _RELEASE_LIGHT and kind != "concede":
                continue  # "secured a $2 billion loan from the World Bank": a gain, the giver another (not "the release of")
        passive = tag == "past" and _auxiliary(words, i) in _BE
        if form in _LIGHT and form not in _SUBJECT_LIGHT and not passive \
                and (after is None or _adverb(after) or (after in _ADJUNCT_STARTS and after != "by")):
            continue  # "the truce largely held", "declared in the opinion": a light verb without its object is no act
        if passive and _auxiliary(words, i) in ("is", "are"):  # "the group is banned": a state of affairs
            continue
        if tag == "past" and _previous(words, i) in _COPULAR:
            continue  # "the crossing remains closed", "the schools stayed shut": a participle as a state's complement
        if passive and _past_perfect(words, i) and not _BY.search(clause, at):
            continue  # "(said) 23 people had been arrested": a past before the story's past, told as background
        if passive and form in _HOLD_FORMS and _person_subject(clause, words, i):
            continue  # "Sirhan was held apart from other inmates", "he was held for a week": kept, a state, no act
        if passive and form in _LIGHT:  # "a hearing was conducted": the subject names the act
            kind = _NOUN_KIND.get(_subject_noun(words, i) or "", kind)
        elif tag == "past" and form in _LIGHT and i and clause[: at].rstrip().endswith(",") \
                and words[i - 1][1] in _NOUN_KIND:
            # "The report, released on Thursday, found ...": a participle set off after its noun is a passive
            # of it (Quirk et al. 17.27 on reduced non-restrictive clauses), which that noun names
            kind = _NOUN_KIND[words[i - 1][1]]
        if passive and form in ("met", "greeted") and i + 2 < len(words) and words[i + 1][1] == "with":
            # "was met with protests", "was met with a wave of strikes": the reaction is the act; one
            # that names none ("was met with applause", "with silence") is no meeting either (WordNet 3.0
            # meet.v.10 "experience as a reaction")
            kind = _object_kind(clause, words, i + 2, None)
        if kind == "assault" and form in _ATTACK_FORMS and not passive and _WORDS_ATTACKED.match(clause, at):
            kind = "accuse"  # "attacked the proposal as reckless", "attacked the minister's remarks": criticism
        if kind == "assault" and form in _HARM_FORMS and tag == "past" and not passive and after is None \
                and _auxiliary(words, i) not in _FINITE_AUX and _QUANTITY_BEFORE.search(clause, 0, at):
            continue  # "95 civilians and hundreds of militants killed": a toll's participle, no object, no act told
        if kind == "assault" and form in _KILL_FORMS and (_THWARTED_OBJECT.match(clause, at) if not passive
                                                          else _THWARTED_SUBJECT.search(clause, max(0, at - 60), at)):
            continue  # "killed the bill's chances", "profits were killed by high costs": thwarting, no attack
        if kind == "other" and form in _DYING and _died_in(clause, at + len(form)):
            kind = "assault"  # "three people died in clashes", "two died in the shelling": the toll of a fight, which
            # the guide makes part of that one assault
        if kind == "assault" and _hazard_subject(clause, at):  # "the earthquake killed", "a fire killed": no assailant
            kind = "other"
        if form in _DESTROY and (passive and not _BY.search(clause, at)):
            continue  # "homes were destroyed": a state of the aftermath, its cause told elsewhere
        if form in _DESTROY and (_HAZARD.search(clause) or _ACCIDENT_DAMAGE.search(clause[:at])):  # "destroyed by the floods"
            kind = "other"
        if kind == "assault" and form.startswith(("strik", "struck")) and (
                _LABOUR.search(clause, 0, at) or _STRIKE_OVER.match(clause, at + len(form))):
            kind = "protest"  # "teachers struck for a third day", "its members voted to strike over pay": a labour strike
        if kind == "reject" and _BLOCKADE.match(clause, at):  # "blocked roads": a protest
            kind = "protest"
        if kind == "coerce" and form.startswith("dispers") and not passive \
                and (after is None or _adverb(after) or after in _ADJUNCT_STARTS or after in ("and", "but", "as")):
            kind = "retreat"  # "the crowds dispersed": leaving, not driven off (no object: intransitive)
        if kind == "coerce" and form.startswith("charg") and after == "that":
            kind = "accuse"  # "critics charged that the count was rigged": alleging, not charging someone
        if kind == "threaten" and _HAZARD.search(clause, at):  # "warned of heavy rain": a forecast, no threat
            kind = "other"
        if kind == "request" and form.startswith("petition") and _COURT.search(clause):
            kind = "accuse"  # petitioning a court sues: the guide's "a petition for judicial review" accuses
        elif kind == "accuse" and form in _LIGHT and _PUBLIC_PETITION.match(clause, at + len(form)) and not _COURT.search(clause):
            kind = "request"  # "launched a petition calling for ...": a public petition asks; one to a court sues
        if (tag == "s" or tag == "base" and _previous(words, i) in ("they", "we", "i", "you")) \
                and not passive and _HABITUAL.search(clause):
            continue  # "It raises money annually", "they march every year": a habit, no act of a time
        if tag == "s" and _previous(words, i) not in ("he", "she", "it") \
                and not (i and clause[words[i - 1][0]].isupper() and "," not in clause[words[i - 1][0] : at]) \
                and not _names_act(words, i, kind) \
                and not (kind != "other" and _singular_subject(words, i)):  # "issues", "rules": other's are nouns
            continue  # "the court's rules", "Aid groups share supplies": a plural noun or a habit
        if kind == "other" and _FORMS.get(form, ("",))[0] == "other" and tag == "past" \
                and _perfect_over_period(clause, words, i):
            continue  # "has received little rain since April", "have lost thousands since 2014": a total, a state
        if tag == "past" and i >= 2 and words[i - 1][1] == "long" and words[i - 2][1] in ("has", "have", "had", "'ve"):
            continue  # "has long accused the president of graft", "have long demanded": a position or habit held over
            # a period (a perfect of a state leading up to now), no act of a time
        if kind == "assault" and tag == "past" and not passive and _auxiliary(words, i) in ("has", "have", "'ve") \
                and _TOLL_OBJECT.match(clause, at + len(form)) \
                and _YEARS.search(clause, at, comma if (comma := clause.find(", ", at)) >= 0 else len(clause)):
            continue  # "clashes, which have killed thousands since 2001": a toll over a period (the guide's totals)
        if kind == "assault" and tag == "past" and not passive and _auxiliary(words, i) in ("has", "have", "'ve") \
                and _subject_noun(words, i) in _CONFLICTS and _TOLL_OBJECT.match(clause, at + len(form)) \
                and not _SINCE_DAY.search(clause, at) and not _OWN_TIME.search(clause, at):
            continue  # "the conflict has killed tens of thousands": a war's total up to now, a state (the guide's totals);
            # not the toll of days of fighting ("fighting has killed 40 since Friday"), which the guide's tolls make
            # part of that fighting, news of its own time
        if kind == "other" and tag == "past" and not passive and _IN_PROTEST.match(clause, at):
            kind = "protest"  # "closed their shops to protest the killing": an act done as a protest is one
        if kind in _HOSTILE_KINDS and not passive and _previous(words, i) in _FUTURE \
                and _condition_of(clause, at):
            kind = "threaten"  # "would call strikes unless ...": a threat made
        if kind not in (None, "none", "threaten") and _MEASURE_CONSEQUENCE.match(clause[:at]):
            continue  # "The deal would raise prices", "the bill would ban smoking": what a measure would do, no act
        if kind not in (None, "none", "threaten") and _WILL_BEFORE.search(clause, max(0, at - 30), at) \
                and _WH_BEFORE.search(clause, max(0, at - 60), at):
            continue  # "declined to say when the border would be opened": an embedded question, not an act told
        if kind not in (None, "none", "threaten") and _WILL_BEFORE.search(clause, max(0, at - 30), at) \
                and _condition_of(clause, at, _IF_AFTER, at):
            continue  # "would be lifted once infection rates fall", "would resign if the bill passed": a condition
        if kind is not None and kind != "none":
            told = True
            yield at, kind, passive, _after_relative(clause, words, i)


# Attacking in words (WordNet 3.0 attack.v.02 "attack in speech or writing"): the verb's object is
# what is said, proposed or decided ([event_context] proposals and measures, the nouns of
# [event_nouns] other and none: "attacked the plan", "attacked the minister's remarks"), or an object
# complement after "as" judges it ("attacked the deal as a betrayal"; Quirk et al. 16.43).
_ATTACK_FORMS = frozenset(f for f, t in tagged_forms("attack").items() if t != "ing")
_ATTACKED_TAIL = (
    r"(?:(?:the|a|an|this|that|these|those|its|his|her|their|our|[\w'-]+'s?)\s+)?(?:[\w'-]+\s+){0,3}?(?:(?:"
    + _alternation(sorted({*_CONTEXT["proposals"], *_CONTEXT["measures"], "remarks", "comments", "speech", "decision",
                           *(n for n, k in _NOUN_KIND.items() if k in ("other", "none"))}))
    + r")(?=\s*$|\s*[,.;:]|\s+(?:as|for|over|on|in|and|but|saying|during|at)\b)|[^,.;:]{1,60}?\sas\s+(?:an?\s+|the\s+)?"
    r"(?!(?:part|well|soon|long|a\s+result|they|he|she|it|we|police|troops|soldiers)\b)[\w'-]+)")
_WORDS_ATTACKED = re.compile(r"[\w'-]+\s+" + _ATTACKED_TAIL, re.I)


_KILL_FORMS = frozenset(tagged_forms("kill"))
# The verbs of harming people that take an object (kill, wound, injure: [events] assault): a past form that ends its
# clause with none after a counted noun ("hundreds of militants killed", "95 civilians wounded") is the participle of
# a toll (Quirk et al. 17.30 on reduced relatives), not the verb of an act.
_HARM_TAGGED = {f: t for v in ("kill", "wound", "injure", "hurt") for f, t in tagged_forms(v).items()}
_HARM_FORMS = frozenset(f for v in ("kill", "wound", "injure") for f in tagged_forms(v))
_QUANTITY_BEFORE = re.compile(r"\b(?:\d[\d,.]*|dozens|hundreds|thousands|scores|millions|many|several|some|two|three|four|five|"
                              r"six|seven|eight|nine|ten|twenty|fifty)\s+(?:of\s+)?(?:[\w'-]+\s+){0,3}?$", re.IGNORECASE)
_SHOOT_FORMS = frozenset(tagged_forms("shoot"))
_THWARTED = _alternation(_CONTEXT["thwarted"])
_THWARTED_OBJECT = re.compile(r"[\w'-]+\s+(?:off\s+)?(?:(?:the|a|an|any|all|its|his|her|their|our|this|that)\s+)?"
                              rf"(?:[\w'-]+(?:'s?)?\s+){{0,2}}?(?:{_THWARTED})\b(?!-)", re.IGNORECASE)
_THWARTED_SUBJECT = re.compile(rf"\b(?:{_THWARTED})\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)(?:\w+ly\s+)?$",
                               re.IGNORECASE)
_INTO_LAW = re.compile(r"[\w'-]+\s+(?:[\w'-]+\s+){0,8}?into\s+law\b", re.IGNORECASE)


# An adjunct of frequency ([event_context] frequency, periods): "annually", "every year".
_HABITUAL = re.compile(rf"\b(?:{_alternation(_CONTEXT['frequency'])}|(?:every|each)\s+(?:{_alternation(_CONTEXT['periods'])}))\b",
                       re.IGNORECASE)


# A particle after a verb with nothing for it to govern makes a phrasal verb of another meaning
# ("signed off and went off the air", "lifted off on Monday", "shot up last week"; Quirk et al.
# 16.2-16.5): "off" or "up" at the clause's end or before a conjunction, a preposition or a time
# word, not a preposition with its object ("seized off the coast") nor "up to" a number ("killed
# up to 30"), and not before "with" ("met up with", a phrasal-prepositional verb). The lexicon's own phrasal
# verbs ("give up", "call off") are matched whole before this.
_PARTICLE = re.compile(rf"(?:{_alternation(_CONTEXT['particles'])})(?:\s*$|\s*[,.;:]|\s+"
                       rf"(?:{_alternation(_CONTEXT['particle_followers'])})\b)", re.IGNORECASE)


# A past participle after a noun phrase that is a preposition's object ("under the truce agreed on
# Monday", "with the budget approved in May"): a reduced relative clause on that noun (Quirk et al.
# 17.30), not the clause's verb, whose subject a preposition's object cannot be. Not after a
# preposition that is a conjunction too ("after the talks collapsed").
_REDUCED_RELATIVE = re.compile(
    rf"\b(?P<prep>(?i:{_alternation(_CONTEXT['modifier_prepositions'])}))\s+"
    r"(?i:the|a|an|this|that|these|those|its|their|his|her)\s+(?:[a-z][\w'-]*\s+){1,3}$")
# A clause that opens with a noun phrase of one to four words: an "of" or "from" phrase right after it
# post-modifies the subject ("Members of the ruling party voted", "Protesters from the union marched";
# a prepositional post-modifier), whose verb comes next.
_OPENING_NOUN_PHRASE = re.compile(r"\W*(?:[\w'-]+\s+){1,4}")


# A clause that opens with a definite noun of an act and a participle on it ("The agreements signed on Monday
# also cover ..."): a reduced relative clause (Quirk et al. 17.27-17.29) on a subject the definite article
# points back to (5.26-5.32), when a finite verb of the clause comes later (an auxiliary, a modal, or a
# focusing or time adverb before the verb: Quirk et al. 8.116, 8.51).
_DEFINITE_OPENERS = frozenset(("the", "these", "those", "this", "that"))
_LATER_FINITE = (_BE | _FINITE_AUX | _FUTURE | _HYPOTHETICAL_MODALS) - {"be", "been", "being", "'s"} \
    | frozenset(("also", "still", "now", "already", "only"))


# A clause that opens with a noun phrase and its "of" phrase ("Relatives of miners", "The families of the victims"),
# and a past form after it with an adjunct, then another past form before any comma ("killed in the blast blocked the
# road"): the first is a participle on the "of" phrase's noun, the second the clause's verb (Quirk et al. 17.30). The
# second is a verb's past form (an event verb's, a light verb's, or an irregular one of [topics] irregular_past) not
# after a determiner or a preposition: "against the proposed tax", "in a coordinated protest" hold an adjective.
_OPENING_OF = re.compile(r"\W*(?:[\w'-]+\s+){1,3}?of\s+(?:[\w'-]+\s+){1,3}?")
_ADJUNCT_AFTER = re.compile(r"(?:\s+(?:or|and)\s+[a-z][\w-]*)?\s+(?:in|on|at|during|by|near|from|since|after|over|under)\s"
                            r"[^,;:]{1,60}")
_LATER_PAST = frozenset(_RELATIVE_PAST) | frozenset(load()["topics"]["irregular_past"].split())


def _verb_later(clause: str, start: int) -> bool:
    """Whether an adjunct follows ``start`` and then, before any comma, a verb's past form with a word after it."""
    m = _ADJUNCT_AFTER.match(clause, start)
    if not m:
        return False
    words = re.findall(r"[\w'-]+", clause[m.start() : m.end()].lower())
    tail = clause[m.end() :]
    for j in range(2, len(words)):
        if words[j] in _LATER_PAST and words[j - 1] not in _DETERMINERS and words[j - 1] not in _PREPOSITIONS \
                and (j + 1 < len(words) or re.match(r"\s", tail)):
            return True
    return False


# Dying in a fight ([event_context] aftermath_deaths; the nouns of [event_nouns] assault and [event_context] clashing).
_DYING = frozenset(f for v in _CONTEXT["aftermath_deaths"] for f, t in tagged_forms(v).items() if t == "past")
_DIED_IN = re.compile(r"\s+(?:in|during)\s+(?:(?:the|a|an|renewed|fresh|heavy|fierce|overnight)\s+){0,2}(?:"
                      + _alternation(sorted(_CONTEXT["clashing"] + [n for n, k in _NOUN_KIND.items() if k == "assault"]))
                      + r")\b", re.IGNORECASE)
"""Dying in a fight, the fight's noun ending its phrase: punctuation or a preposition after it ("died in clashes between
police and protesters"), not a noun it modifies ("died in a shooting accident", "a fighting chance")."""
_NEXT_WORD = re.compile(r"\s+([\w'-]+)")


def _died_in(clause: str, at: int) -> bool:
    """Whether a verb of dying ending at ``at`` of ``clause`` is followed by `_DIED_IN`'s fight, its noun ending there."""
    if not (m := _DIED_IN.match(clause, at)):
        return False
    nxt = _NEXT_WORD.match(clause, m.end())
    return nxt is None or nxt.group(1).lower() in _PREPOSITIONS or nxt.group(1).lower() in ("and", "or")


def _later_finite(words: list[tuple[int, str]], i: int) -> bool:
    """Whether a word of _LATER_FINITE follows word ``i`` before a relative pronoun or a coordinator."""
    for _, w in words[i + 1 :]:
        if w in _RELATIVES or w in ("and", "but", "or"):
            return False
        if w in _LATER_FINITE:
            return True
    return False


def _act_noun(word: str) -> bool:
    """Whether ``word`` (lowercase) is a noun of [event_nouns] that names an act, or its plural."""
    for noun in (word, word[:-1] if word.endswith("s") else word):
        if _NOUN_KIND.get(noun, "none") != "none":
            return True
    return False


def _reduced_relative(clause: str, at: int) -> bool:
    """Whether the verb at ``at`` is a participle on the object of a preposition before it."""
    m = _REDUCED_RELATIVE.search(clause, max(0, at - 60), at)
    return bool(m) and not (m.group("prep").lower() in ("of", "from")
                            and _OPENING_NOUN_PHRASE.fullmatch(clause, 0, m.start()))


# A participle right after the object of an infinitive ("promised to rebuild the market destroyed in the fighting",
# "moved to secure the town captured by rebels"): a reduced relative clause on that object, the
# object's background, not the clause's act.
_INFINITIVE_OBJECT = re.compile(r"\bto\s+[a-z]+\s+(?i:the|a|an|this|that|these|those|its|their|his|her)\s+(?:[a-z][\w'-]*\s+){1,3}$")


# A generic statement about a class (Quirk et al. 5.52-5.58 on generic reference by a bare plural): a clause
# that opens with a plural noun and no determiner, a past participle right after it that takes no object (a
# reduced relative clause on it: "People held in contempt", "Judges appointed by the president") and, after
# it, the clause's own verb in the present of "be" or a modal ("are referred", "can appeal"); not where the
# participle's phrase tells a time ("Protesters arrested on Monday are still held": those of one act).
_GENERIC_VERB = re.compile(r"[^,;:]*?\s(?:are|can|may|must|cannot|should)\s+",
                           re.IGNORECASE)


_GENERIC_BREAK = re.compile(r"\b(?:who|which|that|and|but|or)\b", re.IGNORECASE)  # a clause or verb of its own


def _generic_subject(clause: str, words: list[tuple[int, str]], i: int) -> bool:
    head = words[i - 1][1]
    if words[0][1] in _DETERMINERS or words[0][1] in _QUANTIFIERS or not clause[words[0][0]].isupper() \
            or not (head.endswith("s") and not head.endswith("ss") or head in ("people", "children", "women", "men")):
        return False
    following = words[i + 1][1] if i + 1 < len(words) else None
    if following not in _PREPOSITIONS:
        return False
    m = _GENERIC_VERB.match(clause, words[i][0])
    return bool(m) and not _DOING_TIME.search(clause, words[i][0], m.end()) and not _GENERIC_BREAK.search(m.group())


# "seek to" is a verb of attempting before an infinitive (WordNet 3.0 seek.v.04 "try to get or reach",
# its synonym "try"; Quirk et al. 16.38 on catenatives): no request of anyone.
_PLEAD_FORMS = frozenset(tagged_forms("plead"))
_ATTEMPT = frozenset(tagged_forms("seek"))
_PRESS_FORMS = frozenset(tagged_forms("press"))
# its object someone who is to act: a name, a pronoun or a noun of people or bodies ("pressed the
# government to", not "pressed the button to start")
_OBJECT_TO = re.compile(r"\s+(?:(?P<name>[A-Z]|(?:him|her|them|us|me)\s)|(?:the|its|his|her|their|our)\s+(?:[\w'-]+\s+)?"
                        r"(?P<noun>[\w'-]+)\s)(?:[\w'.-]+\s+){0,5}?to\s+(?!the\b|a\b|an\b)[a-z]")


def _auxiliary(words: list[tuple[int, str]], i: int) -> str | None:
    """The word before word ``i``, or for the second of two coordinated participles ("are killed
    or injured", "were beaten and detained") the auxiliary of the first (Quirk et al. 13.5 on
    coordinated predicates sharing an auxiliary)."""
    prev = _previous(words, i)
    if prev in ("or", "and") and i >= 3 and words[i - 2][1] in _FORMS and _FORMS[words[i - 2][1]][1] == "past":
        return _previous(words, i - 2)
    return prev


def _past_perfect(words: list[tuple[int, str]], i: int) -> bool:
    """Whether the participle at word ``i`` follows "had been" (over adverbs): a past perfect
    passive, which places its act before the time the story tells of (Quirk et al. 4.21-4.23)."""
    j = i - 1
    while j >= 0 and _adverb(words[j][1]):
        j -= 1
    if j < 1 or words[j][1] != "been":
        return False
    j -= 1
    while j >= 0 and _adverb(words[j][1]):
        j -= 1
    return j >= 0 and words[j][1] == "had"


def _conditional_threat(clause: str, words: list[tuple[int, str]], i: int, kind: str | None) -> bool:
    """Whether the verb at word ``i`` is a hostile act in the future under a condition ("If talks
    fail, the union will strike"): the condition, which keeps other acts out, makes it a threat."""
    at = words[i][0]
    return (kind in _HOSTILE_KINDS and _previous(words, i) in _FUTURE and not _NEGATED.search(clause, 0, at)
            and bool(_THREAT_CONDITION.search(clause, 0, at)))  # if or unless, not "whether"


def _condition_of(clause: str, at: int, pattern: re.Pattern = _THREAT_CONDITION, start: int = 0) -> bool:
    """Whether a conditional word of ``pattern`` in ``clause`` (from ``start``) may set a condition on the verb at
    ``at``: not one inside another's quoted words, outside the quotation the verb is in ("would suspend the work, a
    step X called "useful, if late"")."""
    spans = quotation_spans(clause)
    for m in pattern.finditer(clause, start):
        quoted = next(((a, b) for a, b in spans if a < m.end() - 1 < b), None)
        if quoted is None or quoted[0] < at < quoted[1]:
            return True
    return False


def _after_relative(clause: str, words: list[tuple[int, str]], i: int) -> bool:
    """Whether the verb at word ``i`` opens a relative clause: right after "who", "which" or
    "that" (over adverbs), written small ("the WHO warned" is a name)."""
    j = i - 1
    while j >= 0 and j >= i - 2 and _adverb(words[j][1]):
        j -= 1
    return j >= 0 and words[j][1] in _RELATIVES and clause[words[j][0]].islower()


def _singular_subject(words: list[tuple[int, str]], i: int) -> bool:
    """Whether a singular noun phrase ends right before the -s form at word ``i`` ("the ministry
    denies", "the new law bans", "an army unit attacks"): "the", "a" or "an", up to two
    modifiers and a noun not in -s; the -s form then agrees with it as its verb."""
    for k in range(i - 2, max(i - 5, -1), -1):
        if words[k][1] in ("the", "a", "an"):
            between = [w for _, w in words[k + 1 : i]]
            noun = between[-1]
            following = words[i + 1][1] if i + 1 < len(words) else ""
            return ((k == 0 or words[k - 1][1] in _SUBJECT_STARTS)  # the phrase opens its clause: the subject
                    and noun.isalpha() and not (noun.endswith("s") and not noun.endswith(("ss", "us", "is")))
                    and not following.endswith("ed") and following not in _PAST_FORMS  # "the supplies came":
                    and following not in _IRREGULAR_PAST  # the -s word is the noun before its verb
                    and not any(w in _DETERMINERS or w in _PREPOSITIONS or w in _BE or w in _FORMS or w in _RELATIVES
                                or w in ("and", "or", "to") for w in between))
    return False


_IRREGULAR_PAST = frozenset(load()["topics"]["irregular_past"].split())
_SUBJECT_STARTS = frozenset("and but that while as when because after before since so".split())


def _names_act(words: list[tuple[int, str]], i: int, kind: str | None) -> bool:
    """Whether the plural noun at word ``i`` names an act as the subject of its clause's verb
    ("shells slammed into the town"): one of a specific kind right before a past form."""
    following = words[i + 1][1] if i + 1 < len(words) else ""
    return kind != "other" and (following.endswith("ed") or following in _PAST_FORMS)


def _longest(words: list[tuple[int, str]], i: int) -> str | None:
    """The longest cue phrase that starts at word ``i``: "walk out" before "walk"."""
    word = words[i][1]
    for n in range(min(_PHRASE_STARTS.get(word, 1), len(words) - i), 0, -1):
        phrase = word if n == 1 else " ".join(w for _, w in words[i : i + n])
        if phrase in _FORMS or phrase in _LIGHT or phrase in _SUBJECT_LIGHT:
            return phrase
    return None


def _previous(words: list[tuple[int, str]], i: int) -> str | None:
    """The word before word ``i``, over up to two adverbs ("was later arrested")."""
    j = i - 1
    while j >= 0 and j >= i - 2 and (_adverb(words[j][1]) or words[j][1] == "since" and j and words[j - 1][1] in _PERFECT):
        j -= 1  # "since" right after "has" is an adverb ("has since banned"; Quirk et al. 8.57)
    return words[j][1] if j >= 0 else None


_PERFECT = frozenset(("has", "have", "had", "'ve"))
# The current copulas other than "be" (Quirk et al. 1985 16.21: remain, stay, seem, appear, look; "keep" in
# "kept closed"): a participle after one is an adjective that tells a state, not an act.
_COPULAR = frozenset(f for lemma in _CONTEXT["copulas"] for f in tagged_forms(lemma))


def _subject_noun(words: list[tuple[int, str]], i: int) -> str | None:
    """The head of the subject of the passive verb at word ``i``: the word before its auxiliaries
    ("hearing" in "a hearing has been held"), or a noun of the lexicon's event nouns before a
    preposition that post-modifies it ("refunds" in "refunds for the cancelled
    flights were offered", "lawsuit" in "a lawsuit against the city was filed"; Quirk et al.
    17.37 on prepositional postmodifiers), up to six words back."""
    j = i - 1
    while j >= 0 and (words[j][1] in _BE or words[j][1] in ("has", "have", "had") or _adverb(words[j][1])):
        j -= 1
    while j >= 0 and (words[j][1] in _TIME_ADVERBS  # "vigils nationwide this evening were attended": vigils
                      or j >= 1 and words[j][1] in _PERIODS and words[j - 1][1] in ("this", "last", "that", "each")):
        j -= 1 if words[j][1] in _TIME_ADVERBS else 2
    if j < 0:
        return None
    head = words[j][1] if not (j and words[j - 1][1] in _PREPOSITIONS and words[j - 1][1] != "of") else ""
    # "proposed in March, was approved": a noun right after a preposition is its object, no subject's head; after
    # "of" it heads a partitive ("a series of raids")
    for k in range(j - 1, max(j - 7, 0), -1):
        word = words[k][1]
        if word in _BE or word in _FINITE_AUX or word in _RELATIVES:
            break
        if word in _PREPOSITIONS and words[k - 1][1] in _NOUN_KIND:
            # "the report on the attack was released": a report, no attack; the first noun heads the whole
            # phrase, over those of the complements inside it ("a lawsuit against the ban on protests")
            head = words[k - 1][1]
    return head


# A person as the subject of passive "held" (WordNet 3.0 hold.v.13 "keep from departing", "hold the
# prisoners"): kept somewhere, a state that a detention or a kidnapping told elsewhere started, not an
# event held as a meeting is ("the talks were held"). The subject is a personal pronoun, a person noun of
# the lexicon or a name.
_HOLD_FORMS = frozenset(tagged_forms("hold"))
_PERSON_NOUNS = frozenset(load()["words"]["person_nouns"].split()) | frozenset(("he", "she", "they", "i", "we"))


def _person_subject(clause: str, words: list[tuple[int, str]], i: int) -> bool:
    head = _subject_noun(words, i)
    if head is None:
        return False
    j = max(k for k in range(i) if words[k][1] == head)
    start = max(clause.rfind(",", 0, words[j][0]), clause.rfind(";", 0, words[j][0])) + 1
    if any(w in _PREPOSITIONS for at, w in words[:j] if at >= start):
        return False  # "the funeral of the former president was held": the phrase's head is before its "of"
    # a capital at the clause's start is a name only when singular: a common noun there has a determiner, or is a
    # bare plural ("Ceremonies were held")
    return head in _PERSON_NOUNS or (clause[words[j][0]].isupper() and head not in _NOUN_KIND and head not in STOP
                                     and (j > 0 or not head.endswith("s")))


_TIME_ADVERBS = frozenset(_CONTEXT["time_adverbs"])
_PERIODS = frozenset(_CONTEXT["periods"])


def _adverb(word: str) -> bool:
    return word in _ADVERBS or (word.endswith("ly") and len(word) > 5 and word not in _LY_NOUNS)


# An infinitive after "the first", "the only", "the last" and a noun tells what that one did (Quirk et
# al. 17.30-17.31: the infinitive clause postmodifying a head with an ordinal or "only"): "was the
# first president to refuse", "became the only state to ban"; not "the first time to" and the like.
_ORDINAL_HEAD = re.compile(r"\b(?:is|was|were|are|became|becomes|become|been)\s+the\s+(?:first|second|third|last|only|latest)"
                           r"(?:\s+[\w'-]+){1,2}(?<!\btime)(?<!\bstep)(?<!\bchance)(?<!\bway)(?<!\bthing)$")


# The aspectual verbs that take an -ing complement and tell that its act takes place (Quirk et al. 16.40:
# begin, start, continue, keep, resume; not cease, stop or finish, which tell that it ends)
_ASPECTUAL = frozenset(f for lemma in _CONTEXT["aspectual"] for f, t in tagged_forms(lemma).items() if t != "ing")


# An adjective of promptness before "to" (WordNet 3.0 prompt, "ready and willing or quick to act", with quick, swift
# and fast): unlike "ready to" or "willing to", the act after it is done ("was quick to condemn").
_PROMPT_HEAD = re.compile(rf"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?:{_alternation(_CONTEXT['prompt'])})$")


def _verbal(words: list[tuple[int, str]], i: int, tag: str | None) -> bool:
    """Whether the cue at word ``i`` is a verb of its clause, not a noun, adjective or gerund."""
    prev = _previous(words, i)
    following = words[i + 1][1] if i + 1 < len(words) else None
    if tag == "past" and following in _FINITE_AUX:  # "the pardons issued were": a participle after its noun
        return False
    if prev in _RELATIVES:  # "that advises the government": a present form after a relative tells a habit;
        return tag == "past"  # a past one opens a relative clause, which _cues weighs against the main clause
    if tag == "past" and prev in _QUANTIFIERS and (following is None or following in _DETERMINERS
                                                    or following in _PREPOSITIONS or following in ("and", "to")
                                                    or _adverb(following) or following in _NOUN_KIND):
        return True  # "thousands marched through", "hundreds attended a vigil": a quantity as the subject
    if tag == "ing" and _means(words, i):
        return True
    if prev in _DETERMINERS or prev in _PREPOSITIONS or (prev or "").isdigit() and not _parted(words, i):
        return False  # (a number right before, "the 2008 elections"; not one that ends an aside: "..., 2008, died")
    if tag == "ing":
        return prev in _BE or _perceived(words, i) or (prev in _PERCEPTION and _previous(words, i - 1) in _BE) \
            or prev in _ASPECTUAL  # "began withdrawing", "resumed shelling": the act begun or resumed
    if tag == "base" and prev == "to" and _ORDINAL_HEAD.search(" ".join(w for _, w in words[max(0, i - 6) : i - 1])):
        return True  # "became the first country to ban", "the only member to vote against": its subject's act
    if tag == "base" and prev == "to" and _PROMPT_HEAD.search(" ".join(w for _, w in words[max(0, i - 5) : i - 1])):
        return True  # "was quick to condemn the attack", "were swift to deny": the act done, promptly
    if tag == "base" and prev == "to":  # "voted to ban", not "for candidates to release"
        j = i - 2
        while j >= 0 and _adverb(words[j][1]):
            j -= 1
        if j < 0 or not (words[j][1] in _CATENATIVE or words[j][1] in _FORMS):
            return _purpose(words, i)
        # and that word is a verb itself: not "the armed forces to suspend", "left the police free to"
        return _verbal(words, j, _CATENATIVE.get(words[j][1]) or _FORMS[words[j][1]][1])
    if tag == "base":
        return prev in _BASE_BEFORE or prev in _HYPOTHETICAL_MODALS
    if tag == "s":  # "carried signs" is a noun after a verb
        return following != "of" and not (prev or "").endswith("ed") and prev not in _FORMS and prev not in _LIGHT
    return True


def _parted(words: list[tuple[int, str]], i: int) -> bool:
    """Whether word ``i`` follows the end of a relative aside on the subject (", who served from 1998 to 2008, died"):
    more than a space before it (the aside's comma), and "who" or "which" among the words just before, in no
    that-clause ("found that X, who served from 2017 to 2019, received": what was found)."""
    if i == 0 or words[i][0] - words[i - 1][0] - len(words[i - 1][1]) <= 1:
        return False
    k = next((j for j in range(i - 1, max(-1, i - 13), -1) if words[j][1] in ("who", "which")), None)
    return k is not None and all(w != "that" for _, w in words[:k])  # (the main clause's subject, not a reported one)


def _means(words: list[tuple[int, str]], i: int) -> bool:
    """Whether the -ing form at word ``i`` tells the means of an active past verb right before "by", or is
    coordinated with one that does ("responded by expelling ten diplomats", "retaliated by closing the border
    and recalling its envoy"): the act itself (Quirk et al. 15.48, "by" with an -ing clause of means)."""
    j = i - 1
    if j >= 2 and words[j][1] == "and":  # "by closing the border and recalling": back to the first -ing
        k = next((k for k in range(j - 1, max(j - 9, 0), -1) if words[k][1] == "by"), None)
        if k is None or not words[k + 1][1].endswith("ing"):
            return False
        j = k
    return words[j][1] == "by" and j >= 1 and words[j - 1][1].endswith("ed") \
        and (j < 2 or words[j - 2][1] not in _BE and words[j - 2][1] not in ("been", "being"))


_PERCEPTION = frozenset(f for v in _CONTEXT["perception"] for f, t in tagged_forms(v).items() if t in ("past", "s"))


_SHOWING = frozenset(f for v in ("show", "depict") for f, t in tagged_forms(v).items() if t in ("past", "s"))
_RECORDINGS = frozenset(_CONTEXT["recordings"])
_ING = re.compile(r"\w+ing\b")
_PERCEIVING = re.compile(rf"\b(?:{_alternation(sorted(_PERCEPTION))})\s+", re.IGNORECASE)


def _perceived(words: list[tuple[int, str]], i: int) -> bool:
    """Whether the -ing form at word ``i`` is the participle after a verb of perception and its
    object ("showed soldiers firing on the crowd", "saw a group of men attacking a guard"): one to
    five words of a noun phrase (no verb, no preposition but "of") between them."""
    for j in range(i - 2, max(i - 7, -1), -1):
        word = words[j][1]
        if word in _PERCEPTION:  # "the poll showed most voters backing the tax": data, no sight
            return word not in _SHOWING or any(w in _RECORDINGS for _, w in words[max(0, j - 6) : j])
        if (word in _PREPOSITIONS and word != "of") or word in _BE or word in _FINITE_AUX or word in _RELATIVES \
                or word in _FORMS or word in ("and", "to", "that"):
            return False
    return False


# A present perfect over a period up to now ("has received little rain since April", "have lost thousands of
# fighters since the war began", "has been closed for months", "has cost 2 billion so far"; Quirk et al. 4.22
# on the state-up-to-the-present perfect and 8.57 on "since" and duration): a total or a state over the
# period, as the guide's economic-figures row has it, not an act of a day.
_CONFLICTS = frozenset(_CONTEXT["conflicts"])
_TOLL_OBJECT = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|tens\s+of\s+|hundreds\s+of\s+)?"
                          r"(?:\d[\d,.]*|dozens|hundreds|thousands|millions|scores|many|several)\b", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:since\s+(?:the\s+(?:start|end|beginning)\s+of\s+)?(?:\d{4}|the\s+\d{4}s)|(?:over|in|during)\s+the\s+"
                    r"(?:past|last)\s+(?:\w+\s+)?(?:years|decades)|in\s+recent\s+years)\b", re.IGNORECASE)
_OVER_PERIOD = re.compile(r"[^;:]*?\b(?:since|so\s+far|to\s+date|this\s+(?:year|decade|century)|over\s+the\s+(?:past|last)|in\s+(?:the\s+)?(?:past|last)\s+"
                          r"(?:\w+\s+)?(?:years|months|weeks|decades))\b", re.IGNORECASE)


def _perfect_over_period(clause: str, words: list[tuple[int, str]], i: int) -> bool:
    j = i - 1
    while j >= 0 and (_adverb(words[j][1]) or words[j][1] == "been"):
        j -= 1
    if j < 0 or words[j][1] not in ("has", "have", "'ve"):
        return False
    end = words[i][0]
    return bool(_OVER_PERIOD.match(clause, end) or _DURATION.search(clause, end))


# An act done as a protest: a purpose clause "to protest" or the adjunct "in protest" (Quirk et al. 15.48 on
# infinitive clauses of purpose) after the verb and its object, in the verb's own clause (no comma, no "that"
# clause, no noun that takes an infinitive of its own: "won the right to protest" is no protest).
_IN_PROTEST = re.compile(r"[\w'-]+(?:\s+(?!(?:that|right|rights|freedom|permission|plan|plans|call|calls|and|but)\b)"
                         r"[\w'-]+){0,8}?\s+(?:to\s+protest|in\s+protest)\b", re.IGNORECASE)


# A speech act in a participle clause after a plain "said" ("..., the ministry said, urging residents to stay
# at home", "the envoy said the talks had failed, accusing the rebels of stalling"): where the main clause
# is no event, the participle is judged alone (the guide's decisions on events), and a request, an
# accusation or a threat made so is one (Quirk et al. 15.58-15.59 on supplementive -ing clauses).
_SPEECH_ACT_KINDS = frozenset(("request", "accuse", "threaten"))
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+[\w-]+))\b[^;:]*,\s*$", re.IGNORECASE)


_ACCUSED = re.compile(r"(?:him|her|them|it|us|(?:the|its|his|her|their)\s+|[A-Z])")  # someone accused, not "weak demand"


_PUBLIC_PETITION = re.compile(r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?petitions?\s+"
                              r"(?:[\w-]+\s+){0,4}?(?:calling|asking|urging|demanding|seeking)\b", re.IGNORECASE)
# A letter written or sent to someone before a participle of asking ("wrote to the council asking for", "sent a
# letter to the bank requesting a meeting"): the guide's "a letter that asks" is one request, from the verb of
# writing through the participle ([event_context] writing: WordNet 3.0 write.v.07 "communicate by letter", letter.n.01).
_LETTER_BEFORE = re.compile(rf"\b(?:{_forms(_CONTEXT['writing'], ('base', 'past', 's'))}|sent\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                            rf"(?:{_alternation(_CONTEXT['letters'])}))\s+to\s+[^;:,]{{1,80}}?\s*$", re.IGNORECASE)


def _said_then(clause: str, at: int) -> bool:
    return bool(_SAID_BEFORE.search(clause, max(0, at - 200), at))


# What one wants, wishes or desires to be done (an object and "to", or "to" alone: Quirk et al. 16.38 and
# 16.63 on catenative and complex-transitive "want"): its acts, to the clause's end or a "but", are
# wished for, not done ("The rebels want government troops to leave and the capital shut down").
_VOLITION = sorted({f for v in _CONTEXT["volition"] for f in tagged_forms(v) if not f.endswith("ing")})
_VOLITION_WORDS = words_pattern(*_VOLITION)
_WISHED = re.compile(rf"\b(?:{_alternation(_VOLITION)})\s+(?:[\w'-]+\s+){{0,6}}?to\s", re.IGNORECASE)
_BREAK = re.compile(r"[,;:]|\bbut\b", re.IGNORECASE)
# What a measure provides for, told as its content: "Under the plan (deal, bill, law), X would/will ..." (Quirk
# et al. 9.7 on "under" of a framework; the guide: a proposal is not yet the act it proposes; [event_context]
# measures and the instruments of [event_nouns] other).
_UNDER_MEASURE = re.compile(r"\W*under\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w'-]+\s+){0,2}?(?:"
                            + _alternation(sorted(set(_CONTEXT["measures"]) | {n for n, k in _NOUN_KIND.items() if k in ("other", "agree")}))
                            + r")\b", re.IGNORECASE)
# A measure or a proposal as the subject of "would" ("The deal would raise prices", "The bill would ban smoking"): a
# consequence it would have, the guide's "a proposal is not yet the act it proposes" ([event_context] measures and
# the instruments of [event_nouns] other and agree; Quirk et al. 4.64 on hypothetical "would").
_MEASURE_CONSEQUENCE = re.compile(r"\W*(?:the|this|that|such\s+an?|an?|its|their)\s+(?:[\w'-]+\s+){0,2}?(?:"
                            + _alternation(sorted(set(_CONTEXT["measures"]) | {n for n, k in _NOUN_KIND.items() if k in ("other", "agree")}))
                            + r")\s+(?:[\w'-]+\s+){0,6}?would\s+(?:\w+ly\s+|also\s+)?$", re.IGNORECASE)  # active only
# A wh-word that opens an embedded question before a future or conditional verb ("when the border would be opened",
# "whether the talks will resume"; Quirk et al. 15.5 on dependent interrogative clauses): what is asked, not told.
_WH_BEFORE = re.compile(r"\b(?:when|whether|how|where|why|if)\s+(?:[\w'-]+\s+){1,5}?(?:will|would|shall|'ll)\s+(?:\w+ly\s+)?"
                        r"(?:be\s+|have\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_IF_AFTER = re.compile(r"[^;:]*?\s(?:if|unless|once|provided)\s", re.IGNORECASE)  # a condition after the act (Quirk et al. 15.34)
_WILL_BEFORE = re.compile(r"\b(?:will|would|shall|'ll)\s+(?:\w+ly\s+|also\s+)?(?:be\s+|have\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)


# What a claim asserts: a form of a verb of claiming and then a clause of its own, with or without "that" (a
# subject word after it, not "responsibility", which a claim of an attack takes: the guide's own row).
_CLAIMING = sorted({f for v in _CONTEXT["claiming"] for f, t in tagged_forms(v).items() if t in ("base", "s", "past")})
_CLAIMING_WORDS = words_pattern(*_CLAIMING)
_CLAIMED = re.compile(rf"\b(?:{_alternation(_CLAIMING)})\s+(?:that\s+)?(?!responsibility\b|credit\b|victory\b|the\s+(?:title|seat|prize)\b)"
                      r"(?=(?:the|a|an|his|her|its|their|he|she|it|they|we)\b|(?-i:[A-Z]))", re.IGNORECASE)


# A "to" clause of purpose after a verb that is no act and its complete object ("cited security
# concerns to impose a ban", "used tear gas to disperse the crowd"): the act is the purpose's verb
# (Quirk et al. 15.48 on infinitive clauses of purpose; the guide keeps such a clause in the
# evidence only where the verb before it tells no act). The verb before is a past form with a
# subject before it, and one to five words of a noun phrase (no preposition, no verb that takes
# an object and an infinitive: "asked the council to ban" is the asking) lie between.
def _purpose(words: list[tuple[int, str]], i: int) -> bool:
    for j in range(i - 3, max(i - 8, 0), -1):
        word = words[j][1]
        if word in _PREPOSITIONS or word in _RELATIVES or word in _BE or word in _FINITE_AUX and j < i - 3:
            return False
        if word.endswith("ed") or word in _IRREGULAR_PAST:
            return (word not in _CATENATIVE and word not in _FORMS and word not in _LIGHT
                    and word not in _THAT_WORDS and word not in _OBJECT_INFINITIVE and j > 0 and words[j - 1][1] not in _DETERMINERS
                    and words[j - 1][1] not in _PREPOSITIONS and words[j + 1][1] not in _PREPOSITIONS)
    return False


_OBJECT_INFINITIVE = frozenset(f for v in _CONTEXT["object_infinitive"] for f in tagged_forms(v))
_THAT_WORDS = frozenset(f for v in (*load()["words"]["reporting_verbs"], *load()["words"]["that_verbs"])
                        for f in tagged_forms(v))


# Declining to speak ("declined to comment", "refused to say whether"): the verbs of saying of
# the lexicon ([words] reporting_verbs) and of answering, after "to", in their base form (those of
# answering written as such, so that no verb outside the lexicon's cached forms is inflected at import).
_NO_COMMENT = re.compile(r"to\s+(?:publicly\s+)?(?:" + _alternation(
    sorted({f for v in load()["words"]["reporting_verbs"] for f, tag in tagged_forms(v).items() if tag == "base"}
           | {"confirm", "elaborate", "discuss", "speak", "answer", "respond", "give details", "be named",
              "be identified"})) + r")\b", re.IGNORECASE)


# A condition told by inversion, with no "if" (Quirk et al. 15.36): "were a draft to be imposed",
# "had the court ruled", "should the talks fail", at the start of its clause.
_INVERTED = re.compile(r"(?:^|[,;]\s*)(?:[Ww]ere|[Hh]ad|[Ss]hould)\s+(?:the|a|an|this|that|it|they|he|she|we|[A-Z][\w'-]*)\s+"
                       r"(?:[\w'-]+\s+){0,3}?(?:to\s+(?:be\s+)?)?$")


def _excluded(before: str) -> bool:
    """Negated ("did not attack"), hypothetical ("could demand", "would have allowed") or conditional."""
    if _INVERTED.search(before[-80:]):
        return True
    low = before.lower()
    words = low.split()
    tail = words[-3:]
    while tail and tail[-1] in ("be", "been", "have"):  # "could be expelled", "might have been"
        tail.pop()
    modal = bool(tail) and tail[-1] in _HYPOTHETICAL_MODALS and before.split()[-3:][len(tail) - 1] != "May"  # the month
    last = words[-3:]
    future = "will" in last or "would" in last
    return bool(may_match_lowered(_EXCLUDING_WORDS, low, folds(before))
                and (_NEGATED.search(before) or _CONDITION.search(before)
                     or future and (_MEASURE_WOULD.search(before, max(0, len(before) - 80))
                                    or _EXPECTED_ACT.search(before, max(0, len(before) - 140)))
                     or ("no" in words[-6:] or "few" in words[-6:] or "any" in words[-6:])
                     and _NO_SUBJECT.search(before, max(0, len(before) - 60)))
                or modal or tail[-1:] == ["would"] and words[-1:] == ["have"]
                or " to" in low[-30:] and _EXPECTED.search(before, max(0, len(before) - 70)))


# An act after "be expected to", "be set to" (over "be"): only expected or scheduled ([event_context] expected).
_EXPECTED = re.compile(rf"\b(?:is|are|was|were|be|been|'s|'re)\s+(?:\w+ly\s+|also\s+|now\s+)?"
                       rf"(?:{alternation(sorted(_CONTEXT['expected'] + _CONTEXT['disposed']))})\s+to\s+(?:be\s+)?"
                       r"(?:[a-z]+\s+(?:an?\s+|the\s+)?)?$",  # or a noun of an act as its verb's object ("ready to call a strike")
                       re.IGNORECASE)
# What a measure would or will do when it takes effect ("the bill would ban the sale", "the plan will
# send"): its content, told of the measure as subject, no act done ([event_context] measures).
_MEASURE_WOULD = re.compile(rf"\b(?:{_alternation(_CONTEXT['measures'])})\s+(?:[\w'-]+\s+){{0,6}}?(?:would|will)\s+(?:\w+ly\s+|also\s+)?(?:be\s+)?$",
                            re.IGNORECASE)


# Nouns that count or group what follows "of" ([event_context] quantity).
_QUANTITY = frozenset(_CONTEXT["quantity"])
_CALLING = frozenset(_CONTEXT["calling"])
_SUBORDINATORS = frozenset("if unless once when whenever because while until whether although though".split())
_STOPPING = frozenset(_CONTEXT["stopping"])


# Nouns of inquiry with a second, concrete sense (WordNet 3.0 probe.n.01 "an inquiry into unfamiliar or questionable
# activities", probe.n.02 "an unmanned spacecraft"): the inquiry takes its matter after "into", "of", "over",
# "against" or "on" (Quirk et al. 17.51-17.54 on the complements of deverbal nouns).
_AMBIGUOUS_INQUIRY = frozenset(("probe",))
_INQUIRY_MATTER = frozenset(("into", "of", "over", "against", "on"))
"""The prepositions of an inquiry's matter, right after the noun or a time ("a probe last month into")."""


_CALL_FORMS = frozenset(tagged_forms("call"))


_CAPTIVE_HEADS = _PERSON_NOUNS | frozenset(_CONTEXT["captives"]) | frozenset(load()["words"]["groups"].split())
"""Heads of noun phrases for people who may be freed (not `group_nouns`' collections: "data", "documents")."""


def _person_noun(word: str) -> bool:
    """Whether ``word`` is a noun for people or the regular plural of one ("journalists", "nurses", "deputies")."""
    return word in _CAPTIVE_HEADS or any(
        word.endswith(end) and word[: -len(end)] + stem in _PERSON_NOUNS
        for end, stem in (("s", ""), ("es", ""), ("ies", "y"), ("men", "man")))


def _freed(clause: str, phrase: list[tuple[int, str]]) -> bool:
    """Whether the of-phrase after "the release" names people: a noun for them as its head ("of the activists", "of 20
    hostages"), "those" a participle or "who" picks out ("of those detained", "of those who were arrested"), or
    a name alone, up to its first preposition ("of Alexei Navalny"; not "of government data", "of Boeing's documents"),
    maybe after a noun for a person its title ("of opposition leader Ana Rossi")."""
    if [w for _, w in phrase[:1]] == ["those"] and len(phrase) > 1 and (
            phrase[1][1] == "who" or phrase[1][1] in _IRREGULAR_PAST or phrase[1][1].endswith("ed")):
        return True
    words = [(a, w) for a, w in phrase[: next((k for k, (_, w) in enumerate(phrase) if w in _PREPOSITIONS), len(phrase))]
             if w not in _DETERMINERS]
    while len(words) > 1 and (words[-1][1].endswith("ed") or words[-1][1] in _IRREGULAR_PAST):
        words.pop()  # "of the fishermen held (since June)": a participle on the noun, which is the head
    named = [(a, w) for a, w in words if clause[a].isupper() and not clause.startswith(("'s", "\u2019s"), a + len(w))]
    title = words[: len(words) - len(named)]
    return bool(words) and _person_noun(words[-1][1]) or bool(named) and named == words[len(title) :] and (
        not title or _person_noun(title[-1][1]))


def _object_kind(clause: str, words: list[tuple[int, str]], j: int, own: str | None) -> str | None:
    """The kind of a light verb: its object's ("filed a lawsuit": accuse), or the act a document
    it issues does ("signed a decree banning ...": sanction), else its own."""
    head = None
    if 2 <= j < len(words) and words[j][1] == "by" and words[j - 2][1] in _NOUN_KIND:  # "a subpoena issued by"
        return _NOUN_KIND[words[j - 2][1]] if _NOUN_KIND[words[j - 2][1]] != "none" else None
    if [w for _, w in words[j : j + 2]] == ["part", "in"]:  # "took part in the march": the march
        j += 2
    naming = j > 0 and words[j - 1][1] in _CALL_FORMS
    for k in range(j, min(j + 7, len(words))):
        at, word = words[k]
        if naming and k > j and word in ("a", "an", "the") and words[k - 1][1] not in _DETERMINERS:
            break  # "called the decision a great relief": a second noun phrase, the object's complement, names no act
        if word == "of" and words[k - 1][1] in _QUANTITY:  # "a series of pardons": the pardons
            continue
        if word in _PREPOSITIONS or word in ("to", "that", "which", "who") or word in _SUBORDINATORS \
                or "," in clause[words[k - 1][0] : at]:
            break  # "call a strike if the talks fail": the object ends before a clause of its own
        if word in _NOUN_KIND:
            head = k
        elif word in _CALLING and k + 1 < len(words) and words[k + 1][1] == "for":
            return "request"  # "issued a call for calm", "renewed calls for an inquiry"
    if head is None:
        return own
    after = head + 1 + 2 * (head + 1 < len(words) and words[head + 1][1] in ("last", "this", "earlier"))  # "last month"
    if words[head][1] in _AMBIGUOUS_INQUIRY and not {w for _, w in words[after : after + 1]} & _INQUIRY_MATTER:
        return own  # "launched a lunar probe from the spaceport": a spacecraft; "a probe into the deal" investigates
    kind = _NOUN_KIND[words[head][1]]
    if kind == "none" and words[head][1] in ("release", "releases") and [w for _, w in words[head + 1 : head + 2]] == ["of"] \
            and _freed(clause, words[head + 2 : head + 6]):
        return "concede"  # "ordered the release of the activists", "secured the release of 20 hostages": freeing people
        # (the guide's "a release from prison" concedes), not a statement released
    if kind == "other" and words[head][1] in ("order", "orders") and (
            any(w in _STOPPING for _, w in words[max(j, head - 3) : head])
            or [w for _, w in words[head + 1 : head + 2]] == ["to"] and head + 2 < len(words) and words[head + 2][1] in _STOPPING):
        return "sanction"  # "issued a cease and desist order", "an order to halt construction": an order to stop operating
    if kind == "other":
        acts = [_FORMS[w] for _, w in words[head + 1 : head + 3] if w in _FORMS and _FORMS[w][1] in ("ing", "past")]
        return acts[0][0] if acts else "other"
    return kind


# A relative clause on a place ("..., where at least five people died"): its act is told with the
# clause whose place it modifies (Quirk et al. 17.11 on "where" as a relative adverb).
_WHERE = re.compile(r"where\s", re.IGNORECASE)


# A verb with no object, a preposition right after it (over adverbs), and a relative clause without a
# comma further on ("The protests began in June in response to a law that would ..."): the relative
# clause is on the noun of an adjunct, not on an object, and goes (the guide keeps only a relative
# clause on the object; Quirk et al. 17.9 on the antecedent). "that" is a relative pronoun there only
# before the relative clause's verb, an auxiliary or a past form ("a law that would", "a law that
# raised"); before a noun phrase it may open the verb's that-clause ("agreed on Friday that the troops
# would withdraw": the complement stays; Quirk et al. 16.31 on a that-clause after an adjunct).
_RELATIVE_WORD = re.compile(r"\s(?:that|which|who)\s", re.IGNORECASE)  # a cheap test before _ADJUNCT_RELATIVE
_NOT_AGENT = sorted(_PREPOSITIONS - {"by"})  # a passive's "by" agent stays, whatever follows it
_RELATIVE_AUX = sorted(_FINITE_AUX | _HYPOTHETICAL_MODALS | {"will", "would"})
_ADJUNCT_RELATIVE = re.compile(rf"[\w'-]+(?:\s+\w+ly)?\s+(?:{_alternation(_NOT_AGENT)})\s"
                               r"(?P<adjunct>[^,;]*?)\s+(?=(?:which|who)\s|that\s+(?:\w+ly\s+)?"
                               rf"(?:{_alternation(_RELATIVE_AUX)}|(?-i:[a-z]+ed))\s)", re.IGNORECASE)


# A passive reporting verb that raises the subject of the act it reports ("were reported by local media to
# have visited", "is said to have fled", "was believed to have ordered"; Quirk et al. 16.55 on subject
# raising with verbs of saying and thinking): the frame of attribution, not the act, which the evidence
# starts at its verb (the subject stands apart from it).
_RAISING = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:"
    + _alternation(sorted({f for v in (*load()["words"]["reporting_verbs"], *load()["words"]["that_verbs"])
                           for f, t in tagged_forms(v).items() if t == "past"}))
    + r")\s+(?:by\s+[^,;]{1,40}?\s+)?to\s+(?:have\s+)?(?:been\s+)?", re.IGNORECASE)


# A wire dateline with the agency's name in brackets ("BRASILIA (Reuters) - ", "NAIROBI, June 25 (AP) -- "):
# the place in capitals, a date, the agency, a dash (AP Stylebook "datelines"); the rest of a sentence's
# first clause may still open with it, or with what is left of it after a comma.
_AGENCY_DATELINE = re.compile(r"(?:[A-Z][A-Z .'\u2019-]{2,}(?:,\s*)?)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?"
                              r"\([A-Z][\w .&'-]{1,30}\)\s*[-\u2013\u2014]+\s+")


_CONTACT_RELATIVE = re.compile(r"\b(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,3}?[a-z]+s\s+(?:it|they|he|she|we)\s+"
                               r"(?:had\s+|have\s+|has\s+)?$")
_GAP_AFTER = re.compile(r"[a-z]+\s+(?:to|in|into|at|on|from|across|along|near|over|last|this|since|after|during|earlier)\b")
"""A plural noun phrase, then a pronoun subject right before a past verb whose object is missing (a preposition or a
time right after it): the noun phrase is that object."""


def evidence_span(clause: str, cue_at: int, lang: str = "en") -> tuple[int, int]:
    """[start, end) in ``clause`` of the shortest span that shows its event, as the labelling
    guide defines it: from the subject when it stands right before the verb (a leading
    adverbial or an apposition between them is left out), through the verb to the end of
    its object, without what follows (another clause, an attribution, a dash)."""
    start = clause.rfind(", ", 0, cue_at)
    start = 0 if start < 0 else start + 2
    if (dateline := _AGENCY_DATELINE.match(clause)) and dateline.end() <= cue_at:
        start = max(start, dateline.end())  # "BRASILIA (Reuters) - ...": the dateline goes (the guide)
    if lang == "en" and _WHERE.match(clause, start) and start >= 2:
        before = clause.rfind(", ", 0, start - 2)  # "a bomb exploded at the market, where five died": the
        start = 0 if before < 0 else before + 2  # relative clause tells the toll of what its antecedent's clause says
    unled = start  # before a leading conjunction, kept where the span would be too short without it
    if lang == "en":
        lead = _LEADING.match(clause, start)
        start = lead.end() if lead and lead.end() <= cue_at else start
        raised = _RAISING.search(clause, start, cue_at) if " to " in clause[start:cue_at] else None
        frames = list(_FRAME.finditer(clause, start, cue_at))
        start = frames[-1].end() if frames else start
        start = cue_at if raised and raised.end() == cue_at else start
        seen = next(reversed(list(_PERCEIVING.finditer(clause, start, cue_at))), None) \
            if _ING.match(clause, cue_at) else None
        start = seen.end() if seen and len(clause[seen.end():cue_at].split()) <= 5 else start  # "showed [soldiers firing]"
    if lang == "en" and (contact := _CONTACT_RELATIVE.search(clause, start, cue_at)) and _GAP_AFTER.match(clause, cue_at):
        start = contact.start()  # "would not withdraw the units it deployed to the valley": a relative clause without
        # "that" (Quirk et al. 17.14) whose verb's object is the noun before it; the main clause around it goes
    tail = (_TAIL if lang == "en" else tail_pattern(lang)).search(clause, cue_at + 1)
    while lang == "en" and tail and re.match(r",\s+\w+ing\s", clause[tail.start() :]) \
            and " that " in clause[cue_at : tail.start()]:
        tail = _TAIL.search(clause, tail.end())  # "announced that from June, wearing masks would ..."
    end = tail.start() if tail else len(clause)
    if lang == "en" and _RELATIVE_WORD.search(clause, cue_at, end) and (rel := _ADJUNCT_RELATIVE.match(clause, cue_at, end)):
        end = rel.end("adjunct")  # "began in June in response to a law that would ...": the law's clause goes
    end = len(clause[:end].rstrip(" ,;:.\"\u201d"))
    if lang != "en" and not clause[cue_at:end].strip().count(" "):  # the verb ends the clause: its object came first
        start = 0
    if len(clause[start:end].split()) < 3 and len(clause[unled:end].split()) >= 3 and unled < start:
        return unled, end  # "which they rejected": the conjunction makes up the three words
    if len(clause[start:end].split()) < 3:  # too short to show the event: the whole clause
        return 0, len(clause.rstrip(" ,;:."))
    return start, end


def clauses(s: Sentence, lang: str = "en") -> list[tuple[int, int]]:
    """(start, end) offsets in the article of the sentence's clauses, end punctuation trimmed."""
    split = _CLAUSE if lang == "en" else clause_pattern(lang)
    cuts = [0, *(m.end() for m in split.finditer(s.text)), len(s.text)]
    if lang == "en":  # a coordinated predicate shares the clause's subject where the first conjunct tells no act of
        # its own ("Farmers drove tractors into the capital and took to the streets") or is a passive whose
        # auxiliary the second participle shares ("He was convicted and found guilty by the court")
        cuts = [c for k, c in enumerate(cuts) if not (0 < k < len(cuts) - 1 and _CUT_AT_PHRASE.match(s.text, c)
                                                      and (_PASSIVE_BEFORE.search(s.text, cuts[k - 1], c)
                                                           or cue(s.text[cuts[k - 1] : c]) is None))]
    if lang != "en":  # "rechazó la demora y aseguró que": the second verb starts a clause of its own
        cuts = sorted({*cuts, *lemmas(lang).coordinated(s.text)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = s.text[a:b]
        stripped = piece.rstrip(" ,;.")
        if len(stripped.split()) >= 3:
            out.append((s.start + a, s.start + a + len(stripped)))
    return out


# The judiciary as a subject ([event_context] judiciary): what it rejects, it rules on. The head
# of the subject is the word before the verb ("the appeals court dismissed"), or a title before
# the name that ends it ("Judge Ana Ruiz rejected"); not a noun the court modifies or follows
# ("the judge's family", "protesters outside the court").
_JUDICIARY = frozenset(_CONTEXT["judiciary"])
_REGULATORS = frozenset(_CONTEXT["regulators"])


# A measure as the object of a court's verb ("the court suspended the decree"): blocking one is
# a ruling, which punishes no one ([event_nouns] other: decree, order, law, decision ...).
_INSTRUMENT = re.compile(r"[\w'-]+\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\w'-]+\s+){0,2}?(?:"
                         + _alternation([n for n, k in _NOUN_KIND.items() if k == "other"] + ["policy", "measure", "rule",
                                                                                             "rules", "regulation", "ban"])
                         + r")\b", re.IGNORECASE)


def _court_agent(clause: str, at: int) -> bool:
    """Whether the passive verb at ``at`` has a court or a judge as its "by" agent ("the case was dismissed by a
    judge"): the court rules, as when it is the subject."""
    by = _BY.search(clause, at, at + 40)
    return bool(by and _COURT.match(clause, by.end() + (len(m.group()) if (m := _AGENT_DETERMINER.match(clause, by.end())) else 0)))


_AGENT_DETERMINER = re.compile(rf"(?:a|an|the)\s+(?:[\w'-]+\s+){{0,2}}?(?=(?:{_alternation(_CONTEXT['judiciary'])})\b)",
                               re.IGNORECASE)


def _court_subject(clause: str, at: int, heads: frozenset[str] = _JUDICIARY) -> bool:
    """Whether the subject of the verb at ``at`` is a court or a judge (or another of ``heads``)."""
    words = clause[max(clause.rfind(", ", 0, at), 0) : at].replace(",", " ").split()
    cut = next((k for k, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words))
    words = words[:cut]  # the subject without its postmodifier or an adjunct ("outside the court", "on Monday")
    while words and (_adverb(words[-1].lower()) or words[-1].lower() in _FINITE_AUX or words[-1].lower() in _BE):
        words.pop()
    return any(w.lower() in heads and (k == len(words) - 1 or all(x[:1].isupper() for x in words[k + 1 :]))
               for k, w in enumerate(words))


# Agreeing to yield ("agreed to release the hostages", "agreed to withdraw its troops"; Quirk et al. 16.38 on
# catenatives): a decision to act, which the guide's row gives the kind of the act agreed to (`concede`, `retreat`);
# agreeing to meet or to set up a body stays the parties' agreement (`agree`).
_AGREED_TO = re.compile(r"agree[sd]?\s+to\s+(?:\w+ly\s+)?", re.IGNORECASE)


def _decided_kind(clause: str, cue: tuple[int, str, bool]) -> bool:
    """Whether the act agreed to at ``cue`` gives the agreement its kind: yielding (`concede`, `retreat`), or talks
    opened or resumed, a light verb whose noun consults ("agreed to resume talks": the guide's "resuming talks is
    consult"); agreeing to meet stays the parties' agreement."""
    if cue[1] in ("concede", "retreat"):
        return True
    verb = re.match(r"[\w'-]+", clause[cue[0] :])
    return cue[1] == "consult" and bool(verb) and verb.group().lower() in _LIGHT


# A participle clause of saying after an act ("The Treasury welcomed the decision, saying it backed ...", "criticised
# the tariff, adding that ..."): the guide's "a speech act in a participle clause after an event of the same actor" is
# part of that event. Not after an attribution ("..., the ministry said, urging ..."), whose participle is judged alone.
_PARTICIPLE_SPEECH = re.compile(r"\W*(?:saying|adding|arguing|insisting|noting|stressing|explaining)\s", re.IGNORECASE)


def _act_before(text: str, start: int) -> bool:
    """Whether the sentence before offset ``start`` reports an act of its own, with no attribution frame in it."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    head = text[lo:start]
    return not _FRAME.search(head) and next(iter(_cues(head)), None) is not None


def _line_ends_sentence(whole: str, k: int) -> bool:
    """Whether the line break at ``k`` ends a line of its own: a new sentence's capital after it, and no word before it
    that must go on (a preposition, a determiner, a conjunction: "three men on Monday in\nLondon" is hard-wrapped)."""
    if not whole[k + 1 : k + 2].isupper():
        return False
    last = whole[:k].rstrip().rsplit(None, 1)[-1:] or [""]
    return last[0] not in _PREPOSITIONS and last[0] not in _DETERMINERS and last[0] not in ("and", "or", "but", "to")


def _body_start(whole: str) -> int:
    """The offset after the last line break of ``whole`` that a new sentence's capital follows, else 0."""
    for k in range(len(whole) - 2, -1, -1):
        if whole[k] == "\n" and _line_ends_sentence(whole, k):
            return k + 1
    return 0


def _own_line(whole: str, at: int) -> tuple[int, int]:
    """The bounds of the line of ``whole`` that holds offset ``at``, where a line break is followed by a new sentence's
    capital (a headline or title line run into the text), not a lower-case word (a hard-wrapped sentence)."""
    lo = whole.rfind("\n", 0, at) + 1
    lo = lo if lo and _line_ends_sentence(whole, lo - 1) else 0
    hi = whole.find("\n", at)
    hi = hi if hi >= 0 and _line_ends_sentence(whole, hi) else len(whole)
    return lo, hi


# Background the story tells about someone or something, not its news (the guide: an act "that only identifies"):
# (1) a present perfect over a period that the sentence gives after the clause or at its start ("The agency has
# prosecuted dozens of officials since it was set up in 2002", "Since taking office, the president has signed
# more than 40 decrees": a total up to now, Quirk et al. 4.22 and 8.57), and a clause that opens with "since"
# (the period's start, told as its frame). A relative clause dated by a year still tells its act (the guide:
# background told with its own doer and time is an event).
_PERFECT_ACTIVE = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:\w+ly|also|already|now|since)\s+)?$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"[\s,]*(?:since|so\s+far|to\s+date|over\s+the\s+(?:past|last)|in\s+(?:the\s+)?(?:past|last)\s+"
                           r"(?:\w+\s+)?(?:years|months|weeks|decades))\b", re.IGNORECASE)
_SINCE_OPENING = re.compile(r"\s*[\"\u201c]?Since\s[^.!?;\n]*,\s")
# A necessity ("the deal still needs to be ratified", "the plan has to be approved by parliament"; Quirk et al. 4.54 on
# need and have to): what is still to be done, no act.
_NEEDED = re.compile(r"\b(?:needs?|needed|has|have)\s+to\s+(?:be\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:\w+ly|already|also|just)\s+)?$", re.IGNORECASE)
_NO_OBJECT = re.compile(r"(?:\s+\w+ly)?\s*(?:$|[,.;:]|\s+(?:in|on|at|after|before|when|by|and|but|as)\b)", re.IGNORECASE)
_COUNTED_OBJECT = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?(?:\d[\d,.]*|two|three|four|"
                             r"five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds|thousands|several|many|"
                             r"numerous|countless)\s+(?!(?:percent|per\s+cent|%)\b)", re.IGNORECASE)
# The verbs whose counted object is a tally ([event_context] tallying), or a career or period the clause gives ("in
# her career", "this season", "so far"): only then is a perfect's count a total up to now.
_TALLYING = frozenset(f for v in _CONTEXT["tallying"] for f, t in tagged_forms(v).items() if t != "ing")
_CAREER = re.compile(r"\b(?:(?:in|during|over)\s+(?:his|her|their|its)\s+(?:\w+\s+)?career|this\s+(?:season|year|term)|"
                     r"so\s+far|to\s+date|in\s+total)\b", re.IGNORECASE)
_TIMES = re.compile(r"\b(?:several|many|multiple|numerous|repeated|countless|two|three|four|five|six|seven|eight|nine|ten|"
                    r"dozens\s+of|hundreds\s+of|\d+)\s+times\b")  # lowercase: "two Times reporters" is the paper
# A period that starts on a day of the story ("since Friday", "since last Monday"): the acts counted in it are news.
_SINCE_DAY = re.compile(rf"\bsince\s+(?:last\s+)?(?:{calendar_words(WEEKDAYS, capitalised=True)})\b")
_SINCE_CLAUSE = re.compile(r"\W*since\s", re.IGNORECASE)
_STOP = re.compile(r"[,;:]")


# The end of a sentence: a full stop, question or exclamation mark (and a closing quote) before a capital or a quote,
# not an abbreviation's stop before a number ("Sept. 27"); or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?\s+(?=[A-Z\"\u201c])|\n")


def _sentence_start(text: str, start: int) -> int:
    """The offset where the sentence holding ``start`` begins (looked for up to 400 characters back)."""
    lo = max(0, start - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    return ends[-1] if ends else lo


def _sentence_before(text: str, start: int) -> str:
    """The text of the sentence before ``start``."""
    return text[_sentence_start(text, start) : start]


_FORECASTING = re.compile(rf"\b(?:{_alternation(sorted({f for v in _CONTEXT['forecasting'] for f, t in tagged_forms(v).items() if t != 'ing'}))})"
                          r"\s+(?:that\s+)?(?:[^,;:]+?\s)?(?:will|would|'ll)\s+(?:\w+ly\s+|also\s+|not\s+)?(?:be\s+)?$", re.IGNORECASE)


def _background(text: str, span: tuple[int, int], whole: str, at: int, kind: str, passive: bool) -> bool:
    """Whether the act at ``at`` of the clause ``whole`` (at ``span`` of ``text``) is background: see above."""
    before = _sentence_before(text, span[0])
    if not passive and _PERFECT_ACTIVE.search(whole, max(0, at - 30), at) \
            and (kind == "other" or _TOLL_OBJECT.match(whole, at + len(whole[at:].split(" ", 1)[0]))) \
            and (_PERIOD_AFTER.match(text, span[1]) and not _STORY_DAY.search(
                     text, span[1], (e.start() if (e := _SENTENCE_END.search(text, span[1])) else len(text)))
                 or (o := _SINCE_OPENING.match(before + whole[:at])) and not _STORY_DAY.search(o.group())):
        return True
    if _NEEDED.search(whole, max(0, at - 30), at):
        return True
    if kind == "other" and not passive and _PLUPERFECT.search(whole, max(0, at - 30), at) \
            and _NO_OBJECT.match(whole, at + len(whole[at:].split(" ", 1)[0])) and not _OWN_TIME.search(whole):
        return True  # "(after the march) had ended peacefully": a state reached before the story's past, no act
    if kind != "threaten" and _FORECASTING.search(whole, max(0, at - 120), at):
        return True  # "polls suggest the ruling party will win": a forecast, no act told
    if kind == "other" and not passive and _PERFECT_ACTIVE.search(whole, max(0, at - 30), at) \
            and _COUNTED_OBJECT.match(whole, at + len(whole[at:].split(" ", 1)[0])) and not _OWN_TIME.search(whole) \
            and (whole[at:].split(" ", 1)[0].lower() in _TALLYING or _CAREER.search(whole)) \
            and not _HAZARD.search(whole, 0, at):  # not a hazard's toll, the news itself ("floods have killed five")
        return True  # "has won three Olympic medals", "has opened 40 stores": a count up to now, a total (the guide)
    if not passive and _PERFECT_ACTIVE.search(whole, max(0, at - 30), at) \
            and _TIMES.search(whole, at, (c.start() if (c := _STOP.search(whole, at)) else len(whole))) \
            and not _OWN_TIME.search(whole) and not _STORY_DAY.search(whole) and not _SINCE_DAY.search(whole):
        return True  # "Israel has struck Yemen several times this year": a count of acts up to now (Quirk et al. 8.64)
    if _SINCE_CLAUSE.match(whole) and not before.strip() and not _STORY_DAY.search(whole):
        return True  # "Since taking office in 2021, ...": the period's start
    return False


_COUNT_BEFORE = re.compile(r"(?:\d[\d,.]*|\b(?i:" + alternation(sorted(load()["words"]["cardinals"].split())) + r"))"
                           r"(?:\s+of)?\s+(?:[a-z-]+\s+)?$")
"""A number right before a collective ("at least 40 people", "thousands of civilians"): in an attack's clause, the
people its toll counts, which the labelling guide makes part of the event, no actor of it."""
# Who a toll counts ("the injured", "the dead"): the lexicon's casualty words.
_CASUALTY_WORDS = frozenset(load()["words"]["casualty_words"].split())
_TOLLED = alternation(sorted(set(load()["words"]["toll_verbs"].split()) | set(load()["words"]["casualty_words"].split())))
_TOLL_VERB_BEFORE = re.compile(rf"\b(?:{_TOLLED})\s+(?:(?:at\s+least|more\s+than|nearly|almost|over|up\s+to|an\s+estimated|"
                               rf"{alternation(sorted(load()['words']['approximators'].split()))})\s+)?$")
_TOLL_VERB_AFTER = re.compile(rf"\s+(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:{_TOLLED})\b")
"""A casualty verb before the count ("killed at least 40 people") or a passive one after it ("40 people were killed")."""
_COUNTED_PEOPLE = frozenset(load()["words"]["counted_groups"].split())
"""The nouns of people in general ("people"), which a toll counts; a crowd by its role ("protesters") is targeted."""


_TERMS_SUBJECT = re.compile(rf"\W*(?:the|this|that|its|their|his|her)\s+(?:[\w'-]+\s+){{0,2}}?"
                            rf"(?:{_alternation(_CONTEXT['proposed_texts'])})\b", re.IGNORECASE)
_SUBJECT_END = re.compile(r"\s*(?:,[^,;]*,\s*)?(?:\w+ly\s+|also\s+)?")  # the head ends the subject, maybe with an aside


_REMEMBERERS = _PERSON_NOUNS - {"they"} - frozenset(load()["words"]["business_nouns"].split())
"""Who remembers: a person's noun or pronoun ("they" may be a company's)."""
_SUBJECT_WORD = re.compile(r"([A-Za-z]+)\s+(?:(?:had|has|have|also|later|then|still|\w+ly)\s+)*$")


def _remembers(clause: str, at: int) -> bool:
    """Whether the subject of "recalled" at ``at`` is a person, who remembers (WordNet 3.0 recall.v.01 "recall knowledge
    from memory"), no maker recalling its goods (recall.v.07): a personal pronoun or a noun of a person (WordNet's
    noun.person, the lexicon's person_nouns, in either number); a name may be a business's ("Pellan Pharma")."""
    m = _SUBJECT_WORD.search(clause, max(0, at - 60), at)
    word = m.group(1).lower() if m else ""
    if word.endswith(("maker", "makers")):
        return False  # "the drug maker", "shoemakers": a maker of goods, which news writes for the business
    return word in _REMEMBERERS or word[:-1] in _REMEMBERERS or word.endswith("es") and word[:-2] in _REMEMBERERS


def event_of(text: str, span: tuple[int, int], mentions: Mentions, n: int, inherited: list[str],
             lang: str = "en", quote: bool = False) -> Event | None:
    """An event for a clause with a verb cue; a clause without a subject ("and warned that...")
    inherits the agents of the clause before it. In a ``quote`` (a sentence that opens with a
    quotation) only the threats and demands its quoted words make are acts: the rest of it is
    the attribution and asides about the speaker ("who asked not to be named")."""
    whole = text[span[0] : span[1]]
    if lang != "en":
        verb = cue(whole, lang)
        if verb is None:
            return None
        at, kind, passive = verb[0], verb[1], False
    else:
        if _PARTICIPLE_SPEECH.match(whole) and _act_before(text, span[0]):
            return None  # "welcomed the decision, saying it backed the bank's efforts": part of that event (the guide)
        demand = _demand(text, span, mentions, n, inherited)
        if demand is not None:
            return demand
        found = _main(whole, [c for c in map(_quoted_threat(text, span[0], whole), _cues(whole))
                              if (_spoken_act(c) or _dated_report(whole, c[0]) if in_quotation(text, span[0] + c[0]) else not quote)])
        specific = [c for c in found if c[1] != "other"]
        if not found:
            return None
        at, kind, passive = (specific or found)[0]
        if kind == "other" and whole.startswith("recall", at) and _remembers(whole, at):
            return None  # "The witness recalled three trucks at the scene": remembering (recall.v.01), no maker's recall
        if "\n" in whole and (cut := _body_start(whole)) and (
                later := [c for c in specific if c[0] >= cut] or [c for c in found if c[0] >= cut]):
            at, kind, passive = later[0]  # a headline line run into the text restates the act its body tells
        if kind == "agree" and len(specific) > 1 and _decided_kind(whole, specific[1]) and not specific[1][2] \
                and (agreed := _AGREED_TO.match(whole, at)) and agreed.end() == specific[1][0]:
            at, kind, passive = specific[1]  # "agreed to release the hostages": a decision to act, of the act's kind
        if quote and in_quotation(text, span[0] + at):  # the quoted words alone, without marks or attribution
            lo, hi = _inside_quotation(text, span[0] + at)
            lo, hi = max(lo - span[0], 0), min(hi - span[0], len(whole))
            whole, at = whole[lo:hi], at - lo
    hazard = False
    if kind == "assault" and lang == "en" and _LEADING.match(whole, len(whole) - len(whole.lstrip(" ,"))) \
            and _hazard_before(text, span[0]):
        kind, hazard = "other", True  # "an earthquake killed 9,000 and destroyed 500,000 homes": the hazard did both
    if kind == "protest" and lang == "en" and _campaign_rally(whole):
        kind = "other"
    a, b = evidence_span(whole, at, lang)
    if "\n" in whole[a:b] and (lines := _own_line(whole, at)) != (0, len(whole)):
        # a line with no full stop (a headline, a title) run into the next: the evidence stays on the cue's own line
        a, b = evidence_span(whole[lines[0] : lines[1]], at - lines[0], lang)
        a, b = a + lines[0], b + lines[0]
    if lang == "en" and "," in whole[at:b]:  # an act inside an aside (", who took office in March, has ..."): its own
        b = next((min(b, m.end() - 1) for m in _ASIDE.finditer(whole) if m.start() <= at < m.end()), b)  # words alone
    clause = whole[a:b]
    subject = (lang != "en" and _auxiliary_subject(whole, at, mentions, lang)) or _subject(whole, at, mentions)
    if kind in ("reject", "sanction") and lang == "en" and (_court_subject(whole, at) or passive and _court_agent(whole, at)) \
            and (kind == "reject" or _INSTRUMENT.match(whole, at)):
        kind = "other"  # a court that declines or dismisses rules: the guide's "a court ruling ... is other"
    if kind in ("reject", "agree") and lang == "en" and (_court_subject(whole, at, _REGULATORS)
                                                         or kind == "agree" and _court_subject(whole, at)):
        kind = "other"  # "the competition watchdog blocked (approved) the merger": a regulator decides a case (the guide)
    elif kind == "sanction" and lang == "en" and _own_measure(whole, at, passive) and not _court_subject(whole, at):
        kind = "concede"  # "suspended the extradition bill", "the tax rise was withdrawn": a measure retracted
    if kind not in _SPEECH_ACT_KINDS and kind != "reject" and lang == "en" and not passive \
            and _PRESENT_S.match(whole, at) and not _PRONOUN_BEFORE.search(whole, max(0, at - 12), at) \
            and not _doer_named(whole, at, subject, mentions) and not _OWN_TIME.search(whole):
        return None  # "The dam supplies water to two million people", "the treaty bans chemical weapons": the simple
        # present of a thing that is no actor tells what it does or says, a state (Quirk et al. 4.6), with no time
    if kind == "other" and lang == "en" and not passive and _PRESENT_S.match(whole, at) and not _OWN_TIME.search(whole):
        return None  # "the RSF holds most of Darfur", "the bank owns a stake in it": an actor's simple present with no
        # time of its own tells what it has or does as a rule, a state (Quirk et al. 4.6), no act of the story
    if kind in _EXPECTABLE_KINDS and lang == "en" and (_FUTURE_PASSIVE.search(whole, max(0, at - 40), at) and not _BY.search(whole, at)
                                             if passive else _future_act(whole, at) and not _doer_named(whole, at, subject, mentions)) \
            and not _ANNOUNCED.search(whole, 0, at) and not _HEADED_BY_ACTOR.search(whole, 0, at) \
            and not _told_by_actor(whole, at, mentions, kind):
        return None  # "(officials said) the bridge would open by May", "the vote will be held in June", "the talks
        # would resume on Monday": only expected or scheduled, no one reported doing anything (the guide); announcing
        # it is an act. Not a hostile act or a speech act, whose future is a threat or a demand made; nor talks, a deal
        # or aid that a named actor says will happen ("X and Y said negotiators would meet again in April"): a plan
        # announced by a party to it (the guide's row on announced plans)
    if lang == "en" and _background(text, span, whole, at, kind, passive):
        return None
    if kind == "request" and lang == "en" and not passive and (terms := _TERMS_SUBJECT.match(whole)) \
            and _SUBJECT_END.fullmatch(whole, terms.end(), at):
        return None  # "The proposal, drawn up by the envoy, called for a truce": its terms, part of the proposal (the guide)
    after = [(pos, i) for pos, i in mentions.within(clause) if pos > at - a and i not in subject]
    if kind == "assault" and lang == "en" and mentions.crowds:  # "killed at least 40 people": the toll, no target
        people = {i for c, i in mentions.actors if i in mentions.crowds and c.name.split()[-1].lower() in _COUNTED_PEOPLE}
        victims = {i for pos, i in mentions.within(clause, every=True) if i in people
                   and (count := _COUNT_BEFORE.search(clause, max(0, pos - 40), pos))
                   and (_TOLL_VERB_BEFORE.search(clause, max(0, count.start() - 30), count.start())
                        or _TOLL_VERB_AFTER.match(clause, mentions.end(clause, pos)))}
        after = [(pos, i) for pos, i in after if i not in victims]
        subject = [i for i in subject if i not in victims] if passive else subject
    if passive:
        by = _BY.search(clause, at - a)
        agents = [i for pos, i in after if by and pos >= by.end()][:3]
        if kind == "assault" and not agents and (between := _BETWEEN.search(clause, at - a)):
            agents = [i for pos, i in after if pos >= between.end()][:3]  # "were killed in clashes between X and Y"
        if not agents and kind in _OWN_SIDE_KINDS and lang == "en" and (speaker := _reporter(whole, at, mentions)) \
                and speaker not in subject:
            agents = [speaker]  # "Katigbak said refunds were offered", "the ministry said aid was delivered": the speaker
            # tells of their own side's giving; not of an arrest, a ban or an attack, which a speaker as often reports
            # done to others ("Amnesty said 12 protesters were arrested"), nor of an act done to themselves
        targets = subject or _antecedent(text, span[0], whole, mentions) \
            or ([mentions.pronoun(whole)] if mentions.pronoun(whole) else [])
        return Event(id=f"e{n}", description=clause, kind=kind, agents=agents, targets=targets, evidence=clause)
    agents, targets = subject, [i for _, i in after][:3]
    if kind == "assault" and not agents and (between := _BETWEEN.search(clause, at - a)):
        agents = [i for pos, i in after if pos >= between.end()][:3]  # "died in clashes between police and protesters":
        targets = [t for t in targets if t not in agents]  # the sides of the fight are its doers
    relative = not agents and lang == "en" and bool(_WHO.match(whole))
    if relative:  # "arrested Tom Reyes, who had attacked a guard": Reyes; "dispersed the crowd, who had ...": no one
        agents = _antecedent(text, span[0], whole, mentions)  # named (not whoever the clause before names)
        targets = [t for t in targets if t not in agents]
    elif not agents and hazard:
        pass  # "(reported an outbreak), which killed six people": the hazard's, no actor's
    elif not agents:
        pronoun = mentions.pronoun(whole) if lang == "en" else lemmas(lang).pronoun(whole, mentions.last_person)
        own = lang == "en" and _thing_subject(whole[:at])  # "..., and the port reopened": not X's act
        agents = [pronoun] if pronoun else [] if own else list(inherited)
        targets = [t for t in targets if t not in agents]
    if kind == "threaten" and not agents and lang == "en" and not _future_act(whole, at) and not _THREAT_TO.match(whole, at):
        return None  # "economists warned that ...": a forecast, no threat; an act announced stays one, and so does
        # a threat to act ("the union threatened to strike": Quirk et al. 16.38, a catenative's own act)
    if kind == "threaten" and lang == "en" and (said := _WARNED_THAT.match(whole, at)) \
            and not _WHAT_WILL_BE.search(whole, said.end()):
        return None  # "the agency warned that 40,000 people depend on the markets": a state of affairs, no threat
    return Event(id=f"e{n}", description=clause, kind=kind, agents=agents, targets=targets, evidence=clause)


_NOT_A_TIME = rf"(?!(?:[\w-]+\s+){{0,2}}(?:{_alternation(_CONTEXT['periods'])}|{calendar_words(WEEKDAYS)})s?\b)"
"""After a determiner, no time within its first words ("the next day", "this week"): what follows names a subject."""
# A subject of the clause's own that names no actor, a definite or indefinite noun phrase right before the verb
# after any conjunction ("..., and the port reopened", "but the deal collapsed"): the clause's doer is that
# thing or an unnamed one, not the actor of the clause before (Quirk et al. 13.50: only a predicate coordinated with
# no subject shares the first's).
_OWN_SUBJECT = re.compile(r"^\W*(?:(?:and|but|while|whereas)\s+)?(?:the|an?|this|these|those)\s+" + _NOT_A_TIME
                          + r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)  # not a time ("and the next day released him")


def _thing_subject(before: str) -> bool:
    """Whether ``before``, the clause up to its verb, is a subject of its own (`_OWN_SUBJECT`) that names a thing, no
    people or body ("the deal", "a second convoy" may be the doer's own: "and the soldiers later withdrew")."""
    if not _OWN_SUBJECT.match(before):
        return False
    return not any(_doer_noun(w) for w in before.lower().split()[1:])


# "between" right after a noun of fighting ("clashes between police and protesters", "fighting between the army and
# rebels"): its sides; not after another noun ("a meeting between X and Y", whose sides did not fight).
_BETWEEN = re.compile(r"\b(?:" + _alternation(sorted(_CONTEXT["clashing"] + [n for n, k in _NOUN_KIND.items() if k == "assault"]))
                      + r")\s+between\s", re.IGNORECASE)


def _antecedent(text: str, start: int, clause: str, mentions: Mentions) -> list[str]:
    """The actor named right before a continuative relative clause on a person (", who was detained
    on Saturday"): the subject of its passive (Quirk et al. 17.22)."""
    if not _WHO.match(clause):
        return []
    before = text[max(0, start - 60) : start]
    if before[-1:].isdigit() and (age := _AGE_TAIL.search(before)):
        before = before[: age.start()]  # "Oskar Lindqvist, 34, who": the name before the age
    named = mentions.within(before)
    return [named[-1][1]] if named and mentions.end(before, named[-1][0]) == len(before) else []  # right before it


_WHO = re.compile(r",\s+who\s", re.IGNORECASE)
_AGE_TAIL = re.compile(r",\s*(?:aged\s+)?\d{1,3}$")


_THREAT_TO = re.compile(r"(?:threat|vow)\w*\s+(?:\w+ly\s+)?to\s+\w", re.IGNORECASE)


# A rally of a campaign ("drew thousands of supporters to a rally", "the candidate held a rally")
# campaigns, it protests nothing: the guide's `other`; not one against something ("supporters
# rallied against the result": [event_context] campaigning).
_RALLY = re.compile(r"\brall(?:y|ies|ied|ying)\b", re.IGNORECASE)
_CAMPAIGNING = re.compile(rf"\b(?:{_alternation(_CONTEXT['campaigning'])})\b", re.IGNORECASE)
_PROTESTING = re.compile(r"\b(?:against|protest|protests|protesting|demand|demanding|over\s+the|"
                         # a rally for someone held ("supporters of the jailed opposition leader rallied", "a rally for the
                         # release of"): a protest at the detention, not a campaign's; not "who was arrested in 2019"
                         r"for\s+(?:the\s+)?(?:release|freedom)\s+of|"
                         r"(?:jailed|detained|imprisoned)(?=\s+(?!(?:in|on|at|for|since|by|until|after|over|from|without)\b)[a-z]))\b",
                         re.IGNORECASE)


def _campaign_rally(clause: str) -> bool:
    """Whether ``clause`` tells of a campaign's rally, not a protest."""
    return bool(_RALLY.search(clause) and _CAMPAIGNING.search(clause) and not _PROTESTING.search(clause))


# A measure its author proposes or imposes ([event_context] measures): suspending one retracts it,
# PLOVER CONCEDE ("retract, ease"), not a sanction of anyone.
_MEASURES = _alternation(_CONTEXT["measures"])
_MEASURE_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\w'-]+\s+){0,3}?"
                             rf"(?:{_MEASURES})\b", re.IGNORECASE)
_MEASURE_SUBJECT = re.compile(rf"\b(?:{_MEASURES})\s+(?:[\w'-]+\s+){{0,1}}(?:was|were|has\s+been|had\s+been)\s+"
                              r"(?:\w+ly\s+)?$", re.IGNORECASE)


def _own_measure(clause: str, at: int, passive: bool) -> bool:
    """Whether the verb at ``at`` retracts a measure: its object one ("suspended the bill"), or its
    subject in a passive ("the bill was suspended")."""
    if passive:
        return bool(_MEASURE_SUBJECT.search(clause, 0, at))
    verb = re.match(r"[\w'-]+", clause[at:])
    return bool(verb and verb.group().lower() not in _LIGHT  # "issued a decree banning": the kind is the decree's
                and (_MEASURE_OBJECT.match(clause, at + verb.end())
                     or verb.group().lower() in _HALTING and _OWN_ACTIVITY.match(clause, at + verb.end())))


# The verbs that halt an activity (WordNet 3.0 freeze.v.05 "stop a process or a habit", with its synonym suspend,
# halt.v.01 and discontinue.v.01 stop, as in [event_context] stopping): their -ing object may be the subject's own; banning or outlawing an activity
# ("banned smoking in bars") is a sanction on those who do it.
_HALTING = frozenset(f for v in _CONTEXT["halting"] for f in tagged_forms(v))
_OWN_ACTIVITY = re.compile(r"\s+(?!being\b)[a-z]{3,}ing\s+(?:the|a|an|its|their|at|on|in|of|for|work|operations)\b")
"""An -ing object after a verb of suspending or halting ("would suspend filling the reservoir", "suspended drilling at
the site"): the subject's own activity halted (Quirk et al. 16.40, a catenative's -ing complement), no penalty on
anyone: a step back, as a measure withdrawn is."""


def _hazard_before(text: str, start: int) -> bool:
    """Whether the sentence before offset ``start`` names a natural hazard (its subject, for a
    coordinated clause that has none of its own)."""
    return bool(_HAZARD.search(text, _sentence_start(text, start), start))


_WARNED_THAT = re.compile(r"warn(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,4}?that\s", re.IGNORECASE)
_WHAT_WILL_BE = re.compile(r"\b(?:" + "|".join(sorted(set(load()["topics"]["before_base"].split()) - {"to"}))
                           + r"|unless|if|risk\w*|threat\w*|going\s+to)\b|'ll\b|'d\b", re.IGNORECASE)
"""What makes a warning's reported clause a threat or a forecast: a modal or future auxiliary (Quirk et al.
3.21-3.23), a condition, a risk or a threat; a clause of what is, or was, the case warns of nothing to come."""
_FUTURE_BEFORE = re.compile(r"(?:\b(?:will|would|shall)|'ll)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# An act announced (not only expected: "announced the bridge would open") and a future act of a
# speaker named by a pronoun ("said it would open talks"): their doer is known.
_ANNOUNCED = re.compile(r"\b(?:announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|decid(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|"
                        r"agree(?:s|d)?|vot(?:es|ed)|pledg(?:e|es|ed)|promis(?:e|es|ed)|order(?:s|ed))\b", re.IGNORECASE)
def _last_frame(clause: str, at: int) -> re.Match | None:
    """The last reporting frame ("X said", "told reporters") before ``at``, if any."""
    frame = None
    for frame in _FRAME.finditer(clause, 0, at):
        pass
    return frame


def _doer_named(clause: str, at: int, subject: list[str], mentions: Mentions) -> bool:
    """Whether an actor is named as the subject of the verb at ``at``: after the last reporting verb before it
    when there is one ("Rio Tinto says the mine will ...": the mine, no actor), else `_subject`'s."""
    frame = _last_frame(clause, at)
    return bool(mentions.within(clause[frame.end() : at])) if frame else bool(subject)


_PRESENT_S = re.compile(r"(?:" + alternation(sorted({re.escape(f) for f, (_, t) in _FORMS.items() if t == "s" and " " not in f}))
                        + r")\b", re.IGNORECASE)
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|it|they|we|i|you)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
def _told_by_actor(clause: str, at: int, mentions: Mentions, kind: str) -> bool:
    """Whether the last reporting verb before ``at`` has a named actor before it, as its speaker, announcing an act
    (`other`: "Ghana said its border would reopen on Monday") or talks its people will hold ("X said negotiators would
    meet"; not "X says the smelter will meet the limits", a thing that meets no one)."""
    frame = _last_frame(clause, at)
    if frame is None or not mentions.within(clause[: frame.start()]):
        return False
    if kind == "other":
        return True
    words = [w.lower() for w in _WORD.findall(clause, frame.end(), at)]
    while words and (words[-1] in _FUTURE or words[-1] in _TIME_ADVERBS or words[-1].endswith("ly")):
        words.pop()
    return bool(words) and (words[-1] in _PEOPLE or words[-1].endswith("s") and words[-1][:-1] in _PEOPLE)


_EXPECTABLE_KINDS = frozenset(("other", "consult", "agree", "cooperate", "aid", "support", "concede"))
_FUTURE_PASSIVE = re.compile(r"(?:\b(?:will|would|shall)|'ll)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_HEADED_BY_ACTOR = re.compile(r"\b(?:he|she|it|they|we|i|you)\s+(?:will|would|shall|'ll)\s+(?:\w+ly\s+)?(?:\w+\s+)?$",
                              re.IGNORECASE)


def _future_act(clause: str, at: int) -> bool:
    """Whether the verb at ``at`` follows a future auxiliary ("will march", "would strike")."""
    return bool(_FUTURE_BEFORE.search(clause, max(0, at - 30), at))


def _quoted_threat(text: str, offset: int, clause: str):
    """A cue mapper: a hostile act the speaker announces in a quotation ("We will attack the
    depot") is a threat made."""
    def threat(c: tuple[int, str, bool]) -> tuple[int, str, bool]:
        if c[1] in _HOSTILE_KINDS and not c[2] and _future_act(clause, c[0]) and in_quotation(text, offset + c[0]):
            return c[0], "threaten", False
        return c
    return threat


def _inside_quotation(text: str, at: int) -> tuple[int, int]:
    """[start, end) of the words of the quotation around offset ``at``, without its marks."""
    start, end = next((a, b) for a, b in quotation_spans(text) if a < at < b)
    return start + 1, end - (text[end - 1 : end] in _CLOSING)


_CLOSING = frozenset("\"\u201d\u2019\u201c\u00bb")


# A calendar date before a verb in a quotation ("On October 8, the commission announced that ...", "in 2017 the
# board approved ..."): a written statement's own report of a dated act, told as news (the guide's background
# "told as an event ... it has a time"), not the speaker's words as an act of speaking; not one of the speaker's
# own ("In 2015 I lost my job"), which tells a life, not the news.
_TOLD_WITH_TIME = re.compile(rf"\b(?:[Oo]n|[Ii]n)\s+(?:{calendar_words(MONTH_NAMES, capitalised=True)})\s+\d{{1,2}}\b|\b[Ii]n\s+\d{{4}}\b")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Yy]ou)\s+(?:(?:have|had|\w+ly)\s+)?$")


def _dated_report(clause: str, at: int) -> bool:
    """Whether the verb at ``at`` of a quoted clause reports a dated act of a third party (`_TOLD_WITH_TIME`)."""
    return bool(_TOLD_WITH_TIME.search(clause, 0, at)) and not _FIRST_PERSON.search(clause, max(0, at - 20), at)


def _spoken_act(cue: tuple[int, str, bool]) -> bool:
    """Whether a cue inside a quotation is an act of its speaker: a threat or a demand made."""
    return cue[1] in ("threaten", "request") and not cue[2]


# A deontic modal with an actor as its subject ("the government must reverse the increase", "the
# commission should publish results"): whoever says so demands it (Quirk et al. 4.53-4.54 on
# obligation); not a past obligation or a guess ("should have come", "must have known").
_DEONTIC = re.compile(r"\b(?:must|should|ought\s+to)\s+(?!(?:not\s+|never\s+)?have\b)\w", re.IGNORECASE)
_DEONTIC_WORDS = words_pattern("must", "should", "ought")
_BODY_SUBJECT = re.compile(r"\b(?:they|he|she|(?:the|its|their)\s+(?:[\w-]+\s+)?(?:"
                           + _alternation(load()["words"]["org_words"].split()) + r"))$", re.IGNORECASE)
_DEMANDED = re.compile(r"(?:(?:the|its|their|his|her)\s+)?$", re.IGNORECASE)
_QUOTE_CLOSE = re.compile(r"[,.!?]?[\"\u201d]")


def _demand(text: str, span: tuple[int, int], mentions: Mentions, n: int, inherited: list[str]) -> Event | None:
    """A demand that an actor act, made by whoever says so: the clause from its subject on."""
    whole = text[span[0] : span[1]]
    if not may_match(_DEONTIC_WORDS, whole):
        return None
    m = _DEONTIC.search(whole)
    if m is None or any(k != "other" for at, k, _ in _cues(whole[: m.start()])):
        return None
    before = whole[: m.start()].rstrip()
    blank = mentions.blank(before)
    if blank.endswith(" "):  # an actor named right before the modal
        start = len(blank.rstrip())
        start += len(before[start:]) - len(before[start:].lstrip())  # the name's first letter, after a space or none
        subject = [i for pos, i in mentions.within(before, every=True) if pos >= start][:1]  # ('"Meta must')
        lead = _DEMANDED.search(whole, 0, start)
        start = lead.start() if lead else start
    else:  # "they must", "the government should": a body or those already named
        pronoun = _BODY_SUBJECT.search(before)
        if pronoun is None:
            return None
        start, subject = pronoun.start(), []
    tail = _TAIL.search(whole, m.end())
    end = tail.start() if tail else len(whole)
    quoted = (whole.count('"', 0, start) + whole.count("\u201c", 0, start) - whole.count("\u201d", 0, start)) % 2 == 1
    close = _QUOTE_CLOSE.search(whole, m.end(), end) if quoted else None
    end = len(whole[: close.start() if close else end].rstrip(" ,;:.\"\u201d"))  # a quote's demand ends with it
    if len(whole[start:end].split()) < 3:
        return None
    clause = whole[start:end]
    after = [i for pos, i in mentions.within(whole[close.end() :]) if i in mentions.people][:1] if close else []
    speaker = [i for pos, i in mentions.within(whole[:start])][:3] or after or list(inherited)  # '"...," X said'
    return Event(id=f"e{n}", description=clause, kind="request", agents=speaker,
                 targets=[i for i in subject if i not in speaker][:3], evidence=clause)


def _auxiliary_subject(clause: str, cue_at: int, mentions: Mentions, lang: str) -> list[str]:
    """German, French, Spanish: the actor named right before an auxiliary ahead of the verb ("Die
    FDP hatte ... abgelehnt"), or right after one that follows an adverbial ("In der Woche hatte die
    CDU ... geführt")."""
    blank = mentions.blank(clause[:cue_at])
    for aux in _auxiliaries(lang).finditer(blank):
        before = len(blank[: aux.start()].rstrip())
        named = [i for off, i in mentions.within(clause[:cue_at]) if before <= off < aux.start()]
        if not named:
            named = [i for off, i in mentions.within(clause[:cue_at]) if aux.end() < off <= aux.end() + 5]
        if named:
            return named[:1]
    return []


@cache
def _auxiliaries(lang: str) -> re.Pattern:
    words = sorted(load(lang)["words"]["auxiliaries"].split(), key=len, reverse=True)
    return re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)


def _subject(clause: str, cue_at: int, mentions: Mentions) -> list[str]:
    """The actors named as the verb's subject: in the stretch right before it, going back one
    comma-separated segment at a time over an apposition ("X, the mayor of Y, said"); in reported speech with a
    subject of its own that is no pronoun ("Police chief Ann Cole said the man was arrested"), only the actors named
    after the reporting verb: the speaker is not the reported clause's subject (Quirk et al. 1985, 14.31), unless the
    clause is a plan the speaker announces."""
    frame = _main_frame(clause, cue_at - 1)
    if frame and not _REPORTED_PRONOUN.match(clause, frame.end()) and not _future_act(clause, cue_at):
        # (not a plan the speaker announces, "said negotiators would meet in May": the guide's announced plans)
        start = frame.end()
        return list(dict.fromkeys(i for _, i in mentions.within(clause[start:cue_at])))[:3]
    if (rel := relative_on_subject(clause, cue_at)) is not None:
        cue_at = rel  # "The minister who accused Velmora of lying sued X": the relative clause names no subject
    end = cue_at
    aside = None
    while end > 0:
        start = clause.rfind(", ", 0, end - 1)
        start = 0 if start < 0 else start + 2
        segment = clause[start:cue_at]
        if start > 0 and aside is None and _RELATIVE_ASIDE.match(clause, start):
            aside = (start, end)  # "The EU, which has imposed sanctions on Corvia, called on": an aside, not the subject
            end = start - 2
            continue
        named = [(at, i) for at, i in mentions.within(segment)
                 if not (clause.endswith(", ", 0, start + at) and _APPOSED_POSSESSIVE.match(segment, at))
                 and not (aside and aside[0] <= start + at < aside[1])]
        found = [i for k, (at, i) in enumerate(named) if not (
            k + 1 < len(named) and (owner := _OWNS.match(segment, mentions.end(segment, at))) and owner.end() >= named[k + 1][0])]
        # ("Erdogan's AKP party dismissed", "Putin's spokesman Dmitry Peskov denied": the owner names the subject, is none)
        if found:
            return list(dict.fromkeys(found))[:3]
        end = start - 2 if start > 0 else 0
    return []


_RELATIVE_ASIDE = re.compile(r"(?:which|who|whose|whom)\s", re.IGNORECASE)
_SUBJECT_RELATIVE = re.compile(r"(?<=[a-z])\s+(?:who|which)\s+(?:\w+ly\s+)?([a-z]+)\s+(?=[^,;:]*$)")
"""A restrictive relative clause on a lowercase noun, no comma before it or after it up to the verb ("the minister who
accused ...")."""
_RELATIVE_GOES_ON = re.compile(r"\b(?:that|whether|if)\b|\b(?:to|having|and|but)\s+(?:\w+ly\s+)?$")
"""What makes the verb after a relative clause's verb part of that clause: a that- or whether-clause, an infinitive
or a coordinator right before the verb."""
_NAME_RIGHT_BEFORE = re.compile(r"[A-Z][\w-]*\s+(?:(?:had|has|have|was|were|is|are|would|will|could|been)\s+)*(?:\w+ly\s+)?$")
_CLAUSE_TAKING = frozenset(f for v in (*load()["words"]["that_verbs"], *load()["stances"]["denials"],
                                       *(w for w in load()["words"]["reporting"] if " " not in w))
                           for f in (v, v + "d", v + "ed", v[:-1] + "ied"))
"""Verbs that take a content clause with "that" left out (reporting, belief, denial; Quirk et al. 1985, 16.31-16.32):
after one, a name right before a past verb is that clause's subject ("who denied Velmora attacked Tarnia")."""


def relative_on_subject(clause: str, at: int) -> int | None:
    """Where a restrictive relative clause on the subject opens, when the verb at ``at`` is the main verb after it ("The
    minister who accused Velmora of lying sued Kessler Bank": "sued" is the minister's; Quirk et al. 1985, 17.9): the
    names inside it are no subject of that verb. None when there is no such clause, or the verb is in it."""
    rel = _SUBJECT_RELATIVE.search(clause, 0, at)
    if rel is None or _RELATIVE_GOES_ON.search(clause, rel.end(), at) \
            or rel.group(1).lower() in _CLAUSE_TAKING and _NAME_RIGHT_BEFORE.search(clause, rel.end(), at):
        return None
    return rel.start()
_REPORTED_PRONOUN = re.compile(
    rf"(?:(?:on\s+)?(?:{calendar_words(WEEKDAYS)}|yesterday|today|(?:last|this)\s+\w+|in\s+(?:a|an|its|his|her|their)\s+"
    r"[\w-]+(?:\s+[\w-]+)?)\s*,?\s+)?(?:that\s+)?[\"\u201c]?(?:he|she|it|they|we|i|his|her|its|their|our)\b", re.IGNORECASE)
"""A pronoun opening a reported clause, or a possessive one ("its volunteers had distributed"), after a time or the
means of saying if any ("said Tuesday it had", "said in a statement it had"): the speaker telling of their own act, or
whom the sentence is about."""
_RELATIVE_FRAME = re.compile(r"\b(?:which|who)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""A reporting verb in a relative clause ("The army, which said in March that talks had failed, shelled"): an aside,
no frame of the main clause."""
_OWNS = re.compile(r"['\u2019]s\s+(?:(?!(?:on|in|at|to|of|by|for|from|with|against|over|into|near)\s)[\w-]+\s+){0,3}")
"""A possessive and the words of what it owns, up to another name ("Erdogan's AKP party"); no preposition
among them ("Russia's attack on Ukraine": Ukraine is the act's target, Russia its doer)."""
_APPOSED_POSSESSIVE = re.compile(r"(?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*['\u2019]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s")
"""A name as the possessive in an apposition after the subject ("The EU, Ardenia's largest trading partner,
offered"): the apposition names the subject by its relation to that name, which is not the subject."""


_CONTENT = re.compile(r"[a-z][a-z'-]{2,}")
_FUNCTION = frozenset("the and was were has had have his her their its for with from that this who which "
                      "been are after before into over".split())


def casualties(e: Event, earlier: list[Event], clause: str) -> bool:
    """Whether ``e``, a coordinated clause with no subject of its own ("... killed twelve and
    injured twelve more"), tells more casualties of the attack its sentence already gave: the
    deaths and injuries of one attack are one event (the labelling guide)."""
    return (e.kind == "assault" and bool(earlier) and earlier[-1].kind == "assault"
            and clause.lower().startswith("and ") and not e.targets)


# A counted subject of a passive ("80 were arrested", "At least 40 people were detained", "Dozens of protesters were held"):
# people counted as what was done to them, with no doer named (Quirk et al. 3.63 on the agentless passive).
_COUNTED_PASSIVE = re.compile(r"\W*(?:another\s+|a\s+further\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|up\s+to\s+)?"
                              rf"(?:\d[\d,.]*|{_alternation(load()['words']['cardinals'].split())})\b[^,;]{{0,40}}?\s"
                              r"(?:was|were|had\s+been|have\s+been|has\s+been)\s", re.IGNORECASE)


_CROWD_FORCE = re.compile(rf"\b(?:{_CROWD_CONTROL}|{_alternation(_CONTEXT['crowd_force'])})\b", re.IGNORECASE)


_ON_PEOPLE = re.compile(rf"\b(?:{alternation(sorted(set(load()['words']['groups'].split() + load()['words']['crowds'].split())))})\b",
                        re.IGNORECASE)  # a collective of people that a force's shots or charge hit ("opened fire on protesters")


def counted_coercion(e: Event, last: Event, text: str, start: int, forces: set[str] | frozenset[str]) -> list[str]:
    """The doers of ``e``, people counted as arrested or detained in a passive with no doer ("80 were arrested",
    "Dozens of protesters were detained"), when ``last``, told in the same sentence or the one before, is force
    that bodies of ``forces`` (organisations: police, troops) alone used on a crowd (tear gas, batons, a dispersal,
    shots at protesters): the story has told who acted, so the doer is known (the guide: agents are empty only when
    it is not); else []."""
    if e.kind != "coerce" or e.agents or last.kind not in ("coerce", "assault") or not last.agents \
            or not set(last.agents) <= set(forces) or not _COUNTED_PASSIVE.match(e.evidence) \
            or not (_CROWD_FORCE.search(last.evidence) or last.kind == "assault" and _ON_PEOPLE.search(last.evidence)):
        return []  # not after "the court jailed X" (a sentence) or "the militia attacked a base": no force on a crowd
    told = text.rfind(last.evidence, 0, start)
    if told < 0 or told < _sentence_start(text, _sentence_start(text, start) - 1):
        return []
    if _ANOTHER.search(_lead(e, last, text, start)) or _BY.search(e.evidence):
        return []  # "In a separate incident, 30 people were arrested", "were arrested by soldiers": another act
    return list(last.agents)


def _lead(e: Event, last: Event, text: str, start: int) -> str:
    """The words of ``e``'s sentence before its evidence (after ``last``'s, when told in the same sentence)."""
    told = text.rfind(last.evidence, 0, start)
    return text[max(_sentence_start(text, start), told + len(last.evidence) if told >= 0 else 0) :
                max(text.find(e.evidence, start), start)]


def counted_toll(e: Event, last: Event, text: str, start: int) -> bool:
    """Whether ``e`` counts people killed or hurt in a passive with no doer ("Another 40 were wounded", "At least
    12 people were injured") right after ``last``, an assault or a hazard told in the same sentence or the one before:
    its toll, part of that one event (the guide: the toll of one attack or disaster is part of it, not an event)."""
    counted = _COUNTED_PASSIVE.match(e.evidence)
    if e.kind != "assault" or e.agents or not counted or _BY.search(e.evidence) \
            or not (last.kind == "assault" or last.kind == "other" and _HAZARD.search(last.evidence)):
        return False  # a cause of its own ("were killed by a roadside bomb") is another attack
    at = text.find(e.evidence, start)
    if _ANOTHER.search(text, _sentence_start(text, start), max(at, start)) or _ANOTHER.search(e.evidence, counted.end()):
        return False  # "In a separate incident, three soldiers were killed", "were killed in a separate bombing"
    told = text.rfind(last.evidence, 0, start)
    return told >= 0 and told >= _sentence_start(text, _sentence_start(text, start) - 1)


def one_time(e: Event, last: Event, text: str = "", start: int = 0) -> bool:
    """Whether ``e`` has no time adjunct of its own or the one ``last`` has ("arrested on Monday" after "dispersed the
    crowd on Sunday" is another act of another day: the guide's "two actions" row), in its evidence or, given the
    ``text`` and the clause's ``start``, before it in its sentence ("Two days later, 40 people were arrested")."""
    own = _OWN_TIME.search(f"{_lead(e, last, text, start)} {e.evidence}" if text else e.evidence)
    return not own or own.group().lower() in last.evidence.lower()


# A time adjunct of its own ("on Monday", "yesterday", "in March", "later"): a verb that has one
# tells an act of its own time (Quirk et al. 8.51-8.57 on time adjuncts).
_OWN_TIME = re.compile(rf"\b(?:on\s+(?:{calendar_words(WEEKDAYS, capitalised=True)})|yesterday|today|tonight|"
                       rf"last\s+(?:week|month|year|night)|in\s+(?:{calendar_words(MONTH_NAMES, capitalised=True)}|\d{{4}})|"
                       r"later|then|afterwards|subsequently)\b")


_TIME_AT_END = re.compile(_OWN_TIME.pattern + r"\W*$")


def one_act(e: Event, last: Event, text: str, span: tuple[int, int]) -> Event | None:
    """``last`` grown to take in ``e`` when ``e``, a coordinated predicate with no subject of its
    own ("... fired tear gas and arrested 74", "banned the group and suspended six of its
    members"), is the same act of the same doers at one time: the same kind, the same or no
    targets (the guide's decisions on events: one event, its evidence from the first verb to the end
    of the last object); else None."""
    clause = text[span[0] : span[1]]
    if _TIME_AT_END.search(last.evidence) or _OWN_TIME.match(clause, 4):
        return None  # "arrested him on Monday and charged him": each act its own time ("X on Monday
        # fired tear gas and arrested 74", "called on Monday for ... and urged": one time for both)
    if not clause.lower().startswith("and ") or e.kind != last.kind or e.kind == "other" \
            or set(e.agents) != set(last.agents) or (e.targets and last.targets and set(e.targets) != set(last.targets)):
        return None
    start = text.rfind(last.evidence, 0, span[0] + 1)
    end = text.find(e.evidence, span[0])
    if start < 0 or end < 0 or len(text[start : end + len(e.evidence)].split()) > 30:
        return None
    evidence = text[start : end + len(e.evidence)]
    targets = last.targets or e.targets
    return Event(id=last.id, description=evidence, kind=last.kind, agents=last.agents, targets=targets,
                 evidence=evidence)


def drop_restatements(events: list[Event]) -> list[Event]:
    """The events without those that retell one found before: the same kind and doers (and, when
    the doer is unknown, the same targets), and most of their words shared ("Trump granted X a
    full pardon", then "Trump granted Y a full pardon")."""
    kept: list[Event] = []
    for e in events:
        if not (_refers_back(e, kept) or any(_retells(e, k) for k in kept)):
            kept.append(e)
    return [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(kept, 1)]


_ASSAULT_NOUNS = "|".join(n for n, k in _NOUN_KIND.items() if k == "assault")
_BACK_TO_ATTACK = re.compile(rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:{_ASSAULT_NOUNS})\b", re.IGNORECASE)


# A definite noun phrase names an act the reader knows already (Quirk et al. 5.26-5.32): told
# again as the subject of a passive ("The lawsuit was filed in Denver") or of a verb of
# happening ("The rallies took place on Saturday"), it retells it.
_DEFINITE_ACT = re.compile(r"^(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s+(?:was|were|had been|has been|"
                           + _alternation(sorted(f for f in _SUBJECT_LIGHT if f.split()[0] not in ("begin", "began", "start",
                                                                                             "started", "open", "opened",
                                                                                             "resume", "resumed")))
                           + r")\s", re.IGNORECASE)


# The first response to an attack and its toll ("he died in hospital", "received surgery", "was
# transported to Kabul"): part of the attack, once one is found (the guide's decisions on events;
# [event_context] aftermath_*).
_AFTERMATH = re.compile(
    rf"\b(?:{_alternation(sorted({f for v in _CONTEXT['aftermath_deaths'] for f in tagged_forms(v)}))})\b"
    rf"|\b(?:receiv(?:ed|es|ing)|underw(?:ent|ent)|undergo(?:es|ing)?)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_alternation(_CONTEXT['aftermath_care'])})\b"
    rf"|(?:^|\b(?:was|were|been|being)\s+)(?:\w+ly\s+|later\s+|then\s+)?(?:{_alternation(sorted({f for v in _CONTEXT['aftermath_carry'] for f, t in tagged_forms(v).items() if t == 'past' and f.endswith(('ed', 'en', 'wn'))}))})"
    r"\s+(?:\w+\s+){0,2}?to\s+(?:a\s+|the\s+)?(?:[\w'-]+\s+){0,2}?(?:hospital|clinic|[A-Z])",
    re.IGNORECASE)


def _refers_back(e: Event, kept: list[Event]) -> bool:
    """Casualties or details of an attack already found ("six were killed in the attack"), a
    passive whose subject names an act of the same kind already found ("The lawsuit was filed
    in Denver" after "X sued Y"), or an agentless passive that retells part of one."""
    if (e.kind in ("assault", "other") and bool(_BACK_TO_ATTACK.search(e.evidence))
            and any(k.kind == "assault" for k in kept)):
        return True
    if e.kind == "other" and _AFTERMATH.search(e.evidence) and not _ANOTHER.search(e.evidence) \
            and any(k.kind == "assault" for k in kept):
        return True  # the toll and first response of an attack already found
    if e.kind == "request" and _WRITTEN.search(e.evidence) and any(
            k.kind == "request" and _asked_kinds(k.evidence) & _asked_kinds(e.evidence) for k in kept[-3:]):
        return True  # "The authority asked the operator for talks. Its director had written ... requesting a meeting"
    if (m := _DEFINITE_PASSIVE.match(e.evidence)) and not _ANOTHER.search(e.evidence) and any(
            k.kind == e.kind and _verb_then_object(k.evidence, m.group("verb").lower(), m.group("noun").lower()) for k in kept):
        return True  # "Parliament passed the budget ... The budget was passed by 210 votes": the same act in the passive
    if (m := _OF_NOMINAL.match(e.evidence)) and m.end() == len(e.evidence) and any(
            k.kind == e.kind and _content(e.evidence[m.end("link") :]) & _content(k.evidence) for k in kept):
        return True  # "closed the border on Sunday ... The closure of the border on Sunday": the act named again
    if (owned := _OWNED_NOMINAL.search(e.evidence)) and owned.end() == len(e.evidence) and any(
            k.kind == e.kind and (not e.agents or set(e.agents) & set(k.agents)) for k in kept):
        return True  # "X visited Kyiv on Monday ... after his visit on Monday": a possessive points back to the act
    m = _DEFINITE_ACT.match(e.evidence)
    if (m is not None and (not e.agents or _PASSIVE.match(e.evidence, m.end("noun") + 1))
            and _NOUN_KIND.get(m.group("noun").lower()) == e.kind and any(k.kind == e.kind for k in kept)):
        return True  # "The strike was called by the federation": the strike told already, its caller an aside
    if not e.agents and (t := _TERMS.search(e.evidence)) and not _OWN_TIME.search(e.evidence) \
            and not _STORY_DAY.search(e.evidence) and any(
                k.agents and k.kind in ("sanction", "coerce") and _content(t.group("subject")) & _content(k.evidence)
                for k in kept[-2:]):
        return True  # "(Ardel expelled three diplomats.) The diplomats were ordered to leave within 48 hours": its terms
    if not e.agents and e.kind == "assault" and _COUNTED_HARM.match(e.evidence) and not _ANOTHER.search(e.evidence) \
            and kept and kept[-1].kind in ("coerce", "protest") and not _OWN_TIME.search(e.evidence) \
            and not _TOLL_OWN.search(e.evidence):
        return True  # "(clashes broke out ...) 12 officers were slightly injured": the toll of the clashes told already
    # an agentless passive of a kind already found retells a part of one act: the casualties of
    # an attack, one pardon of a batch ("six were wounded", "She was granted clemency")
    # unless it says it is another ("two were killed in a separate bombing")
    return (not e.agents and e.kind in ("assault", "concede") and bool(_PASSIVE.search(e.evidence))
            and not _ANOTHER.search(e.evidence)
            and any(k.kind == e.kind for k in kept))  or (e.kind == "coerce" and bool(_SENTENCED.search(e.evidence))
            and bool(kept) and kept[-1].kind == "coerce" and not _SENTENCED.search(kept[-1].evidence)) \
        or (e.kind == "coerce" and bool(_CONVICTED.search(e.evidence)) and not _SENTENCED.search(e.evidence)
            and any(k.kind == "coerce" and _SENTENCED.search(k.evidence) and (set(e.targets) & set(k.targets)
                                                                              or not e.targets or _named_by_deed(k.evidence))
                    for k in kept[-2:]))
    # the conviction retold after its sentence ("sentenced X to seven years ... X was found guilty of"): one event


# "He was sentenced to ...": a conviction and its sentence are one event (the labelling guide).
# An agentless passive of ordering or telling with its infinitive ("were ordered to leave within 48 hours", "residents were
# told to stay indoors"): the terms of a decision told before, part of it (the guide's decisions on events).
_ORDERED = frozenset(f for v in _CONTEXT["ordering"] if v != "give" for f, t in tagged_forms(v).items() if t == "past")
_TERMS = re.compile(r"^(?P<subject>[^,;]*?)\b(?:was|were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                    rf"(?:(?:{_alternation(sorted(_ORDERED))})\s+|given\s+(?:\w+\s+){{1,3}}?)to\s+[a-z]", re.IGNORECASE)
# A counted subject and an agentless passive of harm ("12 officers were slightly injured", "dozens of protesters were
# hurt"): a toll, which the guide makes part of the act it follows (here a police action or a protest told as the
# event just before it, the toll having no act, time or place of its own).
_COUNTED_HARM = re.compile(r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|"
                           r"eight|nine|ten|dozens|scores|hundreds|several)\s+(?:[\w-]+\s+){0,3}?(?:was|were|had\s+been|have\s+been)\s+"
                           rf"(?:\w+ly\s+)?(?:{_alternation(sorted(f for f, t in _HARM_TAGGED.items() if t == 'past'))})\b(?!\s+by\b)",
                           re.IGNORECASE)
# A toll with an act or a place of its own ("were killed in an ambush near the border", "in Kavo"): news of its own.
_TOLL_OWN = re.compile(r"\b(?:near|outside|(?:in|at|during)\s+(?:an?|another|[A-Z]\w*))\b")
# A defendant named by what they did ("The man who stabbed the author was sentenced"): the named actors of the clause
# are the victims, not the one sentenced, so a conviction told next of a named defendant is still the same case.
_RELATIVE_DOER = re.compile(r"^(?:the|a)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s+who\s", re.IGNORECASE)


def _named_by_deed(evidence: str) -> bool:
    """Whether ``evidence`` opens with a person noun and a relative clause ("The man who stabbed ...")."""
    return bool((m := _RELATIVE_DOER.match(evidence)) and m.group("noun").lower() in _PEOPLE)
_SENTENCED = re.compile(r"\bsentenc(?:ed|es|ing|e)\b", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(?:separate|another|second|third|further)\b", re.IGNORECASE)
_CONVICTED = re.compile(r"\b(?:convict(?:ed|s|ing)?|found\s+(?:\w+\s+)?guilty|pleaded\s+guilty)\b", re.IGNORECASE)


_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ld|ot|ck)\b", re.IGNORECASE)


# A definite subject and a passive verb ("The budget was passed by 210 votes"): told again where an act of its kind
# before had that verb with that noun after it as its object ("Parliament passed the budget"; Quirk et al. 5.26-5.32
# on the definite article of a referent known, 3.63 on the passive as the active's object made subject).
_DEFINITE_PASSIVE = re.compile(r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s+(?:was|were|has\s+been|"
                               r"have\s+been)\s+(?:\w+ly\s+)?(?P<verb>\w+ed|\w+en)\b", re.IGNORECASE)


# A letter that asks, told after the body's own request for the same kind of act: the guide's row makes it one
# event ("asked the operator for talks ... had written to the operator's chief requesting a meeting").
_WRITTEN = re.compile(rf"\b(?:{_forms(_CONTEXT['writing'], ('base', 'past', 's'))}|sent)\b[^;:]*\s(?:to)\s", re.IGNORECASE)


def _asked_kinds(evidence: str) -> set[str]:
    """The kinds of the act nouns in ``evidence`` (what a request asks for: talks, a meeting, aid)."""
    return {_NOUN_KIND[w] for w in _WORD.findall(evidence.lower()) if w in _NOUN_KIND and _NOUN_KIND[w] not in ("none", "request")}


def _verb_then_object(evidence: str, verb: str, noun: str) -> bool:
    """Whether ``verb`` stands in ``evidence`` with ``noun`` among the four words after it (its object's head)."""
    words = _WORD.findall(evidence.lower())
    return any(w == verb and noun in words[k + 1 : k + 5] for k, w in enumerate(words))


def _retells(e: Event, earlier: Event) -> bool:
    if e.kind != earlier.kind or set(e.agents) != set(earlier.agents):
        return False
    if not e.agents and set(e.targets) != set(earlier.targets):
        return False
    words, other = _content(e.evidence), _content(earlier.evidence)
    shared = len(words & other)
    return shared >= 3 and shared / min(len(words), len(other)) >= 0.6


def _content(evidence: str) -> set[str]:
    return set(_CONTENT.findall(evidence.lower())) - _FUNCTION


def clause_with_cue(s: Sentence) -> str:
    """The first clause of ``s`` with an action or reporting verb, else the whole sentence."""
    pieces = [s.text[a - s.start : b - s.start] for a, b in clauses(s)]
    return next((c for c in pieces if cue(c)), s.text.rstrip(" ,;."))


# A noun phrase that names an act ("the attack on the convoy", "a lawsuit by the union",
# "protests over the law", "a subpoena issued by a grand jury"): a determiner, up to two
# modifiers, an event noun, then a preposition or a participle with "by" that gives its doer,
# its target, its matter or its place ("an attack in the capital") (Quirk et al. 17.51-17.54 on deverbal nouns and their arguments).
_PHYSICAL_KINDS = frozenset(["assault", "coerce", "sanction"])
"""The kinds whose noun takes its target in an "of" phrase ("the arrest of", "the killing of", "the expulsion of");
not a matter's ("an investigation of police misconduct"), which a demand or a report names more than an act."""
_NOMINAL_KINDS = frozenset(k for k in load()["event_nouns"] if k not in ("other", "none"))
_NOMINAL = re.compile(
    r"\b(?:[Aa](?:n?|nother)|[Tt](?:he|his|hat|hese|hose|heir)|[Ii]ts|[Hh](?:is|er)"  # by first letter: one try per word
    rf"|(?:{calendar_words(WEEKDAYS, capitalised=True)}|[Yy]esterday)(?:'s|\u2019s))\s+"  # "Tuesday's raid on": a time as determiner
    r"(?:[\w-]+\s+){0,2}?(?P<noun>" + alternation(sorted((re.escape(n) for n, k in _NOUN_KIND.items() if k in _NOMINAL_KINDS),
                                                        key=len, reverse=True)) + r")"
    r"\s+(?P<link>(?:on|against|by|over)\s|of\s+(?!(?:the\s+)?(?:year|week|month|day|century|decade|war|past)\b)"
    r"(?=[^.;:,]{0,60}?\b(?:by|in|at|on|near|last|this|after|during|sparked|triggered|prompted|drew|left|caused|"
    r"shocked|plunged|led|was|were|has|had|have)\b)|in\s+(?=(?:the|a|an|this|that|its|their|his|her)\s|[A-Z])|(?:brought|called|carried out|filed|issued|launched|led|organi[sz]ed|staged)"
    r"\s+by\s)"
)


# "support for the ban in the schools": a noun phrase that is a preposition's object, whose "in"
# may belong to the phrase it is in, not name the place of the act; the object of a preposition
# of time is an event itself, placed by its "in" ("after an attack in the capital"; Quirk et al. 9.27-9.36).
_PREPOSITION_BEFORE = re.compile(
    rf"\b(?:{_alternation(sorted(_PREPOSITIONS - {'after', 'before', 'since', 'following', 'during', 'amid'}))})\s+$",
    re.IGNORECASE)


# The finite verb after a noun phrase that names an act and is its clause's subject ("The kidnapping of 20
# students shocked the nation"): a past form, regular or irregular, with its object or complement after it.
_FINITE_AFTER = re.compile(r"\s(?=(?:[a-z]+ed|" + alternation(sorted(_IRREGULAR_PAST)) + r")\s+(?!(?:by|in|on|at|to|for)\b)[a-z])")


# A possessive act noun with a time adjunct of its own ("the court's ruling on Tuesday", "after his resignation
# last week"): the genitive gives the doer (Quirk et al. 17.41-17.43 on the subjective genitive of a deverbal
# noun) and the time tells the act as having happened, the guide's background told as an event ("it has a doer
# or a time"). Any act noun, `other`'s too, as the genitive and the time leave no generic or planned reading.
_ACT_NOUNS = alternation(sorted((re.escape(n) for n, k in _NOUN_KIND.items() if k != "none"), key=len, reverse=True))
_ACT_TIME = (rf"(?:on\s+(?:{calendar_words(WEEKDAYS, capitalised=True)}|(?:{calendar_words(MONTH_NAMES, capitalised=True)})\s+\d)"
             rf"|yesterday|last\s+(?:week|month|year|night|{calendar_words(WEEKDAYS, capitalised=True)})"
             rf"|earlier\s+(?:this|in\s+the)\s+(?:week|month|year)|in\s+(?:{calendar_words(MONTH_NAMES, capitalised=True)}|\d{{4}}))\b")
_OWNED_NOMINAL = re.compile(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|(?<=\w)(?:'s|\u2019s))\s+"
    rf"(?:[\w-]+\s+)?(?P<noun>{_ACT_NOUNS})\s+{_ACT_TIME}")
# The same with its doer or its target in a prepositional phrase ("the resignation of the finance minister on
# Friday", "the meeting between the two leaders on Thursday", "the closure of the border last week"; Quirk et al.
# 17.51-17.54 on the arguments of deverbal nouns): a definite act noun, its "of", "between" or "by" phrase with
# no clause of its own, and the time.
_OF_NOMINAL = re.compile(
    rf"\b[Tt]he\s+(?:[\w-]+\s+)?(?P<noun>{_ACT_NOUNS})\s+(?P<link>of|between|by)\s+"
    rf"(?:(?!(?:that|which|who|and|but|to|was|were|is|are|has|had|have)\b)[\w'.-]+\s+){{1,6}}?(?:in\s+[A-Z][\w-]+\s+)?{_ACT_TIME}")


def _owned_nominal(whole: str, mentions: Mentions) -> tuple[re.Match, list[str]] | None:
    """The first possessive act noun with its time in ``whole`` and its doers: the actors named in the
    genitive, or the one "his", "her", "its" or "their" refers to."""
    for m in _OWNED_NOMINAL.finditer(whole):
        if m.group("pronoun"):  # "his"/"her": the person only where the article names one (no gender is known)
            personal = m.group("pronoun").lower() in ("his", "her")
            doer = mentions.refer("he" if personal else "they") if not personal or len(mentions.people) == 1 else None
            return m, [doer] if doer else []
        owner = _OWNER.search(whole, 0, m.start())  # the genitive's noun phrase: up to four words before "'s"
        agents = [i for _, i in mentions.within(owner.group())] if owner else []
        if agents or owner and owner.group().split()[-1].lower() not in STOP:
            return m, agents[:3]
    return None


_OWNER = re.compile(r"(?:(?<![\w'-])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w.-]+\s+){0,2}|(?<![\w'-])(?:[A-Z][\w.-]*\s+){0,3})[\w.-]+$")
"""The genitive's noun phrase before "'s": a determiner and up to three words, or up to four capitalised ones ("the
court", "the Supreme Court", "President Joe Biden"); no verb or adverb before it ("rose sharply after the court's")."""


# A noun of an act after a noun or adjective that makes it possible, feared or typical ([event_context] unrealised,
# reputed): "the risk of an attack on the capital", "known for its raids on villages"; with the words between the
# determiner and the noun, which _NOMINAL takes in ("a pattern of attacks").
_UNREALISED = re.compile(rf"\b(?:(?:{_alternation(_CONTEXT['unrealised'])})\s+(?:of|for)|"
                         rf"(?:{_alternation(_CONTEXT['reputed'])})\s+for)\s+"
                         r"(?:(?:the|an?|its|their|his|her|any|such|new|more|further|possible|future)\s+)*(?:[\w'\u2019-]+\s+)?$",
                         re.IGNORECASE)
# A measure's state after it ("the ban on fishing remains in force"): the measure in force, no act.
_IN_FORCE = re.compile(r"[^,;]{0,60}?\b(?:remains?|remained|stays?|stayed)\s+(?:in\s+(?:force|place|effect)|valid)\b",
                       re.IGNORECASE)


# A noun of an act as the object of a verb of asking ("The bill calls for a ban on protests", "demanded an inquiry"):
# the act asked for, which the guide makes no event of its own (an act named only inside a demand).
_ASKED_FOR = re.compile(rf"\b(?:{_alternation(sorted(f for f, (k, _) in _FORMS.items() if k == 'request' and not f.endswith(' on')))})"
                       r"\s+(?:(?:the|an?|its|their|his|her|any|new|more|further|immediate|full)\s+)*(?:[\w-]+\s+)?$",
                       re.IGNORECASE)


def _unrealised(whole: str, m: re.Match) -> bool:
    """Whether the act noun matched by ``m`` names no act that happened: one only possible, feared, typical or asked
    for, or a measure whose state the clause tells."""
    return bool(_UNREALISED.search(whole, max(0, m.start() - 40), m.start("noun"))
                or _ASKED_FOR.search(whole, max(0, m.start() - 40), m.start("noun"))
                or _IN_FORCE.match(whole, m.end("noun")))


# A noun of an act as the complement of "be" after a superlative or an ordinal ("It was the largest climate protest in the
# capital since 2019", "the deadliest attack this year"; Quirk et al. 10.8 on the subject complement): it ranks an act
# told already, a description, not one more act.
_SUPERLATIVE_HEAD = re.compile(r"\b(?:is|was|were|are|been|marks?|marked)\s+(?:the|its|their)\s+(?:[a-z]+est|most\s+[a-z]+|biggest|worst|"
                               r"first|second|third|latest|last|only)\s+(?:[a-z-]+\s+){0,3}$", re.IGNORECASE)


# A verb of sequence whose object is what came before ("followed the arrest of", "came after the killing of"): the act
# named there is the cause or the background of the one told, an event only with a doer or a time (the guide).
_SEQUENCE_FORMS = {k: sorted(f for v in _CONTEXT[k] for f, t in tagged_forms(v).items() if t in ("s", "past"))
                   for k in ("sequence", "sequence_after", "prompting")}
_FOLLOWED = re.compile(rf"\b(?:(?:{_alternation(_SEQUENCE_FORMS['sequence'])})|(?:{_alternation(_SEQUENCE_FORMS['sequence_after'])})"
                       r"\s+(?:days\s+|weeks\s+|hours\s+|months\s+|shortly\s+)?after|"
                       rf"(?:was|were)\s+(?:{_alternation(sorted(f for f in _SEQUENCE_FORMS['prompting'] if f.endswith('ed')))})\s+by)\s+$",
                       re.IGNORECASE)


def nominal_event(text: str, span: tuple[int, int], mentions: Mentions, n: int, phrase_only: bool = False) -> Event | None:
    """An event for a clause whose act is named only by a noun phrase ("Thousands joined the
    protests against the law" has its verb; "the attack on the embassy killed ..." in a
    sentence with no other event): the phrase from its determiner to the end of its
    prepositional phrase; the actors after "by" are its agents, the others its targets."""
    whole = text[span[0] : span[1]]
    m = next((m for m in _NOMINAL.finditer(whole) if not (m.group("link").startswith("in")
                                                          and _PREPOSITION_BEFORE.search(whole, 0, m.start()))
              and not (m.group("link").startswith("of") and _NOUN_KIND[m.group("noun").lower()] not in _PHYSICAL_KINDS)),
             None)
    if m is None:
        return _timed_nominal(text, span, whole, mentions, n)
    if _excluded(whole[: m.start()]) or in_quotation(text, span[0] + m.start()) or _unrealised(whole, m) \
            or _SUPERLATIVE_HEAD.search(whole, max(0, m.start() - 60), m.start("noun")):
        return None
    tail = _TAIL.search(whole, m.end())
    end = len(whole[: tail.start() if tail else len(whole)].rstrip(" ,;:.\"\u201d"))
    if phrase_only:  # beside a verb's act: the noun phrase alone, which no comma crosses
        comma = whole.find(",", m.end(), end)
        end = comma if comma >= 0 else end
    if _CONDITION.search(whole[m.start() : end]):  # "a strike in May if talks fail": not (yet) an act
        return None
    # "usually calls a strike in May": a habit, no act of a time; the adjunct is sought in the phrase and in
    # its own clause before it, not in an aside elsewhere ("The strike on Monday, which leaders said was
    # often the only option, shut every port")
    if _HABITUAL.search(whole, whole.rfind(",", 0, m.start()) + 1, end):
        return None
    verb = _FINITE_AFTER.search(whole, m.end(), end)  # "The arrest of X sparked protests": the subject phrase alone
    end = verb.start() if verb and len(whole[m.start() : verb.start()].split()) >= 3 else end
    phrase = whole[m.start() : end]
    if len(phrase.split()) < 3 or len(phrase.split()) > 25:
        return None
    after = [(pos, i) for pos, i in mentions.within(phrase) if pos > m.end("noun") - m.start()]
    by = _BY.search(phrase, m.end("noun") - m.start())
    agents = [i for pos, i in after if by and pos >= by.end()][:3]
    if not agents and _FOLLOWED.search(whole, max(0, m.start() - 30), m.start()) and not _OWN_TIME.search(phrase) \
            and not _STORY_DAY.search(phrase):
        return None  # "The expulsions followed the arrest of a citizen": the cause given, no doer, no time (the guide)
    targets = [i for _, i in after if i not in agents][:3]
    kind = _NOUN_KIND[m.group("noun").lower()]
    kind = "other" if kind == "protest" and _campaign_rally(whole) else kind
    return Event(id=f"e{n}", description=phrase, kind=kind, agents=agents, targets=targets, evidence=phrase)


_DONE_BY = re.compile(r"\b[a-z]+(?:\s+out)?\s+by\s")


def inner_act(found: Event, named: Event) -> list[Event]:
    """``found`` and, when it is an act of its own, ``named``, an act named inside ``found``'s evidence with a
    participle and its own doer (the guide's last row of decisions on events: "rejected an appeal filed by the
    union" tells the appeal with its doer, an event of its own); the same act as ``found`` ("marched in a protest
    called by the union") gives its doers to ``found`` instead (the guide: an organisation that called the protest
    is a second agent), as is one that an adjunct ("in a protest called by X") says the clause's act was.
    [] when ``named`` has no doer of its own or no participle."""
    if not named.agents or set(named.agents) <= set(found.agents) or not _DONE_BY.search(named.evidence) \
            or named.evidence not in found.evidence:
        return []
    if named.kind != found.kind:  # not "(marched ...) in a protest called by X": the act the clause tells, in other words
        return [] if re.search(r"\b(?:in|during|at)\s+$", found.evidence[: found.evidence.find(named.evidence)]) \
            else [found, named]
    agents = found.agents + [a for a in named.agents if a not in found.agents]
    return [found.model_copy(update={"agents": agents, "targets": [t for t in found.targets if t not in agents]})]


def _timed_nominal(text: str, span: tuple[int, int], whole: str, mentions: Mentions, n: int) -> Event | None:
    """An event for a possessive act noun with its time (`_OWNED_NOMINAL`): the phrase from the
    possessive through the time."""
    found = _owned_nominal(whole, mentions) if "'s" in whole or "\u2019s" in whole or _POSSESSIVE_WORD.search(whole) else None
    if found is None:
        m = _OF_NOMINAL.search(whole)
        if m is None:
            return None
        # its doers after "by" or "between" ("the meeting between X and Y"), else its targets ("the closure of the border")
        found = m, [i for _, i in mentions.within(whole[m.end("link") : m.end()])][:3] if m.group("link") != "of" else []
    m, agents = found
    if _excluded(whole[: m.start()]) or in_quotation(text, span[0] + m.start()) or _CONDITION.search(whole[: m.end()]) \
            or _unrealised(whole, m):
        return None
    start = m.start() if "link" in m.re.groupindex or m.group("pronoun") else _OWNER.search(whole, 0, m.start()).start()
    phrase = whole[start : m.end()]
    if len(phrase.split()) < 3:
        return None
    targets = [i for _, i in mentions.within(phrase) if i not in agents][:3]
    return Event(id=f"e{n}", description=phrase, kind=_NOUN_KIND[m.group("noun").lower()], agents=agents,
                 targets=targets, evidence=phrase)


_POSSESSIVE_WORD = re.compile(r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s")


# Acts of `other` kind told with a doer: a verb of doing ([event_context] doing, WordNet 3.0's verbs of
# motion, possession, change, social life, competition and creation) in the past, finite, in its
# clause's main line, right after the actor that is its subject, with an object or a time: "The
# premier dissolved parliament on Friday", "Fjordline moved its headquarters to Oslo". A verb of
# being, having, thinking, perceiving or saying tells no act; a present form tells a habit or a state
# ("employs 300 people"); a verb after a relative or a subordinator, or after a conditional or a
# negation, tells background, a hypothesis or what did not happen.
_DOING = frozenset(f for lemma in _CONTEXT["doing"] for f, t in tagged_forms(lemma).items() if t == "past")
_DOING_BEFORE = re.compile(r"(?:\s+(?:has|have|had|also|then|later|first|finally|eventually|earlier|again|"
                           r"[a-z]+ly|(?:on|last|this)\s+\w+|yesterday|today|overnight))*\s*$")
_SUBJECT_NAME = re.compile(r"(?:[\w.&'\u2019-]+)(?:\s+(?:[A-Z][\w.&'\u2019-]*|of|the|de|del|da|al|bin|van|von|der|la|le|and|&))*")
# An apposition between the subject and its verb ("X, the country's largest producer, moved"), with no clause
# of its own in it (no relative word, no verb of the sentence's frame): the subject still acts.
_APPOSITION_BEFORE = re.compile(r",\s+(?![^,;]*\b(?:who|which|that|whose|whom|said|says)\b)[^,;()]{3,80},$")
# A relative clause set off by commas between the subject and its verb ("Orvik Holdings, which owns the stadium,
# sold it"): background on the subject, which still acts (the guide leaves it out of the evidence; Quirk et al. 17.22
# on non-restrictive relative clauses); its own subject is no doer of the verb after it.
_RELATIVE_BEFORE = re.compile(r"(?<=[\w.)])\s*,\s+(?:who|which)\s[^,;()\"\u201c\u201d]{3,80},$")
_OPENERS = _RELATIVES | frozenset("if unless whether when whenever after before since because as while although though "
                                  "once until whom whose where why how what".split()) | _PREPOSITIONS
_DOING_OBJECT = _DETERMINERS | _POSSESSIVES | frozenset(("him", "them", "it", "her", "us", "me"))
# "he" or "she" as the subject, at the clause's start or after an opening adverbial and its comma: the person
# named last (`Mentions.refer`).
_PERSON_SUBJECT = re.compile(r"^(?:[^,;]{1,40},\s+|(?:[Oo]n|[Ii]n|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater)\s+[\w-]+\s+)?([Hh]e|[Ss]he)$")
# A time that opens the clause ("On Friday she", "In 2017 the company", "Last week the senator"): no clause of its own.
_OPENING_TIME = re.compile(r"\s*(?:(?:on|in|during|by|early|late)\s+)?(?:(?:last|this|early|late|mid)\s+)?(?:"
                           + calendar_words(WEEKDAYS, MONTH_NAMES)
                           + r"|\d{4}|week|month|year|weekend|morning|evening|night)\b"
                           r"(?:\s+(?:morning|afternoon|evening|night|\d{1,2}|\d{4})\b)*", re.IGNORECASE)
# A span of time the act lasted ("for years", "for decades"; Quirk et al. 1985 8.57 on duration): a state or a
# habit over it, not one act.
_DURATION = re.compile(r"\bfor\s+(?:(?:many|several|two|three|four|five|ten|\d+)\s+)?(?:years|decades|months|weeks|generations|"
                       r"centuries|a\s+long\s+time|a\s+decade|a\s+generation|most\s+of)\b", re.IGNORECASE)
# A pronoun that is the subject of the clause a reporting verb governs ("Vantor said on Monday it repaid the
# loans"): the speaker, telling of its own act (Quirk et al. 14.31 on reported speech).
_SAID_PRONOUN = re.compile(r"\b(?:said|says|announced|confirmed|added)(?:\s+(?:on\s+)?\w+day)?(?:\s+that)?\s+(it|they|he|she)$")


def _speaker(head: str, frame: int, mentions: Mentions) -> str | None:
    """The actor named right before the reporting verb at ``frame`` of ``head``: its subject."""
    before = head[:frame].rstrip()
    named = mentions.within(before, every=True)
    if not named:
        return None
    pos, actor = named[-1]
    m = _SUBJECT_NAME.match(before, pos)
    return actor if (m and m.end() == len(before)) or mentions.end(before, pos) == len(before) else None


_OWN_SIDE_KINDS = frozenset(("concede", "aid", "agree", "consult", "cooperate", "other"))
"""The kinds of act an agentless passive reports as the speaker's own side's (giving, yielding, agreeing, meeting)."""


def _reporter(clause: str, at: int, mentions: Mentions) -> str | None:
    """The subject of the reporting verb of the speech that the verb at ``at`` of ``clause`` is reported in, if any."""
    frame = _main_frame(clause, at)
    return _speaker(clause, frame.start(), mentions) if frame else None


def _main_frame(clause: str, end: int) -> re.Match | None:
    """The last reporting frame of ``clause`` that ends at or before ``end`` outside a relative clause (`_last_frame`
    takes any frame before a verb)."""
    frames = [m for m in _FRAME.finditer(clause, 0, end + 1) if m.end() <= end
              and not _RELATIVE_FRAME.search(clause, max(0, m.start() - 30), m.start())]
    return frames[-1] if frames else None


def frame_speaker(text: str, span: tuple[int, int], mentions: Mentions) -> list[str]:
    """The actor that is the subject of the clause's reporting verb ("Health Minister Paul Rees said the
    strike was illegal"), for a clause that gave no event: a verb coordinated after it with no subject of
    its own ("... and asked the union to call it off") is the speaker's act (Quirk et al. 13.50)."""
    clause = text[span[0] : span[1]]
    m = _FRAME.search(clause)
    speaker = _speaker(clause, m.start(), mentions) if m else None
    return [speaker] if speaker else []


# A goal, source or path of a verb of motion ("returned to Brasilia", "moved from Bergen", "flew over the border"): its
# complement; not a place ("worked in Prague", "grew up in Lagos": where someone lived, a state).
_DOING_GOAL = re.compile(r"\s+(?:(?:back|away|off|out|on|home)\s+)?(?:(?:to|into|from)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                         r"[A-Z]|(?:over|above|across|through|along|toward|towards|past|around)\s+(?:the|a|an|its|their|his|her|[A-Z]))")
# After the object, a comma opens an apposition, a participle or a relative clause: background, which the
# evidence leaves out, unless it goes on a list ("bought X, Y and Z").
_DOING_END = re.compile(r",\s(?![^,;]*,?\s(?:and|or)\s)")
_DOING_TIME = re.compile(_OWN_TIME.pattern + rf"|\b(?:in|on|since|by)\s+(?:\d{{1,2}}\s+)?(?:{calendar_words(MONTH_NAMES, capitalised=True)})\b|"
                         r"\b(?:after|before|during)\s+(?:the|a|an|its|their|his|"
                         r"her|this|that|[A-Z])", re.IGNORECASE)


# Any other past verb with an actor as its subject, an object and a time of the story's own day ("Apple unveiled a
# range of laptops on Tuesday", "The court heard evidence from two witnesses on Monday"): the structure, not the
# verb, tells an act of the story (a regular past in -ed or an irregular one of [topics] irregular_past); not a
# verb of saying, thinking, perceiving, wanting, being or seeming, whose act is what it reports or none, nor a
# hostile act ([event_context] hostile), whose kind is never `other`.
_STORY_DAY = re.compile(rf"\b(?:on\s+(?:{calendar_words(WEEKDAYS, capitalised=True)})|on\s+(?:{calendar_words(MONTH_NAMES, capitalised=True)})"
                        rf"\s+\d|on\s+\d{{1,2}}\s+(?:{calendar_words(MONTH_NAMES, capitalised=True)})|"
                        r"yesterday|today|tonight|overnight|last\s+(?:week|night|weekend)|earlier\s+(?:today|this\s+week))\b")
_REGULAR_PAST = re.compile(r"[a-z]{2,}[^e]ed|[a-z]{2,}ied")
_NOT_DOING = frozenset(f for v in (*load()["words"]["reporting_verbs"], *load()["words"]["that_verbs"],
                                   *load()["words"]["inactive_verbs"], *_CONTEXT["perception"], *_CONTEXT["volition"],
                                   *_CONTEXT["forecasting"], *_CONTEXT["copulas"], *_CONTEXT["aspectual"],
                                   *_CONTEXT["positions"], *_CONTEXT["hostile"], *_CONTEXT["stative"])
                       for f in tagged_forms(v))


_ACQUIRING = frozenset(f for v in _CONTEXT["acquiring"] for f, t in tagged_forms(v).items() if t == "past")
_OBJECT_END = re.compile(_GOODS_HEAD_END)


def _whole_body_object(clause: str, at: int, actor: str, mentions: Mentions) -> bool:
    """Whether the object at ``at`` is the organisation ``actor`` itself, its name ending the object ("bought Orbis
    Holdings last year", "sold Orbis Holdings to X"): not a noun it modifies ("bought Orbis Holdings software": goods
    from it), a second object ("sold Orbis Holdings 40 trucks": the body receives them), its possessive, nor a state
    or a person ("bought Velmora a new hospital")."""
    kinds = {actor_id: c.kind for c, actor_id in mentions.actors}
    if kinds.get(actor) != "organisation":
        return False
    forms = sorted((f for c, actor_id in mentions.actors if actor_id == actor for f in c.forms), key=len, reverse=True)
    named = next((f for f in forms if clause.startswith(f, at)), None)
    return named is not None and _OBJECT_END.match(clause, at + len(named)) is not None


# A doer the article does not name, as the whole subject at the clause's start (after "and"/"but" or an opening
# clause and its comma): a noun phrase of lowercase words after its first ("the ruling coalition", "hundreds of soldiers", "a court in
# the capital") whose head, before any post-modifying preposition, or the noun after a quantity's "of", is a noun for
# people or for a body (Quirk et al. 17.2 on the noun phrase's head; 5.25 on partitives): an act whose doer is no
# actor still happened (the guide: `agents` empty when the doer is not an actor).
_UNNAMED_DOER = re.compile(r"(?:^\W*|,\s+|^\W*(?:[Aa]nd|[Bb]ut)\s+)([A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,5})$")
_REPORTED_DOER = re.compile(r"\b(?:said|says)\s+(?:that\s+)?([A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,5})$")
"""The same as the subject of a clause reported after "said" ("Residents said soldiers entered the town"): the
reporting frame goes, the act reported stays (the guide)."""
_DOER_HEADS = frozenset(w for k in ("org_words", "unnamed_organisations", "body_groups", "groups", "state_forces",
                                    "company_heads") for w in load()["words"][k].lower().split())
_DOER_MODIFIERS = _DETERMINERS | _QUANTIFIERS | frozenset(load()["words"]["partitive_quantifiers"].split())
_DOER_BREAKS = frozenset(load()["words"]["doer_breaks"].split())
_DOER_COUNTS = _DOER_MODIFIERS | frozenset(load()["words"]["people_quantities"].split())


def _doer_noun(word: str) -> bool:
    return _person_noun(word) or word in _DOER_HEADS or word.endswith("s") and word[:-1] in _DOER_HEADS


def _unnamed_doer(head: str) -> int | None:
    """Where the unnamed doer that ends ``head`` starts, if it is one: the subject of a clause reported after "said"
    (`_REPORTED_DOER`), else the clause's own subject (`_UNNAMED_DOER`)."""
    m = _REPORTED_DOER.search(head) or _UNNAMED_DOER.search(head)
    if not m:
        return None
    words = m.group(1).lower().split()
    if any(w in _OPENERS - _PREPOSITIONS or w in _BE or w in _FINITE_AUX or w in _FUTURE or w in _HYPOTHETICAL_MODALS
           or w in _DOER_BREAKS or w in _NOT_DOING or w in _DOING for w in words):
        return None  # a clause or a verb of its own in it ("Residents said soldiers"), or no noun phrase
    cut = next((k for k, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    if cut == 0 or cut < len(words) and cut + 1 == len(words):
        return None
    if words[0] not in _DOER_MODIFIERS and not words[cut - 1].endswith("s"):
        return None  # a singular count noun has a determiner ("police" and bare plurals need none)
    heads = [words[cut - 1]]
    if words[cut - 1] in _DOER_COUNTS and cut < len(words) and words[cut] == "of":
        counted = words[cut + 1 :]  # "hundreds of soldiers from the north": the noun counted, before any preposition
        heads += counted[: next((k for k, w in enumerate(counted) if w in _PREPOSITIONS), len(counted))][-1:]
    return m.start(1) if any(_doer_noun(h) for h in heads) else None


def _any_past(word: str) -> bool:
    return (word in _IRREGULAR_PAST or word.endswith("ed") and _REGULAR_PAST.fullmatch(word) is not None) \
        and word not in _NOT_DOING  # (every regular past ends in "ed": most words are tested for no more)


def doing_event(text: str, span: tuple[int, int], mentions: Mentions, n: int) -> Event | None:
    """An `other` event for a clause that no cue gave one: an actor as the subject of a past verb of doing
    (`_DOING`) with an object or a time adverbial, outside relative and subordinate clauses; or the passive
    of one with the actor as its "by" agent ("the dam was inaugurated by President X"), or with no doer named, on
    the story's day: of a verb of doing ("two bodies were recovered from the river on Monday") or of an actor as its
    subject ("X was dissolved on Friday")."""
    whole = text[span[0] : span[1]]
    words = lowered_words(whole)
    for i, (at, end, word) in enumerate(words):
        wide = word not in _DOING  # a past of no verb of doing: only with an object and a time of the story's day
        if wide and not _any_past(word) or not whole[at].islower() or in_quotation(text, span[0] + at):
            continue
        prev = words[i - 1][2] if i else None
        following = words[i + 1][2] if i + 1 < len(words) else None
        if prev in _BE:  # a passive: its doer is the "by" agent, or one the article does not name
            by = _BY.match(whole, end + 1) if following == "by" else None
            agents = [a for pos, a in mentions.within(whole[by.end():])[:1] if pos == 0] if by else []
            # "the vaccine was developed by X": a fact about the thing, unless told with its time; with no doer named,
            # an act of the story's day in the past, not in a relative clause, whose verb is one of doing ("two bodies
            # were recovered on Monday") or whose subject is an actor ("the Harbour Party was dissolved on Friday"):
            # the guide's act of an unknown doer, not a date of its past ("was founded in 1990")
            day = agents or not by and prev in ("was", "were", "been") and _STORY_DAY.search(whole, end) \
                and not (i >= 2 and words[i - 2][2] in _RELATIVES)
            subject = _subject(whole, words[i - 1][0], mentions) if day else []
            # "the injured were flown to hospital on Friday": the care of a toll is part of its event (the guide)
            cared = i >= 2 and words[i - 2][2] in _CASUALTY_WORDS
            if not day or not (agents or subject or not wide and not cared) or _excluded(whole[:at]) \
                    or not _DOING_TIME.search(whole, end) or _past_perfect([(w[0], w[2]) for w in words], i):
                continue
            a, b = evidence_span(whole, at)
            clause = whole[a:b]
            return Event(id=f"e{n}", description=clause, kind="other", agents=agents,
                         targets=[t for t in subject if t not in agents], evidence=clause)
        if prev in _DETERMINERS or prev in _PREPOSITIONS or prev in _OPENERS or prev == "to" or prev == "had":
            continue  # a participle after its noun, or a past before the story's past ("had turned to"): background
        if may_match(_CLAIMING_WORDS, whole) and (c := _CLAIMED.search(whole, 0, at)) and not _BREAK.search(whole, c.end(), at):
            continue  # "claimed Biden won the election": what a claim asserts
        if following == "to" and i + 2 < len(words) and words[i + 2][2] not in _DETERMINERS \
                and not whole[words[i + 2][0]].isupper():
            continue  # "moved to block": a catenative, whose act is the infinitive's
        if following in ("that", "by", "of") or following in _BE:
            continue
        head = whole[:at]
        gap = _DOING_BEFORE.search(head)
        head = head[: gap.start()] if gap else head
        gap_at = len(head)
        head = head[: apposed.start()] if (apposed := _APPOSITION_BEFORE.search(head) or _RELATIVE_BEFORE.search(head)) \
            else head
        named = [(pos, a) for pos, a in mentions.within(head, every=True)]
        if (he := _PERSON_SUBJECT.search(head)) and (person := mentions.refer(he.group(1))):
            named = [(he.start(1), person)]  # "On Monday he flew to Tokyo": the person named last
        elif (said := _SAID_PRONOUN.search(head)) and (speaker := _speaker(head, said.start(), mentions)):
            named = [(said.start(1), speaker)]  # "X said on Monday it sold its stake": X, of its own act
        if not named:
            if (unnamed := _unnamed_doer(head)) is not None:
                named = [(unnamed, "")]  # "Hundreds of soldiers entered the town": a doer the article does not name
            else:
                continue
        pos, actor = named[-1]
        m = _SUBJECT_NAME.match(head, pos)
        if actor and (not m or m.end() != len(head)) and mentions.end(head, pos) != len(head):
            continue  # the actor is not the word group right before the verb ("the prime minister" ends one)
        before = head[head.rfind(",", 0, pos) + 1 : pos]
        before = before[t.end() :].split() if (t := _OPENING_TIME.match(before)) else before.split()
        if any(w.lower() in _OPENERS for w in before):
            continue  # "after X sold", "as the other X ran", "the head of X": a clause within the clause, or no subject
        limit = cut.start() if (cut := _DOING_END.search(whole, end)) else len(whole)  # not in an apposition after it
        if _excluded(whole[:at]) or _HABITUAL.search(whole, 0, limit) or _DURATION.search(whole, end, limit):
            continue  # "often travelled to Paris", "championed the bill for years": a habit or a state, no act of a time
        has_object = following in _DOING_OBJECT or (following or "").isdigit() or \
            (i + 1 < len(words) and whole[words[i + 1][0]].isupper()) or _DOING_GOAL.match(whole, end)
        if not has_object and not (_DOING_TIME.search(whole, 0, pos) or _DOING_TIME.search(whole, gap_at)):
            continue
        if wide and not (has_object and _STORY_DAY.search(whole, end, limit)):
            continue  # a time of the clause's own: not one in an apposition on the subject ("X, founded in 2019, has grown")
        subject = list(dict.fromkeys(a for p, a in named if p >= pos and a))
        if not actor and not (has_object and _DOING_TIME.search(whole, end, limit)):
            continue  # an unnamed doer: only an act with its object and its own time ("on Monday", "after the vote")
        a, b = evidence_span(whole, at)
        b = a + tail.start() if (tail := _DOING_END.search(whole[a:b], end - a)) else b
        if (t := _OPENING_TIME.match(whole, a)) and t.end() < pos:  # a time that opens the sentence goes (the guide)
            a = t.end() + len(whole[t.end() : pos]) - len(whole[t.end() : pos].lstrip(" ,"))
        clause = whole[a:b]
        object_at = end - a + len(clause[end - a :]) - len(clause[end - a :].lstrip())
        targets = [t for p, t in mentions.within(clause[end - a :]) if t not in subject][:3]
        kind = "protest" if _IN_PROTEST.match(whole, at) else "other"  # "walked out of the chamber to protest"
        if word in _ACQUIRING and (bought := [t for p, t in mentions.within(clause[object_at:]) if p == 0][:1]) \
                and _whole_body_object(clause, object_at, bought[0], mentions):
            kind = "agree"  # "bought Orbis Holdings": a body bought or sold is a company acquired (the guide's `agree`)
            targets = bought + [t for t in targets if t not in bought]
        return Event(id=f"e{n}", description=clause, kind=kind, agents=subject, targets=targets, evidence=clause)
    return None


# What joins a verb to the one before it, with no subject of its own ("left the party and joined ..."): the
# second verb's doer is the first's (Quirk et al. 13.50 on coordinated predicates).
_COORDINATED = re.compile(r"\W*(?:and|but|then|before)\s+(?:(?:also|later|then|quickly|immediately)\s+)?$", re.IGNORECASE)
_DETERMINED = re.compile(r"(?:the|an?|this|these|those)\s+" + _NOT_A_TIME, re.IGNORECASE)  # a subject, not a time ("the next day")


def doing_events(text: str, sentence: str, offset: int, bare: list[tuple[int, int]], mentions: Mentions,
                 events: list[Event], before: int) -> None:
    """Add to ``events`` (those of the sentence from ``before`` on) the acts of doing (`doing_event`) of its
    ``bare`` clauses: one whose object is a definite noun that named an act ("flew above the rally") takes
    that noun's event's place; one of an actor that has no act in the sentence yet is added ("X signed a deal,
    and Y built a smelter"), and a verb coordinated after it with no subject of its own ("left the party and
    joined the opposition") takes its doer."""
    doers = {a for e in events[before:] for a in e.agents}
    for span in bare:
        done = doing_event(text, span, mentions, len(events) + 1)
        if done is None:
            continue
        at = sentence.find(done.evidence, span[0] - offset)
        inside = [k for k in range(before, len(events)) if events[k].evidence.lower().startswith("the ")
                  and at <= sentence.find(events[k].evidence) < at + len(done.evidence)]
        if not done.agents and any(at <= sentence.find(e.evidence) < at + len(done.evidence) for e in events[before:]):
            continue  # "Hundreds of farmers joined the rally on Sunday": the act its object names, with no doer to add
        if inside:  # a definite noun of an act told already, as the verb's object: the verb is the act
            events[inside[0]] = done.model_copy(update={"id": events[inside[0]].id})
        elif not doers & set(done.agents):
            events.append(done)
        doers |= set(done.agents)
        for k in range(before, len(events)):
            later = sentence.find(events[k].evidence, at + len(done.evidence))
            if not events[k].agents and later > at and _COORDINATED.fullmatch(sentence, at + len(done.evidence), later) \
                    and not (_DETERMINED.match(events[k].evidence)  # "..., but the deal collapsed": a subject of its own
                             and not any(_doer_noun(w) for w in events[k].evidence.lower().split()[1:4])):
                events[k] = events[k].model_copy(update={"agents": list(done.agents)})
