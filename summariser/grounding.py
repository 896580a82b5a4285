"""Find evidence in the article, compute offsets, and enforce the contract's rules.

Matching forgives only differences in whitespace and in quote and dash
characters (the contract's rule); case and everything else must match. Actor
names and aliases are looked up the same way but case-insensitively, since the
contract does not call them verbatim.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pydantic import ValidationInfo, model_validator

from summariser.schema import (
    ActorDraft,
    ArticleSummary,
    Rejection,
    Span,
    SummaryDraft,
)

_QUOTES = {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"}
_QUOTES.update({c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
_DASHES = {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
_FOLD = {**_QUOTES, **_DASHES}
SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


_FOLD_TABLE = str.maketrans(_FOLD)  # one character for one: offsets survive folding
_WORD = re.compile(r"\S+")  # `\s` is exactly `str.isspace`


class _Offsets(Sequence[int]):
    """``offsets[i]``: the index in the original of normalised character ``i``; one extra at the end.

    Kept per word, not per character (a 3,000-character article is ~500 words): the
    normalised text is the words joined by single spaces, so within a word, and at
    the space after it (which stands for the first character of the whitespace run),
    the offset is the word's start in the original plus the distance into the word.
    """

    def __init__(self, starts: list[int], originals: list[int], length: int):
        self._starts, self._originals, self._length = starts, originals, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i: int) -> int:  # type: ignore[override] - no slices needed
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError(i)
        if not self._starts:
            return 0
        k = max(bisect_right(self._starts, i) - 1, 0)
        return self._originals[k] + i - self._starts[k]


@dataclass(frozen=True)
class NormalisedText:
    """A text with whitespace collapsed and quotes/dashes folded, mapped back to the original."""

    text: str
    offsets: Sequence[int]  # offsets[i] = index in the original of text[i]; one extra at the end

    @classmethod
    def of(cls, original: str) -> NormalisedText:
        return _normalised(original)

    @classmethod
    def _build(cls, original: str) -> NormalisedText:
        # word by word, not character by character: articles are long and scored often
        folded = original.translate(_FOLD_TABLE)
        words = folded.split()  # `str.split` splits on exactly `str.isspace`, as `_WORD` does
        originals = [m.start() for m in _WORD.finditer(folded)]
        starts, at = [], 0
        for word in words:
            starts.append(at)
            at += len(word) + 1
        text = " ".join(words)
        return cls(text, _Offsets(starts, originals, len(text) + 1))

    def span(self, start: int, end: int) -> Span:
        """Original offsets of the normalised slice ``[start:end]``."""
        return Span(start=self.offsets[start], end=self.offsets[end - 1] + 1)


@lru_cache(maxsize=256)
def _normalised(original: str) -> NormalisedText:
    # the same article is normalised by the validator, the grounding and the scorers
    return NormalisedText._build(original)


def normalise(text: str) -> str:
    """Collapse whitespace runs to one space, fold quote and dash variants, strip."""
    return " ".join(text.translate(_FOLD_TABLE).split())


class Article:
    """An article text with the indexes grounding needs, built once."""

    def __init__(self, text: str):
        self.text = text
        self._norm = NormalisedText.of(text)
        self._lower = self._norm.text.lower()

    def find(self, evidence: str, after: int = 0) -> Span | None:
        """Offsets of ``evidence`` (exact up to whitespace, quotes, dashes): its first
        occurrence starting at or after original offset ``after``, else its first."""
        needle = normalise(evidence)
        if not needle:
            return None
        start = bisect_left(self._norm.offsets, after, hi=len(self._norm.text))
        at = self._norm.text.find(needle, start)
        if at < 0:
            at = self._norm.text.find(needle)
        if at < 0:
            return None
        return self._norm.span(at, at + len(needle))

    def mentions(self, name: str) -> bool:
        """Whether ``name`` occurs in the text, ignoring case as well."""
        needle = normalise(name).lower()
        return bool(needle) and needle in self._lower


def find_span(evidence: str, text: str) -> Span | None:
    """Offsets of ``evidence`` in ``text``, or None when it is not a span of it."""
    return Article(text).find(evidence)


def looks_like_id(value: str) -> bool:
    """A lowercase slug without spaces, as opposed to a phrase naming an issue."""
    return bool(SLUG.match(value))


@dataclass
class Problem:
    """One rule an item breaks; ``fatal`` problems drop the item, others only a value."""

    field: str
    index: int
    message: str
    fatal: bool = True


def _actor_problems(actors: list[ActorDraft], article: Article) -> list[Problem]:
    problems, seen = [], set()
    for i, actor in enumerate(actors):
        if actor.id in seen:
            problems.append(Problem("actors", i, f"actors[{i}]: id '{actor.id}' is used twice"))
        elif not article.mentions(actor.name):
            problems.append(
                Problem("actors", i, f"actors[{i}]: name '{actor.name}' does not occur in the article")
            )
        seen.add(actor.id)
        for alias in actor.aliases:
            if not article.mentions(alias):
                msg = f"actors[{i}]: alias '{alias}' does not occur in the article"
                problems.append(Problem("actors", i, msg, fatal=False))
    return problems


def find_problems(draft: SummaryDraft, article: Article) -> list[Problem]:
    """Every way ``draft`` breaks the contract's grounding and id rules."""
    problems = _actor_problems(draft.actors, article)
    bad_actors = {p.index for p in problems if p.fatal}
    ids = {a.id for i, a in enumerate(draft.actors) if i not in bad_actors}
    event_ids: set[str] = set()
    for i, event in enumerate(draft.events):
        if event.id in event_ids:
            problems.append(Problem("events", i, f"events[{i}]: id '{event.id}' is used twice"))
        event_ids.add(event.id)
        if article.find(event.evidence) is None:
            msg = f"events[{i}]: evidence '{event.evidence}' is not copied word for word from the article"
            problems.append(Problem("events", i, msg))
        for role in ("agents", "targets"):
            for ref in getattr(event, role):
                if ref not in ids:
                    msg = f"events[{i}].{role}: '{ref}' is not the id of an actor"
                    problems.append(Problem("events", i, msg, fatal=False))
    for i, stance in enumerate(draft.stances):
        if stance.holder not in ids:
            msg = f"stances[{i}].holder: '{stance.holder}' is not the id of an actor"
            problems.append(Problem("stances", i, msg))
        if looks_like_id(stance.target) and stance.target not in ids:
            msg = f"stances[{i}].target: '{stance.target}' is neither an actor id nor a phrase"
            problems.append(Problem("stances", i, msg))
        if article.find(stance.evidence) is None:
            msg = f"stances[{i}]: evidence '{stance.evidence}' is not copied word for word from the article"
            problems.append(Problem("stances", i, msg))
    return problems


