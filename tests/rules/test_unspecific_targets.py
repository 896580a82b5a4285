"""A target that picks out nothing in particular is no position (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_either_candidate_is_no_target():
    assert not _held("Congresswoman Lisa Gray dropped out of the race and did not endorse either candidate.\n")
    assert not _held("Senator Ann Park said she would back neither plan.\n")


def test_any_or_all_generalise_and_a_class_named_with_its_modifier_stays_a_target():
    assert ("ann-park", "oppose", "any delay") in _held("Senator Ann Park said she rejected any delay.\n")
    held = _held("Prime Minister Hedi Karim signed a decree banning anyone wearing a face veil in public offices.\n")
    assert any(h[2].startswith("anyone wearing") for h in held), held
