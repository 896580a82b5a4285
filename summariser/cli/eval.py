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


_RUN_OPTIONS = (
    click.option("--allow-invalid", is_flag=True,
                 help="Run even when `fixtures check` finds problems in the fixtures."),
    click.option("--concurrency", "-j", type=click.IntRange(1, 256), default=4, show_default=True,
                 help="Model requests in flight at once."),
    click.option("--ramp", type=click.FloatRange(0, 1), default=0.01, show_default=True, metavar="SECONDS",
                 help="Start the first -j requests this far apart, so that they do not all come back at once."),
    click.option("--out", type=_DIR,
                 help="Run folder; give an interrupted run's folder to resume it. Default: runs/<UTC time>."),
    click.option("--json", "as_json", is_flag=True,
                 help="Print the report as JSON on stdout instead of the leaderboard."),
    click.option("--no-cache", is_flag=True, help="Neither read nor write the response cache."),
    click.option("--cache-dir", type=_DIR,
                 help="Response cache. Default: $SUMMARISER_CACHE_DIR or ~/.cache/summariser."),
    click.option("--retry-failed", is_flag=True, help="When resuming, run again the fixtures that failed."),
)
RUN_OPTIONS = ("allow_invalid", "concurrency", "ramp", "out", "as_json", "no_cache", "cache_dir", "retry_failed")
"""How a run goes, whatever runs in it: the options `eval` and `eval run` share."""


def run_options(command):
    """Add the options of how a run goes (`RUN_OPTIONS`) to ``command``."""
    for option in reversed(_RUN_OPTIONS):
        command = option(command)
    return command


@click.group(invoke_without_command=True)
@click.option("--model", "-m", "models", multiple=True, metavar="NAME",
              help="Model to evaluate, repeatable: gold, baseline (rules), trivial (the floor), local, or a litellm "
                   "provider/model string.")
@click.option("--fixtures", "source", metavar="PATH",
              help="Folder of fixture files, a .json/.jsonl file, or a hub dataset name. Default: ./fixtures.")
@click.option("--tag", "tags", multiple=True, metavar="TAG",
              help="Only fixtures with this tag (repeatable: with every tag given), e.g. --tag real.")
@click.option("--split", help="Split of a hub dataset (default: test, else the first).")
@click.option("--limit", type=click.IntRange(1), help="Only the first N fixtures.")
@run_options
@pipeline_options
@click.pass_context
def eval_group(ctx: click.Context, models: tuple[str, ...], source, tags, split, limit, **kw) -> None:
    """Run models over hand-labelled fixtures, score every field, compare and report.

    The pipeline options apply to every model that is not gold, baseline or trivial;
    a suite file (`eval run`) gives each contestant its own.

    \b
    summariser eval --model gold --model baseline --model local
    summariser eval run evals/ci.toml
    summariser eval compare runs/A runs/B
    """
    if ctx.invoked_subcommand is not None:
        _refuse_options_before(ctx)
        return
    if not models:
        raise click.UsageError("give at least one --model (gold, baseline, local or a litellm model string), "
                               "or a suite file: eval run SUITE.toml")
    from summariser.evals import suites

    how = {k: kw.pop(k) for k in RUN_OPTIONS}
    _run(suites.from_models(list(models), given(kw), source=source, split=split, tags=tags, limit=limit), **how)


def _refuse_options_before(ctx: click.Context) -> None:
    """`eval --model x run ...`: an option before the subcommand would be silently unused."""
    from click.core import ParameterSource

    given_ = [p for p in ctx.command.params if ctx.get_parameter_source(p.name) is not ParameterSource.DEFAULT]
    if given_:
        flags = ", ".join(p.opts[0] for p in given_)
        sub = ctx.invoked_subcommand
        raise click.UsageError(f"{flags} before '{sub}' would not be used: give '{sub}' its options after it")


@eval_group.command("run")
@click.argument("suite_file", metavar="SUITE", type=click.Path(dir_okay=False, path_type=Path))
@run_options
def run_suite(suite_file: Path, **how) -> None:
    """Run the eval suite in SUITE (a TOML file: contestants, fixtures, thresholds).

    Each contestant runs with its own model, server, strategy, prompts and options;
    reports are written as for `eval`. Exit code 1 when a contestant misses a
    threshold, with one line per miss. See evals/README.md.

    \b
    summariser eval run evals/ci.toml
    """
    from summariser.evals import suites

    _run(suites.load(suite_file), **how)


def _run(suite, *, allow_invalid, concurrency, ramp, out, as_json, no_cache, cache_dir, retry_failed) -> None:
    import asyncio
    import json

    from rich.console import Console

    from summariser.evals import leaderboard, reports, suites
    from summariser.evals.cache import ResponseCache
    from summariser.evals.fixtures import load_fixtures
    from summariser.evals.progress import ProgressBars
    from summariser.evals.runner import RESULTS, run_eval

    if not allow_invalid:
        _refuse_invalid(suite.source)
    fixtures = _tagged(load_fixtures(suite.source, suite.split), suite.tags)[:suite.limit]
    out = out or _default_out()
    cache = None if no_cache else ResponseCache(cache_dir)
    err = Console(stderr=True)
    try:
        with ProgressBars(err) as bars:
            run = asyncio.run(run_eval(fixtures, list(suite.predictors), out, factory=suite.predictors.__getitem__,
                                       cache=cache, concurrency=concurrency, retry_failed=retry_failed,
                                       progress=bars, ramp=ramp))
    except KeyboardInterrupt:
        message = f"interrupted: finished fixtures are in {out / RESULTS}; rerun with --out {out} to resume"
        raise EvalError(message, 130) from None
    doc = reports.document(run, suite=suite.record())
    doc["thresholds"] = suites.verdicts(suite, doc)
    paths = reports.write_reports(run, doc)
    if as_json:
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        leaderboard.print_leaderboard(doc, Console())
    verdicts = doc["thresholds"]
    met = f" · {sum(v['met'] for v in verdicts)} of {len(verdicts)} thresholds met" if verdicts else ""
    err.print(f"[dim]{run.calls} model calls, {run.cache_hits} cached, {run.resumed} resumed{met} · "
              f"report: {paths['html']}[/dim]", highlight=False)
    broken = _report_failures(doc)
    missed = [suites.miss_line(v) for v in verdicts if not v["met"]]
    for line in missed:
        click.echo(f"summariser: threshold: {line}", err=True)
    if broken:
        raise EvalError(f"every fixture failed for {', '.join(broken)}")
    if missed:
        raise SystemExit(1)


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


def _report_failures(doc: dict) -> list[str]:
    """Say on screen which models failed where; return those that failed everywhere."""
    broken = []
    for name, m in doc["models"].items():
        if m["failures"]:
            first = m["first_failure"]
            click.echo(f"summariser: warning: {name}: {m['failures']} of {m['n']} fixtures failed; first, "
                       f"{first['fixture']}: {first['error']}", err=True)
            broken += [name] if m["failures"] == m["n"] else []
    return broken


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
