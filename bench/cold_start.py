"""Cold commands, timed from outside: `summariser eval` beside inspect-ai and promptfoo, and `summarise`.

Every harness sends the same 24 requests (one per invented fixture, the messages our
`free` strategy sends) to the package's stub server (200 ms per answer) with 8 in
flight, each as a whole new process; the harnesses run interleaved, in a rotating
order, and each figure is the median of ``--runs``. Per harness:

- wall: process start to exit;
- start-up: process start to the stub's first request;
- span: first request to last answer sent;
- tail: last answer sent to process exit;
- peak: the process tree's RSS (sampled every 20 ms, summed over the tree), and the
  largest single process (the kernel's own count, from wait4).

The peers are installed only with ``--peers``, into a temporary folder (or
``--peers-dir``, kept for the next run): inspect-ai with uv into its own venv,
promptfoo with npm. They never become dependencies of the project. Without
``--peers`` only our commands run. ``--before DIR`` adds another checkout's
`summariser` (e.g. ``/path/to/main``) to the same interleaved runs: its eval, and its
commands that run no model, each with the ratio of wall and CPU time paired run by run.
Our commands keep their bytecode (written in the uncounted first round into a temporary
PYTHONPYCACHEPREFIX, even when PYTHONDONTWRITEBYTECODE is set) and read their derived data
from a cache of their own per checkout.

Also: `summarise examples/article.txt` (the embedded model's default, the rules strategy),
the same with `--strategy decomposed` (the embedded model asked), `summarise --model
baseline` (rules only) and `summariser --help`. Every command of ours runs with the
warm worker off (SUMMARISER_WORKER=0); ``--worker`` adds rows for the same commands
run through it (started once before the rounds; the copy it forks counts in the
tree's memory, the worker's own resident memory is printed apart).

Run: uv run python bench/cold_start.py --peers [--worker] [--runs 5] [--before ../main]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _stubbed import ROOT, StubProcess  # noqa: E402

from summariser.testing.stub_server import TIMES_PATH  # noqa: E402

INSPECT_VERSION, PROMPTFOO_VERSION = "0.3.285", "0.121.20"
TAG, CONCURRENCY, LATENCY = "invented", 8, 0.2
PAGE = os.sysconf("SC_PAGE_SIZE")
QUIET = {"PROMPTFOO_DISABLE_TELEMETRY": "1", "PROMPTFOO_DISABLE_UPDATE": "1", "INSPECT_DISPLAY": "none",
         "DO_NOT_TRACK": "1", "NO_COLOR": "1"}


@dataclass
class Figures:
    """One harness's runs."""

    wall: list[float] = field(default_factory=list)
    startup: list[float] = field(default_factory=list)
    span: list[float] = field(default_factory=list)
    tail: list[float] = field(default_factory=list)
    tree_mib: list[float] = field(default_factory=list)
    single_mib: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    """User and system seconds of the command and the children it waited for (a busy machine stretches
    wall time more than this)."""


# -- measuring one process -------------------------------------------------------------


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return pids


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0


def measure(cmd: list[str], env: dict, cwd: Path, stub: StubProcess | None, into: Figures,
            worker: int | None = None) -> None:
    """Run ``cmd`` once as a new process; append its figures to ``into``. With ``worker`` (its
    pid), the copies it forks count in the tree, the worker itself not (see `worker_rss`)."""
    before = _times(stub) if stub else None
    peak, done = [0], threading.Event()
    started = time.monotonic()
    process = subprocess.Popen(cmd, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)

    def sample() -> None:
        while not done.wait(0.02):
            pids = _tree(process.pid) + (_tree(worker)[1:] if worker else [])
            peak[0] = max(peak[0], sum(_rss(p) for p in pids))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = process.stderr.read() if process.stderr else b""
    _, status, usage = os.wait4(process.pid, 0)
    ended = time.monotonic()
    process.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])}... failed ({process.returncode}): {err.decode()[-800:]}")
    into.wall.append(ended - started)
    into.tree_mib.append(peak[0] / 2**20)
    into.single_mib.append(usage.ru_maxrss / 1024)
    into.cpu.append(usage.ru_utime + usage.ru_stime)
    if stub and before is not None:
        after = _times(stub)
        arrived, answered = after["arrived"][len(before["arrived"]):], after["answered"][len(before["answered"]):]
        if len(arrived) != 24:
            raise SystemExit(f"{cmd[0]}: the stub saw {len(arrived)} requests, not 24")
        into.startup.append(min(arrived) - started)
        into.span.append(max(answered) - min(arrived))
        into.tail.append(ended - max(answered))


