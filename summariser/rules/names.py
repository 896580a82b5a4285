"""Names in a sentence without a model: runs of capitalised words, cut where a title, a body or
a place is fused before a person's name, with particles kept, and typed by their shape.

A run is capitalised words joined by connectors ("Bank of England"); stop words and titles in
front are dropped (titles become the role); "and" splits two names but not a body's complement;
the kind comes from the gazetteers (states, places, nationalities), the first-name list and the
last word (an organisation word, a place or a thing such as a law).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property

from summariser import patterns as re
from summariser.rules.language import lemmas
from summariser.rules.lexicon import (
    ACTION_CUES,
    CONNECTORS,
    GROUPS,
    HONORIFICS,
    INSTITUTIONS,
    ORG_WORDS,
    PLACE_HEADS,
    PLACE_WORDS,
    REPORTING,
    STOP,
    THING_WORDS,
    TITLES,
    load,
)
from summariser.rules.people import is_first_name
from summariser.rules.places import (
    CAPITALS,
    STATES,
    demonym,
    is_place,
    nationality,
    state_of,
)
from summariser.rules.prefilter import heads
from summariser.rules.sentences import Sentence, in_quotation

_TOKEN = re.compile(r"[\w\u00c0-\u024f][\w\u00c0-\u024f'\u2019.&-]*|&(?=\s)")
_PLACE_WORDS = PLACE_WORDS
_DIVISION_HEADS = frozenset(load()["words"]["division_heads"].split())
_NAME_PARTICLES = frozenset(load()["words"]["name_particles"].split())
_ARMS_MODIFIERS = frozenset(w.capitalize() for w in load()["words"]["arms_modifiers"].split())
"""A sentence's first word that modifies the collective after a name ("Armed Hamas fighters"), no word of it."""
_SUFFIXES = frozenset(load()["words"]["name_suffixes"].split())
_HAZARD_HEADS = frozenset(load()["words"]["hazard_heads"].split())
_OCCASION_WORDS = frozenset(load()["words"]["occasion_words"].split())
_ABBREV_TOKEN = re.compile(r"^(?:[A-Z]\.)+$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


@dataclass(frozen=True)
class Lexicon:
    """The word classes the name and actor rules read, for one language."""

    STOP: frozenset[str]
    CONNECTORS: frozenset[str]
    TITLES: frozenset[str]
    HONORIFICS: frozenset[str]
    ORG_WORDS: frozenset[str]
    COUNTRIES: frozenset[str]
    """Sovereign states as the language writes them, and as English does (the gazetteer)."""
    INSTITUTIONS: tuple[str, ...]
    COMPOUND_HEADS: tuple[str, ...]
    """Titles that end a compound title ("Landeschef"): German writes them as one word."""
    VERBS: tuple[str, ...]
    """Forms of the action and speech verbs, each with its trailing space."""
    PREDICATE_STARTS: tuple[str, ...]
    """What may follow a subject: those verbs and the auxiliaries."""
    GROUP: re.Pattern

    @cached_property
    def verb_starts(self) -> StartsWith:
        """Whether a text starts with one of `VERBS`."""
        return StartsWith(self.VERBS)

    @cached_property
    def predicate_starts(self) -> StartsWith:
        """Whether a text starts with one of `PREDICATE_STARTS`."""
        return StartsWith(self.PREDICATE_STARTS)


class StartsWith:
    """``text.startswith(forms)`` for a thousand forms: the text's first few characters looked
    up in the set of the forms' own (as many as the shortest form has), then its opening of
    each length a form has (a score of lengths) in the set of the forms, not a thousand
    comparisons. Not a regex of the forms: compiling one cost a cold command more than its
    whole summary (15-40 ms each)."""

    def __init__(self, forms: tuple[str, ...]) -> None:
        self._forms = frozenset(forms)
        lengths = sorted({len(f) for f in self._forms})
        self._n = lengths[0] if lengths else 0
        # per opening, the lengths of its own forms only (a text can start with no form of another opening)
        by_opening: dict[str, set[int]] = {}
        for f in self._forms:
            by_opening.setdefault(f[: self._n], set()).add(len(f))
        self._lengths = {opening: tuple(sorted(found)) for opening, found in by_opening.items()}

    def __call__(self, text: str) -> bool:
        for n in self._lengths.get(text[: self._n], ()):
            if n > len(text):  # a text shorter than a form does not start with it (nor with a longer one)
                return False
            if text[:n] in self._forms:
                return True
        return False


_AUX = ("has ", "had ", "have ", "will ", "would ", "is ", "was ", "were ", "are ", "also ", "did ", "could ")
_VERBS = tuple(f"{v}{end}" for v in (*REPORTING, *(c for cues in ACTION_CUES.values() for c in cues))
               for end in (" ", ".", ",", ";", ":"))
"""Each form as a whole word, before a space or a punctuation mark: "vote" does not start "voters"."""


def _by_first_letter(words: tuple[str, ...]) -> str:
    """The words as one alternation, capitalised or not, grouped by their first letter (in order):
    the regex engine then tries a position against one group, not every word."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    return "|".join(f"[{first.upper()}{first}](?:{'|'.join(rests)})" for first, rests in by_first.items())


_GUARDS = tuple(f"{kind} {noun}" for kind in sorted(load()["words"]["guard_kinds"].split()) for noun in ("guards", "guard"))
"""A state's force named by what it guards ("the coast guard", "the border guards", "the national guard"): an
institution, as "coastguard" is (plural before singular: the regex takes the first that fits)."""
_FORCES = tuple(f"{kind} forces" for kind in sorted(load()["words"]["force_kinds"].split()))
"""A state's forces by their function, no state named ("Security forces fired", "Government forces shelled")."""
_SERVICES = tuple(f"{kind} force" for kind in sorted(load()["words"]["force_services"].split()))
"""A state's armed service named by where it fights ("the air force"): an institution, as "the navy" is."""
EN = Lexicon(STOP, CONNECTORS, TITLES, HONORIFICS, ORG_WORDS, frozenset(STATES), INSTITUTIONS + _GUARDS + _FORCES
             + _SERVICES, (), _VERBS, _VERBS + _AUX,
             re.compile(r"\b(" + _by_first_letter(GROUPS + INSTITUTIONS + _GUARDS + _FORCES + _SERVICES) + r")\b"))
GROUP_FIRST = heads(GROUPS + INSTITUTIONS + _GUARDS + _FORCES + _SERVICES)
"""The words a match of English's ``GROUP`` starts with, for `word_matches`."""


@cache
def lexicon_of(lang: str) -> Lexicon:
    """English's word classes, or those of ``lang``'s lexicon file."""
    if lang == "en":
        return EN
    words, places = load(lang)["words"], load(lang)["places"]
    sets = {key: frozenset(words[key].split()) for key in ("stop", "connectors", "titles", "honorifics", "org_words")}
    countries = frozenset(places["countries"].split()) | frozenset(places["multiword_countries"]) | EN.COUNTRIES
    institutions = tuple(words["institutions"].split())
    verbs = tuple(f"{v} " for v in sorted(lemmas(lang).lemma_of))
    auxiliaries = tuple(f"{v} " for v in words["auxiliaries"].split())
    group = re.compile(r"\b(" + "|".join(words["groups"].split() + list(institutions)) + r")\b")
    return Lexicon(sets["stop"], sets["connectors"], sets["titles"], sets["honorifics"], sets["org_words"], countries,
                   institutions, tuple(words["compound_heads"].split()), verbs, verbs + auxiliaries, group)


_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _clean(token: str) -> str:
    token = _POSSESSIVE.sub("", token) if "'" in token or "\u2019" in token else token
    return token if _ABBREV_TOKEN.match(token) else token.rstrip(".")


_PARTICLE_NAME = re.compile(rf"^(?:{'|'.join(load()['words']['hyphen_particles'].split())})-[A-Z\u00c0-\u00de]")


def _is_cap(token: str) -> bool:
    """Capitalised, or a name that starts with its particle: "al-Mabrouk", "el-Sisi"."""
    return token[:1].isupper() or "-" in token and bool(_PARTICLE_NAME.match(token))


def _tokens(sentence: Sentence) -> list[tuple[str, int, bool]]:
    """(token, offset in the article, whether only spaces separate it from the previous token)."""
    text, out, prev_end = sentence.text, [], None
    for m in _TOKEN.finditer(text):
        tok, at = m.group(), m.start()
        if tok[-1] == "." and not _ABBREV_TOKEN.match(tok):
            tok = tok[:-1]
        out.append((tok, sentence.start + at, prev_end is not None and text[prev_end:at].isspace()))
        prev_end = at + len(tok)
    return out


def _continues(tokens: list[tuple[str, int, bool]], i: int, lex: Lexicon) -> bool:
    """Whether a capitalised word follows, through connectors, with nothing but spaces between."""
    while i < len(tokens) and tokens[i][2]:
        if _is_cap(tokens[i][0]):
            return True
        if tokens[i][0].lower() not in lex.CONNECTORS:
            return False
        i += 1
    return False


def _org_ahead(tokens: list[tuple[str, int, bool]], i: int, lex: Lexicon) -> bool:
    """Whether the capitalised words from ``i`` end in an organisation word."""
    last = None
    while i < len(tokens) and tokens[i][2] and (_is_cap(tokens[i][0]) or tokens[i][0] in lex.CONNECTORS):
        last, i = tokens[i][0], i + 1
    return last is not None and _clean(last).lower() in lex.ORG_WORDS


_PAST_VERBS = "|".join(sorted(load()["topics"]["irregular_past"].split()))
_PLURAL_VERB_NEXT = re.compile(r"\s+(?:(?:also|are|both|each|had|have|jointly|were)\s+)*(?:[a-z]{2,}ed|" + _PAST_VERBS
                               + r")\b")
"""A verb right after a coordination of names, maybe behind an auxiliary ("Brandt Lowe and Kessler Bank agreed to pay",
"... have both raised"): the names are the subject of the verb, actors each, as Quirk et al. 1985, 10.35 (coordinated
subjects take plural concord) has them."""
_PAST_VERB_BEFORE = re.compile(r"\b(?:[a-z]{2,}ed|" + _PAST_VERBS + r")\s+\Z")
"""A verb right before a coordination of names ("had accused Brandt Lowe and Kessler Bank of fraud"): the names are its
object, each an actor as when they are the subject."""


def _split_and(run: list[tuple[str, int]], lex: Lexicon, subject: bool = False) -> list[list[tuple[str, int]]]:
    """"Lyon and Marseille" is two names, "a person of a country" two; "Bank of Trade and Industry" one. ``subject``:
    a verb follows or comes before the run (`_PLURAL_VERB_NEXT`, `_PAST_VERB_BEFORE`)."""
    words = [w for w, _ in run]
    if "of" in words[1:-1] and " ".join(words[words.index("of") + 1 :]) in lex.COUNTRIES \
            and state_of(" ".join(words[words[0] == "The" :])) is None:  # not "Democratic Republic of Congo"
        head = words[: words.index("of")]
        if head[-1].lower() not in lex.ORG_WORDS and not any(w.lower() in lex.TITLES for w in head[-1:]):
            return [run[: len(head)], run[len(head) + 1 :]]
    if "and" not in words or " ".join(words) in lex.COUNTRIES:
        return [run]
    cut = words.index("and")
    left, right = words[:cut], words[cut + 1 :]
    # "Ministry of Trade and Industry"; not "members of the House Jane Doe and John Roe"
    complement = any(w in ("of", "for", "on") for w in left) and not is_first_name(right[0])
    if not complement and (right[0] == "the" or " ".join(left) in lex.COUNTRIES) \
            or right[0] == "the" and any(w.lower() in lex.ORG_WORDS for w in right):
        # "Greece and the European Commission", "the Federation of Bakers and the Union of Drivers": two actors
        return [run[:cut], *_split_and(run[cut + 1 :], lex, subject)]
    # a word no English dictionary has names one thing ("Kessler" of "Kessler Bank", "Zentrix" of "Zentrix Capital"):
    # after a whole name of two words or more that a verb follows or comes before, the start of a second name, not a
    # modifier sharing the first one's head;
    # the first part is a whole name when it is no place and has no "the" before it ("the Kenya Transport and Mombasa
    # Dock Workers Union", "the Saudi Arabia and Qatar Coordination Council" are one body each, their head shared)
    proper = lex is EN and subject and left[0] not in ("The", "the") and " ".join(left) not in lex.COUNTRIES \
        and any(w.isalpha() and (len(w) > 3 or w.isupper()) and w.lower() not in english_words() for w in right[:-1])
    if right[-1].lower() in lex.ORG_WORDS:
        # "Kenya Power and Ethiopian Electric Power", "Union of X and Rights Fund", "Brandt Lowe and Kessler Bank": two
        # bodies; "Salish and Kootenai Tribes", "National Aeronautics and Space Administration": one head shared
        if not (left[-1].lower() in lex.ORG_WORDS or complement or len(left) - (left[0] == "The") > 1 and proper):
            return [run]
    elif complement and not (len(right) > 1 and proper):
        return [run]  # "Islamic State of Iraq and the Levant"; not "Bank of Ardenia and Zentrix Capital"
    return [run[:cut], *_split_and(run[cut + 1 :], lex, subject)]


_INITIAL_END = re.compile(r"^[A-Z]\.$")


def runs(sentence: Sentence, lex: Lexicon) -> list[list[tuple[str, int]]]:
    """Runs of capitalised tokens (text, offset in the article), connectors allowed inside."""
    tokens = _tokens(sentence)
    runs, run = [], []
    for i, (tok, at, joined) in enumerate(tokens):
        if not run and not tok[:1].isupper() and "-" not in tok and tok not in _NAME_PARTICLES:
            continue  # no run open and no capital, particle or "al-" name: the body below would only end no run
        if run and (not joined or _INITIAL_END.match(run[-1][0]) and tok.lower() in lex.STOP):
            runs.append(run)  # "named as Stefan W. He is 27": an initial's full stop may end the sentence
            run = []
        # "Commission on Presidential Debates": "on" joins only after a body's word
        inner = run and (tok.lower() in lex.CONNECTORS or tok.isdigit()
                         or tok == "on" and run[-1][0].lower() in lex.ORG_WORDS
                         and i + 1 < len(tokens) and tokens[i + 1][0].lower() not in lex.STOP) \
            and _continues(tokens, i + 1, lex)
        if not run and tok in _ARMS_MODIFIERS and (i == 0 or not _is_cap(tokens[i - 1][0])):
            continue  # "Armed Hamas fighters stormed", "Suspected Boko Haram militants": the name starts after it
        if not run and tok in _NAME_PARTICLES and joined and _continues(tokens, i + 1, lex) and tokens[i + 1][2] \
                and not (i and _is_cap(tokens[i - 1][0])):
            inner = True  # a name that starts with its particle: "said de Blasio"
        if not (_is_cap(tok) or inner):
            if run:
                runs.append(run)
            run = []
            continue
        # A plural or possessive inside an organisation's name goes on ("Teachers' Union", "People's Party");
        # "Japan's agency" ends at Japan.
        clean = _clean(tok)
        plural = clean != tok and _continues(tokens, i + 1, lex) and _org_ahead(tokens, i + 1, lex) \
            and not (len(run) == 0 and (state_of(clean) or clean in CAPITALS)) \
            and not (tok.endswith("s") and any(is_first_name(w) and len(w) > 2 for w, _ in run))
        # "Britain's Foreign Office", "Jan Novak's Civic Party": two names (a person's full name owns the body)
        run.append((tok if plural else clean, at))
        if clean != tok and not plural:  # a possessive ends a name
            runs.append(run)
            run = []
    runs = [*runs, run] if run else runs
    # a run of one token has no "and" or "of" to split at and no person before a body: it is kept as it is
    return [piece for r in runs for part in ([r] if len(r) == 1 or _defined(r, sentence, lex) else _split_and(
                r, lex, _verb_next_to(r, sentence)))
            for piece in ([part] if len(part) == 1 else _person_of(part)) if piece]


def _verb_next_to(run: list[tuple[str, int]], sentence: Sentence) -> bool:
    """Whether a verb follows the run or comes right before it: its names are a subject or an object."""
    start, end = run[0][1] - sentence.start, run[-1][1] + len(run[-1][0]) - sentence.start
    return bool(_PLURAL_VERB_NEXT.match(sentence.text, end)
                or _PAST_VERB_BEFORE.search(sentence.text[max(0, start - 40) : start]))


_DEFINED = re.compile(r"\s*\(([A-Z][A-Za-z]{2,9})\)")


def _defined(run: list[tuple[str, int]], sentence: Sentence, lex: Lexicon) -> bool:
    """A name with "and" in it that an acronym in brackets after it spells across the "and" ("the Relief and
    Works Agency (RWA)"): one name, not two."""
    words = [w for w, _ in run]
    if "and" not in words[1:-1]:
        return False
    m = _DEFINED.match(sentence.text, run[-1][1] + len(run[-1][0]) - sentence.start)
    if not m:
        return False
    initials = "".join(w[0] for w in words if w.lower() not in lex.CONNECTORS)
    spelled = m.group(1).upper()
    after_and = len([w for w in words[: words.index("and")] if w.lower() not in lex.CONNECTORS])
    return initials.startswith(spelled) and len(spelled) > after_and


_DEMONYM_ENDING = re.compile(r"(an|ese|ish|i|ine)$")


def _is_title(word: str, following: str, lex: Lexicon) -> bool:
    parts = word.lower().split("-")
    # a nationality before a title is part of the role: "Philippine President", "Kazakh Foreign Minister"
    demonym = (_DEMONYM_ENDING.search(word) or nationality(word)) and following.lower() in lex.TITLES  # "Czech", "Greek"
    compound = any(p.endswith(h) for p in parts for h in lex.COMPOUND_HEADS)  # "Landeschef"
    return any(p in lex.TITLES for p in parts) or bool(demonym) or compound


def _person_start(words: list[str], lex: Lexicon) -> int | None:
    """Where a person's name starts after a title, a body or a place fused in front of it
    ("Montana Secretary of State Corey Stapleton", "US Speaker Nancy Pelosi"): the first known
    first name that no first name precedes, when two to five name words follow it."""
    for k, word in enumerate(words):
        if k and is_first_name(word) and not is_first_name(words[k - 1]) and _ends_in_a_body(words[:k], lex):
            tail = words[k:]
            names = [w for w in tail if w.lower() not in _NAME_PARTICLES]
            if 2 <= len(tail) <= 5 and len(names) >= 2 and all(_is_cap(w) and w.lower() not in lex.ORG_WORDS
                                                                  for w in names):
                return k
            return None
    return None


def _ends_in_a_body(words: list[str], lex: Lexicon) -> bool:
    """Whether words end in a title, a body, a place or a nationality: what may stand before a name."""
    last = words[-1]
    return (last.lower() in lex.TITLES or all(p in lex.TITLES for p in last.lower().split("-"))
            or len(words) > 2 and words[0].lower() in lex.TITLES and words[1] == "of"  # "Speaker of the House"
            or last.lower() in lex.ORG_WORDS or bool(nationality(last))
            or any(" ".join(words[i:]) in lex.COUNTRIES or is_place(" ".join(words[i:])) for i in range(len(words))))


_TITLE_MODIFIERS = frozenset(load()["words"]["title_modifiers"].split())


def _person_of(run: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """"Steve Peers of the University of Essex" is a person and a body, also behind a title
    ("Senator Felipe Arango of the Democratic Center party")."""
    words = [w for w, _ in run]
    start = next((k for k, w in enumerate(words[:3]) if is_first_name(w) and len(w) > 2), None)
    if start is None:  # a name no first-name list knows, after its titles: "President Irfaan Ali of the ..."
        start = next((k for k, w in enumerate(words) if w.lower() not in TITLES and w.lower() not in _TITLE_MODIFIERS), 0)
        if not (start and len(words) > start + 3 and words[start + 2] == "of" and all(
                w[:1].isupper() and w.isalpha() and not w.isupper() and w.lower() not in ORG_WORDS
                and w.lower() not in STOP and w.lower() not in TITLES for w in words[start : start + 2])
                and " ".join(words[start : start + 2]) not in STATES and not is_place(" ".join(words[start : start + 2]))):
            return [run]
    if start and words[start - 1].lower() not in TITLES:
        return [run]
    if len(words) > start + 3 and "of" in words[start + 2 : start + 4]:
        cut = words.index("of", start + 2)
        return [run[:cut], run[cut + 1 :]]
    return [run]


_COMPOUND_MODIFIER = re.compile(rf"-(?:{'|'.join(load()['words']['compound_participles'].split())})$")
"""The participle of a compound adjective (a noun and a past participle) that gives a body's place or
patron ("Tripoli-based", "Iran-backed", "Saudi-led"): before a name, no part of it."""


def _acronym_word(run: list[tuple[str, int]]) -> bool:
    """A function word's letters as an acronym ("the WHO said"): capitals, three or more, and not the
    first word of a line in capitals ("THE HAGUE")."""
    word = run[0][0]
    return len(word) >= 3 and word.isupper() and (len(run) == 1 or not run[1][0].isupper())


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
"""A body's acronym before a compound title ("WHO Director-General", "NATO Secretary-General"): the title's body, part of
the role, as a country before a title is ("US President")."""


def trim(run: list[tuple[str, int]], lex: Lexicon, the: bool = False) -> tuple[list[tuple[str, int]], list[str]]:
    """Drop stop words and titles in front (titles become the role) and connectors at the end;
    with ``the``, a capital "The" inside a sentence belongs to the name ("The Hague")."""
    titles: list[str] = []
    if the and len(run) == 2 and run[0][0] == "The" and not (state_of(run[1][0]) or is_place(run[1][0])):
        return run, titles
    while run and (run[0][0].lower() in lex.STOP or run[0][0].lower() in lex.CONNECTORS) and not (
            run[0][0] in _NAME_PARTICLES and len(run) == 2) and not _acronym_word(run):  # "de Blasio" keeps its particle
        if len(run) > 1 and run[0][0].lower() in lex.HONORIFICS:
            titles.append(run[0][0])  # "Ms Harris": a person's honorific, a title
        run = run[1:]
    if len(run) > 1 and _COMPOUND_MODIFIER.search(run[0][0]):
        run = run[1:]  # "Tripoli-based Government of National Unity", "Iran-backed Houthis": no word of the name
    if (k := _person_start([w for w, _ in run], lex)) is not None:  # "Speaker of the House Jane Doe"
        return run[k:], [w for w, _ in run[:k]]
    if len(run) > 2 and run[0][0].lower() in lex.TITLES and run[0][0].lower() not in lex.ORG_WORDS and run[1][0] == "of":
        return [], [w for w, _ in run]  # "President of the European Council": a role, not a name ("Union of Teachers": a body)
    # "Supreme Court of the United States" and "Foreign Ministry" keep their first word
    is_org = bool(run) and (run[-1][0].lower() in lex.ORG_WORDS or len(run) > 1 and run[1][0].lower() in lex.ORG_WORDS)
    while len(run) > 1 and not is_org and (_is_title(run[0][0], run[1][0], lex) or titles == [] and len(run) > 2
                                          and run[1][0].lower() in lex.TITLES and state_of(run[0][0]) is not None
                                          or titles == [] and len(run) > 2 and _ACRONYM.match(run[0][0])
                                          and "-" in run[1][0] and _is_title(run[1][0], run[2][0], lex)) \
            and not (run[0][0].lower() in lex.ORG_WORDS and run[1][0].lower() not in lex.TITLES
                     and not is_first_name(run[1][0])):
        # a body's noun is a title's modifier ("Union leader X", "Party Secretary X"), not a title of its own ("Union Pacific")
        # a country before a title is part of the role: "US President Trump"
        titles.append(run[0][0])
        run = run[1:]
    if titles and run and run[0][0] in lex.CONNECTORS:
        return [], titles  # "President of the European Council": a role, not a name
    while run and run[-1][0].lower() in lex.CONNECTORS:
        run = run[:-1]
    return run, titles


def _shouted(words: list[str]) -> bool:
    """A phrase in capitals ("WON THIS ELECTION"), not a name with an acronym in it."""
    return len(words) >= 2 and sum(w.isupper() and len(w) > 1 for w in words) * 2 > len(words)


_PLURAL_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))


