"""The page speaking is never a story title: a site notice, a byline alone, an author's bio
or disclaimer, a wire header with a day and no place, a list of other stories' headlines,
a line broken off mid-sentence (texts written for these tests)."""

from __future__ import annotations

import pytest

from storyline.corpus.stories.titles import CLEAN, article_headline, title_quality
from storyline.model import Article

_LEAD = (
    "The harbour board of Port Ellery voted on Tuesday to close the north quay for repairs .\n"
    "Repairs will take three months , the board said .\n"
    "Fishing crews will use the south quay while the work goes on , a board member said ."
)


def _title(top: str) -> str:
    return article_headline(Article(id="p", text=f"{top}\n{_LEAD}"))


@pytest.mark.parametrize(
    "text",
    [
        "This live blog has ended .",
        "On 1st March we moved this blog to a new address .",
        "From Jane Roe and John Doe , NEWSNET",
        "By Jane Roe Science correspondent , Harbour News",
        "Ann Lee is a Newsnet columnist .",
        "The views expressed are his own .",
    ],
)
def test_the_page_speaking_is_no_title(text: str) -> None:
    assert title_quality(text) == 0
    assert _title(text).startswith("The harbour board of Port Ellery voted")


def test_a_wire_header_with_a_day_and_no_place_is_cut() -> None:
    top = (
        "July 23 | Fri Jul 23 , 2010 7:55 am EDT July 23 -LRB- Newsnet -RRB- - Crews began "
        "repairs to the north quay at Port Ellery on Friday ."
    )
    assert _title(top).startswith("Crews began repairs to the north quay")


def test_a_list_of_headlines_is_passed_over_for_the_first_sentence() -> None:
    top = "Storm batters coast\nQuay repairs planned\nBoard meets Tuesday\nFishing fleet idle"
    assert _title(top).startswith("The harbour board of Port Ellery voted")


def test_a_headline_and_standfirst_are_no_list() -> None:
    top = "Port Ellery closes north quay\nRepairs after the storms will take three months"
    assert _title(top) == "Port Ellery closes north quay"


def test_a_line_broken_off_after_of_the_is_no_clean_title() -> None:
    assert title_quality("Ann Lee oversaw repairs after the storms of the") < CLEAN
    assert title_quality("Ann Lee vows to fight on") == CLEAN


def test_a_quote_card_is_not_cut_after_by_the() -> None:
    top = (
        "The harbour master of Port Ellery was thanked by the Mayor : `` You kept the quay "
        "open . ''"
    )
    assert not _title(top).endswith("by the")


@pytest.mark.parametrize("label", ["UPDATE 3-", "WRAPUP 2-", "REFILE-"])
def test_a_wire_slug_label_is_cut_from_a_title(label: str) -> None:
    assert _title(f"{label}Harbour board closes north quay") == "Harbour board closes north quay"
