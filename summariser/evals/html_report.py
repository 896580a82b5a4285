"""The HTML report: one self-contained file, no scripts, no network.

Article texts and model outputs are untrusted: the template autoescapes every
value, and a Content-Security-Policy meta forbids scripts outright.
"""

from __future__ import annotations

import functools
import os
from datetime import UTC, datetime

from jinja2 import BytecodeCache, Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from jinja2 import Template

from summariser.evals.fixtures import Fixture
from summariser.evals.reports import HEADLINE_LEVELS, prompts_cell
from summariser.evals.runner import Result, Run
from summariser.evals.scoring import FIELDS, HEADLINE, LEVELS
from summariser.evidence import Article
from summariser.schema import Actor, ArticleSummary, Event, Stance

PALETTE = ("#4361ee", "#f77f00", "#2a9d8f", "#e63946", "#7b2cbf", "#8d99ae", "#fcbf49", "#06d6a0")
# Which highlight wins where spans overlap: what went wrong first.
_PRIORITY = ("missed", "invented", "partly", "matched")


def _actor(a: Actor) -> dict:
    extra = [a.kind] + ([a.role] if a.role else [])
    aliases = f" — also {', '.join(a.aliases)}" if a.aliases else ""
    return {"main": a.name, "extra": f"{' · '.join(extra)}{aliases}", "evidence": None}


def _event(e: Event) -> dict:
    who = f"{', '.join(e.agents) or '?'} → {', '.join(e.targets) or '–'}"
    return {"main": f"[{e.kind}] {e.description}", "extra": who, "evidence": e.evidence}


def _stance(s: Stance) -> dict:
    return {"main": f"{s.holder} → {s.target}", "extra": s.polarity, "evidence": s.evidence}


_VIEW = {"actors": _actor, "events": _event, "stances": _stance}


def _rows(field: str, result: Result, gold: ArticleSummary) -> list[dict]:
    """Aligned pairs with what they get right (matched, wrong kind, wrong target...), then the
    labels nothing was aligned with (missed) and the predictions aligned with nothing (invented)."""
    view = _VIEW[field]
    pred = getattr(result.summary, field) if result.summary is not None else []
    expected = getattr(gold, field)
    pairs = result.score.alignment[field]
    rows = [{"status": status, "css": "matched" if status == "matched" else "partly",
             "pred": view(pred[p]), "gold": view(expected[g])} for p, g, status in pairs]
    used_p, used_g = {p for p, _, _ in pairs}, {g for _, g, _ in pairs}
    rows += [{"status": "missed", "css": "missed", "pred": None, "gold": view(x)}
             for g, x in enumerate(expected) if g not in used_g]
    rows += [{"status": "invented", "css": "invented", "pred": view(x), "gold": None}
             for p, x in enumerate(pred) if p not in used_p]
    return rows


