"""Number expressions: values, qualifiers, money and percentages; non-counts skipped."""

from __future__ import annotations

import pytest

from storyline.analyze.claims import find_numbers, words_value


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("more than 32,000", 32000, "more_than"),
        ("over 140", 140, "more_than"),
        ("six", 6, "exact"),
        ("two dozen", 24, "exact"),
        ("1.2 million", 1_200_000, "exact"),
        ("$75m", 75_000_000, "exact"),
        ("70 percent", 70, "exact"),
        ("about 20%", 20, "about"),
        ("at least a hundred", 100, "at_least"),
        ("up to 5 billion", 5_000_000_000, "up_to"),
        ("fewer than 10", 10, "less_than"),
    ],
)
def test_values_and_qualifiers(text: str, value: float, qualifier: str) -> None:
    found = find_numbers(f"They said {text} people.")
    assert len(found) == 1
    assert found[0].value == value and found[0].qualifier == qualifier


def test_money_and_percent_flags() -> None:
    money, pct = find_numbers("It cost $75m and 70 percent of it was spent.")
    assert money.money == "USD" and not money.percent
    assert pct.percent and pct.money is None


@pytest.mark.parametrize(
    "text",
    [
        "in 2023",
        "on March 5",
        "the 3rd battalion",
        "a 120mm shell",
        "call 555-1234",
        "one of them",
        "Part 3 of the book",
        "at 10:30",
        "nearly two-thirds of them",
        "three quarters of the town",
    ],
)
def test_non_counts_are_skipped(text: str) -> None:
    assert find_numbers(text) == []


def test_garbage_numbers_do_not_crash() -> None:
    for text in ("1,2,3", "10^6", "1e9", "$", "%", "million", "---", "9" * 400):
        find_numbers(text)


def test_words_value() -> None:
    assert words_value("twenty-five") == 25
    assert words_value("two hundred thousand") == 200_000
    assert words_value("banana") is None


@pytest.mark.parametrize(
    ("text", "values", "money"),
    [
        ("grants of between $40 and $65 million", [40_000_000, 65_000_000], "USD"),
        ("between $ 40 and $ 65 million", [40_000_000, 65_000_000], "USD"),
        ("from 2 to 4 million euros", [2_000_000, 4_000_000], "EUR"),
        ("£3bn-£7bn", [3_000_000_000, 7_000_000_000], "GBP"),
        ("between 1.5 and 2 billion dollars", [1_500_000_000, 2_000_000_000], "USD"),
    ],
)
def test_a_range_writes_its_magnitude_once(text: str, values: list[float], money: str) -> None:
    """The first end of "$40 and $65 million" is 40 million dollars, not 40."""
    found = find_numbers(text)
    assert [m.value for m in found] == values
    assert {m.money for m in found} == {money}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("it rose from 400,000 to 1.5 million", 400_000),
        ("from 400 to 1.5 million", 400),
        ("burned 400 and lost 9 million", 400),
    ],
)
def test_a_figure_with_its_own_size_keeps_it(text: str, value: float) -> None:
    """A first figure too large to share the scale, or not joined as a range, is left alone."""
    assert find_numbers(text)[0].value == value


@pytest.mark.parametrize(
    "text",
    [
        "Pressure in the Varlow well reached 6,420 pounds per square inch.",
        "The drilling mud weighed about 14 pounds per gallon.",
        "Agents seized 2,000 pounds of fertiliser at the Kestrel farm.",
    ],
)
def test_pounds_of_weight_or_pressure_are_no_money(text: str) -> None:
    assert [n.money for n in find_numbers(text)] == [None]


def test_pounds_of_money_stay_money() -> None:
    assert [n.money for n in find_numbers("Donors gave 5 million pounds to the Kestrel fund.")] == [
        "GBP"
    ]
    assert [n.money for n in find_numbers("They spent 40 million pounds of public money.")] == [
        "GBP"
    ]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("the Velm 600 European bank index rose", None),
        ("a fine of 600 euros was paid", "EUR"),
        ("she was paid 7,000 euro in cash", "EUR"),
        ("they gave 40 dollars each", "USD"),
    ],
)
def test_a_currency_is_a_word_not_a_words_prefix(text: str, money: str | None) -> None:
    """ "600 European ..." is no sum in euros: the currency is the word "euro(s)", not a word it
    begins."""
    assert find_numbers(text)[0].money == money


def test_pence_are_a_hundredth_of_a_pound() -> None:
    [offer] = find_numbers("Harlow offered 420 pence a share for Merrin.")
    assert (offer.value, offer.money) == (4.2, "GBP")
    [count] = find_numbers("Harlow sold 420 pens a day.")
    assert (count.value, count.money) == (420, None)
