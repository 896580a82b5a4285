"""Dates in a sentence, resolved against the publication date: a table of cases."""

import pytest

from summariser.dates import resolve

WEDNESDAY = "2022-01-12"

# (name, sentence, published, expected)
CASES = [
    ("weekday-before-published", "The ministers met on Monday in Almaty.", WEDNESDAY, "2022-01-10"),
    ("weekday-lowercase", "the ministers met on monday.", WEDNESDAY, "2022-01-10"),
    ("weekday-wraps-the-week", "Protests began last Thursday.", WEDNESDAY, "2022-01-06"),
    ("weekday-same-as-published", "Talks ended on Wednesday.", WEDNESDAY, "2022-01-12"),
    ("weekday-over-a-month-end", "He resigned on Friday.", "2022-02-01", "2022-01-28"),
    ("weekday-needs-a-preposition", "Monday's talks were tense.", WEDNESDAY, None),
    ("month-day-takes-published-year", "The talks began on Jan 11.", "2022-03-01", "2022-01-11"),
    ("month-day-with-dot", "The talks began on Jan. 11.", "2022-03-01", "2022-01-11"),
    ("month-day-with-year", "It was signed on January 11, 2021.", WEDNESDAY, "2021-01-11"),
    ("day-month-year", "It was signed on 11 January 2022 in Almaty.", None, "2022-01-11"),
    ("day-month-takes-published-year", "Voting ends on 3 March.", "2024-02-20", "2024-03-03"),
    ("last-december-in-january", "The unrest began on Dec 28.", "2022-01-02", "2021-12-28"),
    ("month-day-without-published", "The talks began on Jan 11.", None, "Jan 11"),
    ("day-month-without-published", "Voting ends on 3 March.", None, "3 March"),
    ("impossible-day", "It happened on 31 February.", WEDNESDAY, None),
    ("may-the-verb", "Officials said 12 may have died.", WEDNESDAY, None),
    ("may-the-month-after-the-verb", "Officials said 12 may die before 3 May.", WEDNESDAY, "2022-05-03"),
    ("iso-in-text", "The decree (dated 2021-12-30) took effect.", WEDNESDAY, "2021-12-30"),
    ("iso-wins-over-weekday", "On Monday, the 2022-01-05 decree was lifted.", WEDNESDAY, "2022-01-05"),
    ("invalid-iso-in-text", "Reference 2022-13-45 was cited.", WEDNESDAY, None),
    ("yesterday", "Troops arrived yesterday.", "2022-01-01", "2021-12-31"),
    ("today", "The airport reopened today.", WEDNESDAY, WEDNESDAY),
    ("tomorrow", "Talks resume tomorrow.", "2022-02-28", "2022-03-01"),
    ("yesterday-without-published", "Troops arrived yesterday.", None, "yesterday"),
    ("last-week-is-a-phrase", "They met last week.", WEDNESDAY, "last week"),
    ("last-month-is-a-month", "Last month, prices rose.", WEDNESDAY, "2021-12"),
    ("next-month-over-a-year-end", "Talks resume next month.", "2021-12-05", "2022-01"),
    ("last-year-is-a-year", "Exports fell last year.", WEDNESDAY, "2021"),
    ("phrase-keeps-its-case", "Last month, prices rose.", None, "Last month"),
    ("year-in-text", "A bill was proposed in 2016 but not passed.", WEDNESDAY, "2016"),
    ("future-weekday-goes-forward", "Her party would hold a rally on Saturday.", WEDNESDAY, "2022-01-15"),
    ("future-will", "The court will rule on Monday.", WEDNESDAY, "2022-01-17"),
    ("future-same-day", "Voting is scheduled to close on Wednesday.", WEDNESDAY, "2022-01-12"),
    ("past-weekday-with-future-word-after-last", "They said last Friday they would return.", WEDNESDAY, "2022-01-07"),
    ("earlier-this", "Earlier this month the bank raised rates.", WEDNESDAY, "Earlier this month"),
    ("nothing", "The river has long marked the border.", WEDNESDAY, None),
    ("nothing-without-published", "The river has long marked the border.", None, None),
    ("numbers-are-not-dates", "About 164 people died and 10 000 were detained.", WEDNESDAY, None),
    ("published-with-time", "The ministers met on Monday.", "2022-01-12T09:30:00Z", "2022-01-10"),
    ("invalid-published-weekday", "The ministers met on Monday.", "not a date", "Monday"),
    ("invalid-published-month-day", "The talks began on Jan 11.", "2022-02-30", "Jan 11"),
    ("invalid-published-yesterday", "Troops arrived yesterday.", "yesterday", "yesterday"),
    ("empty-published", "The ministers met on Monday.", "", "Monday"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_resolve(sentence, published, expected):
    assert resolve(sentence, published) == expected
