"""`summariser summarise PATH...`: read each article, summarise it, print or append the result."""

from __future__ import annotations

import contextlib
import logging
import sys
import warnings
from collections.abc import Coroutine, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import click

from summariser.cli.main import INTERRUPTED, _one_line, fail
from summariser.cli.options import given, iso_date_option, pipeline_options
from summariser.errors import SummariserError
from summariser.reading import MAX_TEXT_BYTES

if TYPE_CHECKING:
    from summariser.journal import ResultsFile
    from summariser.schema import ArticleSummary

T = TypeVar("T")

# Spelled out here so `--help` need not import rendering; tests/cli checks they agree.
FORMATS = ("json", "markdown", "pretty")


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--model", "-m",
    help="litellm model string, `local`, `local:PATH.gguf`, or `baseline` (rules alone)  "
         "[default: $SUMMARISER_MODEL or local]",
)
@pipeline_options
@click.option(
    "--published", callback=iso_date_option, metavar="DATE",
    help="Publication date (ISO) of every PATH; overrides the date in HTML metadata.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option(
    "--out", "-o", metavar="FILE",
    help="Append each result to FILE as it finishes; a rerun skips the PATHs listed in FILE.done.",
)
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=MAX_TEXT_BYTES, show_default=True,
    help="Refuse article text larger than this.",
)
@click.option("--verbose", "-v", is_flag=True, help="Show tracebacks and library logs.")
def summarise(
    paths: tuple[str, ...], fmt: str, out: str | None, max_bytes: int, verbose: bool, **settings
) -> int:
    """Summarise each PATH (a text or HTML file, or - for stdin).

    With several PATHs a failing article is reported as one line and the others
    still complete; the exit code is non-zero if any failed. With --out, FILE.done
    lists the finished PATHs, one per entry of FILE, so a rerun resumes.
    """
    from summariser.options import Options, default_model

    options = given(settings)
    Options(model=settings["model"] or default_model(), **options)  # a mistake fails before any input is read
    run = _Run(paths, settings["model"], settings["published"], options, fmt=fmt, max_bytes=max_bytes,
               verbose=verbose)
    with quiet_libraries(verbose):
        try:
            return run.execute(out)
        except KeyboardInterrupt:
            resume = "; rerun with the same --out to resume" if out else ""
            fail(f"interrupted after {run.finished} of {len(paths)} articles{resume}")
            return INTERRUPTED
        except BaseException:
            run.trace()
            raise


@contextlib.contextmanager
def quiet_libraries(verbose: bool) -> Iterator[None]:
    """Keep stderr to our own lines: library log records and warnings would add more.

    Restored afterwards, so in-process callers (tests) keep their logging.
    """
    if verbose:
        logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
        yield
        return
    previous = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(previous)


