"""The terminal views: a run's leaderboard at every level, its tag groups, and two runs compared."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table

from summariser.evals.reports import HEADLINE_LEVELS, num
from summariser.evals.scoring import FIELDS, HEADLINE, LEVELS, key

_SHORT = {"identified": "found", "kind": "+kind", "classified": "+kind", "arguments": "+args",
          "holder_polarity": "holder+pol", "holder_polarity_target": "+target"}


def _header(field: str, level: str) -> str:
    name = f"{field}\n{_SHORT[level]}"
    return f"[bold]{name}[/bold]" if HEADLINE[field] == level else f"[dim]{name}[/dim]"


def _field_cell(field_stats: dict, field: str) -> str:
    """The headline level's F1 with its 95% CI, then the other levels, dimmed."""
    main = field_stats[HEADLINE[field]]
    lo, hi = main.get("f1_ci") or (None, None)
    ci = f"\n[dim]{num(lo)}–{num(hi)}[/dim]" if lo is not None and hi is not None else ""
    others = [f"{_SHORT[lv]} {num(field_stats[lv]['f1'])}" for lv in LEVELS[field] if lv != HEADLINE[field]]
    return f"[bold]{num(main['f1'])}[/bold]{ci}\n[dim]" + "\n".join(others) + "[/dim]"


def _ranked(models: dict) -> list[tuple[str, dict]]:
    def rank(item):
        return -sum(item[1][f][HEADLINE[f]]["f1"] or 0 for f in FIELDS)

    return sorted(models.items(), key=rank)


def _table(title: str, first: str = "model") -> Table:
    table = Table(title=title, title_style="bold", header_style="bold cyan", box=box.ROUNDED)
    table.add_column(first, style="bold", no_wrap=True)
    return table


def leaderboard_table(doc: dict) -> Table:
    """One row per model: each field at its headline level (bold, with a 95% CI) and its other
    levels below, then grounding and failures."""
    n = max((m["n"] for m in doc["models"].values()), default=0)
    table = _table(f"Leaderboard · {n} fixtures")
    for f in FIELDS:
        table.add_column(f"{f}\n[dim]{HEADLINE[f].replace('_', '+')}[/dim]", justify="right")
    for name in ("grounded", "failed"):
        table.add_column(name, justify="right")
    for name, m in _ranked(doc["models"]):
        fail = f"[red]{m['failures']}[/red]" if m["failures"] else "0"
        table.add_row(name, *(_field_cell(m[f], f) for f in FIELDS), num(m["grounding_rate"]), fail)
    return table


def groups_table(doc: dict) -> Table | None:
    """The headline levels (actors · events · stances) per tag group: origin, then languages."""
    groups = doc.get("groups", {})
    origin = ("real", "dev", "heldout", "invented")
    chosen = [t for t in groups if t in origin or (len(t) == 2 and groups[t]["n"] >= 2)][:7]
    if not chosen:
        return None
    table = _table("By group · headline F1: actors · events · stances", first="fixtures")
    models = [name for name, _ in _ranked(doc["models"])]
    for name in models:
        table.add_column(name, justify="right")
    table.add_row(f"all ({max(m['n'] for m in doc['models'].values())})", *(_triple(doc["models"][m]) for m in models))
    for tag in chosen:
        table.add_row(f"{tag} ({groups[tag]['n']})", *(_triple(groups[tag]["models"][m]) for m in models))
    return table


def _triple(m: dict) -> str:
    return " · ".join(num(m[f][HEADLINE[f]]["f1"]) for f in FIELDS)


def _config(c: dict) -> str:
    changed = f" ({', '.join(c['prompts_changed'])})" if c.get("prompts_changed") else ""
    parts = [c.get("strategy")] + ([c["mode"]] if c.get("mode") else []) + (
        [f"prompts {c['prompt_version'][:6]}{changed}"] if c.get("prompt_version") else [])
    return ", ".join(p for p in parts if p) or "–"


def usage_table(doc: dict) -> Table:
    """One row per model: its config, latency of the answers made in this run, queue time, cost."""
    table = _table("Cost and speed")
    for name in ("config", "p50 s", "p95 s", "queued", "timed", "cached", "tokens", "cost"):
        table.add_column(name, justify="right")
    for name, m in _ranked(doc["models"]):
        cost = "?" if m["cost_usd"] is None else f"${m['cost_usd']:.4f}"
        table.add_row(name, _config(m.get("config") or {}), num(m["latency_p50_s"]), num(m["latency_p95_s"]),
                      num(m["queue_p50_s"]), str(m["latency_n"]), str(m["cached"]), f"{m['tokens']:,}", cost)
    return table


