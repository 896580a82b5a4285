"""A progress bar per model on stderr, so stdout stays clean for --json."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from summariser.evals.runner import Result, Run


class ProgressBars:
    """Rich progress bars, one per model; a context manager that clears nothing it printed."""

    def __init__(self, console: Console | None = None):
        self.console = console or Console(stderr=True)
        self._bars = Progress(
            TextColumn("[bold]{task.description:<24}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[note]}"),
            TimeElapsedColumn(),
            console=self.console,
            # redrawn ten times a second on a terminal; elsewhere (a log file, a pipe) nobody
            # sees the redraws, and a thread making them would take CPU from the run
            auto_refresh=self.console.is_terminal,
        )
        self._tasks: dict[str, int] = {}
        self._failures: dict[str, int] = {}
        self._cached: dict[str, int] = {}
        self._resumed: dict[str, int] = {}

    def __enter__(self) -> ProgressBars:
        self._bars.start()
        return self

    def __exit__(self, *exc) -> None:
        self._bars.stop()

    def start(self, run: Run) -> None:
        for model in run.models:
            done = [r for (m, _), r in run.results.items() if m == model]
            self._failures[model] = sum(not r.ok for r in done)
            self._cached[model] = 0
            self._resumed[model] = len(done)
            self._tasks[model] = self._bars.add_task(
                model, total=len(run.fixtures), completed=len(done), note=self._note(model)
            )

    def _note(self, model: str) -> str:
        parts = [f"{self._resumed[model]} resumed"] if self._resumed[model] else []
        if self._cached[model]:
            parts.append(f"{self._cached[model]} cached")
        if self._failures[model]:
            parts.append(f"[red]{self._failures[model]} failed[/red]")
        return ", ".join(parts)

    def done(self, result: Result) -> None:
        self._failures[result.model] += not result.ok
        self._cached[result.model] += result.cached
        self._bars.update(self._tasks[result.model], advance=1, note=self._note(result.model))
