"""`summariser eval ...` commands. Imports only click at module level (keeps --help fast)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from summariser.cli.options import given, pipeline_options


class EvalError(click.ClickException):
    """One line on stderr and a non-zero exit code, never a traceback.

    The library's own errors (`SummariserError`: bad fixtures, unknown run) are
    turned into that one line by the top-level group in `summariser.cli.main`.
    """

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def _default_out() -> Path:
    return Path("runs") / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


_DIR = click.Path(file_okay=False, path_type=Path)


@click.group(invoke_without_command=True)
@click.option("--model", "-m", "models", multiple=True, metavar="NAME",
              help="Model to evaluate, repeatable: gold, baseline (rules), trivial (the floor), local, or a litellm "
                   "model string.")
@click.option("--fixtures", "source", metavar="PATH",
              help="Folder of fixture files, a .json/.jsonl file, or a hub dataset name. Default: ./fixtures.")
@click.option("--tag", "tags", multiple=True, metavar="TAG",
              help="Only fixtures with this tag (repeatable: with every tag given), e.g. --tag real.")
@click.option("--allow-invalid", is_flag=True, help="Run even when `fixtures check` finds problems in the fixtures.")
@click.option("--split", help="Split of a hub dataset (default: test, else the first).")
@click.option("--limit", type=click.IntRange(1), help="Only the first N fixtures.")
@click.option("--concurrency", "-j", type=click.IntRange(1, 256), default=4, show_default=True,
              help="Model requests in flight at once.")
@click.option("--ramp", type=click.FloatRange(0, 1), default=0.01, show_default=True, metavar="SECONDS",
              help="Start the first -j requests this far apart, so that they do not all come back at once.")
@click.option("--out", type=_DIR,
              help="Run folder; give an interrupted run's folder to resume it. Default: runs/<UTC time>.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout instead of the leaderboard.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the response cache.")
@click.option("--cache-dir", type=_DIR, help="Response cache. Default: $SUMMARISER_CACHE_DIR or ~/.cache/summariser.")
@click.option("--retry-failed", is_flag=True, help="When resuming, run again the fixtures that failed.")
@pipeline_options
@click.pass_context
def eval_group(ctx: click.Context, models: tuple[str, ...], **kw) -> None:
    """Run models over hand-labelled fixtures, score every field, compare and report.

    \b
    summariser eval --model gold --model baseline --model local
    summariser eval compare runs/A runs/B
    """
    if ctx.invoked_subcommand is not None:
        return
    if not models:
        raise click.UsageError("give at least one --model (gold, baseline, local or a litellm model string)")
    _run(list(models), **kw)


def _run(models: list[str], *, source, split, tags, allow_invalid, limit, concurrency, ramp, out, as_json, no_cache,
         cache_dir, retry_failed, **options) -> None:
    import asyncio
    import json

    from rich.console import Console

    from summariser.evals import leaderboard, reports
    from summariser.evals.cache import ResponseCache
    from summariser.evals.fixtures import load_fixtures
    from summariser.evals.predictors import make_factory
    from summariser.evals.progress import ProgressBars
    from summariser.evals.runner import RESULTS, run_eval

    factory = make_factory(given(options))
    predictors = {name: factory(name) for name in dict.fromkeys(models)}  # a bad option fails before any work
    if not allow_invalid:
        _refuse_invalid(source)
    fixtures = _tagged(load_fixtures(source, split), tags)[:limit]
    out = out or _default_out()
    cache = None if no_cache else ResponseCache(cache_dir)
    err = Console(stderr=True)
    try:
        with ProgressBars(err) as bars:
            run = asyncio.run(run_eval(fixtures, models, out, factory=predictors.__getitem__, cache=cache,
                                       concurrency=concurrency, retry_failed=retry_failed, progress=bars,
                                       ramp=ramp))
    except KeyboardInterrupt:
        message = f"interrupted: finished fixtures are in {out / RESULTS}; rerun with --out {out} to resume"
        raise EvalError(message, 130) from None
    doc = reports.document(run)
    paths = reports.write_reports(run, doc)
    if as_json:
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        leaderboard.print_leaderboard(doc, Console())
    err.print(f"[dim]{run.calls} model calls, {run.cache_hits} cached, {run.resumed} resumed · "
              f"report: {paths['html']}[/dim]", highlight=False)
    _report_failures(doc)


def _refuse_invalid(source: str | None) -> None:
    """Refuse fixtures with problems: a score against wrong labels is wrong."""
    from summariser.errors import InputError
    from summariser.evals.checks import check
    from summariser.evals.fixtures import default_fixtures_dir

    path = Path(source) if source else default_fixtures_dir()
    if not path.exists():
        return  # a hub dataset name: the loader checks each record as it reads it
    problems = check(path)
    if problems:
        more = f" (and {len(problems) - 1} more; `summariser fixtures check {path}` lists them)" if len(problems) > 1 else ""
        raise InputError(f"invalid fixtures: {problems[0]}{more}; --allow-invalid runs anyway")


def _tagged(fixtures: list, tags: tuple[str, ...]) -> list:
    from summariser.errors import InputError

    chosen = [f for f in fixtures if set(tags) <= set(f.tags)]
    if not chosen:
        known = sorted({t for f in fixtures for t in f.tags})
        raise InputError(f"no fixture has the tag(s) {', '.join(tags)}; tags are: {', '.join(known)}")
    return chosen


def _report_failures(doc: dict) -> None:
    """Say on screen which models failed where; exit non-zero when a model failed everywhere."""
    broken = []
    for name, m in doc["models"].items():
        if m["failures"]:
            first = m["first_failure"]
            click.echo(f"summariser: warning: {name}: {m['failures']} of {m['n']} fixtures failed; first, "
                       f"{first['fixture']}: {first['error']}", err=True)
            broken += [name] if m["failures"] == m["n"] else []
    if broken:
        raise EvalError(f"every fixture failed for {', '.join(broken)}")


@eval_group.command()
@click.argument("run_a", type=click.Path(path_type=Path))
@click.argument("run_b", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
@click.option("--fail-on-regression", is_flag=True, help="Exit with code 1 when a fixture regressed.")
def compare(run_a: Path, run_b: Path, as_json: bool, fail_on_regression: bool) -> None:
    """Per-level deltas from RUN_A to RUN_B over the fixtures both scored, and the fixtures that regressed.

    Each run is a run folder or its results.jsonl. Contestants match by name and
    strategy; a paired bootstrap gives p for the headline levels.
    """
    import json

    from rich.console import Console

    from summariser.evals import leaderboard
    from summariser.evals.compare import compare_runs

    diff = compare_runs(run_a, run_b)
    if as_json:
        click.echo(json.dumps(diff, indent=2, ensure_ascii=False))
    else:
        leaderboard.print_compare(diff, str(run_a), str(run_b), Console())
    if fail_on_regression and diff["regressions"]:
        raise SystemExit(1)
