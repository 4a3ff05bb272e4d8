"""tag_timexes on hand-written news sentences: spans, types and anchored values."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from storyline.analyze.time import tag_timexes

WED = dt.date(2024, 3, 20)
SAT = dt.date(2024, 3, 23)


def values(text: str, dct: dt.date | None) -> dict[str, tuple[str, str]]:
    return {t.text.lower(): (t.type, t.value) for t in tag_timexes(text, dct)}


@pytest.mark.parametrize(
    ("text", "dct", "expr", "typ", "value"),
    [
        ("Blinken will travel there this Friday.", WED, "this Friday", "DATE", "2024-03-22"),
        ("Netanyahu rejected the appeal on Friday.", SAT, "Friday", "DATE", "2024-03-22"),
        ("Talks are planned for next week in Washington.", SAT, "next week", "DATE", "2024-W13"),
        ("Since October 7, the war has killed thousands.", SAT, "October 7", "DATE", "2023-10-07"),
        ("The attack of November 2012 was different.", SAT, "November 2012", "DATE", "2012-11"),
        ("He spoke yesterday.", WED, "yesterday", "DATE", "2024-03-19"),
        ("Sales fell last year.", WED, "last year", "DATE", "2023"),
        ("Prices rose in the 1990s.", WED, "the 1990s", "DATE", "199"),
        (
            "Profit rose in the third quarter.",
            dt.date(1989, 10, 26),
            "the third quarter",
            "DATE",
            "1989-Q3",
        ),
        ("It grew over the past three years.", WED, "the past three years", "DURATION", "P3Y"),
        ("The talks lasted 2 1/2 years.", WED, "2 1/2 years", "DURATION", "P2Y6M"),
        ("The flight took five hours.", WED, "five hours", "DURATION", "PT5H"),
        ("Prices are high now.", WED, "now", "DATE", "PRESENT_REF"),
        ("He recently resigned.", WED, "recently", "DATE", "PAST_REF"),
        ("The plant opened three weeks ago.", WED, "three weeks ago", "DATE", "2024-W09"),
        ("The deal closed Aug. 7, 1998.", WED, "Aug. 7, 1998", "DATE", "1998-08-07"),
        ("The ferry sails every Monday.", WED, "every Monday", "SET", "XXXX-WXX-1"),
        ("Reports are published annually.", WED, "annually", "SET", "P1Y"),
        (
            "The vote will be held at 3 p.m. Thursday.",
            WED,
            "3 p.m. Thursday",
            "TIME",
            "2024-03-21T15:00",
        ),
        ("The summit ends this summer.", WED, "this summer", "DATE", "2024-SU"),
        ("It happened on 2024-01-05.", WED, "2024-01-05", "DATE", "2024-01-05"),
        ("The charter dates from the 18th century.", WED, "the 18th century", "DATE", "17"),
        ("Christmas is near.", WED, "Christmas", "DATE", "2023-12-25"),
    ],
)
def test_expression_value(text: str, dct: dt.date, expr: str, typ: str, value: str) -> None:
    assert values(text, dct).get(expr.lower()) == (typ, value)


def test_next_day_is_anchored_on_the_last_mentioned_date() -> None:
    found = values("The ceasefire began on March 3, 2021. The next day, fighting resumed.", WED)
    assert found["the next day"] == ("DATE", "2021-03-04")


def test_a_year_earlier_keeps_the_granularity_of_the_quarter() -> None:
    text = "Net income rose in the third quarter, from $5 million a year earlier."
    assert values(text, dct=dt.date(1989, 10, 26))["a year earlier"] == ("DATE", "1988-Q3")


def test_without_a_publication_date_values_keep_placeholders() -> None:
    found = values("He met them on Friday and will return next week. Talks began last year.", None)
    assert found["friday"] == ("DATE", "XXXX-WXX-5")
    assert found["next week"] == ("DATE", "XXXX-WXX")
    assert found["last year"] == ("DATE", "XXXX")


def test_offsets_point_into_the_text() -> None:
    text = "Officials said on Tuesday, March 19, that talks would resume in April."
    for t in tag_timexes(text, WED):
        assert text[t.start : t.end] == t.text


def test_no_dates_no_timexes() -> None:
    assert tag_timexes("The committee met to discuss the budget proposal.", WED) == []
    assert tag_timexes("", WED) == []


@pytest.mark.parametrize(
    "text", ["It was set for February 30.", "The year 99999 is far.", "On 2024-13-45 nothing."]
)
def test_impossible_dates_are_dropped_not_crashed(text: str) -> None:
    for t in tag_timexes(text, WED):
        assert "99999" not in t.value and "-02-30" not in t.value and "-13-" not in t.value


def test_dct_at_the_edge_of_the_calendar_does_not_crash() -> None:
    found = values("Next year and last year, on Friday, October 7.", dt.date(9999, 12, 31))
    assert found["last year"] == ("DATE", "9998")
    found = values("Last year and yesterday.", dt.date(1, 1, 1))
    assert "yesterday" not in found or found["yesterday"][1].startswith("X")


def test_ages_and_rates_are_not_durations() -> None:
    found = values("Mr. Smith, 52 years old, earns $2 million a year.", WED)
    assert "52 years" not in found and "a year" not in found


def test_lowercase_may_is_a_verb() -> None:
    assert "may" not in values("Prices may rise, officials said.", WED)
    assert values("The vote will be held in May.", WED)["may"] == ("DATE", "2024-05")


def test_hundred_thousand_words_finish_quickly() -> None:
    sentence = "On Friday, October 7, 2023, three weeks ago, officials said prices may rise now. "
    text = sentence * 7000  # about 100k words
    start = time.perf_counter()
    found = tag_timexes(text, WED)
    assert time.perf_counter() - start < 20
    assert len(found) == 7000 * 3
