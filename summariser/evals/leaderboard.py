"""The terminal views: the leaderboard of a run, and the comparison of two runs (rich tables)."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table

FIELDS = ("actors", "events", "stances")


def _f(x, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _f1_cell(field: dict) -> str:
    lo, hi = field.get("f1_ci") or (None, None)
    ci = f"\n[dim]{_f(lo)}–{_f(hi)}[/dim]" if lo is not None and hi is not None else ""
    return f"[bold]{_f(field['f1'])}[/bold]{ci}"


def _cost(x) -> str:
    return "?" if x is None else f"${x:.4f}"


def _ranked(doc: dict) -> list[tuple[str, dict]]:
    return sorted(doc["models"].items(), key=lambda kv: -sum(kv[1][f]["f1"] or 0 for f in FIELDS))


def _table(title: str, first: str = "model") -> Table:
    table = Table(title=title, title_style="bold", header_style="bold cyan", box=box.ROUNDED)
    table.add_column(first, style="bold", no_wrap=True)
    return table


def leaderboard_table(doc: dict) -> Table:
    """One row per model: micro F1 per field (95% CI below), grounding, schema validity, failures."""
    n = max((m["n"] for m in doc["models"].values()), default=0)
    table = _table(f"Leaderboard · {n} fixtures")
    for name in (*(f"{f} F1" for f in FIELDS), "grounded", "valid", "failed"):
        table.add_column(name, justify="right")
    for name, m in _ranked(doc):
        fail = f"[red]{m['failures']}[/red]" if m["failures"] else "0"
        quality = (_f(m["grounding_rate"]), _f(m["schema_valid_rate"]), fail)
        table.add_row(name, *(_f1_cell(m[f]) for f in FIELDS), *quality)
    return table


def usage_table(doc: dict) -> Table:
    """One row per model: latency p50/p95, tokens, retries, cached answers, cost."""
    table = _table("Cost and speed")
    for name in ("p50 s", "p95 s", "tokens", "retries", "cached", "cost"):
        table.add_column(name, justify="right")
    for name, m in _ranked(doc):
        table.add_row(name, _f(m["latency_p50_s"]), _f(m["latency_p95_s"]), f"{m['tokens']:,}", str(m["retries"]),
                      str(m["cached"]), _cost(m["cost_usd"]))
    return table


def comparison_table(doc: dict) -> Table | None:
    """Each model against the reference: delta of micro F1 per field, 95% CI and p (paired bootstrap)."""
    comp = doc.get("comparisons") or {}
    if not comp.get("models"):
        return None
    table = _table(f"Against {comp['reference']} · paired bootstrap")
    for f in FIELDS:
        table.add_column(f"Δ {f} F1", justify="right")
    for name, fields in comp["models"].items():
        table.add_row(name, *(_delta_cell(fields[f]) for f in FIELDS))
    return table


def _delta_cell(c: dict) -> str:
    colour = "green" if c["delta"] > 0 else "red" if c["delta"] < 0 else "white"
    lo, hi = c["ci"]
    return f"[{colour}]{c['delta']:+.3f}[/{colour}] [dim]p={_f(c['p_value'], 3)}\n[{_f(lo)}, {_f(hi)}][/dim]"


def print_leaderboard(doc: dict, console: Console) -> None:
    console.print(leaderboard_table(doc))
    console.print(usage_table(doc))
    comparison = comparison_table(doc)
    if comparison is not None:
        console.print(comparison)


def print_compare(diff: dict, name_a: str, name_b: str, console: Console) -> None:
    """Per-field deltas (B - A) per shared model, then the fixtures that got worse."""
    table = _table(f"{name_a} → {name_b}")
    keys = (*FIELDS, "grounding_rate", "failures")
    for key in keys:
        table.add_column(key, justify="right")
    for model, row in diff["models"].items():
        table.add_row(model, *(_change(row[k], higher_is_better=k != "failures") for k in keys))
    console.print(table)
    for side, models in (("A", diff["only_in_a"]), ("B", diff["only_in_b"])):
        if models:
            console.print(f"[dim]only in {side}: {', '.join(models)}[/dim]")
    if not diff["regressions"]:
        console.print("[green]No fixture regressed.[/green]")
        return
    console.print(f"[bold red]{len(diff['regressions'])} fixture(s) regressed:[/bold red]")
    for r in diff["regressions"]:
        what = ", ".join(f"{f} {a:.2f}→{b:.2f}" for f, (a, b) in r["fields"].items())
        failed = f" [red]failed: {r['error']}[/red]" if r["failed"] else ""
        console.print(f"  {r['model']} · {r['fixture']}: {what}{failed}", highlight=False)


def _change(d: dict, higher_is_better: bool = True) -> str:
    a, b, delta = d["a"], d["b"], d["delta"]
    if delta is None:
        return f"{_f(a)} → {_f(b)}"
    good = delta > 0 if higher_is_better else delta < 0
    colour = "white" if delta == 0 else "green" if good else "red"
    digits = 0 if isinstance(a, int) and isinstance(b, int) else 2
    return f"{_f(a, digits)} → {_f(b, digits)} [{colour}]({delta:+.{max(digits, 2) if digits else 0}f})[/{colour}]"
