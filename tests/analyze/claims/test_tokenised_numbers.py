"""Numbers written the way tokenised news text writes them: punctuation set off by spaces."""

from __future__ import annotations

from storyline.analyze.claims.numbers import find_numbers


def _read(text: str) -> list[tuple[str, float, str | None, bool]]:
    return [(text[n.start : n.end], n.value, n.money, n.percent) for n in find_numbers(text)]


def test_a_thousands_separator_set_off_by_spaces_joins_the_number() -> None:
    assert _read("The hall was valued at $888 , 600 .") == [("$888 , 600", 888600.0, "USD", False)]
    assert _read("The quake killed more than 31 , 000 people .")[0][1] == 31000.0


def test_a_day_of_the_month_is_not_joined_to_the_count_after_it() -> None:
    # written "On May 5, 200 protesters": a day and a count, not 5,200
    assert [r[1] for r in _read("On May 5 , 200 protesters marched in Velmar Falls .")] == [200.0]
    assert [r[1] for r in _read("By Jan . 3 , 150 people had fled .")] == [150.0]
    assert [r[1] for r in _read("On March 12 , 1 , 450 workers walked out .")] == [1450.0]
    # after no month, or a thousands group no day could be, the number is whole
    assert _read("Police counted 12 , 150 ballots .")[0][1] == 12150.0
    assert _read("In April 5 , 000 people fled .")[0][1] == 5000.0
    # a tokenised abbreviated month's day is no figure; a modal "may" ending a sentence is no month
    assert _read("Vell ships the update Oct . 18 .") == []
    assert _read("Let it fall where it may . \n3 Questions for Ana Ruiz")[0][1] == 3.0


def test_a_decimal_point_set_off_by_spaces_before_a_scale_or_percent_joins_the_number() -> None:
    assert _read("Velmar stocks closed down 3 . 9 percent .") == [
        ("3 . 9 percent", 3.9, None, True)
    ]
    assert _read("a loan of ( $2 . 6 million ) for Velmar Falls")[0][1] == 2_600_000.0
    assert _read("a ( $2 . 6 - million ) loan")[0][1] == 2_600_000.0
    # before anything else the point may end a sentence: two numbers
    assert [r[1] for r in _read("The toll rose to 12 . 5 more were found later .")] == [12.0, 5.0]


def test_a_clock_time_written_tokenised_is_no_number() -> None:
    assert _read("Police arrested Jon Ferrel around 1 : 30 a.m. Sunday .") == []
    assert _read("The Hawks led with about 10 : 00 to play .") == []
    assert _read("He was held at around 9 . 30 am .") == []
    # a heading's date or year before the colon is followed by a count
    assert _read("March 4 : Two Velmar soldiers were killed .")[0][1] == 2.0
    assert _read("1983 : 8,000 people fled Velmar Falls .")[0][1] == 8000.0
    # a date heading's day: the count after the colon is no clock time's minutes
    assert [r[1] for r in _read("March 3 : 40 people were killed in Velmar Falls .")] == [40.0]
    assert [r[1] for r in _read("Oct . 25 : 12 Dorvanian soldiers were wounded .")] == [12.0]


def test_an_age_written_tokenised_is_no_number() -> None:
    assert _read("a 91 - year - old man from Velmar Falls") == []


def test_pounds_after_weigh_are_a_weight_not_money() -> None:
    assert _read("The suspect weighs 180 pounds .") == [("180", 180.0, None, False)]
    assert _read("Dario Venn , weighing about 210 pounds , was held .")[0][2] is None
    assert _read("Velmar raised 180 pounds for the shelter .")[0][2] == "GBP"
    described = "He is described as 5 - foot - 10 , 180 pounds , with short hair ."
    assert [r[2] for r in _read(described) if r[1] == 180] == [None]
