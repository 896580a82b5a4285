"""Turn a run's results into reports: the JSON document, Markdown, and the files of a run folder.

`document()` is the one place that computes numbers; the terminal leaderboard
(`leaderboard.py`), Markdown (here) and HTML (`html_report.py`) only lay them out.
Every field is reported at every level of `scoring.LEVELS`; there is no field-wide
"F1" in the document, so nothing can read a lenient figure by mistake.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from summariser.errors import InputError
from summariser.evals import stats
from summariser.evals.runner import RESULTS, Result, Run, read_results
from summariser.evals.scoring import (
    ACTOR_THRESHOLD, ALL_LEVELS, FIELDS, HEADLINE, LEVELS, SPAN_THRESHOLD, TARGET_THRESHOLD, FixtureScore, key,
)

HEADLINE_LEVELS = tuple(key(f, HEADLINE[f]) for f in FIELDS)
SCORING = {
    "levels": LEVELS,
    "headline": HEADLINE,
    "thresholds": {"actor_name_similarity": ACTOR_THRESHOLD, "event_span_token_f1": SPAN_THRESHOLD,
                   "stance_target_word_f1": TARGET_THRESHOLD},
}


def num(x, digits: int = 2) -> str:
    """A number for a table: fixed digits, a dash when undefined."""
    return "–" if x is None else f"{x:.{digits}f}"


def _percentile(values: list[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 3) if values else None


def usage_stats(results: list[Result]) -> dict:
    """Tokens, latency and queue time p50/p95, retries, calls, cost and failures of one model.

    Latency and queue time cover only the answers computed in this run: a cached answer
    carries the latency it had when it was made, under other load. Latency excludes the
    time queued behind our own concurrency limit, which is reported apart. Cost is the
    sum of the known costs (0 for local models), None when no result knows its cost.
    """
    usages = [r.usage for r in results if r.usage is not None]
    fresh = [r.usage for r in results if r.usage is not None and not r.cached]
    costs = [u.cost_usd for u in usages if u.cost_usd is not None]
    prompt, completion = sum(u.prompt_tokens for u in usages), sum(u.completion_tokens for u in usages)
    return {
        "failures": sum(not r.ok for r in results),
        "latency_p50_s": _percentile([u.latency_s for u in fresh], 50),
        "latency_p95_s": _percentile([u.latency_s for u in fresh], 95),
        "queue_p50_s": _percentile([u.queue_s for u in fresh], 50),
        "queue_p95_s": _percentile([u.queue_s for u in fresh], 95),
        "latency_n": len(fresh),
        "cached": sum(r.cached for r in results),
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "tokens": prompt + completion,
        "retries": sum(u.retries for u in usages),
        "calls": sum(u.calls for u in usages),
        "cost_usd": round(sum(costs), 6) if costs else None,
    }


def _first_failure(results: list[Result]) -> dict | None:
    failed = next((r for r in results if not r.ok), None)
    return None if failed is None else {"fixture": failed.fixture, "error": failed.error}


def model_summary(results: list[Result]) -> dict:
    """Everything the leaderboard says about one model: `stats.aggregate`, usage, its config."""
    config = next((r.config for r in results if r.config), {})
    return (stats.aggregate([r.score for r in results]) | usage_stats(results)
            | {"config": config, "first_failure": _first_failure(results)})


def _fixture_row(result: Result) -> dict:
    return {"ok": result.ok, "error": result.error, "grounding_rate": result.score.grounding_rate,
            "f1": {level: round(result.score.levels[level].f1, 4) for level in ALL_LEVELS}}


def reference_model(models: list[str]) -> str:
    """What the others are compared with: `baseline` when it runs beside other models, else the first."""
    return "baseline" if "baseline" in models and len(models) > 1 else models[0]


def comparisons(scores: dict[str, list[FixtureScore]], models: list[str]) -> dict:
    """Paired bootstrap of each model against the reference, at each field's headline level."""
    if len(models) < 2:
        return {}
    ref = reference_model(models)
    out: dict = {"reference": ref, "levels": list(HEADLINE_LEVELS), "models": {}}
    for model in models:
        if model != ref:
            out["models"][model] = {
                level: _rounded(stats.paired_bootstrap(scores[ref], scores[model], stats.micro_f1(level)))
                for level in HEADLINE_LEVELS
            }
    return out


