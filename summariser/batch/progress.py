"""Progress of a batch run on stderr: a live bar with rate and ETA on a terminal, else a
status line every so often (a log file gets no redraws); stdout is never touched."""

from __future__ import annotations

import sys
import time
from typing import TextIO

STATUS_EVERY_S = 10.0


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}h{rest // 60:02d}m" if hours else f"{rest // 60}m{rest % 60:02d}s"


class Progress:
    """Counts finished and failed articles against ``total`` (None when unknown).

    Args:
        total: articles to do in this run, when known.
        stream: where to write (stderr).
        live: draw a rich bar (default: when ``stream`` is a terminal).
        every: seconds between status lines when not live.
    """

    def __init__(self, total: int | None, stream: TextIO | None = None, live: bool | None = None,
                 every: float = STATUS_EVERY_S):
        self.total, self.stream = total, stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.every = every
        self.done = self.failed = 0
        self.started = self._last = time.monotonic()
        self._first: float | None = None  # when the first article finished: start-up is not the rate
        self._bar = None

    def __enter__(self) -> Progress:
        if self.live:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn
            from rich.progress import TimeRemainingColumn

            self._bar = Bar(
                TextColumn("articles"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                TextColumn("{task.fields[failed]}"), TimeRemainingColumn(),
                console=Console(file=self.stream), transient=True, redirect_stdout=False, redirect_stderr=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("", total=self.total, rate="", failed="")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def advance(self, done: int, failed: int = 0) -> None:
        """Count ``done`` more articles, ``failed`` of them failed."""
        now = time.monotonic()
        if self._first is None:
            self._first, self._base, self._last = now, self.done + done, now
        self.done += done
        self.failed += failed
        if self._bar is not None:
            failures = f"{self.failed} failed" if self.failed else ""
            self._bar.update(self._task, advance=done, rate=f"{self.rate():.1f}/s", failed=failures)
        elif now - self._last >= self.every:
            self._last = now
            self.stream.write(f"summariser: {self.line()}\n")
            self.stream.flush()

    def rate(self) -> float:
        """Articles per second since the first finished."""
        if self._first is None:
            return 0.0
        elapsed = time.monotonic() - self._first
        return (self.done - self._base) / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        """One status line: done, failed, rate and ETA."""
        of = f"/{self.total}" if self.total is not None else ""
        text = f"{self.done}{of} articles, {self.failed} failed, {self.rate():.1f}/s"
        if self.total is not None and self.rate() > 0:
            text += f", ETA {_duration(max(self.total - self.done, 0) / self.rate())}"
        return text
