"""A batch run killed with SIGKILL mid-run resumes: no finished article asked again, no row twice.

The killed run is the real command in a child process; the model is the stub server in
this process, which answers the first HALF requests and then hangs, so the kill lands
after a known number of committed parts, with requests in flight.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from summariser.batch.store import MANIFEST
from summariser.batch.tables import TABLES
from summariser.cli import main
from summariser.testing.stub_server import Reply, article_of

pytestmark = pytest.mark.timeout(180)  # a hang guard, not a speed requirement

N, HALF = 8, 4


def committed(out) -> list[str]:
    path = out / MANIFEST
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [i for line in lines for i in json.loads(line)["ok"]]


def test_a_killed_batch_run_resumes_without_redoing_or_repeating(tmp_path, stub, jsonl, texts, tables, capsys):
    archive, out = jsonl(N), tmp_path / "out"
    args = ["batch", str(archive), "--out", str(out), "-m", "openai/stub", "--api-base", stub.api_base,
            "--strategy", "free", "-j", "2", "--flush-every", "2"]
    count = itertools.count()
    stub.always(lambda request: Reply() if next(count) < HALF else Reply(delay=60))
    env = os.environ | {"OPENAI_API_KEY": "sk-stub-placeholder-0000"}
    child = subprocess.Popen([sys.executable, "-m", "summariser", *args], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not (len(committed(out)) == HALF and stub.count == HALF + 2):  # two parts, two requests hanging
            assert child.poll() is None, child.stderr.read().decode()
            time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    finished = set(committed(out))
    for name in TABLES:  # as if killed while a third part was being written
        (out / name / ".part-000003.parquet.tmp").write_bytes(b"PAR1 cut short")

    stub.reset()
    stub.always(Reply())
    assert main(args, standalone_mode=False) == 0
    assert f"{HALF} article(s) already in" in capsys.readouterr().err
    text_of = {i: t for i, t, _ in texts[:N]}
    asked = [next(i for i, t in text_of.items() if t.strip() in article_of(r.body)) for r in stub.requests]
    assert sorted(asked) == sorted(text_of.keys() - finished)  # each unfinished article once, no finished one

    reference = tmp_path / "reference"
    assert main([*args[:3], str(reference), *args[4:]], standalone_mode=False) == 0
    resumed, whole = tables(out), tables(reference)
    assert len(resumed["articles"]) == N
    assert resumed == whole
