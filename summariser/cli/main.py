"""The `summariser` command group: one-line errors, and the commands wired in.

Every failure a user can act on prints one line, `summariser: error: ...`, and
exits non-zero (the error's `exit_code`); `--verbose` adds the traceback.
Commands live in their own modules and import heavy libraries only when they run.
"""

from __future__ import annotations

import contextlib
import sys

import click

from summariser.errors import SummariserError

INTERRUPTED = 130  # the shell's code for a process ended by Ctrl-C (128 + SIGINT)


def fail(message: str) -> None:
    """Print one error line on stderr."""
    click.echo(f"summariser: error: {message}", err=True)


class _Cli(click.Group):
    """A group whose errors are one line each, never click's usage block or a traceback."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else 0
        except click.UsageError as exc:
            hint = f"; see '{exc.ctx.command_path} --help'" if exc.ctx else ""
            code = _report(exc.format_message().rstrip(".") + hint, exc.exit_code)
        except click.ClickException as exc:
            code = _report(exc.format_message(), exc.exit_code)
        except SummariserError as exc:
            code = _report(str(exc), exc.exit_code)
        except (click.Abort, KeyboardInterrupt):
            code = _report("interrupted", INTERRUPTED)
        except BrokenPipeError:  # `summariser ... | head`: the reader left; nothing to report
            code = _silence_stdout()
        except Exception as exc:  # a bug: still one line; --verbose printed the traceback
            code = _report(f"internal error: {type(exc).__name__}: {_one_line(exc)}", 1)
        if standalone_mode:
            sys.exit(code)
        return code


def _report(message: str, code: int) -> int:
    fail(message)
    return code


def _silence_stdout() -> int:
    # Python would otherwise fail again flushing stdout at exit (see the signal docs).
    import os

    with contextlib.suppress(OSError, ValueError):  # ValueError: no real file (in-process runs)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="summariser")
def main() -> None:
    """Grounded, structured summaries of news articles, and an eval harness to compare models."""


@main.command()
def schema() -> None:
    """Print the JSON schema of the summary output."""
    import json

    from summariser.schema import ArticleSummary

    click.echo(json.dumps(ArticleSummary.model_json_schema(), indent=2))



def _one_line(text) -> str:
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    return lines[0] if lines else ""


def _wire() -> None:
    from summariser.cli.batch import batch
    from summariser.cli.eval import eval_group
    from summariser.cli.fixtures import fixtures_group
    from summariser.cli.label import label
    from summariser.cli.summarise import summarise
    from summariser.cli.worker_command import worker_group

    main.add_command(summarise)
    main.add_command(eval_group, "eval")
    main.add_command(fixtures_group, "fixtures")
    main.add_command(batch)
    main.add_command(label)
    main.add_command(worker_group, "worker")


_wire()

if __name__ == "__main__":
    main(prog_name="summariser")
