"""Events of the events31 round: decisions to act that take the act's kind, acts called off, admissions that are
no concession, and acts told in a relative clause (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.evidence) for e in rules_summary(text).events]


def test_agreeing_to_resume_or_open_talks_consults():
    assert [k for k, _ in _kinds("The two governments agreed to resume talks over the disputed islands on Friday.\n")] \
        == ["consult"]
    assert [k for k, _ in _kinds("Ardenia and Velmora agreed to open negotiations on a new water treaty.\n")] \
        == ["consult"]


def test_agreeing_to_meet_or_to_set_up_a_body_stays_an_agreement():
    assert [k for k, _ in _kinds("The two foreign ministers agreed to meet again in Lisbon next spring.\n")] == ["agree"]
