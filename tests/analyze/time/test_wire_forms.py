"""Forms of wire and web news that the TimeBank/AQUAINT rules missed (found on MEANTIME).

Headlines and date lines sit on lines of their own, markets report universal
time and "the day" they closed, and company news compares a period with the
same one a year before.
"""

from __future__ import annotations

import datetime as dt

import pytest
from timex_helpers import found, values

SEPT = dt.date(2008, 9, 18)  # a Thursday


def test_a_line_break_ends_an_expression() -> None:
    text = "Russian markets to remain closed until Friday\nSeptember 18, 2008\nThe government"
    assert found(text, SEPT) == {
        "Friday": ("DATE", "2008-09-19"),
        "September 18, 2008": ("DATE", "2008-09-18"),
    }


def test_a_year_on_the_line_before_does_not_make_a_rate() -> None:
    text = "October 04, 2005\nWithin one month of the launch, Apple held another event."
    assert found(text, dt.date(2005, 10, 4))["one month"] == ("DURATION", "P1M")
    # on the same line a quantity before "a month" still makes a rate
    assert "a month" not in values("It pays $2005 a month in rent.", dt.date(2005, 10, 4))


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The Dow Jones was down 2.62% at 16:08 UTC, a slight increase.", "16:08 UTC", "T16:08Z"),
        ("At 0800 UTC, the Bank of Canada acted.", "0800 UTC", "T08:00Z"),
        ("It filed for protection at 12:00 UTC Monday.", "12:00 UTC Monday", "T12:00Z"),
        ("The bomb went off at 10:35 a.m. (0735 GMT).", "0735 GMT", "T07:35Z"),
        ("The offer expires at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "T17:00"),
    ],
)
def test_clock_times_with_a_zone(text: str, expr: str, value: str) -> None:
    kind, got = found(text, SEPT)[expr]
    assert kind == "TIME"
    assert got[10:] == value
    assert got[:4] == "2008"


@pytest.mark.parametrize("text", ["The score was 16:08 at half time.", "It sold 2300 units."])
def test_a_bare_24_hour_number_is_not_a_time(text: str) -> None:
    assert all(kind != "TIME" for kind, _ in found(text, SEPT).values())


@pytest.mark.parametrize(
    "text",
    [
        "The Dow gained 155.91 points to end the day at 9505.96.",
        "For the day, the Nikkei closed down 6.4 percent.",
        "The index finished the day at a level of 5,210.17.",
    ],
)
def test_the_trading_day_a_market_report_closes(text: str) -> None:
    assert values(text, SEPT)["the day"] == ("DATE", "2008-09-18")


def test_the_day_that_was_named_before_is_the_one_closed() -> None:
    text = "Stocks fell on Monday, and the Dow ended the day at 7,114.3."
    assert values(text, dt.date(2009, 2, 24))["the day"] == ("DATE", "2009-02-23")


@pytest.mark.parametrize(
    "text",
    [
        "She spent hours in Nairobi later in the day before returning home.",
        "The index rebounded late in the day after falling 250 points.",
    ],
)
def test_the_day_before_an_event_clause_is_no_date(text: str) -> None:
    assert not any("day" in expr for expr in values(text, SEPT))


def test_the_day_before_a_date_is_still_one_expression() -> None:
    assert values("It happened the day before Christmas 2007.", SEPT) == {
        "the day before christmas 2007": ("DATE", "2007-12-24")
    }


def test_consecutive_quarters_are_a_duration_not_a_fraction() -> None:
    text = "Japan entered a recession after posting two consecutive quarters of negative growth."
    assert values(text, SEPT)["two consecutive quarters"] == ("DURATION", "P2Q")
    assert "a quarter" not in values("It cut 789, or about a quarter, of its dealers.", SEPT)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("In the final quarter of 2009, Ford made money.", "the final quarter of 2009", "2009-Q4"),
        ("Car sales rebounded in the last week of March.", "the last week of march", "2009-W13"),
        ("Talks resume in the first week of May 2009.", "the first week of may 2009", "2009-W19"),
        ("The worst single-day decline since 2001.", "single-day", "P1D"),
    ],
)
def test_named_parts_of_periods(text: str, expr: str, value: str) -> None:
    assert values(text, dt.date(2009, 4, 1))[expr][1] == value


def test_the_week_of_a_month_without_an_ordinal_is_not_a_week() -> None:
    assert "the week of march" not in values("In the week of March the sun rose.", SEPT)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The car rid Detroit of the boxy cars of the 70s.", "the 70s", "197"),
        ("Kopp was in his 30s then.", None, None),
    ],
)
def test_decades_written_without_century(text: str, expr: str | None, value: str | None) -> None:
    got = values(text, dt.date(2007, 2, 9))
    if expr is None:
        assert got == {}
    else:
        assert got[expr] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "year_kept"),
    [
        ("The Russell 2000 Index of smaller companies dropped.", False),
        ("He gave the keynote at WWDC 2005\nJune 6, 2005", True),
        ("In 1990 Congress passed the act.", True),
        ("Analysts were predicting 1990 BellSouth earnings.", True),
        ("The plant closed in March 2006 Ford said.", True),
    ],
)
def test_a_year_inside_a_name(text: str, year_kept: bool) -> None:
    years = [t for t in found(text, dt.date(2009, 2, 24)) if t[-4:].isdigit()]
    assert bool(years) == year_kept


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        (
            "Sales fell 35% in January, compared to the same month a year ago.",
            "the same month a year ago",
            "2008-01",
        ),
        (
            "Sales rose in February compared to the same period last year.",
            "the same period last year",
            "2008-02",
        ),
        (
            "The third quarter was weak; it earned 4 cents in the corresponding period last year.",
            "the corresponding period last year",
            "2007-Q3",
        ),
    ],
)
def test_the_same_period_a_year_back(text: str, expr: str, value: str) -> None:
    assert values(text, dt.date(2009, 3, 3))[expr] == ("DATE", value)


@pytest.mark.parametrize(
    ("dct", "value"),
    [(dt.date(2006, 8, 19), "2006-Q4"), (dt.date(2006, 2, 10), "2005-Q4")],
)
def test_an_untensed_quarter_is_the_nearer_one(dct: dt.date, value: str) -> None:
    # a headline fragment: no verb to take a tense from
    assert values("Plant closures during the fourth quarter", dct)["the fourth quarter"] == (
        "DATE",
        value,
    )


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        (
            "Revenue fell to $300 million last year, from $450 million the year before.",
            "the year before",
        ),
        (
            "Costs fell to $118 billion last year, $19.8 billion less than the year previous.",
            "the year previous",
        ),
    ],
)
def test_an_offset_after_the_unit_counts_back_from_the_year_named(text: str, expr: str) -> None:
    assert values(text, dt.date(2010, 1, 28))[expr] == ("DATE", "2008")


def test_a_month_after_since_is_before_the_article() -> None:
    dct = dt.date(2009, 6, 13)  # next November is nearer than the last one
    headline = "US stock markets have their best week since November"
    assert found(headline, dct)["November"] == ("DATE", "2008-11")
    assert found("Markets will rally in November.", dct)["November"] == ("DATE", "2009-11")