def common_shaped(names: list[str]) -> bool:
    """A name of English words ("Amnesty International", "Lower Saxony") or ending in an English plural noun
    ("Northstar Metals", "Acme Industries"), whose first word is no known first name: a body's or a
    place's name, not a person's (surnames are seldom plural common nouns; "Sadiq Khan" is one word not English)."""
    words = english_words()
    last = names[-1].lower()
    plural = last in words and any(last.endswith(end) and last[: len(last) - len(end)] + stem in words
                                   for end, stem in _PLURAL_ENDINGS)
    return plural or all(w.lower() in words for w in names)


def _fold(word: str) -> str:
    if word.isascii():  # no ASCII letter decomposes or combines: only the case changes
        return word.lower()
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


@cache
def _foreign_org_words() -> frozenset[str]:
    """The organisation words of the other languages' lexicons, accents folded, four letters or more
    ("banco", "societe", "gruppe"): in an English article's name, a foreign body's ("Banco Verano"), no person's."""
    return frozenset(_fold(w) for lang in ("de", "es", "fr") for w in load(lang)["words"]["org_words"].split()
                     if len(w) > 3)


def kind_of(words: list[str], lex: Lexicon, common: frozenset[str] = frozenset()) -> str | None:
    """``state``, ``person``, ``organisation``, ``place`` (a region or city: an actor only when it
    acts), or None for what is never an actor (a law, a nationality, a facility)."""
    text = " ".join(words)
    last = words[-1].lower()
    if text in lex.COUNTRIES:
        return "state"
    if is_place(text) or text in CAPITALS or text.isupper() and len(text) > 3 and (
            is_place(text.title()) or text.title() in CAPITALS):
        return "place"  # "KYIV, Ukraine (AP) -": a dateline's place in capitals
    # "Institute for the Study of War": a body's word and its complement, whatever the complement ends in
    complement = len(words) > 2 and words[0].lower() in lex.ORG_WORDS and words[1].lower() in lex.CONNECTORS
    if len(words) > 1 and last in _DIVISION_HEADS and not demonym(words[0]):
        return "place"  # "Prince Edward Island", "Kherson Region": a division that governs itself, an actor when it acts
    if not complement and (last in _PLACE_WORDS or last in THING_WORDS or len(words) > 1 and last in _OCCASION_WORDS) \
            or demonym(words[-1]) or demonym(text) \
            or _shouted(words):
        return None
    if len(words) > 1 and (words[0].lower() in PLACE_HEADS or words[0].lower() in _HAZARD_HEADS) \
            and last not in lex.ORG_WORDS:  # "Lake Chad", "Fort Lee", "Hurricane Katrina"
        return None
    if any(w in lex.COUNTRIES for w in words[:-1]) and last not in lex.ORG_WORDS and not any(w in lex.CONNECTORS for w in words):
        return None  # "Iraq War", "Syria talks"; not "Islamic State of Iraq and the Levant"
    # "von der Leyen", "van der Berg": the article after a particle is part of it
    names = [w for i, w in enumerate(words) if w.lower() not in _NAME_PARTICLES
             and not (w == "der" and i and words[i - 1] in ("von", "van"))]
    if words[0] in _NAME_PARTICLES and len(words) == 2 and words[1][:1].isupper():
        return "person"  # "de Blasio", "van Houten": a surname with its particle
    foreign = lex is EN and any(_fold(w) in _foreign_org_words() for w in names) \
        and not (len(names) >= 2 and is_first_name(names[0]))  # "Banco Verano", "Societe Generale"; not "Maria Banco"
    if len(names) >= 2 and len(words) <= 5 and not foreign and all(_is_cap(w) and (not w.isupper() or _ABBREV_TOKEN.match(w)
                                                                    or w.lower() in _SUFFIXES) for w in names[:-1]) \
            and (_is_cap(names[-1]) and (not names[-1].isupper() or _ABBREV_TOKEN.match(names[-1])
                                         or names[-1].lower() in _SUFFIXES)
                 or len(names[-1]) == 1 and is_first_name(names[0])) \
            and last not in lex.TITLES and (is_first_name(words[0]) or words[0].lower() not in common
                                            and not demonym(words[0])):
        if last not in lex.ORG_WORDS and not any(w.lower() in lex.CONNECTORS for w in names) \
                and not any(ACRONYM.match(p) for w in names if "-" in w for p in w.split("-")):
            return "person"  # not "Air France-KLM", "Arcelor-ACX": an acronym joined to a word names a body
    if last in lex.ORG_WORDS or foreign and len(words) > 1 or ACRONYM.match(words[-1]) or "-" in words[-1] and ACRONYM.match(words[-1].rsplit("-", 1)[-1]) or any(w.lower() in lex.CONNECTORS or w == "on" for w in words):
        return "organisation"
    return "organisation" if len(words) == 1 else None


