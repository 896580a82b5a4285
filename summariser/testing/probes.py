"""Probes: short invented news texts, each with what a summary of it must (and must not) hold.

A probe file is blocks separated by blank lines. A block's first lines are the text; the lines
after it are expectations, one per line (``#`` starts a comment line):

    actor: NAME [KIND]             an actor named NAME (or with it as an alias), of KIND when given
    no-actor: NAME                 no such actor
    event: KIND AGENT              an event of KIND with AGENT among its agents ("-": any agents)
    no-event: KIND [AGENT]         no such event ("any": no event at all)
    stance: HOLDER POLARITY TARGET  a stance of HOLDER with POLARITY towards TARGET ("*": any target)
    no-stance: HOLDER              no stance held by HOLDER ("any": no stance at all)

Multi-word names and targets join their words with underscores (``Mark_Tal``). Actors are
matched as the scorer matches them (`summariser.evals.scoring`: a folded name or alias at
fuzzy ratio >= ``ACTOR_THRESHOLD``), targets as it does (the target actor, or content-word F1
>= ``TARGET_THRESHOLD``). Where the scorer measures whole articles, probes test one
construction at a time, so a rule can be checked on the many shapes news gives it.

    python -m summariser.testing.probes FILE [FILE ...] [-v]

runs the rules over each file and prints how many expectations hold (``-v``: the failures).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from summariser.evals.scoring import ACTOR_THRESHOLD, TARGET_THRESHOLD, content_words, fold, words_f1
from summariser.records import Actor, ArticleSummary

HEADS = ("actor", "no-actor", "event", "no-event", "stance", "no-stance")


@dataclass
class Probe:
    text: str
    expectations: list[tuple[str, list[str]]] = field(default_factory=list)
    line: int = 0


class ProbeFileError(ValueError):
    pass


def parse(path: Path) -> list[Probe]:
    """The probes of a file, in order; a malformed line raises `ProbeFileError` naming it."""
    probes: list[Probe] = []
    text: list[str] = []
    current: Probe | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("#"):
            continue
        if not line:
            if current is not None:
                probes.append(current)
            current, text = None, []
            continue
        head, colon, rest = line.partition(":")
        if colon and head in HEADS:
            if current is None:
                raise ProbeFileError(f"{path}:{number}: an expectation with no text before it")
            args = rest.split()
            if not args or head in ("actor", "event", "stance") and len(args) < (3 if head == "stance" else 1):
                raise ProbeFileError(f"{path}:{number}: too few words for {head!r}: {line!r}")
            current.expectations.append((head, args))
        else:
            if current is not None and current.expectations:
                raise ProbeFileError(f"{path}:{number}: text after the expectations: {line!r}")
            text.append(line)
            current = current or Probe("", line=number)
            current.text = " ".join(text)
    if current is not None:
        probes.append(current)
    return probes


def _same(actor: Actor, name: str) -> bool:
    wanted = fold(name)
    return any(fuzz.ratio(fold(n), wanted) / 100 >= ACTOR_THRESHOLD for n in (actor.id, actor.name, *actor.aliases) if n)


def _ids(summary: ArticleSummary, name: str) -> set[str]:
    return {a.id for a in summary.actors if _same(a, name.replace("_", " "))}


def holds(summary: ArticleSummary, head: str, args: list[str]) -> bool:
    """Whether one expectation holds of a summary."""
    if head in ("actor", "no-actor"):
        found = [a for a in summary.actors if _same(a, args[0].replace("_", " "))]
        if head == "no-actor":
            return not found
        return bool(found) and (len(args) < 2 or any(a.kind == args[1] for a in found))
    if head in ("event", "no-event"):
        if head == "no-event" and args[0] == "any":
            return not summary.events
        agent = args[1] if len(args) > 1 else "-"
        ids = None if agent == "-" else _ids(summary, agent)
        found = any(e.kind == args[0] and (ids is None or ids & set(e.agents)) for e in summary.events)
        return found if head == "event" else not found
    if head == "no-stance":
        return not summary.stances if args[0] == "any" else not (_ids(summary, args[0]) & {s.holder for s in summary.stances})
    holders, polarity, target = _ids(summary, args[0]), args[1], " ".join(args[2:]).replace("_", " ")
    names = {a.id: a.name for a in summary.actors}
    target_ids = _ids(summary, target) if target != "*" else set()
    for s in summary.stances:
        if s.holder not in holders or s.polarity != polarity:
            continue
        if target == "*" or s.target in target_ids:
            return True
        if words_f1(content_words(names.get(s.target, s.target)), content_words(target)) >= TARGET_THRESHOLD:
            return True
    return False


@dataclass
class Outcome:
    probe: Probe
    summary: ArticleSummary
    failed: list[tuple[str, list[str]]]


def run(paths: Iterable[Path], summarise: Callable[[str], ArticleSummary] | None = None) -> list[Outcome]:
    """Each probe of the files summarised (by the rules unless ``summarise`` is given) and checked."""
    if summarise is None:
        from summariser.rules.summary import rules_record

        summarise = rules_record
    outcomes = []
    for path in paths:
        for probe in parse(Path(path)):
            summary = summarise(probe.text)
            outcomes.append(Outcome(probe, summary, [(h, a) for h, a in probe.expectations if not holds(summary, h, a)]))
    return outcomes


def counts(outcomes: list[Outcome]) -> tuple[int, int]:
    """(expectations that hold, expectations)."""
    total = sum(len(o.probe.expectations) for o in outcomes)
    return total - sum(len(o.failed) for o in outcomes), total


def report(outcome: Outcome) -> str:
    s = outcome.summary
    lines = [f"line {outcome.probe.line}: {outcome.probe.text}"]
    lines += [f"   FAIL {head}: {' '.join(args)}" for head, args in outcome.failed]
    lines.append(f"   actors  {[(a.name, a.kind) for a in s.actors]}")
    lines.append(f"   events  {[(e.kind, e.agents, e.evidence[:50]) for e in s.events]}")
    lines.append(f"   stances {[(x.holder, x.polarity, x.target) for x in s.stances]}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    files = [Path(a) for a in argv if a != "-v"]
    if not files:
        print("usage: python -m summariser.testing.probes FILE [FILE ...] [-v]", file=sys.stderr)
        return 2
    for path in files:
        try:
            outcomes = run([path])
        except (OSError, ProbeFileError) as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
        if verbose:
            for o in outcomes:
                if o.failed:
                    print(report(o))
        held, total = counts(outcomes)
        print(f"{path}: {held}/{total} expectations hold ({held / max(total, 1):.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
