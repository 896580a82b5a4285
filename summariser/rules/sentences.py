"""Split an article into sentences with their offsets, skipping datelines and page furniture.

Offsets index the original text, so any slice the baseline takes from a
sentence is verbatim evidence by construction.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from summariser import patterns as re

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_DATELINE = re.compile(r"^[A-Z][A-Z .'\u2019-]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})*(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"
                       r"(?:,\s*\d{1,2}\.?\s+[^\W\d]{3,10}\.?)?(?:\s*\([A-Z][\w.&' ]{1,30}\))?\s*[-\u2013\u2014]+\s+")
# also "JEDDAH, Saudi Arabia (Reuters) -" (a country of two words), "KIEL, 21. Mai –", and the agency in brackets: "KYIV, March 3 (AP) --", "LONDON (Reuters) -" (AP Stylebook "datelines")
_FURNITURE = re.compile(
    r"^\s*(read more|related|see also|more from|sign up|subscribe|follow us|share this|share on|click here|"
    r"you may also like|recommended|advertisement|watch:|listen:|cookies?\b|newsletter|most read|top stories)",
    re.IGNORECASE,
)
# A picture's caption ends with its credit: "Protesters at the march. Image: Jane Doe (flickr).",
# "The senator in 1969 (Image: State Archive)".
_CREDIT = re.compile(r"(?:[.!?]\s+\(?|\s\()(?:Image|Photo|Picture|Photograph|Credit)s?:\s[^\n]{1,60}$", re.IGNORECASE)
# Quote marks of English (" “ ” ‘ ’), German („ “ ‚ ‘), French and Spanish (« » and a dialogue dash).
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019\u201c\u00bb)]*\s+(?=[\"'\u201c\u2018\u201e\u201a\u00ab\u2014(]*\s?[A-Z0-9\u00c0-\u00de])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|vs|approx|etc)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$"
)
# German writes the day as an ordinal: "am 21. Mai" does not end a sentence.
_ORDINAL_DATE = re.compile(r"\d\.\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text[start:end]``, and the paragraph it belongs to."""

    start: int
    end: int
    text: str
    paragraph: int

    @property
    def is_quote(self) -> bool:
        """Starts with a quotation mark: mostly someone's words, not narration."""
        return self.text[:1] in "\"\u201c\u2018'\u201e\u00ab\u2014"


def _is_furniture(paragraph: str) -> bool:
    if not paragraph.strip():
        return True
    first = paragraph.strip().splitlines()[0]
    if _FURNITURE.match(first) or _caption(paragraph):
        return True
    # Headline-like lines (teasers, link lists) end without sentence punctuation.
    return paragraph.strip()[-1] not in ".!?\"'\u201d\u2019:)"


def _caption(paragraph: str) -> bool:
    """A picture's caption: one short sentence or phrase (up to 200 characters) before a credit."""
    credit = _credit(paragraph)
    return bool(credit) and credit.start() <= 200 and len(_cuts(paragraph[: credit.start() + 1])) <= 2


def _uncredited(paragraph: str) -> str:
    """A body paragraph without the credit of a picture at its end ("... Many were arrested. (Photo: X)")."""
    credit = _credit(paragraph)
    return paragraph[: credit.start() + (paragraph[credit.start()] in ".!?")] if credit else paragraph


def _credit(paragraph: str) -> re.Match | None:
    """`_CREDIT`'s match in ``paragraph``: searched only when a colon stands in its last 63
    characters, where the credit's ":" must be (at most 60 more, a space, and a newline before
    `$`), as searching every paragraph under IGNORECASE costs far more."""
    return _CREDIT.search(paragraph) if ":" in paragraph[-63:] else None


def _cuts(paragraph: str) -> list[int]:
    cuts = [0]
    for m in _BOUNDARY.finditer(paragraph):
        before = paragraph[cuts[-1] : m.start() + 1]
        # an abbreviation's match ends the text, so it starts in its last 8 characters ("approx."
        # and a newline); a longer "U.S." ends with one there too ("S."): searching there is enough
        if _ABBREVIATION.search(before, max(0, len(before) - 8)) or in_quotation(paragraph, m.end()) or _ORDINAL_DATE.match(paragraph, m.start() - 1):
            continue
        cuts.append(m.end())
    return [*cuts, len(paragraph)]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of the article's body paragraphs, in order, with original offsets."""
    out: list[Sentence] = []
    for number, para in enumerate(_PARAGRAPH.finditer(text)):
        if _is_furniture(para.group()):
            continue
        base = para.start()
        dateline = _DATELINE.match(para.group())
        cuts = _cuts(_uncredited(para.group()))
        if dateline and dateline.end() < cuts[1]:
            cuts[0] = dateline.end()
        for a, b in zip(cuts, cuts[1:]):
            start, end = _strip(text, base + a, base + b)
            if end > start:
                out.append(Sentence(start, end, text[start:end], number))
    return out


_TITLE_LINE = re.compile(r"\A\s*([^\n]{8,160}?)\s*\n\s*\n")


