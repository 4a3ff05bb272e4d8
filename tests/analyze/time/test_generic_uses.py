"""Session 2, round 3: commitments and cancelled plans, generic uses, Easter, weekday sets."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from timex_helpers import found, tense_of, values

from storyline.analyze.time import tag_timexes
from storyline.analyze.time.amounts import easter

WSJ = dt.date(1989, 11, 2)  # a Thursday
SUN = dt.date(1999, 10, 24)  # a Sunday
MON = dt.date(2000, 4, 17)  # a Monday


@pytest.mark.parametrize(
    ("sentence", "expr", "tense"),
    [
        # the to-infinitive of a commitment noun or verb is yet to happen
        ("The retailer signed an agreement to buy a rival chain in January.", "January", "future"),
        ("Delmar agreed to buy the plant for $9 million in February.", "February", "future"),
        # a purpose infinitive does not: its governing verb decides
        ("The town held a parade to mark the anniversary on Friday.", "Friday", "past"),
    ],
)
def test_commitments_point_ahead(nlp: Any, sentence: str, expr: str, tense: str) -> None:
    assert tense_of(nlp, sentence, expr) == tense


def test_a_plan_reported_as_cancelled_is_not_a_schedule(nlp: Any) -> None:
    sentence = "A charity concert planned for Saturday was canceled after the storm warning."
    assert tense_of(nlp, sentence, "Saturday") is None
    # the same participle with nothing past after it still points ahead
    assert tense_of(nlp, "Talks scheduled for Saturday will go ahead.", "Saturday") == "future"


def test_commitment_months_and_cancelled_weekdays_resolve() -> None:
    text = "Northgate Savings signed an agreement to buy the lender in January."
    assert found(text, WSJ)["January"] == ("DATE", "1990-01")
    text = "A street fair planned at the harbor for Saturday was canceled."
    assert found(text, SUN)["Saturday"] == ("DATE", "1999-10-23")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("We are off to Lisbon. Now for today's sports news.", "Now"),
        ("That was the plan. Now, what happens to the workers?", "Now"),
        ("Firefighters reached the barn in the early hours of Sunday morning.", "hours"),
        ("Three bridges have failed, most recently last October in Dover.", "recently"),
    ],
)
def test_time_words_that_refer_to_no_time(text: str, absent: str) -> None:
    assert absent not in found(text, WSJ)


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Prices fell. Now officials are investigating the fire.", "Now"),
        ("Prices fell. Now, he says, the West has no edge.", "Now"),
        ("The company recently cut its dividend.", "recently"),
        ("He worked for hours on the plan.", "hours"),
    ],
)
def test_the_same_words_used_for_time_stay(text: str, expr: str) -> None:
    assert expr in found(text, WSJ)


def test_a_number_in_the_sentence_before_does_not_make_a_rate() -> None:
    text = "The thefts date to 1985. In May, a week after the festival, a warehouse was burgled."
    assert found(text, WSJ)["a week"] == ("DURATION", "P1W")
    # a quantity in the same clause still does
    assert "a year" not in found(
        text="The merger should cut $40 million a year in expenses.", dct=WSJ
    )


def test_easter_is_computed_for_the_year() -> None:
    assert [easter(y) for y in (1998, 2000, 2024)] == [
        dt.date(1998, 4, 12),
        dt.date(2000, 4, 23),
        dt.date(2024, 3, 31),
    ]
    got = found("Choirs rehearsed as Easter week began, days before Good Friday.", MON)
    assert got["Easter week"] == ("DATE", "2000-W16")
    assert got["Good Friday"] == ("DATE", "2000-04-21")
    # a moveable feast without a publication date has no month or day to guess
    assert found("They will return after Easter.", None)["Easter"] == ("DATE", "XXXX-XX-XX")
    assert "Eastern" not in {t.text for t in tag_timexes("Eastern Europe", MON)}


def test_weekdays_with_a_plural_part_of_day_are_sets() -> None:
    text = "Two extra ferries would sail from Dover on Monday and Tuesday nights starting April 6."
    got = found(text, dt.date(1998, 2, 13))
    assert got["Tuesday nights"] == ("SET", "XXXX-WXX-2TNI")
    assert got["Monday"] == ("SET", "XXXX-WXX-1TNI")
    assert found("Flights leave on Tuesdays.", WSJ)["Tuesdays"] == ("SET", "XXXX-WXX-2")


def test_one_day_after_a_modal_is_some_day() -> None:
    assert found("Solar power will one day be the largest energy source.", WSJ)["one day"] == (
        "DATE",
        "FUTURE_REF",
    )
    assert found("It took one day to finish.", WSJ)["one day"] == ("DURATION", "P1D")


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Crews could be at the site for some time.", "some time"),
        ("They will have to live without power for a while.", "a while"),
        ("The team will remain there for a fairly lengthy period.", "a fairly lengthy period"),
    ],
)
def test_vague_lengths_after_for_are_durations(text: str, expr: str) -> None:
    assert found(text, WSJ)[expr] == ("DURATION", "PXX")


def test_some_time_without_for_is_not_a_duration() -> None:
    assert "some time" not in found("It took some time to agree.", WSJ)


def test_a_season_after_into_is_that_season() -> None:
    text = "Shortages made it hard to fill orders well into the summer."
    assert found(text, WSJ)["the summer"] == ("DATE", "1989-SU")


def test_the_year_earlier_nine_months_is_one_duration() -> None:
    text = "Results for the year-earlier nine months reflected a tax benefit."
    assert found(text, WSJ) == {"the year-earlier nine months": ("DURATION", "P9M")}


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("It will seek more financing at a later date.", "a later date"),
        ("We do not underestimate the risks of the near term.", "the near term"),
    ],
)
def test_vague_future_phrases_are_future_refs(text: str, expr: str) -> None:
    assert found(text, WSJ)[expr] == ("DATE", "FUTURE_REF")
    assert found("They took a short-term loan.", WSJ) == {}


def test_the_nth_day_it_is_now_is_the_publication_date() -> None:
    text = "In the capital, today is the fifth day of the strike."
    assert found(text, WSJ)["the fifth day"] == ("DATE", "1989-11-02")
    assert "the second day" not in found("On the second day of talks, they agreed.", WSJ)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Sales rose over the summer.", "the summer", "2008-SU"),  # said in February
        ("Sales will rise over the summer.", "the summer", "2009-SU"),
        ("Sales rose last summer.", "last summer", "2008-SU"),
        ("The stock began trading this summer.", "this summer", "2009-SU"),
    ],
)
def test_an_unmodified_season_takes_its_year_from_the_tense(
    text: str, expr: str, value: str
) -> None:
    assert values(text, dt.date(2009, 2, 15))[expr] == ("DATE", value)


def test_summer_winter_and_autumn_need_no_preposition_but_spring_and_fall_do() -> None:
    dct = dt.date(2008, 10, 13)
    assert found("The fund held its Autumn meetings.", dct) == {"Autumn": ("DATE", "2008-FA")}
    assert found("Winter sales were weak.", dct) == {"Winter": ("DATE", "2008-WI")}
    assert found("Stocks fall as spring hopes fade.", dct) == {}
    assert found("The Winter Olympics open in Sochi.", dct) == {}
