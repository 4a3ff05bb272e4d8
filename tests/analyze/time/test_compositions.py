"""Multi-part expressions read as one (TimeML spans) and words that are not timexes."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyze.time import tag_timexes

DCT = dt.date(1998, 2, 19)
WSJ = dt.date(1989, 10, 27)


def values(text: str, dct: dt.date | None) -> dict[str, tuple[str, str]]:
    return {t.text.lower(): (t.type, t.value) for t in tag_timexes(text, dct)}


@pytest.mark.parametrize(
    ("text", "dct", "expr", "value"),
    [
        ("The band broke up in June last year.", DCT, "june last year", "1997-06"),
        ("In January this year, inspectors visited.", DCT, "january this year", "1998-01"),
        ("They join in April next year.", DCT, "april next year", "1999-04"),
        (
            "January nineteen ninety-seven. Another storm.",
            DCT,
            "january nineteen ninety-seven",
            "1997-01",
        ),
        (
            "prices not seen since the winter of nineteen ninety-two.",
            DCT,
            "the winter of nineteen ninety-two",
            "1992-WI",
        ),
        ("Earnings fall for the last half of 1989.", WSJ, "the last half of 1989", "1989-H2"),
        (
            "Weakness lasts through the first two quarters of 1990.",
            WSJ,
            "the first two quarters of 1990",
            "1990-H1",
        ),
        (
            "In the year-earlier third quarter, it earned $2 million.",
            WSJ,
            "the year-earlier third quarter",
            "1988-Q3",
        ),
    ],
)
def test_composed_dates(text: str, dct: dt.date, expr: str, value: str) -> None:
    assert values(text, dct).get(expr) == ("DATE", value)


def test_a_minute_and_a_half() -> None:
    found = values("Then a minute and a half later, the alarm sounds.", DCT)
    assert found["a minute and a half"] == ("DURATION", "PT1M30S")


def test_the_previous_weekday_is_read_from_the_last_date() -> None:
    text = "The index fell 4.5% on Friday, down from the previous Friday."
    found = values(text, dt.date(1989, 10, 30))  # a Monday: "Friday" is Oct. 27
    assert found["friday"] == ("DATE", "1989-10-27")
    assert found["the previous friday"] == ("DATE", "1989-10-20")


def test_that_same_day_is_anaphoric() -> None:
    found = values("The plant shut on Nov. 14. Its gates were locked that same day.", DCT)
    assert found["that same day"] == ("DATE", "1997-11-14")


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Varga, 47 years old, had joined in 1985.",  # an age
        "The two earthquakes struck only minutes apart.",  # a distance
        "It should be completed in a matter of months.",
        "The brewer holds to its earlier goal.",  # "earlier" alone: a comparative
        "During the day, the puppy slept in the garden.",  # "the day" alone
    ],
)
def test_words_that_are_not_timexes(text: str) -> None:
    found = values(text, DCT)
    assert not ({"years", "minutes", "months", "earlier", "the day"} & set(found))


def test_march_after_the_is_a_month() -> None:
    assert values("The March referendum will allow them to vote.", DCT)["march"][0] == "DATE"


def test_a_clock_time_before_its_day_is_a_time_of_that_day() -> None:
    text = "Figures came on Tuesday. As of 1700 GMT on 14 March 2011, 40 regions reported cases."
    got = values(text, dt.date(2011, 3, 16))
    assert got["tuesday"] == ("DATE", "2011-03-15")
    assert got["1700 gmt"] == ("TIME", "2011-03-14T17:00Z")
    alone = values(
        "Figures came on Tuesday. At 1700 GMT, 40 regions reported.", dt.date(2011, 3, 16)
    )
    assert alone["1700 gmt"] == ("TIME", "2011-03-15T17:00Z")
