"""What code can tell from words alone: tables of sentences and the answers expected."""

import re

import pytest

from summariser.cues import event_cue, grounded_phrase, polarity_cue, quoted, speaker

# (sentence, expected kind); None means "ambiguous or no cue: ask the model"
EVENT_CUES = [
    ("The two ministers met in Geneva on Monday.", "consult"),
    ("Wang Yi visited Almaty for talks.", "consult"),
    ("He signed the treaty.", "agree"),
    ("Beijing praised the operation.", "support"),
    ("The government released the journalist.", "concede"),
    ("The government released 40 detainees.", None),  # concede and coerce (detain)
    ("The two navies will patrol jointly.", "cooperate"),
    ("Aid was delivered to the region.", "aid"),
    ("They withdrew from the city.", "retreat"),
    ("She urged calm.", "request"),
    ("The opposition called for new elections.", "request"),
    ("The minister blamed foreign agents.", "accuse"),
    ("He denied the claims.", "reject"),
    ("Officials warned of consequences.", "threaten"),
    ("Thousands rallied outside parliament.", "protest"),
    ("The US imposed sanctions on the firm.", "sanction"),
    ("Russia deployed paratroopers to Almaty.", "mobilize"),
    ("Security forces detained dozens of people.", "coerce"),
    ("Militants attacked a police station.", "assault"),
    ("Inflation rose to 5 per cent.", "other"),
    ("An earthquake struck western Nepal on Tuesday.", "other"),
    ("Floods have killed at least five people.", "other"),
    ("He called for an inquiry into the flood preparations.", "request"),
    ("Russia launched an attack on the city.", "assault"),  # a generic `other` verb gives way
    ("Police arrested protesters outside parliament.", None),  # protest and coerce: ambiguous
    ("He praised the deal but threatened to leave.", None),
    ("The river has long marked the border.", None),
    ("It was a sunny morning in the capital.", None),
    ("The committee met and agreed a plan.", None),
    ("SIGNED: the accord was ready.", "agree"),  # case does not matter
    ("The designer's work was unremarkable.", None),  # `sign` only as a whole word
]


@pytest.mark.parametrize(("sentence", "kind"), EVENT_CUES, ids=[s[:40] for s, _ in EVENT_CUES])
def test_event_cue(sentence, kind):
    assert event_cue(sentence) == kind


ACTORS = [("Wang Yi", "wang-yi"), ("Tokayev", "tokayev"), ("China", "china"), ("Kazakhstan", "kazakhstan"),
          ("Blinken", "blinken")]


def _mentions(sentence: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), id) for name, id in ACTORS for m in re.finditer(re.escape(name), sentence)]
    return sorted(out)


SPEAKERS = [
    ("Wang Yi said China would help Kazakhstan.", "wang-yi"),  # X said
    ("Tokayev told Wang Yi the troops would leave.", "tokayev"),  # X told Y
    ('"China supports Kazakhstan," Wang Yi said.', "wang-yi"),  # "...," X said
    ("\u201cChina supports Kazakhstan,\u201d said Wang Yi.", "wang-yi"),  # said X, after a quote
    ('"We will stay," said Tokayev, adding that China agreed.', "tokayev"),
    ("Blinken, speaking in Geneva, said Tokayev had acted.", "blinken"),
    ("According to Wang Yi, talks went well.", "wang-yi"),  # no reporting verb: the first named
    ("China and Kazakhstan signed a deal.", "china"),
    ("Nobody named here said anything.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), SPEAKERS, ids=[s[:40] for s, _ in SPEAKERS])
def test_speaker(sentence, expected):
    assert speaker(sentence, _mentions(sentence)) == expected


def test_speaker_follows_the_given_mentions_not_the_text():
    sentence = '"We agree," Tokayev said.'
    assert speaker(sentence, [(12, 19, "someone-else")]) == "someone-else"
    assert speaker(sentence, []) is None


POLARITIES = [
    ("China welcomed the deal.", "support"),
    ("The party backs the new law.", "support"),
    ("They voted in favour of the measure.", "support"),
    ("Russia condemned the move.", "oppose"),
    ("The plan is illegal, he said.", "oppose"),
    ("The opposition rejected the offer.", "oppose"),
    ("Protesters rallied against the law.", "oppose"),
    ("He praised the deal but warned of risks.", None),  # both ways
    ("The ministers met in Geneva.", None),  # neither
]


@pytest.mark.parametrize(("sentence", "polarity"), POLARITIES, ids=[s[:40] for s, _ in POLARITIES])
def test_polarity_cue(sentence, polarity):
    assert polarity_cue(sentence) == polarity


GROUNDED = [
    ("the new tax", "Ruiz said the new tax would destroy jobs.", True),
    ("The New Tax", "Ruiz said the new tax would destroy jobs.", True),  # case ignored
    ("new jobs tax", "Ruiz said the new tax would destroy jobs.", True),
    ("the ceasefire", "We welcome the ceasefire, Lee said.", True),
    ("the ceasefire deal", "We welcome the ceasefire, Lee said.", False),  # 2 of 3 words
    ("an agreement on fishing rights", "We want an agreement before the summer.", False),
    ("tax", "the tax rose", False),  # one word is not a phrase
    ("", "anything", False),
]


@pytest.mark.parametrize(("phrase", "sentence", "grounded"), GROUNDED, ids=[g[0] or "empty" for g in GROUNDED])
def test_grounded_phrase(phrase, sentence, grounded):
    assert grounded_phrase(phrase, sentence) is grounded


QUOTED = [
    ('Ruiz said the tax would "destroy jobs".', "destroy jobs"),
    ("He called it \u201ca grave mistake, and a costly one\u201d.", "a grave mistake, and a costly one"),
    ('Wang Yi called the plan "illegal and dangerous for everyone in the whole region".',
     "illegal and dangerous for everyone in the whole"),  # the first eight words
    ("He said that the troops would leave soon.", "the troops would leave soon"),
    ("The ministers met in Geneva.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), QUOTED, ids=[s[:40] for s, _ in QUOTED])
def test_quoted(sentence, expected):
    assert quoted(sentence) == expected
