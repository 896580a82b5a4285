"""The rules keep holding the probes they hold (tests/rules/probes, format in summariser/testing/probes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summariser.records import Actor, ArticleSummary, Event, Stance
from summariser.testing.probes import ProbeFileError, counts, holds, main, parse, report, run

PROBES = Path(__file__).parent / "probes"

FLOORS = {
    "actor_shapes.txt": 51,  # of 57
    "acts.txt": 84,  # of 87
    "bodies.txt": 91,  # of 97
    "collectives.txt": 113,  # of 118
    "doing.txt": 38,  # of 43
    "groups.txt": 99,  # of 106
    "heldout/acts.txt": 88,  # of 116
    "heldout/bodies.txt": 86,  # of 105
    "heldout/collectives.txt": 98,  # of 136
    "heldout/groups.txt": 95,  # of 124
    "heldout/judgements.txt": 78,  # of 94
    "heldout/names.txt": 118,  # of 133
    "heldout/speech.txt": 86,  # of 109
    "judgements.txt": 58,  # of 71
    "names.txt": 131,  # of 140
    "speech.txt": 68,  # of 78
    "surnames.txt": 118,  # of 126
    "targets.txt": 33,  # of 40
}
"""Expectations each file holds with the rules of today: a change may raise them, never lower them. (Lowered once, on
purpose, for actor_shapes 54 -> 51 and bodies 93 -> 91: a body named once or twice that takes part in no event or
stance of the rules' and says nothing is left out of the summary, which raises actors F1 on every group of fixtures;
the probes it costs name a body whose act the rules miss.)"""


def test_every_probe_file_has_its_floor():
    assert {p.relative_to(PROBES).as_posix() for p in PROBES.rglob("*.txt")} == set(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_rules_hold_as_many_probes_as_before(name):
    outcomes = run([PROBES / name])
    held, total = counts(outcomes)
    # the held-out files judge rules, nobody develops on them: their failures are counted, not shown
    failures = "" if name.startswith("heldout/") else "\n".join(report(o) for o in outcomes if o.failed)
    assert held >= FLOORS[name], f"{name}: {held}/{total} hold, the floor is {FLOORS[name]}\n{failures}"


def _summary() -> ArticleSummary:
    return ArticleSummary(
        headline="h", summary="s",
        actors=[Actor(id="mark-tal", name="Mark Tal", kind="person", aliases=["Tal"]),
                Actor(id="farmers", name="farmers", kind="group", aliases=["dock farmers"])],
        events=[Event(id="e1", description="a march", kind="protest", agents=["farmers"], evidence="Farmers marched")],
        stances=[Stance(holder="mark-tal", target="the crackdown", polarity="oppose", evidence="called it brutal")])


@pytest.mark.parametrize("head, args, expected", [
    ("actor", ["Mark_Tal", "person"], True),
    ("actor", ["Mark_Tal", "group"], False),  # the wrong kind
    ("actor", ["mark_tall"], True),  # the scorer's fuzzy match of names
    ("no-actor", ["farmers"], False),
    ("no-actor", ["police"], True),
    ("event", ["protest", "farmers"], True),
    ("event", ["protest", "Mark_Tal"], False),  # not its agent
    ("event", ["assault", "-"], False),
    ("no-event", ["protest"], False),
    ("no-event", ["protest", "Mark_Tal"], True),
    ("no-event", ["any"], False),
    ("stance", ["Mark_Tal", "oppose", "the_brutal_crackdown"], True),  # content words overlap enough
    ("stance", ["Mark_Tal", "support", "the_crackdown"], False),  # the wrong polarity
    ("stance", ["Mark_Tal", "oppose", "the_pension_reform"], False),  # another target
    ("stance", ["farmers", "oppose", "*"], False),
    ("no-stance", ["farmers"], True),
    ("no-stance", ["any"], False),
])
def test_an_expectation_holds_only_of_what_the_summary_says(head, args, expected):
    assert holds(_summary(), head, args) is expected


def test_a_probe_that_does_not_hold_is_reported(tmp_path, capsys):
    path = tmp_path / "p.txt"
    path.write_text("# two probes\nOpposition leader Mark Tal called the crackdown brutal.\n"
                    "stance: Mark_Tal oppose the_crackdown\nevent: assault Mark_Tal\n\n"
                    "Farmers blocked the road.\nno-event: any\n", encoding="utf-8")
    probes = parse(path)
    assert [p.line for p in probes] == [2, 6] and probes[0].expectations[0] == ("stance", ["Mark_Tal", "oppose", "the_crackdown"])
    outcomes = run([path], summarise=lambda text: _summary())
    assert counts(outcomes) == (1, 3)
    assert [h for o in outcomes for h, _ in o.failed] == ["event", "no-event"]


def test_the_command_prints_what_fails_and_the_count(tmp_path, capsys):
    path = tmp_path / "p.txt"
    path.write_text("Farmers blocked the road.\nactor: Zzyzx_Quorum\nno-actor: Zzyzx_Quorum\n", encoding="utf-8")
    assert main([str(path), "-v"]) == 0
    out = capsys.readouterr().out
    assert "FAIL actor: Zzyzx_Quorum" in out and "1/2 expectations hold" in out and "FAIL no-actor" not in out
    assert main([]) == 2


@pytest.mark.parametrize("content, message", [
    ("stance: Mark_Tal oppose x\n", "no text before it"),
    ("Some text.\nstance: Mark_Tal oppose\n", "too few words"),
    ("Some text.\nactor: Mark_Tal\nMore text.\n", "text after the expectations"),
])
def test_a_malformed_probe_file_names_its_line(tmp_path, content, message, capsys):
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProbeFileError, match=message):
        parse(path)
    assert main([str(path)]) == 1 and message in capsys.readouterr().err
