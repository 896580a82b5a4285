"""`summariser fixtures check [PATH]`: every problem in a folder of fixtures, one line each."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("fixtures")
def fixtures_group() -> None:
    """Check hand-labelled fixtures against the contract and the labelling guide."""


@fixtures_group.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
def check(path: Path | None) -> None:
    """Print every problem in the fixtures at PATH (default: ./fixtures), one line each:
    file, field, reason. Exits 1 when there is any."""
    from summariser.errors import InputError
    from summariser.evals.checks import check as check_fixtures
    from summariser.evals.checks import fixture_files
    from summariser.evals.fixtures import default_fixtures_dir

    path = path or default_fixtures_dir()
    if not path.exists():
        raise InputError(f"no fixtures at {path}")
    files = fixture_files(path)
    if not files:
        raise InputError(f"no .json or .jsonl fixture files under {path}")
    problems = check_fixtures(path)
    for problem in problems:
        click.echo(str(problem))
    summary = f"{len(files)} files, {len(problems)} problem{'s' if len(problems) != 1 else ''}"
    click.echo(summary, err=True)
    if problems:
        raise SystemExit(1)
