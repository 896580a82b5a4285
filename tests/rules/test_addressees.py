"""The one a request is addressed to after "appealed to", "complained to" is its target, not a place (invented
sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.kind, e.agents, e.targets) for e in rules_summary(text).events]


def test_the_body_appealed_to_is_the_requests_target():
    assert ("request", ["ruritania"], ["united-nations"]) in _events(
        "The United Nations sent food to the border on Sunday. Ruritania appealed to the United Nations for more help "
        "on Monday.\n")


def test_the_collective_appealed_to_is_the_requests_target():
    assert ("request", ["ana-ruiz"], ["voters"]) in _events("Mayor Ana Ruiz appealed to voters to turn out on Sunday.\n")


def test_a_place_one_goes_or_sends_to_stays_no_target():
    assert all(not t for _, _, t in _events("Ruritania sent troops to Moravia on Monday.\n"))
    assert all(not t for _, _, t in _events("The Civic Party moved its offices to Moravia on Monday.\n"))