class _Run:
    """One `summarise` invocation: read, summarise and write each PATH in turn.

    Articles run one after another: the embedded model serves a couple of
    requests at once at best, and the pipeline already parallelises chunks.
    """

    def __init__(self, paths: tuple[str, ...], model: str | None, published: str | None, options: dict, *,
                 fmt: str, max_bytes: int, verbose: bool):
        self.paths, self.fmt, self.max_bytes, self.verbose = paths, fmt, max_bytes, verbose
        self.model, self.published, self.options = model, published, options
        self.finished = 0
        self.loading = False
        self.codes: list[int] = []
        self.progress = _Progress(0, show=False)

    def execute(self, out: str | None) -> int:
        from summariser.options import Options, default_model

        journal = None
        if out:  # the journal's module (and pathlib) only when results go to a file
            from summariser.journal import ResultsFile

            journal = ResultsFile(out, self.fmt)
        todo = [p for p in self.paths if journal is None or not journal.has(p)]
        if journal and len(todo) < len(self.paths):
            skipped = len(self.paths) - len(todo)
            click.echo(f"summariser: skipping {skipped} article(s) listed in {journal.done_path}", err=True)
        show = len(todo) > 1 and sys.stderr.isatty() and (out is not None or not sys.stdout.isatty())
        self.progress = _Progress(len(todo), show)
        try:
            with self.progress:
                if Options(model=self.model or default_model(), **self.options).calls_model:
                    import asyncio

                    # One event loop for the whole run: litellm caches async clients per loop.
                    asyncio.run(self._all(todo, journal))
                else:  # the rules await nothing: no event loop, nor the import of asyncio
                    _run_inline(self._all(todo, journal))
        finally:
            if journal:
                journal.close()
        return self._exit_code()

    async def _all(self, paths: list[str], journal: ResultsFile | None) -> None:
        from summariser.rendering import render, write_summary

        for path in paths:
            self.progress.begin(path)
            summary = await self._one(path)
            if summary is not None and journal:
                journal.write(path, render(summary, self.fmt))
            elif summary is not None:
                write_summary(summary, self.fmt)
            self.finished += 1
            self.progress.advance()

    async def _one(self, path: str) -> ArticleSummary | None:
        from summariser.reading import read_article

        try:
            article = read_article(path, self.max_bytes)
        except SummariserError as exc:  # reading errors already name the input
            return self._failed(str(exc), exc.exit_code)
        from summariser import pipeline  # after reading: a bad input fails without loading it

        if not self.loading:  # the embedded model loads while the first call's imports run
            pipeline.start_loading(self.model, self.options.get("strategy"))
            self.loading = True
        where = f"{path}: " if len(self.paths) > 1 else ""
        published = self.published or article.published
        try:
            summary = await pipeline.asummarise_as_built(article.text, model=self.model, published=published,
                                                         **self.options)
            return summary.model_copy(update={"input": path})
        except SummariserError as exc:
            return self._failed(f"{where}{_one_line(exc)}", exc.exit_code)
        except Exception as exc:  # a bug, or an error the pipeline did not translate
            return self._failed(f"{where}internal error: {type(exc).__name__}: {_one_line(exc)}", 1)

    def _failed(self, message: str, code: int) -> None:
        self.trace()
        self.progress.error(f"summariser: error: {message}")
        self.codes.append(code)

    def trace(self) -> None:
        """With --verbose, print the traceback of the exception being handled."""
        if self.verbose:
            import traceback

            from summariser.errors import redact

            self.progress.error(redact(traceback.format_exc().rstrip()))

    def _exit_code(self) -> int:
        codes = set(self.codes)
        if not codes:
            return 0
        return codes.pop() if len(codes) == 1 else 1


def _run_inline(coroutine: Coroutine[Any, Any, T]) -> T:
    """The result of a coroutine that awaits nothing but other coroutines (the rules: no call,
    no sleep, no thread), run to its end here, without an event loop.

    Raises:
        RuntimeError: the coroutine waited for something only an event loop provides.
    """
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value
    coroutine.close()
    raise RuntimeError("the coroutine waited for an event loop")


class _Progress:
    """A progress bar on stderr, shown only where it helps and cannot garble output.

    That is: several PATHs, stderr is a terminal, and results do not go to that
    same terminal (they go to --out or a pipe). Otherwise a no-op.
    """

    def __init__(self, total: int, show: bool):
        self.total, self.show = total, show
        self.bar = None

    def __enter__(self) -> _Progress:
        if self.show:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
            from rich.progress import TimeElapsedColumn

            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            # transient: the bar vanishes when done; no redirects: stdout carries results.
            self.bar = Progress(
                *columns, console=Console(stderr=True), transient=True,
                redirect_stdout=False, redirect_stderr=False,
            )
            self.bar.start()
            self.task = self.bar.add_task("", total=self.total)
        return self

    def __exit__(self, *exc_info) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None

    def begin(self, path: str) -> None:
        if self.bar is not None:
            self.bar.update(self.task, description=path)

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def error(self, text: str) -> None:
        if self.bar is None:
            click.echo(text, err=True)
            return
        from rich.text import Text

        # Text, not a string: a message is never read as rich markup; soft_wrap keeps it one line.
        self.bar.console.print(Text(text), soft_wrap=True, highlight=False)