def _times(stub: StubProcess) -> dict:
    with urllib.request.urlopen(stub.api_base.removesuffix("/v1") + TIMES_PATH, timeout=5) as answer:
        return json.load(answer)


def worker_start(env: dict) -> int:
    """Start the warm worker for this checkout and return its pid."""
    cli = str(ROOT / ".venv" / "bin" / "summariser")
    subprocess.run([cli, "worker", "start"], env=env, check=True, capture_output=True, timeout=300)
    out = subprocess.run([cli, "worker", "status"], env=env, check=True, capture_output=True, text=True).stdout
    return int(out.split("pid ")[1].split(",")[0])


def worker_stop(env: dict) -> None:
    subprocess.run([str(ROOT / ".venv" / "bin" / "summariser"), "worker", "stop"], env=env, capture_output=True)


# -- the harnesses ---------------------------------------------------------------------


def fixtures() -> list[dict]:
    chosen = []
    for path in sorted((ROOT / "fixtures").rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if TAG in data.get("tags", []):
            chosen.append(data)
    assert len(chosen) == 24, f"expected 24 fixtures tagged {TAG}, found {len(chosen)}"
    return chosen


def messages_per_fixture() -> list[list[dict]]:
    """What our `free` strategy sends for each fixture (the peers send the same messages)."""
    from summariser.prompting import summary_messages

    return [summary_messages(f["text"], f.get("published")) for f in fixtures()]


def ours(checkout: Path, stub: StubProcess, work: Path) -> tuple[list[str], Path]:
    cli = checkout / ".venv" / "bin" / "summariser"
    out = work / "ours-out"
    return [str(cli), "eval", "-m", "openai/stub", "--api-base", stub.api_base, "--fixtures", str(ROOT / "fixtures"),
            "--tag", TAG, "-j", str(CONCURRENCY), "--no-cache", "--out", str(out)], out


INSPECT_TASK = '''import json
from pathlib import Path

from inspect_ai import Task, task
from inspect_ai.dataset import Sample
from inspect_ai.model import ChatMessageSystem, ChatMessageUser
from inspect_ai.scorer import CORRECT, INCORRECT, Score, accuracy, scorer
from inspect_ai.solver import generate

ROLES = {"system": ChatMessageSystem, "user": ChatMessageUser}


@scorer(metrics=[accuracy()])
def valid_json():
    async def score(state, target):
        try:
            json.loads(state.output.completion)
            return Score(value=CORRECT)
        except ValueError:
            return Score(value=INCORRECT)
    return score


@task
def summarise():
    rows = json.loads((Path(__file__).parent / "messages.json").read_text())
    samples = [Sample(id=i, input=[ROLES[m["role"]](content=m["content"]) for m in row])
               for i, row in enumerate(rows, 1)]
    return Task(dataset=samples, solver=generate(), scorer=valid_json())
'''


def write_peers(work: Path, stub: StubProcess) -> None:
    rows = messages_per_fixture()
    inspect_dir, promptfoo_dir = work / "inspect", work / "promptfoo"
    inspect_dir.mkdir()
    promptfoo_dir.mkdir()
    (inspect_dir / "messages.json").write_text(json.dumps(rows))
    (inspect_dir / "task.py").write_text(INSPECT_TASK)
    (promptfoo_dir / "prompt.js").write_text("module.exports = async ({ vars }) => vars.messages;\n")
    config = dict(  # promptfoo's keys (its test cases are under `tests`)
        description="24 summaries against the stub",
        prompts=["file://prompt.js"],
        providers=[{"id": "openai:chat:stub", "config": {"apiBaseUrl": stub.api_base, "apiKey": "stub"}}],
        tests=[{"vars": {"messages": row}, "assert": [{"type": "is-json"}]} for row in rows],
    )
    (promptfoo_dir / "promptfooconfig.yaml").write_text(json.dumps(config))  # JSON is YAML


def install_peers(folder: Path) -> None:
    """inspect-ai into its own venv (uv), promptfoo with npm; skipped when already there."""
    python = folder / "py" / "bin" / "python"
    if not (folder / "py" / "bin" / "inspect").exists():
        subprocess.run(["uv", "venv", "-q", "--python", "3.11", str(folder / "py")], check=True)
        subprocess.run(["uv", "pip", "install", "-q", "--python", str(python), f"inspect-ai=={INSPECT_VERSION}",
                        "openai"], check=True)
    if not (folder / "node" / "node_modules" / ".bin" / "promptfoo").exists():
        (folder / "node").mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(folder / "node"), "--no-audit", "--no-fund",
                        "--loglevel=error", f"promptfoo@{PROMPTFOO_VERSION}"], check=True)


