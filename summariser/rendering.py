"""Render an `ArticleSummary` as JSON, Markdown, or rich tables for a terminal.

Every string in a summary came from a model, so nothing here is ever read as
markup: Markdown cells are escaped and rich cells are `Text`, never markup
strings (a model writing "[red]" must print "[red]").

A summary is the contract's model or the rules' plain record of it (`summariser.records`):
both have the same fields and the same JSON, so nothing here imports pydantic.
"""

from __future__ import annotations

import io
import json
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # rich is imported only when pretty output is asked for
    from rich.console import Console, RenderableType

    from summariser.schema import ArticleSummary, Rejection, Span, Usage

FORMATS = ("json", "markdown", "pretty")


def to_json(summary: ArticleSummary) -> str:
    """One line of JSON that validates against `ArticleSummary` (nulls kept)."""
    return summary.model_dump_json(exclude_none=False)


def write_summary(summary: ArticleSummary, fmt: str, file: TextIO | None = None) -> None:
    """Write one summary in `fmt` to `file` (stdout by default) and flush it.

    Flushing after each summary means a run that dies keeps what it finished.
    """
    file = file or sys.stdout
    if fmt == "pretty":
        print_pretty(summary, _console(file))
    else:
        file.write(render(summary, fmt))
    file.flush()


def render(summary: ArticleSummary, fmt: str) -> str:
    """One summary in `fmt` as text ending in a newline (``pretty`` without colours)."""
    if fmt == "json":
        return to_json(summary) + "\n"
    if fmt == "markdown":
        return to_markdown(summary) + "\n"
    if fmt == "pretty":
        buffer = io.StringIO()
        print_pretty(summary, _console(buffer))
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def usage_line(usage: Usage | None) -> str:
    """`model · tokens · calls · retries · seconds · cost`, for both human formats."""
    if usage is None:
        return "usage not recorded"
    parts = [
        usage.model or "unknown model",
        f"{usage.prompt_tokens} prompt + {usage.completion_tokens} completion tokens",
        _plural(usage.calls, "call"),
        _plural(usage.retries, "retry", "retries"),
        f"{usage.latency_s:.2f} s",
    ]
    if usage.cost_usd is not None:
        parts.append(f"${usage.cost_usd:.4f}")
    return " · ".join(parts)


def quote_evidence(evidence: str, span: Span | None) -> str:
    """The evidence in quotes, with its offsets in the article when known."""
    where = f"[{span.start}:{span.end}]" if span else "[not located]"
    return f"“{evidence}” {where}"


def rejection_line(rejection: Rejection) -> str:
    """`field: reason: item`, with the item shortened to keep the line readable."""
    item = json.dumps(rejection.item, ensure_ascii=False)
    if len(item) > 160:
        item = item[:157] + "..."
    return f"{rejection.field}: {rejection.reason}: {item}"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


# --- Markdown ---------------------------------------------------------------


def to_markdown(summary: ArticleSummary) -> str:
    """Headline, summary, tables of actors, events and stances, rejections, usage."""
    sections = [
        f"# {_md_line(summary.headline)}",
        summary.summary.strip(),
        "## Actors\n\n" + _md_table(("id", "name", "kind", "role", "aliases"), _actor_rows(summary)),
        "## Events\n\n"
        + _md_table(
            ("id", "kind", "description", "agents → targets", "date", "location", "evidence"),
            _event_rows(summary),
        ),
        "## Stances\n\n"
        + _md_table(("holder", "polarity", "target", "evidence"), _stance_rows(summary)),
        "## Rejected\n\n" + _md_rejected(summary.rejected),
        f"_Usage: {_md_line(usage_line(summary.usage))}_",
    ]
    return "\n\n".join(sections) + "\n"


def _actor_rows(summary: ArticleSummary) -> list[tuple[str, ...]]:
    return [
        (a.id, a.name, a.kind, a.role or "", ", ".join(a.aliases)) for a in summary.actors
    ]


def _event_rows(summary: ArticleSummary) -> list[tuple[str, ...]]:
    return [
        (
            e.id,
            e.kind,
            e.description,
            _arrow(e.agents, e.targets),
            e.date or "",
            e.location or "",
            quote_evidence(e.evidence, e.evidence_span),
        )
        for e in summary.events
    ]


def _stance_rows(summary: ArticleSummary) -> list[tuple[str, ...]]:
    return [
        (s.holder, s.polarity, s.target, quote_evidence(s.evidence, s.evidence_span))
        for s in summary.stances
    ]


def _arrow(agents: list[str], targets: list[str]) -> str:
    left = ", ".join(agents) or "?"
    return f"{left} → {', '.join(targets)}" if targets else left


def _md_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    if not rows:
        return "_None._"
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _md_cell(value: str) -> str:
    # A pipe would end the cell and a newline the row.
    return _md_line(value).replace("|", "\\|")


def _md_line(value: str) -> str:
    return " ".join(value.split())


def _md_rejected(rejected: list[Rejection]) -> str:
    if not rejected:
        return "_None._"
    return "\n".join(f"- {_md_line(rejection_line(r))}" for r in rejected)


# --- Pretty (rich) ----------------------------------------------------------


def print_pretty(summary: ArticleSummary, console: Console | None = None) -> None:
    """Print the summary as rich panels and tables (stdout unless `console` says otherwise)."""
    from rich.console import Console

    (console or Console()).print(pretty(summary))


def pretty(summary: ArticleSummary) -> RenderableType:
    """The summary as one rich renderable: a headline panel, tables, rejections, usage."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    parts: list[RenderableType] = [
        Panel(Text(summary.summary), title=Text(summary.headline, style="bold"), title_align="left"),
        _rich_table("Actors", ("id", "name", "kind", "role", "aliases"), _actor_rows(summary)),
        _rich_table(
            "Events",
            ("id", "kind", "description", "agents → targets", "date", "location", "evidence"),
            _event_rows(summary),
        ),
        _rich_table("Stances", ("holder", "polarity", "target", "evidence"), _stance_rows(summary)),
    ]
    if summary.rejected:
        rejected = Text("\n".join(rejection_line(r) for r in summary.rejected), style="yellow")
        parts.append(Panel(rejected, title="Rejected", title_align="left"))
    parts.append(Text(usage_line(summary.usage), style="dim"))
    return Group(*parts)


def _rich_table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]):
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", show_lines=True, expand=False)
    for name in header:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    if not rows:
        table.add_row(*(Text("—" if i == 0 else "", style="dim") for i in range(len(header))))
    return table


def _console(file: TextIO) -> Console:
    from rich.console import Console

    # A file gets plain text at a readable width; a terminal gets colour.
    is_tty = getattr(file, "isatty", lambda: False)()
    return Console(file=file, width=None if is_tty else 120)
