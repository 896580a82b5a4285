"""Progress bars: redrawn live only on a terminal; the final state is printed either way."""

from __future__ import annotations

import io
import threading

from rich.console import Console

from summariser.evals.progress import ProgressBars
from summariser.evals.runner import Result, Run
from summariser.evals.scoring import score_fixture


def test_bars_written_to_a_file_start_no_redraw_thread_and_end_with_the_final_count(few, tmp_path):
    out = io.StringIO()
    run = Run(few, ["m"], {}, tmp_path)
    before = threading.active_count()
    with ProgressBars(Console(file=out, width=100)) as bars:
        bars.start(run)
        assert threading.active_count() == before  # nothing redraws bars nobody sees
        for fixture in few:
            bars.done(Result("m", fixture.id, score_fixture(None, fixture.expected, fixture.text), None, "boom"))
    assert f"{len(few)}/{len(few)}" in out.getvalue()
    assert f"{len(few)} failed" in out.getvalue()


def test_bars_on_a_terminal_are_redrawn_live(few, tmp_path):
    run = Run(few, ["m"], {}, tmp_path)
    before = threading.active_count()
    with ProgressBars(Console(file=io.StringIO(), force_terminal=True)) as bars:
        bars.start(run)
        assert threading.active_count() == before + 1