def _rounded(d: dict) -> dict:
    def r(x):
        return None if x is None or (isinstance(x, float) and np.isnan(x)) else round(float(x), 4)

    def value(v):
        return [r(x) for x in v] if isinstance(v, list) else r(v) if isinstance(v, float) else v

    return {k: value(v) for k, v in d.items()}


def _tags(fixtures: set[str], tags: dict[str, list[str]]) -> list[str]:
    """The tag groups worth a row: every tag that some but not every fixture has, origin first."""
    counts = Counter(t for f in fixtures for t in tags.get(f, []))
    partial = [t for t, n in counts.items() if n < len(fixtures)]
    origin = [t for t in ("real", "dev", "heldout", "invented") if t in partial]
    return origin + sorted(t for t in partial if t not in origin)


def groups(by_model: dict[str, list[Result]], tags: dict[str, list[str]]) -> dict:
    """Each tag group beside the total: per tag, its fixtures' totals per model (every level)."""
    fixtures = {r.fixture for rs in by_model.values() for r in rs}
    out = {}
    for tag in _tags(fixtures, tags):
        chosen = {m: [r for r in rs if tag in tags.get(r.fixture, [])] for m, rs in by_model.items()}
        n = max((len(rs) for rs in chosen.values()), default=0)
        if n:
            out[tag] = {"n": n, "models": {m: stats.aggregate([r.score for r in rs], n_resamples=500)
                                           for m, rs in chosen.items()}}
    return out


def results_document(results: Iterable[Result], models: list[str], tags: dict[str, list[str]] | None = None) -> dict:
    """The "models", "groups" and "fixtures" sections from results alone (no fixture texts needed)."""
    by_model: dict[str, list[Result]] = {m: [] for m in models}
    for r in results:
        by_model.setdefault(r.model, []).append(r)
    fixtures: dict[str, dict] = {}
    for model, rs in by_model.items():
        for r in rs:
            fixtures.setdefault(r.fixture, {})[model] = _fixture_row(r)
    doc = {"scoring": SCORING, "models": {m: model_summary(rs) for m, rs in by_model.items()}}
    return doc | {"groups": groups(by_model, tags or {}), "fixtures": fixtures}


def document(run: Run, suite: dict | None = None) -> dict:
    """The machine-readable report of a run (what ``--json`` prints and report.json holds);
    ``suite``: the suite file's path and sha256 when the run came from one."""
    from summariser.evals.confusion import confusions

    results = [r for m in run.models for r in run.by_model(m)]
    doc = results_document(results, run.models, {f.id: f.tags for f in run.fixtures})
    doc["comparisons"] = comparisons({m: run.scores(m) for m in run.models}, run.models)
    doc["confusion"] = confusions(run)
    doc["run"] = {
        "out": str(run.out),
        "models": run.models,
        "fixtures": [f.id for f in run.fixtures],
        "resumed": run.resumed,
        "cache_hits": run.cache_hits,
        "model_calls": run.calls,
        "suite": suite,
    }
    return doc


def _level_cell(level: dict) -> str:
    return f"{num(level['f1'])} ({num(level['precision'])}/{num(level['recall'])})"


def markdown(doc: dict) -> str:
    """The leaderboard at every level, the tag groups, the comparison, the confusion matrices."""
    lines = ["# Eval leaderboard", "", *_suite_lines(doc), _scoring_note(doc), ""]
    lines += _level_table(doc["models"])
    lines += _threshold_lines(doc.get("thresholds") or [])
    lines += ["", "## Cost and speed", "", "| model | strategy | mode | prompts | grounded | failures | "
              "latency p50 / p95 s (fresh) | queued p50 s | cached | tokens | cost $ |", "|---|" + "---|" * 10]
    for name, m in doc["models"].items():
        c = m.get("config", {})
        lines.append(f"| {name} | {c.get('strategy', '–')} | {c.get('mode') or 'default'} | "
                     f"{prompts_cell(c)} | {num(m['grounding_rate'])} | {m['failures']} | "
                     f"{num(m['latency_p50_s'])} / {num(m['latency_p95_s'])} ({m['latency_n']}) | "
                     f"{num(m['queue_p50_s'])} | {m['cached']} | {m['tokens']} | {num(m['cost_usd'], 4)} |")
    for tag, group in doc.get("groups", {}).items():
        lines += ["", f"## Fixtures tagged `{tag}` ({group['n']})", ""] + _level_table(group["models"])
    lines += _comparison_lines(doc.get("comparisons") or {})
    from summariser.evals.confusion import markdown_tables

    lines += markdown_tables(doc.get("confusion") or {})
    return "\n".join(lines + _fixture_lines(doc)) + "\n"


