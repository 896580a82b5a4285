"""The reference models: gold scores 1.0 everywhere; baseline is grounded, below gold and above zero."""

from __future__ import annotations

import asyncio

import pytest

from summariser.evals.runner import run_eval
from summariser.evals.scoring import FIELDS, HEADLINE
from summariser.evals.stats import aggregate
from summariser.evidence import Article, looks_like_id
from summariser.rules.summary import rules_summary as baseline_summary



@pytest.fixture(scope="module")
def reference_run(fixtures, tmp_path_factory):
    return asyncio.run(run_eval(fixtures, ["gold", "baseline"], tmp_path_factory.mktemp("run")))


def test_baseline_is_below_gold_and_above_zero(reference_run):
    totals = aggregate(reference_run.scores("baseline"))
    for field in FIELDS:
        assert 0.0 < totals[field][HEADLINE[field]]["f1"] < 1.0, field
    assert totals["grounding_rate"] == 1.0 and totals["schema_valid_rate"] == 1.0


def test_baseline_output_keeps_the_contract(fixtures):
    for f in fixtures:
        s = baseline_summary(f.text, f.published)
        article = Article(f.text)
        ids = [a.id for a in s.actors]
        assert len(set(ids)) == len(ids) and all(looks_like_id(i) for i in ids), f.id
        assert all(article.mentions(a.name) and all(article.mentions(x) for x in a.aliases) for a in s.actors)
        assert all(article.find(x.evidence) is not None for x in (*s.events, *s.stances)), f.id
        assert not [x.evidence for x in (*s.events, *s.stances) if _inside_a_word(f.text, x.evidence)], f.id
        assert all(set(e.agents + e.targets) <= set(ids) for e in s.events)
        assert all(st.holder in ids for st in s.stances)
        assert all(not looks_like_id(st.target) or st.target in ids for st in s.stances)
        assert len(s.headline) <= 120
        assert [e.id for e in s.events] == [f"e{i}" for i in range(1, len(s.events) + 1)]


def _inside_a_word(text: str, evidence: str) -> bool:
    """Whether every place the evidence stands in the text starts or ends it inside a word ("eta must" of "Meta must")."""
    at = text.find(evidence)
    if at < 0:
        return False  # evidence found only up to spacing: the grounding assertion above covers it
    while at >= 0:
        end = at + len(evidence)
        if not (evidence[:1].isalnum() and text[at - 1 : at].isalnum() or evidence[-1:].isalnum() and text[end : end + 1].isalnum()):
            return False
        at = text.find(evidence, at + 1)
    return True


def test_baseline_reads_a_typical_wire_story():
    text = (
        "GENEVA, March 3 - Foreign Minister Anna Keller of Austria met her Italian counterpart on Monday.\n\n"
        "The World Health Organization (WHO) warned that the outbreak could spread. "
        "\"We are deeply concerned and we reject any delay,\" said Keller.\n\n"
        "Protesters marched through the city, and police arrested 12 people. Keller said she supported the plan."
    )
    s = baseline_summary(text)
    names = {a.name: a for a in s.actors}
    assert names["Anna Keller"].kind == "person" and names["Anna Keller"].role == "Foreign Minister"
    assert "Keller" in names["Anna Keller"].aliases
    assert names["World Health Organization"].kind == "organisation" and "WHO" in names["World Health Organization"].aliases
    kinds = {e.kind for e in s.events}
    assert {"consult", "other", "protest"} <= kinds  # warning that an outbreak could spread threatens no one
    (stance,) = [st for st in s.stances if "deeply concerned" in st.evidence]
    assert stance.holder == "anna-keller" and stance.polarity == "oppose"
    assert not s.headline.startswith("GENEVA")


@pytest.mark.parametrize("text", ["", "   ", "no capitals here at all.", "Ünïcödé ЗАГОЛОВОК 東京.", "A" * 5000, "\"unclosed quote"])
def test_baseline_never_crashes(text):
    baseline_summary(text)


def test_baseline_skips_page_furniture():
    text = (
        "The Central Bank raised rates on Tuesday, the bank said.\n\n"
        "Read more: President John Smith visits Paris\n\n"
        "Sign up to our newsletter for the day's top stories.\n\n"
        "You may also like\nMinister Jane Doe opens bridge"
    )
    s = baseline_summary(text)
    assert all("Smith" not in a.name and "Doe" not in a.name for a in s.actors)
    assert all("Paris" not in e.evidence and "newsletter" not in e.evidence for e in s.events)


def test_baseline_skips_picture_captions():
    text = (
        "The Central Bank raised rates on Tuesday, the bank said.\n\n"
        "Protesters with a banner from Citizens' Vote outside the bank. Image: Jane Holloway (flickr).\n\n"
        "Governor Amos Kettle in 2016 (Image: Reserve Archive)\n"
    )
    s = baseline_summary(text)
    assert all(w not in a.name for a in s.actors for w in ("Citizens", "Holloway", "Kettle"))
    assert all("banner" not in e.evidence for e in s.events)


def test_the_headline_is_the_articles_own_first_line_when_it_has_one():
    text = "Police arrest 40 at fuel protest in Nairobi\n\nPolice in Nairobi arrested 40 protesters on Tuesday. " \
           "The protesters had blocked a road.\n"
    assert baseline_summary(text).headline == "Police arrest 40 at fuel protest in Nairobi"
    lead_only = "Police in Nairobi arrested 40 protesters on Tuesday. The protesters had blocked a road.\n"
    assert baseline_summary(lead_only).headline == "Police in Nairobi arrested 40 protesters on Tuesday."


def test_the_headline_of_an_html_page_comes_from_its_title(tmp_path):
    from summariser.reading import read_article

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta property='og:title' content='Mayor resigns over housing scandal'></head><body>"
        "<article><h1>Mayor resigns over housing scandal</h1><p>The mayor of Karsk resigned on Monday after an "
        "audit found irregularities in the award of housing contracts, officials said.</p><p>Her deputy will act "
        "as mayor until an election is held in the spring, the city council said in a statement.</p></article>"
        "</body></html>"
    )
    assert baseline_summary(read_article(str(page)).text).headline == "Mayor resigns over housing scandal"


def test_an_unnamed_gunman_is_the_doer_of_the_assault_and_he_is_him():
    from summariser.rules.summary import rules_summary

    s = rules_summary("Police in Harwick are hunting a gunman who killed three people at a market on Tuesday. "
                      "He fled in a grey car.\n")
    assert "gunman" in [a.id for a in s.actors]
    assert any(e.kind == "assault" and e.agents == ["gunman"] for e in s.events)
