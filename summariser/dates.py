"""Resolve the dates a sentence states, relative to the publication date when needed.

Dates keep the precision the text gives: a day (``2022-01-10``), a month (``2022-01``
for "last month") or a year (``2016`` for "in 2016"); the phrase itself when it cannot
be resolved. A weekday counts back from the publication date, or forward when the
sentence speaks of the future ("will hold a rally on Saturday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
"""The weekdays and the months in calendar order, lowercase; ``calendar_words`` writes them as an alternation."""
_WEEKDAYS = list(WEEKDAYS)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ["jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
         "aug august", "sep sept september", "oct october", "nov november", "dec december"]
    )
    for m in names.split()
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))


def calendar_words(*names: tuple[str, ...], capitalised: bool = False) -> str:
    """The names as one regex alternation in their order ("Monday|Tuesday|..." when ``capitalised``)."""
    return "|".join(w.capitalize() if capitalised else w for group in names for w in group)

_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?(?:\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RELATIVE = re.compile(r"\b(today|yesterday|tomorrow|last week|last month|last year|next week|next month|next year|"
                       r"earlier this \w+)\b", re.I)
_YEAR = re.compile(r"\b(?:in|since|during|until|by|of)\s+((?:19|20)\d{2})\b")
# Words that put a weekday ahead of the publication date: "will hold a rally on Saturday".
_FUTURE = re.compile(
    r"\b(?:will|would|shall|'ll|is to|are to|was to|were to|plans? to|planned to|intends? to|is due|are due|"
    r"scheduled|expected to|set to|going to|next|upcoming|coming)\b", re.I)


def _published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _safe(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _weekday(text: str, pub: date | None) -> str | None:
    m = re.search(r"\b(on|last|this|next|since|from|until|by)\s+(" + "|".join(_WEEKDAYS) + r")\b", text, re.I)
    if not m:
        return None
    if pub is None:
        return m.group(2)  # the contract: the phrase used when no date follows
    day = _WEEKDAYS.index(m.group(2).lower())
    if m.group(1).lower() != "last" and _FUTURE.search(text):  # tense decides the direction
        return (pub + timedelta(days=(day - pub.weekday()) % 7)).isoformat()
    back = (pub.weekday() - day) % 7
    return (pub - timedelta(days=back)).isoformat()


def _relative(word: str, phrase: str, pub: date | None) -> str:
    """``today``/``yesterday``/``tomorrow`` to the day, last or next month or year to the
    month or year (the precision the text gives); other phrases as written."""
    if pub is None:
        return phrase
    days = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if word in days:
        return (pub + timedelta(days=days[word])).isoformat()
    if not word.startswith(("last", "next")):
        return phrase
    step = -1 if word.startswith("last") else 1
    if word.endswith("month"):
        month = pub.month - 1 + step
        return f"{pub.year + month // 12:04d}-{month % 12 + 1:02d}"
    if word.endswith("year"):
        return f"{pub.year + step:04d}"
    return phrase


def resolve(text: str, published: str | None) -> str | None:
    """ISO date stated in ``text`` or derivable from ``published``; else the phrase; else None."""
    pub = _published(published)
    if m := _ISO.search(text):
        return _safe(*map(int, m.groups()))
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in pattern.finditer(text):
            if m.group(month_group) == "may":
                continue  # the verb, as in "12 may die"
            if not (m.group(3) or pub):
                return m.group(0)  # the contract: the phrase used when no year is known
            month, day = _MONTHS[m.group(month_group).lower().rstrip(".")], int(m.group(day_group))
            year = int(m.group(3)) if m.group(3) else pub.year
            if not m.group(3) and month - pub.month > 6:
                year -= 1  # "Dec 28" in an article published on Jan 2 is last year's
            return _safe(year, month, day)
    if iso := _weekday(text, pub):
        return iso
    if m := _RELATIVE.search(text):
        return _relative(m.group(1).lower(), m.group(1), pub)
    if m := _YEAR.search(text):
        return m.group(1)
    return None
