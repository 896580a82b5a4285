"""What the article itself offers as answers: its sentences and the names it mentions.

Grounded extraction restricts the model to these candidates, so a value that is
not in the article cannot be produced. Page furniture (sign-up notices, teaser
links, share prompts) is left out of the candidates.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SENTENCE = re.compile(r"[^\n.!?]*(?:[.!?]+[\"'\u201d\u2019)]*|\n|$)")
_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_CONNECTORS = {"of", "the", "for", "and", "de", "la", "del", "der", "von", "van", "bin", "al", "du", "des", "y"}
_FURNITURE = re.compile(
    r"^\W*(read more|related|sign up|subscribe|newsletter|advertisement|share this|follow us|"
    r"most read|you may also like|we use cookies|accept all|click here|watch:|listen:|"
    r"more on this story|recommended|copyright|all rights reserved|image caption|photo:)",
    re.I,
)
_NOT_NAMES = {
    *"The A An In On At By For From To With As But And Or If When While After Before He She It They We I You "
    "His Her Its Their Our This That These Those There Here What Who Why How Mr Mrs Ms Dr Sir "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Reuters AP AFP Read Sign Subscribe Advertisement Related Share Follow Photo Image Copyright".split(),
}


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article: ``article[start:end] == text``."""

    text: str
    start: int
    end: int


def is_furniture(line: str) -> bool:
    """Whether a sentence or line is page furniture rather than the article's content."""
    stripped = line.strip()
    if _FURNITURE.match(stripped):
        return True
    words = stripped.split()
    # short lines without a verb-ending full stop are headlines of teasers, captions, menus
    return len(words) <= 12 and not stripped.endswith((".", '"', "\u201d", ":", "?", "!")) and "\n" not in stripped


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def sentences(text: str, *, keep_furniture: bool = False, max_chars: int = 400) -> list[Sentence]:
    """The article's sentences with offsets, without furniture lines, cut to ``max_chars``."""
    out: list[Sentence] = []
    for a, b in _lines(text):
        line = text[a:b]
        if not line.strip() or (not keep_furniture and is_furniture(line)):
            continue
        for m in _SENTENCE.finditer(line):
            raw = m.group(0)
            s = a + m.start() + (len(raw) - len(raw.lstrip()))
            e = a + m.start() + len(raw.rstrip())
            if e - s >= 12 and any(c.isalpha() for c in text[s:e]):
                out.append(Sentence(text[s:min(e, s + max_chars)], s, min(e, s + max_chars)))
    return out


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word not in _NOT_NAMES


def _runs(sentence: str) -> list[str]:
    words = list(_WORD.finditer(sentence))
    runs, current = [], []
    for i, m in enumerate(words):
        w = m.group(0)
        adjacent = current and sentence[current[-1].end() : m.start()].strip() == ""
        if _capitalised(w) and (adjacent or not current):
            current.append(m)
        elif current and w.lower() in _CONNECTORS and adjacent and i + 1 < len(words) and _capitalised(words[i + 1].group(0)):
            current.append(m)
        else:
            runs.append(current)
            current = [m] if _capitalised(w) else []
    runs.append(current)
    return [sentence[r[0].start() : r[-1].end()] for r in runs if r]


_TITLES = {
    *"President Minister Chancellor King Queen General Judge Senator Governor Mayor Secretary Ambassador "
    "Pope Prince Premier Colonel Lieutenant Commissioner Spokesman Spokeswoman Sheikh Emir Director Chairman "
    "Chairwoman Chair Justice Prosecutor Leader Commander Secretary-General President-elect".split()
}


def _clean_name(name: str) -> str:
    """Drop a possessive, a leading title ("Russian President Vladimir Putin" -> "Vladimir Putin")."""
    name = re.sub(r"['\u2019]s$", "", name).strip(" -'\u2019")
    words = name.split()
    titled = [i for i, w in enumerate(words[:-1]) if w in _TITLES]
    if titled:
        words = words[titled[-1] + 1 :]
    if words and (words[0].endswith(("-led", "-based", "-backed")) or (words[0].isupper() and len(words) == 1 and len(words[0]) > 5)):
        return ""
    return " ".join(words)


def names(text: str, limit: int = 40) -> list[str]:
    """Candidate names: runs of capitalised words, most frequent first, longest form kept."""
    counts: dict[str, int] = {}
    for sentence in sentences(text):
        for run in _runs(sentence.text):
            name = _clean_name(run)
            if len(name) >= 2 and not name.endswith(("-led", "-based", "-backed")):
                counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts, key=lambda n: (-counts[n], -len(n)))
    return ranked[:limit]


def slug(name: str) -> str:
    """A lowercase id for a name: `Wang Yi` -> `wang-yi`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "actor"
