"""Score one predicted summary against its hand-labelled one: pure functions, no I/O.

Each field is aligned one-to-one (Hungarian algorithm) over the pairs that pass
its rule, maximising first the number of pairs, then their summed similarity.
Unassigned predicted items are false positives, unassigned expected ones false
negatives. Rules (thresholds are module constants):

* actors: similarity >= ``ACTOR_THRESHOLD`` (0.8), where similarity is the best
  ``rapidfuzz.fuzz.ratio`` over (name + aliases) x (name + aliases), compared
  case-, accent- and punctuation-insensitively; equal ids count as 1.0.
* events: ``0.5 * evidence overlap + 0.25 * description + 0.25 * agents``
  >= ``EVENT_THRESHOLD`` (0.4), and either the evidence spans overlap in the
  text, or the description similarity is >= ``STRONG_DESCRIPTION`` (0.8) with
  the same non-empty agents. Evidence overlap is shared characters over the
  shorter span; description similarity is ``token_sort_ratio``; agents is the
  Jaccard index of agent ids, predicted ids mapped through the actor alignment.
* stances: the holder maps to the expected holder, and the target matches: the
  predicted target maps to the expected actor id, or both are phrases with
  ``token_set_ratio`` >= ``TARGET_THRESHOLD`` (0.8), or (unless both are actor
  ids) the evidence spans overlap by >= ``STANCE_EVIDENCE_OVERLAP`` (0.5).
  A pair is a true positive only when the polarity is equal too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, utils
from rapidfuzz.distance import LCSseq
from scipy.optimize import linear_sum_assignment

from summariser.grounding import Article, looks_like_id, normalise
from summariser.schema import Actor, ArticleSummary, Event, Stance

ACTOR_THRESHOLD = 0.8
EVENT_THRESHOLD = 0.4
EVENT_WEIGHTS = (0.5, 0.25, 0.25)  # evidence overlap, description, agents
STRONG_DESCRIPTION = 0.8
TARGET_THRESHOLD = 0.8
STANCE_EVIDENCE_OVERLAP = 0.5
_UNMAPPED = "\0"  # prefix for predicted ids with no expected counterpart: equals no gold id


@dataclass
class FieldScore:
    """The alignment of one field (actors, events or stances) on one fixture.

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
    missed: list[int] = field(default_factory=list)
    invented: list[int] = field(default_factory=list)
    attr_correct: dict[str, int] = field(default_factory=dict)
    attr_total: dict[str, int] = field(default_factory=dict)
    mismatched: list[tuple[int, int]] = field(default_factory=list)
    """Pairs aligned but not true positives (stances whose polarity differs); in fp and fn."""

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
        """JSON-ready fields, plus precision, recall and f1 (ignored by ``from_dict``)."""
        d = {f.name: getattr(self, f.name) for f in fields(self)}  # not `asdict`: its deep copy is slow
        d |= {k: [list(p) for p in d[k]] for k in ("matched", "mismatched")}
        d |= {k: list(d[k]) for k in ("missed", "invented")} | {k: dict(d[k]) for k in ("attr_correct", "attr_total")}
        return d | {"precision": self.precision, "recall": self.recall, "f1": self.f1}

    @classmethod
    def from_dict(cls, d: dict) -> FieldScore:
        pairs = {k: [(int(p), int(g)) for p, g in d.get(k, [])] for k in ("matched", "mismatched")}
        return cls(**_known(cls, d) | pairs)