def prompts_cell(config: dict) -> str:
    """A contestant's prompts: their version, and the files that differ from ``prompts/``."""
    if not config.get("prompt_version"):
        return "–"
    changed = config.get("prompts_changed")
    return f"{config['prompt_version']} ({'changed: ' + ', '.join(changed) if changed else 'default'})"


def _suite_lines(doc: dict) -> list[str]:
    suite = doc.get("run", {}).get("suite")
    return [f"Suite `{suite['path']}` (sha256 `{suite['sha256'][:16]}`).", ""] if suite else []


def _threshold_lines(verdicts: list[dict]) -> list[str]:
    if not verdicts:
        return []
    lines = ["", "## Thresholds", "", "| contestant | level | F1 | least | |", "|---|---|---|---|---|"]
    for v in verdicts:
        lines.append(f"| {v['contestant']} | {v['level']} | {num(v['f1'], 4)} | {v['least']} | "
                     f"{'met' if v['met'] else '**missed**'} |")
    return lines


def _scoring_note(doc: dict) -> str:
    t = doc["scoring"]["thresholds"]
    return (f"F1 (precision/recall), micro over fixtures. Headline levels in bold. Events are identified when their "
            f"evidence spans reach token F1 >= {t['event_span_token_f1']}; stance targets match on their words "
            f"(content-word F1 >= {t['stance_target_word_f1']}); actors on name similarity >= "
            f"{t['actor_name_similarity']}.")


def _level_table(models: dict) -> list[str]:
    head = [f"**{f} {lv}**" if HEADLINE[f] == lv else f"{f} {lv}" for f in FIELDS for lv in LEVELS[f]]
    lines = ["| model | " + " | ".join(head) + " |", "|---|" + "---|" * len(head)]
    for name, m in models.items():
        lines.append(f"| {name} | " + " | ".join(_level_cell(m[f][lv]) for f in FIELDS for lv in LEVELS[f]) + " |")
    return lines


def _comparison_lines(comp: dict) -> list[str]:
    if not comp.get("models"):
        return []
    lines = ["", f"## Against `{comp['reference']}` (paired bootstrap, headline levels)", "",
             "| model | level | delta | 95% CI | p |", "|---|---|---|---|---|"]
    for name, levels in comp["models"].items():
        for level, c in levels.items():
            ci = f"[{num(c['ci'][0])}, {num(c['ci'][1])}]"
            lines.append(f"| {name} | {level} | {c['delta']:+.3f} | {ci} | {num(c['p_value'], 3)} |")
    return lines


def _fixture_lines(doc: dict) -> list[str]:
    models = list(doc["models"])
    lines = ["", "## Per fixture (F1 at the headline levels: actors / events / stances)", ""]
    lines += ["| fixture | " + " | ".join(models) + " |", "|---|" + "---|" * len(models)]
    for fixture, row in doc.get("fixtures", {}).items():
        cells = [" / ".join(num(row[m]["f1"][level]) for level in HEADLINE_LEVELS) if row.get(m, {}).get("ok")
                 else "failed" for m in models]
        lines.append(f"| {fixture} | " + " | ".join(cells) + " |")
    return lines


def write_reports(run: Run, doc: dict) -> dict[str, Path]:
    """Write report.json, report.md and report.html into the run folder; return their paths."""
    from summariser.evals.html_report import render_html
    from summariser.journal import atomic_write

    paths = {name: run.out / f"report.{name}" for name in ("json", "md", "html")}
    # not durable: the reports are made again from results.jsonl on the next run
    atomic_write(paths["json"], json.dumps(doc, indent=2, ensure_ascii=False) + "\n", durable=False)
    atomic_write(paths["md"], markdown(doc), durable=False)
    atomic_write(paths["html"], render_html(run, doc), durable=False)
    return paths


def load_results(path: Path) -> list[Result]:
    """A run's results from its folder or its results.jsonl."""
    file = path / RESULTS if path.is_dir() else path
    if not file.exists() or file.suffix != ".jsonl":
        raise InputError(f"no results at {path}: give a run folder or its {RESULTS}")
    results = list(read_results(file).values())
    if not results:
        raise InputError(f"no results in {file}")
    return results