def _spans(fixture: Fixture, result: Result) -> list[tuple[int, int, str, str]]:
    """(start, end, status, label) of the evidence to highlight: labels matched, partly right or
    missed, and invented predictions."""
    article, out = Article(fixture.text), []
    for field in ("events", "stances"):
        gold = getattr(fixture.expected, field)
        pred = getattr(result.summary, field) if result.summary is not None else []
        pairs = result.score.alignment[field]
        used_p, used_g = {p for p, _, _ in pairs}, {g for _, g, _ in pairs}
        items = [("matched" if st == "matched" else "partly", st, gold[g]) for _, g, st in pairs]
        items += [("missed", "missed", x) for g, x in enumerate(gold) if g not in used_g]
        items += [("invented", "invented", x) for p, x in enumerate(pred) if p not in used_p]
        for css, status, item in items:
            span = article.find(item.evidence)
            if span is not None and span.end > span.start:
                out.append((span.start, span.end, css, f"{status} {field[:-1]}: {_VIEW[field](item)['main']}"))
    return out


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[dict]:
    """The text cut at every span boundary; each piece with the status that wins there and its labels."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        over = [(st, label) for s, e, st, label in spans if s <= a and b <= e]
        status = min((st for st, _ in over), key=_PRIORITY.index, default="")
        out.append({"text": text[a:b], "status": status, "title": "\n".join(label for _, label in over)})
    return out


def _model_view(fixture: Fixture, result: Result) -> dict:
    return {
        "name": result.model,
        "ok": result.ok,
        "error": result.error,
        "cached": result.cached,
        "f1": {f: result.score.headline(f).f1 for f in FIELDS},
        "grounding": result.score.grounding_rate,
        "fields": [{"name": f, "rows": _rows(f, result, fixture.expected)} for f in FIELDS],
        "article": segments(fixture.text, _spans(fixture, result)),
    }


def _fixture_view(fixture: Fixture, run: Run) -> dict:
    return {
        "id": fixture.id,
        "title": fixture.title or fixture.expected.headline,
        "published": fixture.published,
        "tags": fixture.tags,
        "language": fixture.language,
        "words": len(fixture.text.split()),
        "models": [_model_view(fixture, run.results[(m, fixture.id)]) for m in run.models],
    }


def chart(doc: dict, width: int = 720, height: int = 280) -> dict:
    """Geometry of the grouped bar chart of each field's headline-level F1 per model, for inline SVG."""
    models = list(doc["models"])
    left, top, bottom = 44, 16, 36
    plot_w, plot_h = width - left - 16, height - top - bottom
    group_w = plot_w / len(FIELDS)
    bar_w = min(48.0, (group_w - 24) / max(1, len(models)))
    bars = []
    for gi, field in enumerate(FIELDS):
        x0 = left + gi * group_w + (group_w - bar_w * len(models)) / 2
        for mi, model in enumerate(models):
            f1 = doc["models"][model][field][HEADLINE[field]]["f1"] or 0.0
            h = f1 * plot_h
            bars.append({"x": x0 + mi * bar_w + 2, "y": top + plot_h - h, "w": bar_w - 4, "h": h,
                         "colour": PALETTE[mi % len(PALETTE)], "label": f"{model} · {field}: {f1:.2f}", "value": f1})
    ticks = [{"y": top + plot_h * (1 - t), "label": f"{t:.2f}"} for t in (0, 0.25, 0.5, 0.75, 1)]
    groups = [{"x": left + (i + 0.5) * group_w, "label": f"{f} ({HEADLINE[f].replace('_', ' + ')})"}
              for i, f in enumerate(FIELDS)]
    legend = [{"name": m, "colour": PALETTE[i % len(PALETTE)]} for i, m in enumerate(models)]
    return {"width": width, "height": height, "left": left, "right": width - 16, "base": top + plot_h,
            "bars": bars, "ticks": ticks, "groups": groups, "legend": legend}


def _bytecode_cache() -> BytecodeCache | None:
    """Jinja's own cache of compiled templates, in a folder of this user's (0700, checked by
    Jinja), so a cold `eval` does not compile the report again: compiling costs more than
    rendering. None where no such folder can be made; the template is then compiled."""
    try:
        cache = FileSystemBytecodeCache()
        return cache if os.path.isdir(cache.directory) else None
    except (OSError, RuntimeError):
        return None


@functools.cache
def _template() -> Template:
    """The report template, compiled once per process, or read from Jinja's bytecode cache."""
    env = Environment(
        loader=PackageLoader("summariser.evals", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["band"] = lambda f1: "hi" if f1 >= 0.8 else "mid" if f1 >= 0.5 else "lo"
    env.filters["prompts"] = prompts_cell
    return env.get_template("report.html.jinja")


def render_html(run: Run, doc: dict) -> str:
    """The whole report as one HTML string."""
    return _template().render(
        doc=doc,
        fields=FIELDS,
        levels=LEVELS,
        headline=HEADLINE,
        headline_levels=HEADLINE_LEVELS,
        chart=chart(doc),
        fixtures=[_fixture_view(f, run) for f in run.fixtures],
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )
