"""The Ray engine: Ray Data reads the archive, an actor pool summarises it, this process writes.

Each actor keeps one event loop and summarises a batch of articles
``job.concurrency`` at a time (the same `work` code as the local engine). The
outcomes stream back to the driver, which commits them through the same `Store`
as the local engine: the same tables, the same manifest, the same resume. Rows
are small next to articles, so one writer is not the bottleneck; the model is.
Actors are not restarted by Ray (``max_restarts=0``): an actor lost with its node
fails the run, and the rerun resumes from the manifest, as after any other stop.

Inputs: JSONL is read by Ray line by line (`read_text`, parsed by `inputs.line_item`,
so there is no schema inference to differ from the local engine), Parquet by
`read_parquet`, a hub dataset through `from_huggingface` (streamed), and a folder
as the list of its paths, each read by the actor that summarises it (so the files
must be where every node can read them).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from summariser.batch.inputs import COLUMNS, Archive, file_item, item_of, line_item
from summariser.batch.progress import Progress
from summariser.batch.store import Store
from summariser.batch.tables import Outcome
from summariser.batch.work import Job, Runner
from summariser.errors import InputError

if TYPE_CHECKING:
    import pyarrow as pa

BATCHES_PER_ACTOR_CONCURRENCY = 2  # a batch twice the actor's concurrency keeps its slots busy
ACTOR_CPUS = 0.5
"""Ray's CPU reservation per actor: less than 1, so that a pool of one actor per CPU
leaves room for the read tasks (a pool holding every CPU waits for them forever)."""
INSTALL = "the ray engine needs Ray: pip install 'summariser[ray]' (in a checkout: uv sync --extra ray)"


def _ray():
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no usage report sent anywhere
    # Under `uv run`, Ray would start every worker through `uv run` in a copy of the working
    # directory, building a new environment there: minutes per worker, or a hang offline.
    os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    try:
        import ray
        import ray.data
    except ImportError:
        raise InputError(INSTALL) from None
    return ray


class Summarise:
    """A Ray Data actor: rows of the archive in, one JSON outcome per article out."""

    def __init__(self, job: Job, kind: str, source: str, skip: frozenset[str]):
        self.job, self.kind, self.source, self.skip = job, kind, source, skip

    def item(self, row: dict[str, Any]):
        if self.kind == "folder":
            return file_item(row["id"], row["path"])
        if self.kind == "jsonl":
            return line_item(row["text"], self.source, self.source)
        return item_of(row, self.source, self.source)

    def __call__(self, batch: pa.Table) -> pa.Table:
        import pyarrow as pa

        items = [item for row in batch.to_pylist() if (item := self.item(row)).id not in self.skip]
        outcomes = Runner.run(items, self.job) if items else []
        return pa.table({"outcome": pa.array([o.to_json() for o in outcomes], pa.string())})


def read(ray, archive: Archive):
    """The archive as a Ray dataset of raw rows (what `Summarise.item` reads)."""
    if archive.kind == "jsonl":
        return ray.data.read_text(archive.source)
    if archive.kind == "parquet":
        import pyarrow.dataset as ds

        names = ds.dataset(archive.source, format="parquet").schema.names
        return ray.data.read_parquet(archive.source, columns=[c for c in COLUMNS if c in names])
    if archive.kind == "hub":
        from summariser.batch.inputs import hub_stream

        return ray.data.from_huggingface(hub_stream(archive.source, archive.split))
    return ray.data.from_items([{"id": item.id, "path": item.path} for item in archive])


def run_ray(archive: Archive, store: Store, job: Job, progress: Progress, actors: int | None = None,
            address: str | None = None) -> None:
    """Summarise ``archive`` into ``store`` on Ray (the running cluster, ``address``'s, or a new local one)."""
    ray = _ray()
    started_here = not ray.is_initialized()
    if started_here:
        # a new local instance listens on loopback only; a cluster's address says where it is
        where = {"address": address} if address else {"_node_ip_address": "127.0.0.1"}
        ray.init(**where, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    try:
        _quiet(ray)
        pool = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        outcomes = _summarised(ray, read(ray, archive), job, archive, pool, frozenset(store.done))
        for batch in _batches(outcomes):
            for text in batch.column("outcome").to_pylist():
                result = Outcome.from_json(text)
                store.add(result)
                progress.advance(1, not result.ok)
    finally:
        if started_here:
            ray.shutdown()


def _summarised(ray, rows, job: Job, archive: Archive, pool: int, skip: frozenset[str]):
    import warnings

    with warnings.catch_warnings():
        # max_restarts has no named parameter yet; the one way to pass it warns of its own deprecation
        warnings.simplefilter("ignore", category=DeprecationWarning)
        return rows.map_batches(
            Summarise, batch_format="pyarrow", batch_size=BATCHES_PER_ACTOR_CONCURRENCY * job.concurrency,
            compute=ray.data.ActorPoolStrategy(size=pool), num_cpus=ACTOR_CPUS, max_restarts=0,
            fn_constructor_kwargs={"job": job, "kind": archive.kind, "source": archive.source, "skip": skip},
        )


def _batches(dataset):
    """The dataset's output batches; an input error raised in an actor comes back as itself."""
    try:
        yield from dataset.iter_batches(batch_size=None, batch_format="pyarrow")
    except Exception as exc:
        cause = getattr(exc, "cause", None) or exc.__cause__
        if isinstance(cause, InputError):
            raise InputError(str(cause.args[0]) if cause.args else str(cause)) from None
        raise


def _quiet(ray) -> None:
    """No progress bars or execution banners on our stderr: `Progress` reports."""
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    context.verbose_stats_logs = False
