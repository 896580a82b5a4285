"""The warm worker: a local process that keeps the imports loaded, so a command need not pay for them.

Opt-in (``SUMMARISER_WORKER=1``, or ``summariser worker start``). The first command
that wants one starts it in the background and runs cold itself; later commands
hand it their arguments, working folder, environment and their own stdin, stdout
and stderr (the file descriptors themselves, over a unix socket), and it forks a
copy of itself, already past every import, that runs the command on them. So the
output, terminal detection included, is the command's own; the exit code comes
back, and Ctrl-C is passed on to the copy.

Safety: one worker per user and code revision, on a unix socket (never a network
port) in a folder of this user's with mode 0700, the socket itself 0600; each side
checks the other's user id (SO_PEERCRED). A worker started from other code (an edit,
an upgrade) is never used: the socket's name carries a hash of the package's files
and of the prompts. It exits after ``SUMMARISER_WORKER_IDLE`` seconds unused
(default 900), or on ``summariser worker stop``. Without it, nothing changes.

This module imports only the standard library until it serves.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

# The rest of the standard library this needs is imported where it is used: `--help` and
# every command without the worker pass through `wanted` only.
if TYPE_CHECKING:
    import socket
    from pathlib import Path

PACKAGE = os.path.dirname(os.path.realpath(__file__))
IDLE_S = 900.0
_EXIT = "!i"  # struct format of a pid or an exit code on the socket
_EXIT_SIZE = 4
# imported once by the worker, before it forks: what a command would otherwise load cold
PRELOAD = (
    "summariser.cli.main", "summariser.cli.summarise", "summariser.cli.eval", "summariser.cli.fixtures",
    "summariser.cli.batch", "summariser.cli.label", "summariser.cli.worker_command", "summariser.backends.llm", "summariser.pipeline", "summariser.strategies.free",
    "summariser.strategies.grounded", "summariser.strategies.decomposed", "summariser.strategies.rules",
    "summariser.rendering", "summariser.reading", "summariser.evals.runner", "summariser.evals.reports", "summariser.evals.html_report",
    "summariser.evals.leaderboard", "summariser.evals.suites", "summariser.evals.checks",
    "summariser.evals.progress", "summariser.evals.compare", "summariser.evals.confusion", "scipy.optimize",
    "trafilatura", "xllamacpp",
)
_server_fd: int | None = None  # the listening socket, closed in each forked copy
_NOT_FORWARDED = ("worker", "label")  # managing the worker itself; a long-lived local web server


def wanted(argv: list[str]) -> bool:
    """Whether this command goes through the worker: asked for, and a command that can."""
    if os.environ.get("SUMMARISER_WORKER", "").strip().lower() not in ("1", "true", "yes", "on"):
        return False
    words = [a for a in argv if not a.startswith("-")]
    return bool(words) and words[0] not in _NOT_FORWARDED and not ({"-h", "--help", "--version"} & set(argv))


def revision() -> str:
    """A hash of every file of the package and of the prompts, and of the interpreter: a
    worker loaded from other code must not answer."""
    import hashlib

    digest = hashlib.sha256(f"{sys.executable}\0{PACKAGE}\0{sys.version}".encode())
    for root in (str(PACKAGE), os.path.join(os.path.dirname(str(PACKAGE)), "prompts")):
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                info = os.stat(os.path.join(folder, name))
                digest.update(f"{folder}/{name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    for name in sorted(k for k in os.environ if k.startswith(("LITELLM_", "PYTHON", "LANG", "LC_"))):
        digest.update(f"{name}={os.environ[name]}\0".encode())  # read at start-up or import by the worker
    return digest.hexdigest()[:16]


def folder() -> Path:
    """This user's private folder for the socket: created 0700, refused if anyone else's or looser."""
    import stat
    import tempfile
    from pathlib import Path

    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    path = Path(base) / f"summariser-{os.getuid()}"
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        pass
    info = path.lstat()
    if info.st_uid != os.getuid() or not stat.S_ISDIR(info.st_mode) or stat.S_IMODE(info.st_mode) != 0o700:
        raise PermissionError(f"{path} is not a private folder of this user's")
    return path


def socket_path() -> Path:
    return folder() / f"worker-{revision()}.sock"


def _peer_is_me(conn: socket.socket) -> bool:
    import socket
    import struct

    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _, uid, _ = struct.unpack("3i", creds)
    return uid == os.getuid()


def _connect(path: Path) -> socket.socket | None:
    import socket

    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(path))
    except OSError:
        conn.close()
        return None
    if not _peer_is_me(conn):
        conn.close()
        return None
    return conn


# -- the client (`summariser.entry`) -------------------------------------------------------


def through_worker(argv: list[str]) -> int | None:
    """Run the command in the worker and return its exit code; None when there is no worker
    (one is then started for the next command)."""
    import json
    import signal
    import socket

    try:
        path = socket_path()
        conn = _connect(path)
    except OSError:
        return None
    if conn is None:
        start(path)
        return None
    with conn:
        umask = os.umask(0o022)
        os.umask(umask)
        request = {"argv": argv, "argv0": sys.argv[0], "cwd": os.getcwd(), "env": dict(os.environ), "umask": umask}
        socket.send_fds(conn, [json.dumps(request).encode()], [0, 1, 2])
        conn.shutdown(socket.SHUT_WR)
        pid = _read(conn)
        if pid is None:
            return None  # the worker went away before starting it: run cold
        forward = lambda signum, frame: _kill(pid, signum)  # noqa: E731
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, forward)
        code = _read(conn)
    return 1 if code is None else code


def _read(conn: socket.socket) -> int | None:
    import struct

    data = b""
    while len(data) < _EXIT_SIZE:
        try:
            chunk = conn.recv(_EXIT_SIZE - len(data))
        except InterruptedError:
            continue
        if not chunk:
            return None
        data += chunk
    return struct.unpack(_EXIT, data)[0]


def _kill(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


def start(path: Path | None = None, wait: float = 0.0) -> bool:
    """Start a worker in the background (its own session, no terminal, nothing inherited);
    with ``wait``, wait up to that many seconds until it answers. True when it answers."""
    import subprocess
    import time

    path = path or socket_path()
    subprocess.Popen([sys.executable, "-P", "-m", "summariser.worker", str(path)], cwd="/",
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True, close_fds=True)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if status(path) is not None:
            return True
        time.sleep(0.05)
    return wait == 0


def status(path: Path | None = None) -> dict | None:
    """The running worker's pid and socket, or None."""
    return _control(path or socket_path(), "status")


def stop(path: Path | None = None) -> dict | None:
    """Ask the worker to exit; its status before it did, or None when none was running."""
    return _control(path or socket_path(), "stop")


def _control(path: Path, action: str) -> dict | None:
    import json
    import socket

    conn = _connect(path)
    if conn is None:
        return None
    with conn:
        socket.send_fds(conn, [json.dumps({"control": action}).encode()], [])
        conn.shutdown(socket.SHUT_WR)
        data = b"".join(iter(lambda: conn.recv(4096), b""))
    return json.loads(data) if data else None


# -- the worker ------------------------------------------------------------------------------


def serve(path: Path, idle: float | None = None) -> None:
    """Load every import, listen on ``path`` and run each command in a forked copy."""
    import importlib
    import time

    idle = idle if idle is not None else float(os.environ.get("SUMMARISER_WORKER_IDLE", IDLE_S))
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:  # an optional part missing here: the command will say so itself
            pass
    server = _listen(path)
    if server is None:
        return
    global _server_fd
    _server_fd = server.fileno()
    inode = path.stat().st_ino  # at exit, remove the socket only if it is still this one
    children: set[int] = set()
    last = time.monotonic()
    try:
        server.settimeout(1.0)
        while children or time.monotonic() - last < idle:
            _reap(children)
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            last = time.monotonic()
            with conn:
                if _peer_is_me(conn) and not _handle(conn, path, children):
                    break
    finally:
        server.close()
        if _bound_to(path, inode):
            path.unlink(missing_ok=True)


def _listen(path: Path) -> socket.socket | None:
    import socket

    if _connect(path) is not None:
        return None  # another worker of this revision answers already
    path.unlink(missing_ok=True)  # a stale socket: its worker was killed
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o177)  # the socket is made 0600, never briefly wider
    try:
        server.bind(str(path))
    except OSError:
        server.close()
        return None
    finally:
        os.umask(old)
    server.listen(16)
    return server


def _bound_to(path: Path, inode: int) -> bool:
    try:
        return path.stat().st_ino == inode
    except OSError:
        return False


def _handle(conn: socket.socket, path: Path, children: set[int]) -> bool:
    """Serve one connection; False when told to stop."""
    import json
    import socket
    message, fds, _, _ = socket.recv_fds(conn, 1 << 20, 3)
    request = json.loads(message or b"{}")
    control = request.get("control")
    if control is not None:
        conn.sendall(json.dumps({"pid": os.getpid(), "socket": str(path)}).encode())
        return control != "stop"
    if len(fds) != 3:
        for fd in fds:
            os.close(fd)
        return True
    pid = os.fork()
    if pid == 0:
        _child(conn, request, fds)  # never returns
    for fd in fds:
        os.close(fd)
    children.add(pid)
    return True


def _child(conn: socket.socket, request: dict, fds: list[int]) -> None:
    """In the forked copy: become the command (its stdio, folder, environment), run it, report."""
    import signal
    import struct

    code = 1
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if _server_fd is not None:
            os.close(_server_fd)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        _fresh_streams()
        os.umask(request["umask"])
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        sys.argv = [request["argv0"], *request["argv"]]
        conn.sendall(struct.pack(_EXIT, os.getpid()))
        code = _run(request["argv"])
    finally:
        import atexit

        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        atexit._run_exitfuncs()
        try:
            conn.sendall(struct.pack(_EXIT, code))
        except OSError:
            pass
        os._exit(code)


def _fresh_streams() -> None:
    """sys.stdin, stdout and stderr made for the descriptors received, as Python makes them
    at start-up: stdout line-buffered only on a terminal, stderr always line-buffered."""
    made = []
    for fd, old, mode in ((0, sys.stdin, "r"), (1, sys.stdout, "w"), (2, sys.stderr, "w")):
        made.append(open(fd, mode, encoding=old.encoding, errors=old.errors, closefd=False,  # noqa: SIM115
                         buffering=1 if fd == 2 else -1))
    sys.stdin, sys.stdout, sys.stderr = made
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = made


def _run(argv: list[str]) -> int:
    from summariser.cli.main import main

    try:
        result = main.main(args=argv, prog_name="summariser", standalone_mode=False)
    except SystemExit as exc:
        result = exc.code
        if isinstance(result, str):  # sys.exit("message"), as Python prints it
            print(result, file=sys.stderr)
            result = 1
    if result is None:
        return 0
    return result if isinstance(result, int) else 1


def _reap(children: set[int]) -> None:
    for pid in list(children):
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            children.discard(pid)


if __name__ == "__main__":
    from pathlib import Path

    from summariser.worker import serve as _serve  # the module's own globals, not __main__'s

    _serve(Path(sys.argv[1]))
