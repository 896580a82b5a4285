"""Items to decide on: a summary's (a model's, or the rules'), or a saved fixture's; spans from selections.

Every item is tied to a span of the article. A summary's evidence is located the
way grounding does (whitespace, quotes and dashes forgiven), an actor's name at
its first mention; what cannot be located is left out and counted in the note.
"""

from __future__ import annotations

import re
import unicodedata

from summariser.errors import InputError
from summariser.evidence import Article
from summariser.labelling.work import ActorItem, EventItem, StanceItem, Status, Work
from summariser.schema import ArticleSummary, Span


def slug(name: str, fallback: str = "item") -> str:
    """A lowercase ASCII slug of ``name`` (``Lena Korvash`` -> ``lena-korvash``), else ``fallback``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or fallback


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection ``[start, end)`` widened to whole words and trimmed of surrounding whitespace.

    A drag that stops one letter short still picks the whole word, so the span
    is what the user meant and not a fragment the checker would refuse.

    Raises:
        InputError: the selection is out of the text or holds nothing but whitespace.
    """
    if not (0 <= start < end <= len(text)):
        raise InputError(f"selection {start}..{end} is outside the article (0..{len(text)})")
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise InputError("the selection holds no text")
    return start, end


def add_summary(work: Work, summary: ArticleSummary, status: Status = "proposed", keep_ids: bool = False) -> int:
    """Add ``summary``'s actors, events and stances to ``work`` as items with ``status``.

    Actor ids are kept when ``keep_ids`` (labels of a saved fixture); a model's are
    not: the fixture's are the slugs of the names the user accepts.

    Returns:
        How many items could not be located in the text and were left out.
    """
    article = Article(work.text)
    work.headline = work.headline or summary.headline  # the user's own words win
    work.summary = work.summary or summary.summary
    keys: dict[str, str] = {}
    missed = 0
    for actor in summary.actors:
        keys[actor.id] = work.new_key("actors")
        work.actors.append(ActorItem(
            key=keys[actor.id], status=status, span=_name_span(work.text, article, actor.name), name=actor.name,
            kind=actor.kind, role=actor.role, aliases=list(actor.aliases), id=actor.id if keep_ids else None,
        ))
    cursor = 0
    for event in summary.events:
        span = _evidence_span(article, event.evidence, event.evidence_span, cursor)
        if span is None:
            missed += 1
            continue
        cursor = span[0]
        work.events.append(EventItem(
            key=work.new_key("events"), status=status, span=span, description=event.description,
            kind=event.kind, agents=_linked(event.agents, keys), targets=_linked(event.targets, keys),
            date=event.date, location=event.location,
        ))
    for stance in summary.stances:
        span = _evidence_span(article, stance.evidence, stance.evidence_span, 0)
        if span is None:
            missed += 1
            continue
        work.stances.append(StanceItem(
            key=work.new_key("stances"), status=status, span=span, holder=keys.get(stance.holder),
            target_actor=keys.get(stance.target), target_phrase=None if stance.target in keys else stance.target,
            polarity=stance.polarity,
        ))
    return missed


def _linked(ids: list[str], keys: dict[str, str]) -> list[str]:
    return [keys[x] for x in ids if x in keys]


def _name_span(text: str, article: Article, name: str) -> tuple[int, int] | None:
    found = article.find(name)
    if found is not None:
        return found.start, found.end
    at = text.lower().find(name.lower())  # grounding accepts names in any case
    return (at, at + len(name)) if at >= 0 and name else None


def _evidence_span(article: Article, evidence: str, given: Span | None, after: int) -> tuple[int, int] | None:
    if given is not None and article.find(evidence, after=given.start) == given:
        return given.start, given.end
    found = article.find(evidence, after=after)
    return (found.start, found.end) if found is not None else None


def proposal_note(model: str, missed: int) -> str | None:
    """What the page says about proposals it could not show."""
    if not missed:
        return None
    return f"{missed} of {model}'s proposals could not be located in the text and are not shown"
