"""The lazily loaded command group: `summariser --help` lists the commands from the table in
`summariser.cli.main` without importing them, and must print exactly what a group holding
every command would."""

from __future__ import annotations

import pkgutil

import click
import pytest
from click.testing import CliRunner

import summariser.cli
from summariser import worker
from summariser.cli.main import COMMANDS, main

NOT_COMMANDS = {"__main__", "main", "options"}  # the group itself and the shared options


def _real(name: str) -> click.Command:
    return main.get_command(click.Context(main), name)


def _eager() -> click.Group:
    """The group as it was before the table: every command imported and added."""
    ctx = click.Context(main)
    commands = {name: main.get_command(ctx, name) for name in main.list_commands(ctx)}
    return click.Group(name=main.name, params=main.params, help=main.help, commands=commands,
                       context_settings=main.context_settings)


@pytest.fixture
def unloaded(monkeypatch) -> click.Group:
    """`main` as a fresh process has it: only the commands defined in main.py itself."""
    monkeypatch.setattr(main, "commands", {name: c for name, c in main.commands.items() if name not in COMMANDS})
    return main


def _help(group: click.Group, width: int) -> str:
    ctx = click.Context(group, info_name="summariser", terminal_width=width, **group.context_settings)
    return group.get_help(ctx)


def test_every_command_module_is_in_the_table():
    modules = {m.name for m in pkgutil.iter_modules(summariser.cli.__path__)} - NOT_COMMANDS
    assert {module.rsplit(".", 1)[-1] for module, _, _ in COMMANDS.values()} == modules


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_table_gives_each_command_its_own_short_help(name):
    command, stand_in = _real(name), click.Command(name, help=COMMANDS[name][2])
    assert not (command.short_help or command.hidden or command.deprecated)  # a stand-in could not show them
    for limit in range(0, 160):
        assert stand_in.get_short_help_str(limit) == command.get_short_help_str(limit), limit


@pytest.mark.parametrize("width", [30, 50, 80, 120, 200])
def test_group_help_is_that_of_the_group_with_every_command(width, unloaded):
    expected = _help(_eager(), width)
    unloaded.commands = {  # _eager() loaded them all into main: unload them again
name: c for name, c in unloaded.commands.items() if name not in COMMANDS}
    assert _help(unloaded, width) == expected
    assert not set(COMMANDS) & set(unloaded.commands)  # listing them imported none
    assert all(f"  {name} " in expected for name in main.list_commands(click.Context(main)))


@pytest.mark.parametrize("name", sorted({*COMMANDS, "schema"}))
def test_each_command_shows_its_help(name, unloaded):
    done = CliRunner().invoke(unloaded, [name, "--help"], prog_name="summariser")
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith(f"Usage: summariser {name} ")
    assert "  -h, --help  " in done.stdout


@pytest.mark.parametrize(("word", "line"), [
    ("summarize", "No such command 'summarize'. Did you mean 'summarise'?"),
    ("evl", "No such command 'evl'. Did you mean 'eval'?"),
    ("x", "No such command 'x'"),
])
def test_an_unknown_command_is_one_line(word, line, unloaded):
    done = CliRunner().invoke(unloaded, [word], prog_name="summariser")
    assert done.exit_code == 2
    assert done.stderr == f"summariser: error: {line}; see 'summariser --help'\n"


def test_the_worker_preloads_every_command():
    assert {module for module, _, _ in COMMANDS.values()} <= set(worker.PRELOAD)
