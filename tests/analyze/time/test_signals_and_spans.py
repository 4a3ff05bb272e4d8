"""TimeML span rules (signals, prepositions, determiners) and the anaphora added in session 2."""

from __future__ import annotations

import datetime as dt

import pytest
from timex_helpers import values

WSJ = dt.date(1989, 10, 26)  # a Thursday
AP = dt.date(2000, 2, 24)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expr", "kind", "value"),
    [
        ("Three days later, the index rose again.", "three days", "DURATION", "P3D"),
        ("A day earlier, dozens of buses left the depot.", "a day", "DURATION", "P1D"),
        ("Just over an hour later, the fire was out.", "an hour", "DURATION", "PT1H"),
        # a calendar period keeps naming the period it points to
        (
            "Sales rose in the third quarter from a year earlier.",
            "a year earlier",
            "DATE",
            "1988-Q3",
        ),
    ],
)
def test_later_and_earlier_are_signals_after_short_durations(
    text: str, expr: str, kind: str, value: str
) -> None:
    assert values(text, WSJ).get(expr) == (kind, value)


def test_the_day_before_a_date_is_one_expression() -> None:
    text = "The day before last Tuesday's council vote, Petra visited the office."
    assert values(text, AP)["the day before last tuesday"] == ("DATE", "2000-02-21")


def test_the_day_in_apposition_restates_the_date() -> None:
    text = (
        "Five business days after Oct. 9, the day before the harbor strike, freight rates climbed."
    )
    found = values(text, dt.date(1989, 10, 30))
    assert found["the day"] == ("DATE", "1989-10-09")
    assert "the day before" not in found


def test_a_day_coordinated_with_a_date_shares_its_month() -> None:
    found = values("The summit will be held on April 24 and 25. Rates rose 3 and 4 percent.", AP)
    assert found["25"] == ("DATE", "2000-04-25")
    assert "4" not in found


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The crew will depart at 4 in the morning.", "4 in the morning", "T04:00"),
        ("The rally starts at 7 in the evening.", "7 in the evening", "T19:00"),
    ],
)
def test_hour_with_part_of_day_is_a_clock_time(text: str, expr: str, value: str) -> None:
    kind, got = values(text, AP)[expr]
    assert kind == "TIME" and got.endswith(value) and got.startswith("2000-02-24")


def test_same_day_after_a_month_is_a_day_of_that_month() -> None:
    text = "The factory closed last October. Its sign was taken down that same day."
    assert values(text, dt.date(1999, 2, 6))["that same day"] == ("DATE", "1998-10-XX")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The app is for today's youth what the radio was for their grandparents.", "today"),
        ("The old cinema is showing High Noon again.", "noon"),
        ("She told CBS's 60 Minutes that the rules were unfair.", "60 minutes"),
        ("The bakery was robbed on the night of Saturday, Nov. 7.", "the night"),
    ],
)
def test_words_that_look_temporal_but_are_not(text: str, absent: str) -> None:
    assert absent not in values(text, dt.date(1998, 11, 21))


def test_today_with_an_event_noun_stays_a_date() -> None:
    assert values("Now for today's weather report.", AP)["today"] == ("DATE", "2000-02-24")


def test_the_night_of_a_date_keeps_the_date() -> None:
    found = values("The bakery was robbed on the night of Saturday, Nov. 7.", dt.date(1998, 11, 21))
    assert found["saturday, nov. 7"] == ("DATE", "1998-11-07")


def test_year_ago_as_a_modifier_is_the_comparison_period() -> None:
    text = "Harbor Mills earned $4 million in the third quarter. The year-ago results were revised."
    found = values(text, WSJ)
    assert found["year-ago"] == ("DATE", "1988-Q3")
    assert "the year" not in found


def test_nine_months_make_the_year_earlier_comparison_annual() -> None:
    text = (
        "Net fell in the third quarter. For the nine months, the loss came to $31 million, "
        "compared with a profit of $9.4 million a year earlier."
    )
    assert values(text, WSJ)["a year earlier"] == ("DATE", "1988")


def test_the_quarter_a_year_ago_is_one_period() -> None:
    text = "Pinecrest lost money in the third quarter. In the quarter a year ago, it made $3m."
    assert values(text, WSJ)["the quarter a year ago"] == ("DATE", "1988-Q3")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("It will withdraw within a week, officials said.", "a week"),
        ("Such rallies happened in the past.", "the past"),
        ("For now, the plan is theoretical.", "now"),
        ("The mayor agreed to a meeting early Friday.", "early friday"),
        ("The coach spoke. Later Thursday, she left.", "thursday"),
        ("The union agreed to talks earlier this week.", "earlier this week"),
        ("It will wait at least 72 hours.", "at least 72 hours"),
        ("The company's third-quarter results were poor.", "third-quarter"),
        ("Profit rose in the third quarter.", "the third quarter"),
        ("The trip took only five hours.", "five hours"),
        ("The union signed a two-year contract.", "two-year"),
        ("He was elected to a six year term.", "six year"),
        ("Traders squared positions at the end of this week.", "the end of this week"),
    ],
)
def test_prepositions_and_focus_adverbs_stay_outside_the_span(text: str, span: str) -> None:
    assert span in values(text, AP)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ('Ortiz, appearing on the radio show "This Week," said so.', "this week"),
        ("This is Metro Today.", "today"),
    ],
)
def test_capitalised_titles_are_not_timexes(text: str, absent: str) -> None:
    assert absent not in values(text, AP)


def test_sentence_initial_today_is_a_date() -> None:
    assert values("He left. Today he returns.", AP)["today"] == ("DATE", "2000-02-24")
