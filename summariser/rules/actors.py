"""Find the actors of an article without a model: capitalised names, acronyms, countries, groups.

Candidates are runs of capitalised words (joined by connectors such as "of"),
minus leading stop words and titles; a run at the start of a sentence counts
only when it is more than one common word. Candidates are merged when one is
the surname, the acronym or a shorter form of another, and kept when they look
like actors: people, bodies with an organisation word or an acronym, and
countries or groups mentioned more than once or acting as a subject.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from summariser.rules.lexicon import (
    ACTION_CUES, CONNECTORS, GROUPS, HONORIFICS, INSTITUTIONS, ORG_WORDS, PLACE_WORDS, REPORTING, STOP, THING_WORDS,
    TITLES,
)
from summariser.rules.people import is_first_name
from summariser.rules.places import CAPITALS, CITIES, STATES, is_place, nationality, state_of
from summariser.rules.sentences import Sentence

COUNTRIES = frozenset(STATES)
_TOKEN = re.compile(r"[\w\u00c0-\u024f][\w\u00c0-\u024f'\u2019.&-]*")
_PLACE_WORDS = PLACE_WORDS
_NAME_PARTICLES = frozenset("de del da do dos das du van von bin al la le".split())
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_ABBREV_TOKEN = re.compile(r"^(?:[A-Z]\.)+$")
_SOURCE = re.compile(
    r"(?:\baccording to(?: (?:the|a|an))?(?: [\w.'\u2019-]+){0,6}|\btold|\btelling|\b(?:speaking|spoke|talking|talked) (?:to|with|on)|\binterview (?:with|on)|"
    r"\b(?:reported|quoted|interviewed|published) by|\bcontributor to|\b(?:writing|wrote) (?:for|in)|"
    r"\b(?:image|photo|picture|credit|source)s?:)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LOCATIVE = re.compile(r"\b(?:in|at|from|near|across|outside|inside|to|into|towards|around|via)\s+(?:the\s+)?$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


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
    starts: int = 0
    """Mentions as one word at a sentence start, where any word is capitalised."""
    titled: bool = False
    """Named after a title at least once ("President Trump"): a person even by one name."""


def slug(name: str) -> str:
    """Lowercase ASCII slug of a name: `Zürich` -> `zurich`, `Group of 20 Trust` -> `group-of-20-trust`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "actor"


def _clean(token: str) -> str:
    token = re.sub(r"['\u2019]s?$", "", token)
    return token if re.fullmatch(r"(?:[A-Z]\.)+", token) else token.rstrip(".")


_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|ad|bin|ibn|abu|ben|ould)-[A-Z\u00c0-\u00de]")


def _is_cap(token: str) -> bool:
    """Capitalised, or a name that starts with its particle: "al-Mabrouk", "el-Sisi"."""
    return token[:1].isupper() or bool(_PARTICLE_NAME.match(token))


def _tokens(sentence: Sentence) -> list[tuple[str, int, bool]]:
    """(token, offset in the article, whether only spaces separate it from the previous token)."""
    out, prev_end = [], None
    for m in _TOKEN.finditer(sentence.text):
        tok = m.group()
        if tok.endswith(".") and not _ABBREV_TOKEN.match(tok):
            tok = tok[:-1]
        gap = sentence.text[prev_end : m.start()] if prev_end is not None else ""
        out.append((tok, sentence.start + m.start(), prev_end is not None and gap.isspace()))
        prev_end = m.start() + len(tok)
    return out


def _continues(tokens: list[tuple[str, int, bool]], i: int) -> bool:
    """Whether a capitalised word follows, through connectors, with nothing but spaces between."""
    while i < len(tokens) and tokens[i][2]:
        if _is_cap(tokens[i][0]):
            return True
        if tokens[i][0].lower() not in CONNECTORS:
            return False
        i += 1
    return False


def _org_ahead(tokens: list[tuple[str, int, bool]], i: int) -> bool:
    """Whether the capitalised words from ``i`` end in an organisation word."""
    last = None
    while i < len(tokens) and tokens[i][2] and (_is_cap(tokens[i][0]) or tokens[i][0] in CONNECTORS):
        last, i = tokens[i][0], i + 1
    return last is not None and _clean(last).lower() in ORG_WORDS


