"""Turn a run's results into reports: the JSON document, Markdown, and the files of a run folder.

`document()` is the one place that computes numbers; the terminal leaderboard
(`leaderboard.py`), Markdown and HTML (`html_report.py`) only lay them out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from summariser.errors import InputError
from summariser.evals import stats
from summariser.evals.runner import RESULTS, Result, Run, read_results

FIELDS = ("actors", "events", "stances")


def _percentile(values: list[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 3) if values else None


def usage_stats(results: list[Result]) -> dict:
    """Tokens, latency p50/p95, retries, calls, cost and failures of one model's results.

    Cost is the sum of the known costs (the pipeline reports 0 for local
    models), None when no result knows its cost.
    """
    usages = [r.usage for r in results if r.usage is not None]
    latencies = [r.usage.latency_s or r.elapsed_s for r in results if r.usage is not None]
    costs = [u.cost_usd for u in usages if u.cost_usd is not None]
    prompt = sum(u.prompt_tokens for u in usages)
    completion = sum(u.completion_tokens for u in usages)
    return {
        "failures": sum(not r.ok for r in results),
        "latency_p50_s": _percentile(latencies, 50),
        "latency_p95_s": _percentile(latencies, 95),
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "tokens": prompt + completion,
        "retries": sum(u.retries for u in usages),
        "calls": sum(u.calls for u in usages),
        "cached": sum(r.cached for r in results),
        "cost_usd": round(sum(costs), 6) if costs else None,
    }


def model_summary(results: list[Result]) -> dict:
    """Everything the leaderboard says about one model: `stats.aggregate` plus usage."""
    return stats.aggregate([r.score for r in results]) | usage_stats(results)


def _fixture_row(result: Result) -> dict:
    row = {"ok": result.ok, "error": result.error, "grounding_rate": result.score.grounding_rate}
    return row | {f: round(getattr(result.score, f).f1, 4) for f in FIELDS}


def reference_model(models: list[str]) -> str:
    """What the others are compared with: `baseline` when it runs beside other models, else the first."""
    return "baseline" if "baseline" in models and len(models) > 1 else models[0]


def comparisons(scores: dict[str, list], models: list[str]) -> dict:
    """Paired bootstrap of each model against the reference, per field (micro F1)."""
    if len(models) < 2:
        return {}
    ref = reference_model(models)
    out: dict = {"reference": ref, "metric": "micro_f1", "models": {}}
    for model in models:
        if model == ref:
            continue
        out["models"][model] = {
            f: _rounded(stats.paired_bootstrap(scores[ref], scores[model], stats.micro_f1(f))) for f in FIELDS
        }
    return out


def _rounded(d: dict) -> dict:
    def r(x):
        return None if x is None or (isinstance(x, float) and np.isnan(x)) else round(float(x), 4)

    def value(v):
        return [r(x) for x in v] if isinstance(v, list) else r(v) if isinstance(v, float) else v

    return {k: value(v) for k, v in d.items()}


def results_document(results: Iterable[Result], models: list[str]) -> dict:
    """The "models" and "fixtures" sections from results alone (no fixture texts needed)."""
    by_model: dict[str, list[Result]] = {m: [] for m in models}
    for r in results:
        by_model.setdefault(r.model, []).append(r)
    fixtures: dict[str, dict] = {}
    for model, rs in by_model.items():
        for r in rs:
            fixtures.setdefault(r.fixture, {})[model] = _fixture_row(r)
    summary = {m: model_summary(rs) for m, rs in by_model.items()}
    return {"models": summary, "fixtures": fixtures}


def document(run: Run) -> dict:
    """The machine-readable report of a run (what ``--json`` prints and report.json holds)."""
    results = [r for m in run.models for r in run.by_model(m)]
    doc = results_document(results, run.models)
    doc["comparisons"] = comparisons({m: run.scores(m) for m in run.models}, run.models)
    doc["run"] = {
        "out": str(run.out),
        "models": run.models,
        "fixtures": [f.id for f in run.fixtures],
        "resumed": run.resumed,
        "cache_hits": run.cache_hits,
        "model_calls": run.calls,
    }
    return doc


def _num(x, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def markdown(doc: dict) -> str:
    """The leaderboard (and the comparison with the reference model) as Markdown tables."""
    columns = ("model", *(f"{f} F1" for f in FIELDS), "grounding", "schema valid", "failures", "p50 s", "p95 s",
               "tokens", "cost $")
    head = "| " + " | ".join(columns) + " |"
    lines = ["# Eval leaderboard", "", head, "|" + "---|" * 11]
    for name, m in doc["models"].items():
        cells = [name, *(_num(m[f]["f1"]) for f in FIELDS), _num(m["grounding_rate"]), _num(m["schema_valid_rate"])]
        cells += [str(m["failures"]), _num(m["latency_p50_s"]), _num(m["latency_p95_s"]), str(m["tokens"])]
        cells.append(_num(m["cost_usd"], 4))
        lines.append("| " + " | ".join(cells) + " |")
    comp = doc.get("comparisons") or {}
    if comp.get("models"):
        lines += ["", f"## Against `{comp['reference']}` (paired bootstrap, micro F1)", ""]
        lines += ["| model | field | delta | 95% CI | p |", "|---|---|---|---|---|"]
        for name, fields in comp["models"].items():
            for f, c in fields.items():
                ci = f"[{_num(c['ci'][0])}, {_num(c['ci'][1])}]"
                lines.append(f"| {name} | {f} | {c['delta']:+.3f} | {ci} | {_num(c['p_value'], 3)} |")
    return "\n".join(lines + _fixture_lines(doc)) + "\n"


def _fixture_lines(doc: dict) -> list[str]:
    models = list(doc["models"])
    lines = ["", "## Per fixture (F1 actors / events / stances)", ""]
    lines += ["| fixture | " + " | ".join(models) + " |", "|---|" + "---|" * len(models)]
    for fixture, row in doc.get("fixtures", {}).items():
        cells = [" / ".join(_num(row[m][f]) for f in FIELDS) if row.get(m, {}).get("ok") else "failed" for m in models]
        lines.append(f"| {fixture} | " + " | ".join(cells) + " |")
    return lines


def write_reports(run: Run, doc: dict) -> dict[str, Path]:
    """Write report.json, report.md and report.html into the run folder; return their paths."""
    from summariser.evals.cache import atomic_write
    from summariser.evals.html_report import render_html

    paths = {name: run.out / f"report.{name}" for name in ("json", "md", "html")}
    # not durable: the reports are made again from results.jsonl on the next run
    atomic_write(paths["json"], json.dumps(doc, indent=2, ensure_ascii=False) + "\n", durable=False)
    atomic_write(paths["md"], markdown(doc), durable=False)
    atomic_write(paths["html"], render_html(run, doc), durable=False)
    return paths


def load_run(path: Path) -> dict:
    """A run's document from its folder, its report.json or its results.jsonl.

    The results file is preferred: scores are recomputed from it, so a run
    interrupted before its reports were written can still be compared.
    """
    if path.is_dir():
        candidates = [path / RESULTS, path / "report.json"]
        path = next((p for p in candidates if p.exists()), path / RESULTS)
    if not path.exists():
        raise InputError(f"no run found at {path}")
    if path.suffix == ".jsonl":
        results = list(read_results(path).values())
        if not results:
            raise InputError(f"no results in {path}")
        return results_document(results, list(dict.fromkeys(r.model for r in results)))
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(f"cannot read {path}: {e}") from None
    if not isinstance(doc, dict) or "models" not in doc:
        raise InputError(f"{path} is not an eval report")
    return doc


def _delta(a, b) -> dict:
    return {"a": a, "b": b, "delta": None if a is None or b is None else round(b - a, 4)}


def _regressions(model: str, a: dict, b: dict) -> list[dict]:
    out = []
    for fixture in sorted(set(a) & set(b)):
        ra, rb = a[fixture].get(model), b[fixture].get(model)
        if ra is None or rb is None:
            continue
        worse = {f: [ra[f], rb[f]] for f in FIELDS if rb[f] < ra[f] - 1e-9}
        failed = ra["ok"] and not rb["ok"]
        if worse or failed:
            error = rb.get("error")
            out.append({"model": model, "fixture": fixture, "fields": worse, "failed": failed, "error": error})
    return out


def compare_docs(a: dict, b: dict) -> dict:
    """Per-field deltas (B - A) of the models both runs share, and the fixtures that got worse."""
    shared = [m for m in a["models"] if m in b["models"]]
    models = {}
    for m in shared:
        ma, mb = a["models"][m], b["models"][m]
        row = {f: _delta(ma[f]["f1"], mb[f]["f1"]) for f in FIELDS}
        for key in ("grounding_rate", "schema_valid_rate", "failures", "latency_p50_s"):
            row[key] = _delta(ma.get(key), mb.get(key))
        models[m] = row
    regressions = [r for m in shared for r in _regressions(m, a.get("fixtures", {}), b.get("fixtures", {}))]
    return {
        "models": models,
        "regressions": regressions,
        "only_in_a": [m for m in a["models"] if m not in b["models"]],
        "only_in_b": [m for m in b["models"] if m not in a["models"]],
    }