def peer_commands(folder: Path, work: Path, stub: StubProcess) -> dict[str, tuple[list[str], dict, Path]]:
    env = os.environ | QUIET
    inspect = [str(folder / "py" / "bin" / "inspect"), "eval", "task.py", "--model", "openai-api/stub/stub",
               "--max-connections", str(CONCURRENCY), "--display", "none", "--log-dir", str(work / "inspect-logs")]
    promptfoo = [str(folder / "node" / "node_modules" / ".bin" / "promptfoo"), "eval", "-c", "promptfooconfig.yaml",
                 "--no-cache", "-j", str(CONCURRENCY), "-o", str(work / "promptfoo-out.json")]
    return {
        f"inspect-ai {INSPECT_VERSION}": (inspect, env | {"STUB_API_KEY": "stub", "STUB_BASE_URL": stub.api_base},
                                          work / "inspect"),
        f"promptfoo {PROMPTFOO_VERSION}": (promptfoo, env | {"PROMPTFOO_CONFIG_DIR": str(work / "promptfoo-home")},
                                           work / "promptfoo"),
    }


# -- printing --------------------------------------------------------------------------


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def print_eval_table(results: dict[str, Figures]) -> None:
    print("| harness | wall | start-up to first request | request span | after last answer "
          "| peak (tree) | peak (largest process) |")
    print("|---|---|---|---|---|---|---|")
    for name, f in results.items():
        print(f"| {name} | {med(f.wall):.2f} s | {med(f.startup):.2f} s | {med(f.span):.2f} s | {med(f.tail):.2f} s "
              f"| {med(f.tree_mib):.0f} MiB | {med(f.single_mib):.0f} MiB |")


def print_ratios(results: dict[str, Figures]) -> None:
    """Each of our rows against every other row, run by run (the rounds are paired)."""
    for ours_name, mine in results.items():
        if not ours_name.startswith("summariser eval"):
            continue
        for name, f in results.items():
            if name == ours_name or (name.startswith("summariser eval") and ours_name != "summariser eval"):
                continue
            pairs = [a / b for a, b in zip(mine.wall, f.wall, strict=False)]
            print(f"wall {ours_name} / {name}: median of paired ratios {med(pairs):.2f} "
                  f"(range {min(pairs):.2f}-{max(pairs):.2f})")


