"""How fast hostile inputs are handled: chunking 5 MB texts of four shapes, refusing a 5 MB page.

    uv run python bench/hostile_input.py

Prints seconds per case, best of 3 (tests check what happens; this checks how fast).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from summariser import chunking
from summariser.errors import InputError
from summariser.reading import read_article

SIZE = 5_000_000
SHAPES = {
    "paragraphs": ("Minister Ana Ruiz said the talks would resume. " * 6 + "\n\n") * (SIZE // 290),
    "one-line-of-words": "word " * (SIZE // 5),
    "one-giant-word": "x" * SIZE,
    "short-lines": "Talks resume.\n" * (SIZE // 14),
}


def best_of(n: int, work) -> float:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def refuse(path: Path) -> None:
    try:
        read_article(str(path))
    except InputError:
        return
    raise SystemExit("the 5 MB page was not refused")


def main() -> None:
    for name, text in SHAPES.items():
        print(f"chunk 5 MB, {name:18} {best_of(3, lambda t=text: chunking.split(t, 12000)):6.3f} s")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "huge.html"
        page.write_text("<html><body><article>" + "<p>The talks resume. " * 250_000 + "</article></body></html>")
        print(f"refuse a 5 MB HTML page      {best_of(3, lambda: refuse(page)):6.3f} s")


if __name__ == "__main__":
    main()