def ground(draft: SummaryDraft, text: str) -> ArticleSummary:
    """Turn a draft into a summary whose facts all hold in ``text``.

    Items with a fatal problem are dropped and listed in ``rejected`` with the
    reason; unknown ids and aliases are removed from items that otherwise hold.
    """
    article = Article(text)
    problems = find_problems(draft, article)
    fatal = {(p.field, p.index) for p in problems if p.fatal}
    reasons: dict[tuple[str, int], list[str]] = {}
    for p in problems:
        reasons.setdefault((p.field, p.index), []).append(p.message)

    actors = [a for i, a in enumerate(draft.actors) if ("actors", i) not in fatal]
    ids = {a.id for a in actors}
    out_actors = [
        a.model_dump() | {"aliases": [x for x in a.aliases if article.mentions(x)]} for a in actors
    ]
    events, cursor = [], None
    for i, e in enumerate(draft.events):
        if ("events", i) in fatal:
            continue
        item = e.model_dump()
        item["agents"] = [x for x in e.agents if x in ids]
        item["targets"] = [x for x in e.targets if x in ids]
        # events come in article order: a repeated evidence is the one after the last event's
        item["evidence_span"] = cursor = article.find(e.evidence, after=cursor.start if cursor else 0)
        events.append(item)
    stances = [
        s.model_dump() | {"evidence_span": article.find(s.evidence)}
        for i, s in enumerate(draft.stances)
        if ("stances", i) not in fatal
    ]
    rejected = [
        Rejection(
            field=field,
            item=getattr(draft, field)[i].model_dump(),
            reason=("dropped: " if (field, i) in fatal else "kept without the bad values: ")
            + "; ".join(msgs),
        )
        for (field, i), msgs in sorted(reasons.items())
    ]
    return ArticleSummary(
        headline=clip_headline(draft.headline),
        summary=draft.summary,
        actors=out_actors,
        events=events,
        stances=stances,
        rejected=rejected,
    )


def problem_report(problems: list[Problem], limit: int = 12) -> str:
    """The message a model reads on a re-ask: precise, and short enough to act on."""
    lines = [p.message for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"... and {len(problems) - limit} more")
    lines.append(
        "Copy evidence word for word from the article; use only actor ids defined in `actors`."
    )
    return "\n".join(lines)


class CheckedSummary(SummaryDraft):
    """A draft that, given the article in the validation context, must be grounded in it.

    Instructor re-asks with the validator's message when it fails; without a
    context (e.g. when salvaging a last answer) only the schema is checked.
    """

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> CheckedSummary:
        # `is None`, not truthiness: llm.py passes a context that is falsy on purpose
        article = info.context.get("article") if info.context is not None else None
        if isinstance(article, Article):
            problems = find_problems(self, article)
            if problems:
                raise ValueError(problem_report(problems))
        return self


HEADLINE_MAX = 120


def clip_headline(headline: str) -> str:
    """The contract's one line of at most 120 characters, cut at a word boundary."""
    line = " ".join(headline.split())
    if len(line) <= HEADLINE_MAX:
        return line
    return line[: HEADLINE_MAX - 3].rsplit(" ", 1)[0].rstrip(" ,;:") + "..."
