"""What is said of a disaster takes no side when the story names no matter (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary

_OUTBREAK = (
    "Cholera outbreak spreads in Kavo\n\n"
    "A cholera outbreak in the port city of Kavo has killed 31 people since March, the health ministry said on Monday. "
    "The outbreak has spread to three districts.\n\n"
    "\"We are overwhelmed. We cannot wait until the wards are full,\" said Dr Lena Osei, who runs the city hospital. "
    "Aid worker Tomas Berg said the outbreak was the worst he had seen in ten years.\n\n"
    "Health officials said the number of cases of the outbreak had doubled in a week.\n"
)


def test_quotes_about_an_outbreak_give_no_stance_on_it():
    summary = rules_summary(_OUTBREAK)
    assert not [s for s in summary.stances if "outbreak" in s.target or "cholera" in s.target.lower()], summary.stances


def test_a_named_measure_still_takes_sides_in_an_outbreak_story():
    summary = rules_summary(_OUTBREAK + "\nMayor Ana Lund criticised the curfew imposed on the port.\n")
    assert ("ana-lund", "oppose") in {(s.holder, s.polarity) for s in summary.stances}
