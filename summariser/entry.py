"""The `summariser` command's entry point: hand the command to the warm worker when asked for,
else run it here; then exit without tearing the interpreter down.

Imports only the standard library (and `summariser.worker`, which does too, only when
SUMMARISER_WORKER is set) before it knows which way the command goes: not even click, which
the `summariser.cli` package loads.
"""

from __future__ import annotations

import os
import sys


def run() -> None:
    """`summariser ...`."""
    argv = sys.argv[1:]
    if os.environ.get("SUMMARISER_WORKER"):  # opt-in: without it, --help need not load the worker's module
        from summariser import worker

        if worker.wanted(argv):
            code = worker.through_worker(argv)
            if code is not None:
                sys.exit(code)
    from summariser.cli.main import main

    try:
        main(prog_name="summariser")
        code = 0
    except SystemExit as exc:
        code = exc.code
    exit_now(code)


def exit_now(code: object) -> None:
    """Exit as ``sys.exit(code)`` would, without the interpreter's teardown.

    With litellm loaded, freeing every module one by one takes longer than the reports
    do (half a second on a quiet machine, seconds on a busy one), and shows nothing: the
    streams are flushed, the threads joined and the exit handlers run here, as Python
    does before it, and the operating system frees the rest at once.
    """
    import atexit
    import threading

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): Python prints it and exits 1
        print(code, file=sys.stderr)
        status = 1
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: Python exits 120 when it cannot flush
            status = status or 120
    os._exit(status)