def comparison_table(doc: dict) -> Table | None:
    """Each model against the reference at the headline levels: delta of F1, 95% CI and p."""
    comp = doc.get("comparisons") or {}
    if not comp.get("models"):
        return None
    table = _table(f"Against {comp['reference']} · paired bootstrap, headline levels")
    for level in HEADLINE_LEVELS:
        table.add_column(f"Δ {level.split('.')[0]}", justify="right")
    for name, levels in comp["models"].items():
        table.add_row(name, *(_delta_cell(levels[level]) for level in HEADLINE_LEVELS))
    return table


def _delta_cell(c: dict) -> str:
    colour = "green" if c["delta"] > 0 else "red" if c["delta"] < 0 else "white"
    lo, hi = c["ci"]
    return f"[{colour}]{c['delta']:+.3f}[/{colour}] [dim]p={num(c['p_value'], 3)}\n[{num(lo)}, {num(hi)}][/dim]"


def print_leaderboard(doc: dict, console: Console) -> None:
    console.print(leaderboard_table(doc))
    for table in (groups_table(doc), usage_table(doc), comparison_table(doc)):
        if table is not None:
            console.print(table)
    n_fresh = {m: d["latency_n"] for m, d in doc["models"].items() if d["cached"]}
    if n_fresh:
        console.print("[dim]Latency covers only the answers made in this run: "
                      + ", ".join(f"{m} {n} fresh" for m, n in n_fresh.items()) + "; cached answers are not timed.[/dim]")


def print_compare(diff: dict, name_a: str, name_b: str, console: Console) -> None:
    """Per-level deltas (B - A) per shared contestant, then the fixtures that got worse."""
    fx = diff["fixtures"]
    if fx["only_in_a"] or fx["only_in_b"]:
        console.print(f"[yellow]Comparing the {fx['common']} fixtures both runs scored "
                      f"({len(fx['only_in_a'])} only in A, {len(fx['only_in_b'])} only in B left out).[/yellow]")
    table = _table(f"{name_a} → {name_b} · {fx['common']} fixtures")
    for f in FIELDS:
        for level in LEVELS[f]:
            table.add_column(_header(f, level), justify="right")
    table.add_column("failures", justify="right")
    for model, row in diff["models"].items():
        cells = [_change(row[key(f, level)]) for f in FIELDS for level in LEVELS[f]]
        table.add_row(model, *cells, _change(row["failures"], higher_is_better=False))
    console.print(table)
    for model, change in diff["config_changes"].items():
        what = ", ".join(f"{k} {a} → {b}" for k, (a, b) in change.items())
        console.print(f"[yellow]{model}: {what}[/yellow]")
    for side, models in (("A", diff["only_in_a"]), ("B", diff["only_in_b"])):
        if models:
            console.print(f"[dim]only in {side}: {', '.join(models)}[/dim]")
    _print_regressions(diff["regressions"], console)


def _print_regressions(regressions: list[dict], console: Console) -> None:
    if not regressions:
        console.print("[green]No fixture regressed.[/green]")
        return
    console.print(f"[bold red]{len(regressions)} fixture(s) regressed:[/bold red]")
    for r in regressions:
        what = ", ".join(f"{level} {a:.2f}→{b:.2f}" for level, (a, b) in r["levels"].items())
        failed = f" [red]failed: {r['error']}[/red]" if r["failed"] else ""
        console.print(f"  {r['model']} · {r['fixture']}: {what}{failed}", highlight=False)


def _change(d: dict, higher_is_better: bool = True) -> str:
    a, b, delta = d["a"], d["b"], d["delta"]
    paired = d.get("paired")
    if delta is None:
        return f"{num(a)} → {num(b)}"
    good = delta > 0 if higher_is_better else delta < 0
    colour = "white" if delta == 0 else "green" if good else "red"
    digits = 0 if isinstance(a, int) and isinstance(b, int) else 2
    p = f"\n[dim]p={num(paired['p_value'], 3)}[/dim]" if paired else ""
    return f"{num(a, digits)}→{num(b, digits)} [{colour}]({delta:+.{2 if not digits == 0 else 0}f})[/{colour}]{p}"
