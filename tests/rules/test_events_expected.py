"""Events of the events25 round: what the guide says is no event (only expected, ...) and the
frequent kinds in their common forms. Invented sentences."""
from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str):
    return rules_summary(text, "2024-03-06").events


def test_what_is_only_expected_or_scheduled_is_no_event():
    # a thing that will happen, with no one doing it, told in reported speech: only expected
    assert not _events("Officials said the ferry terminal would reopen to passengers by the end of May.")
    assert not _events("A spokeswoman said the referendum would be held in the autumn.")
    # announcing it is an act, and so is a speaker's own act, and a passive with its doer
    assert [e.kind for e in _events("The council announced that the ferry terminal would reopen in May.")] == ["other"]
    assert [e.kind for e in _events("The talks will be hosted by Qatar next month.")] == ["consult"]
    assert _events("The Harbour Board said it would reopen the ferry terminal in May.")
