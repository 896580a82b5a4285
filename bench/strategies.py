"""The embedded model's strategies compared by the eval harness, in one run.

    uv run python bench/strategies.py [--limit N]

Runs `summariser eval --model baseline --model local --strategy S` for each
strategy into runs/strategies/S (cached, so a rerun is instant) and prints, per
field at its headline level (actors identified, events classified, stances
holder + polarity + target), micro P/R/F1 with 95% CIs, grounding rate, latency
per article and tokens. This is the table in the README's "Choosing a strategy".
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

STRATEGIES = ("decomposed", "grounded", "free")


def run(strategy: str, extra: list[str]) -> dict:
    out = Path("runs/strategies") / strategy
    cli = str(Path(sys.executable).parent / "summariser")
    subprocess.run([cli, "eval", "-m", "baseline", "-m", "local", "--strategy", strategy, "--out", str(out), *extra],
                   check=True, stdout=subprocess.DEVNULL)
    return json.loads((out / "report.json").read_text())["models"]


HEADLINE = {"actors": "identified", "events": "classified", "stances": "holder_polarity_target"}


def row(name: str, m: dict) -> str:
    cells = []
    for field, level in HEADLINE.items():
        f = m[field][level]
        lo, hi = f["f1_ci"]
        cells.append(f"{f['precision']:.2f} / {f['recall']:.2f} / {f['f1']:.2f} [{lo:.2f}-{hi:.2f}]")
    tokens = m.get("tokens", 0)
    return f"| {name} | {' | '.join(cells)} | {m['grounding_rate']:.2f} | {m['latency_p50_s']:.1f} | {tokens} |"


def main() -> None:
    extra = sys.argv[1:]
    print("| model | actors P / R / F1 [CI] | events P / R / F1 [CI] | stances P / R / F1 [CI] | grounding | p50 s | tokens |")
    print("|---|---|---|---|---|---|---|")
    baseline = None
    for strategy in STRATEGIES:
        models = run(strategy, extra)
        baseline = baseline or models["baseline"]
        print(row(f"local, {strategy}", models[f"local ({strategy})"]))
    print(row("baseline (no model)", baseline))


if __name__ == "__main__":
    main()
