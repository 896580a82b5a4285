"""The embedded server's lifecycle: started once per process, stopped quietly at exit."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_ctrl_c_during_shutdown_prints_no_traceback():
    # The server's stop takes a moment; a second Ctrl-C (uv run forwards the terminal's)
    # lands in the middle of it.
    code = textwrap.dedent(
        """
        import os, signal, time
        from summariser.backends import local

        class SlowToStop:
            def stop(self):
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.2)

        local._servers[("x", 1)] = SlowToStop()
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
