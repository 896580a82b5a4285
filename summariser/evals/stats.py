"""Aggregate fixture scores and put bootstrap confidence intervals on them.

Fixtures are the unit of resampling: a bootstrap draws fixtures with
replacement and recomputes the metric on each draw. Metrics built here
(``micro_f1`` and friends) are ratios of per-fixture sums, so a whole bootstrap
is one fancy-indexing sum over a (resamples x fixtures) index matrix. Any other
callable over a list of ``FixtureScore`` also works, through a slower loop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from summariser.evals.scoring import FIELDS, LEVELS, FixtureScore, key


def _safe_ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def prf(tp, fp, fn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall, F1 from counts (arrays), with ``FieldScore``'s conventions for 0/0."""
    tp, fp, fn = (np.asarray(x, dtype=float) for x in (tp, fp, fn))
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(tp + fp > 0, tp / (tp + fp), np.where(fn == 0, 1.0, 0.0))
        r = np.where(tp + fn > 0, tp / (tp + fn), np.where(fp == 0, 1.0, 0.0))
        f = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
    return p, r, f


@dataclass(frozen=True)
class Metric:
    """A metric computed from per-fixture columns summed over the fixtures.

    Attributes:
        name: for reports.
        columns: the numbers one fixture contributes, e.g. (tp, fp, fn).
        combine: summed columns, shape (..., k) -> metric values, shape (...).
        width: k, the number of columns.
    """

    name: str
    columns: Callable[[FixtureScore], Sequence[float]]
    combine: Callable[[np.ndarray], np.ndarray]
    width: int = 2

    def matrix(self, scores: Sequence[FixtureScore]) -> np.ndarray:
        """One row of columns per fixture."""
        rows = [tuple(self.columns(s)) for s in scores]
        return np.array(rows, dtype=float).reshape(len(scores), self.width)

    def __call__(self, scores: Sequence[FixtureScore]) -> float:
        return float(self.combine(self.matrix(scores).sum(axis=0)))

    def resampled(self, scores: Sequence[FixtureScore], index: np.ndarray) -> np.ndarray:
        """The metric on each row of fixture indexes, shape (n_resamples,)."""
        return self.combine(self.matrix(scores)[index].sum(axis=1))


def _counts(s: FixtureScore, level: str) -> tuple[int, int, int]:
    found = s.levels[level]
    return found.tp, found.fp, found.fn


def micro_f1(level: str) -> Metric:
    """F1 of a level (``"events.classified"``) from tp/fp/fn summed over the fixtures."""
    return Metric(f"{level}.f1", lambda s: _counts(s, level), lambda c: prf(c[..., 0], c[..., 1], c[..., 2])[2],
                  width=3)


def macro_f1(level: str) -> Metric:
    """Mean over fixtures of each fixture's F1 at a level."""
    return Metric(f"{level}.macro_f1", lambda s: (s.levels[level].f1, 1), lambda c: _safe_ratio(c[..., 0], c[..., 1]))


def grounding_rate() -> Metric:
    """Grounded over checked items, pooled over fixtures (NaN if nothing was checked)."""
    return Metric("grounding_rate", lambda s: (s.grounded, s.checked), lambda c: _safe_ratio(c[..., 0], c[..., 1]))


def mean_of(name: str, value: Callable[[FixtureScore], float]) -> Metric:
    """Mean over fixtures of a per-fixture number."""
    return Metric(name, lambda s: (value(s), 1), lambda c: _safe_ratio(c[..., 0], c[..., 1]))


@lru_cache(maxsize=64)
def _index(n: int, n_resamples: int, seed: int) -> np.ndarray:
    """The resamples' fixture indexes: the same for every level, group and model of a report
    (the draws depend only on these three), so they are drawn once. Read-only, being shared."""
    index = np.random.default_rng(seed).integers(0, n, size=(n_resamples, n))
    index.flags.writeable = False
    return index


