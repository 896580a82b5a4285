"""Find evidence in an article: text normalised for matching, with offsets back into the original.

Matching forgives only differences in whitespace and in quote and dash
characters (the contract's rule); case and everything else must match. Actor
names and aliases are looked up the same way but case-insensitively, since the
contract does not call them verbatim.

Imports only the standard library (the contract's `Span` when `Article.find` makes
one): the rules and a rules-only command find their evidence here without pydantic.
`summariser.grounding` enforces the contract on top of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summariser.schema import Span

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

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised slice ``[start:end]``."""
        return self.offsets[start], self.offsets[end - 1] + 1

    def span(self, start: int, end: int) -> Span:
        """Original offsets of the normalised slice ``[start:end]``, as the contract's `Span`."""
        from summariser.schema import Span

        start, end = self.bounds(start, end)
        return Span(start=start, end=end)


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
        at = self._at(evidence, after)
        return None if at is None else self._norm.span(*at)

    def locate(self, evidence: str, after: int = 0) -> tuple[int, int] | None:
        """`find`'s offsets as ``(start, end)``, without the contract's model."""
        at = self._at(evidence, after)
        return None if at is None else self._norm.bounds(*at)

    def _at(self, evidence: str, after: int) -> tuple[int, int] | None:
        needle = normalise(evidence)
        if not needle:
            return None
        start = bisect_left(self._norm.offsets, after, hi=len(self._norm.text))
        at = self._norm.text.find(needle, start)
        if at < 0:
            at = self._norm.text.find(needle)
        if at < 0:
            return None
        return at, at + len(needle)

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


HEADLINE_MAX = 120


def clip_headline(headline: str) -> str:
    """The contract's one line of at most 120 characters, cut at a word boundary."""
    line = " ".join(headline.split())
    if len(line) <= HEADLINE_MAX:
        return line
    return line[: HEADLINE_MAX - 3].rsplit(" ", 1)[0].rstrip(" ,;:") + "..."
