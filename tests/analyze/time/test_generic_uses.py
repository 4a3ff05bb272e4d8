"""Session 2, round 3: commitments and cancelled plans, generic uses, Easter, weekday sets."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from storyline.analyze.nlp import load_nlp
from storyline.analyze.time import tag_timexes
from storyline.analyze.time.amounts import easter
from storyline.analyze.time.verbs import TaggedToken, verb_tense

WSJ = dt.date(1989, 11, 2)  # a Thursday
SUN = dt.date(1999, 10, 24)  # a Sunday
MON = dt.date(2000, 4, 17)  # a Monday


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp(("tok2vec", "tagger"))


def found(text: str, dct: dt.date | None) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_timexes(text, dct)}


def tense_of(nlp: Any, sentence: str, expr: str) -> str | None:
    doc = nlp(sentence)
    tokens = [TaggedToken(t.idx, t.idx + len(t.text), t.lower_, t.tag_) for t in doc]
    start = sentence.index(expr)
    return verb_tense(tokens, start, start + len(expr), sentence[max(0, start - 30) : start])


@pytest.mark.parametrize(
    ("sentence", "expr", "tense"),
    [
        # the to-infinitive of a commitment noun or verb is yet to happen
        ("The bank announced an agreement to acquire the company in January.", "January", "future"),
        ("Thermo agreed to purchase the unit for $22 million in February.", "February", "future"),
        # a purpose infinitive does not: its governing verb decides
        ("The government staged celebrations to mark the entry on Friday.", "Friday", "past"),
    ],
)
def test_commitments_point_ahead(nlp: Any, sentence: str, expr: str, tense: str) -> None:
    assert tense_of(nlp, sentence, expr) == tense


def test_a_plan_reported_as_cancelled_is_not_a_schedule(nlp: Any) -> None:
    sentence = "A memorial service planned for Saturday was canceled after the leak."
    assert tense_of(nlp, sentence, "Saturday") is None
    # the same participle with nothing past after it still points ahead
    assert tense_of(nlp, "Talks scheduled for Saturday will go ahead.", "Saturday") == "future"


def test_commitment_months_and_cancelled_weekdays_resolve() -> None:
    text = "First of America announced an agreement to acquire the bank in January."
    assert found(text, WSJ)["January"] == ("DATE", "1990-01")
    text = "A memorial service planned at the university for Saturday was canceled."
    assert found(text, SUN)["Saturday"] == ("DATE", "1999-10-23")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Prices fell. Now, he says, the West has no edge.", "Now"),
        ("We are off to Kabul. Now for today's geography quiz.", "Now"),
        ("Police arrested him in the early hours of Thursday morning.", "hours"),
        ("Doctors were killed, most recently last October in Amherst.", "recently"),
    ],
)
def test_time_words_that_refer_to_no_time(text: str, absent: str) -> None:
    assert absent not in found(text, WSJ)


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Prices fell. Now officials are investigating the bombing.", "Now"),
        ("The company recently cut its dividend.", "recently"),
        ("He worked for hours on the plan.", "hours"),
    ],
)
def test_the_same_words_used_for_time_stay(text: str, expr: str) -> None:
    assert expr in found(text, WSJ)


def test_a_number_in_the_sentence_before_does_not_make_a_rate() -> None:
    text = "Shootings date to 1994. In January, a week after the anniversary, a clinic was hit."
    assert found(text, WSJ)["a week"] == ("DURATION", "P1W")
    # a quantity in the same clause still does
    assert "a year" not in found(text="It will save $500 million a year in costs.", dct=WSJ)


def test_easter_is_computed_for_the_year() -> None:
    assert [easter(y) for y in (1998, 2000, 2024)] == [
        dt.date(1998, 4, 12),
        dt.date(2000, 4, 23),
        dt.date(2024, 3, 31),
    ]
    got = found("Protesters prayed as Easter week began, days before Good Friday.", MON)
    assert got["Easter week"] == ("DATE", "2000-W16")
    assert got["Good Friday"] == ("DATE", "2000-04-21")
    # a moveable feast without a publication date has no month or day to guess
    assert found("They will return after Easter.", None)["Easter"] == ("DATE", "XXXX-XX-XX")
    assert "Eastern" not in {t.text for t in tag_timexes("Eastern Europe", MON)}


def test_weekdays_with_a_plural_part_of_day_are_sets() -> None:
    text = "Two new flights would leave Bombay on Monday and Tuesday nights from March 30."
    got = found(text, dt.date(1998, 2, 13))
    assert got["Tuesday nights"] == ("SET", "XXXX-WXX-2TNI")
    assert got["Monday"] == ("SET", "XXXX-WXX-1TNI")
    assert found("Flights leave on Tuesdays.", WSJ)["Tuesdays"] == ("SET", "XXXX-WXX-2")


def test_one_day_after_a_modal_is_some_day() -> None:
    assert found("Islam will one day be the second religion.", WSJ)["one day"] == (
        "DATE",
        "FUTURE_REF",
    )
    assert found("It took one day to finish.", WSJ)["one day"] == ("DURATION", "P1D")


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Forces could be in the region for some time.", "some time"),
        ("They will have to live without power for a while.", "a while"),
        ("We're there to stay for a fairly lengthy period.", "a fairly lengthy period"),
    ],
)
def test_vague_lengths_after_for_are_durations(text: str, expr: str) -> None:
    assert found(text, WSJ)[expr] == ("DURATION", "PXX")


def test_some_time_without_for_is_not_a_duration() -> None:
    assert "some time" not in found("It took some time to agree.", WSJ)


def test_a_season_after_into_is_that_season() -> None:
    text = "Problems made it hard to meet demand well into the summer."
    assert found(text, WSJ)["the summer"] == ("DATE", "1989-SU")


def test_the_year_earlier_nine_months_is_one_duration() -> None:
    text = "Net for the year-earlier nine months also included a gain."
    assert found(text, WSJ) == {"the year-earlier nine months": ("DURATION", "P9M")}


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("It will seek more financing at a later date.", "a later date"),
        ("We don't minimize the challenges of the near term.", "the near term"),
    ],
)
def test_vague_future_phrases_are_future_refs(text: str, expr: str) -> None:
    assert found(text, WSJ)[expr] == ("DATE", "FUTURE_REF")
    assert found("They took a short-term loan.", WSJ) == {}


def test_the_nth_day_it_is_now_is_the_publication_date() -> None:
    text = "In Saudi Arabia, today is the eighth day of the operation."
    assert found(text, WSJ)["the eighth day"] == ("DATE", "1989-11-02")
    assert "the second day" not in found("On the second day of talks, they agreed.", WSJ)
