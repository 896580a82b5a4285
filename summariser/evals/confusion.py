"""Where models go wrong: event-kind and stance-polarity confusion matrices per contestant.

Counted over aligned pairs only (`FixtureScore.alignment`): events whose spans were
identified, stances with the right holder. Rows are the label, columns the prediction.
"""

from __future__ import annotations

from summariser.evals.runner import Run
from summariser.schema import EVENT_KINDS, POLARITIES

AXES = {"events": ("kind", EVENT_KINDS), "stances": ("polarity", POLARITIES)}


def _pairs(run: Run, model: str, field: str, attr: str) -> list[tuple[str, str]]:
    out = []
    for fixture in run.fixtures:
        result = run.results[(model, fixture.id)]
        if result.summary is None:
            continue
        pred, gold = getattr(result.summary, field), getattr(fixture.expected, field)
        out += [(getattr(gold[g], attr), getattr(pred[p], attr)) for p, g, status in result.score.alignment[field]
                if status != "wrong holder"]  # another actor's position: not a polarity judged
    return out


def matrix(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> dict:
    """Counts by (label, prediction), keeping only the labels that occur on either side."""
    used = [x for x in labels if any(x in pair for pair in pairs)]
    index = {x: i for i, x in enumerate(used)}
    counts = [[0] * len(used) for _ in used]
    for gold, pred in pairs:
        counts[index[gold]][index[pred]] += 1
    return {"labels": used, "counts": counts, "pairs": len(pairs),
            "agreement": round(sum(counts[i][i] for i in range(len(used))) / len(pairs), 4) if pairs else None}


def confusions(run: Run) -> dict:
    """Per contestant (gold excepted), the event-kind and stance-polarity matrices."""
    return {model: {field: matrix(_pairs(run, model, field, attr), labels) for field, (attr, labels) in AXES.items()}
            for model in run.models if model != "gold"}


def markdown_tables(confusion: dict) -> list[str]:
    """The matrices as Markdown tables, rows the label and columns the prediction."""
    lines = []
    for model, fields in confusion.items():
        for field, m in fields.items():
            if not m["pairs"]:
                continue
            attr = AXES[field][0]
            lines += ["", f"## {model}: {field[:-1]} {attr} (rows: label, columns: prediction; "
                          f"{m['pairs']} aligned pairs, {m['agreement']:.2f} agree)", "",
                      "| label \\ predicted | " + " | ".join(m["labels"]) + " |", "|---|" + "---|" * len(m["labels"])]
            for label, row in zip(m["labels"], m["counts"]):
                cells = [f"**{c}**" if i == m["labels"].index(label) and c else str(c or "·") for i, c in enumerate(row)]
                lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines
