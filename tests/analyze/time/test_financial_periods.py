"""The year, the fiscal year and counted quarters as company reports use them (session 2 rules)."""

from __future__ import annotations

import datetime as dt

import pytest
from timex_helpers import values

WSJ = dt.date(1989, 10, 30)


@pytest.mark.parametrize(
    ("text", "expr", "kind", "value"),
    [
        ("For the year, bottled water volume was flat.", "the year", "DATE", "1989"),
        ("The shares hit a high for the year of $18.25.", "the year", "DATE", "1989"),
        (
            "The unit had sales of $31 million for the year ended June 30.",
            "the year",
            "DURATION",
            "P1Y",
        ),
        (
            "During the fiscal year ended April 30, the chain posted revenue of $88 million.",
            "the fiscal year",
            "DURATION",
            "P1Y",
        ),
        (
            "The group booked $3 billion of revenue in the latest fiscal year.",
            "the latest fiscal year",
            "DATE",
            "1988",
        ),
        (
            "The startup finally turned a profit after several quarters of losses.",
            "several quarters",
            "DURATION",
            "PXQ",
        ),
    ],
)
def test_company_report_periods(text: str, expr: str, kind: str, value: str) -> None:
    assert values(text, WSJ).get(expr) == (kind, value)


def test_a_quarter_of_the_market_is_a_fraction() -> None:
    assert "a quarter" not in values("It holds a quarter of the market.", WSJ)


def test_no_dct_keeps_the_year_unanchored() -> None:
    assert values("For the year, volume was flat.", None)["the year"] == ("DATE", "XXXX")


def test_the_year_period_is_the_quarter_in_focus_of_that_year() -> None:
    text = "Melrose earned less in the third quarter than in the 1988 quarter."
    assert values(text, WSJ)["the 1988 quarter"] == ("DATE", "1988-Q3")


def test_the_year_period_without_a_quarter_is_the_year() -> None:
    assert values("Profit was lower than in the 1988 period.", WSJ)["the 1988 period"] == (
        "DATE",
        "1988",
    )


def test_year_ago_results_after_nine_months_are_last_year() -> None:
    text = (
        "Profit climbed in the third quarter. In the first nine months, profit was $41 million, "
        "compared with a loss in the 1988 period. The year-ago results included a charge."
    )
    assert values(text, WSJ)["year-ago"] == ("DATE", "1988")


def test_a_rate_per_year_is_not_a_set() -> None:
    found = values("Sales should rise 8.5% annually. The rallies are held annually.", WSJ)
    assert list(found) == ["annually"]
    assert found["annually"] == ("SET", "P1Y")


def test_each_of_the_last_years_is_a_set() -> None:
    text = "She has won this race in each of the last three years."
    assert values(text, WSJ)["each of the last three years"] == ("SET", "P1Y")


def test_the_same_quarter_a_year_earlier_is_one_period() -> None:
    text = "The first quarter ended March 31. In the same quarter a year earlier, it lost money."
    found = values(text, dt.date(2024, 4, 20))
    assert found["the same quarter a year earlier"] == ("DATE", "2023-Q1")