EPONYM_TITLES = frozenset(load()["words"]["eponym_titles"].split())
"""Royal, noble and saints' titles, which name places and bodies after their bearer ("King Street")."""


def word_surnamed(words: list[str]) -> bool:
    """A known given name (maybe two, or a middle initial) and a surname that is also the head word of a
    place's, a thing's or a body's name, or a title ("Tom Hill", "Ann Park", "Robert King", "Samuel
    Church"): English surnames are often such words (Reaney and Wilson, *A Dictionary of English
    Surnames*: names of locality, "Hill", "Field", "Brook"; of office, "King", "Bishop"), so the word's
    class alone cannot say it is a place (`actors._named_as_a_person` asks whether it is used as one)."""
    if not 2 <= len(words) <= 3:
        return False
    first, last = words[0], words[-1]
    if len(first) < 3 or not first.isalpha() or not is_first_name(first):
        return False
    if len(words) == 3 and not is_first_name(words[1]):
        return False
    return len(last) > 2 and last.isalpha() and last[0].isupper() and last[1:].islower()


CLASSIFIER = "|".join(load()["words"]["body_classifiers"].split())
"""Nouns for a body's kind ("union", "group", "company") as a regex alternation, read once for names and actors."""
_CLASSIFIERS = frozenset(CLASSIFIER.split("|"))


