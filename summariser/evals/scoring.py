"""Score one predicted summary against its hand-labelled one, at the levels the field uses.

Pure functions, no I/O. Each field is scored at levels of increasing strictness, in
the way event-extraction evaluation scores triggers (ACE/ERE: identification, then
classification, then arguments). At each level the items are aligned one-to-one
(Hungarian algorithm) over the pairs that pass the level's rule, maximising the number
of pairs first and their summed similarity second; unaligned predictions are false
positives, unaligned labels false negatives.

* actors ``identified``: best name/alias similarity (``rapidfuzz.fuzz.ratio`` on
  case-, accent- and punctuation-folded forms) >= ``ACTOR_THRESHOLD``; ``kind``: and
  the same kind.
* events ``identified``: the evidence spans agree, token F1 of their word tokens in the
  article >= ``SPAN_THRESHOLD`` (so a span much longer or shorter than the label fails;
  a whole sentence around a five-word clause does); ``classified``: and the same PLOVER
  kind; ``arguments``: and the same agents and targets, through the actor alignment.
* stances ``holder_polarity``: the holder maps to the label's holder through the actor
  alignment and the polarity is equal; ``holder_polarity_target``: and the target
  matches on its own words: the same actor through the alignment, or content-word F1
  >= ``TARGET_THRESHOLD`` between the target's words (an actor's name and aliases, or
  the phrase). The evidence never stands in for the target.

The headline level of each field (`HEADLINE`) is the strictest but arguments.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, utils
from rapidfuzz.distance import LCSseq

from summariser.evidence import Article, normalise
from summariser.schema import Actor, ArticleSummary, Event, Stance

FIELDS = ("actors", "events", "stances")
LEVELS: dict[str, tuple[str, ...]] = {
    "actors": ("identified", "kind"),
    "events": ("identified", "classified", "arguments"),
    "stances": ("holder_polarity", "holder_polarity_target"),
}
HEADLINE = {"actors": "identified", "events": "classified", "stances": "holder_polarity_target"}
"""The level each field is ranked on."""

STATUSES = ("matched", "wrong kind", "wrong agents", "wrong holder", "wrong target", "wrong polarity")
"""What an aligned pair gets right: everything, or all but its kind, agents, holder, target or polarity."""

ACTOR_THRESHOLD = 0.8
SPAN_THRESHOLD = 0.5
TARGET_THRESHOLD = 0.5
_UNMAPPED = "\0"  # prefix for predicted ids with no labelled counterpart: equals no label id
_TOKEN = re.compile(r"\w+")
_STOP = frozenset(
    "a an the of to for in on at by with from and or but its it his her their our your my this that these those "
    "is are was were be been being as into over about against any all some no not".split()
    + ["s"]  # what folding leaves of a possessive: "the court's ruling" is "court ruling"
)


def key(field_name: str, level: str) -> str:
    """The name of a field's level in scores and reports: ``events.classified``."""
    return f"{field_name}.{level}"


ALL_LEVELS = tuple(key(f, level) for f in FIELDS for level in LEVELS[f])


@dataclass
class LevelScore:
    """The alignment of one field at one level on one fixture.

    ``precision`` is ``tp / (tp + fp)``; with nothing predicted it is 1.0 when
    nothing was expected either (``fn == 0``), else 0.0. ``recall`` is
    ``tp / (tp + fn)``; with nothing expected it is 1.0 when nothing was
    predicted (``fp == 0``), else 0.0. So two empty lists score 1.0 everywhere.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    matched: list[tuple[int, int]] = field(default_factory=list)
    """(predicted index, expected index) of the true positives."""

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        """JSON-ready counts and pairs, plus precision, recall and f1 (ignored by ``from_dict``)."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "matched": [list(p) for p in self.matched],
                "precision": self.precision, "recall": self.recall, "f1": self.f1}

    @classmethod
    def from_dict(cls, d: dict) -> LevelScore:
        return cls(int(d["tp"]), int(d["fp"]), int(d["fn"]), [(int(p), int(g)) for p, g in d.get("matched", [])])


