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
    ACTION_CUES, CONNECTORS, COUNTRIES, GROUPS, HONORIFICS, INSTITUTIONS, ORG_WORDS, REPORTING, STOP, TITLES,
)
from summariser.rules.sentences import Sentence

_TOKEN = re.compile(r"[\w\u00c0-\u024f][\w\u00c0-\u024f'\u2019.&-]*")
_PLACE_WORDS = frozenset(
    "street road avenue square building tower bridge river valley mountains island islands province region "
    "district city county airport port station park hill hills lake sea ocean coast bay".split()
)
_NAME_PARTICLES = frozenset("de del da do dos das du van von bin al la le".split())
_ABBREV_TOKEN = re.compile(r"^(?:[A-Z]\.)+$")
LOCATIVE = re.compile(r"\b(?:in|at|from|near|across|outside|inside|to|into|towards|around)\s+(?:the\s+)?$")
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
    places: int = 0
    """Mentions after "in", "at", "from"...: a place, not an actor."""


def slug(name: str) -> str:
    """Lowercase ASCII slug of a name: `Zürich` -> `zurich`, `Group of 20 Trust` -> `group-of-20-trust`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "actor"


def _clean(token: str) -> str:
    token = re.sub(r"['\u2019]s?$", "", token)
    return token if re.fullmatch(r"(?:[A-Z]\.)+", token) else token.rstrip(".")


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


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
    if "and" not in words or " ".join(words) in COUNTRIES or words[-1].lower() in ORG_WORDS:
        return [run]
    cut = words.index("and")
    return [run[:cut], *_split_and(run[cut + 1 :])]


def _runs(sentence: Sentence) -> list[list[tuple[str, int]]]:
    """Runs of capitalised tokens (text, offset in the article), connectors allowed inside."""
    tokens = _tokens(sentence)
    runs, run = [], []
    for i, (tok, at, joined) in enumerate(tokens):
        if run and not joined:
            runs.append(run)
            run = []
        inner = run and (tok.lower() in CONNECTORS or tok.isdigit()) and _continues(tokens, i + 1)
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
    return [part for r in runs for part in _split_and(r) if part]


def _is_title(word: str, following: str) -> bool:
    parts = word.lower().split("-")
    # a nationality before a title is part of the role: "Philippine President", "Kazakh Foreign Minister"
    demonym = re.search(r"(an|ese|ish|i|ine)$", word) and following.lower() in TITLES
    return any(p in TITLES for p in parts) or bool(demonym)


def _trim(run: list[tuple[str, int]], at_start: bool) -> tuple[list[tuple[str, int]], list[str]]:
    """Drop stop words and titles in front (titles become the role) and connectors at the end."""
    titles: list[str] = []
    while run and (run[0][0].lower() in STOP or run[0][0].lower() in CONNECTORS):
        run = run[1:]
    is_org = bool(run) and run[-1][0].lower() in ORG_WORDS
    while len(run) > 1 and not is_org and _is_title(run[0][0], run[1][0]):
        titles.append(run[0][0])
        run = run[1:]
    while run and run[-1][0].lower() in CONNECTORS:
        run = run[:-1]
    if at_start and len(run) == 1 and not titles and run[0][0] not in COUNTRIES:
        return [], titles  # "Patients said": a capital that only marks a sentence start
    return run, titles


def _kind(words: list[str]) -> str | None:
    text = " ".join(words)
    last = words[-1].lower()
    if text in COUNTRIES:
        return "state"
    if last in _PLACE_WORDS or any(w in COUNTRIES for w in words[:-1]) and last not in ORG_WORDS:
        return None
    names = [w for w in words if w.lower() not in _NAME_PARTICLES]
    if len(names) >= 2 and len(words) <= 5 and all(w[:1].isupper() and not w.isupper() for w in names):
        if last not in ORG_WORDS and not any(w.lower() in CONNECTORS for w in names):
            return "person"
    if last in ORG_WORDS or _ACRONYM.match(words[-1]) or any(w.lower() in CONNECTORS for w in words):
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


def _is_subject(text: str, end: int, start: int) -> bool:
    """Named right before a verb ("the country sent", "the minister said"), also as the first of
    two subjects ("X and Y banned"), or right after "said"."""
    after = re.sub(r"^\s*(?:\([^)]*\)|,[^,]{0,60},)?\s*", "", text[end : end + 120])
    after = re.sub(r"^and\s+(?:[A-Z][\w'-]*\s+){1,4}", "", after).lower()
    before = text[max(0, start - 12) : start].lower()
    return after.startswith(_STARTS_A_PREDICATE) or before.endswith(("said ", "told ", "by "))


def _acronym_after(text: str, end: int) -> str | None:
    m = re.match(r"\s*\(([A-Z][A-Za-z0-9&]{1,9})\)", text[end : end + 14])
    return m.group(1) if m else None


def _gather(text: str, sentences: list[Sentence]) -> dict[str, Candidate]:
    found: dict[str, Candidate] = {}
    for sentence in sentences:
        for run in _runs(sentence):
            before = text[sentence.start : run[0][1]].rstrip()
            opening = before[-1:] in ("", "\u201c") or (before[-1:] == '"' and before.count('"') % 2 == 1)
            words, titles = _trim(run, at_start=opening)
            if not words or _modifier(text, words) or (kind := _kind([w for w, _ in words])) is None:
                continue
            start, end = words[0][1], words[-1][1] + len(words[-1][0])
            name = text[start:end]
            c = found.setdefault(name, Candidate(name, kind, start, {name}))
            c.mentions += 1
            c.subject |= _is_subject(text, end, start)
            c.places += bool(LOCATIVE.search(text[max(0, start - 12) : start]))
            if acronym := _acronym_after(text, end):
                c.forms.add(acronym)
            if titles and c.role is None and titles[0].lower() not in HONORIFICS:
                c.role = " ".join(titles)
    return found


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in CONNECTORS and w[0].isupper())


def _owner(short: Candidate, others: list[Candidate]) -> Candidate | None:
    """The longer candidate that ``short`` names: a surname, an acronym, or a trailing part."""
    for other in sorted(others, key=lambda o: o.first):
        if other is short or len(other.name) <= len(short.name):
            continue
        if short.name in other.forms:
            return other
        if other.kind == "person" and short.name == other.name.split()[-1]:
            return other
        if _ACRONYM.match(short.name) and _initials(other.name) == short.name:
            return other
        if short.kind == other.kind == "person" and other.name.endswith(" " + short.name):
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
            owner.places += short.places
            merged.remove(short)
    return merged


def _keep(c: Candidate) -> bool:
    if c.places >= c.mentions and not c.subject:
        return False
    if c.kind == "person":
        return len(c.name.split()) >= 2
    if c.kind == "state":
        return c.subject or c.mentions >= 3
    return c.subject or len(c.name.split()) > 1


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


def find_actors(text: str, sentences: list[Sentence]) -> list[Candidate]:
    """The article's likely actors, in order of first mention, each with its surface forms."""
    actors = [c for c in _merge(_gather(text, sentences)) if _keep(c)]
    actors += _groups(text, {slug(c.name) for c in actors})
    return sorted(actors, key=lambda c: c.first)
