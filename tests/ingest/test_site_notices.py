"""Page furniture at the top of a body: the site speaking of itself and a byline with no
headline, with the caption after it (texts written for these tests)."""

from __future__ import annotations

import pytest

from storyline.ingest.boilerplate import clean_body, is_byline, is_site_notice

_LEAD = (
    "The harbour board of Port Ellery voted on Tuesday to close the north quay for repairs .\n"
    "Repairs will take three months , the board said ."
)


@pytest.mark.parametrize(
    "notice",
    [
        "On 1st March we moved this blog to a new address , please update your bookmarks .",
        "We 've moved this blog to a new home .",
        "This live blog has ended .",
        "Our live coverage is now closed .",
        "We have now closed this live blog , thank you for reading .",
        "Comments are closed .",
        "This piece first appeared in The Harbour Times .",
        "A version of this article was originally published on the Port Ellery Gazette .",
    ],
)
def test_a_site_notice_is_dropped(notice: str) -> None:
    assert is_site_notice(notice)
    assert clean_body(f"{notice}\n{_LEAD}") == _LEAD


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour board has moved its offices to the old customs house .",
        "The live music festival has ended early because of the storm .",
        "Comments by the mayor on Tuesday closed the debate .",
        "The story first appeared in the harbour board 's minutes in 1921 , when a ferry "
        "sank off the north quay with forty passengers on board .",
        # news citing another outlet: "The story", a comma or a date after the outlet
        "The story first appeared in the Velm Herald , which said the mayor had lied .",
        "The article was first published in Orsk Daily on March 3 .",
        "This story first appeared in the Velm Herald , which said the mayor had lied .",
    ],
)
def test_news_about_moves_and_endings_is_kept(sentence: str) -> None:
    assert not is_site_notice(sentence)
    assert clean_body(f"{sentence}\n{_LEAD}").startswith(sentence)


@pytest.mark.parametrize(
    "byline",
    [
        "From Jane Roe and John Doe , NEWSNET",
        "From Jane Roe in Port Ellery",
        "By Jane Roe Science correspondent , Harbour News",
        "By Jane Roe , Harbour News , Port Ellery",
    ],
)
def test_a_byline_opening_the_page_and_the_caption_after_it_are_dropped(byline: str) -> None:
    assert is_byline(byline)
    text = f"{byline}\nA fisherman mends nets on the quay\n{_LEAD}"
    assert clean_body(text) == _LEAD


@pytest.mark.parametrize(
    "line",
    [
        "From Monday , the port will close at night .",
        "From Port Ellery to Westby",
        "By the harbour wall , crews worked through the night .",
    ],
)
def test_lines_opening_with_from_or_by_that_are_no_byline_stay(line: str) -> None:
    assert not is_byline(line)
    assert clean_body(f"{line}\n{_LEAD}").startswith(line)


def test_a_headline_line_after_a_byline_stays_when_no_sentence_follows() -> None:
    text = "From Jane Roe , NEWSNET\nQuay closes\nRepairs planned\n" + _LEAD
    assert clean_body(text).startswith("Quay closes\nRepairs planned")