_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def _modifier(text: str, words: list[tuple[str, int]], lex: Lexicon) -> bool:
    """A name used as a modifier of a place or body: "the Saint Anne hospital" (not before a noun for
    the body's kind: "the CCOO union" is CCOO)."""
    end = words[-1][1] + len(words[-1][0])
    following = _WORD_AFTER.match(text[end : end + 30])
    return bool(following) and (following.group(1) in _PLACE_WORDS or following.group(1) in lex.ORG_WORDS) \
        and following.group(1) not in _CLASSIFIERS  # "the CCOO union", "the Wagner group": the body itself


_OPENERS = ("", "\u201c", ":", "\u2014", "\u2013", "-")


def opens(text: str, sentence: Sentence, at: int) -> bool:
    """Whether a word at ``at`` starts its sentence, a quote or a clause after a colon or dash,
    where any word is capitalised."""
    before = text[sentence.start : at].rstrip()
    return before[-1:] in _OPENERS or (before[-1:] in "\"'\u2018" and in_quotation(text, sentence.start + len(before)))


class EnglishWords:
    """A set of lowercase words, compact: the words grouped by their first three letters, each group
    one string of the rest of its words, each between newlines ("ord", "ords"... under "acc"). Some
    0.9 MB where a frozenset of the same 65,000 words took 6 MB and a fifth of a warm rules-only
    start to build; a look-up is one dict access and a search of at most 10 kB (an article asks a
    few: 7 on average over the fixtures)."""

    __slots__ = ("_by_start",)

    def __init__(self, by_start: dict[str, str]) -> None:
        self._by_start = by_start

    def __contains__(self, word: object) -> bool:
        # every word kept is alphabetic and longer than three letters: no newline to match across
        if not isinstance(word, str) or len(word) < 4 or not word.isalpha():
            return False
        rest = self._by_start.get(word[:3])
        return rest is not None and f"\n{word[3:]}\n" in rest


