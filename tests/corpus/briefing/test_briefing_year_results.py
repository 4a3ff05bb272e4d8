"""Last year's results, told early in the next, are the day's news (numbers.py
of_an_earlier_year); a figure of years before stays history. Every text is invented."""

from __future__ import annotations

from storyline.corpus.briefing.numbers import of_an_earlier_year
from storyline.model import Article


def _after(text: str, figure: str) -> int:
    return text.index(figure) + len(figure)


def test_last_years_results_reported_in_january_are_no_earlier_years_figure() -> None:
    for text in (
        "Dorvik Mutual said on Tuesday it made a loss of $ 2bn in 2030 , its first in a decade .",
        "Dorvik Mutual said on Tuesday its profit fell to $ 2bn for the whole of 2030 .",
    ):
        article = Article(id="t:1", text=text, published="2031-01-20")
        assert not of_an_earlier_year(article, _after(text, "$ 2bn"))


def test_a_figure_of_years_before_or_told_late_in_the_next_year_is_history() -> None:
    text = "Dorvik Mutual made a loss of $ 2bn in 2030 ."
    assert of_an_earlier_year(
        Article(id="t:2", text=text, published="2031-09-20"), _after(text, "$ 2bn")
    )
    text = "Dorvik Mutual made a loss of $ 2bn in 2027 ."
    assert of_an_earlier_year(
        Article(id="t:3", text=text, published="2031-01-20"), _after(text, "$ 2bn")
    )


def test_only_words_of_a_period_stand_between_a_figure_and_its_year() -> None:
    text = "Dorvik Motors sold 40,000 carts in sales in 2027 and more this year ."
    article = Article(id="t:4", text=text, published="2031-09-20")
    assert not of_an_earlier_year(article, _after(text, "40,000 carts"))
