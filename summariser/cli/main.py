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


# The commands in their own modules: name -> (module, attribute, the first paragraph of its
# help). `summariser --help` lists them from here, so it imports none of them; a command's
# module is imported when it runs, completes or shows its own help. tests/cli/test_commands.py
# keeps this table true to the commands.
COMMANDS = {
    "batch": ("summariser.cli.batch", "batch", "Summarise every article of INPUT into Parquet tables under --out."),
    "eval": (
        "summariser.cli.eval", "eval_group",
        "Run models over hand-labelled fixtures, score every field, compare and report.",
    ),
    "fixtures": (
        "summariser.cli.fixtures", "fixtures_group",
        "Check hand-labelled fixtures against the contract and the labelling guide.",
    ),
    "label": (
        "summariser.cli.label", "label",
        "Label each ARTICLE (a text or HTML file) in a local web page, and save it as a fixture.",
    ),
    "summarise": ("summariser.cli.summarise", "summarise", "Summarise each PATH (a text or HTML file, or - for stdin)."),
    "worker": (
        "summariser.cli.worker_command", "worker_group",
        "The optional warm worker: keeps the imports loaded so that commands start at once.",
    ),
}


class _Cli(click.Group):
    """A group whose errors are one line each, never click's usage block or a traceback,
    and whose commands are imported only when needed (see `COMMANDS`)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            import importlib

            module, attribute, _ = COMMANDS[cmd_name]
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        try:
            return super().resolve_command(ctx, args)
        except click.exceptions.NoSuchCommand as exc:  # "Did you mean" looks at every command, loaded or not
            raise click.exceptions.NoSuchCommand(
                exc.command_name, possibilities=self.list_commands(ctx), ctx=exc.ctx,
            ) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # click's own listing, given a stand-in for each command not imported: a command with
        # the same first paragraph has the same short help
        loaded = self.commands
        self.commands = {name: click.Command(name, help=COMMANDS[name][2]) for name in COMMANDS} | loaded
        try:
            super().format_commands(ctx, formatter)
        finally:
            self.commands = loaded

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


if __name__ == "__main__":
    main(prog_name="summariser")
