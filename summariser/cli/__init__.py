"""The command line: wiring only. Each command parses its options, calls the library and prints."""

from summariser.cli.main import main

__all__ = ["main"]