def title_line(text: str) -> str | None:
    """The article's headline when its first line is one: a short line of its own, with no
    sentence punctuation at its end, that is not page furniture."""
    m = _TITLE_LINE.match(text)
    if not m:
        return None
    line = m.group(1)
    if _FURNITURE.match(line) or re.search(r"[.!?:;,]$", line) or not 2 <= len(line.split()) <= 24:
        return None
    return line if line[:1].isupper() or line[:1].isdigit() else None


def quotes(sentence_text: str, shortest: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the quoted passages inside a sentence, without the quote marks (English,
    German and French marks, and a Spanish or French dialogue dash): those of 12 characters or
    more, or with ``shortest`` words or more when it is given."""
    if not _OPENER.search(sentence_text):  # most sentences: no quote to look for
        return []
    pattern = _QUOTE_WORDS if shortest else _QUOTE
    found = [m.span(m.lastindex) for m in pattern.finditer(sentence_text)]
    return [(a, b) for a, b in found if not shortest or len(sentence_text[a:b].split()) >= shortest]


_WORD = re.compile(r"\w[\w'-]*")
_ASCII_WORD = re.compile(r"\w[\w'-]*", re.ASCII)


@lru_cache(maxsize=1024)
def lowered_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word in lowercase) of each word of ``text`` (inner apostrophes and hyphens
    kept). Kept for the last texts asked: the event rules and the stance rules both read the
    words of each clause."""
    if text.isascii():  # the same words, each lowercased with the text, found without Unicode's tables
        return tuple([(m.start(), m.end(), m.group()) for m in _ASCII_WORD.finditer(text.lower())])
    return tuple([(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)])


def _quote_pattern(least: str) -> re.Pattern:
    return re.compile(
        rf"\u201c([^\u201d]{least})\u201d|\"([^\"]{least})\"|\u201e([^\u201c]{least})\u201c|\u00ab\s*([^\u00bb]{least}?)\s*\u00bb"
        rf"|^\u2014\s*([^\u2014]{least}?)\s*(?:\u2014|$)"
    )


_QUOTE = _quote_pattern("{12,}")
_QUOTE_WORDS = _quote_pattern("+")
_OPENER = re.compile("[\u201c\"\u201e\u00ab\u2014]")
"""The mark every match of `_QUOTE` starts with: searched for alone, it is found much faster."""


# Quotation marks: English “ ” and straight ", German „ “, French and Spanish « »; and single
# marks ‘ ’ and ' where one opens before a word (not inside one: "Biden's") and one closes after
# a word (which "students'" also does: a closing mark only closes a quote that is open).
_MARK = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]"
                   "|(?P<open>(?<![\\w'\u2019])['\u2018](?=[^\\W\\d]))"
                   "|(?<=[^\\s'\u2018])['\u2019](?![\\w'\u2019])")
_ANY_MARK = re.compile("[\"'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb]")
"""Every character `_MARK` can match: a text without one has no quotation."""
_CLOSER = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", '"': '"', "\u2018": "\u2019", "'": "'"}
_SINGLE = frozenset("'\u2019")


@lru_cache(maxsize=1024)
def quotation_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every quotation in ``text``, its marks included, in order: English
    curly and straight double quotes, German „...“ and French «...»; a quotation still open at
    a paragraph's end runs to that end (news prints no closing mark before a quote goes on in
    the next paragraph). Apostrophes ("Biden's", "students'") are never quotation marks.
    Computed once per text: the rules ask it of the same article many times."""
    if not _ANY_MARK.search(text):  # most passages the rules ask about: no mark, nothing to walk
        return ()
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        opened, closer = -1, ""
        for m in _marks(text, para.start(), para.end()):
            mark = m.group()
            single = mark in "'\u2018\u2019"
            if opened < 0:
                if mark in _CLOSER and (m.group("open") or not single):  # a stray ” or » opens nothing
                    opened, closer = m.start(), _CLOSER[mark]
            elif (mark == closer or closer in _SINGLE and single) and not m.group("open"):
                spans.append((opened, m.end()))
                opened = -1
        if opened >= 0 and closer not in _SINGLE:  # an unclosed single mark may be an apostrophe
            spans.append((opened, para.end()))
    return tuple(spans)


def _marks(text: str, start: int, end: int) -> Iterator[re.Match]:
    """`_MARK`'s matches in ``text[start:end]``: tried only where `_ANY_MARK` finds a mark, since
    searching with `_MARK`'s lookarounds at every position costs four times more."""
    for candidate in _ANY_MARK.finditer(text, start, end):
        m = _MARK.match(text, candidate.start(), end)
        if m is not None:
            yield m


def in_quotation(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` lies inside a quotation (after its opening mark)."""
    spans = quotation_spans(text)
    k = bisect_right(spans, (at, len(text) + 1)) - 1
    return k >= 0 and spans[k][0] < at < spans[k][1]


@lru_cache(maxsize=1024)
def without_quotations(text: str) -> str:
    """``text`` with its quotations, marks included, blanked out (offsets kept). Kept for the
    last texts asked: the mentions and the speaker of each sentence both read it."""
    spans = quotation_spans(text)
    if not spans:
        return text
    parts, last = [], 0
    for a, b in spans:
        parts += [text[last:a], " " * (b - a)]
        last = b
    return "".join([*parts, text[last:]])
