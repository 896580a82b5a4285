"""The command line: wiring only. Each command parses its options, calls the library and prints."""

__all__ = ["main"]


def __getattr__(name: str):
    # Loaded on first use: the `summariser` entry point (`cli.entry`) may hand the
    # command to the warm worker without importing click or any command.
    if name == "main":
        from summariser.cli.main import main

        return main
    raise AttributeError(f"module 'summariser.cli' has no attribute {name!r}")