def our_env(work: Path, checkout: str = "this") -> dict:
    """The environment of our commands: the worker off; bytecode kept, as an installed package
    has it (written in the uncounted first round, into a temporary folder, not the checkouts);
    the derived data cache of each checkout apart, as on a machine with one version installed
    (two checkouts of different rules would otherwise replace each other's copies on every run)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"SUMMARISER_WORKER": "0", "PYTHONPYCACHEPREFIX": str(work / "pycache"),
                  "SUMMARISER_CACHE_DIR": str(work / f"cache-{checkout}")}


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


# -- main ------------------------------------------------------------------------------


def run_evals(args: argparse.Namespace, stub: StubProcess, work: Path) -> None:
    env = our_env(work) | {"OPENAI_API_KEY": "sk-bench-placeholder"}
    harnesses: dict[str, tuple[list[str], dict, Path, Path | None]] = {}
    cmd, out = ours(ROOT, stub, work)
    harnesses["summariser eval"] = (cmd, env, ROOT, out)
    warm_env = env | {"SUMMARISER_WORKER": "1"}
    worker = worker_start(warm_env) if args.worker else None
    if worker:
        cmd, out_w = ours(ROOT, stub, work / "warm")
        harnesses["summariser eval (warm worker)"] = (cmd, warm_env, ROOT, out_w)
    if args.before:
        cmd, out_b = ours(Path(args.before).resolve(), stub, work / "before")
        before_env = our_env(work, "before") | {"OPENAI_API_KEY": "sk-bench-placeholder"}
        harnesses["summariser eval (before)"] = (cmd, before_env, ROOT, out_b)
    if args.peers or args.peers_dir:
        folder = Path(args.peers_dir) if args.peers_dir else work / "peers"
        install_peers(folder)
        write_peers(work, stub)
        for name, (cmd, penv, cwd) in peer_commands(folder, work, stub).items():
            harnesses[name] = (cmd, penv, cwd, None)
    results = {name: Figures() for name in harnesses}
    names = list(harnesses)
    print(f"eval: 24 requests, stub {LATENCY * 1000:.0f} ms, {CONCURRENCY} in flight, {args.runs} runs; {load()}")
    for r in range(args.runs + 1):  # run 0 warms the file cache and is not counted
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            cmd, henv, cwd, out = harnesses[name]
            if out is not None:
                shutil.rmtree(out, ignore_errors=True)
            measure(cmd, henv, cwd, stub, results[name] if r else Figures(),
                    worker if henv.get("SUMMARISER_WORKER") == "1" else None)
    if worker:
        print(f"the warm worker itself: {_rss(worker) / 2**20:.0f} MiB resident between commands")
        worker_stop(warm_env)
    print_eval_table(results)
    print_ratios(results)
    print(f"after: {load()}")


def run_commands(args: argparse.Namespace, work: Path) -> None:
    cli = str(ROOT / ".venv" / "bin" / "summariser")
    article = str(ROOT / "examples" / "article.txt")
    env = our_env(work)
    commands = {
        "summarise (default: embedded model, rules strategy)": [cli, "summarise", article],
        "summarise --strategy decomposed (embedded model asked)": [cli, "summarise", article, "--strategy", "decomposed"],
        "summarise --model baseline": [cli, "summarise", article, "--model", "baseline"],
        "--help": [cli, "--help"],
    }
    envs = {name: env for name in commands}
    if args.before:  # the commands without the model, in the same rounds
        before = str(Path(args.before).resolve() / ".venv" / "bin" / "summariser")
        for name in ("summarise (default: embedded model, rules strategy)", "summarise --model baseline", "--help"):
            commands[f"{name} (before)"] = [before, *commands[name][1:]]
            envs[f"{name} (before)"] = our_env(work, "before")
    warm_env = env | {"SUMMARISER_WORKER": "1"}
    worker = worker_start(warm_env) if args.worker else None
    if worker:
        commands["summarise (default, warm worker)"] = commands["summarise (default: embedded model, rules strategy)"]
        commands["summarise --model baseline (warm worker)"] = commands["summarise --model baseline"]
    results = {name: Figures() for name in commands}
    runs = {"--help": args.runs * 3, "--help (before)": args.runs * 3}
    print(f"\ncommands, medians of {args.runs} ({args.runs * 3} for --help); {load()}")
    for r in range(args.runs * 3 + 1):
        for name, cmd in commands.items():
            if r <= runs.get(name, args.runs):
                warm = "warm worker" in name
                measure(cmd, warm_env if warm else envs[name], ROOT, None, results[name] if r else Figures(),
                        worker if warm else None)
    if worker:
        worker_stop(warm_env)
    print("| command | wall | CPU | peak (tree) | peak (largest process) |")
    print("|---|---|---|---|---|")
    for name, f in results.items():
        wall = f"{med(f.wall) * 1000:.0f} ms" if name.startswith("--help") else f"{med(f.wall):.2f} s"
        print(f"| `summariser {name}` | {wall} | {med(f.cpu):.2f} s | {med(f.tree_mib):.0f} MiB "
              f"| {med(f.single_mib):.0f} MiB |")
    for name in commands:
        if f"{name} (before)" in commands:
            for what in ("wall", "cpu"):
                pairs = [a / b for a, b in zip(getattr(results[name], what), getattr(results[f"{name} (before)"], what),
                                               strict=False)]
                print(f"{what} `summariser {name}` / before: median of paired ratios {med(pairs):.2f} "
                      f"(range {min(pairs):.2f}-{max(pairs):.2f})")
    print(f"after: {load()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--peers", action="store_true", help="install inspect-ai and promptfoo into a temporary folder")
    parser.add_argument("--peers-dir", help="install the peers here (kept), or reuse them")
    parser.add_argument("--before", metavar="CHECKOUT", help="another checkout's summariser, run in the same rounds")
    parser.add_argument("--only", choices=("eval", "commands"), help="run only this part")
    parser.add_argument("--worker", action="store_true",
                        help="also run our commands through the warm worker (SUMMARISER_WORKER=1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cold-start-") as tmp, StubProcess(latency=LATENCY) as stub:
        work = Path(tmp)
        (work / "before").mkdir()
        if args.only != "commands":
            run_evals(args, stub, work)
        if args.only != "eval":
            run_commands(args, work)


if __name__ == "__main__":
    main()