@cache
def english_words() -> EnglishWords:
    """The words of English of four letters or more in lowercase, every inflected form: lemminflect's bundled
    lemma table (the Automatically Generated Inflection Database and the English Lexicon), derived
    once per machine and kept in the cache. A capitalised word outside it is a name ("Greenpeace",
    "Gazprom"), even where any word is capitalised."""
    from summariser.caching import derived, installed_version
    from summariser.rules import code_version

    return EnglishWords(derived("english-words", f"{installed_version('lemminflect')}-{code_version()}", _read_words))


def _read_words() -> dict[str, str]:
    import gzip
    from importlib import resources

    table = resources.files("lemminflect") / "resources" / "lemma_lu.csv.gz"
    words = (line.split(",", 1)[0] for line in gzip.decompress(table.read_bytes()).decode("utf-8").splitlines())
    groups: dict[str, list[str]] = {}
    for word in sorted({w.lower() for w in words if len(w) > 3 and w.isalpha()}):
        groups.setdefault(word[:3], []).append(word[3:])
    return {start: "\n" + "\n".join(rests) + "\n" for start, rests in groups.items()}


_ARTICLE_BEFORE = re.compile(r"\ban?\s+$")
_NUMBER_AFTER = re.compile(r"\.?\s*\d")


def not_a_name(text: str, words: list[tuple[str, int]], lex: Lexicon) -> bool:
    """A capitalised thing, not a name: "an Order", "Act No. 3846", "Article 50"."""
    start, end = words[0][1], words[-1][1] + len(words[-1][0])
    article = len(words) == 1 and _ARTICLE_BEFORE.search(text[max(0, start - 4) : start])
    # "Article 50", "Act No. 3846"; not a person's name before their votes ("Maria Gonzalez 3,690")
    numbered = _NUMBER_AFTER.match(text[end : end + 4]) and not (len(words) > 1 and is_first_name(words[0][0]))
    letter = len(words) == 1 and len(words[0][0].rstrip(".")) == 1  # an initial or a letter ("PPP/C"), no name
    return bool(article or numbered or letter) or _modifier(text, words, lex)
