"""`summariser batch INPUT --out DIR`: an archive into Parquet tables, resumable, locally or on Ray."""

from __future__ import annotations

import click

from summariser.cli.main import INTERRUPTED, fail
from summariser.cli.options import given, pipeline_options
from summariser.reading import MAX_TEXT_BYTES

ENGINES = ("local", "ray")
# what changes the summaries: a rerun into the same --out must not mix them (servers and timeouts may change)
_SETTINGS = ("mode", "strategy", "temperature", "seed", "max_tokens", "max_retries", "fallbacks")


@click.command()
@click.argument("source", metavar="INPUT")
@click.option("--out", "-o", required=True, metavar="DIR", help="Folder of the Parquet tables; a rerun resumes it.")
@click.option(
    "--model", "-m",
    help="litellm model string, `local`, `local:PATH.gguf`, or `baseline` (rules alone)  "
         "[default: $SUMMARISER_MODEL or local]",
)
@pipeline_options
@click.option("--per-endpoint", type=click.IntRange(min=1), metavar="N",
              help="Requests in flight at once on each --api-base server  [default: no bound]")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="local: this machine; ray: a Ray cluster (pip install 'summariser[ray]').")
@click.option("--concurrency", "-j", type=click.IntRange(min=1), default=16, show_default=True,
              help="Articles in flight at once (with --engine ray: per actor).")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Local engine: processes sharing the work (for the CPU of rules and parsing)  [default: 1]")
@click.option("--actors", type=click.IntRange(min=1), metavar="N",
              help="Ray engine: actors in the pool  [default: the cluster's CPUs]")
@click.option("--address", metavar="ADDRESS", help="Ray engine: an existing cluster (e.g. ray://head:10001, auto).")
@click.option("--split", metavar="NAME", help="Split of a hub dataset INPUT  [default: train]")
@click.option("--retry-failed", is_flag=True, help="Summarise again the articles that failed last time.")
@click.option("--flush-every", type=click.IntRange(min=1), default=1000, show_default=True, metavar="N",
              help="Commit the tables every N articles (and at least once a minute).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_TEXT_BYTES, show_default=True,
              help="Refuse a file of a folder INPUT larger than this.")
@click.option("--verbose", "-v", is_flag=True, help="Show tracebacks and library logs.")
def batch(source: str, out: str, engine: str, concurrency: int, workers: int | None, actors: int | None,
          address: str | None, split: str | None, retry_failed: bool, flush_every: int, max_bytes: int,
          verbose: bool, **settings) -> int:
    """Summarise every article of INPUT into Parquet tables under --out.

    INPUT is a folder of .txt/.html files, a .jsonl or .parquet file (columns id,
    text, and optionally published, title, url), or a hub dataset name. The tables
    (articles, actors, events, event_actors, stances, rejected) join on article_id.
    A rerun with the same --out skips finished articles; failed ones are kept with
    their error and run again with --retry-failed.
    """
    from pathlib import Path

    from summariser.batch.inputs import Archive
    from summariser.batch.store import Store
    from summariser.batch.work import Job
    from summariser.cli.summarise import quiet_libraries
    from summariser.options import Options, default_model

    _check_engine_options(engine, workers, actors, address)
    options = given(settings) | ({"per_endpoint": settings["per_endpoint"]} if settings["per_endpoint"] else {})
    model = settings["model"] or default_model()
    Options(model=model, **options)  # a mistake fails before any input is read
    archive = Archive(source, split)
    if split and archive.kind != "hub":
        raise click.UsageError("--split applies to a hub dataset INPUT only")
    job = Job(model, options, concurrency, max_bytes)
    store = Store(Path(out), flush_articles=flush_every)
    with quiet_libraries(verbose):
        return _run(archive, store, job, engine, workers or 1, actors, address, retry_failed, verbose)


def _check_engine_options(engine: str, workers: int | None, actors: int | None, address: str | None) -> None:
    if engine == "local" and (actors or address):
        raise click.UsageError("--actors and --address apply to --engine ray")
    if engine == "ray" and workers:
        raise click.UsageError("--workers applies to --engine local; Ray's pool size is --actors")


def _run(archive, store, job, engine: str, workers: int, actors: int | None, address: str | None,
         retry_failed: bool, verbose: bool) -> int:
    from summariser.batch.progress import Progress

    try:
        store.check_run({"model": job.model, **{k: _plain(job.options.get(k)) for k in _SETTINGS},
                         "strategy": job.made.strategy, "prompt_version": job.made.prompt_version})
        retried = store.forget_failed() if retry_failed else 0
        skipped = len(store.done)
        if skipped or retried:
            again = f"; {retried} failed one(s) run again" if retried else ""
            click.echo(f"summariser: {skipped} article(s) already in {store.out} are skipped{again}", err=True)
        total = archive.count()
        with Progress(None if total is None else max(total - skipped, 0)) as progress:
            _engine(engine, archive, store, job, progress, workers, actors, address)
    except KeyboardInterrupt:
        store.close()
        fail(f"interrupted after {store.counts.done} articles; rerun with the same --out to resume")
        return INTERRUPTED
    except BaseException:
        store.close()  # what finished is committed, whatever stopped the run
        if verbose:
            import traceback

            click.echo(traceback.format_exc().rstrip(), err=True)
        raise
    store.close()
    return _report(store)


def _engine(engine, archive, store, job, progress, workers, actors, address) -> None:
    if engine == "ray":
        from summariser.batch.ray_engine import run_ray

        run_ray(archive, store, job, progress, actors=actors, address=address)
    else:
        from summariser.batch.local import run_local

        run_local(archive, store, job, progress, workers)


def _plain(value):
    return list(value) if isinstance(value, tuple) else value


def _report(store) -> int:
    counts = store.counts
    duplicates = f", {counts.duplicates} repeated id(s) skipped" if counts.duplicates else ""
    click.echo(f"summariser: {counts.done} article(s) done, {counts.failed} failed{duplicates}; tables in {store.out}",
               err=True)
    if counts.failed:
        fail(f"{counts.failed} article(s) failed (see articles.error); rerun with --retry-failed to try them again")
        return 1
    return 0
