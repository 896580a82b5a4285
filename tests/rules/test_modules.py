"""The rules' modules bind each module-level name once: a second binding shadows the first for every function that
reads it at run time, while code run at import read the first (two such shadowings once sent rules to the wrong list)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import summariser.rules

RULES = Path(summariser.rules.__file__).parent


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(n for n, count in names.items() if count > 1)


def test_no_module_level_name_is_bound_twice():
    assert {p.name: twice for p in sorted(RULES.glob("*.py")) if (twice := _bound_twice(p))} == {}