@dataclass
class FixtureScore:
    """Every score of one model on one fixture: each field at each level, and grounding."""

    levels: dict[str, LevelScore]
    """By `key` (``"events.classified"``), every level of `ALL_LEVELS`."""
    alignment: dict[str, list[tuple[int, int, str]]]
    """Per field, the loosest alignment for reports: (predicted, expected, status), where the
    status says what the pair gets right (`STATUSES`)."""
    grounding_rate: float | None
    grounded: int
    checked: int
    schema_valid: bool
    dropped: int
    summary_overlap: float

    def level(self, field_name: str, level: str) -> LevelScore:
        return self.levels[key(field_name, level)]

    def headline(self, field_name: str) -> LevelScore:
        return self.level(field_name, HEADLINE[field_name])

    def to_dict(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("levels", "alignment")}
        return d | {"levels": {name: score.to_dict() for name, score in self.levels.items()},
                    "alignment": {f: [list(pair) for pair in pairs] for f, pairs in self.alignment.items()}}

    @classmethod
    def from_dict(cls, d: dict) -> FixtureScore:
        names = {f.name for f in fields(cls)} - {"levels", "alignment"}
        levels = {name: LevelScore.from_dict(d["levels"][name]) for name in ALL_LEVELS}
        alignment = {f: [(int(p), int(g), str(st)) for p, g, st in d["alignment"][f]] for f in FIELDS}
        return cls(levels=levels, alignment=alignment, **{k: v for k, v in d.items() if k in names})


@lru_cache(maxsize=16)
def _article(text: str) -> Article:
    return Article(text)


@lru_cache(maxsize=4096)
def fold(s: str) -> str:
    """Lowercase, strip accents and punctuation, collapse whitespace: the form fuzzy matching sees."""
    decomposed = unicodedata.normalize("NFKD", normalise(s))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(utils.default_process(bare.casefold()).split())


def _assign(allowed: np.ndarray, sim: np.ndarray) -> list[tuple[int, int]]:
    """One-to-one pairs among the allowed ones: as many as possible, then the most similar."""
    if allowed.size == 0 or not allowed.any():
        return []
    if (allowed.sum(axis=0) <= 1).all() and (allowed.sum(axis=1) <= 1).all():
        # no row or column has two candidates: the allowed pairs are the only assignment, and
        # scipy (most of a second to import) is not needed; most fixtures of most models
        return sorted((int(r), int(c)) for r, c in zip(*np.nonzero(allowed), strict=True))
    from scipy.optimize import linear_sum_assignment

    bonus = min(allowed.shape) + 1  # exceeds any sum of similarities in [0, 1]
    weight = np.where(allowed, bonus + sim, 0.0)
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return sorted((int(r), int(c)) for r, c in zip(rows, cols) if weight[r, c] > 0)


def _level(allowed: np.ndarray, sim: np.ndarray) -> LevelScore:
    n_pred, n_gold = allowed.shape
    pairs = _assign(allowed, sim)
    return LevelScore(tp=len(pairs), fp=n_pred - len(pairs), fn=n_gold - len(pairs), matched=pairs)


def _matrix(pred: list, gold: list, value: Callable) -> np.ndarray:
    return np.array([[value(p, g) for g in gold] for p in pred], dtype=float).reshape(len(pred), len(gold))


# -- actors --------------------------------------------------------------------------------


def actor_similarity(a: Actor, b: Actor) -> float:
    """Best name/alias similarity of two actors in [0, 1]; equal ids give 1.0."""
    if a.id == b.id:
        return 1.0
    names_a, names_b = [fold(x) for x in (a.name, *a.aliases)], [fold(y) for y in (b.name, *b.aliases)]
    return max((fuzz.ratio(x, y) / 100 for x in names_a for y in names_b if x and y), default=0.0)


def _aligned(base: LevelScore, statuses: Callable[[int, int], str]) -> list[tuple[int, int, str]]:
    return [(p, g, statuses(p, g)) for p, g in base.matched]


def score_actors(pred: list[Actor], gold: list[Actor]) -> tuple[dict[str, LevelScore], list]:
    """Actors ``identified`` (name/alias similarity) and with the same ``kind``; and their alignment."""
    sim = _matrix(pred, gold, actor_similarity)
    same_kind = _matrix(pred, gold, lambda p, g: p.kind == g.kind) > 0
    identified = sim >= ACTOR_THRESHOLD
    levels = {"identified": _level(identified, sim), "kind": _level(identified & same_kind, sim)}
    return levels, _aligned(levels["identified"], lambda p, g: "matched" if same_kind[p, g] else "wrong kind")


