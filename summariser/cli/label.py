"""`summariser label ARTICLE... --out DIR`: label articles into fixtures in a local web page."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

import click

from summariser.cli.main import INTERRUPTED, _one_line, fail
from summariser.cli.options import given, iso_date_option, pipeline_options
from summariser.cli.summarise import quiet_libraries
from summariser.reading import MAX_TEXT_BYTES

ORIGINS = ("real", "invented")  # the fixtures guide's origin tags; `fixtures check` wants one


def _language(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not re.fullmatch(r"[a-z]{2,3}", value):
        raise click.BadParameter(f"'{value}' is not a language code such as en, de or fr")
    return value


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "--out", "-o", required=True, type=click.Path(path_type=Path, file_okay=False), metavar="DIR",
    help="Folder for the fixtures (<id>.json) and the work in progress (DIR/.label/).",
)
@click.option(
    "--model", "-m", default="baseline", show_default=True,
    help="Model whose summary proposes the labels: `baseline` (rules, instant), `local`, or any litellm model string.",
)
@pipeline_options
@click.option(
    "--published", callback=iso_date_option, metavar="DATE",
    help="Publication date (ISO) of every ARTICLE; overrides the date in HTML metadata.",
)
@click.option("--language", default="en", show_default=True, callback=_language, metavar="CODE",
              help="Language code of the articles (a tag too).")
@click.option("--origin", type=click.Choice(ORIGINS), default="real", show_default=True,
              help="Origin tag: `real` articles need their source and licence before they save.")
@click.option("--tag", "tags", multiple=True, default=("mine",), show_default=True, metavar="TAG",
              help="Tag of every fixture (a topic, say); repeatable.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Port on 127.0.0.1  [default: a free one]")
@click.option("--no-browser", is_flag=True, help="Print the page's address but do not open a browser.")
@click.option("--verbose", "-v", is_flag=True, help="Show library logs, and the traceback of a model that fails.")
def label(paths: tuple[str, ...], out: Path, language: str, origin: str, tags: tuple[str, ...], port: int,
          no_browser: bool, verbose: bool, **settings) -> int:
    """Label each ARTICLE (a text or HTML file) in a local web page, and save it as a fixture.

    The model's (or the rules') actors, events and stances are shown on the
    article; accept, reject or edit each, add more by selecting text, and save
    DIR/<id>.json, checked as `summariser fixtures check` checks it. Every change
    is written to DIR/.label/ at once: rerun the same command to resume.
    """
    from summariser.labelling.session import Session
    from summariser.options import Options

    model, options = settings["model"], given(settings)
    Options(model=model, **options)  # a mistake fails before any input is read
    sources = _sources(paths, settings["published"])
    session = Session.open(out, sources, language, list(dict.fromkeys([origin, language, *tags])))
    if session.resumed:
        click.echo(f"summariser: resuming {session.resumed} of {len(sources)} articles from {session.work_dir}: "
                   "their labels, dates and tags are as you left them", err=True)
    with quiet_libraries(verbose):
        try:
            _propose(session, model, options, verbose)
        except KeyboardInterrupt:
            fail(f"interrupted; the proposals made so far are kept in {session.work_dir}")
            return INTERRUPTED
    return _serve(session, port, not no_browser)


def _sources(paths: tuple[str, ...], published: str | None) -> list:
    from summariser.errors import InputError
    from summariser.labelling.proposals import slug
    from summariser.labelling.session import Source
    from summariser.reading import read_article

    sources: dict[str, Source] = {}
    for path in paths:
        if path == "-":
            raise InputError("label reads article files, not stdin: save the article to a file first")
        article = read_article(path, MAX_TEXT_BYTES)
        fixture_id = slug(Path(path).stem, "article")
        if fixture_id in sources:
            raise InputError(f"{sources[fixture_id].input} and {path} would both be fixture '{fixture_id}': "
                             "rename one")
        sources[fixture_id] = Source(path, fixture_id, article.text, article.title, published or article.published)
    return list(sources.values())


def _propose(session, model: str, options: dict, verbose: bool) -> None:
    import asyncio

    from summariser.errors import SummariserError

    async def run() -> None:
        todo = session.pending()
        for n, index in enumerate(todo, 1):
            work = session.works[index]
            if model != "baseline":  # the rules take no time worth a line
                click.echo(f"summariser: proposing {n} of {len(todo)}: {work.input} ({model})", err=True)
            try:
                await session.propose(index, model, options)
            except SummariserError as exc:  # the article can still be labelled by hand
                if verbose:
                    import traceback

                    from summariser.errors import redact

                    click.echo(redact(traceback.format_exc().rstrip()), err=True)
                session.no_proposals(index, exc)
                click.echo(f"summariser: warning: {work.input}: no proposals: {_one_line(exc)}", err=True)

    asyncio.run(run())


def _serve(session, port: int, browse: bool) -> int:
    from summariser.errors import InputError
    from summariser.labelling.server import LabelServer

    try:
        server = LabelServer(session, port)
    except OSError as exc:
        raise InputError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from None
    n = len(session.works)
    try:
        with _stop_on_sigterm():  # from here on, a stop is the normal way out
            click.echo(f"Labelling {n} article{'s' if n != 1 else ''} at {server.url}  (Ctrl-C to stop; "
                       f"every change is kept in {session.work_dir})")
            if browse:
                _open_browser(server.url)
            server.serve_forever()
    except KeyboardInterrupt:
        saved = sum(w.saved for w in session.works)
        click.echo(f"summariser: stopped; {saved} of {n} saved in {session.out}, all work kept in "
                   f"{session.work_dir} (rerun the same command to resume)", err=True)
    finally:
        server.server_close()
    return 0


def _open_browser(url: str) -> None:
    """Open ``url`` in a graphical browser, when there is one; else the printed address is enough.

    Without a display, `webbrowser` falls back to text browsers (lynx, w3m) that would take
    over this terminal and wait, so it is not asked at all.
    """
    import os
    import sys
    import threading
    import webbrowser

    graphical = sys.platform in ("darwin", "win32") or any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"))
    if graphical:
        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()


@contextlib.contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """`kill PID` stops the server the way Ctrl-C does: one line, work kept."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (an in-process test): Ctrl-C only
        previous = None
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)

