"""Which four-digit numbers are years written as dates (texts written for the test)."""

from __future__ import annotations

from storyline.corpus.ledger.years import heading_year, in_quotation, written_year
from storyline.model import Timex


def _year(text: str, digits: str) -> Timex:
    start = text.index(digits)
    return Timex(start, start + len(digits), digits, "DATE", digits)


def test_a_year_introduced_by_a_time_word_is_a_date() -> None:
    text = "The mill closed in 1998 and the 2004 flood finished it."
    assert written_year(text, _year(text, "1998"))
    assert written_year(text, _year(text, "2004"))


def test_a_span_longer_than_the_digits_is_a_date() -> None:
    text = "Talks resume in March 2012."
    start = text.index("March")
    assert written_year(text, Timex(start, start + 10, "March 2012", "DATE", "2012-03"))


def test_clock_times_quantities_and_quoted_words_are_not_years() -> None:
    stamp = "1845 : The minister has arrived at the port."
    assert not written_year(stamp, _year(stamp, "1845"))
    figure = "By the coast it will be roughly 1500 more dilute than at the source."
    assert not written_year(figure, _year(figure, "1500"))
    crowd = "Police said 2000 people marched to the square."
    assert not written_year(crowd, _year(crowd, "2000"))
    quoted = 'The mayor said: "This is not the winter of 1947 again," and left.'
    assert in_quotation(quoted, quoted.index("1947"), 0)
    assert not written_year(quoted, _year(quoted, "1947"))


def test_a_history_box_heading_is_a_year_and_dates_its_entry() -> None:
    box = (
        "The Tamsin virus spread. \n1921 : The Brolk flu remains the worst outbreak . \n"
        "Caused by a bird strain, 30 million people died 1962 : Mirren flu killed 3 million . \n"
        "Caused by a human strain 1977 : Ostra flu killed one million ."
    )
    assert written_year(box, _year(box, "1921"))  # 19:77 is no time of day: the headings are years
    assert written_year(box, _year(box, "1962"))
    died = box.index("30 million")
    assert heading_year(box, died, box.index("1921")) == 1921
    assert heading_year(box, box.index("3 million"), box.index("Caused")) == 1962
    assert heading_year(box, box.index("Tamsin"), 0) is None


def test_a_live_pages_headings_stay_clock_times() -> None:
    live = "2155 : Divers reach the valve . \n2140 : The minister speaks . \n2131 : Pumps restart ."
    assert not written_year(live, _year(live, "2140"))
    assert heading_year(live, live.index("Pumps"), 0) is None
