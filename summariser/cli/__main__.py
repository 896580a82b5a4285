"""`python -m summariser.cli`: the same as the `summariser` command."""

from summariser.cli.main import main

main(prog_name="summariser")
