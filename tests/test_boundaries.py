"""The package's boundaries hold: import-linter's contracts (pyproject.toml), and bench/ uses only the package."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_benchmarks_import_only_the_package_never_the_tests():
    for script in (ROOT / "bench").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(tests|conftest)\b", source, re.M), script.name
        assert '"tests"' not in source and "'tests'" not in source, script.name