@dataclass
class FixtureScore:
    """Every score of one model on one fixture."""

    actors: FieldScore
    events: FieldScore
    stances: FieldScore
    grounding_rate: float | None
    grounded: int
    checked: int
    schema_valid: bool
    dropped: int
    summary_overlap: float

    def to_dict(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        return d | {k: getattr(self, k).to_dict() for k in ("actors", "events", "stances")}

    @classmethod
    def from_dict(cls, d: dict) -> FixtureScore:
        return cls(**_known(cls, d) | {k: FieldScore.from_dict(d[k]) for k in ("actors", "events", "stances")})


def _known(cls, d: dict) -> dict:
    """The items of ``d`` that are fields of dataclass ``cls`` (drops computed ones)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in d.items() if k in names}


@lru_cache(maxsize=16)
def _article(text: str) -> Article:
    return Article(text)


@lru_cache(maxsize=4096)
def fold(s: str) -> str:
    """Lowercase, strip accents and punctuation, collapse whitespace: the form fuzzy matching sees."""
    decomposed = unicodedata.normalize("NFKD", normalise(s))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(utils.default_process(bare.casefold()).split())


def _assign(weight: np.ndarray) -> list[tuple[int, int]]:
    """One-to-one pairs maximising the total weight; a weight of 0 forbids a pair."""
    if weight.size == 0 or not weight.any():
        return []
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return sorted((int(r), int(c)) for r, c in zip(rows, cols) if weight[r, c] > 0)


def _weights(allowed: np.ndarray, sim: np.ndarray) -> np.ndarray:
    """Weights that rank assignments by pair count first, then by summed similarity."""
    count_bonus = min(allowed.shape) + 1  # exceeds any sum of similarities in [0, 1]
    return np.where(allowed, count_bonus + sim, 0.0)


def _tally(pairs, n_pred: int, n_gold: int, checks: dict) -> FieldScore:
    used_p, used_g = {p for p, _ in pairs}, {g for _, g in pairs}
    return FieldScore(
        tp=len(pairs),
        fp=n_pred - len(pairs),
        fn=n_gold - len(pairs),
        matched=list(pairs),
        missed=[g for g in range(n_gold) if g not in used_g],
        invented=[p for p in range(n_pred) if p not in used_p],
        attr_correct={k: sum(bool(ok(p, g)) for p, g in pairs) for k, ok in checks.items()},
        attr_total={k: len(pairs) for k in checks},
    )


def actor_similarity(a: Actor, b: Actor) -> float:
    """Best name/alias similarity of two actors in [0, 1]; equal ids give 1.0."""
    if a.id == b.id:
        return 1.0
    names_a, names_b = [fold(x) for x in (a.name, *a.aliases)], [fold(y) for y in (b.name, *b.aliases)]
    return max((fuzz.ratio(x, y) / 100 for x in names_a for y in names_b if x and y), default=0.0)


def align_actors(pred: list[Actor], gold: list[Actor]) -> FieldScore:
    """Align actors one-to-one on name/alias similarity; attr ``kind`` over matched pairs."""
    sim = np.array([[actor_similarity(p, g) for g in gold] for p in pred]).reshape(len(pred), len(gold))
    pairs = _assign(_weights(sim >= ACTOR_THRESHOLD, sim))
    return _tally(pairs, len(pred), len(gold), {"kind": lambda p, g: pred[p].kind == gold[g].kind})


def actor_map(score: FieldScore, pred: list[Actor], gold: list[Actor]) -> dict[str, str]:
    """Predicted actor id -> expected actor id, from an actor alignment."""
    out: dict[str, str] = {}
    for p, g in score.matched:
        out.setdefault(pred[p].id, gold[g].id)
    return out


def _mapped(ids: list[str], mapping: dict[str, str]) -> set[str]:
    return {mapping.get(i, _UNMAPPED + i) for i in ids}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _spans(text: str, items: list) -> list[tuple[int, int] | None]:
    article = _article(text)
    return [(sp.start, sp.end) if (sp := article.find(x.evidence)) and sp.end > sp.start else None for x in items]


def span_overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float:
    """Characters two spans share over the length of the shorter one; 0 if either is missing."""
    if a is None or b is None:
        return 0.0
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(shared, 0) / min(a[1] - a[0], b[1] - b[0])


def _pairwise(pred: list, gold: list, text: str, pair, k: int) -> np.ndarray:
    """``pair(p, g, evidence overlap)`` for every (predicted, expected) pair: shape (n, m, k)."""
    pred_spans, gold_spans = _spans(text, pred), _spans(text, gold)
    rows = [[pair(p, g, span_overlap(sp, sg)) for g, sg in zip(gold, gold_spans)] for p, sp in zip(pred, pred_spans)]
    return np.array(rows, dtype=float).reshape(len(pred), len(gold), k)


def _event_pair(p: Event, g: Event, overlap: float, mapping: dict[str, str]) -> tuple[bool, float]:
    description = fuzz.token_sort_ratio(fold(p.description), fold(g.description)) / 100
    agents_p, agents_g = _mapped(p.agents, mapping), set(g.agents)
    sim = float(np.dot(EVENT_WEIGHTS, (overlap, description, _jaccard(agents_p, agents_g))))
    strong = description >= STRONG_DESCRIPTION and bool(agents_g) and agents_p == agents_g
    return (overlap > 0 or strong) and sim >= EVENT_THRESHOLD, sim


def align_events(pred: list[Event], gold: list[Event], text: str, actor_map: dict[str, str]) -> FieldScore:
    """Align events on evidence overlap, description and agents; attrs kind, agents, targets."""
    pairs = _pairwise(pred, gold, text, lambda p, g, overlap: _event_pair(p, g, overlap, actor_map), 2)
    checks = {
        "kind": lambda i, j: pred[i].kind == gold[j].kind,
        "agents": lambda i, j: _mapped(pred[i].agents, actor_map) == set(gold[j].agents),
        "targets": lambda i, j: _mapped(pred[i].targets, actor_map) == set(gold[j].targets),
    }
    return _tally(_assign(_weights(pairs[..., 0] > 0, pairs[..., 1])), len(pred), len(gold), checks)


def _target_match(p: Stance, g: Stance, overlap: float, mapping: dict[str, str]) -> bool:
    if mapping.get(p.target) == g.target:
        return True
    p_id, g_id = looks_like_id(p.target), looks_like_id(g.target)
    if not p_id and not g_id:
        if fuzz.token_set_ratio(fold(p.target), fold(g.target)) / 100 >= TARGET_THRESHOLD:
            return True
    return not (p_id and g_id) and overlap >= STANCE_EVIDENCE_OVERLAP


def _stance_pair(p: Stance, g: Stance, overlap: float, mapping: dict[str, str]) -> tuple[bool, bool, float]:
    aligned = mapping.get(p.holder) == g.holder and _target_match(p, g, overlap, mapping)
    return aligned, p.polarity == g.polarity, overlap


def align_stances(pred: list[Stance], gold: list[Stance], actor_map: dict[str, str], text: str) -> FieldScore:
    """Align stances on (holder, target); true positives need equal polarity too.

    ``attr_correct["polarity"]`` / ``attr_total["polarity"]`` is the polarity
    accuracy over the pairs aligned on (holder, target); aligned pairs with a
    different polarity are listed in ``mismatched`` and count as fp and fn.
    """
    pairs = _pairwise(pred, gold, text, lambda p, g, overlap: _stance_pair(p, g, overlap, actor_map), 3)
    allowed, same = pairs[..., 0] > 0, pairs[..., 1] > 0
    base = _weights(allowed, pairs[..., 2])
    # Equal polarity outranks everything else, so the assignment maximises true positives.
    polarity_bonus = (min(allowed.shape) + 1) * (base.max(initial=0) + 1)
    aligned = _assign(base + np.where(allowed & same, polarity_bonus, 0.0))
    hits = [(i, j) for i, j in aligned if same[i, j]]
    score = _tally(hits, len(pred), len(gold), {})
    score.mismatched = [(i, j) for i, j in aligned if not same[i, j]]
    score.attr_correct, score.attr_total = {"polarity": len(hits)}, {"polarity": len(aligned)}
    return score


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
        key = "name" if rejection.field == "actors" else "evidence"
        value = rejection.item.get(key)
        ok = article.mentions if key == "name" else (lambda v: article.find(v) is not None)
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
    def all_missed(field: str, attrs: tuple[str, ...]) -> FieldScore:
        return _tally([], 0, len(getattr(expected, field)), dict.fromkeys(attrs))

    return FixtureScore(
        actors=all_missed("actors", ("kind",)),
        events=all_missed("events", ("kind", "agents", "targets")),
        stances=all_missed("stances", ("polarity",)),
        grounding_rate=None, grounded=0, checked=0,
        schema_valid=False, dropped=0, summary_overlap=0.0,
    )


def score_fixture(predicted: ArticleSummary | None, expected: ArticleSummary, text: str) -> FixtureScore:
    """Score a model's summary of ``text`` against the expected one.

    Args:
        predicted: the model's summary, or None when it gave no valid summary.
        expected: the hand-labelled summary.
        text: the article text both were made from.
    """
    if predicted is None:
        return _failed(expected)
    actors = align_actors(predicted.actors, expected.actors)
    mapping = actor_map(actors, predicted.actors, expected.actors)
    grounded, checked = grounding_counts(predicted, text)
    return FixtureScore(
        actors=actors,
        events=align_events(predicted.events, expected.events, text, mapping),
        stances=align_stances(predicted.stances, expected.stances, mapping, text),
        grounding_rate=grounded / checked if checked else None,
        grounded=grounded,
        checked=checked,
        schema_valid=True,
        dropped=len(predicted.rejected),
        summary_overlap=rouge_l(_words(predicted), _words(expected)),
    )
