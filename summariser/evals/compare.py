"""`eval compare`: what changed from run A to run B, over the fixtures both ran.

Contestants are matched by name, which carries their strategy ("local (decomposed)"
and "local (grounded)" are different rows). A comparison is only over fixtures both
runs scored: when the sets differ, the common ones are compared and the document says
which were left out; runs that share no fixture are refused.
"""

from __future__ import annotations

from pathlib import Path

from summariser.errors import InputError
from summariser.evals import stats
from summariser.evals.reports import HEADLINE_LEVELS, _rounded, load_results, usage_stats
from summariser.evals.runner import Result
from summariser.evals.scoring import ALL_LEVELS

_CONFIG_KEYS = ("strategy", "mode", "prompt_version", "model")


def _by_model(results: list[Result], fixtures: list[str]) -> dict[str, dict[str, Result]]:
    out: dict[str, dict[str, Result]] = {}
    for r in results:
        if r.fixture in fixtures:
            out.setdefault(r.model, {})[r.fixture] = r
    return out


def _delta(a, b) -> dict:
    return {"a": a, "b": b, "delta": None if a is None or b is None else round(b - a, 4)}


def _row(a: list[Result], b: list[Result]) -> dict:
    scores_a, scores_b = [r.score for r in a], [r.score for r in b]
    row = {level: _delta(round(stats.micro_f1(level)(scores_a), 4), round(stats.micro_f1(level)(scores_b), 4))
           for level in ALL_LEVELS}
    for level in HEADLINE_LEVELS:
        row[level]["paired"] = _rounded(stats.paired_bootstrap(scores_a, scores_b, stats.micro_f1(level)))
    ua, ub = usage_stats(a), usage_stats(b)
    row["failures"] = _delta(ua["failures"], ub["failures"])
    row["latency_p50_s"] = _delta(ua["latency_p50_s"], ub["latency_p50_s"])
    return row


def _config_changes(a: list[Result], b: list[Result]) -> dict:
    ca = next((r.config for r in a if r.config), {})
    cb = next((r.config for r in b if r.config), {})
    return {k: [ca.get(k), cb.get(k)] for k in _CONFIG_KEYS if ca.get(k) != cb.get(k)}


def _regressions(model: str, a: dict[str, Result], b: dict[str, Result], fixtures: list[str]) -> list[dict]:
    out = []
    for fixture in fixtures:
        ra, rb = a[fixture], b[fixture]
        worse = {level: [round(ra.score.levels[level].f1, 4), round(rb.score.levels[level].f1, 4)]
                 for level in HEADLINE_LEVELS if rb.score.levels[level].f1 < ra.score.levels[level].f1 - 1e-9}
        failed = ra.ok and not rb.ok
        if worse or failed:
            out.append({"model": model, "fixture": fixture, "levels": worse, "failed": failed, "error": rb.error})
    return out


def compare_runs(path_a: Path, path_b: Path) -> dict:
    """Per-level deltas (B - A) of the contestants both runs share, over the fixtures both scored."""
    results_a, results_b = load_results(path_a), load_results(path_b)
    fixtures_a = list(dict.fromkeys(r.fixture for r in results_a))
    fixtures_b = set(r.fixture for r in results_b)
    common = [f for f in fixtures_a if f in fixtures_b]
    if not common:
        raise InputError(f"{path_a} and {path_b} share no fixture: there is nothing to compare")
    a, b = _by_model(results_a, common), _by_model(results_b, common)
    shared = [m for m in a if m in b and set(a[m]) == set(b[m]) == set(common)]
    if not shared:
        raise InputError(f"{path_a} and {path_b} share no contestant scored on the same fixtures")
    models, changes, regressions = {}, {}, []
    for m in shared:
        ra, rb = [a[m][f] for f in common], [b[m][f] for f in common]
        models[m] = _row(ra, rb)
        if change := _config_changes(ra, rb):
            changes[m] = change
        regressions += _regressions(m, a[m], b[m], common)
    return {
        "fixtures": {"common": len(common), "only_in_a": sorted(set(fixtures_a) - fixtures_b),
                     "only_in_b": sorted(fixtures_b - set(fixtures_a))},
        "models": models,
        "config_changes": changes,
        "regressions": regressions,
        "only_in_a": [m for m in a if m not in shared],
        "only_in_b": [m for m in b if m not in shared],
    }