def _split_and(run: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """"Lyon and Marseille" is two names, "a person of a country" two; "Bank of Trade and Industry" one."""
    words = [w for w, _ in run]
    if "of" in words[1:-1] and " ".join(words[words.index("of") + 1 :]) in COUNTRIES:
        head = words[: words.index("of")]
        if head[-1].lower() not in ORG_WORDS and not any(w.lower() in TITLES for w in head[-1:]):
            return [run[: len(head)], run[len(head) + 1 :]]
    if "and" not in words or " ".join(words) in COUNTRIES:
        return [run]
    cut = words.index("and")
    left, right = words[:cut], words[cut + 1 :]
    # "Ministry of Trade and Industry"; not "members of the House Jane Doe and John Roe"
    complement = any(w in ("of", "for") for w in left) and not is_first_name(right[0])
    if right[-1].lower() in ORG_WORDS:
        # "Kenya Power and Ethiopian Electric Power", "Union of X and Rights Fund": two bodies;
        # "Salish and Kootenai Tribes": one head shared
        if not (left[-1].lower() in ORG_WORDS or complement):
            return [run]
    elif complement:
        return [run]  # "Islamic State of Iraq and the Levant"
    return [run[:cut], *_split_and(run[cut + 1 :])]


def _runs(sentence: Sentence) -> list[list[tuple[str, int]]]:
    """Runs of capitalised tokens (text, offset in the article), connectors allowed inside."""
    tokens = _tokens(sentence)
    runs, run = [], []
    for i, (tok, at, joined) in enumerate(tokens):
        if run and not joined:
            runs.append(run)
            run = []
        # "Commission on Presidential Debates": "on" joins only after a body's word
        connector = tok.lower() in CONNECTORS or tok == "on" and run and run[-1][0].lower() in ORG_WORDS
        inner = run and (connector or tok.isdigit()) and _continues(tokens, i + 1)
        if not run and tok in _NAME_PARTICLES and joined and _continues(tokens, i + 1) and tokens[i + 1][2] \
                and not (i and _is_cap(tokens[i - 1][0])):
            inner = True  # a name that starts with its particle: "said de Blasio"
        if not (_is_cap(tok) or inner):
            if run:
                runs.append(run)
            run = []
            continue
        # A plural or possessive inside an organisation's name goes on ("Teachers' Union", "People's Party");
        # "Japan's agency" ends at Japan.
        plural = _clean(tok) != tok and _continues(tokens, i + 1) and _org_ahead(tokens, i + 1)
        run.append((tok if plural else _clean(tok), at))
        if _clean(tok) != tok and not plural:  # a possessive ends a name
            runs.append(run)
            run = []
    runs = [*runs, run] if run else runs
    return [piece for r in runs for part in _split_and(r) for piece in _person_of(part) if piece]


def _is_title(word: str, following: str) -> bool:
    parts = word.lower().split("-")
    # a nationality before a title is part of the role: "Philippine President", "Kazakh Foreign Minister"
    demonym = re.search(r"(an|ese|ish|i|ine)$", word) and following.lower() in TITLES
    return any(p in TITLES for p in parts) or bool(demonym)


def _person_start(words: list[str]) -> int | None:
    """Where a person's name starts after a title, a body or a place fused in front of it
    ("Montana Secretary of State Corey Stapleton", "US Speaker Nancy Pelosi"): the first known
    first name that no first name precedes, when two to five name words follow it."""
    for k, word in enumerate(words):
        if k and is_first_name(word) and not is_first_name(words[k - 1]) and _ends_in_a_body(words[:k]):
            tail = words[k:]
            names = [w for w in tail if w.lower() not in _NAME_PARTICLES]
            if 2 <= len(tail) <= 5 and len(names) >= 2 and all(_is_cap(w) and w.lower() not in ORG_WORDS
                                                                  for w in names):
                return k
            return None
    return None


def _ends_in_a_body(words: list[str]) -> bool:
    """Whether words end in a title, a body, a place or a nationality: what may stand before a name."""
    last = words[-1]
    return (last.lower() in TITLES or last.lower() in ORG_WORDS or bool(nationality(last))
            or any(" ".join(words[i:]) in COUNTRIES or is_place(" ".join(words[i:])) for i in range(len(words))))


def _person_of(run: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """"Steve Peers of the University of Essex" is a person and a body."""
    words = [w for w, _ in run]
    if len(words) > 3 and is_first_name(words[0]) and "of" in words[2:4]:
        cut = words.index("of", 2)
        return [run[:cut], run[cut + 1 :]]
    return [run]


def _trim(run: list[tuple[str, int]], the: bool = False) -> tuple[list[tuple[str, int]], list[str]]:
    """Drop stop words and titles in front (titles become the role) and connectors at the end;
    with ``the``, a capital "The" inside a sentence belongs to the name ("The Hague")."""
    titles: list[str] = []
    if the and len(run) == 2 and run[0][0] == "The":
        return run, titles
    while run and (run[0][0].lower() in STOP or run[0][0].lower() in CONNECTORS) and not (
            run[0][0] in _NAME_PARTICLES and len(run) == 2):  # "de Blasio" keeps its particle
        run = run[1:]
    if len(run) > 2 and run[0][0].lower() in TITLES and run[1][0] == "of":
        return [], [w for w, _ in run]  # "President of the European Council": a role, not a name
    if (k := _person_start([w for w, _ in run])) is not None:
        return run[k:], [w for w, _ in run[:k]]
    # "Supreme Court of the United States" and "Foreign Ministry" keep their first word
    is_org = bool(run) and (run[-1][0].lower() in ORG_WORDS or len(run) > 1 and run[1][0].lower() in ORG_WORDS)
    while len(run) > 1 and not is_org and _is_title(run[0][0], run[1][0]):
        titles.append(run[0][0])
        run = run[1:]
    if titles and run and run[0][0] in CONNECTORS:
        return [], titles  # "President of the European Council": a role, not a name
    while run and run[-1][0].lower() in CONNECTORS:
        run = run[:-1]
    return run, titles


def _shouted(words: list[str]) -> bool:
    """A phrase in capitals ("WON THIS ELECTION"), not a name with an acronym in it."""
    return len(words) >= 2 and sum(w.isupper() and len(w) > 1 for w in words) * 2 > len(words)


def _kind(words: list[str], common: frozenset[str] = frozenset()) -> str | None:
    """``state``, ``person``, ``organisation``, ``place`` (a region or city: an actor only when it
    acts), or None for what is never an actor (a law, a nationality, a facility)."""
    text = " ".join(words)
    last = words[-1].lower()
    if text in COUNTRIES:
        return "state"
    if is_place(text) or text in CAPITALS:
        return "place"
    if last in _PLACE_WORDS | THING_WORDS or nationality(words[-1]) or _shouted(words):
        return None
    if any(w in COUNTRIES for w in words[:-1]) and last not in ORG_WORDS and not any(w in CONNECTORS for w in words):
        return None  # "Iraq War", "Syria talks"; not "Islamic State of Iraq and the Levant"
    names = [w for w in words if w.lower() not in _NAME_PARTICLES]
    if words[0] in _NAME_PARTICLES and len(words) == 2 and words[1][:1].isupper():
        return "person"  # "de Blasio", "van Houten": a surname with its particle
    if len(names) >= 2 and len(words) <= 5 and all(_is_cap(w) and (not w.isupper() or _ABBREV_TOKEN.match(w)
                                                                    or w.lower() in _SUFFIXES) for w in names) \
            and last not in TITLES and (is_first_name(words[0]) or words[0].lower() not in common):
        if last not in ORG_WORDS and not any(w.lower() in CONNECTORS for w in names):
            return "person"
    if last in ORG_WORDS or _ACRONYM.match(words[-1]) or any(w.lower() in CONNECTORS or w == "on" for w in words):
        return "organisation"
    return "organisation" if len(words) == 1 else None


def _modifier(text: str, words: list[tuple[str, int]]) -> bool:
    """A name used as a modifier of a place or body: "the Saint Anne hospital"."""
    end = words[-1][1] + len(words[-1][0])
    following = re.match(r"\s+([a-z]+)", text[end : end + 30])
    return bool(following) and following.group(1) in _PLACE_WORDS | ORG_WORDS


_VERBS = tuple(REPORTING) + tuple(c for cues in ACTION_CUES.values() for c in cues)
_AUX = ("has ", "had ", "have ", "will ", "would ", "is ", "was ", "were ", "are ", "also ", "did ", "could ")
_STARTS_A_PREDICATE = _VERBS + _AUX


_AUX_RE = re.compile(r"^(?:(?:has|had|have|will|would|is|was|were|are|also|did|could|can|may|might|must|should|"
                     r"not|then|later|since|already|again|been)\s+)+")


_DOES = re.compile(r"^(?:[a-z]+ed\b|(?:has|have|had|will|would|could|should|may|might|must|can|did|does|do)\s+"
                   r"(?:(?:not|also|already|since|now|then)\s+)*(?!been\b|a\b|an\b|the\b|no\b|to\b)[a-z]{3,})")


def _acts(text: str, end: int, start: int) -> bool:
    """Subject of an action or speech verb, not only of "is" or "has" ("Texas sued", "Peru has expelled",
    "Chad cited"; not "Texas is a state", "Peru has a coast")."""
    after = _APPOSITION.sub("", text[end : end + 160])
    after = re.sub(r"^and\s+(?:[A-Z][\w'-]*\s+){1,4}", "", after).lower()
    return bool(_DOES.match(after)) or _AUX_RE.sub("", after).startswith(_VERBS) or bool(
        _SPEAKER_AFTER.search(text[max(0, start - 60) : start]))


def _is_subject(text: str, end: int, start: int) -> bool:
    """Named right before a verb ("the country sent", "the minister said"), also as the first of
    two subjects ("X and Y banned"), or right after "said"."""
    after = _APPOSITION.sub("", text[end : end + 160])
    after = re.sub(r"^and\s+(?:[A-Z][\w'-]*\s+){1,4}", "", after).lower()
    return after.startswith(_STARTS_A_PREDICATE) or bool(_SPEAKER_AFTER.search(text[max(0, start - 60) : start]))


# What may stand between a subject and its verb: a bracket, an apposition or relative clause
# between commas ("Jane Doe, the union's president, said"), or the comma closing one that
# opened before the name ("The Senate leader, Jane Doe, said").
_APPOSITION = re.compile(r"^\s*(?:\([^)]*\)|,[^,;.\"\u201c\u201d]{0,100},|,)?\s*")
# Inverted attribution: "said Jane Doe", "said its director, Jane Doe", "by Jane Doe".
_SPEAKER_AFTER = re.compile(r"(?:\b(?:said|says|told|added|by)\s(?:[^.;,\"\u201c\u201d]{0,50},\s)?)$", re.IGNORECASE)


def _acronym_after(text: str, end: int) -> str | None:
    m = re.match(r"\s*\(([A-Z][A-Za-z0-9&]{1,9})\)", text[end : end + 14])
    return m.group(1) if m else None


_OPENERS = ("", "\u201c", ":", "\u2014", "\u2013", "-")


def _opening(text: str, sentence: Sentence, at: int) -> bool:
    """Whether a word at ``at`` starts its sentence, a quote or a clause after a colon or dash,
    where any word is capitalised."""
    before = text[sentence.start : at].rstrip()
    return before[-1:] in _OPENERS or (before[-1:] == '"' and before.count('"') % 2 == 1)


def _not_a_name(text: str, words: list[tuple[str, int]]) -> bool:
    """A capitalised thing, not a name: "an Order", "Act No. 3846", "Article 50"."""
    start, end = words[0][1], words[-1][1] + len(words[-1][0])
    article = len(words) == 1 and re.search(r"\ban?\s+$", text[max(0, start - 4) : start])
    numbered = re.match(r"\.?\s*\d", text[end : end + 4])
    return bool(article or numbered) or _modifier(text, words)


def _gather(text: str, sentences: list[Sentence]) -> dict[str, Candidate]:
    found: dict[str, Candidate] = {}
    common = frozenset(re.findall(r"\b[a-z]+\b", text))  # words the article also writes in lowercase
    for sentence in sentences:
        for run in _runs(sentence):
            opening = _opening(text, sentence, run[0][1])
            if opening and len(run) > 1 and run[0][0].endswith("ing") and not is_place(run[0][0]):
                run = run[1:]  # "Proroguing Parliament is ...": a gerund, not part of the name
            words, titles = _trim(run, the=not opening)
            if not words or _not_a_name(text, words) or (kind := _kind([w for w, _ in words], common)) is None:
                continue
            start, end = words[0][1], words[-1][1] + len(words[-1][0])
            name = text[start:end]
            if titles and len(words) == 1 and kind in ("organisation", "place") and not _ACRONYM.match(name) \
                    and name.lower() not in ORG_WORDS:
                kind = "person"  # "President Trump", "Judge Miller"
            c = found.setdefault(name, Candidate(name, kind, start, {name}))
            if words[0][0] == "The":
                c.forms.add(text[words[1][1] : end])  # "The Greens" is also "the Greens"
            # "Patients said": a capital that may only mark a sentence start, unless seen elsewhere
            c.starts += opening and len(words) == 1 and not titles
            _note(c, text, start, end, titles)
    return found


def _note(c: Candidate, text: str, start: int, end: int, titles: list[str]) -> None:
    """Count one mention of ``c`` at ``text[start:end]``: where it stands, and what it does."""
    c.mentions += 1
    locative = bool(LOCATIVE.search(text[max(0, start - 12) : start]))
    c.places += locative
    c.subject |= not locative and _is_subject(text, end, start)  # "in Lyon, police said": a place
    c.acts |= not locative and _acts(text, end, start)
    c.sourced += bool(_SOURCE.search(text[max(0, start - 80) : start]))
    c.titled |= bool(titles) and titles[0].lower() not in ("the", "of")
    if acronym := _acronym_after(text, end):
        c.forms.add(acronym)
    if titles and c.role is None and titles[0].lower() not in HONORIFICS:
        c.role = " ".join(titles)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in CONNECTORS and w[0].isupper())


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _inside(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` with words left out, keeping its head or its first word:
    "Oversight Committee" in "House Oversight and Reform Committee", "Port Authority" in
    "Port Authority of New York"."""
    rest = iter(long)
    return all(word in rest for word in short) and (short[-1] == long[-1] or short[0] == long[0])


def _names(short: Candidate, other: Candidate) -> bool:
    """Whether ``short`` is another form of ``other``: a listed form, a surname (accents aside,
    particles kept: "de Blasio", "Erdogan"), an acronym, a capital or spelling of a state, or a
    shorter form of a body."""
    if short.name in other.forms:
        return True
    if other.kind == "person":
        return (_fold(short.name) == _fold(other.name.split()[-1]) or other.name.endswith(" " + short.name)) \
            and short.kind != "state"
    if _ACRONYM.match(short.name) and _initials(other.name) == short.name:
        return True
    if other.kind == "state":  # "U.S." and "Washington" name the United States; the state's own name owns them
        state = state_of(other.name)
        return short.kind in ("state", "place") and state_of(short.name) == state is not None and (
            short.kind == "state" or short.acts) and (
            other.name == state or state_of(short.name) != short.name)
    words, long = short.name.split(), other.name.split()
    return other.kind == "organisation" and short.kind in ("organisation", "place") and (
        _inside(words, long) if len(words) > 1 else words[0].lower() in ORG_WORDS and words[0] in (long[0], long[-1]))


def _owner(short: Candidate, others: list[Candidate]) -> Candidate | None:
    """The longer candidate that ``short`` names, the most mentioned first."""
    for other in sorted(others, key=lambda o: (-o.mentions, o.first)):
        longer = len(other.name) > len(short.name) or other.kind == "state" != short.kind  # "Beijing" -> China
        if other is not short and longer and _names(short, other):
            return other
    return None


def _merge(found: dict[str, Candidate]) -> list[Candidate]:
    merged = list(found.values())
    for short in sorted(merged, key=lambda c: len(c.name)):
        owner = _owner(short, merged)
        if owner is not None:
            owner.forms |= short.forms
            owner.mentions += short.mentions
            owner.subject |= short.subject
            owner.acts |= short.acts
            owner.places += short.places
            owner.sourced += short.sourced
            owner.starts += short.starts
            merged.remove(short)
    return merged


def _keep(c: Candidate) -> bool:
    if c.places >= c.mentions and not c.subject or c.sourced >= c.mentions:
        return False
    if c.starts >= c.mentions and c.kind not in ("state", "place"):
        return False
    if c.kind == "place":  # a region acting is an organisation; a city, or a capital its state did not own, a place
        c.kind = "organisation"
        return c.acts and c.name not in CITIES and c.name not in CAPITALS
    if c.name.lower() in TITLES:
        return False  # "the President": a role noun, not a name
    if c.kind == "person":  # "de Blasio" alone is an alias of the full name, or Spanish "de Piura"
        return (len(c.name.split()) >= 2 or c.titled) and c.name[:1].isupper()
    if c.kind == "state":
        return c.acts or c.mentions >= 3
    return c.subject or len(c.name.split()) > 1 and c.mentions > 1


_GROUP = re.compile(r"\b(" + "|".join(GROUPS + INSTITUTIONS) + r")\b")


def _groups(text: str, taken: set[str]) -> list[Candidate]:
    """Lowercase collective actors ("protesters", "police"): named three times, or twice and as a subject."""
    hits: dict[str, list[int]] = {}
    for m in _GROUP.finditer(text):
        hits.setdefault(m.group(1), []).append(m.start())
    out = []
    for noun, starts in hits.items():
        subject = any(_is_subject(text, at + len(noun), at) for at in starts)
        if noun not in taken and (len(starts) >= 3 or (subject and len(starts) >= 2)):
            kind = "organisation" if noun in INSTITUTIONS else "group"
            out.append(Candidate(noun, kind, starts[0], {noun}, mentions=len(starts), subject=subject))
    return out


_GOVERNMENT = re.compile(
    r"\b((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)(?:['\u2019]s)?"
    r"\s+(?:(?:central|federal|national)\s+)?[Gg]overnment\b(?![\w-])"
)


def _governments(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """States named by their government ("the Afghan government", "China's government") join the
    candidates: a government is the state acting, so one named twice, or as a subject, is kept."""
    states = {state_of(c.name): c for c in candidates if c.kind == "state"}
    added: list[Candidate] = []
    for m in _GOVERNMENT.finditer(text):
        start, word = m.start(), m.group(1)
        state = nationality(word) or state_of(word)
        if state is None and " " in word:  # "The Chinese government": the last word names it
            start, word = m.start() + word.index(" ") + 1, word.split(" ", 1)[1]
            state = nationality(word) or state_of(word)
        if state is None:
            continue
        phrase = text[start : m.end()]
        if state not in states:
            named = re.search(rf"(?<![\w-]){re.escape(state)}(?![\w-])", text)
            name = state if named else phrase
            states[state] = Candidate(name, "state", named.start() if named else m.start(), {name})
            added.append(states[state])
        c = states[state]
        c.forms.add(phrase)
        c.mentions += 1
        c.subject |= _is_subject(text, m.end(), start)
        c.acts |= c.subject or c.mentions > 1
    return candidates + added


def find_actors(text: str, sentences: list[Sentence]) -> list[Candidate]:
    """The article's likely actors, in order of first mention, each with its surface forms."""
    actors = [c for c in _governments(text, _merge(_gather(text, sentences))) if _keep(c)]
    actors += _groups(text, {slug(c.name) for c in actors})
    return sorted(actors, key=lambda c: c.first)