def _resampled(scores: Sequence[FixtureScore], metric: Callable, index: np.ndarray) -> np.ndarray:
    if isinstance(metric, Metric):
        return metric.resampled(scores, index)
    return np.array([metric([scores[i] for i in row]) for row in index], dtype=float)


def bootstrap_ci(
    scores: list[FixtureScore],
    metric: Callable[[list[FixtureScore]], float],
    n_resamples: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> tuple[float, float]:
    """Percentile bootstrap interval of ``metric`` over fixtures; (nan, nan) without scores.

    Resamples where the metric is undefined (NaN) are left out.
    """
    if not scores:
        return (float("nan"), float("nan"))
    values = _resampled(scores, metric, _index(len(scores), n_resamples, seed))
    if np.isnan(values).all():
        return (float("nan"), float("nan"))
    tail = (1 - level) / 2 * 100
    lo, hi = np.nanpercentile(values, [tail, 100 - tail])
    return (float(lo), float(hi))


def paired_bootstrap(
    a: list[FixtureScore],
    b: list[FixtureScore],
    metric: Callable[[list[FixtureScore]], float],
    n_resamples: int = 2000,
    seed: int = 0,
    level: float = 0.95,
) -> dict:
    """Compare two models scored on the same fixtures in the same order.

    Both lists are resampled with the same fixture indexes. With ``delta`` =
    metric(b) - metric(a) on the full set and ``d*`` the delta on each
    resample, the two-sided p-value is::

        p = min(1, 2 * (k + 1) / (n_resamples + 1))

    where ``k`` counts the resamples whose ``d*`` is on the other side of zero
    from ``delta`` or at zero (``d* <= 0`` when delta > 0, ``d* >= 0`` when
    delta < 0). When ``delta`` is 0 the p-value is 1.0. The +1 keeps it from
    being reported as exactly 0.

    Returns:
        {"a", "b": the metric of each model, "delta", "ci": [lo, hi] of d*
        (percentile, ``level``), "p_value", "n_resamples"}.
    """
    if len(a) != len(b):
        raise ValueError(f"paired scores must cover the same fixtures: {len(a)} != {len(b)}")
    value_a, value_b = metric(a), metric(b)
    delta = value_b - value_a
    index = _index(len(a), n_resamples, seed)
    deltas = _resampled(b, metric, index) - _resampled(a, metric, index)
    deltas = deltas[~np.isnan(deltas)]
    tail = (1 - level) / 2 * 100
    ci = [float(x) for x in np.percentile(deltas, [tail, 100 - tail])] if deltas.size else [np.nan] * 2
    if delta == 0 or not deltas.size:
        p_value = 1.0
    else:
        flips = int(np.sum(deltas <= 0) if delta > 0 else np.sum(deltas >= 0))
        p_value = min(1.0, 2 * (flips + 1) / (deltas.size + 1))
    return {"a": value_a, "b": value_b, "delta": delta, "ci": ci, "p_value": p_value, "n_resamples": n_resamples}


def _nan_to_none(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


@lru_cache(maxsize=64)
def _draws(n: int, n_resamples: int, seed: int) -> np.ndarray:
    """How often each resample of `_index` draws each fixture, shape (n_resamples, n): summing a
    column over a resample is then one product. Read-only, being shared."""
    index = _index(n, n_resamples, seed)
    offsets = index + np.arange(n_resamples)[:, None] * n
    draws = np.bincount(offsets.ravel(), minlength=n_resamples * n).reshape(n_resamples, n).astype(float)
    draws.flags.writeable = False
    return draws


def _level_counts(scores: Sequence[FixtureScore], levels: Sequence[str]) -> np.ndarray:
    """tp, fp, fn of each fixture at each level, shape (fixtures, levels, 3)."""
    return np.array([[_counts(s, name) for name in levels] for s in scores], dtype=float).reshape(
        len(scores), len(levels), 3)


def f1_intervals(scores: list[FixtureScore], levels: Sequence[str], n_resamples: int = 1000, seed: int = 0,
                 level: float = 0.95, counts: np.ndarray | None = None) -> dict[str, tuple[float, float]]:
    """`bootstrap_ci` of `micro_f1` at each of ``levels``, the same intervals, in one pass:
    the counts of every level (``counts``, from `_level_counts` when not given) are resampled
    by one product with `_draws` (exact: they are whole numbers), and the percentiles of
    every level taken in one call."""
    if not scores:
        return {name: (float("nan"), float("nan")) for name in levels}
    counts = _level_counts(scores, levels) if counts is None else counts
    summed = (_draws(len(scores), n_resamples, seed) @ counts.reshape(len(scores), -1)).reshape(n_resamples, -1, 3)
    values = prf(summed[..., 0], summed[..., 1], summed[..., 2])[2]  # resamples, levels
    tail = (1 - level) / 2 * 100
    if not np.isnan(values).any():  # F1 is never NaN (prf's conventions for 0/0); kept general all the same
        lows, highs = np.percentile(values, [tail, 100 - tail], axis=0)
        return {name: (float(lo), float(hi)) for name, lo, hi in zip(levels, lows, highs)}
    out = {}
    for name, column in zip(levels, values.T):
        kept = column[~np.isnan(column)]
        lo, hi = np.percentile(kept, [tail, 100 - tail]) if kept.size else (np.nan, np.nan)
        out[name] = (float(lo), float(hi))
    return out


def _level_summary(totals: np.ndarray, macro: float, ci: tuple[float, float], any_scores: bool) -> dict:
    tp, fp, fn = totals.astype(int)
    p, r, f = (float(x) if any_scores else None for x in prf(tp, fp, fn))
    out = {"precision": p, "recall": r, "f1": f, "tp": int(tp), "fp": int(fp), "fn": int(fn)}
    out["macro_f1"] = _nan_to_none(macro)
    out["f1_ci"] = [_nan_to_none(x) for x in ci]
    return out


def aggregate(scores: list[FixtureScore], n_resamples: int = 1000, seed: int = 0) -> dict:
    """Totals of one model over fixtures.

    Per field and level (`scoring.LEVELS`): micro precision/recall/f1 (from summed
    tp/fp/fn), the summed counts, macro_f1 (mean of per-fixture f1) and f1_ci (95%
    bootstrap over fixtures). Then the pooled grounding_rate, schema_valid_rate,
    summed dropped, mean summary_overlap and n. Undefined values are None.
    """
    levels = [key(f, level) for f in FIELDS for level in LEVELS[f]]
    counts = _level_counts(scores, levels)  # every level's counts gathered once, for totals and resamples
    cis = f1_intervals(scores, levels, n_resamples, seed, counts=counts)
    totals = dict(zip(levels, counts.sum(axis=0)))
    f1s = np.array([[s.levels[name].f1 for name in levels] for s in scores], dtype=float)
    f1s = f1s.reshape(len(scores), len(levels))
    macros = dict(zip(levels, _safe_ratio(f1s.sum(axis=0), np.full(len(levels), float(len(scores))))))
    summaries = {name: _level_summary(totals[name], macros[name], cis[name], bool(scores)) for name in levels}
    out: dict = {f: {level: summaries[key(f, level)] for level in LEVELS[f]} for f in FIELDS}
    out["grounding_rate"] = _nan_to_none(grounding_rate()(scores))
    out["schema_valid_rate"] = _nan_to_none(mean_of("schema_valid", lambda s: float(s.schema_valid))(scores))
    out["dropped"] = int(sum(s.dropped for s in scores))
    out["summary_overlap"] = _nan_to_none(mean_of("summary_overlap", lambda s: s.summary_overlap)(scores))
    out["n"] = len(scores)
    return out