def actor_map(identified: LevelScore, pred: list[Actor], gold: list[Actor]) -> dict[str, str]:
    """Predicted actor id -> expected actor id, from the identified actors' alignment."""
    out: dict[str, str] = {}
    for p, g in identified.matched:
        out.setdefault(pred[p].id, gold[g].id)
    return out


def _mapped(ids: list[str], mapping: dict[str, str]) -> set[str]:
    return {mapping.get(i, _UNMAPPED + i) for i in ids}


# -- events ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tokens:
    """Where each word token of an article starts and ends."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    @lru_cache(maxsize=16)
    def of(cls, text: str) -> _Tokens:
        spans = [m.span() for m in _TOKEN.finditer(text)]
        return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans))

    def range(self, start: int, end: int) -> tuple[int, int]:
        """[first, last) indexes of the tokens that a character span touches."""
        return bisect_right(self.ends, start), bisect_left(self.starts, end)


def span_f1(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float:
    """Token F1 of two token ranges (Dice coefficient); 0 when either is missing or empty."""
    if a is None or b is None or a[1] <= a[0] or b[1] <= b[0]:
        return 0.0
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return 2 * shared / ((a[1] - a[0]) + (b[1] - b[0]))


def _token_ranges(text: str, items: list) -> list[tuple[int, int] | None]:
    article, tokens = _article(text), _Tokens.of(text)
    return [tokens.range(sp.start, sp.end) if (sp := article.find(x.evidence)) else None for x in items]


def score_events(pred: list[Event], gold: list[Event], text: str,
                 mapping: dict[str, str]) -> tuple[dict[str, LevelScore], list]:
    """Events ``identified`` (span token F1), ``classified`` (and kind), ``arguments`` (and agents,
    targets); and their alignment."""
    pred_spans, gold_spans = _token_ranges(text, pred), _token_ranges(text, gold)
    sim = np.array([[span_f1(p, g) for g in gold_spans] for p in pred_spans], dtype=float).reshape(len(pred), len(gold))
    identified = sim >= SPAN_THRESHOLD
    classified = identified & (_matrix(pred, gold, lambda p, g: p.kind == g.kind) > 0)

    def same_arguments(p: Event, g: Event) -> bool:
        return _mapped(p.agents, mapping) == set(g.agents) and _mapped(p.targets, mapping) == set(g.targets)

    same_args = _matrix(pred, gold, same_arguments) > 0
    levels = {"identified": _level(identified, sim), "classified": _level(classified, sim),
              "arguments": _level(classified & same_args, sim)}

    def status(p: int, g: int) -> str:
        return "wrong kind" if not classified[p, g] else "matched" if same_args[p, g] else "wrong agents"

    return levels, _aligned(levels["identified"], status)


# -- stances ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def content_words(phrase: str) -> frozenset[str]:
    """The words of a phrase that carry its meaning: folded, no function words, plurals as singular."""
    words = [w for w in fold(phrase).split() if w not in _STOP]
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def words_f1(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _target_forms(target: str, actors: dict[str, Actor]) -> list[frozenset[str]]:
    """The words a target is judged on: an actor's name and aliases, or the phrase itself."""
    actor = actors.get(target)
    names = (actor.name, *actor.aliases) if actor is not None else (target,)
    return [w for w in map(content_words, names) if w]


def _target_match(p: Stance, g: Stance, mapping: dict[str, str], pred_actors: dict, gold_actors: dict) -> float:
    """1.0 when the predicted target is the labelled actor, else the best content-word F1 of their words."""
    if p.target in pred_actors and mapping.get(p.target) == g.target:
        return 1.0
    forms_p, forms_g = _target_forms(p.target, pred_actors), _target_forms(g.target, gold_actors)
    return max((words_f1(a, b) for a in forms_p for b in forms_g), default=0.0)


