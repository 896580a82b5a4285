"""How fast the no-model rules summarise: articles per second per core over the fixture set.

    uv run python bench/rules_speed.py [--rounds 5] [--against REV]

Each round runs ``rules_summary`` over every fixture in a fresh process, after one untimed
pass (lazy loads are not the steady rate), and times the pass in CPU seconds of that one
process: one core, which a busy machine disturbs far less than wall time. With ``--against``
the same rounds run, interleaved, on the rules of another revision (checked out into a
temporary git worktree), so the ratio of the two is taken in one run. Prints the medians,
the ratio and the goal (50 articles/s per core).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

GOAL = 50.0
ROOT = Path(__file__).resolve().parents[1]
ROUND = """
import json, sys, time
from summariser.evals.fixtures import load_fixtures
from summariser.rules.summary import rules_summary
texts = [(f.text, f.published) for f in load_fixtures(sys.argv[1])]
for text, published in texts:
    rules_summary(text, published)
started = time.process_time()
for text, published in texts:
    rules_summary(text, published)
print(json.dumps({"rate": len(texts) / (time.process_time() - started), "n": len(texts)}))
"""


def _round(tree: Path, fixtures: Path) -> dict:
    done = subprocess.run(["uv", "run", "--frozen", "--quiet", "python", "-c", ROUND, str(fixtures)], cwd=tree,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--fixtures", type=Path, default=ROOT / "fixtures")
    parser.add_argument("--against", metavar="REV", help="also time the rules of this git revision, interleaved")
    args = parser.parse_args()
    fixtures = args.fixtures.resolve()
    with tempfile.TemporaryDirectory(prefix="rules-speed-") as tmp:
        trees = {"this tree": ROOT}
        if args.against:
            other = Path(tmp) / "against"
            subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(other), args.against], cwd=ROOT,
                           check=True)
            trees[args.against] = other
        try:
            rates: dict[str, list[float]] = {name: [] for name in trees}
            n = 0
            for _ in range(args.rounds):
                for name, tree in trees.items():
                    found = _round(tree, fixtures)
                    rates[name].append(found["rate"])
                    n = found["n"]
        finally:
            if args.against:
                subprocess.run(["git", "worktree", "remove", "--force", str(trees[args.against])], cwd=ROOT,
                               check=False)
    print(f"{n} fixtures in {fixtures}, {args.rounds} rounds each, load average {os.getloadavg()[0]:.1f}")
    medians = {name: statistics.median(r) for name, r in rates.items()}
    for name, median in medians.items():
        print(f"{name}: {median:.1f} articles/s per core (median; best {max(rates[name]):.1f}); "
              f"goal {GOAL:.0f}/s: {median / GOAL:.2f}x")
    if args.against:
        print(f"this tree / {args.against}: {medians['this tree'] / medians[args.against]:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
