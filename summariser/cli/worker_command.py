"""`summariser worker start|stop|status`: the optional warm worker (see `summariser.worker`)."""

from __future__ import annotations

import click


@click.group("worker")
def worker_group() -> None:
    """The optional warm worker: keeps the imports loaded so that commands start at once.

    Used only with SUMMARISER_WORKER=1 in the environment: the first command then
    starts it, the next ones run in it. It listens on a unix socket of this user's
    (mode 0600, never a network port) and exits after SUMMARISER_WORKER_IDLE seconds
    unused (default 900).
    """


@worker_group.command()
def start() -> None:
    """Start the worker now (and wait until it answers)."""
    from summariser import worker

    running = worker.status()
    if running is None and not worker.start(wait=60):
        raise click.ClickException("the worker did not start")
    click.echo(f"worker running: pid {(running or worker.status() or {}).get('pid')}")


@worker_group.command()
def stop() -> None:
    """Stop the worker of this code revision, if one runs."""
    from summariser import worker

    stopped = worker.stop()
    click.echo(f"worker stopped: pid {stopped['pid']}" if stopped else "no worker running")


@worker_group.command()
def status() -> None:
    """Say whether a worker runs (pid and socket); exit code 1 when none does."""
    from summariser import worker

    running = worker.status()
    if running is None:
        click.echo("no worker running")
        raise SystemExit(1)
    click.echo(f"worker running: pid {running['pid']}, socket {running['socket']}")