def score_stances(pred: list[Stance], gold: list[Stance], mapping: dict[str, str], pred_actors: list[Actor],
                  gold_actors: list[Actor], text: str) -> tuple[dict[str, LevelScore], list]:
    """Stances by ``holder_polarity``, then ``holder_polarity_target`` (the target on its own
    words); and their alignment for reports: the same holder with the polarity or the target
    right, or else the same evidence, polarity and target (the holder wrong)."""
    by_id_p, by_id_g = {a.id: a for a in pred_actors}, {a.id: a for a in gold_actors}
    holder = _matrix(pred, gold, lambda p, g: mapping.get(p.holder) == g.holder) > 0
    polarity = _matrix(pred, gold, lambda p, g: p.polarity == g.polarity) > 0
    words = _matrix(pred, gold, lambda p, g: _target_match(p, g, mapping, by_id_p, by_id_g))
    target = words >= TARGET_THRESHOLD
    pred_spans, gold_spans = _token_ranges(text, pred), _token_ranges(text, gold)
    evidence = np.array([[span_f1(p, g) for g in gold_spans] for p in pred_spans], dtype=float).reshape(words.shape)
    sim = (words + evidence) / 2  # ties: the closest target and evidence
    levels = {"holder_polarity": _level(holder & polarity, sim),
              "holder_polarity_target": _level(holder & polarity & target, sim)}
    misattributed = ~holder & polarity & target & (evidence >= SPAN_THRESHOLD)
    loose = _level(holder & (polarity | target) | misattributed, sim + polarity + target + holder)  # most right first

    def status(p: int, g: int) -> str:
        if not holder[p, g]:
            return "wrong holder"
        return "matched" if polarity[p, g] and target[p, g] else "wrong target" if polarity[p, g] else "wrong polarity"

    return levels, _aligned(loose, status)


# -- the whole summary -----------------------------------------------------------------------


def grounding_counts(predicted: ArticleSummary, text: str) -> tuple[int, int]:
    """(grounded, checked) over every actor, event and stance the model produced.

    Rejected items count too. A rejection whose reason starts with ``kept`` is
    skipped: that item is also in the summary (minus its bad values), so it is
    counted there already.
    """
    article = _article(text)
    checks = [article.mentions(a.name) for a in predicted.actors]
    checks += [article.find(x.evidence) is not None for x in (*predicted.events, *predicted.stances)]
    for rejection in predicted.rejected:
        if rejection.reason.startswith("kept"):
            continue
        name = "name" if rejection.field == "actors" else "evidence"
        value = rejection.item.get(name)
        ok = article.mentions if name == "name" else (lambda v: article.find(v) is not None)
        checks.append(isinstance(value, str) and ok(value))
    return sum(checks), len(checks)


def _words(s: ArticleSummary) -> list[str]:
    return re.findall(r"\w+", f"{s.headline} {s.summary}".lower())


def rouge_l(pred: list[str], gold: list[str]) -> float:
    """ROUGE-L F1 of two token lists (1.0 when both are empty)."""
    if not pred or not gold:
        return float(pred == gold)
    lcs = LCSseq.similarity(pred, gold)  # longest common subsequence, in C++
    return 2 * lcs / (len(pred) + len(gold))


def _failed(expected: ArticleSummary) -> FixtureScore:
    levels = {key(f, level): LevelScore(fn=len(getattr(expected, f))) for f in FIELDS for level in LEVELS[f]}
    return FixtureScore(levels=levels, alignment={f: [] for f in FIELDS}, grounding_rate=None, grounded=0, checked=0, schema_valid=False, dropped=0,
                        summary_overlap=0.0)


def score_fixture(predicted: ArticleSummary | None, expected: ArticleSummary, text: str) -> FixtureScore:
    """Score a model's summary of ``text`` against the expected one.

    Args:
        predicted: the model's summary, or None when it gave no valid summary.
        expected: the hand-labelled summary.
        text: the article text both were made from.
    """
    if predicted is None:
        return _failed(expected)
    actors, actor_pairs = score_actors(predicted.actors, expected.actors)
    mapping = actor_map(actors["identified"], predicted.actors, expected.actors)
    events, event_pairs = score_events(predicted.events, expected.events, text, mapping)
    stances, stance_pairs = score_stances(predicted.stances, expected.stances, mapping, predicted.actors,
                                          expected.actors, text)
    levels = {key(f, level): score for f, found in (("actors", actors), ("events", events), ("stances", stances))
              for level, score in found.items()}
    grounded, checked = grounding_counts(predicted, text)
    return FixtureScore(
        levels=levels,
        alignment={"actors": actor_pairs, "events": event_pairs, "stances": stance_pairs},
        grounding_rate=grounded / checked if checked else None,
        grounded=grounded,
        checked=checked,
        schema_valid=True,
        dropped=len(predicted.rejected),
        summary_overlap=rouge_l(_words(predicted), _words(expected)),
    )

