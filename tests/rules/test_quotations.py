"""The one quote finder every rule asks: which parts of a text are someone's quoted words."""

from summariser.rules.sentences import in_quotation, quotation_spans, without_quotations


def test_straight_curly_german_and_french_quotations_are_found_with_their_marks():
    text = 'She said "we will stay" and \u201cwe will win\u201d, \u201eWir bleiben\u201c, \u00abnous restons\u00bb.'
    quoted = [text[a:b] for a, b in quotation_spans(text)]
    assert quoted == ['"we will stay"', "\u201cwe will win\u201d", "\u201eWir bleiben\u201c", "\u00abnous restons\u00bb"]


def test_an_unclosed_quotation_runs_to_the_paragraph_end_and_no_further():
    text = "He added: \u201cWe will appeal the ruling.\n\nThe mayor said nothing."
    assert [text[a:b] for a, b in quotation_spans(text)] == ["\u201cWe will appeal the ruling."]
    assert in_quotation(text, text.index("appeal"))
    assert not in_quotation(text, text.index("mayor"))


def test_apostrophes_are_not_quotation_marks():
    text = "The union\u2019s leader and the students' council met Biden's aides."
    assert quotation_spans(text) == ()
    assert without_quotations(text) == text


def test_blanking_keeps_offsets():
    text = 'Jane Doe said "Acme lied" on Monday.'
    blanked = without_quotations(text)
    assert len(blanked) == len(text) and "Acme" not in blanked and blanked.startswith("Jane Doe said ")
    assert not in_quotation(text, text.index("Jane")) and in_quotation(text, text.index("Acme"))


def test_single_quotes_are_quotations_but_apostrophes_inside_them_are_not():
    text = "He called it \u2018the union\u2019s worst deal\u2019, and she said 'we will fight' at the students' rally."
    assert [text[a:b] for a, b in quotation_spans(text)] == ["\u2018the union\u2019s worst deal\u2019", "'we will fight'"]


def test_an_unclosed_single_mark_is_left_alone():
    text = "Fans of rock 'n roll from the '90s met on Monday."
    assert not in_quotation(text, text.index("Monday"))


def test_sentences_are_not_cut_inside_a_quotation():
    from summariser.rules.sentences import split_sentences

    text = "She said \u2018We will stay. We will win.\u2019 Then the crowd left. \u201eWir bleiben. Wir siegen.\u201c Er ging."
    assert [s.text for s in split_sentences(text)] == [
        "She said \u2018We will stay. We will win.\u2019", "Then the crowd left.", "\u201eWir bleiben. Wir siegen.\u201c",
        "Er ging."]
